import ArgumentParser
import Foundation
import GraphExport

/// The output options `extract` and `render` share: where to write, which formats, which view.
struct OutputOptions: ParsableArguments {
    @Option(name: [.short, .customLong("output")], help: "Folder to write into (created when missing).")
    var output: String = "graphs"

    @Option(help: "Base name of the output files: DIR/NAME.EXT.")
    var name: String?

    @Option(help: ArgumentHelp("Comma-separated output formats.",
                               discussion: "Any of: \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")).",
                               valueName: "formats"))
    var format: String = "dot,graphml,svg,json"

    @Option(help: "Graphviz layout engine: \(LayoutEngine.allCases.map(\.rawValue).joined(separator: ", ")) (default: chosen by graph size).")
    var layout: String?

    /// The formats asked for, in the order given, without repeats.
    func formats() throws -> [ExportFormat] {
        var result: [ExportFormat] = []
        for part in format.split(separator: ",", omittingEmptySubsequences: false) {
            let word = part.trimmingCharacters(in: .whitespaces).lowercased()
            guard let format = ExportFormat(rawValue: word) else {
                throw ValidationError("unknown format '\(word)' in --format; choose from "
                                      + ExportFormat.allCases.map(\.rawValue).joined(separator: ", "))
            }
            if !result.contains(format) { result.append(format) }
        }
        return result
    }

    func layoutEngine() throws -> LayoutEngine? {
        guard let layout else { return nil }
        guard let engine = LayoutEngine(rawValue: layout.lowercased()) else {
            throw ValidationError("unknown layout '\(layout)' in --layout; choose from "
                                  + LayoutEngine.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return engine
    }

    func validate() throws {
        _ = try formats()
        _ = try layoutEngine()
        if let name, name.isEmpty || name.contains("/") || name == "." || name == ".." {
            throw ValidationError("--name must be a plain file name, not '\(name)'")
        }
        if output.isEmpty { throw ValidationError("-o/--output must not be empty") }
    }

    func exportOptions() throws -> ExportOptions {
        ExportOptions(formats: try formats(), layout: try layoutEngine())
    }

    var outputURL: URL { URL(fileURLWithPath: output, isDirectory: true) }
}
