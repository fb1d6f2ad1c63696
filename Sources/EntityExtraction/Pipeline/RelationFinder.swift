/// A relation between two resolved entities of a document, with the sentence that states it.
struct FoundRelation: Sendable {
    var source: Int
    var type: RelationType
    var target: Int
    var role: String?
    var sentence: Int
    var rule: String
    var confidence: Double
}

/// Reads relations from the resolved mentions, role phrases and cue phrases of a document, one
/// rule per pattern (see each method). Every rule looks a bounded number of tokens around its
/// cue, within one sentence.
struct RelationFinder: Sendable {
    let lexicon: Lexicon

    struct Context {
        var sentences: [Sentence]
        var resolution: Resolution
        var findings: Findings
        var cues: [[CueHit]]
        var roles: [[RoleSpan]]
        /// The last event named before each sentence, and the document's first event.
        var previousEvent: [Int?] = []
        var firstEvent: Int?
        /// Each person's first memberOf organization (filled once roles are read).
        var memberOf: [Int: Int] = [:]
        /// Every organization of the document by the `NameKey` of each of its forms.
        var organizations: [String: Int] = [:]
        /// Event mentions named with a possessive suffix, by `sentence << 20 | token`.
        var possessiveEvents: Set<Int64> = []
    }

    func find(sentences: [Sentence], resolution: Resolution, findings: Findings) -> (relations: [FoundRelation], eventDates: [Int: String], eventPlaces: [Int: Int]) {
        // A cue inside a name is part of the name ("مجلس التعاون"), but one inside an event's name
        // still speaks ("توقيع مذكرة تفاهم بين X وY").
        var covered = Set<Int64>()
        for m in resolution.mentions where resolution.entities[m.entity].kind != .event {
            for t in m.tokenStart..<m.tokenEnd { covered.insert(Int64(m.sentence) << 20 | Int64(t)) }
        }
        var cues = Array(repeating: [CueHit](), count: sentences.count)
        for c in findings.cues where !(c.tokenStart..<c.tokenEnd).contains(where: { covered.contains(Int64(c.sentence) << 20 | Int64($0)) }) {
            cues[c.sentence].append(c)
        }
        var roles = Array(repeating: [RoleSpan](), count: sentences.count)
        for r in findings.roles { roles[r.sentence].append(r) }
        var ctx = Context(sentences: sentences, resolution: resolution, findings: findings, cues: cues, roles: roles)
        for (e, entity) in resolution.entities.enumerated() where entity.kind == .organization {
            for key in entity.formKeys where ctx.organizations[key.value] == nil { ctx.organizations[key.value] = e }
        }
        var last: Int?
        for s in sentences.indices {
            ctx.previousEvent.append(last)
            if let m = resolution.bySentence[s].last(where: { resolution.entities[$0.entity].kind == .event }) { last = m.entity }
        }
        ctx.firstEvent = resolution.mentions.first { resolution.entities[$0.entity].kind == .event }?.entity
        for c in findings.candidates where c.kind == .event && c.possessive {
            ctx.possessiveEvents.insert(Int64(c.sentence) << 20 | Int64(c.tokenStart))
        }
        var out: [FoundRelation] = []
        for s in sentences.indices {
            roleRelations(ctx, s, &out)
        }
        let delegationOrg = documentDelegation(ctx)
        for s in sentences.indices {
            attendance(ctx, s, &out)
            afterEvent(ctx, s, &out)
            meetingVerbs(ctx, s, &out)
            organizers(ctx, s, &out)
            possessiveEventOwners(ctx, s, &out)
            coMentioned(ctx, s, &out)
            delegation(ctx, s, delegationOrg, &out)
            speakingFor(ctx, s, &out)
            speakersAtEvents(ctx, s, &out)
            linked(ctx, s, &out)
        }
        let speakers = paragraphSpeakers(ctx)
        for r in out where r.type == .memberOf && ctx.memberOf[r.source] == nil { ctx.memberOf[r.source] = r.target }
        for s in sentences.indices {
            stance(ctx, s, speakers, &out)
            signingSides(ctx, s, &out)
        }
        var (dates, places) = eventFacts(ctx, &out)
        dateline(ctx, &out, &places)
        return (out, dates, places)
    }

    /// "بورتسودان 20 نوفمبر 2024 (سونا) –", "الرباط - (و م ع) -", "صحار في 24 يوليو": the place
    /// that opens one of the article's first sentences, before a dash, a date or an agency in
    /// parentheses, is where the article's story happened: the first event named from there on
    /// was held there.
    func dateline(_ ctx: Context, _ out: inout [FoundRelation], _ places: inout [Int: Int]) {
        for s in ctx.sentences.indices.prefix(4) {
            let toks = tokens(ctx, s)
            guard let m = ctx.resolution.bySentence[s].first, m.tokenStart == 0, kind(ctx, m) == .place, m.tokenEnd < toks.count else { continue }
            var k = m.tokenEnd
            if toks[k].text == "في", k + 1 < toks.count { k += 1 }
            let t = toks[k]
            guard t.isDash || t.kind == .number || t.text == "(" || t.text == "/" || ctx.findings.dates.contains(where: { $0.sentence == s && $0.tokenStart == k })
            else { continue }
            // The first event from there on; an interview or a call has no venue.
            guard let ev = ctx.resolution.mentions.first(where: { $0.sentence >= s && kind(ctx, $0) == .event })?.entity ?? ctx.firstEvent,
                  !["interview", "call"].contains(ctx.resolution.entities[ev].subtype ?? "") else { return }
            add(&out, ev, .heldAt, m.entity, s, "dateline", 0.55)
            if places[ev] == nil { places[ev] = m.entity }
            return
        }
    }

    // MARK: - Helpers

    func kind(_ ctx: Context, _ m: ResolvedMention) -> EntityKind { ctx.resolution.entities[m.entity].kind }

    func mention(_ ctx: Context, _ s: Int, startingAt t: Int) -> ResolvedMention? {
        ctx.resolution.bySentence[s].first { $0.tokenStart == t }
    }

    func mention(_ ctx: Context, _ s: Int, endingAt t: Int) -> ResolvedMention? {
        ctx.resolution.bySentence[s].last { $0.tokenEnd == t }
    }

    func tokens(_ ctx: Context, _ s: Int) -> [Token] { ctx.sentences[s].tokens }

    /// The token after a parenthesis that opens at `k` and closes within `reach` tokens ("(قسد)",
    /// "(رئيسة اللجنة)"), if one does.
    func pastParentheses(_ toks: [Token], at k: Int, within reach: Int) -> Int? {
        guard k < toks.count, toks[k].text == "(",
              let close = (k + 1..<min(toks.count, k + reach)).first(where: { toks[$0].text == ")" }) else { return nil }
        return close + 1
    }

    func isSeparator(_ t: Token) -> Bool { t.isQuote || t.isComma || t.text == "\u{0648}" }

    /// A word between an office and its organization ("عضو في X", "المتحدث باسم X"): `role_prepositions`.
    func isPreposition(_ t: Token) -> Bool { lexicon.rolePrepositions.contains(t.text) }

    /// The event a sentence is about: an event mention in it (nearest to `token`), else the last
    /// event named before it, else the document's first event.
    func event(_ ctx: Context, _ s: Int, near token: Int) -> Int? {
        let here = toldEvents(ctx, s)
        if let best = here.min(by: { abs($0.tokenStart - token) < abs($1.tokenStart - token) }) { return best.entity }
        // "استقبل الوزير السفير ... . وجرى خلال اللقاء": the next sentence names, with the article,
        // the event this one describes.
        if s + 1 < ctx.sentences.count, ctx.sentences[s + 1].paragraph == ctx.sentences[s].paragraph
            || ctx.sentences[s + 1].paragraph == ctx.sentences[s].paragraph + 1,
           let next = ctx.resolution.bySentence[s + 1].first(where: { kind(ctx, $0) == .event
               && NameKey($0.surface).value.hasPrefix("\u{0627}\u{0644}") }) {
            return next.entity
        }
        return ctx.previousEvent[s] ?? ctx.firstEvent
    }

