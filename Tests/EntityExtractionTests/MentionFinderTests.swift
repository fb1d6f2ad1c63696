import EntityGraph
@testable import EntityExtraction
import XCTest

/// Each mention rule on sentences written for these tests (names invented).
final class MentionFinderTests: XCTestCase {
    func extract(_ text: String) -> Graph { Fixtures.extract(text) }

    func testTitleBeforeAName() {
        let g = extract("وبإشراف الدكتور سامر نبيل الخطيب عقد اجتماع في حمص.")
        XCTAssertNotNil(g.entity(named: "سامر نبيل الخطيب", kind: .person))
        XCTAssertNil(g.entity(named: "الدكتور سامر نبيل الخطيب", kind: .person).map { $0.label == "الدكتور سامر نبيل الخطيب" ? $0 : nil } ?? nil)
    }

    func testQuotedNameAfterTitle() {
        let g = extract("وشارك العقيد “نزار الحلبي” في الاجتماع.")
        XCTAssertNotNil(g.entity(named: "نزار الحلبي", kind: .person))
    }

    func testCliticsStayOutOfNames() {
        let g = extract("وقدم الشكر “لأنور سليمان” الرئيس المشترك لمجلس منبج المدني.")
        let person = g.entity(named: "أنور سليمان", kind: .person)
        XCTAssertNotNil(person)
        XCTAssertEqual(person?.mentions.first?.text, "أنور سليمان")
    }

    func testNamesBeforeADualRole() {
        let g = extract("حضر اللقاء كل من رهف العلي و باسل قدور عضوان في حزب التقدم الوطني.")
        XCTAssertNotNil(g.entity(named: "رهف العلي", kind: .person))
        XCTAssertNotNil(g.entity(named: "باسل قدور", kind: .person))
    }

    func testNameAfterRoleAndOrganization() {
        let g = extract("وقال الأمين العام لحزب العدالة الاجتماعية كمال بوعزة إن الحوار مستمر.")
        XCTAssertNotNil(g.entity(named: "كمال بوعزة", kind: .person))
        XCTAssertNotNil(g.entity(named: "حزب العدالة الاجتماعية", kind: .organization))
    }

    func testOrganizationHeadsAndComplements() {
        let g = extract("أعلنت وزارة الصحة العامة ومركز البحوث الزراعية وجريدة النهار عن خطة مشتركة.")
        XCTAssertNotNil(g.entity(named: "وزارة الصحة العامة", kind: .organization))
        XCTAssertNotNil(g.entity(named: "مركز البحوث الزراعية", kind: .organization))
        XCTAssertNotNil(g.entity(named: "جريدة النهار", kind: .organization))
    }

    func testGentilicOrganizations() {
        let g = extract("وأكدت الخارجية الفرنسية أن الحكومة العراقية تلقت الرسالة.")
        XCTAssertNotNil(g.entity(named: "الخارجية الفرنسية", kind: .organization))
        XCTAssertNotNil(g.entity(named: "الحكومة العراقية", kind: .organization))
    }

    func testOrganizationWithLamComplement() {
        let g = extract("وطالب المجلس الأعلى للقضاء بزيادة الميزانية.")
        XCTAssertNotNil(g.entity(named: "المجلس الأعلى للقضاء", kind: .organization))
    }

    func testPlacesFromGazetteerAndPlaceWords() {
        let g = extract("وصل الوفد إلى بلدة تل حميس قادما من القامشلي ثم إلى منطقتي الشدادي والهول.")
        XCTAssertNotNil(g.entity(named: "تل حميس", kind: .place))
        XCTAssertNotNil(g.entity(named: "القامشلي", kind: .place))
        XCTAssertNotNil(g.entity(named: "الشدادي", kind: .place))
        XCTAssertNotNil(g.entity(named: "الهول", kind: .place))
    }

    func testDirectionAndCountry() {
        let g = extract("تنشط الجمعية في شمال العراق.")
        XCTAssertNotNil(g.entity(named: "شمال العراق", kind: .place))
    }

