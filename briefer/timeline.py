"""Dated items: each item's statement date, what is archival, and the folder's timeline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import replace

from .models import Article, BriefItem, Precision, When
from .when import resolve_when

ARCHIVAL_AGE = dt.timedelta(days=365)
"""A statement whose whole span ends more than this before the oldest article is background."""


def oldest_date(articles: Iterable[Article]) -> dt.date | None:
    """The oldest article's date, or None when no article is dated."""
    return min((a.date for a in articles if a.date), default=None)


def is_archival(when: When | None, oldest: dt.date | None) -> bool:
    """'in 1994' against 2017 articles: yes; 'last year' against them: no (its span ends
    within a year of the oldest article)."""
    if not when or not oldest or oldest - dt.date.min < ARCHIVAL_AGE:
        return False
    return when.end < oldest - ARCHIVAL_AGE


def date_items(items: Sequence[BriefItem], articles: Sequence[Article]) -> list[BriefItem]:
    """Each item with the date its lead sentence reports and whether that is archival."""
    article_date = {a.id: a.date for a in articles}
    oldest = oldest_date(articles)
    dated = []
    for item in items:
        when = resolve_when(item.sentence.text, article_date.get(item.sentence.article_id))
        dated.append(replace(item, when=when, archival=is_archival(when, oldest)))
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
    """'2019-06-27', 'week of 2019-06-17', '2019-06', '2019', '1990s'."""
    labels = {
        Precision.DAY: when.date.isoformat,
        Precision.WEEK: lambda: f"week of {when.date.isoformat()}",
        Precision.MONTH: lambda: f"{when.date:%Y-%m}",
        Precision.YEAR: lambda: str(when.date.year),
        Precision.DECADE: lambda: f"{when.date.year}s",
    }
    return labels[when.precision]()


def year_label(when: When) -> str:
    """'1994', or '1990s' for a decade: how Context marks an archival statement."""
    return f"{when.date.year}s" if when.precision is Precision.DECADE else str(when.date.year)


def when_evidence(when: When) -> str:
    """'dated 2019-06-27 ← "on Thursday" (day)' for --explain."""
    return f'dated {when_label(when)} ← "{when.text}" ({when.precision.value})'
