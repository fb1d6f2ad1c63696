import Testing
@testable import EntityGraph

@Suite struct GraphMergeTests {
    let doc1 = SourceDocument(id: "a", path: "in/a.txt")
    let doc2 = SourceDocument(id: "b", path: "in/b.txt")

    func mention(_ doc: String, _ start: Int, _ text: String) -> Mention {
        Mention(document: doc, start: start, end: start + text.unicodeScalars.count, text: text)
    }

    func evidence(_ doc: String, rule: String, confidence: Double = 0.8) -> Evidence {
        Evidence(document: doc, sentence: 0, start: 0, end: 10, text: "sentence of \(doc)", rule: rule,
                 confidence: confidence)
    }

    @Test func sameOrganizationInTwoDocumentsBecomesOneNodeListingBoth() {
        let a = Graph(documents: [doc1], entities: [
            Entity(kind: .organization, label: "وزارة الخارجية العراقية", aliases: ["الخارجية العراقية"],
                   mentions: [mention("a", 3, "وزارة الخارجية العراقية")]),
        ])
        let b = Graph(documents: [doc2], entities: [
            Entity(kind: .organization, label: "الخارجية العراقية", mentions: [mention("b", 7, "الخارجية العراقية"),
                                                                              mention("b", 40, "الخارجية العراقية")]),
        ])
        let merged = a.merging(b)
        #expect(merged.entities.count == 1)
        let org = merged.entities[0]
        #expect(org.documents == ["a", "b"])
        #expect(org.mentions.count == 3)
        #expect(Set(org.surfaceForms) == ["وزارة الخارجية العراقية", "الخارجية العراقية"])
        #expect(merged.documents.map(\.id) == ["a", "b"])
    }

    @Test func bodiesReferredToByTheSameDefiniteNounStayApart() {
        // Two documents each call a different ministry "الوزارة"; the label still merges.
        let a = Graph(entities: [Entity(kind: .organization, label: "وزارة الصحة", aliases: ["الوزارة"])])
        let b = Graph(entities: [Entity(kind: .organization, label: "وزارة النقل", aliases: ["الوزارة"])])
        #expect(a.merging(b).entities.count == 2)
        let c = Graph(entities: [Entity(kind: .organization, label: "الوزارة")])
        #expect(a.merging(c).entities.count == 2)
        let d = Graph(entities: [Entity(kind: .organization, label: "قوات سوريا الديمقراطية", aliases: ["قسد"])])
        let e = Graph(entities: [Entity(kind: .organization, label: "قسد")])
        #expect(d.merging(e).entities.count == 1)
    }

    @Test func spellingVariantsShareANameKey() {
        #expect(NameKey("«إلهامُ أحمد»") == NameKey("الهام احمد"))
        #expect(NameKey("مجلس  الرقة") == NameKey("مجلس الرقة"))
        #expect(NameKey("مدرسة") == NameKey("مدرسه"))
        #expect(NameKey("فيدرالية روج آفا – شمال سوريا") == NameKey("فيدرالية روج آفا - شمال سوريا"))
        #expect(NameKey("٢٠١٧") == NameKey("2017"))
        #expect(NameKey("Alex Starr") == NameKey("alex  starr"))
        #expect(NameKey("مجلس الرقة") != NameKey("مجلس الطبقة"))
        #expect(NameKey("سعد \u{0007}الحربي\u{0085}") == NameKey("سعد الحربي"))
    }

    @Test func differentKindsWithTheSameNameStayApart() {
        let g = Graph(entities: [Entity(kind: .place, label: "الرقة"), Entity(kind: .organization, label: "الرقة")])
        #expect(g.entities.count == 2)
        #expect(Set(g.entities.map(\.kind)) == [.place, .organization])
    }

    @Test func peopleSharingOnlyAFirstNameAreNotMerged() {
        let a = Graph(entities: [Entity(kind: .person, label: "أحمد شعبان", aliases: ["أحمد"])])
        let b = Graph(entities: [Entity(kind: .person, label: "روشن أحمد", aliases: ["أحمد"])])
        #expect(a.merging(b).entities.count == 2)
        let c = Graph(entities: [Entity(kind: .person, label: "أحمد شعبان")])
        #expect(a.merging(c).entities.count == 1)
    }

    @Test func mergeIsTransitiveThroughAliases() {
        let g = Graph(entities: [
            Entity(kind: .organization, label: "قوات سوريا الديمقراطية", aliases: ["قسد"]),
            Entity(kind: .organization, label: "قسد"),
            Entity(kind: .organization, label: "«قسد»", aliases: ["قوات قسد"]),
        ])
        #expect(g.entities.count == 1)
        #expect(g.entities[0].label == "قوات سوريا الديمقراطية" || g.entities[0].aliases.contains("قوات سوريا الديمقراطية"))
        #expect(g.entities[0].aliases.contains("قوات قسد") || g.entities[0].label == "قوات قسد")
    }

