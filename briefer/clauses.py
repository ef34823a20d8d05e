"""Speaker finders that read the clause a cue belongs to rather than the words before it.

A verb joined by 'and' or 'but' to an earlier verb ('Obama met survivors … and said …') has
no subject of its own: it shares the subject of the clause it continues. The subject finder
in speakers.py looks for the nearest name before the cue, which in such a sentence is an
object of the first verb ('Graham called Trump “crazy” and said …' is not Trump's).
"""

from __future__ import annotations

import re

from .lexicon import SUBORDINATE
from .mentions import Mention, MentionKind
from .rules import Example, Phase, rule
from .speakers import NOUN_PRONE, NP_MAX_WORDS, generic_body
from .view import NOTHING, Cue, CueKind, Found, SentenceView

_COORDINATED = re.compile(r"(?:^|\s)(?:and|but)\s*$")
"""The cue follows 'and' or 'but' at once: a second verb of the same subject."""
_CLAUSE_START = re.compile(
    r"[;:—–]\s*|,\s+|\b(?:when|because|while|after|before|since|although|though|where|if)\s+"
)
"""Where a clause may begin inside a sentence (its subject follows)."""
_LEAD = re.compile(
    r"(?:(?:and|but|yet|so|also|then|now|meanwhile|however|still|indeed|instead)\b,?\s+)*",
    re.IGNORECASE,
)
_IRREGULAR = (
    r"is|are|was|were|has|have|had|will|would|did|does|do|can|could|may|might|must|should"
    r"|went|took|set|made|gave|sent|held|met|began|came|spoke|told|chose|won|lost|led|kept|left"
    r"|put|wrote|said|ran|sat|stood|saw|heard|drew|brought|thought|fought|threw|struck|spent"
    r"|says|tells|makes|takes|gives|meets|goes|gets|sees|knows|thinks|wants|calls|comes|runs"
    r"|keeps|holds|leads|shook|got|grew|knew|rose|sought|bought|taught|caught|felt|found|built"
    r"|quit|became|broke|flew|forgot|hid|rode|rang|sang|swore|tore|woke"
)
_VERB = re.compile(
    rf"(?:,[^,]{{1,80}},)?(?:\s+(?:\w+ly|also|not|never|even|still|again|once|then|later))*"
    rf"\s+(?:{_IRREGULAR}|[a-z]{{2,}}ed)\b"
)
"""A finite verb right after a subject, past an apposition ('Clinton, who …, did') and
adverbs: a past tense or a common irregular or present form (a word in -s may be a plural
noun: 'Japanese envoys')."""
_NOUN_PHRASE = re.compile(
    r"(?P<np>(?:[A-Z][\w.’'-]*|the|a|an|some|many|several|other|his|her|its|their|\d[\w%]*)"
    r"(?:\s+(?!(?:and|but|or|who|which|that)\b)[\w.’'&-]+){0,7}?)" + _VERB.pattern
)
"""A plain noun phrase that opens a clause and is followed by its finite verb."""
_NOT_SUBJECTS = frozenset(
    "It This That There These Those Here When If As While After Before Since Because Although "
    "Though What Why How Where Who Which".split()
)


_RELATIVE = re.compile(r"\b(?:who|which|that)\s[^,]*$")
"""'a boy who stared at a painting of Bill Clinton and asked': the verbs share a relative
pronoun as their subject, and no name before it."""


def _subordinate(text: str, mention: Mention) -> bool:
    """'after the U.N. Security Council approved …': the subject of a time or condition
    clause."""
    return bool(SUBORDINATE.search(text, max(0, mention.start - 12), mention.start))


def coordinated(text: str, cue_start: int) -> bool:
    """Whether the cue is a verb right after 'and' or 'but' ('… and said')."""
    return bool(_COORDINATED.search(text[:cue_start]))


def _subject_verb(text: str, mention: Mention) -> bool:
    return bool(_VERB.match(text, mention.end))


