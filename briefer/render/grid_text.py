"""The issue × actor grid and the changes since an older brief, as text every renderer
shares: cell texts, clash marks, Markdown, JSON."""

from __future__ import annotations

from typing import Any

from ..diff import Snapshot, snapshot_to_dict
from ..models import Brief, BriefDiff, BriefItem, Change, ChangeKind, Grid, GridRow, Position
from .text import GRID_TITLE, bottom_line_entries, citation_text, format_date, md

GRID_EMPTY_CELL = "—"
CLASH_MARK = "≠"
CHANGE_TITLES = {
    ChangeKind.NEW: "New",
    ChangeKind.CORROBORATED: "Now reported by more outlets",
    ChangeKind.GONE: "No longer reported",
}


def actor_names(brief_or_diff: Brief | BriefDiff) -> dict[str, str]:
    """Actor key → name, from a brief's template or a diff's actors."""
    if isinstance(brief_or_diff, Brief):
        return {a.key: a.name for a in brief_or_diff.template.actors}
    return dict(brief_or_diff.actors)


def clash_note(brief: Brief, grid: Grid, issue: str, actor: str) -> str:
    """'≠ North Korea' for a cell that clashes with another actor's position, else ''."""
    names = actor_names(brief)
    others = [c.against if c.actor == actor else c.actor for c in grid.clashes_of(issue, actor)]
    unique = list(dict.fromkeys(names.get(o, o) for o in others))
    return f"{CLASH_MARK} {', '.join(unique)}" if unique else ""


POINTER = "(see "
"""How a cell opens that points to where the memo prints its sentence."""


def is_pointer(printed: str) -> bool:
    """Whether a cell's text points elsewhere ('(see United States below)'): the bullet it
    points to names the outlets, so the narrow cell cites by number only."""
    return printed.startswith(POINTER)


def cell_sentences(brief: Brief) -> dict[tuple[str, str], str]:
    """(issue, actor) → what the cell prints: the sentence, or where the memo prints it (the
    bottom line just above, a section below, or an earlier cell), as the timeline does: no
    sentence is printed twice in one brief."""
    if brief.grid is None:
        return {}
    names = actor_names(brief)
    placed: dict[int, str] = {id(i): f"{POINTER}Bottom line)" for i in brief.bottom_line}
    label = {id(i): name for name, _, i in bottom_line_entries(brief)}
    for section in brief.sections:
        for shown in section.items:
            placed.setdefault(id(shown), f"{POINTER}{section.title} below)")
    result = {}
    for row in brief.grid.rows:
        for actor, item in row.cells:
            if item is None:
                continue
            printed = placed.get(id(item), item.sentence.text)
            if id(item) in label and label[id(item)] != names.get(actor, actor):
                printed = f"{POINTER}Bottom line, {label[id(item)]})"  # held by both
            result[(row.issue.key, actor)] = printed
            placed.setdefault(id(item), f"{POINTER}{row.issue.name}, {names.get(actor, actor)})")
    return result


def spoken_rows(grid: Grid) -> list[GridRow]:
    """The grid's rows where at least one actor has a position (terminal and memo)."""
    return [r for r in grid.rows if any(c is not None for _, c in r.cells)]


def silent_issues(grid: Grid) -> str:
    """'No position shown on: Sanctions and pressure; Human rights.' ('' when none): none in
    these sources; in the memo, the issues whose cells did not fit its two pages are named
    apart, so that a reader does not take 'no position' for silence."""
    silent = [
        r.issue.name
        for r in grid.rows
        if all(c is None for _, c in r.cells) and r.issue.key not in grid.left_out
    ]
    cut = [r.issue.name for r in grid.rows if r.issue.key in grid.left_out]
    parts = [f"No position shown on: {'; '.join(silent)}."] if silent else []
    if cut:
        named = "; ".join(cut)
        parts.append(f"Some positions left out to fit two pages: {named}.")  # the row may show
    return " ".join(parts)


def cell_text(brief: Brief, item: BriefItem | None, printed: str = "") -> str:
    """The cell's text (``printed``: from :func:`cell_sentences`) and citation, or the dash."""
    if item is None:
        return GRID_EMPTY_CELL
    return f"{printed or item.sentence.text} {citation_text(item, brief.articles)}"


