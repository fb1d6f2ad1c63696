/// A word compared and hashed by its UTF-8 bytes, without Unicode normalization.
///
/// Swift's `String` equality and hashing are canonical-equivalence aware, which costs an NFC
/// check on every non-ASCII lookup. Lexicon entries and tokens are already in one normalized
/// form (`Normalizer`), so comparing their bytes is both correct and much faster. The string is
/// kept as is (words are mostly small strings, stored inline), so making a key allocates nothing.
struct WordKey: Hashable, Sendable {
    let text: String
    init(_ s: String) { text = s }
    init<S: StringProtocol>(_ s: S) { text = String(s) }

    static func == (a: WordKey, b: WordKey) -> Bool { WordKey.equal(a.text, b.text) }

    func hash(into hasher: inout Hasher) {
        if let done: Void = text.utf8.withContiguousStorageIfAvailable({ hasher.combine(bytes: UnsafeRawBufferPointer($0)) }) {
            return done
        }
        for byte in text.utf8 { hasher.combine(byte) }
    }

    /// Byte-wise equality of two strings.
    @inline(__always) static func equal(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        let same = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y in x.elementsEqual(y) }
        }
        if let same, let result = same { return result }
        return a.utf8.elementsEqual(b.utf8)
    }
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
