import EntityGraph
@testable import EntityExtraction
import XCTest

/// Where events were held (sentences and places invented or common).
final class EventPlaceTests: XCTestCase {
    func extract(_ text: String) -> Graph { Fixtures.extract(text) }

    func testPlaceAfterAKindWordInTheClauseIsTheVenue() {
        let g = extract("وعقد المجلس اجتماعاً موسعاً مع وجهاء العشائر في بلدة الحويجة، حضره المحافظ.")
        XCTAssertTrue(g.has("اجتماعاً موسعاً", .heldAt, "الحويجة"), "\(g.names(.place))")
    }

    func testBiPlaceClosingAPremisesPhraseIsAPlace() {
        let g = extract("وعقد الاجتماع في مقر إدارة الجامعة بالمنصورية.")
        XCTAssertNotNil(g.entity(named: "المنصورية", kind: .place))
        XCTAssertTrue(g.has("الاجتماع", .heldAt, "المنصورية"))
    }

    func testPlaceNameStopsBeforeAPrepositionalPhraseAndADayWord() {
        let g = extract("وزار الوفد مخيم الزعتري للاجئين، وتقبل العائلة التعازي بمنطقة الرابية يومي الأحد والاثنين.")
        XCTAssertTrue(g.names(.place).contains { $0.hasSuffix("الزعتري") }, "\(g.names(.place))")
        XCTAssertNotNil(g.entity(named: "الرابية", kind: .place), "\(g.names(.place))")
    }

    func testCountriesThePeopleComeFromAreNoVenue() {
        let g = extract("وتنظم الجامعة ملتقى دوليا في وجدة بمشاركة باحثين من تونس وفرنسا.")
        XCTAssertTrue(g.has("ملتقى دوليا", .heldAt, "وجدة"), "\(g.names(.event))")
        XCTAssertFalse(g.has("ملتقى دوليا", .heldAt, "تونس"))
    }
}

/// Field names after a definite head (names invented).
final class FieldNameTests: XCTestCase {
    func testPurposeNounWithAnAdjectiveAfterADefiniteHeadIsPartOfTheName() {
        let g = Fixtures.extract("أعلنت الهيئة الوطنية للبحث العلمي عن منح. وقالت الهيئة الوطنية إن المنح تشمل الطلاب.")
        XCTAssertNotNil(g.entity(named: "الهيئة الوطنية للبحث العلمي", kind: .organization), "\(g.names(.organization))")
    }

    func testAnOfficesSpecificationStaysOutOfTheMinistrysName() {
        let g = Fixtures.extract("وحضر اللقاء وكيل وزارة الخارجية للشؤون الثنائية السفير سامي نوري الحداد.")
        XCTAssertNotNil(g.entity(named: "وزارة الخارجية", kind: .organization), "\(g.names(.organization))")
    }
}

/// Who held an event named with a possessive or a relative verb (sentences invented).
final class EventOwnerTests: XCTestCase {
    func testPossessiveEventBelongsToTheSentencesOrganization() {
        let g = Fixtures.extract("وصادق مجلس جهة سوس، خلال دورته العادية المنعقدة اليوم، على اتفاقية شراكة.")
        XCTAssertTrue(g.has("مجلس جهة سوس", .organized, "دورته العادية"), "\(g.names(.event)) \(g.names(.organization))")
    }

    func testEventHeldByARelativeVerbBelongsToTheSubject() {
        let g = Fixtures.extract("وبحثت لجنة الطاقة في مجلس النواب، خلال اجتماع عقدته اليوم، خطة الوزارة.")
        XCTAssertTrue(g.has("لجنة الطاقة في مجلس النواب", .organized, "اجتماع") || g.has("لجنة الطاقة", .organized, "اجتماع"),
                      "\(g.names(.organization))")
    }
}

/// An earlier event told in the background stays apart from the article's own (sentences invented).
final class BackgroundEventTests: XCTestCase {
    func testPluperfectSentenceTellsAnotherEvent() {
        let g = Fixtures.extract("""
        عقد المجلس التنفيذي اليوم اجتماعه الدوري برئاسة سامر خليل العبد.
        وكانت لجنة الخدمات قد عقدت أمس اجتماعاً موسعاً حضره هادي سالم النمر.
        """)
        let events = g.entities.filter { $0.kind == .event }
        XCTAssertEqual(events.count, 2, "\(events.map(\.label))")
        XCTAssertTrue(g.has("هادي سالم النمر", .attended, "اجتماعاً موسعاً"))
        XCTAssertFalse(g.has("هادي سالم النمر", .attended, "اجتماعه الدوري"))
    }
}

/// The localities list names towns written without a kind word (sentences invented).
final class LocalityTests: XCTestCase {
    func testATownNamedWithoutAKindWordIsAPlaceAndTheVenue() {
        let g = Fixtures.extract("وعقدت بلدية وجدة اجتماعاً في جرادة حضره سامر خليل الحداد.")
        XCTAssertNotNil(g.entity(named: "جرادة", kind: .place))
        XCTAssertTrue(g.has("اجتماعاً", .heldAt, "جرادة"))
    }

    func testAVariantSpellingIsTheSamePlace() {
        let g = Fixtures.extract("وزار الوفد قضاء أبو الخصيب ثم عاد إلى أبي الخصيب مساء.")
        XCTAssertEqual(g.entities.filter { $0.kind == .place }.count, 1, "\(g.names(.place))")
    }
}

/// Events are happenings, not names: they merge by identity, not by label (sentences invented).
final class EventIdentityTests: XCTestCase {
    func testASeparateMeetingIsAnotherEvent() {
        let g = Fixtures.extract("""
        استقبل الوزير اليوم السفير ماهر سعيد العلي في لقاء حضره نادر سليم الحمد.
        كما عقد الوزير لقاء منفصلا مع الخبيرة ليلى فؤاد الراشد.
        """)
        XCTAssertEqual(g.entities.filter { $0.kind == .event }.count, 2, "\(g.names(.event))")
    }

    func testSameNamedEventsOfTwoArticlesStayTwoEvents() throws {
        let extractor = try Extractor()
        let a = extractor.extract(text: "عقدت بلدية وجدة اجتماعاً حضره سامر خليل الحداد.", document: SourceDocument(id: "a", path: "a.txt"))
        let b = extractor.extract(text: "عقدت بلدية فاس اجتماعاً حضره نادر سالم العلي.", document: SourceDocument(id: "b", path: "b.txt"))
        let merged = Graph.merged([a, b])
        XCTAssertEqual(merged.entities.filter { $0.kind == .event }.count, 2)
        // The same input gives the same ids.
        XCTAssertEqual(a.entities.map(\.id), extractor.extract(text: "عقدت بلدية وجدة اجتماعاً حضره سامر خليل الحداد.",
                                                             document: SourceDocument(id: "a", path: "a.txt")).entities.map(\.id))
    }
}
