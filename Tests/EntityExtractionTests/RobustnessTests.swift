import EntityGraph
@testable import EntityExtraction
import XCTest

/// Rules look a few tokens ahead of and behind a word; a sentence may start or stop anywhere.
/// Every run of up to eight words of the development articles, each alone on a line (so each is
/// a sentence that starts and ends there), must be read without a crash.
final class RobustnessTests: XCTestCase {
    func testEveryShortRunOfWordsIsASentence() throws {
        let base = Fixtures.repository.appendingPathComponent("Tests/EntityExtractionTests")
        var read = 0
        for set in ["DevSet", "DevSetB", "DevSetC", "DevSetD", "DevSetE"] {
            let folder = base.appendingPathComponent(set)
            let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
            XCTAssertFalse(files.isEmpty, set)
            for file in files {
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
                var lines: [String] = []
                for end in words.indices { lines.append(words[max(0, end - 7)...end].joined(separator: " ")) }
                let graph = Fixtures.extract(lines.joined(separator: "\n"), id: file)
                XCTAssertFalse(graph.entities.isEmpty, file)
                read += 1
            }
        }
        XCTAssertGreaterThan(read, 50)
    }
}
