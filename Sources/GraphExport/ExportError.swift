/// Why an export or a graph file read failed. Every message names the file or format and the problem.
public enum ExportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A graph JSON file is not valid JSON, or not the shape ERGraph writes.
    case invalidGraphJSON(path: String, problem: String)
    /// libgraphviz reported an error (its own message) while doing `operation`.
    case graphviz(operation: String, message: String)
    /// A layout engine or output format is missing from the linked Graphviz plugins.
    case pluginUnavailable(kind: String, name: String, available: [String])
    /// A file or directory could not be written.
    case writeFailed(path: String, problem: String)

    public var description: String {
        switch self {
        case let .invalidGraphJSON(path, problem):
            return "\(path): \(problem)"
        case let .graphviz(operation, message):
            return "graphviz \(operation) failed: \(message.isEmpty ? "no message" : message)"
        case let .pluginUnavailable(kind, name, available):
            return "graphviz has no \(kind) plugin '\(name)' (available: \(available.joined(separator: ", ")))"
        case let .writeFailed(path, problem):
            return "\(path): cannot write: \(problem)"
        }
    }
}
