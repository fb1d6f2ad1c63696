import Testing
@testable import EntityExtraction

@Suite struct TransliteratorTests {
    let table = Transliterator.builtIn

    @Test func theBuiltInTableLoads() throws {
        let loaded = try Transliterator.loadBuiltIn()
        #expect(loaded.letters.count >= 28)
        #expect(loaded.words.count >= 100)
    }

    @Test func establishedSpellingsWin() {
        #expect(table.latin(for: "محمد") == "Mohammed")
        #expect(table.latin(for: "أحمد") == "Ahmed")
        #expect(table.latin(for: "عبد الله") == "Abd Allah")
        #expect(table.latin(for: "ليلى") == "Leila")
        #expect(table.latin(for: "اجتماع موسع") == "Ijtima' Muwassa'")
        #expect(table.latin(for: "مأدبة غداء") == "Ma'daba Ghada'")
    }

    @Test func unknownNamesGetVowelsFromRules() {
        // و and ي between consonants are vowels; an `a` separates the first consonants.
        #expect(table.latin(for: "كوباني") == "Kubani")
        #expect(table.latin(for: "سيدو") == "Sidu")
        #expect(table.latin(for: "مظلوم كوباني") == "Mazloum Kubani")
        #expect(table.latin(for: "وليد") == "Walid")
        #expect(table.latin(for: "زهران") == "Zahran")
    }

    @Test func theArticleBecomesAlDash() {
        #expect(table.latin(for: "الحياة") == "al-Hayat")
        #expect(table.latin(for: "وزارة الخارجية") == "Wazara al-Kharjiya")
        #expect(table.latin(for: "قوى الأمن للرقة") == "Qawa al-Amn lil-Raqa")
        #expect(table.latin(for: "مركز التنسيق والعلاقات مع التحالف") == "Markaz al-Tansiq wal-'Alaqat ma'a al-Tahalf")
    }

    @Test func diacriticsQuotesAndLatinPassThroughSensibly() {
        #expect(table.latin(for: "مُحَمَّد") == "Mohammed")
        #expect(table.latin(for: "«سامي»") == "Sami")
        #expect(table.latin(for: "NATO 2024") == "NATO 2024")
        #expect(table.latin(for: "").isEmpty)
        #expect(table.latin(for: "جامعة").allSatisfy { $0.isASCII })
    }

    @Test func wordsThatFoldTogetherResolveTheSameWayWhateverTheOrder() {
        for _ in 0..<20 {
            let t = Transliterator(letters: [:], words: ["على": "'ala", "علي": "Ali", "ليلى": "Leila"].shuffledDictionary())
            #expect(t.latin(for: "علي") == "'ala")   // "على" sorts first
        }
        #expect(table.latin(for: "حسن محمد علي") == "Hassan Mohammed Ali")
    }

    @Test func tablesFromALexiconAddSpellings() throws {
        let extended = table.adding(words: ["كوباني": "Kobani"])
        #expect(extended.latin(for: "مظلوم كوباني") == "Mazloum Kobani")
        #expect(throws: TransliterationTableError.self) {
            try Transliterator(yaml: "letters:\n  ab: x\n", path: "bad.yaml")
        }
    }
}

@Suite struct LatinLabelTests {
    @Test func everyEntityGetsALatinLabelAndLexiconNamesAreKept() {
        let known = Entity(kind: .organization, label: "الأمم المتحدة", labelLatin: "United Nations")
        let person = Entity(kind: .person, label: "سامي حداد")
        let g = Graph(entities: [known, person]).fillingLatinLabels()
        #expect(g.entity(id: known.id)?.labelLatin == "United Nations")
        #expect(g.entity(id: person.id)?.labelLatin == "Sami Hadad")
        #expect(g.entities.map(\.id) == Graph(entities: [known, person]).entities.map(\.id))
    }
}

extension Dictionary {
    /// The same dictionary rebuilt in a random insertion order.
    func shuffledDictionary() -> [Key: Value] {
        var copy: [Key: Value] = [:]
        for (key, value) in self.shuffled() { copy[key] = value }
        return copy
    }
}

@Suite struct KnownEnglishNameTests {
    @Test func aPlaceInsideAPersonsNameLendsItNoEnglishName() throws {
        let text = "أكد القائد العام لقوات الحماية الشعبية مظلوم كوباني أن الوضع مستقر في مدينة كوباني."
        let graph = try Extractor().extract(text: text, document: SourceDocument(id: "d", path: "d.txt"))
        let person = graph.entities.first { $0.kind == .person && $0.label == "مظلوم كوباني" }
        #expect(person != nil)
        // Not the town's English name from the gazetteer; the batch step transliterates it.
        #expect(person?.labelLatin == nil)
        #expect(graph.fillingLatinLabels().entity(id: person?.id ?? "")?.labelLatin == "Mazloum Kubani")
    }
}
