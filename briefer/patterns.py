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


def alternation(alternatives: Iterable[str]) -> str:
    """``(?:a|b|…)`` with the branches grouped by the characters they can start with; the
    flat alternation when a branch's first character cannot be read off (a group, an
    anchor, an optional first character)."""
    branches = list(alternatives)
    flat = "(?:" + "|".join(branches) + ")"
    leads = [_lead(b) for b in branches]
    if not branches or any(lead is None for lead in leads):
        return flat
    groups: list[tuple[set[str], list[int]]] = []  # first characters, branch numbers
    for number, lead in enumerate(leads):
        assert lead is not None
        chars, members = _folded(lead[1]), [number]
        for group in [g for g in groups if g[0] & chars]:  # a shared character joins them
            chars |= group[0]
            members += group[1]
            groups.remove(group)
        groups.append((chars, sorted(members)))
    if len(groups) < 2:
        return flat
    parts = []
    for _, members in groups:
        heads = {leads[n][0] for n in members}  # type: ignore[index]
        if len(heads) == 1:  # one first character: written once, then the rests
            head = heads.pop()
            parts.append(head + "(?:" + "|".join(branches[n][len(head) :] for n in members) + ")")
        else:
            parts.append("(?:" + "|".join(branches[n] for n in members) + ")")
    return "(?:" + "|".join(parts) + ")"


def _lead(branch: str) -> tuple[str, set[str]] | None:
    """The pattern of ``branch``'s first character and the characters it matches, or None
    when they are not plain."""
    if match := _CLASS.match(branch):
        lead, chars = match.group(0), set(match.group(1))
    elif branch[:1] == "\\" and len(branch) > 1 and not branch[1].isalnum():
        lead, chars = branch[:2], {branch[1]}
    elif branch and _PLAIN.fullmatch(branch[0]):
        lead, chars = branch[0], {branch[0]}
    else:
        return None
    rest = branch[len(lead) :]
    if rest and rest[0] in _QUANTIFIER:
        return None
    return lead, chars


def _folded(chars: set[str]) -> set[str]:
    """Both cases of every character: groups stay apart under re.IGNORECASE too."""
    return {c for char in chars for c in (char, char.lower(), char.upper())}
