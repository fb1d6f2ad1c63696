import EntityGraph
@testable import EntityExtraction
import XCTest

/// Offices linked to their holders across the words real text puts between them, and the
/// delegation members' offices (sentences invented; names invented).
final class OfficeLinkTests: XCTestCase {
    func extract(_ text: String) -> Graph { Fixtures.extract(text) }

    func testDelegationMemberWithAnOfficeAndNoOrganizationBelongsToTheDelegationsOrganization() {
        let g = extract("استقبل الوزير وفدا من الصندوق العربي للإنماء برئاسة سليم جابر الحايك، ضم مسؤولة المشاريع السيدة نجلاء فارس الحسيني، بحضور وكيل الوزارة الدكتور ماهر سعيد الطيب.")
        XCTAssertTrue(g.has("نجلاء فارس الحسيني", .memberOf, "الصندوق العربي للإنماء", role: "مسؤولة"))
        XCTAssertTrue(g.has("نجلاء فارس الحسيني", .represents, "الصندوق العربي للإنماء"))
    }

    func testPersonsAfterBiHudurAreHostsNotDelegationMembers() {
        let g = extract("استقبل الوزير وفدا من الصندوق العربي للإنماء برئاسة سليم جابر الحايك، بحضور وكيل الوزارة الدكتور ماهر سعيد الطيب.")
        XCTAssertTrue(g.has("سليم جابر الحايك", .represents, "الصندوق العربي للإنماء"))
        XCTAssertFalse(g.has("ماهر سعيد الطيب", .represents, "الصندوق العربي للإنماء"))
    }

    func testNameRightAfterATitleKeepsAnInitialWaw() {
        let g = extract("وحضر الاجتماع وزير الزراعة الدكتور وضاح سالم الزبيدي.")
        XCTAssertNotNil(g.entity(named: "وضاح سالم الزبيدي", kind: .person))
        XCTAssertNil(g.entity(named: "ضاح سالم الزبيدي", kind: .person))
    }

    func testOfficeWithTwoCoordinatedSeatsBeforeTheHonorificAndQuotedName() {
        let g = extract("وأكد الممثل المقيم لمؤسسة روزا للتنمية في لبنان والأردن السيد \"يوهان بيركمان\" أن المؤسسة ستواصل دعمها.")
        XCTAssertTrue(g.has("يوهان بيركمان", .represents, "مؤسسة روزا للتنمية")
            || g.has("يوهان بيركمان", .memberOf, "مؤسسة روزا للتنمية"))
    }

    func testOfficeServingAnEventBetweenTwoStackedOfficesAndTheName() {
        let g = extract("وقالت عميدة كلية الهندسة رئيسة اللجنة العلمية للمؤتمر الدكتورة سهى خالد المومني إن المؤتمر يناقش ثلاثين بحثا.")
        XCTAssertTrue(g.has("سهى خالد المومني", .memberOf, "كلية الهندسة", role: "عميدة"))
        XCTAssertTrue(g.has("سهى خالد المومني", .memberOf, "اللجنة العلمية", role: "رئيسة"))
    }

    func testHonorificBeforeACountryIsNoPerson() {
        let g = extract("وأشاد البيان بموقف دولة قطر الثابت في دعم الحوار.")
        XCTAssertTrue(g.entities.filter { $0.kind == .person }.isEmpty, "\(g.entities.map(\.label))")
    }

    func testGivenNameThatIsAlsoAPlaceStaysANameAfterATitle() {
        let g = extract("وحضر اللقاء المهندس صلاح الدين عوض الكريم.")
        XCTAssertNotNil(g.entity(named: "صلاح الدين عوض الكريم", kind: .person))
    }

    func testWordsAfterAClosingQuoteAreNoQuotedName() {
        let g = extract("وتناولت الجلسة الثانية «تمكين الشباب» قدمت خلالها رئيسة جمعية الأمل السيدة رنا فؤاد العلي تجربتها.")
        XCTAssertNil(g.entity(named: "قدمت خلالها", kind: .person))
        XCTAssertTrue(g.has("رنا فؤاد العلي", .memberOf, "جمعية الأمل", role: "رئيسة"))
    }

    func testPluralOfficeBeforeAColonListsItsHoldersPastAnItemsOwnOffice() {
        let g = extract("وقدمت لجنة النقل في المجلس تقريرا أعده أعضاء اللجنة: سهام عبد الأمير الربيعي (رئيسة اللجنة)، وكريم فاضل الشمري، ومنذر صبيح الحسناوي.")
        XCTAssertNotNil(g.entity(named: "سهام عبد الأمير الربيعي", kind: .person))
        XCTAssertTrue(g.has("سهام عبد الأمير الربيعي", .memberOf, "لجنة النقل", role: "رئيسة"))
        XCTAssertTrue(g.has("كريم فاضل الشمري", .memberOf, "لجنة النقل", role: "عضو"))
        XCTAssertTrue(g.has("منذر صبيح الحسناوي", .memberOf, "لجنة النقل", role: "عضو"))
    }