    /// The event mentions of a sentence, but those it only announces ("والتحضير لاجتماع اللجنة"):
    /// an announced event is none of the sentence's participants'.
    func toldEvents(_ ctx: Context, _ s: Int) -> [ResolvedMention] {
        ctx.resolution.bySentence[s].filter { kind(ctx, $0) == .event && !$0.announced }
    }

    func add(_ out: inout [FoundRelation], _ source: Int, _ type: RelationType, _ target: Int, role: String? = nil,
             _ s: Int, _ rule: String, _ confidence: Double) {
        guard source != target else { return }
        out.append(FoundRelation(source: source, type: type, target: target, role: role, sentence: s, rule: rule, confidence: confidence))
    }

    // MARK: - Roles: memberOf / represents with the role

    /// "A الرئيسة المشتركة لـ X", "A و B الرئيسان المشتركان لـ X" (one edge per name, role in the
    /// singular), "A قيادي في X", "ممثل X", and "القائد العام لـ X A" (name after).
    func roleRelations(_ ctx: Context, _ s: Int, _ out: inout [FoundRelation]) {
        let toks = tokens(ctx, s)
        for r in ctx.roles[s] {
            // "ووقعها عن الشركة رئيسها التنفيذي المهندس A": the organization named just before.
            if r.possessive {
                guard let org = ctx.resolution.bySentence[s].last(where: { $0.tokenEnd <= r.tokenStart && $0.tokenEnd >= r.tokenStart - 6
                          && kind(ctx, $0) == .organization }),
                      let person = personAhead(ctx, s, from: r.tokenEnd, allowComma: true) else { continue }
                add(&out, person.entity, r.form.relation, org.entity, role: r.role, s, "possessive-role", 0.75)
                continue
            }
            // The organization: right after the role, or after a preposition.
            var p = r.tokenEnd
            while p < toks.count, toks[p].isQuote { p += 1 }
            var org = mention(ctx, s, startingAt: p).flatMap { kind(ctx, $0) == .organization ? $0 : nil }
            if org == nil, p < toks.count, isPreposition(toks[p]) {
                org = mention(ctx, s, startingAt: p + 1).flatMap { kind(ctx, $0) == .organization ? $0 : nil }
            }
            // "وزير الدولة بوزارة الخارجية": a word that completes the role, then the organization.
            if org == nil, p + 1 < toks.count, toks[p].isWord, toks[p].text.hasPrefix("\u{0627}\u{0644}"),
               let m = mention(ctx, s, startingAt: p + 1), kind(ctx, m) == .organization, m.start > toks[p + 1].start {
                org = m
            }
            // "أستاذة الاقتصاد في جامعة القاهرة": a field, then في or ب + the organization.
            // "المدير العام للتجارة الخارجية بوزارة X": the field after لل.
            if org == nil, p + 1 < toks.count, toks[p].isWord, toks[p].text.hasPrefix("\u{0627}\u{0644}") || toks[p].text.hasPrefix("\u{0644}\u{0644}"),
               mention(ctx, s, startingAt: p) == nil {
                // The field may take an adjective: "أستاذة القانون الدولي في جامعة X".
                var f = p + 1
                if f + 1 < toks.count, toks[f].isWord, toks[f].text.hasPrefix("\u{0627}\u{0644}"), Morphology.nisbaStem(toks[f].text) != nil,
                   mention(ctx, s, startingAt: f) == nil { f += 1 }
                // "مدير عام التوثيق والنشر في هيئة X": a coordinated field.
                if f + 1 < toks.count, toks[f].isWord, toks[f].text.hasPrefix("\u{0648}\u{0627}\u{0644}"), mention(ctx, s, startingAt: f) == nil { f += 1 }
                if toks[f].text == "في", let m = mention(ctx, s, startingAt: f + 1), kind(ctx, m) == .organization { org = m }
                else if let m = mention(ctx, s, startingAt: f), kind(ctx, m) == .organization, m.start > toks[f].start,
                        toks[f].text.hasPrefix("\u{0628}") { org = m }
            }
            // "نائبين لرئيس الهيئة": a second role before the organization.
            if org == nil, let inner = ctx.roles[s].first(where: { $0.tokenStart == p }) {
                org = mention(ctx, s, startingAt: inner.tokenEnd).flatMap { kind(ctx, $0) == .organization ? $0 : nil }
            }
            var target: (entity: Int, end: Int)? = org.map { ($0.entity, $0.tokenEnd) }
            var onlyAfter = false
            // "سفير فرنسا لدى ...": an envoy of a country represents it.
            if target == nil, r.form.relation == .represents, let m = mention(ctx, s, startingAt: p), isActor(ctx, m.entity) {
                target = (m.entity, m.tokenEnd)
            }
            // "محافظ البصرة", "وزير الخارجية العراقي": the office's domain names an organization of the document.
            if target == nil, let domain = officeDomain(ctx, s, r, from: p) { target = domain }
            // "عقدت وزارة الخارجية اجتماعها ... برئاسة الوزير A": a definite office alone, before a name,
            // is held in the organization of its domain named earlier in the sentence.
            if target == nil, r.definite, r.form.number == .singular, p == r.tokenEnd,
               let head = lexicon.officeDomains[Normalizer.key(r.form.singular)].map({ lexicon.headClass(Normalizer.key($0)) }),
               personAhead(ctx, s, from: p, allowComma: false) != nil,
               let org = ctx.resolution.bySentence[s].last(where: { $0.tokenEnd <= r.tokenStart && kind(ctx, $0) == .organization
                   && ctx.resolution.entities[$0.entity].head.map { lexicon.headClass($0) } == head }) {
                target = (org.entity, p)
            }
            // "النائب A", "النواب: A، وB": the office implies the body named in the document.
            if target == nil, let body = officeBody(ctx, s, r) { target = body; onlyAfter = true }
            // "اجتماعا بمقر الاتحاد، برئاسة الكاتب العام X", "مقترح العضو X": a role with no organization
            // of its own, followed by a name, is a role in the organization just named.
            if target == nil, r.form.number == .singular, let person = personAhead(ctx, s, from: r.tokenEnd, allowComma: false),
               let before = ctx.resolution.bySentence[s].last(where: { $0.tokenEnd <= r.tokenStart && $0.tokenEnd >= r.tokenStart - 12
                   && kind(ctx, $0) == .organization }) {
                add(&out, person.entity, r.form.relation, before.entity, role: r.role, s, "role-of-named-organization", 0.55)
                continue
            }
            // "نائب الرئيس: A" in a list after the organization was named: the office is in the
            // organization the text is about.
            // "الأعضاء: A، B، وC": a plural office before a colon lists its holders.
            if target == nil, r.form.relation == .memberOf, lexicon.officeDomains[Normalizer.key(r.form.singular)] == nil,
               r.form.number == .singular || (r.tokenEnd < toks.count && toks[r.tokenEnd].text == ":"),
               !ctx.resolution.bySentence[s].contains(where: { $0.tokenEnd <= r.tokenStart && kind(ctx, $0) != .person }),
               let first = personAhead(ctx, s, from: r.tokenEnd, allowComma: false),
               let org = contextOrganization(ctx, before: s) {
                var holders = [first]
                if r.form.number != .singular {
                    holders = ctx.resolution.bySentence[s].filter { $0.tokenStart >= first.tokenStart && kind(ctx, $0) == .person }
                }
                for m in holders { add(&out, m.entity, .memberOf, org, role: r.role, s, "role-of-context-organization", 0.45) }
                continue
            }
            guard let target else { continue }
            // The persons: right after the organization ("قائد شرطة البصرة اللواء A"), else before
            // the role ("A، مدير X", "A و B الرئيسان المشتركان لـ X").
            let wanted = r.form.number == .singular ? 1 : (r.form.number == .dual ? 2 : 12)
            var persons: [ResolvedMention] = []
            var a = target.end
            // "أعضاء اللجنة: A، وB": a plural office opens a list after a colon.
            if r.form.number != .singular, a < toks.count, toks[a].text == ":" { a += 1 }
            while persons.count < wanted, let m = personAhead(ctx, s, from: a, allowComma: persons.isEmpty) {
                persons.append(m)
                a = m.tokenEnd
                var q = a
                // "A (رئيسة اللجنة)، وB": past an item's own office in parentheses.
                if let past = pastParentheses(toks, at: q, within: 8) { q = past }
                while q < toks.count, isSeparator(toks[q]) { q += 1 }
                if q == a && !(q < toks.count && toks[q].text.hasPrefix("\u{0648}")) { break }
                a = q
            }
            var j = r.tokenStart - 1
            let roleHasConjunction = r.conjunction && r.form.number == .singular
            let searchBefore = persons.isEmpty && !onlyAfter
            while searchBefore, persons.count < wanted {
                // "A (رئيس الجامعة)": a role in parentheses after the name.
                while j >= 0, toks[j].isQuote || toks[j].text == "(" || (toks[j].isComma && !roleHasConjunction && wanted == 1) { j -= 1 }
                guard j >= 0, let m = mention(ctx, s, endingAt: j + 1), kind(ctx, m) == .person else { break }
                persons.append(m)
                var q = m.tokenStart - 1
                var separated = false
                while q >= 0, isSeparator(toks[q]) { q -= 1; separated = true }
                let conjunction = m.start > toks[m.tokenStart].start && toks[m.tokenStart].text.hasPrefix("\u{0648}")
                if persons.count >= wanted || (!separated && !conjunction) { break }
                j = q
            }
            // "عضو اللجنة المركزية للجبهة A": a member of an internal body is a member of the
            // organization it belongs to, with the body in the role.
            var into = target.entity
            var role = r.role
            if let org, parentOfSubBodyShape(ctx.resolution.entities[org.entity]), !persons.isEmpty, org.tokenEnd + 1 < toks.count,
               let seat = toks[org.tokenEnd].text == "في" ? mention(ctx, s, startingAt: org.tokenEnd + 1)
                   : mention(ctx, s, startingAt: org.tokenEnd).flatMap { $0.start > toks[org.tokenEnd].start && toks[org.tokenEnd].text.hasPrefix("\u{0628}") ? $0 : nil },
               kind(ctx, seat) == .organization {
                // "مديرة إدارة الاستدامة في هيئة X A", "مدير إدارة المنظمات بالوزارة A": a unit's
                // office is one in the organization it is in.
                into = seat.entity
                role = r.role + " " + org.surface
            } else if let parent = parentOfSubBody(ctx, target.entity, before: s, token: r.tokenStart) {
                into = parent
                role = r.role + " " + ctx.resolution.entities[target.entity].forms[0]
            } else if let org, let (parent, body) = namedParentOfSubBody(ctx, s, org) {
                // "عضو المكتب التنفيذي للاتحاد العام للشغل": the body's own name says whose it is.
                into = parent
                role = r.role + " " + body
            }
            for m in persons {
                add(&out, m.entity, r.form.relation, into, role: role, s, "role-apposition", p == r.tokenEnd ? 0.9 : 0.85)
                // The body itself, too: "عضو المكتب السياسي" is a member of the political bureau.
                if into != target.entity {
                    add(&out, m.entity, r.form.relation, target.entity, role: r.role, s, "role-apposition-body", 0.8)
                }
            }
        }
    }

