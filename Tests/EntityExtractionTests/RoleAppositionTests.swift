import EntityGraph
@testable import EntityExtraction
import XCTest

/// Role appositions: roles whose word starts with و, boards that belong to the role (names invented).
final class RoleAppositionTests: XCTestCase {
    func extract(_ text: String) -> Graph { Fixtures.extract(text) }

    func testRoleWordStartingWithWawAfterACommaIsNotAConjunction() {
        let g = extract("وحضر اللقاء كل من المهندس صالح جابر الراشدي، وكيل وزارة النقل، والسيد كريم ناصف.")
        XCTAssertTrue(g.has("صالح جابر الراشدي", .memberOf, "وزارة النقل", role: "وكيل"))
        XCTAssertFalse(g.has("كريم ناصف", .memberOf, "وزارة النقل"))
    }

    func testMinisterAfterACommaBelongsToTheNameBeforeIt() {
        let g = extract("أعلنت وزارة الثقافة برنامجها. واستقبل الرئيس السيدة هدى منير الخطيب، وزيرة الثقافة، في قصر الرئاسة.")
        XCTAssertTrue(g.has("هدى منير الخطيب", .memberOf, "وزارة الثقافة", role: "وزيرة"))
    }

    func testChairmanOfTheBoardIsAMemberOfTheCompanyWithTheBoardInTheRole() {
        let g = extract("ووقع الاتفاقية السيد فهد سالم العبري رئيس مجلس إدارة شركة الأفق للنقل البحري.")
        XCTAssertTrue(g.has("فهد سالم العبري", .memberOf, "شركة الأفق للنقل البحري", role: "رئيس مجلس إدارة"))
        XCTAssertNil(g.entity(named: "مجلس إدارة شركة الأفق للنقل البحري", kind: .organization))
    }

    func testBoardOfTrusteesMemberBeforeTheName() {
        let g = extract("وقال عضو مجلس الأمناء في جامعة الرافدين الدكتور سامر حميد العاني إن الجامعة ستفتتح كلية جديدة.")
        XCTAssertTrue(g.has("سامر حميد العاني", .memberOf, "جامعة الرافدين", role: "عضو مجلس الأمناء"))
    }
}

/// Names inside organizations and the organizations inside names (names invented).
final class NameBoundaryTests: XCTestCase {
    func extract(_ text: String) -> Graph { Fixtures.extract(text) }

    func testAppointmentInTheAccusativeStoresTheRoleInTheSingular() {
        let g = extract("وقرر المجلس تعيين السيد نبيل سالم الحداد مديرا عاما للهيئة الوطنية للطرق.")
        XCTAssertTrue(g.has("نبيل سالم الحداد", .memberOf, "الهيئة الوطنية للطرق", role: "مدير عام"))
    }

    func testMemberOfAnInternalBodyNamedWithItsOrganizationIsAMemberOfTheOrganization() {
        let g = extract("وقال عضو المكتب السياسي لحركة النهضة الوطنية سامر خليل إن الحركة ستشارك.")
        XCTAssertTrue(g.has("سامر خليل", .memberOf, "حركة النهضة الوطنية", role: "عضو المكتب السياسي"))
        XCTAssertTrue(g.has("المكتب السياسي لحركة النهضة الوطنية", .partOf, "حركة النهضة الوطنية"))
    }

    func testPersonAfterAnAcronymInParentheses() {
        let g = extract("وحضر المدير العام للوكالة الوطنية للتشغيل (ونت) كمال زروقي.")
        XCTAssertTrue(g.has("كمال زروقي", .memberOf, "الوكالة الوطنية للتشغيل", role: "المدير العام"))
    }

    func testSubordinateUnitEndsBeforeTheAffiliationAndIsPartOfTheParent() {
        let g = extract("نظمت كلية الآداب والعلوم الإنسانية التابعة لجامعة الحسن الثاني ندوة حول الترجمة.")
        XCTAssertNotNil(g.entity(named: "كلية الآداب والعلوم الإنسانية", kind: .organization))
        XCTAssertTrue(g.has("كلية الآداب والعلوم الإنسانية", .partOf, "جامعة الحسن الثاني"))
    }

    func testKnownShortNameAfterANameWordIsTheEndOfALongerName() {
        let g = extract("وأكد أن العمل مستمر رئيس الهيئة فوزي أبو بكر الزين.")
        XCTAssertNotNil(g.entity(named: "فوزي أبو بكر الزين", kind: .person))
    }

    func testWordAfterBinIsAlwaysPartOfTheName() {
        let g = extract("وحضر الاجتماع الدكتور هشام كمال بن علية.")
        XCTAssertNotNil(g.entity(named: "هشام كمال بن علية", kind: .person))
    }

    func testOpeningSessionOfAConferenceIsTheConference() {
        let g = extract("انطلقت أعمال المؤتمر الدولي للمياه في عمان. وترأس الجلسة الافتتاحية الدكتور رامي سعيد الخطيب.")
        XCTAssertEqual(g.entities.filter { $0.kind == .event }.count, 1)
    }

    func testFuneralIsAnEvent() {
        let g = extract("وشارك في تشييع جثمان الفقيد محافظ المدينة السيد ماهر عادل النجار.")
        XCTAssertEqual(g.entities.first { $0.kind == .event }?.subtype, "funeral")
    }
}
