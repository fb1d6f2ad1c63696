/// An input document of a graph: its id (the file stem, made unique) and the path it was read from.
public struct SourceDocument: Hashable, Sendable, Comparable {
    public var id: String
    public var path: String

    public init(id: String, path: String) {
        self.id = id
        self.path = path
    }

    public static func < (a: SourceDocument, b: SourceDocument) -> Bool { (a.id, a.path) < (b.id, b.path) }
}
