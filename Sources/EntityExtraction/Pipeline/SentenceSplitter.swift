/// A sentence: a half-open range of the normalized text, the paragraph (line) it belongs to and,
/// once tokenized, its tokens.
public struct Sentence: Sendable {
    public var index: Int
    public var paragraph: Int
    public var start: Int
    public var end: Int
    public var tokens: [Token] = []
}

/// Splits a normalized text into sentences: at every line break (news text puts one paragraph
/// per line), and inside a line after `.` `!` `?` `؟` when a space, a quote or the end follows.
/// A `.` between digits (3.5) or after a one-letter abbreviation (د.) does not end a sentence.
///
/// - Complexity: O(n).
public enum SentenceSplitter {
    public static func split(_ text: NormalizedText) -> [Sentence] {
        let s = text.scalars
        var out: [Sentence] = []
        var paragraph = 0
        var start = 0
        var i = 0
        func emit(_ end: Int) {
            var a = start, b = end
            while a < b, isSpace(s[a]) { a += 1 }
            while b > a, isSpace(s[b - 1]) { b -= 1 }
            if b > a { out.append(Sentence(index: out.count, paragraph: paragraph, start: a, end: b)) }
        }
        while i < s.count {
            let c = s[i]
            if c == "\n" {
                emit(i)
                paragraph += 1
                start = i + 1
            } else if c == "." || c == "!" || c == "?" || c == "؟" {
                var j = i + 1
                while j < s.count, s[j] == "." || s[j] == "!" || s[j] == "?" || s[j] == "؟" || s[j] == "\"" || s[j] == ")" { j += 1 }
                let atEnd = j >= s.count || isSpace(s[j]) || s[j] == "\n"
                let decimal = c == "." && i > 0 && i + 1 < s.count && isDigit(s[i - 1]) && isDigit(s[i + 1])
                // "د." and "أ.د.": a one-letter abbreviation, alone or after another one.
                let abbreviation = c == "." && i >= 1 && s[i - 1].properties.isAlphabetic
                    && (i == 1 || isSpace(s[i - 2]) || s[i - 2] == ".")
                if atEnd && !decimal && !abbreviation {
                    emit(j)
                    start = j
                    i = j
                    continue
                }
            }
            i += 1
        }
        emit(s.count)
        return out
    }

    @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool { Tokenizer.isSpace(c) }
    @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }
}
