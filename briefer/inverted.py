"""The speaker after an inverted cue: '…," said Sen. X', '…, said U.S. Ambassador Nikki
Haley', 'said Cmdr. X, a spokesman for U.S. Pacific Command'.

Named rules of the speaker phase (rules.py), tried by cues.py after the subject before the cue.
"""

from __future__ import annotations

import re

from .lexicon import (
    FINITE_AUXILIARIES,
    FORMER,
    NOT_NAMES,
    OWNER,
    PLACE_WORDS,
    PREPOSITIONS,
    PRONOUN,
    ROLE_PREPOSITION,
)
from .mentions import Mention, MentionKind
from .patterns import QUOTE_MARK
from .rules import Example, Phase, rule
from .subjects import subject_of
from .view import NOTHING, Found, SentenceView

INVERTED_REACH = 80
"""The speaker after an inverted cue ('…," said X, a …') ends within this many characters."""
INVERTED_GAP = 3
"""At most this many words between an inverted cue and its speaker ('said U.S. Sen. X')."""
INVERTED_TAIL = 2
"""At most this many words follow an inverted cue's speaker before the clause ends."""
_WRITTEN_BY = re.compile(
    r"\b(?:op-?eds?|pieces?|articles?|columns?|essays?|letters?|reports?|study|studies|memos?"
    r"|statements?|analysis|assessments?|speech|speeches|editorials?)"
    r"\s+(?:(?:written|co-written|authored|signed|issued|published|released)\s+)?by\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
"""A document and its author after 'by', however many words stand before the document
('according to an August 13 op-ed piece by Mattis and …'): the author is the source (not
who carried it: 'a letter delivered by South Korea's envoys')."""

_ADJUNCT = re.compile(r"\s+(?:in|at|on|during|after|before|from|via|while|when|through)\s")
"""'…,” said Kim Yo Jong in a toast during Sunday's dinner': a phrase after the speaker's
name that says where or when, not the content (as 'said Pyongyang would not …' opens it)."""
_LEADING_NAME = re.compile(
    r"\s*(?:(?:retired|former|veteran|longtime)\s+)?"
    r"((?:[A-Z][\w.'’-]+\s+){0,4}[A-Z][\w.'’-]+)(?=\s|$|[,;.])"
)
"""'said David Albright from the Institute …', 'said retired Air Force Col. Cedric Leighton':
the capitalized name right after the cue (a word saying the person has left office may
come first)."""
AFTER_STOP = re.compile(
    r"[,;(]|(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSen)(?<!\bRep)(?<!\bGen)(?<!\bLt)(?<!\bCol)"
    r"(?<!\bCapt)(?<!\bCmdr)(?<!\bAdm)(?<!\bGov)(?<!\bMaj)(?<!\bSgt)(?<!\b[A-Z])\.(?:\s|$)"
    r"|\s+that\s+|\s+--\s|\s*[—–]|:\s"
)
"""Where the name after an inverted cue ends: a comma, a full stop (not a title's or an
initial's: 'U.S. intelligence' goes on), 'that', a dash ('according to the World Food
Program -- two-thirds of …'), a colon ('according to South Korean intelligence: Kim …')."""
_ROLE_AFTER = re.compile(
    r",\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}?(?:spokes\w+|official|adviser|advisor|aide"
    r"|envoy|ambassador|minister|officer|director|secretary|negotiator|commander|chief|head)"
    r"\s+(?:for|of|at|with|in|from)\s+(?P<the>the\s+)?"
)
_NOT_FORMER = r"(?!former|retired)"
"""A word of the role, unless it says the person no longer holds it."""
SPOKES_FOR = re.compile(
    rf",\s+(?:a|an|the)\s+(?:{_NOT_FORMER}[\w-]+\s+){{0,2}}?(?:spokes\w+|official)\s+"
    r"(?:for|of|at|with|in|from)\s+(?P<the>the\s+)?"
)
"""', an official with South Korea's Defense Ministry': only a spokesman or an official
speaks for the body after the role ('director for Korea and China' names a portfolio)."""
_ROLE_PHRASE = re.compile(
    rf"(?:(?:a|an|the)\s+)?(?:{_NOT_FORMER}[\w-]+\s+){{0,2}}?"
    r"(?:spokes(?:man|woman|person)|official|statement)\s+(?:for|of|at|with|in|from|by)\s+"
    r"(?:the\s+)?",
    re.IGNORECASE,
)
"""'the spokesman for the General Staff of …', 'an official at …', 'a statement from …': a
speaker named only by a role, or a statement, that speaks for a body."""
_BODY_ROLE_AFTER = re.compile(
    rf",\s+(?:then\s+|now\s+)?(?:a|an|the)\s+"
    rf"(?P<body>(?:{_NOT_FORMER}[\w.’'-]+\s+){{1,4}}?)"
    r"(?:spokes(?:man|woman|person)|official|diplomat"
    r"|envoy|ambassador|minister|negotiator|advis[eo]r|aide)"
    r"(?:\s+(?:for|on)\s+(?-i:[A-Z])[\w-]+(?:\s+(?:and\s+)?(?-i:[A-Z])[\w-]+){0,2})?\s*[,.;]"
)
_ADDRESSEE = re.compile(r"\b(?:told|tells|tell|informed|briefed|asked|urged|warned)$")
SAY = re.compile(
    r"said|says|say|added|adds|wrote|writes|noted|stated|explained|argued|continued|reported|reports"
)
"""'…, said Kelley': after a comma, a saying verb's speaker is the name that follows it."""


def invertible(text: str, start: int) -> bool:
    """Only '…," said X' or '…, said X' puts the speaker after the cue."""
    before = text[:start].rstrip()
    return not before or before.endswith((",", "”", '"', "’"))


def after_quote(text: str, start: int) -> bool:
    """Whether ``start`` stands right after a closing quotation mark ('“…,” said', '“…?”
    asked')."""
    return text[:start].rstrip().rstrip(",").rstrip().endswith(("”", '"', "’"))


def _adjacent(text: str, cue_end: int, mention: Mention) -> bool:
    """The speaker of an inverted cue follows it at once ('said U.S. Sen. X'), unlike the
    object of a clause ('said his summit with Kim …')."""
    between = text[cue_end : mention.start]
    return (
        len(between.split()) <= INVERTED_GAP
        and not OWNER.search(between)
        and (not PREPOSITIONS.search(between) or bool(ROLE_PREPOSITION.search(between)))
        and not _CONTENT_AFTER_CUE.match(between)
    )


_CONTENT_AFTER_CUE = re.compile(
    r"\s*(?::|(?:of|about|in|on|at|to|that)\b"
    r"|(?:\S+\s+)*?(?:he|she|they|it|we|I|must|will|would|could|should|can|may|might|is|are"
    r"|was|were|has|have|had)\b)"
)
"""'…, said of Trump's campaign', 'said: “Clinton believes', 'said he also may campaign',
'said Mexico must rebut Trump's claims': what follows the cue opens its content or a phrase
of its own, so a name after it is no inverted speaker."""


@rule(
    "inverted_speaker",
    Phase.SPEAKER,
    off=NOTHING,
    confidence=0.85,
    examples=[
        Example(
            "Sanctions are working, argued Sen. Chris Van Hollen, a Maryland Democrat.",
            ("other",),
        ),
        Example(  # allsides_korea gdYWrarmvgriliQx, sentence 18
            "The North has stopped responding to calls on the hotline to the U.S. military that "
            "supervises the heavily fortified Demilitarized Zone, reported Reuters.",
            (),
        ),
    ],
)
def inverted_speaker(view: SentenceView, start: int, end: int, found: Found) -> Found:
    """'…," said Sen. X': after a quote or a comma, a saying verb's speaker follows it."""
    cue = view.text[start:end]
    if not invertible(view.text, start) or _ADDRESSEE.search(cue):
        return NOTHING
    after = speaker_after(view, end)
    if not after:
        return NOTHING
    role_end = conjunct_after_role(view, end, after[0].start)
    if not _adjacent(view.text, role_end, _head(view, after[0])):
        return NOTHING
    if found and not after_quote(view.text, start) and not SAY.fullmatch(cue):
        return NOTHING
    if found and not after_quote(view.text, start) and _subject_set_off(view.text, found, start):
        return NOTHING
    if not SAY.fullmatch(cue) and _MODIFIES_A_THING.match(view.text, after[-1].end):
        return NOTHING  # '…, released the three US detainees': an object, no speaker
    return Found(after, True)


_MODIFIES_A_THING = re.compile(
    r"\s+(?!(?:officials?|spokes\w+|envoys?|diplomats?|sources?|ministers?|ministry|embassy"
    r"|government|military|president|leader|delegation|authorities)\b)[a-z][a-z-]+s\b"
)
"""After a name, a plural common noun it modifies ('US detainees', 'Chinese goods'): the
name is no speaker of a verb before it."""


_FINITE = re.compile(rf"\b(?:{FINITE_AUXILIARIES}|[a-z]{{3,}}ed)\b")
SET_OFF_WORDS = 8
"""Words of a sentence's opening subject before the comma that sets off its appositive."""


def _subject_set_off(text: str, found: Found, start: int) -> bool:
    """'U.S. Vice President Mike Pence, back in Washington after …, said the United States,
    South Korea and Japan were …': the sentence opens with the subject, set off by an
    appositive before its verb; what follows the verb is what it says, not an inverted
    speaker (unlike 'Sanctions are working, argued Sen. X', whose opening has a verb)."""
    head, comma, aside = text[:start].partition(",")
    return (
        bool(comma)
        and found.speaker[0].start < len(head)
        and len(head.split()) <= SET_OFF_WORDS
        and len(aside.split()) >= 2  # 'And Trump, said Sunshine, … doesn't forgive': a report
        and not _FINITE.search(head)
        and not _FINITE.search(aside)  # '…, was seen limping …, said Lim Byeong Cheol, …'
        and not QUOTE_MARK.search(head)  # 'Clinton “drew quite well …”, said Prof. X'
    )


def speaker_after(view: SentenceView, cue_end: int) -> tuple[Mention, ...]:
    """'…," said Sen. X, a Democrat' / 'according to X': the name after the cue."""
    text = view.text
    stop_match = AFTER_STOP.search(text, cue_end)
    stop = stop_match.start() if stop_match else len(text)
    if stop - cue_end > INVERTED_REACH:
        return ()
    inside = [
        m
        for m in view.between(cue_end, stop)
        if m.key != MentionKind.PRONOUN or not text[m.end : stop].strip()
    ]  # '…, said it would be easier': a pronoun after the cue opens its content
    start = conjunct_after_role(view, cue_end, stop)
    near = [
        m
        for m in inside
        if len(text[start : m.start].split()) <= INVERTED_GAP
        or ROLE_PREPOSITION.search(text, start, m.start)  # 'said a spokesman for the …'
        or _WRITTEN_BY.search(text, start, m.start)  # 'according to an op-ed piece by …'
    ]
    subject = subject_of(text, inside if near else [], objects=True)
    if (
        subject
        and len(text[subject[-1].end : stop].split()) > INVERTED_TAIL
        and not (subject[-1].text[:1].isupper() and _ADJUNCT.match(text, subject[-1].end))
    ):  # ('a source on the call': the phrase after a common noun says who it is)
        subject = title_chain_name(text, subject[-1], inside, stop)
    return subject or _named_after(view, cue_end, stop)


def _head(view: SentenceView, name: Mention) -> Mention:
    """The actor's mention that opens the title before a name ('White House' of 'White House
    press secretary Sean Spicer'), or the name itself."""
    for mention in view.mentions:
        if (
            mention.end < name.start
            and mention.key == name.key
            and _TITLE_GAP.fullmatch(view.text, mention.end, name.start)
        ):
            return mention
    return name


_TITLE_GAP = re.compile(r"[ ]+(?:[\w.’'-]+[ ]+){0,3}")
_VERB_IN_GAP = re.compile(
    r"\b(?:[a-z]+ed|must|will|would|could|should|can|may|might|is|are|was|were|has|have|had"
    r"|does|do|did|says?)\b"
)
"""A verb between two names: the first is the subject of a clause ('said Mr. Trump had
disrespected American troops'), not the head of a title."""


@rule(
    "title_chain_name",
    Phase.SPEAKER,
    off=(),
    examples=[
        Example(
            "“Sanctions must grow,” said U.S. Army Gen. Vincent Brooks.",
            ("us",),
        ),
    ],
)
def title_chain_name(
    text: str, first: Mention, inside: list[Mention], stop: int
) -> tuple[Mention, ...]:
    """'…,” said U.S. Army Gen. Vincent Brooks': the actor's name opens a title that ends in a
    name of the same actor, who is the speaker. Any other long tail after the name opens the
    content ('…, said Pyongyang would not …'): no speaker."""
    for later in inside:
        if (
            later.start > first.end
            and later.key == first.key
            and _TITLE_GAP.fullmatch(text, first.end, later.start)
            and not _VERB_IN_GAP.search(text, first.end, later.start)
            and len(text[later.end : stop].split()) <= INVERTED_TAIL
        ):
            return (later,)
    return ()


@rule(
    "conjunct_after_role",
    Phase.SPEAKER,
    off=None,
    examples=[
        Example(
            "“Beijing must stop the money trail into North Korea,” said the official and a "
            "senior State Department official.",
            ("us",),
        ),
    ],
)
def _conjunct_after_role(view: SentenceView, cue_end: int, stop: int) -> int | None:
    """'…, said the official and a senior State Department official': a role noun the
    sentences before introduced, then a conjunct that names the actor; the speaker is looked
    for from the conjunct on."""
    first = next(iter(view.between(cue_end, stop)), None)
    if first is None or first.key != MentionKind.PRONOUN:
        return None
    if len(view.text[cue_end : first.start].split()) > INVERTED_GAP:
        return None
    joined = re.match(r"\s+and\s+", view.text[first.end : stop])
    return first.end + joined.end() if joined else None


def conjunct_after_role(view: SentenceView, cue_end: int, stop: int) -> int:
    """Where the speaker after an inverted cue may start (see _conjunct_after_role)."""
    found = _conjunct_after_role(view, cue_end, stop)
    return cue_end if found is None else found


def _named_after(view: SentenceView, cue_end: int, stop: int) -> tuple[Mention, ...]:
    """'said David Albright …' / 'said Cmdr. X, a spokesman for U.S. Pacific Command'."""
    text = view.text
    leading = _LEADING_NAME.match(text, cue_end, stop)
    if not leading or text[leading.end() : stop].strip():
        return ()
    tail = leading.group(1)
    if not tail or PRONOUN.fullmatch(tail) or tail.split()[0] in NOT_NAMES:
        return ()
    return (
        employer_of(view, tail, cue_end, stop)
        or role_in_an_actors_body(view, tail, cue_end, stop)
        or outlets_own_journalist(view, cue_end, leading.start(1) + len(tail))
        or (Mention(leading.start(1), leading.start(1) + len(tail), tail, MentionKind.OTHER),)
    )


@rule(
    "outlets_own_journalist",
    Phase.SPEAKER,
    off=(),
    examples=[
        Example(  # BBC, 2018 (corpus audit, set 3117)
            "While officials appear more optimistic about that meeting going ahead, recent weeks "
            "have shown that the relationship can change very quickly, says the BBC's Chris "
            "Butler in Washington.",
            (),
        ),
    ],
)
def outlets_own_journalist(view: SentenceView, cue_end: int, end: int) -> tuple[Mention, ...]:
    """'…, says the BBC's Chris Butler in Washington', '…," said NPR's Louisa Lim': a news
    outlet's own journalist after the cue (the name that ends at ``end``) speaks as the
    outlet, which holds no position (GUIDELINES 3), not as an unknown outside voice."""
    outlet = [
        m
        for m in view.between(cue_end, end)
        if m.key == MentionKind.MEDIA and _OWN_PERSON.match(view.text, m.end, end)
    ]
    return tuple(outlet[:1])


_OWN_PERSON = re.compile(r"['’]s\s+[A-Z]")


@rule(
    "speaks_for_employer",
    Phase.SPEAKER,
    off=(),
    examples=[
        Example(
            "“We remain ready,” said Cmdr. Nate Christensen, a spokesman for Pacific Command.",
            ("us",),
        ),
        Example(  # allsides_korea cpj2uakkcbmzWWYZ, sentence 44: 'then' is in office
            "“North Korea has acted especially badly,” said Tom Bossert, then the White House "
            "homeland security adviser, when pinning the attack on Pyongyang.",
            ("us",),
        ),
        Example(  # allsides_korea 8SXgnk9czRACizgG, sentence 20
            "Susan Thornton, the top U.S. diplomat for Asia, said Beijing had historically "
            "cooperated with sanctions.",
            ("us",),
        ),
    ],
)
def employer_of(
    view: SentenceView, name: str, cue_end: int, stop: int, roles: re.Pattern[str] | None = None
) -> tuple[Mention, ...]:
    """'said Cmdr. X, a spokesman for U.S. Pacific Command', 'Col. X, a Pentagon spokesman,',
    'Susan Thornton, the top U.S. diplomat for Asia,': X speaks for the employer."""
    role = (roles or _ROLE_AFTER).match(view.text, stop)
    if role:  # 'the ministry' (a body named before) starts at its article
        opens = role.start("the") if role.group("the") else role.end()
        employer = [m for m in view.mentions if opens <= m.start < role.end() + 40]
    elif body := _BODY_ROLE_AFTER.match(view.text, stop):  # ', a Pentagon spokesman'
        employer = [m for m in view.between(*body.span("body")) if not m.text.endswith("’s")]
    else:
        return ()
    if not employer or employer[0].key in (MentionKind.PRONOUN, MentionKind.MEDIA, "other"):
        return ()
    return (Mention(cue_end + 1, stop, f"{name} ({employer[0].text})", employer[0].key),)


_ROLE_AT_BODY = re.compile(
    rf",\s+(?:(?:a|an|the)\s+)?(?:{_NOT_FORMER}[\w-]+\s+){{0,3}}?(?:director|chief|head"
    r"|commander|officer|official|spokes\w+|secretary|minister|deputy|adviser|advisor|aide"
    r"|envoy|ambassador|negotiator)(?:\s+(?:of|for)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)?"
    r"\s+(?:of|at|in|with|from|for)\s+(?:the\s+)?(?=\S)"
)
"""', director of operations at ', ', the director of the ': a role held in the body named
next."""
_GOVERNMENT_BODY = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:ministry|military|army|navy|air\s+force|marines"
    r"|joint\s+chiefs|intelligence|spy\s+agency|government|embassy|mission|command|forces"
    r"|presidential\s+office|cabinet|national\s+security\s+council|foreign\s+office)\b",
    re.IGNORECASE,
)
"""What follows an actor's name when it names one of the actor's bodies: "South Korea's
joint chiefs of staff", 'the South Korean spy agency', 'the Chinese Defense Ministry'."""


