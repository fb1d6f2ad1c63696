import EntityGraph
@testable import EntityExtraction
import Foundation
import XCTest

final class LexiconTests: XCTestCase {
    func testUserLexiconAddsAnEntityWithItsEnglishName() throws {
        let text = "التقى وفد من شركة زيتونة بالمسؤولين في طرابلس."
        XCTAssertNil(Fixtures.extract(text).entity(named: "زيتونة", kind: .organization))
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ergraph-lexicon-\(UUID().uuidString).yaml")
        try "entities:\n  - {name: زيتونة, kind: organization, english: Zaytuna}\n".write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let g = try Extractor(lexiconFiles: [url]).extract(text: text, document: SourceDocument(id: "x", path: "x.txt"))
        XCTAssertEqual(g.entity(named: "زيتونة", kind: .organization)?.labelLatin, "Zaytuna")
    }

    func testUserLexiconAddsATitle() throws {
        let text = "وقال الحكيم باسل عوض إن الوضع مستقر."
        let extractor = try Extractor(yaml: ["titles: [الحكيم]"])
        XCTAssertNotNil(extractor.extract(text: text, document: SourceDocument(id: "x", path: "x")).entity(named: "باسل عوض", kind: .person))
    }

    func testErrorsNameTheFileAndTheProblem() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bad-lexicon.yaml")
        try "colours: [أحمر]\n".write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        XCTAssertThrowsError(try Extractor(lexiconFiles: [url])) { error in
            let message = "\(error)"
            XCTAssertTrue(message.contains("bad-lexicon.yaml"), message)
            XCTAssertTrue(message.contains("colours"), message)
        }
        XCTAssertThrowsError(try Extractor(lexiconFiles: [URL(fileURLWithPath: "/nonexistent/lex.yaml")])) { error in
            XCTAssertEqual((error as? ExtractionError)?.code, "E201")
        }
        XCTAssertThrowsError(try Extractor(yaml: ["roles: [{singular: مدير, relation: likes}]"])) { error in
            XCTAssertTrue("\(error)".contains("likes"))
        }
    }
}
