import ArgumentParser
import EntityExtraction
import Foundation
import GraphExport

/// `ergraph render`: draw a graph saved as JSON again, without extracting.
struct Render: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write other formats or views of a graph saved by `extract` as JSON.",
        discussion: """
        Reads GRAPH.json (written by `ergraph extract`) and writes the requested formats without
        reading the documents again. NAME defaults to the JSON file's stem.

        Examples:
          ergraph render graphs/graph.json --format png,pdf
          ergraph render graphs/graph.json -o out --name overview --layout sfdp
          ergraph render graphs/graph.json --view org-chart --root "قوات سوريا الديمقراطية"
        """
    )

    @Argument(help: ArgumentHelp("A graph written by `ergraph extract --format json`.", valueName: "graph.json"))
    var graph: String

    @OptionGroup var output: OutputOptions

    func run() async throws {
        let diagnostics = Diagnostics()
        let options = try output.exportOptions()
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: graph))
        } catch {
            diagnostics.error("\(graph): \(FileManager.default.fileExists(atPath: graph) ? "cannot read the file" : "no such file")")
            throw ExitCode(ExitStatus.someInputFailed)
        }
        let decoded: Graph
        do {
            decoded = try GraphJSON.decode(data, path: graph)
        } catch {
            diagnostics.error("\(error)")
            throw ExitCode(ExitStatus.someInputFailed)
        }
        let name = output.name ?? URL(fileURLWithPath: graph).deletingPathExtension().lastPathComponent
        do {
            // Role ranks order people in org charts and attendance diagrams; without the language
            // data they are ordered by name, and the drawing is still made.
            // Only these views order people, and loading the language data takes longer than
            // drawing most graphs.
            var ranking = RoleRanking.flat
            if [.orgChart, .attendance].contains(try output.viewKind()) {
                do {
                    let extractor = try Extractor()
                    ranking = RoleRanking { extractor.roleRank($0) }
                } catch {
                    diagnostics.note("people are ordered by name, not rank: \(error)")
                }
            }
            let view = try output.viewOptions(ranking: ranking)
            _ = try await ViewWriter.write(decoded, view: view, options: options, to: output.outputURL, name: name)
        } catch {
            diagnostics.error("\(error)")
            throw ExitCode(ExitStatus.someInputFailed)
        }
    }
}
