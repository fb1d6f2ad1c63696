import Foundation

/// The documents named by a command line's inputs, in the order a user expects.
///
/// An input is a file, a folder (every `.txt` inside, recursively, in sorted path order) or `-`
/// for standard input. Document ids are file stems, made unique in input order (`report`,
/// `report-2`, ...). Inputs that cannot be used are reported as failures, never dropped silently,
/// and never stop the other inputs.
public struct InputCollection: Sendable {
    /// A document to read: its id and where its bytes come from.
    public struct Item: Sendable, Equatable {
        public enum Origin: Sendable, Equatable {
            case file(URL)
            case standardInput
        }
        public var document: SourceDocument
        public var origin: Origin
    }

    public private(set) var items: [Item] = []
    public private(set) var failures: [ExtractionFailure] = []

    /// Expands the inputs; `fileManager` is only read from.
    public init(inputs: [String], fileManager: FileManager = .default) {
        var usedIDs: [String: Int] = [:]
        func uniqueID(_ stem: String) -> String {
            let base = stem.isEmpty ? "document" : stem
            let count = usedIDs[base, default: 0] + 1
            usedIDs[base] = count
            var id = count == 1 ? base : "\(base)-\(count)"
            while count > 1, usedIDs[id] != nil { id += "x" }
            if count > 1 { usedIDs[id] = 1 }
            return id
        }
        var seenStdin = false
        for input in inputs {
            if input == "-" {
                if seenStdin { continue }
                seenStdin = true
                items.append(Item(document: SourceDocument(id: uniqueID("stdin"), path: "-"), origin: .standardInput))
                continue
            }
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: input, isDirectory: &isDirectory) else {
                failures.append(ExtractionFailure(path: input, message: "no such file or directory"))
                continue
            }
            if isDirectory.boolValue {
                let files = Self.textFiles(under: input, fileManager: fileManager)
                if files.isEmpty {
                    failures.append(ExtractionFailure(path: input, message: "folder holds no .txt document"))
                }
                for path in files {
                    let url = URL(fileURLWithPath: path)
                    items.append(Item(document: SourceDocument(id: uniqueID(url.deletingPathExtension().lastPathComponent),
                                                               path: path),
                                      origin: .file(url)))
                }
            } else {
                let url = URL(fileURLWithPath: input)
                items.append(Item(document: SourceDocument(id: uniqueID(url.deletingPathExtension().lastPathComponent),
                                                           path: input),
                                  origin: .file(url)))
            }
        }
    }

    /// Every `.txt` file under `folder`, recursively, sorted by path (byte order, not locale).
    static func textFiles(under folder: String, fileManager: FileManager) -> [String] {
        guard let enumerator = fileManager.enumerator(atPath: folder) else { return [] }
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            guard relative.lowercased().hasSuffix(".txt") else { continue }
            let path = (folder as NSString).appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            if fileManager.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                found.append(path)
            }
        }
        return found.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }
}

/// An input that could not be processed: which one, and why.
public struct ExtractionFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var message: String
    /// The `ExtractionError` behind the failure, whose message already names the file.
    public var error: ExtractionError?

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public init(path: String, error: ExtractionError) {
        self.path = path
        self.message = error.description
        self.error = error
    }

    public var description: String {
        error != nil ? message : "\(path == "-" ? "standard input" : path): \(message)"
    }
}
