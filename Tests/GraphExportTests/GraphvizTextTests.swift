import Foundation
import Testing
@testable import GraphExport

@Suite struct GraphvizTextTests {
    @Test(arguments: Fixtures.hostile + ["\\", "\\\\", "a\nb", "&", "&amp;", "&;", "&#;", "&#x;", "R&D"])
    func decodeUndoesEncode(text: String) {
        for role in [GraphvizText.Role.label, .tooltip] {
            #expect(GraphvizText.decode(GraphvizText.encode(text, as: role), as: role) == text)
        }
    }

    @Test func neutralizesEscapesAndEntities() {
        #expect(GraphvizText.encode("\\N", as: .label) == "\\\\N")
        #expect(GraphvizText.encode("\\N", as: .tooltip) == "\\\\\\\\N")
        #expect(GraphvizText.encode("a\nb", as: .label) == "a\\nb")
        #expect(GraphvizText.encode("&amp; & R&D", as: .label) == "&\u{2060}amp; & R&D")
    }
}
