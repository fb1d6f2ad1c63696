/// The names of one document's entities, for `Resolver.rescan`: phrases of normalized words by
/// their first word, longest first and, within a length, in insertion order. Matches as
/// `PhraseTable.match` does, at a fraction of its set-up cost (a document builds one table).
struct NameTable {
    private struct Entry {
        var words: [String]
        var value: Int
    }
    private var byFirst = WordTable<[Entry]>()

    var isEmpty: Bool { byFirst.isEmpty }

    /// Adds a phrase (`PhraseTable.words(Normalizer.key(phrase))`); one already present keeps its value.
    mutating func insert(words: [String], _ value: Int) {
        guard let first = words.first else { return }
        let e = byFirst.insert(first, []).index
        if byFirst.values[e].contains(where: { Self.same($0.words, words) }) { return }
        let at = byFirst.values[e].firstIndex { $0.words.count < words.count } ?? byFirst.values[e].count
        byFirst.values[e].insert(Entry(words: words, value: value), at: at)
    }

    /// The value of exactly this phrase.
    func lookup(words: [String]) -> Int? {
        guard let first = words.first, let e = byFirst.index(of: first) else { return nil }
        return byFirst.values[e].first { Self.same($0.words, words) }?.value
    }

    /// The longest phrase at `tokens[index]` whose first word is `first` and whose other words are
    /// the following tokens' texts: the number of tokens and the value.
    func match(_ tokens: [Token], at index: Int, first: String) -> (length: Int, value: Int)? {
        guard let e = byFirst.index(of: first) else { return nil }
        for entry in byFirst.values[e] {
            let n = entry.words.count
            if index + n > tokens.count { continue }
            var k = 1
            while k < n, WordKey.equal(tokens[index + k].text, entry.words[k]) { k += 1 }
            if k == n { return (n, entry.value) }
        }
        return nil
    }

    private static func same(_ a: [String], _ b: [String]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { WordKey.equal($0, $1) }
    }
}