    /// The organization a sentence without one speaks of: the most named organization of the
    /// sentences before it (at most three back), when one is named there.
    func contextOrganization(_ ctx: Context, before s: Int) -> Int? {
        var counts: [Int: Int] = [:]
        for t in max(0, s - 3)..<s {
            let orgs = ctx.resolution.bySentence[t].filter { kind(ctx, $0) == .organization }
            // An organization named inside another ("الجمعية العمومية للاتحاد X") counts, not the outer body.
            for m in orgs where !parentOfSubBodyShape(ctx.resolution.entities[m.entity])
                && !orgs.contains(where: { $0.tokenStart > m.tokenStart && $0.tokenEnd <= m.tokenEnd }) {
                counts[m.entity, default: 0] += 1
            }
        }
        return counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
    }

    /// The organization an internal body belongs to: the body is a `sub_body_heads` head with
    /// only adjectives ("اللجنة المركزية", "المكتب السياسي") or a bare head ("للجبهة", "البنك")
    /// after it; the organization is the last one named before the role with that bare head's
    /// class, or for adjectives alone the last other organization named.
    func parentOfSubBody(_ ctx: Context, _ e: Int, before s: Int, token: Int) -> Int? {
        let entity = ctx.resolution.entities[e]
        guard entity.known == nil, let name = entity.forms.first else { return nil }
        let words = KeyText.words(Normalizer.key(NameKey(name).value))
        guard words.count >= 2, let first = words.first,
              lexicon.subBodyHeads.contains(Morphology.stripArticle(first) ?? first) else { return nil }
        var parentHead: String?
        for (n, w) in words.enumerated().dropFirst() {
            if Morphology.nisbaStem(w) != nil, !lexicon.isGentilic(w) { continue }
            guard n == words.count - 1 else { return nil }
            guard let r = Morphology.readings(w).first(where: { $0.definite && (lexicon.heads.lookup($0.form) != nil
                || lexicon.heads.lookup(Morphology.stripArticle($0.form) ?? "") != nil) }) else { return nil }
            parentHead = lexicon.headClass(r.form)
        }
        if parentHead == nil, !(first.hasPrefix("\u{0627}\u{0644}")) { return nil }
        // Back from the role, over at most the 30 sentences before it (linear in the document).
        let earlier = (max(0, s - 30)...s).reversed().lazy.flatMap { t in ctx.resolution.bySentence[t].reversed() }
            .filter { ($0.sentence < s || $0.tokenEnd <= token) && $0.entity != e && self.kind(ctx, $0) == .organization }
        for m in earlier {
            let other = ctx.resolution.entities[m.entity]
            if parentOfSubBodyShape(other) { continue }
            if let parentHead {
                if other.head.map({ lexicon.headClass($0) }) == parentHead { return m.entity }
            } else {
                return m.entity
            }
        }
        return nil
    }

    /// The organization named inside an internal body's name after ل ("المكتب السياسي لحركة X" →
    /// حركة X) and the body's words before it ("المكتب السياسي").
    func namedParentOfSubBody(_ ctx: Context, _ s: Int, _ body: ResolvedMention) -> (Int, String)? {
        guard parentOfSubBodyShape(ctx.resolution.entities[body.entity]),
              let inner = ctx.resolution.bySentence[s].first(where: { $0.tokenStart > body.tokenStart && $0.tokenEnd == body.tokenEnd
                  && $0.entity != body.entity && kind(ctx, $0) == .organization }) else { return nil }
        let words = body.surface.split(whereSeparator: { $0 == " " })
        let count = inner.tokenStart - body.tokenStart
        guard count >= 1, count < words.count else { return nil }
        return (inner.entity, words.prefix(count).joined(separator: " "))
    }

    /// An organization that is itself only an internal body (no parent looked for).
    func parentOfSubBodyShape(_ entity: ResolvedEntity) -> Bool {
        guard let name = entity.forms.first, let w = KeyText.words(Normalizer.key(NameKey(name).value)).first else { return false }
        return lexicon.subBodyHeads.contains(Morphology.stripArticle(w) ?? w)
    }

    /// The organization of the document named by an office's domain: the head the office heads
    /// (`office_domains`: محافظ → محافظة) + the words after the role ("محافظ البصرة" → محافظة
    /// البصرة; a nisba adjective in the feminine: "وزير الخارجية العراقي" → وزارة الخارجية
    /// العراقية); else the one organization whose name starts with head + the first word.
    func officeDomain(_ ctx: Context, _ s: Int, _ r: RoleSpan, from p: Int) -> (entity: Int, end: Int)? {
        guard let head = lexicon.officeDomains[Normalizer.key(r.form.singular)] else { return nil }
        let toks = tokens(ctx, s)
        var name = head
        var best: (entity: Int, end: Int)?
        var k = p
        while k < toks.count, k < p + 4, toks[k].isWord, titleLength(toks, k) == nil {
            if let m = mention(ctx, s, startingAt: k), kind(ctx, m) == .person { break }
            name += " " + toks[k].text
            let key = NameKey(name).value
            if let e = ctx.organizations[key] ?? (key.hasSuffix("\u{064A}") ? ctx.organizations[key + "\u{0647}"] : nil) {
                best = (e, k + 1)
            }
            k += 1
        }
        if best == nil, k > p {
            let prefix = NameKey(head + " " + toks[p].text).value + " "
            let found = Set(ctx.organizations.filter { $0.key.hasPrefix(prefix) }.map(\.value))
            if found.count == 1, let e = found.first { best = (e, p + 1) }
        }
        return best
    }

