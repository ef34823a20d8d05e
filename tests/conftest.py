"""Shared fixtures: the bundled seed, the shared evaluation data (beside the repo)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefer.models import Template
from briefer.template import load_template

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = SEEDS / "000_7f42ce255e97d871.txt"
SHARED = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def korea() -> Template:
    return load_template("korea")


def shared(relative: str) -> Path:
    """A file of ../shared/data; tests that need it skip where it is absent."""
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"shared data not found: {path}")
    return path


def corpus_day(folder: Path, date: str) -> Path:
    """``folder`` filled with one news day of the shared Korea corpus, one .jsonl per article
    (as the held-out days of benchmarks/keypositions are built)."""
    corpus = shared("korea_articles/allsides_korea.jsonl").read_text(encoding="utf-8")
    for line in corpus.splitlines():
        record = json.loads(line)
        if record["date"] == date:
            (folder / f"{record['id']}.jsonl").write_text(line + "\n")
    return folder
