import Foundation

/// A role as read from `roles.yaml`: the stored singular and how a form relates to it.
struct RoleForm: Sendable {
    enum Number: Sendable { case singular, dual, plural }
    /// The role in the masculine singular, as written in the lexicon (e.g. "رئيس").
    var singular: String
    var number: Number
    var feminine: Bool
    var relation: RelationType
    var rank: Int
    /// The indefinite accusative written with alef ("مديرا" in "عُيّن مديرا عاما لـ"): stored as the singular.
    var accusative = false
    /// That accusative is also written like the dual in construct ("عضوا" in "عضواً في" and "عضوا المكتب"):
    /// a definite word right after it makes it the dual.
    var constructDual = false
}

/// A known place: its canonical name, English name and type.
struct KnownEntity: Sendable {
    var kind: EntityKind
    var name: String
    var english: String?
    var type: String?
}

/// What a cue phrase signals (see `relations.yaml`).
enum CueKind: String, Sendable, CaseIterable {
    case attendance, afterEvent, listOpener, meetingVerb, organizer, represents, delegation, partOf, leads
    case cooperation, opposition, speechVerb, hosts
}

/// Word lists and phrase tables a word is in (as a member, or as the first word of a phrase).
struct WordLists: OptionSet, Sendable {
    let rawValue: UInt32
    static let stopwords = WordLists(rawValue: 1)
    static let roles = WordLists(rawValue: 2)
    static let heads = WordLists(rawValue: 4)
    static let titles = WordLists(rawValue: 8)
    static let cues = WordLists(rawValue: 16)
    static let months = WordLists(rawValue: 32)
    static let kindWords = WordLists(rawValue: 64)
    static let directions = WordLists(rawValue: 128)
    static let givenNames = WordLists(rawValue: 256)
    /// A first word of an event trigger, or one with a possessive suffix (حواره): every word
    /// `SentenceContext.eventAt` can match is in it, itself or without its article.
    static let events = WordLists(rawValue: 512)
    /// First words of known names, boards; members of gentilic heads, first-person words, state
    /// prefixes, premises and landmarks: only for skipping lookups that cannot match.
    static let known = WordLists(rawValue: 1 << 10)
    static let boards = WordLists(rawValue: 1 << 11)
    static let gentilicHeads = WordLists(rawValue: 1 << 12)
    static let firstPerson = WordLists(rawValue: 1 << 13)
    static let statePrefixes = WordLists(rawValue: 1 << 14)
    static let premises = WordLists(rawValue: 1 << 15)
    static let landmarks = WordLists(rawValue: 1 << 16)
    /// First words of relative days, and weekdays (for `DateParser`).
    static let relativeDays = WordLists(rawValue: 1 << 17)
    static let weekdays = WordLists(rawValue: 1 << 18)
}

