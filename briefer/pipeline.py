"""The whole path once: read → split → rank → attribute → compose, as one library call."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from .attribute import attribute_sentences
from .compose import ComposeOptions, compose_brief
from .errors import InputError
from .models import Attribution, Brief, MemoFields, Sentence, Template
from .rank import DEFAULT_ALGORITHM, RankOptions, score_sentences
from .read import Notice, read_paths
from .split import split_articles

Progress = Callable[[str], None]


@dataclass(frozen=True)
class BriefRequest:
    """Everything the pipeline needs besides the template."""

    paths: tuple[str, ...]
    algorithm: str = DEFAULT_ALGORITHM
    segmenter: str = "pysbd"
    compose: ComposeOptions = field(default_factory=ComposeOptions)
    memo: MemoFields | None = None
    date: dt.date | None = None
    strict: bool = False


@dataclass(frozen=True)
class BriefResult:
    """The brief and what the reader had to skip or repair."""

    brief: Brief
    notices: tuple[Notice, ...]


def make_brief(
    request: BriefRequest, template: Template, progress: Progress = lambda stage: None
) -> BriefResult:
    """Run every stage on the request's paths."""
    progress("reading")
    reading = read_paths(request.paths)
    skipped = [n for n in reading.notices if n.skipped]
    if request.strict and reading.notices:
        first = reading.notices[0]
        raise InputError(f"{first.message} (--strict)", first.path)
    if not reading.articles:
        where = ", ".join(request.paths)
        reason = f" ({len(skipped)} skipped)" if skipped else ""
        raise InputError(f"no readable articles{reason}", where)
    progress("splitting")
    per_article = split_articles(reading.articles, request.segmenter)
    sentences: list[Sentence] = [s for group in per_article for s in group]
    progress("ranking")
    scores = score_sentences(sentences, request.algorithm, RankOptions(keywords=template.keywords))
    progress("attributing")
    attributions: list[Attribution] = []
    for group in per_article:
        attributions.extend(attribute_sentences(group, template))
    progress("composing")
    brief = compose_brief(
        template,
        reading.articles,
        sentences,
        scores,
        attributions,
        request.algorithm,
        request.compose,
        request.memo,
        request.date,
    )
    return BriefResult(brief, reading.notices)


def all_sentences(brief: Brief) -> Sequence[Sentence]:
    """Every sentence that made it into the brief's items."""
    return [item.sentence for item in brief.items]
