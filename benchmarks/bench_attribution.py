"""Attribution alone, this tree against another commit, side by side in one run.

Run: python benchmarks/bench_attribution.py [--against 10dcfc8] [--pairs 5] [--articles 79]
                                             [--data PATH.jsonl]

The other commit's code is taken with ``git archive`` into a temporary folder. Each pair runs
one child process per tree, in turn (the machine is shared: alternating spreads its load
over both); a child reads and splits the Korea articles, or those of ``--data`` (untimed),
attributes them once to warm up, then three times, and reports the best CPU time
(``time.process_time``) and a hash of every attribution (holders, evidence, spans, rules,
confidence), which must be the same for both trees. Prints each pair and the medians.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KOREA = ROOT.parent / "shared" / "data" / "korea_articles" / "allsides_korea.jsonl"
PASSES = 3

CHILD = """
import hashlib, json, sys, time
sys.meta_path[:] = [f for f in sys.meta_path if "editable" not in repr(f)]
sys.path.insert(0, sys.argv[1])
from briefer.attribute import attribute_sentences, is_opinion
from briefer.read import read_paths
from briefer.split import split_article
from briefer.template import load_template
template = load_template("korea")
articles = read_paths((sys.argv[2],)).articles[: int(sys.argv[3]) or None]
split = [(split_article(a), is_opinion(a)) for a in articles]
digest = hashlib.sha256(repr([attribute_sentences(s, template, o) for s, o in split]).encode())
best = float("inf")
for _ in range(int(sys.argv[4])):
    start = time.process_time()
    for sentences, opinion in split:
        attribute_sentences(sentences, template, opinion)
    best = min(best, time.process_time() - start)
print(json.dumps({"cpu": best, "sentences": sum(len(s) for s, _ in split),
                  "digest": digest.hexdigest()}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--against", default="main", help="the commit to compare with")
    parser.add_argument("--pairs", type=int, default=5)
    parser.add_argument("--articles", type=int, default=0, help="the first N (0: all)")
    parser.add_argument("--data", type=Path, default=KOREA, help="a JSONL of articles")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        _extract(args.against, Path(folder))
        trees = {args.against: Path(folder), "this tree": ROOT}
        times, digests = _pairs(trees, args.pairs, args.articles, args.data)
    for name, values in times.items():
        median = statistics.median(values)
        print(f"{name}: median {median:.3f} CPU-s (each the best of {PASSES} passes)")
    print("same attributions:", "yes" if len(digests) == 1 else "NO")


def _pairs(
    trees: dict[str, Path], pairs: int, articles: int, data: Path
) -> tuple[dict[str, list[float]], set[str]]:
    """Each tree's CPU time in each pair, and the hashes of their attributions."""
    times: dict[str, list[float]] = {name: [] for name in trees}
    digests = set()
    for number in range(1, pairs + 1):
        row = []
        for name, tree in trees.items():
            result = _child(tree, articles, data)
            times[name].append(float(result["cpu"]))
            digests.add(str(result["digest"]))
            row.append(f"{name} {result['cpu']:.3f}")
        print(f"pair {number}: {', '.join(row)} CPU-s ({result['sentences']} sentences)")
    return times, digests


def _extract(commit: str, folder: Path) -> None:
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", commit], check=True, capture_output=True
    ).stdout
    with tempfile.TemporaryFile() as raw:
        raw.write(archive)
        raw.seek(0)
        with tarfile.open(fileobj=raw) as tar:
            tar.extractall(folder, filter="data")


def _child(tree: Path, articles: int, data: Path) -> dict[str, float | str | int]:
    command = [sys.executable, "-c", CHILD, str(tree), str(data), str(articles), str(PASSES)]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return json.loads(output)  # type: ignore[no-any-return]


if __name__ == "__main__":
    main()
