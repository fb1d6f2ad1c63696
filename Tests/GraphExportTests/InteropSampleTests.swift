import Foundation
import Testing
@testable import GraphExport

/// Writes sample GraphML files (including hostile ones) for Tests/Interop/test_graphml_interop.py,
/// into the directory named by ERGRAPH_INTEROP_OUT when it is set:
///
///     ERGRAPH_INTEROP_OUT=/tmp/gml swift test --filter InteropSampleTests
///     ERGRAPH_GRAPHML_DIR=/tmp/gml python3 -m pytest Tests/Interop
@Suite struct InteropSampleTests {
    @Test func writeSamples() async throws {
        guard let out = ProcessInfo.processInfo.environment["ERGRAPH_INTEROP_OUT"], !out.isEmpty else { return }
        let dir = URL(fileURLWithPath: out)
        let long = Graph(entities: [Entity(kind: .organization, label: "هيئة " + String(repeating: "ت", count: 10_000)),
                                    Entity(kind: .person, label: "وليد الزين")])
        let samples: [(String, Graph)] = [("arabic", Fixtures.arabic), ("hostile", Fixtures.hostileGraph),
                                          ("empty", .empty), ("long", long)]
        for (name, graph) in samples {
            let urls = try await GraphWriter.write(graph, options: ExportOptions(formats: [.graphml]), to: dir, name: name)
            #expect(urls.count == 1)
        }
    }
}
