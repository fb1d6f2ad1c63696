import EntityGraph
@testable import EntityExtraction
import XCTest

/// Several events of one kind in one article, told apart by episodes (articles invented).
final class EventSegmentTests: XCTestCase {
    func extract(_ text: String) -> Graph { Fixtures.extract(text) }

    /// The ids of the events the named person or organization attended.
    func attended(_ g: Graph, _ name: String) -> Set<String> {
        guard let e = g.entity(named: name) else { return [] }
        return Set(g.relations.filter { $0.source == e.id && $0.type == .attended }.map(\.target))
    }

    let receptions = """
        عمّان - استقبل رئيس مجلس الأعيان سليم حداد اليوم سفير البرتغال لدى الأردن السيد جواو ماركيش، وجرى خلال اللقاء بحث العلاقات البرلمانية.
        كما استقبل حداد وفداً من اتحاد المزارعين برئاسة رئيس الاتحاد ماهر عبيدات، وتناول اللقاء أسعار الأعلاف.
        وفي وقت لاحق، التقى حداد رئيسة جمعية المكفوفين هند زيادنة.
        """

    func testEachOpenedReceptionIsAnEventOfItsOwn() {
        let g = extract(receptions)
        let ambassador = attended(g, "جواو ماركيش"), union = attended(g, "ماهر عبيدات"), third = attended(g, "هند زيادنة")
        XCTAssertEqual(ambassador.count, 1)
        XCTAssertEqual(union.count, 1)
        XCTAssertEqual(third.count, 1)
        XCTAssertTrue(ambassador.isDisjoint(with: union) && union.isDisjoint(with: third) && ambassador.isDisjoint(with: third))
        // The host attended all three.
        XCTAssertEqual(attended(g, "سليم حداد"), ambassador.union(union).union(third))
    }

    func testADefiniteMentionAfterTheVerbNamesItsEvent() {
        let g = extract(receptions)
        let events = g.entities.filter { $0.kind == .event }
        XCTAssertEqual(events.count, 3, "\(events.map(\.label))")
        // "وتناول اللقاء" names the reception the verb told; only the third keeps its verb.
        XCTAssertEqual(events.filter { $0.label == "اللقاء" }.count, 2, "\(events.map(\.label))")
    }

    func testAnOrganizationsOwnMeetingIsTheFirstEventTold() {
        let g = extract("""
            عقدت وزارة الزراعة، اليوم الاثنين، اجتماعها الدوري لمديري المديريات، برئاسة الوزير عادل حامد الصافي.

            وفي وقت لاحق، استقبل الصافي سفير رومانيا لدى العراق السيد يوان ماريش، وبحث الجانبان خلال اللقاء تصدير التمور.
            """)
        let meetings = g.entities.filter { $0.kind == .event }
        XCTAssertEqual(meetings.count, 2, "\(meetings.map(\.label))")
        let own = g.entity(named: "اجتماعها الدوري", kind: .event)?.id ?? ""
        let guest = attended(g, "يوان ماريش")
        XCTAssertFalse(guest.isEmpty)
        XCTAssertFalse(guest.contains(own), "\(g.relations)")
    }

    func testAnEventNamedAgainAfterAnOpenerIsTheSameEvent() {
        let g = extract("""
            قدّم محافظ الزرقاء السيد نادر حسين العموش مساء أمس واجب العزاء إلى أسرة الفقيد في ديوان العشيرة.

            كما قدم واجب العزاء في اليوم ذاته وفد من نقابة المعلمين برئاسة نقيب المعلمين السيد زياد سالم الخوالدة.
            """)
        let events = g.entities.filter { $0.kind == .event }
        XCTAssertEqual(events.count, 1, "\(events.map(\.label))")
    }

    func testAnAnnouncedMeetingIsApartAndStartsNoEpisode() {
        let g = extract("""
            استقبل وزير التخطيط حسن علي الطائي اليوم رئيس بعثة البنك الدولي السيد توماس رايان، وجرى خلال اللقاء بحث تمويل المدارس.

            وأشار رايان إلى أن البنك يعد لعقد اجتماع تنسيقي للمانحين في شهر أيار.

            حضر اللقاء مدير عام التخطيط الإقليمي في الوزارة السيد سامر جواد الربيعي.
            """)
        let reception = g.entity(named: "اللقاء", kind: .event)?.id ?? ""
        XCTAssertEqual(attended(g, "سامر جواد الربيعي"), [reception], "\(g.relations)")
    }

