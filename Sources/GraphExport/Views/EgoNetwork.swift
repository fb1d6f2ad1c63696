/// The neighbourhood of one entity: every entity within `depth` relations of it (in either
/// direction), and the relations among them.
///
///     let ids = EgoNetwork.distances(from: leader.id, depth: 1, in: graph).keys
public enum EgoNetwork {
    /// The distance, in relations taken as undirected, of every entity at most `depth` away from
    /// `center` (the centre itself at 0).
    /// - Complexity: O(entities + relations): breadth-first.
    public static func distances(from center: String, depth: Int, in graph: Graph) -> [String: Int] {
        var neighbours: [String: [String]] = [:]
        for relation in graph.relations {
            neighbours[relation.source, default: []].append(relation.target)
            neighbours[relation.target, default: []].append(relation.source)
        }
        var distance: [String: Int] = [center: 0]
        var queue = [center]
        var head = 0
        while head < queue.count {
            let id = queue[head]
            head += 1
            let d = distance[id, default: 0]
            guard d < depth else { continue }
            for other in neighbours[id] ?? [] where distance[other] == nil {
                distance[other] = d + 1
                queue.append(other)
            }
        }
        return distance
    }
}
