"""Dated items: each item's statement date, what is archival, and the folder's timeline."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from .models import Article, BriefItem, Precision, When
from .when import SEASON_MONTHS, sentence_dates

ARCHIVAL_AGE = dt.timedelta(days=365)
"""A statement whose whole span ends more than this before the oldest article is background."""


STALE_DAYS = 14
"""A statement that began more than this many days before its own article is no longer the
day's position ('Last month, Kim Jong Un said …' in a paper of 6 January): an actor's
section and Other voices leave it to the timeline."""


def is_stale(when: When | None, article_date: dt.date | None) -> bool:
    """Whether a dated statement is older than STALE_DAYS against its article, and its span
    over before the article's day ('this year' in July is not over: not stale)."""
    return bool(
        when
        and article_date
        and (article_date - when.date).days > STALE_DAYS
        and when.end < article_date
    )


def oldest_date(articles: Iterable[Article]) -> dt.date | None:
    """The oldest article's date, or None when no article is dated."""
    return min((a.date for a in articles if a.date), default=None)


def is_archival(when: When | None, oldest: dt.date | None) -> bool:
    """'in 1994' against 2017 articles: yes; 'last year' against them: no (its span ends
    within a year of the oldest article)."""
    if not when or not oldest or oldest - dt.date.min < ARCHIVAL_AGE:
        return False
    return when.end < oldest - ARCHIVAL_AGE


NARRATIVE_REACH = 3
"""Sentences without a date of their own that may go on telling an archival story."""
PRESENT = re.compile(
    r"\b(?:is|are|has|have|says|say|will|won[’']t|now|today|tonight|currently|still"
    r"|this (?:week|month|year))\b",
    re.IGNORECASE,
)
"""Words of the present: a sentence with them speaks of now, not of the story before it."""


_YEAR = re.compile(
    r"\b(?:in|by|since|until|to|from|around|after|before|during|back in|as early as)"
    r"\s+(?:early\s+|late\s+|mid-)?(1[89]\d\d|20\d\d)\b(?!\s+(?:[a-z]+\s+)?(?:deal|accord|agreement|summit))",
    re.IGNORECASE,
)


def past_year(text: str, oldest: dt.date | None) -> bool:
    """'But by 2005, a new round of negotiations brought hope': a sentence told in the past
    tense that names a year more than a year before the oldest article (as a bound, which
    is no statement date, or plainly) tells of that time."""
    if oldest is None or PRESENT.search(text):
        return False
    return any(int(y) < oldest.year - 1 for y in _YEAR.findall(text))


_BACKGROUND_OPENING = re.compile(
    r"^(?:Previously|In the past|Historically|In years past|Years ago|Long before that)\b,?\s",
    re.IGNORECASE,
)


def told_as_background(text: str) -> bool:
    """'Previously, the North has threatened to “wipe out Manhattan” …': a sentence that
    opens by placing itself before the news, with no date of its own, is background."""
    return bool(_BACKGROUND_OPENING.match(text))


def continues_archival(text: str, before: Sequence[bool | None]) -> bool:
    """'By 2005, a new round of negotiations … The North tentatively agreed to end its nuclear
    weapons program …': a sentence with no date of its own, told in the past tense, that
    follows an archival sentence (``before``: nearest first, True archival, False dated
    to now, None undated) within NARRATIVE_REACH is part of that story."""
    if PRESENT.search(text):
        return False
    for archival in before[:NARRATIVE_REACH]:
        if archival is not None:
            return archival
    return False


def date_items(items: Sequence[BriefItem], articles: Sequence[Article]) -> list[BriefItem]:
    """Each item with the date its lead sentence reports and whether that is archival."""
    date_of = sentence_dates(articles)
    oldest = oldest_date(articles)
    dated = []
    for item in items:
        when = date_of(item.sentence)
        archival = is_archival(when, oldest)
        if (when, archival) == (item.when, item.archival):  # most: undated, as composed
            dated.append(item)
        else:
            dated.append(replace(item, when=when, archival=archival))
    return dated


def timeline_candidates(items: Iterable[BriefItem]) -> list[BriefItem]:
    """Dated statements and actions: items with a date and a holder, and archival ones."""
    return [i for i in items if i.when and (i.attribution.holders or i.archival)]


def in_date_order(items: Iterable[BriefItem]) -> tuple[BriefItem, ...]:
    """Oldest first; a wider span before the days inside it; then citation and position."""

    def key(item: BriefItem) -> tuple[dt.date, dt.date, int, str, int]:
        assert item.when is not None
        first = item.citations[0] if item.citations else 0
        return (item.when.date, item.when.end, first, item.sentence.article_id, item.sentence.index)

    return tuple(sorted(items, key=key))


def when_label(when: When) -> str:
    """'2019-06-27', 'week of 2019-06-17', '2019-06', 'summer 2017', '2019', '1990s'."""
    labels = {
        Precision.DAY: when.date.isoformat,
        Precision.WEEK: lambda: f"week of {when.date.isoformat()}",
        Precision.MONTH: lambda: f"{when.date:%Y-%m}",
        Precision.SEASON: lambda: season_label(when),
        Precision.YEAR: lambda: str(when.date.year),
        Precision.DECADE: lambda: f"{when.date.year}s",
    }
    return labels[when.precision]()


def season_label(when: When) -> str:
    """'summer 2017', 'autumn 2018', 'winter 2017–18' (a season the month it begins names;
    any other month as a month)."""
    name = _SEASON_NAMES.get(when.date.month)
    if name is None:
        return f"{when.date:%Y-%m}"
    if when.date.month == SEASON_MONTHS["winter"]:
        return f"{name} {when.date.year}–{(when.date.year + 1) % 100:02d}"
    return f"{name} {when.date.year}"


_SEASON_NAMES = {month: name for name, month in SEASON_MONTHS.items()}
"""The month a season begins in → its name ('autumn', the later of 'fall' and 'autumn')."""


def year_label(when: When) -> str:
    """'1994', or '1990s' for a decade: how Context marks an archival statement."""
    return f"{when.date.year}s" if when.precision is Precision.DECADE else str(when.date.year)


def when_evidence(when: When) -> str:
    """'dated 2019-06-27 ← "on Thursday" (day)' for --explain."""
    return f'dated {when_label(when)} ← "{when.text}" ({when.precision.value})'
