/// Where a relation is stated: the sentence that says it, in which document, and which rule read it.
///
/// `start`/`end` delimit the evidence sentence in the document (Unicode scalar offsets, half-open);
/// `sentence` is the zero-based index of that sentence in the document.
public struct Evidence: Hashable, Sendable, Comparable {
    public var document: String
    public var sentence: Int
    public var start: Int
    public var end: Int
    public var text: String
    public var rule: String
    public var confidence: Double

    public init(document: String, sentence: Int, start: Int, end: Int, text: String, rule: String,
                confidence: Double) {
        self.document = document
        self.sentence = sentence
        self.start = start
        self.end = end
        self.text = text
        self.rule = rule
        self.confidence = confidence
    }

    public static func < (a: Evidence, b: Evidence) -> Bool {
        // Every field takes part, so evidence that differs only in confidence has one order.
        let ka = (a.document, a.start, a.end, a.rule, a.text, a.confidence), kb = (b.document, b.start, b.end, b.rule, b.text, b.confidence)
        return ka != kb ? ka < kb : a.sentence < b.sentence
    }
}