/// The compiled language data: every entry in normalized form, in hash sets and phrase tables.
///
/// Built once from the YAML files (built-in `Resources/ar/*.yaml` first, then user lexicons) and
/// shared read-only by every extraction.
struct Lexicon: Sendable {
    /// The tables themselves (see `Storage`).
    struct Tables: Sendable {
        var titles = PhraseTable<Bool>()          // value: plural title
        var roles = PhraseTable<RoleForm>()
        var modifiers = WordMap<RoleForm>()
        var heads = PhraseTable<Bool>()
        var nameHeads = WordSet()
        var gentilicHeads = WordSet()
        var headSynonyms = WordMap<String>()
        /// An office and the head of the organization its domain names: محافظ → محافظة ("محافظ البصرة"
        /// is the head of محافظة البصرة). Keyed by the role's normalized singular.
        var officeDomains = WordMap<String>()
        /// An office that implies the body it sits in: نائب → مجلس النواب. Values are `NameKey` values.
        var officeBodies = WordMap<[String]>()
        /// Names that never name one organization on their own ("مجلس الإدارة", "القوات الأمنية"), as `NameKey` values.
        var genericBodies = Set<NameKey>()
        /// A board of an organization ("مجلس إدارة"): after a role it extends the role, and the
        /// organization named after it is the one the role is in ("رئيس مجلس إدارة شركة X").
        var boards = PhraseTable<Bool>()
        /// Ordinals that follow a given name in royal and eponymous names ("جامعة محمد الأول").
        var regnalNumbers = WordSet()
        /// Words before an event trigger that make it a manner, not an event ("حسن الاستقبال").
        var eventBlockers = WordSet()
        /// Nouns that name a site together with the name after them ("مقبرة الصليبيخات").
        var landmarks = WordSet()
        /// Event subtypes whose one-word trigger names an event only with the article ("الاستقبال", not "في استقبال").
        var definiteOnlyEvents = Set<String>()
        var eventFamilies: [String: String] = [:]
        var episodeReferents = Set<String>()
        var touringEvents = Set<String>()
        /// Words after an office that make it acting ("بالنيابة"): skipped between the office and the name.
        var actingQualifiers = WordSet()
        /// Words that open a country's formal name ("دولة الكويت"): the phrase is the country.
        var statePrefixes = WordSet()
        /// Sentence openers of a reply ("من جانبه"): the speaker took part in the event just described.
        var replyOpeners = PhraseTable<Bool>()
        var episodeOpeners = PhraseTable<Bool>()
        var verbEvents = WordMap<String>()
        /// Triggers that wrap another event in construct ("جلسة مباحثات"): the phrase is that event.
        var eventWrappers = WordSet()
        /// Words before an event that place a sentence inside it ("وخلال اللقاء").
        var duringWords = WordSet()
        var inIt = WordSet()
        var backgroundOpeners = WordSet()
        var backgroundParticles = WordSet()
        var separateEventWords = WordSet()
        var signingVerbs = WordSet()
        var relativePronouns = WordSet()
        var unitOrdinals = WordSet()
        var rolePrepositions = WordSet()
        var plannedBefore = WordSet()
        var plannedAfter = WordSet()
        var signingSides = WordSet()
        /// Titles that name an organization after its head ("جامعة الملك عبدالعزيز").
        var eponymTitles = WordSet()
        /// Heads of an organization's internal bodies ("اللجنة المركزية", "المكتب السياسي للجبهة").
        var subBodyHeads = WordSet()
        var wrappers = WordSet()
        var anaphora = WordSet()
        var relationalComplements = WordSet()
        var purposeNouns = WordSet()
        var events = PhraseTable<String>()
        var qualifiers = WordSet()
        var holdingVerbs = WordSet()
        /// Event subtypes that hold sessions: "الجلسة الافتتاحية" of a conference is the conference.
        var containerEvents = Set<String>()
        /// Words before a trigger that make it an event, not an organization ("انطلاق منتدى X").
        var eventOpeners = WordSet()
        var cues = PhraseTable<Set<CueKind>>()
        var firstPerson = WordSet()
        var months = PhraseTable<Int>()
        var weekdays = WordMap<Int>()
        var relativeDays = PhraseTable<Int>()
        var yearWords = WordSet()
        var stopwords = WordSet()
        var known = PhraseTable<KnownEntity>()
        var gentilics = WordSet()
        var kindWords = WordSet()
        var directions = PhraseTable<Bool>()
        var locationPrepositions = WordSet()
        var premises = WordSet()
        var givenNames = PhraseTable<Bool>()
        var particles = WordSet()
        var familyNames = WordSet()
        /// See `wordLists`; nil until `buildIndex`, and again after any change.
        var wordLists: WordTable<WordLists>?
    }

    /// The tables, behind one reference: every pipeline stage (and every closure that captures
    /// one) holds a copy of the lexicon, which then costs one retain instead of one per table.
    /// Copied on write, so a lexicon is still a value; read-only once built.
    private final class Storage: @unchecked Sendable {
        let tables: UnsafeMutablePointer<Tables>
        init(_ value: Tables) {
            tables = .allocate(capacity: 1)
            tables.initialize(to: value)
        }
        deinit {
            tables.deinitialize(count: 1)
            tables.deallocate()
        }
    }

    private var storage = Storage(Tables())

    /// The tables once built (`buildIndex`), as the `let` of a class: a query borrows a table
    /// in place. (Read through `storage`'s pointer, a table is copied at every query, one retain
    /// and release per array in it, because the compiler cannot tell that the memory stays put
    /// while the query runs.) Nil while the tables are being changed.
    private final class Frozen: Sendable {
        let tables: Tables
        init(_ tables: Tables) { self.tables = tables }
    }
    private var frozen: Frozen?

