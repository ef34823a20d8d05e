"""Shared fixtures: the bundled seed, the shared evaluation data (beside the repo)."""

from __future__ import annotations

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
