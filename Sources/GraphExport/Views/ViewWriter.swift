import Foundation

/// Writes a view of a graph in every requested format: what the CLI calls.
///
/// A view is one or more pages. `full`, `ego` and `org-chart` are one page, `DIR/NAME.EXT`;
/// `attendance` is one page per event, `DIR/attendance/<event-id>.EXT`, plus
/// `DIR/attendance/index.html` listing them. Each page's GraphML and JSON hold the entities and
/// relations the page shows; its DOT, SVG, PNG, PDF and HTML draw them. Files are written
/// atomically, and the same graph and options give the same bytes.
///
///     try await ViewWriter.write(graph, view: ViewOptions(kind: .orgChart), options: options,
///                                to: URL(fileURLWithPath: "graphs"), name: "seeds")
public enum ViewWriter {
    /// Above this many entities, layouts default to `sfdp` (when no engine is chosen and the view
    /// has no clusters): `dot` takes minutes on graphs of thousands of nodes.
    public static let largeGraphThreshold = 300

    struct Page {
        /// Path of the page's files relative to the output folder, without extension.
        var path: String
        /// The page's title as written (escaped and sanitized where it is shown).
        var title: String
        var graph: Graph
        var engine: LayoutEngine
        var drawing: Drawing
    }

    /// Writes the view and returns the URLs of the files written.
    public static func write(_ graph: Graph, view: ViewOptions, options: ExportOptions, to directory: URL,
                             name: String) async throws -> [URL] {
        guard !name.isEmpty, !name.contains("/"), name != ".", name != ".." else {
            throw ExportError.writeFailed(path: directory.appendingPathComponent(name).path,
                                          problem: "'\(name)' is not a file name")
        }
        let pages = try plan(graph, view: view, options: options, name: name)
        var urls: [URL] = []
        for page in pages {
            urls += try await write(page, formats: options.formats, to: directory)
        }
        if view.kind == .attendance {
            let index = directory.appendingPathComponent("attendance/index.html")
            let data = AttendanceIndex.html(pages: pages.map { ($0.path, $0.graph, $0.title) }, graph: graph,
                                            formats: options.formats)
            try GraphWriter.writeAtomically(to: index) { try $0.write(contentsOf: data) }
            urls.append(index)
        }
        return urls
    }

    /// The pages of a view, each with its drawing.
    static func plan(_ graph: Graph, view: ViewOptions, options: ExportOptions, name: String) throws -> [Page] {
        switch view.kind {
        case .full:
            let engine = options.layout ?? (graph.entities.count > largeGraphThreshold ? .sfdp : .dot)
            // JSON and GraphML are written from the graph, not the drawing: no drawing for them alone.
            let drawn = options.formats.contains { $0 != .json && $0 != .graphml }
            let drawing = drawn ? FullView.drawing(of: DisplayGraph(graph).relabeled(view.labels), layout: engine, legend: options.legend)
                                : Drawing()
            return [Page(path: name, title: name, graph: graph, engine: engine, drawing: drawing)]
        case .ego:
            guard let focus = view.focus, !focus.isEmpty else { throw ViewError.missingFocus(view: view.kind.rawValue) }
            let center = try EntityLookup(graph: graph).find(focus)
            let distances = EgoNetwork.distances(from: center.id, depth: max(0, view.depth), in: graph)
            let sub = graph.subgraph(entityIDs: Set(distances.keys))
            let engine = options.layout ?? (sub.entities.count > largeGraphThreshold ? .sfdp : .dot)
            var drawing = FullView.drawing(of: DisplayGraph(sub).relabeled(view.labels), layout: engine, legend: options.legend)
            if let index = drawing.nodes.firstIndex(where: { $0.id == center.id }) {
                drawing.nodes[index].attributes.merge(["penwidth": "3.5", "fontsize": "13"]) { $1 }
            }
            return [Page(path: name, title: "\(name): \(center.label)", graph: sub, engine: engine, drawing: drawing)]
        case .orgChart:
            let root = try view.root.map { try EntityLookup(graph: graph).find($0, kinds: [.organization]).id }
            let chart = OrgChart.build(from: graph, root: root, ranking: view.ranking)
            guard !chart.roots.isEmpty else {
                throw ViewError.nothingToDraw(view: view.kind.rawValue,
                                              reason: "no organization has a member, a part or a leader")
            }
            var ids = Set(chart.roots.flatMap { $0.organizationIDs + $0.personIDs })
            ids.formUnion(chart.affiliations.map(\.target))
            let sub = graph.subgraph(entityIDs: ids)
            let display = DisplayGraph(sub).relabeled(view.labels)
            return [Page(path: name, title: "\(name): organization chart", graph: sub, engine: options.layout ?? .dot,
                         drawing: OrgChartView.drawing(of: chart, display: display))]
        case .attendance:
            let sheets = AttendanceSheet.sheets(from: graph, ranking: view.ranking)
            guard !sheets.isEmpty else {
                throw ViewError.nothingToDraw(view: view.kind.rawValue, reason: "no event has an attendee or an organizer")
            }
            return sheets.map { sheet in
                let sub = graph.subgraph(entityIDs: sheet.entityIDs)
                let display = DisplayGraph(sub).relabeled(view.labels)
                let title = graph.entity(id: sheet.event)?.label ?? sheet.event
                return Page(path: "attendance/\(sheet.event)", title: title, graph: sub, engine: options.layout ?? .dot,
                            drawing: AttendanceView.drawing(of: sheet, display: display))
            }
        }
    }

