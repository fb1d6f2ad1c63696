/// The structure of one event's attendance diagram: the event, who organized it, and who
/// attended, grouped by the organization or delegation each attendee represents.
///
/// An attendee's group is the organization they `represent` at the event; failing that, the one
/// they hold their most senior role in (`memberOf`). Organizations that attended themselves
/// head their group. Groups are split into two sides so that a meeting between two parties reads
/// as two sides (see `sides`).
public struct AttendanceSheet: Equatable, Sendable {
    public struct Attendee: Equatable, Sendable {
        public var entity: String
        /// The attendee's role in their group's organization, when stated.
        public var role: String?
        public var rank: Int
    }

    public struct Group: Equatable, Sendable {
        /// The organization the group stands for.
        public var organization: String
        /// Whether the organization itself is said to attend.
        public var organizationAttended: Bool
        /// 0 or 1: which side of the event the group is drawn on.
        public var side: Int
        public var attendees: [Attendee]
    }

    public var event: String
    /// People and organizations that organized the event.
    public var organizers: [String]
    public var groups: [Group]
    /// Attendees with no organization stated.
    public var ungrouped: [Attendee]

    /// Every entity the diagram shows.
    public var entityIDs: Set<String> {
        Set([event] + organizers + groups.map(\.organization) + groups.flatMap { $0.attendees.map(\.entity) }
            + ungrouped.map(\.entity))
    }

    /// One sheet per event of the graph that has an attendee or an organizer, in event id order.
    public static func sheets(from graph: Graph, ranking: RoleRanking = .flat) -> [AttendanceSheet] {
        let kind = Dictionary(uniqueKeysWithValues: graph.entities.map { ($0.id, $0.kind) })
        let label = Dictionary(uniqueKeysWithValues: graph.entities.map { ($0.id, $0.label) })
        var attendeesOf: [String: [String]] = [:]
        var organizersOf: [String: [String]] = [:]
        var represents: [String: [Relation]] = [:]
        var memberships: [String: [Relation]] = [:]
        var parent: [String: String] = [:]
        for relation in graph.relations {
            switch relation.type {
            case .attended where kind[relation.target] == .event:
                attendeesOf[relation.target, default: []].append(relation.source)
            case .organized where kind[relation.target] == .event:
                organizersOf[relation.target, default: []].append(relation.source)
            case .represents where kind[relation.target] == .organization:
                represents[relation.source, default: []].append(relation)
            case .memberOf where kind[relation.target] == .organization:
                memberships[relation.source, default: []].append(relation)
            case .partOf where kind[relation.source] == .organization && kind[relation.target] == .organization:
                if parent[relation.source] == nil { parent[relation.source] = relation.target }
            default:
                break
            }
        }
        OrgChart.breakCycles(&parent)
        func top(_ org: String) -> String {
            var current = org
            while let p = parent[current] { current = p }
            return current
        }
        func byLabel(_ a: String, _ b: String) -> Bool { (label[a] ?? a, a) < (label[b] ?? b, b) }

        let events = Set(attendeesOf.keys).union(organizersOf.keys).sorted()
        return events.map { event in
            let attendees = Array(Set(attendeesOf[event] ?? []))
            let attendingOrganizations = Set(attendees.filter { kind[$0] == .organization })
            var members: [String: [Attendee]] = [:]
            var ungrouped: [Attendee] = []
            for person in attendees where kind[person] != .organization {
                let choice = groupChoice(for: person, represents: represents[person] ?? [],
                                         memberships: memberships[person] ?? [],
                                         attending: attendingOrganizations, ranking: ranking,
                                         label: { label[$0] ?? $0 })
                if let choice {
                    members[choice.organization, default: []].append(
                        Attendee(entity: person, role: choice.role, rank: ranking.rank(of: choice.role)))
                } else {
                    ungrouped.append(Attendee(entity: person, role: nil, rank: RoleRanking.unstated))
                }
            }
            let groupOrgs = Set(members.keys).union(attendingOrganizations)
            var hostTops = Set<String>()
            for organizer in organizersOf[event] ?? [] {
                if kind[organizer] == .organization { hostTops.insert(top(organizer)) }
                if let choice = groupChoice(for: organizer, represents: represents[organizer] ?? [],
                                            memberships: memberships[organizer] ?? [],
                                            attending: attendingOrganizations, ranking: ranking) {
                    hostTops.insert(top(choice.organization))
                }
            }
            let sideOf = sides(groups: groupOrgs, members: members, parties: attendingOrganizations,
                               hostTops: hostTops, top: top, label: label)
            let groups = groupOrgs.sorted(by: byLabel).map { org in
                Group(organization: org, organizationAttended: attendingOrganizations.contains(org),
                      side: sideOf[org] ?? 0,
                      attendees: (members[org] ?? []).sorted {
                          ($0.rank, label[$0.entity] ?? $0.entity) < ($1.rank, label[$1.entity] ?? $1.entity)
                      })
            }
            return AttendanceSheet(event: event, organizers: Array(Set(organizersOf[event] ?? [])).sorted(by: byLabel),
                                   groups: groups,
                                   ungrouped: ungrouped.sorted { (label[$0.entity] ?? $0.entity) < (label[$1.entity] ?? $1.entity) })
        }
    }

