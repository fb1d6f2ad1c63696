/// Tells the events of an article apart. News often reports several events of one kind in one
/// article ("استقبل الوزير السفير ... . كما استقبل وفداً ..."): a sentence that tells an event
/// (a verb of `verb_events`, or an indefinite event noun held by a verb) starts a new episode
/// when it opens with an `episode_openers` phrase or a new paragraph and the episode before it
/// already told one. Within an episode the mentions of one kind of event are one event (see
/// `Resolver`). A sentence whose event verb has no indefinite event noun of its kind gets an event
/// mention on the verb ("كما التقى الوزير السفير" is a meeting even if no "لقاء" names it, and
/// "وتناول اللقاء" after it refers to that meeting).
struct EventSegmenter: Sendable {
    let lexicon: Lexicon

    /// How far into a sentence (in tokens, after its opener) the verb that starts an episode may be.
    static let openingReach = 8
    /// The rule of the event mentions made on verbs.
    static let verbRule = "verb-event"
    /// The episode of an article's title: its events are the ones the article tells after it.
    static let titleEpisode = -1

    /// The episode of each sentence; `candidates` gains the verb events, in sentence order.
    func segment(_ candidates: inout [Candidate], sentences: [Sentence], text: NormalizedText) -> [Int] {
        var bySentence = Array(repeating: [Int](), count: sentences.count)
        for (n, c) in candidates.enumerated() { bySentence[c.sentence].append(n) }
        var episodes = Array(repeating: 0, count: sentences.count)
        var added: [Candidate] = []
        var episode = 0
        var told = false
        var touring = false   // the episode tells a tour or visit
        var toldNames = Set<String>()   // definite event names told so far
        let titles = titleCount(sentences)
        for (s, sentence) in sentences.enumerated() {
            let toks = sentence.tokens
            let events = bySentence[s].filter { candidates[$0].kind == .event }.map { candidates[$0] }
            let background = lexicon.tellsBackground(toks, before: toks.count)
            var first = 0
            while first < toks.count, !toks[first].isWord { first += 1 }
            let opener = lexicon.episodeOpener(toks, at: first)
            let from = first + (opener ?? 0)
            let verb = (from..<toks.count).first { lexicon.verbEvent(toks[$0]) != nil
                && !($0 > 0 && lexicon.relativePronouns.contains(toks[$0 - 1].text)) }
            let verbTells = verb.flatMap { lexicon.verbEvent(toks[$0]) }
            let opening = verb.map { $0 - from < Self.openingReach } ?? false
            // An event noun a verb holds tells a new event when indefinite ("عقد اجتماعاً"), or
            // after an opener ("وفي وقت لاحق، ترأس الاجتماع الأول للمجلس").
            // (Not a name told before: "كما قدم واجب العزاء وفد ..." is one more visitor of that event.)
            // (Nor one announced: "تعد لعقد اجتماع تنسيقي".)
            let nounTells = events.contains { $0.held && !$0.announced
                && (indefinite($0, toks) || (opener != nil && !toldNames.contains(Normalizer.key($0.surface)))) }
            let isTitle = s < titles
            let newParagraph = s > titles && sentences[s - 1].paragraph != sentence.paragraph
            // A tour goes on through the meetings on its way ("ثم انتقل الوفد إلى القرية، والتقى ...").
            let onTour = touring && !nounTells
            // The article's first held event tells one, definite or not ("عقدت الوزارة اجتماعها الدوري").
            let firstTold = !told && events.contains { $0.held }
            if !background, !isTitle, verb != nil || nounTells || firstTold {
                let boundary = told && (opening || nounTells) && (opener != nil || newParagraph) && !onTour
                if boundary { episode += 1 }
                if !told || boundary {
                    let kind = events.first(where: { $0.held })?.subtype ?? verbTells?.subtype
                    touring = kind.map { lexicon.touringEvents.contains($0) } ?? false
                }
                told = true
            }
            episodes[s] = isTitle ? Self.titleEpisode : episode
            if !isTitle, !background { for e in events where !indefinite(e, toks) { toldNames.insert(Normalizer.key(e.surface)) } }
            // (A title's verb tells an event the article tells again. A background sentence's
            // verb tells an earlier event, apart from the episodes: see `Resolver`.)
            // (A meeting on a tour's way is the tour.)
            if let v = verb, !isTitle, !onTour, let (subtype, skip) = verbTells,
               !events.contains(where: { $0.subtype == subtype && !$0.definite && !$0.shortForm }) {
                added.append(verbEvent(toks[v], skip: skip, sentence: s, token: v, subtype: subtype, text: text))
            }
        }
        if !added.isEmpty { candidates = merged(candidates, added) }
        return episodes
    }

    /// An event phrase with no definite word: "اجتماعاً", "زيارة عمل", not "الاجتماع" or "مراسم التنصيب".
    func indefinite(_ c: Candidate, _ toks: [Token]) -> Bool {
        !c.definite && !c.shortForm && !(c.tokenStart..<c.tokenEnd).contains { k in toks[k].readings.contains { $0.definite } }
    }

    /// An event mention on its verb, without the conjunction ("واستقبل" → استقبل).
    func verbEvent(_ t: Token, skip: Int, sentence: Int, token: Int, subtype: String, text: NormalizedText) -> Candidate {
        let start = t.start + skip
        var c = Candidate(kind: .event, sentence: sentence, tokenStart: token, tokenEnd: token + 1, start: start, end: t.end,
                          surface: text.originalText(start, t.end), rule: Self.verbRule, confidence: 0.6, subtype: subtype)
        c.held = true
        return c
    }

    /// How many title lines open the article (a site's header, a title, a subtitle): paragraphs of
    /// one sentence that does not end with a stop, before the first that does (at most three).
    func titleCount(_ sentences: [Sentence]) -> Int {
        var n = 0
        while n < min(3, sentences.count - 1), sentences[n].paragraph != sentences[n + 1].paragraph,
              n == 0 || sentences[n - 1].paragraph != sentences[n].paragraph,
              let last = sentences[n].tokens.last, !(last.kind == .punctuation && [".", "!", "?", "؟"].contains(last.text)) {
            n += 1
        }
        return n
    }

    /// The candidates with `added` placed among them by sentence and token.
    func merged(_ candidates: [Candidate], _ added: [Candidate]) -> [Candidate] {
        var out: [Candidate] = []
        out.reserveCapacity(candidates.count + added.count)
        var a = 0
        for c in candidates {
            while a < added.count, (added[a].sentence, added[a].tokenStart) < (c.sentence, c.tokenStart) { out.append(added[a]); a += 1 }
            out.append(c)
        }
        out.append(contentsOf: added[a...])
        return out
    }
}
