/// A word as its UTF-8 bytes, for hashing and comparing without Unicode normalization.
///
/// Swift's `String` equality and hashing are canonical-equivalence aware, which costs an NFC
/// check on every non-ASCII lookup. Lexicon entries and tokens are already in one normalized
/// form (`Normalizer`), so comparing their bytes is both correct and much faster.
struct WordKey: Hashable, Sendable {
    let bytes: [UInt8]
    init(_ s: String) { bytes = Array(s.utf8) }
    init<S: StringProtocol>(_ s: S) { bytes = Array(s.utf8) }
}

/// A set of normalized words with byte-wise lookups (see `WordKey`).
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private var keys: Set<WordKey> = []
    init() {}
    init(arrayLiteral elements: String...) { for e in elements { insert(e) } }
    mutating func insert(_ s: String) { keys.insert(WordKey(s)) }
    func contains(_ s: String) -> Bool { keys.contains(WordKey(s)) }
    func contains<S: StringProtocol>(_ s: S) -> Bool { keys.contains(WordKey(s)) }
    var isEmpty: Bool { keys.isEmpty }
}

/// A dictionary from normalized words (see `WordKey`).
struct WordMap<Value: Sendable>: Sendable {
    private var storage: [WordKey: Value] = [:]
    init() {}
    subscript(_ s: String) -> Value? {
        get { storage[WordKey(s)] }
        set { storage[WordKey(s)] = newValue }
    }
    func contains(_ s: String) -> Bool { storage[WordKey(s)] != nil }
}