def _mention_subjects(view: SentenceView, stop: int) -> list[Mention]:
    """Names before ``stop`` that are followed by a verb of their own, outside quotations."""
    return [
        m
        for m in view.mentions
        if m.end <= stop
        and not view.quoted(m.start)
        and m.key != MentionKind.MEDIA
        and _subject_verb(view.text, m)
    ]


def _phrase_subjects(view: SentenceView, stop: int) -> list[Mention]:
    """Plain noun phrases at the start of a clause before ``stop``, followed by a verb."""
    text = view.text
    starts = [0, *(m.end() for m in _CLAUSE_START.finditer(text, 0, stop))]
    found = []
    for start in starts:
        lead = _LEAD.match(text, start)
        begin = lead.end() if lead else start
        match = _NOUN_PHRASE.match(text, begin, stop)
        if not match or view.quoted(begin):
            continue
        phrase = match.group("np")
        if phrase.split()[0] in _NOT_SUBJECTS:
            continue
        named = [
            m for m in view.between(match.end("np"), match.end()) if m.key != MentionKind.MEDIA
        ]
        if named:  # 'the other candidate, former Secretary of State Hillary Clinton, drew'
            found.append(named[0])
            continue
        found.append(Mention(begin, begin + len(phrase), phrase, generic_body(phrase)))
    return found


def clause_subject(view: SentenceView, stop: int, main: bool = False) -> tuple[Mention, ...]:
    """The subject nearest before ``stop`` that has a verb of its own: a name, or the plain
    noun phrase that opens a clause (with ``main``, not one of a subordinate clause)."""
    candidates = _mention_subjects(view, stop) + _phrase_subjects(view, stop)
    if main:
        candidates = [m for m in candidates if not _subordinate(view.text, m)]
    if not candidates:
        return ()
    return (max(candidates, key=lambda m: (m.start, m.key != MentionKind.OTHER)),)


@rule(
    "coordinated_verb_takes_clause_subject",
    Phase.SPEAKER,
    off=None,
    confidence=0.75,
    examples=[
        Example(
            "Graham, a Republican senator, met Moon on Friday and said the talks would fail.",
            ("other",),
        ),
    ],
)
def coordinated_verb_takes_clause_subject(
    view: SentenceView, cue: tuple[int, CueKind], found: Found, earlier: list[Cue]
) -> Found | None:
    """'Obama met survivors … and said …', 'Graham called Trump “crazy” and said …': a verb
    right after 'and' or 'but' shares the subject of the verb before it, the nearest name or
    clause-opening noun phrase with a verb of its own; a name that only stands in the first
    verb's object is no subject. A found speaker that has a verb of its own stays ('Trump
    said Kim agreed and promised …')."""
    if found and _subject_verb(view.text, found.speaker[-1]):
        return None
    conjunction = _COORDINATED.search(view.text[: cue[0]])
    if conjunction is None:
        return None
    subject = clause_subject(view, conjunction.start())
    if not subject or _RELATIVE.search(view.text, subject[-1].end, conjunction.start()):
        return None
    report = _reported_by(earlier, subject[0], cue[1])
    if report:
        return Found(report, False)
    return None if found and subject == found.speaker else Found(subject, False)


def _reported_by(earlier: list[Cue], subject: Mention, kind: CueKind) -> tuple[Mention, ...]:
    """'Lazar said he welcomed extradition and added, …': a report verb joined to the
    content of an earlier report is the reporter's, not the content's subject's."""
    if kind != CueKind.REPORT:
        return ()
    for previous in reversed(earlier):
        if previous.kind == CueKind.REPORT and previous.end <= subject.start:
            return previous.speaker
    return ()


