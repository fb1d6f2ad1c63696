"""Helpers for the end-to-end tests: where the repository is, and how to run the CLI."""
import pathlib
import subprocess

REPO = pathlib.Path(__file__).resolve().parents[2]


def run(binary, *args, stdin=None):
    """Runs `ergraph ARGS...` and returns the completed process (bounded in time)."""
    return subprocess.run([binary, *args], input=stdin, capture_output=True, timeout=600)
