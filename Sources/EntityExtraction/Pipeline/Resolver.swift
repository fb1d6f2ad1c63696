/// A mention tied to the entity it names.
struct ResolvedMention: Sendable {
    var sentence: Int
    var tokenStart: Int
    var tokenEnd: Int
    var start: Int
    var end: Int
    var entity: Int
    var surface: String
    /// An event mention the sentence only announces (`Candidate.announced`).
    var announced = false
}

/// An entity of one document, before it becomes an `Entity`.
struct ResolvedEntity: Sendable {
    var kind: EntityKind
    /// Surface forms, the label first.
    private(set) var forms: [String]
    /// The `NameKey` of each form, in the same order (changed only with `forms`).
    private(set) var formKeys: [NameKey]
    var known: KnownEntity?
    var subtype: String?
    var head: String?
    /// An organization's complement words (as `NameKey`s: their bytes hash faster than `String`s).
    var complement: Set<NameKey> = []
    var date: String?
    var place: String?
    var held = false
    var confidence: Double

    /// Replaces the forms (`keys` are theirs).
    mutating func setForms(_ forms: [String], keys: [NameKey]) {
        self.forms = forms
        formKeys = keys
    }

    /// Adds a form unless one with the same key is there.
    mutating func addForm(_ form: String, key: NameKey) {
        if !formKeys.contains(key) {
            forms.append(form)
            formKeys.append(key)
        }
    }

    /// Makes `form` the label: the forms with its key (`byKey`) or equal to it are taken out, and
    /// it is put first.
    mutating func putFirst(_ form: String, key: NameKey, byKey: Bool) {
        var kept: [String] = [form], keys: [NameKey] = [key]
        for (f, k) in zip(forms, formKeys) where byKey ? k != key : f != form {
            kept.append(f)
            keys.append(k)
        }
        forms = kept
        formKeys = keys
    }
}

struct Resolution: Sendable {
    var entities: [ResolvedEntity]
    var mentions: [ResolvedMention]
    /// Mentions of each sentence, in token order.
    var bySentence: [[ResolvedMention]]
}

/// Within one document, decides which candidates name the same entity and drops the ones that
/// name nothing:
/// - equal names (after `NameKey`) are one entity; gazetteer variants (سورية / سوريا) too;
/// - a person's shorter form (a surname alone) joins the one longer name that contains it;
/// - an organization's shorter form joins the longer ones with the same head whose complement
///   contains its words ("مركز التنسيق" → "مركز التنسيق والعلاقات"), when they agree;
/// - "قوات X", "تنظيم X" is X when X is an organization of the document;
/// - an acronym ("قسد") joins the organization whose initials it spells; a bare head
///   ("التحالف", "المركز المذكور") the last organization with that head;
/// - event triggers of one subtype are one event; definite ones ("الاجتماع") only refer back;
/// - finally every name found is looked for again in the whole document, so each later
///   occurrence (with or without quotes or clitics) is a mention.
struct Resolver: Sendable {
    let lexicon: Lexicon

