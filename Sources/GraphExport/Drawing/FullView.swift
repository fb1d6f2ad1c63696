/// The `full` view: every entity and every relation of the graph, styled by kind and type, with
/// a legend of what is shown.
///
/// Nodes are named by entity id and edges keyed by relation id, so the SVG's `<g id>`s are the
/// ids of the JSON and GraphML. An edge's tooltip is its evidence — each sentence with the
/// document it comes from — so hovering an edge in the SVG shows where the claim is made.
///
///     let drawing = FullView.drawing(of: DisplayGraph(graph), layout: .dot, legend: true)
public enum FullView {
    /// At most this many evidence sentences are listed in an edge's tooltip.
    static let tooltipEvidenceLimit = 3
    /// Evidence sentences are cut to this many characters in tooltips, so the document they
    /// come from is always shown.
    static let tooltipSentenceLength = 500

    public static func drawing(of graph: DisplayGraph, layout: LayoutEngine = .default, legend: Bool = true) -> Drawing {
        let labels = Dictionary(graph.nodes.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
        let nodes = graph.nodes.map { node in
            Drawing.Node(id: node.id, label: DisplayText.truncated(node.label, limit: DrawingStyle.maxLabelLength),
                         tooltip: DisplayText.truncated(nodeTooltip(node), limit: DrawingStyle.maxTooltipLength),
                         attributes: DrawingStyle.node(node.kind))
        }
        let edges = graph.edges.map { edge in
            Drawing.Edge(id: edge.id, source: edge.source, target: edge.target,
                         label: DrawingStyle.edgeLabel(type: edge.type, role: edge.role),
                         tooltip: DisplayText.truncated(edgeTooltip(edge, labels: labels),
                                                        limit: DrawingStyle.maxTooltipLength),
                         attributes: DrawingStyle.edge(edge.type))
        }
        var drawing = Drawing(attributes: DrawingStyle.graphAttributes(layout: layout),
                              nodeDefaults: DrawingStyle.nodeDefaults, edgeDefaults: DrawingStyle.edgeDefaults,
                              nodes: nodes, edges: edges)
        Unrelated.gather(in: &drawing, layout: layout)
        if legend, !graph.nodes.isEmpty {
            Legend.add(kinds: Set(graph.nodes.map(\.kind)), types: Set(graph.edges.map(\.type)), to: &drawing)
        }
        return drawing
    }

    /// The node tooltip: label, Latin label, kind (and event details), other names, documents.
    static func nodeTooltip(_ node: DisplayGraph.Node) -> String {
        var lines = [node.label]
        if let latin = node.labelLatin, !latin.isEmpty { lines.append(latin) }
        var kind = node.kind.rawValue
        if let subtype = node.subtype { kind += " (\(subtype))" }
        lines.append(kind)
        if let date = node.date { lines.append("date: \(date)") }
        if let place = node.place { lines.append("place: \(place)") }
        if !node.aliases.isEmpty { lines.append("also: " + node.aliases.joined(separator: " | ")) }
        if !node.documents.isEmpty { lines.append("documents: " + node.documents.joined(separator: ", ")) }
        return lines.joined(separator: "\n")
    }

    /// The edge tooltip: "source type target", then each evidence sentence and its document.
    static func edgeTooltip(_ edge: DisplayGraph.Edge, labels: [String: String]) -> String {
        let source = DisplayText.truncated(labels[edge.source] ?? edge.source, limit: DrawingStyle.maxLabelLength)
        let target = DisplayText.truncated(labels[edge.target] ?? edge.target, limit: DrawingStyle.maxLabelLength)
        var lines = ["\(source) \(DrawingStyle.edgeLabel(type: edge.type, role: edge.role)) \(target)"]
        for evidence in edge.evidence.prefix(tooltipEvidenceLimit) {
            let sentence = DisplayText.truncated(evidence.text, limit: tooltipSentenceLength)
            lines.append("“\(sentence)” — \(DisplayText.truncated(evidence.document, limit: DrawingStyle.maxLabelLength))")
        }
        if edge.evidence.count > tooltipEvidenceLimit {
            lines.append("(+\(edge.evidence.count - tooltipEvidenceLimit) more)")
        }
        return lines.joined(separator: "\n")
    }
}

/// The legend: one sample node per entity kind shown and one sample edge per relation type
/// shown, in a cluster of its own. Legend node ids start with `legend-`, which no entity id does.
enum Legend {
    static let prefix = "legend-"

