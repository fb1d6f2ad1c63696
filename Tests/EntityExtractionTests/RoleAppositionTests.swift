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
