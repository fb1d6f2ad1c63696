import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a graph's full view to files; `ViewWriter` writes the other views the same way.
///
/// Writes `directory/name.EXT` for each format of `options` (creating `directory`), each file
/// atomically: written in full to a temporary file in the same directory, then renamed over the
/// target, so a reader never sees half a file and a failed export leaves the old file in place.
///
/// Document text is sanitized once (`DisplayGraph`) for GraphML and the drawings; JSON is
/// written from the graph itself, losslessly. Every format is a pure function of the graph and
/// the options: the same graph gives byte-identical files.
///
///     let urls = try await GraphWriter.write(graph, options: ExportOptions(formats: [.graphml, .svg]),
///                                            to: URL(fileURLWithPath: "graphs"), name: "seeds")
///     // [graphs/seeds.graphml, graphs/seeds.svg]
public enum GraphWriter {
    /// Writes the files and returns their URLs, in the order of `options.formats` (each format once).
    public static func write(_ graph: Graph, options: ExportOptions, to directory: URL, name: String) async throws -> [URL] {
        try await ViewWriter.write(graph, view: ViewOptions(), options: options, to: directory, name: name)
    }

    /// The bytes of one format of the full view, without writing a file.
    public static func data(_ graph: Graph, format: ExportFormat, options: ExportOptions = ExportOptions()) async throws -> Data {
        var svg: Data?
        guard let page = try ViewWriter.plan(graph, view: ViewOptions(), options: options, name: "graph").first else {
            return Data()
        }
        return try await ViewWriter.data(of: page, display: DisplayGraph(page.graph), format: format, svg: &svg)
    }

    /// Writes through `body` into a temporary file next to `url`, then renames it to `url`.
    static func writeAtomically(to url: URL, _ body: (FileHandle) throws -> Void) throws {
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw ExportError.writeFailed(path: url.path, problem: "cannot create a temporary file in \(directory.path)")
        }
        do {
            let handle = try FileHandle(forWritingTo: temporary)
            do {
                try body(handle)
                try handle.synchronize()
                try handle.close()
            } catch {
                try? handle.close()
                throw error
            }
            guard rename(temporary.path, url.path) == 0 else {
                throw ExportError.writeFailed(path: url.path, problem: String(cString: strerror(errno)))
            }
        } catch let error as ExportError {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw ExportError.writeFailed(path: url.path, problem: error.localizedDescription)
        }
    }
}

/// A buffered text stream into a file, so GraphML is streamed to disk instead of built in memory.
struct FileTextStream: TextOutputStream {
    let handle: FileHandle
    private var buffer = Data()
    private(set) var failure: Error?

    init(handle: FileHandle) {
        self.handle = handle
        buffer.reserveCapacity(1 << 16)
    }

    mutating func write(_ string: String) {
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= 1 << 16 { try? flush() }
    }

    mutating func flush() throws {
        if let failure { throw failure }
        guard !buffer.isEmpty else { return }
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            failure = error
            throw error
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Post-processing that makes rendered files the same on every run.
enum ReproducibleOutput {
    /// cairo stamps PDFs with the time of rendering (`/CreationDate (D:20261123102100Z)`, or
    /// with a time zone offset). The date is replaced by a fixed one, padded with spaces outside
    /// the string so every byte offset (and so the cross-reference table) stays valid.
    static let fixedPDFDate = Array("(D:20000101000000Z)".utf8)

    static func fixPDFDates(_ data: Data) -> Data {
        var bytes = [UInt8](data)
        for keyText in ["/CreationDate", "/ModDate"] {
            let key = Array(keyText.utf8)
            var searchFrom = 0
            while let keyStart = find(key, in: bytes, from: searchFrom) {
                var index = keyStart + key.count
                while index < bytes.count, bytes[index] == 0x20 { index += 1 }
                guard index < bytes.count, bytes[index] == UInt8(ascii: "("),
                      let close = bytes[index...].firstIndex(of: UInt8(ascii: ")")) else {
                    searchFrom = keyStart + key.count
                    continue
                }
                let length = close - index + 1
                if length >= fixedPDFDate.count {
                    let replacement = fixedPDFDate + Array(repeating: 0x20, count: length - fixedPDFDate.count)
                    bytes.replaceSubrange(index...close, with: replacement)
                }
                searchFrom = close + 1
            }
        }
        return Data(bytes)
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        var index = start
        while index <= haystack.count - needle.count {
            if haystack[index] == needle[0], Array(haystack[index..<index + needle.count]) == needle { return index }
            index += 1
        }
        return nil
    }
}
