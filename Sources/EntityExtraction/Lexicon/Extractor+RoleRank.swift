extension Extractor {
    /// How senior a role is by the lexicon's `roles` (1 heads an organization, 2 deputy or senior
    /// office, 3 member or staff), or nil for a role the lexicon does not know.
    ///
    /// The longest known role at the start of the text decides, with or without the article:
    /// "الرئيس المشترك" ranks as رئيس, "ناطق باسم الوزارة" as ناطق.
    public func roleRank(_ role: String) -> Int? {
        let words = Normalizer.key(role).split(separator: " ").map(String.init)
        var count = words.count
        while count > 0 {
            let phrase = words[0..<count].joined(separator: " ")
            if let form = lexicon.roles.lookup(phrase) ?? Morphology.stripArticle(phrase).flatMap(lexicon.roles.lookup) {
                return form.rank
            }
            count -= 1
        }
        return nil
    }
}
