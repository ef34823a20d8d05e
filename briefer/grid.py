"""The issue × actor grid: each actor's best-ranked position on each template issue, and the
cells where one actor's sentence refuses or denies what another holds."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

from .mentions import compile_matcher
from .models import BriefItem as Item
from .models import Clash, Grid, GridRow, Issue, Template

GRID_MAX_WORDS = 40
"""A cell holds a short sentence: longer ones do not fit a grid a reader scans."""

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


def keyword_pattern(keywords: Iterable[str]) -> re.Pattern[str]:
    """Whole words or phrases, as aliases match: case-sensitive except that a lower-case
    first letter also matches capitalized (a sentence may open with it)."""
    alternatives = sorted(set(keywords), key=len, reverse=True)
    body = "|".join(_keyword(k) for k in alternatives)
    return re.compile(r"(?<![\w.-])(?:" + body + r")(?![\w-])")


def _keyword(keyword: str) -> str:
    escaped = re.escape(keyword.replace("’", "'")).replace("'", "['’]")
    first = keyword[:1]
    return f"[{first}{first.upper()}]{escaped[1:]}" if first.islower() else escaped


@cache
def issue_pattern(issue: Issue) -> re.Pattern[str]:
    return keyword_pattern(issue.keywords)


def on_issue(item: Item, issue: Issue) -> bool:
    """Whether the item's sentence names the issue."""
    return issue_pattern(issue).search(item.sentence.text) is not None


def build_grid(template: Template, positions: Sequence[Item]) -> Grid:
    """Each issue × actor: the best-scored short position on the issue, else None.

    ``positions`` are the brief's current positions (no background, eligible length). A
    sentence already shown in an actor's column is used again only when nothing else fits.
    """
    ranked = sorted(positions, key=lambda i: (-i.score, i.sentence.article_id, i.sentence.index))
    short = [i for i in ranked if len(i.sentence.text.split()) <= GRID_MAX_WORDS]
    used: dict[str, set[int]] = {a.key: set() for a in template.actors}
    rows = []
    for issue in template.issues:
        relevant = [i for i in short if on_issue(i, issue)]
        cells = []
        for actor in template.actors:
            held = [i for i in relevant if actor.key in i.attribution.holders]
            fresh = [i for i in held if id(i) not in used[actor.key]]
            cell = (fresh or held)[0] if held else None
            if cell is not None:
                used[actor.key].add(id(cell))
            cells.append((actor.key, cell))
        rows.append(GridRow(issue, tuple(cells)))
    return Grid(tuple(rows), tuple(find_clashes(template, rows)))


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


def remap_grid(grid: Grid, final: dict[int, Item]) -> Grid:
    """The same grid over renumbered items (``final`` maps ``id(old)`` to the new item)."""
    rows = tuple(
        GridRow(r.issue, tuple((k, final[id(i)] if i is not None else None) for k, i in r.cells))
        for r in grid.rows
    )
    return Grid(rows, grid.clashes)
