"""One sentence as the rules see it, computed once: text, mentions, quotes, clause ends."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from .lexicon import CLAUSE, CLAUSE_WORDS, CONTRAST_OPENERS
from .mentions import Mention, is_inside, quoted_spans
from .patterns import holds_any


class CueKind(StrEnum):
    """What a cue reports: plain speech, a speech act, a stance, a deed or a trigger."""

    REPORT = "report"
    SPEECH = "speech"
    STANCE = "stance"
    ACTION = "action"
    TRIGGER = "trigger"


_CONTRAST_CLAUSE = re.compile(rf"(?:{CONTRAST_OPENERS})\s[^,;“”\"]*,")
"""A sentence opening with a contrastive subordinate clause, up to the comma that ends it
(its words before that comma hold no quotation, whose commas may be its own); phrases'
``_CONTRAST_OPENING`` tests only the conjunction at a phrase's start."""


@dataclass(frozen=True)
class Cue:
    """A reporting/stance/action cue with its speaker and the span of what it reports."""

    start: int
    end: int
    text: str
    kind: CueKind
    speaker: tuple[Mention, ...]
    content: tuple[int, int]
    quoted: bool
    rules: tuple[str, ...] = ()
    """The rules that found this cue's speaker (or dropped it)."""

    @property
    def inverted(self) -> bool:
        """'…, X said': the content comes before the cue."""
        return self.content == (0, self.start)


@dataclass(frozen=True)
class Found:
    """A speaker finder's answer: the mentions naming the speaker, and whether the cue is
    inverted ('…," said X' / '…, X said': what it reports comes before it)."""

    speaker: tuple[Mention, ...] = ()
    inverted: bool = False

    def __bool__(self) -> bool:
        return bool(self.speaker)


NOTHING = Found()


@dataclass(frozen=True)
class SentenceView:
    """A sentence with everything the rules read, computed once."""

    text: str
    mentions: tuple[Mention, ...]
    headline: bool = False
    quotes: tuple[tuple[int, int], ...] = field(default=())
    clause_ends: tuple[int, ...] = field(default=())

    @classmethod
    def of(cls, text: str, mentions: list[Mention], headline: bool = False) -> SentenceView:
        """Build the view: quotation spans and clause ends are found here, once."""
        clauses = holds_any(text, CLAUSE_WORDS)  # 1 sentence in 10: the others, no scan
        clause_ends = tuple(m.start() for m in CLAUSE.finditer(text)) if clauses else ()
        opening = _CONTRAST_CLAUSE.match(text)
        if opening:  # 'While Seoul welcomed the offer, …': the main clause is no part of it
            clause_ends = tuple(sorted({opening.end() - 1, *clause_ends}))
        clause_ends += (len(text),)
        return cls(text, tuple(mentions), headline, tuple(quoted_spans(text)), clause_ends)

    def quoted(self, position: int) -> bool:
        """Whether a position lies inside quotation marks."""
        return bool(self.quotes) and is_inside(position, list(self.quotes))

    def between(self, start: int, stop: int) -> list[Mention]:
        """Mentions that begin in [start, stop)."""
        return [m for m in self.mentions if start <= m.start < stop]

    def before(self, position: int, chars: int) -> str:
        """The ``chars`` characters before ``position``."""
        return self.text[max(0, position - chars) : position]


WORD = re.compile(r"[\w’'-]+")
