/// The structure of an organization chart: organizations nested by `partOf`, each person inside
/// the organization they hold their most senior role in, ordered by rank.
///
/// A person with roles in several organizations appears once, placed by their most senior role
/// (then `memberOf` before `represents`, then the organization's id); their other roles are
/// `affiliations`, drawn as edges. `leads` relations between charted entities are kept.
/// A `partOf` cycle is broken at the organization with the smallest id.
public struct OrgChart: Equatable, Sendable {
    public struct Member: Equatable, Sendable {
        public var person: String
        public var role: String?
        public var rank: Int
    }

    public struct Unit: Equatable, Sendable {
        public var organization: String
        public var members: [Member]
        public var children: [Unit]

        /// Every organization id in this unit's tree.
        public var organizationIDs: [String] { [organization] + children.flatMap(\.organizationIDs) }
        /// Every person id in this unit's tree.
        public var personIDs: [String] { members.map(\.person) + children.flatMap(\.personIDs) }
    }

    public struct Link: Equatable, Sendable {
        public var source: String
        public var target: String
        public var type: RelationType
        public var role: String?
    }

    public var roots: [Unit]
    /// Roles of people outside the organization they are drawn in.
    public var affiliations: [Link]
    /// `leads` relations between entities of the chart.
    public var leads: [Link]

    /// The chart of every organization with a role, a part or a leader; with `root`, only that
    /// organization's tree.
    public static func build(from graph: Graph, root: String? = nil, ranking: RoleRanking = .flat) -> OrgChart {
        let organizations = Set(graph.entities.filter { $0.kind == .organization }.map(\.id))
        let people = Set(graph.entities.filter { $0.kind == .person }.map(\.id))
        let label = Dictionary(uniqueKeysWithValues: graph.entities.map { ($0.id, $0.label) })

        var parent: [String: String] = [:]
        for relation in graph.relations where relation.type == .partOf
            && organizations.contains(relation.source) && organizations.contains(relation.target)
            && parent[relation.source] == nil {
            parent[relation.source] = relation.target
        }
        breakCycles(&parent)

        var charted = Set<String>()
        for relation in graph.relations {
            switch relation.type {
            case .partOf where organizations.contains(relation.source) && organizations.contains(relation.target):
                charted.formUnion([relation.source, relation.target])
            case .memberOf, .represents:
                if people.contains(relation.source) && organizations.contains(relation.target) {
                    charted.insert(relation.target)
                }
            case .leads where organizations.contains(relation.target):
                charted.insert(relation.target)
                if organizations.contains(relation.source) { charted.insert(relation.source) }
            default:
                break
            }
        }
        var inScope = charted
        if let root, organizations.contains(root) {
            inScope = Set(charted.union([root]).filter { isWithin($0, root: root, parent: parent) })
        }

        // Each person's roles in charted organizations, best first.
        struct Role { var organization: String; var role: String?; var rank: Int; var type: RelationType }
        var roles: [String: [Role]] = [:]
        for relation in graph.relations where (relation.type == .memberOf || relation.type == .represents)
            && people.contains(relation.source) && inScope.contains(relation.target) {
            roles[relation.source, default: []].append(
                Role(organization: relation.target, role: relation.role, rank: ranking.rank(of: relation.role), type: relation.type))
        }
        var membersOf: [String: [Member]] = [:]
        var affiliations: [Link] = []
        for (person, list) in roles {
            let sorted = list.sorted {
                ($0.rank, $0.type == .memberOf ? 0 : 1, $0.organization, $0.role ?? "")
                    < ($1.rank, $1.type == .memberOf ? 0 : 1, $1.organization, $1.role ?? "")
            }
            guard let best = sorted.first else { continue }
            membersOf[best.organization, default: []].append(Member(person: person, role: best.role, rank: best.rank))
            for other in sorted.dropFirst() where !(other.organization == best.organization && other.type == .represents) {
                affiliations.append(Link(source: person, target: other.organization, type: other.type, role: other.role))
            }
        }

        var children: [String: [String]] = [:]
        for org in inScope {
            if let p = parent[org], inScope.contains(p), org != root { children[p, default: []].append(org) }
        }
        func byLabel(_ a: String, _ b: String) -> Bool { (label[a] ?? a, a) < (label[b] ?? b, b) }
        func unit(_ org: String) -> Unit {
            let members = (membersOf[org] ?? []).sorted { ($0.rank, label[$0.person] ?? $0.person) < ($1.rank, label[$1.person] ?? $1.person) }
            return Unit(organization: org, members: members, children: (children[org] ?? []).sorted(by: byLabel).map(unit))
        }
        let rootIDs: [String]
        if let root, organizations.contains(root) {
            rootIDs = [root]
        } else {
            rootIDs = inScope.filter { parent[$0].map { !inScope.contains($0) } ?? true }.sorted(by: byLabel)
        }
        let units = rootIDs.map(unit)
        let drawn = Set(units.flatMap(\.organizationIDs) + units.flatMap(\.personIDs))
        let leads = graph.relations.filter { $0.type == .leads && drawn.contains($0.source) && drawn.contains($0.target) }
            .map { Link(source: $0.source, target: $0.target, type: .leads, role: $0.role) }
        return OrgChart(roots: units,
                        affiliations: affiliations.filter { drawn.contains($0.target) }
                            .sorted { ($0.source, $0.target, $0.role ?? "") < ($1.source, $1.target, $1.role ?? "") },
                        leads: leads)
    }

    static func isWithin(_ org: String, root: String, parent: [String: String]) -> Bool {
        var current: String? = org
        var steps = 0
        while let c = current, steps <= parent.count {
            if c == root { return true }
            current = parent[c]
            steps += 1
        }
        return false
    }

    /// Removes the `partOf` edge out of the smallest id of every cycle, so every chain ends.
    static func breakCycles(_ parent: inout [String: String]) {
        for start in parent.keys.sorted() {
            var path: [String] = []
            var onPath = Set<String>()
            var current: String? = start
            while let c = current, !onPath.contains(c) {
                path.append(c)
                onPath.insert(c)
                current = parent[c]
            }
            if let c = current, let index = path.firstIndex(of: c) {
                let cycle = path[index...]
                if let smallest = cycle.min() { parent[smallest] = nil }
            }
        }
    }
}
