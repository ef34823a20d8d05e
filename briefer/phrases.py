"""Speaker finders that read the noun phrase next to a cue: before it after a comma ('…,
federal officials said'), after it past a closing quotation ('“…?” asked a senior
official who …'), or after 'by' in the passive ('was first reported by Politico')."""

from __future__ import annotations

import re

from .inverted import SAY, SPOKES_FOR, employer_of, role_in_an_actors_body
from .lexicon import (
    CONTRAST_OPENERS,
    NOT_NAMES,
    PARTICIPLE,
    RELATIVE_WORDS,
    SO_AS_CONJUNCTION,
)
from .mentions import Mention, MentionKind
from .patterns import may_hold
from .rules import Example, Phase, rule
from .speakers import NP_MAX_WORDS, generic_body, noun_prone
from .subjects import demonym_of_a_thing, subject_of
from .view import NOTHING, Found, SentenceView


def phrase_actors(view: SentenceView, start: int, stop: int) -> list[Mention]:
    """The actors a speaker phrase names, in order, but for a demonym of a thing or of
    private people ('some Chinese tour groups', 'North Korean missiles'): the phrase speaks
    for no state then, and stands for itself."""
    return [
        m for m in view.between(start, stop) if m.is_actor and not demonym_of_a_thing(view.text, m)
    ]


