"""Ranked + attributed sentences → Brief: merged duplicates, sections, bottom line, citations."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from .models import (
    CONTEXT,
    OTHER,
    Article,
    Attribution,
    Brief,
    BriefItem,
    Evidence,
    MemoFields,
    Section,
    Sentence,
    Template,
)
from .rank import english_stop_words, terms
from .selection import duplicate_groups, select_diverse


@dataclass(frozen=True)
class ComposeOptions:
    """How much goes into the brief."""

    per_section: int = 4
    bottom_line: int = 4
    min_words: int = 6
    max_words: int = 70
    duplicate_threshold: float = 0.8
    redundancy: float = 0.5


def order_articles(articles: Sequence[Article]) -> tuple[Article, ...]:
    """Sources in citation order: oldest first, then title, then id (stable)."""
    return tuple(sorted(articles, key=lambda a: (a.date or dt.date.min, a.title, a.id)))


def merge_items(
    sentences: Sequence[Sentence],
    scores: np.ndarray,
    attributions: Sequence[Attribution],
    citation_of: dict[str, int],
    threshold: float,
) -> list[BriefItem]:
    """One item per group of near-duplicate sentences; each keeps every citation."""
    stop = english_stop_words()  # the ranker's terms, already cached
    labels = duplicate_groups([terms(s.text, stop) for s in sentences], threshold)
    groups: dict[int, list[int]] = {}
    for index, label in enumerate(labels):
        if not sentences[index].boilerplate:
            groups.setdefault(int(label), []).append(index)
    items = []
    for members in groups.values():
        lead = max(members, key=lambda i: (scores[i], -i))
        holders = list(attributions[lead].holders)
        evidence = list(attributions[lead].evidence)
        for i in members:
            for item in attributions[i].evidence:
                if item.holder not in holders:
                    holders.append(item.holder)
                    evidence.append(item)
        sources = tuple(sentences[i] for i in sorted(members))
        items.append(
            BriefItem(
                sentence=sentences[lead],
                score=float(scores[lead]),
                attribution=Attribution(tuple(holders), tuple(evidence)),
                citations=tuple(sorted({citation_of[s.article_id] for s in sources})),
                sources=sources,
            )
        )
    items.sort(key=lambda item: (-item.score, item.sentence.article_id, item.sentence.index))
    return items


def _eligible(item: BriefItem, options: ComposeOptions) -> bool:
    count = len(item.sentence.text.split())
    return options.min_words <= count <= options.max_words


def _pick(candidates: list[BriefItem], limit: int, redundancy: float) -> list[BriefItem]:
    """The best-scored items, none too similar to another, at most ``limit``."""
    picked = 0

    def accept(index: int) -> bool:
        nonlocal picked
        if picked >= limit:
            raise StopIteration
        picked += 1
        return True

    chosen = select_diverse(
        [terms(c.sentence.text, english_stop_words()) for c in candidates],
        np.array([c.score for c in candidates]),
        accept,
        redundancy,
    )
    return [candidates[i] for i in chosen]


def compose_brief(
    template: Template,
    articles: Sequence[Article],
    sentences: Sequence[Sentence],
    scores: np.ndarray,
    attributions: Sequence[Attribution],
    algorithm: str,
    options: ComposeOptions = ComposeOptions(),
    memo: MemoFields | None = None,
    date: dt.date | None = None,
) -> Brief:
    """Build the brief: a section per actor, context, other voices, and the bottom line.

    Sources are numbered so that the ones the brief cites come first ([1]…[k], oldest
    first); the other articles read follow, so every sentence can still be cited in JSON.
    """
    ordered = order_articles(articles)
    provisional = {a.id: n for n, a in enumerate(ordered, start=1)}
    items = merge_items(sentences, scores, attributions, provisional, options.duplicate_threshold)
    pool = [i for i in items if _eligible(i, options)]

    def section(key: str, title: str, color: str, keep: Callable[[BriefItem], bool]) -> Section:
        chosen = _pick([i for i in pool if keep(i)], options.per_section, options.redundancy)
        return Section(key, title, tuple(chosen), color)

    def holds(key: str) -> Callable[[BriefItem], bool]:
        return lambda item: key in item.attribution.holders

    sections = [section(a.key, a.name, a.color, holds(a.key)) for a in template.actors]
    sections.append(section(CONTEXT, "Context", "white", lambda i: not i.attribution.holders))
    sections.append(
        section(OTHER, "Other voices", "magenta", lambda i: OTHER in i.attribution.holders)
    )
    bottom = _bottom_line(sections, {a.key for a in template.actors}, options.bottom_line)
    chosen = {id(i) for sec in sections for i in sec.items} | {id(i) for i in bottom}
    cited_ids = {s.article_id for i in items if id(i) in chosen for s in i.sources}
    cited = [a for a in ordered if a.id in cited_ids]
    sources = tuple(cited + [a for a in ordered if a.id not in cited_ids])
    number = {a.id: n for n, a in enumerate(sources, start=1)}
    final = {id(i): _renumbered(i, number, id(i) in chosen) for i in items}

    def remap(seq: Sequence[BriefItem]) -> tuple[BriefItem, ...]:
        return tuple(final[id(i)] for i in seq)

    newest = max((a.date for a in articles if a.date), default=None)
    return Brief(
        template=template,
        articles=sources,
        bottom_line=remap(bottom),
        sections=tuple(Section(s.key, s.title, remap(s.items), s.color) for s in sections),
        items=remap(items),
        date=date or newest,
        sentence_count=len(sentences),
        algorithm=algorithm,
        memo=memo or template.memo,
        cited=len(cited),
    )


def _bottom_line(
    sections: list[Section], actor_keys: set[str], limit: int
) -> tuple[BriefItem, ...]:
    """Who stands where, at a glance: each actor's best sentence, best first."""
    leaders: list[BriefItem] = []
    for section in sections:
        if section.key in actor_keys:
            fresh = [i for i in section.items if all(i is not chosen for chosen in leaders)]
            leaders.extend(fresh[:1])
    leaders.sort(key=lambda item: (-item.score, item.sentence.article_id, item.sentence.index))
    return tuple(leaders[:limit])


def _renumbered(item: BriefItem, number: dict[str, int], selected: bool) -> BriefItem:
    citations = tuple(sorted({number[s.article_id] for s in item.sources}))
    return BriefItem(
        item.sentence, item.score, item.attribution, citations, item.sources, selected=selected
    )


def evidence_line(evidence: Evidence) -> str:
    """'us ← "Biegun" (told; via South Korea's foreign ministry)' for --explain."""
    via = f"; via {evidence.conduit}" if evidence.conduit else ""
    mention = f'"{evidence.mention}"' if evidence.mention else "(continued quote)"
    return f"{evidence.holder} ← {mention} ({evidence.cue}{via})"
