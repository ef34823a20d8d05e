"""Peak memory of every pairwise stage at 10k, 50k and 200k sentences.

Run: python benchmarks/bench_memory.py [--sizes 10000,50000,200000] [--cap-gib 8]
     [--stages rank,compose,select] [--kinds varied,identical]

Two inputs per size: ``varied`` (real sentences of ../shared/data's Korea and PolNeAR
articles, recombined half with half so that every one is distinct, as a large folder of many
outlets would be) and ``identical`` (one sentence repeated, the worst case for anything that
compares pairs). Each stage runs in a fresh child process, so peaks do not mix:

- ``rank``: the default ranker (cluster-wide LexRank graph) over every sentence;
- ``compose``: duplicate and paraphrase merging, then per-section selection (compose_brief);
- ``select``: an N-word summary's greedy redundancy control over every sentence.

For each it prints the child's peak resident memory above what the input alone took
(the sentences built, libraries imported), and MiB per 1,000 sentences: roughly constant
means memory grows linearly. Children run under an address-space cap (``--cap-gib``) so a
quadratic stage fails with "over cap" instead of taking the machine down.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
FILES = ("korea_articles/allsides_korea.jsonl", "attribution/polnear_train_dev.jsonl")
STAGES = ("rank", "compose", "select")
KINDS = ("varied", "identical")
SEED = 7


def pool() -> list[str]:
    """Real sentences from the shared articles, first 20 words of each kept whole."""
    from briefer.models import Article
    from briefer.split import split_article

    texts: list[str] = []
    for name in FILES:
        for line in (DATA / name).open(encoding="utf-8"):
            record = json.loads(line)
            paragraphs = tuple(p for p in record["text"].split("\n") if p.strip())
            article = Article(str(record.get("id", len(texts))), "", "", paragraphs)
            texts.extend(s.text for s in split_article(article, "nupunkt") if len(s.text) > 40)
            if len(texts) > 60_000:
                return texts
    return texts


def build(kind: str, n: int) -> list:
    """``n`` Sentence objects spread over articles of 40 sentences each."""
    from briefer.models import Sentence

    if kind == "identical":
        texts = ["North Korea said on Friday it would not give up its nuclear weapons."] * n
    else:
        rng = random.Random(SEED)
        real = pool()
        halves = [t.split() for t in real]
        texts = []
        for i in range(n):
            a, b = rng.choice(halves), rng.choice(halves)
            texts.append(" ".join(a[: len(a) // 2] + b[len(b) // 2 :]) + f" ({i})")
    per = 40
    return [Sentence(f"a{i // per}", i % per, 0, 0, len(t), t) for i, t in enumerate(texts)]


def run_stage(stage: str, sentences: list) -> None:
    import numpy as np

    from briefer.compose import compose_brief
    from briefer.models import Article, Attribution
    from briefer.rank import score_sentences
    from briefer.summarize import select_summary
    from briefer.template import load_template

    if stage == "rank":
        score_sentences(sentences)
        return
    scores = np.linspace(1.0, 0.0, len(sentences))
    if stage == "select":
        select_summary(sentences, scores, 100, 0.3)
        return
    ids = sorted({s.article_id for s in sentences})
    articles = [Article(i, "", i, ("x",)) for i in ids]
    empty = [Attribution()] * len(sentences)
    compose_brief(load_template("korea"), articles, sentences, scores, empty, "news")


def child(stage: str, kind: str, n: int, cap_gib: float) -> None:
    sentences = build(kind, n)
    import briefer.compose  # noqa: F401  (libraries loaded before the baseline is taken)
    import briefer.summarize  # noqa: F401

    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    cap = int(cap_gib * 2**30)
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    started = time.perf_counter()
    try:
        run_stage(stage, sentences)
    except MemoryError:
        print(json.dumps({"over_cap": True}))
        return
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    seconds = time.perf_counter() - started
    print(json.dumps({"mib": max(0, peak - base) / 1024, "seconds": seconds}))


def measure(stage: str, kind: str, n: int, cap_gib: float) -> dict:
    command = [sys.executable, __file__, "--child", stage, kind, str(n), str(cap_gib)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        return {"over_cap": True}
    return json.loads(lines[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,50000,200000")
    parser.add_argument("--cap-gib", type=float, default=8.0)
    parser.add_argument("--stages", default=",".join(STAGES), help="a comma-separated subset")
    parser.add_argument("--kinds", default=",".join(KINDS), help="varied, identical or both")
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        stage, kind, n, cap = args.child
        child(stage, kind, int(n), float(cap))
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"{'input':<10} {'stage':<8} " + " ".join(f"{n:>22,}" for n in sizes))
    for kind in args.kinds.split(","):
        for stage in args.stages.split(","):
            cells = []
            for n in sizes:
                r = measure(stage, kind, n, args.cap_gib)
                if r.get("over_cap"):
                    cells.append(f"{'over ' + str(args.cap_gib) + ' GiB cap':>22}")
                else:
                    per = r["mib"] / (n / 1000)
                    cells.append(f"{r['mib']:>7.0f} MiB {per:>5.1f}/1k {r['seconds']:>4.0f}s")
            print(f"{kind:<10} {stage:<8} " + " ".join(cells), flush=True)


if __name__ == "__main__":
    main()
