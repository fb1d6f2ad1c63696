import Foundation
@testable import GraphExport

/// Hand-made graphs for the exporter tests (invented names, not seed text).
enum Fixtures {
    /// A small Arabic news graph: a meeting in a town, two people, two organizations, a place.
    static let documentText = "التقى سامر الحلبي، رئيس مجلس بلدة الوردة، بوفد من جمعية النخيل الزراعية في مقر المجلس ببلدة الوردة."

    static func scalarRange(of piece: String, in text: String) -> (Int, Int) {
        let scalars = Array(text.unicodeScalars), needle = Array(piece.unicodeScalars)
        for start in 0...(scalars.count - needle.count) where Array(scalars[start..<start + needle.count]) == needle {
            return (start, start + needle.count)
        }
        return (0, 0)
    }

    static func mention(_ piece: String, in doc: String = "doc_alwarda", text: String = documentText) -> Mention {
        let (start, end) = scalarRange(of: piece, in: text)
        return Mention(document: doc, start: start, end: end, text: piece)
    }

    static var arabic: Graph {
        let samer = Entity(kind: .person, label: "سامر الحلبي", aliases: ["الحلبي"], labelLatin: "Samer al-Halabi",
                           mentions: [mention("سامر الحلبي")])
        let council = Entity(kind: .organization, label: "مجلس بلدة الوردة", labelLatin: "Al-Warda Town Council",
                             mentions: [mention("مجلس بلدة الوردة")])
        let society = Entity(kind: .organization, label: "جمعية النخيل الزراعية", aliases: ["جمعية النخيل"],
                             mentions: [mention("جمعية النخيل الزراعية")])
        let meeting = Entity(kind: .event, label: "لقاء سامر الحلبي ووفد جمعية النخيل", subtype: "meeting",
                             date: "2026-03-14", place: "بلدة الوردة", mentions: [mention("التقى")])
        let town = Entity(kind: .place, label: "بلدة الوردة", labelLatin: "Al-Warda", mentions: [mention("بلدة الوردة")])
        let sentence = Evidence(document: "doc_alwarda", sentence: 0, start: 0, end: documentText.unicodeScalars.count,
                                text: documentText, rule: "test-rule", confidence: 0.9)
        return Graph(documents: [SourceDocument(id: "doc_alwarda", path: "news/doc_alwarda.txt")],
                     entities: [samer, council, society, meeting, town],
                     relations: [
                        Relation(source: samer.id, type: .memberOf, target: council.id, role: "رئيس", evidence: [sentence]),
                        Relation(source: samer.id, type: .attended, target: meeting.id, evidence: [sentence]),
                        Relation(source: society.id, type: .attended, target: meeting.id, evidence: [sentence]),
                        Relation(source: meeting.id, type: .heldAt, target: town.id, evidence: [sentence]),
                        Relation(source: council.id, type: .locatedIn, target: town.id, evidence: [sentence]),
                        Relation(source: council.id, type: .cooperatesWith, target: society.id,
                                 evidence: [Evidence(document: "doc_alwarda", sentence: 0, start: 0, end: 5, text: "التقى",
                                                     rule: "other-rule", confidence: 0.6)]),
                     ])
    }

    /// A fixture graph by name, for parameterized tests (whose arguments are printed).
    static func named(_ name: String) -> Graph {
        switch name {
        case "arabic": return arabic
        case "hostile": return hostileGraph
        default: return .empty
        }
    }

    /// Strings that have broken exporters: quoting, escapes, markup, controls, bidi overrides.
    static let hostile: [String] = [
        "رجل \"مقتبس\" 'هنا'",
        "مسار\\الملف\\",
        "\\N \\G \\E \\T \\H \\L \\n \\l \\r",
        "سطر أول\nسطر ثان\r\nثالث\tمع تبويب",
        "<b>عريض</b> & <script>alert(1)</script>",
        "نهاية ]]> و &amp; و &#65; و &lt; و &; و &#x41;",
        "اسم\u{202E}معكوس\u{202C} و\u{2066}معزول\u{2069}",
        String((0x00...0x1F).compactMap { Unicode.Scalar(UInt32($0)) }.map(Character.init)) + "تحكم\u{7F}\u{85}\u{9F}",
        "غير حرف " + scalars(0xFFFE, 0xFFFF, 0xFDD0, 0x1FFFE) + " نهاية",
        "{record|<port> shape} ; -- -> \"\" \\\"",
        "تاء" + String(repeating: "ب", count: 10_000),
        "trailing backslash \\",
        // agwrite breaks long strings after a space with a backslash-newline: backslashes next
        // to those spaces must survive it.
        String(repeating: "كلمة\\ \\\\ \\N ", count: 150),
    ]

    /// Text made of the given scalars (noncharacters cannot be written as Swift literals).
    static func scalars(_ values: UInt32...) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: values.compactMap(Unicode.Scalar.init))
        return String(view)
    }

    /// A graph where every text field of every entity and relation is hostile.
    static var hostileGraph: Graph {
        var entities: [Entity] = []
        var relations: [Relation] = []
        let doc = "doc_<hostile>&\"1\u{1}"
        for (index, text) in hostile.enumerated() {
            let entity = Entity(kind: EntityKind.allCases[index % 4], label: "\(index) \(text)", aliases: [text + " بديل"],
                                labelLatin: text, subtype: index % 4 == 2 ? text : nil, date: index % 4 == 2 ? text : nil,
                                place: index % 4 == 2 ? text : nil,
                                mentions: [Mention(document: doc, start: index, end: index + 1, text: text)])
            entities.append(entity)
        }
        for index in entities.indices.dropLast() {
            let text = hostile[index]
            relations.append(Relation(source: entities[index].id, type: RelationType.allCases[index % 10],
                                      target: entities[index + 1].id, role: text,
                                      evidence: [Evidence(document: doc, sentence: index, start: 0, end: 1, text: text,
                                                          rule: "rule \(text)", confidence: 0.5)]))
        }
        return Graph(documents: [SourceDocument(id: doc, path: "in/\(doc).txt")], entities: entities, relations: relations)
    }
}
