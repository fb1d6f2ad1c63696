/// The distinct entities that share a name part, as far as the resolver asks about them: the
/// first two, and whether there are more. Stored inline, so a table of them allocates no sets.
struct FewOwners: Sendable {
    private var first: Int?
    private var second: Int?
    private var more = false

    /// Adds an owner (a repeat changes nothing).
    mutating func insert(_ owner: Int) {
        if first == nil { first = owner }
        else if first != owner && second == nil { second = owner }
        else if first != owner && second != owner { more = true }
    }

    /// The only owner, if there is exactly one.
    var only: Int? { second == nil ? first : nil }

    /// The only owner other than `excluded`, if there is exactly one.
    func only(excluding excluded: Int) -> Int? {
        guard !more, let first else { return nil }
        guard let second else { return first == excluded ? nil : first }
        if first == excluded { return second }
        return second == excluded ? first : nil
    }
}
