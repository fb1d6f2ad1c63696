import EntityGraph
@testable import EntityExtraction
import XCTest

/// Each relation rule on sentences written for these tests (names invented).
final class RelationFinderTests: XCTestCase {
    func extract(_ text: String) -> Graph { Fixtures.extract(text) }

    func testRoleAppositionGivesMemberOfWithRole() {
        let g = extract("حضر اللقاء “سلمى حداد” الرئيسة المشتركة لمجلس دير الزور المدني.")
        XCTAssertTrue(g.has("سلمى حداد", .memberOf, "مجلس دير الزور المدني", role: "الرئيسة المشتركة"))
    }

    func testDualRoleIsDistributedInTheSingular() {
        let g = extract("حضر الاجتماع كل من “منير داود” و “هالة يونس” الرئيسان المشتركان لمجلس القامشلي المدني.")
        XCTAssertTrue(g.has("منير داود", .memberOf, "مجلس القامشلي المدني", role: "الرئيس المشترك"))
        XCTAssertTrue(g.has("هالة يونس", .memberOf, "مجلس القامشلي المدني", role: "الرئيس المشترك"))
    }

    func testRoleBeforeOrganizationAndName() {
        let g = extract("وأكد المتحدث الرسمي باسم وزارة الداخلية العميد فراس الدباغ أن الطرق آمنة.")
        XCTAssertTrue(g.has("فراس الدباغ", .memberOf, "وزارة الداخلية"))
    }

    func testRepresentativeRole() {
        let g = extract("وحضر السيد “مارك هيل” ممثل الخارجية البريطانية.")
        XCTAssertTrue(g.has("مارك هيل", .represents, "الخارجية البريطانية"))
    }

    func testAttendanceList() {
        let g = extract("عقد اجتماع موسع في حلب. وحضر الاجتماع كل من السيد نادر سلوم، والسيدة ريم عبود.")
        XCTAssertTrue(g.has("نادر سلوم", .attended, "اجتماع موسع"))
        XCTAssertTrue(g.has("ريم عبود", .attended, "اجتماع موسع"))
        XCTAssertTrue(g.has("اجتماع موسع", .heldAt, "حلب"))
    }

    func testOrganizerCues() {
        let g = extract("بدعوة من جمعية الهلال الثقافية عقدت ندوة حوارية في صيدا.")
        XCTAssertTrue(g.has("جمعية الهلال الثقافية", .organized, "ندوة حوارية"))
        let h = extract("وأقامت بلدية طرطوس مأدبة عشاء على شرف الضيوف.")
        XCTAssertTrue(h.has("بلدية طرطوس", .organized, "مأدبة عشاء"))
    }

    func testInterviewConductedByANewspaper() {
        let g = extract("وجاء ذلك في حوار أجرته صحيفة الوطن مع السيد خليل منصور.")
        XCTAssertTrue(g.has("صحيفة الوطن", .organized, "حوار"))
        XCTAssertTrue(g.has("خليل منصور", .attended, "حوار"))
    }

    func testMeetingBetweenOrganizations() {
        let g = extract("عقد لقاء موسع بين حزب الأمل ومجلس العشائر العربية في الحسكة.")
        XCTAssertTrue(g.has("حزب الأمل", .attended, "لقاء موسع"))
        XCTAssertTrue(g.has("مجلس العشائر العربية", .attended, "لقاء موسع"))
    }

    func testReceptionVerbMakesBothSidesAttend() {
        let g = extract("خلال اللقاء تبادل الطرفان الآراء. واستقبل السيد عمر الزين وفدا من جمعية الإغاثة الطبية في عمان.")
        XCTAssertTrue(g.has("عمر الزين", .attended, "اللقاء"))
        XCTAssertTrue(g.has("جمعية الإغاثة الطبية", .attended, "اللقاء"))
    }

    func testPartOfCue() {
        let g = extract("وأعلن مكتب الشؤون الإنسانية – أحد مكاتب مجلس الإدارة المحلية – عن حملة جديدة.")
        XCTAssertTrue(g.has("مكتب الشؤون الإنسانية", .partOf, "مجلس الإدارة المحلية"))
    }

