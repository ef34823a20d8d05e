"""Files and folders → Articles (seed .txt, .txt, .md, .html, .docx, .jsonl/.json).

No reader touches the network: HTML is parsed with the standard library and nothing it
links to is fetched; .docx XML is parsed by python-docx's parser, which does not resolve
entities.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from .errors import InputError
from .models import Article
from .outlets import LEANS, normalize_lean

MAX_FILE_BYTES = 20 * 1024 * 1024
"""Documented size limit for one .docx, .html or text file (20 MiB)."""

MAX_DOCX_UNPACKED_BYTES = 100 * 1024 * 1024
"""A .docx whose parts unpack to more than this is refused (zip bombs)."""

_SEED_HEADER = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})(?:\s+(\S.*?))?\s*$")
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
    for path in _expand(paths):
        reader = READERS.get(_suffix(path))
        if reader is None:
            notices.append(Notice(str(path), f"unsupported file type '{path.suffix}'", True))
            continue
        try:
            articles.extend(reader(path, notices))
        except _Skip as skip:
            notices.append(Notice(str(path), str(skip), True))
        except OSError as exc:
            notices.append(Notice(str(path), f"cannot read: {exc.strerror or exc}", True))
    return Reading(tuple(_unique_ids(articles)), tuple(notices))


def _suffix(path: Path) -> str:
    return path.suffix.lower()


def _expand(paths: Iterable[str | Path]) -> Iterator[Path]:
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError("no such file or folder", str(path))
        if path.is_dir():
            yield from sorted(_walk(path))
        else:
            yield path


def _walk(folder: Path) -> Iterator[Path]:
    for child in folder.iterdir():
        if child.name.startswith("."):
            continue
        if child.is_dir():
            yield from _walk(child)
        elif child.is_file():
            yield child


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
    return path.read_bytes()


def decode_text(data: bytes, path: str, notices: list[Notice]) -> str:
    """UTF-8 (BOM allowed); else cp1252/Latin-1 with a notice; binary is refused."""
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
    text = text.replace("\r\n", "\n").replace("\r", "\n")
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
        date = _parse_date(header.group(1))
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
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")
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


class _HtmlText(HTMLParser):
    """Collects the title and block-level text, skipping scripts, styles and navigation."""

    SKIP = {
        "script",
        "style",
        "nav",
        "header",
        "footer",
        "aside",
        "noscript",
        "form",
        "svg",
        "template",
        "iframe",
        "button",
        "select",
    }
    BLOCK = {
        "p",
        "div",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "br",
        "tr",
        "section",
        "article",
        "pre",
        "dd",
        "dt",
        "figcaption",
        "td",
        "main",
        "ul",
        "ol",
    }

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title = ""
        self.h1 = ""
        self.blocks: list[str] = []
        self._current: list[str] = []
        self._skip_depth = 0
        self._in_title = False
        self._in_h1 = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self._skip_depth += 1
        elif tag == "title":
            self._in_title = True
        elif tag in self.BLOCK:
            self._flush()
            self._in_h1 = tag == "h1" and not self.h1

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag == "title":
            self._in_title = False
        elif tag in self.BLOCK:
            text = self._flush()
            if tag == "h1" and self._in_h1 and text:
                self.h1 = text
                self.blocks.pop()
            self._in_h1 = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self._skip_depth:
            self._current.append(data)

    def _flush(self) -> str:
        text = " ".join("".join(self._current).split())
        self._current = []
        if text:
            self.blocks.append(text)
        return text

    def close(self) -> None:
        super().close()
        self._flush()


def read_html(path: Path, notices: list[Notice]) -> list[Article]:
    """HTML: title from ``<title>`` or the first ``<h1>``; scripts, styles, navigation dropped."""
    parser = _HtmlText()
    parser.feed(decode_text(_read_bytes(path), str(path), notices))
    parser.close()
    title = " ".join(parser.title.split()) or parser.h1
    paragraphs = _require_body(tuple(parser.blocks))
    return [Article(path.stem, str(path), title or path.stem, paragraphs)]


def read_docx(path: Path, notices: list[Notice]) -> list[Article]:
    """Word: title from the core properties or a Title/Heading 1 paragraph; body paragraphs."""
    import docx  # python-docx; its lxml parser does not resolve entities
    from docx.opc.exceptions import PackageNotFoundError

    _check_docx_container(path)
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise _Skip(f"corrupted .docx ({exc.__class__.__name__}: {exc})") from None
    except Exception as exc:  # lxml syntax errors and friends: the file is damaged
        raise _Skip(f"corrupted .docx ({exc.__class__.__name__})") from None
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


def _check_docx_container(path: Path) -> None:
    if path.stat().st_size > MAX_FILE_BYTES:
        raise _Skip(f"file is over the {MAX_FILE_BYTES // 2**20} MiB limit")
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            unpacked = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile:
        raise _Skip("corrupted .docx (not a zip archive)") from None
    if "word/document.xml" not in names:
        raise _Skip("corrupted .docx (no word/document.xml part)")
    if unpacked > MAX_DOCX_UNPACKED_BYTES:
        raise _Skip(f"corrupted .docx (unpacks to over {MAX_DOCX_UNPACKED_BYTES // 2**20} MiB)")


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
    date = _parse_date(date_raw[:10]) if date_raw else None
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


def _parse_date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
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
