import Foundation

/// Turns Arabic news text into an entity graph.
///
/// The pipeline, each stage a small type over plain values:
/// `Normalizer` → `SentenceSplitter` → `Tokenizer` → `MentionFinder` → `EventSegmenter` → `Resolver` →
/// `RelationFinder`, with the language data of `Resources/ar/*.yaml` plus any user lexicons.
///
///     let extractor = try Extractor()
///     let graph = extractor.extract(text: text, document: SourceDocument(id: "a", path: "a.txt"))
///
/// `extract` is pure and thread-safe: one `Extractor` may serve many documents in parallel.
public struct Extractor: Sendable {
    let lexicon: Lexicon

    /// The built-in language data, then `lexiconFiles` in order (their entries add to it).
    /// Throws `ExtractionError` naming the file for unreadable or malformed lexicons.
    public init(lexiconFiles: [URL] = []) throws {
        var lexicon = try Extractor.builtinLexicon()
        for url in lexiconFiles {
            let yaml: String
            do {
                yaml = try TextDecoding.decode(try Data(contentsOf: url), path: url.path)
            } catch let error as ExtractionError {
                throw ExtractionError.invalidLexicon(path: url.path, detail: error.description)
            } catch {
                throw ExtractionError.unreadableLexicon(path: url.path, detail: error.localizedDescription)
            }
            try lexicon.add(try LexiconFile.parse(yaml, path: url.path), path: url.path)
        }
        lexicon.buildIndex()
        self.lexicon = lexicon
    }

    /// Built from YAML strings (for tests and embedding): built-in data first unless `builtin` is false.
    init(yaml: [String], builtin: Bool = true) throws {
        var lexicon = builtin ? try Extractor.builtinLexicon() : Lexicon()
        for (n, text) in yaml.enumerated() {
            try lexicon.add(try LexiconFile.parse(text, path: "<lexicon \(n + 1)>"), path: "<lexicon \(n + 1)>")
        }
        lexicon.buildIndex()
        self.lexicon = lexicon
    }

    /// The data files of `Resources/ar`, in load order.
    static let builtinFiles = ["stopwords", "titles", "roles", "organizations", "events", "relations", "dates",
                               "gazetteer", "places", "localities", "names", "anercorp-train-gazetteer"]

    static func builtinLexicon() throws -> Lexicon {
        let directory = try ResourceLocator.arabicDirectory()
        var lexicon = Lexicon()
        for name in builtinFiles {
            let url = directory.appendingPathComponent(name + ".yaml")
            guard let data = FileManager.default.contents(atPath: url.path) else {
                if name == "anercorp-train-gazetteer" { continue }
                throw ExtractionError.unreadableLexicon(path: url.path, detail: "missing built-in file")
            }
            let yaml = String(decoding: data, as: UTF8.self)
            try lexicon.add(try LexiconFile.parse(yaml, path: url.path), path: url.path)
        }
        return lexicon
    }

    /// One document's graph. Offsets in mentions and evidence are Unicode scalar offsets into `text`.
    public func extract(text: String, document: SourceDocument) -> Graph {
        let normalized = Normalizer.normalize(text)
        var sentences = SentenceSplitter.split(normalized)
        for i in sentences.indices { sentences[i].tokens = Tokenizer.tokenize(normalized, sentences[i]) }
        var findings = MentionFinder(lexicon: lexicon).find(normalized, sentences)
        let episodes = EventSegmenter(lexicon: lexicon).segment(&findings.candidates, sentences: sentences, text: normalized)
        let resolution = Resolver(lexicon: lexicon).resolve(findings.candidates, sentences: sentences, text: normalized, episodes: episodes)
        let (found, dates, places) = RelationFinder(lexicon: lexicon).find(sentences: sentences, resolution: resolution, findings: findings)
        if Extractor.tracing { Extractor.trace(document, findings, resolution, found) }
        return GraphBuilder(text: normalized, sentences: sentences, document: document)
            .build(resolution: resolution, relations: found, dates: dates, places: places)
    }
}

extension Extractor {
    /// With `ERGRAPH_TRACE` set, each document's candidate mentions and relations are written to
    /// standard error with the rule that found them: how a lexicon author sees why a name was read.
    static let tracing = ProcessInfo.processInfo.environment["ERGRAPH_TRACE"] != nil

