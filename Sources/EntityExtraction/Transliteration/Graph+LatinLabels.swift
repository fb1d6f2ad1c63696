extension Graph {
    /// The graph with a Latin label on every entity: the one it has (an English name from the
    /// lexicon) or else the transliteration of its display name.
    public func fillingLatinLabels(with transliterator: Transliterator = .builtIn) -> Graph {
        Graph(documents: documents,
              entities: entities.map { entity in
                  guard entity.labelLatin?.isEmpty ?? true else { return entity }
                  var labelled = entity
                  let latin = transliterator.latin(for: entity.label)
                  labelled.labelLatin = latin.isEmpty ? nil : latin
                  return labelled
              },
              relations: relations)
    }
}
