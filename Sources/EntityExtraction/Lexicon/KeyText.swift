import EntityGraph

/// Byte-level tests on name keys, each agreeing with its `String` counterpart: on a simple key
/// (ASCII and Arabic letters, see `NameKey.isSimple`) every scalar is a `Character`, so a byte
/// test is the `Character` test; other keys take the `String` path.
enum KeyText {
    /// `key.value.hasPrefix("ال")`.
    static func hasArticle(_ key: NameKey) -> Bool {
        guard key.isSimple else { return key.value.hasPrefix("\u{0627}\u{0644}") }
        let u = key.value.utf8
        var i = u.makeIterator()
        return i.next() == 0xD8 && i.next() == 0xA7 && i.next() == 0xD9 && i.next() == 0x84
    }

    /// `key.value.contains(" في ")`: the key has the word في inside it.
    static func hasInnerFi(_ key: NameKey) -> Bool {
        guard key.isSimple else { return key.value.contains(" \u{0641}\u{064A} ") }
        var value = key.value
        return value.withUTF8 { b in
            var i = 0
            while i + 6 <= b.count {
                if b[i] == 0x20 && b[i + 1] == 0xD9 && b[i + 2] == 0x81 && b[i + 3] == 0xD9 && b[i + 4] == 0x8A && b[i + 5] == 0x20 { return true }
                i += 1
            }
            return false
        }
    }

    /// `key.value.contains(" ")`: the key has more than one word.
    static func hasSpace(_ key: NameKey) -> Bool {
        key.isSimple ? key.value.utf8.contains(0x20) : key.value.contains(" ")
    }

    /// The words of a key: `key.split(separator: " ").map(String.init)`.
    static func words(_ key: String) -> [String] { PhraseTable<Bool>.words(key) }
}