@rule(
    "role_in_an_actors_body",
    Phase.SPEAKER,
    off=(),
    examples=[
        Example(  # allsides_korea o2wlUuLGf8G0WhU2, sentence 5 (corpus audit)
            "Cho Han Gyu, director of operations at South Korea’s joint chiefs of staff, said "
            "the missile was being analysed.",
            ("rok",),
        ),
    ],
)
def role_in_an_actors_body(
    view: SentenceView, name: str, cue_end: int, stop: int
) -> tuple[Mention, ...]:
    """'Cho Han Gyu, director of operations at South Korea’s joint chiefs of staff,': a
    person whose role is in one of an actor's own bodies (its ministry, military, spy
    agency, embassy …) speaks for that actor; a role in anything else the actor's name
    only qualifies ('director of the US-Korea Institute') keeps the outside voice."""
    role = _ROLE_AT_BODY.match(view.text, stop)
    if role is None:
        return ()
    after = [m for m in view.mentions if role.end() <= m.start < role.end() + 8]
    if not after or not after[0].is_actor:
        return ()
    if _GOVERNMENT_BODY.match(view.text, after[0].end) is None:
        return ()
    employer = after[0]
    return (Mention(cue_end + 1, stop, f"{name} ({employer.text})", employer.key),)


def speaks_for(view: SentenceView, phrase: Mention) -> Mention:
    """A plain speaker phrase as the actor's it names by role ('the spokesman for …', 'two
    U.S. officials …') or by the listed person it ends on, else as it is."""
    return (
        role_speaks_for_body(view, phrase)
        or body_before_role(view, phrase)
        or person_after_title(view, phrase)
        or next(iter(outlets_own_journalist(view, phrase.start, phrase.end)), None)
        or phrase
    )