@rule(
    "participle_takes_clause_subject",
    Phase.SPEAKER,
    off=None,
    confidence=0.75,
    examples=[
        Example(
            "Graham, a Republican senator, met Moon on Friday, saying the talks would fail.",
            ("other",),
        ),
    ],
)
def participle_takes_clause_subject(
    view: SentenceView, cue_start: int, found: Found
) -> Found | None:
    """'Fiorina threw her support behind Sen. Ted Cruz on Wednesday, saying …', 'Kaine
    decried that math, saying …': a participle after a comma shares the subject of the main
    clause before it, the nearest name or clause-opening noun phrase with a verb of its own
    outside a time or condition clause; the name right before the comma is the first verb's
    object."""
    if found and _subject_verb(view.text, found.speaker[-1]):
        return None
    comma = view.text.rfind(",", 0, cue_start)
    subject = clause_subject(view, comma, main=True) if comma > 0 else ()
    if not subject or (found and subject == found.speaker):
        return None
    return Found(subject, False)


_RELATIVE_SUBJECT = re.compile(
    r"(?:^|[\s,(—–-])(?P<pronoun>which|that|who|whom)\s+"
    r"(?P<np>(?:he|she|they|it|we|I|you|the|a|an|his|her|its|their|our|some|many|most|several"
    r"|other|both|[A-Z\d][\w.’'%-]*|[a-z]+s)\b[^,;:“”\"]{0,40}?)"
    r"(?:\s+(?:has|have|had|also|repeatedly|previously|once|later|now|then|\w+ly))*\s+$"
)
_RELATIVE_NP_WORDS = 5
RELATIVE_SPEAKER = "relative_clause_speaker"
"""The rule's name: holders.py leaves the cues it decided out of the sentence's holders."""
_NOT_IN_NP = re.compile(
    r"\b(?:and|but|or|to|of|in|on|at|by|with|for|from|is|was|are|were|has|have|had)\b|\w+(?:ed|ly)\b"
)


_GAP = re.compile(rf"\w*\s+(?:(?:\w+ly|not)\s+)?(?:{_IRREGULAR}|[a-z]{{2,}}ed)\b")
"""'… that officials said will take effect': the cue's content opens on its verb, its
subject being the relative pronoun ('that North Korea agreed to engage' is no relative
clause)."""


def _gap_after(text: str, cue_start: int) -> bool:
    return bool(_GAP.match(text, cue_start))


@rule(
    RELATIVE_SPEAKER,
    Phase.SPEAKER,
    off=(),
    examples=[
        Example("Kim’s new missile, which analysts said could reach Tokyo, flew 900 km.", ()),
    ],
)
def relative_clause_speaker(view: SentenceView, cue_start: int) -> tuple[Mention, ...]:
    """'the policy changes, which officials said will go into effect', 'to the State
    Department, which she said represented all her emails': inside a relative clause whose
    pronoun is the object of the cue, the words between the pronoun and the cue are its
    subject, not the clause's antecedent ('that' only when the cue's content opens on a
    verb: 'were that North Korea agreed to …' is a complement clause)."""
    match = _RELATIVE_SUBJECT.search(view.text, 0, cue_start)
    if not match or (match.group("pronoun") == "that" and not _gap_after(view.text, cue_start)):
        return ()
    phrase = match.group("np")
    if len(phrase.split()) > _RELATIVE_NP_WORDS or _NOT_IN_NP.search(phrase):
        return ()
    start = match.start("np")
    named = [m for m in view.between(start, match.end("np")) if m.key != MentionKind.MEDIA]
    if named:
        return (named[-1],)
    return (Mention(start, start + len(phrase), phrase, generic_body(phrase)),)


_PHRASE_BOUNDARY = re.compile(r"[”\"]\s*,?\s*|[;:]\s+|\bthat\s+")
_PHRASE_LEAD = re.compile(r"(?:(?:and|but|yet|so|while|whereas)\s+)+", re.IGNORECASE)
_NOT_A_SUBJECT = re.compile(
    r"(?:in|on|at|after|before|during|since|as|while|when|if|for|with|by|from|of|to|under|over"
    r"|though|although|because|where|which|who|whom|whose|including|according|even|so|[a-z]+ing"
    r"|[a-z]+ly|[a-z]+ed|will|would|can|could|should|may|might|must|has|have|had|is|are|was|were"
    r"|did|does|do|not|never|also|first|then|later|still|just)\b|[^\w]*$",
    re.IGNORECASE,
)
_APPOSITIVE_ROLE = re.compile(r"(?:a|an|the|his|her|its|their|[\w.’'-]+['’]s)\s")
_SHORT_NAME = re.compile(r"(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*")
NEAREST_WORDS = NP_MAX_WORDS // 2
"""A subject phrase right before its cue after a comma ('…, federal officials said') has at
most this many words."""


