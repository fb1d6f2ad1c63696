/// Clitic analysis of one Arabic word in normalized form.
///
/// Proclitics: the conjunctions و ف, the prepositions ب ل ك, and the article ال (with ل + ال
/// written لل). A reading keeps how many leading scalars it skipped, so a name found in "لأدريس"
/// starts one scalar into the token.
struct Reading: Sendable, Equatable {
    /// Scalars skipped at the start of the token.
    var skip: Int
    /// The remaining word (with the article restored after لل).
    var form: String
    /// The form starts with the article ال (written or restored).
    var definite: Bool
    /// A conjunction (و ف) was removed.
    var conjunction: Bool
    /// A preposition (ب ل ك) was removed.
    var preposition: Bool
    /// The article was restored after ل (لل → ال): the written text lacks its alef.
    var restoredArticle: Bool
}

enum Morphology {
    static let waw: Unicode.Scalar = "\u{0648}", fa: Unicode.Scalar = "\u{0641}"
    static let ba: Unicode.Scalar = "\u{0628}", lam: Unicode.Scalar = "\u{0644}", kaf: Unicode.Scalar = "\u{0643}"
    static let alef: Unicode.Scalar = "\u{0627}"

    /// The readings of a word, the written form first, then with a conjunction and/or a
    /// preposition removed. Stems shorter than two letters are not offered.
    static func readings(_ word: String) -> [Reading] {
        if let fast = word.utf8.withContiguousStorageIfAvailable({ fastReadings(word, $0) }) { return fast }
        return slowReadings(word)
    }

