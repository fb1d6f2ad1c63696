"""Extraction quality on the development set (Tests/EntityExtractionTests/DevSet: articles written for
the project, with gold files), measured by the project's scorer on each article's GraphML alone.
Micro-averaged over the set, as the held-out evaluation is."""
import json
import subprocess
import sys

import pytest

from e2e_support import REPO, run

# Floors: raised as extraction improves, never lowered to make a change pass.
ENTITY_F1_FLOOR = 0.84
RELATION_F1_FLOOR = 0.67

DEVSET = REPO / "Tests" / "EntityExtractionTests" / "DevSet"


def micro(counts):
    tp, fp, fn = counts
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def test_devset_micro_scores(tmp_path, ergraph, shared):
    golds = sorted(DEVSET.glob("*.gold.json"))
    assert len(golds) >= 30, f"the dev set has only {len(golds)} gold files"
    ent, rel = [0, 0, 0], [0, 0, 0]
    for gold in golds:
        stem = gold.name[: -len(".gold.json")]
        text = DEVSET / f"{stem}.txt"
        result = run(ergraph, "extract", str(text), "-o", str(tmp_path), "--name", stem, "--format", "graphml")
        assert result.returncode == 0, result.stderr.decode()
        scored = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), str(gold),
                                 str(tmp_path / f"{stem}.graphml"), "--json"],
                                capture_output=True, text=True, check=True)
        res = json.loads(scored.stdout)
        for total, part in ((ent, res["entities"]), (rel, res["relations"])):
            for i, k in enumerate(("tp", "fp", "fn")):
                total[i] += part[k]
        print(f"{stem}: entities F1 {res['entities']['f1']:.2f}, relations F1 {res['relations']['f1']:.2f}")
    ent_f1, rel_f1 = micro(ent), micro(rel)
    print(f"dev set micro: entities F1 {ent_f1:.3f} {ent}, relations F1 {rel_f1:.3f} {rel}")
    assert ent_f1 >= ENTITY_F1_FLOOR
    assert rel_f1 >= RELATION_F1_FLOOR
