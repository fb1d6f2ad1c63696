import Foundation
import Yams

/// Readable Latin spellings of Arabic names, for `label_latin`.
///
/// Arabic script leaves most short vowels unwritten, so a letter-by-letter rendering
/// ("mzlwm kwbany") is hard to read. This transliterator uses established spellings of common
/// words first (from its table), then renders other words letter by letter with rules for the
/// vowel letters (و as `u`/`w`, ي as `i`/`y`) and an `a` in consonant clusters, and the
/// article ال as `al-`. Latin text, digits and punctuation pass through.
///
///     Transliterator.builtIn.latin(for: "مظلوم كوباني")   // "Mazloum Kubani"
///     Transliterator.builtIn.latin(for: "وزارة الخارجية")  // "Wazara al-Kharijia"
public struct Transliterator: Sendable {
    /// Latin for each Arabic letter.
    public private(set) var letters: [Unicode.Scalar: String]
    /// Established spellings of whole words, keyed by their `NameKey`.
    public private(set) var words: [String: String]

    public init(letters: [Unicode.Scalar: String], words: [String: String]) {
        self.letters = letters
        // Words that fold to the same key keep the alphabetically first spelling, whatever order
        // the table was read in.
        var folded: [String: String] = [:]
        for (word, latin) in words.sorted(by: { ($0.key, $0.value) < ($1.key, $1.value) }) {
            let key = NameKey(word).value
            if folded[key] == nil { folded[key] = latin }
        }
        self.words = folded
    }

    /// Reads a table in the format of `Resources/ar/transliteration.yaml`.
    public init(yaml: String, path: String) throws {
        struct Table: Decodable {
            var letters: [String: String]?
            var words: [String: String]?
        }
        let table: Table
        do {
            table = try YAMLDecoder().decode(Table.self, from: yaml)
        } catch {
            throw TransliterationTableError(path: path, message: "not a transliteration table: \(error)")
        }
        var letters: [Unicode.Scalar: String] = [:]
        for (key, value) in table.letters ?? [:] {
            guard key.unicodeScalars.count == 1, let scalar = key.unicodeScalars.first else {
                throw TransliterationTableError(path: path, message: "letters: '\(key)' is not a single letter")
            }
            letters[scalar] = value
        }
        self.init(letters: letters, words: table.words ?? [:])
    }

    /// The table that ships with ERGraph, or no spellings at all if it cannot be read (labels
    /// then stay as written; `loadBuiltIn()` says why).
    public static let builtIn: Transliterator = (try? loadBuiltIn()) ?? Transliterator(letters: [:], words: [:])

    /// Reads the table that ships with ERGraph (`Resources/ar/transliteration.yaml`).
    public static func loadBuiltIn() throws -> Transliterator {
        let url = try ResourceLocator.arabicDirectory().appendingPathComponent("transliteration.yaml")
        let yaml: String
        do {
            yaml = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw TransliterationTableError(path: url.path, message: "cannot read the table: \(error.localizedDescription)")
        }
        return try Transliterator(yaml: yaml, path: url.path)
    }

    /// This table with more established spellings (later ones win).
    public func adding(words more: [String: String]) -> Transliterator {
        var copy = self
        for (word, latin) in more { copy.words[NameKey(word).value] = latin }
        return copy
    }

    /// The Latin rendering of a name or phrase.
    public func latin(for text: String) -> String {
        var out: [String] = []
        for piece in text.split(whereSeparator: { $0.isWhitespace }) {
            let rendered = latin(word: String(piece))
            if !rendered.isEmpty { out.append(rendered) }
        }
        return out.joined(separator: " ")
    }

