/// Draws an `OrgChart`: top to bottom, each organization a box (cluster) holding its own node
/// and its people, sub-organizations nested inside; people in rows by rank, senior first.
///
/// Rows are kept short (`maxRowWidth` people) so a large council does not become one giant flat
/// row; other roles of a person are edges to the organization, `leads` edges join organizations.
public enum OrgChartView {
    /// At most this many people side by side in one row of an organization.
    static let maxRowWidth = 4
    /// At most this many top-level organizations side by side.
    static let maxRootsPerRow = 3

    public static func drawing(of chart: OrgChart, display: DisplayGraph) -> Drawing {
        let nodes = Dictionary(display.nodes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var drawing = Drawing(attributes: graphAttributes, nodeDefaults: DrawingStyle.nodeDefaults,
                              edgeDefaults: DrawingStyle.edgeDefaults)
        var edgeCount = 0
        func addEdge(_ source: String, _ target: String, label: String? = nil, tooltip: String? = nil,
                     _ attributes: [String: String]) {
            edgeCount += 1
            drawing.edges.append(Drawing.Edge(id: "chart-e\(edgeCount)", source: source, target: target,
                                              label: label, tooltip: tooltip, attributes: attributes))
        }
        func nodeLabel(_ id: String, role: String?) -> String {
            let name = DisplayText.truncated(nodes[id]?.label ?? id, limit: DrawingStyle.maxLabelLength)
            guard let role, !role.isEmpty else { return name }
            return name + "\n" + DisplayText.truncated(DisplayText.sanitize(role), limit: DrawingStyle.maxLabelLength)
        }

        // Returns the cluster, its lowest node, and its height in rows.
        func cluster(_ unit: OrgChart.Unit, depth: Int) -> (cluster: Drawing.Cluster, bottom: String, height: Int) {
            let org = unit.organization
            drawing.nodes.append(Drawing.Node(id: org, label: nodeLabel(org, role: nil),
                                              tooltip: nodes[org].map(FullView.nodeTooltip),
                                              attributes: DrawingStyle.node(.organization).merging(["penwidth": "2"]) { $1 }))
            // People in rows: each row hangs below the one before by invisible edges.
            var previousRow = [org]
            var memberIDs: [String] = []
            let memberRows = rows(of: unit.members)
            for row in memberRows {
                for member in row {
                    drawing.nodes.append(Drawing.Node(id: member.person, label: nodeLabel(member.person, role: member.role),
                                                      tooltip: nodes[member.person].map(FullView.nodeTooltip),
                                                      attributes: DrawingStyle.node(.person)))
                    memberIDs.append(member.person)
                    addEdge(previousRow[0], member.person, ["style": "invis", "weight": "4"])
                }
                previousRow = row.map(\.person)
            }
            let children = unit.children.map { child in
                addEdge(previousRow[0], child.organization, ["style": "invis", "weight": "2"])
                return cluster(child, depth: depth + 1)
            }
            let shade = ["#fffaf3", "#fff3e3", "#ffe9cf", "#ffdfbb"][min(depth, 3)]
            let tallest = children.max { $0.height < $1.height }
            return (Drawing.Cluster(id: "org_\(org)", label: nil,
                                    attributes: ["style": "rounded,filled", "fillcolor": shade, "color": "#c05621"],
                                    nodeIDs: [org] + memberIDs, clusters: children.map(\.cluster)),
                    tallest?.bottom ?? previousRow[0], 1 + memberRows.count + (tallest?.height ?? 0))
        }
        // Top-level organizations in rows of `maxRootsPerRow`, each row below the tallest tree
        // of the row above, so many small organizations do not make one endless row.
        let trees = chart.roots.map { cluster($0, depth: 0) }
        drawing.clusters = trees.map(\.cluster)
        var start = maxRootsPerRow
        while start < trees.count {
            let above = trees[(start - maxRootsPerRow)..<start]
            if let tallest = above.max(by: { $0.height < $1.height }) {
                for tree in trees[start..<min(start + maxRootsPerRow, trees.count)] {
                    addEdge(tallest.bottom, tree.cluster.nodeIDs[0], ["style": "invis", "weight": "1"])
                }
            }
            start += maxRootsPerRow
        }
        let drawn = Set(drawing.nodes.map(\.id))
        for link in chart.affiliations where drawn.contains(link.source) && drawn.contains(link.target) {
            let role = link.role.map(DisplayText.sanitize)
            addEdge(link.source, link.target, label: role.map { DisplayText.truncated($0, limit: DrawingStyle.maxLabelLength) },
                    tooltip: "\(link.type.rawValue)\(role.map { ": \($0)" } ?? "")",
                    DrawingStyle.edge(link.type).merging(["constraint": "false"]) { $1 })
        }
        for link in chart.leads where drawn.contains(link.source) && drawn.contains(link.target) {
            addEdge(link.source, link.target, label: "leads", tooltip: "leads",
                    DrawingStyle.edge(.leads).merging(["constraint": "false"]) { $1 })
        }
        return drawing
    }

    /// Members by rank, each rank split into rows of at most `maxRowWidth`.
    static func rows(of members: [OrgChart.Member]) -> [[OrgChart.Member]] {
        var rows: [[OrgChart.Member]] = []
        var index = 0
        while index < members.count {
            let rank = members[index].rank
            var end = index
            while end < members.count, members[end].rank == rank, end - index < maxRowWidth { end += 1 }
            rows.append(Array(members[index..<end]))
            index = end
        }
        return rows
    }

    static let graphAttributes: [String: String] = [
        "fontname": DrawingStyle.fontname, "fontsize": "12", "bgcolor": "white", "charset": "UTF-8",
        "rankdir": "TB", "newrank": "true", "nodesep": "0.3", "ranksep": "0.45",
    ]
}
