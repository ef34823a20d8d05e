"""Speaker finders that read the clause a cue belongs to rather than the words before it.

A verb joined by 'and' or 'but' to an earlier verb ('Obama met survivors … and said …') has
no subject of its own: it shares the subject of the clause it continues. The subject finder
in speakers.py looks for the nearest name before the cue, which in such a sentence is an
object of the first verb ('Graham called Trump “crazy” and said …' is not Trump's).
"""

from __future__ import annotations

import re

from .cuefilters import gerund_after
from .lexicon import CLAUSE_OPENERS, FINITE_AUXILIARIES, NAME, NOT_NAMES, STANCE_ONLY, SUBORDINATE
from .mentions import Mention, MentionKind
from .phrases import NOT_A_SUBJECT
from .rules import Example, Phase, rule
from .speakers import generic_body
from .view import Cue, CueKind, Found, SentenceView
from .when import WEEKDAYS

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
    rf"{FINITE_AUXILIARIES}"
    r"|went|took|set|made|gave|sent|held|met|began|came|spoke|told|chose|won|lost|led|kept|left"
    r"|put|wrote|said|ran|sat|stood|saw|heard|drew|brought|thought|fought|threw|struck|spent"
    r"|says|tells|makes|takes|gives|meets|goes|gets|sees|knows|thinks|wants|calls|comes|runs"
    r"|keeps|holds|leads|shook|got|grew|knew|rose|sought|bought|taught|caught|felt|found|built"
    r"|quit|became|broke|flew|forgot|hid|rode|rang|sang|swore|tore|woke"
)
_DAY_WORDS = (
    rf"(?:on\s+)?(?:{'|'.join(WEEKDAYS)})"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?:this|last)\s+(?:week|weekend|month)|today|yesterday|tonight"
)
_VERB = re.compile(
    rf"(?:,[^,]{{1,80}},)?(?:\s+(?:\w+ly|also|not|never|even|still|again|once|then|later"
    rf"|{_DAY_WORDS}))*"
    rf"\s+(?:{_IRREGULAR}|[a-z]{{2,}}ed)\b"
)
"""A finite verb right after a subject, past an apposition ('Clinton, who …, did'), adverbs
and the news day ('President Trump on Saturday expressed …'): a past tense or a common
irregular or present form (a word in -s may be a plural noun: 'Japanese envoys')."""
_NP_FIRST = r"(?:[A-Z][\w.’'-]*|the|a|an|some|many|several|other|his|her|its|their|\d[\w%]*)"
_NP_WORD = r"(?:\s+(?!(?:and|but|or|who|which|that)\b)[\w.’'&-]+)"
_NOUN_PHRASE = re.compile(rf"(?P<np>{_NP_FIRST}{_NP_WORD}{{0,7}}?)" + _VERB.pattern)
"""A plain noun phrase that opens a clause and is followed by its finite verb."""
_NOUN_PHRASE_PAST_DETERMINER = re.compile(rf"(?P<np>{_NP_FIRST}{_NP_WORD}{{1,7}}?)" + _VERB.pattern)
"""The same, with a word at least after its first: 'The isolated regime attempted …' is no
subject 'The' with a verb 'isolated'."""
_DETERMINERS = frozenset("The A An His Her Its Their the a an his her its their".split())
_NOT_SUBJECTS = frozenset(
    "It This That There These Those Here When If As While After Before Since Because Although "
    "Though What Why How Where Who Which".split()
)


_EVENTS = frozenset(
    "launch launches test tests missile missiles attack attacks explosion blast quake "
    "earthquake visit trip summit meeting talks drill drills exercise exercises".split()
)
"""Heads of noun phrases that name an event or a thing, which says nothing: 'The launch is
the first since a new liberal president took office …, saying …' is the president's."""


_RELATIVE = re.compile(
    r"(?<!\bon\s)(?<!\babout\s)(?<!\bover\s)(?<!\bof\s)(?<!\bknow\s)(?<!\basked\s)"
    r"(?<!\bsaid\s)\b(?:who|which|that)\s[^,]*$"
)
"""'a boy who stared at a painting of Bill Clinton and asked': the verbs share a relative
pronoun as their subject, and no name before it; not a question's 'who' after a
preposition or a verb ('refused to answer questions on who Cameron would like to see win
… but said': the spokesman said)."""


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