_PHRASE_BOUNDARY = re.compile(r"[”\"]\s*,?\s*|[;:]\s+|\bthat\s+")
_PHRASE_LEAD = re.compile(
    rf"(?:(?:and|but|yet|{SO_AS_CONJUNCTION}|while|whereas|though|although)\s+)+", re.IGNORECASE
)
_TIME_MEASURE = re.compile(
    r"(?:(?:just|only|some|about|nearly|barely)\s+)?(?:a|an|one|two|three|four|five|several"
    r"|a\s+few|\d+)\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+(?:after|before)\s",
    re.IGNORECASE,
)
"""'a day after', 'two weeks before': a time clause opens here, so the words after it are
the clause's subject, not a phrase that speaks."""
NOT_A_SUBJECT = re.compile(
    r"(?:in|on|at|after|before|during|since|as|while|when|if|for|with|by|from|of|to|under|over"
    r"|though|although|because|where|which|who|whom|whose|including|according|even|so|[a-z]+ing"
    r"|(?!only|nearly|roughly|early|fully)[a-z]+ly|[a-z]+ed|will|would|can|could|should|may|might|must|has|have|had|is|are|was|were"
    r"|did|does|do|not|never|also|first|then|later|still|just)\b|[^\w]*$",
    re.IGNORECASE,
)
"""Words that open an adverbial, a clause or a verb phrase, never a subject noun phrase."""
_APPOSITIVE_ROLE = re.compile(r"(?:a|an|the|his|her|its|their|[\w.’'-]+['’]s)\s")
_SHORT_NAME = re.compile(r"(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*")
_NOT_A_PHRASE = re.compile(
    r"\b(?:and|but|or)$|n[’']t\b|^(?:this|last|past|next)\b|\b(?:week|month|year|morning|night)$",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(r",|\s[-—–]\s|[—–]")
"""What sets a subject phrase off from the clause before it: a comma or a dash."""
_CONTRAST_OPENING = re.compile(rf"\s*(?:{CONTRAST_OPENERS})\s")
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
    if view.quoted(cue_start) or noun_prone(text, cue_start, cue_end):
        return None
    floor = max((m.end() for m in _PHRASE_BOUNDARY.finditer(text, 0, cue_start)), default=0)
    separators = list(_SEPARATOR.finditer(text, floor, cue_start))
    if separators:
        comma = separators[-1].end() - 1
    elif _CONTRAST_OPENING.match(text, floor):  # 'While some friends say …'
        comma = floor - 1
    else:
        return None
    lead = _PHRASE_LEAD.match(text[comma + 1 : cue_start].lstrip())
    body = text[comma + 1 : cue_start].strip()
    body = body[lead.end() :] if lead else body
    if not body or len(body.split()) > NEAREST_WORDS or NOT_A_SUBJECT.match(body):
        return None
    if _TIME_MEASURE.match(body):
        return None  # 'a day after South Korea confirmed': the name is the clause's subject
    if _NOT_A_PHRASE.search(body):
        return None  # 'became a delegate and said', 'wouldn’t say', 'this past week announced'
    if _APPOSITIVE_ROLE.match(body) and _after_name(text, floor, comma):
        return None
    start = text.index(body, comma + 1)
    return Mention(start, start + len(body), body, generic_body(body))


_RELATIVE_THEN_AND = re.compile(r",\s+(?:which|who)\s[^,;“”\"]{2,80},\s+and\s+$")
"""', which is Pyongyang's main economic ally, and ': a relative clause on the first of two
conjoined subjects, then the conjunction."""


@rule(
    "conjunct_past_relative_clause",
    Phase.SPEAKER,
    off=(),
    examples=[
        Example(  # BBC, 5 July 2017 (corpus audit, set 3116)
            "China, which is Pyongyang's main economic ally, and Russia have called on North "
            "Korea to suspend its ballistic missile programme.",
            ("china", "other"),
        ),
    ],
)
def conjunct_past_relative_clause(view: SentenceView, phrase: Mention) -> tuple[Mention, ...]:
    """'China, which is Pyongyang's main economic ally, and Russia have called on …': the
    phrase nearest the verb is the second of two subjects; the actor named before the
    relative clause is the first, and speaks too."""
    between = _RELATIVE_THEN_AND.search(view.text, max(0, phrase.start - 100), phrase.start)
    if between is None:
        return ()
    head = [m for m in view.mentions if m.end <= between.start() and m.is_actor]
    if not head or view.text[head[-1].end : between.start()].strip():
        return ()
    return (head[-1],)


_PARENTHETICAL_END = re.compile(r"(?:\s+(?:on\s+)?(?:\w+day|last\s+\w+|this\s+\w+|recently))?\s*,")


@rule(
    "parenthetical_report",
    Phase.SPEAKER,
    off=NOTHING,
    confidence=0.7,
    examples=[
        Example(
            "Mr. Trump, these officials said, has grown skeptical of the talks.",
            ("other",),
        ),
    ],
)
def parenthetical_report(view: SentenceView, cue: tuple[int, int], found: Found) -> Found:
    """'Mr. Obama, officials said, has become skeptical …', 'Mr. Trump is so reckless, the
    vice president said, that …': a report set off by commas inside the sentence has the
    phrase between the first comma and the verb as its speaker; the name before that comma
    is what the report is about."""
    start, end = cue
    if not _PARENTHETICAL_END.match(view.text, end):
        return NOTHING
    phrase = nearest_phrase_is_subject(view, start, end)
    if phrase is None or (found and found.speaker[0].start >= phrase.start):
        return NOTHING
    if phrase.text in ("I", "we", "We"):  # 'The nearest shelter, I thought, would be …'
        return NOTHING  # the writer's own aside holds nothing (``writer_is_the_subject``)
    actors = phrase_actors(view, phrase.start, phrase.end)
    return Found(tuple(actors[:1]) or (phrase,), True)


def _after_name(text: str, floor: int, comma: int) -> bool:
    """Whether the comma part before ``comma`` is a short capitalized name."""
    previous = text[text.rfind(",", floor, comma) + 1 : comma].strip()
    return bool(_SHORT_NAME.fullmatch(previous)) and previous.split()[0] not in NOT_NAMES


_CLOSED_QUOTE = re.compile(r"[”\"’']\s*,?\s*$|[,.?!][”\"’']\s*$")
_PHRASE_AFTER = re.compile(
    r"\s+(?P<np>(?:the|a|an|one|two|three|some|several|[A-Z][\w.’'-]*)"
    rf"(?:\s+(?!(?:{RELATIVE_WORDS})\b)[\w.’'&-]+){{0,8}}?)"
    rf"(?=\s*(?:[,;:(]|\.(?:\s|$)|$)|\s+(?:{RELATIVE_WORDS})\b|\s+[a-z]+ing\b)"
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
    return _inverted_phrase(view, start, stop)


def _inverted_phrase(view: SentenceView, start: int, stop: int) -> Found:
    """The speaker a phrase after an inverted cue names: the first actor in it ('a senior
    South Korean official who …'), else the phrase itself ('a source familiar with …')."""
    actors = phrase_actors(view, start, stop)
    if actors:
        return Found((actors[0],), True)
    phrase = view.text[start:stop]
    return Found((Mention(start, stop, phrase, generic_body(phrase)),), True)


_DETERMINED = re.compile(r"(?:the|a|an|one|two|three|some|several|another)\s", re.IGNORECASE)
_SPEAKER_HEAD = re.compile(
    r"\b(?:officials?|spokes(?:man|woman|person|men|women|people)|sources?|aides?|advis[eo]rs?"
    r"|diplomats?|experts?|analysts?|officers?|envoys?|ministers?|ministry|secretary"
    r"|ambassadors?|statement|lawmakers?|senators?|commanders?|negotiators?|researchers?"
    r"|scholars?|observers?|insiders?|representatives?|staffers?|person|people)\b",
    re.IGNORECASE,
)
"""The head of a noun phrase that can be a speaker: a role, a source, a statement."""
_VERB_IN_PHRASE = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|could|should|can|may|might|must"
    r"|did|does|do|not)\b",
    re.IGNORECASE,
)


@rule(
    "inverted_phrase_after_comma",
    Phase.SPEAKER,
    off=NOTHING,
    confidence=0.7,
    examples=[
        Example(
            "The North will not give up its weapons, said a spokesman for the Unification "
            "Ministry.",
            ("rok",),
        ),
    ],
)
def inverted_phrase_after_comma(view: SentenceView, cue_start: int, cue_end: int) -> Found:
    """'The North will not give up its weapons, said a spokesman for the Unification
    Ministry', '…, said a source familiar with what happened': after a clause and a comma, a
    saying verb followed by a noun phrase of a role or a source that ends the clause is
    inverted; the speaker is that phrase, not the subject of what was said. A name after
    the verb is ``inverted_speaker``'s; a verb in the phrase makes it the content ('…, said
    the talks were over')."""
    text = view.text
    if view.quoted(cue_start) or not text[:cue_start].rstrip().endswith(","):
        return NOTHING
    if not SAY.fullmatch(text[cue_start:cue_end]):
        return NOTHING
    match = _PHRASE_AFTER.match(text, cue_end)
    if not match:
        return NOTHING
    start, stop = match.span("np")
    phrase = match.group("np")
    if phrase.endswith(".") and "." not in phrase.split()[-1][:-1]:  # the full stop, not 'U.S.'
        phrase, stop = phrase[:-1], stop - 1
    if (
        not _DETERMINED.match(phrase)
        or not _SPEAKER_HEAD.search(phrase)
        or _VERB_IN_PHRASE.search(phrase)
    ):
        return NOTHING
    return _inverted_phrase(view, start, stop)


_AGENT = re.compile(
    r"(?:\s+(?:here|there|\w+ly))?\s+by\s+(?P<who>(?:the\s+|a\s+|an\s+)?[\w.’'&-]+(?:\s+(?!(?:as|in|on|at|for|to|that|and|who"
    r"|which|after|before|last|this|earlier|later)\b)[\w.’'&-]+){0,5}?)(?=\s*(?:[,;:.]|$)|\s+(?:as"
    r"|in|on|at|for|to|that|and|who|which|after|before|last|this|earlier|later)\b)"
)
"""'… was first reported by Politico', ', first reported by The Washington Post,', '(described
here by the Post as …)': the agent."""
_PASSIVE_BEFORE = re.compile(
    r"(?:(?:\b(?:was|were|been|being|is|are)|,)\s+|\()(?:(?:first|also|later|originally|\w+ly)\s+)?$"
)
_AGENT_CUES = re.compile(
    r"(?:\w+\s+)*(?:reported|announced|disclosed|revealed|confirmed|stated|declared|noted"
    r"|described|characteri[sz]ed|claimed|invited|imposed|condemned|criticized|criticised|rejected|proposed"
    r"|offered|approved|adopted|vetoed|denounced|praised|welcomed|urged|warned|accused)"
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


REDUCED_RELATIVE = "reduced_relative_agent"
"""The rule's name: holders.py leaves the cues it decided out of the sentence's holders."""


@rule(
    REDUCED_RELATIVE,
    Phase.SPEAKER,
    off=(),
    examples=[
        Example("Kim denounced the drills announced by Seoul last week.", ("dprk",)),
    ],
)
def reduced_relative_agent(view: SentenceView, cue: tuple[int, int]) -> tuple[Mention, ...]:
    """'the drills announced by Seoul last week', 'the counteraction declared by Obama': a
    participle right after the noun it describes, its agent after 'by', is a relative
    clause without its pronoun: the agent speaks, of a background entity (GUIDELINES 4.3),
    and the words before the participle are no speaker."""
    start, end = cue
    if not PARTICIPLE.fullmatch(view.text, start, end):
        return ()
    if not _NOUN_BEFORE_PARTICIPLE.search(view.text, max(0, start - 40), start):
        return ()
    match = _AGENT.match(view.text, end)
    if not match:
        return ()
    agent_start, agent_stop = match.span("who")
    named = [m for m in view.between(agent_start, agent_stop) if m.key != MentionKind.PRONOUN]
    return (named[0],) if named else ()


_NOUN_BEFORE_PARTICIPLE = re.compile(
    r"\b(?:the|a|an|its|his|her|their)\s+[‘“\"']?(?:[\w-]+\s+){0,3}?[a-z][\w-]*[”\"'’]?\s+$"
)
"""'the drills ', "the 'symmetric counteraction' ": a noun phrase in lower case right before
the participle (not a name, whose verb it would be: 'Seoul announced by phone')."""


_ACCORDING_HEAD = re.compile(
    r"(?P<np>(?:the|a|an|his|her|its|their|[A-Z\d][\w.’'&-]*|[a-z]+)"
    rf"(?:\s+(?!(?:{RELATIVE_WORDS})\b)[\w.’'&-]+){{0,5}}?)"
    rf"(?=\s*(?:[,;:.—–(]|\s-\s|$)|\s+(?:{RELATIVE_WORDS}|conducted|released|published"
    r"|issued|obtained|seen|reviewed|based|by|for|of|in|on|at|from|last|this)\b)"
)
ACCORDING_WORDS = 6
"""The head of a long 'according to' phrase: at most this many words."""


@rule(
    "according_to_phrase_head",
    Phase.SPEAKER,
    off=None,
    confidence=0.6,
    examples=[
        Example(
            "Talks will resume in July, according to a senior official who was not authorized "
            "to speak publicly before the announcement of the new round of negotiations.",
            ("rok",),
            before=("South Korea’s foreign ministry spoke on Sunday.",),
        ),
    ],
)
def according_to_phrase_head(view: SentenceView, start: int) -> Mention | None:
    """'according to early results of the exit poll conducted by Edison Research for the
    Associated Press …', 'according to a campaign official who was not authorized to …': a
    phrase too long to name whole is named by its head, up to a preposition, a participle
    or a relative pronoun."""
    match = _ACCORDING_HEAD.match(view.text, start)
    if not match or len(match.group("np").split()) > ACCORDING_WORDS:
        return None
    phrase = match.group("np")
    return Mention(start, start + len(phrase), phrase, generic_body(phrase))


_NAME_APPOSITIVE = re.compile(
    r"(?:\b(?:[Aa]nd|[Bb]ut)\s+|^|[,;:(]\s*)(?P<head>(?:(?:Mr|Ms|Mrs|Dr|Sen|Rep|Gov|Gen)\.\s+"
    r"|(?-i:The)\s+(?=[A-Z][\w’'-]*\s+(?:[A-Z]|of\s|for\s)))?"
    r"[A-Z][\w’'-]*(?:\s+(?:(?:of|for|on|the|and)\s+){0,2}[A-Z][\w.’'-]*){0,6}),\s+"
    r"(?P<apposition>(?:(?:a|an|the|his|her|its|their)\s|(?:citing|quoting|speaking|appearing"
    r"|writing|referring|responding|echoing|noting|pointing|asked|reached|contacted|pressed"
    r"|interviewed|clad|dressed|after|before|during|despite|like|unlike|amid|in|at|on"
    r"|with|without)\s|(?:(?:[a-z-]+|[A-Z][\w.-]*)\s+){0,2}(?:chairman|chairwoman|director"
    r"|president|head|chief|professor|spokes(?:man|woman|person)|founder|editor|fellow"
    r"|analyst|expert|researcher|advis[eo]r|officer|member|correspondent|scholar|economist"
    r"|lawyer|attorney|partner|executive)\s)[^,;:“”\"]{2,90}?"
    r"(?:,\s+(?:a|an|the)\s[^,;:“”\"]{1,60}?)?)"
    r"(?:,\s+[A-Z]{1,2}[\w.-]*|,\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})?"
    r",\s*(?:(?:also|later|then|\w+ly|last\s+\w+|on\s+\w+day)\s+)?$"
)
_NOT_HEADS = frozenset(
    "The A An In On At For But And If As When While After Before Since Then So Yet Also Still "
    "Even Only However Meanwhile Instead Indeed Last This That These Those It He She They We "
    "I You There Here Now Today Yesterday Earlier Later Separately Previously Monday Tuesday "
    "Wednesday Thursday Friday Saturday Sunday".split()
)


@rule(
    "name_before_appositive",
    Phase.SPEAKER,
    off=None,
    examples=[
        Example(
            "Jane Roe, a longtime Trump donor, said the talks would fail.",
            ("other",),
        ),
        Example(
            "The Korean Central News Agency, a state mouthpiece that reports on relations with "
            "the South, said the drills were a provocation.",
            ("dprk",),
        ),
    ],
)
def name_before_appositive(view: SentenceView, cue_start: int, found: Found) -> Found | None:
    """'Cruz, the only Republican candidate to campaign in Wyoming, told delegates …',
    'Salceda, citing data from the U.S. State Department, said …': a name set off by an
    appositive or a participle phrase right before the cue is its subject; the names inside
    that phrase describe it or what it did. A name may open with 'The' and join its words
    with 'of', 'for', 'on', 'the', 'and' ('The Committee for the Peaceful Reunification of
    the Fatherland, a nonmilitary agency that deals with relations with South Korea, said
    …': not 'deals with relations with South Korea'), and the appositive may hold one of
    its own ('Kim Yong-rok, an opposition lawmaker who represents Jindo, an island near …,
    told CNN')."""
    if view.text.count(",", 0, cue_start) < 2:  # a match holds two commas: three cues in four
        return None  # have fewer before them, and the search is tried at every position
    match = _NAME_APPOSITIVE.search(view.text, 0, cue_start)
    if match is None or (found and found.speaker[0].start < match.start("apposition")):
        return None
    start, stop = match.span("head")
    words = match.group("head").split()
    if words[0] in _NOT_HEADS and not (words[0] == "The" and len(words) > 2):
        return None
    named = [m for m in view.between(start, stop) if m.key != MentionKind.MEDIA]
    if named:
        return Found((named[0],), False)
    head = match.group("head")
    if _NEWSROOM.search(match.group("apposition")):  # 'Kyung Bok-cho, a Bloomberg journalist'
        return Found((Mention(start, stop, head, MentionKind.MEDIA),), False)
    employer = employer_of(view, head, start - 1, stop, SPOKES_FOR) or role_in_an_actors_body(
        view, head, start - 1, stop
    )
    return Found(employer or (Mention(start, stop, head, MentionKind.OTHER),), False)


_NEWSROOM = re.compile(
    r"\b(?:journalist|reporter|correspondent|bureau\s+chief|news\s+anchor)s?\b", re.IGNORECASE
)
"""A reporter set off by the appositive ('Kyung Bok-cho, a Bloomberg journalist,'): news
media, which hold no position (GUIDELINES 3); a columnist or a pundit writing in their
own name stays an outside voice."""


@rule(
    "trailing_phrase_over_content",
    Phase.SPEAKER,
    off=NOTHING,
    confidence=0.6,
    examples=[
        Example(
            "Kim Jong Un will visit Seoul next month, one longtime friend said.",
            ("other",),
        ),
    ],
)
def trailing_phrase_over_content(view: SentenceView, cue: tuple[int, int], found: Found) -> Found:
    """'The Trump job marks his reemergence on the political scene, one longtime friend
    said', 'They were headed to Egypt, BFMTV reported': a short phrase between the last comma
    and a saying verb is its subject; a name before that comma stands in what it reports,
    unless the part before the comma is the name itself ('Trump, the front-runner, said')."""
    if not found or found.inverted:
        return NOTHING
    phrase = nearest_phrase_is_subject(view, cue[0], cue[1])
    if phrase is None or found.speaker[-1].end > phrase.start:
        return NOTHING
    text = view.text
    comma = text.rfind(",", 0, phrase.start)
    floor = max((m.end() for m in _PHRASE_BOUNDARY.finditer(text, 0, comma)), default=0)
    if comma < 0 or _after_name(text, floor, comma):
        return NOTHING
    actors = phrase_actors(view, phrase.start, phrase.end)
    return Found(tuple(actors[:1]) or (phrase,), True)


_QUANTITY_BEFORE = re.compile(
    r"(?P<np>(?:\b(?:about|some|only|nearly|roughly|almost|just|fully|at\s+least|more\s+than"
    r"|less\s+than|fewer\s+than)\s+)?(?:\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b)"
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|\d+)\s+(?:in|out\s+of)\s+(?:\d+|ten"
    r"|three|four|five)\b|\b(?:half|two-thirds|one-third|a\s+third|a\s+quarter"
    r"|(?:a|the)\s+(?:slim\s+|narrow\s+|large\s+|clear\s+|big\s+)?majority)\b)"
    r"(?:\s+of\s+(?:[\w’'-]+\s+){0,4}?(?!(?:who|that|which)\b)[\w’'-]+)?)"
    r"\s+(?:(?:also|still|now|already)\s+)?$",
    re.IGNORECASE,
)
"""'with 30 percent of voters saying', 'after half said so', '45% of Republicans … say'."""
QUANTITY_WORDS = (
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "half",
    "third",
    "quarter",
    "majority",
)
"""With a digit, what every _QUANTITY_BEFORE match holds one of (in any case)."""
_DIGIT = re.compile(r"\d")


def _may_be_quantity(text: str, start: int, stop: int) -> bool:
    """Whether _QUANTITY_BEFORE can match in ``text[start:stop]``: a share needs a digit or a
    number or fraction word; the search, case-insensitive and tried at every position,
    matched 3 of its 2,433 calls over the Korea articles."""
    return bool(_DIGIT.search(text, start, stop)) or may_hold(text[start:stop], QUANTITY_WORDS)


_SAYING = re.compile(r"(?:say|says|said|saying|tell|tells|told|telling|responded|answered)\b")


@rule(
    "quantity_is_subject",
    Phase.SPEAKER,
    off=(),
    confidence=0.6,
    examples=[
        Example(
            "Moon has improved his standing, with 30 percent of voters saying they trust him.",
            ("other",),
        ),
    ],
)
def quantity_is_subject(view: SentenceView, cue_start: int) -> tuple[Mention, ...]:
    """'Mr. Trump has improved his standing, with 30 percent of voters saying …', 'after
    half said so': a share of a poll's respondents right before a saying verb is its
    subject, not the name the clause before it is about."""
    if view.quoted(cue_start) or not _SAYING.match(view.text, cue_start):
        return ()  # '11% of Democratic claims': a noun; '68 percent want': no report
    reach = max(0, cue_start - 80)
    if not _may_be_quantity(view.text, reach, cue_start):
        return ()
    match = _QUANTITY_BEFORE.search(view.text, reach, cue_start)
    if match is None:
        return ()
    start, stop = match.span("np")
    return (Mention(start, stop, match.group("np"), MentionKind.OTHER),)


_SUBORDINATE_PHRASE = re.compile(
    r"\b(?:than|although|though|while|whereas)\s+(?P<np>(?:a|an|the|his|her|its|their|some|many|most|several|other|few|all)"
    r"\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+|[a-z]+s)\s+(?:(?:also|still|have|has|had|now|later)\s+)?$"
)
"""'… than aides say', 'although his advisers say', 'though others say' (a time or condition
clause's speaker is vetoed anyway: subordinate_subject)."""


@rule(
    "subordinate_phrase_subject",
    Phase.SPEAKER,
    off=NOTHING,
    confidence=0.6,
    examples=[
        Example(
            "Moon has gotten less credit than his aides say he deserves.",
            ("other",),
        ),
    ],
)
def subordinate_phrase_subject(view: SentenceView, cue: tuple[int, int], found: Found) -> Found:
    """'Mr. Obama has gotten less credit than aides say he deserves', 'his get-out-the-vote
    operation may never be as comprehensive as Clinton's, although his advisers say …': a
    noun phrase between a conjunction and the cue is the subject of the clause the
    conjunction opens; the name before the conjunction belongs to the clause before."""
    if not found or found.inverted or view.quoted(cue[0]):
        return NOTHING
    match = _SUBORDINATE_PHRASE.search(view.text, max(0, cue[0] - 60), cue[0])
    if match is None or found.speaker[-1].end > match.start():
        return NOTHING
    start, stop = match.span("np")
    actors = phrase_actors(view, start, stop)
    phrase = match.group("np")
    return Found(tuple(actors[:1]) or (Mention(start, stop, phrase, generic_body(phrase)),), False)


DASHES = "-—–"
"""The characters of the dashes around an aside."""
ASIDE_HEAD_CHARS = 120
"""At most this long, the phrase before an aside's first dash that is the cue's subject (a
head with its relative clause: 'Former US diplomats who have spent long days … --')."""
_DASHED_ASIDE = re.compile(
    rf"(?:^|[,;:]\s+)(?P<head>[^,;:—–]{{2,{ASIDE_HEAD_CHARS}}}?)\s+(?:--|[-—–])\s+"
    r"[^—–]{3,200}?\s+(?:--|[-—–])\s+"
    r"(?:(?:also|then|later|\w+ly)\s+)?$"
)


@rule(
    "dashed_aside_head",
    Phase.SPEAKER,
    off=NOTHING,
    examples=[
        Example(
            "Moon - in a line that seemed directed at Kim Jong Un - declared that talks must "
            "resume.",
            ("rok",),
        ),
        Example(  # allsides_korea KhMB1CbyrxYgEY56, sentence 2 (corpus audit, round 40)
            "Former US diplomats who have spent long days locked in negotiations with the North "
            "Koreans -- habitually skilled and well-prepared interlocutors -- say the discussions "
            "can be deeply frustrating.",
            ("other",),
        ),
    ],
)
def dashed_aside_head(view: SentenceView, cue: tuple[int, int], found: Found) -> Found:
    """'Mr. Bush - in a line that seemed squarely directed at Mr. Trump - declared …', 'The
    Supreme Court justice -- who has been involved in a scuffle with the presumptive
    Republican nominee -- said …': an aside between dashes right before the cue describes
    its subject, the phrase before the first dash; names inside it are no speakers."""
    reach = max(0, cue[0] - 300)
    if sum(view.text.count(dash, reach, cue[0]) for dash in DASHES) < 2:
        return NOTHING  # an aside needs two dashes ('--' is two): most cues, no search
    match = _DASHED_ASIDE.search(view.text, reach, cue[0])
    if match is None or view.quoted(cue[0]):
        return NOTHING
    start, stop = match.span("head")
    if found and found.speaker[-1].end <= stop:
        return NOTHING
    named = subject_of(view.text, view.between(start, stop))
    if named:
        return Found(named, False)
    head = match.group("head")
    if NOT_A_SUBJECT.match(head) or len(head.split()) > NEAREST_WORDS:
        return NOTHING
    return Found((Mention(start, stop, head, generic_body(head)),), False)
