/// A span that names (or may name) an entity, before resolution.
struct Candidate: Sendable {
    var kind: EntityKind
    var sentence: Int
    /// Token range in the sentence, half-open.
    var tokenStart: Int
    var tokenEnd: Int
    /// Normalized offsets of the mention (clitics excluded).
    var start: Int
    var end: Int
    /// The name as written (with the article restored after لل).
    var surface: String
    var rule: String
    var confidence: Double
    var subtype: String? = nil
    var known: KnownEntity? = nil
    /// Organizations: the head's class and the complement's word stems, for matching short forms.
    var head: String? = nil
    var complement: [String] = []
    /// A bare definite head or trigger ("التحالف", "الاجتماع") that only refers back.
    var shortForm = false
    /// "المركز المذكور": the last organization with this head.
    var anaphoric = false
    /// An acronym ("(قسد)"): kept only when it abbreviates an organization of the document.
    var acronym = false
    /// A wrapper head before an organization ("قوات التحالف الدولي"): the inner name's key.
    var wrapped: String? = nil
    var quoted = false
    /// Events: held by a verb (عقد، أجرى) or qualified, i.e. a real event rather than a topic.
    var held = false
    var definite = false
    /// Events: announced rather than told ("تعد لعقد اجتماع", "المؤتمر المقرر عقده", `Lexicon.plansEvent`).
    var announced = false
    /// Events: named with a possessive suffix ("اجتماعه", "دورتها العادية"): its owner held it.
    var possessive = false
    /// A matching key that differs from the surface ("شمال وشرقي سوريا" and "شمال شرقي سورية").
    var key: String? = nil
    /// Other names of the same entity read off the span (the quoted name in "شركة «كوسيدار»").
    var extraForms: [String] = []
}

/// A role phrase ("الرئيسة المشتركة", "ناطقان إعلاميان") in a sentence.
struct RoleSpan: Sendable {
    var sentence: Int
    var tokenStart: Int
    var tokenEnd: Int
    var form: RoleForm
    /// The role to store: as written for a singular, the lexicon singular for a dual or plural.
    var role: String
    var definite: Bool
    /// The role word carries the conjunction و ("ووزير", not "وزير" or "وكيل").
    var conjunction: Bool
    /// The role carries a possessive suffix ("رئيسها التنفيذي"): its organization was named before it.
    var possessive = false
}

/// A cue phrase found in a sentence.
struct CueHit: Sendable {
    var kind: CueKind
    var sentence: Int
    var tokenStart: Int
    var tokenEnd: Int
}

/// A date stated in a sentence.
struct DateHit: Sendable {
    var sentence: Int
    var tokenStart: Int
    var tokenEnd: Int
    var iso: String
    /// A weekday or relative word ("أمس"), resolved against the article's date.
    var relative: Bool
}

/// Everything the mention stage found in one document.
struct Findings: Sendable {
    var candidates: [Candidate] = []
    var roles: [RoleSpan] = []
    var cues: [CueHit] = []
    var dates: [DateHit] = []
    /// Sentences that contain a first-person word (نحن، قواتنا ...).
    var firstPerson: Set<Int> = []
}
