/// The pictures ERGraph draws of a graph.
public enum ViewKind: String, CaseIterable, Sendable {
    /// Every entity and relation.
    case full
    /// Organizations nested by `partOf`, people inside them by rank.
    case orgChart = "org-chart"
    /// One diagram per event: who organized it and who attended, grouped by whom they represent.
    case attendance
    /// The neighbourhood of one entity (`focus`), `depth` relations deep.
    case ego
}

/// Which names drawings show.
public enum LabelMode: String, CaseIterable, Sendable {
    /// The names as written in the documents.
    case arabic
    /// Latin names: the lexicon's English name, else a transliteration.
    case latin
    /// Both, the written name first.
    case both

    /// The drawn name of a node in this mode (falls back to the written name when there is no
    /// Latin one).
    public func text(label: String, latin: String?) -> String {
        guard let latin, !latin.isEmpty, latin != label else { return label }
        switch self {
        case .arabic: return label
        case .latin: return latin
        case .both: return "\(label)\n\(latin)"
        }
    }
}

/// What to draw: the view and its parameters.
///
///     ViewOptions(kind: .ego, focus: "قسد", depth: 2, labels: .both)
public struct ViewOptions: Sendable {
    public var kind: ViewKind
    /// The entity an ego view is centred on (any of its names, or its id).
    public var focus: String?
    /// How many relations away from the focus an ego view reaches.
    public var depth: Int
    /// The organization whose tree an org chart draws (any of its names, or its id).
    public var root: String?
    public var labels: LabelMode
    /// How senior roles are, for ordering people (language data, supplied by the caller).
    public var ranking: RoleRanking

    public init(kind: ViewKind = .full, focus: String? = nil, depth: Int = 1, root: String? = nil,
                labels: LabelMode = .arabic, ranking: RoleRanking = .flat) {
        self.kind = kind
        self.focus = focus
        self.depth = depth
        self.root = root
        self.labels = labels
        self.ranking = ranking
    }
}

extension DisplayGraph {
    /// The same graph with node labels in `mode`.
    func relabeled(_ mode: LabelMode) -> DisplayGraph {
        guard mode != .arabic else { return self }
        var copy = self
        copy.nodes = nodes.map { node in
            var relabeled = node
            relabeled.label = mode.text(label: node.label, latin: node.labelLatin)
            return relabeled
        }
        return copy
    }
}
