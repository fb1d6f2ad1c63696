import Foundation

/// The graph as JSON (`NAME.json`), the format `ergraph render` reads back: lossless, with all
/// provenance, in the shape DESIGN.md fixes.
///
/// `{"format": "ergraph-graph", "version": 1, "documents": [...], "entities": [...], "relations": [...]}`
/// Entities carry `label_latin`, `subtype`, `date` and `place` as `null` when absent, and every
/// mention; relations carry `role` (or `null`), `confidence`, and every evidence with its
/// `rule`, plus (additions to the contract) each evidence's `sentence` index and `confidence`.
/// Text is written exactly as in the documents (nothing is sanitized: JSON escaping is enough),
/// so a mention's `text` is the document's text at `[start, end)`.
///
/// Encoding is deterministic: keys in a fixed order, numbers in shortest round-trip form.
/// Decoding a file this version wrote and encoding the graph again gives the same bytes, and
/// exporting the decoded graph gives the same GraphML and DOT as exporting the original.
///
///     let data = GraphJSON.encode(graph)
///     let again = try GraphJSON.decode(data, path: "graphs/seeds.json")
public enum GraphJSON {
    public static let format = "ergraph-graph"
    public static let version = 1

    public static func encode(_ graph: Graph) -> Data {
        var json = JSONText()
        json.reserve(estimatedSize(graph))
        json.raw("{\n  ")
        json.key("format"); json.string(format); json.raw(",\n  ")
        json.key("version"); json.int(version); json.raw(",\n  ")
        json.key("documents")
        json.expanded(graph.documents, open: 0x5B, close: 0x5D, indent: 1) { json, document in
            json.raw("{"); json.key("id"); json.string(document.id)
            json.raw(", "); json.key("path"); json.string(document.path); json.raw("}")
        }
        json.raw(",\n  ")
        json.key("entities")
        json.expanded(graph.entities, open: 0x5B, close: 0x5D, indent: 1) { json, entity in write(entity, into: &json) }
        json.raw(",\n  ")
        json.key("relations")
        json.expanded(graph.relations, open: 0x5B, close: 0x5D, indent: 1) { json, relation in write(relation, into: &json) }
        json.raw("\n}\n")
        return Data(json.bytes)
    }

    /// About the number of bytes `encode` writes (texts and the fixed parts of their objects),
    /// so its buffer seldom grows.
    private static func estimatedSize(_ graph: Graph) -> Int {
        var size = 256 + 96 * graph.documents.count
        for entity in graph.entities {
            size += 320 + 4 * entity.label.utf8.count
            for alias in entity.aliases { size += 4 + alias.utf8.count }
            for mention in entity.mentions { size += 96 + mention.document.utf8.count + mention.text.utf8.count }
        }
        for relation in graph.relations {
            size += 320
            for evidence in relation.evidence { size += 144 + evidence.document.utf8.count + evidence.text.utf8.count + evidence.rule.utf8.count }
        }
        return size
    }

    /// An entity at nesting level 2.
    private static func write(_ entity: Entity, into json: inout JSONText) {
        json.raw("{\n      "); json.key("id"); json.string(entity.id)
        json.raw(",\n      "); json.key("kind"); json.string(entity.kind.rawValue)
        json.raw(",\n      "); json.key("label"); json.string(entity.label)
        json.raw(",\n      "); json.key("aliases"); json.flatStrings(entity.aliases)
        json.raw(",\n      "); json.key("label_latin"); json.optional(entity.labelLatin)
        json.raw(",\n      "); json.key("subtype"); json.optional(entity.subtype)
        json.raw(",\n      "); json.key("date"); json.optional(entity.date)
        json.raw(",\n      "); json.key("place"); json.optional(entity.place)
        json.raw(",\n      "); json.key("mentions")
        json.expanded(entity.mentions, open: 0x5B, close: 0x5D, indent: 3) { json, mention in
            json.raw("{"); json.key("document"); json.string(mention.document)
            json.raw(", "); json.key("start"); json.int(mention.start)
            json.raw(", "); json.key("end"); json.int(mention.end)
            json.raw(", "); json.key("text"); json.string(mention.text); json.raw("}")
        }
        json.raw("\n    }")
    }

    /// A relation at nesting level 2.
    private static func write(_ relation: Relation, into json: inout JSONText) {
        json.raw("{\n      "); json.key("id"); json.string(relation.id)
        json.raw(",\n      "); json.key("source"); json.string(relation.source)
        json.raw(",\n      "); json.key("type"); json.string(relation.type.rawValue)
        json.raw(",\n      "); json.key("target"); json.string(relation.target)
        json.raw(",\n      "); json.key("role"); json.optional(relation.role)
        json.raw(",\n      "); json.key("confidence"); json.double(relation.confidence)
        json.raw(",\n      "); json.key("evidence")
        json.expanded(relation.evidence, open: 0x5B, close: 0x5D, indent: 3) { json, evidence in
            json.raw("{"); json.key("document"); json.string(evidence.document)
            json.raw(", "); json.key("sentence"); json.int(evidence.sentence)
            json.raw(", "); json.key("start"); json.int(evidence.start)
            json.raw(", "); json.key("end"); json.int(evidence.end)
            json.raw(", "); json.key("text"); json.string(evidence.text)
            json.raw(", "); json.key("rule"); json.string(evidence.rule)
            json.raw(", "); json.key("confidence"); json.double(evidence.confidence); json.raw("}")
        }
        json.raw("\n    }")
    }

