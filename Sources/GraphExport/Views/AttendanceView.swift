/// Draws an `AttendanceSheet`: the event in the middle, each group of attendees in a box named
/// for the organization they represent, side 0 to the left of the event and side 1 to the right,
/// organizers joined to the event by bold edges.
public enum AttendanceView {
    public static func drawing(of sheet: AttendanceSheet, display: DisplayGraph) -> Drawing {
        let nodes = Dictionary(display.nodes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var drawing = Drawing(attributes: graphAttributes, nodeDefaults: DrawingStyle.nodeDefaults,
                              edgeDefaults: DrawingStyle.edgeDefaults)
        var added = Set<String>()
        func name(_ id: String) -> String { DisplayText.truncated(nodes[id]?.label ?? id, limit: DrawingStyle.maxLabelLength) }
        func addNode(_ id: String, label: String, attributes: [String: String]) {
            guard added.insert(id).inserted else { return }
            drawing.nodes.append(Drawing.Node(id: id, label: label, tooltip: nodes[id].map(FullView.nodeTooltip),
                                              attributes: attributes))
        }
        func personLabel(_ attendee: AttendanceSheet.Attendee) -> String {
            guard let role = attendee.role, !role.isEmpty else { return name(attendee.entity) }
            return name(attendee.entity) + "\n" + DisplayText.truncated(DisplayText.sanitize(role), limit: DrawingStyle.maxLabelLength)
        }
        // Side 0 points at the event; side 1 hangs after it, drawn with the arrow reversed, so
        // every arrow still points at the event.
        func link(_ id: String, side: Int, type: RelationType) {
            let style = DrawingStyle.edge(type)
            let edgeID = "att-\(type.rawValue)-\(id)"
            let label = type == .organized ? "organized" : nil
            if side == 0 {
                drawing.edges.append(Drawing.Edge(id: edgeID, source: id, target: sheet.event, label: label,
                                                  tooltip: "\(name(id)) \(type.rawValue) \(name(sheet.event))", attributes: style))
            } else {
                drawing.edges.append(Drawing.Edge(id: edgeID, source: sheet.event, target: id, label: label,
                                                  tooltip: "\(name(id)) \(type.rawValue) \(name(sheet.event))",
                                                  attributes: style.merging(["dir": "back"]) { $1 }))
            }
        }

        addNode(sheet.event, label: eventLabel(nodes[sheet.event], fallback: sheet.event),
                attributes: DrawingStyle.node(.event).merging(["penwidth": "2", "fontsize": "13"]) { $1 })
        let organizers = Set(sheet.organizers)
        for group in sheet.groups {
            var ids: [String] = []
            if group.organizationAttended || organizers.contains(group.organization) {
                addNode(group.organization, label: name(group.organization), attributes: DrawingStyle.node(.organization))
                ids.append(group.organization)
                if group.organizationAttended { link(group.organization, side: group.side, type: .attended) }
            }
            for attendee in group.attendees {
                addNode(attendee.entity, label: personLabel(attendee), attributes: DrawingStyle.node(.person))
                ids.append(attendee.entity)
                link(attendee.entity, side: group.side, type: .attended)
            }
            drawing.clusters.append(Drawing.Cluster(
                id: "group_\(group.organization)", label: name(group.organization),
                attributes: ["style": "rounded,filled", "fillcolor": group.side == 0 ? "#f3f8fd" : "#fdf6ef",
                             "color": group.side == 0 ? "#2b6cb0" : "#c05621"],
                nodeIDs: ids))
        }
        for attendee in sheet.ungrouped {
            addNode(attendee.entity, label: personLabel(attendee), attributes: DrawingStyle.node(.person))
            link(attendee.entity, side: 0, type: .attended)
        }
        let sides = Dictionary(sheet.groups.map { ($0.organization, $0.side) }, uniquingKeysWith: { first, _ in first })
        for organizer in sheet.organizers {
            let kind = nodes[organizer]?.kind ?? .organization
            addNode(organizer, label: name(organizer), attributes: DrawingStyle.node(kind))
            link(organizer, side: sides[organizer] ?? 0, type: .organized)
        }
        return drawing
    }

    /// "name", then "subtype · date", then the place, each when known.
    static func eventLabel(_ node: DisplayGraph.Node?, fallback: String) -> String {
        guard let node else { return fallback }
        var lines = [DisplayText.truncated(node.label, limit: DrawingStyle.maxLabelLength)]
        let details = [node.subtype, node.date].compactMap { $0 }.filter { !$0.isEmpty }
        if !details.isEmpty { lines.append(details.joined(separator: " · ")) }
        if let place = node.place, !place.isEmpty { lines.append(DisplayText.truncated(place, limit: DrawingStyle.maxLabelLength)) }
        return lines.joined(separator: "\n")
    }

    static let graphAttributes: [String: String] = [
        "fontname": DrawingStyle.fontname, "fontsize": "12", "bgcolor": "white", "charset": "UTF-8",
        "rankdir": "LR", "nodesep": "0.25", "ranksep": "0.9",
    ]
}
