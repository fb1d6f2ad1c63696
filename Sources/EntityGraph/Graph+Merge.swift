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
        let docs = Array(Set(documents)).sorted()
        var groups = UnionFind(count: entities.count)
        var owner: [EntityKind: [NameKey: Int]] = [:]
        for (index, entity) in entities.enumerated() {
            // (The order of one entity's keys does not change the groups.)
            for key in entity.mergeKeys {
                if let first = owner[entity.kind]?[key] {
                    groups.union(first, index)
                } else {
                    owner[entity.kind, default: [:]][key] = index
                }
            }
        }
        var members: [Int: [Int]] = [:]
        for index in entities.indices { members[groups.find(index), default: []].append(index) }

        var merged: [Entity] = []
        var newID: [String: String] = [:]
        for indices in members.values {
            let entity = mergeEntities(indices.map { entities[$0] })
            merged.append(entity)
            for index in indices { newID[entities[index].id] = entity.id }
        }
        // An id is derived from kind + label key, and the label key is a merge key, so two groups
        // never share an id (short of an FNV collision).
        merged.sort { $0.id < $1.id }

        var byIdentity: [Relation.Identity: Relation] = [:]
        for relation in relations {
            guard let source = newID[relation.source], let target = newID[relation.target], source != target
            else { continue }
            let remapped = Relation(source: source, type: relation.type, target: target, role: relation.role,
                                    evidence: relation.evidence)
            if byIdentity[remapped.identity] != nil {
                byIdentity[remapped.identity]?.evidence += remapped.evidence   // in place, no copy
            } else {
                byIdentity[remapped.identity] = remapped
            }
        }
        var rels = byIdentity.values.map { relation -> Relation in
            var r = relation
            r.evidence = sortedUnique(r.evidence)
            return r
        }
        rels.sort { $0.identity < $1.identity }
        for index in rels.indices { rels[index].id = "r\(index + 1)" }
        return Result(documents: docs, entities: merged, relations: rels)
    }

    /// One entity from several that are the same: the best-attested label, every other form as an
    /// alias, every mention, and the first stated latin label, subtype, date and place.
    static func mergeEntities(_ group: [Entity]) -> Entity {
        let ordered = group.sorted { a, b in
            let ka = (a.mentions.count, a.label.unicodeScalars.count)
            let kb = (b.mentions.count, b.label.unicodeScalars.count)
            return ka != kb ? ka > kb : a.label < b.label
        }
        guard let result = ordered.first else { return Entity(kind: .person, label: "") }
        let aliases: [String]
        if group.count == 1, isAscending(result.aliases), !result.aliases.contains(result.label), !result.aliases.contains("") {
            aliases = result.aliases   // what the set below would give, without hashing and sorting
        } else {
            var forms = Set(ordered.flatMap(\.surfaceForms))
            forms.remove(result.label)
            forms.remove("")
            aliases = forms.sorted()
        }
        return Entity(kind: result.kind, label: result.label, aliases: aliases,
                            labelLatin: ordered.lazy.compactMap(\.labelLatin).first,
                            subtype: ordered.lazy.compactMap(\.subtype).first,
                            date: ordered.lazy.compactMap(\.date).first,
                            place: ordered.lazy.compactMap(\.place).first,
                            mentions: sortedUnique(group.count == 1 ? result.mentions : ordered.flatMap(\.mentions)))
    }
}

/// The elements in ascending order without repeats. A list that already is (as every list of a
/// graph read back or merged from canonical graphs mostly is) costs one pass instead of a sort.
func sortedUnique<T: Comparable & Hashable>(_ items: [T]) -> [T] {
    var index = 1
    while index < items.count, items[index - 1] < items[index] { index += 1 }
    if index >= items.count { return items }
    return Array(Set(items)).sorted()
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