    /// Reads a graph JSON file's contents; `path` names the file in error messages.
    ///
    /// Anything that is not a graph this format describes — not JSON, truncated, another format
    /// or version, a missing field, a value of the wrong type, an unknown kind or relation type,
    /// a span out of order, a relation to an entity that is not in the file — fails with
    /// `ExportError.invalidGraphJSON`, whose message says where, e.g.
    /// `graph.json: entities[3].kind: 'persn' is not one of person, organization, event, place`.
    public static func decode(_ data: Data, path: String) throws -> Graph {
        let root: JSONValue
        do {
            root = try JSONDecoder().decode(JSONValue.self, from: data)
        } catch let error as DecodingError {
            throw ExportError.invalidGraphJSON(path: path, problem: "not valid JSON (truncated or malformed?): \(describe(error))")
        } catch {
            throw ExportError.invalidGraphJSON(path: path, problem: "not valid JSON: \(error)")
        }
        do {
            return try GraphReader(root: root).graph()
        } catch let problem as GraphReader.Problem {
            throw ExportError.invalidGraphJSON(path: path, problem: problem.message)
        }
    }

    static func describe(_ error: DecodingError) -> String {
        switch error {
        case let .dataCorrupted(context):
            let underlying = context.underlyingError.map { " (\($0))" } ?? ""
            return context.debugDescription + underlying
        default:
            return "\(error)"
        }
    }
}

