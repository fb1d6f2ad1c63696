import Foundation

/// One self-contained HTML page for a drawn graph: the SVG, pan and zoom, a search box that
/// highlights matching entities, and a side panel with a clicked node's or edge's details and
/// every evidence sentence.
///
/// The page loads nothing from the network: style, script and data are inline. Text from
/// documents (already sanitized in the `DisplayGraph`) reaches the page only as JSON inside a
/// `<script type="application/json">` element,
/// escaped so that it cannot close the element, and the script writes it with `textContent`
/// only, so a document cannot run script in the page. A link ending in `#select=ID` opens the
/// page with that entity or relation selected, and `#search=TEXT` with a search done.
///
///     let html = HTMLPage.make(graph: DisplayGraph(graph), svg: svgData, title: "Seeds")
public enum HTMLPage {
    /// The page for `graph` drawn as `svg` (as rendered by Graphviz, nodes and edges carrying the
    /// entity and relation ids as their `id`).
    public static func make(graph: DisplayGraph, svg: Data, title: String) -> Data {
        let svgText = inlineSVG(String(decoding: svg, as: UTF8.self))
        var page = ""
        page += "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n"
        page += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        page += "<title>\(escapeHTML(title))</title>\n<style>\n\(HTMLPageAssets.style)</style>\n</head>\n<body>\n"
        page += "<header><h1 dir=\"auto\">\(escapeHTML(title))</h1>"
        page += "<input id=\"search\" type=\"search\" placeholder=\"Search names / بحث\" dir=\"auto\" autocomplete=\"off\">"
        page += "<span id=\"matches\"></span>"
        page += "<button id=\"reset\" type=\"button\" title=\"Fit the drawing to the window\">Fit</button></header>\n"
        page += "<main><div id=\"canvas\">\n\(svgText)\n</div>\n"
        page += "<aside id=\"panel\"><p class=\"hint\">Click a node or an edge to see where the text says it.</p></aside></main>\n"
        page += "<script type=\"application/json\" id=\"graph-data\">\(scriptSafeJSON(PageData(graph: graph)))</script>\n"
        page += "<script>\n\(HTMLPageAssets.script)</script>\n</body>\n</html>\n"
        return Data(page.utf8)
    }

    /// The `<svg>` element alone: no XML declaration, doctype or comments before it.
    static func inlineSVG(_ svg: String) -> String {
        guard let start = svg.range(of: "<svg") else { return "" }
        return String(svg[start.lowerBound...]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Text for an HTML element or attribute: sanitized for display, then XML-escaped (the same
    /// escaping GraphML gets; every reserved character is an entity, so no markup can be formed).
    static func escapeHTML(_ text: String) -> String {
        GraphMLWriter.escape(DisplayText.sanitize(text))
    }

    /// JSON that is safe inside a script element: `<`, `>`, `&` and the JS line separators are
    /// written as `\u` escapes, so no `</script>` or `<!--` can appear in it.
    static func scriptSafeJSON<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        var out = ""
        for scalar in json.unicodeScalars {
            switch scalar.value {
            case 0x3C: out += "\\u003c"
            case 0x3E: out += "\\u003e"
            case 0x26: out += "\\u0026"
            case 0x2028: out += "\\u2028"
            case 0x2029: out += "\\u2029"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// What the page's script knows about the graph.
    struct PageData: Encodable {
        struct EntityData: Encodable {
            var kind: String
            var label: String
            var latin: String?
            var aliases: [String]
            var documents: [String]
            var subtype: String?
            var date: String?
            var place: String?
        }
        struct EvidenceData: Encodable {
            var document: String
            var text: String
            var rule: String
        }
        struct RelationData: Encodable {
            var type: String
            var source: String
            var target: String
            var role: String?
            var confidence: Double
            var evidence: [EvidenceData]
        }
        var entities: [String: EntityData]
        var relations: [String: RelationData]
        var documents: [String: String]

        init(graph: DisplayGraph) {
            entities = Dictionary(graph.nodes.map {
                ($0.id, EntityData(kind: $0.kind.rawValue, label: $0.label, latin: $0.labelLatin, aliases: $0.aliases,
                                   documents: $0.documents, subtype: $0.subtype, date: $0.date, place: $0.place))
            }, uniquingKeysWith: { first, _ in first })
            relations = Dictionary(graph.edges.map {
                ($0.id, RelationData(type: $0.type.rawValue, source: $0.source, target: $0.target, role: $0.role,
                                     confidence: $0.confidence,
                                     evidence: $0.evidence.map { EvidenceData(document: $0.document, text: $0.text, rule: $0.rule) }))
            }, uniquingKeysWith: { first, _ in first })
            documents = Dictionary(graph.documents.map { ($0.id, $0.path) }, uniquingKeysWith: { first, _ in first })
        }
    }
}