    /// The body an office implies (`office_bodies`: نائب → مجلس النواب), when the document names
    /// it and a name follows the role (past a title or a colon that opens a list).
    func officeBody(_ ctx: Context, _ s: Int, _ r: RoleSpan) -> (entity: Int, end: Int)? {
        guard let bodies = lexicon.officeBodies[Normalizer.key(r.form.singular)] else { return nil }
        let toks = tokens(ctx, s)
        var end = r.tokenEnd
        if end < toks.count, toks[end].text == ":" { end += 1 }
        guard personAhead(ctx, s, from: end, allowComma: false) != nil else { return nil }
        for b in bodies {
            if let e = ctx.organizations[b] { return (e, end) }
            let found = Set(ctx.organizations.filter { $0.key.hasPrefix(b + " ") }.map(\.value))
            if found.count == 1, let e = found.first { return (e, end) }
        }
        return nil
    }

    /// The person named right after `a`, past quotes, a title, "في" + a word, or one comma before a title.
    func personAhead(_ ctx: Context, _ s: Int, from a: Int, allowComma: Bool) -> ResolvedMention? {
        let toks = tokens(ctx, s)
        var k = a
        var skipped = 0
        var afterPlace = -1
        var specification = false
        while k < toks.count, skipped <= 5 {
            let t = toks[k]
            if let m = mention(ctx, s, startingAt: k) {
                switch kind(ctx, m) {
                case .person: return m
                // "في الأردن والعراق السيد A": a second seat of the office.
                case .place where (k == afterPlace || k == a) && m.start > t.start && t.text.hasPrefix("\u{0648}"):
                    afterPlace = m.tokenEnd; k = m.tokenEnd; skipped += 1; continue
                // "الممثل المقيم لبرنامج X بالمغرب السيد A", "المدير الإقليمي لبرنامج X لأفريقيا A":
                // ب + the place of the office, ل + the region it covers.
                case .place where k == a && m.start > t.start && (t.text.hasPrefix("\u{0628}") || t.text.hasPrefix("\u{0644}")):
                    afterPlace = m.tokenEnd; k = m.tokenEnd; skipped += 1; continue
                // "مدير إدارة المنظمات بالوزارة A": ب + the body the office's unit sits in.
                case .organization where k == a && m.start > t.start && t.text.hasPrefix("\u{0628}"):
                    k = m.tokenEnd; skipped += 1; continue
                // "رئيسة اللجنة التحضيرية للمؤتمر الدكتورة A": the event the office serves.
                case .event where m.start > t.start && t.text.hasPrefix("\u{0644}"):
                    k = m.tokenEnd; skipped += 1; continue
                default: return nil
                }
            }
            if t.isQuote { k += 1; continue }
            // "نائب الرئيس: A".
            if t.text == ":", k == a || ctx.roles[s].contains(where: { $0.tokenEnd == k }) { k += 1; continue }
            // "مدير إدارة الإغاثة فيها A": "in it", the organization just named.
            if k == a, lexicon.inIt.contains(t.text) { k += 1; skipped += 1; continue }
            // "لشرق أفريقيا A": ل + a direction + the place.
            if k == a, t.isWord, t.text.hasPrefix("\u{0644}"), t.readings.contains(where: { $0.preposition && lexicon.directions.contains($0.form) }),
               let m = mention(ctx, s, startingAt: k + 1), kind(ctx, m) == .place {
                afterPlace = m.tokenEnd; k = m.tokenEnd; skipped += 2; continue
            }
            // "مدير الوكالة الوطنية للموانئ (و.و.م) السيد A": past the organization's acronym.
            if k == a, let past = pastParentheses(toks, at: k, within: 6) {
                k = past; skipped += 1; continue
            }
            // "مدير X، السيد A" — but "رئيس X، والمهندسة B" starts the next item of a list.
            // "القنصل العام لجمهورية X في جدة، السيد A": a comma after the office's seat, too.
            if allowComma || k == afterPlace, t.isComma, k == a || k == afterPlace, k + 1 < toks.count, titleLength(toks, k + 1) != nil,
               !toks[k + 1].text.hasPrefix("\u{0648}") { k += 1; continue }
            // "المتحدث باسم مجلس X، أبو جاسم الشعيطي، إن": a name set off by commas.
            if allowComma, t.isComma, k == a, let m = mention(ctx, s, startingAt: k + 1), kind(ctx, m) == .person,
               m.start == toks[k + 1].start, m.tokenEnd >= toks.count || toks[m.tokenEnd].isComma || toks[m.tokenEnd].text == "." {
                return m
            }
            if t.isWord, let n = titleLength(toks, k) {
                // "مدير X والمهندس B": a title with a conjunction starts the next item of a list.
                if t.text.hasPrefix("\u{0648}"), titleLengthWritten(toks, k) == nil { return nil }
                k += n; skipped += 1; continue
            }
            // "نائب رئيس مجلس الوزراء وزير الخارجية A": a second role of the same person.
            if let r2 = ctx.roles[s].first(where: { $0.tokenStart == k }), r2.tokenEnd > k, !r2.conjunction,
               k == 0 || !toks[k - 1].isComma {
                k = r2.tokenEnd
                if let m = mention(ctx, s, startingAt: k), kind(ctx, m) == .organization { k = m.tokenEnd }
                skipped += 1
                continue
            }
            // "وزير الخارجية الأردني السيد A": the nationality of the office.
            if t.isWord, k == a, t.text.hasPrefix("\u{0627}\u{0644}"), lexicon.isGentilic(t.text) { k += 1; skipped += 1; continue }
            // "مدير عام شركة X بالنيابة السيد A": an acting office.
            if t.isWord, lexicon.actingQualifiers.contains(t.text) { k += 1; skipped += 1; continue }
            // "مدير مكتب الخدمات بالبلدية الدكتور A": ب + the body the office sits in.
            if t.isWord, k == a, t.text.hasPrefix("\u{0628}\u{0627}\u{0644}"), t.text.unicodeScalars.count >= 6,
               mention(ctx, s, startingAt: k).map({ kind(ctx, $0) != .person })
                   ?? t.readings.contains(where: { $0.preposition && lexicon.heads.match(toks, at: k, first: $0.form) != nil }) {
                k = mention(ctx, s, startingAt: k)?.tokenEnd ?? (k + 1); skipped += 1; continue
            }
            // "عضو مجلس النواب عن الدائرة السادسة السيد A": the constituency.
            if t.text == "عن", k == a, let end = (min(toks.count, k + 2)..<min(toks.count, k + 5)).first(where: { titleLength(toks, $0) != nil }) {
                k = end; skipped += 2; continue
            }
            // "لوزارة X لشؤون البيئة المهندس A": ل + a noun in construct with a definite one.
            if t.isWord, k == a, t.text.hasPrefix("\u{0644}"), !t.text.hasPrefix("\u{0644}\u{0644}"), k + 1 < toks.count,
               toks[k + 1].isWord, toks[k + 1].text.hasPrefix("\u{0627}\u{0644}"), mention(ctx, s, startingAt: k) == nil {
                k += 2; skipped += 2; specification = true; continue
            }
            if t.text == "في" || t.text == "الي" || t.text == "لدي", k + 1 < toks.count, k == a {
                if let m = mention(ctx, s, startingAt: k + 1), kind(ctx, m) == .place {
                    afterPlace = m.tokenEnd; k = m.tokenEnd; skipped += 2; continue
                }
                // "مديرة إدارة الاستدامة في هيئة X A": the organization the office's unit is in.
                if t.text == "في", let m = mention(ctx, s, startingAt: k + 1), kind(ctx, m) == .organization {
                    k = m.tokenEnd; skipped += 2; continue
                }
                k += 2; skipped += 2; continue
            }
            // A specification of the office: "وكيل وزارة الخارجية للشؤون الثنائية السيد A".
            if t.isWord, t.text.hasPrefix("\u{0644}\u{0644}") || (k > a && t.text.hasPrefix("\u{0627}\u{0644}") && skipped > 0) {
                specification = specification || t.text.hasPrefix("\u{0644}\u{0644}")
                k += 1; skipped += 1; continue
            }
            // "... للدراسات العليا والبحث العلمي الدكتور A": a coordinated word of that specification.
            if t.isWord, specification, t.text.hasPrefix("\u{0648}\u{0627}\u{0644}"), titleLength(toks, k) == nil {
                k += 1; skipped += 1; continue
            }
            return nil
        }
        return nil
    }