    func testLeadsCue() {
        let g = extract("وشاركت قوات التحالف العربي التي تقودها السعودية في العملية.")
        XCTAssertTrue(g.has("السعودية", .leads, "التحالف العربي"))
    }

    func testCooperationAndOppositionCues() {
        let g = extract("وقال البيان إن حزب النهضة الوطني بالتعاون مع جمعية المستقبل يواصل الحرب على تنظيم القاعدة.")
        XCTAssertTrue(g.has("حزب النهضة الوطني", .cooperatesWith, "جمعية المستقبل"))
        XCTAssertTrue(g.has("جمعية المستقبل", .opposes, "القاعدة") || g.has("حزب النهضة الوطني", .opposes, "القاعدة"))
    }

    func testFirstPersonSpeakerSpeaksForHisOrganization() {
        let text = "قال القائد العام لقوات الصناديد وليد الشمري إن التنسيق مستمر.\nوأضاف الشمري: “نحن ننسق مع قوات التحالف الدولي.”"
        let g = extract(text)
        XCTAssertTrue(g.has("قوات الصناديد", .cooperatesWith, "التحالف الدولي"))
    }

    func testDelegationMembersRepresentTheOrganization() {
        let g = extract("وصل وفد حزب الوسط إلى القاهرة. وحضر الاجتماع من الوفد كل من السيد أيمن فهمي والسيدة نهى صبري.")
        XCTAssertTrue(g.has("أيمن فهمي", .represents, "حزب الوسط"))
        XCTAssertTrue(g.has("نهى صبري", .represents, "حزب الوسط"))
    }

    func testEventDateBothMonthSeries() {
        for text in ["عقد اجتماع موسع في حماة يوم 6/أغسطس – آب /2019.",
                     "عقد اجتماع موسع في حماة يوم ٦ آب ٢٠١٩.",
                     "عقد اجتماع موسع في حماة بتاريخ 6/8/2019."] {
            XCTAssertEqual(extract(text).entity(named: "اجتماع موسع")?.date, "2019-08-06", text)
        }
    }

    func testRelativeDateNeedsTheArticleDate() {
        let dated = extract("دمشق 12 آذار 2021\nعقد أمس اجتماع موسع في دمشق بحضور السيد رامي علوش.")
        XCTAssertEqual(dated.entity(named: "اجتماع موسع")?.date, "2021-03-11")
        let undated = extract("عقد أمس اجتماع موسع في دمشق بحضور السيد رامي علوش.")
        XCTAssertNil(undated.entity(named: "اجتماع موسع")?.date)
    }

    func testEvidenceQuotesTheSentence() {
        let text = "حضر اللقاء “سلمى حداد” الرئيسة المشتركة لمجلس دير الزور المدني."
        let g = extract(text)
        let r = g.relations.first { $0.type == .memberOf }
        XCTAssertEqual(r?.evidence.first?.text, text)
        XCTAssertEqual(r?.evidence.first?.rule, "role-apposition")
        XCTAssertGreaterThan(r?.confidence ?? 0, 0.5)
    }

    func testOrganizationNamedInsideAnotherIsPartOfIt() {
        let g = extract("وقال عميد كلية الطب بجامعة اليرموك إن الدراسة ستبدأ.")
        XCTAssertTrue(g.has("كلية الطب بجامعة اليرموك", .partOf, "جامعة اليرموك"))
    }

    func testCooperationWithAPartnerAfterTheFirstOnesAcronym() {
        let g = extract("وأوضح المدير أن جمعية الإغاثة الطبية تعمل بالتعاون مع منظمة الهجرة الدولية (IOM) والهلال الأحمر الفلسطيني في المخيمات.")
        XCTAssertTrue(g.has("جمعية الإغاثة الطبية", .cooperatesWith, "منظمة الهجرة الدولية"))
        XCTAssertTrue(g.has("جمعية الإغاثة الطبية", .cooperatesWith, "الهلال الأحمر الفلسطيني"), "\(g.names(.organization))")
    }

    func testCooperationBetweenTwoSides() {
        let g = extract("ووقعت مذكرة تفاهم بين جامعة الزيتونة وجمعية الحرفيين التونسيين في صفاقس.")
        XCTAssertTrue(g.has("جامعة الزيتونة", .cooperatesWith, "جمعية الحرفيين التونسيين"))
    }