    /// The tables, for writing: copied first when shared.
    private mutating func unique() -> UnsafeMutablePointer<Tables> {
        frozen = nil
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.tables.pointee) }
        storage.tables.pointee.wordLists = nil   // the tables are about to change
        return storage.tables
    }

    /// The word lists a word belongs to (`WordLists`), for words in any of them; nil when the
    /// index is not built (then every list must be asked).
    var wordLists: WordTable<WordLists>? { _read { if let f = frozen { yield f.tables.wordLists } else { yield storage.tables.pointee.wordLists } } }

    /// Builds `wordLists` from the tables as they are now.
    mutating func buildIndex() {
        var index = WordTable<WordLists>()
        func add(_ words: [String], _ list: WordLists) {
            for w in words { index.values[index.insert(w, []).index].insert(list) }
        }
        let t = storage.tables.pointee
        add(t.stopwords.members, .stopwords)
        add(t.roles.firstWords, .roles)
        add(t.heads.firstWords, .heads)
        add(t.titles.firstWords, .titles)
        add(t.cues.firstWords, .cues)
        add(t.months.firstWords, .months)
        add(t.kindWords.members, .kindWords)
        add(t.directions.firstWords, .directions)
        add(t.givenNames.firstWords, .givenNames)
        let eventWords = t.events.firstWords
        add(eventWords, .events)
        for (suffix, _) in Morphology.possessiveSuffixes { add(eventWords.map { $0 + suffix.description }, .events) }
        add(t.known.firstWords, .known)
        add(t.boards.firstWords, .boards)
        add(t.gentilicHeads.members, .gentilicHeads)
        add(t.firstPerson.members, .firstPerson)
        add(t.statePrefixes.members, .statePrefixes)
        add(t.premises.members, .premises)
        add(t.landmarks.members, .landmarks)
        add(t.relativeDays.firstWords, .relativeDays)
        add(t.weekdays.keys, .weekdays)
        _ = unique()
        storage.tables.pointee.wordLists = index
        frozen = Frozen(storage.tables.pointee)
    }

    var titles: PhraseTable<Bool> { _read { if let f = frozen { yield f.tables.titles } else { yield storage.tables.pointee.titles } } _modify { yield &unique().pointee.titles } }
    var roles: PhraseTable<RoleForm> { _read { if let f = frozen { yield f.tables.roles } else { yield storage.tables.pointee.roles } } _modify { yield &unique().pointee.roles } }
    var modifiers: WordMap<RoleForm> { _read { if let f = frozen { yield f.tables.modifiers } else { yield storage.tables.pointee.modifiers } } _modify { yield &unique().pointee.modifiers } }
    var heads: PhraseTable<Bool> { _read { if let f = frozen { yield f.tables.heads } else { yield storage.tables.pointee.heads } } _modify { yield &unique().pointee.heads } }
    var nameHeads: WordSet { _read { if let f = frozen { yield f.tables.nameHeads } else { yield storage.tables.pointee.nameHeads } } _modify { yield &unique().pointee.nameHeads } }
    var gentilicHeads: WordSet { _read { if let f = frozen { yield f.tables.gentilicHeads } else { yield storage.tables.pointee.gentilicHeads } } _modify { yield &unique().pointee.gentilicHeads } }
    var headSynonyms: WordMap<String> { _read { if let f = frozen { yield f.tables.headSynonyms } else { yield storage.tables.pointee.headSynonyms } } _modify { yield &unique().pointee.headSynonyms } }
    var officeDomains: WordMap<String> { _read { if let f = frozen { yield f.tables.officeDomains } else { yield storage.tables.pointee.officeDomains } } _modify { yield &unique().pointee.officeDomains } }
    var officeBodies: WordMap<[String]> { _read { if let f = frozen { yield f.tables.officeBodies } else { yield storage.tables.pointee.officeBodies } } _modify { yield &unique().pointee.officeBodies } }
    var genericBodies: Set<NameKey> { _read { if let f = frozen { yield f.tables.genericBodies } else { yield storage.tables.pointee.genericBodies } } _modify { yield &unique().pointee.genericBodies } }
    var boards: PhraseTable<Bool> { _read { if let f = frozen { yield f.tables.boards } else { yield storage.tables.pointee.boards } } _modify { yield &unique().pointee.boards } }
    var regnalNumbers: WordSet { _read { if let f = frozen { yield f.tables.regnalNumbers } else { yield storage.tables.pointee.regnalNumbers } } _modify { yield &unique().pointee.regnalNumbers } }
    var eventBlockers: WordSet { _read { if let f = frozen { yield f.tables.eventBlockers } else { yield storage.tables.pointee.eventBlockers } } _modify { yield &unique().pointee.eventBlockers } }
    var landmarks: WordSet { _read { if let f = frozen { yield f.tables.landmarks } else { yield storage.tables.pointee.landmarks } } _modify { yield &unique().pointee.landmarks } }
    var definiteOnlyEvents: Set<String> { _read { if let f = frozen { yield f.tables.definiteOnlyEvents } else { yield storage.tables.pointee.definiteOnlyEvents } } _modify { yield &unique().pointee.definiteOnlyEvents } }
    /// Subtypes that name one event within an episode, by member ("reception" → "meeting", `event_families`).
    var eventFamilies: [String: String] { _read { if let f = frozen { yield f.tables.eventFamilies } else { yield storage.tables.pointee.eventFamilies } } _modify { yield &unique().pointee.eventFamilies } }
    /// Subtypes whose definite mention ("اللقاء", "المقابلة") is the event its episode tells (`episode_referents`).
    var episodeReferents: Set<String> { _read { if let f = frozen { yield f.tables.episodeReferents } else { yield storage.tables.pointee.episodeReferents } } _modify { yield &unique().pointee.episodeReferents } }
    /// Subtypes of events that go on through the meetings told after them (`touring_events`).
    var touringEvents: Set<String> { _read { if let f = frozen { yield f.tables.touringEvents } else { yield storage.tables.pointee.touringEvents } } _modify { yield &unique().pointee.touringEvents } }
    var actingQualifiers: WordSet { _read { if let f = frozen { yield f.tables.actingQualifiers } else { yield storage.tables.pointee.actingQualifiers } } _modify { yield &unique().pointee.actingQualifiers } }
    var statePrefixes: WordSet { _read { if let f = frozen { yield f.tables.statePrefixes } else { yield storage.tables.pointee.statePrefixes } } _modify { yield &unique().pointee.statePrefixes } }
    var replyOpeners: PhraseTable<Bool> { _read { if let f = frozen { yield f.tables.replyOpeners } else { yield storage.tables.pointee.replyOpeners } } _modify { yield &unique().pointee.replyOpeners } }
    /// "كما", "وفي وقت لاحق", "من جهة أخرى": a sentence they open tells the article's next event (`episode_openers`).
    var episodeOpeners: PhraseTable<Bool> { _read { if let f = frozen { yield f.tables.episodeOpeners } else { yield storage.tables.pointee.episodeOpeners } } _modify { yield &unique().pointee.episodeOpeners } }
    /// Verbs that tell an event by themselves, with its subtype ("استقبل" → meeting, `verb_events`).
    var verbEvents: WordMap<String> { _read { if let f = frozen { yield f.tables.verbEvents } else { yield storage.tables.pointee.verbEvents } } _modify { yield &unique().pointee.verbEvents } }
    var eventWrappers: WordSet { _read { if let f = frozen { yield f.tables.eventWrappers } else { yield storage.tables.pointee.eventWrappers } } _modify { yield &unique().pointee.eventWrappers } }
    var duringWords: WordSet { _read { if let f = frozen { yield f.tables.duringWords } else { yield storage.tables.pointee.duringWords } } _modify { yield &unique().pointee.duringWords } }
    /// "فيها", "فيه": in the organization just named (`in_it`).
    var inIt: WordSet { _read { if let f = frozen { yield f.tables.inIt } else { yield storage.tables.pointee.inIt } } _modify { yield &unique().pointee.inIt } }
    /// "وكان … قد عقد": a sentence that tells an earlier, other event (`background_openers`, `background_particles`).
    var backgroundOpeners: WordSet { _read { if let f = frozen { yield f.tables.backgroundOpeners } else { yield storage.tables.pointee.backgroundOpeners } } _modify { yield &unique().pointee.backgroundOpeners } }
    var backgroundParticles: WordSet { _read { if let f = frozen { yield f.tables.backgroundParticles } else { yield storage.tables.pointee.backgroundParticles } } _modify { yield &unique().pointee.backgroundParticles } }
    /// "لقاء منفصل", "اجتماع آخر": the event is another one (`separate_event_words`).
    var separateEventWords: WordSet { _read { if let f = frozen { yield f.tables.separateEventWords } else { yield storage.tables.pointee.separateEventWords } } _modify { yield &unique().pointee.separateEventWords } }
    /// "الذي يزور المدينة": a verb after one describes; it tells no event (`relative_pronouns`).
    var relativePronouns: WordSet { _read { if let f = frozen { yield f.tables.relativePronouns } else { yield storage.tables.pointee.relativePronouns } } _modify { yield &unique().pointee.relativePronouns } }
    /// "المنطقة العسكرية الثانية", "الفرقة الأولى": ordinals that end a unit's name (`unit_ordinals`).
    var unitOrdinals: WordSet { _read { if let f = frozen { yield f.tables.unitOrdinals } else { yield storage.tables.pointee.unitOrdinals } } _modify { yield &unique().pointee.unitOrdinals } }
    /// "لعقد اجتماع", "ستعقد ندوة": words before an event's noun that make it planned, not told (`planned_before`).
    var plannedBefore: WordSet { _read { if let f = frozen { yield f.tables.plannedBefore } else { yield storage.tables.pointee.plannedBefore } } _modify { yield &unique().pointee.plannedBefore } }
    /// "المؤتمر المقرر عقده": words right after an event's noun that make it planned (`planned_after`).
    var plannedAfter: WordSet { _read { if let f = frozen { yield f.tables.plannedAfter } else { yield storage.tables.pointee.plannedAfter } } _modify { yield &unique().pointee.plannedAfter } }
    /// "ممثل باسم X", "عضو في X": words between an office and its organization (`role_prepositions`).
    var rolePrepositions: WordSet { _read { if let f = frozen { yield f.tables.rolePrepositions } else { yield storage.tables.pointee.rolePrepositions } } _modify { yield &unique().pointee.rolePrepositions } }
    /// "وقع عن X ... وعن Y", "وقعت X مع Y": verbs of signing and the words that name a signing side
    /// (`signing_verbs`, `signing_sides`).
    var signingVerbs: WordSet { _read { if let f = frozen { yield f.tables.signingVerbs } else { yield storage.tables.pointee.signingVerbs } } _modify { yield &unique().pointee.signingVerbs } }
    var signingSides: WordSet { _read { if let f = frozen { yield f.tables.signingSides } else { yield storage.tables.pointee.signingSides } } _modify { yield &unique().pointee.signingSides } }
    var eponymTitles: WordSet { _read { if let f = frozen { yield f.tables.eponymTitles } else { yield storage.tables.pointee.eponymTitles } } _modify { yield &unique().pointee.eponymTitles } }
    var subBodyHeads: WordSet { _read { if let f = frozen { yield f.tables.subBodyHeads } else { yield storage.tables.pointee.subBodyHeads } } _modify { yield &unique().pointee.subBodyHeads } }
    var wrappers: WordSet { _read { if let f = frozen { yield f.tables.wrappers } else { yield storage.tables.pointee.wrappers } } _modify { yield &unique().pointee.wrappers } }
    var anaphora: WordSet { _read { if let f = frozen { yield f.tables.anaphora } else { yield storage.tables.pointee.anaphora } } _modify { yield &unique().pointee.anaphora } }
    var relationalComplements: WordSet { _read { if let f = frozen { yield f.tables.relationalComplements } else { yield storage.tables.pointee.relationalComplements } } _modify { yield &unique().pointee.relationalComplements } }
    var purposeNouns: WordSet { _read { if let f = frozen { yield f.tables.purposeNouns } else { yield storage.tables.pointee.purposeNouns } } _modify { yield &unique().pointee.purposeNouns } }
    var events: PhraseTable<String> { _read { if let f = frozen { yield f.tables.events } else { yield storage.tables.pointee.events } } _modify { yield &unique().pointee.events } }
    var qualifiers: WordSet { _read { if let f = frozen { yield f.tables.qualifiers } else { yield storage.tables.pointee.qualifiers } } _modify { yield &unique().pointee.qualifiers } }
    var holdingVerbs: WordSet { _read { if let f = frozen { yield f.tables.holdingVerbs } else { yield storage.tables.pointee.holdingVerbs } } _modify { yield &unique().pointee.holdingVerbs } }
    var containerEvents: Set<String> { _read { if let f = frozen { yield f.tables.containerEvents } else { yield storage.tables.pointee.containerEvents } } _modify { yield &unique().pointee.containerEvents } }
    var eventOpeners: WordSet { _read { if let f = frozen { yield f.tables.eventOpeners } else { yield storage.tables.pointee.eventOpeners } } _modify { yield &unique().pointee.eventOpeners } }
    var cues: PhraseTable<Set<CueKind>> { _read { if let f = frozen { yield f.tables.cues } else { yield storage.tables.pointee.cues } } _modify { yield &unique().pointee.cues } }
    var firstPerson: WordSet { _read { if let f = frozen { yield f.tables.firstPerson } else { yield storage.tables.pointee.firstPerson } } _modify { yield &unique().pointee.firstPerson } }
    var months: PhraseTable<Int> { _read { if let f = frozen { yield f.tables.months } else { yield storage.tables.pointee.months } } _modify { yield &unique().pointee.months } }
    var weekdays: WordMap<Int> { _read { if let f = frozen { yield f.tables.weekdays } else { yield storage.tables.pointee.weekdays } } _modify { yield &unique().pointee.weekdays } }
    var relativeDays: PhraseTable<Int> { _read { if let f = frozen { yield f.tables.relativeDays } else { yield storage.tables.pointee.relativeDays } } _modify { yield &unique().pointee.relativeDays } }
    var yearWords: WordSet { _read { if let f = frozen { yield f.tables.yearWords } else { yield storage.tables.pointee.yearWords } } _modify { yield &unique().pointee.yearWords } }
    var stopwords: WordSet { _read { if let f = frozen { yield f.tables.stopwords } else { yield storage.tables.pointee.stopwords } } _modify { yield &unique().pointee.stopwords } }
    var known: PhraseTable<KnownEntity> { _read { if let f = frozen { yield f.tables.known } else { yield storage.tables.pointee.known } } _modify { yield &unique().pointee.known } }
    var gentilics: WordSet { _read { if let f = frozen { yield f.tables.gentilics } else { yield storage.tables.pointee.gentilics } } _modify { yield &unique().pointee.gentilics } }
    var kindWords: WordSet { _read { if let f = frozen { yield f.tables.kindWords } else { yield storage.tables.pointee.kindWords } } _modify { yield &unique().pointee.kindWords } }
    var directions: PhraseTable<Bool> { _read { if let f = frozen { yield f.tables.directions } else { yield storage.tables.pointee.directions } } _modify { yield &unique().pointee.directions } }
    var locationPrepositions: WordSet { _read { if let f = frozen { yield f.tables.locationPrepositions } else { yield storage.tables.pointee.locationPrepositions } } _modify { yield &unique().pointee.locationPrepositions } }
    var premises: WordSet { _read { if let f = frozen { yield f.tables.premises } else { yield storage.tables.pointee.premises } } _modify { yield &unique().pointee.premises } }
    var givenNames: PhraseTable<Bool> { _read { if let f = frozen { yield f.tables.givenNames } else { yield storage.tables.pointee.givenNames } } _modify { yield &unique().pointee.givenNames } }
    var particles: WordSet { _read { if let f = frozen { yield f.tables.particles } else { yield storage.tables.pointee.particles } } _modify { yield &unique().pointee.particles } }
    var familyNames: WordSet { _read { if let f = frozen { yield f.tables.familyNames } else { yield storage.tables.pointee.familyNames } } _modify { yield &unique().pointee.familyNames } }

    init() {}

    /// Adds one parsed file.
    mutating func add(_ file: LexiconFile, path: String) throws {
        for t in file.titles ?? [] { titles.insert(t, false) }
        for t in file.plural_titles ?? [] { titles.insert(t, true) }
        for r in file.roles ?? [] {
            let relation: RelationType
            switch r.relation ?? "memberOf" {
            case "memberOf": relation = .memberOf
            case "represents": relation = .represents
            case let other:
                throw ExtractionError.invalidLexicon(path: path, detail: "role '\(r.singular)': relation '\(other)' is not memberOf or represents")
            }
            let rank = r.rank ?? 3
            func add(_ form: String, _ number: RoleForm.Number, _ feminine: Bool, accusative: Bool = false) {
                let value = RoleForm(singular: r.singular, number: number, feminine: feminine, relation: relation, rank: rank,
                                     accusative: accusative)
                roles.insert(form, value)
                let key = Normalizer.key(form)
                if let bare = Morphology.stripArticle(key) { roles.insert(bare, value) }
            }
            add(r.singular, .singular, false)
            // The accusative of an indefinite singular ("عُيّن رئيساً لـ"): tanween written with alef.
            let key = Normalizer.key(r.singular)
            if !key.contains(" "), !key.hasPrefix("\u{0627}\u{0644}"), !key.hasSuffix("\u{0647}"), !key.hasSuffix("\u{0627}") {
                add(key + "\u{0627}", .singular, false, accusative: true)
            }
            if let f = r.feminine, !f.isEmpty { add(f, .singular, true) }
            for d in r.dual ?? [] {
                if var accusative = roles.lookup(Normalizer.key(d)), accusative.accusative, accusative.singular == r.singular {
                    accusative.constructDual = true
                    roles.insert(d, accusative, replace: true)
                } else {
                    add(d, .dual, false)
                }
            }
            for p in r.plural ?? [] { add(p, .plural, false) }
        }
        for m in file.modifiers ?? [] {
            let base = RoleForm(singular: m.singular, number: .singular, feminine: false, relation: .memberOf, rank: 3)
            modifiers[Normalizer.key(m.singular)] = base
            let key = Normalizer.key(m.singular)
            if !key.contains(" "), !key.hasPrefix("\u{0627}\u{0644}"), !key.hasSuffix("\u{0647}"), !key.hasSuffix("\u{0627}") {
                var v = base; v.accusative = true
                modifiers[key + "\u{0627}"] = v
            }
            if let f = m.feminine, !f.isEmpty {
                var v = base; v.feminine = true
                modifiers[Normalizer.key(f)] = v
            }
            for d in m.dual ?? [] { var v = base; v.number = .dual; modifiers[Normalizer.key(d)] = v }
            for p in m.plural ?? [] { var v = base; v.number = .plural; modifiers[Normalizer.key(p)] = v }
        }
        for h in file.heads ?? [] { heads.insert(h, true) }
        for h in file.name_heads ?? [] { nameHeads.insert(Normalizer.key(h)); heads.insert(h, true) }
        for h in file.gentilic_heads ?? [] { gentilicHeads.insert(Normalizer.key(h)) }
        for (k, v) in file.head_synonyms ?? [:] { headSynonyms[Normalizer.key(k)] = Normalizer.key(v) }
        for h in file.sub_body_heads ?? [] { subBodyHeads.insert(Normalizer.key(h)) }
        for b in file.generic_bodies ?? [] { genericBodies.insert(NameKey(Normalizer.key(b))) }
        for b in file.boards ?? [] { boards.insert(b, true) }
        for n in file.regnal_numbers ?? [] { regnalNumbers.insert(Normalizer.key(n)) }
        for w in file.event_blockers ?? [] { eventBlockers.insert(Normalizer.key(w)) }
        for w in file.landmarks ?? [] { landmarks.insert(Normalizer.key(w)) }
        for s in file.definite_only_events ?? [] { definiteOnlyEvents.insert(s) }
        for s in file.episode_referents ?? [] { episodeReferents.insert(s) }
        for s in file.touring_events ?? [] { touringEvents.insert(s) }
        for (family, members) in (file.event_families ?? [:]).sorted(by: { $0.key < $1.key }) { for m in members { eventFamilies[m] = family } }
        for w in file.acting_qualifiers ?? [] { actingQualifiers.insert(Normalizer.key(w)) }
        for w in file.state_prefixes ?? [] { statePrefixes.insert(Normalizer.key(w)) }
        for p in file.reply_openers ?? [] { replyOpeners.insert(p, true) }
        for p in file.episode_openers ?? [] { episodeOpeners.insert(p, true) }
        for (subtype, verbs) in (file.verb_events ?? [:]).sorted(by: { $0.key < $1.key }) { for v in verbs { verbEvents[Normalizer.key(v)] = subtype } }
        for w in file.event_wrappers ?? [] { eventWrappers.insert(Normalizer.key(w)) }
        for w in file.during_words ?? [] { duringWords.insert(Normalizer.key(w)) }
        inIt.insertKeys(file.in_it)
        backgroundOpeners.insertKeys(file.background_openers)
        backgroundParticles.insertKeys(file.background_particles)
        separateEventWords.insertKeys(file.separate_event_words)
        relativePronouns.insertKeys(file.relative_pronouns)
        unitOrdinals.insertKeys(file.unit_ordinals)
        rolePrepositions.insertKeys(file.role_prepositions)
        plannedBefore.insertKeys(file.planned_before)
        plannedAfter.insertKeys(file.planned_after)
        signingVerbs.insertKeys(file.signing_verbs)
        signingSides.insertKeys(file.signing_sides)
        for w in file.eponym_titles ?? [] { eponymTitles.insert(Normalizer.key(w)) }
        for (k, v) in file.office_domains ?? [:] { officeDomains[Normalizer.key(k)] = Normalizer.key(v) }
        for (k, v) in file.office_bodies ?? [:] {
            officeBodies[Normalizer.key(k)] = (officeBodies[Normalizer.key(k)] ?? []) + v.map { NameKey(Normalizer.key($0)).value }
        }
        for w in file.generic_wrappers ?? [] { wrappers.insert(Normalizer.key(w)) }
        for w in file.anaphora ?? [] { anaphora.insert(Normalizer.key(w)) }
        for w in file.purpose_nouns ?? [] { purposeNouns.insert(Normalizer.key(w)) }
        for w in file.relational_complements ?? [] { relationalComplements.insert(Normalizer.key(Morphology.stripArticle(Normalizer.key(w)) ?? w)) }
        for e in file.events ?? [] {
            for f in e.forms { events.insert(f, e.subtype) }
        }
        for q in file.qualifiers ?? [] { qualifiers.insert(Normalizer.key(q)) }
        for v in file.holding_verbs ?? [] { holdingVerbs.insert(Normalizer.key(v)) }
        for c in file.container_events ?? [] { containerEvents.insert(c) }
        for w in file.event_openers ?? [] { eventOpeners.insert(Normalizer.key(w)) }
        let cueLists: [(CueKind, [String]?)] = [
            (.attendance, file.attendance), (.afterEvent, file.after_event), (.listOpener, file.list_openers),
            (.meetingVerb, file.meeting_verbs), (.organizer, file.organizer), (.represents, file.represents),
            (.delegation, file.delegation), (.partOf, file.part_of), (.leads, file.leads),
            (.cooperation, file.cooperation), (.opposition, file.opposition), (.speechVerb, file.speech_verbs),
            (.hosts, file.host_cues),
        ]
        for (kind, list) in cueLists {
            for phrase in list ?? [] {
                var set = cues.lookup(phrase) ?? []
                set.insert(kind)
                cues.insert(phrase, set, replace: true)
            }
        }
        for w in file.first_person ?? [] { firstPerson.insert(Normalizer.key(w)) }
        for (key, names) in file.months ?? [:] {
            guard let month = Int(key), (1...12).contains(month) else {
                throw ExtractionError.invalidLexicon(path: path, detail: "months: '\(key)' is not a month number 1...12")
            }
            for n in names { months.insert(n, month) }
        }
        for (key, names) in file.weekdays ?? [:] {
            guard let day = Int(key), (0...6).contains(day) else {
                throw ExtractionError.invalidLexicon(path: path, detail: "weekdays: '\(key)' is not 0 (Sunday) ... 6 (Saturday)")
            }
            for n in names { weekdays[Normalizer.key(n)] = day }
        }
        for (word, offset) in file.relative_days ?? [:] { relativeDays.insert(word, offset) }
        for w in file.year_words ?? [] { yearWords.insert(Normalizer.key(w)) }
        for w in file.stopwords ?? [] { stopwords.insert(Normalizer.key(w)) }
        for p in file.places ?? [] {
            let entity = KnownEntity(kind: .place, name: p.name, english: p.english, type: p.type)
            known.insert(p.name, entity, replace: true)
            for v in p.variants ?? [] { known.insert(v, entity, replace: true) }
            for g in p.gentilic ?? [] { gentilics.insert(Normalizer.key(g)) }
        }
        for g in file.gentilics ?? [] { gentilics.insert(Normalizer.key(g)) }
        for o in file.organizations ?? [] {
            let entity = KnownEntity(kind: .organization, name: o.name, english: o.english, type: nil)
            known.insert(o.name, entity, replace: true)
            for v in o.variants ?? [] { known.insert(v, entity, replace: true) }
        }
        for p in file.persons ?? [] {
            let entity = KnownEntity(kind: .person, name: p.name, english: p.english, type: nil)
            known.insert(p.name, entity, replace: true)
            for v in p.variants ?? [] { known.insert(v, entity, replace: true) }
        }
        for e in file.entities ?? [] {
            guard let kind = EntityKind(rawValue: e.kind) else {
                throw ExtractionError.invalidLexicon(path: path, detail: "entity '\(e.name)': kind '\(e.kind)' is not person, organization, event or place")
            }
            let entity = KnownEntity(kind: kind, name: e.name, english: e.english, type: nil)
            known.insert(e.name, entity, replace: true)
            for v in e.variants ?? [] { known.insert(v, entity, replace: true) }
        }
        for w in file.kind_words ?? [] { kindWords.insert(Normalizer.key(w)) }
        for w in file.directions ?? [] { directions.insert(w, true) }
        for w in file.location_prepositions ?? [] { locationPrepositions.insert(Normalizer.key(w)) }
        for w in file.premises ?? [] { premises.insert(Normalizer.key(w)) }
        for w in file.given_names ?? [] { givenNames.insert(w, true) }
        for w in file.particles ?? [] { particles.insert(Normalizer.key(w)) }
        for w in file.family_names ?? [] { familyNames.insert(Normalizer.key(w)) }
        // Whole names from a corpus-derived gazetteer: never replace curated entries.
        for n in file.person_names ?? [] where n.contains(" ") || givenNames.lookup(n) == nil {
            // A first name alone is nobody in particular.
            known.insert(n, KnownEntity(kind: .person, name: n, english: nil, type: "corpus"))
        }
        // One definite word ("الريف", "المجلس") is too often a common noun to be taken from a corpus list.
        func plausible(_ n: String) -> Bool { n.contains(" ") || !Normalizer.key(n).hasPrefix("\u{0627}\u{0644}") }
        // A head and one adjective ("المنظمة الدولية", "المجلس الوطني") describes a body; as a corpus
        // name it would cut longer names short ("المنظمة الدولية للهجرة").
        func descriptive(_ n: String) -> Bool {
            let words = Normalizer.key(n).split(separator: " ").map(String.init)
            guard words.count == 2 else { return false }
            return heads.lookup(words[0]) != nil && Morphology.nisbaStem(words[1]) != nil
        }
        for n in file.organization_names ?? [] where plausible(n) && !descriptive(n) {
            known.insert(n, KnownEntity(kind: .organization, name: n, english: nil, type: "corpus"))
        }
        for n in file.place_names ?? [] where plausible(n) {
            known.insert(n, KnownEntity(kind: .place, name: n, english: nil, type: "corpus"))
        }
    }

    // MARK: - Queries on one token

    func isStopword(_ form: String) -> Bool { stopwords.contains(form) }

    /// The subtype a `verb_events` verb tells and how many letters of conjunction (و، ف) precede
    /// it in the token: "استقبل" and "واستقبل" are one verb, listed once.
    func verbEvent(_ token: Token) -> (subtype: String, skip: Int)? {
        guard token.isWord else { return nil }
        for r in token.readings where !r.preposition && (r.skip == 0 || r.conjunction) {
            if let subtype = verbEvents[r.form] { return (subtype, r.skip) }
        }
        return nil
    }

    /// The token is a `signing_verbs` verb, with or without و / ف.
    func isSigningVerb(_ token: Token) -> Bool {
        token.isWord && token.readings.contains { !$0.preposition && ($0.skip == 0 || $0.conjunction) && signingVerbs.contains($0.form) }
    }

    /// The length of the `episode_openers` phrase at `k`, with or without و on its first word.
    func episodeOpener(_ tokens: [Token], at k: Int) -> Int? {
        guard k < tokens.count, tokens[k].isWord else { return nil }
        for r in tokens[k].readings where !r.preposition && (r.skip == 0 || r.conjunction) {
            if let m = episodeOpeners.match(tokens, at: k, first: r.form) { return m.length }
        }
        return nil
    }

    /// The family an event subtype merges in within an episode (`event_families`; itself if none).
    func eventFamily(_ subtype: String) -> String { eventFamilies[subtype] ?? subtype }

    /// The sentence opens with "وكان" and has "قد" before `token`: it tells a past, other event
    /// (`background_openers`, `background_particles`).
    func tellsBackground(_ tokens: [Token], before token: Int) -> Bool {
        guard let first = tokens.first, first.isWord, backgroundOpeners.contains(first.text) else { return false }
        return tokens.prefix(token).contains { $0.isWord && backgroundParticles.contains($0.text) }
    }

    /// The event named at `start..<end` is one planned, not one the article tells: "تعد لعقد اجتماع
    /// تنسيقي", "المؤتمر المقرر عقده" (`planned_before` up to two words before, `planned_after` right after).
    func plansEvent(_ tokens: [Token], start: Int, end: Int) -> Bool {
        for k in max(0, start - 2)..<start where tokens[k].readings.contains(where: { !$0.preposition && plannedBefore.contains($0.form) }) {
            return true
        }
        return end < tokens.count && tokens[end].isWord && plannedAfter.contains(tokens[end].text)
    }

    /// The head's class for matching short forms (قوى and قوات are one class).
    func headClass(_ form: String) -> String {
        if let s = headSynonyms[form] { return s }
        return Morphology.stripArticle(form) ?? form
    }

    func isGentilic(_ form: String) -> Bool { isGentilic(stem: Morphology.nisbaStem(form)) }

    /// `isGentilic` of a form whose `Morphology.nisbaStem` is `stem`.
    func isGentilic(stem: String?) -> Bool {
        guard let stem else { return false }
        if gentilics.contains(stem) { return true }
        // "الأميركية" and "الأمريكية" are both listed; also try without a final ي's alef variants.
        return false
    }
}
