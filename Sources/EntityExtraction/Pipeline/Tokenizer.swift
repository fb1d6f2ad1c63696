/// A token of the normalized text: a word, a number, a punctuation mark or a quote.
public struct Token: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case word, number, punctuation, quote }
    /// Half-open range in the normalized text.
    public var start: Int
    public var end: Int
    /// The normalized text of the token.
    public var text: String
    public var kind: Kind

    public var isWord: Bool { kind == .word }
    public var isQuote: Bool { kind == .quote }
    /// A list separator: comma (Arabic or Latin).
    public var isComma: Bool { kind == .punctuation && (text == "،" || text == ",") }
    /// A mark that ends a clause.
    public var isClauseBreak: Bool { kind == .punctuation && ["،", ",", "؛", ";", ".", ":", "!", "?", "؟", "(", ")"].contains(text) }
    public var isDash: Bool { kind == .punctuation && text == "-" }
}

/// Splits a sentence of the normalized text into tokens: whitespace separates words; punctuation
/// and quotes are tokens of their own, so `“ليلى مصطفى و”شواخ` gives `" ليلى مصطفى و " شواخ`.
/// Clitics stay attached to their word; `Morphology` analyses them.
///
/// - Complexity: O(length of the sentence).
public enum Tokenizer {
    public static func tokenize(_ text: NormalizedText, _ sentence: Sentence) -> [Token] {
        let s = text.scalars
        var tokens: [Token] = []
        var i = sentence.start
        var wordStart = -1
        func flush(_ end: Int) {
            guard wordStart >= 0 else { return }
            var v = String.UnicodeScalarView()
            v.append(contentsOf: s[wordStart..<end])
            let allDigits = s[wordStart..<end].allSatisfy { $0.value >= 0x30 && $0.value <= 0x39 }
            tokens.append(Token(start: wordStart, end: end, text: String(v), kind: allDigits ? .number : .word))
            wordStart = -1
        }
        while i < sentence.end {
            let c = s[i]
            if c.properties.isWhitespace {
                flush(i)
            } else if c == "\"" {
                flush(i)
                tokens.append(Token(start: i, end: i + 1, text: "\"", kind: .quote))
            } else if isPunctuation(c) {
                flush(i)
                tokens.append(Token(start: i, end: i + 1, text: String(c), kind: .punctuation))
            } else if wordStart < 0 {
                wordStart = i
            }
            i += 1
        }
        flush(sentence.end)
        return tokens
    }

    static let punctuation: Set<Unicode.Scalar> = [
        ".", ",", "،", "؛", ";", ":", "!", "?", "؟", "(", ")", "[", "]", "{", "}", "-", "/", "\\", "…", "*", "|",
        "+", "=", "<", ">", "•", "·", "_", "~", "#", "%", "٪", "&", "@",
    ]

    @inline(__always) static func isPunctuation(_ c: Unicode.Scalar) -> Bool { punctuation.contains(c) }
}
