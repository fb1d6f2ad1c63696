import Foundation
import Testing
@testable import GraphExport

/// What each view draws: which node sits in which cluster, which edges join them, and the files
/// `ViewWriter` writes (read back with cgraph and as JSON).
@Suite struct ViewDrawingTests {
    let f = ViewStructureTests()

    func allClusters(_ clusters: [Drawing.Cluster]) -> [Drawing.Cluster] {
        clusters.flatMap { [$0] + allClusters($0.clusters) }
    }

    @Test func orgChartClustersNestLikePartOfAndHoldTheirPeople() throws {
        let chart = OrgChart.build(from: f.graph, ranking: f.ranking)
        let drawing = OrgChartView.drawing(of: chart, display: DisplayGraph(f.graph))
        #expect(drawing.attributes["rankdir"] == "TB")
        let clusters = Dictionary(uniqueKeysWithValues: allClusters(drawing.clusters).map { ($0.id, $0) })
        let ministry = try #require(clusters["org_\(f.ministry.id)"])
        #expect(ministry.nodeIDs == [f.ministry.id, f.minister.id, f.spokesperson.id])
        #expect(ministry.clusters.map(\.id) == ["org_\(f.directorate.id)"])
        #expect(ministry.clusters[0].nodeIDs == [f.directorate.id, f.director.id])
        #expect(ministry.clusters[0].clusters.map(\.id) == ["org_\(f.office.id)"])
        // Each person once, labelled with name and role.
        let people = drawing.nodes.filter { $0.id.hasPrefix("person-") }
        #expect(Set(people.map(\.id)).count == people.count)
        #expect(drawing.nodes.first { $0.id == f.minister.id }?.label == "كريم داغر\nوزير الزراعة")
        // The spokesperson's row hangs below the minister's (rank order, top to bottom).
        #expect(drawing.edges.contains { $0.source == f.minister.id && $0.target == f.spokesperson.id && $0.attributes["style"] == "invis" })
        // The director's second role is an edge to the office, not a second node.
        #expect(drawing.edges.contains { $0.source == f.director.id && $0.target == f.office.id && $0.label == "مستشار" })
    }

    @Test func longRowsAreWrapped() {
        let council = Entity(kind: .organization, label: "مجلس المحافظة")
        let members = (1...9).map { Entity(kind: .person, label: "عضو رقم \($0) المجلس") }
        let g = Graph(entities: [council] + members,
                      relations: members.map { Relation(source: $0.id, type: .memberOf, target: council.id, role: "عضو") })
        let drawing = OrgChartView.drawing(of: OrgChart.build(from: g), display: DisplayGraph(g))
        #expect(OrgChartView.rows(of: OrgChart.build(from: g).roots[0].members).map(\.count) == [4, 4, 1])
        #expect(drawing.clusters[0].nodeIDs.count == 10)
    }

    @Test func attendanceDrawsTheEventBetweenTwoSides() throws {
        let sheet = try #require(AttendanceSheet.sheets(from: f.graph, ranking: f.ranking).first { $0.event == f.meeting.id })
        let drawing = AttendanceView.drawing(of: sheet, display: DisplayGraph(f.graph))
        let clusters = Dictionary(uniqueKeysWithValues: drawing.clusters.map { ($0.id, $0) })
        #expect(clusters["group_\(f.fao.id)"]?.nodeIDs == [f.fao.id, f.expert.id, f.envoy.id])
        #expect(clusters["group_\(f.fao.id)"]?.label == "منظمة الأغذية والزراعة")
        #expect(drawing.nodes.first { $0.id == f.envoy.id }?.label == "لوران دوبوا\nممثل المنظمة")
        #expect(drawing.nodes.first { $0.id == f.meeting.id }?.label == "اجتماع\nmeeting · 2024-03-03")
        // Guests (side 1) hang after the event with reversed arrows; hosts point at it.
        let envoyEdge = try #require(drawing.edges.first { $0.target == f.envoy.id })
        #expect(envoyEdge.source == f.meeting.id && envoyEdge.attributes["dir"] == "back")
        #expect(drawing.edges.contains { $0.source == f.minister.id && $0.target == f.meeting.id })
        #expect(drawing.edges.contains { $0.source == f.ministry.id && $0.label == "organized" })
        #expect(Set(drawing.edges.map(\.id)).count == drawing.edges.count)
    }

