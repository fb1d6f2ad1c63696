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

    @Test func viewsAreDrawnFromTheSavedGraphWithoutExtractingAgain() throws {
        let work = try CLIHarness.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let seeds = CLIHarness.repository.appendingPathComponent("seeds")
        let saved = work.appendingPathComponent("a")
        #expect(try CLIHarness.run(["extract", seeds.path, "-o", saved.path, "--format", "json"]).status == 0)
        let json = saved.appendingPathComponent("graph.json").path
        let org = try CLIHarness.run(["render", json, "-o", work.path, "--name", "chart", "--view", "org-chart",
                                      "--labels", "both", "--format", "dot,svg,graphml,html"])
        #expect(org.status == 0, "stderr: \(org.stderr)")
        let dot = try String(contentsOf: work.appendingPathComponent("chart.dot"), encoding: .utf8)
        #expect(dot.contains("subgraph \"cluster_org_organization-"))
        #expect(dot.contains("rankdir=TB"))
        let attendance = try CLIHarness.run(["render", json, "-o", work.path, "--view", "attendance", "--format", "svg"])
        #expect(attendance.status == 0, "stderr: \(attendance.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: work.appendingPathComponent("attendance").path)
        #expect(files.contains("index.html"))
        #expect(files.filter { $0.hasPrefix("event-") && $0.hasSuffix(".svg") }.count >= 2)
        let ego = try CLIHarness.run(["render", json, "-o", work.path, "--name", "ego", "--view", "ego", "--focus", "قسد",
                                      "--format", "json"])
        #expect(ego.status == 0, "stderr: \(ego.stderr)")
        let unknown = try CLIHarness.run(["render", json, "-o", work.path, "--view", "ego", "--focus", "مظلوم كوبان"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("closest names: مظلوم كوباني"))
        let usage = try CLIHarness.run(["render", json, "-o", work.path, "--view", "ego"])
        #expect(usage.status == 2)
    }
}
