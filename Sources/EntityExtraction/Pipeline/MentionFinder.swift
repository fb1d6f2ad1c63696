/// Finds the spans that name persons, organizations, places and events, the role phrases beside
/// them, and the cue phrases relations are read from.
///
/// Works sentence by sentence over tokens, in passes from the most to the least reliable cue; a
/// token taken by one pass is not reused by a later one:
/// 1. titles and honorifics before a name ("السيد آمد سيدو", "الكولونيل “توم كريك”");
/// 2. organization heads with their complement ("مجلس سوريا الديمقراطية"), nationality
///    phrases ("الخارجية الأمريكية");
/// 3. known names (gazetteer), direction + place ("شمال سوريا");
/// 4. place-kind words ("ببلدة عين عيسى", "منطقتي منبج والطبقة");
/// 5. role phrases, and the names before them (lists: "A و B الرئيسان المشتركان لـ X") or after
///    them ("القائد العام لـ X مظلوم كوباني");
/// 6. list items after "كل من" / plural titles; 7. given names; 8. event triggers; 9. acronyms.
///
/// - Complexity: linear in the number of tokens (each pass looks a bounded distance ahead).
struct MentionFinder: Sendable {
    let lexicon: Lexicon

    func find(_ text: NormalizedText, _ sentences: [Sentence]) -> Findings {
        var findings = Findings()
        for sentence in sentences {
            var context = SentenceContext(text: text, sentence: sentence, lexicon: lexicon)
            context.run(&findings)
        }
        return findings
    }
}

/// One sentence being analysed: tokens, their clitic readings, and which tokens are taken.
struct SentenceContext {
    let text: NormalizedText
    let sentence: Sentence
    let lexicon: Lexicon
    let tokens: [Token]
    /// Each token's clitic readings, read from the token itself (no array of arrays to build).
    var readings: Readings { Readings(tokens: tokens) }
    struct Readings {
        let tokens: [Token]
        @inline(__always) subscript(_ i: Int) -> [Reading] { tokens[i].readings }
    }
    var taken: [Bool]
    var out: [Candidate] = []
    var roles: [RoleSpan] = []
    var listContext = false
    /// Each token is written with the accusative tanween (an adverb or a noun, never a name word).
    let tanween: [Bool]

    init(text: NormalizedText, sentence: Sentence, lexicon: Lexicon) {
        self.text = text
        self.sentence = sentence
        self.lexicon = lexicon
        self.tokens = sentence.tokens
        self.taken = Array(repeating: false, count: sentence.tokens.count)
        // "برنامجاً", "رسمياً": words written with the accusative tanween, read once from the text.
        self.tanween = sentence.tokens.map { t in t.isWord && text.original[text.originalRange(t.start, t.end)].contains("\u{064B}") }
        self.plainFormsCache = sentence.tokens.map { t in t.readings.filter { !$0.preposition }.map(\.form) }
        self.lookupFormsCache = sentence.tokens.map { t in
            var forms: [String] = []
            for r in t.readings {
                forms.append(r.form)
                if let bare = Morphology.stripArticle(r.form) { forms.append(bare) }
            }
            return forms
        }
        self.props = sentence.tokens.map { TokenProps($0, lexicon) }
        // Every word-list test of every token, once: the passes ask them many times.
        var flags: [UInt16] = []
        flags.reserveCapacity(tokens.count)
        var tokenLists: [WordLists] = []
        tokenLists.reserveCapacity(tokens.count)
        // The lists any form of the token is in: a test whose list holds none of the forms it
        // asks about (each asks about some of `lookupForms`) is false without asking.
        let index = lexicon.wordLists
        for i in tokens.indices {
            var f: UInt16 = 0
            var lists: WordLists = []
            if tokens[i].isWord {
            lists = index == nil ? WordLists(rawValue: .max) : []
            if let index { for form in lookupFormsCache[i] { if let l = index[form] { lists.formUnion(l) } } }
            if lists.contains(.stopwords), compute_isStop(i) { f |= 1 }
            if lists.contains(.roles), compute_isRoleWord(i) { f |= 2 }
            if lists.contains(.heads), compute_isHeadWord(i) { f |= 4 }
            if lists.contains(.titles), compute_isTitleWord(i) { f |= 8 }
            if lists.contains(.events), compute_isEventWord(i) { f |= 16 }
            if lists.contains(.cues), compute_isCueWord(i) { f |= 32 }
            if lists.contains(.months), compute_isMonth(i) { f |= 64 }
            if lists.contains(.kindWords), compute_isKindWord(i) { f |= 128 }
            if lists.contains(.directions), compute_isDirection(i) { f |= 256 }
            if lists.contains(.givenNames), compute_isGivenName(i) { f |= 512 }
            }
            flags.append(f)
            tokenLists.append(lists)
        }
        self.flags = flags
        self.lists = tokenLists
    }

    /// The word lists some form of each token (`lookupForms`) is in: a lookup of those forms in
    /// a list the token is not in is nil without asking (all lists when the index is not built).
    var lists: [WordLists] = []
    @inline(__always) func inList(_ i: Int, _ l: WordLists) -> Bool { lists[i].contains(l) }

    /// Tests on each token's own text, once (see `TokenProps`).
    let props: [TokenProps]
    @inline(__always) func has(_ i: Int, _ p: TokenProps) -> Bool { props[i].contains(p) }

    /// Cached word-list tests (see `init`).
    var flags: [UInt16] = []
    var plainFormsCache: [[String]] = []
    var lookupFormsCache: [[String]] = []
    @inline(__always) func isStop(_ i: Int) -> Bool { i >= 0 && i < flags.count && flags[i] & 1 != 0 }
    @inline(__always) func isRoleWord(_ i: Int) -> Bool { i >= 0 && i < flags.count && flags[i] & 2 != 0 }
    @inline(__always) func isHeadWord(_ i: Int) -> Bool { i >= 0 && i < flags.count && flags[i] & 4 != 0 }
    @inline(__always) func isTitleWord(_ i: Int) -> Bool { i >= 0 && i < flags.count && flags[i] & 8 != 0 }
    @inline(__always) func isEventWord(_ i: Int) -> Bool { i >= 0 && i < flags.count && flags[i] & 16 != 0 }
    @inline(__always) func isCueWord(_ i: Int) -> Bool { i >= 0 && i < flags.count && flags[i] & 32 != 0 }
    @inline(__always) func isMonth(_ i: Int) -> Bool { i >= 0 && i < flags.count && flags[i] & 64 != 0 }
    @inline(__always) func isKindWord(_ i: Int) -> Bool { i >= 0 && i < flags.count && flags[i] & 128 != 0 }
    @inline(__always) func isDirection(_ i: Int) -> Bool { i >= 0 && i < flags.count && flags[i] & 256 != 0 }
    @inline(__always) func isGivenName(_ i: Int) -> Bool { i >= 0 && i < flags.count && flags[i] & 512 != 0 }


    mutating func run(_ findings: inout Findings) {
        findCues(&findings)
        findTitles()
        findOrganizations()
        findKnown()
        findPlaceTriggers()
        findPremisesPlaces()
        findRoles()
        findListItems()
        findGivenNames()
        findSpeakers(Array(findings.cues.reversed().prefix { $0.sentence == sentence.index }))
        findEvents()
        findAcronyms()
        findings.candidates += out
        findings.roles += roles
        findings.dates += DateParser(lexicon: lexicon).dates(in: tokens, sentence: sentence.index, lists: lists)
        for i in tokens.indices where tokens[i].isWord && inList(i, .firstPerson) {
            if readings[i].contains(where: { !$0.preposition && lexicon.firstPerson.contains($0.form) }) {
                findings.firstPerson.insert(sentence.index)
            }
        }
    }

    // MARK: - Token predicates