    static func write(_ page: Page, formats: [ExportFormat], to directory: URL) async throws -> [URL] {
        let base = directory.appendingPathComponent(page.path)
        let folder = base.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw ExportError.writeFailed(path: folder.path, problem: "cannot create the directory (\(error.localizedDescription))")
        }
        var seen = Set<ExportFormat>()
        var urls: [URL] = []
        var svg: Data?
        lazy var display = DisplayGraph(page.graph)   // not needed for JSON
        for format in formats where seen.insert(format).inserted {
            let url = base.appendingPathExtension(format.fileExtension)
            if format == .graphml {
                // Streamed to disk, never built in memory as a whole.
                try GraphWriter.writeAtomically(to: url) { handle in
                    var stream = FileTextStream(handle: handle)
                    GraphMLWriter.write(display, to: &stream)
                    try stream.flush()
                }
            } else {
                let data: Data
                do {
                    data = format == .json ? GraphJSON.encode(page.graph)   // as `data(of:)`, without the display graph
                        : try await self.data(of: page, display: display, format: format, svg: &svg)
                } catch let ExportError.graphviz(operation, message) {
                    // Name the file being made, so the user knows which output failed.
                    throw ExportError.graphviz(operation: "\(operation) of \(url.path)", message: message)
                }
                try GraphWriter.writeAtomically(to: url) { try $0.write(contentsOf: data) }
            }
            urls.append(url)
        }
        return urls
    }

    /// The bytes of one format of a page (`display` is the page's graph as shown); `svg` keeps a
    /// rendered SVG for the HTML page.
    static func data(of page: Page, display: DisplayGraph, format: ExportFormat, svg: inout Data?) async throws -> Data {
        switch format {
        case .graphml:
            return Data(GraphMLWriter.string(display).utf8)
        case .json:
            return GraphJSON.encode(page.graph)
        case .dot:
            return try await GraphvizSession.shared.dot(page.drawing)
        case .svg, .png, .pdf:
            let rendered = try await GraphvizSession.shared.render(page.drawing, format: format, engine: page.engine)
            if format == .svg { svg = rendered }
            return format == .pdf ? ReproducibleOutput.fixPDFDates(rendered) : rendered
        case .html:
            let drawn: Data
            if let svg {
                drawn = svg
            } else {
                drawn = try await GraphvizSession.shared.render(page.drawing, format: .svg, engine: page.engine)
                svg = drawn
            }
            return HTMLPage.make(graph: display, svg: drawn, title: page.title)
        }
    }
}
