import Foundation
import Testing
@testable import GraphExport

/// Hostile strings from documents through every format: outputs stay well-formed, nothing is
/// injected, and what a reader sees is the sanitized text.
@Suite struct AdversarialTests {
    let graph = Fixtures.hostileGraph

    @Test func graphMLIsValidAndCarriesTheSanitizedTextInFull() throws {
        let data = Data(GraphMLWriter.string(DisplayGraph(graph)).utf8)
        #expect(try Tools.xmllint(data, schema: true) == nil)
        let root = try XMLNode.parse(data)
        var names = Set<String>()
        func visit(_ node: XMLNode) { names.insert(node.name); node.children.forEach(visit) }
        visit(root)
        #expect(names == ["graphml", "key", "graph", "node", "edge", "data"])
        #expect(root.all("node").count == graph.entities.count)
        #expect(root.all("edge").count == graph.relations.count)
        for (node, entity) in zip(root.all("node"), graph.entities) {
            let label = node.children.first { $0.attributes["key"] == "label" }?.text
            #expect(label == DisplayText.sanitize(entity.label))
            let latin = node.children.first { $0.attributes["key"] == "label_latin" }?.text
            #expect(latin == entity.labelLatin.map(DisplayText.sanitize))
        }
        for (edge, relation) in zip(root.all("edge"), graph.relations) {
            let role = edge.children.first { $0.attributes["key"] == "role" }?.text
            #expect(role == relation.role.map(DisplayText.sanitize))
            let evidence = edge.children.first { $0.attributes["key"] == "evidence" }?.text
            #expect(evidence == relation.evidence.first.map { DisplayText.sanitize($0.text) })
        }
        #expect(!String(decoding: data, as: UTF8.self).contains("\u{202E}"))
    }

    @Test func svgHasNoInjectedElementsOrAttributes() async throws {
        let svg = try await GraphWriter.data(graph, format: .svg)
        #expect(try Tools.xmllint(svg, schema: false) == nil)
        let reading = try SVGReading(svg)
        #expect(reading.elementNames.isSubset(of: ["svg", "g", "title", "polygon", "ellipse", "path", "text", "a", "polyline"]),
                "\(reading.elementNames)")
        let allowed: Set<String> = ["width", "height", "viewBox", "xmlns", "xmlns:xlink", "id", "class", "transform", "fill",
                                    "stroke", "points", "cx", "cy", "rx", "ry", "d", "text-anchor", "x", "y", "font-family",
                                    "font-size", "xlink:title", "stroke-dasharray", "stroke-width"]
        #expect(reading.attributeNames.isSubset(of: allowed), "\(reading.attributeNames.subtracting(allowed))")
        let text = String(decoding: svg, as: UTF8.self)
        #expect(!text.contains("\u{202E}") && !text.contains("\u{2066}"))
        #expect(!text.contains("<script") && !text.contains("<b>"))
    }

    @Test func dotIsReadByGraphvizWithEveryNameIntact() async throws {
        let dot = try await GraphWriter.data(graph, format: .dot)
        let canon = try Tools.dotCanon(dot)
        #expect(canon.status == 0, "\(canon.stderr)")
        let parsed = try await GraphvizSession.shared.parse(dot: String(decoding: dot, as: UTF8.self))
        let labels = Dictionary(uniqueKeysWithValues: parsed.nodes.map {
            ($0.name, GraphvizText.decode($0.attributes["label"] ?? "", as: .label))
        })
        for entity in graph.entities {
            #expect(labels[entity.id] == DisplayText.truncated(DisplayText.sanitize(entity.label), limit: DrawingStyle.maxLabelLength))
        }
    }

    @Test func pngAndPDFRender() async throws {
        let png = try await GraphWriter.data(graph, format: .png)
        #expect(png.prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
        let pdf = try await GraphWriter.data(graph, format: .pdf)
        #expect(pdf.prefix(5) == Data("%PDF-".utf8))
    }

    @Test func jsonKeepsTheTextAsWritten() throws {
        let decoded = try GraphJSON.decode(GraphJSON.encode(graph), path: "hostile.json")
        #expect(decoded.entities.map(\.label) == graph.entities.map(\.label))
        #expect(decoded.entities.flatMap(\.mentions).map(\.text) == graph.entities.flatMap(\.mentions).map(\.text))
        #expect(decoded.documents == graph.documents)
    }
}