@rule(
    "person_after_title_speaks",
    Phase.SPEAKER,
    off=None,
    examples=[
        Example(
            "“We’re in a period of prolonged provocation,” says Chairman of the Joint Chiefs of "
            "Staff Gen. Martin Dempsey.",
            ("us",),
        ),
    ],
)
def person_after_title(view: SentenceView, phrase: Mention) -> Mention | None:
    """'Chairman of the Joint Chiefs of Staff Gen. Martin Dempsey': a speaker phrase that
    ends on a person the template lists is that person, whatever title stands before the
    name (an outside role word, 'Chairman', made it an outside voice); not a former one."""
    if phrase.is_actor or FORMER.search(phrase.text):
        return None
    last = next((m for m in view.between(phrase.start, phrase.end) if m.end == phrase.end), None)
    if last is None or not last.is_actor or last.start == phrase.start:
        return None
    words = last.text.split()
    if len(words) < 2 or any(w.strip(".,’'s") in PLACE_WORDS or w.isupper() for w in words):
        return None  # 'a spokesman for North Korea': the body, which other rules read
    return Mention(phrase.start, phrase.end, phrase.text, last.key)


@rule(
    "body_before_role_speaks",
    Phase.SPEAKER,
    off=None,
    examples=[
        Example(
            "The administration has pursued backchannel talks, according to two U.S. officials "
            "familiar with the matter.",
            ("us",),
        ),
        Example(  # allsides_korea 5U7tJCIhAoq2c2L3, sentence 87
            "“We are doing our best,” said South Korean navy Capt. Kim Jin-hwang.",
            ("rok",),
        ),
        Example(  # allsides_korea gdYWrarmvgriliQx, sentence 8
            "The two B-2 bombers showed the ability of the United States to “provide extended "
            "deterrence to our allies,” said the American command in Seoul.",
            ("us",),
        ),
    ],
)
def body_before_role(view: SentenceView, phrase: Mention) -> Mention | None:
    """'two U.S. officials familiar with the matter', 'a State Department readout of the
    call', 'South Korea's national security adviser', 'South Korean navy Capt. Kim
    Jin-hwang' (a rank): a speaker phrase whose role or
    document is an actor's, named before it, speaks for that actor (never a former
    official's; a phrase naming two actors, 'the South Korean military and U.S. officials',
    stays an outside voice)."""
    if FORMER.search(phrase.text):
        return None
    head = _ROLE_HEAD.search(phrase.text)
    if not head:
        return None
    stop = phrase.start + head.end()
    before = [m for m in view.between(phrase.start, stop) if m.is_actor]
    named = [
        m
        for m in view.between(phrase.start, phrase.end)
        if m.is_actor and not _PLACE_BEFORE.search(view.text, max(0, m.start - 4), m.start)
    ]
    if len({m.key for m in named}) != 1:  # 'the American command in Seoul': a place, no party
        return None
    if not before or len(phrase.text[: before[0].start - phrase.start].split()) > 2:
        return None  # the actor modifies the role, near the phrase's start
    return Mention(phrase.start, phrase.end, phrase.text, before[0].key)


