/// Writes a graph as GraphML 1.0, streamed: elements are written one after another to any
/// `TextOutputStream`, never built as a document tree.
///
/// The key contract of DESIGN.md, which `score.py`, NetworkX, igraph, Gephi, Cytoscape and yEd
/// rely on: descriptive key ids equal to `attr.name`; separate node and edge keys, every one
/// typed; node keys `name`, `label`, `kind`, `aliases` (joined " | "), `label_latin`, `subtype`,
/// `date`, `place`, `documents` (joined " | "); edge keys `type`, `interaction` (the same value,
/// for Cytoscape), `role`, `evidence` (the first evidence sentence), `document` (its document),
/// `confidence` (double). All nodes come before all edges; edge ids are the relation ids.
/// Absent optional values are left out (no empty `<data>`).
///
/// Text comes from a `DisplayGraph`, so it is already free of XML-illegal characters; here it is
/// only XML-escaped. Names are written in full, however long.
///
///     var xml = ""
///     GraphMLWriter.write(DisplayGraph(graph), to: &xml)
public enum GraphMLWriter {
    /// A key of the contract: its id (= attr.name), domain and type.
    public struct Key: Equatable, Sendable {
        public var name: String
        public var domain: String
        public var type: String
    }

    public static let nodeKeys: [Key] = ["name", "label", "kind", "aliases", "label_latin", "subtype", "date",
                                         "place", "documents"].map { Key(name: $0, domain: "node", type: "string") }
    public static let edgeKeys: [Key] = ["type", "interaction", "role", "evidence", "document"]
        .map { Key(name: $0, domain: "edge", type: "string") } + [Key(name: "confidence", domain: "edge", type: "double")]

    /// The separator of list values (`aliases`, `documents`), as `score.py` splits them.
    public static let listSeparator = " | "

    public static func write<Output: TextOutputStream>(_ graph: DisplayGraph, to output: inout Output) {
        output.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        output.write("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"")
        output.write(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
        output.write(" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns")
        output.write(" http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n")
        for key in nodeKeys + edgeKeys {
            output.write("  <key id=\"\(key.name)\" for=\"\(key.domain)\" attr.name=\"\(key.name)\" attr.type=\"\(key.type)\"/>\n")
        }
        output.write("  <graph id=\"G\" edgedefault=\"directed\">\n")
        for node in graph.nodes {
            output.write("    <node id=\"\(escape(node.id))\">\n")
            data("name", node.label, to: &output)
            data("label", node.label, to: &output)
            data("kind", node.kind.rawValue, to: &output)
            if !node.aliases.isEmpty { data("aliases", node.aliases.joined(separator: listSeparator), to: &output) }
            if let value = node.labelLatin { data("label_latin", value, to: &output) }
            if let value = node.subtype { data("subtype", value, to: &output) }
            if let value = node.date { data("date", value, to: &output) }
            if let value = node.place { data("place", value, to: &output) }
            if !node.documents.isEmpty { data("documents", node.documents.joined(separator: listSeparator), to: &output) }
            output.write("    </node>\n")
        }
        for edge in graph.edges {
            output.write("    <edge id=\"\(escape(edge.id))\" source=\"\(escape(edge.source))\" target=\"\(escape(edge.target))\">\n")
            data("type", edge.type.rawValue, to: &output)
            data("interaction", edge.type.rawValue, to: &output)
            if let role = edge.role { data("role", role, to: &output) }
            if let first = edge.evidence.first {
                data("evidence", first.text, to: &output)
                data("document", first.document, to: &output)
            }
            data("confidence", formatDouble(edge.confidence), to: &output)
            output.write("    </edge>\n")
        }
        output.write("  </graph>\n</graphml>\n")
    }

    /// The GraphML text for `graph`.
    public static func string(_ graph: DisplayGraph) -> String {
        var text = ""
        write(graph, to: &text)
        return text
    }

    static func data<Output: TextOutputStream>(_ key: String, _ value: String, to output: inout Output) {
        output.write("      <data key=\"\(key)\">")
        output.write(escape(value))
        output.write("</data>\n")
    }

    /// XML escaping for text and attribute values. `>` is escaped too, so `]]>` cannot appear.
    static func escape(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { "&<>\"'".unicodeScalars.contains($0) }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The shortest decimal that reads back as the same double ("0.9", "1.0"): the same on every run.
    static func formatDouble(_ value: Double) -> String {
        value.isFinite ? "\(value)" : "0.0"
    }
}
