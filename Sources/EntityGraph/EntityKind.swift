/// The four kinds of entity ERGraph extracts.
public enum EntityKind: String, Sendable, CaseIterable, Comparable {
    case person, organization, event, place

    public static func < (lhs: EntityKind, rhs: EntityKind) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