_PLACE_BEFORE = re.compile(r"\b(?:in|at)\s+$")
"""Where the speaker sits ('the American command in Seoul'), which names no second party."""
_ROLE_HEAD = re.compile(
    r"\b(?:officials?|spokes(?:man|woman|person)|advis[eo]rs?|readouts?|statements?"
    r"|sources?|aides?|diplomats?|negotiators?|envoys?|command|military"
    r"|Secretary|Minister|Ambassador|Envoy|Director|Commander|Spokes(?:man|woman)"
    r"|Advis[eo]r|commanders?|(?:Capt|Col|Gen|Adm|Lt|Maj|Cmdr|Sgt)(?=\.))\b"
)
"""The first role or document word of a speaker phrase: what names the actor comes before it."""


@rule(
    "role_speaks_for_body",
    Phase.SPEAKER,
    off=None,
    examples=[
        Example(
            "“No one can say a war will break out in Korea or not,” said the spokesman for the "
            "General Staff of the Korean People's Army.",
            ("dprk",),
        ),
    ],
)
def role_speaks_for_body(view: SentenceView, phrase: Mention) -> Mention | None:
    """'said the spokesman for the General Staff of the Korean People's Army', 'an official
    at South Korea's Unification Ministry said', 'said a statement from U.S. Pacific
    Command': a speaker named only by a spokesman's or an official's role, or a statement,
    speaks for the body it names, when that body is an actor's (not a former one's)."""
    role = _ROLE_PHRASE.match(phrase.text)
    if not role:
        return None
    body = [m for m in view.between(phrase.start + role.end(), phrase.end) if m.is_actor]
    if not body:
        return None
    return Mention(phrase.start, phrase.end, phrase.text, body[0].key)