    /// The number of tokens of a title written at `k` without a clitic, if one is.
    func titleLengthWritten(_ toks: [Token], _ k: Int) -> Int? {
        guard toks[k].isWord else { return nil }
        return lexicon.titles.match(toks, at: k, first: toks[k].text)?.length
    }

    /// The number of tokens of a title starting at `k` ("السيد", "أ.د."), if one does.
    func titleLength(_ toks: [Token], _ k: Int) -> Int? {
        guard toks[k].isWord else { return nil }
        for r in toks[k].readings {
            if let m = lexicon.titles.match(toks, at: k, first: r.form) { return m.length }
        }
        return nil
    }

    // MARK: - Attendance

    /// "حضر الاجتماع كل من A، B و C", "بحضور A", "بمشاركة X": the persons after the cue, and the
    /// organizations that are items of the list (not the complement of a role), attended.
    func attendance(_ ctx: Context, _ s: Int, _ out: inout [FoundRelation]) {
        let toks = tokens(ctx, s)
        guard let cue = ctx.cues[s].first(where: { $0.kind == .attendance }) else { return }
        guard let ev = event(ctx, s, near: cue.tokenEnd) else { return }
        let roleEnds = Set(ctx.roles[s].map(\.tokenEnd))
        // "ممثلين عن X و Y", "ممثلو X": the organizations whose representatives attended.
        let representativeEnds = Set(ctx.roles[s].filter { $0.form.relation == .represents && $0.form.number != .singular }.map(\.tokenEnd))
        var lastRepresented = -1, lastItemEnd = -1
        for m in ctx.resolution.bySentence[s] where m.tokenStart >= cue.tokenEnd {
            switch kind(ctx, m) {
            case .person:
                add(&out, m.entity, .attended, ev, s, "attendance-list", 0.85)
            case .organization:
                var j = m.tokenStart - 1
                while j >= 0, toks[j].isQuote { j -= 1 }
                let conjoined = m.start > toks[m.tokenStart].start && toks[m.tokenStart].text.hasPrefix("\u{0648}")
                if representativeEnds.contains(j + 1) || (j >= 0 && toks[j].text == "عن" && representativeEnds.contains(j))
                    || (conjoined && lastRepresented == m.tokenStart) || (j >= 0 && toks[j].text == "\u{0648}" && lastRepresented == j) {
                    add(&out, m.entity, .attended, ev, s, "represented-at", 0.7)
                    lastRepresented = m.tokenEnd
                    continue
                }
                let afterRole = roleEnds.contains(j + 1) || (j >= 0 && isPreposition(toks[j]) && roleEnds.contains(j))
                // "باحثون من جامعة حلب وجامعة تشرين": people from the organization (not an office's "من").
                let fromGroup = j >= 1 && toks[j].text == "من" && toks[j - 1].isWord && !roleEnds.contains(j)
                    && mention(ctx, s, endingAt: j) == nil && !ctx.cues[s].contains(where: { $0.tokenEnd == j })
                // "وزارة الصحة ومنظمة X": the next item of a list of organizations.
                let nextItem = conjoined && lastItemEnd == m.tokenStart
                let item = j < cue.tokenEnd || (j >= 0 && (toks[j].isComma || toks[j].text == "\u{0648}"))
                    || ctx.cues[s].contains { $0.kind == .listOpener && $0.tokenEnd == j + 1 } || nextItem
                if fromGroup || (item && !afterRole && !(j >= 0 && isPreposition(toks[j]))) {
                    add(&out, m.entity, .attended, ev, s, "attendance-list", 0.75)
                    lastItemEnd = m.tokenEnd
                }
            default:
                break
            }
        }
    }

    /// "اجتماع بين A و B", "لقاء مع X", "حوار مع X": right after an event, everyone named up to
    /// the end of the clause attended it.
    func afterEvent(_ ctx: Context, _ s: Int, _ out: inout [FoundRelation]) {
        let toks = tokens(ctx, s)
        let ms = ctx.resolution.bySentence[s]
        for e in ms where kind(ctx, e) == .event {
            guard let cue = ctx.cues[s].first(where: { $0.kind == .afterEvent && $0.tokenStart >= e.tokenEnd && $0.tokenStart <= e.tokenEnd + 4 })
            else { continue }
            var end = cue.tokenEnd
            var quotes = 0
            while end < toks.count {
                let t = toks[end]
                if t.kind == .punctuation && ["؛", ";", ".", "،", ",", ":"].contains(t.text) && end > cue.tokenEnd + 1 { break }
                if t.text == "في", end + 1 < toks.count, lexicon.premises.contains(toks[end + 1].text) { break }
                if ["الذي", "التي", "الذين"].contains(t.text) { break }
                if t.isQuote { quotes += 1; if quotes == 2 { break } }
                end += 1
            }
            for m in ms where m.tokenStart >= cue.tokenEnd && m.tokenStart < end && m.entity != e.entity {
                // People named there took part; organizations only in a meeting between them ("لقاء بين
                // حزب X ومجلس Y"): after a signing or a forum they are more often the other party of an
                // agreement or the subject than attendees (measured on DevSetB/C).
                let meetingBetween = toks[cue.tokenEnd - 1].text == "بين"
                    && ["meeting", "talks", "session"].contains(ctx.resolution.entities[e.entity].subtype ?? "")
                if kind(ctx, m) == .person || (kind(ctx, m) == .organization && meetingBetween) {
                    add(&out, m.entity, .attended, e.entity, s, "event-participants", 0.8)
                }
            }
        }
    }

    /// "التقى A B", "استقبل A B", "X يجتمع مع Y": both sides attended the sentence's event (or
    /// the document's meeting).
    func meetingVerbs(_ ctx: Context, _ s: Int, _ out: inout [FoundRelation]) {
        let toks = tokens(ctx, s)
        let ms = ctx.resolution.bySentence[s]
        let roleEnds = Set(ctx.roles[s].map(\.tokenEnd))
        for cue in ctx.cues[s] where cue.kind == .meetingVerb {
            guard let ev = event(ctx, s, near: cue.tokenEnd) else { continue }
            if let subject = ms.last(where: { $0.tokenEnd <= cue.tokenStart && $0.tokenEnd >= cue.tokenStart - 2 }),
               [.person, .organization].contains(kind(ctx, subject)) {
                add(&out, subject.entity, .attended, ev, s, "meeting-verb", 0.7)
            }
            // Verb-subject-object: everyone named after the verb in the sentence, except the
            // organization of a role ("مديرة دائرة X") and what follows a preposition.
            let stop = ctx.cues[s].first { $0.tokenStart > cue.tokenStart && $0.kind != .delegation && $0.kind != .meetingVerb && $0.kind != .afterEvent
                && $0.kind != .attendance && $0.kind != .listOpener }?.tokenStart ?? toks.count
            for m in ms where m.tokenStart >= cue.tokenEnd && m.tokenStart < stop {
                let k = kind(ctx, m)
                if k == .person {
                    add(&out, m.entity, .attended, ev, s, "meeting-verb", 0.7)
                } else if k == .organization {
                    var j = m.tokenStart - 1
                    while j >= 0, toks[j].isQuote { j -= 1 }
                    let afterRole = roleEnds.contains(j + 1) || (j >= 0 && isPreposition(toks[j]) && roleEnds.contains(j))
                    let afterDelegation = j >= 1 && toks[j].text == "من" && ctx.cues[s].contains { $0.kind == .delegation && $0.tokenEnd == j }
                    let prepositional = (j >= 0 && isPreposition(toks[j]) && toks[j].text != "مع") || m.start > toks[m.tokenStart].start
                    if !afterRole && (!prepositional || afterDelegation) {
                        add(&out, m.entity, .attended, ev, s, "meeting-verb", 0.65)
                    }
                }
            }
        }
    }

