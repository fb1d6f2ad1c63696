/// Makes text from documents safe to show: the one place where untrusted strings are cleaned
/// before GraphML, DOT, SVG, PNG or PDF see them. (JSON does not use it: it stays lossless.)
///
/// `sanitize` removes what no output should carry and keeps everything a reader should see:
/// - tabs, line breaks (CR, LF, CRLF, VT, FF, NEL, U+2028, U+2029) become one space each;
/// - every other C0/C1 control and DEL is removed (Graphviz writes U+0001 into SVG as is,
///   which makes the SVG not well-formed);
/// - the bidi embedding, override and isolate controls U+202A–U+202E and U+2066–U+2069 are
///   removed, so a name cannot reverse the text drawn after it; ordinary right-to-left text, and
///   the LRM/RLM/ALM marks, are kept;
/// - noncharacters (U+FDD0–U+FDEF, U+FFFE, U+FFFF and their supplementary-plane counterparts)
///   are removed, so no XML-illegal character is ever written.
///
/// Encoding for a particular format (XML escaping, Graphviz's backslash escapes) is not done
/// here but by each writer, on text that is already sanitized.
///
///     DisplayText.sanitize("a\u{202E}b\nc\u{1}")   // "ab c"
public enum DisplayText {
    public static func sanitize(_ text: String) -> String {
        // Most text needs no change: then it is returned as is, without being rebuilt.
        // Bytes first: every scalar `changes` lists is ASCII or has one of these lead bytes.
        guard text.utf8.contains(where: { b in b < 0x20 || b == 0x7F || b == 0xC2 || b == 0xE2 || b == 0xEF || b >= 0xF0 }),
              text.unicodeScalars.contains(where: { changes($0.value) }) else { return text }
        var out = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            defer { previousWasCR = v == 0x0D }
            switch v {
            case 0x0A where previousWasCR:
                continue
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029:
                out.append(" ")
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0xFDD0...0xFDEF:
                continue
            default:
                if v & 0xFFFE == 0xFFFE { continue }
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Whether `sanitize` replaces or removes a scalar (the cases of its `switch`).
    @inline(__always) static func changes(_ v: UInt32) -> Bool {
        switch v {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028...0x202E, 0x2066...0x2069, 0xFDD0...0xFDEF: return true
        default: return v & 0xFFFE == 0xFFFE
        }
    }

    /// `text` cut to at most `limit` characters (grapheme clusters), ending in "…" when cut.
    /// Used for drawn labels only; GraphML and JSON keep the full text.
    public static func truncated(_ text: String, limit: Int) -> String {
        guard limit > 0, text.count > limit else { return text }
        return String(text.prefix(limit - 1)) + "…"
    }
}