    func testOfficeOfAUnitInsideAnOrganizationBelongsToTheOrganization() {
        let g = extract("وتحدثت في الجلسة مديرة إدارة التخطيط في هيئة الطرق والمواصلات سلمى راشد النعيمي.")
        XCTAssertTrue(g.has("سلمى راشد النعيمي", .memberOf, "هيئة الطرق والمواصلات", role: "مديرة إدارة التخطيط"))
        XCTAssertTrue(g.has("سلمى راشد النعيمي", .memberOf, "إدارة التخطيط", role: "مديرة"))
    }

    func testRegionAnOfficeCoversStandsBetweenTheOrganizationAndTheName() {
        let g = extract("والتقى الوزير المدير الإقليمي لبرنامج الأغذية العالمي لشرق أفريقيا بيتر موانغي.")
        XCTAssertTrue(g.has("بيتر موانغي", .memberOf, "برنامج الأغذية العالمي", role: "المدير"))
    }

    func testOfficesListedAfterColonsBelongToTheOrganizationTheTextIsAbout() {
        let g = extract("""
        انتخبت الجمعية العمومية للاتحاد الأردني للشطرنج مجلس إدارة جديدا.
        وجاءت التشكيلة على النحو الآتي:
        نائب الرئيس: عمار خليل الزعبي.
        """)
        XCTAssertTrue(g.has("عمار خليل الزعبي", .memberOf, "الاتحاد الأردني للشطرنج", role: "نائب"))
    }
}

/// Offices in units of organizations, and qualifiers between an office and its holder (names invented).
final class UnitOfficeTests: XCTestCase {
    func extract(_ text: String) -> Graph { Fixtures.extract(text) }

    func testUnitInsideAnOrganizationNamedWithBi() {
        let g = extract("أعلنت وزارة الخارجية برنامجها. وحضر اللقاء مدير إدارة المنظمات الدولية بالوزارة ناصر حمد الغامدي.")
        XCTAssertTrue(g.has("ناصر حمد الغامدي", .memberOf, "وزارة الخارجية"), "\(g.relations.map(\.type))")
    }

    func testFiehaAfterAUnitStandsForTheOrganizationJustNamed() {
        let g = extract("وحضر التوقيع الأمين العام للجمعية الخيرية هدى سالم الرومي، ومدير إدارة الإغاثة فيها خالد جاسم المطيري.")
        XCTAssertNotNil(g.entity(named: "خالد جاسم المطيري", kind: .person))
        XCTAssertTrue(g.relations.contains { r in r.type == .memberOf && r.source == g.entity(named: "خالد جاسم المطيري")?.id })
    }

    func testAssignedQualifierBetweenAMinisterAndTheName() {
        let g = extract("أعلنت وزارة الداخلية خطتها. وترأس وزير الداخلية المكلف سامي محمد الورفلي اجتماعا أمنيا.")
        XCTAssertTrue(g.has("سامي محمد الورفلي", .memberOf, "وزارة الداخلية"))
    }

    func testCoordinatedFieldBeforeTheOrganization() {
        let g = extract("وقال مدير عام التوثيق والنشر في هيئة شؤون الأسرى رامي خالد عودة إن الهيئة ستتابع الملف.")
        XCTAssertTrue(g.has("رامي خالد عودة", .memberOf, "هيئة شؤون الأسرى"), "\(g.names(.organization))")
    }
}

/// Names after an office, its country, a qualifier and its seat (names invented).
final class EnvoyNameTests: XCTestCase {
    func testDesignatedEnvoyWithSeatBeforeAForeignName() {
        let g = Fixtures.extract("وحضر سفير اليابان المعين لدى المملكة هيروشي ناكامورا.")
        XCTAssertNotNil(g.entity(named: "هيروشي ناكامورا", kind: .person), "\(g.names(.person))")
    }
}

/// Words that look like names and are not (sentences invented).
final class NotANameTests: XCTestCase {
    func persons(_ text: String) -> [String] { Fixtures.extract(text).names(.person) }

    func testAccusativeAdverbIsNoName() {
        XCTAssertFalse(persons("وأبلغ خلاله الأعضاء رسمياً بقراره قبل أن يستقيل.").contains { $0.contains("رسميا") })
    }

    func testAMonthAfterADayNumberIsNoGivenName() {
        XCTAssertFalse(persons("وقد التمس خلال الجلسة التي جرت يوم 4 جوان عقوبة عشر سنوات.").contains { $0.contains("جوان") })
    }

    func testACountryDoesNotGoOnASurname() {
        let names = persons("وأشاد السفير أبكر مواقف الكويت الإنسانية.")
        XCTAssertFalse(names.contains { $0.contains("الكويت") }, "\(names)")
    }

    func testAnUnlistedFirstNameBeforeAbdAndTwoWordsJoinsTheName() {
        XCTAssertTrue(persons("وقال مدير الماء سلام عبد الرزاق الحلفي إن الخطة جاهزة.").contains("سلام عبد الرزاق الحلفي"))
    }
}