    @Test func latinLabelsReplaceOrJoinTheWrittenNames() {
        let person = Entity(kind: .person, label: "نادر فرح", labelLatin: "Nader Farah")
        let g = Graph(entities: [person])
        #expect(DisplayGraph(g).relabeled(.latin).nodes[0].label == "Nader Farah")
        #expect(DisplayGraph(g).relabeled(.both).nodes[0].label == "نادر فرح\nNader Farah")
        #expect(DisplayGraph(g).relabeled(.arabic).nodes[0].label == "نادر فرح")
        #expect(LabelMode.latin.text(label: "نادر", latin: nil) == "نادر")
    }

    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ergraph-views-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func attendanceWritesOneDiagramPerEventAndAnIndex() async throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let urls = try await ViewWriter.write(f.graph, view: ViewOptions(kind: .attendance, ranking: f.ranking),
                                              options: ExportOptions(formats: [.dot, .json, .html]), to: dir, name: "x")
        let events = [f.meeting.id, f.dinner.id].sorted()
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("attendance").path).sorted()
        #expect(files == (events.flatMap { ["\($0).dot", "\($0).html", "\($0).json"] } + ["index.html"]).sorted())
        #expect(urls.count == 7)
        let index = try String(contentsOf: dir.appendingPathComponent("attendance/index.html"), encoding: .utf8)
        for event in events { #expect(index.contains("href=\"\(event).svg\"") == false && index.contains("href=\"\(event).dot\"")) }
        #expect(index.contains("2024-03-03"))
        // Re-read by cgraph: the meeting's diagram has one cluster per group.
        let dot = try String(contentsOf: dir.appendingPathComponent("attendance/\(f.meeting.id).dot"), encoding: .utf8)
        let parsed = try await GraphvizSession.shared.parse(dot: dot)
        #expect(Set(parsed.subgraphs) == Set([f.fao.id, f.ministry.id, f.directorate.id].map { "cluster_group_\($0)" }))
        #expect(Set(parsed.nodes.map(\.name)).isSuperset(of: [f.meeting.id, f.envoy.id, f.expert.id, f.minister.id, f.director.id]))
        // Each diagram's JSON holds exactly what it shows.
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("attendance/\(f.dinner.id).json"))) as? [String: Any]
        let ids = Set(((json?["entities"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String })
        #expect(ids == [f.dinner.id, f.ministry.id])
    }

    @Test func egoViewKeepsTheNeighbourhoodAndNamesTheClosestWhenTheFocusIsUnknown() async throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try await ViewWriter.write(f.graph, view: ViewOptions(kind: .ego, focus: "داغر", depth: 1),
                                       options: ExportOptions(formats: [.json, .dot]), to: dir, name: "ego")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("ego.json"))) as? [String: Any]
        let ids = Set(((json?["entities"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String })
        #expect(ids == [f.minister.id, f.ministry.id, f.meeting.id])
        let dot = try String(contentsOf: dir.appendingPathComponent("ego.dot"), encoding: .utf8)
        let parsed = try await GraphvizSession.shared.parse(dot: dot)
        #expect(parsed.nodes.first { $0.name == f.minister.id }?.attributes["penwidth"] == "3.5")
        do {
            _ = try await ViewWriter.write(f.graph, view: ViewOptions(kind: .ego, focus: "كريم داغ"),
                                           options: ExportOptions(formats: [.json]), to: dir, name: "ego2")
            Issue.record("an unknown focus was accepted")
        } catch let error as ViewError {
            guard case let .unknownEntity(name, closest) = error else { Issue.record("\(error)"); return }
            #expect(name == "كريم داغ")
            #expect(closest.first == "كريم داغر" && closest.count == 5)
        }
        await #expect(throws: ViewError.missingFocus(view: "ego")) {
            _ = try await ViewWriter.write(f.graph, view: ViewOptions(kind: .ego),
                                           options: ExportOptions(formats: [.json]), to: dir, name: "ego3")
        }
    }

    @Test func orgChartWithARootDrawsThatTreeOnly() async throws {
        let dir = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try await ViewWriter.write(f.graph, view: ViewOptions(kind: .orgChart, root: "مديرية الري", ranking: f.ranking),
                                       options: ExportOptions(formats: [.dot, .svg]), to: dir, name: "tree")
        let parsed = try await GraphvizSession.shared.parse(dot: String(contentsOf: dir.appendingPathComponent("tree.dot"), encoding: .utf8))
        #expect(parsed.subgraphs == ["cluster_org_\(f.directorate.id)", "cluster_org_\(f.office.id)"])
        #expect(!parsed.nodes.contains { $0.name == f.minister.id })
        let svg = try String(contentsOf: dir.appendingPathComponent("tree.svg"), encoding: .utf8)
        #expect(svg.contains("مهند السعدي"))
        await #expect(throws: ViewError.self) {
            _ = try await ViewWriter.write(Graph(entities: [f.meeting]), view: ViewOptions(kind: .orgChart),
                                           options: ExportOptions(formats: [.json]), to: dir, name: "none")
        }
    }

    @Test func largeGraphsAreLaidOutWithSfdpUnlessAnEngineIsChosen() throws {
        let people = (0..<(ViewWriter.largeGraphThreshold + 1)).map { Entity(kind: .person, label: "شخص رقم \($0) هنا") }
        let big = Graph(entities: people)
        #expect(try ViewWriter.plan(big, view: ViewOptions(), options: ExportOptions(), name: "g")[0].engine == .sfdp)
        #expect(try ViewWriter.plan(big, view: ViewOptions(), options: ExportOptions(layout: .neato), name: "g")[0].engine == .neato)
        #expect(try ViewWriter.plan(f.graph, view: ViewOptions(), options: ExportOptions(), name: "g")[0].engine == .dot)
    }
}