    /// "وخلال اللقاء، أكد الوزير A", "من جانبه، أعرب السفير B": who speaks during an event, or
    /// answers right after it is described, took part in it.
    func speakersAtEvents(_ ctx: Context, _ s: Int, _ out: inout [FoundRelation]) {
        let toks = tokens(ctx, s)
        let ms = ctx.resolution.bySentence[s]
        var ev: Int?
        if let e = ms.first(where: { m in kind(ctx, m) == .event && m.tokenStart >= 1 && m.tokenStart <= 3
            && toks[m.tokenStart - 1].readings.contains(where: { lexicon.duringWords.contains($0.form) }) }) {
            ev = e.entity
        } else if toks.first?.isWord == true,
                  toks[0].readings.contains(where: { lexicon.replyOpeners.match(toks, at: 0, first: $0.form) != nil }),
                  ctx.sentences[s].paragraph > 0 || s > 0 {
            ev = ctx.previousEvent[s]
        }
        guard let ev else { return }
        for cue in ctx.cues[s] where cue.kind == .speechVerb {
            // The speaker: the first person named after the verb, past titles and roles.
            guard let m = ms.first(where: { $0.tokenStart >= cue.tokenEnd && $0.tokenStart <= cue.tokenEnd + 8 && kind(ctx, $0) == .person }),
                  !toks[cue.tokenEnd..<m.tokenStart].contains(where: { $0.kind == .punctuation && $0.text != "،" && $0.text != "," }) else { continue }
            add(&out, m.entity, .attended, ev, s, "speaker-at-event", 0.6)
        }
    }

    /// A place introduced as a location: "في X", "بX", "بمدينة X", "بالعاصمة X".
    func placeIsLocation(_ ctx: Context, _ s: Int, _ m: ResolvedMention) -> Bool {
        let toks = tokens(ctx, s)
        let t = toks[m.tokenStart]
        if t.start < m.start, t.text.hasPrefix("\u{0628}") || t.text.hasPrefix("\u{0641}\u{064A}") { return true }
        guard m.tokenStart > 0 else { return false }
        let before = toks[m.tokenStart - 1].text
        if lexicon.locationPrepositions.contains(before) && before != "من" { return true }
        return before.hasPrefix("\u{0628}") && Morphology.readings(before).contains { lexicon.kindWords.contains($0.form)
            || lexicon.kindWords.contains(Morphology.stripArticle($0.form) ?? "") }
    }

    /// A person named in the same sentence as a held event took part in it ("وقال A في كلمته
    /// خلال المؤتمر", "ووقع الاتفاقية عن الوزارة A"). The weakest attendance rule.
    func coMentioned(_ ctx: Context, _ s: Int, _ out: inout [FoundRelation]) {
        let ms = ctx.resolution.bySentence[s]
        let events = toldEvents(ctx, s).filter { ctx.resolution.entities[$0.entity].held }
        guard let ev = events.first?.entity, Set(events.map(\.entity)).count == 1 else { return }
        for m in ms where kind(ctx, m) == .person {
            add(&out, m.entity, .attended, ev, s, "same-sentence-as-event", 0.5)
        }
    }

    // MARK: - Organizers

    /// "بدعوة من X", "بإشراف السيد A", "أقامه X", "حوار أجرته جريدة X": the first person or
    /// organization after the cue organized the nearest event.
    func organizers(_ ctx: Context, _ s: Int, _ out: inout [FoundRelation]) {
        let toks = tokens(ctx, s)
        for cue in ctx.cues[s] where cue.kind == .organizer {
            // "ترأس محافظ البصرة المهندس A اجتماعا", "برئاسة رئيس المجلس السيد A": past a role and
            // its complement, the person holding it organized the event (else the complement).
            var j = cue.tokenEnd
            var limit = cue.tokenEnd + 4
            var agent: ResolvedMention?
            var complement: ResolvedMention?
            var afterRole = false
            while j < toks.count, j <= limit {
                if let r = ctx.roles[s].first(where: { $0.tokenStart == j }), r.tokenEnd > j {
                    limit += r.tokenEnd - j + 1
                    j = r.tokenEnd
                    afterRole = true
                    continue
                }
                if let m = mention(ctx, s, startingAt: j) {
                    let k = kind(ctx, m)
                    if afterRole, k == .organization || k == .place {
                        if k == .organization, complement == nil { complement = m }
                        limit += m.tokenEnd - j + 1
                        j = m.tokenEnd
                        continue
                    }
                    if [.person, .organization].contains(k) { agent = m }
                    break
                }
                if toks[j].kind == .punctuation { break }
                j += 1
            }
            // Subject before the verb: "جامعة X تنظم ورشة", "وكانت غرفة X قد نظمت ملتقى".
            if agent == nil, complement == nil, cue.tokenStart >= 1 {
                var b = cue.tokenStart - 1
                if b >= 0, toks[b].text == "قد" { b -= 1 }
                if let m = mention(ctx, s, endingAt: b + 1), [.person, .organization].contains(kind(ctx, m)) { agent = m }
            }
            // "خلال اجتماع عقدته اليوم": a holding verb with an object suffix after its event; the
            // sentence's subject held it.
            if agent == nil, complement == nil, objectSuffixed(toks[cue.tokenStart]),
               let ev = ctx.resolution.bySentence[s].last(where: { kind(ctx, $0) == .event && $0.tokenEnd <= cue.tokenStart }),
               let subject = ctx.resolution.bySentence[s].first(where: { kind(ctx, $0) == .organization && $0.tokenEnd <= ev.tokenStart }) {
                agent = subject
            }
            guard let agent = agent ?? complement, let ev = event(ctx, s, near: cue.tokenStart) else { continue }
            // "وفد ... برئاسة X": X heads the delegation, not the event.
            if ctx.cues[s].contains(where: { $0.kind == .delegation && $0.tokenStart < cue.tokenStart && $0.tokenStart >= cue.tokenStart - 8 }) { continue }
            add(&out, agent.entity, .organized, ev, s, "organizer-cue", 0.85)
        }
    }

    /// "صادق مجلس جهة الشرق، خلال دورته العادية، على …": an event named with a possessive suffix
    /// belongs to the organization the sentence is about (its first organization before the event).
    func possessiveEventOwners(_ ctx: Context, _ s: Int, _ out: inout [FoundRelation]) {
        let ms = ctx.resolution.bySentence[s]
        for e in ms where kind(ctx, e) == .event && ctx.possessiveEvents.contains(Int64(s) << 20 | Int64(e.tokenStart)) {
            guard !out.contains(where: { $0.type == .organized && $0.target == e.entity && $0.sentence == s }),
                  let owner = ms.first(where: { kind(ctx, $0) == .organization && $0.tokenEnd <= e.tokenStart }) else { continue }
            add(&out, owner.entity, .organized, e.entity, s, "possessive-event-owner", 0.6)
        }
    }

    /// An organizer verb with an object suffix ("عقدته", "نظمتها"): without the suffix it is an
    /// organizer cue itself (so "دعوة", whose ة is written ه once normalized, is not one).
    func objectSuffixed(_ t: Token) -> Bool {
        guard t.isWord, let stem = Morphology.stripPossessive(t.text) else { return false }
        return lexicon.cues.lookup(stem)?.contains(.organizer) == true
    }

    // MARK: - Delegations

    /// The organization a document's delegation represents: "وفد X", "يمثلون X".
    func documentDelegation(_ ctx: Context) -> Int? {
        for s in ctx.sentences.indices {
            for cue in ctx.cues[s] where (cue.kind == .delegation || cue.kind == .represents) && tokens(ctx, s)[cue.tokenStart].text != "عن" {
                var j = cue.tokenEnd
                while j < tokens(ctx, s).count, j <= cue.tokenEnd + 2 {
                    if let m = mention(ctx, s, startingAt: j) {
                        if kind(ctx, m) == .organization { return m.entity }
                        break
                    }
                    j += 1
                }
            }
        }
        return nil
    }

