import Testing
@testable import EntityGraph

/// Evidence has one order whatever order it arrives in, so outputs are byte-identical run to run.
@Suite struct EvidenceOrderTests {
    func evidence(confidence: Double, sentence: Int = 0) -> Evidence {
        Evidence(document: "a", sentence: sentence, start: 0, end: 10, text: "the same sentence", rule: "rule",
                 confidence: confidence)
    }

    @Test func evidenceDifferingOnlyInConfidenceSortsTheSameFromEitherOrder() {
        let low = evidence(confidence: 0.6), high = evidence(confidence: 0.9)
        #expect([low, high].sorted() == [high, low].sorted())
        #expect(low < high && !(high < low))
    }

    @Test func evidenceDifferingOnlyInSentenceIsOrderedBySentence() {
        let first = evidence(confidence: 0.7, sentence: 1), second = evidence(confidence: 0.7, sentence: 2)
        #expect(first < second && !(second < first))
    }
}

/// Event ids: scoped to the document as written and to the event's place among same-named ones.
@Suite struct EventIDTests {
    @Test func eventIDsDifferByDocumentAsWrittenAndByOrdinal() {
        let label = NameKey("الاجتماع")
        let ids = [StableID.event(label: label, document: "a_1", ordinal: 0),
                   StableID.event(label: label, document: "a-1", ordinal: 0),
                   StableID.event(label: label, document: "a_1", ordinal: 1)]
        #expect(Set(ids).count == 3)
        #expect(ids[0] == StableID.event(label: label, document: "a_1", ordinal: 0))
        #expect(ids.allSatisfy { $0.hasPrefix("event-") })
    }
}
