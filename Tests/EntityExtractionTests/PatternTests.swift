import EntityGraph
@testable import EntityExtraction
import XCTest

/// Patterns found in independently written articles (DevSetB, DevSetC); every sentence here is invented.
final class PlaceAndEventPatternTests: XCTestCase {
    func extract(_ text: String) -> Graph { Fixtures.extract(text) }

    func testDefiniteReceptionIsAnEventButReceivingSomeoneIsNot() {
        let g = extract("حضر الاستقبال وكيل الوزارة الدكتور سامي نبيل الخوري.")
        XCTAssertEqual(g.entities.first { $0.kind == .event }?.subtype, "reception")
        let h = extract("وكان في استقبال الضيوف السيد نادر فهمي العلي.")
        XCTAssertTrue(h.entities.filter { $0.kind == .event }.isEmpty)
    }

    func testGoodHospitalityIsNotAnEvent() {
        let g = extract("وأشاد الضيف بحسن الاستقبال وكرم الضيافة.")
        XCTAssertTrue(g.entities.filter { $0.kind == .event }.isEmpty)
    }

    func testLandmarkAndItsNameAreOnePlace() {
        let g = extract("ووري جثمان الفقيد الثرى في مقبرة الشهداء بعد صلاة العصر.")
        XCTAssertNotNil(g.entity(named: "مقبرة الشهداء", kind: .place))
    }

    func testKindWordFormIsAnAliasOfThePlace() {
        let g = extract("عقد الاجتماع في بلدة كفر نبل.")
        XCTAssertTrue(g.entity(named: "كفر نبل", kind: .place)?.aliases.contains("بلدة كفر نبل") ?? false)
    }

    func testCityClosingAnOrganizationNameIsAPlaceAndTheNameWithoutItAnAlias() {
        let g = extract("نظمت جمعية الهلال الأحمر الليبي بمصراتة حملة للتبرع بالدم.")
        XCTAssertNotNil(g.entity(named: "جمعية الهلال الأحمر الليبي بمصراتة", kind: .organization))
        XCTAssertNotNil(g.entity(named: "مصراتة", kind: .place))
        XCTAssertTrue(g.entity(named: "جمعية الهلال الأحمر الليبي بمصراتة")?.aliases.contains("جمعية الهلال الأحمر الليبي") ?? false)
    }

    func testCountryFormalNameIsTheCountry() {
        let g = extract("وصل سفير دولة الكويت إلى بغداد. وأكدت الكويت دعمها.")
        XCTAssertEqual(g.entities.filter { NameKey($0.label) == NameKey("الكويت") }.count, 1)
        XCTAssertTrue(g.entity(named: "الكويت")?.aliases.contains("دولة الكويت") ?? false)
    }

    func testSpeakerDuringAnEventAttendedIt() {
        let g = extract("عقد محافظ المدينة اجتماعا مع ممثلي النقابات. وخلال الاجتماع أكد المهندس رامي يوسف الحداد أن العمل مستمر.")
        XCTAssertTrue(g.entities.contains { $0.kind == .event })
        let event = g.entities.first { $0.kind == .event }?.label ?? ""
        XCTAssertTrue(g.has("رامي يوسف الحداد", .attended, event))
    }

    func testReplyAfterAMeetingMeansTheSpeakerAttendedIt() {
        let g = extract("عقد وزير الزراعة لقاء مع سفير هولندا. من جانبه، أعرب السفير الهولندي بيتر فان ديك عن تقديره.")
        XCTAssertNotNil(g.entity(named: "بيتر فان ديك", kind: .person))
        XCTAssertTrue(g.has("بيتر فان ديك", .attended, "لقاء"))
    }

    func testFirstAndLastNameJoinTheLongerName() {
        let g = extract("استقبل المحافظ الدكتور عماد الدين فتحي الشاذلي. وقال عماد الشاذلي إن الجامعة جاهزة.")
        XCTAssertEqual(g.entities.filter { $0.kind == .person }.count, 1)
    }
}

/// Role patterns found in independently written articles; every sentence here is invented.
final class RolePatternTests: XCTestCase {
    func extract(_ text: String) -> Graph { Fixtures.extract(text) }

