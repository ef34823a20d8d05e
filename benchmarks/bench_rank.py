"""Rankers side by side: sumy's LexRank/TextRank against ours on the same real sentences.

Run: python benchmarks/bench_rank.py [--sizes 250 500 1000 2000] [--large 5000 20000 50000]
Sentences come from ../shared/data/korea_articles (and PolNeAR for the large sizes).
Prints seconds for each and the ratio sumy/ours, and checks that the ratings agree.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np

from briefer.models import Sentence
from briefer.rank import RANKERS, RankOptions, terms
from briefer.read import article_from_text
from briefer.split import split_article

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
FILES = ("korea_articles/allsides_korea.jsonl", "attribution/polnear_train_dev.jsonl")


def real_sentences(limit: int, unique: bool = True) -> list[Sentence]:
    """Non-boilerplate sentences of the shared corpora, in file order (repeats dropped when
    ``unique``: sumy keys its ratings by sentence text, so the comparison needs unique ones)."""
    seen: set[str] = set()
    sentences: list[Sentence] = []
    for name in FILES:
        for line in (DATA / name).open(encoding="utf-8"):
            record = json.loads(line)
            article = article_from_text(record["id"], record["text"])
            for sentence in split_article(article):
                if sentence.boilerplate or (unique and sentence.text in seen):
                    continue
                seen.add(sentence.text)
                sentences.append(sentence)
                if len(sentences) == limit:
                    return sentences
    return sentences


def timed(name: str, sentences: list[Sentence]) -> tuple[float, np.ndarray]:
    terms.cache_clear()  # ours pays for tokenizing and stemming, as sumy does
    started = time.perf_counter()
    scores = RANKERS[name](sentences, RankOptions())
    return time.perf_counter() - started, scores


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="*", default=[250, 500, 1000, 2000])
    parser.add_argument("--large", type=int, nargs="*", default=[5000, 20000, 50000])
    parser.add_argument("--algorithms", nargs="*", default=["lexrank", "textrank"])
    parser.add_argument("--large-algorithms", nargs="*", default=["lexrank", "news"])
    args = parser.parse_args()
    pool = real_sentences(max(args.sizes))
    large_pool = real_sentences(max(args.large), unique=False) if args.large else []
    if large_pool and len(large_pool) < max(args.large):  # the corpora hold ~45,600: repeat
        large_pool = (large_pool * (max(args.large) // len(large_pool) + 1))[: max(args.large)]
    print(
        f"{len(pool)} unique sentences for the comparison, {len(large_pool)} for the large "
        "sizes (repeats allowed)"
    )
    print(f"{'algorithm':10} {'N':>7} {'sumy s':>9} {'ours s':>8} {'ratio':>8}  max |Δ rating|")
    for algorithm in args.algorithms:
        for size in args.sizes:
            sentences = pool[:size]
            theirs_s, theirs = timed(f"sumy-{algorithm}", sentences)
            ours_s, ours = timed(algorithm, sentences)
            delta = float(np.max(np.abs(ours - theirs)))
            print(
                f"{algorithm:10} {len(sentences):>7} {theirs_s:>9.2f} {ours_s:>8.3f} "
                f"{theirs_s / ours_s:>7.0f}x  {delta:.1e}",
                flush=True,
            )
    for algorithm in args.large_algorithms:
        for size in args.large:
            sentences = large_pool[:size]
            ours_s, _ = timed(algorithm, sentences)
            print(f"{algorithm:10} {len(sentences):>7} {'—':>9} {ours_s:>8.3f}", flush=True)


if __name__ == "__main__":
    main()
