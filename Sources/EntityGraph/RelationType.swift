/// The typed, directed relations of DESIGN.md; the raw values are the names used everywhere
/// (JSON, GraphML, DOT, CLI).
public enum RelationType: String, Sendable, CaseIterable, Comparable {
    case attended, organized, represents, memberOf, partOf, heldAt, locatedIn, cooperatesWith, opposes, leads

    /// `cooperatesWith` and `opposes` hold in both directions; they are stored once, with the
    /// endpoints in id order, so `A cooperatesWith B` and `B cooperatesWith A` are one relation.
    public var isSymmetric: Bool { self == .cooperatesWith || self == .opposes }

    /// The position of the raw value among all raw values in `String` order.
    var rawValueRank: Int { RelationType.rawValueRanks[self] ?? 0 }

    private static let rawValueRanks: [RelationType: Int] = Dictionary(uniqueKeysWithValues:
        allCases.sorted { $0.rawValue < $1.rawValue }.enumerated().map { ($1, $0) })

    public static func < (lhs: RelationType, rhs: RelationType) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
