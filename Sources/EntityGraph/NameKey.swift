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

    public init(_ text: String) {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        func emit(_ s: Unicode.Scalar) {
            if pendingSpace, !out.isEmpty { out.append(" ") }
            pendingSpace = false
            out.append(s)
        }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x064B...0x065F, 0x0670, 0x0640:
                continue
            case 0x00...0x08, 0x0E...0x1F, 0x7F...0x9F:
                continue   // control characters are no part of a name
            case 0x0622, 0x0623, 0x0625, 0x0671:
                emit("\u{0627}")
            case 0x0649:
                emit("\u{064A}")
            case 0x0629:
                emit("\u{0647}")
            case 0x0660...0x0669:
                emit(Unicode.Scalar(v - 0x0660 + 0x30) ?? scalar)
            case 0x06F0...0x06F9:
                emit(Unicode.Scalar(v - 0x06F0 + 0x30) ?? scalar)
            case 0x2010...0x2015, 0x2D:
                pendingSpace = true
                emit("-")
                pendingSpace = true
            default:
                if NameKey.isSeparator(scalar) {
                    pendingSpace = true
                } else if v < 0x80, let lower = Unicode.Scalar(String(scalar).lowercased()) {
                    emit(lower)
                } else {
                    emit(scalar)
                }
            }
        }
        value = String(out)
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
    public var wordCount: Int { value.split(separator: " ").count }
    public var isEmpty: Bool { value.isEmpty }
    public var description: String { value }
    public static func < (a: NameKey, b: NameKey) -> Bool { a.value < b.value }
}
