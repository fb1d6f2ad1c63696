/// JSON written straight into UTF-8 bytes, in one layout: 2-space indentation, objects and arrays
/// that hold only scalars on one line, numbers as Swift's shortest round-tripping decimal,
/// non-ASCII text as UTF-8. The caller says which layout each value takes (`expanded` or flat),
/// so the same value always gives the same bytes.
struct JSONText {
    private(set) var bytes: [UInt8] = []

    /// Room for `count` bytes in all.
    mutating func reserve(_ count: Int) { bytes.reserveCapacity(count) }

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

    /// A JSON string literal: `"` and `\` escaped, controls as `\n`, `\t`, ... or `\u00XX`, and
    /// U+2028 and U+2029 as `\u2028` and `\u2029`; everything else as is (JSON allows any other
    /// scalar, and UTF-8 keeps it readable). Runs of bytes that need no escape are copied whole.
    static func quote(_ text: String, into out: inout [UInt8]) {
        out.append(0x22)
        var text = text
        text.withUTF8 { b in
            var run = 0, i = 0
            while i < b.count {
                let c = b[i]
                if c >= 0x20 && c != 0x22 && c != 0x5C && c != 0x7F && c != 0xE2 { i += 1; continue }
                var length = 1, control = false
                let escape: StaticString
                switch c {
                case 0x22: escape = "\\\""
                case 0x5C: escape = "\\\\"
                case 0x0A: escape = "\\n"
                case 0x0D: escape = "\\r"
                case 0x09: escape = "\\t"
                case 0xE2:
                    // U+2028 and U+2029 are E2 80 A8 and E2 80 A9; other scalars led by E2 stay.
                    guard i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0xA8 || b[i + 2] == 0xA9 else { i += 1; continue }
                    escape = b[i + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                    length = 3
                default:
                    escape = "\\u00"   // a control: two hex digits follow
                    control = true
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<i]))
                escape.withUTF8Buffer { out.append(contentsOf: $0) }
                if control {
                    out.append(hexDigit(c >> 4))
                    out.append(hexDigit(c & 0xF))
                }
                i += length
                run = i
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<b.count]))
        }
        out.append(0x22)
    }

    /// A lower-case hex digit.
    private static func hexDigit(_ value: UInt8) -> UInt8 { value < 10 ? 0x30 + value : 0x57 + value }
}
