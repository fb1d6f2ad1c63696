/// A typed, directed relation between two entities, with the evidence that states it.
///
/// Relations are identified by (source, type, target, role); `confidence` is the highest
/// confidence of its evidence. Symmetric types keep the smaller id as `source`.
public struct Relation: Hashable, Sendable {
    public var id: String
    public var source: String
    public var type: RelationType
    public var target: String
    public var role: String?
    public var evidence: [Evidence]

    public init(id: String = "", source: String, type: RelationType, target: String, role: String? = nil,
                evidence: [Evidence] = []) {
        self.id = id
        if type.isSymmetric, target < source {
            self.source = target
            self.target = source
        } else {
            self.source = source
            self.target = target
        }
        self.type = type
        self.role = (role?.isEmpty ?? true) ? nil : role
        self.evidence = evidence
    }

    /// The highest confidence among the evidence (0 when there is none).
    public var confidence: Double { evidence.map(\.confidence).max() ?? 0 }

    /// What makes two relations the same relation.
    public var identity: Identity { Identity(source: source, type: type, target: target, role: role ?? "") }

    public struct Identity: Hashable, Comparable, Sendable {
        public var source: String
        public var type: RelationType
        public var target: String
        public var role: String

        public static func < (a: Identity, b: Identity) -> Bool {
            (a.source, a.type.rawValue, a.target, a.role) < (b.source, b.type.rawValue, b.target, b.role)
        }
    }
}
