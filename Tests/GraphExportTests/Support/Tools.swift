import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Independent readers used by the tests: xmllint, Graphviz's own `dot` program (tests only),
/// and Foundation's XMLParser.
enum Tools {
    static let schemaDirectory: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }   // Tools.swift, Support, GraphExportTests, Tests
        let shared = url.deletingLastPathComponent().appendingPathComponent("shared/schemas/graphml")
        if let env = ProcessInfo.processInfo.environment["ERGRAPH_SHARED"] {
            return URL(fileURLWithPath: env).appendingPathComponent("schemas/graphml")
        }
        return shared
    }()

    static func which(_ program: String) -> String? {
        ["/usr/bin/\(program)", "/usr/local/bin/\(program)", "/bin/\(program)"].first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    struct Result {
        var status: Int32
        var stdout: Data
        var stderr: String
    }

    static func run(_ executable: String, _ arguments: [String], stdin: Data? = nil,
                    environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let out = Pipe()
        let errFile = try temporaryFile(Data(), extension: "stderr")
        let inFile = try temporaryFile(stdin ?? Data(), extension: "stdin")
        defer {
            try? FileManager.default.removeItem(at: errFile)
            try? FileManager.default.removeItem(at: inFile)
        }
        let errHandle = try FileHandle(forWritingTo: errFile)
        let inHandle = try FileHandle(forReadingFrom: inFile)
        process.standardOutput = out
        process.standardError = errHandle
        process.standardInput = inHandle
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try? errHandle.close()
        try? inHandle.close()
        let errData = (try? Data(contentsOf: errFile)) ?? Data()
        return Result(status: process.terminationStatus, stdout: outData, stderr: String(decoding: errData, as: UTF8.self))
    }

    static func temporaryFile(_ data: Data, extension ext: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ergraph-test-\(UUID().uuidString).\(ext)")
        try data.write(to: url)
        return url
    }

    /// xmllint's verdict on `data` as XML (with the GraphML schema when `schema` is true):
    /// nil when it is fine, else xmllint's complaint. Throws when xmllint is missing.
    static func xmllint(_ data: Data, schema: Bool) throws -> String? {
        guard let xmllint = which("xmllint") else { throw ToolMissing(name: "xmllint") }
        let file = try temporaryFile(data, extension: schema ? "graphml" : "xml")
        defer { try? FileManager.default.removeItem(at: file) }
        var arguments = ["--nonet", "--noout"]
        if schema { arguments += ["--schema", schemaDirectory.appendingPathComponent("graphml.xsd").path] }
        arguments.append(file.path)
        let result = try run(xmllint, arguments,
                             environment: ["XML_CATALOG_FILES": schemaDirectory.appendingPathComponent("catalog.xml").path])
        return result.status == 0 ? nil : result.stderr
    }

    /// `dot -Tcanon` of `dot`: Graphviz's own reader and writer.
    static func dotCanon(_ dot: Data) throws -> Result {
        guard let program = which("dot") else { throw ToolMissing(name: "dot") }
        return try run(program, ["-Tcanon"], stdin: dot)
    }

    struct ToolMissing: Error, CustomStringConvertible {
        var name: String
        var description: String { "\(name) is not installed (make test installs it)" }
    }
}

/// A parsed XML element tree (Foundation's XMLParser, not our writer), enough to inspect outputs.
final class XMLNode {
    let name: String
    let attributes: [String: String]
    var children: [XMLNode] = []
    var text = ""
    weak var parent: XMLNode?

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    func all(_ name: String) -> [XMLNode] {
        (self.name == name ? [self] : []) + children.flatMap { $0.all(name) }
    }

    /// All text inside this element, in document order.
    var allText: String { text + children.map(\.allText).joined() }

    static func parse(_ data: Data) throws -> XMLNode {
        let delegate = Delegate()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = false
        parser.delegate = delegate
        guard parser.parse(), let root = delegate.root else {
            throw ParseError(message: parser.parserError.map { "\($0)" } ?? "no root element")
        }
        return root
    }

    struct ParseError: Error { var message: String }

    private final class Delegate: NSObject, XMLParserDelegate {
        var root: XMLNode?
        var stack: [XMLNode] = []

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            let node = XMLNode(name: elementName, attributes: attributeDict)
            node.parent = stack.last
            stack.last?.children.append(node)
            if root == nil { root = node }
            stack.append(node)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            _ = stack.popLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }
    }
}