    func testAnEventVerbIsReadWithItsConjunction() {
        let g = extract("""
            استقبل وزير الزراعة عادل حامد الصافي اليوم سفير رومانيا السيد يوان ماريش.

            ومن جهة أخرى، واتصل الصافي بنظيره العماني سعود سالم الحارثي.
            """)
        let calls = g.entities.filter { $0.kind == .event && $0.subtype == "call" }
        XCTAssertEqual(calls.count, 1, "\(g.entities.filter { $0.kind == .event }.map(\.label))")
    }

    func testWithoutAnOpenerOrANewParagraphTheMeetingGoesOn() {
        let g = extract("استقبل المحافظ نادر الحمصي رئيس الغرفة وليد قطان، ثم التقى الوفد المرافق له. وجرى خلال اللقاء بحث المشاريع.")
        XCTAssertEqual(g.entities.filter { $0.kind == .event }.count, 1, "\(g.names(.event))")
    }

    func testATitleNamesTheEventTheArticleTells() {
        let g = extract("""
            محافظ إربد يستقبل وفداً من نقابة المهندسين

            إربد - استقبل محافظ إربد رضوان العتوم اليوم وفداً من نقابة المهندسين برئاسة نقيب المهندسين أحمد سمارة.
            """)
        XCTAssertEqual(g.entities.filter { $0.kind == .event }.count, 1, "\(g.names(.event))")
        XCTAssertTrue(g.has("أحمد سمارة", .attended, "استقبل"))
    }

    func testAVerbAfterARelativePronounTellsNoEvent() {
        let g = extract("أقام رئيس البلدية مأدبة غداء على شرف وفد المجلس الذي يزور المدينة، برئاسة النائب صالح الفيتوري.")
        XCTAssertEqual(g.names(.event), ["مأدبة غداء"])
        XCTAssertTrue(g.has("صالح الفيتوري", .attended, "مأدبة غداء"))
    }

    func testATourGoesOnThroughTheMeetingsOnItsWay() {
        let g = extract("""
            نظمت وزارة الزراعة جولة ميدانية في قرى الغور الشمالي بمشاركة مدير المنطقة عادل الرواشدة.
            ثم انتقل الوفد إلى بلدة المشارع، والتقى رئيس البلدية المهندس فواز الدلابيح.
            """)
        XCTAssertEqual(g.names(.event), ["جولة ميدانية"])
        XCTAssertTrue(g.has("فواز الدلابيح", .attended, "جولة ميدانية"))
    }

    func testABackgroundSentenceStaysApartFromTheEpisodes() {
        let g = extract("""
            استقبل الوزير كمال الصفدي السفير الياباني تاكيشي موري، وتناول اللقاء التعاون الفني.
            وكان الوزير قد التقى صباحاً رئيس اتحاد الغرف عمر النابلسي.
            """)
        XCTAssertTrue(attended(g, "تاكيشي موري").isDisjoint(with: attended(g, "عمر النابلسي")))
        XCTAssertEqual(attended(g, "عمر النابلسي").count, 1)
    }
}

/// The sides of a signing (sentences invented).
final class SigningTests: XCTestCase {
    func extract(_ text: String) -> Graph { Fixtures.extract(text) }

    func testSidesNamedAfterAnSigningVerbCooperate() {
        let g = extract("ووقع المذكرة عن جامعة اليرموك رئيسها إسلام مساد، وعن شركة البوتاس العربية مديرها العام معن النسور.")
        XCTAssertTrue(g.has("جامعة اليرموك", .cooperatesWith, "شركة البوتاس العربية"))
    }

    func testSignerAndTheOneItSignedWithCooperate() {
        let g = extract("وقعت بلدية الزرقاء مع مؤسسة الإقراض الزراعي اتفاقية لتمويل المشاريع الصغيرة.")
        XCTAssertTrue(g.has("بلدية الزرقاء", .cooperatesWith, "مؤسسة الإقراض الزراعي"))
    }

    func testACueInsideAnEventNameStillSpeaks() {
        let g = extract("وشهد الوزير توقيع مذكرة تفاهم بين جامعة مؤتة والهيئة الملكية للأفلام.")
        XCTAssertTrue(g.has("جامعة مؤتة", .cooperatesWith, "الهيئة الملكية للأفلام"))
    }

    func testASigningVerbWithOneSideGivesNoCooperation() {
        let g = extract("ووقع عن جامعة اليرموك رئيسها إسلام مساد على الاتفاقية.")
        XCTAssertFalse(g.relations.contains { $0.type == .cooperatesWith })
    }
}
