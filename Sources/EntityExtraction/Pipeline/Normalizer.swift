/// A document in two forms: the original scalars, and a normalized matching form with a map from
/// every normalized scalar back to the original one.
///
/// Matching works on `scalars`; everything that is shown or stored (mention text, evidence) is cut
/// from `original` through `origin`, so outputs quote the text as written.
public struct NormalizedText: Sendable {
    /// The text as decoded.
    public let original: [Unicode.Scalar]
    /// The matching form (see `Normalizer.fold`).
    public let scalars: [Unicode.Scalar]
    /// `origin[i]` is the index in `original` of `scalars[i]`; `origin[scalars.count] == original.count`.
    public let origin: [Int]

    /// Original offsets of the normalized half-open range `start..<end`. Diacritics that follow the
    /// last letter belong to it.
    public func originalRange(_ start: Int, _ end: Int) -> Range<Int> {
        guard end > start else { return origin[start]..<origin[start] }
        var upper = origin[end - 1] + 1
        while upper < original.count, Normalizer.isDiacritic(original[upper]) { upper += 1 }
        return origin[start]..<upper
    }

    /// The original text of a normalized range.
    public func originalText(_ start: Int, _ end: Int) -> String {
        String(scalars: original[originalRange(start, end)])
    }

    /// The normalized text of a range.
    public func text(_ start: Int, _ end: Int) -> String {
        String(scalars: scalars[start..<end])
    }
}

/// Builds the matching form of a text: no diacritics or tatweel; alef forms (أ إ آ ٱ) → ا,
/// ى → ي, ة → ه; Arabic-Indic digits → ASCII; every quote → `"`; every dash → `-`; other spaces
/// → " "; Latin lower-cased; invisible format characters dropped.
///
///     Normalizer.normalize("«إلهامُ»").scalars   // "\"الهام\""
///
/// - Complexity: O(n), one pass.
public enum Normalizer {
    public static func normalize(_ text: String) -> NormalizedText {
        let original = Array(text.unicodeScalars)
        var scalars: [Unicode.Scalar] = []
        var origin: [Int] = []
        scalars.reserveCapacity(original.count)
        origin.reserveCapacity(original.count + 1)
        for (index, scalar) in original.enumerated() {
            if let folded = fold(scalar) {
                scalars.append(folded)
                origin.append(index)
            }
        }
        origin.append(original.count)
        return NormalizedText(original: original, scalars: scalars, origin: origin)
    }

    /// The matching form of a short string (a lexicon entry), with spaces collapsed.
    public static func key(_ text: String) -> String {
        isKey(text) ? text : keyByScalars(text)
    }