@rule(
    "nearest_phrase_is_subject",
    Phase.SPEAKER,
    off=None,
    confidence=0.6,
    examples=[
        Example(
            "The talks will resume in July, a senior official said.",
            ("rok",),
            before=("South Korea welcomed the offer on Friday.",),
        ),
    ],
)
def nearest_phrase_is_subject(view: SentenceView, cue_start: int, cue_end: int) -> Mention | None:
    """'In that last step, officers can search social media, federal officials said',
    'Minutes after the vote began, Colorado's delegation chairman announced …': a short noun
    phrase right before a saying verb, after a comma, is its subject, not the first phrase
    of the sentence; an appositive after a name leaves the name ('Anne Richards, an
    assistant secretary, said')."""
    text = view.text
    if view.quoted(cue_start) or NOUN_PRONE.fullmatch(text[cue_start:cue_end]):
        return None
    floor = max((m.end() for m in _PHRASE_BOUNDARY.finditer(text, 0, cue_start)), default=0)
    comma = text.rfind(",", floor, cue_start)
    if comma < 0:
        return None
    lead = _PHRASE_LEAD.match(text[comma + 1 : cue_start].lstrip())
    body = text[comma + 1 : cue_start].strip()
    body = body[lead.end() :] if lead else body
    if not body or len(body.split()) > NEAREST_WORDS or _NOT_A_SUBJECT.match(body):
        return None
    if _APPOSITIVE_ROLE.match(body) and _after_name(text, floor, comma):
        return None
    start = text.index(body, comma)
    return Mention(start, start + len(body), body, generic_body(body))


def _after_name(text: str, floor: int, comma: int) -> bool:
    """Whether the comma part before ``comma`` is a short capitalized name."""
    previous = text[text.rfind(",", floor, comma) + 1 : comma].strip()
    return bool(_SHORT_NAME.fullmatch(previous))


_CLOSED_QUOTE = re.compile(r"[”\"’']\s*,?\s*$|[,.?!][”\"’']\s*$")
_PHRASE_AFTER = re.compile(
    r"\s+(?P<np>(?:the|a|an|one|two|three|some|several|[A-Z][\w.’'-]*)"
    r"(?:\s+(?!(?:who|which|that|whose|whom)\b)[\w.’'&-]+){0,8}?)"
    r"(?=\s*(?:[,;:(]|\.(?:\s|$)|$)|\s+(?:who|which|that|whose|whom)\b|\s+[a-z]+ing\b)"
)


@rule(
    "inverted_phrase_after_quote",
    Phase.SPEAKER,
    off=NOTHING,
    confidence=0.7,
    examples=[
        Example(
            "“Why would they ever give up their weapons?” asked a senior South Korean official "
            "who spoke on condition of anonymity.",
            ("rok",),
        ),
    ],
)
def inverted_phrase_after_quote(view: SentenceView, cue_start: int, cue_end: int) -> Found:
    """'“…?” asked Sen. X of Maryland, who …', '“…,” said a longtime GOP data expert who has
    worked for …': right after a closing quotation, any saying verb (asked and warned too)
    is inverted, and its speaker is the name or noun phrase after it, up to a comma, a
    relative pronoun or a participle."""
    text = view.text
    if not _CLOSED_QUOTE.search(text, 0, cue_start) or view.quoted(cue_start):
        return NOTHING
    match = _PHRASE_AFTER.match(text, cue_end)
    if not match:
        return NOTHING
    start, stop = match.span("np")
    actors = [m for m in view.between(start, stop) if m.is_actor]
    if actors:  # '…,” said a senior South Korean official who …'
        return Found((actors[0],), True)
    phrase = match.group("np")
    return Found((Mention(start, stop, phrase, generic_body(phrase)),), True)


