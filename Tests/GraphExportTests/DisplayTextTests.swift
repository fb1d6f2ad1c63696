import Foundation
import Testing
@testable import GraphExport

@Suite struct DisplayTextTests {
    @Test func removesControlsAndTurnsLineBreaksIntoSpaces() {
        #expect(DisplayText.sanitize("أ\nب\r\nج\tد\u{0B}هـ") == "أ ب ج د هـ")
        #expect(DisplayText.sanitize("a\u{0}b\u{1}c\u{1F}d\u{7F}e\u{85}f\u{9F}") == "abcde f")
    }

    @Test func removesBidiOverridesButKeepsArabic() {
        #expect(DisplayText.sanitize("مرحبا\u{202E}txet\u{202C} \u{2066}x\u{2069}") == "مرحباtxet x")
        #expect(DisplayText.sanitize("سامر\u{200F} al-Halabi") == "سامر\u{200F} al-Halabi")
    }

    @Test func removesNoncharacters() {
        let text = "a" + Fixtures.scalars(0xFFFE, 0xFFFF, 0xFDD0, 0x1FFFE, 0x10FFFF) + "b"
        #expect(DisplayText.sanitize(text) == "ab")
    }

    @Test func leavesEverythingXMLCanCarry() {
        for text in Fixtures.hostile {
            let clean = DisplayText.sanitize(text)
            for scalar in clean.unicodeScalars {
                let v = scalar.value
                #expect(v == 0x20 || (v > 0x20 && v < 0x7F) || (v > 0x9F && v <= 0xD7FF && !(0x202A...0x202E).contains(v)
                    && !(0x2066...0x2069).contains(v)) || (0xE000...0xFFFD).contains(v) || v >= 0x10000, "\(v)")
            }
        }
    }

    @Test func truncatesDrawnLabelsWithAnEllipsis() {
        #expect(DisplayText.truncated("قصير", limit: 80) == "قصير")
        let cut = DisplayText.truncated(String(repeating: "ب", count: 10_000), limit: 80)
        #expect(cut.count == 80)
        #expect(cut.hasSuffix("…"))
    }
}
