"""Ranked + attributed sentences → Brief: merged duplicates, sections, bottom line, citations."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
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
from .rank import duplicate_groups, english_stop_words, select_diverse, terms


@dataclass(frozen=True)
class ComposeOptions:
    """How much goes into the brief."""

    per_section: int = 4
    bottom_line: int = 3
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
    stop = frozenset(["the", "a", "an", "of", "to", "and", "in", "on"])
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
    """Build the brief: a section per actor, then context and other voices."""
    ordered = order_articles(articles)
    citation_of = {a.id: n for n, a in enumerate(ordered, start=1)}
    items = merge_items(sentences, scores, attributions, citation_of, options.duplicate_threshold)
    pool = [i for i in items if _eligible(i, options)]
    sections = []
    for actor in template.actors:
        held = [i for i in pool if actor.key in i.attribution.holders]
        sections.append(
            Section(
                actor.key,
                actor.name,
                tuple(_pick(held, options.per_section, options.redundancy)),
                actor.color,
            )
        )
    others = [i for i in pool if OTHER in i.attribution.holders]
    sections.append(
        Section(
            OTHER,
            "Other voices",
            tuple(_pick(others, options.per_section, options.redundancy)),
            "magenta",
        )
    )
    context = [i for i in pool if not i.attribution.holders]
    sections.insert(
        len(template.actors),
        Section(
            CONTEXT,
            "Context",
            tuple(_pick(context, options.per_section, options.redundancy)),
            "white",
        ),
    )
    actor_keys = {a.key for a in template.actors}
    held_any = [i for i in pool if actor_keys & set(i.attribution.holders)]
    bottom = tuple(_pick(held_any, options.bottom_line, options.redundancy))
    chosen = {id(i) for s in sections for i in s.items} | {id(i) for i in bottom}
    final = {id(i): _selected(i) for i in items if id(i) in chosen}
    remap = lambda seq: tuple(final.get(id(i), i) for i in seq)  # noqa: E731
    sections = [Section(s.key, s.title, remap(s.items), s.color) for s in sections]
    newest = max((a.date for a in articles if a.date), default=None)
    return Brief(
        template=template,
        articles=ordered,
        bottom_line=remap(bottom),
        sections=tuple(sections),
        items=remap(items),
        date=date or newest,
        sentence_count=len(sentences),
        algorithm=algorithm,
        memo=memo or template.memo,
    )


def _selected(item: BriefItem) -> BriefItem:
    return BriefItem(
        item.sentence, item.score, item.attribution, item.citations, item.sources, selected=True
    )


def evidence_line(evidence: Evidence) -> str:
    """'us ← "Biegun" (told; via South Korea's foreign ministry)' for --explain."""
    via = f"; via {evidence.conduit}" if evidence.conduit else ""
    mention = f'"{evidence.mention}"' if evidence.mention else "(continued quote)"
    return f"{evidence.holder} ← {mention} ({evidence.cue}{via})"
