/// An entity graph: documents, entities and the relations between them, always in canonical form.
///
/// Canonical form is what makes outputs deterministic and merging a plain union: entities of one
/// kind that share a name key (see `Entity.mergeKeys`) are one entity; relations are unique by
/// (source, type, target, role) with all their evidence kept; entities are sorted by id, relations
/// by identity and numbered `r1`, `r2`, ... in that order. Relations whose endpoints are not in the
/// graph, and relations from an entity to itself, are dropped.
///
///     let g = Graph(documents: docs, entities: people + places, relations: edges)
///     let both = g.merging(other)    // same people in both are one node listing both documents
public struct Graph: Hashable, Sendable {
    public private(set) var documents: [SourceDocument]
    public private(set) var entities: [Entity]
    public private(set) var relations: [Relation]

    public init(documents: [SourceDocument] = [], entities: [Entity] = [], relations: [Relation] = []) {
        let canonical = Canonicalizer.canonicalize(documents: documents, entities: entities, relations: relations)
        self.documents = canonical.documents
        self.entities = canonical.entities
        self.relations = canonical.relations
    }

    /// The empty graph.
    public static let empty = Graph()

    /// The entity with this id, if any.
    /// - Complexity: O(log n): entities are sorted by id.
    public func entity(id: String) -> Entity? {
        var low = 0, high = entities.count
        while low < high {
            let mid = (low + high) / 2
            if entities[mid].id < id { low = mid + 1 } else { high = mid }
        }
        return low < entities.count && entities[low].id == id ? entities[low] : nil
    }

    /// The graph with each entity's `labelLatin` set to `latin(entity)`. The canonical form does
    /// not depend on Latin labels (ids, merging and order come from kinds, names and mentions),
    /// so the graph is not brought to it again.
    package func settingLatinLabels(_ latin: (Entity) -> String?) -> Graph {
        var graph = self
        for i in graph.entities.indices { graph.entities[i].labelLatin = latin(graph.entities[i]) }
        return graph
    }

    /// The graph with only the given entities and the relations among them.
    public func subgraph(entityIDs: Set<String>) -> Graph {
        Graph(documents: documents,
              entities: entities.filter { entityIDs.contains($0.id) },
              relations: relations.filter { entityIDs.contains($0.source) && entityIDs.contains($0.target) })
    }
}
