import EntityGraph
@testable import EntityExtraction
import Foundation
import XCTest

/// The two seed articles against their gold files (`../shared/eval/gold`), scored as score.py does.
final class SeedTests: XCTestCase {
    func testSeedsMeetTheBars() throws {
        let gold = Fixtures.shared.appendingPathComponent("eval/gold")
        let seeds = Fixtures.repository.appendingPathComponent("seeds")
        guard FileManager.default.fileExists(atPath: gold.path) else { throw XCTSkip("no gold folder at \(gold.path)") }
        let files = try FileManager.default.contentsOfDirectory(atPath: seeds.path).filter { $0.hasSuffix(".txt") }.sorted()
        XCTAssertFalse(files.isEmpty)
        for file in files {
            let stem = String(file.dropLast(4))
            let goldURL = gold.appendingPathComponent(stem + ".gold.json")
            guard let goldData = FileManager.default.contents(atPath: goldURL.path) else { continue }
            let text = try TextDecoding.decode(try Data(contentsOf: seeds.appendingPathComponent(file)), path: file)
            let graph = Fixtures.extract(text, id: stem)
            Fixtures.dumpGraphML(graph, name: stem)
            let result = GraphScorer.score(gold: try JSONDecoder().decode(GoldFile.self, from: goldData), graph: graph)
            Fixtures.log("seed \(stem): \(Fixtures.describe(result))\n\(Fixtures.details(result))")
            // The bars of the issue: entity F1 >= 0.95, relation F1 >= 0.90, roles right on memberOf edges.
            XCTAssertGreaterThanOrEqual(result.entities.f1, 0.95, stem)
            XCTAssertGreaterThanOrEqual(result.relations.f1, 0.90, stem)
            XCTAssertEqual(result.rolesCorrect, result.rolesScored, stem)
        }
    }
}
