"""Frozen dataclasses that flow between the stages: read → split → rank → attribute → compose."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, TypeVar

CONTEXT = "context"
OTHER = "other"
POST = "post"
"""The cue of a sentence an embedded post's signature lends its author."""
REPEATED = "repeated quotation"
"""The cue of a sentence that repeats a quotation given to its speaker before."""

T = TypeVar("T")


def evolve(item: T, **changes: Any) -> T:
    """``dataclasses.replace`` for the frozen models of the hot paths, a quarter of its cost:
    the copy's fields are set from the original's and the changes, as the generated
    ``__init__`` would set them, without the per-field work of ``replace`` and of a frozen
    ``__init__``. Only for dataclasses with no ``__post_init__``, ``InitVar`` or slots, and
    only with names of fields (tests/test_speed.py checks both for the classes it serves)."""
    copy = object.__new__(type(item))
    fields = copy.__dict__
    fields.update(item.__dict__)
    fields.update(changes)
    return copy


@dataclass(frozen=True)
class Article:
    """One source article as read from disk."""

    id: str
    path: str
    title: str
    paragraphs: tuple[str, ...]
    date: dt.date | None = None
    source: str = ""
    url: str = ""
    lean: str = ""
    """The outlet's political lean as the input states it (left, centre, right), or ''."""

    @property
    def text(self) -> str:
        """The body: paragraphs joined by newlines; sentence offsets point into it."""
        return "\n".join(self.paragraphs)


@dataclass(frozen=True)
class Sentence:
    """A verbatim sentence of an article; ``article.text[start:end] == text``."""

    article_id: str
    index: int
    paragraph: int
    start: int
    end: int
    text: str
    boilerplate: bool = False

    @property
    def key(self) -> tuple[str, int]:
        return (self.article_id, self.index)


@dataclass(frozen=True)
class Actor:
    """A template actor: who can hold a position, and the words that name it."""

    key: str
    name: str
    aliases: tuple[str, ...]
    color: str = "white"
    exclusions: tuple[str, ...] = ()
    took_office: tuple[tuple[str, dt.date], ...] = ()
    """(alias, date): a person who spoke for no one of the actor before that date (a
    candidate, a nominee, a commentator): in an article published earlier, an outside voice."""


@dataclass(frozen=True)
class Issue:
    """A template issue: what the grid asks every actor about, and the words that name it."""

    key: str
    name: str
    keywords: tuple[str, ...]


@dataclass(frozen=True)
class MemoFields:
    """What the memo's header block says; CLI options override them."""

    title: str = "MEMORANDUM"
    to: str = ""
    sender: str = ""
    subject: str = ""
    classification: str = "UNCLASSIFIED"
    portion_marks: bool = False
    paper: str = "letter"
    margin_inches: float = 1.0
    reference_docx: str = ""


@dataclass(frozen=True)
class Template:
    """An issue template: topic, actors and memo fields."""

    name: str
    topic: str
    actors: tuple[Actor, ...]
    memo: MemoFields = field(default_factory=MemoFields)
    keywords: tuple[str, ...] = ()
    path: str = ""
    leans: tuple[tuple[str, str], ...] = ()
    """(outlet, lean) pairs from the template's optional [sources] table."""
    issues: tuple[Issue, ...] = ()
    """The issues of the issue × actor grid, in the template's order."""
    anchors: tuple[str, ...] = ()
    """Keys of the actors the topic is about: a sentence naming one of them is on topic
    (North or South Korea for the Korea template; the US and China are named in stories
    on many other topics, so for them it takes two actors or a keyword)."""

    def actor(self, key: str) -> Actor:
        for actor in self.actors:
            if actor.key == key:
                return actor
        raise KeyError(key)


