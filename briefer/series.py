"""An archive → one brief per day, week or month, and a Markdown index of them.

Per-article work (read, relevance, split, attribute) runs partition by partition and
spills each period's prepared articles to disk; per-period work (rank, compose, render)
then runs period by period. So no process holds more than a partition or a period, and the
same two functions run on the local pool or on Dask workers (``engines.py``).
"""

from __future__ import annotations

import datetime as dt
import os
import pickle
import resource
import shutil
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import partial
from pathlib import Path

from .archive import PARTITION_LINES, Partition, plan_partitions, read_partition, relevance
from .compose import ComposeOptions, compose_brief
from .diff import diff_snapshots, snapshot_of
from .engines import Engine
from .errors import InputError, UsageError
from .models import Article, Attribution, Brief, Sentence, Template
from .output import check_target, write_atomic
from .pipeline import Prepared, prepare_article
from .rank import DEFAULT_ALGORITHM, RankOptions, score_sentences
from .read import Notice
from .render.docx import render_docx
from .render.text import citation_text, render_json, render_markdown
from .topic import off_topic, on_topic_only

WORK_FOLDER = ".series-work"
"""Inside -o DIR: the spilled per-period articles, removed when the run ends."""

NOTICES_KEPT = 20
"""Notices and undated titles each partition reports in full; the rest are only counted."""


class Every(StrEnum):
    """How long a period is."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"


def _week(date: dt.date) -> str:
    year, week, _ = date.isocalendar()
    return f"{year}-W{week:02d}"


PERIODS: dict[Every, Callable[[dt.date], str]] = {
    Every.DAY: dt.date.isoformat,
    Every.WEEK: _week,
    Every.MONTH: lambda date: f"{date.year}-{date.month:02d}",
}
"""Period → the label of the period a date falls in; labels sort in time order."""


def _render_markdown(brief: Brief, created: dt.datetime) -> bytes:
    return render_markdown(brief).encode("utf-8")


def _render_json(brief: Brief, created: dt.datetime) -> bytes:
    return render_json(brief).encode("utf-8")


def _render_docx(brief: Brief, created: dt.datetime) -> bytes:
    import io

    stream = io.BytesIO()
    render_docx(brief, stream, created)
    return stream.getvalue()


SERIES_FORMATS: dict[str, tuple[str, Callable[[Brief, dt.datetime], bytes]]] = {
    "markdown": (".md", _render_markdown),
    "json": (".json", _render_json),
    "docx": (".docx", _render_docx),
}
"""Format → (file suffix, renderer to bytes)."""


@dataclass(frozen=True)
class SeriesRequest:
    """What ``brief series`` was asked for."""

    paths: tuple[str, ...]
    output: Path
    every: Every = Every.WEEK
    since: dt.date | None = None
    until: dt.date | None = None
    min_articles: int = 1
    fmt: str = "markdown"
    algorithm: str = DEFAULT_ALGORITHM
    segmenter: str = "pysbd"
    compose: ComposeOptions = field(default_factory=ComposeOptions)
    created: dt.datetime = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
    force: bool = False
    partition_lines: int = PARTITION_LINES


@dataclass(frozen=True)
class Job:
    """What a worker needs for either task (pickled to it once per task)."""

    request: SeriesRequest
    template: Template
    work: Path


@dataclass(frozen=True)
class PartitionReport:
    """What one partition held: counts by outcome, articles per period, worker memory."""

    counts: Counter[str]
    periods: Counter[str]
    notices: tuple[Notice, ...]
    undated: tuple[str, ...]
    worker: tuple[int, int]
    """(process id, peak resident memory in KiB) of the worker that read it."""
    cpu: float = 0.0
    """CPU seconds the task took (what a benchmark can trust on a busy machine)."""


@dataclass(frozen=True)
class PeriodBrief:
    """One written brief, with what the index shows of it."""

    period: str
    name: str
    articles: int
    sentences: int
    headlines: tuple[tuple[str, str], ...]
    """(actor name, its best sentence with citation, or '') for each template actor."""
    data: bytes
    worker: tuple[int, int]
    cpu: float = 0.0


@dataclass(frozen=True)
class SeriesResult:
    """What the run read, kept and wrote."""

    counts: Counter[str]
    periods: Counter[str]
    briefs: tuple[PeriodBrief, ...]
    notices: tuple[Notice, ...]
    undated: tuple[str, ...]
    index: Path
    peaks: dict[int, int]
    """Worker process id → peak resident memory (KiB)."""
    cpu: tuple[float, float] = (0.0, 0.0)
    """CPU seconds of all per-partition tasks, and of all per-period tasks."""


def _peak() -> tuple[int, int]:
    return os.getpid(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _period_of(article: Article, request: SeriesRequest) -> str | None:
    """The article's period label, or None when it falls outside --since/--until."""
    assert article.date is not None
    if request.since and article.date < request.since:
        return None
    if request.until and article.date > request.until:
        return None
    return PERIODS[request.every](article.date)


