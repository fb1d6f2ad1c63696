import ArgumentParser
import EntityExtraction
import Foundation
import GraphExport

/// `ergraph extract`: documents in, one merged graph out.
struct Extract: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract one merged entity graph from text documents.",
        discussion: """
        INPUT is a file, a folder (every .txt inside, recursively, in sorted order) or - for
        standard input. All inputs make one merged graph, written as DIR/NAME.EXT for each format.
        NAME defaults to the input file's stem for a single file, else "graph".

        Exit status: 0 when every input was processed; 1 when some input failed (the others
        still produce output); 2 for a usage error.

        Examples:
          ergraph extract seeds -o graphs
          ergraph extract article.txt --format svg,png --layout neato
          ergraph extract news/ --name week12 --lexicon my-terms.yaml
          ergraph extract seeds --view org-chart --format svg,png --labels both
          ergraph extract seeds --view attendance --format svg,html
          ergraph extract seeds --view ego --focus "قسد" --depth 2
          cat article.txt | ergraph extract - -o out --name article
        """
    )

    @Argument(help: ArgumentHelp("Files, folders, or - for standard input.", valueName: "input"))
    var inputs: [String]

    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("A YAML lexicon adding titles, roles, organization heads, event triggers and known entities; repeatable.",
                               valueName: "file"))
    var lexicon: [String] = []

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("give at least one INPUT: a file, a folder or -") }
        for file in lexicon where !FileManager.default.isReadableFile(atPath: file) {
            throw ValidationError("--lexicon \(file): no such readable file")
        }
    }

    func run() async throws {
        let diagnostics = Diagnostics()
        let options = try output.exportOptions()
        let extractor: Extractor
        do {
            extractor = try Extractor(lexiconFiles: lexicon.map { URL(fileURLWithPath: $0) })
        } catch let error as ExtractionError where error.isAbout(userFiles: lexicon) {
            throw ValidationError("\(error)")   // the user's own lexicon: a usage error
        } catch {
            diagnostics.error("\(error)")        // ERGraph's built-in data: not the user's doing
            throw ExitCode(ExitStatus.someInputFailed)
        }
        let inputs = InputCollection(inputs: self.inputs)
        let outcome = await BatchExtraction(extractor: extractor).run(inputs, progress: { done, total in
            diagnostics.progress(done: done, total: total)
        })
        for failure in outcome.failures { diagnostics.error(failure.description) }
        guard !outcome.documents.isEmpty else {
            diagnostics.error("no document could be processed; nothing written")
            throw ExitCode(ExitStatus.someInputFailed)
        }
        let name = output.name ?? defaultName(inputs)
        do {
            let view = try output.viewOptions(ranking: RoleRanking { extractor.roleRank($0) })
            _ = try await ViewWriter.write(outcome.graph, view: view, options: options, to: output.outputURL, name: name)
        } catch {
            diagnostics.error("\(error)")
            throw ExitCode(ExitStatus.someInputFailed)
        }
        if !outcome.failures.isEmpty { throw ExitCode(ExitStatus.someInputFailed) }
    }

    /// The input file's stem when the only input is one file, else "graph".
    private func defaultName(_ inputs: InputCollection) -> String {
        if self.inputs.count == 1, inputs.items.count == 1, case .file(let url) = inputs.items[0].origin,
           url.path == URL(fileURLWithPath: self.inputs[0]).path {
            return url.deletingPathExtension().lastPathComponent
        }
        return "graph"
    }
}

extension ExtractionError {
    /// Whether the error is about one of these files (rather than ERGraph's own data).
    func isAbout(userFiles: [String]) -> Bool {
        switch self {
        case let .unreadableLexicon(path, _), let .invalidLexicon(path, _):
            let resolved = URL(fileURLWithPath: path).standardizedFileURL.path
            return userFiles.contains { URL(fileURLWithPath: $0).standardizedFileURL.path == resolved }
        default:
            return false
        }
    }
}
