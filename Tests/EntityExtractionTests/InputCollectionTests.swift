import Foundation
import Testing
@testable import EntityExtraction

@Suite struct InputCollectionTests {
    func folder() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("ergraph-inputs-\(UUID().uuidString)")
        for path in ["b/report.txt", "a/report.txt", "a/z/deep.txt", "a/notes.md", "c.txt", "B2.TXT"] {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("نص".utf8).write(to: url)
        }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("empty"), withIntermediateDirectories: true)
        return root
    }

    @Test func foldersGiveTheirTextFilesRecursivelyInSortedOrderWithUniqueIDs() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let inputs = InputCollection(inputs: [root.path, root.appendingPathComponent("c.txt").path])
        #expect(inputs.items.map(\.document.path).map { String($0.dropFirst(root.path.count + 1)) }
                == ["B2.TXT", "a/report.txt", "a/z/deep.txt", "b/report.txt", "c.txt", "c.txt"])
        #expect(inputs.items.map(\.document.id) == ["B2", "report", "deep", "report-2", "c", "c-2"])
        #expect(inputs.failures.isEmpty)
    }

    @Test func missingInputsAndEmptyFoldersAreFailuresThatStopNothing() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let inputs = InputCollection(inputs: ["/no/such/file.txt", root.appendingPathComponent("empty").path,
                                              root.appendingPathComponent("c.txt").path, "-"])
        #expect(inputs.items.map(\.document.id) == ["c", "stdin"])
        #expect(inputs.items.last?.origin == .standardInput)
        #expect(inputs.failures.map(\.description) == [
            "/no/such/file.txt: no such file or directory",
            root.appendingPathComponent("empty").path + ": folder holds no .txt document",
        ])
    }

    @Test func batchExtractionReportsUndecodableDocumentsAndKeepsTheRest() async throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let good = root.appendingPathComponent("good.txt")
        try Data("زار وزير الصحة سامر عيد مستشفى الرحمة في مدينة حمص.".utf8).write(to: good)
        let bad = root.appendingPathComponent("bad.txt")
        try Data([0xFF, 0xFE, 0x00, 0xD8, 0x41]).write(to: bad)
        let outcome = await BatchExtraction(extractor: try Extractor(), concurrency: 2)
            .run(InputCollection(inputs: [bad.path, good.path]))
        #expect(outcome.documents.map(\.id) == ["good"])
        #expect(outcome.failures.count == 1)
        #expect(outcome.failures.first?.description.contains("bad.txt") == true)
        #expect(outcome.graph.documents.map(\.id) == ["good"])
        #expect(!outcome.graph.entities.isEmpty)
        #expect(outcome.graph.entities.allSatisfy { $0.labelLatin?.isEmpty == false })
    }
}

@Suite struct RoleRankTests {
    @Test func headsRankAboveDeputiesAboveStaff() throws {
        let extractor = try Extractor()
        #expect(extractor.roleRank("الرئيس المشترك") == 1)
        #expect(extractor.roleRank("رئيسة") == 1)
        #expect(extractor.roleRank("المستشار السياسي") == 2)
        #expect(extractor.roleRank("ناطق باسم الوزارة") == 3)
        #expect(extractor.roleRank("عضو") == 3)
        #expect(extractor.roleRank("بستاني") == nil)
        #expect(extractor.roleRank("") == nil)
    }
}