    func word(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].isWord }

    /// Readings without a preposition (the word itself, or after و / ف).
    func plainForms(_ i: Int) -> [String] {
        guard word(i) else { return [] }
        return plainFormsCache[i]
    }

    func compute_isStop(_ i: Int) -> Bool {
        guard word(i) else { return false }
        // After folding, the preposition على and the name علي are one word; the written ي decides.
        if plainForms(i).contains(where: { WordKey.equal($0, "\u{0639}\u{0644}\u{064A}") }), text.original[text.originalRange(tokens[i].start, tokens[i].end).upperBound - 1] == "\u{064A}" {
            return false
        }
        return plainForms(i).contains { lexicon.stopwords.contains($0) }
    }

    func startsConjunction(_ i: Int) -> Bool {
        guard word(i) else { return false }
        if lexicon.givenNames.match(tokens, at: i, first: tokens[i].text) != nil { return false }
        // Only و: a name after ف in a list is rare, and names like فهمي, فاطمة start with it.
        return readings[i].count > 1 && readings[i][1].conjunction && has(i, .waw)
            && !lexicon.stopwords.contains(tokens[i].text)
    }

    /// The forms of a token to test against word lists: every reading and, for definite ones,
    /// the form without the article.
    func lookupForms(_ i: Int) -> [String] {
        guard word(i) else { return [] }
        return lookupFormsCache[i]
    }

    func compute_isRoleWord(_ i: Int) -> Bool { lookupForms(i).contains { lexicon.roles.match(tokens, at: i, first: $0) != nil } }
    func compute_isHeadWord(_ i: Int) -> Bool { readings(i).contains { lexicon.heads.match(tokens, at: i, first: $0.form) != nil } }
    func compute_isTitleWord(_ i: Int) -> Bool { readings(i).contains { lexicon.titles.match(tokens, at: i, first: $0.form) != nil } }
    func compute_isEventWord(_ i: Int) -> Bool { eventAt(i) != nil }
    func compute_isCueWord(_ i: Int) -> Bool { plainForms(i).contains { lexicon.cues.match(tokens, at: i, first: $0) != nil } }
    func compute_isMonth(_ i: Int) -> Bool { readings(i).contains { lexicon.months.match(tokens, at: i, first: $0.form) != nil } }
    func compute_isKindWord(_ i: Int) -> Bool { lookupForms(i).contains { lexicon.kindWords.contains($0) } }
    func compute_isDirection(_ i: Int) -> Bool { plainForms(i).contains { lexicon.directions.match(tokens, at: i, first: $0) != nil } }
    func readings(_ i: Int) -> [Reading] { word(i) ? readings[i] : [] }

    func compute_isGivenName(_ i: Int) -> Bool {
        // "للبنى التحتية" is ل + البنى, not ل + the name لبنى.
        readings(i).contains { r in lexicon.givenNames.match(tokens, at: i, first: r.form) != nil
            && (!r.preposition || tokens[i].text.dropFirst(r.skip - 1).hasPrefix("\u{0644}"))
            && !(r.preposition && !r.restoredArticle && tokens[i].text.dropFirst(r.skip - 1).hasPrefix("\u{0644}\u{0644}")) }
    }

    /// Letters only, at least two.
    func isLetters(_ i: Int) -> Bool { word(i) && props[i].contains(.letters) }

    /// A word that may be part of a person's name.
    func nameLike(_ i: Int, first: Bool) -> Bool {
        guard word(i), !taken[i], isLetters(i) else { return false }
        // Particles inside names ("بن", "أبو", "فان", "دي") even when they spell a stop word.
        if !first, has(i, .particle) { return true }
        guard !isStop(i) else { return false }
        if has(i, .particle) { return true }
        if isGivenName(i) { return true }
        if !first, isTitleWord(i), has(i, .article), !(i >= 3 && nameLike(i - 3, first: true) && !taken[i - 3]),
           i + 1 >= tokens.count || !tokens[i + 1].isWord || isStop(i + 1) || startsConjunction(i + 1) {
            return true   // a family name that is also a title: "ماهر إبراهيم الشيخ،"
        }
        if isRoleWord(i) || isTitleWord(i) || isHeadWord(i) || isEventWord(i) || isCueWord(i) || isMonth(i)
            || isKindWord(i) || isDirection(i) { return false }
        if lexicon.weekdays[tokens[i].text] != nil || lexicon.firstPerson.contains(tokens[i].text) { return false }
        if has(i, .gentilic) && has(i, .definiteText) { return false }
        // "للصحفيين", "بالتعاون": a prepositional phrase, not a name.
        if readings[i].contains(where: { $0.preposition && $0.definite }) { return false }

        // "تجربتها", "رئيسهم": a noun with a possessive suffix does not go on a name.
        if !first, pronounSuffixed(i) { return false }
        // "رسمياً": a word written with the accusative tanween is an adverb or a noun.
        if tanween[i] { return false }
        // "أبكر مواقف الكويت": a country or city does not go on a name (a given name that is also
        // a place, "صلاح الدين", does).
        if !first, !isGivenName(i), let known = knownAt(i, plainOnly: true), known.value.kind == .place, known.length == 1,
           has(i, .article) || known.value.type == "country" { return false }
        if first {
            // A name does not start with the article (but "لأدريس" / "وطلال" are fine).
            if readings[i].contains(where: { $0.definite }) { return false }
        }
        return true
    }

    /// A word governed by a name particle ("الأمير" in "عبد الأمير"): part of a name whatever it spells.
    func afterParticleWord(_ k: Int) -> Bool {
        k >= 1 && word(k) && isLetters(k) && has(k - 1, .particle)
    }

    /// A word of five letters or more ending in the possessive ها / هم / هما.
    func pronounSuffixed(_ i: Int) -> Bool { props[i].contains(.pronounSuffixed) }

    /// The end of a name starting at `i` (at most `limit` words, particles not counted).
    func nameEnd(from i: Int, limit: Int) -> Int {
        guard nameLike(i, first: true) else { return i }
        var k = i + 1, words = 1
        // After a particle ("بن", "عبد", "أبو") the next word is a name even when it spells a common
        // word ("بن علية", whose normalized form is the pronoun عليه).
        func afterParticle(_ k: Int) -> Bool {
            has(k - 1, .particle) && word(k) && !taken[k] && isLetters(k)
        }
        while k < tokens.count, words < limit, nameLike(k, first: false) || afterParticle(k), !startsConjunction(k),
              !prepositionalNoun(k) || afterParticle(k) {
            if words >= 2, !thirdNameWord(k) { break }
            if !has(k, .particle) { words += 1 }
            k += 1
        }
        // A trailing particle is not a name's end.
        while k > i + 1, has(k - 1, .particle) { k -= 1 }
        return k
    }

    /// "بتسريع", "بمسرغين", "لسموه" after a name: ب / ل + a noun, not a family name (but
    /// بوزيان, بلعريبي are).
    func prepositionalNoun(_ i: Int) -> Bool {
        guard !isGivenName(i), let r = readings[i].first(where: { $0.preposition && !$0.conjunction }),
              let c = r.form.unicodeScalars.first else { return false }
        if !has(i, .lam) { return "تمس".unicodeScalars.contains(c) }
        // ل + a verbal noun or a pronoun-suffixed noun ("لتعزيز", "لمناقشة", "لسموه", "للمنطقة"); a
        // family name or a foreign name may start with ل too ("لعرابي", "لويزا").
        return "اتمسين".unicodeScalars.contains(c) || r.restoredArticle
    }

    /// Beyond two words a name goes on only with a given name (a father's name), a particle
    /// ("بن", "عبد") and what follows it, a family name with the article ("الجبوري"), or any
    /// name word after a father's name, but not an accusative noun ("برنامجاً").
    func thirdNameWord(_ k: Int) -> Bool {
        let t = tokens[k].text
        if isGivenName(k) || has(k, .particle) || has(k - 1, .particle) { return true }
        if t.hasPrefix("\u{0627}\u{0644}") { return true }
        // An accusative noun written with tanween ("برنامجاً"); foreign names end in ا too ("أوكومبا").
        if tanween[k] { return false }
        if isGivenName(k - 1) || (k >= 2 && has(k - 2, .particle)) { return true }
        // A last word before punctuation, a particle, a role or a title: "نمير حبيب مخلوف،",
        // "أيمن رشاد قنديل مدير عام ...".
        return k + 1 >= tokens.count || !tokens[k + 1].isWord || isStop(k + 1) || isRoleWord(k + 1) || isTitleWord(k + 1)
    }

    /// The reading of the first token of a mention that starts at token `i`: clitics that are
    /// not part of the name (a conjunction or preposition before it) are skipped.
    func nameReading(_ i: Int) -> Reading {
        let rs = readings[i]
        if let exact = rs.first(where: { r in lexicon.givenNames.match(tokens, at: i, first: r.form) != nil
            && (!r.preposition || tokens[i].text.dropFirst(r.skip - 1).hasPrefix("\u{0644}")) }) { return exact }
        if let known = rs.first(where: { lexicon.known.match(tokens, at: i, first: $0.form) != nil }) { return known }
        // A conjunction is stripped; a preposition only before an alef (لأحمد، بإبراهيم), where
        // a name is unlikely to start with ب ل ك.
        var best = rs[0]
        for r in rs.dropFirst() where r.form.unicodeScalars.count >= 3 {
            if r.preposition {
                let p = tokens[i].text.unicodeScalars[tokens[i].text.unicodeScalars.index(tokens[i].text.unicodeScalars.startIndex, offsetBy: r.skip - 1)]
                if p == "\u{0644}", r.form.unicodeScalars.first == "\u{0627}" && !r.restoredArticle { best = r }
            } else if r.conjunction, !(r.skip == 1 && has(i, .fa)) {
                // و is stripped; ف rarely joins a name and starts many (فوزي، فادي، فؤاد).
                best = r
            }
        }
        return best
    }

    // MARK: - Output

    mutating func emit(_ kind: EntityKind, _ a: Int, _ b: Int, rule: String, confidence: Double,
                       reading: Reading? = nil, configure: (inout Candidate) -> Void = { _ in }) {
        guard a < b else { return }
        let r = reading ?? Reading(skip: 0, form: tokens[a].text, definite: false, conjunction: false, preposition: false, restoredArticle: false)
        let start = tokens[a].start + r.skip
        let end = tokens[b - 1].end
        var surface = text.originalText(start, end)
        if r.restoredArticle { surface = "\u{0627}" + surface }
        var c = Candidate(kind: kind, sentence: sentence.index, tokenStart: a, tokenEnd: b, start: start, end: end,
                          surface: surface, rule: rule, confidence: confidence)
        configure(&c)
        out.append(c)
        for k in a..<b { taken[k] = true }
    }

    // MARK: - Cues

    func findCues(_ findings: inout Findings) {
        var i = 0
        while i < tokens.count {
            var matched = 1
            if word(i), inList(i, .cues) {
                for r in readings[i] where !r.preposition || r.skip == 0 {
                    if let m = lexicon.cues.match(tokens, at: i, first: r.form) {
                        for kind in m.value {
                            findings.cues.append(CueHit(kind: kind, sentence: sentence.index, tokenStart: i, tokenEnd: i + m.length))
                        }
                        matched = max(matched, m.length)
                        break
                    }
                }
                // Prepositional cues written with their preposition ("بحضور", "لمحاربة") are listed whole.
            }
            i += 1   // overlapping cues all count ("مذكرة تفاهم بين" and "بين")
        }
    }

    // MARK: - 1. Titles

    mutating func findTitles() {
        var i = 0
        while i < tokens.count {
            let lex = lexicon, toks = tokens
            guard !taken[i], word(i), isTitleWord(i), !afterNameParticle(i),
                  let (length, plural) = readings[i].lazy.compactMap({ lex.titles.match(toks, at: i, first: $0.form) })
                    .map({ ($0.length, $0.value) }).first
            else { i += 1; continue }
            if plural { listContext = true }
            // "جامعة الملك عبدالعزيز": a title right after an organization head names the organization.
            if i > 0, !taken[i - 1], isHeadWord(i - 1), !plural, !has(i - 1, .article),
               lexicon.eponymTitles.contains(tokens[i].text) {
                i += length
                continue
            }
            var j = i + length
            if let (a, b) = quotedName(at: j) {
                for k in i..<(i + length) { taken[k] = true }
                emit(.person, a, b, rule: "title+quoted-name", confidence: 0.95, reading: nameReading(a)) { $0.quoted = true }
                i = b + 1
                continue
            }
            while j < tokens.count, tokens[j].isQuote { j += 1 }
            // "السفير الفرنسي باتريك دوريل": a nationality between the title and the name.
            var nationality = false
            if word(j), !taken[j], has(j, .gentilic), readings[j][0].definite,
               nameEnd(from: j + 1, limit: 4) >= j + 3 {
                j += 1
                nationality = true
            }
            // "دولة قطر", "سمو الكويت": an honorific before a country or city is no person's title.
            // (A given name that also names a place, "صلاح الدين", stays a name.)
            if !nationality, !isGivenName(j), let known = knownAt(j, plainOnly: true), known.value.kind == .place {
                i += length
                continue
            }
            let end = nameEnd(from: j, limit: 4)
            if end > j {
                for k in i..<(i + length + (nationality ? 1 : 0)) { taken[k] = true }
                // Right after a title the name keeps its first letter: a conjunction would stand
                // before the title ("الدكتور واعد" is واعد, not و + اعد).
                emit(.person, j, end, rule: "title+name", confidence: end - j >= 2 ? 0.95 : 0.8, reading: readings[j][0])
                i = end
            } else {
                i += length
            }
        }
    }

    /// A name between quotes starting at `i` (an opening quote): the tokens inside, when there
    /// are one to five name words and the closing quote is there. Unbalanced quotes are common
    /// (“ليلى مصطفى و”شواخ), so the name may also end at a standalone "و" before a quote.
    func quotedName(at i: Int) -> (Int, Int)? {
        guard i < tokens.count, tokens[i].isQuote else { return nil }
        let a = i + 1
        guard a < tokens.count, nameLike(a, first: true) else { return nil }
        var k = a
        while k < tokens.count, k - a < 6, word(k), !taken[k], !isStop(k) || has(k, .particle) {
            if k > a, has(k, .isWaw) { break }
            if k > a, !nameLike(k, first: false) { break }
            k += 1
        }
        guard k > a, k < tokens.count, tokens[k].isQuote || has(k, .isWaw) else { return nil }
        return (a, k)
    }

    // MARK: - 2. Organizations

    mutating func findOrganizations() {
        var i = 0
        while i < tokens.count {
            guard word(i), !taken[i] else { i += 1; continue }
            // "انطلاق منتدى X", "فعاليات ملتقى X": a head that is also an event trigger names the event.
            if isEventWord(i), i > 0, plainForms(i - 1).contains(where: { lexicon.eventOpeners.contains($0) }) { i += 1; continue }
            // "دولة الكويت", "جمهورية الصومال الفيدرالية": a country's formal name is the country.
            if inList(i, .statePrefixes), let r = readings[i].first(where: { lexicon.statePrefixes.contains($0.form) }),
               let known = knownAt(i + 1, plainOnly: true), known.value.kind == .place, known.value.type == "country" {
                var end = i + 1 + known.length
                while end < tokens.count, end - i - 1 - known.length < 2, !taken[end], !isStop(end), definiteNisba(end) { end += 1 }
                emit(.place, i, end, rule: "state-name", confidence: 0.9, reading: r) { $0.known = known.value }
                i = end
                continue
            }
            // "رئيس مجلس إدارة شركة X": the board belongs to the role, the organization follows it.
            if let board = boardLength(at: i), organization(at: i + board) != nil
                || knownAt(i + board, plainOnly: false)?.value.kind == .organization {
                i += board
                continue
            }
            let candidate = organization(at: i)
            // A known organization at least as long is left to the gazetteer pass.
            if let known = knownAt(i, plainOnly: false), known.value.kind == .organization,
               i + known.length >= (candidate?.0 ?? 0) {
                i += known.length
                continue
            }
            if let (end, reading, head, complement, wrapped) = candidate {
                // An organization named inside another after ل / ب ("الأمانة العامة لمجلس التعاون",
                // "كلية الهندسة بجامعة الإسكندرية") is one of its own; RelationFinder reads partOf from it.
                var nested: (Int, Int, Reading, String, [String])?
                for k in (i + 2)..<max(i + 2, end) where nested == nil && tokens[k].isWord {
                    guard readings[k].contains(where: { $0.preposition && !$0.conjunction }),
                          let (innerEnd, innerReading, innerHead, innerStems, _) = organization(at: k), innerEnd <= end,
                          innerReading.preposition else { continue }
                    nested = (k, innerEnd, innerReading, innerHead, innerStems)
                }
                // ... or a known one: "المكتب التنفيذي للاتحاد العام التونسي للشغل".
                var nestedKnown: (Int, Reading, KnownEntity)?
                for k in (i + 2)..<max(i + 2, end) where nested == nil && nestedKnown == nil && tokens[k].isWord {
                    for r in readings[k] where r.preposition && !r.conjunction {
                        if let m = lexicon.known.match(tokens, at: k, first: r.form), k + m.length == end, m.value.kind == .organization {
                            nestedKnown = (k, r, m.value)
                            break
                        }
                    }
                }
                var extra: [String] = []
                if let q = (i..<end).first(where: { tokens[$0].isQuote }), let (a, b) = quotedSpan(at: q), b < end {
                    extra.append(text.originalText(tokens[a].start, tokens[b - 1].end))
                }
                if let short = withoutPlace(i, end, reading) { extra.append(short) }
                // "إدارة الشؤون الأفريقية بوزارة الخارجية": the unit's own name, without its parent.
                if let (k, _, _, _, _) = nested, k > i + 1, has(k, .ba) {
                    let short = text.originalText(tokens[i].start + reading.skip, tokens[k - 1].end)
                    extra.append(reading.restoredArticle ? "\u{0627}" + short : short)
                }
                // "تنظيم القاعدة", "شركة زيتونة": a head before a known organization names that organization.
                var inner: KnownEntity?
                let headWord = Morphology.stripArticle(reading.form) ?? reading.form
                let namesInner = lexicon.wrappers.contains(headWord) || lexicon.nameHeads.contains(headWord)
                for k in (i + 1)..<end where inner == nil && namesInner {
                    if let m = knownAt(k, plainOnly: true), k + m.length == end, m.value.kind == .organization { inner = m.value }
                }
                emit(.organization, i, end, rule: "org-head+complement", confidence: 0.85, reading: reading) {
                    $0.known = inner
                    $0.extraForms = extra
                    $0.head = head
                    $0.complement = complement
                    $0.wrapped = wrapped
                    $0.definite = reading.definite
                }
                if let (k, innerEnd, innerReading, innerHead, innerStems) = nested {
                    let innerShort = withoutPlace(k, innerEnd, innerReading)
                    emit(.organization, k, innerEnd, rule: "nested-org", confidence: 0.7, reading: innerReading) {
                        $0.extraForms = innerShort.map { [$0] } ?? []
                        $0.head = innerHead
                        $0.complement = innerStems
                        $0.definite = innerReading.definite
                    }
                }
                if let (k, innerReading, known) = nestedKnown {
                    emit(.organization, k, end, rule: "nested-org", confidence: 0.8, reading: innerReading) { $0.known = known }
                }
                // "الاتحاد الجهوي للشغل بصفاقس", "مكتب المنظمة في عدن": the place that ends the name.
                emitPlaceEnding(organizationFrom: i, to: end)
                i = end
                continue
            }
            // A definite head alone ("التحالف", "المركز المذكور") refers back to an organization.
            if let r = readings[i].first(where: { $0.definite && lexicon.heads.match(tokens, at: i, first: $0.form)?.length == 1 }) {
                let anaphoric = i + 1 < tokens.count && lexicon.anaphora.contains(tokens[i + 1].text)
                let end = anaphoric ? i + 2 : i + 1
                let headClass = lexicon.headClass(r.form)
                emit(.organization, i, end, rule: anaphoric ? "org-anaphora" : "org-short-form", confidence: 0.6, reading: r) {
                    $0.head = headClass
                    $0.shortForm = true
                    $0.anaphoric = anaphoric
                }
                i = end
                continue
            }
            i += 1
        }
    }

    /// A definite adjective of the role modifiers ("العام", "العامة") after a definite head: "الاتحاد
    /// العام لعمال الكويت" (العام is otherwise a stop word: "العام الماضي").
    func definiteModifier(_ k: Int) -> Bool {
        guard word(k), !taken[k], let bare = Morphology.stripArticle(tokens[k].text) else { return false }
        return lexicon.modifiers[bare] != nil && !(k + 1 < tokens.count && lexicon.stopwords.contains(tokens[k + 1].text))
    }

    /// A definite nisba adjective ("الليبي", "الوطنية"), which agrees with the name before it.
    func definiteNisba(_ k: Int) -> Bool {
        word(k) && readings[k][0].definite && has(k, .nisba)
    }

    /// A word right after a name particle ("عبد الأمير", "أبو القائد") is a name, not a title or role.
    func afterNameParticle(_ i: Int) -> Bool {
        i > 0 && word(i - 1) && !taken[i - 1] && has(i - 1, .particle)
    }

    /// The index after "X وY وZ" starting at `k`: indefinite nouns joined by و ("تجارة وصناعة"),
    /// or `k` itself when no coordinated noun follows.
    func coordinatedNounsEnd(from k: Int) -> Int {
        var c = k
        while word(c), !taken[c], isLetters(c), !isStop(c), c < k + 3,
              let conj = readings[c].first(where: { $0.conjunction && !$0.preposition }), !conj.definite,
              lexicon.heads.match(tokens, at: c, first: conj.form) == nil, !isRoleWord(c), !isEventWord(c), !isGivenName(c) {
            c += 1
        }
        return c
    }

    /// The number of tokens of a board phrase ("مجلس إدارة") starting at `i`, if one does.
    func boardLength(at i: Int) -> Int? {
        guard word(i), inList(i, .boards), !lexicon.boards.isEmpty else { return nil }
        for r in readings[i] where !r.preposition {
            if let m = lexicon.boards.match(tokens, at: i, first: r.form) { return m.length }
        }
        return nil
    }

    /// Emits the known place that ends an organization's name after ب or في, as a mention of its own.
    mutating func emitPlaceEnding(organizationFrom i: Int, to end: Int) {
        for k in (i + 1)..<end where tokens[k].isWord {
            if has(k, .isFi), let m = lexicon.known.match(tokens, at: k + 1, first: tokens[k + 1].text), m.value.kind == .place,
               m.value.type != "country", k + 1 + m.length == end {
                emit(.place, k + 1, end, rule: "place-in-organization-name", confidence: 0.8, reading: readings[k + 1][0]) { $0.known = m.value }
                return
            }
            for r in readings[k] where r.preposition && !r.conjunction && has(k, .ba) {
                if let m = lexicon.known.match(tokens, at: k, first: r.form), m.value.kind == .place, m.value.type != "country", k + m.length == end {
                    emit(.place, k, end, rule: "place-in-organization-name", confidence: 0.8, reading: r) { $0.known = m.value }
                    return
                }
            }
        }
    }

    /// The name without its closing "في + place" ("تحالف دعم الشرعية" for "تحالف دعم الشرعية في اليمن").
    func withoutPlace(_ i: Int, _ end: Int, _ reading: Reading) -> String? {
        var cut = ((i + 1)..<end).first(where: { has($0, .isFi) })
        // "جمعية الهلال الأحمر الليبي بمصراتة": ب + a known place closing the name.
        if cut == nil, end - 1 > i + 1, has(end - 1, .ba),
           readings[end - 1].contains(where: { r in r.preposition && !r.conjunction
               && lexicon.known.match(tokens, at: end - 1, first: r.form).map { $0.value.kind == .place && $0.length == 1 } == true }) {
            cut = end - 1
        }
        guard let f = cut, f > i + 1 else { return nil }
        let short = text.originalText(tokens[i].start + reading.skip, tokens[f - 1].end)
        return reading.restoredArticle ? "\u{0627}" + short : short
    }

    /// An organization name starting at token `i`: a head and its complement, or a gentilic
    /// head and nationality adjective.
    func organization(at i: Int) -> (Int, Reading, String, [String], String?)? {
        // Every form asked below is a reading's: none is a head or a gentilic head unless the token is one.
        guard i >= 0, i < tokens.count, isHeadWord(i) || inList(i, .gentilicHeads) else { return nil }
        for r in readings[i] {
            // Gentilic heads: "الخارجية الأمريكية", "النظام السوري".
            if lexicon.gentilicHeads.contains(r.form), word(i + 1), !taken[i + 1], has(i + 1, .gentilic),
               // "الخارجية الأمريكية", but "وزير الخارجية الكويتي" agrees with the minister.
               !r.form.hasSuffix("\u{0647}") || tokens[i + 1].text.hasSuffix("\u{0647}"),
               has(i + 1, .definiteText) {
                // and further agreeing adjectives: "الجيش الوطني الليبي".
                var end = i + 2
                var stems = [Morphology.stripArticle(tokens[i + 1].text) ?? tokens[i + 1].text]
                while end < i + 4, end < tokens.count, !taken[end], !isStop(end), !isRoleWord(end), definiteNisba(end) {
                    stems.append(Morphology.stripArticle(tokens[end].text) ?? tokens[end].text)
                    end += 1
                }
                return (end, r, lexicon.headClass(r.form), stems, nil)
            }
            guard let head = lexicon.heads.match(tokens, at: i, first: r.form) else { continue }
            let headForm = r.form
            let nameHead = lexicon.nameHeads.contains(Morphology.stripArticle(headForm).map { $0 } ?? headForm)
                || lexicon.nameHeads.contains(headForm)
            let start = i + head.length
            // A multi-word head that ends definite ("مجلس النواب") is definite: no proper name follows it.
            let definiteHead = r.definite || (head.length >= 2 && has(i + head.length - 1, .article))
            guard let (end, stems, innerKey) = complement(from: start, nameHead: nameHead && !definiteHead, headDefinite: definiteHead,
                                                          afterMultiWordHead: head.length >= 2) else {
                // A multi-word head is a whole name: "مجلس النواب", "مجلس الوزراء".
                if head.length >= 2 {
                    let words = (i..<(i + head.length)).map { Morphology.stripArticle(tokens[$0].text) ?? tokens[$0].text }
                    return (i + head.length, r, lexicon.headClass(headForm), Array(words.dropFirst()), nil)
                }
                continue
            }
            let headClass = lexicon.headClass(headForm)
            let isWrapper = lexicon.wrappers.contains(Morphology.stripArticle(headForm) ?? headForm)
            return (end, r, headClass, stems, isWrapper ? innerKey : nil)
        }
        return nil
    }

    /// The complement of an organization head: returns its end, the stems of its words, and
    /// the key of the name it contains (for wrapper heads).
    func complement(from j: Int, nameHead: Bool, headDefinite: Bool, afterMultiWordHead: Bool = false) -> (Int, [String], String?)? {
        var quotedInner: String?
        return complement(from: j, nameHead: nameHead, headDefinite: headDefinite, afterMultiWordHead: afterMultiWordHead, quoted: &quotedInner)
    }

    func complement(from j: Int, nameHead: Bool, headDefinite: Bool, afterMultiWordHead: Bool = false,
                    quoted quotedInner: inout String?) -> (Int, [String], String?)? {
        guard j < tokens.count else { return nil }
        var k = j
        var stems: [String] = []
        func stem(_ i: Int) -> String {
            let r = readings[i].last { !$0.restoredArticle } ?? readings[i][0]
            return Morphology.stripArticle(r.form) ?? r.form
        }
        // First word. Only a quoted name, a known organization or a nested organization can be
        // what a wrapper head ("قوات", "تنظيم") wraps.
        var wraps = false
        if tokens[k].isQuote, let (a, b) = quotedSpan(at: k) {
            wraps = true
            for x in a..<b { stems.append(stem(x)) }
            quotedInner = text.originalText(tokens[a].start, tokens[b - 1].end)
            k = b + 1
        } else if let known = knownAt(k, plainOnly: true), known.value.kind != .person {
            for x in k..<(k + known.length) { stems.append(stem(x)) }
            wraps = known.value.kind == .organization
            k += known.length
        } else if word(k), !taken[k], let inner = organization(at: k), readings[k][0].skip == 0 || inner.1.skip == 0 {
            wraps = true
            stems.append(inner.2)
            stems.append(contentsOf: inner.3)
            k = inner.0
        } else if headDefinite, word(k), !taken[k], has(k, .lam), !isCueWord(k),
                  let inner = organization(at: k), inner.1.preposition, !inner.1.conjunction {
            // "الأمانة العامة لمجلس التعاون": a definite head, then ل + an organization.
            stems.append(inner.2)
            stems.append(contentsOf: inner.3)
            k = inner.0
        } else if !headDefinite, word(k), !taken[k], isDirection(k), let known = knownAt(k + 1, plainOnly: true) {
            for x in k..<(k + 1 + known.length) { stems.append(stem(x)) }
            k += 1 + known.length
        } else if word(k), !taken[k], has(k, .article), isTitleWord(k), word(k + 1), !taken[k + 1], isGivenName(k + 1) {
            // A royal name: "جامعة الملك عبدالعزيز", "مستشفى الملك فهد".
            stems.append(stem(k))
            stems.append(stem(k + 1))
            k += 2
        } else if word(k), !taken[k], has(k, .article),
                  headDefinite ? (definiteModifier(k) || unitOrdinal(k) || (complementWord(k) && adjectiveLike(k))) : complementWord(k) {
            // A definite head takes adjectives only ("المجلس البلدي", not "المحكمة المتهمين").
            stems.append(stem(k))
            k += 1
        } else if !headDefinite, word(k), !taken[k], readings[k][0].skip == 0, isKindWord(k),
                  let known = knownAt(k + 1, plainOnly: true), known.value.kind == .place {
            // "مجلس مدينة حلب", "اتحاد بلديات قضاء صور": a place kind word and the place it names.
            for x in k..<(k + 1 + known.length) { stems.append(stem(x)) }
            k += 1 + known.length
        } else if !headDefinite, word(k), !taken[k], !readings[k].contains(where: { $0.preposition && $0.definite }),
                  !has(k, .lam), !has(k, .baMim), !has(k, .baTa),
                  isLetters(k), !isStop(k),
                  !has(k, .gentilic), !isGivenName(k), !isRoleWord(k), !isEventWord(k), !isTitleWord(k),
                  case let c = coordinatedNounsEnd(from: k + 1), word(c), !taken[c],
                  (c == k + 1 && has(c, .article) && complementWord(c))
                    || knownAt(c, plainOnly: true)?.value.kind == .place {
            // An indefinite noun in construct with a definite one or a place: "قوات حماية الشعب",
            // "هيئة مكافحة الفساد", "نقابة صيادلة لبنان"; coordinated nouns share the complement:
            // "غرفة تجارة وصناعة البحرين".
            let length = has(c, .article) ? 1 : (knownAt(c, plainOnly: true)?.length ?? 1)
            for x in k..<c {
                let conj = readings[x].first(where: { $0.conjunction && !$0.preposition })
                stems.append(x > k ? (conj?.form ?? stem(x)) : stem(x))
            }
            for x in c..<(c + length) { stems.append(stem(x)) }
            k = c + length
        } else if nameHead, !headDefinite, nameLike(k, first: true), readings[k][0].skip == 0, !has(k, .nisba),
                  !isGivenName(k) || (word(k + 1) && !taken[k + 1] && isLetters(k + 1)
                    && (!isStop(k + 1) || lexicon.regnalNumbers.contains(tokens[k + 1].text))) {
            stems.append(stem(k))
            k += 1
            // "جامعة محمد الأول": a given name and its regnal number.
            if word(k), !taken[k], lexicon.regnalNumbers.contains(tokens[k].text) {
                stems.append(stem(k))
                k += 1
            }
            // "مؤسسة كونراد أديناور", "جامعة عين شمس": up to two more words of the name, when a
            // boundary follows them (so "حركة فتح ترفض القرار" keeps its verb out).
            var extra = k
            while extra < k + 2, word(extra), !taken[extra], nameLike(extra, first: true), readings[extra][0].skip == 0, !isGivenName(extra),
                  !startsConjunction(extra), !has(extra, .nisba) { extra += 1 }
            while extra > k {
                let next = extra
                let boundary = next >= tokens.count || !tokens[next].isWord || isStop(next) || startsConjunction(next)
                    || definiteNisba(next)
                if boundary { break }
                extra -= 1
            }
            for x in k..<extra { stems.append(stem(x)) }
            k = extra
        } else if afterMultiWordHead, word(k), !taken[k], let r = readings[k].first(where: { $0.restoredArticle && !$0.conjunction }),
                  complementWord(k), !lexicon.purposeNouns.contains(Morphology.stripArticle(r.form) ?? r.form) {
            // "المنظمة الدولية للهجرة": a multi-word head, then لل + a noun.
            stems.append(Morphology.stripArticle(r.form) ?? r.form)
            k += 1
        } else {
            return nil
        }
        let innerStart = j
        let innerEnd = k
        // Further words: agreeing definite adjectives, coordinated definite nouns, ل + place.
        while k < tokens.count, stems.count < 9 {
            if tokens[k].isDash, word(k + 1), !taken[k + 1] {
                if isDirection(k + 1), let known = knownAt(k + 2, plainOnly: true) {
                    for x in (k + 1)..<(k + 2 + known.length) { stems.append(stem(x)) }
                    k += 2 + known.length
                    continue
                }
                break
            }
            guard word(k), !taken[k] else { break }
            let full = tokens[k].text
            // "جامعة الحسن الثاني": a regnal number after a given name.
            if lexicon.regnalNumbers.contains(full), k > j, isGivenName(k - 1) {
                stems.append(stem(k)); k += 1
                continue
            }
            // After the head and its genitive, a definite word is an adjective or a new phrase:
            // "وزارة التجهيز والماء" ends before "النسبة المتبقية".
            if full.hasPrefix("\u{0627}\u{0644}"), (complementWord(k) && adjectiveLike(k)) || (headDefinite && definiteModifier(k)) || unitOrdinal(k),
               knownAt(k, plainOnly: true)?.value.kind != .organization {
                stems.append(stem(k)); k += 1
                continue
            }
            // و + a noun in construct: "كلية الحاسبات وتقنية المعلومات".
            if let conj = readings[k].first(where: { $0.conjunction && !$0.preposition }), !conj.definite, k + 1 < tokens.count,
               word(k + 1), !taken[k + 1], has(k + 1, .article), complementWord(k + 1), !isStop(k),
               isLetters(k), lexicon.heads.match(tokens, at: k, first: conj.form) == nil,
               !lexicon.isGentilic(conj.form), !isRoleWord(k), !isEventWord(k), !isGivenName(k) {
                stems.append(conj.form)
                stems.append(stem(k + 1))
                k += 2
                continue
            }
            // (A second organization's head starts a new name: "جامعة X والأكاديمية العربية".)
            if let conj = readings[k].first(where: { $0.conjunction && !$0.preposition }), conj.definite,
               !isStop(k), !lexicon.gentilicHeads.contains(conj.form), lexicon.heads.match(tokens, at: k, first: conj.form) == nil,
               lexicon.heads.match(tokens, at: k, first: Morphology.stripArticle(conj.form) ?? conj.form) == nil,
               knownAt(k, plainOnly: false) == nil, complementWord(k) {
                stems.append(stem(k)); k += 1
                continue
            }
            if let prep = readings[k].first(where: { $0.preposition && !$0.conjunction && $0.form.unicodeScalars.first == "\u{0627}" || ($0.preposition && !$0.conjunction && has(k, .lam)) }),
               has(k, .lam) {
                // ل + place or ل + kind word + place: "لمدينة الرقة", "للرقة"; ل + organization: "للتحالف الدولي".
                if let inner = organization(at: k), inner.1.preposition, !inner.1.conjunction, !isCueWord(k) {
                    stems.append(inner.2)
                    stems.append(contentsOf: inner.3)
                    k = inner.0
                    continue
                }
                if lexicon.known.match(tokens, at: k, first: prep.form) != nil || lexicon.heads.match(tokens, at: k, first: prep.form) != nil {
                    let length = lexicon.known.match(tokens, at: k, first: prep.form)?.length ?? 1
                    for x in k..<(k + length) { stems.append(stem(x)) }
                    k += length
                    continue
                }
                if lexicon.kindWords.contains(prep.form), let known = knownAt(k + 1, plainOnly: true) {
                    for x in k..<(k + 1 + known.length) { stems.append(stem(x)) }
                    k += 1 + known.length
                    continue
                }
            }
            // لل + definite noun: "المجلس الأعلى للدولة", "الجامعة العامة للنقل".
            // After a definite head, a purpose noun ("للبحث") names a field when an adjective follows
            // it ("الهيئة العليا للبحث العلمي"; but "وكيل وزارة الخارجية للشؤون الثنائية" is an office).
            if let r = readings[k].first(where: { $0.restoredArticle && !$0.conjunction }), complementWord(k),
               !lexicon.purposeNouns.contains(Morphology.stripArticle(r.form) ?? r.form) || (headDefinite && word(k + 1) && !taken[k + 1] && definiteNisba(k + 1)),
               !lookupForms(k).contains(where: { lexicon.roles.match(tokens, at: k, first: $0) != nil }) {
                stems.append(Morphology.stripArticle(r.form) ?? r.form)
                k += 1
                continue
            }
            // ل + verbal noun + definite noun: "الوكالة الوطنية لتحسين السكن", "لإدارة مخيمات النازحين".
            if has(k, .lam), !has(k, .lamLam), isLetters(k), !isStop(k),
               let r = readings[k].first(where: { $0.preposition && !$0.conjunction && !$0.definite }), r.form.unicodeScalars.count >= 3,
               !isRoleWord(k), !isEventWord(k), word(k + 1), !taken[k + 1], !lexicon.purposeNouns.contains(r.form),
               headDefinite, let last = tokens[k - 1].text as String?, has(k - 1, .nisba) || lexicon.modifiers[Morphology.stripArticle(last) ?? last] != nil {
                var e = k + 1
                if !has(e, .article), isLetters(e), !isStop(e), word(e + 1), !taken[e + 1],
                   has(e + 1, .article) { e += 1 }
                if has(e, .article), complementWord(e) {
                    stems.append(r.form)
                    for x in (k + 1)...e { stems.append(stem(x)) }
                    k = e + 1
                    // "لتحسين السكن وتطويره": a second verbal noun with the first one's object as a pronoun.
                    if word(k), !taken[k], has(k, .waw), isLetters(k), tokens[k].text.unicodeScalars.count >= 5, endsWithPronoun(k) {
                        stems.append(stem(k))
                        k += 1
                    }
                    continue
                }
            }
            // "الرابطة التونسية للدفاع عن حقوق الإنسان": عن + the object of the ل verbal noun before it.
            if tokens[k].text == "\u{0639}\u{0646}", k > j, has(k - 1, .lam), word(k + 1), !taken[k + 1], !isStop(k + 1) {
                if has(k + 1, .article), complementWord(k + 1) {
                    stems.append(stem(k + 1)); k += 2
                    continue
                }
                if isLetters(k + 1), !has(k + 1, .article), !isGivenName(k + 1), !isRoleWord(k + 1), word(k + 2), !taken[k + 2],
                   has(k + 2, .article), complementWord(k + 2) {
                    stems.append(stem(k + 1)); stems.append(stem(k + 2)); k += 3
                    continue
                }
            }
            // ب + an organization closes the name: "كلية الهندسة بجامعة الإسكندرية".
            if has(k, .ba), !isCueWord(k), let (innerEnd, innerReading, _, innerStems, _) = organization(at: k),
               innerReading.preposition, !innerReading.conjunction {
                stems.append(contentsOf: innerStems)
                k = innerEnd
                break
            }
            // ب + a known place closes the name: "الاتحاد الجهوي للشغل بصفاقس".
            if has(k, .ba), let r = readings[k].first(where: { $0.preposition && !$0.conjunction }),
               let m = lexicon.known.match(tokens, at: k, first: r.form), m.value.kind == .place, m.value.type != "country" {
                for x in k..<(k + m.length) { stems.append(stem(x)) }
                k += m.length
                break
            }
            // "تحالف دعم الشرعية في اليمن", "الحكومة الانتقالية في تشاد": في + a country or region
            // ends the name (the name without it is kept as an alias).
            if has(k, .isFi), let known = knownAt(k + 1, plainOnly: true), known.value.kind == .place,
               known.value.type != "water" {
                k += 1 + known.length   // not a stem: the place does not tell bodies apart
                break
            }
            // "مركز التنسيق والعلاقات مع التحالف الدولي": a relational noun takes مع + organization.
            if has(k, .isMa), let last = stems.last, lexicon.relationalComplements.contains(last), k + 1 < tokens.count {
                if let (end, _, innerHead, innerStems, _) = organization(at: k + 1) {
                    stems.append(innerHead)
                    stems.append(contentsOf: innerStems)
                    k = end
                    continue
                }
                if let known = knownAt(k + 1, plainOnly: true), known.value.kind == .organization {
                    for x in (k + 1)..<(k + 1 + known.length) { stems.append(stem(x)) }
                    k += 1 + known.length
                    continue
                }
            }
            break
        }
        return (k, stems, wraps ? innerName(innerStart, innerEnd) : nil)
    }

    /// The original text of the words in a token range (quotes left out).
    func innerName(_ a: Int, _ b: Int) -> String? {
        var first = a, last = b
        while first < last, !tokens[first].isWord { first += 1 }
        while last > first, !tokens[last - 1].isWord { last -= 1 }
        guard first < last else { return nil }
        return text.originalText(tokens[first].start, tokens[last - 1].end)
    }

    /// A definite word that can continue an organization's name.
    /// A definite word that reads as an adjective: a nisba ("الوطني"), a gentilic ("العرب"), a
    /// listed modifier ("العام"), an elative ("الأعلى", "العليا", "الكبرى"), a فاعل or فعيل
    /// form ("القابضة", "السريع") or a participle ("المتحدة", "المستقلة") that is not a sound
    /// plural ("المواطنين").
    func adjectiveLike(_ k: Int) -> Bool {
        guard word(k), let bare = Morphology.stripArticle(tokens[k].text) else { return false }
        if has(k, .nisba) || has(k, .gentilic) || lexicon.modifiers[bare] != nil { return true }
        let w = Array(bare.unicodeScalars)
        let alef: Unicode.Scalar = "\u{0627}", ya: Unicode.Scalar = "\u{064A}", mim: Unicode.Scalar = "\u{0645}"
        if w.count == 4, w[0] == alef || w[3] == alef || w[3] == ya { return true }
        // فاعل / فاعلة ("القابضة", "السادسة") and فعيل / فعيلة ("السريع", "الشغيلة").
        let ha: Unicode.Scalar = "\u{0647}"
        let stemCount = w.last == ha ? w.count - 1 : w.count
        if stemCount == 4, w[1] == alef || w[2] == ya { return true }
        if w.count >= 5, w[0] == mim {
            let end = String(String.UnicodeScalarView(w.suffix(2)))
            return end != "\u{064A}\u{0646}" && end != "\u{0648}\u{0646}" && end != "\u{0627}\u{062A}"
        }
        return false
    }

    /// The word ends in the pronoun ه or ها as written (not the ة that normalizing folds into ه).
    func endsWithPronoun(_ k: Int) -> Bool {
        let range = text.originalRange(tokens[k].start, tokens[k].end)
        var letters = text.original[range].filter { !Normalizer.isDiacritic($0) }.suffix(2).map(\.value)
        if letters.last == 0x0627 { letters.removeLast() }   // ها
        return letters.last == 0x0647
    }

    /// An ordinal that ends a unit's name ("المنطقة العسكرية الثانية").
    func unitOrdinal(_ k: Int) -> Bool { word(k) && !taken[k] && lexicon.unitOrdinals.contains(tokens[k].text) }

    func complementWord(_ k: Int) -> Bool {
        guard word(k), isLetters(k) else { return false }
        if isStop(k) || isEventWord(k) || isMonth(k) { return false }
        // A title is no complement, but a plural one is: "نقابة المهندسين", "هيئة الأطباء".
        if isTitleWord(k), !readings[k].contains(where: { lexicon.titles.match(tokens, at: k, first: $0.form)?.value == true }) { return false }
        if lookupForms(k).contains(where: { lexicon.roles.match(tokens, at: k, first: $0) != nil && !lexicon.modifiers.contains($0) }) {
            return false
        }
        if lexicon.anaphora.contains(tokens[k].text) || lexicon.weekdays[tokens[k].text] != nil { return false }
        if lexicon.kindWords.contains(tokens[k].text) || lexicon.kindWords.contains(Morphology.stripArticle(tokens[k].text) ?? "") { return false }
        return true
    }

    /// Tokens between quotes starting at `i`: (first word, index of the closing quote).
    func quotedSpan(at i: Int) -> (Int, Int)? {
        guard i < tokens.count, tokens[i].isQuote else { return nil }
        var k = i + 1
        while k < tokens.count, k - i <= 5, word(k) { k += 1 }
        guard k > i + 1, k < tokens.count, tokens[k].isQuote else { return nil }
        return (i + 1, k)
    }

    func knownAt(_ k: Int, plainOnly: Bool) -> (length: Int, value: KnownEntity)? {
        guard word(k), !taken[k], inList(k, .known) else { return nil }
        for r in readings[k] where !plainOnly || r.skip == 0 {
            if let m = lexicon.known.match(tokens, at: k, first: r.form), (k..<(k + m.length)).allSatisfy({ !taken[$0] }) {
                return m
            }
        }
        return nil
    }

    // MARK: - 3. Known names

    mutating func findKnown() {
        var i = 0
        while i < tokens.count {
            guard word(i), !taken[i] else { i += 1; continue }
            // Direction + place: "شمال سوريا", "شمال وشرقي سوريا", "شمال شرقي سورية".
            let lex = lexicon, toks = tokens
            if isDirection(i), let d = plainForms(i).lazy.compactMap({ lex.directions.match(toks, at: i, first: $0) }).first {
                var k = i + d.length
                if word(k), has(k, .waw), isDirection(k) { k += 1 }
                if let known = knownAt(k, plainOnly: true), known.value.kind == .place,
                   known.value.type == "country" || known.value.type == "region" {
                    let reading = readings[i].first { $0.conjunction && !$0.preposition } ?? readings[i][0]
                    let directionWords = (i..<k).compactMap { x -> String? in
                        guard word(x) else { return nil }
                        let f = readings[x].first { $0.conjunction && !$0.preposition }?.form ?? tokens[x].text
                        return lexicon.directions.contains(f) ? f : nil
                    }
                    let placeName = known.value.name
                    emit(.place, i, k + known.length, rule: "direction+place", confidence: 0.7, reading: reading) {
                        $0.key = directionWords.sorted().joined(separator: " ") + " | " + NameKey(placeName).value
                    }
                    i = k + known.length
                    continue
                }
            }
            if inList(i, .known), let (reading, m) = readings[i].lazy.compactMap({ r in lex.known.match(toks, at: i, first: r.form).map { (r, $0) } }).first,
               (i..<(i + m.length)).allSatisfy({ !taken[$0] }),
               // "قدري أبو بكر الشريف": a known person after a name word is the end of a longer name.
               !(m.value.kind == .person && reading.skip == 0 && (nameLike(i - 1, first: true) || afterParticleWord(i - 1))) {
                let corpus = m.value.type == "corpus"
                var end = i + m.length
                // A known organization with its agreeing adjectives: "الهلال الأحمر العربي السوري".
                if m.value.kind == .organization {
                    while end < tokens.count, end - i - m.length < 2, word(end), !taken[end],
                          has(end, .definiteText), has(end, .nisba),
                          !isStop(end), !isRoleWord(end) { end += 1 }
                }
                emit(m.value.kind, i, end, rule: corpus ? "corpus-gazetteer" : "gazetteer", confidence: corpus ? 0.8 : 0.9, reading: reading) {
                    $0.known = m.value
                }
                i = end
                continue
            }
            i += 1
        }
    }

    // MARK: - 4. Place-kind words

    /// "في مقر إدارة الجامعة بالعباسية،": after premises and what they belong to, ب + a name
    /// that closes the clause is the place the premises are in.
    mutating func findPremisesPlaces() {
        for i in tokens.indices where word(i) && inList(i, .premises) && readings[i].contains(where: { lexicon.premises.contains($0.form) }) {
            var k = i + 1
            while k < tokens.count, k <= i + 8, taken[k] || tokens[k].isQuote { k += 1 }
            guard k < tokens.count, word(k), !taken[k], isLetters(k), has(k, .ba),
                  let r = readings[k].first(where: { $0.preposition && !$0.conjunction }), r.form.unicodeScalars.count >= 4,
                  !isStop(k), !isHeadWord(k), !isRoleWord(k), !isEventWord(k), !isMonth(k), !isKindWord(k), !isCueWord(k),
                  k + 1 >= tokens.count || !tokens[k + 1].isWord else { continue }
            emit(.place, k, k + 1, rule: "premises+place", confidence: 0.6, reading: r)
        }
    }

    mutating func findPlaceTriggers() {
        var i = 0
        while i < tokens.count {
            // "مقبرة الصليبيخات", "بفندق الرشيد": a landmark and its name make one place.
            if word(i), !taken[i], inList(i, .landmarks), let r = readings[i].first(where: { !$0.definite && lexicon.landmarks.contains($0.form) }) {
                var end = i + 1
                if let known = knownAt(end, plainOnly: true), known.value.kind == .place { end += known.length } else { end = placeNameEnd(from: end) }
                if end > i + 1 {
                    emit(.place, i, end, rule: "landmark+name", confidence: 0.75, reading: r)
                    i = end
                    continue
                }
            }
            guard word(i), !taken[i], isKindWord(i), !isRoleWord(i) else { i += 1; continue }
            // "بلدة X", "مدينة X" (construct); a definite kind word ("المدينة") is a noun of its own,
            // except the apposition "العاصمة X".
            if let r = readings[i].last, r.definite, Morphology.stripArticle(r.form) != "\u{0639}\u{0627}\u{0635}\u{0645}\u{0647}" {
                i += 1
                continue
            }
            var j = i + 1
            var found = false
            // The name with its kind word is a form of the place too ("بلدة عين عيسى", "ولاية بهلا").
            let kindReading = readings[i].first { lexicon.kindWords.contains($0.form) } ?? readings[i][0]
            func withKind(_ end: Int) -> [String] { [text.originalText(tokens[i].start + kindReading.skip, tokens[end - 1].end)] }
            if let known = knownAt(j, plainOnly: true), known.value.kind == .place {
                let forms = withKind(j + known.length)
                emit(.place, j, j + known.length, rule: "place-kind+gazetteer", confidence: 0.9, reading: readings[j][0]) {
                    $0.known = known.value
                    $0.extraForms = forms
                }
                j += known.length
                found = true
            } else {
                let end = placeNameEnd(from: j)
                if end > j {
                    let forms = withKind(end)
                    emit(.place, j, end, rule: "place-kind+name", confidence: 0.75, reading: readings[j][0]) { $0.extraForms = forms }
                    j = end
                    found = true
                }
            }
            // A dual kind word ("منطقتي منبج والطبقة") names two places.
            if found, tokens[i].text.hasSuffix("\u{064A}"), word(j), !taken[j], readings[j].count > 1, readings[j][1].conjunction {
                if let known = lexicon.known.match(tokens, at: j, first: readings[j][1].form), known.value.kind == .place {
                    emit(.place, j, j + known.length, rule: "place-kind+gazetteer", confidence: 0.85, reading: readings[j][1]) { $0.known = known.value }
                } else if isLetters(j), !isStop(j) {
                    emit(.place, j, j + 1, rule: "place-kind+name", confidence: 0.7, reading: readings[j][1])
                }
            }
            if found { taken[i] = true }
            i = max(i + 1, j)
        }
    }

    /// A place name after a kind word: one to three words, the first may be definite.
    func placeNameEnd(from j: Int) -> Int {
        guard word(j), !taken[j], isLetters(j), !isStop(j), readings[j][0].skip == 0 else { return j }
        if isRoleWord(j) || isHeadWord(j) || isEventWord(j) || isKindWord(j) || isMonth(j) || isCueWord(j) || isTitleWord(j)
            || isGivenName(j) { return j }
        // Verbs ("تستضيف", "يضاعف", "ستخصص") are not names: imperfect prefixes before a long stem.
        if let f = tokens[j].text.unicodeScalars.first, "يتس".unicodeScalars.contains(f), tokens[j].text.unicodeScalars.count >= 5 { return j }
        if has(j, .gentilic) { return j }
        var k = j + 1
        while k < tokens.count, k - j < 2, word(k), !taken[k], isLetters(k), !isStop(k), !startsConjunction(k), !isTitleWord(k),
              !(isGivenName(k) && k + 1 < tokens.count && nameLike(k + 1, first: false)),
              !isRoleWord(k), !isHeadWord(k), !isEventWord(k), !isKindWord(k), !isMonth(k), !isCueWord(k),
              readings[k][0].skip == 0, !(readings[k].count > 1 && readings[k][1].preposition) || !has(k, .ba),
              // "مخيم فرشانا للاجئين": a prepositional phrase after the name is no part of it.
              !has(k, .lamLam) {
            if has(k, .gentilic) || lexicon.modifiers[Morphology.stripArticle(tokens[k].text) ?? tokens[k].text] != nil { break }
            k += 1
        }
        return k
    }

    // MARK: - 5. Roles

    /// A role phrase at `i`: role words and agreeing modifiers.
    func roleAt(_ i: Int) -> (end: Int, form: RoleForm, reading: Reading, definite: Bool)? {
        guard word(i), !taken[i], !afterNameParticle(i) else { return nil }
        // Every form asked below is one of `lookupForms(i)`: none is a role's first word unless this is.
        guard isRoleWord(i) else { return nil }
        for r in readings[i] {
            // The form as read, then without its article.
            let bare = Morphology.stripArticle(r.form)
            for c in 0..<(bare == nil ? 1 : 2) {
                let form = c == 0 ? r.form : bare ?? r.form, definite = c == 0 ? r.definite : true
                guard var m = lexicon.roles.match(tokens, at: i, first: form) else { continue }
                var end = i + m.length
                // "عضوا المكتب السياسي A وB": the dual in construct, not the accusative "عضواً في".
                if m.value.constructDual, word(end), has(end, .definiteText) {
                    m.value.number = .dual
                    m.value.accusative = false
                }
                var mods = 0
                while end < tokens.count, mods < 2, word(end), !taken[end] {
                    let t = tokens[end].text
                    let tDefinite = has(end, .definiteText)
                    guard tDefinite == definite else { break }
                    let bare = Morphology.stripArticle(t) ?? t
                    if lexicon.modifiers[bare] != nil || (has(end, .nisba) && !has(end, .gentilic)
                        && !lexicon.gentilicHeads.contains(t) && !isStop(end) && !isHeadWord(end)) {
                        end += 1
                        mods += 1
                    } else {
                        break
                    }
                }
                // "رئيس مجلس إدارة", "عضو مجلس الأمناء": the board is part of the role.
                if mods == 0, let board = boardLength(at: end), !(end..<(end + board)).contains(where: { taken[$0] }) {
                    end += board
                }
                return (end, m.value, r, definite)
            }
        }
        return nil
    }

    /// A one-word role with a possessive suffix and its definite modifiers: "رئيسها التنفيذي",
    /// "مديرته العامة" (stored as "الرئيس التنفيذي", "المدير العام").
    func possessiveRoleAt(_ i: Int) -> (end: Int, form: RoleForm, role: String)? {
        guard word(i), !taken[i], !afterNameParticle(i) else { return nil }
        for r in readings[i] where !r.preposition {
            guard let stem = Morphology.stripPossessive(r.form), let form = lexicon.roles.lookup(stem), form.number == .singular,
                  !form.singular.contains(" ") else { continue }
            var end = i + 1
            var parts = ["\u{0627}\u{0644}" + form.singular]
            while end < tokens.count, end < i + 3, word(end), !taken[end], readings[end][0].definite {
                let bare = Morphology.stripArticle(tokens[end].text) ?? tokens[end].text
                guard let m = lexicon.modifiers[bare] else { break }
                parts.append("\u{0627}\u{0644}" + m.singular)
                end += 1
            }
            return (end, form, parts.joined(separator: " "))
        }
        return nil
    }

    /// The role to store: as written for a singular; for a dual or plural, the singular of the
    /// role and of each modifier ("الرئيسان المشتركان" → "الرئيس المشترك").
    func roleString(_ i: Int, _ end: Int, _ form: RoleForm, _ reading: Reading, _ definite: Bool) -> String {
        if form.number == .singular, !form.accusative {
            let start = tokens[i].start + reading.skip
            let s = text.originalText(start, tokens[end - 1].end)
            return reading.restoredArticle ? "\u{0627}" + s : s
        }
        let article = definite ? "\u{0627}\u{0644}" : ""
        var parts = [article + form.singular]
        let roleWords = form.singular.split(separator: " ").count
        var k = i + max(1, roleWords)
        while k < end {
            let t = tokens[k].text
            let bare = Morphology.stripArticle(t) ?? t
            if let m = lexicon.modifiers[bare] {
                parts.append(article + m.singular)
            } else if let stem = Morphology.nisbaStem(t) {
                parts.append(article + stem)
            } else {
                parts.append(t)
            }
            k += 1
        }
        return parts.joined(separator: " ")
    }

    mutating func findRoles() {
        var i = 0
        while i < tokens.count {
            let found = roleAt(i)
            if found == nil, let (end, form, role) = possessiveRoleAt(i) {
                roles.append(RoleSpan(sentence: sentence.index, tokenStart: i, tokenEnd: end, form: form, role: role, definite: true,
                                      conjunction: false, possessive: true))
                for k in i..<end { taken[k] = true }
                nameAfter(roleEnd: end, definite: true, number: form.number)
                i = end
                continue
            }
            guard let (end, form, reading, definite) = found else { i += 1; continue }
            let role = roleString(i, end, form, reading, definite)
            roles.append(RoleSpan(sentence: sentence.index, tokenStart: i, tokenEnd: end, form: form, role: role, definite: definite,
                                   conjunction: reading.conjunction))
            for k in i..<end { taken[k] = true }
            if !definite { roleComplementOrganization(at: end) }
            namesBefore(role: i, number: form.number)
            nameAfter(roleEnd: end, definite: definite, number: form.number)
            i = end
        }
    }

    /// The genitive after an indefinite role names an organization: "قائد شرطة البصرة",
    /// "مدير منفذ الشلامجة الحدودي", "مدير شؤون المخدرات" (not a person, a place alone or a title).
    mutating func roleComplementOrganization(at j: Int) {
        guard word(j), !taken[j], isLetters(j), readings[j].count == 1 || !readings[j][1].preposition, !isStop(j),
              !isTitleWord(j), !isGivenName(j), !isRoleWord(j), !isEventWord(j), !isMonth(j), !isKindWord(j),
              !has(j, .definiteText), knownAt(j, plainOnly: false) == nil,
              let (end, stems, _) = complement(from: j + 1, nameHead: false, headDefinite: false)
        else { return }
        let head = tokens[j].text
        emit(.organization, j, end, rule: "role-complement-org", confidence: 0.7) {
            $0.head = head
            $0.complement = stems
        }
    }

    /// Names in apposition before a role: one for a singular, two for a dual, all for a plural.
    mutating func namesBefore(role r: Int, number: RoleForm.Number) {
        let wanted = number == .singular ? 1 : (number == .dual ? 2 : 12)
        var k = r - 1
        var found = 0
        while found < wanted, k >= 0 {
            var quoted = false
            while k >= 0, tokens[k].isQuote { k -= 1; quoted = true }
            guard k >= 0 else { break }
            if taken[k] {
                // Already a name (titled or quoted): it counts as an item of the list.
                if let c = out.last(where: { $0.tokenEnd == k + 1 && $0.kind == .person }) {
                    found += 1
                    k = c.tokenStart - 1
                    if !skipSeparator(&k) { break }
                    continue
                }
                break
            }
            // Walk back over name words; a word carrying the conjunction starts the item.
            guard nameLike(k, first: false) else { break }
            var a = k
            // Back over name words, and over any word a particle governs ("عبد الأمير").
            while !startsConjunction(a), a - 1 >= 0, k - a < 3,
                  nameLike(a - 1, first: false) || (a - 2 >= 0 && has(a - 2, .particle) && !taken[a - 1] && isLetters(a - 1)) {
                a -= 1
            }
            while a <= k, !nameLike(a, first: true) { a += 1 }
            guard a <= k else { break }
            var words = k - a + 1
            // A first word that is not a known given name may be a verb or a noun ("وقال محمد علي"),
            // unless the list or a comma opens the name right before it ("كل من شمسة علي الظاهري").
            let opened = a == 0 || tokens[a - 1].isComma || tokens[a - 1].isQuote || (a >= 1 && taken[a - 1] && isTitleWord(a - 1))
                || listOpenerEnds(a)
            if words > 2, !opened, let g = (a...k).dropFirst().first(where: { isGivenName($0) }), !isGivenName(a) {
                a = g
                words = k - a + 1
            }
            // "«…» قدمت خلالها رئيسة": a closing quote before the words, or an opening one after
            // them, quotes something else.
            let openQuote = a - 1 >= 0 && tokens[a - 1].isQuote && quoteSide(a - 1) != .closing
            let isQuoted = (quoted && quoteSide(k + 1) != .opening) || openQuote
            let delimited = a == 0 || tokens[a - 1].isQuote || tokens[a - 1].isComma || has(a - 1, .isWaw)
                || startsConjunction(a) || taken[a - 1] || listOpenerEnds(a)
            guard isQuoted || isGivenName(a) || (listContext && delimited) || (words >= 2 && delimited && a > 0) else { break }
            guard words <= 4 else { break }
            emit(.person, a, k + 1, rule: isQuoted ? "quoted-name+role" : "name+role", confidence: isQuoted ? 0.9 : 0.8,
                 reading: nameReading(a)) { $0.quoted = isQuoted }
            found += 1
            k = a - 1
            let conj = startsConjunction(a)
            if !skipSeparator(&k) && !conj { break }
        }
    }

    enum QuoteSide { case opening, closing, either }

    /// Which side a quote token stands on, read from the text as written (« “ open, » ” close;
    /// a straight quote may be either).
    func quoteSide(_ k: Int) -> QuoteSide {
        guard k >= 0, k < tokens.count, tokens[k].isQuote,
              let c = text.original[text.originalRange(tokens[k].start, tokens[k].end)].first else { return .either }
        switch c.value {
        case 0x00AB, 0x201C, 0x201E, 0x2039: return .opening
        case 0x00BB, 0x201D, 0x203A: return .closing
        default: return .either
        }
    }

    /// A list opener ("كل من") ends right before token `a`.
    func listOpenerEnds(_ a: Int) -> Bool {
        guard a >= 1 else { return false }
        for start in max(0, a - 3)..<a where isCueWord(start) {
            if plainForms(start).contains(where: { f in lexicon.cues.match(tokens, at: start, first: f).map { $0.length == a - start && $0.value.contains(.listOpener) } == true }) {
                return true
            }
        }
        return false
    }

    /// Moves `k` back over list separators (، و quotes); false when there were none.
    func skipSeparator(_ k: inout Int) -> Bool {
        var moved = false
        while k >= 0, tokens[k].isQuote || tokens[k].isComma || has(k, .isWaw) {
            k -= 1
            moved = true
        }
        return moved
    }

    /// A name after a definite role (and its organization): "القائد العام لقوات سوريا
    /// الديمقراطية مظلوم كوباني", "وزير الخارجية الأمريكي جون كيري".
    mutating func nameAfter(roleEnd: Int, definite: Bool, number: RoleForm.Number = .singular) {
        var j = roleEnd
        var definite = definite
        // Skip an organization, a country or a nationality that complements the role (which makes
        // the office definite: "سفير اليابان").
        var namedOrganization = false
        if let (end, _, _, _, _) = organizationAhead(j) { j = end; namedOrganization = true }
        else if word(j), has(j, .gentilic) { j += 1 }
        else if let place = out.last(where: { $0.kind == .place && $0.tokenStart == j && $0.start == tokens[j].start }) {
            j = place.tokenEnd
            definite = true
        }
        // "ممثل برنامج الأغذية العالمي في السودان مارتن لوسكو", "سفير اليابان المعين لدى المملكة
        // هيروشي تاناكا", "الممثل المقيم للبرنامج بالمغرب A": past a qualifier and the office's seat.
        // "رئيسة قسم التعاون في بعثة X A": the office's field before في + its organization.
        if !namedOrganization, word(j), !taken[j], has(j, .article), j + 2 < tokens.count, has(j + 1, .isFi),
           out.contains(where: { $0.kind == .organization && $0.tokenStart == j + 2 }) { j += 1 }
        for _ in 0..<3 {
            if word(j), lexicon.actingQualifiers.contains(tokens[j].text) { j += 1; continue }
            if j + 1 < tokens.count, has(j, .isFi) || has(j, .isLadi),
               let place = out.last(where: { ($0.kind == .place || $0.kind == .organization) && $0.tokenStart == j + 1 }) {
                if place.kind == .organization { namedOrganization = true }
                j = place.tokenEnd; continue
            }
            if word(j), has(j, .ba), let place = out.last(where: { $0.kind == .place && $0.tokenStart == j && $0.start > tokens[j].start }) {
                j = place.tokenEnd; continue
            }
            break
        }
        while j < tokens.count, tokens[j].isQuote { j += 1 }
        guard j < tokens.count, word(j), readings[j][0].skip == 0 || isGivenName(j) else { return }
        // A first word that reads as ب / ك + a word is a name only as a foreign one closed by
        // punctuation ("سفيرة إيطاليا كارلا ريتشي،"), not "بالتعاون"; ل + a word never is ("لثلاث دورات").
        let clitic = readings[j].count > 1 && readings[j][1].preposition && !isGivenName(j)
        if clitic, readings[j][1].definite || has(j, .lam) || prepositionalNoun(j) || isCueWord(j) { return }
        var end = nameEnd(from: j, limit: 3)
        if clitic, end - j < 2 || !(end >= tokens.count || tokens[end].kind == .punctuation)
            || (j..<end).contains(where: { has($0, .article) }) { return }
        // A surname that is also a town ("مظلوم كوباني") was taken as a place: a name wins.
        if end > j, end < tokens.count, end - j < 3, releasePlace(at: end) { end = nameEnd(from: j, limit: 3) }
        guard end > j else { return }
        let boundary = end >= tokens.count || !tokens[end].isWord || isStop(end) || isCueWord(end) || tokens[end].isQuote
        // After an indefinite role, a name closed by punctuation: "ورئيسة بلدية X هلا دياب،".
        let closed = end >= tokens.count || tokens[end].kind == .punctuation
        guard end - j >= 2, (definite && boundary) || isGivenName(j) || (closed && namedOrganization) else { return }
        emit(.person, j, end, rule: "role+name", confidence: 0.8, reading: nameReading(j))
        // A dual or plural role names more: "عضوي اللجنة المركزية نسرين محمود وبختيار كريم".
        var k = end
        var more = number == .dual ? 1 : (number == .plural ? 8 : 0)
        while more > 0, k < tokens.count {
            while k < tokens.count, tokens[k].isComma || has(k, .isWaw) { k += 1 }
            guard k < tokens.count, word(k), !taken[k], readings[k][0].skip == 0 || startsConjunction(k) else { break }
            let e = nameEnd(from: k, limit: 3)
            guard e - k >= 2 else { break }
            emit(.person, k, e, rule: "role+name", confidence: 0.75, reading: nameReading(k))
            k = e
            more -= 1
        }
    }

    /// Gives back a token taken by a one-word place, so that it can be read as part of a name.
    mutating func releasePlace(at k: Int) -> Bool {
        guard let n = out.lastIndex(where: { $0.kind == .place && $0.tokenStart == k && $0.tokenEnd == k + 1 && $0.start == tokens[k].start }) else { return false }
        out.remove(at: n)
        taken[k] = false
        return true
    }

    /// The end of an organization candidate that starts at `j` (already found), or of a name that
    /// would be one.
    func organizationAhead(_ j: Int) -> (Int, Reading, String, [String], String?)? {
        // A candidate starts on a word, which has at least its own reading.
        guard let reading = readings(j).first else { return nil }
        if let c = out.last(where: { $0.kind == .organization && $0.tokenStart == j }) {
            return (c.tokenEnd, reading, c.head ?? "", c.complement, nil)
        }
        if let c = out.last(where: { $0.kind == .place && $0.tokenStart == j }) {
            return (c.tokenEnd, reading, "", [], nil)
        }
        return nil
    }

    // MARK: - 6. Lists

    mutating func findListItems() {
        guard let (opener, strict) = listOpenerEnd() else { return }
        var k = opener
        while k < tokens.count {
            while k < tokens.count, tokens[k].isQuote || tokens[k].isComma || has(k, .isWaw) { k += 1 }
            guard k < tokens.count else { break }
            if taken[k] || !word(k) { k += 1; continue }
            let end = nameEnd(from: k, limit: 4)
            if end - k >= 2 {
                let before = k - 1
                let itemStarts = before < opener || tokens[before].isQuote || tokens[before].isComma || has(before, .isWaw)
                    || (readings[k].count > 1 && readings[k][1].conjunction)
                let itemEnds = end >= tokens.count || tokens[end].isQuote || tokens[end].isComma || has(end, .isWaw)
                    || startsConjunction(end) || (taken[end] && roles.contains { $0.tokenStart == end }) || tokens[end].kind == .punctuation
                    || roleAt(end) != nil
                // After an attendance verb (not "كل من" / "السادة"), an item needs a given name or a role.
                let convincing = !strict || isGivenName(k) || roleAt(end) != nil
                if itemEnds && itemStarts && convincing {
                    emit(.person, k, end, rule: "list-item", confidence: 0.7, reading: nameReading(k))
                }
                k = max(end, k + 1)
            } else {
                k += 1
            }
        }
    }

    /// The token after a list opener ("كل من", "السادة") when the sentence has one.
    func listOpenerEnd() -> (Int, Bool)? {
        // "أعضاء اللجنة: A، B": a plural office and a colon (roles are read before lists).
        if let colon = tokens.indices.first(where: { tokens[$0].kind == .punctuation && tokens[$0].text == ":" }),
           roles.contains(where: { $0.form.number == .plural && $0.tokenEnd <= colon && colon - $0.tokenEnd <= 4 }) {
            return (colon + 1, false)
        }
        // Only a cue word or a title word (each flag asks about these forms) can open a list.
        for i in tokens.indices where word(i) && (isCueWord(i) || isTitleWord(i)) {
            for f in plainForms(i) {
                if let m = lexicon.cues.match(tokens, at: i, first: f), m.value.contains(.listOpener) { return (i + m.length, false) }
                if let m = lexicon.titles.match(tokens, at: i, first: f), m.value { return (i + m.length, false) }
                if let m = lexicon.cues.match(tokens, at: i, first: f), m.value.contains(.attendance) { return (i + m.length, true) }
            }
        }
        return nil
    }

    // MARK: - 7. Given names

    mutating func findGivenNames() {
        var i = 0
        while i < tokens.count {
            guard word(i), !taken[i], isGivenName(i) else { i += 1; continue }
            // "4 جوان": a month after a day's number, not the name جوان.
            if isMonth(i), i > 0, tokens[i - 1].kind == .number { i += 1; continue }
            // "علي" is also على written with ya: it starts a name only before another given name.
            if has(i, .isAli), !isGivenName(i + 1) { i += 1; continue }
            let end = nameEnd(from: i, limit: 4)
            if end - i >= 2 {
                // An unlisted first name before a father's name: "كاروان عمر صالح", "هيوا أحمد رشيد",
                // when what precedes it cannot be part of a name.
                var start = i
                if i >= 1, !taken[i - 1], nameLike(i - 1, first: true), !isGivenName(i - 1), readings[i - 1][0].skip == 0,
                   readings[i - 1].count == 1 || !readings[i - 1][1].preposition,
                   end - i <= 2 || (end - i == 3 && has(i, .particle)),
                   i == 1 || !tokens[i - 2].isWord || taken[i - 2] || isStop(i - 2) || isCueWord(i - 2) || isRoleWord(i - 2)
                    || isHeadWord(i - 2) || has(i - 2, .definiteText) {
                    start = i - 1
                }
                emit(.person, start, end, rule: "given-name", confidence: 0.7, reading: nameReading(start))
                i = end
            } else {
                i += 1
            }
        }
    }

    // MARK: - 7b. Speakers

    /// The subject of a speech verb, when the clause goes on with what was said: "وقال بلير إن",
    /// "وأضاف جون سميث أن", "وأكد كوفي أنان:".
    mutating func findSpeakers(_ cues: [CueHit]) {
        for cue in cues where cue.kind == .speechVerb {
            let j = cue.tokenEnd
            guard j < tokens.count, word(j), !taken[j], readings[j][0].skip == 0 else { continue }
            let end = nameEnd(from: j, limit: 3)
            guard end > j, end < tokens.count else { continue }
            let next = tokens[end].text
            let says = ["ان", "انه", "انها", "بان", "لـ", ":", "،", ","].contains(next) || next == "\u{0641}\u{064A}"
            guard says else { continue }
            emit(.person, j, end, rule: "speaker", confidence: end - j >= 2 ? 0.75 : 0.8, reading: readings[j][0])
        }
    }

    // MARK: - 8. Events

    func eventAt(_ i: Int) -> (length: Int, subtype: String, reading: Reading, definite: Bool, possessive: Bool)? {
        guard word(i) else { return nil }
        for r in readings[i] {
            if let m = lexicon.events.match(tokens, at: i, first: r.form) {
                let owned = possessiveEventForm(r.form)
                return (m.length, m.value, r, r.definite || owned, owned)
            }
            if let bare = Morphology.stripArticle(r.form), let m = lexicon.events.match(tokens, at: i, first: bare) {
                return (m.length, m.value, r, true, false)
            }
            if !r.definite, let stem = Morphology.stripPossessive(r.form), let m = lexicon.events.match(tokens, at: i, first: stem), m.length == 1 {
                return (1, m.value, r, true, true)
            }
        }
        return nil
    }

    /// A listed event form that carries a possessive suffix ("اجتماعه", "دورتها"): the trigger
    /// or its feminine stem (دورت → دورة) without the suffix is an event word or a wrapper.
    func possessiveEventForm(_ form: String) -> Bool {
        guard let stem = Morphology.stripPossessive(form) else { return false }
        if lexicon.events.lookup(stem) != nil || lexicon.eventWrappers.contains(stem) { return true }
        guard stem.hasSuffix("\u{062A}") else { return false }
        let feminine = String(stem.unicodeScalars.dropLast()) + "\u{0647}"
        return lexicon.events.startsPhrase(feminine) || lexicon.eventWrappers.contains(feminine)
    }

    /// A nisba adjective agreeing in definiteness with an event's trigger: "ورشة تدريبية",
    /// "الاجتماع التشاوري", "اجتماعا تنسيقيا" (the accusative keeps its alef).
    func eventAdjective(_ k: Int, definite: Bool) -> Bool {
        guard isLetters(k), !isStop(k), !has(k, .gentilic), !isHeadWord(k), !isRoleWord(k) else { return false }
        let w = tokens[k].text
        guard has(k, .definiteText) == definite else { return false }
        let bare = w.hasSuffix("\u{064A}\u{0627}") ? String(w.unicodeScalars.dropLast()) : w
        return Morphology.nisbaStem(bare) != nil
    }

    mutating func findEvents() {
        var i = 0
        while i < tokens.count {
            guard !taken[i], isEventWord(i), let e = eventAt(i) else { i += 1; continue }
            var end = i + e.length
            var qualified = false
            while end < tokens.count, end - i < e.length + 2, word(end), !taken[end],
                  lexicon.qualifiers.contains(tokens[end].text) || lexicon.qualifiers.contains(Morphology.stripArticle(tokens[end].text) ?? "")
                    || eventAdjective(end, definite: e.definite) {
                end += 1
                qualified = true
            }
            // "جولة جديدة من المحادثات": a round of another event is that event.
            var subtype = e.subtype
            // "جلسة مباحثات رسمية", "جولة محادثات": a session or round of another event is that event.
            if lexicon.eventWrappers.contains(Morphology.stripArticle(e.reading.form) ?? e.reading.form), e.length == 1, end == i + 1,
               end < tokens.count, !taken[end], let inner = eventAt(end) {
                end += inner.length
                subtype = inner.subtype
                while end < tokens.count, end - i < 5, word(end), !taken[end],
                      lexicon.qualifiers.contains(tokens[end].text) || lexicon.qualifiers.contains(Morphology.stripArticle(tokens[end].text) ?? "") {
                    end += 1
                }
                qualified = true
            }
            if end + 1 < tokens.count, has(end, .isMin), !taken[end + 1], let inner = eventAt(end + 1) {
                end = end + 1 + inner.length
                subtype = inner.subtype
                qualified = true
            }
            let before = i > 0 ? plainForms(i - 1) : []
            let after = end < tokens.count ? plainForms(end) : []
            if i > 0, lexicon.eventBlockers.contains(tokens[i - 1].text) || before.contains(where: { lexicon.eventBlockers.contains($0) })
                || (!e.definite && e.length == 1 && lexicon.definiteOnlyEvents.contains(e.subtype)) {
                i = end
                continue
            }
            // A multi-word trigger ("زيارة عمل وتفقد", "مراسم توقيع") names a real event by itself.
            let held = qualified || e.length >= 2 || before.contains { lexicon.holdingVerbs.contains($0) || lexicon.eventOpeners.contains($0) }
                || after.contains { lexicon.holdingVerbs.contains($0) }
            let announced = lexicon.plansEvent(tokens, start: i, end: end)
            emit(.event, i, end, rule: "event-trigger", confidence: held ? 0.9 : 0.6, reading: e.reading) {
                $0.subtype = subtype
                $0.held = held
                $0.announced = announced
                $0.definite = e.definite
                $0.possessive = e.possessive
                $0.shortForm = e.definite
            }
            i = end
        }
    }

    // MARK: - 9. Acronyms

    mutating func findAcronyms() {
        for i in tokens.indices where word(i) && !taken[i] {
            // (Only punctuation tokens are brackets.)
            let inParens = i > 0 && i + 1 < tokens.count && tokens[i - 1].kind == .punctuation && tokens[i - 1].text == "("
                && tokens[i + 1].kind == .punctuation && tokens[i + 1].text == ")"
            let inQuotes = i > 0 && i + 1 < tokens.count && tokens[i - 1].isQuote && tokens[i + 1].isQuote
            guard inParens || inQuotes else { continue }
            let n = tokens[i].text.unicodeScalars.count
            guard (2...6).contains(n), isLetters(i), !isStop(i), !has(i, .article) else { continue }
            emit(.organization, i, i + 1, rule: "acronym", confidence: 0.8, reading: readings[i][0]) { $0.acronym = true }
        }
    }
}

