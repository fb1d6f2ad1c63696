import Foundation
import Testing
@testable import GraphExport

/// GraphML, checked by xmllint against the official schema and read back with XMLParser.
@Suite struct GraphMLWriterTests {
    static let namespace = "http://graphml.graphdrawing.org/xmlns"

    func graphml(_ graph: Graph) -> Data { Data(GraphMLWriter.string(DisplayGraph(graph)).utf8) }

    @Test(arguments: ["arabic", "hostile", "empty"])
    func isValidAgainstTheGraphMLSchema(name: String) throws {
        let graph = Fixtures.named(name)
        let problem = try Tools.xmllint(graphml(graph), schema: true)
        #expect(problem == nil, "\(name): \(problem ?? "")")
    }

    @Test func declaresTheKeyContract() throws {
        let root = try XMLNode.parse(graphml(Fixtures.arabic))
        let keys = root.all("key")
        var declared: [String: (domain: String, type: String)] = [:]
        for key in keys {
            let id = try #require(key.attributes["id"])
            #expect(key.attributes["attr.name"] == id, "key id is its attr.name")
            #expect(key.attributes["for"] == "node" || key.attributes["for"] == "edge")
            #expect(key.attributes["attr.type"] != nil)
            #expect(id != "id" && !(id.hasPrefix("d") && Int(id.dropFirst()) != nil))
            declared[id] = (key.attributes["for"] ?? "", key.attributes["attr.type"] ?? "")
        }
        #expect(keys.count == declared.count, "key ids are unique")
        for name in ["name", "label", "kind", "aliases", "label_latin", "subtype", "date", "place", "documents"] {
            #expect(declared[name]?.domain == "node" && declared[name]?.type == "string", "\(name)")
        }
        for name in ["type", "interaction", "role", "evidence", "document"] {
            #expect(declared[name]?.domain == "edge" && declared[name]?.type == "string", "\(name)")
        }
        #expect(declared["confidence"]?.domain == "edge" && declared["confidence"]?.type == "double")
    }

    @Test func writesEveryEntityAndRelationWithTheirAttributes() throws {
        let graph = Fixtures.arabic
        let root = try XMLNode.parse(graphml(graph))
        let graphs = root.all("graph")
        #expect(graphs.count == 1)
        #expect(graphs.first?.attributes["edgedefault"] == "directed")
        let children = try #require(graphs.first).children.map(\.name)
        let firstEdge = children.firstIndex(of: "edge") ?? children.count
        #expect(!children[firstEdge...].contains("node"), "all nodes before all edges")

        func data(_ element: XMLNode) -> [String: String] {
            Dictionary(element.children.filter { $0.name == "data" }.map { ($0.attributes["key"] ?? "", $0.text) },
                       uniquingKeysWith: { first, _ in first })
        }
        let nodes = root.all("node")
        #expect(nodes.map { $0.attributes["id"] ?? "" } == graph.entities.map(\.id))
        for (node, entity) in zip(nodes, graph.entities) {
            let values = data(node)
            #expect(values["name"] == entity.label)
            #expect(values["label"] == entity.label)
            #expect(values["kind"] == entity.kind.rawValue)
            #expect(values["aliases"] == (entity.aliases.isEmpty ? nil : entity.aliases.joined(separator: " | ")))
            #expect(values["label_latin"] == entity.labelLatin)
            #expect(values["subtype"] == entity.subtype)
            #expect(values["date"] == entity.date)
            #expect(values["place"] == entity.place)
            #expect(values["documents"] == entity.documents.joined(separator: " | "))
            let id = try #require(node.attributes["id"])
            #expect(id.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0)) })
        }
        let edges = root.all("edge")
        #expect(edges.map { $0.attributes["id"] ?? "" } == graph.relations.map(\.id))
        #expect(Set(edges.compactMap { $0.attributes["id"] }).count == edges.count)
        for (edge, relation) in zip(edges, graph.relations) {
            let values = data(edge)
            #expect(edge.attributes["source"] == relation.source)
            #expect(edge.attributes["target"] == relation.target)
            #expect(values["type"] == relation.type.rawValue)
            #expect(values["interaction"] == relation.type.rawValue)
            #expect(values["role"] == relation.role)
            #expect(values["evidence"] == relation.evidence.first?.text)
            #expect(values["document"] == relation.evidence.first?.document)
            #expect(values["confidence"].flatMap(Double.init) == relation.confidence)
        }
    }

    @Test func keepsFullTextOfVeryLongNames() throws {
        let long = "اسم" + String(repeating: "طويل", count: 2_500)
        let graph = Graph(entities: [Entity(kind: .organization, label: long)])
        let root = try XMLNode.parse(graphml(graph))
        let values = root.all("data").filter { $0.attributes["key"] == "label" }.map(\.text)
        #expect(values == [long])
    }

    @Test func streamsTheSameTextItReturns() {
        var streamed = ""
        GraphMLWriter.write(DisplayGraph(Fixtures.arabic), to: &streamed)
        #expect(streamed == GraphMLWriter.string(DisplayGraph(Fixtures.arabic)))
    }
}
