"""`brief series` at scale: a synthetic archive, the local engine and Dask side by side.

Run: python benchmarks/bench_series.py 100000            (articles; JSONL shards)
     python benchmarks/bench_series.py 2000 --engines local,dask-2
     python benchmarks/bench_series.py --relevance       (what the relevance test keeps)

The archive replays the shared news articles (korea_articles, PolNeAR, and the source
articles of the CNN/DailyMail and BBC summarization sets: 1,634 records, about a fifth of
them about Korea) over and over: round r dates article i of the archive on day i mod 365 of
2019 (undated Korea records stay undated), gives it the id `<id>-r<r>`, and swaps the word
pairs whose bit is set in r ("country" → "nation", …), so no two records are identical.

It first times reading and the relevance test alone (one process), then for each engine runs
`run_series` by week and prints wall time, throughput per worker (articles read per wall
second per worker, and per CPU second, which a busy machine does not distort), the CPU
seconds of the per-article and per-period tasks, the peak resident memory of every worker
process, and whether the engine wrote the same bytes as the first one.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from briefer.archive import plan_partitions, read_partition, relevance
from briefer.engines import dask_engine, local_engine
from briefer.series import Every, SeriesRequest, SeriesResult, run_series
from briefer.template import load_template

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
SOURCES = ("korea_articles/allsides_korea.jsonl", "attribution/polnear_train_dev.jsonl")
SETS = ("summarization/cnndm_dev250.jsonl", "summarization/bbc_extractive100.jsonl")
"""Summarization sets: each record's first document is a whole news article."""
SHARD_ARTICLES = 10_000
YEAR = dt.date(2019, 1, 1)
SWAPS = (
    ("country", "nation"),
    ("important", "key"),
    ("meeting", "session"),
    ("recent", "latest"),
    ("major", "main"),
    ("began", "started"),
    ("several", "a number of"),
    ("people", "citizens"),
    ("large", "big"),
    ("quickly", "swiftly"),
)
"""Light substitutions, chosen to leave aliases, cues and keywords alone."""

ENGINES = ("local", "dask-1", "dask-2")


def originals() -> list[dict]:
    rows = []
    for name in SOURCES:
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            rows.append({k: record.get(k) for k in ("id", "title", "text", "date", "source")})
    for name in SETS:
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            text = record["documents"][0]
            rows.append({"id": record["id"], "text": text, "date": YEAR.isoformat(), "source": ""})
    return rows


def _swap(text: str, round_number: int) -> str:
    for bit, (old, new) in enumerate(SWAPS):
        if round_number >> bit & 1:
            text = re.sub(rf"\b{old}\b", new, text)
    return text


def synthetic(count: int) -> Iterator[dict]:
    """``count`` records replaying the originals with shifted dates and swapped words."""
    base = originals()
    for i in range(count):
        round_number, record = divmod(i, len(base))[0], dict(base[i % len(base)])
        record["id"] = f"{record['id']}-r{round_number}"
        if record["date"]:
            record["date"] = (YEAR + dt.timedelta(days=i % 365)).isoformat()
        record["text"] = _swap(record["text"], round_number)
        yield record


def write_archive(folder: Path, count: int) -> int:
    """JSONL shards of SHARD_ARTICLES records; returns the bytes written."""
    folder.mkdir(parents=True)
    size, shard, handle = 0, -1, None
    for i, record in enumerate(synthetic(count)):
        if i % SHARD_ARTICLES == 0:
            if handle:
                handle.close()
            shard += 1
            handle = (folder / f"shard-{shard:04d}.jsonl").open("w", encoding="utf-8")
        line = json.dumps(record) + "\n"
        size += len(line.encode("utf-8"))
        handle.write(line)  # type: ignore[union-attr]
    if handle:
        handle.close()
    return size


