"""Speech acts the speaker finder reports that give no one a position (PolNeAR counts them as
attributions; the holders never see them):

- what a record shows: 'FEC records compiled by the Center for Responsive Politics show …',
  'The latest Reuters/Ipsos poll showed Trump leading …'. The source is the record (a poll,
  filings, a video); the Korea guidelines read a stance out of evidence as the writer's
  inference (``cues.inferred_stance``);
- a participle of speech going on from a cue: '"…," Trump said in August, referring to
  Secretary of State John F. Kerry'. Its speaker is the cue's. As holders, round 40 measured
  it the wrong way round: the participle's speaker went to its object more often than not;
- who asked: 'Asked by Matt Lauer whether she had practiced her speech, she said …'. A
  question holds no position.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .lexicon import FOOTAGE

Span = tuple[int, int]

RECORDS = (
    r"polls?|surveys?|records|reports|documents|filings?|results|estimates|data|figures"
    rf"|numbers|e-?mails|(?!clips?\b)(?:{FOOTAGE})|analys[ie]s|stud(?:y|ies)|research|tall(?:y|ies)|counts|statistics|returns"
    r"|transcripts?|recordings?|logs|memos|messages|forecasts?|projections?|census|findings"
)
"""Nouns of records that show something: not people, not a report's author. Lower case
but for a sentence's first word ('Polls show …'): 'The Media Research Center' is a name.
What a camera records, but a clip, which is more often one 'for Mary J. Blige's upcoming
Apple Music show' than one that shows."""
_POST = (
    r"by|from|of|in|on|for|at|with|about|among|between|since|during|over|under|after|before"
    r"|conducted|compiled|taken|released|obtained|published|filed|reviewed|credited|cited"
    r"|gathered|collected|provided|made|issued|posted|kept|seen|shared|sent|dated|analyzed"
    r"|out|last|this|there|here|earlier"  # 'A Monmouth poll out Monday', 'Polls there show'
)
"""Words that may open what describes a record before its verb."""
_CLAUSE = r"that|which|who|whom|and|but|or|to|not|than|as|if|because|when|while|would|will"

_SHOWS = re.compile(
    rf"(?:^(?P<first>(?i:{RECORDS}))|\b(?P<record>{RECORDS}))\b"
    # what describes the record before its verb: 'compiled by the Center for …', 'of Nevada
    # Democratic caucus-goers', 'from the 2008 presidential election cycle': a preposition or
    # a participle first, then no clause of its own ('that showed', 'than they have shown')
    rf"(?P<tail>\s+(?:{_POST})\b(?:\s+(?!(?:{_CLAUSE})\b)[\w’'/.&-]+){{0,10}}?)?"
    r"\s+(?:also\s+|clearly\s+|now\s+|consistently\s+)?"
    r"(?P<verb>shows?|showed|(?:has|have|had)\s+shown|(?:is|are|was|were)\s+showing)\b"
    r"(?!\s+up\b)"  # 'the e-mails would have shown up'
)
_NOUN_SHOW = re.compile(
    r"(?:\b(?:the|a|an|this|that|its|his|her|their|TV|radio|talk|air)|['’]s)\s+shows?$"
)
"""The noun 'show' after what describes a record ('videos from the show that aired', 'clips
of Santilli's own radio show - proof …', 'Polls at the air show were closed'): no record's
verb. Right after the record's noun it is one ('…, records show.')."""
_MODIFIER = re.compile(
    r"(?:the|a|an|new|newest|latest|recent|early|earlier|final|these|those|its|his|her|their"
    r"|our|federal|state|official|public|internal|[A-Z][\w’'/.&-]*|\d[\w,.-]*|[\w-]+[’']s?)$"
)
"""A word that may open a record's noun phrase: 'The latest Reuters/Ipsos', 'FEC',
'Nevada’s Democratic party’s initial' stops at 'initial' (a source's span need only touch
the gold one)."""
_MODIFIERS = 5