@dataclass(frozen=True)
class Evidence:
    """Why a sentence was given to a holder: the speaker mention, the cue and the rules.

    Spans are ``(start, end)`` character offsets into the article body (as a sentence's
    ``start``/``end``); ``speaker_span`` is None when the speaker is not named in this
    sentence (a pronoun's antecedent, a quote continuation)."""

    holder: str
    mention: str
    cue: str
    conduit: str = ""
    speaker_span: tuple[int, int] | None = None
    cue_span: tuple[int, int] | None = None
    speaker: str = ""
    """The speaker's fullest name in the article ("Kang Kyung-wha" for "Kang"), or, where
    the article gives only a family name, in the folder or the template (identities.py)."""
    role: str = ""
    """The speaker's role as the article describes it ("South Korean Foreign Minister")."""
    rules: tuple[str, ...] = ()
    confidence: float = 1.0
    quoted_by: str = ""
    """The holder whose quotation relays this speech act ('“North Korea has agreed …,” Trump
    tweeted': the United States), when the act stands inside the conduit's own quotation."""


@dataclass(frozen=True)
class Attribution:
    """Who holds the position a sentence reports (empty holders: context)."""

    holders: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()


class Precision(StrEnum):
    """How exactly a time expression pins its date down."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    YEAR = "year"
    DECADE = "decade"


@dataclass(frozen=True)
class When:
    """The date a sentence reports, from one of its time expressions.

    ``date`` is the first day of the span the expression names ("last year" → Jan 1).
    """

    date: dt.date
    text: str
    precision: Precision

    @property
    def end(self) -> dt.date:
        """The last day of the span (the date itself for day precision)."""
        if self.precision is Precision.WEEK:
            return min(self.date, dt.date.max - dt.timedelta(days=6)) + dt.timedelta(days=6)
        if self.precision is Precision.MONTH:
            last = calendar.monthrange(self.date.year, self.date.month)[1]
            return self.date.replace(day=last)
        if self.precision is Precision.SEASON:  # three months from the first day
            year, month = divmod(self.date.year * 12 + self.date.month + 2, 12)
            if year > dt.MAXYEAR:
                return dt.date.max
            return dt.date(year, month + 1, 1) - dt.timedelta(days=1)
        if self.precision is Precision.YEAR:
            return self.date.replace(month=12, day=31)
        if self.precision is Precision.DECADE:
            return dt.date(min(self.date.year + 9, dt.MAXYEAR), 12, 31)
        return self.date


@dataclass(frozen=True)
class BriefItem:
    """One sentence of the brief with its score, holders and citations."""

    sentence: Sentence
    score: float
    attribution: Attribution
    citations: tuple[int, ...]
    sources: tuple[Sentence, ...]
    selected: bool = False
    when: When | None = None
    archival: bool = False
    """Dated more than a year before the oldest article: background, not a current position."""
    shown: str = ""
    """The text as the brief shows it: the sentence, or the sentence with the name a leading
    pronoun stands for inserted in square brackets ("He [Trump] said …"); empty: the text."""
    reasons: tuple[str, ...] = ()
    """Why the item ranked where it did (salience signals), for --explain and JSON."""

    @property
    def display(self) -> str:
        return self.shown or self.sentence.text

    @property
    def outlets(self) -> int:
        """How many articles report it (its copies and paraphrases included)."""
        return len({s.article_id for s in self.sources})


@dataclass(frozen=True)
class Section:
    """A part of the brief: an actor's positions, context or other voices."""

    key: str
    title: str
    items: tuple[BriefItem, ...]
    color: str = "white"
    left_out: int = 0
    """Bullets chosen for the section but dropped to keep the memo to two pages."""
    joint: tuple[BriefItem, ...] = ()
    """Positions the actor holds jointly with another actor ('North and South Korea agreed
    …') whose section shows them: listed here, pointed to in the memo, never printed twice."""


@dataclass(frozen=True)
class Clash:
    """Two actors' positions on one issue that the text shows contradicting: ``actor``'s
    sentence refuses or denies what ``against`` holds ("North Korea rejected US demands")."""

    issue: str
    actor: str
    against: str
    cue: str
    """The refusal or denial words in ``actor``'s sentence ("rejected")."""


