import EntityGraph

/// Keys cut into words without splitting and joining strings, where their bytes allow it.
extension KeyText {
    /// A key of three words or more split before its last word: the key of the words before it
    /// (joined by single spaces) and the last word; nil for fewer words. A simple key whose words
    /// are separated by single spaces (as `NameKey` builds them) is cut at its last space;
    /// any other is `words(key.value)` dropped and joined.
    static func splitLastWord(_ key: NameKey) -> (rest: NameKey, last: String)? {
        var value = key.value
        if key.isSimple, let (spaces, lastSpace) = value.withUTF8(singleSpaces) {
            guard spaces >= 2 else { return nil }
            let cut = value.utf8.index(value.utf8.startIndex, offsetBy: lastSpace)
            return (NameKey(normalized: String(value[..<cut])), String(value[value.utf8.index(after: cut)...]))
        }
        let words = KeyText.words(key.value)
        guard words.count >= 3, let last = words.last else { return nil }
        return (NameKey(normalized: words.dropLast().joined(separator: " ")), last)
    }

    /// The number of spaces and the offset of the last one (-1 for none), or nil when a space
    /// leads, trails or follows another.
    private static func singleSpaces(_ b: UnsafeBufferPointer<UInt8>) -> (count: Int, last: Int)? {
        if b.first == 0x20 || b.last == 0x20 { return nil }
        var count = 0, last = -1
        for i in b.indices where b[i] == 0x20 {
            if last >= 0 && last == i - 1 { return nil }
            count += 1
            last = i
        }
        return (count, last)
    }

    /// A key's words, its proper prefixes (the first word, the first two, ...) and its proper
    /// suffixes (the last word, the last two, ...), each as a key of words joined by single spaces.
    /// A simple key whose words are separated by single spaces is cut at its spaces; any other is
    /// split into `words(key.value)` and joined.
    static func parts(_ key: NameKey) -> (words: [NameKey], prefixes: [NameKey], suffixes: [NameKey]) {
        var value = key.value
        if key.isSimple, value.withUTF8(singleSpaces) != nil {
            let utf8 = value.utf8
            let spaces = utf8.indices.filter { utf8[$0] == 0x20 }
            var bounds = [utf8.startIndex]
            for space in spaces { bounds.append(space); bounds.append(utf8.index(after: space)) }
            bounds.append(utf8.endIndex)
            let words = stride(from: 0, to: bounds.count, by: 2).map { NameKey(normalized: String(value[bounds[$0]..<bounds[$0 + 1]])) }
            let prefixes = spaces.map { NameKey(normalized: String(value[..<$0])) }
            let suffixes = spaces.reversed().map { NameKey(normalized: String(value[utf8.index(after: $0)...])) }
            return (words, prefixes, suffixes)
        }
        let w = KeyText.words(key.value)
        guard w.count >= 2 else { return (w.map { NameKey(normalized: $0) }, [], []) }
        return (w.map { NameKey(normalized: $0) },
                (1..<w.count).map { NameKey(normalized: w.prefix($0).joined(separator: " ")) },
                (1..<w.count).map { NameKey(normalized: w.suffix($0).joined(separator: " ")) })
    }
}
