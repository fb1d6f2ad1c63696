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

    /// The form without its article, when it has one (and at least two scalars remain).
    static func stripArticle(_ form: String) -> String? {
        // ا and ل are two UTF-8 bytes each: D8 A7, D9 84.
        let done: String?? = form.utf8.withContiguousStorageIfAvailable { b in
            guard b.count >= 6, b[0] == 0xD8, b[1] == 0xA7, b[2] == 0xD9, b[3] == 0x84 else { return nil }
            var scalars = 0
            for byte in b[4...] where byte & 0xC0 != 0x80 {
                scalars += 1
                if scalars == 2 { return String(decoding: UnsafeBufferPointer(rebasing: b[4...]), as: UTF8.self) }
            }
            return nil
        }
        if let done { return done }
        return stripArticleByScalars(form)
    }

    /// `stripArticle` over a string without contiguous UTF-8: the definition of the byte path.
    static func stripArticleByScalars(_ form: String) -> String? {
        let u = form.utf8
        guard u.count >= 6, u.starts(with: [0xD8, 0xA7, 0xD9, 0x84]) else { return nil }
        var rest = form.unicodeScalars.makeIterator()
        _ = rest.next(); _ = rest.next()
        guard rest.next() != nil, rest.next() != nil else { return nil }
        return String(decoding: u.dropFirst(4), as: UTF8.self)
    }

    /// Whether the bytes are Arabic letters U+0621–U+064A only (two bytes each, D8 A1 … D9 8A).
    /// In such a string every scalar is a `Character` of its own and in NFC, so `Character`-wise
    /// suffix tests and counts are byte-wise ones.
    @inline(__always) static func isArabicLetters(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard b.count % 2 == 0 else { return false }
        var i = 0
        while i < b.count {
            let c = b[i], d = b[i + 1]
            if c == 0xD8 { if d < 0xA1 || d > 0xBF { return false } } else if c != 0xD9 || d < 0x80 || d > 0x8A { return false }
            i += 2
        }
        return true
    }

    /// Whether the bytes of `b` end with those of `suffix`.
    @inline(__always) static func endsWith(_ b: UnsafeBufferPointer<UInt8>, _ suffix: StaticString) -> Bool {
        let n = suffix.utf8CodeUnitCount
        guard b.count >= n else { return false }
        let p = suffix.utf8Start
        var k = 0
        while k < n { if b[b.count - n + k] != p[k] { return false }; k += 1 }
        return true
    }

    /// Whether the UTF-8 bytes of `s` end with those of `suffix`: implied by `s.hasSuffix(suffix)`
    /// for the suffixes of letters used here, and much cheaper, so it is asked first.
    @inline(__always) static func endsWithBytes(_ s: String, _ suffix: String) -> Bool {
        let a = s.utf8, b = suffix.utf8
        return a.count >= b.count && a.suffix(b.count).elementsEqual(b)
    }

    /// `s.hasSuffix(suffix)`, with the byte test first (see `endsWithBytes`): the definition
    /// `hasSuffix` must agree with.
    static func hasSuffixByCharacters(_ s: String, _ suffix: String) -> Bool {
        endsWithBytes(s, suffix) && s.hasSuffix(suffix)
    }

    /// `s.hasSuffix(suffix)`, with the byte test first (see `endsWithBytes`). When `suffix` is
    /// Arabic letters and the scalar before it in `s` is an Arabic letter or printable ASCII (or
    /// there is none), no grapheme spans the boundary, so the byte test is the whole answer.
    @inline(__always) static func hasSuffix(_ s: String, _ suffix: String) -> Bool {
        guard endsWithBytes(s, suffix) else { return false }
        let sure: Bool? = s.utf8.withContiguousStorageIfAvailable { b in
            suffix.utf8.withContiguousStorageIfAvailable { x in
                guard isArabicLetters(x) else { return false }
                let at = b.count - x.count
                if at == 0 { return true }
                let before = b[at - 1]
                if before >= 0x20 && before < 0x7F { return true }
                return at >= 2 && isArabicLetters(UnsafeBufferPointer(rebasing: b[(at - 2)..<at]))
            } ?? false
        }
        return sure == true || s.hasSuffix(suffix)
    }

    /// The possessive suffixes هما هم ها ه and their byte counts, for `stripPossessive`.
    static let possessiveSuffixes: [(StaticString, Int)] = [("\u{0647}\u{0645}\u{0627}", 6), ("\u{0647}\u{0645}", 4), ("\u{0647}\u{0627}", 4), ("\u{0647}", 2)]
    /// The nisba endings يون يين يان يتان يتين يات يه and their byte counts, in the order `nisbaStem` tries them.
    static let nisbaSuffixes: [(StaticString, Int)] = [
        ("\u{064A}\u{0648}\u{0646}", 6), ("\u{064A}\u{064A}\u{0646}", 6), ("\u{064A}\u{0627}\u{0646}", 6), ("\u{064A}\u{062A}\u{0627}\u{0646}", 8),
        ("\u{064A}\u{062A}\u{064A}\u{0646}", 8), ("\u{064A}\u{0627}\u{062A}", 6), ("\u{064A}\u{0647}", 4),
    ]

    /// Possessive suffixes (ه ها هم هما) removed, for event nouns ("حواره").
    static func stripPossessive(_ form: String) -> String? {
        let fast: String??? = form.utf8.withContiguousStorageIfAvailable { b -> String?? in
            guard isArabicLetters(b) else { return .none }
            // ه م ا: D9 87, D9 85, D8 A7. The suffixes longest first, as below.
            for (suffix, n) in possessiveSuffixes where endsWith(b, suffix) {
                if b.count - n >= 6 { return .some(String(decoding: UnsafeBufferPointer(rebasing: b[..<(b.count - n)]), as: UTF8.self)) }
            }
            return .some(String?.none)
        }
        if let fast, let result = fast { return result }
        return stripPossessiveByCharacters(form)
    }

    /// `stripPossessive` by `String`'s own tests: the definition the byte path must agree with.
    static func stripPossessiveByCharacters(_ form: String) -> String? {
        // Cheap test first: every possessive suffix ends in ه, م or ا.
        guard let last = form.unicodeScalars.last, last == "\u{0647}" || last == "\u{0645}" || last == "\u{0627}" else { return nil }
        for suffix in ["\u{0647}\u{0645}\u{0627}", "\u{0647}\u{0645}", "\u{0647}\u{0627}", "\u{0647}"] where hasSuffixByCharacters(form, suffix) {
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
        let fast: String??? = form.utf8.withContiguousStorageIfAvailable { b -> String?? in
            guard isArabicLetters(b) else { return .none }
            // Without the article when at least two letters remain (as `stripArticle`).
            let start = b.count >= 8 && b[0] == 0xD8 && b[1] == 0xA7 && b[2] == 0xD9 && b[3] == 0x84 ? 4 : 0
            let w = UnsafeBufferPointer(rebasing: b[start...])
            for (suffix, n) in nisbaSuffixes where endsWith(w, suffix) {
                // The stem with ي in place of the suffix: a nisba of at least three letters, not ending in اي.
                let stem = w.count - n
                guard stem + 2 >= 6, stem < 2 || !(w[stem - 2] == 0xD8 && w[stem - 1] == 0xA7) else { return .some(String?.none) }
                // The stem's bytes and ي (D9 8A), written straight into the string.
                return .some(String(unsafeUninitializedCapacity: stem + 2) { out in
                    for k in 0..<stem { out[k] = w[k] }
                    out[stem] = 0xD9
                    out[stem + 1] = 0x8A
                    return stem + 2
                })
            }
            guard w.count >= 6, endsWith(w, "\u{064A}"), !endsWith(w, "\u{0627}\u{064A}") else { return .some(String?.none) }
            return .some(String(decoding: w, as: UTF8.self))
        }
        if let fast, let result = fast { return result }
        return nisbaStemByCharacters(form)
    }

    /// `nisbaStem` by `String`'s own tests: the definition the byte path must agree with.
    static func nisbaStemByCharacters(_ form: String) -> String? {
        var w = stripArticle(form) ?? form
        for suffix in ["يون", "يين", "يان", "يتان", "يتين", "يات", "يه"] where hasSuffixByCharacters(w, suffix) {
            w = String(w.unicodeScalars.dropLast(suffix.unicodeScalars.count)) + "ي"
            break
        }
        // "حماية", "ولاية", "نهاية" end like a nisba but are nouns: alef before the ya.
        if hasSuffixByCharacters(w, "اي") { return nil }
        return hasSuffixByCharacters(w, "ي") && w.unicodeScalars.count >= 3 ? w : nil
    }
}