    /// Members of a delegation represent the organization it represents: in a sentence that
    /// names a delegation ("من الوفد الضيف كل من A، B"), each person after it.
    /// Several delegations in one sentence ("ووفد الكويت برئاسة A، ووفد قطر برئاسة B"): each
    /// one's members are the persons up to the next delegation, and represent its organization or country.
    func delegation(_ ctx: Context, _ s: Int, _ documentOrg: Int?, _ out: inout [FoundRelation]) {
        let cues = ctx.cues[s].filter { $0.kind == .delegation }
        for (n, cue) in cues.enumerated() {
            var org = documentOrg
            var j = cue.tokenEnd
            while j < tokens(ctx, s).count, j <= cue.tokenEnd + 2 {
                if let m = mention(ctx, s, startingAt: j) {
                    if kind(ctx, m) == .organization || (cues.count > 1 && isActor(ctx, m.entity)) { org = m.entity }
                    break
                }
                j += 1
            }
            guard let org else { continue }
            // The members run to the next delegation, or to "بحضور" that names the hosts.
            let nextDelegation = n + 1 < cues.count ? cues[n + 1].tokenStart : Int.max
            let hosts = ctx.cues[s].first(where: { $0.kind == .hosts && $0.tokenStart > cue.tokenEnd })?.tokenStart ?? Int.max
            let end = min(nextDelegation, hosts)
            for m in ctx.resolution.bySentence[s] where m.tokenStart >= cue.tokenEnd && m.tokenStart < end && kind(ctx, m) == .person {
                add(&out, m.entity, .represents, org, s, "delegation-member", 0.7)
                // "ضم مسؤولة برامج الحماية A": an office named without its organization is one in
                // the organization the delegation comes from.
                if let r = ctx.roles[s].last(where: { $0.tokenStart >= cue.tokenEnd && $0.tokenEnd <= m.tokenStart }),
                   r.form.relation == .memberOf, officeWords(ctx, s, from: r.tokenEnd, to: m.tokenStart),
                   !out.contains(where: { $0.source == m.entity && $0.sentence == s && $0.type == .memberOf }) {
                    add(&out, m.entity, .memberOf, org, role: r.role, s, "delegation-member-office", 0.65)
                }
            }
        }
    }

    /// Between an office and its holder, at most four words that complete the office or title
    /// him ("مسؤولة برامج الحماية السيدة"): no comma, no conjunction, no other name.
    func officeWords(_ ctx: Context, _ s: Int, from a: Int, to b: Int) -> Bool {
        let toks = tokens(ctx, s)
        guard b - a <= 4 else { return false }
        for k in a..<b {
            if toks[k].isQuote { continue }
            guard toks[k].isWord, !(k > a && toks[k].text.hasPrefix("\u{0648}") && titleLength(toks, k) == nil) || k == a,
                  mention(ctx, s, startingAt: k) == nil else { return false }
        }
        return true
    }

    /// "A عن دولة X", "ووقع المذكرة عن المحافظة المهندس A": a person speaking or signing for an
    /// organization (or a country) represents it.
    func speakingFor(_ ctx: Context, _ s: Int, _ out: inout [FoundRelation]) {
        let toks = tokens(ctx, s)
        for cue in ctx.cues[s] where cue.kind == .represents && toks[cue.tokenEnd - 1].text == "عن" {
            guard let org = mention(ctx, s, startingAt: cue.tokenEnd), isActor(ctx, org.entity) else { continue }
            if let p = mention(ctx, s, endingAt: cue.tokenStart), kind(ctx, p) == .person {
                add(&out, p.entity, .represents, org.entity, s, "speaking-for", 0.7)
            } else if let p = personAhead(ctx, s, from: org.tokenEnd, allowComma: false) {
                add(&out, p.entity, .represents, org.entity, s, "speaking-for", 0.7)
            } else if let r = ctx.roles[s].first(where: { $0.tokenStart == org.tokenEnd }) {
                // "ووقع المذكرة نيابة عن الجامعة وكيل الجامعة للدراسات العليا الدكتور A": past the signer's office.
                var a = r.tokenEnd
                if let inner = mention(ctx, s, startingAt: a), kind(ctx, inner) == .organization { a = inner.tokenEnd }
                if let p = personAhead(ctx, s, from: a, allowComma: false) {
                    add(&out, p.entity, .represents, org.entity, s, "speaking-for", 0.65)
                }
            }
        }
    }

    // MARK: - partOf, leads

    /// "X – أحد مكاتب Y", "X التابع لـ Y" (partOf); "X التي تقودها Y", "X بقيادة Y" (leads);
    /// an organization named inside another ("الأمانة العامة لمجلس التعاون") is part of it.
    func linked(_ ctx: Context, _ s: Int, _ out: inout [FoundRelation]) {
        let toks = tokens(ctx, s)
        let ms = ctx.resolution.bySentence[s]
        for outer in ms where kind(ctx, outer) == .organization {
            for inner in ms where inner.entity != outer.entity && kind(ctx, inner) == .organization
                && inner.tokenStart > outer.tokenStart && inner.tokenEnd <= outer.tokenEnd {
                add(&out, outer.entity, .partOf, inner.entity, s, "nested-organization", 0.7)
            }
        }
        for cue in ctx.cues[s] where cue.kind == .partOf || cue.kind == .leads {
            var a = cue.tokenStart - 1
            while a >= 0, toks[a].isQuote || toks[a].isDash || toks[a].isComma { a -= 1 }
            guard a >= 0, let before = mention(ctx, s, endingAt: a + 1), kind(ctx, before) == .organization else { continue }
            var b = cue.tokenEnd
            while b < toks.count, toks[b].isQuote || toks[b].text == "ل" || toks[b].text == "لـ" { b += 1 }
            guard let after = mention(ctx, s, startingAt: b) else { continue }
            if cue.kind == .partOf, kind(ctx, after) == .organization {
                add(&out, before.entity, .partOf, after.entity, s, "part-of-cue", 0.85)
            } else if cue.kind == .leads, kind(ctx, after) != .event {
                add(&out, after.entity, .leads, before.entity, s, "leads-cue", 0.85)
            }
        }
    }

    // MARK: - cooperatesWith, opposes

    /// The speaker of each paragraph: the person named right after a speech verb ("وقال A"),
    /// or before a colon that opens a quote ("A: ...").
    func paragraphSpeakers(_ ctx: Context) -> [Int: Int] {
        var speakers: [Int: Int] = [:]
        for s in ctx.sentences.indices {
            let paragraph = ctx.sentences[s].paragraph
            if speakers[paragraph] != nil { continue }
            let toks = tokens(ctx, s)
            for cue in ctx.cues[s] where cue.kind == .speechVerb {
                var j = cue.tokenEnd
                while j < toks.count, toks[j].isQuote { j += 1 }
                if let m = mention(ctx, s, startingAt: j), kind(ctx, m) == .person { speakers[paragraph] = m.entity; break }
            }
            if speakers[paragraph] == nil, let m = ctx.resolution.bySentence[s].first(where: { kind(ctx, $0) == .person }),
               m.tokenEnd < toks.count, toks[m.tokenEnd].text == ":" {
                speakers[paragraph] = m.entity
            }
        }
        return speakers
    }

