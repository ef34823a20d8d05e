"""The whole path once: read → split → rank → attribute → compose, as one library call."""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import importlib
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from itertools import repeat

from .attribute import attribute_article, compile_matcher
from .engines import default_jobs, ignore_interrupts, process_pool
from .errors import InputError
from .models import Article, Attribution, Brief, MemoFields, Sentence, Template, When
from .options import DEFAULT_ALGORITHM, ComposeOptions
from .read import Notice, read_paths
from .split import MAX_SEGMENT_CHARS, split_article
from .topic import article_off_topic, cannot_be_on_topic, never_all
from .when import datelined_east, remember_when, resolve_when

PARALLEL_MIN_CHARS = 400_000
"""Inputs longer than this (about 60 articles) are split and attributed on every core."""
CHUNKS_PER_WORKER = 16
"""Articles go to the workers in this many chunks per worker: with 8, the large benchmark
folder's 1,284 articles made 17 chunks of 80, and one worker ran the last chunk alone for
about a second (simulated from each article's measured cost: 11.85 s against 11.33 s with
16, the work split evenly to 0.02 s)."""
SETTLE_EVERY = 128
"""Articles after which what the run holds is left out of garbage collection."""

Progress = Callable[[str, int, int], None]
"""Told (stage, done, total) as the run goes; the CLI draws it as a bar on a terminal."""


def _silent(stage: str, done: int, total: int) -> None:
    """The default progress: nobody is watching."""


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
    attribute_set_aside: bool = False
    """Attribute the sentences of articles set aside as off topic too: the brief never
    shows, cites or merges them, so only a listing of every sentence (JSON
    ``--all-sentences``) needs their holders."""


@dataclass(frozen=True)
class BriefResult:
    """The brief and what the reader had to skip or repair."""

    brief: Brief
    notices: tuple[Notice, ...]


def make_brief(
    request: BriefRequest, template: Template, progress: Progress = _silent, defer: bool = True
) -> BriefResult:
    """Run every stage on the request's paths. ``defer``: an article that names nothing of
    the template's topic is set aside unsplit, and split only to count its sentences while
    ranking and composing run (``cannot_be_on_topic``)."""
    progress("reading", 0, 1)
    reading = read_paths(request.paths)
    skipped = [n for n in reading.notices if n.skipped]
    if request.strict and reading.notices:
        first = reading.notices[0]
        raise InputError(f"{first.message} (--strict)", first.path)
    if not reading.articles:
        where = ", ".join(request.paths)
        raise InputError(f"no readable articles in {where}{_skipped_summary(skipped)}")
    total = len(reading.articles)
    sentences: list[Sentence] = []
    attributions: list[Attribution] = []
    aside: set[str] = set()
    splits: list[tuple[Sentence, ...] | None] = []
    unsplit: list[Article] = []
    progress("splitting and attributing", 0, total)
    with _heap_settled() as settle:
        prepared = split_and_attribute(
            reading.articles,
            template,
            request.segmenter,
            meanwhile=_load_second_half,
            attribute_set_aside=request.attribute_set_aside,
            defer_off_topic=defer and not request.attribute_set_aside,
        )
        for done, (article, flagged) in enumerate(
            zip(reading.articles, prepared, strict=True), start=1
        ):
            if flagged is None:  # off topic, unless it has only boilerplate: counted later
                unsplit.append(article)
                aside.add(article.id)
                splits.append(None)
            else:
                (split, attributed), off = flagged
                splits.append(split)
                sentences.extend(split)
                attributions.extend(attributed or (UNATTRIBUTED,) * len(split))
                if off:
                    aside.add(article.id)
                else:  # ranking and composing read only the articles on topic
                    _terms_ahead(split)
            progress("splitting and attributing", done, total)
            if done % SETTLE_EVERY == 0:
                settle()
        flagged_aside, aside = aside, never_all(aside, total)
        if flagged_aside and not aside and not request.attribute_set_aside:
            # every article was off topic, so none is set aside: attribute them all now
            again = [
                each[0]
                for each in split_and_attribute(
                    reading.articles, template, request.segmenter, splits=splits
                )
                if each is not None
            ]
            sentences = [s for split, _ in again for s in split]
            attributions = [a for _, attributed in again for a in attributed]
            unsplit = []
        settle()
        from .finish import ranked_and_composed

        with _collection_paused(), _counted_meanwhile(unsplit, request.segmenter) as counted:
            brief = ranked_and_composed(
                request,
                template,
                reading.articles,
                sentences,
                attributions,
                progress,
                frozenset(aside),
            )
            counts = counted()
    if any(not text for _, text in counts):  # only boilerplate, so on topic: brief it all
        return make_brief(request, template, progress, defer=False)
    if counts:
        brief = replace(brief, sentence_count=brief.sentence_count + sum(n for n, _ in counts))
    return BriefResult(brief, reading.notices)


