import Foundation
import Yams

/// The shape of a lexicon YAML file. The built-in files in `Resources/ar/` and the user's
/// `--lexicon` files share it: every key is optional and lists add to what is already known.
/// See `Resources/LEXICON.md`.
struct LexiconFile: Decodable {
    struct RoleEntry: Decodable {
        var singular: String
        var feminine: String?
        var dual: [String]?
        var plural: [String]?
        var rank: Int?
        var relation: String?
    }
    struct EventEntry: Decodable {
        var subtype: String
        var forms: [String]
    }
    struct PlaceEntry: Decodable {
        var name: String
        var variants: [String]?
        var english: String?
        var type: String?
        var gentilic: [String]?
    }
    struct NamedEntry: Decodable {
        var name: String
        var variants: [String]?
        var english: String?
    }
    /// A known entity of any kind (user lexicons): `kind` is person, organization, place or event.
    struct EntityEntry: Decodable {
        var name: String
        var kind: String
        var variants: [String]?
        var english: String?
    }

    var titles: [String]?
    var plural_titles: [String]?
    var roles: [RoleEntry]?
    var modifiers: [RoleEntry]?
    var heads: [String]?
    var name_heads: [String]?
    var gentilic_heads: [String]?
    var head_synonyms: [String: String]?
    var office_domains: [String: String]?
    var office_bodies: [String: [String]]?
    var generic_bodies: [String]?
    var boards: [String]?
    var regnal_numbers: [String]?
    var event_blockers: [String]?
    var landmarks: [String]?
    var definite_only_events: [String]?
    var event_families: [String: [String]]?
    var episode_referents: [String]?
    var touring_events: [String]?
    var acting_qualifiers: [String]?
    var state_prefixes: [String]?
    var reply_openers: [String]?
    var episode_openers: [String]?
    var verb_events: [String: [String]]?
    var event_wrappers: [String]?
    var during_words: [String]?
    var in_it: [String]?
    var background_openers: [String]?
    var background_particles: [String]?
    var separate_event_words: [String]?
    var signing_verbs: [String]?
    var relative_pronouns: [String]?
    var unit_ordinals: [String]?
    var role_prepositions: [String]?
    var planned_before: [String]?
    var planned_after: [String]?
    var signing_sides: [String]?
    var eponym_titles: [String]?
    var sub_body_heads: [String]?
    var generic_wrappers: [String]?
    var anaphora: [String]?
    var relational_complements: [String]?
    var purpose_nouns: [String]?
    var events: [EventEntry]?
    var qualifiers: [String]?
    var holding_verbs: [String]?
    var container_events: [String]?
    var event_openers: [String]?
    var attendance: [String]?
    var after_event: [String]?
    var list_openers: [String]?
    var meeting_verbs: [String]?
    var organizer: [String]?
    var represents: [String]?
    var delegation: [String]?
    var host_cues: [String]?
    var part_of: [String]?
    var leads: [String]?
    var cooperation: [String]?
    var opposition: [String]?
    var speech_verbs: [String]?
    var first_person: [String]?
    var months: [String: [String]]?
    var weekdays: [String: [String]]?
    var relative_days: [String: Int]?
    var year_words: [String]?
    var stopwords: [String]?
    var places: [PlaceEntry]?
    var gentilics: [String]?
    var organizations: [NamedEntry]?
    var persons: [NamedEntry]?
    var entities: [EntityEntry]?
    var kind_words: [String]?
    var directions: [String]?
    var location_prepositions: [String]?
    var premises: [String]?
    var given_names: [String]?
    var particles: [String]?
    var family_names: [String]?
    var person_names: [String]?
    var organization_names: [String]?
    var place_names: [String]?
    var notice: String?

    static let knownKeys: Set<String> = [
        "titles", "plural_titles", "roles", "modifiers", "heads", "name_heads", "gentilic_heads", "head_synonyms",
        "office_domains", "office_bodies", "generic_bodies", "boards", "regnal_numbers", "event_blockers", "landmarks", "definite_only_events", "event_families", "episode_referents", "touring_events", "acting_qualifiers", "state_prefixes", "reply_openers", "episode_openers", "verb_events", "event_wrappers", "during_words", "in_it", "background_openers", "background_particles", "separate_event_words", "signing_verbs", "relative_pronouns", "unit_ordinals", "role_prepositions", "planned_before", "planned_after", "signing_sides", "eponym_titles", "sub_body_heads",
        "generic_wrappers", "anaphora", "relational_complements", "purpose_nouns", "events", "qualifiers", "holding_verbs", "container_events", "event_openers", "attendance", "after_event",
        "list_openers", "meeting_verbs", "organizer", "represents", "delegation", "host_cues", "part_of", "leads", "cooperation",
        "opposition", "speech_verbs", "first_person", "months", "weekdays", "relative_days", "year_words", "stopwords",
        "places", "gentilics", "organizations", "persons", "entities", "kind_words", "directions",
        "location_prepositions", "premises", "given_names", "particles", "family_names", "person_names",
        "organization_names", "place_names", "notice",
    ]

    /// Parses one file; errors name the file and the problem.
    static func parse(_ yaml: String, path: String) throws -> LexiconFile {
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch {
            throw ExtractionError.invalidLexicon(path: path, detail: "YAML syntax error: \(error)")
        }
        guard let node else { return LexiconFile() }
        guard let mapping = node.mapping else {
            throw ExtractionError.invalidLexicon(path: path, detail: "the top level must be a mapping of section names")
        }
        for key in mapping.keys {
            let name = key.string ?? "\(key)"
            if !knownKeys.contains(name) {
                throw ExtractionError.invalidLexicon(
                    path: path, detail: "unknown section '\(name)' (known: \(knownKeys.sorted().joined(separator: ", ")))")
            }
        }
        do {
            return try YAMLDecoder().decode(LexiconFile.self, from: yaml)
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw ExtractionError.invalidLexicon(path: path, detail: describe(context))
        } catch let DecodingError.keyNotFound(key, context) {
            throw ExtractionError.invalidLexicon(path: path, detail: "missing '\(key.stringValue)' in \(where_(context.codingPath))")
        } catch let DecodingError.dataCorrupted(context) {
            throw ExtractionError.invalidLexicon(path: path, detail: describe(context))
        } catch {
            throw ExtractionError.invalidLexicon(path: path, detail: "\(error)")
        }
    }

    private init() {}

    private static func describe(_ context: DecodingError.Context) -> String {
        "\(context.debugDescription) at \(where_(context.codingPath))"
    }

    private static func where_(_ path: [CodingKey]) -> String {
        path.isEmpty ? "the top level" : path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }
}
