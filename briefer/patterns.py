"""Long regex alternations that match what the flat ones match, faster.

Python's ``re`` tries the branches of ``a|b|…`` one by one at every position of the text,
so a list of 300 cue words costs 300 tries per word of every sentence. Branches whose first
characters differ can never match at the same position, so grouping them by first character
(``s(?:aid|ays|…)|t(?:old|…)``) keeps the order in which competing branches are tried, and
so every match, while each position costs one test per group.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from typing import Any

QUOTE_MARK = re.compile(r"[“”\"]")
"""A double quotation mark, curly or straight."""
_QUANTIFIER = frozenset("?*+{")
LOOKAHEAD_MIN_GROUPS = 4
"""From this many groups a grouped alternation starts with a test of every first character
it may start with: a position none of them starts fails after one test, not one per group."""
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
    prefixes = [_leading_lookbehinds(b) for b in branches]
    found = [_lead(b[len(p) :]) for b, p in zip(branches, prefixes, strict=True)]
    leads = [lead for lead in found if lead is not None]
    if not branches or len(leads) < len(branches):
        return flat
    expanded: list[tuple[str, str, str]] = []  # (lookbehinds, first character's pattern, rest)
    for branch, prefix, (head, chars) in zip(branches, prefixes, leads, strict=True):
        rest = branch[len(prefix) + len(head) :]
        if case_sensitive:  # '[sS]enators?' is 'senators?' or 'Senators?', in that order
            expanded += [(prefix, char, rest) for char in chars]
        else:
            expanded.append((prefix, head, rest))
    groups: list[tuple[set[str], list[int]]] = []  # first characters, branch numbers
    for number, (_, head, _) in enumerate(expanded):
        starts, members = _chars(head, case_sensitive), [number]
        for group in [g for g in groups if g[0] & starts]:  # a shared character joins them
            starts |= group[0]
            members += group[1]
            groups.remove(group)
        groups.append((starts, sorted(members)))
    if len(groups) < 2:
        return flat
    parts = []
    for starts, members in groups:
        heads = {expanded[n][1] for n in members}
        whole = "|".join(p + _escaped(h) + r for p, h, r in (expanded[n] for n in members))
        if any(expanded[n][0] for n in members):  # a lookbehind comes before its first
            # character, which cannot be written once: the first characters are tested ahead
            parts.append(f"(?=[{''.join(re.escape(c) for c in sorted(starts))}])(?:{whole})")
        elif len(heads) == 1:  # one first character: written once, then the rests
            rests = "|".join(expanded[n][2] for n in members)
            parts.append(f"{_escaped(heads.pop())}(?:{rests})")
        else:
            parts.append(f"(?:{whole})")
    ahead = ""
    if len(groups) >= LOOKAHEAD_MIN_GROUPS:
        ahead = (
            f"(?=[{''.join(re.escape(c) for c in sorted(set().union(*(g[0] for g in groups))))}])"
        )
    return f"{ahead}(?:" + "|".join(parts) + ")"


_LOOKBEHIND = re.compile(r"(?:\(\?<[!=][^()]*\))+")


def _leading_lookbehinds(branch: str) -> str:
    """'(?<!was )(?<!is )' of '(?<!was )(?<!is )called', or ''."""
    found = _LOOKBEHIND.match(branch)
    return found.group(0) if found else ""


def first_letter_lookahead(alternatives: Iterable[str]) -> str:
    """``(?=[…])``: the letters the branches can start with (leading lookbehinds skipped),
    or '' when a branch's first character cannot be read off or is no letter.

    Put before an alternation that is tried at every word, it rejects a word whose first
    letter starts no branch with one test instead of one per group; it matches nothing the
    alternation would not, so the matches stay the same.
    """
    letters: set[str] = set()
    for branch in alternatives:
        lead = _lead(branch[len(_leading_lookbehinds(branch)) :])
        if lead is None or not lead[1].isalpha():
            return ""
        letters.update(lead[1])
    return f"(?=[{''.join(sorted(letters))}])" if letters else ""


STARTS_A_WORD = r"(?<!\w.)"
r"""Written right after a pattern's first character (a word character), the test ``\b`` or
``(?<!\w)`` makes before it: nothing of a word stands before that character. A pattern that
opens with a character class, not with the test, lets ``re`` skip ahead to the positions
holding one of its characters instead of trying the whole pattern at every position (names
are found in 60-70% of the time over the Korea sentences; the matches are the same)."""


CASE_FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")
"""İ ı ſ K: letters a case-insensitive regex matches to i, s or k, which str.lower() does
not turn into them (all such letters, checked over every code point)."""


def holds_any(text: str, needles: Iterable[str]) -> bool:
    """Whether ``text`` holds one of ``needles`` as written: the prefilter of a case-sensitive
    pattern every match of which holds one of them."""
    return any(needle in text for needle in needles)


def may_hold(text: str, words: Iterable[str]) -> bool:
    """Whether ``text`` may hold one of ``words`` (lower case) as a case-insensitive regex
    reads it: False only when none is in its lower-cased form and it has none of the letters
    that case folding would let match otherwise. A pattern every match of which holds one
    of ``words`` need not be searched for when this is False."""
    lowered = text.lower()
    for word in words:  # a plain loop: any() over a generator costs as much as the tests
        if word in lowered:
            return True
    # isascii() reads a flag; four substring tests cost less than hashing every character
    return not text.isascii() and any(map(text.__contains__, CASE_FOLDS_TO_ASCII))


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


MAX_RANGE_CHARS = 64
"""A character range wider than this ('[a-z]' is 26) tells nothing worth testing for."""


def required_characters(pattern: str) -> str:
    """Characters one of which every match of ``pattern`` holds (a text without any cannot
    match), read off its parsed form: a literal, a small class, what every branch of an
    alternation needs, a group, a repeat of at least one, a positive lookaround. '' when
    nothing can be read off (a case-insensitive pattern, say, or only anchors and \\w)."""
    parser: Any = importlib.import_module("re._parser")  # loaded with re; no public parser
    parsed = parser.parse(pattern)
    if parsed.state.flags & re.IGNORECASE:
        return ""
    return "".join(sorted(_needed_in_sequence(parsed) or ()))


def _needed_in_sequence(items: Iterable[tuple[Any, Any]]) -> frozenset[str] | None:
    """The smallest of the sets one item of a sequence needs (every item must match), of
    two as small the one with fewer ASCII characters (pysbd's '&ᓴ&' needs 'ᓴ' as much as
    '&', and news text holds '&' more often)."""
    best = None
    for op, value in items:
        found = _needed_by_item(str(op), value)
        if found is not None and (best is None or _commonness(found) < _commonness(best)):
            best = found
    return best


def _commonness(chars: frozenset[str]) -> tuple[int, int]:
    return len(chars), sum(char.isascii() for char in chars)


def _needed_by_item(op: str, value: Any) -> frozenset[str] | None:
    if op == "LITERAL":
        return frozenset(chr(value))
    if op == "IN":
        return _class_characters(value)
    if op == "SUBPATTERN":  # (group, flags added, flags removed, items)
        return None if value[1] & re.IGNORECASE else _needed_in_sequence(value[3])
    if op == "BRANCH":
        union: frozenset[str] = frozenset()
        for branch in value[1]:
            needed = _needed_in_sequence(branch)
            if needed is None:
                return None
            union |= needed
        return union
    if op in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):  # (least, most, items)
        return _needed_in_sequence(value[2]) if value[0] >= 1 else None
    if op == "ASSERT":  # a positive lookahead or lookbehind: (direction, items)
        return _needed_in_sequence(value[1])
    if op == "ATOMIC_GROUP":
        return _needed_in_sequence(value)
    return None  # anchors, negative lookarounds, any character, categories, references


def _class_characters(members: Iterable[tuple[Any, Any]]) -> frozenset[str] | None:
    chars: set[str] = set()
    for op, value in members:
        if str(op) == "LITERAL":
            chars.add(chr(value))
        elif str(op) == "RANGE" and value[1] - value[0] < MAX_RANGE_CHARS:
            chars.update(map(chr, range(value[0], value[1] + 1)))
        else:  # a negation, a category (\d, \s), a wide range
            return None
    return frozenset(chars)
