@testable import EntityExtraction
import Foundation
import XCTest

/// The byte-level fast paths of `Normalizer` and `Morphology` give what their `String`-level
/// definitions give, on every word of the test texts and of the lexicon, and on made-up words.
final class FastPathTests: XCTestCase {
    /// Tokens of every test text, their clitic readings, lexicon words, and generated words.
    static let words: [String] = {
        var out = Set<String>()
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        let files = (FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?.allObjects as? [URL] ?? [])
            .filter { $0.pathExtension == "txt" }
        for file in files.prefix(40) {
            guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
            for raw in text.split(whereSeparator: { $0 == " " || $0 == "\n" }).prefix(3000) {
                let word = String(raw)
                out.insert(word)
                let key = Normalizer.key(word)
                out.insert(key)
                for r in Morphology.readings(key) { out.insert(r.form) }
            }
        }
        let letters = ["ا", "ل", "ي", "ه", "م", "ن", "و", "ت", "ب", "ك", "ة", "ى", "أ", "ـ", "ً", "a", "B", " ", "'", "\t", "é"]
        var seed: UInt64 = 42
        for _ in 0..<4000 {
            var w = ""
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let length = Int(seed >> 60) + 1
            for k in 0..<length { w += letters[Int((seed >> UInt64(4 * k % 56)) % UInt64(letters.count))] }
            out.insert(w)
            out.insert("ال" + w)
            out.insert(w + "يه")
            out.insert(w + "هما")
        }
        return out.sorted()
    }()

    func testKeyFastPathAgrees() {
        for w in Self.words { XCTAssertEqual(Normalizer.key(w), Normalizer.keyByScalars(w), w) }
    }

    func testMorphologyFastPathsAgree() {
        for w in Self.words {
            XCTAssertEqual(Morphology.stripArticle(w), Morphology.stripArticleByScalars(w), w)
            XCTAssertEqual(Morphology.stripPossessive(w), Morphology.stripPossessiveByCharacters(w), w)
            XCTAssertEqual(Morphology.nisbaStem(w), Morphology.nisbaStemByCharacters(w), w)
            for suffix in ["ي", "اي", "يه", "هما", "ه", "يون"] {
                XCTAssertEqual(Morphology.hasSuffix(w, suffix), Morphology.hasSuffixByCharacters(w, suffix), w + " / " + suffix)
            }
        }
    }
}
