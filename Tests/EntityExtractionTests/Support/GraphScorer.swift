import EntityGraph
import Foundation

/// A Swift port of `../shared/eval/score.py`'s matching, applied to a `Graph` directly (this
/// module must not depend on GraphExport): same normalization (`NameKey`), exact surface-form
/// matches first, then containment for events, kinds must agree, optional gold items neutral,
/// symmetric types unordered.
struct GoldFile: Decodable {
    struct GoldEntity: Decodable {
        var id: String
        var type: String
        var name: String
        var aliases: [String]?
        var optional: Bool?
    }
    struct GoldRelation: Decodable {
        var source: String
        var type: String
        var target: String
        var role: String?
        var optional: Bool?
    }
    var document: String
    var entities: [GoldEntity]
    var relations: [GoldRelation]
}

struct Counts {
    var tp = 0, fp = 0, fn = 0
    var precision: Double { tp + fp == 0 ? 0 : Double(tp) / Double(tp + fp) }
    var recall: Double { tp + fn == 0 ? 0 : Double(tp) / Double(tp + fn) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    static func + (a: Counts, b: Counts) -> Counts { Counts(tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn) }
}

struct ScoreResult {
    var entities = Counts()
    var relations = Counts()
    var rolesCorrect = 0, rolesScored = 0
    var missedEntities: [String] = []
    var spuriousEntities: [String] = []
    var missedRelations: [String] = []
    var spuriousRelations: [String] = []
}

enum GraphScorer {
    static func norm(_ s: String) -> String { NameKey(s).value }

    static func score(gold: GoldFile, graph: Graph) -> ScoreResult {
        let gforms = Dictionary(uniqueKeysWithValues: gold.entities.map { e in
            (e.id, Set(([e.name] + (e.aliases ?? [])).map(norm)).subtracting([""]))
        })
        let gbyid = Dictionary(uniqueKeysWithValues: gold.entities.map { ($0.id, $0) })
        var mapping: [String: String] = [:]
        var used = Set<String>()
        for strict in [true, false] {
            for node in graph.entities where mapping[node.id] == nil {
                let pf = Set(([node.label] + node.aliases).map(norm)).subtracting([""])
                let kind = node.kind.rawValue
                var best: GoldFile.GoldEntity?
                for e in gold.entities where !used.contains(e.id) && e.type.split(separator: "|").map(String.init).contains(kind) {
                    let gf = gforms[e.id]!
                    let hit = strict ? !pf.isDisjoint(with: gf)
                        : kind == "event" && pf.contains { a in gf.contains { b in a.contains(b) || b.contains(a) } }
                    if hit && (best == nil || (best!.optional == true && e.optional != true)) { best = e }
                }
                if let best {
                    mapping[node.id] = best.id
                    used.insert(best.id)
                }
            }
        }
        var result = ScoreResult()
        let required = Set(gold.entities.filter { $0.optional != true }.map(\.id))
        let mapped = Set(mapping.values)
        result.entities.tp = mapped.intersection(required).count
        result.entities.fp = graph.entities.filter { mapping[$0.id] == nil }.count
        result.entities.fn = required.subtracting(mapped).count
        result.missedEntities = required.subtracting(mapped).map { gbyid[$0]!.name }.sorted()
        result.spuriousEntities = graph.entities.filter { mapping[$0.id] == nil }.map { "\($0.kind.rawValue):\($0.label)" }.sorted()

        func key(_ s: String, _ t: String, _ type: String) -> String {
            let symmetric = type == "cooperatesWith" || type == "opposes"
            let (a, b) = symmetric && t < s ? (t, s) : (s, t)
            return "\(type)|\(a)|\(b)"
        }
        var greq = Set<String>(), gopt = Set<String>()
        var roles: [String: String] = [:]
        for r in gold.relations {
            let k = key(r.source, r.target, r.type)
            let optional = r.optional == true || gbyid[r.source]?.optional == true || gbyid[r.target]?.optional == true
            if optional { gopt.insert(k) } else { greq.insert(k) }
            if let role = r.role, !role.isEmpty { roles[k] = norm(role) }
        }
        var found = Set<String>()
        let labels = Dictionary(uniqueKeysWithValues: graph.entities.map { ($0.id, $0.label) })
        for rel in graph.relations {
            if let s = mapping[rel.source], let t = mapping[rel.target] {
                let k = key(s, t, rel.type.rawValue)
                if greq.contains(k) {
                    found.insert(k)
                    if let gr = roles[k] {
                        result.rolesScored += 1
                        let pr = norm(rel.role ?? "")
                        if !pr.isEmpty && (gr.contains(pr) || pr.contains(gr)) { result.rolesCorrect += 1 }
                    }
                    continue
                }
                if gopt.contains(k) { continue }
            }
            result.spuriousRelations.append("\(labels[rel.source] ?? rel.source) \(rel.type.rawValue) \(labels[rel.target] ?? rel.target) [\(rel.role ?? "")]")
        }
        result.relations.tp = found.count
        result.relations.fp = result.spuriousRelations.count
        result.relations.fn = greq.subtracting(found).count
        result.missedRelations = greq.subtracting(found).sorted().map { k in
            let p = k.split(separator: "|").map(String.init)
            return "\(gbyid[p[1]]?.name ?? p[1]) \(p[0]) \(gbyid[p[2]]?.name ?? p[2])"
        }
        return result
    }
}
