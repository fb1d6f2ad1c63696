extension Graph {
    /// The union of two graphs: the same entity in both (same kind, a shared name key) becomes one
    /// entity listing the documents of both, and the same relation keeps the evidence of both.
    public func merging(_ other: Graph) -> Graph {
        Graph(documents: documents + other.documents,
              entities: entities + other.entities,
              relations: relations + other.relations)
    }

    /// The union of many graphs, as by repeated `merging`, in one pass.
    public static func merged(_ graphs: [Graph]) -> Graph {
        Graph(documents: graphs.flatMap(\.documents),
              entities: graphs.flatMap(\.entities),
              relations: graphs.flatMap(\.relations))
    }
}

/// Brings entities and relations to canonical form (see `Graph`).
enum Canonicalizer {
    struct Result {
        var documents: [SourceDocument]
        var entities: [Entity]
        var relations: [Relation]
    }

    static func canonicalize(documents: [SourceDocument], entities: [Entity], relations: [Relation]) -> Result {
        let docs = sortedUnique(documents)
        // Each entity's label key, computed once: a merge key, and what its id is made of.
        let labelKeys = entities.map { NameKey($0.label) }
        var groups = UnionFind(count: entities.count)
        var owner = Array(repeating: [NameKey: Int](), count: EntityKind.allCases.count)
        for (index, entity) in entities.enumerated() {
            // (The order of one entity's keys, and a key met twice, do not change the groups.)
            entity.forEachMergeKey(labelKey: labelKeys[index]) { key in
                let kind = entity.kind.ordinal
                if let first = owner[kind][key] {
                    groups.union(first, index)
                } else {
                    owner[kind][key] = index
                }
            }
        }
        // The groups in the order of their first member (their order is settled by the sort below).
        var slot = Array(repeating: -1, count: entities.count)
        var members: [[Int]] = []
        for index in entities.indices {
            let root = groups.find(index)
            if slot[root] < 0 { slot[root] = members.count; members.append([]) }
            members[slot[root]].append(index)
        }

        let grouped = members.map { mergeEntities($0, of: entities, labelKeys: labelKeys) }
        // An id is derived from kind + label key, and the label key is a merge key (an event's id
        // is its only merge key), so two groups never share an id (short of an FNV collision).
        let byID = grouped.indices.sorted { grouped[$0].id < grouped[$1].id }
        // Each entity's new id, with its rank among the distinct new ids (id order is rank order).
        var rank = Array(repeating: 0, count: grouped.count)
        for (position, group) in byID.enumerated() where position > 0 {
            let previous = byID[position - 1]
            rank[group] = grouped[previous].id == grouped[group].id ? rank[previous] : rank[previous] + 1
        }
        var newID: [String: Endpoint] = [:]
        newID.reserveCapacity(entities.count)
        for (group, indices) in members.enumerated() {
            for index in indices { newID[entities[index].id] = Endpoint(id: grouped[group].id, rank: rank[group]) }
        }
        return Result(documents: docs, entities: byID.map { grouped[$0] }, relations: canonicalRelations(relations, newID: newID))
    }

    /// A relation's endpoint after merging: the entity's id, and the rank of that id among the
    /// graph's ids (so ids compare as their ranks do).
    struct Endpoint {
        var id: String
        var rank: Int
    }

    /// `Relation.Identity` with ids as ranks and the type as the rank of its raw value: the same
    /// equality and order, at the cost of integers.
    struct RankedIdentity: Hashable, Comparable {
        var source: Int
        var type: Int
        var target: Int
        var role: String

        static func < (a: RankedIdentity, b: RankedIdentity) -> Bool {
            (a.source, a.type, a.target) != (b.source, b.type, b.target)
                ? (a.source, a.type, a.target) < (b.source, b.type, b.target) : a.role < b.role
        }
    }

