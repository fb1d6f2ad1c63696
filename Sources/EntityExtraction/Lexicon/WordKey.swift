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

/// A Bloom filter with one hash function over the words of a set: most words looked up in a
/// word list are not in it, and this answers "certainly not" for them far cheaper than a hash
/// table lookup. It only grows (words are never removed from the lexicon).
struct WordFilter: Sendable {
    private var bits: [UInt64] = Array(repeating: 0, count: 16)
    private var words: [String] = []

    /// FNV-1a over the UTF-8 bytes.
    @inline(__always) static func hash(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in s.utf8 { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return h ^ (h >> 29)
    }

    mutating func insert(_ s: String) {
        words.append(s)
        if words.count * 16 > bits.count * 64 {
            bits = Array(repeating: 0, count: bits.count * 2)
            for w in words { set(w) }
        } else {
            set(s)
        }
    }

    private mutating func set(_ s: String) {
        let bit = Int(truncatingIfNeeded: WordFilter.hash(s) & UInt64(bits.count * 64 - 1))
        bits[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    /// False when `s` was certainly never inserted.
    @inline(__always) func mayContain(_ s: String) -> Bool {
        let bit = Int(truncatingIfNeeded: WordFilter.hash(s) & UInt64(bits.count * 64 - 1))
        return bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }
}

/// A set of normalized words with byte-wise lookups (see `WordKey`).
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private var keys: Set<WordKey> = []
    private var filter = WordFilter()
    init() {}
    init(arrayLiteral elements: String...) { for e in elements { insert(e) } }
    mutating func insert(_ s: String) { if keys.insert(WordKey(s)).inserted { filter.insert(s) } }
    func contains(_ s: String) -> Bool { filter.mayContain(s) && keys.contains(WordKey(s)) }
    func contains<S: StringProtocol>(_ s: S) -> Bool { contains(String(s)) }
    var isEmpty: Bool { keys.isEmpty }
    /// The words of the set.
    var members: Set<WordKey> { keys }
}

/// A dictionary from normalized words (see `WordKey`).
struct WordMap<Value: Sendable>: Sendable {
    private var storage: [WordKey: Value] = [:]
    private var filter = WordFilter()
    init() {}
    subscript(_ s: String) -> Value? {
        get { filter.mayContain(s) ? storage[WordKey(s)] : nil }
        set {
            if newValue != nil, storage[WordKey(s)] == nil { filter.insert(s) }
            storage[WordKey(s)] = newValue
        }
    }
    func contains(_ s: String) -> Bool { self[s] != nil }
}
