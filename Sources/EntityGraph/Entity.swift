/// A person, organization, event or place, with every place it is named.
///
/// `label` is the display name as written in the source; `aliases` holds every other surface
/// form seen (short forms, acronyms, spelling variants). Events carry a `subtype` (meeting,
/// interview, visit, ...), and an ISO `date` and a `place` name when the text states them.
public struct Entity: Hashable, Sendable {
    public var id: String
    public var kind: EntityKind
    public var label: String
    public var aliases: [String]
    public var labelLatin: String?
    public var subtype: String?
    public var date: String?
    public var place: String?
    public var mentions: [Mention]

    /// Creates an entity whose id is derived from its kind and label (see `StableID`).
    public init(kind: EntityKind, label: String, aliases: [String] = [], labelLatin: String? = nil,
                subtype: String? = nil, date: String? = nil, place: String? = nil,
                mentions: [Mention] = []) {
        self.id = StableID.entity(kind: kind, label: label)
        self.kind = kind
        self.label = label
        self.aliases = aliases
        self.labelLatin = labelLatin
        self.subtype = subtype
        self.date = date
        self.place = place
        self.mentions = mentions
    }

    /// The ids of the documents that mention the entity, sorted.
    public var documents: [String] { Array(Set(mentions.map(\.document))).sorted() }

    /// Every surface form: the label first, then the aliases.
    public var surfaceForms: [String] { [label] + aliases }

    /// The name keys under which this entity is the same as another of its kind.
    ///
    /// A person's one-word forms (a first name or a surname alone) are left out: two documents
    /// that both say "Ahmad" need not mean the same Ahmad. So are one-word forms with the Arabic
    /// article ("الوزارة", "المجلس", "الاجتماع"): a text refers back to any of several bodies or
    /// events that way. The label always counts. An event's only key is its id: events are
    /// happenings, and the extractor scopes their ids to the document that tells them.
    public var mergeKeys: Set<NameKey> {
        var keys: Set<NameKey> = []
        forEachMergeKey(labelKey: NameKey(label)) { keys.insert($0) }
        return keys
    }

    /// Calls `body` with each merge key (see `mergeKeys`), given the label's key; a key may come
    /// more than once.
    func forEachMergeKey(labelKey: NameKey, _ body: (NameKey) -> Void) {
        // "الاجتماع" of two articles are two meetings.
        if kind == .event { body(NameKey(id)); return }
        if !labelKey.isEmpty { body(labelKey) }
        for alias in aliases {
            let key = NameKey(alias)
            if key.isEmpty || (key.wordCount < 2 && (kind == .person || key.hasArticle)) { continue }
            body(key)
        }
    }
}
