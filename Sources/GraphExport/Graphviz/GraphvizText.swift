/// How plain text is written into Graphviz's escaped-string attributes, so that it shows exactly
/// as written in every output.
///
/// - Backslashes are multiplied, so `\N`, `\G`, `\E`, `\T`, `\H`, `\L`, `\n`, `\l`, `\r`
///   in a name are not expanded and a trailing `\` cannot escape anything. Labels (and `id`)
///   go through Graphviz's escape processing once, so a backslash is doubled; tooltips go
///   through it twice (`strdup_and_subst_obj` and again when the SVG anchor is written), so a
///   backslash is written four times. Measured on Graphviz 2.43; `GraphvizTextTests` and the
///   SVG tests check it on real output, so a Graphviz that behaves differently fails them.
/// - A line break becomes Graphviz's `\n`.
/// - An `&` that starts something Graphviz takes for an XML entity (`&amp;`, `&#65;`, even
///   `&;`) is followed by a WORD JOINER (U+2060, invisible): Graphviz decodes entities in
///   labels and tooltips and passes them through unescaped into SVG, so "&amp;" would show as "&".
///
/// Quoting for DOT (`"`) is left to `agwrite`, which does it itself.
enum GraphvizText {
    enum Role {
        /// `label`, `xlabel`, `id`: escapes expanded once.
        case label
        /// `tooltip`: escapes expanded twice.
        case tooltip

        var backslashes: Int { self == .label ? 2 : 4 }
    }

    static let wordJoiner: Unicode.Scalar = "\u{2060}"

    static func encode(_ text: String, as role: Role) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "\\":
                out.append(contentsOf: repeatElement("\\", count: role.backslashes))
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

    /// The text `encode(_:as:)` was given (for reading DOT back in tests and tools).
    static func decode(_ encoded: String, as role: Role) -> String {
        let scalars = Array(encoded.unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\\" {
                var run = 0
                while index + run < scalars.count, scalars[index + run] == "\\" { run += 1 }
                out.append(contentsOf: repeatElement("\\", count: run / role.backslashes))
                index += run
                if run % role.backslashes == 1, index < scalars.count, scalars[index] == "n" {
                    out.append("\n")
                    index += 1
                }
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
