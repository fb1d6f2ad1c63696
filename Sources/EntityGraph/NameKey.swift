/// The matching form of a name: what two spellings of the same name have in common.
///
/// Folds what Arabic writers vary freely: diacritics, tatweel and control characters are dropped; alef forms (أ إ آ ٱ)
/// become ا, ى becomes ي, ة becomes ه; Arabic-Indic digits become ASCII; quotes, brackets,
/// punctuation and directional marks become spaces; dashes become " - "; runs of whitespace
/// collapse; Latin letters are lower-cased. The same folding as `../shared/eval/score.py`.
///
///     NameKey("«إلهامُ أحمد»") == NameKey("الهام احمد")   // true
public struct NameKey: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let value: String
    /// The key holds only ASCII and the Arabic letters U+0621–U+064A. Such a string is in NFC,
    /// so it equals, hashes and orders exactly as its UTF-8 bytes do, which skips the
    /// normalization checks of `String`'s own comparison and hashing.
    let simple: Bool
    /// Whether the key holds only ASCII and the Arabic letters U+0621–U+064A (see `simple`): then
    /// every scalar is a `Character` of its own, and `Character`-wise tests are byte-wise ones.
    public var isSimple: Bool { simple }

    public init(_ text: String) {
        // A key takes at most two bytes per byte of the text (a one-byte dash becomes " -").
        let key = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * text.utf8.count + 1) {
            NameKey.fold(text, into: Builder(buffer: $0))
        }
        value = key.value
        simple = key.simple
    }

    /// The key of `text`, built in `out`'s buffer. A text already in key form is returned as it
    /// is, without a new string. Native strings are decoded from their UTF-8 directly (a
    /// `String`'s bytes are always valid UTF-8).
    private static func fold(_ text: String, into out: Builder) -> (value: String, simple: Bool) {
        var out = out
        let same: Bool? = text.utf8.withContiguousStorageIfAvailable { b in
            var i = 0
            while i < b.count {
                let b0 = UInt32(b[i])
                if b0 < 0x80 {
                    step(b0, &out)
                    i += 1
                } else if b0 < 0xE0 {
                    step((b0 & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F), &out)
                    i += 2
                } else if b0 < 0xF0 {
                    step((b0 & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F), &out)
                    i += 3
                } else {
                    step((b0 & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F), &out)
                    i += 4
                }
            }
            return out.count == b.count && out.buffer.prefix(out.count).elementsEqual(b)
        }
        if same == nil {
            for scalar in text.unicodeScalars { step(scalar.value, &out) }
        }
        if same == true { return (text, out.simple) }
        return (String(decoding: UnsafeBufferPointer(rebasing: out.buffer[..<out.count]), as: UTF8.self), out.simple)
    }

    /// Folds one scalar into the key: Arabic and ASCII scalars are classified without Unicode
    /// property lookups (see `isSeparator` for the general case).
    @inline(__always) private static func step(_ v: UInt32, _ out: inout Builder) {
        switch v {
        case 0x064B...0x065F, 0x0670, 0x0640:
            return
        case 0x00...0x08, 0x0E...0x1F, 0x7F...0x9F:
            return   // control characters are no part of a name
        case 0x0622, 0x0623, 0x0625, 0x0671:
            out.emit(0x0627)
        case 0x0649:
            out.emit(0x064A)
        case 0x0629:
            out.emit(0x0647)
        case 0x0660...0x0669:
            out.emit(v - 0x0660 + 0x30)
        case 0x06F0...0x06F9:
            out.emit(v - 0x06F0 + 0x30)
        case 0x2010...0x2015, 0x2D:
            out.pendingSpace = true
            out.emit(0x2D)
            out.pendingSpace = true
        case 0x41...0x5A:
            out.emit(v + 0x20)
        case 0x09...0x0D, 0x20, 0x22, 0x27, 0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D, 0x3C, 0x3E, 0x2C, 0x2E,
             0x3A, 0x3B, 0x21, 0x3F, 0x060C, 0x061F:
            out.pendingSpace = true   // whitespace and the separators of `isSeparator`
        case 0x00...0x7F, 0x0621...0x064A:
            out.emit(v)               // no whitespace or separator among the rest
        case 0x0600...0x06FF:
            out.simple = false
            out.emit(v)
        default:
            if let scalar = Unicode.Scalar(v), NameKey.isSeparator(scalar) {
                out.pendingSpace = true
            } else {
                out.simple = false
                out.emit(v)
            }
        }
    }

    public static func == (a: NameKey, b: NameKey) -> Bool {
        if a.simple && b.simple {
            guard a.value.utf8.count == b.value.utf8.count else { return false }
            let same = a.value.utf8.withContiguousStorageIfAvailable { x in
                b.value.utf8.withContiguousStorageIfAvailable { y in x.elementsEqual(y) }
            }
            return (same ?? nil) ?? a.value.utf8.elementsEqual(b.value.utf8)
        }
        return a.value == b.value
    }

    /// As `String` hashes a string in NFC: its bytes, then 0xFF.
    public func hash(into hasher: inout Hasher) {
        if simple, let done: Void = value.utf8.withContiguousStorageIfAvailable({
            hasher.combine(bytes: UnsafeRawBufferPointer($0))
            hasher.combine(0xFF as UInt8)
        }) {
            return done
        }
        hasher.combine(value)
    }

    /// A key whose value is already a key's value (as a key's words joined by spaces are): kept
    /// as it is, not folded again.
    public init(normalized value: String) {
        self.value = value
        simple = NameKey.holdsOnlySimpleScalars(value)
    }

    /// Whether every scalar is ASCII or an Arabic letter U+0621–U+064A, by a scan of the UTF-8
    /// (those letters are D8 A1–D8 BF and D9 80–D9 8A).
    static func holdsOnlySimpleScalars(_ value: String) -> Bool {
        var value = value
        return value.withUTF8 { b in
            var i = 0
            while i < b.count {
                let byte = b[i]
                if byte < 0x80 { i += 1; continue }
                guard i + 1 < b.count else { return false }
                let next = b[i + 1]
                guard (byte == 0xD8 && next >= 0xA1 && next <= 0xBF) || (byte == 0xD9 && next >= 0x80 && next <= 0x8A) else { return false }
                i += 2
            }
            return true
        }
    }

    /// The UTF-8 of a key being built into a buffer large enough for it, with a space between words.
    private struct Builder {
        let buffer: UnsafeMutableBufferPointer<UInt8>
        var count = 0
        var pendingSpace = false
        var simple = true

        init(buffer: UnsafeMutableBufferPointer<UInt8>) { self.buffer = buffer }

        @inline(__always) private mutating func append(_ byte: UInt8) {
            buffer[count] = byte
            count += 1
        }

        @inline(__always) mutating func emit(_ v: UInt32) {
            if pendingSpace, count > 0 { append(0x20) }
            pendingSpace = false
            if v < 0x80 {
                append(UInt8(v))
            } else if v < 0x800 {
                append(UInt8(0xC0 | (v >> 6)))
                append(UInt8(0x80 | (v & 0x3F)))
            } else if v < 0x10000 {
                append(UInt8(0xE0 | (v >> 12)))
                append(UInt8(0x80 | ((v >> 6) & 0x3F)))
                append(UInt8(0x80 | (v & 0x3F)))
            } else {
                append(UInt8(0xF0 | (v >> 18)))
                append(UInt8(0x80 | ((v >> 12) & 0x3F)))
                append(UInt8(0x80 | ((v >> 6) & 0x3F)))
                append(UInt8(0x80 | (v & 0x3F)))
            }
        }
    }

    /// Characters that separate words in a name without being part of it.
    static func isSeparator(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x200C, 0x200D, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF:
            return true
        default:
            break
        }
        if s.properties.isWhitespace { return true }
        return "«»“”„\"'‘’()[]{}<>،,.:;!?؟".unicodeScalars.contains(s)
    }

    /// The number of space-separated words of the key.
    public var wordCount: Int {
        // ASCII and Arabic letters are each a Character of their own (but CR LF, which holds no
        // space): then words are runs between space bytes, as `split` would find them.
        guard simple else {
            return value.split(separator: " ").count
        }
        var count = 0, inWord = false
        for byte in value.utf8 {
            if byte == 0x20 { inWord = false } else if !inWord { inWord = true; count += 1 }
        }
        return count
    }
    public var isEmpty: Bool { value.isEmpty }

    /// `value.hasPrefix("ال")`, by bytes on a simple key.
    var hasArticle: Bool {
        guard simple else { return value.hasPrefix("\u{0627}\u{0644}") }
        var i = value.utf8.makeIterator()
        return i.next() == 0xD8 && i.next() == 0xA7 && i.next() == 0xD9 && i.next() == 0x84
    }
    public var description: String { value }
    public static func < (a: NameKey, b: NameKey) -> Bool {
        if a.simple && b.simple { return a.value.utf8.lexicographicallyPrecedes(b.value.utf8) }
        return a.value < b.value
    }
}
