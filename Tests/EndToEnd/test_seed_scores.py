"""Extraction quality on the seed articles, measured by the project's scorer (../shared/eval/score.py)
on the GraphML that `ergraph extract` writes for each seed alone."""
import json
import pathlib
import subprocess
import sys

import pytest

from e2e_support import REPO, run

# Floors: raised as extraction improves, never lowered to make a change pass.
ENTITY_F1_FLOOR = 0.95
RELATION_F1_FLOOR = 0.95

SEEDS = sorted((REPO / "seeds").glob("*.txt"))


@pytest.mark.parametrize("seed", SEEDS, ids=[s.stem for s in SEEDS])
def test_seed_scores(seed, tmp_path, ergraph, shared):
    gold = shared / "eval" / "gold" / f"{seed.stem}.gold.json"
    if not gold.exists():
        pytest.fail(f"no gold annotation for {seed.name}")
    result = run(ergraph, "extract", str(seed), "-o", str(tmp_path), "--name", seed.stem, "--format", "graphml")
    assert result.returncode == 0, result.stderr.decode()
    scored = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), str(gold),
                             str(tmp_path / f"{seed.stem}.graphml"), "--json"],
                            capture_output=True, text=True, check=True)
    res = json.loads(scored.stdout)
    print(seed.stem, json.dumps({k: res[k] for k in ("entities", "relations", "roles")}))
    assert res["entities"]["f1"] >= ENTITY_F1_FLOOR, res["missed_entities"] + res["spurious_entities"]
    assert res["relations"]["f1"] >= RELATION_F1_FLOOR, res["missed_relations"] + res["spurious_relations"]
    assert res["roles"]["correct"] == res["roles"]["scored"], "memberOf roles differ from the gold"
