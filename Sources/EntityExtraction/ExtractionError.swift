import Foundation

/// What can go wrong before extraction starts: an input that cannot be decoded, or language data
/// that cannot be read. Every case names the file and says what to do.
///
/// `code` is stable (scripts may match on it); `description` is for people.
public enum ExtractionError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The file's bytes are not UTF-8, UTF-16 with a BOM, or Windows-1256 Arabic.
    case undecodableText(path: String, detail: String)
    /// A lexicon file could not be read from disk.
    case unreadableLexicon(path: String, detail: String)
    /// A lexicon file is not valid YAML, or its shape is not the lexicon format.
    case invalidLexicon(path: String, detail: String)
    /// The built-in language data (Resources/ar) was not found next to the program.
    case missingResources(searched: [String])

    public var code: String {
        switch self {
        case .undecodableText: return "E101"
        case .unreadableLexicon: return "E201"
        case .invalidLexicon: return "E202"
        case .missingResources: return "E301"
        }
    }

    public var description: String {
        switch self {
        case let .undecodableText(path, detail):
            return "error \(code): \(path): cannot decode the text (\(detail)); save it as UTF-8 and try again"
        case let .unreadableLexicon(path, detail):
            return "error \(code): \(path): cannot read the lexicon file (\(detail)); check the path and permissions"
        case let .invalidLexicon(path, detail):
            return "error \(code): \(path): not a valid lexicon: \(detail); see LEXICON.md for the format"
        case let .missingResources(searched):
            return "error \(code): the built-in language data (ERGraph_EntityExtraction.resources) was not found; "
                + "keep it next to the ergraph binary or set ERGRAPH_RESOURCES to its folder (searched: "
                + searched.joined(separator: ", ") + ")"
        }
    }
}
