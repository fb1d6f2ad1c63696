/// Multi-word phrases indexed by their first word, for longest-match lookup over tokens.
///
/// Phrases are stored in normalized form (`Normalizer.key`) as word arrays. Looking up a position
/// costs one hash lookup plus a comparison per candidate phrase starting with that word.
struct PhraseTable<Value: Sendable>: Sendable {
    struct Entry: Sendable {
        var words: [String]
        var keys: [WordKey]
        var value: Value
    }
    /// The phrases by first word, longest first.
    private var byFirst = WordTable<[Entry]>()

    var isEmpty: Bool { byFirst.isEmpty }
    /// The words some phrase starts with.
    var firstWords: [String] { byFirst.keys }

    /// Adds a phrase; a phrase already present keeps its first value unless `replace`.
    mutating func insert(_ phrase: String, _ value: Value, replace: Bool = false) {
        let words = PhraseTable.words(Normalizer.key(phrase))
        guard let first = words.first else { return }
        let keys = words.map(WordKey.init)
        let e = byFirst.insert(first, []).index
        // Longest first; among phrases of one length, in insertion order.
        if let existing = byFirst.values[e].firstIndex(where: { $0.keys == keys }) {
            if replace { byFirst.values[e][existing].value = value }
        } else {
            let n = words.count
            let at = byFirst.values[e].firstIndex(where: { $0.words.count < n }) ?? byFirst.values[e].count
            byFirst.values[e].insert(Entry(words: words, keys: keys, value: value), at: at)
        }
    }

    /// `key.split(separator: " ").map(String.init)`, without the Character-wise split when each
    /// scalar is a Character of its own (ASCII and Arabic letters): then words are runs of bytes.
    static func words(_ key: String) -> [String] {
        if !key.utf8.contains(0x20) { return key.isEmpty ? [] : [key] }
        let fast: [String]? = key.utf8.withContiguousStorageIfAvailable { b in
            var words: [String] = []
            var start = 0, i = 0
            while i < b.count {
                let byte = b[i]
                if byte < 0x80 {
                    if byte == 0x20 {
                        if i > start { words.append(String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)) }
                        start = i + 1
                    }
                    i += 1
                } else if i + 1 < b.count, (byte == 0xD8 && b[i + 1] >= 0xA1) || (byte == 0xD9 && b[i + 1] <= 0x8A) {
                    i += 2   // U+0621–U+064A
                } else {
                    return nil
                }
            }
            if i > start { words.append(String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)) }
            return words
        } ?? nil
        return fast ?? key.split(separator: " ").map(String.init)
    }

    func contains(_ phrase: String) -> Bool { lookup(phrase) != nil }

    /// The value of an exact phrase.
    func lookup(_ phrase: String) -> Value? {
        let words = PhraseTable.words(Normalizer.key(phrase))
        guard let first = words.first else { return nil }
        let keys = words.map(WordKey.init)
        return byFirst[first]?.first(where: { $0.keys == keys })?.value
    }

    /// The longest phrase starting at `tokens[index]`, whose first word is `first` (the token or
    /// one of its clitic-stripped forms) and whose other words equal the following tokens' texts.
    /// Returns the number of tokens matched and the value.
    func match(_ tokens: [Token], at index: Int, first: String) -> (length: Int, value: Value)? {
        guard let e = byFirst.index(of: first) else { return nil }
        let entries = byFirst.values[e]
        for entry in entries {
            let n = entry.words.count
            if index + n > tokens.count { continue }
            var ok = true
            var k = 1
            while k < n {
                if !WordKey.equal(tokens[index + k].text, entry.keys[k].text) { ok = false; break }
                k += 1
            }
            if ok { return (n, entry.value) }
        }
        return nil
    }
}
