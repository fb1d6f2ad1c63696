"""Shared fixtures: the built ergraph binary and the shared/ folder beside the repository."""
import os
import pathlib

import pytest

from e2e_support import REPO


@pytest.fixture(scope="session")
def ergraph():
    path = os.environ.get("ERGRAPH_BIN") or str(REPO / ".build" / "release" / "ergraph")
    if not os.access(path, os.X_OK):
        pytest.fail(f"ergraph binary not found at {path}: run `make build` or set ERGRAPH_BIN")
    return path


@pytest.fixture(scope="session")
def shared():
    path = pathlib.Path(os.environ.get("ERGRAPH_SHARED") or REPO.parent / "shared")
    if not (path / "eval" / "score.py").exists():
        pytest.fail(f"shared/ with eval/score.py not found at {path}: set ERGRAPH_SHARED")
    return path

