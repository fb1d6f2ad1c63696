import EntityGraph
@testable import EntityExtraction
import XCTest

/// Military and local units as organizations, and offices linked to them in the shapes wire copy
/// uses (sentences and names invented).
final class UnitAndOfficeTests: XCTestCase {
    func extract(_ text: String) -> Graph { Fixtures.extract(text) }

    func testMilitaryRegionWithAnOrdinalIsOneOrganization() {
        let g = extract("واستقبل قائد المنطقة العسكرية الثانية اللواء سامي خليل الهاشمي وفدا من الهلال الأحمر.")
        XCTAssertTrue(g.has("سامي خليل الهاشمي", .memberOf, "المنطقة العسكرية الثانية", role: "قائد"))
    }

    func testCommanderOfARegimentInATown() {
        let g = extract("وحضر الاجتماع آمر فوج الحماية في الرمادي العقيد فهد سالم الدليمي.")
        XCTAssertTrue(g.has("فهد سالم الدليمي", .memberOf, "فوج الحماية في الرمادي", role: "آمر"), "\(g.names(.organization))")
    }

    func testCityCouncilNamedByKindWordAndPlace() {
        let g = extract("وشارك في الورشة رئيس مجلس مدينة حمص المهندس رامي يوسف الأتاسي.")
        XCTAssertTrue(g.has("رامي يوسف الأتاسي", .memberOf, "مجلس مدينة حمص", role: "رئيس"))
    }

    func testCivilDefenseIsAKnownOrganization() {
        let g = extract("وأكد مدير الدفاع المدني في المحافظة العميد نزار حسن العبيدي أن الفرق جاهزة.")
        XCTAssertTrue(g.has("نزار حسن العبيدي", .memberOf, "الدفاع المدني", role: "مدير"))
    }

    func testSecretaryOfAnAssemblyBeforeATitleThatIsAnOffice() {
        let g = extract("وحضر اللقاء أمين سر مجلس الشورى النائب خالد فهد المري.")
        XCTAssertTrue(g.has("خالد فهد المري", .memberOf, "مجلس الشورى", role: "أمين سر"))
    }

    func testDualMembersInConstructTakeTwoNames() {
        let g = extract("وحضر اللقاء عضوا اللجنة المركزية سعاد ناجي الحلبي ومروان عادل السقا.")
        XCTAssertTrue(g.has("سعاد ناجي الحلبي", .memberOf, "اللجنة المركزية", role: "عضو"))
        XCTAssertTrue(g.has("مروان عادل السقا", .memberOf, "اللجنة المركزية", role: "عضو"))
    }

    func testAccusativeMemberIsStillOnePerson() {
        let g = extract("وانتخب المؤتمر العام السيد حمدي ناصر الجبوري عضوا في اللجنة المركزية.")
        let persons = g.entities.filter { $0.kind == .person }
        XCTAssertEqual(persons.map(\.label), ["حمدي ناصر الجبوري"])
    }

    func testSpokesmanNameSetOffByCommas() {
        let g = extract("وقال المتحدث باسم هيئة الموانئ، رائد سليم العنزي، إن العمل مستمر.")
        XCTAssertTrue(g.has("رائد سليم العنزي", .memberOf, "هيئة الموانئ"), "\(g.relations)")
    }

    func testAListAfterAnOfficeIsNotANameSetOffByCommas() {
        let g = extract("وحضر الاجتماع مدير هيئة الموانئ، وائل كمال، والسيدة هدى سمير.")
        XCTAssertFalse(g.has("هدى سمير", .memberOf, "هيئة الموانئ"))
    }

    func testFieldAfterLilThenTheMinistry() {
        let g = extract("وحضر اللقاء السيد يوسف سالم الحارثي المدير العام للتجارة الخارجية بوزارة الاقتصاد.")
        XCTAssertTrue(g.has("يوسف سالم الحارثي", .memberOf, "وزارة الاقتصاد", role: "المدير العام"))
    }

    func testDefiniteOfficeChairingItsOrganizationsMeeting() {
        let g = extract("عقدت وزارة الزراعة، صباح اليوم الاثنين، اجتماعها الدوري لمديري الفروع في مقرها، برئاسة الوزير عادل حامد الصافي.")
        XCTAssertTrue(g.has("عادل حامد الصافي", .memberOf, "وزارة الزراعة"), "\(g.relations)")
    }

    func testDefiniteOfficeOfAnotherDomainTakesNoOrganization() {
        let g = extract("عقدت جمعية المزارعين، صباح اليوم الاثنين، اجتماعها الدوري لمديري الفروع في مقرها بالعاصمة، برئاسة الوزير عادل حامد الصافي.")
        XCTAssertFalse(g.has("عادل حامد الصافي", .memberOf, "جمعية المزارعين"), "\(g.relations)")
    }
}