    @Test func relationsAreDeduplicatedKeepingAllEvidence() {
        let p = Entity(kind: .person, label: "سامر خليل")
        let o = Entity(kind: .organization, label: "نقابة المهندسين")
        let g = Graph(documents: [doc1, doc2], entities: [p, o], relations: [
            Relation(source: p.id, type: .memberOf, target: o.id, role: "نقيب", evidence: [evidence("a", rule: "r1", confidence: 0.6)]),
            Relation(source: p.id, type: .memberOf, target: o.id, role: "نقيب", evidence: [evidence("b", rule: "r1", confidence: 0.9)]),
            Relation(source: p.id, type: .memberOf, target: o.id, role: "عضو", evidence: [evidence("b", rule: "r2")]),
        ])
        #expect(g.relations.count == 2)
        let naqib = g.relations.first { $0.role == "نقيب" }
        #expect(naqib?.evidence.map(\.document) == ["a", "b"])
        #expect(naqib?.confidence == 0.9)
        #expect(g.relations.map(\.id) == ["r1", "r2"])
    }

    @Test func symmetricRelationsAreOneRelationWhicheverTheDirection() {
        let a = Entity(kind: .organization, label: "حزب الأمل")
        let b = Entity(kind: .organization, label: "حزب العمل")
        let g = Graph(entities: [a, b], relations: [
            Relation(source: a.id, type: .cooperatesWith, target: b.id, evidence: [evidence("a", rule: "x")]),
            Relation(source: b.id, type: .cooperatesWith, target: a.id, evidence: [evidence("b", rule: "x")]),
            Relation(source: b.id, type: .leads, target: a.id),
            Relation(source: a.id, type: .leads, target: b.id),
        ])
        #expect(g.relations.filter { $0.type == .cooperatesWith }.count == 1)
        #expect(g.relations.filter { $0.type == .leads }.count == 2)
    }

    @Test func relationsToMissingOrMergedAwayEndpointsAreDropped() {
        let a = Entity(kind: .organization, label: "قسد")
        let b = Entity(kind: .organization, label: "قوات سوريا الديمقراطية", aliases: ["قسد"])
        let g = Graph(entities: [a, b], relations: [
            Relation(source: a.id, type: .partOf, target: b.id),
            Relation(source: a.id, type: .partOf, target: "organization-000000000000"),
        ])
        #expect(g.entities.count == 1)
        #expect(g.relations.isEmpty)
    }

    @Test func idsAreDeterministicAsciiAndIndependentOfInputOrder() {
        let entities = [
            Entity(kind: .person, label: "ليلى مصطفى"), Entity(kind: .place, label: "عين عيسى"),
            Entity(kind: .event, label: "اجتماع موسع"), Entity(kind: .organization, label: "مجلس الرقة المدني"),
        ]
        let g1 = Graph(entities: entities)
        let g2 = Graph(entities: entities.reversed())
        #expect(g1 == g2)
        #expect(Entity(kind: .person, label: "ليلى مصطفى").id == Entity(kind: .person, label: "ليلى مُصطفى").id)
        for e in g1.entities {
            #expect(e.id.hasPrefix(e.kind.rawValue + "-"))
            #expect(e.id.unicodeScalars.allSatisfy { $0.isASCII && ($0 == "-" || $0.properties.isAlphabetic || ("0"..."9").contains($0)) })
        }
        #expect(StableID.entity(kind: .person, label: "abc") == "person-" + StableID.hex12(StableID.fnv1a64("abc")))
        #expect(StableID.fnv1a64("") == 0xcbf2_9ce4_8422_2325)
        #expect(StableID.fnv1a64("a") == 0xaf63_dc4c_8601_ec8c)
    }

    @Test func subgraphKeepsOnlyRelationsAmongKeptEntities() {
        let p = Entity(kind: .person, label: "هدى سالم")
        let o = Entity(kind: .organization, label: "جمعية الهلال")
        let e = Entity(kind: .event, label: "ندوة")
        let g = Graph(entities: [p, o, e], relations: [
            Relation(source: p.id, type: .memberOf, target: o.id), Relation(source: p.id, type: .attended, target: e.id),
        ])
        let sub = g.subgraph(entityIDs: [p.id, o.id])
        #expect(sub.entities.count == 2)
        #expect(sub.relations.map(\.type) == [.memberOf])
        #expect(g.entity(id: e.id)?.label == "ندوة")
        #expect(g.entity(id: "event-zzz") == nil)
    }
}

@Suite struct SortedUniqueTests {
    @Test func sortsAndDropsRepeatsOnlyWhenNeeded() {
        #expect(sortedUnique([1, 2, 3]) == [1, 2, 3])
        #expect(sortedUnique([3, 1, 2, 1]) == [1, 2, 3])
        #expect(sortedUnique([1, 1]) == [1])
        #expect(sortedUnique([Int]()) == [])
    }
}
