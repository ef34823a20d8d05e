"""The template's issues as patterns: which issue a sentence names (grid, diff, compose)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from .models import Issue
from .patterns import alternation


def keyword_pattern(keywords: Iterable[str]) -> re.Pattern[str]:
    """Whole words or phrases, as aliases match: case-sensitive except that a lower-case
    first letter also matches capitalized (a sentence may open with it)."""
    alternatives = sorted(set(keywords), key=len, reverse=True)
    body = alternation((_keyword(k) for k in alternatives), case_sensitive=True)  # same matches
    return re.compile(r"(?<![\w.-])" + body + r"(?![\w-])")


def _keyword(keyword: str) -> str:
    escaped = re.escape(keyword.replace("’", "'")).replace("'", "['’]")
    first = keyword[:1]
    return f"[{first}{first.upper()}]{escaped[1:]}" if first.islower() else escaped


@cache
def words_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """:func:`keyword_pattern`, built once for each list of words (the grid is rebuilt for
    every cut of the memo)."""
    return keyword_pattern(words)


@cache
def issue_pattern(issue: Issue) -> re.Pattern[str]:
    return keyword_pattern(issue.keywords)


@cache
def any_issue_pattern(issues: tuple[Issue, ...]) -> re.Pattern[str]:
    """Every issue's keywords in one pattern: it finds a match where one of the issues'
    patterns would, so a text it does not match names none of them (seven of eight
    positions of the large benchmark folder), found in one search instead of seven."""
    return keyword_pattern(k for issue in issues for k in issue.keywords)