def prepare_partition(partition: Partition, job: Job) -> PartitionReport:
    """Read, filter, split and attribute one partition; spill its articles by period."""
    started = time.process_time()
    notices: list[Notice] = []
    counts: Counter[str] = Counter()
    undated: list[str] = []
    buckets: dict[str, list[tuple[int, Article, Prepared]]] = {}
    test = relevance(job.template)
    for number, article in enumerate(read_partition(partition, notices)):
        counts["read"] += 1
        if not test.concerns(article):
            continue
        counts["relevant"] += 1
        if article.date is None:
            undated.append(article.path if article.title == article.id else article.title)
            continue
        period = _period_of(article, job.request)
        if period is None:
            counts["out of range"] += 1
            continue
        prepared = prepare_article(article, job.template, job.request.segmenter)
        buckets.setdefault(period, []).append((number, article, prepared))
    for period, records in buckets.items():
        _spill(job.work / period / f"{partition.number:09d}.pickle", records)
    counts["undated"] = len(undated)
    periods = Counter({p: len(r) for p, r in buckets.items()})
    cpu = time.process_time() - started
    return PartitionReport(
        counts, periods, tuple(notices[:NOTICES_KEPT]), tuple(undated[:NOTICES_KEPT]), _peak(), cpu
    )


def _spill(path: Path, records: list[tuple[int, Article, Prepared]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".part")
    with temporary.open("wb") as stream:
        pickle.dump(records, stream, protocol=pickle.HIGHEST_PROTOCOL)
    temporary.replace(path)


def _spilled(folder: Path) -> Iterator[tuple[Article, Prepared]]:
    """A period's articles in archive order (partition, then position in it)."""
    for path in sorted(folder.glob("*.pickle")):
        with path.open("rb") as stream:
            for _, article, prepared in pickle.load(stream):
                yield article, prepared


def compose_period(periods: tuple[str, str | None], job: Job) -> PeriodBrief:
    """Rank, compose and render the brief of one period from its spilled articles; after the
    first, with what is new since the previous period (that brief is composed again here, so
    each period stays one independent task and every engine writes the same bytes)."""
    started = time.process_time()
    period, previous = periods
    request, template = job.request, job.template
    brief = _period_brief(period, job)
    if previous is not None:
        old = snapshot_of(_period_brief(previous, job))
        brief = replace(brief, since=diff_snapshots(old, snapshot_of(brief)))
    suffix, render = SERIES_FORMATS[request.fmt]
    return PeriodBrief(
        period,
        brief_name(template, period, request.fmt),
        len(brief.articles),
        brief.sentence_count,
        headlines(brief),
        render(brief, request.created),
        _peak(),
        time.process_time() - started,
    )


def _period_brief(period: str, job: Job) -> Brief:
    """The brief of one period, composed from its spilled articles."""
    request, template = job.request, job.template
    articles: list[Article] = []
    sentences: list[Sentence] = []
    attributions: list[Attribution] = []
    seen: Counter[str] = Counter()
    for article, (split, attributed) in _spilled(job.work / period):
        seen[article.id] += 1
        if seen[article.id] > 1:  # ids unique within a brief, as read_paths makes them
            article, split = _renamed(article, split, f"{article.id}-{seen[article.id]}")
        articles.append(article)
        sentences.extend(split)
        attributions.extend(attributed)
    aside = off_topic(articles, sentences, template)  # neither ranked nor composed
    on_topic, held = on_topic_only(sentences, attributions, aside)
    scores = score_sentences(on_topic, request.algorithm, RankOptions(keywords=template.keywords))
    brief = compose_brief(
        template, articles, on_topic, scores, held, request.algorithm, request.compose, aside=aside
    )
    return replace(brief, sentence_count=len(sentences))


def _renamed(
    article: Article, split: tuple[Sentence, ...], new_id: str
) -> tuple[Article, tuple[Sentence, ...]]:
    return replace(article, id=new_id), tuple(replace(s, article_id=new_id) for s in split)


def brief_name(template: Template, period: str, fmt: str) -> str:
    """'korea-2018-W05.md': the template, then the period."""
    return f"{template.name}-{period}{SERIES_FORMATS[fmt][0]}"


def index_name(template: Template) -> str:
    """'korea-index.md'."""
    return f"{template.name}-index.md"


def headlines(brief: Brief) -> tuple[tuple[str, str], ...]:
    """Each actor's headline bullet: the first of its section, with its citation."""
    actors = {a.key for a in brief.template.actors}
    lines = []
    for section in brief.sections:
        if section.key in actors:
            first = section.items[0] if section.items else None
            text = f"{first.sentence.text} {citation_text(first, brief.articles)}" if first else ""
            lines.append((section.title, text))
    return tuple(lines)


def run_series(request: SeriesRequest, template: Template, engine: Engine) -> SeriesResult:
    """Brief every period of the archive with at least ``min_articles`` relevant articles."""
    if request.fmt not in SERIES_FORMATS:
        raise UsageError(f"--format {request.fmt} cannot be written to files here")
    if request.since and request.until and request.since > request.until:
        raise UsageError(f"--since {request.since} is after --until {request.until}")
    _check_folder(request, template)
    partitions = plan_partitions(request.paths, request.partition_lines)
    work = request.output / WORK_FOLDER
    shutil.rmtree(work, ignore_errors=True)
    job = Job(request, template, work)
    try:
        reports = list(engine.map(partial(prepare_partition, job=job), partitions))
        counts, periods = Counter[str](), Counter[str]()
        for report in reports:
            counts.update(report.counts)
            periods.update(report.periods)
        if not counts["read"]:
            raise InputError(f"no readable articles in {', '.join(request.paths)}")
        kept = sorted(p for p, n in periods.items() if n >= request.min_articles)
        for period in kept:
            check_target(request.output / brief_name(template, period, request.fmt), request.force)
        briefs = tuple(
            _written(request.output, brief)
            for brief in engine.map(
                partial(compose_period, job=job), list(zip(kept, [None, *kept[:-1]], strict=True))
            )
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    result = SeriesResult(
        counts,
        periods,
        briefs,
        tuple(n for r in reports for n in r.notices),
        tuple(u for r in reports for u in r.undated),
        request.output / index_name(template),
        _peaks([r.worker for r in reports] + [b.worker for b in briefs]),
        (sum(r.cpu for r in reports), sum(b.cpu for b in briefs)),
    )
    index = render_index(result, request, template).encode("utf-8")
    write_atomic(result.index, lambda stream: stream.write(index))
    return result


def _written(folder: Path, brief: PeriodBrief) -> PeriodBrief:
    """Write the brief as it arrives, so the driver holds one rendered brief at a time."""
    data = brief.data
    write_atomic(folder / brief.name, lambda stream: stream.write(data))
    return replace(brief, data=b"")


def render_index(result: SeriesResult, request: SeriesRequest, template: Template) -> str:
    """The Markdown index: each period's brief, its size and each actor's headline."""
    counts = result.counts
    lines = [
        f"# {template.topic}: one brief per {request.every.value}",
        "",
        f"{counts['read']} articles read, {counts['relevant']} about this template, "
        f"{counts['undated']} of them undated (left out), {counts['out of range']} outside "
        f"the dates asked; {len(result.briefs)} of {len(result.periods)} periods have at "
        f"least {request.min_articles} article(s).",
    ]
    for brief in result.briefs:
        lines += ["", f"## [{brief.period}]({brief.name}) · {brief.articles} article(s)", ""]
        for actor, text in brief.headlines:
            lines.append(f"- **{actor}**: {text or '*no position reported*'}")
    skipped = sorted(set(result.periods) - {b.period for b in result.briefs})
    if skipped:
        shown = ", ".join(f"{p} ({result.periods[p]})" for p in skipped)
        lines += ["", f"Below --min-articles: {shown}."]
    return "\n".join(lines) + "\n"


def _check_folder(request: SeriesRequest, template: Template) -> None:
    """-o DIR is made if missing; a series already there is not overwritten silently."""
    folder = request.output
    if folder.exists() and not folder.is_dir():
        raise UsageError("-o must be a folder for a series", str(folder))
    folder.mkdir(parents=True, exist_ok=True)
    check_target(folder / index_name(template), request.force)


def _peaks(workers: list[tuple[int, int]]) -> dict[int, int]:
    peaks: dict[int, int] = {}
    for pid, kib in workers:
        peaks[pid] = max(peaks.get(pid, 0), kib)
    return peaks
