import EntityGraph

/// Small queries on a graph for readable assertions.
extension Graph {
    func entity(named name: String, kind: EntityKind? = nil) -> Entity? {
        let key = NameKey(name)
        return entities.first { e in (kind == nil || e.kind == kind) && e.surfaceForms.contains { NameKey($0) == key } }
    }

    func has(_ source: String, _ type: RelationType, _ target: String, role: String? = nil) -> Bool {
        guard let s = entity(named: source), let t = entity(named: target) else { return false }
        return relations.contains { r in
            let ends = (r.source == s.id && r.target == t.id) || (type.isSymmetric && r.source == t.id && r.target == s.id)
            return ends && r.type == type && (role == nil || NameKey(r.role ?? "") == NameKey(role!))
        }
    }

    func names(_ kind: EntityKind) -> [String] { entities.filter { $0.kind == kind }.map(\.label).sorted() }
}
