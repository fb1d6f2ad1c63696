import Foundation
import Testing
@testable import GraphExport

/// DOT, read back by cgraph (`agmemread`, through the Graphviz layer) and by Graphviz's own
/// `dot -Tcanon`.
@Suite struct DOTTests {
    @Test(arguments: ["arabic", "hostile"])
    func readsBackWithTheSameNodesEdgesAndText(name: String) async throws {
        let graph = Fixtures.named(name)
        let drawing = FullView.drawing(of: DisplayGraph(graph))
        let dot = try await GraphWriter.data(graph, format: .dot)
        let parsed = try await GraphvizSession.shared.parse(dot: String(decoding: dot, as: UTF8.self))
        try check(parsed, against: drawing)

        let canon = try Tools.dotCanon(dot)
        #expect(canon.status == 0, "\(name): \(canon.stderr)")
        #expect(canon.stderr.isEmpty, "\(name): dot warned: \(canon.stderr)")
        let reparsed = try await GraphvizSession.shared.parse(dot: String(decoding: canon.stdout, as: UTF8.self))
        try check(reparsed, against: drawing)
    }

    func check(_ parsed: GraphvizSession.ParsedGraph, against drawing: Drawing) throws {
        #expect(Set(parsed.nodes.map(\.name)) == Set(drawing.nodes.map(\.id)))
        #expect(parsed.nodes.count == drawing.nodes.count)
        let nodes = Dictionary(uniqueKeysWithValues: parsed.nodes.map { ($0.name, $0.attributes) })
        for node in drawing.nodes {
            let attributes = try #require(nodes[node.id])
            #expect(GraphvizText.decode(attributes["label"] ?? "", as: .label) == node.label)
            #expect(GraphvizText.decode(attributes["tooltip"] ?? "", as: .tooltip) == (node.tooltip ?? ""))
            #expect(attributes["id"] == node.id)
            #expect(attributes["fontname"] == DrawingStyle.fontname)
            #expect(attributes["shape"] == node.attributes["shape"])
        }
        #expect(parsed.edges.count == drawing.edges.count)
        let edges = Dictionary(uniqueKeysWithValues: parsed.edges.map { ($0.attributes["id"] ?? "", $0) })
        for edge in drawing.edges {
            let parsedEdge = try #require(edges[edge.id])
            #expect(parsedEdge.key == edge.id)
            #expect(parsedEdge.tail == edge.source && parsedEdge.head == edge.target)
            #expect(GraphvizText.decode(parsedEdge.attributes["label"] ?? "", as: .label) == (edge.label ?? ""))
            #expect(GraphvizText.decode(parsedEdge.attributes["tooltip"] ?? "", as: .tooltip) == (edge.tooltip ?? ""))
            #expect(parsedEdge.attributes["fontname"] == DrawingStyle.fontname)
            #expect(parsedEdge.attributes["style"] == edge.attributes["style"])
        }
        #expect(parsed.attributes["fontname"] == DrawingStyle.fontname)
        #expect(parsed.subgraphs == ["cluster_legend"])
    }

    @Test func neverWritesHTMLLabels() async throws {
        let dot = String(decoding: try await GraphWriter.data(Fixtures.hostileGraph, format: .dot), as: UTF8.self)
        #expect(!dot.contains("label=<"))
    }
}