_COMPARED_BEFORE = re.compile(r",\s+(?:like|unlike|as\s+with|along\s+with)\s+(?:the\s+)?$")
"""'China, like Russia, has urged …': a name set off as a comparison is no subject."""


_ADVERBS_ONLY = re.compile(r"(?:\s+(?:just|also|then|later|now|still|already|again|\w+ly))*")


def _phrase_subjects(view: SentenceView, stop: int) -> list[Mention]:
    """Plain noun phrases at the start of a clause before ``stop``, followed by a verb."""
    text = view.text
    starts = [0, *(m.end() for m in _CLAUSE_START.finditer(text, 0, stop))]
    found = []
    for start in starts:
        lead = _LEAD.match(text, start)
        begin = lead.end() if lead else start
        match = _NOUN_PHRASE.match(text, begin, stop)
        if match and match.group("np") in _DETERMINERS:  # 'The isolated regime attempted'
            match = _NOUN_PHRASE_PAST_DETERMINER.match(text, begin, stop)
        if not match or view.quoted(begin):
            continue
        phrase = match.group("np")
        if phrase.split()[0] in _NOT_SUBJECTS or phrase.split()[-1].lower() in _EVENTS:
            continue
        named = [
            m for m in view.between(match.end("np"), match.end()) if m.key != MentionKind.MEDIA
        ]
        if named:  # 'the other candidate, former Secretary of State Hillary Clinton, drew'
            found.append(named[0])
            continue
        opening = [m for m in view.between(begin, begin + 1) if m.key != MentionKind.MEDIA]
        if opening and _ADVERBS_ONLY.fullmatch(text, opening[0].end, begin + len(phrase)):
            found.append(opening[0])  # 'North Korea just tested': the name, not 'North Korea just'
            continue
        found.append(Mention(begin, begin + len(phrase), phrase, generic_body(phrase)))
    return found


def clause_subject(view: SentenceView, stop: int, main: bool = False) -> tuple[Mention, ...]:
    """The subject nearest before ``stop`` that has a verb of its own: a name, or the plain
    noun phrase that opens a clause (with ``main``, not one of a subordinate clause)."""
    candidates = [
        m
        for m in _mention_subjects(view, stop) + _phrase_subjects(view, stop)
        if not _COMPARED_BEFORE.search(view.text, max(0, m.start - 30), m.start)
    ]
    if main:
        candidates = [m for m in candidates if not _subordinate(view.text, m)]
    if not candidates:
        return ()
    subject = max(candidates, key=lambda m: (m.start, m.key != MentionKind.OTHER))
    return (state_of_the_body(view, subject) or subject,)


@rule(
    "state_of_the_body",
    Phase.SPEAKER,
    off=None,
    examples=[
        Example(  # allsides_korea rEfATBCmQaaJW6RR, sentence 6
            "The US state department later confirmed there were a number of communication "
            "channels open with Pyongyang, but said little progress was being made.",
            ("us",),
        ),
        Example(  # Reuters, 26 February 2018 (corpus audit, set 3116)
            "The North Korean delegation met with Moon on Sunday, and expressed a willingness "
            "to meet with the United States, Moon’s office said in a statement.",
            ("dprk",),
        ),
        Example(  # allsides_korea 3u5oRKnUiZW5Lizt, sentence 10
            "One White House official described the comment as “impromptu” and said other "
            "senior aides had no warning that Trump would make such an incendiary statement.",
            ("us",),
        ),
    ],
)
def state_of_the_body(view: SentenceView, subject: Mention) -> Mention | None:
    """'The US state department', 'One White House official': a body or official named with
    its state before it speaks for that state (an actor's name as a modifier, not a
    possessive: 'Trump's lawyer' is no official; nor 'US doctors', who are no body of it)."""
    if subject.key not in (MentionKind.OTHER, MentionKind.PRONOUN):
        return None  # 'The North Korean delegation' is a pronoun-like phrase of its own
    if not _OFFICIAL_HEAD.search(subject.text):
        return None
    modifiers = (
        m for m in view.mentions if m.is_actor and subject.start <= m.start and m.end < subject.end
    )
    return next((m for m in modifiers if not _POSSESSIVE.match(view.text, m.end)), None)


