"""Whole `brief` runs on real folders: wall time, peak memory and where the time goes.

Run: python benchmarks/bench_brief.py [--runs 3] [--skip-sumy] [--skip-large]
     [--large-template us2016]

In one run, side by side:
- startup: `brief --help` and `brief templates` (best of five);
- small: the first articles of ../shared/data/korea_articles (≈3,000 sentences), the whole
  `brief FOLDER --format json -o OUT` against sumy's LexRank ranking alone on the same
  (non-boilerplate) sentences, the number the issue asks to beat 40-fold;
- large: korea_articles plus PolNeAR (1,325 articles, ≈47,000 sentences), target under 15 s
  wall and 1.5 GiB peak. Under the Korea template most of its articles (the election
  stories, and Korea stories off the template's topic) are set aside, and so neither
  attributed, ranked nor composed; each folder's line says how many. ``--large-template
  us2016`` briefs the folder again under a template for which the election stories are on
  topic.
Each brief runs as a child process, the CLI users run; its stages are timed from inside
(the pipeline's progress reports), and its peak memory is the largest of the process and
its workers. A one-core stage-by-stage breakdown (library calls) shows what splitting and
attribution cost on their own, which the worker pool interleaves in the CLI run.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
KOREA = DATA / "korea_articles" / "allsides_korea.jsonl"
POLNEAR = DATA / "attribution" / "polnear_train_dev.jsonl"
SMALL_SENTENCES = 3_000
TIMINGS_ENV = "BRIEFER_BENCH_TIMINGS"


# ---- inside the child: the CLI with its stages timed ----------------------------------------


def child(args: list[str]) -> None:
    """Run the CLI as `brief` does, noting when each pipeline stage starts."""
    started = time.perf_counter()
    import briefer.cli
    import briefer.pipeline

    marks: list[tuple[str, float]] = [("imports, template, checks", started)]
    make_brief = briefer.pipeline.make_brief

    def timed_make_brief(request: Any, template: Any, progress: Any = None) -> Any:
        def note(stage: str, done: int, total: int) -> None:
            if stage != marks[-1][0]:
                marks.append((stage, time.perf_counter()))

        result = make_brief(request, template, note)
        marks.append(("rendering and writing", time.perf_counter()))
        return result

    briefer.pipeline.make_brief = timed_make_brief
    if hasattr(briefer.cli, "make_brief"):  # a CLI that imports it up front
        briefer.cli.make_brief = timed_make_brief
    code = 0
    try:
        briefer.cli.main(args)
    except SystemExit as done:
        code = int(done.code or 0)
    marks.append(("end", time.perf_counter()))
    stages = {name: marks[i + 1][1] - at for i, (name, at) in enumerate(marks[:-1])}
    Path(os.environ[TIMINGS_ENV]).write_text(json.dumps(stages))
    sys.exit(code)


# ---- in the parent ---------------------------------------------------------------------------


Run = tuple[float, float, float, dict[str, float]]
"""Wall seconds, CPU seconds and peak MiB (the process and its workers), stage seconds."""


def run_brief(folder: Path, out: Path, timings: Path, template: str = "korea") -> Run:
    """One CLI run of `brief FOLDER --format json -o OUT`, measured."""
    out.unlink(missing_ok=True)
    command = [sys.executable, __file__, "--child", str(folder), "--format", "json"]
    command += ["-o", str(out), "--quiet", "--template", template]
    started = time.perf_counter()
    process = subprocess.Popen(command, env={**os.environ, TIMINGS_ENV: str(timings)})
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise SystemExit(f"brief failed with exit code {process.returncode}")
    cpu = usage.ru_utime + usage.ru_stime
    return wall, cpu, usage.ru_maxrss / 1024, json.loads(timings.read_text())


def startup(args: list[str]) -> float:
    """Best of five wall times of `brief ARGS` in a fresh interpreter."""
    best = float("inf")
    for _ in range(5):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "briefer", *args], check=True, capture_output=True)
        best = min(best, time.perf_counter() - started)
    return best


def small_records(limit: int) -> list[dict[str, Any]]:
    """The first Korea articles that hold about ``limit`` sentences together."""
    from briefer.read import article_from_text
    from briefer.split import split_article

    records, count = [], 0
    for line in KOREA.open(encoding="utf-8"):
        record = json.loads(line)
        count += len(split_article(article_from_text(record["id"], record["text"])))
        records.append(record)
        if count >= limit:
            break
    return records


def sumy_lexrank_seconds(folder: Path) -> tuple[float, float, int]:
    """Wall and CPU seconds of sumy's LexRank alone on the sentences a brief of ``folder``
    ranks, and their number."""
    from briefer.rank import RANKERS, RankOptions
    from briefer.read import read_paths
    from briefer.split import split_article
    from briefer.template import load_template

    template = load_template("korea")
    articles = read_paths([str(folder)]).articles
    sentences = [s for a in articles for s in split_article(a) if not s.boilerplate]
    rank = RANKERS["sumy-lexrank"]
    rank(sentences[:10], RankOptions())  # sumy's imports are not its ranking
    started, cpu = time.perf_counter(), time.process_time()
    rank(sentences, RankOptions(keywords=template.keywords))
    return time.perf_counter() - started, time.process_time() - cpu, len(sentences)


def one_core_stages(folder: Path) -> dict[str, float]:
    """Each stage alone, one core, library calls: what the worker pool interleaves."""
    from briefer import split as split_module
    from briefer.attribute import attribute_sentences
    from briefer.compose import compose_brief
    from briefer.rank import DEFAULT_ALGORITHM, RankOptions, score_sentences, terms
    from briefer.read import read_paths
    from briefer.render.text import render_json
    from briefer.split import split_article
    from briefer.template import load_template

    template = load_template("korea")
    seconds: dict[str, float] = {}
    paragraph_cache = getattr(split_module, "_segment_with_pysbd", None)  # absent before
    if paragraph_cache:  # small_records split these articles already
        paragraph_cache.cache_clear()

    def timed(name: str, work: Callable[[], Any]) -> Any:
        started = time.perf_counter()
        result = work()
        seconds[name] = time.perf_counter() - started
        return result

    terms.cache_clear()
    articles = timed("read", lambda: read_paths([str(folder)]).articles)
    split = timed("split", lambda: [split_article(a) for a in articles])
    attributed = timed("attribute", lambda: [attribute_sentences(s, template) for s in split])
    sentences = [s for part in split for s in part]
    attributions = [a for part in attributed for a in part]
    options = RankOptions(keywords=template.keywords)
    scores = timed("rank", lambda: score_sentences(sentences, DEFAULT_ALGORITHM, options))
    brief = timed(
        "compose",
        lambda: compose_brief(
            template, articles, sentences, scores, attributions, DEFAULT_ALGORITHM
        ),
    )
    timed("render json", lambda: render_json(brief, False))
    return seconds


def spread(values: list[float], unit: str, digits: int = 2) -> str:
    if len(values) == 1:
        return f"{values[0]:.{digits}f} {unit}"
    low, mid, high = min(values), statistics.median(values), max(values)
    return f"{mid:.{digits}f} {unit} (min {low:.{digits}f}, max {high:.{digits}f})"


def report_runs(name: str, runs: list[Run]) -> tuple[float, float]:
    """Print wall, CPU, peak and stages; return the median wall and CPU seconds."""
    walls, cpus = [r[0] for r in runs], [r[1] for r in runs]
    print(f"{name}: whole brief {spread(walls, 's')} wall, {spread(cpus, 's')} CPU")
    print(f"    peak memory {spread([r[2] for r in runs], 'MiB', 0)}")
    for stage in runs[0][3]:
        print(f"    {stage:28} {spread([r[3].get(stage, 0.0) for r in runs], 's')}")
    return statistics.median(walls), statistics.median(cpus)


def benchmark(folder: Path, tmp: Path, runs: int, template: str = "korea") -> list[Run]:
    out, timings = tmp / "brief.json", tmp / "timings.json"
    return [run_brief(folder, out, timings, template) for _ in range(runs)]


def set_aside(out: dict[str, Any]) -> str:
    """'1,010 of 1,284 articles set aside as off topic (not attributed, ranked or composed)'."""
    return (
        f"{len(out['set_aside']):,} of {len(out['articles']):,} articles set aside as off "
        "topic (not attributed, ranked or composed)"
    )


def byte_compiled() -> str:
    """Byte-compile the package being measured, as `pip install .` (the README's install)
    does: an editable install under PYTHONDONTWRITEBYTECODE, as on the machines here,
    would otherwise compile every module from source at each start (about 0.13 s of the
    small run's imports)."""
    import briefer

    package = Path(briefer.__file__).parent
    compileall.compile_dir(str(package), quiet=1)
    return f"byte-compiled {package} first, as `pip install .` does"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=1, help="brief runs per folder")
    parser.add_argument("--skip-sumy", action="store_true", help="no sumy LexRank timing")
    parser.add_argument("--skip-large", action="store_true", help="no 47,000-sentence run")
    parser.add_argument(
        "--large-template",
        action="append",
        default=[],
        metavar="NAME",
        help="also brief the large folder with this template (e.g. us2016, for which the "
        "PolNeAR election stories are on topic); repeatable",
    )
    args = parser.parse_args()
    print(
        "load average at start (the machine is shared): {:.1f} {:.1f} {:.1f}".format(
            *os.getloadavg()
        )
    )
    print(byte_compiled())
    print(f"startup: brief --help {startup(['--help']):.2f} s, ", end="")
    print(f"brief templates {startup(['templates']):.2f} s (best of 5; target < 0.3 s)")
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        small = tmp / "small"
        small.mkdir()
        records = small_records(SMALL_SENTENCES)
        with (small / "korea.jsonl").open("w", encoding="utf-8") as stream:
            stream.writelines(json.dumps(r) + "\n" for r in records)
        small_runs = benchmark(small, tmp, args.runs)
        out = json.loads((tmp / "brief.json").read_text())
        print(f"\nsmall: {len(records)} articles, {out['sentence_count']} sentences")
        print(f"  {set_aside(out)}")
        brief_s, brief_cpu = report_runs("small", small_runs)
        print("  one core, stage by stage (library calls):")
        for stage, seconds in one_core_stages(small).items():
            print(f"    {stage:28} {seconds:.2f} s")
        if not args.skip_sumy:
            sumy_s, sumy_cpu, ranked = sumy_lexrank_seconds(small)
            print(
                f"  sumy LexRank alone on the same {ranked} sentences: {sumy_s:.1f} s wall, "
                f"{sumy_cpu:.1f} s CPU; the whole brief is {sumy_s / brief_s:.0f}x faster in "
                f"wall time (target >= 40x), {sumy_cpu / brief_cpu:.0f}x in CPU time"
            )
        if not args.skip_large:
            large = tmp / "large"
            large.mkdir()
            for path in (KOREA, POLNEAR):
                shutil.copy(path, large)
            for template in ["korea", *args.large_template]:
                large_runs = benchmark(large, tmp, args.runs, template)
                out = json.loads((tmp / "brief.json").read_text())
                articles, sentences = len(out["articles"]), out["sentence_count"]
                print(f"\nlarge ({template}): {articles} articles, {sentences} sentences")
                print(f"  {set_aside(out)}")
                report_runs("large", large_runs)
                print("  target: under 15 s wall and 1,536 MiB peak")
    print("load average at the end: {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(sys.argv[2:])
    else:
        main()