    static func trace(_ document: SourceDocument, _ findings: Findings, _ resolution: Resolution, _ found: [FoundRelation]) {
        var lines = ["# \(document.id)"]
        for c in findings.candidates {
            lines.append("mention\t\(c.kind.rawValue)\t\(c.rule)\t\(c.sentence)\t\(c.surface)")
        }
        for r in found {
            let source = resolution.entities[r.source].forms.first ?? "", target = resolution.entities[r.target].forms.first ?? ""
            lines.append("relation\t\(r.type.rawValue)\t\(r.rule)\t\(r.sentence)\t\(source)\t\(target)\t\(r.role ?? "")")
        }
        FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }
}

/// Turns resolved entities and found relations into the canonical `Graph`, with provenance.
struct GraphBuilder {
    let text: NormalizedText
    let sentences: [Sentence]
    let document: SourceDocument

    func build(resolution: Resolution, relations found: [FoundRelation], dates: [Int: String], places: [Int: Int]) -> Graph {
        var related = Set<Int>()
        for r in found { related.insert(r.source); related.insert(r.target) }
        var mentionsOf: [Int: [Mention]] = [:]
        for m in resolution.mentions {
            let range = text.originalRange(m.start, m.end)
            mentionsOf[m.entity, default: []].append(Mention(document: document.id, start: range.lowerBound, end: range.upperBound, text: String(scalars: text.original[range])))
        }
        var ids: [Int: String] = [:]
        var entities: [Entity] = []
        var eventLabels: [NameKey: Int] = [:]
        for (index, e) in resolution.entities.enumerated() {
            guard let mentions = mentionsOf[index], !mentions.isEmpty else { continue }
            if !keep(e, related: related.contains(index)) { continue }
            var forms: [String] = [], formKeys: [NameKey] = []
            for (f, key) in zip(e.forms, e.formKeys) where !formKeys.contains(key) && !key.isEmpty {
                forms.append(f)
                formKeys.append(key)
            }
            guard let label = forms.first else { continue }
            let place = places[index].flatMap { resolution.entities[$0].forms.first }
            // A known entry's English name labels only the entity it names: the town in a person's
            // name ("مظلوم كوباني") is no Latin label for the person.
            let english = e.known.flatMap { known in
                known.kind == e.kind && formKeys.contains(NameKey(known.name)) ? known.english : nil
            }
            var entity = Entity(kind: e.kind, label: label, aliases: Array(forms.dropFirst()), labelLatin: english,
                                subtype: e.subtype, date: dates[index], place: place, mentions: mentions)
            if entity.kind == .event {
                // Events are scoped to their document (and numbered within it): two articles'
                // "الاجتماع" are two meetings, and so are two meetings of one article.
                let key = NameKey(label)
                let ordinal = eventLabels[key, default: 0]
                eventLabels[key] = ordinal + 1
                entity.id = StableID.event(label: key, document: document.id, ordinal: ordinal)
            }
            ids[index] = entity.id
            entities.append(entity)
        }
        var relations: [Relation] = []
        // A sentence that states several relations is cut from the text once.
        var quoted: [Int: (range: Range<Int>, text: String)] = [:]
        for r in found {
            guard let source = ids[r.source], let target = ids[r.target] else { continue }
            let cut: (range: Range<Int>, text: String)
            if let known = quoted[r.sentence] {
                cut = known
            } else {
                let sentence = sentences[r.sentence]
                let range = text.originalRange(sentence.start, sentence.end)
                cut = (range, String(scalars: text.original[range]))
                quoted[r.sentence] = cut
            }
            let range = cut.range
            let evidence = Evidence(document: document.id, sentence: r.sentence, start: range.lowerBound, end: range.upperBound,
                                    text: cut.text, rule: r.rule, confidence: r.confidence)
            relations.append(Relation(source: source, type: r.type, target: target, role: r.role, evidence: [evidence]))
        }
        return Graph(documents: [document], entities: entities, relations: relations)
    }

    /// Precision: events only when something relates to them; one-word persons only from a title.
    func keep(_ e: ResolvedEntity, related: Bool) -> Bool {
        switch e.kind {
        case .event:
            return related
        case .person:
            return e.formKeys[0].wordCount >= 2 || e.confidence >= 0.8 || related
        default:
            return true
        }
    }
}