def time_filter(archive: Path) -> None:
    """Reading and the relevance test alone: what every irrelevant article costs."""
    test = relevance(load_template("korea"))
    start, cpu = time.perf_counter(), time.process_time()
    partitions = plan_partitions([str(archive)])
    planned = time.perf_counter() - start
    read = kept = 0
    for partition in partitions:
        for article in read_partition(partition, []):
            read += 1
            kept += test.concerns(article)
    cpu = time.process_time() - cpu
    print(
        f"read + relevance only, one process: {read:,} articles, {kept:,} relevant, "
        f"{read / cpu:,.0f} articles per CPU second ({cpu:.1f} s CPU; planning "
        f"{len(partitions)} partitions {planned:.1f} s)"
    )


def run_engine(name: str, archive: Path, out: Path) -> tuple[SeriesResult, float, int]:
    template = load_template("korea")
    request = SeriesRequest((str(archive),), out, every=Every.WEEK, min_articles=3)
    workers = 2 if name in ("local", "dask-2") else 1
    engine = local_engine(workers) if name == "local" else dask_engine("local", workers)
    with engine as running:
        start = time.perf_counter()
        result = run_series(request, template, running)
        wall = time.perf_counter() - start
    return result, wall, workers


def same_bytes(a: Path, b: Path) -> bool:
    names = sorted(p.name for p in a.iterdir())
    if names != sorted(p.name for p in b.iterdir()):
        return False
    return all((a / n).read_bytes() == (b / n).read_bytes() for n in names)


def benchmark(count: int, engines: list[str], folder: Path) -> None:
    archive = folder / "archive"
    start = time.perf_counter()
    size = write_archive(archive, count)
    print(
        f"archive: {count:,} articles, {size / 2**20:,.0f} MiB in {archive} "
        f"({time.perf_counter() - start:.0f} s to write)"
    )
    time_filter(archive)
    header = (
        "engine",
        "wall s",
        "read/s/worker",
        "read/CPU s",
        "CPU s articles",
        "CPU s periods",
        "peak MiB per worker",
        "briefs",
        "same bytes",
    )
    print(" | ".join(header))
    reference: Path | None = None
    for name in engines:
        out = folder / name
        result, wall, workers = run_engine(name, archive, out)
        reference = reference or out
        print(" | ".join(_row(name, result, wall, workers, same_bytes(reference, out))), flush=True)
    print(f"counts: {dict(result.counts)}")


def _row(name: str, result: SeriesResult, wall: float, workers: int, same: bool) -> list[str]:
    peaks = ", ".join(f"{kib / 1024:.0f}" for _, kib in sorted(result.peaks.items()))
    return [
        name,
        f"{wall:.1f}",
        f"{result.counts['read'] / wall / workers:.1f}",
        f"{result.counts['read'] / sum(result.cpu):.1f}",
        f"{result.cpu[0]:.0f}",
        f"{result.cpu[1]:.0f}",
        peaks,
        str(len(result.briefs)),
        "yes" if same else "NO",
    ]


def measure_relevance() -> None:
    test = relevance(load_template("korea"))
    for name in SOURCES:
        articles = [a for p in plan_partitions([str(DATA / name)]) for a in read_partition(p, [])]
        kept = [a for a in articles if test.concerns(a)]
        print(f"{name}: {len(kept)} of {len(articles)} relevant")
        if name.startswith("korea"):
            for article in articles:
                if article not in kept:
                    print(f"  dropped: {article.date} {article.title}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("articles", type=int, nargs="?", default=2_000)
    parser.add_argument("--engines", default=",".join(ENGINES))
    parser.add_argument("--relevance", action="store_true")
    parser.add_argument("--keep", type=Path, help="Write the archive and briefs here.")
    args = parser.parse_args()
    if args.relevance:
        measure_relevance()
        return
    engines = args.engines.split(",")
    if args.keep:
        benchmark(args.articles, engines, args.keep)
        return
    with tempfile.TemporaryDirectory() as tmp:
        benchmark(args.articles, engines, Path(tmp))


if __name__ == "__main__":
    main()
