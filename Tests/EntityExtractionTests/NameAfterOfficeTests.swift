import EntityGraph
@testable import EntityExtraction
import XCTest

/// Untitled names right after an office and its organization or seat, the shapes foreign names
/// take in Arabic wire copy (sentences and names invented).
final class NameAfterOfficeTests: XCTestCase {
    func extract(_ text: String) -> Graph { Fixtures.extract(text) }

    func testForeignNameStartingLikeKafPlusAWord() {
        let g = extract("واستقبل الوزير سفيرة البرتغال لدى الأردن كارولينا سانتوس، وبحث معها التعاون.")
        XCTAssertNotNil(g.entity(named: "كارولينا سانتوس", kind: .person), "\(g.names(.person))")
    }

    func testForeignNameStartingLikeBaPlusAWord() {
        let g = extract("وحضر اللقاء مدير مكتب منظمة العمل الدولية في بيروت بيتر هانسن.")
        XCTAssertTrue(g.has("بيتر هانسن", .memberOf, "منظمة العمل الدولية") || g.has("بيتر هانسن", .memberOf, "مكتب منظمة العمل الدولية"),
                      "\(g.names(.person)) \(g.names(.organization))")
    }

    func testLamPlusAWordAfterAnOfficeIsNoName() {
        let g = extract("وكان الفقيد عضو مجلس الأمة لثلاث دورات متتالية، وشغل منصب وزير.")
        XCTAssertFalse(g.names(.person).contains { $0.contains("دورات") }, "\(g.names(.person))")
    }

    func testBaPlusADefiniteWordAfterAnOfficeIsNoName() {
        let g = extract("وقال العقيد نبيل سالم الهاجري مدير إدارة المنافذ بشؤون الجمارك، إن العمل مستمر.")
        XCTAssertEqual(g.names(.person), ["نبيل سالم الهاجري"])
    }

    func testNameWithAnInitialHamzaAlefIsNotReadAsDefinite() {
        let g = extract("وشاركت في الاجتماع رئيسة مكتب اليونيسف في اليمن إيزابيلا مارتن، إلى جانب ممثلين عن الوزارة.")
        XCTAssertTrue(g.has("إيزابيلا مارتن", .memberOf, "مكتب اليونيسف"), "\(g.names(.person)) \(g.relations.map(\.type))")
    }

    func testOfficeFieldThenFiAndTheOrganizationThenTheName() {
        let g = extract("وحضر الاحتفال رئيسة قسم الشراكات في بعثة الاتحاد الأوروبي أنجيلا روسي، ورئيس البلدية.")
        XCTAssertTrue(g.has("أنجيلا روسي", .memberOf, "بعثة الاتحاد الأوروبي"), "\(g.names(.person))")
    }
}