    static func add(kinds: Set<EntityKind>, types: Set<RelationType>, to drawing: inout Drawing) {
        var ids: [String] = []
        for type in RelationType.allCases where types.contains(type) {
            let from = "\(prefix)\(type.rawValue)-from", to = "\(prefix)\(type.rawValue)-to"
            let point = ["shape": "point", "width": "0.05", "color": "#a0aec0"]
            drawing.nodes.append(Drawing.Node(id: from, label: "", tooltip: type.rawValue, attributes: point))
            drawing.nodes.append(Drawing.Node(id: to, label: "", tooltip: type.rawValue, attributes: point))
            drawing.edges.append(Drawing.Edge(id: "\(prefix)\(type.rawValue)", source: from, target: to,
                                              label: type.rawValue, tooltip: "relation type: \(type.rawValue)",
                                              attributes: DrawingStyle.edge(type)))
            ids += [from, to]
        }
        // Each kind hangs off an invisible anchor by an invisible edge, so kinds and relation
        // samples share the same two ranks and the legend reads as aligned rows (kinds are
        // added after the relations so that nothing crosses).
        let hidden = ["style": "invis"]
        for kind in EntityKind.allCases where kinds.contains(kind) {
            let id = "\(prefix)\(kind.rawValue)", anchor = "\(prefix)\(kind.rawValue)-anchor"
            drawing.nodes.append(Drawing.Node(id: anchor, label: "", attributes: ["shape": "point", "style": "invis"]))
            drawing.nodes.append(Drawing.Node(id: id, label: kind.rawValue, tooltip: "entity kind: \(kind.rawValue)",
                                              attributes: DrawingStyle.node(kind)))
            drawing.edges.append(Drawing.Edge(id: "\(prefix)\(kind.rawValue)-edge", source: anchor, target: id, attributes: hidden))
            ids += [anchor, id]
        }
        drawing.clusters.append(Drawing.Cluster(id: "legend", label: "Legend",
                                                attributes: ["style": "rounded,dashed", "color": "#a0aec0"],
                                                nodeIDs: ids))
    }
}

/// Entities mentioned without any relation, gathered in one box and laid out as a grid, instead
/// of one long column beside the graph (`dot` puts every unconnected node on the first rank).
enum Unrelated {
    static let prefix = "unrelated-"
    /// Nodes per row of the grid.
    static let rowLength = 4

    static func gather(in drawing: inout Drawing, layout: LayoutEngine) {
        guard layout == .dot else { return }
        let connected = Set(drawing.edges.flatMap { [$0.source, $0.target] })
        let alone = drawing.nodes.map(\.id).filter { !connected.contains($0) }
        guard alone.count > 1 else { return }
        var start = 0
        while start < alone.count {
            let row = alone[start..<min(start + rowLength, alone.count)]
            for (a, b) in zip(row, row.dropFirst()) {
                drawing.edges.append(Drawing.Edge(id: "\(prefix)\(a)-\(b)", source: a, target: b,
                                                  attributes: ["style": "invis"]))
            }
            start += rowLength
        }
        drawing.clusters.append(Drawing.Cluster(id: "unrelated", label: "mentioned, no relation stated",
                                                attributes: ["style": "rounded,dashed", "color": "#a0aec0",
                                                             "fontcolor": "#4a5568"],
                                                nodeIDs: alone))
    }
}