    /// `episodes` gives each sentence's episode (`EventSegmenter`): events of one kind merge within one.
    func resolve(_ found: [Candidate], sentences: [Sentence], text: NormalizedText, episodes: [Int]? = nil) -> Resolution {
        // Each candidate's surface key, computed once. (The lists are copied only when some candidate is dropped.)
        let foundKeys = found.map { NameKey($0.surface) }
        let generic = zip(found, foundKeys).map { isGenericBody($0, key: $1) }
        let dropped = generic.contains(true)
        let candidates = dropped ? zip(found, generic).filter { !$0.1 }.map(\.0) : found
        let surfaceKeys = dropped ? zip(foundKeys, generic).filter { !$0.1 }.map(\.0) : foundKeys
        var entities: [ResolvedEntity] = []
        var assigned: [Int?] = Array(repeating: nil, count: candidates.count)
        var byKey: [EntityKind: [NameKey: Int]] = [:]

        func newEntity(_ n: Int) -> Int {
            let c = candidates[n]
            var e = ResolvedEntity(kind: c.kind, forms: [c.surface], formKeys: [surfaceKeys[n]], known: c.known, subtype: c.subtype,
                                   head: c.head, confidence: c.confidence)
            if !c.complement.isEmpty {
                e.complement = Set(c.complement.lazy.filter { !lexicon.kindWords.contains($0) }.map { NameKey(normalized: $0) })
            }
            e.held = c.held
            entities.append(e)
            return entities.count - 1
        }
        func addForm(_ index: Int, _ form: String, key: NameKey? = nil) {
            entities[index].addForm(form, key: key ?? NameKey(form))
        }
        /// The matching key of a candidate.
        func matchKey(_ n: Int) -> NameKey {
            if let k = candidates[n].key { return NameKey(normalized: k) }
            if let k = candidates[n].known { return NameKey(k.name) }
            return surfaceKeys[n]
        }

        // 1. Full names of persons, organizations and places. (Candidates are read in place, not copied.)
        for n in candidates.indices where candidates[n].kind != .event && !candidates[n].shortForm && !candidates[n].acronym
            && candidates[n].wrapped == nil {
            let k = matchKey(n), surfaceKey = surfaceKeys[n]
            let kind = candidates[n].kind
            if let e = byKey[kind]?[k] {
                assigned[n] = e
                entities[e].confidence = max(entities[e].confidence, candidates[n].confidence)
            } else {
                let e = newEntity(n)
                if let known = candidates[n].known {
                    let knownKey = candidates[n].key == nil ? k : NameKey(known.name)
                    if knownKey != surfaceKey { entities[e].setForms([known.name, candidates[n].surface], keys: [knownKey, surfaceKey]) }
                }
                byKey[kind, default: [:]][k] = e
                assigned[n] = e
            }
            if let e = assigned[n] {
                addForm(e, candidates[n].surface, key: surfaceKey)
                for f in candidates[n].extraForms { addForm(e, f) }
            }
        }
        // 2. Wrapped names: "قوات التحالف الدولي" is التحالف الدولي when that is an organization here.
        for n in candidates.indices where candidates[n].wrapped != nil {
            let c = candidates[n]
            if let inner = c.wrapped, let e = byKey[.organization]?[NameKey(inner)] {
                assigned[n] = e
                addForm(e, c.surface, key: surfaceKeys[n])
            } else if let e = byKey[.organization]?[matchKey(n)] {
                assigned[n] = e
            } else if let inner = c.wrapped {
                // The inner name is the organization ("قوات التحالف العربي" is التحالف العربي).
                let e = newEntity(n)
                let innerKey = NameKey(inner)
                entities[e].setForms([inner, c.surface], keys: [innerKey, surfaceKeys[n]])
                byKey[.organization, default: [:]][innerKey] = e
                byKey[.organization, default: [:]][matchKey(n)] = e
                assigned[n] = e
            }
        }
        // 3. Organizations: shorter forms join the longer ones with the same head.
        var parent = Array(entities.indices)
        func find(_ x: Int) -> Int { var x = x; while parent[x] != x { x = parent[x] }; return x }
        // Adjectives that are not nationalities ("النيابية", "الوطنية") do not tell two bodies of one
        // head apart: "لجنة النفط النيابية" is "لجنة النفط والغاز والثروات الطبيعية".
        // (A nisba that is no nationality is dropped only from names that have other words, so a
        // short form keeps it: "وزارة الخارجية" also joins "وزارة الخارجية العراقية" by its full words.)
        let fullComplement = entities.map(\.complement)
        for e in entities.indices where entities[e].kind == .organization {
            let core = entities[e].complement.filter { word in Morphology.nisbaStem(word.value).map { lexicon.gentilics.contains($0) } ?? true }
            if !core.isEmpty { entities[e].complement = core }
        }
        let orgs = entities.indices.filter { entities[$0].kind == .organization && entities[$0].head != nil && !entities[$0].complement.isEmpty }
        let orgsByHead = Dictionary(grouping: orgs) { entities[$0].head ?? "" }
        for a in orgs {
            // A name that is only a place ("مجلس الرقة") matches the same place, not a longer name
            // that merely contains it ("قوات سوريا" is not "القوات الخاصة ... في سوريا").
            let onlyPlace = entities[a].complement.allSatisfy { word in
                (lexicon.known.lookup(word.value) ?? lexicon.known.lookup("\u{0627}\u{0644}" + word.value))?.kind == .place
            }
            let supers = (orgsByHead[entities[a].head ?? ""] ?? []).filter { b in b != a
                && (!onlyPlace || entities[b].complement == entities[a].complement || entities[b].complement.subtracting(entities[a].complement)
                    .allSatisfy { lexicon.kindWords.contains($0.value) || Morphology.nisbaStem($0.value) != nil })
                && (entities[a].complement.isSubset(of: entities[b].complement) || fullComplement[a].isSubset(of: fullComplement[b])) }
            guard !supers.isEmpty else { continue }
            let chain = supers.allSatisfy { x in supers.allSatisfy { y in
                entities[x].complement.isSubset(of: entities[y].complement) || entities[y].complement.isSubset(of: entities[x].complement) } }
            if chain { for b in supers { let ra = find(a), rb = find(b); if ra != rb { parent[max(ra, rb)] = min(ra, rb) } } }
        }
        // 4. Persons: a shorter name joins the one longer name that ends or starts with it, or
        // that has its first and last words.
        let persons = entities.indices.filter { entities[$0].kind == .person }
        let personKeys = persons.map { entities[$0].formKeys[0] }
        var byPart: [NameKey: FewOwners] = [:]      // proper prefixes and suffixes of longer names
        var laterWords: [NameKey: FewOwners] = [:]  // words after the first, for places that are surnames
        for (b, key) in zip(persons, personKeys) {
            let parts = KeyText.parts(key)
            guard parts.words.count >= 2 else { continue }
            for part in parts.prefixes { byPart[part, default: FewOwners()].insert(b) }
            for part in parts.suffixes { byPart[part, default: FewOwners()].insert(b) }
            for x in parts.words.dropFirst() { laterWords[x, default: FewOwners()].insert(b) }
            // "حسام الشاذلي" for "حسام الدين فتحي الشاذلي": the first name and the family name.
            if parts.words.count >= 3, let first = parts.words.first, let last = parts.words.last {
                byPart[NameKey(normalized: first.value + " " + last.value), default: FewOwners()].insert(b)
            }
        }
        for (a, key) in zip(persons, personKeys) {
            if let b = byPart[key]?.only(excluding: a) { let ra = find(a), rb = find(b); if ra != rb { parent[max(ra, rb)] = min(ra, rb) } }
        }
        // 5. A place that is a word of one person's name is that person ("كوباني").
        for p in entities.indices where entities[p].kind == .place && entities[p].known?.type != "country" && entities[p].known?.type != "capital" {
            let key = entities[p].formKeys[0]
            guard !KeyText.hasSpace(key) else { continue }
            if let owner = laterWords[key]?.only { parent[p] = find(owner) }
        }

        // Acronyms, short forms, anaphora.
        let orgRoots = Array(Set(entities.indices.filter { entities[$0].kind == .organization }.map(find))).sorted()
        // (Only a document with an acronym needs the tables that resolve acronyms.)
        var rootsByInitials: [[Unicode.Scalar]: Set<Int>] = [:]
        var rootsByKey: [NameKey: Set<Int>] = [:]
        var orgCandidateEnding: [Int64: Int] = [:]
        if candidates.contains(where: \.acronym) {
            for e in entities.indices where entities[e].kind == .organization {
                rootsByInitials[initials(entities[e].formKeys[0]), default: []].insert(find(e))
                for key in entities[e].formKeys { rootsByKey[key, default: []].insert(find(e)) }
            }
            for (n, c) in candidates.enumerated() where c.kind == .organization && !c.acronym {
                orgCandidateEnding[Int64(c.sentence) << 20 | Int64(c.tokenEnd)] = n
            }
        }
        var rootsByHead: [String: [Int]] = [:]
        for r in orgRoots { if let h = entities[r].head { rootsByHead[h, default: []].append(r) } }
        var lastOrgByHead: [String: Int] = [:]
        var lastEventBySubtype: [String: Int] = [:]
        var eventBySubtype: [String: Int] = [:]
        var verbNamed = Set<Int>()  // events named so far only by a verb
        var firstEventOfEpisode: [Int: Int] = [:]
        var firstEventOfKind: [String: Int] = [:]
        var titleEvents: [Int] = []
        var lastContainer: Int?
        for (n, c) in candidates.enumerated() {
            if let e = assigned[n], c.kind == .organization, let head = entities[e].head {
                lastOrgByHead[head] = find(e)
            }
            if c.acronym, let defining = orgCandidateEnding[Int64(c.sentence) << 20 | Int64(c.tokenStart - 1)], let target = assigned[defining] {
                // "منظمة الأمم المتحدة للطفولة (يونيسف)": an acronym in parentheses after a name defines it.
                assigned[n] = find(target)
                addForm(find(target), c.surface, key: surfaceKeys[n])
                continue
            }
            if c.acronym {
                let letters = Array(c.surface.unicodeScalars.map { Normalizer.fold($0) ?? $0 })
                let matches = Array((rootsByInitials[letters] ?? []).union(rootsByKey[surfaceKeys[n]] ?? [])).sorted()
                if matches.count == 1 {
                    assigned[n] = matches[0]
                    addForm(matches[0], c.surface, key: surfaceKeys[n])
                } else if let known = c.known {
                    _ = known
                }
                continue
            }
            if c.kind == .organization, c.shortForm, let head = c.head {
                if let target = lastOrgByHead[head] ?? rootsByHead[head]?.first {
                    let sameHead = rootsByHead[head] ?? []
                    if c.anaphoric || sameHead.count == 1 || lastOrgByHead[head] != nil {
                        assigned[n] = target
                        if !c.anaphoric { addForm(target, c.surface, key: surfaceKeys[n]) }
                    }
                }
                continue
            }
            if c.kind == .event, c.subtype != nil, episodes?[c.sentence] == EventSegmenter.titleEpisode {
                titleEvents.append(n)
                continue
            }
            if c.kind == .event, let own = c.subtype {
                // "استقبل ... وجرى خلال الاستقبال ... وفي ختام اللقاء": kinds of one family are one event.
                var subtype = lexicon.eventFamily(own)
                // "وكانت الوزارة قد عقدت اجتماعاً": an earlier event, apart from the article's own.
                // An announced one ("تعد لعقد اجتماع") stays apart too.
                let background = lexicon.tellsBackground(sentences[c.sentence].tokens, before: c.tokenStart) || c.announced
                if background { subtype += "#\(c.sentence)" }
                // "لقاء منفصل", "اجتماع آخر": another event of the kind.
                let toks = sentences[c.sentence].tokens
                if !c.definite, (c.tokenStart + 1..<min(toks.count, c.tokenEnd + 1)).contains(where: { toks[$0].isWord && lexicon.separateEventWords.contains(toks[$0].text) }) {
                    subtype += "#\(c.sentence).\(c.tokenStart)"
                }
                // Within an episode, one event per kind; a definite mention with none of its kind
                // in the episode refers back to the last one before it.
                let episode = episodes?[c.sentence] ?? 0
                let episodeKey = subtype + "@\(episode)"
                var earlier = eventBySubtype[episodeKey]
                if earlier == nil, c.definite || c.shortForm {
                    earlier = lastEventBySubtype[subtype]
                    // "زار وفد ... . وتم خلال اللقاء": a meeting word refers to the meeting, tour or
                    // visit its episode tells (not to a signing or a course).
                    if lexicon.episodeReferents.contains(subtype), !background, let e = firstEventOfEpisode[episode], let told = entities[e].subtype,
                       lexicon.episodeReferents.contains(lexicon.eventFamily(told)) || lexicon.touringEvents.contains(told) {
                        earlier = e
                    }
                }
                if let e = earlier {
                    assigned[n] = e
                    addForm(e, c.surface, key: surfaceKeys[n])
                    if c.held { entities[e].held = true }
                    if c.rule != EventSegmenter.verbRule, verbNamed.contains(e)
                        || (!c.shortForm && (!entities[e].held || c.held) && KeyText.hasArticle(entities[e].formKeys[0])) {
                        // An indefinite, held mention names the event better than "الاجتماع", and
                        // any noun better than the verb that told it.
                        entities[e].putFirst(c.surface, key: surfaceKeys[n], byKey: true)
                        verbNamed.remove(e)
                    }
                } else if c.definite, subtype == "session", let host = lastContainer ?? lastEventBySubtype["meeting"] {
                    // "الجلسة الافتتاحية" of the conference or meeting just named is that event.
                    assigned[n] = host
                } else if c.definite, !c.held, subtype == "meeting", let container = lastContainer {
                    // "انطلق مؤتمر X ... وخاطب الجلسة الافتتاحية": a session of the event just named.
                    assigned[n] = container
                } else {
                    let e = newEntity(n)
                    parent.append(e)
                    eventBySubtype[episodeKey] = e
                    if !background, firstEventOfEpisode[episode] == nil { firstEventOfEpisode[episode] = e }
                    if !background, firstEventOfKind[subtype] == nil { firstEventOfKind[subtype] = e }
                    if c.rule == EventSegmenter.verbRule { verbNamed.insert(e) }
                    assigned[n] = e
                }
                if let e = assigned[n], lexicon.containerEvents.contains(entities[e].subtype ?? "") { lastContainer = e }
                lastEventBySubtype[subtype] = assigned[n]
            }
        }

        // A title names the article's events before it tells them: each of its events is the
        // first one of its kind the article tells, if any.
        for n in titleEvents {
            let c = candidates[n]
            let subtype = c.subtype.map(lexicon.eventFamily) ?? ""
            if let e = firstEventOfKind[subtype] {
                assigned[n] = e
                addForm(e, c.surface, key: surfaceKeys[n])
            } else {
                let e = newEntity(n)
                parent.append(e)
                firstEventOfKind[subtype] = e
                assigned[n] = e
            }
        }

        // Gather clusters.
        while parent.count < entities.count { parent.append(parent.count) }
        var mentions: [ResolvedMention] = []
        mentions.reserveCapacity(candidates.count)
        var covered = sentences.map { Array(repeating: false, count: $0.tokens.count) }
        // (A merged entity's forms join its root once: they do not change in this loop.)
        var absorbed = Array(repeating: false, count: entities.count)
        for n in candidates.indices {
            guard let e = assigned[n] else { continue }
            let c = candidates[n]
            let root = find(e)
            if root != e, !absorbed[e] {
                absorbed[e] = true
                for (f, key) in zip(entities[e].forms, entities[e].formKeys) { addForm(root, f, key: key) }
            }
            mentions.append(ResolvedMention(sentence: c.sentence, tokenStart: c.tokenStart, tokenEnd: c.tokenEnd, start: c.start,
                                            end: c.end, entity: root, surface: c.surface, announced: c.announced))
            for t in c.tokenStart..<c.tokenEnd { covered[c.sentence][t] = true }
        }
        // Merge the facts of merged entities into their root.
        for e in entities.indices where find(e) != e {
            let r = find(e)
            entities[r].confidence = max(entities[r].confidence, entities[e].confidence)
            if entities[r].known == nil { entities[r].known = entities[e].known }
            entities[r].complement.formUnion(entities[e].complement)
        }
        // The longest organization form is its label ("مركز التنسيق والعلاقات" over "مركز التنسيق").
        for r in entities.indices where find(r) == r && entities[r].kind == .organization && entities[r].known == nil {
            // (a location tail "في سوريا" does not make a better label)
            let all = Array(entities[r].forms.indices)
            let plain = all.filter { !KeyText.hasInnerFi(entities[r].formKeys[$0]) }
            if let longest = Self.longest(plain.isEmpty ? all : plain, of: entities[r].forms), entities[r].head != nil {
                entities[r].putFirst(entities[r].forms[longest], key: entities[r].formKeys[longest], byKey: false)
            }
        }
        for r in entities.indices where find(r) == r && entities[r].kind == .person {
            if let longest = Self.longest(Array(entities[r].forms.indices), of: entities[r].forms) {
                entities[r].putFirst(entities[r].forms[longest], key: entities[r].formKeys[longest], byKey: false)
            }
        }

        // Every later occurrence of a name is a mention.
        let mentioned = Set(mentions.map(\.entity))
        rescan(sentences: sentences, entities: entities, roots: mentioned,
               text: text, covered: &covered, mentions: &mentions)

        mentions.sort { ($0.sentence, $0.tokenStart) < ($1.sentence, $1.tokenStart) }
        var bySentence = Array(repeating: [ResolvedMention](), count: sentences.count)
        for m in mentions { bySentence[m.sentence].append(m) }
        return Resolution(entities: entities, mentions: mentions, bySentence: bySentence)
    }

