import Foundation

/// Turns a file's bytes into text: UTF-8 with or without a BOM, UTF-16 with a BOM (either byte
/// order), or Windows-1256 (the legacy Arabic code page) when the bytes are not valid UTF-8.
///
/// The BOM is removed and nothing else is changed, so offsets into the result are offsets into
/// the document as a reader sees it.
public enum TextDecoding {
    public static func decode(_ data: Data, path: String) throws -> String {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let text = String(validating: bytes.dropFirst(3), as: UTF8.self) else {
                throw ExtractionError.undecodableText(path: path, detail: "a UTF-8 byte-order mark followed by invalid UTF-8")
            }
            return text
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            let body = bytes.dropFirst(2)
            guard body.count % 2 == 0 else {
                throw ExtractionError.undecodableText(path: path, detail: "UTF-16 with an odd number of bytes")
            }
            var units: [UInt16] = []
            units.reserveCapacity(body.count / 2)
            var index = body.startIndex
            while index < body.endIndex {
                let a = UInt16(body[index]), b = UInt16(body[index + 1])
                units.append(little ? (b << 8 | a) : (a << 8 | b))
                index += 2
            }
            guard let text = String(validating: units, as: UTF16.self) else {
                throw ExtractionError.undecodableText(path: path, detail: "invalid UTF-16")
            }
            return text
        }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        if looksLikeWindows1256(bytes) { return decodeWindows1256(bytes) }
        throw ExtractionError.undecodableText(path: path, detail: "neither UTF-8, UTF-16 with a BOM, nor Windows-1256 Arabic")
    }

    /// Windows-1256 text is mostly Arabic letters (0xC1...0xFE) and ASCII; anything with NULs or
    /// few high Arabic bytes is something else.
    static func looksLikeWindows1256(_ bytes: [UInt8]) -> Bool {
        var high = 0, arabic = 0
        for b in bytes {
            if b == 0 { return false }
            if b >= 0x80 {
                high += 1
                if b >= 0xC1 { arabic += 1 }
            }
        }
        return high > 0 && arabic * 2 >= high
    }

    static func decodeWindows1256(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        for b in bytes {
            let value = b < 0x80 ? UInt32(b) : windows1256High[Int(b) - 0x80]
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars)
    }

    /// Code points of bytes 0x80...0xFF in Windows-1256.
    static let windows1256High: [UInt32] = [
        0x20AC, 0x067E, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0679, 0x2039, 0x0152, 0x0686, 0x0698, 0x0688,
        0x06AF, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x06A9, 0x2122, 0x0691, 0x203A, 0x0153, 0x200C, 0x200D, 0x06BA,
        0x00A0, 0x060C, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7, 0x00A8, 0x00A9, 0x06BE, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,
        0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7, 0x00B8, 0x00B9, 0x061B, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x061F,
        0x06C1, 0x0621, 0x0622, 0x0623, 0x0624, 0x0625, 0x0626, 0x0627, 0x0628, 0x0629, 0x062A, 0x062B, 0x062C, 0x062D, 0x062E, 0x062F,
        0x0630, 0x0631, 0x0632, 0x0633, 0x0634, 0x0635, 0x0636, 0x00D7, 0x0637, 0x0638, 0x0639, 0x063A, 0x0640, 0x0641, 0x0642, 0x0643,
        0x00E0, 0x0644, 0x00E2, 0x0645, 0x0646, 0x0647, 0x0648, 0x00E7, 0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x0649, 0x064A, 0x00EE, 0x00EF,
        0x064B, 0x064C, 0x064D, 0x064E, 0x00F4, 0x064F, 0x0650, 0x00F7, 0x0651, 0x00F9, 0x0652, 0x00FB, 0x00FC, 0x200E, 0x200F, 0x06D2,
    ]
}
