/// Finds an entity by any of its names, as a user types it.
///
/// A name matches an entity when its `NameKey` equals the key of the entity's label or of any
/// alias, so spelling variants (hamza forms, ة/ه, diacritics) find it too. An unknown name gets
/// an error listing the closest names in the graph.
public struct EntityLookup: Sendable {
    private let graph: Graph
    private var byKey: [NameKey: [String]] = [:]

    public init(graph: Graph) {
        self.graph = graph
        for entity in graph.entities {
            for form in entity.surfaceForms {
                let key = NameKey(form)
                if !key.isEmpty, !(byKey[key]?.contains(entity.id) ?? false) { byKey[key, default: []].append(entity.id) }
            }
        }
    }

    /// The entity named `name` (or with that id). When several entities share the name, the one
    /// mentioned most often wins, then the smallest id.
    public func find(_ name: String, kinds: Set<EntityKind> = Set(EntityKind.allCases)) throws(ViewError) -> Entity {
        if let byID = graph.entity(id: name), kinds.contains(byID.kind) { return byID }
        let candidates = (byKey[NameKey(name)] ?? []).compactMap(graph.entity(id:)).filter { kinds.contains($0.kind) }
        if let best = candidates.max(by: { ($0.mentions.count, $1.id) < ($1.mentions.count, $0.id) }) { return best }
        throw ViewError.unknownEntity(name: name, closest: closest(to: name, kinds: kinds))
    }

    /// Up to `limit` labels nearest to `name` by edit distance over name keys.
    public func closest(to name: String, kinds: Set<EntityKind>, limit: Int = 5) -> [String] {
        let target = Array(NameKey(name).value.unicodeScalars)
        var scored: [(distance: Int, label: String)] = []
        for entity in graph.entities where kinds.contains(entity.kind) {
            let best = entity.surfaceForms.map { Self.distance(target, Array(NameKey($0).value.unicodeScalars)) }.min() ?? Int.max
            scored.append((best, DisplayText.sanitize(entity.label)))
        }
        scored.sort { ($0.distance, $0.label) < ($1.distance, $1.label) }
        var seen = Set<String>()
        var result: [String] = []
        for candidate in scored where result.count < limit && seen.insert(candidate.label).inserted {
            result.append(candidate.label)
        }
        return result
    }

    /// Levenshtein distance with a single row.
    /// - Complexity: O(a·b).
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var row = Array(0...b.count)
        for i in 1...a.count {
            var previous = row[0]
            row[0] = i
            for j in 1...b.count {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return row[b.count]
    }
}

/// Why a view cannot be drawn.
public enum ViewError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownEntity(name: String, closest: [String])
    case missingFocus(view: String)
    case nothingToDraw(view: String, reason: String)

    public var description: String {
        switch self {
        case let .unknownEntity(name, closest):
            return "no entity named '\(DisplayText.sanitize(name))' in the graph"
                + (closest.isEmpty ? "" : "; closest names: " + closest.joined(separator: ", "))
        case let .missingFocus(view):
            return "the \(view) view needs --focus NAME"
        case let .nothingToDraw(view, reason):
            return "the \(view) view has nothing to draw: \(reason)"
        }
    }
}
