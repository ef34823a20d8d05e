"""templates/*.toml → Template, validated with the file, line and field of any mistake."""

from __future__ import annotations

import datetime as dt
import os
import re
import tomllib
import zipfile
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from .errors import LimitError, TemplateError
from .limits import checked_zip, read_bounded
from .models import Actor, Issue, MemoFields, Template
from .outlets import LEANS, normalize_lean
from .sanitize import clean

_TOP_KEYS = {"name", "topic", "keywords", "anchors", "memo", "actors", "sources", "issues"}
_ISSUE_KEYS = {"key", "name", "keywords"}
_ACTOR_KEYS = {"key", "name", "color", "aliases", "exclusions", "took_office"}
_MEMO_KEYS = {
    "title",
    "to",
    "from",
    "subject",
    "classification",
    "portion_marks",
    "paper",
    "margin_inches",
    "reference_docx",
}
_PAPERS = {"letter", "a4", "legal"}
_KEY = re.compile(r"^[a-z][a-z0-9_]*$")
_NAME = re.compile(r"^[a-z][a-z0-9_-]*$")
"""A template name becomes part of a file name (``briefs/<name>-<date>.docx``)."""
_RESERVED = {"context", "other"}
_MARKUP = re.compile(r"\[[A-Za-z#@/][^\[\]]*\]")
"""What rich would read as a markup tag (``[bold]``, ``[/AP]``, ``[link=…]``)."""
MAX_TEMPLATE_BYTES = 1024 * 1024
"""A template is a page of TOML; a bigger file is a mistake (or an attack on the parser)."""


def _bundled_root() -> Traversable:
    """The wheel ships top-level templates/ as briefer.templates; a source checkout (tests
    run from the repository root) has it beside the package instead."""
    try:
        return resources.files("briefer.templates")
    except ModuleNotFoundError:
        return resources.files("briefer").joinpath("..", "templates")


def bundled_templates() -> list[str]:
    """Names of the templates shipped inside the package."""
    root = _bundled_root()
    return sorted(p.name[:-5] for p in root.iterdir() if p.name.endswith(".toml"))


def is_template_path(name_or_path: str) -> bool:
    """A bare name is a bundled template, whatever folders exist; a path ends in .toml or
    has a folder in it."""
    separators = {os.sep, os.altsep or os.sep, "/"}
    return name_or_path.endswith(".toml") or any(s in name_or_path for s in separators)


def load_template(name_or_path: str) -> Template:
    """Load a bundled template by name, or any template file by path."""
    if is_template_path(name_or_path):
        return _load_file(Path(name_or_path))
    if name_or_path not in bundled_templates():
        known = ", ".join(bundled_templates())
        raise TemplateError(f"unknown template '{name_or_path}' (bundled: {known})")
    resource = _bundled_root() / f"{name_or_path}.toml"
    return parse_template(
        resource.read_text(encoding="utf-8"), f"{name_or_path}.toml", name=name_or_path
    )


def _load_file(path: Path) -> Template:
    where = str(path)
    if not path.is_file():
        raise TemplateError("no such template file", where)
    try:
        data = read_bounded(path, MAX_TEMPLATE_BYTES)
        text = data.decode("utf-8-sig")
    except LimitError as exc:
        raise TemplateError(exc.message, where) from None
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise TemplateError(f"not UTF-8 (line {line}, byte {exc.start})", where) from None
    except OSError as exc:
        raise TemplateError(f"cannot read: {exc.strerror or exc}", where) from None
    template = parse_template(text, where)
    _check_reference(template.memo.reference_docx, where, text.split("\n"))
    return template