def _load_second_half() -> None:
    """Ranking's and composing's modules, loaded while the workers split and attribute."""
    importlib.import_module(f"{__package__}.finish")


def _terms_ahead(sentences: Sequence[Sentence]) -> None:
    from .finish import terms_ahead  # loaded by now: a lookup

    terms_ahead(sentences)


@contextmanager
def _heap_settled() -> Iterator[Callable[[], None]]:
    """A call that leaves what the run has made so far (articles, sentences, attributions:
    most of the heap, and none of it garbage) out of garbage collection: each full
    collection would walk all of it again, and a forked child would copy every page the
    collector touches. Everything is collectable again at the end. Nothing is frozen when
    the caller froze objects of its own."""
    if gc.get_freeze_count():
        yield lambda: None
        return
    try:
        yield gc.freeze
    finally:
        gc.unfreeze()


@contextmanager
def _collection_paused() -> Iterator[None]:
    """No garbage collection while ranking and composing: they build long-lived structures
    and next to no cyclic garbage (15 objects over 45,000 sentences), which full
    collections walked again and again for nothing (ten, 0.6 s of composing the
    45,000-sentence brief). The collector runs again afterwards."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _skipped_summary(skipped: Sequence[Notice], shown: int = 3) -> str:
    """' (4 skipped: a.pdf: unsupported file type '.pdf'; …; 1 more)' for a one-line error."""
    if not skipped:
        return ""
    named = "; ".join(f"{os.path.basename(n.path)}: {n.message}" for n in skipped[:shown])
    more = f"; {len(skipped) - shown} more" if len(skipped) > shown else ""
    return f" ({len(skipped)} skipped: {named}{more})"


Prepared = tuple[tuple[Sentence, ...], tuple[Attribution, ...]]

UNATTRIBUTED = Attribution()
"""The attribution given each sentence of an article set aside as off topic, not worked
out: no holders, as for a sentence that reports no position."""


def prepare_article(article: Article, template: Template, segmenter: str) -> Prepared:
    """Split one article and attribute its sentences (both work article by article)."""
    sentences = split_article(article, segmenter)
    return sentences, attribute_article(article, sentences, template)


Flagged = tuple[Prepared, bool]
"""An article prepared, and whether it is off the template's topic."""


def _flagged(
    article: Article,
    template: Template,
    segmenter: str,
    attribute_set_aside: bool,
    split: tuple[Sentence, ...] | None = None,
) -> Flagged:
    """Prepared and flagged: an article off topic is attributed only when asked (three
    quarters of the large benchmark folder, and 9 of its 12 CPU-seconds of attribution).
    ``split``: its sentences, when already split."""
    sentences = split_article(article, segmenter) if split is None else split
    off = article_off_topic(sentences, template)
    if off and not attribute_set_aside:
        return (sentences, ()), True
    return (sentences, attribute_article(article, sentences, template)), off


def _prepare_with_dates(
    article: Article,
    template: Template,
    segmenter: str,
    attribute_set_aside: bool,
    split: tuple[Sentence, ...] | None,
    defer: bool = False,
) -> tuple[Flagged, tuple[When | None, ...]] | None:
    """Flagged, with the date each sentence reports: composing asks for them one process
    at a time, so the pool resolves them ahead (about 2 s of 45,000 sentences); composing
    reads no article set aside, so only a listing of every sentence needs theirs. With
    ``defer``, None for an article that names nothing of the topic (``unsplit``)."""
    if defer and split is None and unsplit(article, template):
        return None
    flagged = _flagged(article, template, segmenter, attribute_set_aside, split)
    if flagged[1] and not attribute_set_aside:
        return flagged, ()
    sentences = (s for s in flagged[0][0] if not s.boilerplate)
    east = datelined_east(article.paragraphs)
    return flagged, tuple(resolve_when(s.text, article.date, east) for s in sentences)