    func testGeneralUnionKeepsItsAdjectiveAndComplement() {
        let g = extract("وشارك وفد من الاتحاد العام لعمال الأردن في الندوة.")
        XCTAssertNotNil(g.entity(named: "الاتحاد العام لعمال الأردن", kind: .organization))
    }

    func testCommitteeAfterLamIsAnOrganization() {
        let g = extract("وحضر الرئيس المشترك للجنة الاقتصاد في المجلس الدكتور آزاد حسن شيخو.")
        XCTAssertTrue(g.has("آزاد حسن شيخو", .memberOf, "لجنة الاقتصاد"))
    }

    func testLamBeforeAnArticleIsNotTheNameLubna() {
        let g = extract("وناقش المجلس خطة للبنى التحتية في الأحياء الشرقية.")
        XCTAssertTrue(g.entities.filter { $0.kind == .person }.isEmpty)
    }

    func testStackedRolesBothBelongToTheName() {
        let g = extract("وترأس الجلسة نائب رئيس مجلس الوزراء وزير التخطيط سامر عادل الجنابي.")
        XCTAssertTrue(g.has("سامر عادل الجنابي", .memberOf, "مجلس الوزراء", role: "نائب رئيس"))
    }

    func testRoleWithAFieldThenFiAndTheOrganization() {
        let g = extract("وقالت الدكتورة ريم سالم العتوم، أستاذة القانون الدولي في جامعة اليرموك، إن القرار ملزم.")
        XCTAssertTrue(g.has("ريم سالم العتوم", .memberOf, "جامعة اليرموك"))
    }

    func testNationalityAdjectivesExtendAGentilicHead() {
        let g = extract("وأكد المتحدث باسم الجيش الوطني السوداني العميد نبيل عبد الله أن القوات تقدمت.")
        XCTAssertTrue(g.has("نبيل عبد الله", .memberOf, "الجيش الوطني السوداني"))
    }

    func testMasculineNationalityAfterAMinistryAgreesWithTheMinister() {
        let g = extract("أصدرت وزارة الخارجية بيانا. واستقبل وزير الخارجية الأردني السيد نادر سليم الحمود السفير.")
        XCTAssertNil(g.entity(named: "الخارجية الأردني", kind: .organization))
        XCTAssertTrue(g.has("نادر سليم الحمود", .memberOf, "وزارة الخارجية"))
    }

    func testActingOfficeAndCityBeforeTheName() {
        let g = extract("وقال مدير عام شركة الموانئ بالنيابة السيد سعيد فاضل المطيري إن العمل مستمر.")
        XCTAssertTrue(g.has("سعيد فاضل المطيري", .memberOf, "شركة الموانئ"))
        let h = extract("وقال ممثل برنامج الأغذية العالمي بالأردن السيد ماركو بيانكي إن المساعدات وصلت.")
        XCTAssertTrue(h.has("ماركو بيانكي", .represents, "برنامج الأغذية العالمي"))
    }

    func testMemberOfABodyNamedWithItsOrganizationBelongsToBoth() {
        let g = extract("وقال عضو اللجنة المركزية لحركة التحرير الوطني هاني سعيد الأطرش إن الحركة مستعدة.")
        XCTAssertTrue(g.has("هاني سعيد الأطرش", .memberOf, "حركة التحرير الوطني"))
        XCTAssertTrue(g.has("هاني سعيد الأطرش", .memberOf, "اللجنة المركزية لحركة التحرير الوطني", role: "عضو"))
    }

    func testTitleWithAConjunctionStartsTheNextItem() {
        let g = extract("بحضور السيد مهدي كاظم مدير عام شركة نفط ميسان والمهندس علاء جبار رئيس هيئة المنافذ.")
        XCTAssertTrue(g.has("مهدي كاظم", .memberOf, "شركة نفط ميسان"))
        XCTAssertFalse(g.has("علاء جبار", .memberOf, "شركة نفط ميسان"))
    }

    func testTitleWordAfterAbdIsPartOfTheName() {
        let g = extract("وقال وزير النقل عبد الأمير كريم الساعدي إن المشروع سيكتمل.")
        XCTAssertNotNil(g.entity(named: "عبد الأمير كريم الساعدي", kind: .person))
    }

