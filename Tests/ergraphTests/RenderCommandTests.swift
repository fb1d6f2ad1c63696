import Foundation
import Testing

/// `ergraph render` end to end: a saved graph draws the same as the extraction that wrote it.
@Suite struct RenderCommandTests {
    @Test func renderOfTheJSONGivesByteIdenticalGraphMLAndDOT() throws {
        let work = try CLIHarness.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let seeds = CLIHarness.repository.appendingPathComponent("seeds")
        let first = try CLIHarness.run(["extract", seeds.path, "-o", work.appendingPathComponent("a").path,
                                        "--format", "graphml,dot,json"])
        #expect(first.status == 0, "stderr: \(first.stderr)")
        let second = try CLIHarness.run(["render", work.appendingPathComponent("a/graph.json").path,
                                         "-o", work.appendingPathComponent("b").path, "--format", "graphml,dot,json"])
        #expect(second.status == 0, "stderr: \(second.stderr)")
        for ext in ["graphml", "dot", "json"] {
            let x = try Data(contentsOf: work.appendingPathComponent("a/graph.\(ext)"))
            let y = try Data(contentsOf: work.appendingPathComponent("b/graph.\(ext)"))
            #expect(x == y, "graph.\(ext) from render differs from extract")
        }
    }

    @Test func brokenJSONGivesAClearErrorNamingTheFile() throws {
        let work = try CLIHarness.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let bad = work.appendingPathComponent("bad.json")
        try Data(#"{"format": "ergraph-graph", "version": 1, "documents": [], "entities": [{"id": 3}]"#.utf8).write(to: bad)
        let run = try CLIHarness.run(["render", bad.path, "-o", work.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("bad.json"))
        let missing = try CLIHarness.run(["render", work.appendingPathComponent("none.json").path, "-o", work.path])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("none.json: no such file"))
    }
}
