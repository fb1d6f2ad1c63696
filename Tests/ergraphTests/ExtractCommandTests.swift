import Foundation
import Testing

/// `ergraph extract` end to end, as a user runs it.
@Suite struct ExtractCommandTests {
    let seeds = CLIHarness.repository.appendingPathComponent("seeds")

    @Test func seedsGiveEveryFormat() throws {
        let out = try CLIHarness.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try CLIHarness.run(["extract", seeds.path, "-o", out.path, "--format", "graphml,dot,svg,png,pdf,json"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        for ext in ["graphml", "dot", "svg", "png", "pdf", "json"] {
            let file = out.appendingPathComponent("graph.\(ext)")
            let size = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
            #expect(size > 100, "graph.\(ext) missing or empty")
        }
        let png = try Data(contentsOf: out.appendingPathComponent("graph.png"))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        let pdf = try Data(contentsOf: out.appendingPathComponent("graph.pdf"))
        #expect(pdf.starts(with: Array("%PDF".utf8)))
        // Both seeds are listed, and the organization they share is one node naming both.
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("graph.json"))) as? [String: Any]
        let documents = (json?["documents"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
        #expect(documents == ["000_c26f576bda92aa5e", "004_f0fc051a38cf3640"])
    }

    @Test func defaultsAreTheFourFormatsNamedAfterTheSingleInput() throws {
        let out = try CLIHarness.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let input = seeds.appendingPathComponent("004_f0fc051a38cf3640.txt")
        let run = try CLIHarness.run(["extract", input.path, "-o", out.path])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let written = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(written == ["004_f0fc051a38cf3640.dot", "004_f0fc051a38cf3640.graphml",
                            "004_f0fc051a38cf3640.json", "004_f0fc051a38cf3640.svg"])
    }

    @Test func missingAndUndecodableInputsAreReportedWhileTheOthersStillProduceOutput() throws {
        let work = try CLIHarness.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let good = work.appendingPathComponent("good.txt")
        try Data("التقى وزير الخارجية سامي حداد وفداً من جامعة الدول العربية في بيروت.".utf8).write(to: good)
        let broken = work.appendingPathComponent("broken.txt")
        // A UTF-16 byte order mark followed by an unpaired surrogate: no encoding reads this.
        try Data([0xFF, 0xFE, 0x00, 0xD8, 0x41]).write(to: broken)
        let missing = work.appendingPathComponent("missing.txt").path
        let out = work.appendingPathComponent("out")
        let run = try CLIHarness.run(["extract", missing, good.path, broken.path, "-o", out.path, "--format", "json,graphml"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("missing.txt: no such file or directory"))
        #expect(run.stderr.contains("broken.txt"))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("graph.json"))) as? [String: Any]
        let documents = (json?["documents"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
        #expect(documents == ["good"])
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("graph.graphml").path))
    }

    @Test func unreadableFileIsReportedByName() throws {
        let work = try CLIHarness.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let locked = work.appendingPathComponent("locked.txt")
        try Data("نص".utf8).write(to: locked)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: locked.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: work.path)
        // root reads any file, so run as an unprivileged user when we are root.
        var prefix: [String] = []
        if geteuid() == 0 {
            guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
                Issue.record("running as root without /usr/bin/setpriv (util-linux): cannot test an unreadable file")
                return
            }
            prefix = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
        }
        // The unprivileged user runs a copy of the binary and its language data from the temporary
        // folder, whatever the permissions of the checkout's own folders.
        let binary = try CLIHarness.copyForOtherUsers(into: work)
        let run = try CLIHarness.run(["extract", locked.path, "-o", work.appendingPathComponent("out").path],
                                     prefix: prefix, binary: binary)
        #expect(run.status == 1)
        #expect(run.stderr.contains("locked.txt: cannot read"), "stderr: \(run.stderr)")
    }

    @Test func standardInputIsADocument() throws {
        let out = try CLIHarness.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let text = "استقبل رئيس الوزراء نادر الخطيب وفداً من البنك الدولي في عمّان."
        let run = try CLIHarness.run(["extract", "-", "-o", out.path, "--name", "piped", "--format", "json"], stdin: Data(text.utf8))
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("piped.json"))) as? [String: Any]
        let documents = json?["documents"] as? [[String: Any]]
        #expect(documents?.first?["path"] as? String == "-")
    }

    @Test func usageErrorsExitWithTwoBeforeAnyWork() throws {
        let out = try CLIHarness.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        for arguments in [["extract", seeds.path, "-o", out.path, "--format", "graphml,gif"],
                          ["extract", seeds.path, "-o", out.path, "--layout", "spring"],
                          ["extract"], ["extract", seeds.path, "--lexicon", "/no/such.yaml"], ["frobnicate"]] {
            let run = try CLIHarness.run(arguments)
            #expect(run.status == 2, "\(arguments): status \(run.status), stderr \(run.stderr)")
            #expect(!run.stderr.isEmpty)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
    }

    @Test func sameInputsGiveByteIdenticalFiles() async throws {
        // Four processes at once: output must not depend on scheduling, hashing or memory layout.
        let dirs = try (0..<4).map { _ in try CLIHarness.temporaryFolder() }
        defer { for dir in dirs { try? FileManager.default.removeItem(at: dir) } }
        let seeds = self.seeds
        try await withThrowingTaskGroup(of: CLIHarness.Run.self) { group in
            for dir in dirs {
                group.addTask {
                    try CLIHarness.run(["extract", seeds.path, "-o", dir.path, "--format", "graphml,dot,svg,png,pdf,json,html"])
                }
            }
            for try await run in group { #expect(run.status == 0, "stderr: \(run.stderr)") }
        }
        for ext in ["graphml", "dot", "svg", "png", "pdf", "json", "html"] {
            let first = try Data(contentsOf: dirs[0].appendingPathComponent("graph.\(ext)"))
            for dir in dirs.dropFirst() {
                #expect(try Data(contentsOf: dir.appendingPathComponent("graph.\(ext)")) == first,
                        "graph.\(ext) differs between runs")
            }
        }
    }

    @Test func helpShowsExamples() throws {
        let run = try CLIHarness.run(["extract", "--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Examples:"))
        #expect(run.stdout.contains("--format"))
    }

    @Test func aLexiconEntryChangesTheOutputAndABrokenOneIsAUsageError() throws {
        let work = try CLIHarness.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let article = work.appendingPathComponent("news.txt")
        try Data("وقعت مؤسسة نور الصباح اتفاقية تعاون مع جامعة حلب في مدينة حلب.".utf8).write(to: article)
        let lexicon = work.appendingPathComponent("terms.yaml")
        try Data("entities:\n  - {name: مؤسسة نور الصباح, kind: organization, english: Morning Light Foundation}\n".utf8)
            .write(to: lexicon)
        func organizations(_ arguments: [String]) throws -> [String: String] {
            let run = try CLIHarness.run(["extract", article.path, "-o", work.path, "--format", "json"] + arguments)
            #expect(run.status == 0, "stderr: \(run.stderr)")
            let json = try JSONSerialization.jsonObject(with: Data(contentsOf: work.appendingPathComponent("news.json"))) as? [String: Any]
            let entities = (json?["entities"] as? [[String: Any]]) ?? []
            return Dictionary(entities.filter { $0["kind"] as? String == "organization" }
                .map { ($0["label"] as? String ?? "", $0["label_latin"] as? String ?? "") }, uniquingKeysWith: { a, _ in a })
        }
        let with = try organizations(["--lexicon", lexicon.path])
        #expect(with["مؤسسة نور الصباح"] == "Morning Light Foundation")
        let without = try organizations([])
        #expect(without["مؤسسة نور الصباح"] != "Morning Light Foundation")
        let broken = work.appendingPathComponent("broken.yaml")
        try Data("entities: [ {name: x, kind: planet} ]\n".utf8).write(to: broken)
        let run = try CLIHarness.run(["extract", article.path, "-o", work.path, "--lexicon", broken.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("broken.yaml"))
    }
}