_POSSESSIVE = re.compile(r"['’]s?\b")
_OFFICIAL_HEAD = re.compile(
    r"\b(?:ministry|department|officials?|embassy|government|military|authorities"
    r"|spokes(?:man|woman|person)|agency|office|delegation|administration|envoy|ambassador"
    r"|command|forces|mission)$",
    re.IGNORECASE,
)
"""The head of a noun phrase that names a state's body or official ('the US state
department', 'One White House official'), not its citizens ('US doctors')."""


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


@rule(
    "report_after_report_shares_speaker",
    Phase.SPEAKER,
    off=None,
    examples=[
        Example(
            "Moon said the North is serious about talks and said a second summit would follow.",
            ("rok",),
        ),
    ],
)
def report_after_report(
    view: SentenceView, cue: tuple[int, CueKind], found: Found, earlier: list[Cue]
) -> Found | None:
    """'She said she had met with Manafort twice but said neither …', 'He said that Clinton
    is playing the women's card and said that Rubio is weak': a report joined by 'and' or
    'but' to an earlier report is the same speaker's, though a subject with a verb of its
    own stands in what the first one reports."""
    if cue[1] != CueKind.REPORT or not found:
        return None
    previous = next((c for c in reversed(earlier) if c.kind == CueKind.REPORT), None)
    if previous is None or not previous.speaker or previous.speaker[0].start > previous.start:
        return None  # no earlier report, or an inverted one ('…, X said, and added')
    if not previous.end <= found.speaker[0].start < cue[0]:
        return None
    return Found(previous.speaker, False)


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
        Example(
            "The retired general has praised Kim Jong Un, saying he was a shrewd negotiator.",
            ("other",),
        ),
        Example(
            "A retired general surprised Kim Jong Un by telling reporters that the drills would "
            "go on.",
            ("other",),
        ),
    ],
)
def participle_takes_clause_subject(
    view: SentenceView, cue_start: int, found: Found
) -> Found | None:
    """'Fiorina threw her support behind Sen. Ted Cruz on Wednesday, saying …', 'Kaine
    decried that math, saying …': a participle after a comma, when no verb before it has a
    speaker ('The retired general has praised Kim, saying …': a plain phrase is no speaker
    of 'praised', and Kim is its object), shares the subject of the main
    clause before it, the nearest name or clause-opening noun phrase with a verb of its own
    outside a time or condition clause; the name right before the comma is the first verb's
    object."""
    if found and _subject_verb(view.text, found.speaker[-1]):
        return None
    preposition = gerund_after(view.text, cue_start)
    stop = view.text.rfind(",", 0, cue_start) if preposition is None else preposition
    subject = clause_subject(view, stop, main=True) if stop > 0 else ()
    return _instead_of(found, subject)  # 'Pentagon spokesman … reacted by saying': US stays


@rule(
    "infinitive_takes_clause_subject",
    Phase.SPEAKER,
    off=None,
    confidence=0.75,
    examples=[
        Example(
            "A retired general went on television to declare that Kim Jong Un had won.",
            ("other",),
        ),
    ],
)
def infinitive_takes_clause_subject(view: SentenceView, to: int, found: Found) -> Found | None:
    """'A retired general went on television to declare …': a report verb in the infinitive
    (a cue only after a deed done or a verb that goes on, ``infinitive_is_cue``) is the
    subject's of that verb, the nearest name or clause-opening noun phrase with a verb of its
    own before 'to'; a found actor inside that phrase stays."""
    return _instead_of(found, clause_subject(view, to))


def _instead_of(found: Found, subject: tuple[Mention, ...]) -> Found | None:
    """The clause's subject as the speaker, unless the speaker found is that phrase or an
    actor named inside it (then the found one stays)."""
    if not subject:
        return None
    phrase = subject[0]
    if found and phrase.start <= found.speaker[0].start and found.speaker[-1].end <= phrase.end:
        return None
    return Found(subject, False)


