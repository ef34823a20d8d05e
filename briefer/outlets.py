"""Outlets and their political lean: only as the input or the template states it, never guessed."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from .models import Article, BriefItem

LEANS = ("left", "centre", "right")
"""The leans a brief shows, in the order it lists them."""

LEAN_SPELLINGS = {
    "left": "left",
    "lean left": "left",
    "centre": "centre",
    "center": "centre",
    "right": "right",
    "lean right": "right",
}
"""Accepted spellings (AllSides writes 'Lean Left', 'Center') → the lean a brief shows."""


def normalize_lean(value: object) -> str | None:
    """'Lean Left' → 'left', 'center' → 'centre'; None for anything else."""
    if not isinstance(value, str):
        return None
    return LEAN_SPELLINGS.get(" ".join(value.lower().replace("-", " ").split()))


def apply_leans(articles: Sequence[Article], table: Mapping[str, str]) -> tuple[Article, ...]:
    """Give each article without a lean the one the template's [sources] table names for
    its outlet (outlet names compared case-insensitively); others stay unknown."""
    if not table:
        return tuple(articles)
    by_outlet = {name.casefold(): lean for name, lean in table.items()}
    return tuple(
        a if a.lean or not a.source else replace(a, lean=by_outlet.get(a.source.casefold(), ""))
        for a in articles
    )


def outlet_label(article: Article) -> str:
    """'Vox (left)', 'Reuters' or '' when the outlet is unknown."""
    if not article.source:
        return ""
    return f"{article.source} ({article.lean})" if article.lean else article.source


def citation_label(item: BriefItem, articles: Sequence[Article]) -> str:
    """'[1 Vox]', '[1, 2 Fox Online News; 4 Reuters]': the numbers grouped by outlet."""
    groups: dict[str, list[int]] = {}
    for number in item.citations:
        groups.setdefault(articles[number - 1].source, []).append(number)
    parts = [
        ", ".join(str(n) for n in numbers) + (f" {outlet}" if outlet else "")
        for outlet, numbers in groups.items()
    ]
    return f"[{'; '.join(parts)}]"


def reported_by(item: BriefItem, articles: Sequence[Article]) -> str:
    """'reported by 3 outlets (left, centre, right)', 'reported in 2 articles' or ''."""
    if len(item.citations) < 2:
        return ""
    cited = [articles[n - 1] for n in item.citations]
    outlets = {a.source.casefold(): a for a in cited if a.source}
    unnamed = sum(1 for a in cited if not a.source)
    count = len(outlets) + unnamed
    if count < 2:
        return f"reported in {len(cited)} articles"
    known = {a.lean for a in outlets.values() if a.lean}
    unknown = count - sum(1 for a in outlets.values() if a.lean)
    leans = [lean for lean in LEANS if lean in known]
    if leans and unknown:
        leans.append(f"{unknown} of unknown lean")
    detail = f" ({', '.join(leans)})" if leans else ""
    return f"reported by {count} outlets{detail}"
