"""Measure the cosine at which two positions are "the same stance in other words".

The key-position gold (../shared/data/keypositions/dev_gold.jsonl) lists, for each position,
every sentence in every outlet that states it: pairs of such sentences are paraphrases
(same stance), pairs from two different positions of the same actor on the same day are
not. For each threshold, precision and recall of "same stance" over those pairs, with the
similarity briefer.diff uses (TF-IDF over the day's gold sentences).

    python benchmarks/diff_threshold.py [GOLD.jsonl]
"""

from __future__ import annotations

import itertools
import json
import sys
from collections import defaultdict
from pathlib import Path

from briefer.diff import SAME_STANCE, similarities
from briefer.template import load_template

GOLD = Path(__file__).resolve().parents[2] / "shared/data/keypositions/dev_gold.jsonl"
THRESHOLDS = (0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5)


def pairs(gold: Path, issues: tuple = ()) -> list[tuple[float, bool]]:
    """(cosine, same position) for every pair of gold sentences of one actor-day from two
    outlets (two sentences of one article state different facets of a position)."""
    days: dict[tuple[str, str], list[tuple[str, str, str]]] = defaultdict(list)
    for line in gold.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        texts = {e["text"]: e["article"] for e in record["evidence"]}
        days[(record["cluster"], record["actor"])] += [
            (record["id"], t, a) for t, a in texts.items()
        ]
    scored = []
    for labelled in days.values():
        texts = [t for _, t, _ in labelled]
        sims = similarities(texts, texts, issues)
        for a, b in itertools.combinations(range(len(labelled)), 2):
            if labelled[a][2] != labelled[b][2]:  # two outlets: a restatement, not a facet
                scored.append((float(sims[a, b]), labelled[a][0] == labelled[b][0]))
    return scored


def main() -> None:
    gold = Path(sys.argv[1]) if len(sys.argv) > 1 else GOLD
    for label, issues in (("terms", ()), ("terms + issues", load_template("korea").issues)):
        print(f"== {label}")
        report(pairs(gold, issues))
        report_cases(diff_cases(gold, issues))


def diff_cases(gold: Path, issues: tuple = ()) -> list[tuple[float, float]]:
    """As ``brief diff`` meets it: for each gold sentence, its best cosine against the other
    outlets' sentences of its own position and of the actor's other positions that day.
    A reworded stance is "not new" when the first reaches the threshold; a new one stays new
    only while the second stays below it."""
    days: dict[tuple[str, str], list[tuple[str, str, str]]] = defaultdict(list)
    for line in gold.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        day = days[(record["cluster"], record["actor"])]
        day += [(record["id"], e["text"], e["article"]) for e in record["evidence"]]
    cases = []
    for labelled in days.values():
        texts = [t for _, t, _ in labelled]
        sims = similarities(texts, texts, issues)
        for a, (position, _, article) in enumerate(labelled):
            others = [(b, p) for b, (p, _, o) in enumerate(labelled) if o != article]
            same = [sims[a, b] for b, p in others if p == position]
            other = [sims[a, b] for b, p in others if p != position]
            if same and other:
                cases.append((float(max(same)), float(max(other))))
    return cases


def report_cases(cases: list[tuple[float, float]]) -> None:
    print(f"{len(cases)} gold sentences with a restatement in another outlet")
    print("threshold  reworded-not-new  new-stays-new")
    for threshold in THRESHOLDS:
        kept = sum(1 for same, _ in cases if same >= threshold) / len(cases)
        new = sum(1 for _, other in cases if other < threshold) / len(cases)
        print(f"{threshold:9.2f}  {kept:16.3f}  {new:13.3f}")


def report(scored: list[tuple[float, bool]]) -> None:
    positives = sum(same for _, same in scored)
    print(f"{len(scored)} pairs, {positives} paraphrase pairs; SAME_STANCE = {SAME_STANCE}")
    print("threshold  precision  recall  F1")
    for threshold in THRESHOLDS:
        tp = sum(1 for s, same in scored if s >= threshold and same)
        fp = sum(1 for s, same in scored if s >= threshold and not same)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / positives if positives else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{threshold:9.2f}  {p:9.3f}  {r:6.3f}  {f:.3f}")


if __name__ == "__main__":
    main()