def _check_reference(reference: str, where: str, lines: list[str]) -> None:
    """A reference .docx must exist and open within the size limits: said at load, before
    any article is read, not after the whole run."""
    if not reference:
        return
    path = reference_path(reference, where)
    at = _at(where, lines, "reference_docx")
    if path.exists() and not path.is_file():
        raise TemplateError(f"field 'memo.reference_docx': {path} is not a file", at)
    try:
        checked_zip(path, required="word/document.xml")
    except FileNotFoundError:
        raise TemplateError(f"field 'memo.reference_docx': no such file {path}", at) from None
    except LimitError as exc:
        raise TemplateError(f"field 'memo.reference_docx': {exc}", at) from None
    except (OSError, zipfile.BadZipFile) as exc:
        raise TemplateError(
            f"field 'memo.reference_docx': {path} is not a usable .docx ({exc})", at
        ) from None


def reference_path(reference: str, template_path: str) -> Path:
    """A reference .docx named relative to its template file."""
    path = Path(reference)
    if not path.is_absolute() and template_path:
        path = Path(template_path).parent / path
    return path


def parse_template(text: str, where: str, name: str = "") -> Template:
    """Parse and validate template TOML; ``where`` names the file in error messages."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise TemplateError(f"TOML syntax error: {exc}", where) from None
    except RecursionError:
        raise TemplateError("TOML nested too deeply", where) from None
    lines = text.split("\n")
    _reject_unknown(data, _TOP_KEYS, "", lines, where)
    actors_data = data.get("actors")
    if not isinstance(actors_data, list) or not actors_data:
        raise TemplateError("field 'actors' is missing: add at least one [[actors]] table", where)
    actors = tuple(_actor(entry, i, lines, where) for i, entry in enumerate(actors_data))
    seen: set[str] = set()
    for actor in actors:
        if actor.key in seen:
            raise TemplateError(f"duplicate actor key '{actor.key}'", _at(where, lines, actor.key))
        seen.add(actor.key)
    topic = _string(data, "topic", "", lines, where)
    if not topic:
        raise TemplateError("field 'topic' is missing", where)
    anchors = tuple(_strings(data, "anchors", lines, where))
    for anchor in anchors:
        if anchor not in seen:
            raise TemplateError(
                f"field 'anchors': '{anchor}' is no actor key (keys: {', '.join(sorted(seen))})",
                _at(where, lines, "anchors"),
            )
    return Template(
        name=_template_name(_string(data, "name", "", lines, where), name, where, lines),
        topic=topic,
        actors=actors,
        memo=_memo(data.get("memo", {}), lines, where),
        keywords=tuple(_strings(data, "keywords", lines, where)),
        path=where,
        leans=_leans(data.get("sources", {}), lines, where),
        issues=_issues(data.get("issues", []), lines, where),
        anchors=anchors,
    )


def _issues(data: Any, lines: list[str], where: str) -> tuple[Issue, ...]:
    """The optional [[issues]] tables, each with a unique key and at least one keyword."""
    if not isinstance(data, list):
        raise TemplateError("field 'issues' must be an array of [[issues]] tables", where)
    issues = tuple(_issue(entry, i, lines, where) for i, entry in enumerate(data))
    seen: set[str] = set()
    for number, issue in enumerate(issues):
        if issue.key in seen:
            own = _table_lines(lines, "[[issues]]", number)
            raise TemplateError(f"duplicate issue key '{issue.key}'", _at(where, own, "key"))
        seen.add(issue.key)
    return issues


def _issue(entry: Any, number: int, lines: list[str], where: str) -> Issue:
    label = f"issues[{number}]"
    own = _table_lines(lines, "[[issues]]", number)
    if not isinstance(entry, dict):
        raise TemplateError(f"field '{label}' must be a table", where)
    _reject_unknown(entry, _ISSUE_KEYS, f"{label}.", own, where)
    key = _string(entry, "key", label, own, where)
    if not _KEY.match(key):
        raise TemplateError(
            f"field '{label}.key' = '{key}' must be lowercase letters/digits",
            _at(where, own, "key"),
        )
    keywords = _strings(entry, "keywords", own, where, label)
    if not keywords:
        raise TemplateError(
            f"field '{label}.keywords': issue '{key}' has no keywords: list the words that name it",
            _at(where, own, "keywords") if "keywords" in entry else _at(where, own, "key"),
        )
    return Issue(
        key=key,
        name=_string(entry, "name", label, own, where) or key,
        keywords=tuple(keywords),
    )


def _table_lines(lines: list[str], header: str, number: int) -> list[str]:
    """The lines with every line outside the ``number``-th ``header`` table blanked, so that
    ``_at`` finds a field's line inside that table and still counts lines from the top."""
    starts = [i for i, line in enumerate(lines) if line.strip() == header]
    if number >= len(starts):
        return lines
    start = starts[number]
    end = next(
        (i for i in range(start + 1, len(lines)) if lines[i].lstrip().startswith("[")), len(lines)
    )
    return ["" if not start <= i < end else line for i, line in enumerate(lines)]