/// Tests on a token's own text that the passes ask many times, computed once per token by
/// `String`'s own tests, or by byte tests when they must agree (a text of Arabic letters
/// U+0621–U+064A only: each scalar is a `Character` of its own, in NFC, so `hasPrefix` and `==`
/// against Arabic letters are byte comparisons).
struct TokenProps: OptionSet {
    let rawValue: UInt32
    /// `hasPrefix` of ال, لل, بت, بم, ل, ب, ف, و.
    static let article = TokenProps(rawValue: 1 << 0)
    static let lamLam = TokenProps(rawValue: 1 << 1)
    static let baTa = TokenProps(rawValue: 1 << 2)
    static let baMim = TokenProps(rawValue: 1 << 3)
    static let lam = TokenProps(rawValue: 1 << 4)
    static let ba = TokenProps(rawValue: 1 << 5)
    static let fa = TokenProps(rawValue: 1 << 6)
    static let waw = TokenProps(rawValue: 1 << 7)
    /// `==` و, في, من, مع, لدي, علي.
    static let isWaw = TokenProps(rawValue: 1 << 8)
    static let isFi = TokenProps(rawValue: 1 << 9)
    static let isMin = TokenProps(rawValue: 1 << 10)
    static let isMa = TokenProps(rawValue: 1 << 11)
    static let isLadi = TokenProps(rawValue: 1 << 12)
    static let isAli = TokenProps(rawValue: 1 << 13)
    /// `lexicon.particles.contains(text)`.
    static let particle = TokenProps(rawValue: 1 << 14)
    /// `lexicon.isGentilic(text)`.
    static let gentilic = TokenProps(rawValue: 1 << 15)
    /// `Morphology.isDefinite` of the text's scalars.
    static let definiteText = TokenProps(rawValue: 1 << 16)
    /// `Morphology.nisbaStem(text) != nil`.
    static let nisba = TokenProps(rawValue: 1 << 17)
    /// A word of letters only, at least two (`SentenceContext.isLetters`).
    static let letters = TokenProps(rawValue: 1 << 18)
    /// Five letters or more ending in ها / هم / هما (`SentenceContext.pronounSuffixed`).
    static let pronounSuffixed = TokenProps(rawValue: 1 << 19)

