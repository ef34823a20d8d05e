"""Transcripts in an article: 'TRUMP: I would not be happy.' / 'DICKERSON: Not happy mean
military action?' — each turn opens on its speaker's name in capitals and a colon.

Found once per article and read by both the holder pass (attribute.py: the turn is its
speaker's) and the speech acts PolNeAR scores (the colon is the Cue, the label the Source).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .models import Sentence

MIN_TURNS = 2
"""Labelled turns an article needs before its labels are read as a transcript's: a single
'HUFFPOLLSTER: …' or 'EXCLUSIVE: …' is a headline's kicker."""

_LABEL = re.compile(r"[“\"]?(?P<name>[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,2}):(?=\s+\S)")
"""A turn's opening: one to three words in capitals, then a colon ('TRUMP:', 'JAKE
TAPPER:', '"WALLACE:')."""


@dataclass(frozen=True)
class Turn:
    """One speaker's turn: the label (in article offsets), the colon, the sentences."""

    name: str
    label: tuple[int, int]
    colon: tuple[int, int]
    sentences: tuple[int, ...]
    question: bool
    """Whether the turn ends on a question (an interviewer's)."""


def transcript_turns(sentences: Sequence[Sentence]) -> list[Turn]:
    """The article's transcript turns, in order: a sentence opening on a label whose name
    the article's own text gives as a name elsewhere ('CBS's John Dickerson' for
    'DICKERSON:', 'President Trump' for 'TRUMP:', never 'RELATED:' or 'VIDEO:'), up to the
    next label or the end of its paragraph; once one label is so named, a label that opens
    ``MIN_TURNS`` turns is a speaker too (the host the text never names); none when fewer
    than ``MIN_TURNS`` turns."""
    labels = [(i, _LABEL.match(s.text)) for i, s in enumerate(sentences) if not s.boilerplate]
    opened = {i: m for i, m in labels if m}
    if len(opened) < MIN_TURNS:
        return []
    prose = [s.text.lstrip("“\"‘'") for i, s in enumerate(sentences) if i not in opened]
    names = {m.group("name") for m in opened.values()}
    named = {_last(name) for name in names if _named_in(prose, name)}
    opening = Counter(_last(m.group("name")) for m in opened.values())
    turns = []
    for i, match in opened.items():
        name = match.group("name")
        if _last(name) not in named and not (named and opening[_last(name)] >= MIN_TURNS):
            continue  # a label neither named in the text nor a speaker's who takes turns
        members = [i]
        j = i + 1
        while (
            j < len(sentences)
            and j not in opened
            and sentences[j].paragraph == sentences[i].paragraph
        ):
            members.append(j)
            j += 1
        at = sentences[i].start
        turns.append(
            Turn(
                name,
                (at + match.start("name"), at + match.end("name")),
                (at + match.end("name"), at + match.end()),
                tuple(members),
                sentences[members[-1]].text.rstrip(" ”\"'’").endswith("?"),
            )
        )
    return turns if len(turns) >= MIN_TURNS else []


def _last(name: str) -> str:
    """A label's family name, title cased: 'JAKE TAPPER' and 'TAPPER' are one speaker."""
    return name.split()[-1].capitalize()


def _named_in(prose: Sequence[str], name: str) -> bool:
    """Whether the article names the label's person in ordinary type: its last word, title
    cased, inside a sentence ('CBS's John Dickerson', 'On April 30, Trump …'), not as a
    sentence's first word ('Video shows …' names nobody)."""
    word = re.compile(rf"\b{re.escape(_last(name))}\b")
    return any(m.start() > 0 for text in prose for m in word.finditer(text))


def interviewers(turns: Sequence[Turn]) -> frozenset[str]:
    """The labels whose turns end on questions at least half the time: the interviewer,
    whose turns are the outlet's."""
    asked: dict[str, list[bool]] = {}
    for turn in turns:
        asked.setdefault(_last(turn.name), []).append(turn.question)
    return frozenset(n for n, qs in asked.items() if sum(qs) * 2 >= len(qs))


def is_interviewer(turn: Turn, asking: frozenset[str]) -> bool:
    """Whether the turn is one of the interviewer's (:func:`interviewers`)."""
    return _last(turn.name) in asking