_NP_OPENERS = (
    r"the|a|an|his|her|its|their|our|some|many|most|several|other|both|[A-Z\d][\w.’'%-]*|[a-z]+s"
)
"""How a subject between a relative word and its cue may open, besides a pronoun."""
_NP_REST = r"\b[^,;:“”\"]{0,40}?)"
_BEFORE_CUE = (
    r"(?:\s+(?:has|have|had|also|long|repeatedly|previously|once|later|now|then|\w+ly))*\s+$"
)
"""An auxiliary or adverbs between that subject and the cue."""
_RELATIVE_SUBJECT = re.compile(
    r"(?:^|[\s,(—–-])(?P<pronoun>which|that|who|whom)\s+"
    rf"(?P<np>(?:he|she|they|it|we|I|you|{_NP_OPENERS}){_NP_REST}{_BEFORE_CUE}"
)
_RELATIVE_NP_WORDS = 5
_SPEECH_IN_WHICH = re.compile(
    r"\b(?:speech|address|statement|interview|remarks|letter|message|editorial|commentary"
    r"|broadcast|tweet|post|op-ed|declaration|communiqu[eé]|(?:press|news) conference)"
    r"\b[^.;:“”\"]{0,80}?\b(?:in|during)\s+$"
)
"""'a speech by … Ri Yong-ho, earlier Saturday in which he called Trump …', 'a New Year
address in which Mr Kim declared …': the pronoun is the object of the preposition, not of
the cue, whose object and content follow it; the clause says what the speaker said in that
speech, the content of a sentence whose main clause has none of its own (GUIDELINES 4.3).
Not any noun: 'a parade in 2015, during which the North claimed …', 'the 2015 agreement …
in which the two countries agreed …' characterize a background entity."""
RELATIVE_SPEAKER = "relative_clause_speaker"
"""The rule's name: holders.py leaves the cues it decided out of the sentence's holders."""
_NOT_IN_NP = re.compile(
    r"\b(?:and|but|or|to|of|in|on|at|by|with|for|from|is|was|are|were|has|have|had)\b|\w+(?:ed|ly)\b"
)


_JOINT_MODIFIERS = re.compile(r"(?:[A-Z][\w.’'-]*\s+){1,2}and\s+(?:[A-Z][\w.’'-]*\s+){1,2}[a-z]+s")
"""'South Korean and US officials', 'U.S. and South Korean officials': names joined before
one plural noun, a subject like any other (the other 'and' of _NOT_IN_NP joins clauses)."""
_JOINT_NAMES = re.compile(
    r"(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){1,2}and\s+"
    r"(?:(?:the|other|its|their|some|many|several)\s+)?(?:[A-Z][\w.’'-]*\s+){0,2}[\w.’'-]+"
)
"""'the U.S. and other nations', 'South Korea and Japan': a name and another noun phrase
joined, a subject like any other."""


_GAP = re.compile(rf"\w*\s+(?:(?:\w+ly|not)\s+)?(?:{_IRREGULAR}|[a-z]{{2,}}ed)\b")
"""'… that officials said will take effect': the cue's content opens on its verb, its
subject being the relative pronoun ('that North Korea agreed to engage' is no relative
clause)."""


_AS_GAP = re.compile(r"\w+\s+as\s")
"""'a region that Beijing views as its own backyard': the cue's object is missing before
'as'; the relative pronoun is that object."""
_TO_GAP = re.compile(r"\w+\s+to\s+[a-z]+\s*(?:[,;:)—–]|\.?$|\s[—–-]\s)")
"""'two countries that Washington has long vowed to defend, are …': the object of the
infinitive that ends the clause is missing; the relative pronoun is that object."""


def _gap_after(text: str, cue_start: int) -> bool:
    """Whether the cue's object is missing ('that officials said will …'); the cue's own
    auxiliary is part of the cue ('that China had ordered banks …' has its object)."""
    auxiliary = _CUE_AUXILIARY.match(text, cue_start)
    at = auxiliary.end() if auxiliary else cue_start
    return bool(_GAP.match(text, at) or _AS_GAP.match(text, at) or _TO_GAP.match(text, at))


_CUE_AUXILIARY = re.compile(r"(?:has|have|had|was|were|is|are|will|would)\s+(?=\w)")


