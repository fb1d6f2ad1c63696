import Testing
@testable import EntityGraph

/// `NameKey` builds its key in a scratch buffer and keeps a text already in key form as it is:
/// the keys agree with a plain scalar-by-scalar folding on made-up strings of every kind of scalar.
@Suite struct NameKeyTests {
    /// The folding of `NameKey`'s documentation, written as simply as possible.
    static func reference(_ text: String) -> String {
        var out = "", pending = false
        func emit(_ s: String) {
            if pending, !out.isEmpty { out += " " }
            pending = false
            out += s
        }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x064B...0x065F, 0x0670, 0x0640, 0x00...0x08, 0x0E...0x1F, 0x7F...0x9F: continue
            case 0x0622, 0x0623, 0x0625, 0x0671: emit("\u{0627}")
            case 0x0649: emit("\u{064A}")
            case 0x0629: emit("\u{0647}")
            case 0x0660...0x0669: emit(String(v - 0x0660))
            case 0x06F0...0x06F9: emit(String(v - 0x06F0))
            case 0x2010...0x2015, 0x2D: pending = true; emit("-"); pending = true
            case 0x41...0x5A: emit(String(Character(Unicode.Scalar(v + 0x20) ?? " ")))
            default:
                if NameKey.isSeparator(scalar) { pending = true } else { emit(String(Character(scalar))) }
            }
        }
        return out
    }

    static let pieces = ["ا", "أ", "ة", "ى", "ـ", "ً", "ل", " ", "  ", "-", "–", "«", "»", "(", "A", "z", "٣", "۴", "\t", "\n",
                         "\u{0007}", "\u{0085}", "\u{200F}", "é", "e\u{0301}", "😀", "ک", "،", "؟", "'", "\"", "x"]

    @Test func agreesWithThePlainFolding() {
        var seed: UInt64 = 7
        for _ in 0..<5000 {
            var text = ""
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let length = Int(seed >> 58)
            for k in 0..<length {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                text += Self.pieces[Int(seed >> 33) % Self.pieces.count]
                if k % 7 == 6 { text += "وزارة الخارجية" }
            }
            let key = NameKey(text)
            #expect(key.value.unicodeScalars.elementsEqual(Self.reference(text).unicodeScalars), "\(text.unicodeScalars.map(\.value))")
            #expect(key.isSimple == NameKey.holdsOnlySimpleScalars(key.value))
        }
    }

    @Test func keepsAKeyAsItIs() {
        let long = String(repeating: "الهام احمد ", count: 200) + "x"
        #expect(NameKey(long).value == long)
        #expect(NameKey("وزارة الخارجية").value == "وزاره الخارجيه")
        #expect(NameKey("---").value == "- - -")
        #expect(NameKey("A-B").value == "a - b")
        #expect(NameKey("").value.isEmpty)
    }
}
