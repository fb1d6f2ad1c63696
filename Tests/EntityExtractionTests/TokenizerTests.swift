@testable import EntityExtraction
import XCTest

final class TokenizerTests: XCTestCase {
    func tokens(_ text: String) -> [String] {
        let n = Normalizer.normalize(text)
        return SentenceSplitter.split(n).flatMap { Tokenizer.tokenize(n, $0).map(\.text) }
    }

    func testQuotesAndPunctuationAreTokens() {
        // Unbalanced quotes, as real text has them.
        XCTAssertEqual(tokens("“سلمى يوسف و”رامي حداد”، عضوان"), ["\"", "سلمي", "يوسف", "و", "\"", "رامي", "حداد", "\"", "،", "عضوان"])
    }

    func testCliticReadings() {
        let forms = Morphology.readings("وللمجلس").map(\.form)
        XCTAssertTrue(forms.contains("المجلس"))
        XCTAssertTrue(Morphology.readings("بالرقه").contains { $0.form == "الرقه" && $0.skip == 1 })
        XCTAssertTrue(Morphology.readings("لادريس").contains { $0.form == "ادريس" && $0.preposition })
        XCTAssertEqual(Morphology.nisbaStem("الاعلاميان"), "اعلامي")
        XCTAssertEqual(Morphology.stripPossessive("حوارها"), "حوار")
    }
}
