import Foundation
import Testing
@testable import GraphExport

@Suite struct GraphJSONTests {
    @Test(arguments: ["arabic", "hostile", "empty"])
    func roundTripsLosslessly(name: String) throws {
        let graph = Fixtures.named(name)
        let data = GraphJSON.encode(graph)
        let decoded = try GraphJSON.decode(data, path: "\(name).json")
        #expect(decoded == graph)
        #expect(GraphJSON.encode(decoded) == data)
    }

    @Test(arguments: ["arabic", "hostile"])
    func exportsFromReadBackJSONAreByteIdentical(name: String) async throws {
        let graph = Fixtures.named(name)
        let decoded = try GraphJSON.decode(GraphJSON.encode(graph), path: "\(name).json")
        for format in [ExportFormat.graphml, .dot] {
            let original = try await GraphWriter.data(graph, format: format)
            let again = try await GraphWriter.data(decoded, format: format)
            #expect(original == again, "\(name).\(format)")
        }
    }

    @Test func hasTheShapeOfTheContract() throws {
        let object = try #require(try JSONSerialization.jsonObject(with: GraphJSON.encode(Fixtures.arabic)) as? [String: Any])
        #expect(object["format"] as? String == "ergraph-graph")
        #expect(object["version"] as? Int == 1)
        let entities = try #require(object["entities"] as? [[String: Any]])
        for entity in entities {
            for key in ["id", "kind", "label", "aliases", "label_latin", "subtype", "date", "place", "mentions"] {
                #expect(entity.keys.contains(key), "entity field \(key)")
            }
        }
        let person = try #require(entities.first { $0["kind"] as? String == "person" })
        #expect(person["subtype"] is NSNull)
        let relations = try #require(object["relations"] as? [[String: Any]])
        for relation in relations {
            for key in ["id", "source", "type", "target", "role", "confidence", "evidence"] {
                #expect(relation.keys.contains(key), "relation field \(key)")
            }
            for evidence in relation["evidence"] as? [[String: Any]] ?? [] {
                for key in ["document", "start", "end", "text", "rule", "sentence", "confidence"] {
                    #expect(evidence.keys.contains(key), "evidence field \(key)")
                }
            }
        }
    }

    /// Offsets are Unicode scalars into the text as decoded: CRLF is two, an emoji one, a
    /// combining mark its own.
    @Test func spansQuoteTheDocumentExactly() throws {
        let text = "سطر أول\r\nالتقى 👩🏽‍💼 نادية فرحاتٍ (مُمثِّلة) مع e\u{301}lodie في «الحُسينية».\r\n"
        let pieces = ["نادية فرحاتٍ", "👩🏽‍💼", "e\u{301}lodie", "«الحُسينية»", "\r\n", "مُمثِّلة"]
        let mentions = pieces.map { Fixtures.mention($0, in: "crlf", text: text) }
        #expect(mentions.allSatisfy { $0.end > $0.start })
        let entities = mentions.enumerated().map { index, mention in
            Entity(kind: .person, label: "شخص \(index) \(mention.text)", mentions: [mention])
        }
        let sentence = Fixtures.scalarRange(of: "التقى", in: text)
        let graph = Graph(documents: [SourceDocument(id: "crlf", path: "crlf.txt")], entities: entities, relations: [
            Relation(source: entities[0].id, type: .cooperatesWith, target: entities[3].id,
                     evidence: [Evidence(document: "crlf", sentence: 1, start: sentence.0, end: text.unicodeScalars.count - 2,
                                         text: String(String.UnicodeScalarView(Array(text.unicodeScalars)[sentence.0..<(text.unicodeScalars.count - 2)])),
                                         rule: "test", confidence: 1)]),
        ])
        let object = try #require(try JSONSerialization.jsonObject(with: GraphJSON.encode(graph)) as? [String: Any])
        let scalars = Array(text.unicodeScalars)
        func quoted(_ span: [String: Any]) -> String? {
            guard let start = span["start"] as? Int, let end = span["end"] as? Int else { return nil }
            return String(String.UnicodeScalarView(scalars[start..<end]))
        }
        var checked = 0
        for entity in object["entities"] as? [[String: Any]] ?? [] {
            for mention in entity["mentions"] as? [[String: Any]] ?? [] {
                #expect(quoted(mention) == mention["text"] as? String)
                checked += 1
            }
        }
        for relation in object["relations"] as? [[String: Any]] ?? [] {
            for evidence in relation["evidence"] as? [[String: Any]] ?? [] {
                #expect(quoted(evidence) == evidence["text"] as? String)
                checked += 1
            }
        }
        #expect(checked == pieces.count + 1)
    }