/// Any JSON value, as read before it is checked.
enum JSONValue: Decodable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .int(value)
        } else if let value = try? container.decode(Double.self) {
            self = .double(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    /// How the value is named in an error message.
    var summary: String {
        switch self {
        case .null: return "null"
        case let .bool(value): return String(value)
        case let .int(value): return String(value)
        case let .double(value): return String(value)
        case let .string(value): return "'\(value.count > 60 ? String(value.prefix(57)) + "..." : value)'"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}

/// Checks a parsed JSON value field by field, building the graph, and names the exact field of
/// the first problem.
struct GraphReader {
    struct Problem: Error {
        var message: String
    }

    let root: JSONValue

    func graph() throws -> Graph {
        let top = try object(root, at: "")
        guard let format = top["format"] else { throw Problem(message: "missing field 'format' (is this an ergraph graph file?)") }
        guard case let .string(name) = format, name == GraphJSON.format else {
            throw Problem(message: "format: \(format.summary) is not '\(GraphJSON.format)'")
        }
        guard let versionValue = top["version"] else { throw Problem(message: "missing field 'version'") }
        guard case let .int(version) = versionValue, version == GraphJSON.version else {
            throw Problem(message: "version: \(versionValue.summary) is not supported (this ergraph reads version \(GraphJSON.version))")
        }

        var documents: [SourceDocument] = []
        for (index, item) in try array(top, "documents", at: "").enumerated() {
            let at = "documents[\(index)]"
            let fields = try object(item, at: at)
            documents.append(SourceDocument(id: try string(fields, "id", at: at), path: try string(fields, "path", at: at)))
        }
        let documentIDs = Set(documents.map(\.id))

        var entities: [Entity] = []
        var entityIDs = Set<String>()
        for (index, item) in try array(top, "entities", at: "").enumerated() {
            let at = "entities[\(index)]"
            let fields = try object(item, at: at)
            let id = try string(fields, "id", at: at)
            guard entityIDs.insert(id).inserted else { throw Problem(message: "\(at).id: '\(id)' is used by two entities") }
            let kindName = try string(fields, "kind", at: at)
            guard let kind = EntityKind(rawValue: kindName) else {
                throw Problem(message: "\(at).kind: \(JSONValue.string(kindName).summary) is not one of "
                    + EntityKind.allCases.map(\.rawValue).joined(separator: ", "))
            }
            let label = try string(fields, "label", at: at)
            var aliases: [String] = []
            for (aliasIndex, alias) in try array(fields, "aliases", at: at).enumerated() {
                guard case let .string(text) = alias else {
                    throw Problem(message: "\(at).aliases[\(aliasIndex)]: \(alias.summary) is not a string")
                }
                aliases.append(text)
            }
            var mentions: [Mention] = []
            for (mentionIndex, mentionValue) in try array(fields, "mentions", at: at).enumerated() {
                let mat = "\(at).mentions[\(mentionIndex)]"
                let m = try object(mentionValue, at: mat)
                let document = try string(m, "document", at: mat)
                try requireDocument(document, in: documentIDs, at: "\(mat).document")
                let (start, end) = try span(m, at: mat)
                mentions.append(Mention(document: document, start: start, end: end, text: try string(m, "text", at: mat)))
            }
            var entity = Entity(kind: kind, label: label, aliases: aliases,
                                labelLatin: try optionalString(fields, "label_latin", at: at),
                                subtype: try optionalString(fields, "subtype", at: at),
                                date: try optionalString(fields, "date", at: at),
                                place: try optionalString(fields, "place", at: at),
                                mentions: mentions)
            entity.id = id
            entities.append(entity)
        }

        var relations: [Relation] = []
        for (index, item) in try array(top, "relations", at: "").enumerated() {
            let at = "relations[\(index)]"
            let fields = try object(item, at: at)
            let source = try string(fields, "source", at: at)
            let target = try string(fields, "target", at: at)
            for (name, id) in [("source", source), ("target", target)] where !entityIDs.contains(id) {
                throw Problem(message: "\(at).\(name): '\(id)' is not the id of an entity in the file")
            }
            let typeName = try string(fields, "type", at: at)
            guard let type = RelationType(rawValue: typeName) else {
                throw Problem(message: "\(at).type: \(JSONValue.string(typeName).summary) is not one of "
                    + RelationType.allCases.map(\.rawValue).joined(separator: ", "))
            }
            let relationConfidence = try optionalNumber(fields, "confidence", at: at)
            var evidence: [Evidence] = []
            for (evidenceIndex, evidenceValue) in try array(fields, "evidence", at: at).enumerated() {
                let eat = "\(at).evidence[\(evidenceIndex)]"
                let e = try object(evidenceValue, at: eat)
                let document = try string(e, "document", at: eat)
                try requireDocument(document, in: documentIDs, at: "\(eat).document")
                let (start, end) = try span(e, at: eat)
                evidence.append(Evidence(document: document, sentence: try optionalInt(e, "sentence", at: eat) ?? 0,
                                         start: start, end: end, text: try string(e, "text", at: eat),
                                         rule: try string(e, "rule", at: eat),
                                         confidence: try optionalNumber(e, "confidence", at: eat) ?? relationConfidence ?? 0))
            }
            relations.append(Relation(source: source, type: type, target: target,
                                      role: try optionalString(fields, "role", at: at), evidence: evidence))
        }
        return Graph(documents: documents, entities: entities, relations: relations)
    }

    // MARK: - Field access with located errors

    private func name(_ key: String, at path: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    private func object(_ value: JSONValue, at path: String) throws -> [String: JSONValue] {
        guard case let .object(fields) = value else {
            throw Problem(message: "\(path.isEmpty ? "the top level" : path): \(value.summary) is not an object")
        }
        return fields
    }

    private func field(_ fields: [String: JSONValue], _ key: String, at path: String) throws -> JSONValue {
        guard let value = fields[key] else {
            throw Problem(message: "\(path.isEmpty ? "the top level" : path): missing field '\(key)'")
        }
        return value
    }

    private func array(_ fields: [String: JSONValue], _ key: String, at path: String) throws -> [JSONValue] {
        let value = try field(fields, key, at: path)
        guard case let .array(items) = value else { throw Problem(message: "\(name(key, at: path)): \(value.summary) is not an array") }
        return items
    }

    private func string(_ fields: [String: JSONValue], _ key: String, at path: String) throws -> String {
        let value = try field(fields, key, at: path)
        guard case let .string(text) = value else { throw Problem(message: "\(name(key, at: path)): \(value.summary) is not a string") }
        return text
    }

    private func optionalString(_ fields: [String: JSONValue], _ key: String, at path: String) throws -> String? {
        switch fields[key] {
        case nil, .null?: return nil
        case let .string(text)?: return text
        case let other?: throw Problem(message: "\(name(key, at: path)): \(other.summary) is not a string or null")
        }
    }

    private func int(_ fields: [String: JSONValue], _ key: String, at path: String) throws -> Int {
        let value = try field(fields, key, at: path)
        guard case let .int(number) = value else { throw Problem(message: "\(name(key, at: path)): \(value.summary) is not an integer") }
        return number
    }

    private func optionalInt(_ fields: [String: JSONValue], _ key: String, at path: String) throws -> Int? {
        guard let value = fields[key], value != .null else { return nil }
        return try int(fields, key, at: path)
    }

    private func optionalNumber(_ fields: [String: JSONValue], _ key: String, at path: String) throws -> Double? {
        switch fields[key] {
        case nil, .null?: return nil
        case let .int(number)?: return Double(number)
        case let .double(number)?: return number
        case let other?: throw Problem(message: "\(name(key, at: path)): \(other.summary) is not a number")
        }
    }

    private func span(_ fields: [String: JSONValue], at path: String) throws -> (Int, Int) {
        let start = try int(fields, "start", at: path)
        let end = try int(fields, "end", at: path)
        guard start >= 0, start <= end else {
            throw Problem(message: "\(path): start \(start) and end \(end) are not a span (need 0 <= start <= end)")
        }
        return (start, end)
    }

    private func requireDocument(_ id: String, in documents: Set<String>, at path: String) throws {
        guard documents.contains(id) else { throw Problem(message: "\(path): '\(id)' is not one of the file's documents") }
    }
}

extension JSONValue: Equatable {}
