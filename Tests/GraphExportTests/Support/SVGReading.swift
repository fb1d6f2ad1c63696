import Foundation
@testable import GraphExport

/// What a Graphviz SVG shows, read back with XMLParser: per node and edge `<g>` (by its `id`),
/// the visible text and the tooltip(s) (`<a xlink:title>`).
struct SVGReading {
    struct Item {
        var id: String
        var title: String
        var text: String
        var tooltips: [String]
    }

    var nodes: [String: Item] = [:]
    var edges: [String: Item] = [:]
    var elementNames: Set<String> = []
    var attributeNames: Set<String> = []

    init(_ svg: Data) throws {
        let root = try XMLNode.parse(svg)
        func visit(_ element: XMLNode) {
            elementNames.insert(element.name)
            attributeNames.formUnion(element.attributes.keys)
            element.children.forEach(visit)
        }
        visit(root)
        for group in root.all("g") {
            guard let cls = group.attributes["class"], cls == "node" || cls == "edge", let id = group.attributes["id"] else { continue }
            let text = group.all("text").map(\.allText).joined(separator: " ")
            let item = Item(id: id, title: group.children.first { $0.name == "title" }?.allText ?? "",
                            text: Self.normalize(text),
                            tooltips: group.all("a").compactMap { $0.attributes["xlink:title"] }.map(Self.normalize))
            if cls == "node" { nodes[id] = item } else { edges[id] = item }
        }
    }

    /// Graphviz writes the second of two spaces as a no-break space, and `GraphvizText` puts an
    /// invisible word joiner after an entity-shaped `&`: neither is a difference a reader sees.
    static func normalize(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{00A0}", with: " ").replacingOccurrences(of: "\u{2060}", with: "")
    }
}
