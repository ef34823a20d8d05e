"""Brief → rich renderables for the terminal preview (the caller owns the Console).

Every string that comes from an article, a template or an option is put in a ``Text`` (never
parsed as markup) after :func:`clean_line` (never a control sequence)."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..models import Article, Brief, BriefDiff, BriefItem, Section
from ..outlets import outlet_label
from ..sanitize import clean_line
from .grid_text import (
    CLASH_MARK,
    GRID_EMPTY_CELL,
    cell_sentences,
    cell_text,
    change_text,
    clash_note,
    diff_sections,
    silent_issues,
    since_title,
    spoken_rows,
)
from .text import (
    GRID_TITLE,
    LEAD_ONLY,
    TIMELINE_TITLE,
    background_mark,
    bottom_line_labels,
    bullet_speaker,
    citation_text,
    empty_message,
    explain_lines,
    format_date,
    joint_pointers,
    section_body,
    set_aside_note,
    timeline_empty,
    timeline_row,
    uncited_note,
)


def brief_view(brief: Brief, explain: bool = False) -> RenderableType:
    """The whole preview: header, bottom line, a panel per section, sources."""
    parts: list[RenderableType] = [_header(brief)]
    parts.append(
        Panel(
            _items(bottom_line_labels(brief), explain, "No positions found.", brief.articles),
            title="[b]Bottom line up front[/b]",
            title_align="left",
            border_style="bold",
        )
    )
    if brief.since is not None:
        parts.insert(1, since_panel(brief.since))
    if brief.grid is not None:
        parts.append(grid_panel(brief))
    parts.extend(_section(brief, section, explain) for section in brief.sections)
    if brief.timeline is not None:
        parts.append(_timeline(brief))
    parts.append(_sources(brief))
    return Group(*parts)


def _data(text: str, style: str = "") -> Text:
    """A string from outside (article, template, option) as literal text."""
    return Text(clean_line(text), style=style)


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
    text.append(f"{clean_line(brief.memo.classification)}\n", style="bold")
    text.append(f"{clean_line(brief.template.topic)}\n", style="bold underline")
    text.append(
        f"{dates} · {len(brief.articles)} article(s) · {brief.sentence_count} "
        f"sentences · ranked by {brief.algorithm}",
        style="dim",
    )
    return text


def _section(brief: Brief, section: Section, explain: bool) -> Panel:
    body = [("", section.key, item) for item in section_body(brief, section)]
    empty = LEAD_ONLY if section.items else empty_message(section, brief)
    pointers = joint_pointers(brief, section)
    return Panel(
        _items(body, explain, empty, brief.articles, pointers),
        title=_data(section.title, "bold"),
        title_align="left",
        border_style=section.color,
    )


def _items(
    items: list[tuple[str, str, BriefItem]],
    explain: bool,
    empty: str,
    articles: tuple[Article, ...] = (),
    pointers: list[str] | None = None,
) -> RenderableType:
    """Bullets, then ``pointers`` (joint positions printed elsewhere) in a quiet style."""
    if not items and not pointers:
        return _data(empty, "italic")
    table = Table.grid(padding=(0, 1))
    table.add_column(width=1)
    table.add_column(ratio=1)
    for label, key, item in items:
        body = Text(f"{clean_line(label)} — ", style="bold") if label else Text()
        body.append(background_mark(item), style="yellow")
        body.append(clean_line(item.display))
        body.append(f" {clean_line(citation_text(item, articles))}", style="cyan")
        who = bullet_speaker(item, key)
        if who:
            body.append(f"\n{clean_line(who)}", style="dim italic")
        if explain:
            for line in explain_lines(item):
                body.append(f"\n  {clean_line(line)}", style="dim")
        table.add_row("•", body)
    for pointer in pointers or ():
        table.add_row("•", Text(clean_line(pointer), style="dim"))
    if not items and empty != LEAD_ONLY:
        return table
    if not items:
        return Group(_data(empty, "italic"), table)
    return table


def _timeline(brief: Brief) -> Panel:
    """Dated statements in order: date, actor, sentence and citation on each row."""
    body: RenderableType = Text(timeline_empty(brief), style="italic")
    if brief.timeline:
        table = Table.grid(padding=(0, 1))
        table.add_column(no_wrap=True, style="bold")
        table.add_column(ratio=1)
        for item in brief.timeline:
            date, actor, text = timeline_row(brief, item)
            line = _data(f"{actor} · ", "dim")
            line.append(clean_line(text))
            table.add_row(_data(date), line)
        body = table
    return Panel(body, title=f"[b]{TIMELINE_TITLE}[/b]", title_align="left", border_style="dim")


def _sources(brief: Brief) -> Table:
    table = Table(title="Sources", title_justify="left", expand=True, show_lines=False)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("Title", ratio=3)
    table.add_column("Outlet", ratio=1)
    table.add_column("Date", no_wrap=True)
    caption = " ".join(n for n in (uncited_note(brief), set_aside_note(brief)) if n)
    table.caption = _data(caption) if caption else None
    for number, article in enumerate(brief.articles[: brief.cited], start=1):
        table.add_row(
            str(number),
            _data(article.title),
            _data(outlet_label(article) or "—"),
            article.date.isoformat() if article.date else "—",
        )
    return table


def grid_panel(brief: Brief) -> Panel:
    """The issue × actor grid stacked to fit 80 columns: per issue, a line per actor; the
    issues no actor speaks to are named on one line at the end."""
    assert brief.grid is not None
    width = max(len(a.name) for a in brief.template.actors) + 2
    parts: list[RenderableType] = []
    printed = cell_sentences(brief)
    for row in spoken_rows(brief.grid):
        table = Table.grid(padding=(0, 1))
        table.add_column(no_wrap=True, width=width)
        table.add_column(ratio=1)
        for actor in brief.template.actors:
            item = row.cell(actor.key)
            said = printed.get((row.issue.key, actor.key), "")
            body = _data(cell_text(brief, item, said), "dim" if item is None else "")
            note = clash_note(brief, brief.grid, row.issue.key, actor.key)
            if note:
                body.append(f" {clean_line(note)}", style="bold red")
            table.add_row(_data(f"  {actor.name}", actor.color), body)
        parts += [_data(row.issue.name, "bold underline"), table]
    silent = silent_issues(brief.grid)
    if silent:
        parts.append(_data(silent, "dim"))
    caption = f"{CLASH_MARK} the text shows these positions contradicting · {GRID_EMPTY_CELL} none"
    return Panel(
        Group(*parts, Text(caption, style="dim italic")),
        title=f"[b]{GRID_TITLE}[/b]",
        title_align="left",
        border_style="bold",
    )


def diff_view(diff: BriefDiff, title: str = "") -> RenderableType:
    """A diff as panels: per actor, its new, corroborated and no-longer-reported positions."""
    sections = diff_sections(diff)
    if not sections:
        return Text("Nothing new: every position matches one of the older brief.", style="italic")
    panels: list[RenderableType] = [_data(title, "bold")] if title else []
    for name, groups in sections:
        table = Table.grid(padding=(0, 1))
        table.add_column(width=1)
        table.add_column(ratio=1)
        for heading, changes in groups:
            table.add_row("", Text(heading, style="bold"))
            for change in changes:
                table.add_row("•", _data(change_text(change)))
        panels.append(Panel(table, title=_data(name, "bold"), title_align="left"))
    return Group(*panels)


def since_panel(diff: BriefDiff) -> Panel:
    """'New since <date>' at the top of a brief made with --since: flat, actor by actor."""
    body: RenderableType = Text(
        "Nothing new: every position matches one of the older brief.", style="italic"
    )
    sections = diff_sections(diff)
    if sections:
        table = Table.grid(padding=(0, 1))
        table.add_column(width=1)
        table.add_column(ratio=1)
        for name, groups in sections:
            table.add_row("", _data(name, "bold underline"))
            for heading, changes in groups:
                for change in changes:
                    line = _data(f"{heading}: ", "italic")
                    line.append(clean_line(change_text(change)))
                    table.add_row("•", line)
        body = table
    return Panel(
        body,
        title=_data(since_title(diff), "bold"),
        title_align="left",
        border_style="green",
    )