    static let valid = String(decoding: GraphJSON.encode(Fixtures.arabic), as: UTF8.self)

    /// Broken files and the message each must give.
    static let broken: [(String, String, String)] = [
        ("truncated", String(valid.prefix(valid.count / 2)), "graph.json: not valid JSON"),
        ("empty", "", "graph.json: not valid JSON"),
        ("not an object", "[1, 2]", "graph.json: the top level: an array is not an object"),
        ("other format", #"{"format": "gexf", "version": 1}"#, "graph.json: format: 'gexf' is not 'ergraph-graph'"),
        ("no format", #"{"version": 1}"#, "graph.json: missing field 'format'"),
        ("newer version", valid.replacingOccurrences(of: "\"version\": 1", with: "\"version\": 2"),
         "graph.json: version: 2 is not supported (this ergraph reads version 1)"),
        ("wrong kind", valid.replacingOccurrences(of: "\"kind\": \"person\"", with: "\"kind\": \"persn\""),
         "graph.json: entities[3].kind: 'persn' is not one of person, organization, event, place"),
        ("wrong type", valid.replacingOccurrences(of: "\"type\": \"heldAt\"", with: "\"type\": \"heldIn\""),
         "is not one of attended, organized"),
        ("missing label", valid.replacingOccurrences(of: "\"label\": \"سامر الحلبي\",", with: ""),
         "graph.json: entities[3]: missing field 'label'"),
        ("string offset", valid.replacingOccurrences(of: "\"start\": 0,", with: "\"start\": \"0\","),
         "is not an integer"),
        ("dangling relation", valid.replacingOccurrences(of: "\"source\": \"person-", with: "\"source\": \"persona-"),
         "is not the id of an entity in the file"),
        ("unknown document", valid.replacingOccurrences(of: "{\"document\": \"doc_alwarda\", \"start\": 6",
                                                         with: "{\"document\": \"doc_other\", \"start\": 6"),
         "'doc_other' is not one of the file's documents"),
        ("backwards span", valid.replacingOccurrences(of: "\"start\": 6, \"end\": 17", with: "\"start\": 17, \"end\": 6"),
         "start 17 and end 6 are not a span"),
    ]

    @Test(arguments: broken.indices)
    func brokenFilesGiveClearErrors(index: Int) throws {
        let (name, text, message) = Self.broken[index]
        #expect(text != Self.valid, "\(name): the test edit changed nothing")
        do {
            _ = try GraphJSON.decode(Data(text.utf8), path: "graph.json")
            Issue.record("\(name): accepted")
        } catch let error as ExportError {
            #expect(error.description.contains(message), "\(name): \(error.description)")
            #expect(error.description.hasPrefix("graph.json: "))
        }
    }

    @Test func encodesTheSameBytesEveryTime() {
        #expect(GraphJSON.encode(Fixtures.hostileGraph) == GraphJSON.encode(Fixtures.hostileGraph))
    }
}

/// Inputs made to break a parser: each gives an `ExportError`, never a crash.
@Suite struct GraphJSONHostileInputTests {
    static let inputs: [String] = [
        String(repeating: "[", count: 100_000),
        "{\"format\": \"ergraph-graph\", \"version\": 1e999}",
        "{\"format\": \"ergraph-graph\", \"version\": 1, \"documents\": [], \"entities\": [{\"id\": \"x\", \"kind\": \"person\", \"label\": \"a\", \"aliases\": [], \"mentions\": [{\"document\": \"d\", \"start\": 99999999999999999999, \"end\": 1, \"text\": \"\"}]}], \"relations\": []}",
        "{\"format\": \"ergraph-graph\", \"version\": 1, \"documents\": {}, \"entities\": [], \"relations\": []}",
        "{\"format\": \"ergraph-graph\", \"version\": 1, \"documents\": [], \"entities\": [null], \"relations\": []}",
        "\u{FEFF}{\"format\": \"ergraph-graph\"",
        "{\"format\": \"ergraph-graph\", \"version\": \"1\"}",
    ]

    @Test(arguments: inputs.indices)
    func failsCleanly(index: Int) {
        #expect(throws: ExportError.self) { try GraphJSON.decode(Data(Self.inputs[index].utf8), path: "bad.json") }
    }

    @Test func invalidUTF8IsAnError() {
        #expect(throws: ExportError.self) { try GraphJSON.decode(Data([0x7B, 0xFF, 0xFE, 0x7D]), path: "bad.json") }
    }
}
