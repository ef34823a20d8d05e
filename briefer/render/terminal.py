"""Brief → rich renderables for the terminal preview (the caller owns the Console)."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..models import Brief, BriefItem, Section
from .text import (
    bottom_line_entries,
    citation_text,
    empty_message,
    explanation,
    format_date,
    section_body,
    set_aside_note,
    uncited_note,
)


def brief_view(brief: Brief, explain: bool = False) -> RenderableType:
    """The whole preview: header, bottom line, a panel per section, sources."""
    parts: list[RenderableType] = [_header(brief)]
    parts.append(
        Panel(
            _items(bottom_line_entries(brief), explain, "No positions found."),
            title="[b]Bottom line up front[/b]",
            title_align="left",
            border_style="bold",
        )
    )
    parts.extend(_section(brief, section, explain) for section in brief.sections)
    parts.append(_sources(brief))
    return Group(*parts)


def _header(brief: Brief) -> Text:
    span = brief.date_range
    dates = (
        f"{format_date(span[0])} – {format_date(span[1])}"
        if span and span[0] != span[1]
        else format_date(span[0])
        if span
        else "undated"
    )
    text = Text()
    text.append(f"{brief.memo.classification}\n", style="bold")
    text.append(f"{brief.template.topic}\n", style="bold underline")
    text.append(
        f"{dates} · {len(brief.articles)} article(s) · {brief.sentence_count} "
        f"sentences · ranked by {brief.algorithm}",
        style="dim",
    )
    return text


def _section(brief: Brief, section: Section, explain: bool) -> Panel:
    body = [("", item) for item in section_body(brief, section)]
    empty = "Its lead position is in the bottom line." if section.items else empty_message(section)
    return Panel(
        _items(body, explain, empty),
        title=f"[b]{section.title}[/b]",
        title_align="left",
        border_style=section.color,
    )


def _items(items: list[tuple[str, BriefItem]], explain: bool, empty: str) -> RenderableType:
    if not items:
        return Text(empty, style="italic")
    table = Table.grid(padding=(0, 1))
    table.add_column(width=1)
    table.add_column(ratio=1)
    for label, item in items:
        body = Text(f"{label} — ", style="bold") if label else Text()
        body.append(item.display)
        body.append(f" {citation_text(item)}", style="cyan")
        if explain:
            for why in explanation(item):
                body.append(f"\n  {why}", style="dim")
        table.add_row("•", body)
    return table


def _sources(brief: Brief) -> Table:
    table = Table(title="Sources", title_justify="left", expand=True, show_lines=False)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("Title", ratio=3)
    table.add_column("Outlet", ratio=1)
    table.add_column("Date", no_wrap=True)
    table.caption = " ".join(n for n in (uncited_note(brief), set_aside_note(brief)) if n) or None
    for number, article in enumerate(brief.articles[: brief.cited], start=1):
        table.add_row(
            str(number),
            article.title,
            article.source or "—",
            article.date.isoformat() if article.date else "—",
        )
    return table
