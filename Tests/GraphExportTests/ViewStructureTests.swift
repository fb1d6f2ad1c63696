import Testing
@testable import GraphExport

/// The pure structure of each view (which entity sits where), before any drawing.
@Suite struct ViewStructureTests {
    // A small ministry: a directorate inside it, a minister, a spokesperson, a director, and a
    // visiting delegation from a second organization.
    let ministry = Entity(kind: .organization, label: "وزارة الزراعة")
    let directorate = Entity(kind: .organization, label: "مديرية الري")
    let office = Entity(kind: .organization, label: "مكتب السدود")
    let fao = Entity(kind: .organization, label: "منظمة الأغذية والزراعة")
    let minister = Entity(kind: .person, label: "كريم داغر", aliases: ["داغر"])
    let spokesperson = Entity(kind: .person, label: "سهى عباس")
    let director = Entity(kind: .person, label: "مهند السعدي")
    let envoy = Entity(kind: .person, label: "لوران دوبوا")
    let expert = Entity(kind: .person, label: "سارة لين")
    let meeting = Entity(kind: .event, label: "اجتماع", subtype: "meeting", date: "2024-03-03")
    let dinner = Entity(kind: .event, label: "مأدبة عشاء", subtype: "meal")

    let ranks: [String: Int] = ["وزير": 1, "مدير": 1, "ناطق": 3, "خبير": 3, "ممثل": 3]
    var ranking: RoleRanking {
        let ranks = self.ranks
        return RoleRanking { role in ranks.first { role.contains($0.key) }?.value }
    }

    var graph: Graph {
        func rel(_ s: Entity, _ t: RelationType, _ o: Entity, _ role: String? = nil) -> Relation {
            Relation(source: s.id, type: t, target: o.id, role: role)
        }
        return Graph(entities: [ministry, directorate, office, fao, minister, spokesperson, director, envoy, expert, meeting, dinner],
                     relations: [
                        rel(directorate, .partOf, ministry), rel(office, .partOf, directorate),
                        rel(minister, .memberOf, ministry, "وزير الزراعة"),
                        rel(spokesperson, .memberOf, ministry, "ناطق باسم الوزارة"),
                        rel(director, .memberOf, directorate, "مدير"),
                        rel(director, .memberOf, office, "مستشار"),
                        rel(envoy, .represents, fao, "ممثل المنظمة"),
                        rel(expert, .memberOf, fao, "خبير"),
                        rel(minister, .attended, meeting), rel(director, .attended, meeting),
                        rel(envoy, .attended, meeting), rel(expert, .attended, meeting),
                        rel(ministry, .organized, meeting), rel(fao, .attended, meeting),
                        rel(ministry, .organized, dinner),
                     ])
    }

    @Test func orgChartNestsOrganizationsByPartOfAndOrdersPeopleByRank() throws {
        let chart = OrgChart.build(from: graph, ranking: ranking)
        #expect(chart.roots.map(\.organization) == [ministry.id, fao.id].sorted { label($0) < label($1) })
        let top = try #require(chart.roots.first { $0.organization == ministry.id })
        #expect(top.members.map(\.person) == [minister.id, spokesperson.id])
        #expect(top.members.map(\.role) == ["وزير الزراعة", "ناطق باسم الوزارة"])
        #expect(top.children.map(\.organization) == [directorate.id])
        #expect(top.children[0].children.map(\.organization) == [office.id])
        // The director appears once, in the directorate (his senior role); the advisory role is an edge.
        #expect(top.personIDs.filter { $0 == director.id }.count == 1)
        #expect(top.children[0].members.map(\.person) == [director.id])
        #expect(chart.affiliations == [OrgChart.Link(source: director.id, target: office.id, type: .memberOf, role: "مستشار")])
    }

    @Test func orgChartRootDrawsOneTree() {
        let chart = OrgChart.build(from: graph, root: directorate.id, ranking: ranking)
        #expect(chart.roots.map(\.organization) == [directorate.id])
        #expect(Set(chart.roots[0].organizationIDs) == [directorate.id, office.id])
        #expect(!chart.roots[0].personIDs.contains(minister.id))
    }

    @Test func partOfCyclesAreBroken() {
        let a = Entity(kind: .organization, label: "فرع أ"), b = Entity(kind: .organization, label: "فرع ب")
        let g = Graph(entities: [a, b], relations: [Relation(source: a.id, type: .partOf, target: b.id),
                                                    Relation(source: b.id, type: .partOf, target: a.id)])
        let chart = OrgChart.build(from: g)
        #expect(chart.roots.count == 1)
        #expect(Set(chart.roots.flatMap(\.organizationIDs)) == [a.id, b.id])
    }

    @Test func attendanceGroupsAttendeesByWhomTheyRepresentOnTwoSides() throws {
        let sheets = AttendanceSheet.sheets(from: graph, ranking: ranking)
        #expect(sheets.map(\.event) == [meeting.id, dinner.id].sorted())
        let sheet = try #require(sheets.first { $0.event == meeting.id })
        #expect(sheet.organizers == [ministry.id])
        let byOrg = Dictionary(uniqueKeysWithValues: sheet.groups.map { ($0.organization, $0) })
        // Same rank: ordered by name.
        #expect(byOrg[fao.id]?.attendees.map(\.entity) == [expert.id, envoy.id])
        #expect(byOrg[fao.id]?.attendees.map(\.role) == ["خبير", "ممثل المنظمة"])
        #expect(byOrg[fao.id]?.organizationAttended == true)
        #expect(byOrg[ministry.id]?.attendees.map(\.entity) == [minister.id])
        // The directorate belongs to the ministry: same side; the visiting organization: the other.
        #expect(byOrg[directorate.id]?.side == byOrg[ministry.id]?.side)
        #expect(byOrg[fao.id]?.side != byOrg[ministry.id]?.side)
        #expect(sheet.ungrouped.isEmpty)
        let dinnerSheet = try #require(sheets.first { $0.event == dinner.id })
        #expect(dinnerSheet.groups.isEmpty && dinnerSheet.organizers == [ministry.id])
    }

    @Test func egoNetworkRespectsDepth() {
        let one = EgoNetwork.distances(from: director.id, depth: 1, in: graph)
        #expect(Set(one.keys) == [director.id, directorate.id, office.id, meeting.id])
        let two = EgoNetwork.distances(from: director.id, depth: 2, in: graph)
        #expect(two[ministry.id] == 2 && two[envoy.id] == 2 && two[minister.id] == 2)
        #expect(two[dinner.id] == nil)
        #expect(EgoNetwork.distances(from: director.id, depth: 0, in: graph) == [director.id: 0])
    }

    @Test func lookupFindsAnyAliasAndSuggestsClosestNames() throws {
        let lookup = EntityLookup(graph: graph)
        #expect(try lookup.find("داغر").id == minister.id)
        #expect(try lookup.find("وزاره الزراعه").id == ministry.id)   // ة written as ه
        #expect(try lookup.find(minister.id).id == minister.id)
        #expect(throws: ViewError.self) { try lookup.find("مهند السعيدي") }
        do {
            _ = try lookup.find("مهند السعيدي")
        } catch {
            guard case let .unknownEntity(_, closest) = error else { Issue.record("wrong error \(error)"); return }
            #expect(closest.first == "مهند السعدي")
            #expect(error.description.contains("closest names: مهند السعدي"))
        }
    }

    func label(_ id: String) -> String { graph.entity(id: id)?.label ?? id }
}
