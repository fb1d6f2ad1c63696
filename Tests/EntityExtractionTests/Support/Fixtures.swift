import EntityGraph
@testable import EntityExtraction
import Foundation

/// Shared test fixtures: one extractor (loading the lexicon once), paths to the repository,
/// the shared evaluation folder, and a small GraphML dump for checking with the real scorer.
enum Fixtures {
    static let extractor: Extractor = {
        do { return try Extractor() } catch { fatalError("cannot load the built-in lexicon: \(error)") }
    }()

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static var shared: URL {
        if let env = ProcessInfo.processInfo.environment["ERGRAPH_SHARED"], !env.isEmpty { return URL(fileURLWithPath: env) }
        return repository.deletingLastPathComponent().appendingPathComponent("shared")
    }

    static func extract(_ text: String, id: String = "t") -> Graph {
        extractor.extract(text: text, document: SourceDocument(id: id, path: id + ".txt"))
    }

    /// Writes the GraphML keys score.py reads, when ERGRAPH_DUMP_DIR is set (debugging only).
    static func dumpGraphML(_ graph: Graph, name: String) {
        guard let dir = ProcessInfo.processInfo.environment["ERGRAPH_DUMP_DIR"], !dir.isEmpty else { return }
        func esc(_ s: String) -> String {
            s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        }
        var x = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
        <key id="kind" for="node" attr.name="kind" attr.type="string"/>
        <key id="label" for="node" attr.name="label" attr.type="string"/>
        <key id="aliases" for="node" attr.name="aliases" attr.type="string"/>
        <key id="type" for="edge" attr.name="type" attr.type="string"/>
        <key id="role" for="edge" attr.name="role" attr.type="string"/>
        <graph edgedefault="directed">

        """
        for e in graph.entities {
            x += "<node id=\"\(e.id)\"><data key=\"kind\">\(e.kind.rawValue)</data><data key=\"label\">\(esc(e.label))</data>"
            x += "<data key=\"aliases\">\(esc(e.aliases.joined(separator: " | ")))</data></node>\n"
        }
        for r in graph.relations {
            x += "<edge id=\"\(r.id)\" source=\"\(r.source)\" target=\"\(r.target)\"><data key=\"type\">\(r.type.rawValue)</data>"
            x += "<data key=\"role\">\(esc(r.role ?? ""))</data></edge>\n"
        }
        x += "</graph>\n</graphml>\n"
        try? x.write(to: URL(fileURLWithPath: dir).appendingPathComponent(name + ".graphml"), atomically: true, encoding: .utf8)
    }

    /// Writes a line to standard error, unbuffered (test output on stdout can be lost when piped).
    static func log(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    static func describe(_ r: ScoreResult) -> String {
        String(format: "entities P=%.2f R=%.2f F1=%.2f (tp %d fp %d fn %d); relations P=%.2f R=%.2f F1=%.2f (tp %d fp %d fn %d); roles %d/%d",
               r.entities.precision, r.entities.recall, r.entities.f1, r.entities.tp, r.entities.fp, r.entities.fn,
               r.relations.precision, r.relations.recall, r.relations.f1, r.relations.tp, r.relations.fp, r.relations.fn,
               r.rolesCorrect, r.rolesScored)
    }

    static func details(_ r: ScoreResult) -> String {
        ["missed entities: " + r.missedEntities.joined(separator: "; "),
         "spurious entities: " + r.spuriousEntities.joined(separator: "; "),
         "missed relations: " + r.missedRelations.joined(separator: "; "),
         "spurious relations: " + r.spuriousRelations.joined(separator: "; ")].joined(separator: "\n")
    }
}
