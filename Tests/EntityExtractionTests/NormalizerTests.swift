@testable import EntityExtraction
import XCTest

final class NormalizerTests: XCTestCase {
    func testFoldsWhatWritersVary() {
        XCTAssertEqual(Normalizer.key("إلهامُ"), "الهام")
        XCTAssertEqual(Normalizer.key("مستشفى الجامعة"), "مستشفي الجامعه")
        XCTAssertEqual(Normalizer.key("عـــام ٢٠١٧"), "عام 2017")
        XCTAssertEqual(Normalizer.key("«نداء» “تونس”"), "\"نداء\" \"تونس\"")
        XCTAssertEqual(Normalizer.key("أيار – حزيران"), "ايار - حزيران")
    }

    func testMapsBackToTheOriginalText() {
        let text = "قال السيدُ «سَميرٌ» أمسِ"
        let n = Normalizer.normalize(text)
        let folded = n.text(0, n.scalars.count)
        let range = folded.range(of: "سمير")!
        let start = folded.unicodeScalars.distance(from: folded.unicodeScalars.startIndex, to: range.lowerBound)
        let end = start + 4
        XCTAssertEqual(n.originalText(start, end), "سَميرٌ")
        let r = n.originalRange(start, end)
        XCTAssertEqual(String(String.UnicodeScalarView(Array(text.unicodeScalars)[r])), "سَميرٌ")
    }
}
