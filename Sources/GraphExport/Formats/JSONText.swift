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

    func printed() -> String { String(decoding: printedBytes(), as: UTF8.self) }

    /// The printed form as UTF-8 (written into bytes: appending to a `String` costs more).
    func printedBytes() -> [UInt8] {
        var out: [UInt8] = []
        write(to: &out, indent: 0)
        out.append(0x0A)
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

    private func write(to out: inout [UInt8], indent: Int) {
        switch self {
        case .null: out += "null".utf8
        case let .bool(value): out += (value ? "true" : "false").utf8
        case let .int(value): out += String(value).utf8
        case let .double(value): out += (value.isFinite ? "\(value)" : "null").utf8
        case let .string(value): Self.quote(value, into: &out)
        case let .array(items):
            if items.isEmpty { out += "[]".utf8; return }
            if isFlat {
                out.append(0x5B)
                for (index, item) in items.enumerated() {
                    if index > 0 { out += ", ".utf8 }
                    item.write(to: &out, indent: indent)
                }
                out.append(0x5D)
                return
            }
            out += "[\n".utf8
            for (index, item) in items.enumerated() {
                Self.pad(indent + 1, into: &out)
                item.write(to: &out, indent: indent + 1)
                out += (index + 1 < items.count ? ",\n" : "\n").utf8
            }
            Self.pad(indent, into: &out)
            out.append(0x5D)
        case let .object(members):
            if members.isEmpty { out += "{}".utf8; return }
            if isFlat {
                out.append(0x7B)
                for (index, (key, value)) in members.enumerated() {
                    if index > 0 { out += ", ".utf8 }
                    Self.quote(key, into: &out)
                    out += ": ".utf8
                    value.write(to: &out, indent: indent)
                }
                out.append(0x7D)
                return
            }
            out += "{\n".utf8
            for (index, (key, value)) in members.enumerated() {
                Self.pad(indent + 1, into: &out)
                Self.quote(key, into: &out)
                out += ": ".utf8
                value.write(to: &out, indent: indent + 1)
                out += (index + 1 < members.count ? ",\n" : "\n").utf8
            }
            Self.pad(indent, into: &out)
            out.append(0x7D)
        }
    }

    /// Two spaces per level.
    private static func pad(_ indent: Int, into out: inout [UInt8]) {
        out.append(contentsOf: repeatElement(0x20, count: 2 * indent))
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