    func testKnownOrganizationWithLatinName() {
        let g = extract("رحبت جامعة الدول العربية بالاتفاق.")
        XCTAssertEqual(g.entity(named: "جامعة الدول العربية", kind: .organization)?.labelLatin, "Arab League")
    }

    func testEventTriggerWithQualifierAndPlurals() {
        let g = extract("عقد اجتماع طارئ في الخرطوم بحضور السيد عادل برهان. وستعقد لقاءات أخرى لاحقا.")
        let event = g.entity(named: "اجتماع طارئ", kind: .event)
        XCTAssertEqual(event?.subtype, "meeting")
        XCTAssertNil(g.entity(named: "لقاءات", kind: .event))
    }

    func testNoJunkFromCommonWords() {
        let g = extract("وأكد البيان أن الوضع الأمني مستقر وأن العمل مستمر على كافة المستويات.")
        XCTAssertTrue(g.entities.isEmpty, "\(g.entities.map(\.label))")
    }

    func testGivenNameStartsAPerson() {
        let g = extract("وصرح يوسف الشامي للصحفيين بأن المفاوضات مستمرة.")
        XCTAssertNotNil(g.entity(named: "يوسف الشامي", kind: .person))
    }

    func testEveryMentionHasOffsetsIntoTheOriginal() {
        let text = "استقبل السيدُ «وائل العكاري» وفداً من جمعية النور الخيرية في إربد. وأشاد العكاري بجمعية النور الخيرية."
        let g = extract(text)
        let scalars = Array(text.unicodeScalars)
        for e in g.entities {
            for m in e.mentions {
                XCTAssertEqual(String(String.UnicodeScalarView(scalars[m.start..<m.end])), m.text)
            }
        }
        XCTAssertEqual(g.entity(named: "جمعية النور الخيرية")?.mentions.count, 2)
        XCTAssertEqual(g.entity(named: "وائل العكاري")?.mentions.count, 2)
    }

    func testSubjectOfASpeechVerb() {
        let g = extract("وقال غرانت شابس إن المحادثات ستستمر.")
        XCTAssertNotNil(g.entity(named: "غرانت شابس", kind: .person))
        XCTAssertNil(extract("وقال البيان إن المحادثات ستستمر.").entity(named: "البيان"))
    }

    func testAbbreviatedTitleDoesNotSplitTheSentence() {
        let g = extract("وحضر الندوة أ.د. نوال الساعدي عميدة كلية الآداب.")
        XCTAssertNotNil(g.entity(named: "نوال الساعدي", kind: .person))
    }

    func testUnlistedFirstNameBeforeAFathersName() {
        let g = extract("استقبل رئيس الحزب هيوا أحمد رشيد وفدا من البلدية.")
        XCTAssertNotNil(g.entity(named: "هيوا أحمد رشيد", kind: .person))
    }

    func testRoyalNamesAndCoordinatedConstructsInOrganizations() {
        let g = extract("وحضر عميد كلية الهندسة وعلوم الحاسب بجامعة الملك فيصل الدكتور ناصر الحربي.")
        XCTAssertNotNil(g.entity(named: "جامعة الملك فيصل", kind: .organization))
        XCTAssertNil(g.entity(named: "فيصل", kind: .person))
        XCTAssertTrue(g.entities.contains { $0.kind == .organization && $0.label.hasPrefix("كلية الهندسة وعلوم الحاسب") })
    }

    func testForumOpenedIsAnEventNotAnOrganization() {
        let g = Fixtures.extract("وانطلقت اليوم فعاليات منتدى الإعلام الرقمي بحضور الدكتور سامر حداد.")
        XCTAssertNotNil(g.entities.first { $0.kind == .event && $0.label.contains("منتدى") })
        XCTAssertNil(g.entities.first { $0.kind == .organization && $0.label.contains("منتدى") })
    }
}
