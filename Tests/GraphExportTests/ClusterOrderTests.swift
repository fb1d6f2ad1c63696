import Foundation
import Testing
@testable import GraphExport

/// Sibling clusters keep the drawing's order in DOT, whatever order their names were first seen
/// in. cgraph's default id discipline orders subgraphs by the memory address of their interned
/// names, which made org charts and attendance diagrams differ from run to run.
@Suite struct ClusterOrderTests {
    @Test func siblingClustersAreWrittenInTheDrawingsOrder() async throws {
        let ids = (0..<30).map { String(format: "c%02d", $0) }
        // Nodes whose labels are the cluster names, made in reverse order, intern those names
        // before the clusters exist: address order is then the reverse of the drawing's order.
        let nodes = ids.reversed().map { Drawing.Node(id: "n-\($0)", label: "cluster_\($0)") }
        let clusters = ids.map { Drawing.Cluster(id: $0, label: $0, nodeIDs: ["n-\($0)"]) }
        let dot = String(decoding: try await GraphvizSession.shared.dot(Drawing(nodes: nodes, clusters: clusters)),
                         as: UTF8.self)
        let written = dot.split(separator: "\n").compactMap { line -> String? in
            let text = line.trimmingCharacters(in: .whitespaces)
            guard text.hasPrefix("subgraph ") else { return nil }
            return String(text.dropFirst("subgraph ".count).prefix { $0 != " " })
        }
        #expect(written == ids.map { "cluster_\($0)" })
        let parsed = try await GraphvizSession.shared.parse(dot: dot)
        #expect(parsed.subgraphs.count == 30)
        #expect(!dot.contains("<cluster_"), "a name was written as an HTML string")
    }
}