    /// `readings` over UTF-8 bytes. The clitics (و ف ب ل ك ال) are two-byte letters, so the
    /// k-th scalar starts at byte 2k while only clitics precede it, and a stem is a byte suffix.
    static func fastReadings(_ word: String, _ b: UnsafeBufferPointer<UInt8>) -> [Reading] {
        var n = 0
        for byte in b where byte & 0xC0 != 0x80 { n += 1 }
        /// Scalar k (all scalars before it two-byte) as its two bytes.
        @inline(__always) func letter(_ k: Int) -> UInt16 {
            2 * k + 1 < b.count ? UInt16(b[2 * k]) << 8 | UInt16(b[2 * k + 1]) : 0
        }
        /// The stem from scalar k on is definite.
        @inline(__always) func definite(_ k: Int) -> Bool { n - k >= 4 && letter(k) == 0xD8A7 && letter(k + 1) == 0xD984 }
        @inline(__always) func stem(_ k: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: b[(2 * k)...]), as: UTF8.self) }
        let waw: UInt16 = 0xD988, fa: UInt16 = 0xD981, ba: UInt16 = 0xD8A8, lam: UInt16 = 0xD984, kaf: UInt16 = 0xD983
        var out = [Reading(skip: 0, form: word, definite: definite(0), conjunction: false, preposition: false, restoredArticle: false)]
        guard n >= 3 else { return out }
        let first = letter(0)
        let conj = first == waw || first == fa
        for (base, conj) in conj ? [(0, false), (1, true)] : [(0, false)] {
            if conj {
                out.append(Reading(skip: 1, form: stem(1), definite: definite(1), conjunction: true, preposition: false, restoredArticle: false))
            }
            guard n - base >= 3 else { continue }
            let p = letter(base)
            if p == ba || p == lam || p == kaf {
                if p == lam, letter(base + 1) == lam, n - base >= 4 {
                    // لل = ل + ال
                    var bytes: [UInt8] = [0xD8, 0xA7]
                    bytes.append(contentsOf: b[(2 * (base + 1))...])
                    out.append(Reading(skip: base + 1, form: String(decoding: bytes, as: UTF8.self), definite: true, conjunction: conj, preposition: true, restoredArticle: true))
                    // ... or ل + a word that starts with ل: "للجنة" = ل + لجنة, "للبنان" = ل + لبنان.
                    out.append(Reading(skip: base + 1, form: stem(base + 1), definite: false, conjunction: conj, preposition: true, restoredArticle: false))
                } else {
                    out.append(Reading(skip: base + 1, form: stem(base + 1), definite: definite(base + 1), conjunction: conj, preposition: true, restoredArticle: false))
                }
            }
        }
        return out
    }

    static func slowReadings(_ word: String) -> [Reading] {
        let w = Array(word.unicodeScalars)
        var out = [Reading(skip: 0, form: word, definite: isDefinite(w[...]), conjunction: false, preposition: false, restoredArticle: false)]
        guard w.count >= 3 else { return out }
        var bases: [(Int, Bool)] = [(0, false)]
        if w[0] == waw || w[0] == fa { bases.append((1, true)) }
        for (base, conj) in bases {
            if conj {
                let rest = w[1...]
                out.append(Reading(skip: 1, form: string(rest), definite: isDefinite(rest), conjunction: true, preposition: false, restoredArticle: false))
            }
            guard w.count - base >= 3 else { continue }
            let p = w[base]
            if p == ba || p == lam || p == kaf {
                if p == lam, w[base + 1] == lam, w.count - base >= 4 {
                    // لل = ل + ال
                    let rest = w[(base + 1)...]
                    out.append(Reading(skip: base + 1, form: "\u{0627}" + string(rest), definite: true, conjunction: conj, preposition: true, restoredArticle: true))
                    // ... or ل + a word that starts with ل: "للجنة" = ل + لجنة, "للبنان" = ل + لبنان.
                    out.append(Reading(skip: base + 1, form: string(rest), definite: false, conjunction: conj, preposition: true, restoredArticle: false))
                } else {
                    let rest = w[(base + 1)...]
                    out.append(Reading(skip: base + 1, form: string(rest), definite: isDefinite(rest), conjunction: conj, preposition: true, restoredArticle: false))
                }
            }
        }
        return out
    }

    /// The form without its article, when it has one.
    static func stripArticle(_ form: String) -> String? {
        // ا and ل are two UTF-8 bytes each: D8 A7, D9 84.
        let u = form.utf8
        guard u.count >= 6, u.starts(with: [0xD8, 0xA7, 0xD9, 0x84]) else { return nil }
        var rest = form.unicodeScalars.makeIterator()
        _ = rest.next(); _ = rest.next()
        guard rest.next() != nil, rest.next() != nil else { return nil }
        return String(decoding: u.dropFirst(4), as: UTF8.self)
    }

    /// Whether the UTF-8 bytes of `s` end with those of `suffix`: implied by `s.hasSuffix(suffix)`
    /// for the suffixes of letters used here, and much cheaper, so it is asked first.
    @inline(__always) static func endsWithBytes(_ s: String, _ suffix: String) -> Bool {
        let a = s.utf8, b = suffix.utf8
        return a.count >= b.count && a.suffix(b.count).elementsEqual(b)
    }

    /// `s.hasSuffix(suffix)`, with the byte test first (see `endsWithBytes`).
    @inline(__always) static func hasSuffix(_ s: String, _ suffix: String) -> Bool {
        endsWithBytes(s, suffix) && s.hasSuffix(suffix)
    }

    /// Possessive suffixes (ه ها هم هما) removed, for event nouns ("حواره").
    static func stripPossessive(_ form: String) -> String? {
        // Cheap test first: every possessive suffix ends in ه, م or ا.
        guard let last = form.unicodeScalars.last, last == "\u{0647}" || last == "\u{0645}" || last == "\u{0627}" else { return nil }
        for suffix in ["\u{0647}\u{0645}\u{0627}", "\u{0647}\u{0645}", "\u{0647}\u{0627}", "\u{0647}"] where hasSuffix(form, suffix) {
            let stem = String(form.unicodeScalars.dropLast(suffix.unicodeScalars.count))
            if stem.unicodeScalars.count >= 3 { return stem }
        }
        return nil
    }

    static func isDefinite(_ w: ArraySlice<Unicode.Scalar>) -> Bool {
        w.count >= 4 && w[w.startIndex] == alef && w[w.startIndex + 1] == lam
    }

    static func string(_ s: ArraySlice<Unicode.Scalar>) -> String {
        String(scalars: s)
    }

    /// The masculine singular stem of a nisba adjective: "الأمريكية" → "امريكي",
    /// "إعلاميان" → "اعلامي". Nil when the word is not of that shape.
    static func nisbaStem(_ form: String) -> String? {
        var w = stripArticle(form) ?? form
        for suffix in ["يون", "يين", "يان", "يتان", "يتين", "يات", "يه"] where hasSuffix(w, suffix) {
            w = String(w.unicodeScalars.dropLast(suffix.unicodeScalars.count)) + "ي"
            break
        }
        // "حماية", "ولاية", "نهاية" end like a nisba but are nouns: alef before the ya.
        if hasSuffix(w, "اي") { return nil }
        return hasSuffix(w, "ي") && w.unicodeScalars.count >= 3 ? w : nil
    }
}
