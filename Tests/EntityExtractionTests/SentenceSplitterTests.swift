@testable import EntityExtraction
import XCTest

final class SentenceSplitterTests: XCTestCase {
    func sentences(_ text: String) -> [String] {
        let n = Normalizer.normalize(text)
        return SentenceSplitter.split(n).map { n.originalText($0.start, $0.end) }
    }

    func testSplitsAtLinesAndFullStops() {
        XCTAssertEqual(sentences("وصل الوفد. ثم بدأ الاجتماع!\nوانتهى مساء"), ["وصل الوفد.", "ثم بدأ الاجتماع!", "وانتهى مساء"])
    }

    func testKeepsDecimalsAndAbbreviations() {
        XCTAssertEqual(sentences("بلغ النمو 3.5 بالمئة وفق د. سامي"), ["بلغ النمو 3.5 بالمئة وفق د. سامي"])
    }

    func testParagraphsCountLines() {
        let n = Normalizer.normalize("أ ب.\n\nج د")
        XCTAssertEqual(SentenceSplitter.split(n).map(\.paragraph), [0, 2])
    }
}