    /// Relations with their endpoints renamed by `newID` (dropped when an endpoint has none, or
    /// when both are one entity), one per identity with the evidence of all, sorted by identity
    /// and numbered.
    static func canonicalRelations(_ relations: [Relation], newID: [String: Endpoint]) -> [Relation] {
        var rels: [Relation] = []
        var identities: [RankedIdentity] = []
        var byIdentity: [RankedIdentity: Int] = [:]
        byIdentity.reserveCapacity(relations.count)
        for relation in relations {
            guard var source = newID[relation.source], var target = newID[relation.target], source.rank != target.rank
            else { continue }
            // (What `Relation.init` does with the ids.)
            if relation.type.isSymmetric, target.rank < source.rank { swap(&source, &target) }
            let remapped = Relation(source: source.id, type: relation.type, target: target.id, role: relation.role,
                                    evidence: relation.evidence)
            let identity = RankedIdentity(source: source.rank, type: relation.type.rawValueRank, target: target.rank,
                                          role: remapped.role ?? "")
            if let index = byIdentity[identity] {
                rels[index].evidence += remapped.evidence   // in place, no copy
            } else {
                byIdentity[identity] = rels.count
                rels.append(remapped)
                identities.append(identity)
            }
        }
        // Identities are unique, so the order is total.
        let order = rels.indices.sorted { identities[$0] < identities[$1] }
        var result: [Relation] = []
        result.reserveCapacity(rels.count)
        for (number, index) in order.enumerated() {
            var r = rels[index]
            r.evidence = sortedUnique(r.evidence)
            r.id = "r" + String(number + 1)
            result.append(r)
        }
        return result
    }

    /// One entity from several that are the same (`group` indexes `entities`): the best-attested
    /// label, every other form as an alias, every mention, and the first stated latin label,
    /// subtype, date and place.
    static func mergeEntities(_ group: [Int], of entities: [Entity], labelKeys: [NameKey]) -> Entity {
        if group.count == 1 {
            // What the general case gives for one entity, without hashing and sorting what is in order.
            var result = entities[group[0]]
            if !isAscending(result.aliases) || result.aliases.contains(result.label) || result.aliases.contains("") {
                var forms = Set(result.aliases)
                forms.remove(result.label)
                forms.remove("")
                result.aliases = forms.sorted()
            }
            result.mentions = sortedUnique(result.mentions)
            if result.kind != .event { result.id = StableID.entity(kind: result.kind, key: labelKeys[group[0]]) }
            return result
        }
        let sizes = group.map { (entities[$0].mentions.count, entities[$0].label.unicodeScalars.count) }
        let ordered = group.indices.sorted { a, b in
            sizes[a] != sizes[b] ? sizes[a] > sizes[b] : entities[group[a]].label < entities[group[b]].label
        }.map { entities[group[$0]] }
        var merged = mergeEntities(ordered)
        // Events merge by id only, and keep it.
        if merged.kind == .event, let first = ordered.first { merged.id = first.id }
        return merged
    }

    /// One entity from several that are the same, ordered best first.
    static func mergeEntities(_ ordered: [Entity]) -> Entity {
        guard let result = ordered.first else { return Entity(kind: .person, label: "") }
        var forms = Set(ordered.flatMap(\.surfaceForms))
        forms.remove(result.label)
        forms.remove("")
        return Entity(kind: result.kind, label: result.label, aliases: forms.sorted(),
                      labelLatin: ordered.lazy.compactMap(\.labelLatin).first,
                      subtype: ordered.lazy.compactMap(\.subtype).first,
                      date: ordered.lazy.compactMap(\.date).first,
                      place: ordered.lazy.compactMap(\.place).first,
                      mentions: sortedUnique(ordered.flatMap(\.mentions)))
    }
}

/// The elements in ascending order without repeats. A list that already is (as every list of a
/// graph read back or merged from canonical graphs mostly is) costs one pass instead of a sort.
func sortedUnique<T: Comparable & Hashable>(_ items: [T]) -> [T] {
    var index = 1
    while index < items.count, items[index - 1] < items[index] { index += 1 }
    if index >= items.count { return items }
    // (The sort finds the ascending runs that concatenated sorted lists are made of.)
    let sorted = items.sorted()
    var unique: [T] = []
    unique.reserveCapacity(sorted.count)
    for item in sorted where unique.last != item { unique.append(item) }
    return unique
}

/// Strictly ascending (so also without repeats).
func isAscending<T: Comparable>(_ items: [T]) -> Bool {
    var index = 1
    while index < items.count, items[index - 1] < items[index] { index += 1 }
    return index >= items.count
}

/// Disjoint sets over 0..<count with path halving and union by index (smaller root wins, so the
/// result does not depend on hashing).
struct UnionFind {
    private var parent: [Int]

    init(count: Int) { parent = Array(0..<count) }

    mutating func find(_ x: Int) -> Int {
        var x = x
        while parent[x] != x {
            parent[x] = parent[parent[x]]
            x = parent[x]
        }
        return x
    }

    mutating func union(_ a: Int, _ b: Int) {
        let ra = find(a), rb = find(b)
        if ra == rb { return }
        if ra < rb { parent[rb] = ra } else { parent[ra] = rb }
    }
}
