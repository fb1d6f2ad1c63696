/// The file formats `GraphWriter` writes; the raw value is the file extension and the name used by
/// the CLI's `--format`.
public enum ExportFormat: String, CaseIterable, Sendable {
    case graphml, dot, svg, png, pdf, json, html

    /// The formats the CLI writes when `--format` is not given (DESIGN.md).
    public static let defaults: [ExportFormat] = [.dot, .graphml, .svg, .json]

    /// The file extension, without the dot.
    public var fileExtension: String { rawValue }

    /// Whether the format needs a Graphviz layout (and so the layout engine matters).
    public var needsLayout: Bool { self == .svg || self == .png || self == .pdf || self == .html }
}

/// The Graphviz layout engines ERGraph can use; the raw value is the engine name.
public enum LayoutEngine: String, CaseIterable, Sendable {
    case dot, neato, fdp, sfdp, circo

    /// The engine used when none is chosen: `dot`, which draws directed relations top-down.
    public static let `default`: LayoutEngine = .dot

    /// Whether the engine gives the same drawing on every run. All do except `fdp`: Graphviz
    /// 2.43's fdp places nodes differently from run to run, whatever seed it is given, so SVG,
    /// PNG and PDF drawn with it are not byte-reproducible (DOT, GraphML and JSON still are).
    public var isReproducible: Bool { self != .fdp }
}

/// What `GraphWriter.write` writes and how.
///
///     let options = ExportOptions(formats: [.graphml, .svg], layout: .neato)
public struct ExportOptions: Sendable {
    /// The formats to write, one file each; duplicates are written once.
    public var formats: [ExportFormat]
    /// The layout engine for SVG, PNG and PDF; `nil` means `LayoutEngine.default`.
    public var layout: LayoutEngine?
    /// Whether drawings (DOT, SVG, PNG, PDF) carry a legend of the kinds and relation types shown.
    public var legend: Bool

    public init(formats: [ExportFormat] = ExportFormat.defaults, layout: LayoutEngine? = nil, legend: Bool = true) {
        self.formats = formats
        self.layout = layout
        self.legend = legend
    }
}
