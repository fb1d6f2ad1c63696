/// Deterministic ASCII identifiers for entities.
///
/// An entity's id is its kind, a dash, and 12 hex digits of the FNV-1a hash of its name key:
/// the same name of the same kind gives the same id in every run and on every machine, and the
/// result is a valid XML NMTOKEN and DOT identifier.
///
///     StableID.entity(kind: .person, label: "إلهام أحمد")   // "person-…12 hex digits…"
public enum StableID {
    public static func entity(kind: EntityKind, label: String) -> String {
        entity(kind: kind, key: NameKey(label))
    }

    public static func entity(kind: EntityKind, key: NameKey) -> String {
        // Written as bytes into one string: "kind-" and 12 hex digits.
        let prefix = kind.rawValue.utf8, value = fnv1a64(key.value)
        return String(unsafeUninitializedCapacity: prefix.count + 13) { buffer in
            var n = 0
            for byte in prefix { buffer[n] = byte; n += 1 }
            buffer[n] = 0x2D
            n += 1
            writeHex12(value, into: UnsafeMutableBufferPointer(rebasing: buffer[n...]))
            return n + 12
        }
    }

    /// An event's id: events are happenings, not names, so the id is scoped to the document that
    /// tells the event and numbered among its events of the same label (the document id is taken
    /// as written, not folded like a name).
    public static func event(label: NameKey, document: String, ordinal: Int) -> String {
        entity(kind: .event, key: NameKey(normalized: label.value + "\u{1F}" + document + "\u{1F}" + String(ordinal)))
    }

    /// FNV-1a, 64-bit, over the UTF-8 bytes: stable across processes (unlike `Hasher`).
    static func fnv1a64(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// The low 48 bits as 12 lower-case hex digits.
    static func hex12(_ value: UInt64) -> String {
        String(unsafeUninitializedCapacity: 12) { buffer in
            writeHex12(value, into: buffer)
            return 12
        }
    }

    /// The low 48 bits as 12 lower-case hex digits at the start of `buffer`.
    private static func writeHex12(_ value: UInt64, into buffer: UnsafeMutableBufferPointer<UInt8>) {
        for k in 0..<12 {
            let digit = UInt8((value >> UInt64(44 - 4 * k)) & 0xF)
            buffer[k] = digit < 10 ? 0x30 + digit : 0x57 + digit
        }
    }
}