    /// The index among `indices` of the form with the most scalars (the first of equals).
    static func longest(_ indices: [Int], of forms: [String]) -> Int? {
        var best: (index: Int, length: Int)?
        for i in indices {
            let length = forms[i].unicodeScalars.count
            if best.map({ length > $0.length }) ?? true { best = (i, length) }
        }
        return best?.index
    }

    /// An organization name that names no one body: a listed generic name ("مجلس الإدارة",
    /// "القوات الأمنية"), or a listed generic name whose only complement is a bare definite head
    /// ("مجلس إدارة الفرع", "مجلس إدارة الشركة"): a part of an organization the article names
    /// elsewhere, not a name of its own ("مجلس إدارة شركة X" stays a name). `key` is the surface's key.
    func isGenericBody(_ c: Candidate, key: NameKey) -> Bool {
        guard c.kind == .organization, c.known == nil, !c.quoted, !c.acronym else { return false }
        if lexicon.genericBodies.contains(key) { return true }
        guard let (rest, last) = KeyText.splitLastWord(key), lexicon.genericBodies.contains(rest) else { return false }
        return Morphology.readings(Normalizer.key(last)).contains { r in
            guard r.definite, let bare = Morphology.stripArticle(r.form) else { return false }
            return lexicon.heads.lookup(r.form) != nil || lexicon.heads.lookup(bare) != nil
        }
    }