def grid_markdown(brief: Brief) -> list[str]:
    """The grid as a Markdown table: an issue per row, an actor per column."""
    grid = brief.grid
    if grid is None:
        return []
    actors = brief.template.actors
    lines = ["", f"## {GRID_TITLE}", ""]
    lines.append("| Issue | " + " | ".join(md(a.name) for a in actors) + " |")
    lines.append("|---" * (len(actors) + 1) + "|")
    printed = cell_sentences(brief)
    for row in grid.rows:
        cells = []
        for actor in actors:
            note = clash_note(brief, grid, row.issue.key, actor.key)
            said = printed.get((row.issue.key, actor.key), "")
            text = md(cell_text(brief, row.cell(actor.key), said))
            cells.append(f"{text} **{md(note)}**" if note else text)
        lines.append(f"| **{md(row.issue.name)}** | " + " | ".join(cells) + " |")
    if grid.clashes:
        lines += ["", f"_{CLASH_MARK} marks positions the text shows contradicting._"]
    return lines


def grid_to_dict(brief: Brief, ids: dict[int, int]) -> dict[str, Any]:
    """JSON ``grid`` ({issue: {actor: item index | null}}), ``issues`` and ``clashes``."""
    grid = brief.grid
    issues = [
        {"key": i.key, "name": i.name, "keywords": list(i.keywords)} for i in brief.template.issues
    ]
    if grid is None:
        return {"grid": None, "issues": issues, "clashes": []}
    table = {
        row.issue.key: {k: (ids.get(id(i)) if i is not None else None) for k, i in row.cells}
        for row in grid.rows
    }
    clashes = [
        {"issue": c.issue, "actor": c.actor, "against": c.against, "cue": c.cue}
        for c in grid.clashes
    ]
    return {"grid": table, "issues": issues, "clashes": clashes}


def positions_to_dict(snapshot: Snapshot) -> dict[str, Any]:
    """JSON ``positions``: what a later ``brief diff`` compares."""
    return {"positions": snapshot_to_dict(snapshot)}


def since_title(diff: BriefDiff) -> str:
    """'New since June 27, 2019'."""
    return f"New since {format_date(diff.old_date)}"


def change_text(change: Change, articles: bool = True) -> str:
    """The position's sentence, its outlets, and for corroboration how many before."""
    position = change.position
    outlets = _outlets(position)
    if change.kind is ChangeKind.CORROBORATED and change.before is not None:
        before = len(change.before.outlets)
        return f"{position.text} {outlets} (was {before} outlet{'s' if before > 1 else ''})"
    return f"{position.text} {outlets}"


def _outlets(position: Position) -> str:
    dated = f", {position.date.isoformat()}" if position.date else ""
    return f"[{'; '.join(position.outlets) or 'unknown outlet'}{dated}]"


def diff_sections(diff: BriefDiff) -> list[tuple[str, list[tuple[str, list[Change]]]]]:
    """Per actor with changes: (name, [(kind title, changes)]) in the template's order."""
    result = []
    for key, name in diff.actors:
        groups = [(CHANGE_TITLES[k], list(diff.of(key, k))) for k in CHANGE_TITLES]
        groups = [(title, changes) for title, changes in groups if changes]
        if groups:
            result.append((name, groups))
    return result


def diff_markdown_lines(diff: BriefDiff, level: int = 2) -> list[str]:
    """Per actor, its new, corroborated and no-longer-reported positions."""
    lines: list[str] = []
    sections = diff_sections(diff)
    for name, groups in sections:
        lines += ["", f"{'#' * level} {md(name)}", ""]
        for title, changes in groups:
            lines += [f"- **{title}:** {md(change_text(c))}" for c in changes]
    return lines or ["", "_Nothing new: every position matches one of the older brief._"]


def render_diff_markdown(diff: BriefDiff) -> str:
    """``brief diff -f markdown``: a heading, then each actor's changes."""
    lines = [f"# Changes from {format_date(diff.old_date)} to {format_date(diff.new_date)}"]
    return "\n".join(lines + diff_markdown_lines(diff) + [""])


def diff_to_dict(diff: BriefDiff) -> dict[str, Any]:
    """JSON of a diff: dates, then per actor {name, new, corroborated, gone}."""
    actors = {}
    for key, name in diff.actors:
        entry: dict[str, Any] = {"name": name}
        for kind in ChangeKind:
            entry[kind.value] = [_change_dict(c) for c in diff.of(key, kind)]
        actors[key] = entry
    return {
        "old_date": diff.old_date.isoformat() if diff.old_date else None,
        "new_date": diff.new_date.isoformat() if diff.new_date else None,
        "actors": actors,
    }


def _change_dict(change: Change) -> dict[str, Any]:
    def position(p: Position | None) -> dict[str, Any] | None:
        if p is None:
            return None
        return {
            "text": p.text,
            "outlets": list(p.outlets),
            "date": p.date.isoformat() if p.date else None,
            "citations": list(p.citations),
        }

    return {
        **(position(change.position) or {}),
        "before": position(change.before) if change.kind is not ChangeKind.NEW else None,
        "similarity": round(change.similarity, 3),
    }
