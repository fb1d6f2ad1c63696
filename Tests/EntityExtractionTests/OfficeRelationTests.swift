import EntityGraph
@testable import EntityExtraction
import XCTest

/// An office followed by its domain, and offices that imply a body (names invented).
final class OfficeRelationTests: XCTestCase {
    func extract(_ text: String) -> Graph { Fixtures.extract(text) }

    func testGovernorOfAProvinceIsMemberOfTheProvinceNamedInTheDocument() {
        let g = extract("أعلنت محافظة كربلاء إطلاق حملة جديدة. وقال محافظ كربلاء المهندس سعدون راضي الخفاجي إن الحملة تشمل الأقضية كافة.")
        XCTAssertTrue(g.has("سعدون راضي الخفاجي", .memberOf, "محافظة كربلاء", role: "محافظ"))
    }

    func testGovernorWithoutTheProvinceInTheDocumentGivesNoInventedOrganization() {
        let g = extract("وقال محافظ كربلاء المهندس سعدون راضي الخفاجي إن الحملة تشمل الأقضية كافة.")
        XCTAssertNil(g.entity(named: "محافظة كربلاء", kind: .organization))
    }

    func testMinisterWithNationalityIsMemberOfTheMinistryInTheFeminine() {
        let g = extract("أصدرت وزارة الزراعة الأردنية بيانا. وأكد وزير الزراعة الأردني السيد فادي منصور الحمود أهمية الموسم.")
        XCTAssertTrue(g.has("فادي منصور الحمود", .memberOf, "وزارة الزراعة الأردنية"))
    }

    func testShortDomainJoinsTheOneLongerOrganization() {
        let g = extract("أعلنت وزارة النقل والمواصلات خطة جديدة. وقال وزير النقل السيد كامل عيسى النوري إن الخطة تبدأ قريبا.")
        XCTAssertTrue(g.has("كامل عيسى النوري", .memberOf, "وزارة النقل والمواصلات"))
    }

    func testAmbassadorOfACountryRepresentsIt() {
        let g = extract("واستقبل الوزير سفير فرنسا لدى الأردن السيد لوران ديبوا في مكتبه.")
        XCTAssertTrue(g.has("لوران ديبوا", .represents, "فرنسا"))
    }

    func testMembersOfParliamentListedAfterAColon() {
        let g = extract("عقدت لجنة الصحة في مجلس النواب جلسة. وحضر الجلسة النواب: وليد سمعان، ونادين خوري، وعصام فرح.")
        for name in ["وليد سمعان", "نادين خوري", "عصام فرح"] {
            XCTAssertTrue(g.has(name, .memberOf, "مجلس النواب"), name)
        }
    }

    func testTitledMemberOfParliament() {
        let g = extract("انتقد النائب الدكتور مروان طعمة أداء الحكومة خلال جلسة مجلس النواب.")
        XCTAssertTrue(g.has("مروان طعمة", .memberOf, "مجلس النواب"))
    }

    func testDeputyOfAnotherOfficeIsNoMemberOfParliament() {
        let g = extract("ناقش مجلس النواب مشروع القانون. وحضر اللقاء سامي داود، نائب المحافظ.")
        XCTAssertFalse(g.has("سامي داود", .memberOf, "مجلس النواب"))
    }

    func testChairedByTheHolderOfARole() {
        let g = extract("ترأس مدير شرطة المثنى اللواء حازم جبار العتابي اجتماعا موسعا في السماوة.")
        XCTAssertTrue(g.has("حازم جبار العتابي", .organized, "اجتماعا موسعا"))
    }

    func testSeveralDelegationsInOneSentenceRepresentTheirOwnSide() {
        let g = extract("عقد اجتماع تشاوري في عمان. وشارك في الاجتماع وفد جامعة الحكمة برئاسة الدكتور نبيل سعد الراوي، ووفد جامعة النهرين برئاسة الدكتورة سهى كريم الجنابي.")
        XCTAssertTrue(g.has("نبيل سعد الراوي", .represents, "جامعة الحكمة"))
        XCTAssertTrue(g.has("سهى كريم الجنابي", .represents, "جامعة النهرين"))
        XCTAssertFalse(g.has("نبيل سعد الراوي", .represents, "جامعة النهرين"))
    }

    func testEnvoyNamedAfterTheSeatOfHisOffice() {
        let g = extract("استقبل الوزير القنصل العام لجمهورية البرازيل في دبي، السيد ماركو سيلفا، في مكتبه.")
        XCTAssertTrue(g.has("ماركو سيلفا", .represents, "جمهورية البرازيل"))
    }

    func testRapporteurOfACommitteeWithAGivenNameThatIsAlsoAWeekday() {
        let g = extract("عقدت لجنة الزراعة والمياه في مجلس النواب اجتماعا، بحضور مقرر اللجنة النائب سعد جمعة الكبيسي.")
        XCTAssertNotNil(g.entity(named: "سعد جمعة الكبيسي", kind: .person))
        XCTAssertTrue(g.has("سعد جمعة الكبيسي", .memberOf, "لجنة الزراعة والمياه"))
    }

    func testMemberOfAnInternalBodyIsAMemberOfItsOrganization() {
        let g = extract("استقبل حزب العمل الديمقراطي وفدا من اتحاد الطلبة. وضم وفد الحزب عضو اللجنة المركزية هاوري نوزاد عمر.")
        XCTAssertTrue(g.has("هاوري نوزاد عمر", .memberOf, "حزب العمل الديمقراطي", role: "عضو اللجنة المركزية"))
    }

    func testSignerOnBehalfOfAnOrganizationPastHisOffice() {
        let g = extract("وقعت جامعة الساحل مذكرة تفاهم مع هيئة البحوث. ووقع المذكرة نيابة عن الجامعة وكيل الجامعة للشؤون الأكاديمية والتطوير الدكتور فهد سالم الرميح.")
        XCTAssertTrue(g.has("فهد سالم الرميح", .represents, "جامعة الساحل"))
        XCTAssertTrue(g.has("فهد سالم الرميح", .memberOf, "جامعة الساحل"))
    }
}