def record_shows(text: str) -> list[tuple[Span, Span]]:
    """Each 'RECORD … shows' in ``text``: the verb's span and the record's noun phrase."""
    found = []
    for match in _SHOWS.finditer(text):
        verb_start, verb_end = match.span("verb")
        if match.group("tail") and _NOUN_SHOW.search(text, max(0, verb_start - 12), verb_end):
            continue
        start = match.start("first") if match.group("first") else match.start("record")
        for _ in range(_MODIFIERS):
            head = text[:start].rstrip()
            word = head.rsplit(None, 1)[-1] if head.split() else ""
            if not word or not _MODIFIER.match(word) or word.endswith((",", ";", ":")):
                break
            start = len(head) - len(word)
        end = len(text[: match.start("verb")].rstrip())
        found.append((match.span("verb"), (start, end)))
    return found


_SPEECH_PARTICIPLE = re.compile(
    r",\s+(?:\w+ly\s+)?(?P<verb>"
    r"calling|referring to|recalling|talking about|asking|denouncing|hoping|promising"
    r"|declaring|announcing|stating|pointing out|pointing to|describing|explaining|asserting"
    r"|claiming|attacking|questioning|suggesting|conceding|joking|boasting|deriding|mocking"
    r"|defending|labeling|branding|likening|comparing)\b"
)
"""', calling him “a total stiff”', ', likely referring to …': a participle of speech after a
comma (an adverb may come between) that the cue lexicon does not hold as one (its ', saying',
', adding', ', warning' … are cues, given their speaker by ``cues.participle_shares_subject``;
listed here too, they stood in for that rule when the ablation switched it off)."""


def participles_going_on(
    text: str,
    quoted: Callable[[int], bool],
    spoken: Sequence[tuple[Span, tuple[Span, ...]]],
) -> list[tuple[Span, tuple[Span, ...]]]:
    """Each participle of speech after a comma, outside quotation marks and not already a cue,
    with the speakers of the nearest cue before it: ``spoken`` holds the sentence's cues
    (spans in the sentence) and their speakers (spans as given), in order; none where no
    cue comes before it. The nearest cue may sit in a relative clause ('Moon criticized the
    sanctions that North Korea said were unfair, calling them a mistake': North Korea's);
    the first cue instead lost more PolNeAR acts than it mended (train: 3 wrong, 1 right)."""
    found = []
    for match in _SPEECH_PARTICIPLE.finditer(text):
        start, end = match.span("verb")
        if quoted(start) or any(c[0] < end and c[1] > start for c, _ in spoken):
            continue
        before = [speakers for cue, speakers in spoken if cue[1] <= start]
        if before:
            found.append(((start, end), before[-1]))
    return found


_ASKED_BY = re.compile(
    r"(?<!-)\b(?P<verb>(?i:asked|questioned|pressed))\s+by\s+"
    r"(?P<who>(?:[\w’'.-]+\s+){0,5}?[\w’'.-]+?)"
    r"(?=\s+(?:whether|if|about|to|what|why|how|when|where|who|which|on|at|during|in|for|last"
    r"|this|earlier)\b|\s*[,;:“\"])"
)
_QUESTIONER = re.compile(
    r"[A-Z]|\b(?:reporters?|hosts?|moderators?|journalists?|interviewers?|anchors?|callers?"
    r"|lawmakers|senators|members)\b"
)
"""'Asked by Stephanopoulos to respond …', 'was asked by host John Dickerson whether …',
'Pressed by reporters, …': the questioner after 'by' (a name or a questioner's role), up to
what was asked; not 'pressed by tough sanctions' or 'hard-pressed by food shortages'."""


def asked_by(text: str) -> list[tuple[Span, Span]]:
    """Each 'asked by X' in ``text``: the verb's span and the questioner's."""
    return [
        (m.span("verb"), m.span("who"))
        for m in _ASKED_BY.finditer(text)
        if _QUESTIONER.search(m.group("who"))
    ]
