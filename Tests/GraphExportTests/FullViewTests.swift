import Foundation
import Testing
@testable import GraphExport

/// The drawing description, without Graphviz.
@Suite struct FullViewTests {
    let graph = Fixtures.arabic
    var drawing: Drawing { FullView.drawing(of: DisplayGraph(graph)) }

    @Test func drawsEveryEntityStyledByKind() throws {
        let nodes = Dictionary(uniqueKeysWithValues: drawing.nodes.map { ($0.id, $0) })
        for entity in graph.entities {
            let node = try #require(nodes[entity.id])
            #expect(node.label == entity.label)
            #expect(node.attributes["shape"] == DrawingStyle.node(entity.kind)["shape"])
            #expect(node.attributes["fillcolor"] == DrawingStyle.node(entity.kind)["fillcolor"])
            #expect(node.tooltip?.hasPrefix(entity.label) == true)
        }
        #expect(Set(EntityKind.allCases.map { DrawingStyle.node($0)["shape"] ?? "" }).count == 4)
    }

    @Test func drawsEveryRelationWithItsEvidenceAsTooltip() throws {
        let edges = Dictionary(uniqueKeysWithValues: drawing.edges.map { ($0.id, $0) })
        for relation in graph.relations {
            let edge = try #require(edges[relation.id])
            #expect(edge.source == relation.source && edge.target == relation.target)
            #expect(edge.label == DrawingStyle.edgeLabel(type: relation.type, role: relation.role))
            #expect(edge.attributes["style"] == DrawingStyle.edge(relation.type)["style"])
            let tooltip = try #require(edge.tooltip)
            for evidence in relation.evidence {
                #expect(tooltip.contains(evidence.text))
                #expect(tooltip.contains(evidence.document))
            }
        }
        let memberOf = try #require(graph.relations.first { $0.type == .memberOf })
        #expect(edges[memberOf.id]?.label == "memberOf: رئيس")
    }

    @Test func hasALegendOfWhatIsShown() throws {
        let legend = try #require(drawing.clusters.first { $0.id == "legend" })
        #expect(legend.nodeIDs.allSatisfy { $0.hasPrefix(Legend.prefix) })
        let kinds = drawing.nodes.filter { $0.id.hasPrefix(Legend.prefix) && !$0.id.hasSuffix("-from") && !$0.id.hasSuffix("-to")
            && !$0.id.hasSuffix("-anchor") }
        #expect(Set(kinds.map(\.label)) == Set(graph.entities.map(\.kind.rawValue)))
        let types = drawing.edges.filter { $0.id.hasPrefix(Legend.prefix) }.compactMap(\.label)
        #expect(Set(types) == Set(graph.relations.map(\.type.rawValue)))
        #expect(FullView.drawing(of: DisplayGraph(graph), legend: false).clusters.isEmpty)
        let ids = drawing.nodes.map(\.id) + drawing.edges.map(\.id)
        #expect(Set(ids).count == ids.count, "node and edge ids are unique together (they are SVG ids)")
    }

    @Test func setsAnArabicCapableFontEverywhere() {
        #expect(drawing.attributes["fontname"]?.contains("Noto Sans Arabic") == true)
        #expect(drawing.nodeDefaults["fontname"] == DrawingStyle.fontname)
        #expect(drawing.edgeDefaults["fontname"] == DrawingStyle.fontname)
        #expect(DrawingStyle.fontname.hasSuffix("DejaVu Sans"))
    }

    @Test func cutsVeryLongLabels() {
        let long = Entity(kind: .person, label: "سعيد " + String(repeating: "ب", count: 10_000))
        let node = FullView.drawing(of: DisplayGraph(Graph(entities: [long]))).nodes.first { $0.id == long.id }
        #expect(node?.label.count == DrawingStyle.maxLabelLength)
        #expect((node?.tooltip?.count ?? .max) <= DrawingStyle.maxTooltipLength)
    }
}
