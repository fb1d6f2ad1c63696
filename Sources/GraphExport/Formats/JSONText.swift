/// JSON written straight into UTF-8 bytes, in one layout: 2-space indentation, objects and arrays
/// that hold only scalars on one line, numbers as Swift's shortest round-tripping decimal,
/// non-ASCII text as UTF-8. The caller says which layout each value takes (`expanded` or flat),
/// so the same value always gives the same bytes.
struct JSONText {
    private(set) var bytes: [UInt8] = []

    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func null() { raw("null") }

    /// Decimal digits, as `String(value)` writes them.
    mutating func int(_ value: Int) {
        guard value >= 0 else { bytes += String(value).utf8; return }
        let start = bytes.count
        var rest = value
        repeat {
            bytes.append(0x30 + UInt8(rest % 10))
            rest /= 10
        } while rest > 0
        bytes[start...].reverse()
    }

    mutating func double(_ value: Double) {
        if value.isFinite { bytes += value.description.utf8 } else { null() }
    }

    mutating func string(_ value: String) { Self.quote(value, into: &bytes) }

    mutating func optional(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    /// `"key": ` (the separator of a flat object's members is the caller's).
    mutating func key(_ name: StaticString) {
        bytes.append(0x22)
        raw(name)
        raw("\": ")
    }

    /// An object or array of non-scalar members at nesting level `indent`: each member on its
    /// own line one level deeper, written by `member`; an empty one as `[]` or `{}`.
    mutating func expanded<C: Collection>(_ items: C, open: UInt8, close: UInt8, indent: Int,
                                          _ member: (inout JSONText, C.Element) -> Void) {
        bytes.append(open)
        if items.isEmpty { bytes.append(close); return }
        bytes.append(0x0A)
        var remaining = items.count
        for item in items {
            pad(indent + 1)
            member(&self, item)
            remaining -= 1
            if remaining > 0 { bytes.append(0x2C) }
            bytes.append(0x0A)
        }
        pad(indent)
        bytes.append(close)
    }

    /// A one-line array of strings: `["a", "b"]`.
    mutating func flatStrings(_ items: [String]) {
        bytes.append(0x5B)
        for (index, item) in items.enumerated() {
            if index > 0 { raw(", ") }
            string(item)
        }
        bytes.append(0x5D)
    }

    /// Two spaces per level.
    mutating func pad(_ indent: Int) {
        bytes.append(contentsOf: repeatElement(0x20, count: 2 * indent))
    }

    /// A JSON string literal: `"` and `\` escaped, controls as `\n`, `\t`, ... or `\u00XX`;
    /// everything else as is (JSON allows any other scalar, and UTF-8 keeps it readable).
    static func quote(_ text: String, into out: inout [UInt8]) {
        out.append(0x22)
        // Most strings need no escape: then they are copied whole. (0xE2 leads U+2028 and U+2029,
        // among others: a string with it takes the scalar loop below.)
        func special(_ b: UInt8) -> Bool { b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F || b == 0xE2 }
        let plain = text.utf8.withContiguousStorageIfAvailable { !$0.contains(where: special) } ?? !text.utf8.contains(where: special)
        if plain {
            out += text.utf8
            out.append(0x22)
            return
        }
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
    }
}
