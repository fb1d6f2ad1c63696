/// How senior a role is, for ordering people in org charts: lower ranks come first.
///
/// The ranks themselves are language data (ERGraph's Arabic roles live in EntityExtraction's
/// resources); this type only carries the lookup, so exporting stays language-neutral.
public struct RoleRanking: Sendable {
    /// The rank given to people with no stated role.
    public static let unstated = 9

    private let lookup: @Sendable (String) -> Int?

    public init(_ lookup: @escaping @Sendable (String) -> Int?) {
        self.lookup = lookup
    }

    /// Every role ranks the same: people are ordered by name alone.
    public static let flat = RoleRanking { _ in nil }

    public func rank(of role: String?) -> Int {
        guard let role, !role.isEmpty else { return Self.unstated }
        return lookup(role) ?? Self.unstated - 1
    }
}
