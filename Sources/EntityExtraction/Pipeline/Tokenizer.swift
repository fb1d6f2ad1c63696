/// A token of the normalized text: a word, a number, a punctuation mark or a quote.
public struct Token: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case word, number, punctuation, quote }
    /// Half-open range in the normalized text.
    public var start: Int
    public var end: Int
    /// The normalized text of the token.
    public var text: String
    public var kind: Kind
    /// The clitic readings of a word (`Morphology.readings(text)`), computed once by the
    /// tokenizer; empty for other kinds.
    var readings: [Reading] = []

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
    /// أ، إ، آ: alefs the article is never written with.
    static let hamzaAlefs: Set<UInt32> = [0x0622, 0x0623, 0x0625]

    public static func tokenize(_ text: NormalizedText, _ sentence: Sentence) -> [Token] {
        let s = text.scalars
        var tokens: [Token] = []
        var i = sentence.start
        var wordStart = -1
        func flush(_ end: Int) {
            guard wordStart >= 0 else { return }
            let allDigits = s[wordStart..<end].allSatisfy { $0.value >= 0x30 && $0.value <= 0x39 }
            let word = String(scalars: s[wordStart..<end])
            var readings = allDigits ? [] : Morphology.readings(word)
            // The article is written with a bare alef: "إليزابيث", "ألكسندر", "وأليساندرا" read as
            // ال + a stem only because normalizing folded their hamza.
            for n in readings.indices where readings[n].definite && !readings[n].restoredArticle {
                let at = text.originalRange(wordStart + readings[n].skip, wordStart + readings[n].skip + 1).lowerBound
                if at < text.original.count, Tokenizer.hamzaAlefs.contains(text.original[at].value) { readings[n].definite = false }
            }
            tokens.append(Token(start: wordStart, end: end, text: word, kind: allDigits ? .number : .word, readings: readings))
            wordStart = -1
        }
        while i < sentence.end {
            let c = s[i]
            if Tokenizer.isSpace(c) {
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

    @inline(__always) static func isPunctuation(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v >= 0x0621 && v <= 0x064A { return false }   // Arabic letters: the common case
        return punctuation.contains(c)
    }

    /// Whitespace, with the common cases first (the Unicode property lookup is slow).
    @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v == 0x20 || v == 0x0A { return true }
        if v < 0x80 { return v == 0x09 || v == 0x0D || v == 0x0B || v == 0x0C }
        if v >= 0x0600 && v <= 0x06FF { return false }
        return c.properties.isWhitespace
    }

    /// A letter, with the Arabic and ASCII cases first.
    @inline(__always) static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v >= 0x0621 && v <= 0x064A { return true }
        if v < 0x80 { return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) }
        if v >= 0x0660 && v <= 0x06FF { return (v >= 0x0671 && v <= 0x06D3) || v == 0x066E || v == 0x066F }
        return c.properties.isAlphabetic
    }
}
