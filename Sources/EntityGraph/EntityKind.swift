/// The four kinds of entity ERGraph extracts.
public enum EntityKind: String, Sendable, CaseIterable, Comparable {
    case person, organization, event, place

    public static func < (lhs: EntityKind, rhs: EntityKind) -> Bool { lhs.ordinal < rhs.ordinal }

    /// The position in `allCases`.
    var ordinal: Int {
        switch self {
        case .person: return 0
        case .organization: return 1
        case .event: return 2
        case .place: return 3
        }
    }
}
