/// How plain text is written into Graphviz's escaped-string attributes (`label`, `tooltip`,
/// `id`), so that it shows exactly as written.
///
/// - A backslash is doubled: `\N`, `\G`, `\E`, `\T`, `\H`, `\L`, `\n`, `\l`, `\r` in a name are
///   not expanded, and a trailing backslash cannot escape the closing quote.
/// - A line break becomes Graphviz's `\n` (centered line).
/// - An `&` that starts something shaped like an XML entity (`&amp;`, `&#65;`) is followed by a
///   WORD JOINER (U+2060, invisible): Graphviz's SVG writer passes entity-shaped text through
///   unescaped, so "&amp;" would otherwise be shown as "&".
///
/// Quoting for DOT (`"`) is left to `agwrite`, which does it itself.
enum GraphvizText {
    static let wordJoiner: Unicode.Scalar = "\u{2060}"

    static func encode(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "\\":
                out.append("\\")
                out.append("\\")
            case "\n":
                out.append("\\")
                out.append("n")
            case "&":
                out.append(scalar)
                if startsEntity(scalars, at: index) { out.append(wordJoiner) }
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// The text `encode` was given (for reading DOT back in tests and tools).
    static func decode(_ encoded: String) -> String {
        let scalars = Array(encoded.unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\\", index + 1 < scalars.count {
                let next = scalars[index + 1]
                out.append(next == "n" ? "\n" : next)
                index += 2
                continue
            }
            out.append(scalar)
            if scalar == "&", index + 1 < scalars.count, scalars[index + 1] == wordJoiner { index += 1 }
            index += 1
        }
        return String(out)
    }

    /// Whether `scalars[index]` (an `&`) starts what Graphviz's `xml_isentity` takes for an
    /// entity: `&` letters* `;`, `&#` digits* `;` or `&#x` hex digits* `;` (even empty ones).
    static func startsEntity(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        var i = index + 1
        func at(_ i: Int) -> Unicode.Scalar? { i < scalars.count ? scalars[i] : nil }
        func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }
        func isLetter(_ s: Unicode.Scalar) -> Bool { ("a"..."z").contains(s) || ("A"..."Z").contains(s) }
        if at(i) == "#" {
            i += 1
            if at(i) == "x" || at(i) == "X" {
                i += 1
                while let s = at(i), isDigit(s) || ("a"..."f").contains(s) || ("A"..."F").contains(s) { i += 1 }
            } else {
                while let s = at(i), isDigit(s) { i += 1 }
            }
        } else {
            while let s = at(i), isLetter(s) { i += 1 }
        }
        return at(i) == ";"
    }
}
