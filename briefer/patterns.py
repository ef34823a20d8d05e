"""Long regex alternations that match what the flat ones match, faster.

Python's ``re`` tries the branches of ``a|b|…`` one by one at every position of the text,
so a list of 300 cue words costs 300 tries per word of every sentence. Branches whose first
characters differ can never match at the same position, so grouping them by first character
(``s(?:aid|ays|…)|t(?:old|…)``) keeps the order in which competing branches are tried, and
so every match, while each position costs one test per group.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_QUANTIFIER = frozenset("?*+{")
_PLAIN = re.compile(r"[\w \-'’,]")
_CLASS = re.compile(r"\[([^\]\\^-]+)\]")


def alternation(alternatives: Iterable[str], case_sensitive: bool = False) -> str:
    """``(?:a|b|…)`` with the branches grouped by the character they start with; the flat
    alternation when a branch's first character cannot be read off (a group, an anchor, an
    optional first character).

    ``case_sensitive``: the pattern is never compiled with re.IGNORECASE, so 'S' and 's'
    may lead groups of their own; otherwise both cases of a letter share one group.
    """
    branches = list(alternatives)
    flat = "(?:" + "|".join(branches) + ")"
    found = [_lead(b) for b in branches]
    leads = [lead for lead in found if lead is not None]
    if not branches or len(leads) < len(branches):
        return flat
    expanded: list[tuple[str, str]] = []  # (first character's pattern, the rest)
    for branch, (head, chars) in zip(branches, leads, strict=True):
        rest = branch[len(head) :]
        if case_sensitive:  # '[sS]enators?' is 'senators?' or 'Senators?', in that order
            expanded += [(char, rest) for char in chars]
        else:
            expanded.append((head, rest))
    groups: list[tuple[set[str], list[int]]] = []  # first characters, branch numbers
    for number, (head, _) in enumerate(expanded):
        starts, members = _chars(head, case_sensitive), [number]
        for group in [g for g in groups if g[0] & starts]:  # a shared character joins them
            starts |= group[0]
            members += group[1]
            groups.remove(group)
        groups.append((starts, sorted(members)))
    if len(groups) < 2:
        return flat
    parts = []
    for _, members in groups:
        heads = {expanded[n][0] for n in members}
        if len(heads) == 1:  # one first character: written once, then the rests
            rests = "|".join(expanded[n][1] for n in members)
            parts.append(f"{_escaped(heads.pop())}(?:{rests})")
        else:
            whole = "|".join(_escaped(expanded[n][0]) + expanded[n][1] for n in members)
            parts.append(f"(?:{whole})")
    return "(?:" + "|".join(parts) + ")"


def top_level_branches(pattern: str) -> list[str]:
    """The branches of ``pattern`` split at its top-level ``|`` (not in groups or classes)."""
    branches, depth, start, index, in_class = [], 0, 0, 0, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(pattern[start:index])
            start = index + 1
        index += 1
    return [*branches, pattern[start:]]


def _lead(branch: str) -> tuple[str, str] | None:
    """The pattern of ``branch``'s first character and the characters it matches, or None
    when they are not plain."""
    if match := _CLASS.match(branch):
        lead, chars = match.group(0), "".join(dict.fromkeys(match.group(1)))
    elif branch[:1] == "\\" and len(branch) > 1 and not branch[1].isalnum():
        lead, chars = branch[:2], branch[1]
    elif branch and _PLAIN.fullmatch(branch[0]):
        lead, chars = branch[0], branch[0]
    else:
        return None
    rest = branch[len(lead) :]
    if rest and rest[0] in _QUANTIFIER:
        return None
    return lead, chars


def _chars(head: str, case_sensitive: bool) -> set[str]:
    """The characters a head matches; both cases of each unless ``case_sensitive``."""
    if case_sensitive:
        return {head}
    in_class = _CLASS.match(head)
    chars = set(in_class.group(1)) if in_class else {head[-1]}
    return {c for char in chars for c in (char, char.lower(), char.upper())}


def _escaped(head: str) -> str:
    """A head as written ('[sS]', '\\.', 'a'), or one plain character escaped."""
    return head if len(head) > 1 else re.escape(head)
