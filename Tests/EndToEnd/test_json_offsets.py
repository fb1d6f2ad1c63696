"""The JSON contract's offsets: every mention and evidence span quotes the document exactly,
counting Unicode code points, on text with CRLF line ends, emoji, combining marks and a BOM."""
import json

from e2e_support import run

DOCUMENTS = {
    # CRLF line ends, and harakat (combining marks) inside names.
    "crlf": "اجتماع في بغداد\r\n\r\nاستقبل وزيرُ الخارجية العراقي سَلام داود وفداً من جامعة الدول العربية "
            "في مقر الوزارة ببغداد يوم 3 آذار 2024.\r\nوحضر اللقاء السفير كريم ناصر.\r\n",
    # Emoji (outside the BMP: two UTF-16 units, one code point) before and between the names.
    "emoji": "📰🇱🇧 عقد حزب النهضة 🙂 مؤتمراً في بيروت بحضور السيدة رنا عيسى رئيسة الحزب "
             "والسيد جورج حداد الناطق باسم الحزب.",
    # A byte order mark, which is removed before offsets are counted, and combining marks.
    "bom": "\ufeffالتقى الدكتور مُحمّد الزّين، مدير مستشفى الأمل، وفداً من منظمة الصحة العالمية في عمّان.",
}


def test_every_span_quotes_the_document(tmp_path, ergraph):
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in DOCUMENTS.items():
        (docs / f"{name}.txt").write_bytes(text.encode("utf-8"))
    out = tmp_path / "out"
    result = run(ergraph, "extract", str(docs), "-o", str(out), "--format", "json")
    assert result.returncode == 0, result.stderr.decode()
    graph = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    assert graph["format"] == "ergraph-graph" and graph["version"] == 1
    texts = {name: text.lstrip("\ufeff") for name, text in DOCUMENTS.items()}
    assert sorted(d["id"] for d in graph["documents"]) == sorted(texts)
    mentions = [m for e in graph["entities"] for m in e["mentions"]]
    evidence = [v for r in graph["relations"] for v in r["evidence"]]
    assert mentions, "no mention extracted at all"
    assert evidence, "no relation extracted at all"
    for span in mentions + evidence:
        doc = texts[span["document"]]
        assert 0 <= span["start"] < span["end"] <= len(doc)
        assert doc[span["start"]:span["end"]] == span["text"], span
    seen = {m["document"] for m in mentions}
    assert seen == set(texts), f"documents without any mention: {set(texts) - seen}"


def test_every_entity_lists_the_documents_of_its_mentions(tmp_path, ergraph):
    doc = tmp_path / "one.txt"
    doc.write_text(DOCUMENTS["emoji"], encoding="utf-8")
    result = run(ergraph, "extract", str(doc), "-o", str(tmp_path), "--format", "json")
    assert result.returncode == 0, result.stderr.decode()
    graph = json.loads((tmp_path / "one.json").read_text(encoding="utf-8"))
    ids = {e["id"] for e in graph["entities"]}
    for e in graph["entities"]:
        assert e["mentions"], f"entity without a mention: {e['label']}"
        assert e["kind"] in {"person", "organization", "event", "place"}
    for r in graph["relations"]:
        assert r["source"] in ids and r["target"] in ids
        assert 0 < r["confidence"] <= 1
        assert all(v["rule"] for v in r["evidence"])