    func testSpeakingForAnOrganization() {
        let g = extract("ووقع الاتفاقية عن بلدية جرش المهندس سالم العتوم.")
        XCTAssertTrue(g.has("سالم العتوم", .represents, "بلدية جرش"))
    }

    func testRoundOfTalksIsOneEvent() {
        let g = extract("استضافت وزارة الخارجية العمانية جولة جديدة من المحادثات في مسقط.")
        XCTAssertEqual(g.entities.filter { $0.kind == .event }.count, 1)
        XCTAssertTrue(g.has("وزارة الخارجية العمانية", .organized, "جولة جديدة من المحادثات"))
    }

    func testRoleWithoutOrganizationBelongsToTheOneJustNamed() {
        let g = extract("عقد مجلس بلدية الزرقاء جلسته برئاسة الرئيس المهندس عماد الخلايلة.")
        XCTAssertTrue(g.has("عماد الخلايلة", .memberOf, "مجلس بلدية الزرقاء"))
    }

    func testOpeningSessionOfAConferenceIsTheConference() {
        let g = extract("انطلقت في مدينة صلالة أعمال مؤتمر السياحة البيئية الأول. وخاطب الجلسة الافتتاحية الدكتور سالم حمد العامري.")
        XCTAssertTrue(g.has("سالم حمد العامري", .attended, "مؤتمر"))
        XCTAssertEqual(g.entities.filter { $0.kind == .event }.count, 1)
    }

    func testOrganizationsWhoseRepresentativesAttended() {
        let g = extract("عقد مؤتمر الإغاثة في عدن. وشارك في المؤتمر ممثلون عن منظمة الأمل الدولية وجمعية النور الخيرية.")
        XCTAssertTrue(g.has("منظمة الأمل الدولية", .attended, "مؤتمر"))
        XCTAssertTrue(g.has("جمعية النور الخيرية", .attended, "مؤتمر"))
    }

    func testDatelinePlaceIsWhereTheStoryHappened() {
        let g = extract("تونس 3 مارس 2024 – عقدت جمعية المهندسين الشبان اجتماعا موسعا لمناقشة خطتها السنوية.")
        XCTAssertTrue(g.has("اجتماعا موسعا", .heldAt, "تونس"))
        let h = extract("أربيل – أجرت صحيفة الأفق حوارا مع الكاتب سامان جلال.")
        XCTAssertFalse(h.has("حوارا", .heldAt, "أربيل"))
    }

    func testTwoSignatoriesCooperate() {
        let g = extract("الجزائر - وقع مجمع الفوسفات الوطني وشركة \"بتروكيم\" الإسبانية عقدا لتطوير منجم جديد.")
        XCTAssertTrue(g.has("مجمع الفوسفات الوطني", .cooperatesWith, "شركة بتروكيم الإسبانية"))
    }

    func testEveryConjoinedPartnerCooperates() {
        let g = extract("وأعلنت جمعية البر الخيرية أنها ستنفذ المشروع بالتعاون مع منظمة الغذاء العالمية وهيئة الإغاثة الوطنية.")
        XCTAssertTrue(g.has("جمعية البر الخيرية", .cooperatesWith, "منظمة الغذاء العالمية"))
        XCTAssertTrue(g.has("جمعية البر الخيرية", .cooperatesWith, "هيئة الإغاثة الوطنية"))
        XCTAssertFalse(g.has("منظمة الغذاء العالمية", .cooperatesWith, "هيئة الإغاثة الوطنية"))
    }

    func testPartOfThroughAnAppositionWithAPronoun() {
        let g = extract("وأكد أن مديرية الدفاع المدني، وهي إحدى مديريات وزارة الداخلية، أنهت استعداداتها.")
        XCTAssertTrue(g.has("مديرية الدفاع المدني", .partOf, "وزارة الداخلية"))
    }

    func testSubjectOfAHoldingVerbOrganizedTheEvent() {
        let g = extract("عقدت لجنة التربية والتعليم جلسة برئاسة النائب الدكتور وليد سمعان.")
        XCTAssertTrue(g.has("لجنة التربية والتعليم", .organized, "جلسة"))
    }
}
