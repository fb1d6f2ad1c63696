import EntityGraph
@testable import EntityExtraction
import XCTest

/// Where an organization's name ends: adjectives go on, new nouns do not (sentences and names invented).
final class OrganizationBoundaryTests: XCTestCase {
    func extract(_ text: String) -> Graph { Fixtures.extract(text) }

    func organizations(_ text: String) -> [String] { extract(text).names(.organization) }

    func testDefiniteHeadTakesNoNounAfterIt() {
        XCTAssertFalse(organizations("وأصدرت المحكمة المتهمين بالسجن. وحذرت الوزارة المواطنين.").contains { $0.contains("المتهمين") || $0.contains("المواطنين") })
    }

    func testTheObjectOfAPurposeNounAfterAnStaysInTheName() {
        let names = organizations("وأدانت الجمعية المغربية للدفاع عن حقوق المستهلك القرار، كما رحبت الهيئة الوطنية للدفاع عن الأسرى به.")
        XCTAssertTrue(names.contains("الجمعية المغربية للدفاع عن حقوق المستهلك"), "\(names)")
        XCTAssertTrue(names.contains("الهيئة الوطنية للدفاع عن الأسرى"), "\(names)")
    }

    func testASecondVerbalNounWithAPronounStaysInTheName() {
        let names = organizations("وأعلنت الهيئة الوطنية لحماية الغابات وتنميتها، والوكالة الوطنية لتشغيل الشباب وتأهيله، عن برنامج مشترك.")
        XCTAssertTrue(names.contains("الهيئة الوطنية لحماية الغابات وتنميتها"), "\(names)")
        XCTAssertTrue(names.contains("الوكالة الوطنية لتشغيل الشباب وتأهيله"), "\(names)")
    }

    func testATaMarbutaNounAfterTheNameIsNoPronoun() {
        let names = organizations("وقالت الهيئة الوطنية لحماية الغابات وحدة قياس جديدة.")
        XCTAssertTrue(names.contains("الهيئة الوطنية لحماية الغابات"), "\(names)")
    }

    func testMilitaryUnitsAreOrganizations() {
        let names = organizations("وأعلنت قيادة الفرقة الثالثة أن الكتيبة الأولى وفوج المغاوير في المنطقة العسكرية الشرقية أنهوا التدريب.")
        XCTAssertTrue(names.contains("الكتيبة الأولى"), "\(names)")
        XCTAssertTrue(names.contains { $0.hasPrefix("فوج المغاوير") }, "\(names)")
        XCTAssertTrue(names.contains("المنطقة العسكرية الشرقية"), "\(names)")
    }

    func testANewDefiniteNounAfterTheGenitiveEndsTheName() {
        let names = organizations("وتتحمل وزارة النقل والطرق النسبة المتبقية من الكلفة.")
        XCTAssertTrue(names.contains("وزارة النقل والطرق"), "\(names)")
    }

    func testAdjectivesOfEveryPatternStayInTheName() {
        let names = organizations("وقعت مجموعة الفهد القابضة للاستثمار اتفاقا مع الهيئة العليا للانتخابات والمنظمة العربية الشغيلة ومكتب الأمم المتحدة الدائم.")
        XCTAssertTrue(names.contains("مجموعة الفهد القابضة للاستثمار"), "\(names)")
        XCTAssertTrue(names.contains("الهيئة العليا للانتخابات"), "\(names)")
    }

    func testChairmanshipIsNoOrganization() {
        let g = extract("وعقدت اللجنة اجتماعها برئاسة عادل حمد الكبيسي، وأسندت إليه رئاسة لجنة الشباب.")
        XCTAssertFalse(g.names(.organization).contains { $0.hasPrefix("رئاسة") }, "\(g.names(.organization))")
    }

    func testThePresidencyIsStillAnOrganization() {
        XCTAssertTrue(organizations("وأعلنت رئاسة الجمهورية أن الرئيس سيزور عمان.").contains("رئاسة الجمهورية"))
    }
}