def split_and_attribute(
    articles: Sequence[Article],
    template: Template,
    segmenter: str,
    jobs: int | None = None,
    meanwhile: Callable[[], object] = lambda: None,
    attribute_set_aside: bool = True,
    splits: Sequence[tuple[Sentence, ...] | None] | None = None,
    defer_off_topic: bool = False,
) -> Iterator[Flagged | None]:
    """Prepare and flag every article, on every core when the input is large (order kept).
    ``meanwhile`` runs once before the first article is yielded: once the workers are
    busy, when there are workers. An article off topic is attributed only with
    ``attribute_set_aside``. ``splits``: each article's sentences, when already split.
    ``defer_off_topic``: on every core, None for an article that names nothing of the
    topic, left unsplit (``unsplit``)."""
    known: Sequence[tuple[Sentence, ...] | None] = splits or [None] * len(articles)
    jobs = jobs or default_jobs()
    total = sum(len(a.text) for a in articles)
    if jobs < 2 or total < PARALLEL_MIN_CHARS:
        meanwhile()
        for article, split in zip(articles, known, strict=True):
            yield _flagged(article, template, segmenter, attribute_set_aside, split)
        return
    chunk = _chunk_size(len(articles), jobs)
    compile_matcher(template)  # before the fork: every worker needs it, and so does composing
    with process_pool(jobs) as pool:
        prepared = pool.map(
            _prepare_with_dates,
            articles,
            repeat(template),
            repeat(segmenter),
            repeat(attribute_set_aside),
            known,
            repeat(defer_off_topic),
            chunksize=chunk,
        )
        meanwhile()
        for article, answer in zip(articles, prepared, strict=True):
            if answer is None:
                yield None
                continue
            done, dates = answer
            if dates:
                _remember_dates(article, done[0][0], dates)
            yield done


def _chunk_size(articles: int, jobs: int) -> int:
    """Articles per task, for CHUNKS_PER_WORKER tasks per worker."""
    return max(1, articles // (jobs * CHUNKS_PER_WORKER))


def _remember_dates(
    article: Article, sentences: Sequence[Sentence], dates: Sequence[When | None]
) -> None:
    """The dates a worker resolved, remembered here as if resolved here."""
    east = datelined_east(article.paragraphs)  # as the worker resolved them
    for sentence, when in zip((s for s in sentences if not s.boilerplate), dates, strict=True):
        remember_when(sentence.text, article.date, when, east)


def unsplit(article: Article, template: Template) -> bool:
    """Whether an article can be set aside unsplit: none of its paragraphs names anything
    of the topic (``cannot_be_on_topic``), and none is so long that splitting might cut it
    inside a word (``segment_bounded``)."""
    return all(len(p) <= MAX_SEGMENT_CHARS for p in article.paragraphs) and cannot_be_on_topic(
        article.paragraphs, template
    )


SentenceCount = tuple[int, bool]
"""An article's sentences, and whether one of them is not boilerplate."""


@contextmanager
def _counted_meanwhile(
    articles: Sequence[Article], segmenter: str
) -> Iterator[Callable[[], list[SentenceCount]]]:
    """A call that answers each article's ``SentenceCount``, split by a pool of workers
    from the start of the block (ranking and composing run meanwhile and come first: the
    workers run at a lower priority). The block's header counts every sentence read."""
    if not articles:
        yield list
        return
    jobs = default_jobs()
    with process_pool(jobs, _lower_priority) as pool:
        answers = pool.map(
            _sentence_count,
            articles,
            repeat(segmenter),
            chunksize=_chunk_size(len(articles), jobs),
        )
        got: list[SentenceCount] = []

        def counted() -> list[SentenceCount]:
            if not got:
                got.extend(answers)
            return got

        yield counted


def _sentence_count(article: Article, segmenter: str) -> SentenceCount:
    sentences = split_article(article, segmenter)
    return len(sentences), any(not s.boilerplate for s in sentences)


def _lower_priority() -> None:
    """A counting worker: Ctrl-C is the parent's, and the parent's work comes first."""
    ignore_interrupts()
    with contextlib.suppress(AttributeError, OSError):  # no os.nice on Windows
        os.nice(10)
