/// A graph as every display format shows it: the same entities and relations, in the same order
/// and with the same ids, with every string from a document passed through `DisplayText.sanitize`
/// exactly once.
///
/// GraphML and the drawings (DOT, SVG, PNG, PDF) are built from a `DisplayGraph`, never from a
/// `Graph`, so no writer can forget to clean a string. Ids are kept as they are: `Graph` makes
/// them ASCII (see `StableID`), and keeping them keeps GraphML, DOT and JSON in agreement.
public struct DisplayGraph: Equatable, Sendable {
    public struct Document: Equatable, Sendable {
        public var id: String
        public var path: String
    }

    public struct Node: Equatable, Sendable {
        public var id: String
        public var kind: EntityKind
        public var label: String
        public var aliases: [String]
        public var labelLatin: String?
        public var subtype: String?
        public var date: String?
        public var place: String?
        /// The ids of the documents that mention the entity, sorted.
        public var documents: [String]
    }

    public struct Evidence: Equatable, Sendable {
        public var document: String
        public var sentence: Int
        public var text: String
        public var rule: String
        public var confidence: Double
    }

    public struct Edge: Equatable, Sendable {
        public var id: String
        public var source: String
        public var type: RelationType
        public var target: String
        public var role: String?
        public var confidence: Double
        public var evidence: [Evidence]
    }

    public var documents: [Document]
    public var nodes: [Node]
    public var edges: [Edge]

    public init(_ graph: Graph) {
        let clean = DisplayText.sanitize
        func cleanOptional(_ text: String?) -> String? { text.map(clean) }
        documents = graph.documents.map { Document(id: clean($0.id), path: clean($0.path)) }
        nodes = graph.entities.map { entity in
            Node(id: entity.id, kind: entity.kind, label: clean(entity.label), aliases: entity.aliases.map(clean),
                 labelLatin: cleanOptional(entity.labelLatin), subtype: cleanOptional(entity.subtype),
                 date: cleanOptional(entity.date), place: cleanOptional(entity.place),
                 documents: entity.documents.map(clean))
        }
        edges = graph.relations.map { relation in
            Edge(id: relation.id, source: relation.source, type: relation.type, target: relation.target,
                 role: cleanOptional(relation.role), confidence: relation.confidence,
                 evidence: relation.evidence.map {
                     Evidence(document: clean($0.document), sentence: $0.sentence, text: clean($0.text),
                              rule: clean($0.rule), confidence: $0.confidence)
                 })
        }
    }

    /// The node with this id, if any.
    public func node(id: String) -> Node? { nodes.first { $0.id == id } }
}
