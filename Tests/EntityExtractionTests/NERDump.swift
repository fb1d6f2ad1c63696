import EntityGraph
@testable import EntityExtraction
import Foundation
import XCTest

/// Writes the mentions of every `.txt` in $ERGRAPH_NER_DIR as an ergraph-graph JSON file at
/// $ERGRAPH_NER_OUT, for `ner_score.py --predictions` (development aid; skipped otherwise).
final class NERDump: XCTestCase {
    func testDumpMentions() throws {
        let env = ProcessInfo.processInfo.environment
        guard let dir = env["ERGRAPH_NER_DIR"], let out = env["ERGRAPH_NER_OUT"] else { throw XCTSkip("no ERGRAPH_NER_DIR") }
        let files = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".txt") }.sorted()
        var documents: [[String: Any]] = []
        var entities: [[String: Any]] = []
        for file in files {
            let stem = String(file.dropLast(4))
            let text = try TextDecoding.decode(try Data(contentsOf: URL(fileURLWithPath: dir).appendingPathComponent(file)), path: file)
            let graph = Fixtures.extract(text, id: stem)
            documents.append(["id": stem, "path": file])
            for e in graph.entities {
                entities.append(["id": e.id + "-" + stem, "kind": e.kind.rawValue, "label": e.label, "aliases": e.aliases,
                                 "mentions": e.mentions.map { ["document": $0.document, "start": $0.start, "end": $0.end, "text": $0.text] }])
            }
        }
        let json: [String: Any] = ["format": "ergraph-graph", "version": 1, "documents": documents, "entities": entities, "relations": []]
        try JSONSerialization.data(withJSONObject: json).write(to: URL(fileURLWithPath: out))
    }
}
