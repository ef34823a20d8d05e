"""Files and folders → Articles (seed .txt, .txt, .md, .html, .docx, .jsonl/.json).

No reader touches the network: HTML is parsed with the standard library and nothing it
links to is fetched; .docx XML is parsed by python-docx's parser, which does not resolve
entities.
"""

from __future__ import annotations

import codecs
import datetime as dt
import io
import json
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .cards import strip_link_cards
from .errors import LimitError
from .htmltext import HtmlText
from .limits import MAX_FILE_BYTES, checked_zip, read_bounded
from .limits import MAX_UNPACKED_BYTES as MAX_DOCX_UNPACKED_BYTES
from .models import MEMO_COMMENT, Article
from .outlets import LEANS, normalize_lean
from .sanitize import clean, clean_line
from .walk import walk_paths

__all__ = [
    "MAX_DOCX_UNPACKED_BYTES",
    "MAX_FILE_BYTES",
    "READERS",
    "Notice",
    "Reading",
    "article_from_text",
    "decode_text",
    "read_paths",
]

_SEED_HEADER = re.compile(r"^\s*date\s+(\d[\d./-]*)(?:\s+(\S.*?))?\s*$")
_TITLE_MAX_CHARS = 150


@dataclass(frozen=True)
class Notice:
    """Something the reader wants the user to know; ``skipped`` means the file was dropped."""

    path: str
    message: str
    skipped: bool = False

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass(frozen=True)
class Reading:
    """The articles read, and what was skipped or repaired on the way."""

    articles: tuple[Article, ...]
    notices: tuple[Notice, ...]


class _Skip(Exception):
    """Raised inside a reader to skip one file with a reason."""


Reader = Callable[[Path, list[Notice]], list[Article]]


def read_paths(paths: Iterable[str | Path]) -> Reading:
    """Read every supported file under ``paths``; unsupported or broken files become notices."""
    articles: list[Article] = []
    notices: list[Notice] = []
    walk = walk_paths(paths)
    for path in walk.files:
        reader = READERS.get(_suffix(path))
        if reader is None:
            notices.append(Notice(str(path), f"unsupported file type '{path.suffix}'", True))
            continue
        try:
            articles.extend(_cleaned(reader(path, notices), notices))
        except _Skip as skip:
            notices.append(Notice(str(path), str(skip), True))
        except LimitError as exc:
            notices.append(Notice(str(path), exc.message, True))
        except (RecursionError, ValueError) as exc:  # nested too deep, huge numbers, bad data
            notices.append(Notice(str(path), f"cannot parse ({exc.__class__.__name__})", True))
        except OSError as exc:
            notices.append(Notice(str(path), f"cannot read: {exc.strerror or exc}", True))
    notices.extend(Notice(s.path, s.message, True) for s in walk.skipped)
    return Reading(tuple(_unique_ids(articles)), tuple(notices))


def _suffix(path: Path) -> str:
    return path.suffix.lower()


def _cleaned(articles: list[Article], notices: list[Notice]) -> Iterator[Article]:
    """Every article-derived string as data: control characters (ESC, OSC, CR…) removed, lone
    surrogates replaced, so no later stage can emit them to a terminal or a Word file; link
    cards fused into the text cut out (see ``cards``)."""
    for article in articles:
        paragraphs = _paragraphs(strip_link_cards(clean(p)) for p in article.paragraphs)
        if not paragraphs:
            notices.append(Notice(article.path, "no text besides control characters", True))
            continue
        yield replace(
            article,
            id=clean_line(article.id),
            path=clean_line(article.path),
            title=" ".join(clean(article.title).split()),
            paragraphs=paragraphs,
            source=clean_line(article.source),
            url=clean_line(article.url).strip(),
        )


def _unique_ids(articles: list[Article]) -> Iterator[Article]:
    seen: dict[str, int] = {}
    for article in articles:
        count = seen.get(article.id, 0)
        seen[article.id] = count + 1
        if count:
            article = Article(**{**article.__dict__, "id": f"{article.id}-{count + 1}"})
        yield article


# ---- text decoding ---------------------------------------------------------------------------


def _read_bytes(path: Path) -> bytes:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise _Skip(f"file is {size / 2**20:.1f} MiB, over the {MAX_FILE_BYTES // 2**20} MiB limit")
    return read_bounded(path)  # the size may change after stat: the cap is on bytes read


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
"""Byte-order marks of the wide encodings (UTF-32 first: its LE mark starts like UTF-16's)."""


