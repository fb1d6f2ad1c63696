@testable import EntityExtraction
import Foundation
import XCTest

/// Prints what each stage found in $ERGRAPH_DEBUG_TEXT (debugging aid; does nothing otherwise).
final class DebugDump: XCTestCase {
    func testDump() throws {
        guard let text = ProcessInfo.processInfo.environment["ERGRAPH_DEBUG_TEXT"] else { throw XCTSkip("no ERGRAPH_DEBUG_TEXT") }
        let lexicon = Fixtures.extractor.lexicon
        let normalized = Normalizer.normalize(text)
        var sentences = SentenceSplitter.split(normalized)
        for i in sentences.indices { sentences[i].tokens = Tokenizer.tokenize(normalized, sentences[i]) }
        let findings = MentionFinder(lexicon: lexicon).find(normalized, sentences)
        for c in findings.candidates { print("CAND", c.kind, c.surface, c.rule, c.sentence, c.tokenStart, c.tokenEnd, c.shortForm ? "short" : "", c.wrapped ?? "") }
        for r in findings.roles { print("ROLE", r.role, r.sentence, r.tokenStart, r.tokenEnd, r.form.number) }
        for c in findings.cues { print("CUE", c.kind, c.sentence, c.tokenStart, sentences[c.sentence].tokens[c.tokenStart].text) }
        let resolution = Resolver(lexicon: lexicon).resolve(findings.candidates, sentences: sentences, text: normalized)
        for m in resolution.mentions { print("MENTION", m.surface, "->", resolution.entities[m.entity].forms.first ?? "", m.sentence, m.tokenStart, m.tokenEnd) }
        let graph = Fixtures.extract(text)
        for r in graph.relations { print("REL", graph.entity(id: r.source)!.label, r.type, graph.entity(id: r.target)!.label, r.role ?? "", r.evidence.first!.rule) }
    }
}