    /// The first letters of a name's words (given its key), the article left out: "قوات سوريا الديمقراطية" → قسد.
    func initials(_ key: NameKey) -> [Unicode.Scalar] {
        KeyText.words(key.value).compactMap { w -> Unicode.Scalar? in
            if w == "-" || lexicon.stopwords.contains(w) { return nil }
            if let bare = Morphology.stripArticle(w) { return bare.unicodeScalars.first }
            // وال: the conjunction before the article.
            let conjoined = key.isSimple ? w.utf8.starts(with: [0xD9, 0x88, 0xD8, 0xA7, 0xD9, 0x84]) : w.hasPrefix("\u{0648}\u{0627}\u{0644}")
            return conjoined ? w.unicodeScalars.dropFirst(3).first : w.unicodeScalars.first
        }
    }

    /// Looks for every form of every entity in the document again: a name named once with a title
    /// is also named later without it. Persons' single-word forms count only when one person of
    /// the document has that word as a surname.
    /// `covered[s][t]`: token `t` of sentence `s` is already part of a mention.
    func rescan(sentences: [Sentence], entities: [ResolvedEntity], roots: Set<Int>, text: NormalizedText,
                covered: inout [[Bool]], mentions: inout [ResolvedMention]) {
        var table = NameTable()
        var surnameOwners: [String: Set<Int>] = [:]
        for r in roots.sorted() {
            let kind = entities[r].kind
            guard kind != .event else { continue }
            for key in entities[r].formKeys {
                let words = PhraseTable<Int>.words(Normalizer.key(key.value))
                if kind == .person, words.count < 2 { continue }
                if words.count == 1, words[0].unicodeScalars.count < 3 { continue }
                table.insert(words: words, r)
            }
            if kind == .person {
                let words = KeyText.words(entities[r].formKeys[0].value)
                if words.count >= 2, let last = words.last, last.unicodeScalars.count >= 3 {
                    surnameOwners[last, default: []].insert(r)
                }
            }
        }
        for (surname, owners) in surnameOwners where owners.count == 1 {
            if lexicon.givenNames.lookup(surname) != nil || lexicon.stopwords.contains(surname) || lexicon.known.lookup(surname) != nil { continue }
            let words = PhraseTable<Int>.words(Normalizer.key(surname))
            if table.lookup(words: words) == nil, let owner = owners.first { table.insert(words: words, owner) }
        }
        guard !table.isEmpty else { return }
        for sentence in sentences {
            let tokens = sentence.tokens
            var i = 0
            while i < tokens.count {
                guard tokens[i].isWord, !covered[sentence.index][i] else { i += 1; continue }
                var hit: (Reading, Int, Int)?
                for r in tokens[i].readings {
                    if let m = table.match(tokens, at: i, first: r.form),
                       (i..<(i + m.length)).allSatisfy({ !covered[sentence.index][$0] }) {
                        hit = (r, m.length, m.value)
                        break
                    }
                }
                guard let (r, length, entity) = hit else { i += 1; continue }
                // A preposition before a name is read only before an alef or for a known form.
                let start = tokens[i].start + r.skip
                let end = tokens[i + length - 1].end
                var surface = text.originalText(start, end)
                if r.restoredArticle { surface = "\u{0627}" + surface }
                mentions.append(ResolvedMention(sentence: sentence.index, tokenStart: i, tokenEnd: i + length, start: start, end: end,
                                                entity: entity, surface: surface))
                for t in i..<(i + length) { covered[sentence.index][t] = true }
                i += length
            }
        }
    }
}