    /// "X ... بالتعاون مع Y", "X خطط مشتركة مع Y" (cooperatesWith), "X ... الحرب على Y",
    /// "لمحاربة Y" (opposes). X is the organization named last before the cue in the sentence; in
    /// a quote that speaks in the first person (نحن، قواتنا) it is the speaker's organization.
    func stance(_ ctx: Context, _ s: Int, _ speakers: [Int: Int], _ out: inout [FoundRelation]) {
        let toks = tokens(ctx, s)
        let ms = ctx.resolution.bySentence[s]
        for cue in ctx.cues[s] where cue.kind == .cooperation || cue.kind == .opposition {
            // "مذكرة تفاهم بين X و Y": both sides after the cue.
            // "دورية مشتركة من X و Y" reads the same way.
            if toks[cue.tokenEnd - 1].text == "بين" || (toks[cue.tokenEnd - 1].text == "من" && cue.tokenEnd - cue.tokenStart >= 2) {
                let sides = ms.filter { $0.tokenStart >= cue.tokenEnd && $0.tokenStart <= cue.tokenEnd + 12 && isActor(ctx, $0.entity) }
                if sides.count >= 2, sides[0].entity != sides[1].entity {
                    add(&out, sides[0].entity, cue.kind == .cooperation ? .cooperatesWith : .opposes, sides[1].entity, s,
                        cue.kind == .cooperation ? "cooperation-between" : "opposition-between", 0.7)
                }
                continue
            }
            var b = cue.tokenEnd
            while b < toks.count, toks[b].isQuote { b += 1 }
            guard let target = ms.first(where: { $0.tokenStart >= b && $0.tokenStart <= b + 1 }), isActor(ctx, target.entity) else { continue }
            // "بالتعاون مع X و Y": each conjoined actor right after the first (past the first's
            // acronym: "بالتعاون مع منظمة العمل الدولية (OIT) والاتحاد الدولي للنقابات").
            var targets = [target]
            while let last = targets.last, case let after = pastParentheses(toks, at: last.tokenEnd, within: 6) ?? last.tokenEnd, let next = ms.first(where: { m in m.tokenStart >= after && m.tokenStart <= after + 2
                && (toks[after..<m.tokenStart].allSatisfy { $0.text == "\u{0648}" || $0.isQuote } )
                && (m.start > toks[m.tokenStart].start && toks[m.tokenStart].text.hasPrefix("\u{0648}")
                    || (after < m.tokenStart && toks[after].text == "\u{0648}")) }),
                  isActor(ctx, next.entity), next.entity != last.entity {
                targets.append(next)
            }
            let type: RelationType = cue.kind == .cooperation ? .cooperatesWith : .opposes
            let rule = cue.kind == .cooperation ? "cooperation-cue" : "opposition-cue"
            var source: Int?
            let before = ms.filter { $0.tokenEnd <= cue.tokenStart && $0.tokenEnd >= cue.tokenStart - 8 && $0.entity != target.entity
                && ctx.resolution.entities[$0.entity].kind == .organization }
            // "تنظمه كلية الزراعة في جامعة اليرموك بالتعاون مع X": the faculty, not the university
            // that locates it, works with X.
            func locating(_ m: ResolvedMention) -> Bool {
                (m.tokenStart > 0 && toks[m.tokenStart - 1].text == "في") || (m.start > toks[m.tokenStart].start && toks[m.tokenStart].text.hasPrefix("\u{0628}"))
            }
            if let m = before.last(where: { !locating($0) }) ?? before.last {
                source = m.entity
            } else if ctx.findings.firstPerson.contains(s) || toks[cue.tokenStart].text.hasPrefix("\u{0646}") {
                let paragraph = ctx.sentences[s].paragraph
                // The paragraph's speaker, else the nearest earlier one, else the first (never a
                // dictionary's arbitrary order: output must not change from run to run).
                let speaker = speakers[paragraph] ?? speakers.filter { $0.key < paragraph }.max { $0.key < $1.key }?.value
                    ?? speakers.min { $0.key < $1.key }?.value
                if let speaker {
                    source = ctx.memberOf[speaker]
                }
            }
            guard let source else {
                // "وقع X و Y عقدا": the two conjoined actors after a verb cue (not after "مع").
                if toks[cue.tokenEnd - 1].text == "مع" { continue }
                for other in targets.dropFirst() { add(&out, target.entity, type, other.entity, s, rule + "-pair", 0.65) }
                continue
            }
            for t in targets { add(&out, source, type, t.entity, s, rule, 0.7) }
            // "نظم X ملتقى بالتعاون مع Y": the partners organized the event with X.
            let cueWord = toks[cue.tokenStart].text
            if type == .cooperatesWith, toks[cue.tokenEnd - 1].text == "مع", cueWord.hasPrefix("\u{0628}") || cueWord.hasPrefix("\u{0648}\u{0628}") {
                let events = Set(out.filter { $0.sentence == s && $0.type == .organized && $0.source == source }.map(\.target))
                for ev in events.sorted() {
                    for t in targets where t.entity != source { add(&out, t.entity, .organized, ev, s, "co-organizer", 0.6) }
                }
            }
        }
    }

    /// Organizations act; so do countries.
    func isActor(_ ctx: Context, _ e: Int) -> Bool {
        let entity = ctx.resolution.entities[e]
        return entity.kind == .organization || (entity.kind == .place && entity.known?.type == "country")
    }

    // MARK: - heldAt, dates

    /// Where and when: a place after an event's defining mention, introduced by a preposition or
    /// a place word ("في مقر ... ببلدة X"), is where it was held; a date in that sentence is its
    /// date (weekdays and "أمس" are resolved only against a date the article states).
    func eventFacts(_ ctx: Context, _ out: inout [FoundRelation]) -> ([Int: String], [Int: Int]) {
        var dates: [Int: String] = [:]
        var places: [Int: Int] = [:]
        let articleDate = ctx.findings.dates.first { !$0.relative && $0.sentence <= 2 }?.iso
        for s in ctx.sentences.indices {
            let toks = tokens(ctx, s)
            let ms = ctx.resolution.bySentence[s]
            for (n, e) in ms.enumerated() where kind(ctx, e) == .event {
                let entity = ctx.resolution.entities[e.entity]
                // A real event: held by a verb or qualified, or one somebody organized.
                let real = entity.held || out.contains { $0.type == .organized && $0.target == e.entity }
                guard real, !NameKey(e.surface).value.hasPrefix("\u{0627}\u{0644}") || n == ms.firstIndex(where: { kind(ctx, $0) == .event }) else { continue }
                var limit = ms.dropFirst(n + 1).first { kind(ctx, $0) == .event }?.tokenStart ?? toks.count
                if let stop = (e.tokenEnd..<toks.count).first(where: { toks[$0].isQuote || (toks[$0].kind == .punctuation
                    && ["؛", ";", ".", ":", "،", ","].contains(toks[$0].text)) }) { limit = min(limit, stop) }
                limit = min(limit, e.tokenEnd + 40)
                for m in ms.dropFirst(n + 1) where m.tokenStart < limit {
                    let t = toks[m.tokenStart]
                    // A visit goes to a place, or to premises named like an organization ("بزيارة إلى ميناء صحار").
                    if kind(ctx, m) == .organization, entity.subtype == "visit", m.tokenStart > 0, toks[m.tokenStart - 1].text == "الي" {
                        add(&out, e.entity, .heldAt, m.entity, s, "visit-destination", 0.6)
                        continue
                    }
                    guard kind(ctx, m) == .place else { continue }
                    let prepositional = t.start < m.start   // a clitic ب / ل before the name
                        || (m.tokenStart > 0 && ((lexicon.locationPrepositions.contains(toks[m.tokenStart - 1].text) && toks[m.tokenStart - 1].text != "من")
                            || toks[m.tokenStart - 1].readings.contains { lexicon.kindWords.contains($0.form) }))
                    if prepositional {
                        add(&out, e.entity, .heldAt, m.entity, s, "event-place", 0.8)
                        if places[e.entity] == nil { places[e.entity] = m.entity }
                    }
                }
                // "انطلقت بقاعة الصداقة في مدينة بورتسودان أعمال مؤتمر": a location just before the event.
                if n > 0 {
                    var from = e.tokenStart
                    while from > 0, e.tokenStart - from < 12, !(toks[from - 1].kind == .punctuation && ["؛", ";", ".", ":", "،", ","].contains(toks[from - 1].text)) { from -= 1 }
                    for m in ms.prefix(n) where m.tokenStart >= from && kind(ctx, m) == .place && placeIsLocation(ctx, s, m) {
                        add(&out, e.entity, .heldAt, m.entity, s, "event-place-before", 0.6)
                        if places[e.entity] == nil { places[e.entity] = m.entity }
                    }
                }
                if dates[e.entity] == nil {
                    if let d = ctx.findings.dates.first(where: { $0.sentence == s && !$0.relative }) {
                        dates[e.entity] = d.iso
                    } else if let d = ctx.findings.dates.first(where: { $0.sentence == s && $0.relative }), let base = articleDate,
                              let iso = DateParser.resolve(d.iso, against: base) {
                        dates[e.entity] = iso
                    }
                }
            }
        }
        return (dates, places)
    }
}
