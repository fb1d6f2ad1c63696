import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import GraphExport

/// Hostile document text through every view and format: files stay well-formed, nothing is
/// injected, and what is drawn is the sanitized text.
@Suite struct ViewAdversarialTests {
    static let hostile = "قائد\u{0001}\u{202E}عام \\N\\G \"q\" <b>x</b> ]]> & <script>alert(1)</script>\\"

    var graph: Graph {
        let org = Entity(kind: .organization, label: "مجلس <img src=x onerror=1> \u{202E}الشورى\\")
        let sub = Entity(kind: .organization, label: "لجنة \"الأمن\"\n]]>")
        let person = Entity(kind: .person, label: "سعد \u{0007}الحربي\\N", labelLatin: "Saad <i>Harbi</i>")
        let guest = Entity(kind: .person, label: "ضيف &amp; مجهول")
        let event = Entity(kind: .event, label: "اجتماع \u{202E}سري", subtype: "meeting", date: "2025-01-01", place: "<الرياض>")
        let evidence = [Evidence(document: "d\u{0001}", sentence: 0, start: 0, end: 5, text: Self.hostile, rule: "r", confidence: 0.8)]
        return Graph(documents: [SourceDocument(id: "d", path: "x<y>.txt")],
                     entities: [org, sub, person, guest, event],
                     relations: [
                        Relation(source: sub.id, type: .partOf, target: org.id, evidence: evidence),
                        Relation(source: person.id, type: .memberOf, target: sub.id, role: Self.hostile, evidence: evidence),
                        Relation(source: guest.id, type: .memberOf, target: org.id, role: "عضو\u{202D}", evidence: evidence),
                        Relation(source: person.id, type: .attended, target: event.id, evidence: evidence),
                        Relation(source: guest.id, type: .attended, target: event.id, evidence: evidence),
                        Relation(source: org.id, type: .organized, target: event.id, evidence: evidence),
                     ])
    }

    final class XMLCheck: NSObject, XMLParserDelegate {
        var elements = Set<String>()
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) { elements.insert(name) }
    }

    @Test(arguments: [ViewKind.full, .orgChart, .attendance, .ego])
    func everyFormatOfEveryViewStaysClean(kind: ViewKind) async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ergraph-hostile-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let view = ViewOptions(kind: kind, focus: kind == .ego ? "سعد الحربي\\N" : nil, labels: .both)
        let urls = try await ViewWriter.write(graph, view: view, options: ExportOptions(formats: ExportFormat.allCases),
                                              to: dir, name: "h")
        #expect(!urls.isEmpty)
        for url in urls {
            let data = try Data(contentsOf: url)
            let text = String(decoding: data, as: UTF8.self)
            switch url.pathExtension {
            case "svg", "graphml":
                let check = XMLCheck()
                let parser = XMLParser(data: data)
                parser.delegate = check
                #expect(parser.parse(), "\(url.lastPathComponent) is not well-formed XML: \(String(describing: parser.parserError))")
                for injected in ["script", "img", "b", "i"] {
                    #expect(!check.elements.contains(injected), "\(url.lastPathComponent) gained a <\(injected)> element")
                }
                #expect(!text.contains("\u{202E}") && !text.contains("\u{202D}") && !text.contains("\u{0001}"))
            case "html":
                #expect(!text.contains("<script>alert(1)"))
                #expect(!text.contains("<img src=x"))
                #expect(!text.contains("\u{202E}") && !text.contains("\u{0001}"))
            case "dot":
                #expect(!text.contains("\u{202E}") && !text.contains("\u{0001}") && !text.contains("\u{0007}"))
                // A label's backslashes are doubled, so Graphviz shows `\N` instead of expanding it.
                if text.contains("الحربي") { #expect(text.contains("الحربي\\\\N")) }
            default:
                break
            }
        }
    }
}
