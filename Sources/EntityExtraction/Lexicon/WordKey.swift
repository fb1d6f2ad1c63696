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

/// A hash table from normalized words to values, comparing words by their UTF-8 bytes (see
/// `WordKey`): open addressing over one 64-bit hash of the bytes (8 at a time), so a lookup
/// allocates nothing and a miss (the common case for word lists) usually costs one hash and one
/// empty slot.
struct WordTable<Value: Sendable>: Sendable {
    /// The words, in insertion order; `values[i]` belongs to `keys[i]`.
    private(set) var keys: [String] = []
    var values: [Value] = []
    private var hashes: [UInt64] = []
    /// Indices into `keys`, or -1; the count is a power of two, at least twice `keys.count`
    /// (none until the first insertion: many small tables stay empty).
    private var slots: [Int32] = []
    /// A Bloom filter over the high hash bits, 8 bits a slot: small enough to stay in cache, so
    /// most misses are answered without touching `slots` of a large table.
    private var filter: [UInt64] = []

    var isEmpty: Bool { keys.isEmpty }

    @inline(__always) static func hash(_ s: String) -> UInt64 {
        if let h = s.utf8.withContiguousStorageIfAvailable({ hash(UnsafeRawBufferPointer($0)) }) { return h }
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in s.utf8 { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return h ^ (h >> 32)
    }

    @inline(__always) static func hash(_ b: UnsafeRawBufferPointer) -> UInt64 {
        let n = b.count
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 &* UInt64(n &+ 1)
        var i = 0
        while i + 8 <= n {
            h = (h ^ b.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 29
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < n {
            tail |= UInt64(b[i]) << shift
            shift += 8
            i += 1
        }
        h = (h ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        return h ^ (h >> 32)
    }

    /// The index of `s` in `keys`, if present.
    @inline(__always) func index(of s: String) -> Int? { index(of: s, hash: WordTable.hash(s)) }

    func index(of s: String, hash h: UInt64) -> Int? {
        if filter.isEmpty { return nil }
        let bit = Int(truncatingIfNeeded: h >> 40) & (filter.count &* 64 &- 1)
        if filter[bit >> 6] & (1 << UInt64(bit & 63)) == 0 { return nil }
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let e = Int(slots[i])
            if e < 0 { return nil }
            if hashes[e] == h && WordKey.equal(keys[e], s) { return e }
            i = (i + 1) & mask
        }
    }

    subscript(_ s: String) -> Value? { index(of: s).map { values[$0] } }

    /// The index of `s`, added with `value` when absent.
    mutating func insert(_ s: String, _ value: @autoclosure () -> Value) -> (index: Int, inserted: Bool) {
        let h = WordTable.hash(s)
        if let e = index(of: s, hash: h) { return (e, false) }
        keys.append(s)
        values.append(value())
        hashes.append(h)
        if keys.count * 2 > slots.count {
            slots = Array(repeating: -1, count: max(16, slots.count * 2))
            filter = Array(repeating: 0, count: slots.count / 8)
            for e in keys.indices { place(e) }
        } else {
            place(keys.count - 1)
        }
        return (keys.count - 1, true)
    }

    private mutating func place(_ e: Int) {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: hashes[e]) & mask
        while slots[i] >= 0 { i = (i + 1) & mask }
        slots[i] = Int32(e)
        let bit = Int(truncatingIfNeeded: hashes[e] >> 40) & (filter.count &* 64 &- 1)
        filter[bit >> 6] |= 1 << UInt64(bit & 63)
    }
}

/// A set of normalized words with byte-wise lookups (see `WordKey`).
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private var table = WordTable<Bool>()
    init() {}
    init(arrayLiteral elements: String...) { for e in elements { insert(e) } }
    mutating func insert(_ s: String) { _ = table.insert(s, true) }
    /// Inserts the normalized key (`Normalizer.key`) of each word of a lexicon list.
    mutating func insertKeys(_ words: [String]?) { for w in words ?? [] { insert(Normalizer.key(w)) } }
    func contains(_ s: String) -> Bool { table.index(of: s) != nil }
    func contains<S: StringProtocol>(_ s: S) -> Bool { contains(String(s)) }
    var isEmpty: Bool { table.isEmpty }
    /// The words of the set.
    var members: [String] { table.keys }
}

/// A dictionary from normalized words (see `WordKey`).
struct WordMap<Value: Sendable>: Sendable {
    /// A word set to nil keeps its slot with no value.
    private var table = WordTable<Value?>()
    init() {}
    subscript(_ s: String) -> Value? {
        get { table[s] ?? nil }
        set {
            let (e, _) = table.insert(s, nil)
            table.values[e] = newValue
        }
    }
    func contains(_ s: String) -> Bool { self[s] != nil }
    /// Every word ever set (with a value or not).
    var keys: [String] { table.keys }
}
