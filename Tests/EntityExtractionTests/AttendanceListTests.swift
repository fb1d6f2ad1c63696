import EntityGraph
@testable import EntityExtraction
import XCTest

/// Organizations in attendance lists (sentences and names invented).
final class AttendanceListTests: XCTestCase {
    func extract(_ text: String) -> Graph { Fixtures.extract(text) }

    func testCoordinatedOrganizationsAfterTheVerbAllAttended() {
        let g = extract("ونظمت الهيئة ورشة تدريبية في عمّان شاركت فيها وزارة المياه ومنظمة الأغذية والزراعة وجامعة اليرموك.")
        XCTAssertTrue(g.has("وزارة المياه", .attended, "ورشة تدريبية"))
        XCTAssertTrue(g.has("منظمة الأغذية والزراعة", .attended, "ورشة تدريبية"))
        XCTAssertTrue(g.has("جامعة اليرموك", .attended, "ورشة تدريبية"))
    }

    func testOrganizationsThePeopleComeFromAttended() {
        let g = extract("وعقد المركز ندوة علمية يشارك فيها باحثون من جامعة حلب وجامعة تشرين.")
        XCTAssertTrue(g.has("جامعة حلب", .attended, "ندوة علمية"))
        XCTAssertTrue(g.has("جامعة تشرين", .attended, "ندوة علمية"))
    }

    func testAnOfficesOrganizationAfterMinIsNoAttendee() {
        let g = extract("وحضر الندوة العلمية مدير من وزارة الصحة هو الدكتور سامي عادل الحلبي.")
        XCTAssertFalse(g.has("وزارة الصحة", .attended, "الندوة العلمية"))
    }
}

/// Event names keep the adjectives that qualify them (sentences invented).
final class EventNameTests: XCTestCase {
    func testNisbaAdjectivesAgreeingWithTheTriggerAreInTheEventsName() {
        let g = Fixtures.extract("ونظمت الجمعية ورشة تدريبية حضرها سامر علي الحكيم، ثم عقدت اجتماعاً تنسيقياً مع البلدية.")
        XCTAssertNotNil(g.entity(named: "ورشة تدريبية", kind: .event), "\(g.names(.event))")
    }

    func testADefiniteNounAfterAnIndefiniteTriggerIsNoAdjective() {
        let g = Fixtures.extract("وحضر سامر علي الحكيم ورشة الجمعية الخيرية.")
        XCTAssertNil(g.entity(named: "ورشة الجمعية", kind: .event))
    }
}

/// Cooperation read off signings and joint work (sentences invented).
final class CooperationCueTests: XCTestCase {
    func testTwoSignatoriesBeforeTheAgreementCooperate() {
        let g = Fixtures.extract("وقّعت جامعة النهرين والأكاديمية العربية للعلوم المالية، اليوم، بروتوكول تعاون في التدريب.")
        XCTAssertTrue(g.has("جامعة النهرين", .cooperatesWith, "الأكاديمية العربية للعلوم المالية"), "\(g.names(.organization))")
    }

    func testJointPatrolFromTwoBodiesIsCooperation() {
        let g = Fixtures.extract("واعترضت دورية مشتركة من مديرية أمن طرابلس وجهاز خفر السواحل قاربا للمهربين.")
        XCTAssertTrue(g.has("مديرية أمن طرابلس", .cooperatesWith, "جهاز خفر السواحل"))
    }

    func testCoordinationBetweenTwoSides() {
        let g = Fixtures.extract("وبحث الجانبان التنسيق بين وزارة الزراعة ومنظمة الأغذية والزراعة في مكافحة الجراد.")
        XCTAssertTrue(g.has("وزارة الزراعة", .cooperatesWith, "منظمة الأغذية والزراعة"))
    }
}
