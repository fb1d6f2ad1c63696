/// A JSON value with its object keys in a chosen order, and a printer that writes the same bytes
/// for the same value: 2-space indentation, objects and arrays that hold only scalars on one line,
/// numbers as Swift's shortest round-tripping decimal, non-ASCII text as UTF-8.
enum JSONText: Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONText])
    case object([(String, JSONText)])

    static func == (a: JSONText, b: JSONText) -> Bool { a.printed() == b.printed() }

    static func optional(_ text: String?) -> JSONText { text.map { .string($0) } ?? .null }

    func printed() -> String {
        var out = ""
        write(to: &out, indent: 0)
        out += "\n"
        return out
    }

    private var isScalar: Bool {
        switch self {
        case .array, .object: return false
        default: return true
        }
    }

    private var isFlat: Bool {
        switch self {
        case let .array(items): return items.allSatisfy(\.isScalar)
        case let .object(members): return members.allSatisfy(\.1.isScalar)
        default: return true
        }
    }

    private func write(to out: inout String, indent: Int) {
        switch self {
        case .null: out += "null"
        case let .bool(value): out += value ? "true" : "false"
        case let .int(value): out += String(value)
        case let .double(value): out += value.isFinite ? "\(value)" : "null"
        case let .string(value): Self.quote(value, into: &out)
        case let .array(items):
            if items.isEmpty { out += "[]"; return }
            if isFlat {
                out += "["
                for (index, item) in items.enumerated() {
                    if index > 0 { out += ", " }
                    item.write(to: &out, indent: indent)
                }
                out += "]"
                return
            }
            let pad = String(repeating: "  ", count: indent + 1)
            out += "[\n"
            for (index, item) in items.enumerated() {
                out += pad
                item.write(to: &out, indent: indent + 1)
                out += index + 1 < items.count ? ",\n" : "\n"
            }
            out += String(repeating: "  ", count: indent) + "]"
        case let .object(members):
            if members.isEmpty { out += "{}"; return }
            if isFlat {
                out += "{"
                for (index, (key, value)) in members.enumerated() {
                    if index > 0 { out += ", " }
                    Self.quote(key, into: &out)
                    out += ": "
                    value.write(to: &out, indent: indent)
                }
                out += "}"
                return
            }
            let pad = String(repeating: "  ", count: indent + 1)
            out += "{\n"
            for (index, (key, value)) in members.enumerated() {
                out += pad
                Self.quote(key, into: &out)
                out += ": "
                value.write(to: &out, indent: indent + 1)
                out += index + 1 < members.count ? ",\n" : "\n"
            }
            out += String(repeating: "  ", count: indent) + "}"
        }
    }

    /// A JSON string literal: `"` and `\` escaped, controls as `\n`, `\t`, ... or `\u00XX`;
    /// everything else as is (JSON allows any other scalar, and UTF-8 keeps it readable).
    static func quote(_ text: String, into out: inout String) {
        out += "\""
        // Most strings need no escape: then they are copied whole. (0xE2 leads U+2028 and U+2029,
        // among others: a string with it takes the scalar loop below.)
        func special(_ b: UInt8) -> Bool { b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F || b == 0xE2 }
        let plain = text.utf8.withContiguousStorageIfAvailable { !$0.contains(where: special) } ?? !text.utf8.contains(where: special)
        if plain {
            out += text
            out += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
