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

    @Option(help: "What to draw: \(ViewKind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var view: String = ViewKind.full.rawValue

    @Option(help: "The entity an ego view is centred on (any of its names).")
    var focus: String?

    @Option(help: "How many relations deep an ego view reaches.")
    var depth: Int = 1

    @Option(help: "The organization whose tree an org chart draws (any of its names).")
    var root: String?

    @Option(help: "Names to draw: \(LabelMode.allCases.map(\.rawValue).joined(separator: ", ")).")
    var labels: String = LabelMode.arabic.rawValue

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

    func viewKind() throws -> ViewKind {
        guard let kind = ViewKind(rawValue: view.lowercased()) else {
            throw ValidationError("unknown view '\(view)' in --view; choose from "
                                  + ViewKind.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return kind
    }

    func labelMode() throws -> LabelMode {
        guard let mode = LabelMode(rawValue: labels.lowercased()) else {
            throw ValidationError("unknown label mode '\(labels)' in --labels; choose from "
                                  + LabelMode.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return mode
    }

    /// The view to draw, with role ranks from `ranking`.
    func viewOptions(ranking: RoleRanking) throws -> ViewOptions {
        ViewOptions(kind: try viewKind(), focus: focus, depth: depth, root: root, labels: try labelMode(),
                    ranking: ranking)
    }

    func validate() throws {
        _ = try formats()
        _ = try layoutEngine()
        let kind = try viewKind()
        _ = try labelMode()
        if kind == .ego, (focus ?? "").isEmpty { throw ValidationError("--view ego needs --focus NAME") }
        if focus != nil, kind != .ego { throw ValidationError("--focus only applies to --view ego") }
        if root != nil, kind != .orgChart { throw ValidationError("--root only applies to --view org-chart") }
        if depth < 0 { throw ValidationError("--depth must be 0 or more") }
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