    /// `key`, scalar by scalar: the definition its fast path must agree with.
    static func keyByScalars(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var space = false
        for scalar in text.unicodeScalars {
            guard let f = fold(scalar) else { continue }
            if f == " " || f == "\n" {
                space = !out.isEmpty
                continue
            }
            if space { out.append(0x20); space = false }
            let v = f.value
            if v < 0x80 {
                out.append(UInt8(v))
            } else if v < 0x800 {
                out.append(UInt8(0xC0 | (v >> 6))); out.append(UInt8(0x80 | (v & 0x3F)))
            } else if v < 0x10000 {
                out.append(UInt8(0xE0 | (v >> 12))); out.append(UInt8(0x80 | ((v >> 6) & 0x3F))); out.append(UInt8(0x80 | (v & 0x3F)))
            } else {
                out.append(UInt8(0xF0 | (v >> 18))); out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
                out.append(UInt8(0x80 | ((v >> 6) & 0x3F))); out.append(UInt8(0x80 | (v & 0x3F)))
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `key(text)` is `text` itself: only lower-case ASCII (no quote or control) and
    /// Arabic letters that fold to themselves, words separated by single spaces. Most lookups
    /// are of such words (tokens, name keys), and this byte scan spares building a new string.
    @inline(__always) static func isKey(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            let n = b.count
            if n == 0 { return true }
            if b[0] == 0x20 || b[n - 1] == 0x20 { return false }
            var i = 0
            while i < n {
                let c = b[i]
                if c < 0x80 {
                    if c == 0x20 {
                        if b[i - 1] == 0x20 { return false }
                    } else if c < 0x20 || c == 0x27 || c == 0x7F || (c >= 0x41 && c <= 0x5A) {
                        return false
                    }
                    i += 1
                } else if i + 1 < n, c == 0xD8 || c == 0xD9 {
                    // U+0621–U+064A, less the forms that fold: آ أ إ (D8 A2, A3, A5), ة (D8 A9), ـ (D9 80), ى (D9 89).
                    let d = b[i + 1]
                    if c == 0xD8 {
                        if d < 0xA1 || d > 0xBF || d == 0xA2 || d == 0xA3 || d == 0xA5 || d == 0xA9 { return false }
                    } else if d < 0x81 || d > 0x8A || d == 0x89 {
                        return false
                    }
                    i += 2
                } else {
                    return false
                }
            }
            return true
        }
    }

    /// Harakat and tatweel: marks that belong to the letter before them.
    static func isDiacritic(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x064B...0x065F, 0x0670, 0x0640, 0x06D6...0x06ED: return true
        default: return false
        }
    }

    /// The matching form of one scalar, or nil when it is dropped.
    @inline(__always)
    public static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        let v = s.value
        if v < 0x80 {
            if v >= 0x41 && v <= 0x5A { return Unicode.Scalar(v + 0x20) }
            if v == 0x27 { return "\"" }
            if v == 0x09 || v == 0x0B || v == 0x0C || v == 0x0D { return " " }
            return s
        }
        switch v {
        case 0x064B...0x065F, 0x0670, 0x0640, 0x06D6...0x06ED:
            return nil
        case 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF, 0x00AD:
            return nil
        case 0x0622, 0x0623, 0x0625, 0x0671:
            return "\u{0627}"
        case 0x0649:
            return "\u{064A}"
        case 0x0629:
            return "\u{0647}"
        case 0x0660...0x0669:
            return Unicode.Scalar(v - 0x0660 + 0x30)
        case 0x06F0...0x06F9:
            return Unicode.Scalar(v - 0x06F0 + 0x30)
        case 0x00AB, 0x00BB, 0x201C, 0x201D, 0x201E, 0x201F, 0x2018, 0x2019, 0x201A, 0x201B, 0x2039, 0x203A,
             0x2032, 0x2033, 0x300C, 0x300D, 0xFF02:
            return "\""
        case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D:
            return "-"
        case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
            return " "
        case 0x2028, 0x2029, 0x0085:
            return "\n"
        case 0x066B:
            return "."
        case 0x066C:
            return ","
        default:
            if v >= 0xC0 && v <= 0x24F, let lower = String(s).lowercased().unicodeScalars.first,
               String(s).lowercased().unicodeScalars.count == 1 {
                return lower
            }
            return s
        }
    }
}

extension String {
    /// The string of these scalars, encoded straight to UTF-8: much cheaper than appending them
    /// one by one to a `String.UnicodeScalarView`.
    init(scalars: ArraySlice<Unicode.Scalar>) {
        var count = 0
        for s in scalars { count += UTF8.width(s) }
        if count == 0 { self = ""; return }
        self = String(unsafeUninitializedCapacity: count) { buffer in
            var n = 0
            for s in scalars {
                let v = s.value
                if v < 0x80 {
                    buffer[n] = UInt8(v); n += 1
                } else if v < 0x800 {
                    buffer[n] = UInt8(0xC0 | (v >> 6)); buffer[n + 1] = UInt8(0x80 | (v & 0x3F)); n += 2
                } else if v < 0x10000 {
                    buffer[n] = UInt8(0xE0 | (v >> 12)); buffer[n + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buffer[n + 2] = UInt8(0x80 | (v & 0x3F)); n += 3
                } else {
                    buffer[n] = UInt8(0xF0 | (v >> 18)); buffer[n + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    buffer[n + 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); buffer[n + 3] = UInt8(0x80 | (v & 0x3F)); n += 4
                }
            }
            return n
        }
    }
}
