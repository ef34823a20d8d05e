"""Brief → rich renderables for the terminal preview (the caller owns the Console).

Every string that comes from an article, a template or an option is put in a ``Text`` (never
parsed as markup) after :func:`clean_line` (never a control sequence)."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.errors import StyleSyntaxError
from rich.panel import Panel
from rich.style import Style
from rich.table import Table
from rich.text import Text

from ..compose import evidence_line
from ..errors import TemplateError
from ..models import Brief, BriefItem, Section, Template
from ..sanitize import clean_line
from .text import citation_text, empty_message, format_date, uncited_note


def brief_view(brief: Brief, explain: bool = False) -> RenderableType:
    """The whole preview: header, bottom line, a panel per section, sources."""
    parts: list[RenderableType] = [_header(brief)]
    parts.append(
        Panel(
            _items(brief.bottom_line, explain, "No positions found."),
            title="[b]Bottom line up front[/b]",
            title_align="left",
            border_style="bold",
        )
    )
    parts.extend(_section(section, explain) for section in brief.sections)
    parts.append(_sources(brief))
    return Group(*parts)


def check_colors(template: Template) -> None:
    """Every actor colour is a style rich knows: a bad one is a template error at load, not a
    crash when the first panel is drawn."""
    for number, actor in enumerate(template.actors):
        try:
            Style.parse(actor.color)
        except StyleSyntaxError as exc:
            raise TemplateError(
                f"field 'actors[{number}].color' = '{actor.color}' is not a colour ({exc})",
                template.path,
            ) from None


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


def _section(section: Section, explain: bool) -> Panel:
    return Panel(
        _items(section.items, explain, empty_message(section)),
        title=_data(section.title, "bold"),
        title_align="left",
        border_style=section.color,
    )


def _items(items: tuple[BriefItem, ...], explain: bool, empty: str) -> RenderableType:
    if not items:
        return _data(empty, "italic")
    table = Table.grid(padding=(0, 1))
    table.add_column(width=1)
    table.add_column(ratio=1)
    for item in items:
        body = _data(item.sentence.text)
        body.append(f" {citation_text(item)}", style="cyan")
        if explain:
            for evidence in item.attribution.evidence:
                body.append(f"\n  {clean_line(evidence_line(evidence))}", style="dim")
        table.add_row("•", body)
    return table


def _sources(brief: Brief) -> Table:
    table = Table(title="Sources", title_justify="left", expand=True, show_lines=False)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("Title", ratio=3)
    table.add_column("Outlet", ratio=1)
    table.add_column("Date", no_wrap=True)
    table.caption = uncited_note(brief) or None
    for number, article in enumerate(brief.articles[: brief.cited], start=1):
        table.add_row(
            str(number),
            _data(article.title),
            _data(article.source or "—"),
            article.date.isoformat() if article.date else "—",
        )
    return table
