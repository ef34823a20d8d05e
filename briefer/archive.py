"""Archives → partitions of articles, streamed; and which articles concern a template.

An archive is files and folders as ``brief`` reads them, where JSONL files may hold millions
of records. It is cut into partitions (a few hundred JSONL lines, or a few files) that a
worker reads on its own by seeking to a byte offset, so no process holds the archive.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .errors import InputError
from .mentions import compile_matcher
from .models import Article, Template
from .read import Notice, article_from_record, decode_text, read_paths

PARTITION_LINES = 200
"""JSONL records per partition: small enough for a worker's memory, big enough to amortize."""

PARTITION_FILES = 50
"""Non-JSONL files (txt, md, html, docx, json) per partition."""

SCAN_BLOCK = 1 << 20
"""Bytes read at a time when finding where each partition of a JSONL file starts."""

RELEVANT_ACTORS = 2
"""An article concerns a template when it names at least this many of its actors, …"""

RELEVANT_MENTIONS = 2
"""… each of them at least this many times, …"""

RELEVANT_KEYWORDS = 2
"""… or when the less-named actors are named once but the template's keywords occur this
often (measured on the shared articles: see README, "Series over an archive")."""


@dataclass(frozen=True)
class Partition:
    """A slice of the archive one task reads: JSONL lines from a byte offset, or files."""

    number: int
    paths: tuple[str, ...]
    offset: int = 0
    first_line: int = 1
    lines: int = 0
    """JSONL lines to read; 0 means: read ``paths`` whole, as ``brief`` reads files."""


def plan_partitions(paths: Iterable[str], lines: int = PARTITION_LINES) -> list[Partition]:
    """Cut the archive into partitions in input order (files sorted within folders)."""
    partitions: list[Partition] = []
    loose: list[str] = []

    def flush() -> None:
        if loose:
            partitions.append(Partition(len(partitions), tuple(loose)))
            loose.clear()

    for path in _files(paths):
        if path.suffix.lower() != ".jsonl":
            loose.append(str(path))
            if len(loose) == PARTITION_FILES:
                flush()
            continue
        flush()
        for offset, first, count in _line_blocks(path, lines):
            partitions.append(Partition(len(partitions), (str(path),), offset, first, count))
    flush()
    return partitions


def _files(paths: Iterable[str]) -> Iterator[Path]:
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError("no such file or folder", str(path))
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p, path))
        else:
            yield path


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _line_blocks(path: Path, lines: int) -> Iterator[tuple[int, int, int]]:
    """(byte offset, first line number, line count) of each block of ``lines`` lines."""
    start, first, seen, position, after_newline = 0, 1, 0, 0, 0
    with path.open("rb") as stream:
        while block := stream.read(SCAN_BLOCK):
            at = -1
            while (at := block.find(b"\n", at + 1)) >= 0:
                seen += 1
                after_newline = position + at + 1
                if seen == lines:
                    yield start, first, seen
                    start, first, seen = after_newline, first + seen, 0
            position += len(block)
    unterminated = 1 if position > after_newline else 0
    if seen + unterminated:
        yield start, first, seen + unterminated


def read_partition(partition: Partition, notices: list[Notice]) -> Iterator[Article]:
    """The partition's articles in archive order, one at a time."""
    if not partition.lines:
        reading = read_paths(partition.paths)
        notices.extend(reading.notices)
        yield from reading.articles
        return
    path = Path(partition.paths[0])
    with path.open("rb") as stream:
        stream.seek(partition.offset)
        for number in range(partition.first_line, partition.first_line + partition.lines):
            raw = stream.readline()
            if not raw:
                return
            article = _record(raw, path, number, notices)
            if article is not None:
                yield article


def _record(raw: bytes, path: Path, number: int, notices: list[Notice]) -> Article | None:
    where = f"{path}:{number}"
    if not raw.strip():
        return None
    if b"\x00" in raw:
        notices.append(Notice(where, "binary data in a JSON line; skipped"))
        return None
    try:
        record = json.loads(decode_text(raw, where, notices))
    except json.JSONDecodeError as exc:
        notices.append(Notice(where, f"broken JSON line skipped ({exc.msg})"))
        return None
    except Exception as exc:  # the reader's own "binary" refusal, whatever its class
        notices.append(Notice(where, f"{exc}; skipped"))
        return None
    return article_from_record(record, path, f"{path.stem}-{number}", where, notices)


@dataclass(frozen=True)
class Relevance:
    """Compiled patterns that say whether an article concerns a template."""

    template: Template
    keywords: re.Pattern[str] | None

    def actor_counts(self, text: str, exclusions: bool = True) -> Counter[str]:
        """How often the text names each actor (aliases as whole words, minus exclusions)."""
        matcher = compile_matcher(self.template)
        excluded: Iterable[re.Match[str]] = ()
        if exclusions and matcher.exclusions:
            excluded = matcher.exclusions.finditer(text)
        blocked = [m.span() for m in excluded]
        counts: Counter[str] = Counter()
        for match in matcher.aliases.finditer(text):
            if any(a <= match.start() < b for a, b in blocked):
                continue
            key = matcher.lookup.get(_fold(match.group()))
            if key:
                counts[key] += 1
        return counts

    def concerns(self, article: Article) -> bool:
        """At least two actors named twice each, or named at all with the topic's keywords.

        Exclusions only ever remove names, and their pattern costs most of the test, so it
        runs only on texts that pass without it (most news does not)."""
        text = f"{article.title}\n{article.text}"
        return self._enough(text, False) and self._enough(text, True)

    def _enough(self, text: str, exclusions: bool) -> bool:
        named = sorted(self.actor_counts(text, exclusions).values(), reverse=True)
        if len(named) < RELEVANT_ACTORS:
            return False
        if named[RELEVANT_ACTORS - 1] >= RELEVANT_MENTIONS:
            return True
        hits = len(self.keywords.findall(text)) if self.keywords else 0
        return hits >= RELEVANT_KEYWORDS


def _fold(alias: str) -> str:
    """The alias table's spelling of a match (as the mention finder folds it)."""
    alias = alias.replace("’", "'")
    return alias[:1].lower() + alias[1:] if alias[:4].lower() == "the " else alias


@cache
def relevance(template: Template) -> Relevance:
    """The template's relevance test, compiled once per process."""
    words = sorted(template.keywords, key=len, reverse=True)
    pattern = "|".join(re.escape(w) for w in words)
    keywords = re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.IGNORECASE) if words else None
    return Relevance(template, keywords)
