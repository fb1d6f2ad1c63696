import Foundation
import Testing
@testable import GraphExport

@Suite struct GraphWriterTests {
    func scratch() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("ergraph-writer-\(UUID().uuidString)")
    }

    @Test func writesOneFilePerFormatIntoANewDirectory() async throws {
        let dir = scratch().appendingPathComponent("nested/out")
        defer { try? FileManager.default.removeItem(at: dir.deletingLastPathComponent().deletingLastPathComponent()) }
        let urls = try await GraphWriter.write(Fixtures.arabic, options: ExportOptions(formats: [.json, .graphml, .json, .png]),
                                               to: dir, name: "الوردة")
        #expect(urls.map(\.lastPathComponent) == ["الوردة.json", "الوردة.graphml", "الوردة.png"])
        let listing = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(listing == ["الوردة.graphml", "الوردة.json", "الوردة.png"], "no temporary files left")
        #expect(try Data(contentsOf: urls[0]) == GraphJSON.encode(Fixtures.arabic))
        #expect(try Data(contentsOf: urls[1]) == Data(GraphMLWriter.string(DisplayGraph(Fixtures.arabic)).utf8))
    }

    @Test func defaultFormatsAreThoseOfTheCLIContract() async throws {
        let dir = scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let urls = try await GraphWriter.write(Fixtures.arabic, options: ExportOptions(), to: dir, name: "g")
        #expect(urls.map(\.pathExtension) == ["dot", "graphml", "svg", "json"])
    }

    @Test func replacesAnExistingFile() async throws {
        let dir = scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let target = dir.appendingPathComponent("g.graphml")
        try Data("old".utf8).write(to: target)
        _ = try await GraphWriter.write(Fixtures.arabic, options: ExportOptions(formats: [.graphml]), to: dir, name: "g")
        #expect(try Data(contentsOf: target) == Data(GraphMLWriter.string(DisplayGraph(Fixtures.arabic)).utf8))
    }

    @Test(arguments: ["", "a/b", ".."])
    func rejectsNamesThatAreNotFileNames(name: String) async throws {
        await #expect(throws: ExportError.self) {
            _ = try await GraphWriter.write(Fixtures.arabic, options: ExportOptions(formats: [.json]), to: scratch(), name: name)
        }
    }

    @Test func failsWithTheFileNamedWhenTheDirectoryCannotBeMade() async throws {
        let file = scratch()
        try Data().write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        do {
            _ = try await GraphWriter.write(Fixtures.arabic, options: ExportOptions(formats: [.json]), to: file, name: "g")
            Issue.record("wrote into a file")
        } catch let error as ExportError {
            #expect(error.description.contains(file.path))
        }
    }
}
