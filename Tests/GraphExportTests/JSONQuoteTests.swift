import Testing
@testable import GraphExport

/// `JSONText.quote` copies runs of bytes and escapes byte by byte: it writes what escaping
/// scalar by scalar writes, on every kind of scalar it treats apart.
@Suite struct JSONQuoteTests {
    /// Escaping scalar by scalar, as the JSON writer first did.
    static func reference(_ text: String) -> [UInt8] {
        var out: [UInt8] = [0x22]
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\"".utf8
            case "\\": out += "\\\\".utf8
            case "\n": out += "\\n".utf8
            case "\r": out += "\\r".utf8
            case "\t": out += "\\t".utf8
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    out += ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8
                } else {
                    UTF8.encode(scalar) { out.append($0) }
                }
            }
        }
        out.append(0x22)
        return out
    }

    static let pieces: [String] = (0..<0x20).compactMap { Unicode.Scalar($0).map { String(Character($0)) } }
        + ["\u{7F}", "\u{80}", "\u{85}", "\"", "\\", "/", "a", "ب", "\u{2028}", "\u{2029}", "\u{2027}", "\u{202A}", "“", "”", "…",
           "\u{E2}", "😀", "\r\n", " "]

    @Test func writesWhatScalarByScalarEscapingWrites() {
        var seed: UInt64 = 3
        for _ in 0..<3000 {
            var text = ""
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            for _ in 0..<Int(seed >> 59) {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                text += Self.pieces[Int(seed >> 33) % Self.pieces.count]
            }
            var out: [UInt8] = []
            JSONText.quote(text, into: &out)
            #expect(out == Self.reference(text), "\(text.unicodeScalars.map(\.value))")
        }
    }
}
