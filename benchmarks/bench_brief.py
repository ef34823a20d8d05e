"""A whole `brief` run over a large real folder: wall time and peak memory.

Run: python benchmarks/bench_brief.py
Copies korea_articles and PolNeAR (1,325 articles) from ../shared/data into a temporary
folder, runs `brief FOLDER --format json -o OUT` as a child process (the CLI users run),
and reports wall time, the peak resident memory of the largest process (the parent or a
worker), and the number of sentences.
"""

from __future__ import annotations

import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
FILES = ("korea_articles/allsides_korea.jsonl", "attribution/polnear_train_dev.jsonl")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        for name in FILES:
            shutil.copy(DATA / name, folder)
        out = Path(tmp) / "brief.json"
        command = [
            sys.executable,
            "-m",
            "briefer",
            str(folder),
            "--format",
            "json",
            "-o",
            str(out),
            "--quiet",
        ]
        started = time.perf_counter()
        subprocess.run(command, check=True)
        wall = time.perf_counter() - started
        peak_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        brief = json.loads(out.read_text())
    print(f"articles: {len(brief['articles'])}  sentences: {brief['sentence_count']}")
    print(f"wall time: {wall:.1f} s  peak memory (largest process): {peak_mib:.0f} MiB")


if __name__ == "__main__":
    main()
