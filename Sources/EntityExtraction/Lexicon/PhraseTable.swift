/// Multi-word phrases indexed by their first word, for longest-match lookup over tokens.
///
/// Phrases are stored in normalized form (`Normalizer.key`) as word arrays. Looking up a position
/// costs two hash lookups (first word, then second) plus a comparison per candidate phrase
/// starting with those two words.
struct PhraseTable<Value: Sendable>: Sendable {
    struct Entry: Sendable {
        var words: [String]
        var keys: [WordKey]
        var value: Value
    }
    /// The phrases of one first word.
    struct Bucket: Sendable {
        /// Longest first; among phrases of one length, in insertion order.
        var entries: [Entry] = []
        /// The phrases of two words or more by their second word, in the order of `entries`.
        var bySecond = WordTable<[Entry]>()
        /// The value of the one-word phrase, if there is one.
        var single: Value?
    }
    private var byFirst = WordTable<Bucket>()

    var isEmpty: Bool { byFirst.isEmpty }
    /// The words some phrase starts with.
    var firstWords: [String] { byFirst.keys }

    /// Some phrase starts with `word` (normalized).
    func startsPhrase(_ word: String) -> Bool { byFirst.index(of: word) != nil }

    /// Adds a phrase; a phrase already present keeps its first value unless `replace`.
    mutating func insert(_ phrase: String, _ value: Value, replace: Bool = false) {
        insert(words: PhraseTable.words(Normalizer.key(phrase)), value, replace: replace)
    }

    /// `insert` of a phrase already split into normalized words (`words(Normalizer.key(phrase))`).
    mutating func insert(words: [String], _ value: Value, replace: Bool = false) {
        guard let first = words.first else { return }
        let keys = words.map(WordKey.init)
        let e = byFirst.insert(first, Bucket()).index
        let n = words.count
        if let existing = byFirst.values[e].entries.firstIndex(where: { $0.keys == keys }) {
            guard replace else { return }
            byFirst.values[e].entries[existing].value = value
            if n == 1 {
                byFirst.values[e].single = value
            } else if let s = byFirst.values[e].bySecond.index(of: words[1]),
                      let j = byFirst.values[e].bySecond.values[s].firstIndex(where: { $0.keys == keys }) {
                byFirst.values[e].bySecond.values[s][j].value = value
            }
        } else {
            // Longest first; among phrases of one length, in insertion order.
            let entry = Entry(words: words, keys: keys, value: value)
            let at = byFirst.values[e].entries.firstIndex(where: { $0.words.count < n }) ?? byFirst.values[e].entries.count
            byFirst.values[e].entries.insert(entry, at: at)
            if n == 1 {
                byFirst.values[e].single = value
            } else {
                let s = byFirst.values[e].bySecond.insert(words[1], []).index
                let at = byFirst.values[e].bySecond.values[s].firstIndex(where: { $0.words.count < n }) ?? byFirst.values[e].bySecond.values[s].count
                byFirst.values[e].bySecond.values[s].insert(entry, at: at)
            }
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
        guard let first = words.first, let e = byFirst.index(of: first) else { return nil }
        // A one-word phrase's value is the bucket's `single`.
        if words.count == 1 { return byFirst.values[e].single }
        for entry in byFirst.values[e].entries where entry.keys.count == words.count {
            var k = 1
            while k < words.count, WordKey.equal(entry.keys[k].text, words[k]) { k += 1 }
            if k == words.count { return entry.value }
        }
        return nil
    }

    /// The longest phrase starting at `tokens[index]`, whose first word is `first` (the token or
    /// one of its clitic-stripped forms) and whose other words equal the following tokens' texts.
    /// Returns the number of tokens matched and the value.
    func match(_ tokens: [Token], at index: Int, first: String) -> (length: Int, value: Value)? {
        guard let e = byFirst.index(of: first) else { return nil }
        // Every phrase of two words or more that can match has the next token as its second word,
        // and all of them come before the one-word phrase: the scan of all entries, in less.
        if index + 1 < tokens.count, let s = byFirst.values[e].bySecond.index(of: tokens[index + 1].text) {
            for entry in byFirst.values[e].bySecond.values[s] {
                let n = entry.words.count
                if index + n > tokens.count { continue }
                var ok = true
                var k = 2
                while k < n {
                    if !WordKey.equal(tokens[index + k].text, entry.keys[k].text) { ok = false; break }
                    k += 1
                }
                if ok { return (n, entry.value) }
            }
        }
        if index + 1 <= tokens.count, let value = byFirst.values[e].single { return (1, value) }
        return nil
    }
}
