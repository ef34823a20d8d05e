"""The project's held-out key positions (benchmarks/keypositions): well formed, and every
evidence sentence is verbatim in an article of its day in the shared Korea corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import shared

GOLD = Path(__file__).resolve().parents[1] / "benchmarks" / "keypositions"


@pytest.mark.parametrize(
    "name",
    ["heldout_gold.jsonl", "heldout2_gold.jsonl", "heldout3_gold.jsonl", "heldout4_gold.jsonl"],
)
def test_every_evidence_sentence_is_in_its_days_articles(name):
    corpus = shared("korea_articles/allsides_korea.jsonl").read_text(encoding="utf-8")
    articles = {r["id"]: r for r in map(json.loads, corpus.splitlines())}
    records = [json.loads(line) for line in (GOLD / name).read_text().splitlines()]
    assert len(records) > 60 and len({r["id"] for r in records}) == len(records)
    for record in records:
        assert record["actor"] in ("us", "dprk", "rok", "china") and record["importance"] in (1, 2)
        day = record["cluster"].removeprefix("allsides-kr-")
        for evidence in record["evidence"]:
            article = articles[evidence["article"]]
            assert article["date"] == day
            assert " ".join(evidence["text"].split()) in " ".join(article["text"].split())
