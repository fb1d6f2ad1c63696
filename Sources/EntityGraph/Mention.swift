/// One place in a document where an entity is named.
///
/// `start`/`end` are half-open offsets in Unicode scalars into the document text as decoded
/// (BOM removed, nothing else changed), so `text == document[start..<end]`.
public struct Mention: Hashable, Sendable, Comparable {
    public var document: String
    public var start: Int
    public var end: Int
    public var text: String

    public init(document: String, start: Int, end: Int, text: String) {
        self.document = document
        self.start = start
        self.end = end
        self.text = text
    }

    public static func < (a: Mention, b: Mention) -> Bool {
        (a.document, a.start, a.end, a.text) < (b.document, b.start, b.end, b.text)
    }
}