@rule(
    RELATIVE_SPEAKER,
    Phase.SPEAKER,
    off=(),
    examples=[
        Example("Kim’s new missile, which analysts said could reach Tokyo, flew 900 km.", ()),
        Example(  # CNN, 14 May 2017: the South Korea section opened on it
            "The projectile launch comes two weeks after a ballistic missile test that South"
            " Korean and US officials said failed.",
            (),
        ),
        Example(  # allsides_korea AMGWcc2WZivJIsFp, sentence 70: the infinitive's object
            "And there's no doubt that South Korea and Japan, two countries that Washington has "
            "long vowed to defend, are within reach.",
            (),
        ),
        Example(  # allsides_korea dIvsH4h47aXJtO5x, sentence 0
            "A defiant North Korea released new images of the feat which the U.S. and other "
            "nations have labeled a “provocative” act.",
            ("dprk",),
        ),
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
    if _SPEECH_IN_WHICH.search(view.text, 0, match.start("pronoun")):
        return ()
    phrase = match.group("np")
    too_long = len(phrase.split()) > _RELATIVE_NP_WORDS
    joint = _JOINT_MODIFIERS.fullmatch(phrase) or _JOINT_NAMES.fullmatch(phrase)
    if too_long or (_NOT_IN_NP.search(phrase) and not joint):
        return ()
    return _clause_subject(view, match)


def _clause_subject(view: SentenceView, match: re.Match[str]) -> tuple[Mention, ...]:
    """The subject a relative clause names before its cue (``match``'s group 'np'): the last
    name the template knows in it (not a news outlet), else the phrase as a generic body."""
    phrase = match.group("np")
    start = match.start("np")
    named = [m for m in view.between(start, match.end("np")) if m.key != MentionKind.MEDIA]
    if named:
        return (named[-1],)
    return (Mention(start, start + len(phrase), phrase, generic_body(phrase)),)


_FREE_RELATIVE = re.compile(
    rf"(?:^|[\s,(—–-])(?i:what)\s+(?P<np>(?:he|she|they|we|I|{_NP_OPENERS}){_NP_REST}{_BEFORE_CUE}"
)
_WORD = re.compile(r"[\w’'-]+")


@rule(
    "free_relative_subject",
    Phase.SPEAKER,
    off=(),
    examples=[
        Example(  # allsides_korea 66u2, sentence 7 (round 36)
            "In a series of tweets, President Trump threatened to halt all trade with "
            "countries doing business with the North, and faulted South Korea for what he "
            "described as “talk of appeasement.”",
            ("us",),
        ),
    ],
)
def free_relative_subject(view: SentenceView, cue_start: int) -> tuple[Mention, ...]:
    """'… faulted South Korea for what he described as “talk of appeasement”', 'what
    officials called a hate crime': in a clause opened by 'what', the words between it and
    the cue are the cue's subject, not the name the clause before ended on; the clause is
    the object of the sentence's verb, not a background entity's description. Words of
    speech only: 'what Beijing most fears' names what is feared, and 'what you said' leaves
    the addressee unnamed."""
    word = _WORD.match(view.text, cue_start)
    if word is None or STANCE_ONLY.fullmatch(word.group()):
        return ()
    match = _FREE_RELATIVE.search(view.text, max(0, cue_start - 60), cue_start)
    if not match:
        return ()
    phrase = match.group("np")
    if len(phrase.split()) > _RELATIVE_NP_WORDS or _NOT_IN_NP.search(phrase):
        return ()
    return _clause_subject(view, match)


_AFTER_RELATIVE = re.compile(
    r"(?:,|\s[—–-])\s+(?:who|whose|which)\b[^;:()—–]*?(?:,[”\"’]?|\s[—–-])\s*"
    r"(?:(?:also|then|later|first|last\s+week|on\s+\w+day|\w+ly)\s+)?$"
)
"""'Cruz, who says Trump is attacking him …, said', 'Beck, who supported Sen. Ted Cruz, R-Texas,
and opposed Trump, last week said': the cue right after a relative clause (after a 'whose'
clause ``subject_before`` finds the head first)."""
_HEAD_START = re.compile(r"[;:(]\s*|[”\"],?\s*|^\s*")
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
    if (found and found.speaker[-1].end <= comma) or view.quoted(comma):
        return None  # a relative clause inside a quotation is the quoted words' own
    head = [m for m in view.mentions if comma - 2 <= m.end <= comma and not view.quoted(m.start)]
    if head:
        return Found((head[-1],), False)
    floor = max((m.end() for m in _HEAD_START.finditer(text, 0, comma)), default=0)
    body = text[floor:comma].strip()
    if not body or len(body.split()) > _HEAD_WORDS or "," in body or NOT_A_SUBJECT.match(body):
        return None
    start = text.index(body, floor)
    return Found((Mention(start, start + len(body), body, generic_body(body)),), False)


_WHO_BEFORE = re.compile(
    r"(?:\s*\([^()]{1,30}\))?\s*[,—–]?\s*\bwho\s+(?:(?:also|has|have|had|later|once|already"
    r"|previously|\w+ly)\s+){0,2}$"
)
"""'Ted Cruz, who said', 'Sen. Marco Rubio (R-Fla.), who has said': a cue whose subject is
'who', and the antecedent's end."""


RELATIVE_PRONOUN = "relative_pronoun_subject"
"""The rule's name (``PRONOUN_SPEAKS``)."""


@rule(
    RELATIVE_PRONOUN,
    Phase.SPEAKER,
    off=(),
    examples=[
        Example(
            "Trump was out-brutalizing Ted Cruz, who said he would only use waterboarding "
            "sparingly.",
            ("other",),
        ),
        Example(
            "Fox News’ Jennifer Griffin spoke with Pentagon officials, who said the NBC report "
            "was “wildly wrong.”",
            ("us",),
        ),
        Example(  # allsides_korea T5adoJ5JGrhRHU8c, sentence 12: a dash, and 'out of' no employer
            "North Korea is trying to get as much as it can out of Trump — who has already "
            "offered major concessions — while keeping its nuclear activities going.",
            ("us",),
        ),
    ],
)
def relative_pronoun_subject(view: SentenceView, cue_start: int) -> tuple[Mention, ...]:
    """'Trump was out-brutalizing Ted Cruz, who said …', 'a lecture from the Mexican
    president, who said …': a cue whose subject is 'who' has the pronoun's antecedent, the
    name right before it, as its speaker, not the subject of the clause it hangs on."""
    text = view.text
    reach = max(0, cue_start - 80)
    if text.find("who", reach, cue_start) < 0:  # every match holds 'who': most cues, no search
        return ()
    match = _WHO_BEFORE.search(text, reach, cue_start)
    if match is None or view.quoted(cue_start):
        return ()
    at = match.start()
    appositive = _APPOSITIVE_BEFORE.search(text, max(0, at - 120), at)
    if appositive and not _VERB_OR_OPENER.search(appositive.group()):
        at = appositive.end("name")  # 'Howard Rubel, a senior analyst at Jefferies, who notes'
    group = _GROUP_NOUN_BEFORE.search(text, max(0, at - 40), at)
    edge = group.start() if group else at  # 'Pentagon officials, who said'
    head = [
        m
        for m in view.mentions
        if (at - 1 <= m.end <= at or edge - 1 <= m.end <= edge) and not view.quoted(m.start)
    ][-1:]
    if head and _PLACE_OR_EMPLOYER.search(text, max(0, head[0].start - 12), head[0].start):
        return ()  # 'a longtime adviser to Trump, who declined'
    if head:
        conjuncts = [m for m in view.mentions if m.end < head[-1].start]
        while conjuncts and _CONJUNCT.fullmatch(text, conjuncts[-1].end, head[0].start):
            head.insert(0, conjuncts.pop())  # 'South Korean and U.S. officials who said'
        return (head[-1],) if len(head) == 1 else tuple(head)
    name = NAME.search(text, 0, at)
    if name is None:
        return _phrase_before_who(text, at)
    if name.group(1).split()[0] in NOT_NAMES:
        return ()
    if _PLACE_OR_EMPLOYER.search(text, max(0, name.start(1) - 12), name.start(1)):
        return ()  # 'Sen. Maria Cantwell of Washington, who'
    return (Mention(name.start(1), name.end(1), name.group(1), MentionKind.OTHER),)


BODY_BEFORE_WHICH = "body_before_which_speaks"
"""The rule's name (``PRONOUN_SPEAKS``)."""


@rule(
    BODY_BEFORE_WHICH,
    Phase.SPEAKER,
    off=(),
    examples=[
        Example(  # allsides_korea 3kwIRJhBDDVoqUea, sentence 21 (shortened)
            "Washington's announcements concerning practice flights by B-52 bombers have not "
            "been lost on Pyongyang, which has described them as acts of U.S. hostility.",
            ("dprk",),
        ),
    ],
)
def body_before_which_speaks(view: SentenceView, cue_start: int) -> tuple[Mention, ...]:
    """'… to the AP, which first reported the story', '… by the Pentagon, which said …': a
    cue whose subject is 'which' has the outlet or actor body named right before it as its
    speaker (a news outlet holds nothing, an actor's body speaks for it), not the subject
    of the clause it hangs on."""
    text = view.text
    reach = max(0, cue_start - 40)
    if text.find("which", reach, cue_start) < 0:
        return ()
    match = _WHICH_BEFORE.search(text, reach, cue_start)
    if match is None or view.quoted(cue_start):
        return ()
    at = match.start()
    head = [m for m in view.mentions if at - 1 <= m.end <= at and not view.quoted(m.start)]
    if not head or not (head[-1].is_actor or head[-1].key == MentionKind.MEDIA):
        return ()
    return (head[-1],)


_WHICH_BEFORE = re.compile(
    r"\s*,?\s*\bwhich\s+(?:(?:also|first|later|earlier|has|have|had|\w+ly)\s+){0,2}$"
)
"""'the AP, which first reported', 'the Pentagon, which said': the antecedent's end."""

PRONOUN_SPEAKS = {RELATIVE_PRONOUN: "who", BODY_BEFORE_WHICH: "which"}
"""The rules whose speaker is a relative pronoun's antecedent, and that pronoun: speech_acts
reports the pronoun's span beside the antecedent's."""


_PHRASE_BEFORE_WHO = re.compile(
    r"(?:\b(?:a|an|the|one|another|some|only|nearly|about)\s+)?"
    r"(?:\d[\d.,]*\s*(?:%|percent\b)|\b(?:one|two|three|four|five|six|seven|eight|nine|\d+)"
    r"\s+in\s+(?:\d+|ten)\b)(?:\s+of\s+[\w’'-]+(?:\s+[\w’'-]+)?|\s+[a-z][\w’'-]*)?$"
    r"|\b(?:a|an|the|one|another)\s+(?:(?!(?:of|at|in|to|on|with|across|after|from|by|for"
    r"|about)\b)[\w’'-]+\s+){0,3}[a-z][\w’'-]*$"
)
_OBJECT_BEFORE = re.compile(r"\b(?:of|at|in|to|on|with|across|after|about|for)\s+$")
"""'Democrats across the country, who', 'familiar with the discussion, who': the phrase is
the object of a preposition, not the antecedent ('from a young child, who' is)."""
"""'64 percent who say', 'the 30 percent of voters who said', 'a young child, who said', 'the
Mexican president, who said': a phrase without a name before 'who'."""


def _phrase_before_who(text: str, at: int) -> tuple[Mention, ...]:
    match = _PHRASE_BEFORE_WHO.search(text, max(0, at - 60), at)
    if match is None or _OBJECT_BEFORE.search(text, max(0, match.start() - 12), match.start()):
        return ()
    return (Mention(match.start(), match.end(), match.group(), MentionKind.OTHER),)


_GROUP_NOUN_BEFORE = re.compile(
    r"\s+(?:(?:senior|top|military|defen[cs]e|administration|government|intelligence|foreign"
    r"|special|chief|nuclear|deputy|vice)\s+){0,2}"
    r"(?:officials?|spokes(?:man|woman|person)|aides?|diplomats?|negotiators?|sources"
    r"|authorities|lawmakers|envoys?|ministers?|ambassadors?|president|leader|counterpart)$"
)
"""'Pentagon officials, who said', 'White House aides, who', 'the Chinese envoy, who': the
mention of the institution or state, then the people speaking for it, before 'who'."""
_PLACE_OR_EMPLOYER = re.compile(r"\b(?:(?<!out )of|at|in|to|on)\s+(?:the\s+)?$")
_CONJUNCT = re.compile(r"\s*(?:,|and|,\s+and)\s*")
_VERB_OR_OPENER = re.compile(
    rf"\b(?:[a-z]+ed|is|was|are|were|has|have|had)\b|^(?:{'|'.join(CLAUSE_OPENERS)})\b"
)
_APPOSITIVE_BEFORE = re.compile(
    r"(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}),\s+(?:a|an|the|his|her|its|their)\s"
    r"[^,;“”\"]{2,90}$"
)
