extension Graph {
    /// The graph with a Latin label on every entity: the one it has (an English name from the
    /// lexicon) or else the transliteration of its display name.
    public func fillingLatinLabels(with transliterator: Transliterator = .builtIn) -> Graph {
        // Only Latin labels change: the graph stays in canonical form as it is.
        settingLatinLabels { entity in
            guard entity.labelLatin?.isEmpty ?? true else { return entity.labelLatin }
            let latin = transliterator.latin(for: entity.label)
            return latin.isEmpty ? nil : latin
        }
    }
}
