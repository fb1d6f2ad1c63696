#!/usr/bin/env python3
"""Sanity-check the dev-set gold files (not a scorer; see ../../../../shared/eval/score.py).

usage: check_gold.py [DIR]   (default: the folder this script is in)

For every NN_slug.txt / NN_slug.gold.json pair it checks: the JSON parses, "document" equals the
file stem, ids are unique, entity and relation types come from GOLD_FORMAT.md, every relation's
endpoints exist and have kinds that fit the relation, memberOf carries a role, events carry an ISO
date when they have one, every name and alias occurs verbatim in the text (or, for a form starting
with ال, after the preposition لـ as لل...; or with an accusative ending -ا/-اً dropped, so
that "اجتماع تقني" may stand for "اجتماعا تقنيا"), no surface form is
shared by two entities, no relation is listed twice, and the article is 60-250 words long.
Exit status 1 when any error is found.
"""
import json, os, re, sys

ETYPES = {"person", "organization", "event", "place", "organization|place"}
ACTOR = {"person", "organization", "organization|place"}
ORG = {"organization", "organization|place"}
PLACE = {"place", "organization|place"}
DOMAIN = {  # type: (allowed source types, allowed target types)
    "attended": (ACTOR, {"event"}), "organized": (ACTOR, {"event"}),
    "represents": ({"person"}, ORG), "memberOf": ({"person"}, ORG),
    "partOf": (ORG | {"event"}, ORG | {"event"}), "heldAt": ({"event"}, PLACE),
    "locatedIn": (ORG | PLACE, PLACE), "cooperatesWith": (ORG, ORG),
    "opposes": (ACTOR, ORG), "leads": (ACTOR, ORG),
}
SYM = {"cooperatesWith", "opposes"}

def check(txt_path, gold_path):
    errs, warns = [], []
    text = open(txt_path, encoding="utf-8-sig").read()
    bare = re.sub(r"(\w)اً?(?=\W|$)", r"\1", text)  # accusative -ا / -اً dropped
    stem = os.path.basename(txt_path)[:-4]
    try:
        g = json.load(open(gold_path, encoding="utf-8"))
    except Exception as ex:
        return [f"JSON: {ex}"], []
    if g.get("document") != stem:
        errs.append(f"document {g.get('document')!r} != stem {stem!r}")
    if g.get("source") != "ERGraph dev set, written for the project":
        errs.append("source field")
    ids, forms = {}, {}
    for e in g["entities"]:
        if e["id"] in ids:
            errs.append(f"duplicate id {e['id']}")
        ids[e["id"]] = e
        if e["type"] not in ETYPES:
            errs.append(f"{e['id']}: bad type {e['type']}")
        for f in [e["name"]] + e.get("aliases", []):
            if f not in text and not (f.startswith("ال") and "ل" + f[1:] in text) \
                    and f not in bare:
                errs.append(f"{e['id']}: form not in text: {f}")
            if f in forms and forms[f] != e["id"]:
                errs.append(f"form {f!r} shared by {forms[f]} and {e['id']}")
            forms[f] = e["id"]
        if len(e.get("aliases", [])) != len(set(e.get("aliases", []))) or e["name"] in e.get("aliases", []):
            warns.append(f"{e['id']}: repeated alias")
        if "date" in e:
            if e["type"] != "event" or not re.fullmatch(r"\d{4}-\d\d-\d\d", e["date"]):
                errs.append(f"{e['id']}: bad date {e['date']}")
        extra = set(e) - {"id", "type", "name", "aliases", "optional", "date"}
        if extra:
            errs.append(f"{e['id']}: unknown fields {extra}")
    seen = set()
    for r in g["relations"]:
        s, t, ty = r["source"], r["target"], r["type"]
        if ty not in DOMAIN:
            errs.append(f"bad relation type {ty}")
            continue
        if s not in ids or t not in ids:
            errs.append(f"dangling relation {s} {ty} {t}")
            continue
        if s == t:
            errs.append(f"self relation {s} {ty}")
        src_ok, tgt_ok = DOMAIN[ty]
        if ids[s]["type"] not in src_ok or ids[t]["type"] not in tgt_ok:
            errs.append(f"kinds do not fit: {s}({ids[s]['type']}) {ty} {t}({ids[t]['type']})")
        if ty == "memberOf" and not r.get("role"):
            errs.append(f"memberOf without role: {s} -> {t}")
        k = (ty,) + (tuple(sorted((s, t))) if ty in SYM else (s, t))
        if k in seen:
            errs.append(f"duplicate relation {k}")
        seen.add(k)
        extra = set(r) - {"source", "type", "target", "role", "optional"}
        if extra:
            errs.append(f"relation {s} {ty} {t}: unknown fields {extra}")
    used = {r["source"] for r in g["relations"]} | {r["target"] for r in g["relations"]}
    for i, e in ids.items():
        if e["type"] == "event" and i not in used:
            warns.append(f"event {i} has no relation")
    n = len(text.split())
    if not 60 <= n <= 250:
        errs.append(f"{n} words (want 60-250)")
    return errs, warns

def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    bad = 0
    txts = sorted(f for f in os.listdir(d) if f.endswith(".txt"))
    for f in txts:
        gp = os.path.join(d, f[:-4] + ".gold.json")
        if not os.path.exists(gp):
            print(f"{f}: missing gold"); bad += 1; continue
        errs, warns = check(os.path.join(d, f), gp)
        for w in warns:
            print(f"{f}: warning: {w}")
        for e in errs:
            print(f"{f}: ERROR: {e}")
        bad += bool(errs)
    for f in sorted(os.listdir(d)):
        if f.endswith(".gold.json") and f[:-10] + ".txt" not in txts:
            print(f"{f}: gold without text"); bad += 1
    print(f"{len(txts)} documents, {bad} with errors")
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main())