@dataclass(frozen=True)
class GridRow:
    """One issue of the grid: each actor's best-ranked position on it, or None."""

    issue: Issue
    cells: tuple[tuple[str, BriefItem | None], ...]
    """(actor key, item) in the template's actor order."""

    def cell(self, actor: str) -> BriefItem | None:
        return dict(self.cells).get(actor)


@dataclass(frozen=True)
class Grid:
    """The issue × actor grid and the clashes marked on it."""

    rows: tuple[GridRow, ...]
    clashes: tuple[Clash, ...] = ()
    left_out: tuple[str, ...] = ()
    """Keys of the issues that lost a cell to the memo's two pages (the cell held a
    position; the memo left it out for room)."""

    def clashes_of(self, issue: str, actor: str) -> tuple[Clash, ...]:
        """The clashes that mark this cell (as the refusing side or the refused one)."""
        return tuple(c for c in self.clashes if c.issue == issue and actor in (c.actor, c.against))


class ChangeKind(StrEnum):
    """What a diff says about a position."""

    NEW = "new"
    GONE = "gone"
    CORROBORATED = "corroborated"


@dataclass(frozen=True)
class Position:
    """An actor's position as a later diff needs it: the words, outlets and date."""

    actor: str
    text: str
    outlets: tuple[str, ...]
    date: dt.date | None = None
    citations: tuple[int, ...] = ()


@dataclass(frozen=True)
class Change:
    """One line of a diff: a position new, no longer reported, or more widely reported."""

    kind: ChangeKind
    position: Position
    before: Position | None = None
    """The matching position of the older brief (corroborated; the nearest one for new)."""
    similarity: float = 0.0


@dataclass(frozen=True)
class BriefDiff:
    """What changed between two briefs, per actor in the template's order."""

    old_date: dt.date | None
    new_date: dt.date | None
    actors: tuple[tuple[str, str], ...]
    """(key, name) of every actor, in order."""
    changes: tuple[Change, ...]

    def of(self, actor: str, kind: ChangeKind) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.position.actor == actor and c.kind is kind)


@dataclass(frozen=True)
class Brief:
    """Everything a renderer needs; renderers add nothing but layout."""

    template: Template
    articles: tuple[Article, ...]
    bottom_line: tuple[BriefItem, ...]
    sections: tuple[Section, ...]
    items: tuple[BriefItem, ...]
    date: dt.date | None
    sentence_count: int
    algorithm: str
    memo: MemoFields = field(default_factory=MemoFields)
    cited: int = 0
    """The first ``cited`` articles are the sources the brief cites; the rest were read."""
    timeline: tuple[BriefItem, ...] | None = None
    """Dated items in date order; None when the timeline is left out (--no-timeline)."""
    set_aside: tuple[Article, ...] = ()
    """Articles read but set aside as off the template's topic (named in the brief)."""
    grid: Grid | None = None
    """The issue × actor grid; None when the template has no issues."""
    positions: tuple[BriefItem, ...] = ()
    """Every current position an actor holds (selected or not): what a later diff compares."""
    since: BriefDiff | None = None
    timeline_left_out: int = 0
    """Timeline entries dropped to keep the memo to two pages."""
    timeline_quotes: bool = True
    """Timeline entries printed above quote their opening words; False: where only (to keep
    the memo to two pages, before any bullet is cut)."""
    """With --since: what is new against an older brief, shown first."""

    @property
    def printed(self) -> tuple[BriefItem, ...]:
        """The items the brief shows as bullets: the bottom line, then each section's (an
        actor's lead is in both)."""
        return (*self.bottom_line, *(i for s in self.sections for i in s.items))

    @property
    def date_range(self) -> tuple[dt.date, dt.date] | None:
        dates = sorted(a.date for a in self.articles if a.date)
        return (dates[0], dates[-1]) if dates else None


MEMO_COMMENT = "Made by briefer"
"""How a Word memo says it is ours (core property ``comments``): the reader skips such files,
so a memo left in the articles' folder is never read back as a source."""
