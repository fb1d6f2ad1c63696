import EntityGraph
@testable import EntityExtraction
import XCTest

final class ResolverTests: XCTestCase {
    func testSurnameAloneResolvesToTheFullName() {
        let g = Fixtures.extract("وقال السيد جمال العكيدي إن الطرق مفتوحة. وأضاف العكيدي أن العمل مستمر.")
        XCTAssertEqual(g.entities.filter { $0.kind == .person }.count, 1)
        XCTAssertEqual(g.entity(named: "جمال العكيدي")?.mentions.count, 2)
    }

    func testAcronymJoinsTheOrganizationItSpells() {
        let g = Fixtures.extract("أعلنت قوات حماية الشعب عن هدنة. وقالت (قحش) إن الهدنة صامدة.")
        XCTAssertTrue(g.entity(named: "قوات حماية الشعب")?.aliases.contains("قحش") ?? false)
    }

    func testAcronymDefinedInParentheses() {
        let g = Fixtures.extract("وأعلنت الهيئة الوطنية للانتخابات (هيا) النتائج.")
        XCTAssertTrue(g.entity(named: "الهيئة الوطنية للانتخابات")?.aliases.contains("هيا") ?? false)
    }

    func testShorterFormWithTheSameHeadJoinsTheLongerName() {
        let g = Fixtures.extract("عقد مجلس الرقة المدني جلسته. وقال رئيس مجلس الرقة إن الخدمات تحسنت.")
        XCTAssertEqual(g.entities.filter { $0.kind == .organization }.count, 1)
    }

    func testWrapperHeadIsTheInnerOrganization() {
        let g = Fixtures.extract("أعلن التحالف الدولي عن خطة. وقالت قوات التحالف الدولي إن الخطة جاهزة.")
        XCTAssertEqual(g.entities.filter { $0.kind == .organization }.count, 1)
    }

    func testAcrossDocumentsTheSameEntityMergesButNotSharedFirstNames() {
        let a = Fixtures.extract("وقال السيد أحمد الراوي إن حزب الأمة مستعد.", id: "a")
        let b = Fixtures.extract("وقال السيد أحمد النعيمي إن حزب الأمة مستعد.", id: "b")
        let merged = Graph.merged([a, b])
        XCTAssertEqual(merged.entity(named: "حزب الأمة")?.documents, ["a", "b"])
        XCTAssertEqual(merged.entities.filter { $0.kind == .person }.count, 2)
    }

    func testShortFormWithoutTheNationalityJoinsTheOneNationalBody() {
        let g = Fixtures.extract("وزارة الزراعة تطلق حملة. وأعلنت وزارة الزراعة الليبية عن حملة لمكافحة الآفات.")
        XCTAssertEqual(g.entities.filter { $0.kind == .organization }.count, 1)
        XCTAssertEqual(g.entity(named: "وزارة الزراعة", kind: .organization)?.label, "وزارة الزراعة الليبية")
    }

    func testShortFormStaysApartWhenTwoNationalBodiesShareIt() {
        let g = Fixtures.extract("وزارة الزراعة تطلق حملة. ووقعت وزارة الزراعة الليبية ووزارة الزراعة التونسية اتفاقا.")
        XCTAssertNotNil(g.entity(named: "وزارة الزراعة الليبية", kind: .organization))
        XCTAssertNotNil(g.entity(named: "وزارة الزراعة التونسية", kind: .organization))
        XCTAssertNotEqual(g.entity(named: "وزارة الزراعة الليبية")?.id, g.entity(named: "وزارة الزراعة التونسية")?.id)
    }

    func testGenericBodiesAreNoOrganizations() {
        let g = Fixtures.extract("وأعلنت شركة الواحة للنقل أرباحها. ووافق مجلس إدارة الشركة على توزيعها، فيما أشادت القوات الأمنية بالخطة.")
        XCTAssertNil(g.entity(named: "مجلس إدارة الشركة", kind: .organization))
        XCTAssertNil(g.entity(named: "القوات الأمنية", kind: .organization))
        XCTAssertNotNil(g.entity(named: "شركة الواحة للنقل", kind: .organization))
    }
}