def _decode_wide(data: bytes, path: str, notices: list[Notice]) -> str | None:
    """UTF-16/UTF-32 text announced by its byte-order mark (Windows editors write these)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                notices.append(Notice(path, f"broken {encoding.upper()}; bad bytes replaced"))
                return data.decode(encoding, errors="replace")
    return None


def decode_text(data: bytes, path: str, notices: list[Notice]) -> str:
    """UTF-8 (BOM allowed), UTF-16/32 with a BOM; else cp1252/Latin-1 with a notice; binary
    is refused."""
    wide = _decode_wide(data, path, notices)
    if wide is not None:
        return _normalise(wide)
    if b"\x00" in data[:8192]:
        raise _Skip("binary file (contains NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
            notices.append(Notice(path, "not UTF-8; decoded as Windows-1252"))
        except UnicodeDecodeError:
            text = data.decode("latin-1")
            notices.append(Notice(path, "not UTF-8; decoded as Latin-1"))
    return _normalise(text)


def _normalise(text: str) -> str:
    """Unix line ends; no byte-order mark inside the text (files joined with ``cat`` keep
    each file's mark, an invisible zero-width no-break space)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    if _control_ratio(text) > 0.05:
        raise _Skip("binary file (mostly control characters)")
    return text


def _control_ratio(text: str) -> float:
    sample = text[:8192]
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\t\f\v")
    return bad / len(sample)


def article_from_text(article_id: str, text: str, path: str = "") -> Article:
    """A plain-text document (title from a short first line) as an Article."""
    title, body = _split_title(text.replace("\r\n", "\n").split("\n"), force=False)
    return Article(article_id, path, title or article_id, _paragraphs(body))


def _paragraphs(lines: Iterable[str]) -> tuple[str, ...]:
    """One paragraph per non-empty line; blank lines only separate."""
    return tuple(" ".join(line.split()) for line in lines if line.strip())


def _require_body(paragraphs: tuple[str, ...]) -> tuple[str, ...]:
    if not paragraphs:
        raise _Skip("empty file (no text)")
    return paragraphs


# ---- readers ---------------------------------------------------------------------------------


def read_txt(path: Path, notices: list[Notice]) -> list[Article]:
    """Seed format (optional ``date YYYY-MM-DD SECTION`` line, title line, paragraphs) or plain."""
    lines = decode_text(_read_bytes(path), str(path), notices).split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    date, source = None, ""
    header = _SEED_HEADER.match(lines[0]) if lines else None
    if header:
        date = _parse_date(header.group(1), f"{path}:1", notices)
        lines.pop(0)
    title, body = _split_title(lines, force=bool(header))
    paragraphs = _require_body(_paragraphs(body))
    return [Article(path.stem, str(path), title or path.stem, paragraphs, date, source)]


def _split_title(lines: list[str], force: bool) -> tuple[str, list[str]]:
    nonempty = [i for i, line in enumerate(lines) if line.strip()]
    if not nonempty:
        return "", []
    first = lines[nonempty[0]].strip()
    looks_like_title = len(first) <= _TITLE_MAX_CHARS and not first.endswith((".", "?", "!", '"'))
    if force or (looks_like_title and len(nonempty) > 1):
        return first, lines[nonempty[0] + 1 :]
    return "", lines


_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.{1,300}?)(?<=\S)\1")
"""Bounded span: an unbounded lazy match is quadratic on a long line of unclosed '*'."""
_MD_PREFIX = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)")


def read_markdown(path: Path, notices: list[Notice]) -> list[Article]:
    """Markdown: title from the first ``#`` heading; markup stripped, code blocks dropped."""
    text = decode_text(_read_bytes(path), str(path), notices)
    title, lines, in_code = "", [], False
    for line in text.split("\n"):
        if line.strip().startswith(("```", "~~~")):
            in_code = not in_code
            continue
        if in_code or re.match(r"^\s*([-*_]\s*){3,}$", line):
            continue
        if not title and re.match(r"^\s{0,3}#\s", line):
            title = _strip_markdown(line)
            continue
        lines.append(_strip_markdown(line))
    paragraphs = _require_body(_paragraphs(lines))
    return [Article(path.stem, str(path), title or path.stem, paragraphs)]


def _strip_markdown(line: str) -> str:
    line = _MD_PREFIX.sub("", _MD_IMAGE.sub("", line))
    line = _MD_LINK.sub(r"\1", line)
    return _MD_EMPHASIS.sub(r"\2", line).strip()


def read_html(path: Path, notices: list[Notice]) -> list[Article]:
    """HTML: title from ``<title>`` or the first ``<h1>``; scripts, styles, navigation dropped."""
    parser = HtmlText()
    parser.feed(decode_text(_read_bytes(path), str(path), notices))
    parser.close()
    title = " ".join(parser.title.split()) or parser.h1
    paragraphs = _require_body(tuple(parser.text_blocks()))
    return [Article(path.stem, str(path), title or path.stem, paragraphs)]


