"""The issue × actor grid: each actor's best-ranked position on each template issue, and the
cells where one actor's sentence refuses or denies what another holds."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from functools import lru_cache

from .compose import order_articles
from .issues import any_issue_pattern, issue_pattern, words_pattern
from .lexicon import CLAUSE
from .mentions import compile_matcher
from .models import Brief, Clash, Grid, GridRow, Issue, Template, evolve
from .models import BriefItem as Item
from .referents import stands_alone
from .salience import claim
from .selection import passages
from .timeline import is_stale

GRID_MAX_WORDS = 40
"""A cell holds a short sentence: longer ones do not fit a grid a reader scans."""
POSITION_MIN_WORDS = 6
"""Shorter sentences are fragments, never positions (as in the brief's sections)."""

REFUSAL_CUES = (
    r"reject(?:s|ed|ing)?",
    r"refus(?:e|es|ed|ing)",
    r"den(?:y|ies|ied|ying)",
    r"dismiss(?:es|ed|ing)?",
    r"rebuff(?:s|ed|ing)?",
    r"rul(?:e|es|ed|ing) out",
    r"condemn(?:s|ed|ing)?",
    r"denounc(?:e|es|ed|ing)",
    r"oppos(?:e|es|ed|ing)",
    r"criticiz(?:e|es|ed|ing)",
    r"criticis(?:e|es|ed|ing)",
    r"slam(?:s|med|ming)?",
    r"blast(?:s|ed|ing)?",
    r"will not accept",
    r"would not accept",
    r"never accept",
    r"not negotiable",
    r"under no circumstances",
    r"(?:will|would) never",
    r"(?:will not|would not|won['’]t|wouldn['’]t|never) (?:negotiate|give up|put|abandon|accept)",
)
"""Words by which one actor's sentence refuses a demand or denies a claim of another."""

DEMAND_CUES = (
    r"demand(?:s|ed|ing)?",
    r"urg(?:e|es|ed|ing)",
    r"call(?:s|ed|ing)? (?:on|for)",
    r"insist(?:s|ed|ing)?",
    r"press(?:es|ed|ing)? (?:for|on)",
    r"should",
    r"must",
)
"""Words by which an actor's sentence asks something of another."""


def _cue_pattern(cues: Sequence[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + "|".join(cues) + r")(?![\w-])", re.IGNORECASE)


_REFUSAL = _cue_pattern(REFUSAL_CUES)
_DEMAND = _cue_pattern(DEMAND_CUES)


def on_issue(item: Item, issue: Issue) -> bool:
    """Whether the item's sentence names the issue."""
    return _names(issue_pattern(issue), item.sentence.text)


@lru_cache(maxsize=1 << 16)
def _words(text: str) -> int:
    return len(text.split())


@lru_cache(maxsize=1 << 16)
def _names(pattern: re.Pattern[str], text: str) -> bool:
    return pattern.search(text) is not None


@lru_cache(maxsize=1 << 16)
def _issues_named(issues: tuple[Issue, ...], text: str) -> tuple[bool, ...]:
    """For each issue, whether the text names it. Remembered: the page fit builds the grid
    again after each cut, over the same positions (7 issues × 1,000 positions × 40 builds
    for a 79-article memo)."""
    if any_issue_pattern(issues).search(text) is None:
        return (False,) * len(issues)
    return tuple(_names(issue_pattern(issue), text) for issue in issues)


def build_grid(
    template: Template,
    positions: Sequence[Item],
    extra: int | None = None,
    shown: frozenset[tuple[str, int]] = frozenset(),
) -> Grid:
    """Each issue × actor: the best-scored short position on the issue, else None.

    ``positions`` are the brief's current positions (no background, eligible length). A
    position the memo already shows (its sentence key in ``shown``: bottom line, sections)
    comes first, so the cell points to it instead of printing another sentence. At most
    ``extra`` cells (None: any number) print a position the memo does not show, the
    best-scored ones. A sentence already shown in an actor's column is used again only
    when nothing else fits.
    """
    ranked = sorted(positions, key=lambda i: (-i.score, i.sentence.article_id, i.sentence.index))
    short = [i for i in ranked if _words(i.sentence.text) <= GRID_MAX_WORDS]
    printed = {p for i in positions if i.sentence.key in shown for p in passages(i.sentence.text)}
    short = [  # another outlet's cut of a printed sentence prints its words again; a cell
        # of its own is read alone ('She handed him a pen …' is not)
        i
        for i in short
        if i.sentence.key in shown
        or (not passages(i.sentence.text) & printed and stands_alone(i.sentence.text))
    ]
    used: dict[str, set[int]] = {a.key: set() for a in template.actors}
    topic = _topic(template)
    rows = []
    named = [_issues_named(template.issues, i.sentence.text) for i in short]
    for number, issue in enumerate(template.issues):
        relevant = [i for i, flags in zip(short, named, strict=True) if flags[number]]
        cells = []
        for actor in template.actors:
            held = [
                i
                for i in relevant
                if actor.key in i.attribution.holders
                and (i.sentence.key in shown or _stated(i, actor.key, topic))
                and in_own_clause(i, actor.key, issue_pattern(issue))
            ]
            held.sort(key=lambda i: i.sentence.key not in shown)  # stable: by score within
            fresh = [i for i in held if id(i) not in used[actor.key]]
            cell = (fresh or held)[0] if held else None
            if cell is not None:
                used[actor.key].add(id(cell))
            cells.append((actor.key, cell))
        rows.append(GridRow(issue, tuple(cells)))
    kept = _within(rows, extra, shown)
    cut = tuple(
        row.issue.key
        for row, fitted in zip(rows, kept, strict=True)
        if any(
            c is not None and f is None
            for (_, c), (_, f) in zip(row.cells, fitted.cells, strict=True)
        )
    )
    return Grid(kept, tuple(find_clashes(template, kept)), cut)


def in_own_clause(item: Item, actor: str, pattern: re.Pattern[str]) -> bool:
    """Whether the issue is named in a clause where ``actor`` speaks, when the sentence
    gives other holders clauses of their own ('Tillerson called for “global action”,
    while China and Russia asked for a “double suspension” of the military exercise' is
    China's position on the exercises, not the United States')."""
    if len(item.attribution.holders) < 2:
        return True
    text = item.sentence.text
    edges = _clause_edges(text)
    cues = [
        e.cue_span[0] - item.sentence.start
        for e in item.attribution.evidence
        if e.holder == actor and e.cue_span is not None
    ]
    if len(edges) == 2 or not cues:
        return True
    for cue in cues:
        for start, end in zip(edges, edges[1:], strict=False):
            if start <= cue < end and pattern.search(text, start, end):
                return True
    return False


@lru_cache(maxsize=1 << 16)
def _clause_edges(text: str) -> tuple[int, ...]:
    """Where the text's clauses (lexicon.CLAUSE) begin and end, its start and end included.
    Remembered, as ``_issues_named``: the page fit builds the grid again after each cut."""
    return (0, *(m.start() for m in CLAUSE.finditer(text)), len(text))


def _stated(item: Item, actor: str, topic: Callable[[str, str], bool]) -> bool:
    """Whether a sentence no section shows may fill an actor's cell: on the template's
    topic, and a statement of the actor's (said, urged, wants), not a deed told by the
    narrator ('North Korea has tested a record number of missiles last year', 'On Thursday
    he visited the Yokota Air Base'), which the sections' salience floor keeps out too."""
    return topic(item.sentence.text, actor) and claim(item.attribution, actor) > 0


def _topic(template: Template) -> Callable[[str, str], bool]:
    """Whether a cell of its own is on the template's topic for an actor's column: a
    template keyword, or another actor named ('"We are watching a democracy go directly
    into a dictatorship," Haley said' is about Venezuela, not Korea)."""
    keywords = words_pattern(tuple(template.keywords)) if template.keywords else None
    names = {a.key: words_pattern(tuple(a.aliases)) for a in template.actors if a.aliases}

    def on_topic(text: str, actor: str) -> bool:
        if keywords is not None and keywords.search(text):
            return True
        return any(p.search(text) for key, p in names.items() if key != actor)

    return on_topic


def _within(
    rows: list[GridRow], extra: int | None, shown: frozenset[tuple[str, int]]
) -> tuple[GridRow, ...]:
    """The rows with only the ``extra`` best-scored cells that print an item not shown."""
    unshown = sorted(
        {id(c): c for r in rows for _, c in r.cells if c and c.sentence.key not in shown}.values(),
        key=lambda i: -i.score,
    )
    if extra is None or len(unshown) <= extra:
        return tuple(rows)
    keep = {id(i) for i in unshown[:extra]}
    return tuple(
        GridRow(
            r.issue,
            tuple(
                (k, c if c is None or c.sentence.key in shown or id(c) in keep else None)
                for k, c in r.cells
            ),
        )
        for r in rows
    )


def find_clashes(template: Template, rows: Iterable[GridRow]) -> list[Clash]:
    """Cells of one row that the text shows contradicting, by two rules:

    - a refusal names its target: a cell whose sentence refuses or denies (``REFUSAL_CUES``)
      another template actor it names, who is not among its holders and has a cell in the
      row ("North Korea rejected US demands" → dprk ≠ us);
    - a demand refused: one actor's cell asks something (``DEMAND_CUES``) and another actor's
      cell in the same row refuses (``REFUSAL_CUES``) in a different sentence.
    """
    matcher = compile_matcher(template)
    clashes: dict[tuple[str, str, str], Clash] = {}
    for row in rows:
        filled = [(actor, item) for actor, item in row.cells if item is not None]
        for actor, item in filled:
            cue = _REFUSAL.search(item.sentence.text)
            if cue is None:
                continue
            named = [m.key for m in matcher.mentions(item.sentence.text) if m.is_actor]
            targets = [
                k for k in named if k not in item.attribution.holders and row.cell(k) is not None
            ]
            targets += [
                other
                for other, asked in filled
                if other != actor and asked is not item and _DEMAND.search(asked.sentence.text)
            ]
            for target in dict.fromkeys(targets):
                key = (row.issue.key, actor, target)
                clashes.setdefault(key, Clash(row.issue.key, actor, target, cue.group()))
    return list(clashes.values())


def grid_items(grid: Grid) -> list[Item]:
    """Every item the grid shows, once each, in row order."""
    seen: dict[int, Item] = {}
    for row in grid.rows:
        for _, item in row.cells:
            if item is not None:
                seen.setdefault(id(item), item)
    return list(seen.values())


def current_positions(
    items: Iterable[Item], published: dict[str, dt.date | None]
) -> tuple[Item, ...]:
    """The items that state an actor's current position: held, not background, not stale
    (dated weeks before its own article, ``published`` by article id: 'last summer when
    Trump and Kim exchanged a war of words' filled the 2018 summit day's grid), not a
    fragment or page furniture."""
    return tuple(
        i
        for i in items
        if i.attribution.holders
        and not i.archival
        and not i.sentence.boilerplate
        and _words(i.sentence.text) >= POSITION_MIN_WORDS
        and not is_stale(i.when, published.get(i.sentence.article_id))
    )


def attach_grid(brief: Brief, extra: int | None = None) -> Brief:
    """The composed brief with its positions and, when the template has issues, its grid.

    A stage after compose, so that compose's selection can change freely: the grid's cells
    become selected items, and the articles they cite join the cited sources, renumbered as
    compose numbers them (cited first, oldest first). A grid citing nothing new changes no
    number. ``extra`` caps the cells that print a position the memo does not show."""
    aside = {a.id for a in brief.set_aside}
    published = {a.id: a.date for a in brief.articles}
    positions = current_positions(
        (i for i in brief.items if i.sentence.article_id not in aside), published
    )
    if not brief.template.issues:
        return replace(brief, positions=positions)
    printed = frozenset(i.sentence.key for i in brief.printed)
    grid = build_grid(brief.template, positions, extra, printed)
    shown = {id(i) for i in grid_items(grid)}
    cited = {a.id for a in brief.articles[: brief.cited]}
    cited |= {s.article_id for i in grid_items(grid) for s in i.sources}
    ordered = order_articles(brief.articles)
    articles = tuple(
        [a for a in ordered if a.id in cited] + [a for a in ordered if a.id not in cited]
    )
    number = {a.id: n for n, a in enumerate(articles, start=1)}
    same_numbers = articles == brief.articles  # every citation already reads right

    def renumbered(item: Item) -> Item:
        if same_numbers and id(item) not in shown:
            return item
        citations = tuple(sorted({number[s.article_id] for s in item.sources}))
        selected = item.selected or id(item) in shown
        return evolve(item, citations=citations, selected=selected)  # 32,000 on 45,000 sentences

    final = {id(i): renumbered(i) for i in brief.items}

    def remap(items: Iterable[Item]) -> tuple[Item, ...]:
        return tuple(final.get(id(i)) or renumbered(i) for i in items)

    return replace(
        brief,
        articles=articles,
        cited=len(cited),
        bottom_line=remap(brief.bottom_line),
        sections=tuple(
            replace(s, items=remap(s.items), joint=remap(s.joint)) for s in brief.sections
        ),
        items=remap(brief.items),
        timeline=None if brief.timeline is None else remap(brief.timeline),
        positions=remap(positions),
        grid=remap_grid(grid, final),
    )


def remap_grid(grid: Grid, final: dict[int, Item]) -> Grid:
    """The same grid over renumbered items (``final`` maps ``id(old)`` to the new item)."""
    rows = tuple(
        GridRow(r.issue, tuple((k, final[id(i)] if i is not None else None) for k, i in r.cells))
        for r in grid.rows
    )
    return Grid(rows, grid.clashes, grid.left_out)
