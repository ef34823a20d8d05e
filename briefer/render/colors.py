"""Template colours checked at load: rich's style parser alone, without the terminal view
(rich's console, tables and panels), which a JSON, Markdown or Word brief never draws."""

from __future__ import annotations

from rich.errors import StyleSyntaxError
from rich.style import Style

from ..errors import TemplateError
from ..models import Template


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