def _template_name(given: str, bundled: str, where: str, lines: list[str]) -> str:
    """The ``name`` field, checked like an actor key; else the file name made safe."""
    if given:
        if not _NAME.match(given):
            raise TemplateError(
                f"field 'name' = '{given}' must be lowercase letters, digits, '_' or '-'",
                _at(where, lines, "name"),
            )
        return given
    if bundled:
        return bundled
    stem = re.sub(r"[^a-z0-9_]+", "-", Path(where).stem.lower()).strip("-_")
    return stem if _NAME.match(stem) else f"t-{stem}" if stem else "template"


def _leans(data: Any, lines: list[str], where: str) -> tuple[tuple[str, str], ...]:
    """The optional [sources] table: outlet name → left, centre or right."""
    if not isinstance(data, dict):
        raise TemplateError("field 'sources' must be a table of outlet = lean", where)
    leans = []
    for outlet, value in data.items():
        lean = normalize_lean(value)
        if lean is None:
            raise TemplateError(
                f"field 'sources.{outlet}' = {value!r} must be one of {', '.join(LEANS)}",
                _at(where, lines, (f'"{outlet}"' if " " in outlet else outlet) + " ="),
            )
        leans.append((" ".join(outlet.split()), lean))
    return tuple(leans)


def _actor(entry: Any, number: int, lines: list[str], where: str) -> Actor:
    label = f"actors[{number}]"
    if not isinstance(entry, dict):
        raise TemplateError(f"field '{label}' must be a table", where)
    _reject_unknown(entry, _ACTOR_KEYS, f"{label}.", lines, where)
    key = _string(entry, "key", label, lines, where)
    if not _KEY.match(key) or key in _RESERVED:
        raise TemplateError(
            f"field '{label}.key' = '{key}' must be lowercase letters/digits and not "
            f"{' or '.join(sorted(_RESERVED))}",
            _at(where, lines, "key"),
        )
    aliases = _strings(entry, "aliases", lines, where, label)
    if not aliases:
        raise TemplateError(
            f"actor '{key}' has no aliases: list the names that refer to it",
            _at(where, lines, f'key = "{key}"'),
        )
    name = _string(entry, "name", label, lines, where) or key.upper()
    if _MARKUP.search(name):
        raise TemplateError(
            f"field '{label}.name' = '{name}' looks like terminal markup; "
            "square brackets are not allowed in names",
            _at(where, lines, "name"),
        )
    return Actor(
        key=key,
        name=name,
        aliases=tuple(aliases),
        color=_string(entry, "color", label, lines, where) or "white",
        exclusions=tuple(_strings(entry, "exclusions", lines, where, label)),
        took_office=_took_office(entry.get("took_office", {}), aliases, label, lines, where),
    )