    init(rawValue: UInt32) { self.rawValue = rawValue }

    init(_ token: Token, _ lexicon: Lexicon) {
        let text = token.text
        var p: TokenProps = []
        if lexicon.particles.contains(text) { p.insert(.particle) }
        // Punctuation, quotes and numbers (one mark, or ASCII digits) start with no Arabic
        // letter and end in no ي: every other test is false for them.
        guard token.isWord else { self = p; return }
        let stem = Morphology.nisbaStem(text)
        if stem != nil { p.insert(.nisba) }
        if lexicon.isGentilic(stem: stem) { p.insert(.gentilic) }
        let simple: Bool? = text.utf8.withContiguousStorageIfAvailable { b in
            guard Morphology.isArabicLetters(b) else { return false }
            @inline(__always) func starts(_ x: StaticString) -> Bool {
                let n = x.utf8CodeUnitCount
                guard b.count >= n else { return false }
                let q = x.utf8Start
                for k in 0..<n where b[k] != q[k] { return false }
                return true
            }
            @inline(__always) func equals(_ x: StaticString) -> Bool { b.count == x.utf8CodeUnitCount && starts(x) }
            if starts("\u{0627}\u{0644}") { p.insert(.article) }
            if starts("\u{0644}\u{0644}") { p.insert(.lamLam) }
            if starts("\u{0628}\u{062A}") { p.insert(.baTa) }
            if starts("\u{0628}\u{0645}") { p.insert(.baMim) }
            if starts("\u{0644}") { p.insert(.lam) }
            if starts("\u{0628}") { p.insert(.ba) }
            if starts("\u{0641}") { p.insert(.fa) }
            if starts("\u{0648}") { p.insert(.waw) }
            if equals("\u{0648}") { p.insert(.isWaw) }
            if equals("\u{0641}\u{064A}") { p.insert(.isFi) }
            if equals("\u{0645}\u{0646}") { p.insert(.isMin) }
            if equals("\u{0645}\u{0639}") { p.insert(.isMa) }
            if equals("\u{0644}\u{062F}\u{064A}") { p.insert(.isLadi) }
            if equals("\u{0639}\u{0644}\u{064A}") { p.insert(.isAli) }
            // Scalars are two bytes each.
            if b.count >= 8, starts("\u{0627}\u{0644}") { p.insert(.definiteText) }
            if token.isWord, b.count >= 4 { p.insert(.letters) }
            if b.count >= 10, Morphology.endsWith(b, "\u{0647}\u{0627}") || Morphology.endsWith(b, "\u{0647}\u{0645}")
                || Morphology.endsWith(b, "\u{0647}\u{0645}\u{0627}") { p.insert(.pronounSuffixed) }
            return true
        }
        if simple != true {
            if text.hasPrefix("\u{0627}\u{0644}") { p.insert(.article) }
            if text.hasPrefix("\u{0644}\u{0644}") { p.insert(.lamLam) }
            if text.hasPrefix("\u{0628}\u{062A}") { p.insert(.baTa) }
            if text.hasPrefix("\u{0628}\u{0645}") { p.insert(.baMim) }
            if text.hasPrefix("\u{0644}") { p.insert(.lam) }
            if text.hasPrefix("\u{0628}") { p.insert(.ba) }
            if text.hasPrefix("\u{0641}") { p.insert(.fa) }
            if text.hasPrefix("\u{0648}") { p.insert(.waw) }
            if text == "\u{0648}" { p.insert(.isWaw) }
            if text == "\u{0641}\u{064A}" { p.insert(.isFi) }
            if text == "\u{0645}\u{0646}" { p.insert(.isMin) }
            if text == "\u{0645}\u{0639}" { p.insert(.isMa) }
            if text == "\u{0644}\u{062F}\u{064A}" { p.insert(.isLadi) }
            if text == "\u{0639}\u{0644}\u{064A}" { p.insert(.isAli) }
            if Morphology.isDefinite(Array(text.unicodeScalars)[...]) { p.insert(.definiteText) }
            let t = text.unicodeScalars
            if token.isWord, t.count >= 2, t.allSatisfy(Tokenizer.isLetter) { p.insert(.letters) }
            if (text.hasSuffix("\u{0647}\u{0627}") || text.hasSuffix("\u{0647}\u{0645}") || text.hasSuffix("\u{0647}\u{0645}\u{0627}"))
                && t.count >= 5 { p.insert(.pronounSuffixed) }
        }
        self = p
    }
}
