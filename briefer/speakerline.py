"""Who said it, in what capacity, in their words or not, and through whom: one line a bullet.

`— Wang Yi, Chinese Foreign Minister · quoted · via Xinhua`. Built from the attribution
engine's evidence (entities.py names the speaker and the role as the article gives them);
where the engine is unsure, the line says so rather than guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .models import POST, BriefItem, Evidence
from .subjects import is_demonym

LOW_CONFIDENCE = 0.6
"""Holders that rest on a rule trusted less than this are marked uncertain."""
UNCERTAIN = "speaker uncertain"
DOUBTFUL = "attribution uncertain"
"""Marks a holder that rests on a rule trusted less than LOW_CONFIDENCE: the reader's words
for it (a reader asked what 'holder uncertain' meant)."""
_QUOTED = re.compile(r"[“\"‘][^”\"’]*?(?:\w+\W+){3,}[^”\"’]*[”\"’]")
"""A quotation of four words or more: the speaker's own words, not a paraphrase (a quoted
phrase of two or three words is a paraphrase that borrows a term)."""


@dataclass(frozen=True)
class SpeakerLine:
    """The speaker facts of one bullet (JSON: speaker, role, quoted, via, uncertain)."""

    speaker: str
    role: str
    quoted: bool
    via: str
    uncertain: bool

    def text(self) -> str:
        """'— Wang Yi, Chinese Foreign Minister · quoted · via Xinhua'."""
        who = self.speaker or UNCERTAIN
        if self.role and self.speaker:
            who += f", {self.role}"
        parts = [who, "quoted" if self.quoted else "paraphrase"]
        if self.via:
            parts.append(f"via {self.via}")
        if self.uncertain and self.speaker:
            parts.append(DOUBTFUL)
        return "— " + " · ".join(parts)


def speaker_line(item: BriefItem, holder: str = "") -> SpeakerLine | None:
    """The speaker line of a bullet (for ``holder``'s section, else its first holder);
    None for a sentence that no holder speaks (context)."""
    evidence = _evidence_for(item, holder)
    if evidence is None:
        return None
    named = evidence.speaker
    if is_demonym(named) and not evidence.speaker_span:  # an adjective alone names no one
        named = ""
    if named.lower() in _PRONOUNS:  # 'They also agreed': the pair, as the bracket names it
        named = _opening_referent(named, item.display)
    mention = evidence.mention if evidence.mention.lower() not in _PRONOUNS else ""
    return SpeakerLine(
        speaker=named
        or (mention if evidence.speaker_span else "")
        or _opening_referent(evidence.mention, item.display),
        role=evidence.role if named or evidence.speaker_span else "",
        quoted=bool(_QUOTED.search(item.sentence.text)) or _verbatim(evidence),
        via=_named(evidence.conduit, item.display),
        uncertain=evidence.confidence < LOW_CONFIDENCE,
    )


def _named(conduit: str, shown: str) -> str:
    """A pronoun messenger ('He also said Kim agreed …') by the name the brief brackets
    after it ('He [Trump] also said …'), else nothing: 'via He' tells the reader nothing."""
    if conduit.lower() not in _PRONOUNS:
        return conduit
    return _bracketed(conduit, shown, opening=False)


_PRONOUNS = frozenset("he she it they we i".split())


def _opening_referent(mention: str, shown: str) -> str:
    """A pronoun speaker that opens the bullet, by the name the brief brackets after it
    ('It [North Korea] said …'): the line names whom the reader was just told it means,
    where it said 'speaker uncertain' under the bracket."""
    if mention.lower() not in _PRONOUNS:
        return ""
    return _bracketed(mention, shown, opening=True)


def _bracketed(pronoun: str, shown: str, opening: bool) -> str:
    """The name the brief brackets right after ``pronoun`` in the shown text ('He [Trump]'
    → 'Trump'): anywhere, or (``opening``) only where the text opens with it; else ''."""
    where = r"^\W*" if opening else r"\b"
    found = re.search(rf"{where}{re.escape(pronoun)} \[([^\]]+)\]", shown, re.IGNORECASE)
    return found.group(1) if found else ""


def _verbatim(evidence: Evidence) -> bool:
    """An embedded post ('— Donald J. Trump (@realDonaldTrump)') prints its author's own
    words, with or without quotation marks."""
    return evidence.cue == POST or "(@" in evidence.cue


def _evidence_for(item: BriefItem, holder: str) -> Evidence | None:
    evidence = item.attribution.evidence
    chosen = [e for e in evidence if e.holder == holder] or list(evidence)
    return chosen[0] if chosen else None