    func testRoleInParenthesesAfterTheName() {
        let g = extract("وشارك في الاجتماع كل من: الدكتور فراس نوري (عميد كلية الصيدلة)، والسيد هادي جمعة.")
        XCTAssertTrue(g.has("فراس نوري", .memberOf, "كلية الصيدلة", role: "عميد"))
    }

    func testDefiniteMultiWordHeadTakesNoPersonName() {
        let g = extract("واستقبل رئيس مجلس النواب محمد سالم الكبيسي وفدا برلمانيا.")
        XCTAssertNotNil(g.entity(named: "مجلس النواب", kind: .organization))
        XCTAssertTrue(g.has("محمد سالم الكبيسي", .memberOf, "مجلس النواب"))
    }

    func testComradeIsATitle() {
        let g = extract("وأكد الرفيق سمير عادل النجار أن الجبهة ماضية في برنامجها.")
        XCTAssertNotNil(g.entity(named: "سمير عادل النجار", kind: .person))
    }

    func testForeignAndFamilyNamesMayStartWithLam() {
        let g = extract("وقالت السيدة كارلا لويزا مورينو إن البرنامج مستمر.")
        XCTAssertNotNil(g.entity(named: "كارلا لويزا مورينو", kind: .person))
        let h = extract("وأكد سالم حسن لتعزيز التعاون.")
        XCTAssertNil(h.entity(named: "سالم حسن لتعزيز", kind: .person))
    }

    func testThirdNameWordBeforeARole() {
        let g = extract("ووقعها الدكتور هاني رشاد قنديل مدير عام المستشفيات الجامعية.")
        XCTAssertNotNil(g.entity(named: "هاني رشاد قنديل", kind: .person))
    }

    func testListOpenerOpensANameWhoseFirstWordIsUnknown() {
        let g = extract("وشارك في الجلسة كل من شمسة راشد الكتبي المدير العام لمكتب الاستثمار.")
        XCTAssertNotNil(g.entity(named: "شمسة راشد الكتبي", kind: .person))
    }

    func testMultiWordHeadTakesLamLamComplement() {
        let g = extract("وقالت المنظمة الدولية للهجرة إن العودة مستمرة.")
        XCTAssertNotNil(g.entity(named: "المنظمة الدولية للهجرة", kind: .organization))
    }

    func testPluralTitleIsAComplementOfAnOrganization() {
        let g = extract("ونظمت جمعية المهندسين بالتعاون مع نقابة الصيادلة ندوة حول السلامة.")
        XCTAssertNotNil(g.entity(named: "جمعية المهندسين", kind: .organization))
        XCTAssertTrue(g.has("جمعية المهندسين", .cooperatesWith, "نقابة الصيادلة"))
    }

    func testPatronIsAnOrganizer() {
        let g = extract("تحت رعاية وزير الثقافة الدكتور وليد سامي الراشد، انطلقت أعمال المؤتمر الأدبي.")
        XCTAssertTrue(g.has("وليد سامي الراشد", .organized, "المؤتمر الأدبي"))
    }

    func testTheUnitAPlaceLocatesWorksWithThePartner() {
        let g = extract("افتتح المؤتمر الذي تنظمه كلية الهندسة في جامعة مؤتة بالتعاون مع المركز الوطني للطاقة.")
        XCTAssertTrue(g.has("كلية الهندسة", .cooperatesWith, "المركز الوطني للطاقة"))
        XCTAssertFalse(g.has("جامعة مؤتة", .cooperatesWith, "المركز الوطني للطاقة"))
    }

    func testPossessiveRoleBelongsToTheOrganizationNamedBeforeIt() {
        let g = extract("ووقع الاتفاقية عن شركة الأفق للطاقة رئيسها التنفيذي المهندس ماجد سعيد العنزي.")
        XCTAssertTrue(g.has("ماجد سعيد العنزي", .memberOf, "شركة الأفق للطاقة", role: "الرئيس التنفيذي"))
    }

    func testSubjectBeforeAnOrganizerVerb() {
        let g = extract("وكانت غرفة تجارة إربد قد نظمت ملتقى للأعمال في المدينة.")
        XCTAssertTrue(g.has("غرفة تجارة إربد", .organized, "ملتقى"))
    }
}