    func latin(word raw: String) -> String {
        let word = String(String.UnicodeScalarView(raw.unicodeScalars.filter { !Self.isDroppedMark($0) }))
        if let known = words[NameKey(word).value] { return known }
        let scalars = Array(word.unicodeScalars)
        guard scalars.contains(where: { letters[$0] != nil }) else { return word }
        // The article, alone or after a clitic preposition or conjunction: ال، لل، بال، وال، فال،
        // كال + at least two letters ("al-", "lil-", "bil-", "wal-", "fal-", "kal-").
        for (prefix, rendering) in Self.articlePrefixes {
            if scalars.count > prefix.count + 1, Array(scalars.prefix(prefix.count)) == prefix {
                let rest = String(String.UnicodeScalarView(scalars[prefix.count...]))
                return rendering + latin(word: rest)
            }
        }
        return Self.capitalized(spell(scalars))
    }

    /// Letter-by-letter with vowel rules: و and ي are consonants at the start of a word or before
    /// a vowel letter and vowels elsewhere; an `a` separates the first two consonants of a word
    /// and breaks runs of three.
    func spell(_ s: [Unicode.Scalar]) -> String {
        var units: [(text: String, isConsonant: Bool)] = []
        for (i, scalar) in s.enumerated() {
            guard let base = letters[scalar] else {
                units.append((String(scalar), false))
                continue
            }
            let isLast = i == s.count - 1
            let beforeVowel = isLast ? false : Self.isVowelLetter(s[i + 1])
            switch scalar {
            case "\u{0648}":
                units.append(i == 0 || beforeVowel ? ("w", true) : ("u", false))
            case "\u{064A}" where i == s.count - 2 && s[i + 1] == "\u{0629}":
                units.append(("iy", false))      // the -iyya ending: خارجية Kharjiya
            case "\u{064A}", "\u{06CC}":
                units.append(i == 0 || beforeVowel ? ("y", true) : ("i", false))
            default:
                if scalar == "\u{0629}", i > 0, s[i - 1] == "\u{0627}" {
                    units.append(("t", false))   // ـاة is read -āt: حياة Hayat, صلاة Salat
                } else if Self.isVowelLetter(scalar) {
                    units.append((base, false))
                } else if base == "'", i == 0 {
                    // A word-initial ع or ء: a glottal onset, voweled `a` before a consonant.
                    if !isLast, !Self.isVowelLetter(s[i + 1]) { units.append(("'a", false)) } else { units.append(("'", false)) }
                } else if base != "'" || !isLast {
                    units.append((base, true))
                }
            }
        }
        var out = ""
        var run = 0
        for (k, unit) in units.enumerated() {
            if unit.isConsonant {
                if run >= 1, k == 1 || run >= 2 {
                    out += "a"
                    run = 0
                }
                run += 1
            } else {
                run = 0
            }
            out += unit.text
        }
        return out
    }

    static let articlePrefixes: [([Unicode.Scalar], String)] = [
        ("\u{0627}\u{0644}", "al-"), ("\u{0644}\u{0644}", "lil-"), ("\u{0628}\u{0627}\u{0644}", "bil-"),
        ("\u{0648}\u{0627}\u{0644}", "wal-"), ("\u{0641}\u{0627}\u{0644}", "fal-"), ("\u{0643}\u{0627}\u{0644}", "kal-"),
    ].map { (Array($0.0.unicodeScalars), $0.1) }

    static func isVowelLetter(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0627, 0x0623, 0x0625, 0x0622, 0x0671, 0x0648, 0x064A, 0x0649, 0x0629, 0x06CC: return true
        default: return false
        }
    }

    static func isDroppedMark(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x064B...0x065F, 0x0670, 0x0640, 0x200C...0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return "«»“”„\"‘’".unicodeScalars.contains(s)
        }
    }

    /// Upper-cases the first letter, past a leading apostrophe ("'alaqat" -> "'Alaqat").
    static func capitalized(_ word: String) -> String {
        guard let index = word.firstIndex(where: { $0 != "'" }) else { return word }
        return word[..<index] + word[index].uppercased() + word[word.index(after: index)...]
    }
}

/// A transliteration table that cannot be read.
public struct TransliterationTableError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var message: String
    public var description: String { "\(path): \(message)" }
}