    /// Which side of the event each group is drawn on, so a meeting between two parties reads as
    /// two sides:
    /// 1. when two or more organizations attend as parties, the party with the most attendees
    ///    under it (a delegation lists its members) and the groups tied to it by `partOf` form
    ///    side 1, every other group side 0;
    /// 2. else the hosts (organizers, and the groups they belong to) form side 0 and the guests
    ///    side 1;
    /// 3. else groups are balanced over the two sides by size, largest first.
    static func sides(groups: Set<String>, members: [String: [Attendee]], parties: Set<String>, hostTops: Set<String>,
                      top: (String) -> String, label: [String: String]) -> [String: Int] {
        func size(_ org: String) -> Int { members[org]?.count ?? 0 }
        func name(_ org: String) -> String { label[org] ?? org }
        var sideOf: [String: Int] = [:]
        if parties.count >= 2,
           let delegation = parties.max(by: { (size($0), name($1)) < (size($1), name($0)) }), size(delegation) > 0 {
            let delegationTop = top(delegation)
            for org in groups { sideOf[org] = top(org) == delegationTop ? 1 : 0 }
            return sideOf
        }
        let groupTops = Set(groups.map(top))
        if !hostTops.isEmpty, !groupTops.subtracting(hostTops).isEmpty {
            for org in groups { sideOf[org] = hostTops.contains(top(org)) ? 0 : 1 }
            return sideOf
        }
        var weight: [String: Int] = [:]
        for org in groups { weight[top(org), default: 0] += 1 + size(org) }
        var load = [0, 0]
        var topSide: [String: Int] = [:]
        for topOrg in weight.keys.sorted(by: { (weight[$0] ?? 0, name($1)) > (weight[$1] ?? 0, name($0)) }) {
            let side = load[0] <= load[1] ? 0 : 1
            topSide[topOrg] = side
            load[side] += weight[topOrg] ?? 0
        }
        for org in groups { sideOf[org] = topSide[top(org)] ?? 0 }
        return sideOf
    }

    /// The organization an attendee is grouped under, and their role there.
    static func groupChoice(for person: String, represents: [Relation], memberships: [Relation],
                            attending: Set<String>, ranking: RoleRanking,
                            label: (String) -> String = { $0 }) -> (organization: String, role: String?)? {
        func order(_ list: [Relation]) -> [Relation] {
            list.sorted {
                (attending.contains($0.target) ? 0 : 1, ranking.rank(of: $0.role), $0.target)
                    < (attending.contains($1.target) ? 0 : 1, ranking.rank(of: $1.role), $1.target)
            }
        }
        if let delegation = order(represents).first {
            // No role in the delegation's organization: show the one held elsewhere, naming where.
            let elsewhere = order((represents + memberships).filter { $0.target != delegation.target && $0.role != nil }).first
            let role = delegation.role ?? memberships.first { $0.target == delegation.target }?.role
                ?? elsewhere.flatMap { relation in relation.role.map { "\($0) · \(label(relation.target))" } }
            return (delegation.target, role)
        }
        if let member = order(memberships).first { return (member.target, member.role) }
        return nil
    }
}