def _took_office(
    data: Any, aliases: list[str], label: str, lines: list[str], where: str
) -> tuple[tuple[str, dt.date], ...]:
    """The optional [actors.took_office] table: alias = the date the person took office."""
    if not isinstance(data, dict):
        raise TemplateError(
            f"field '{label}.took_office' must be a table of alias = date", where
        )
    found = []
    for alias, day in data.items():
        at = _at(where, lines, (f'"{alias}"' if " " in alias else alias) + " =")
        if alias not in aliases:
            raise TemplateError(
                f"field '{label}.took_office.{alias}' names no alias of the actor", at
            )
        if not isinstance(day, dt.date) or isinstance(day, dt.datetime):
            raise TemplateError(
                f"field '{label}.took_office.{alias}' must be a date (2017-01-20)", at
            )
        found.append((alias, day))
    return tuple(found)


def _memo(data: Any, lines: list[str], where: str) -> MemoFields:
    if not isinstance(data, dict):
        raise TemplateError("field 'memo' must be a table", where)
    _reject_unknown(data, _MEMO_KEYS, "memo.", lines, where)
    defaults = MemoFields()
    paper = str(data.get("paper", defaults.paper)).lower()
    if paper not in _PAPERS:
        raise TemplateError(
            f"field 'memo.paper' = '{paper}' must be one of {', '.join(sorted(_PAPERS))}",
            _at(where, lines, "paper"),
        )
    margin = data.get("margin_inches", defaults.margin_inches)
    if not isinstance(margin, int | float) or not 0.25 <= margin <= 3:
        raise TemplateError(
            "field 'memo.margin_inches' must be a number from 0.25 to 3",
            _at(where, lines, "margin_inches"),
        )
    portion = data.get("portion_marks", False)
    if not isinstance(portion, bool):
        raise TemplateError(
            "field 'memo.portion_marks' must be true or false", _at(where, lines, "portion_marks")
        )
    return MemoFields(
        title=_string(data, "title", "memo", lines, where) or defaults.title,
        to=_string(data, "to", "memo", lines, where),
        sender=_string(data, "from", "memo", lines, where),
        subject=_string(data, "subject", "memo", lines, where),
        classification=_string(data, "classification", "memo", lines, where)
        or defaults.classification,
        portion_marks=portion,
        paper=paper,
        margin_inches=float(margin),
        reference_docx=_string(data, "reference_docx", "memo", lines, where),
    )


def _reject_unknown(
    data: dict[str, Any], known: set[str], prefix: str, lines: list[str], where: str
) -> None:
    for key in data:
        if key not in known:
            raise TemplateError(
                f"unknown field '{prefix}{key}' (expected one of {', '.join(sorted(known))})",
                _at(where, lines, key),
            )


def _string(data: dict[str, Any], key: str, label: str, lines: list[str], where: str) -> str:
    value = data.get(key, "")
    field = f"{label}.{key}" if label else key
    if not isinstance(value, str):
        raise TemplateError(f"field '{field}' must be a string", _at(where, lines, key))
    _no_controls(value, field, _at(where, lines, key))
    return value.strip()


def _strings(
    data: dict[str, Any], key: str, lines: list[str], where: str, label: str = ""
) -> list[str]:
    value = data.get(key, [])
    field = f"{label}.{key}" if label else key
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise TemplateError(f"field '{field}' must be a list of strings", _at(where, lines, key))
    for item in value:
        _no_controls(item, field, _at(where, lines, key))
    return [v.strip() for v in value if v.strip()]


def _no_controls(value: str, field: str, at: str) -> None:
    """TOML escapes (``\\u001b``) can smuggle control characters into any string."""
    if clean(value) != value:
        raise TemplateError(f"field '{field}' contains control characters", at)


def _at(where: str, lines: list[str], needle: str) -> str:
    """``file:line`` of the first line that mentions ``needle`` (best effort)."""
    pattern = re.compile(rf"^\s*{re.escape(needle)}\b") if "=" not in needle else None
    for number, line in enumerate(lines, start=1):
        if (pattern and pattern.match(line)) or (not pattern and needle in line):
            return f"{where}:{number}"
    return where