_AFTER_RELATIVE = re.compile(
    r",\s+who\b[^;:()]*?,\s*(?:(?:also|then|later|last\s+week|on\s+\w+day|\w+ly)\s+)?$"
)
"""'Cruz, who says Trump is attacking him …, said': the cue right after a relative clause."""
_HEAD_START = re.compile(r"[;:(]\s*|^\s*")
_HEAD_WORDS = 8


@rule(
    "relative_head_is_subject",
    Phase.SPEAKER,
    off=None,
    examples=[
        Example(
            "Graham, who says the North is cheating, told reporters the talks would fail.",
            ("other",),
        ),
    ],
)
def relative_head_is_subject(view: SentenceView, cue_start: int, found: Found) -> Found | None:
    """'Cruz, who says Trump is attacking him because the polls have tightened, said …',
    'Beck, who supported Sen. Ted Cruz, R-Texas, and opposed Trump, last week said …': a cue
    right after a relative clause has the clause's head as its subject; the names inside
    the clause are its objects."""
    text = view.text
    relative = _AFTER_RELATIVE.search(text, 0, cue_start)
    if relative is None:
        return None
    comma = relative.start()
    if found and found.speaker[-1].end <= comma:
        return None
    head = [m for m in view.mentions if comma - 2 <= m.end <= comma and not view.quoted(m.start)]
    if head:
        return Found((head[-1],), False)
    floor = max((m.end() for m in _HEAD_START.finditer(text, 0, comma)), default=0)
    body = text[floor:comma].strip()
    if not body or len(body.split()) > _HEAD_WORDS or "," in body or _NOT_A_SUBJECT.match(body):
        return None
    start = text.index(body, floor)
    return Found((Mention(start, start + len(body), body, generic_body(body)),), False)


_AGENT = re.compile(
    r"\s+by\s+(?P<who>(?:the\s+|a\s+|an\s+)?[\w.’'&-]+(?:\s+(?!(?:as|in|on|at|for|to|that|and|who"
    r"|which|after|before|last|this|earlier|later)\b)[\w.’'&-]+){0,5}?)(?=\s*(?:[,;:.]|$)|\s+(?:as"
    r"|in|on|at|for|to|that|and|who|which|after|before|last|this|earlier|later)\b)"
)
"""'… was first reported by Politico', ', first reported by The Washington Post,': the agent."""
_PASSIVE_BEFORE = re.compile(
    r"(?:\b(?:was|were|been|being|is|are)|,)\s+(?:(?:first|also|later|originally|\w+ly)\s+)?$"
)
_AGENT_CUES = re.compile(
    r"(?:\w+\s+)*(?:reported|announced|disclosed|revealed|confirmed|stated|declared|noted"
    r"|described|claimed)"
)


@rule(
    "passive_agent_speaks",
    Phase.SPEAKER,
    off=(),
    examples=[
        Example("The meeting was first reported by South Korea’s presidential office.", ("rok",)),
    ],
)
def passive_agent_speaks(view: SentenceView, cue: tuple[int, int]) -> tuple[Mention, ...]:
    """'The meeting was first reported by Politico', 'The campaign, first reported by The
    Washington Post, …': a report in the passive names its speaker after 'by'."""
    if not _AGENT_CUES.fullmatch(view.text[cue[0] : cue[1]]):
        return ()
    if not _PASSIVE_BEFORE.search(view.text, max(0, cue[0] - 30), cue[0]):
        return ()  # 'Ms. Gao said by telephone': active, 'by' names no agent
    match = _AGENT.match(view.text, cue[1])
    if not match or view.quoted(cue[0]):
        return ()
    start, stop = match.span("who")
    named = [m for m in view.between(start, stop) if m.key != MentionKind.PRONOUN]
    if named:
        return (named[0],)
    phrase = match.group("who")
    return (Mention(start, stop, phrase, generic_body(phrase)),)
