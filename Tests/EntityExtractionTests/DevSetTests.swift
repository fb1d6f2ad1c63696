import EntityGraph
@testable import EntityExtraction
import Foundation
import XCTest

/// Runs extraction on every `DevSet/NAME.txt` and scores it against `NAME.gold.json` the way
/// `../shared/eval/score.py` does (see `GraphScorer`). Prints per-document scores and asserts
/// micro-F1 floors, raised as extraction improves.
final class DevSetTests: XCTestCase {
    /// Floors for micro F1 over the whole dev set: today's scores (0.84 / 0.62 on 40 documents)
    /// less a small margin, since the dev set is still growing.
    static let entityFloor = 0.82
    static let relationFloor = 0.59

    static var devSet: URL {
        if let url = Bundle.module.url(forResource: "DevSet", withExtension: nil) { return url }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("DevSet")
    }

    func testDevSetMicroScores() throws {
        let dir = Self.devSet
        let files = (try? FileManager.default.contentsOfDirectory(atPath: dir.path))?.filter { $0.hasSuffix(".txt") }.sorted() ?? []
        guard !files.isEmpty else { throw XCTSkip("the dev set is empty") }
        var entities = Counts(), relations = Counts()
        var scored = 0
        for file in files {
            let stem = String(file.dropLast(4))
            guard let goldData = FileManager.default.contents(atPath: dir.appendingPathComponent(stem + ".gold.json").path) else { continue }
            let gold = try JSONDecoder().decode(GoldFile.self, from: goldData)
            let text = try TextDecoding.decode(try Data(contentsOf: dir.appendingPathComponent(file)), path: file)
            let graph = Fixtures.extract(text, id: stem)
            Fixtures.dumpGraphML(graph, name: stem)
            let result = GraphScorer.score(gold: gold, graph: graph)
            entities = entities + result.entities
            relations = relations + result.relations
            scored += 1
            Fixtures.log("dev \(stem): \(Fixtures.describe(result))")
            if ProcessInfo.processInfo.environment["ERGRAPH_DEV_VERBOSE"] != nil { Fixtures.log(Fixtures.details(result)) }
        }
        Fixtures.log(String(format: "dev set micro (%d documents): entities P=%.3f R=%.3f F1=%.3f; relations P=%.3f R=%.3f F1=%.3f",
                     scored, entities.precision, entities.recall, entities.f1, relations.precision, relations.recall, relations.f1))
        XCTAssertGreaterThanOrEqual(entities.f1, Self.entityFloor)
        XCTAssertGreaterThanOrEqual(relations.f1, Self.relationFloor)
    }
}