def read_docx(path: Path, notices: list[Notice]) -> list[Article]:
    """Word: title from the core properties or a Title/Heading 1 paragraph; body paragraphs."""
    import docx  # python-docx; its lxml parser does not resolve entities
    from docx.opc.exceptions import PackageNotFoundError

    try:
        checked = checked_zip(path, required="word/document.xml")
        document = docx.Document(io.BytesIO(checked))
    except LimitError as exc:
        raise _Skip(f"corrupted .docx ({exc.message})") from None
    except zipfile.BadZipFile as exc:
        raise _Skip(f"corrupted .docx ({exc})") from None
    except (PackageNotFoundError, KeyError, ValueError, EOFError) as exc:
        raise _Skip(f"corrupted .docx ({exc.__class__.__name__}: {exc})") from None
    except Exception as exc:  # lxml syntax errors and friends: the file is damaged
        raise _Skip(f"corrupted .docx ({exc.__class__.__name__})") from None
    if (document.core_properties.comments or "").startswith(MEMO_COMMENT):
        raise _Skip("a memo made by briefer, not an article")
    title = (document.core_properties.title or "").strip()
    paragraphs: list[str] = []
    for paragraph in document.paragraphs:
        text = " ".join(paragraph.text.split())
        if not text:
            continue
        style = paragraph.style.name if paragraph.style is not None else ""
        if not title and style in ("Title", "Heading 1"):
            title = text
            continue
        paragraphs.append(text)
    created = document.core_properties.created
    date = created.date() if created else None
    return [
        Article(path.stem, str(path), title or path.stem, _require_body(tuple(paragraphs)), date)
    ]


def read_jsonl(path: Path, notices: list[Notice]) -> list[Article]:
    """One article per JSON line: ``text`` required; title, date, source, url, id optional."""
    text = decode_text(_read_bytes(path), str(path), notices)
    records: list[tuple[int, str, object]] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            notices.append(Notice(where, f"broken JSON line skipped ({exc.msg})"))
            continue
        records.append((number, where, record))
    return _articles_from_records(path, records, notices)


def read_json(path: Path, notices: list[Notice]) -> list[Article]:
    """A JSON object (one article) or a list of them."""
    text = decode_text(_read_bytes(path), str(path), notices)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _Skip(f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
    items = data if isinstance(data, list) else [data]
    records = [(n, f"{path}[{n}]", record) for n, record in enumerate(items, start=1)]
    return _articles_from_records(path, records, notices)


def _articles_from_records(
    path: Path, records: list[tuple[int, str, object]], notices: list[Notice]
) -> list[Article]:
    """Articles of (number, where, record) triples; a file with none usable is skipped."""
    articles = []
    for number, where, record in records:
        article = _article_from_record(record, path, f"{path.stem}-{number}", where, notices)
        if article:
            articles.append(article)
    if not articles:
        raise _Skip("no usable records")
    return articles


def _article_from_record(
    record: object, path: Path, fallback_id: str, where: str, notices: list[Notice]
) -> Article | None:
    if not isinstance(record, dict):
        notices.append(Notice(where, "record is not a JSON object; skipped"))
        return None
    body = record.get("text")
    if not isinstance(body, str) or not body.strip():
        notices.append(Notice(where, "record has no 'text'; skipped"))
        return None
    date_raw = str(record.get("date") or "")
    date = _parse_date(date_raw[:10], where, notices) if date_raw else None
    lean = _record_lean(record, where, notices)
    paragraphs = _paragraphs(body.replace("\r\n", "\n").split("\n"))
    return Article(
        id=str(record.get("id") or fallback_id),
        path=str(path),
        title=" ".join(str(record.get("title") or "").split()) or fallback_id,
        paragraphs=paragraphs,
        date=date,
        source=str(record.get("source") or ""),
        url=str(record.get("url") or ""),
        lean=lean,
    )


def _record_lean(record: dict[str, Any], where: str, notices: list[Notice]) -> str:
    """The record's ``lean`` (or AllSides' ``bias_text``); an unknown value is reported and
    left out, never guessed."""
    raw = record.get("lean", record.get("bias_text"))
    if raw is None or raw == "":
        return ""
    lean = normalize_lean(raw)
    if lean is None:
        notices.append(Notice(where, f"unknown lean {raw!r} ignored (use {', '.join(LEANS)})"))
    return lean or ""


def _parse_date(value: str, where: str, notices: list[Notice]) -> dt.date | None:
    """An ISO date; anything else is dropped with a warning (the memo date depends on it)."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        notices.append(Notice(where, f"date '{clean_line(value)}' is not YYYY-MM-DD; ignored"))
        return None


READERS: dict[str, Reader] = {
    ".txt": read_txt,
    ".text": read_txt,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".html": read_html,
    ".htm": read_html,
    ".docx": read_docx,
    ".jsonl": read_jsonl,
    ".json": read_json,
}
"""File suffix → reader; every reader takes (path, notices) and returns articles."""


def article_from_record(
    record: object, path: Path, fallback_id: str, where: str, notices: list[Notice]
) -> Article | None:
    """One JSON record as an Article, as the JSONL reader builds it (None: skipped, noticed);
    ``brief series`` streams archives record by record through it."""
    return _article_from_record(record, path, fallback_id, where, notices)
