import EntityGraph

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
}
