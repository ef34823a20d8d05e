"""Speaker finders and vetoes: who said, urged, wanted or did what in one sentence.

Each finder is a named rule (see rules.py) that returns a ``Found``; the cue stage tries them
in order. Vetoes drop a speaker that a finder proposed but the sentence's shape rules out.
"""

from __future__ import annotations

import re

from .lexicon import (
    ACCORDING,
    BOUNDARY,
    CLAUSE_OPENERS,
    NAME,
    NOT_NAMES,
    OWNER,
    PREPOSITIONS,
    PRONOUN,
    RELATIVE_HEAD,
    ROLE_OVERRIDE_HEAD,
    ROLE_PREPOSITION,
    SUBORDINATE,
)
from .mentions import Mention, MentionKind
from .rules import Example, Phase, rule
from .view import NOTHING, WORD, Found, SentenceView

SUBJECT_SEGMENTS = 4
"""How many clause segments before a cue are searched for its subject."""
SUBJECT_REACH = 90
"""A subject stands within this many characters of its verb in a long segment."""
APPOSITIVE_WORDS = 8
"""Segments up to this many words between commas may be appositives ('the envoy, …, said')."""
INVERTED_REACH = 80
"""The speaker after an inverted cue ('…," said X, a …') ends within this many characters."""
INVERTED_GAP = 3
"""At most this many words between an inverted cue and its speaker ('said U.S. Sen. X')."""
INVERTED_TAIL = 2
"""At most this many words follow an inverted cue's speaker before the clause ends."""
NEAR_CUE = 60
"""'…, X said in a statement.': at most this much follows a cue that reports what preceded."""
NP_MAX_WORDS = 12
"""A plain noun-phrase subject ('Mike Shields, president of …') has at most this many words."""


# ---- the subject before a cue ---------------------------------------------------------------

Segment = tuple[int, int, str]
"""(start, stop, separator before it) of a clause segment."""


def segments_before(text: str, floor: int, cue_start: int) -> list[Segment]:
    """The clause segments between ``floor`` and the cue, nearest first."""
    limit = cue_start
    segments: list[Segment] = []
    for boundary in reversed(list(BOUNDARY.finditer(text, floor, cue_start))):
        segments.append((boundary.end(), limit, boundary.group()))
        limit = boundary.start()
    segments.append((floor, limit, ""))
    return [seg for seg in segments if text[seg[0] : seg[1]].strip()]


@rule(
    "quoted_name_no_subject",
    Phase.VETO,
    off=False,
    examples=[
        Example("“Seoul will stop any deal, including the new one,” Clinton said.", ("other",)),
    ],
)
def quoted_name_no_subject(view: SentenceView, mention: Mention, cue_start: int) -> bool:
    """A name inside a quotation is never the subject of a cue outside it."""
    return view.quoted(mention.start) and not view.quoted(cue_start)


def _unquoted(view: SentenceView, cue_start: int) -> SentenceView:
    """The view without the mentions that cannot be the cue's subject for being quoted."""
    kept = tuple(m for m in view.mentions if not quoted_name_no_subject(view, m, cue_start))
    if len(kept) == len(view.mentions):
        return view
    return SentenceView(view.text, kept, view.headline, view.quotes, view.clause_ends)


_DEMONYM = re.compile(r"(?:an|ese|ish)$")


def is_demonym(name: str) -> bool:
    """'North Korean', 'Chinese', 'British': an adjective of nationality, which modifies the
    noun after it rather than naming a speaker of its own."""
    return bool(_DEMONYM.search(name))


@rule(
    "subject_before",
    Phase.SPEAKER,
    off=NOTHING,
    confidence=0.85,
    examples=[
        Example(
            "When the talks ended on Friday, after two hours, Seoul said the summit would go "
            "ahead.",
            ("rok",),
        ),
    ],
)
def subject_before(view: SentenceView, cue_start: int, floor: int = 0) -> Found:
    """The subject of a cue: the nearest clause segment before it that names someone."""
    view = _unquoted(view, cue_start)
    segments = segments_before(view.text, floor, cue_start)
    relative = False
    for number, segment in enumerate(segments[:SUBJECT_SEGMENTS]):
        start, stop, separator = segment
        outside = any(m.key == MentionKind.OTHER for m in view.between(start, stop))
        long = stop - start > SUBJECT_REACH and not (separator.strip() == "," and outside)
        if long and number > 0:
            break
        if long:  # the subject stands near its verb: look at the last words only
            start = max(start, view.text.rfind(" ", start, stop - SUBJECT_REACH) + 1)
        if ACCORDING.match(view.text, start):  # 'Mr. Kim, according to Yonhap, said'
            continue
        if parenthetical_clause(view.text, start, separator):
            continue
        if _opens_relative(view.text, start, stop):
            relative = True  # what a relative clause names is not the subject: its head is
            continue
        found = _segment_subject(view, segments, number, (start, stop), relative, cue_start)
        if found:
            return found
        if not _keep_looking(view, (start, stop, separator), relative):
            break
    return NOTHING


_PARENTHETICAL = re.compile(
    r"\s*(?:while|whilst|despite|after|before|when|even as|though|although)\s+[a-z]+ing\b"
)


@rule(
    "parenthetical_clause_is_no_subject",
    Phase.SPEAKER,
    off=False,
    examples=[
        Example(
            "Pentagon officials, while decrying North Korean saber-rattling, said the "
            "deployments may have raised tensions.",
            ("us",),
        ),
    ],
)
def parenthetical_clause(text: str, start: int, separator: str) -> bool:
    """'Pentagon officials, while decrying North Korean saber-rattling, said …': a clause set
    off by commas between the subject and its verb names no subject; look before it."""
    if re.fullmatch(r",\s*(?:while|whilst)\s+", separator):  # the boundary took the 'while'
        return bool(re.match(r"[a-z]+ing\b", text[start : start + 30]))
    return _soft(separator) == "," and bool(_PARENTHETICAL.match(text, start))


def _opens_relative(text: str, start: int, stop: int) -> bool:
    return bool(re.match(r"\s*(?:who|which)\b", text[start:stop]))


def _keep_looking(view: SentenceView, segment: Segment, relative: bool) -> bool:
    """Past a segment that names nobody, look further back only across an appositive."""
    start, stop, separator = segment
    if (
        not view.between(start, stop)
        and not relative
        and not _is_appositive(view.text[start:stop], separator)
    ):
        return False
    return _soft(separator) in (",", "")


def _segment_subject(
    view: SentenceView,
    segments: list[Segment],
    number: int,
    span: tuple[int, int],
    relative: bool,
    cue_start: int,
) -> Found:
    start, stop = span
    inside = [m for m in view.between(start, stop) if not _clause_between(view.text, m, cue_start)]
    subject = subject_of(view.text, inside, last=relative)
    if number == 0 and subject:
        subject = appositive_head(view, segments) or subject
        subject = first_conjunct(view, segments) + allied_with(view, subject) + subject
    if number == 0 and not subject and not inside:
        subject = relative_head(view, start) or unknown_person(view.text, start, stop)
    elif relative and not subject and not inside:  # 'Alexandra Bell, who worked …, said'
        subject = unknown_person(view.text, start, stop)
    if not subject:
        return NOTHING
    separator = segments[number][2]
    inverted = (
        number == 0
        and start > 0
        and bool(re.search(r"[,”\"]\s*$", view.text[:start].rstrip() + separator.strip()))
        and not according_opener(view.text, start)
    )
    return Found(subject, inverted and _ends_near(view.text, cue_start))


_ACCORDING_OPENER = re.compile(r"\s*According to [^,“”\"]+,\s*")


@rule(
    "according_opener_is_no_content",
    Phase.SPEAKER,
    off=False,
    examples=[
        Example(
            "According to Yonhap, the regime warned that Tokyo would, in a war, be the first "
            "target.",
            ("dprk",),
            before=("North Korea threatened Japan on Friday.",),
        ),
    ],
)
def according_opener(text: str, start: int) -> bool:
    """'According to Yonhap, the regime warned that …': the comma closes the source's phrase,
    not a quotation the verb reports, so the subject is not inverted; the verb's content
    follows it and the source relays it."""
    return bool(_ACCORDING_OPENER.fullmatch(text, 0, start))


_NEW_CLAUSE = re.compile(
    r"\b(?:after|before|when|because|since|until|while|once|as)\s+(?:the\s+)?[A-Z][\w.’'-]*"
)


def _clause_between(text: str, mention: Mention, cue_start: int) -> bool:
    """'North Korea vowed to strike the U.S. … after the United Nations imposed new
    sanctions': a clause of its own, opened by a conjunction and a capitalized subject,
    stands between the name and the cue, so the name is not the cue's subject."""
    return bool(_NEW_CLAUSE.search(text, mention.end, cue_start))


def _soft(separator: str) -> str:
    """A comma or a closing quote inside a clause ('who called it “a good talk” on Twitter,')."""
    return separator.strip().replace("”", "").replace('"', "")


_APPOSITIVE = re.compile(r"\s*(?:a|an|the|his|her|its|their|[\w.’'-]+(?:\s[\w.’'-]+){0,3}['’]s)\b")


@rule(
    "appositive_head",
    Phase.SPEAKER,
    off=(),
    examples=[
        Example(
            "Even China, North Korea's closest ally, expressed concern about the test.",
            ("china",),
        ),
    ],
)
def appositive_head(view: SentenceView, segments: list[Segment]) -> tuple[Mention, ...]:
    """'Even China, North Korea's closest ally, expressed …': the head comes first."""
    if len(segments) < 2 or segments[0][2].strip() != ",":
        return ()
    head_start, head_stop, head_separator = segments[1]
    head = view.text[head_start:head_stop]
    if not (
        _APPOSITIVE.match(view.text[segments[0][0] : segments[0][1]])
        and len(head.split()) <= 6
        and (head_start == 0 or head_separator.strip() in (",", ""))
    ):
        return ()
    return subject_of(view.text, view.between(head_start, head_stop))


_COUNTERPART = re.compile(r"\s*(?:his|her|its|their|the)\s")


_AND_ITS_ALLIES = re.compile(
    r"\s+and\s+(?:its|their|his|her)\s+(?:\w+\s+)?(?:allies|ally|partners?)\s+$"
)


@rule(
    "and_its_allies",
    Phase.SPEAKER,
    off=(),
    examples=[
        Example(
            "The U.S. and its allies South Korea and Japan are seeking immediate and "
            "verifiable removal of Pyongyang’s weapons.",
            ("us", "rok", "other"),
        ),
    ],
)
def allied_with(view: SentenceView, subject: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """'The U.S. and its allies South Korea and Japan are seeking …': the allies are named
    in apposition, and the actor before 'and its allies' is a subject too."""
    if not subject:
        return ()
    ally = _AND_ITS_ALLIES.search(view.text, 0, subject[0].start)
    if ally is None:
        return ()
    before = [m for m in view.mentions if m.end <= ally.start() and m.end >= ally.start() - 1]
    return tuple(m for m in before if m.is_actor)


@rule(
    "first_conjunct_of_appositives",
    Phase.SPEAKER,
    off=(),
    examples=[
        Example(
            "In a telephone call on Monday, the US president, Donald Trump, and his South "
            "Korean counterpart, Moon Jae-in, agreed that the North posed a grave threat.",
            ("us", "rok"),
        ),
    ],
)
def first_conjunct(view: SentenceView, segments: list[Segment]) -> tuple[Mention, ...]:
    """'the US president, Donald Trump, and his South Korean counterpart, Moon Jae-in,
    agreed': a subject in apposition to ', and his counterpart' is the second of two; the
    first is the name just before ', and' (a name alone between commas)."""
    if len(segments) < 3 or segments[0][2].strip() != ",":
        return ()
    if segments[1][2].strip(" ,") != "and":
        return ()
    if not _COUNTERPART.match(view.text[segments[1][0] : segments[1][1]]):
        return ()
    start, stop, _ = segments[2]
    named = [m for m in view.between(start, stop) if m.is_actor or m.key == MentionKind.OTHER]
    whole = len(named) == 1 and not view.text[start : named[0].start].strip()
    return (named[0],) if whole and not view.text[named[0].end : stop].strip() else ()


@rule(
    "relative_clause_head",
    Phase.SPEAKER,
    off=(),
    examples=[
        Example(
            "Trump, spending the weekend in Palm Beach, Florida, tweeted that the talks were "
            "going well.",
            ("us",),
        ),
    ],
)
def relative_head(view: SentenceView, before: int) -> tuple[Mention, ...]:
    """'Trump, who is spending a weekend in Palm Beach, Florida, tweeted': the subject is the
    head of the relative clause, not the last capitalized word before the verb."""
    head = RELATIVE_HEAD.search(view.text, 0, before)
    if not head:
        return ()
    return subject_of(view.text, [m for m in view.mentions if m.start < head.start()])


@rule(
    "unknown_person",
    Phase.SPEAKER,
    off=(),
    confidence=0.7,
    examples=[
        Example("“The talks will fail,” Wright warned.", ("other",)),
    ],
)
def unknown_person(text: str, start: int, stop: int) -> tuple[Mention, ...]:
    """'…," Wright said': a person the template does not know is an outside voice."""
    match = NAME.search(text[start:stop])
    if not match:
        return ()
    name, at = match.group(1), start + match.start(1)
    while name.split()[0] in CLAUSE_OPENERS:  # 'When Singer signed': the name is 'Singer'
        rest = name.split(maxsplit=1)
        if len(rest) < 2:
            return ()  # 'When asked …': no name at all
        at += name.index(rest[1])
        name = rest[1]
    tokens = name.split()
    if tokens[0] in NOT_NAMES or (len(tokens) == 1 and name in NOT_NAMES):
        return ()
    if PREPOSITIONS.search(text[max(0, at - 12) : at]):
        return ()  # '… on Twitter, said': a place or medium, not a person
    return (Mention(at, at + len(name), name, MentionKind.OTHER),)


def _ends_near(text: str, cue_start: int) -> bool:
    """'…, X said in a statement.': little follows the cue, so it reports what came before."""
    return len(re.split(r"[,;]", text[cue_start:])[0].strip()) <= NEAR_CUE


def _is_appositive(segment: str, separator: str) -> bool:
    return (
        _soft(separator) in (",", "")
        and bool(separator.strip())
        and len(segment.split()) <= APPOSITIVE_WORDS
    )


# ---- the speaker after an inverted cue ------------------------------------------------------

_LEADING_NAME = re.compile(r"\s*((?:[A-Z][\w.'’-]+\s+){0,3}[A-Z][\w.'’-]+)(?=\s|$|[,;.])")
"""'said David Albright from the Institute …': the capitalized name right after the cue."""
AFTER_STOP = re.compile(
    r"[,;(]|(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSen)(?<!\bRep)(?<!\bGen)(?<!\bLt)(?<!\bCol)"
    r"(?<!\bCapt)(?<!\bCmdr)(?<!\bAdm)(?<!\bGov)(?<!\bMaj)(?<!\bSgt)(?<!\b[A-Z])\.(?:\s|$)"
    r"|\s+that\s+"
)
"""Where the name after an inverted cue ends: a comma, a full stop (not a title's or an
initial's: 'U.S. intelligence' goes on), 'that'."""
_ROLE_AFTER = re.compile(
    r",\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}?(?:spokes\w+|official|adviser|advisor|aide"
    r"|envoy|ambassador|minister|officer|director|secretary|negotiator|commander|chief|head)"
    r"\s+(?:for|of|at|with|in)\s+(?:the\s+)?"
)
SPOKES_FOR = re.compile(
    r",\s+(?:a|an|the)\s+(?:(?!former|retired)[\w-]+\s+){0,2}?(?:spokes\w+|official)\s+"
    r"(?:for|of|at|with|in)\s+(?:the\s+)?"
)
"""', an official with South Korea's Defense Ministry': only a spokesman or an official
speaks for the body after the role ('director for Korea and China' names a portfolio)."""
_BODY_ROLE_AFTER = re.compile(
    r",\s+(?:a|an|the)\s+(?P<body>(?:(?!former|retired)[\w.’'-]+\s+){1,4}?)"
    r"(?:spokes(?:man|woman|person)|official"
    r"|envoy|ambassador|minister|negotiator)\s*[,.;]"
)
_ADDRESSEE = re.compile(r"\b(?:told|tells|tell|informed|briefed|asked|urged|warned)$")
_SAY = re.compile(r"said|says|added|adds|wrote|writes|noted|stated|explained|argued|continued")
"""'…, said Kelley': after a comma, a saying verb's speaker is the name that follows it."""


def invertible(text: str, start: int) -> bool:
    """Only '…," said X' or '…, said X' puts the speaker after the cue."""
    before = text[:start].rstrip()
    return not before or before.endswith((",", "”", '"', "’"))


def _after_quote(text: str, start: int) -> bool:
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
    if found and not _after_quote(view.text, start) and not _SAY.fullmatch(cue):
        return NOTHING
    return Found(after, True)


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
    ]
    subject = subject_of(text, inside if near else [], objects=True)
    if subject and len(text[subject[-1].end : stop].split()) > INVERTED_TAIL:
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


@rule(
    "title_chain_name",
    Phase.SPEAKER,
    off=(),
    examples=[
        Example(
            "“Sanctions must grow,” said U.S. Ambassador Nikki Haley.",
            ("us",),
        ),
    ],
)
def title_chain_name(
    text: str, first: Mention, inside: list[Mention], stop: int
) -> tuple[Mention, ...]:
    """'…,” said U.S. Ambassador Nikki Haley': the actor's name opens a title that ends in a
    name of the same actor, who is the speaker. Any other long tail after the name opens the
    content ('…, said Pyongyang would not …'): no speaker."""
    for later in inside:
        if (
            later.start > first.end
            and later.key == first.key
            and _TITLE_GAP.fullmatch(text, first.end, later.start)
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
            "Washington wants Beijing to stop the money trail into North Korea, said the "
            "official and a senior State Department official.",
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
    tail = leading.group(1) if leading and not text[leading.end() : stop].strip() else ""
    if not tail or PRONOUN.fullmatch(tail) or tail.split()[0] in NOT_NAMES:
        return ()
    return employer_of(view, tail, cue_end, stop) or (
        Mention(cue_end, stop, tail, MentionKind.OTHER),
    )


@rule(
    "speaks_for_employer",
    Phase.SPEAKER,
    off=(),
    examples=[
        Example(
            "“We remain ready,” said Cmdr. Nate Christensen, a spokesman for U.S. Pacific Command.",
            ("us",),
        ),
    ],
)
def employer_of(
    view: SentenceView, name: str, cue_end: int, stop: int, roles: re.Pattern[str] | None = None
) -> tuple[Mention, ...]:
    """'said Cmdr. X, a spokesman for U.S. Pacific Command', 'Col. X, a Pentagon spokesman,':
    X speaks for the employer."""
    role = (roles or _ROLE_AFTER).match(view.text, stop)
    if role:
        employer = [m for m in view.mentions if role.end() <= m.start < role.end() + 40]
    elif body := _BODY_ROLE_AFTER.match(view.text, stop):  # ', a Pentagon spokesman'
        employer = [m for m in view.between(*body.span("body")) if not m.text.endswith("’s")]
    else:
        return ()
    if not employer or employer[0].key in (MentionKind.PRONOUN, MentionKind.MEDIA, "other"):
        return ()
    return (Mention(cue_end + 1, stop, f"{name} ({employer[0].text})", employer[0].key),)


# ---- a plain noun phrase as the subject -----------------------------------------------------

NOUN_PRONE = re.compile(
    r"states|reports|claims|claim|notes|note|posted|termed|called \w+|described"
)
"""Saying words that are often nouns or need an object: no plain-phrase subject for them."""
_CONTENT_OPENS = re.compile(r"\s*(?::|that\b|[“\"])")
_NOUN_BEFORE = re.compile(
    r"(?:\b(?:on|over|of|about|amid|despite|for|to|false|news|such|these|those|the|his|her|its"
    r"|their|and|or)|['’]s|,)\s+(?:\w+\s+)?\w+$"
)
"""'over claims that', "Trump's false claims that", ', claims that': the word is a noun."""


def noun_prone(text: str, cue_start: int, cue_end: int) -> bool:
    """Whether a noun-prone saying word ('claims', 'notes') stands where it may be a noun."""
    return bool(NOUN_PRONE.fullmatch(text[cue_start:cue_end])) and not (
        noun_prone_verb_before_content(text, cue_end)
    )


@rule(
    "noun_prone_verb_before_content",
    Phase.SPEAKER,
    off=False,
    examples=[
        Example(
            "The lawsuit claims that Pyongyang hid its assets abroad.",
            ("other",),
        ),
    ],
)
def noun_prone_verb_before_content(text: str, cue_end: int) -> bool:
    """'the suit claims that …', 'The ad claims “Jeb is the conservative you can trust”',
    'X, a GOP consultant, notes that …': a word that is mostly a noun is a saying verb when
    'that', a colon or a quotation follows it, however far its subject stands."""
    if text[max(0, cue_end - 7) : cue_end] == "reports":
        return False  # 'news reports that …': the noun takes a 'that' clause as often
    return bool(_CONTENT_OPENS.match(text, cue_end)) and not _NOUN_BEFORE.search(
        text, max(0, cue_end - 40), cue_end
    )


_NP_BOUNDARY = re.compile(r"[”\"]\s*,?\s*|[;:]\s+|\bthat\s+|^\s*")
_NP_LEAD = re.compile(
    r"^(?:(?:but|and|yet|so|still|however|meanwhile|now|then|also|instead|indeed|later"
    r"|that[’']s\s+(?:when|why|how)|this\s+is\s+(?:when|why|how))\b,?\s*)+",
    re.IGNORECASE,
)
_NP_NOT_HEAD = re.compile(
    r"^(?:in|on|at|after|before|during|since|as|while|when|if|for|with|by|from|of|to|under"
    r"|over|asked|speaking|writing|like|unlike|despite|although|though|because|where|which"
    r"|who|whom|whose|including|according|[a-z]+ing)\b",
    re.IGNORECASE,
)
_NP_WORD = re.compile(r"[\w’'.%-]+")


@rule(
    "plain_subject",
    Phase.SPEAKER,
    off=NOTHING,
    confidence=0.6,
    examples=[
        Example(
            "Election officials in Ohio said turnout was high, and Pyongyang was not mentioned.",
            ("other",),
        ),
    ],
)
def plain_subject(view: SentenceView, cue_start: int, cue_end: int) -> Found:
    """The noun phrase right before a saying verb ('election officials said', '“…,” Anne
    Richards, an assistant secretary, said') or right after an inverted one: a speaker the
    template and the role lists do not know is still a speaker."""
    text = view.text
    if view.quoted(cue_start) or noun_prone(text, cue_start, cue_end):
        return NOTHING
    before = max((m.end() for m in _NP_BOUNDARY.finditer(text, 0, cue_start)), default=0)
    phrase = head_phrase(text, before, cue_start)
    if phrase:
        return Found((phrase,), False)
    if invertible(text, cue_start):
        stop = AFTER_STOP.search(text, cue_end)
        phrase = head_phrase(text, cue_end, stop.start() if stop else len(text))
        if phrase:
            return Found((phrase,), True)
    return NOTHING


def head_phrase(text: str, start: int, stop: int) -> Mention | None:
    """The first comma part of text[start:stop] that can head a subject noun phrase."""
    position = start
    for part in text[start:stop].split(","):
        begin = position
        position += len(part) + 1
        lead = _NP_LEAD.match(part)
        offset = lead.end() if lead else 0
        words = _NP_WORD.findall(part[offset:])
        if not words or _NP_NOT_HEAD.match(part[offset:].lstrip()):
            continue
        if len(words) > NP_MAX_WORDS or PRONOUN.fullmatch(words[0]) and len(words) == 1:
            return _last_part(text, start, stop)
        body = part[offset:].strip()
        first = begin + offset + part[offset:].index(body)
        return Mention(first, first + len(body), body, generic_body(body))
    return None


_GENERIC_BODY = re.compile(
    r"(?:the|a|an|its|their)\s+(?:(?:[A-Z][a-z]+|foreign|defen[cs]e|state|official|top"
    r"|senior|\w+['’]s)\s+){0,3}(?:ministry|ministry['’]s statement|statement|spokes(?:man|woman"
    r"|person)|officials?|government|embassy|agency|office|department|military|authorities"
    r"|delegation|leadership|regime|minister|secretary|envoy|ambassador)",
    re.IGNORECASE,
)


@rule(
    "institution_resolves_back",
    Phase.SPEAKER,
    off=MentionKind.OTHER,
    examples=[
        Example(
            "The Foreign Ministry's statement said experts would be invited.",
            ("dprk",),
            before=("North Korea will dismantle its nuclear test site this month.",),
        ),
    ],
)
def generic_body(body: str) -> MentionKind:
    """'the Foreign Ministry's statement said', 'a senior official said': an institution or
    role named without its state means the one the article is speaking of (resolved like a
    pronoun), not an outside voice."""
    return MentionKind.PRONOUN if _GENERIC_BODY.fullmatch(body) else MentionKind.OTHER


def _last_part(text: str, start: int, stop: int) -> Mention | None:
    """'Her comments were made on a messaging platform, officials said': after a long clause,
    the short phrase after its last comma is the speaker."""
    head, comma, tail = text[start:stop].rpartition(",")
    words = _NP_WORD.findall(tail)
    if not comma or not words or len(words) > NP_MAX_WORDS // 2:
        return None
    if _NP_NOT_HEAD.match(tail.strip()):
        return None
    body = tail.strip()
    first = start + len(head) + 1 + tail.index(body)
    return Mention(first, first + len(body), body, MentionKind.OTHER)


# ---- vetoes ---------------------------------------------------------------------------------

_NOUN_LIKE = re.compile(
    r"(?:notes|reports|claims|states|calls|demands|promises|offers|threats|hopes|fears|views"
    r"|doubts|signals|highlights|praises|requests|proposals|warnings|pledges|vows|sees)"
)
_PLURAL_NOUN_CUE = re.compile(
    r"(?:calls for|calls on|demands|threats|promises|offers|proposals|hopes"
    r"|views|fears|doubts|concerns|claims|reports|statements)"
)


@rule(
    "demonym_no_subject",
    Phase.VETO,
    off=False,
    examples=[
        Example(
            "North Korean demands for sanctions relief stalled the talks.",
            (),
        ),
    ],
)
def demonym_no_subject(mention: Mention, cue: str) -> bool:
    """'North Korean demands for …': a demonym before a plural noun is no subject."""
    return is_demonym(mention.text) and bool(
        _PLURAL_NOUN_CUE.fullmatch(cue)
    )


@rule(
    "noun_far_from_subject",
    Phase.VETO,
    off=False,
    examples=[
        Example(
            "Kim Yo Jong sat next to her brother at the table scribbling notes.",
            (),
        ),
    ],
)
def noun_far_from_subject(text: str, speaker: Mention, cue_start: int, cue: str) -> bool:
    """'She … sat next to him scribbling notes': a word that is mostly a noun counts as a
    verb only right after its subject."""
    if not _NOUN_LIKE.fullmatch(cue) or speaker.start > cue_start:
        return False
    if noun_prone_verb_before_content(text, cue_start + len(cue)):
        return False
    return len(text[speaker.end : cue_start].split()) > INVERTED_GAP


@rule(
    "subordinate_subject",
    Phase.VETO,
    off=False,
    examples=[
        Example(
            "The talks will collapse if Washington withdrew its offer, the paper said.",
            (),
        ),
    ],
)
def subordinate_subject(text: str, speaker: Mention) -> bool:
    """'since it conducted its first test', 'if Washington withdrew': a conditional or time
    clause reports no stance of its own."""
    before = text[max(0, speaker.start - 16) : speaker.start]
    return bool(SUBORDINATE.search(before[-10:])) and not _CLEFT.search(before)


_CLEFT = re.compile(r"\b(?:That|This|It)(?:['’]s| is| was)\s+(?:when|where)\s+$")
"""'That's when North Korea told U.S. officials …': a cleft, whose 'when' opens the main
clause itself."""


# ---- subjects among mentions ----------------------------------------------------------------

_CONJUNCTION = re.compile(
    r"\b(?:and|but|or|as|while|because|when|if|since|though|although|so|whereas)\b"
)
CLAUSE_WORDS = 2
"""A conjunction with more than this many words around it starts a new clause."""


def _clause_start(text: str, usable: list[Mention]) -> int:
    """Index of the first mention of the last clause: 'Iran warned that President Trump
    should not be trusted and China said …' makes China, not Trump, the subject."""
    start = 0
    for index in range(1, len(usable)):
        between = text[usable[index - 1].end : usable[index].start]
        if _CONJUNCTION.search(between) and len(WORD.findall(between)) > CLAUSE_WORDS:
            start = index
    return start


_PRIVATE_PEOPLE = (
    r"tour groups|tourists?|travell?ers?|compan(?:y|ies)|firms?|businesses|businessm[ae]n"
    r"|students?|residents?|citizens?|civilians?|people|workers?|defectors?|refugees?|fans"
    r"|activists?|protesters?|families|netizens|consumers|shoppers|traders|fishermen"
    r"|journalists?|reporters?"
)
_PRIVATE_AFTER_NAME = re.compile(rf"\s+(?:{_PRIVATE_PEOPLE})\b")
"""'Kim Kwang Chon, a Pyongyang citizen, told …': a place's private people."""
_THING_AFTER_DEMONYM = re.compile(
    r"\s+(?:aggression|provocations?|threats?|missiles?|nuclear"
    r"|weapons|programs?|programmes?|tests?|launch(?:es)?|rhetoric|behaviou?r|actions?|economy"
    rf"|border|territory|waters|soil|arsenal|capabilit(?:y|ies)|sanctions|crisis|issue"
    rf"|{_PRIVATE_PEOPLE})\b"
    r"(?!\s+(?:authorities|guards?|officials?|police|troops|soldiers|forces|envoys?"
    r"|negotiators?|agency|chiefs?)\b)"
)
"""'continued North Korean aggression threatens …', 'some Chinese tour groups have
canceled visits': a demonym that modifies a thing or private people, who do not speak for
the state (unlike 'South Korean officials said', 'North Korean border authorities denied',
'the North Korean nuclear envoy said')."""


@rule(
    "demonym_of_a_thing",
    Phase.VETO,
    off=False,
    examples=[
        Example(
            "The Pentagon is taking the test seriously, saying continued North Korean "
            "aggression threatens to destabilize the region.",
            ("us",),
        ),
        Example(
            "Japan has deployed missile defense systems around Tokyo, and some Chinese tour "
            "groups have canceled visits to North Korea.",
            ("other",),
        ),
        Example(
            "“We will celebrate the Day of the Sun even if war breaks out tomorrow,” Kim Kwang "
            "Chon, a Pyongyang citizen, told The Associated Press.",
            ("other",),
        ),
    ],
)
def demonym_of_a_thing(text: str, mention: Mention) -> bool:
    """'North Korean aggression threatens …', 'Chinese tour groups have canceled …': a demonym
    that modifies a thing (aggression, missiles, rhetoric …) or private people (tourists,
    companies, workers …), or a place's private people ('a Pyongyang citizen'), names no
    one who speaks or acts for the state."""
    if is_demonym(mention.text):
        return bool(_THING_AFTER_DEMONYM.match(text, mention.end))
    return mention.is_actor and bool(_PRIVATE_AFTER_NAME.match(text, mention.end))


def _can_be_subject(text: str, mention: Mention) -> bool:
    """Not the object of a preposition, unless it follows a role ('officials in Seoul'), nor
    of a verb's -ing form ('advocated engaging Pyongyang with dialogue')."""
    before = text[max(0, mention.start - 40) : mention.start]
    if demonym_of_a_thing(text, mention):
        return False
    if mention.key == MentionKind.MEDIA and not media_after_preposition(before):
        return True
    return bool(ROLE_PREPOSITION.search(before)) or not (
        PREPOSITIONS.search(before[-12:])
        or _GERUND_BEFORE.search(before)
        or _in_city_and_country(text, mention, before)
    )


@rule(
    "media_after_preposition_no_subject",
    Phase.VETO,
    off=False,
    examples=[
        Example(
            "In an interview broadcast on CNN, the spokesman said Seoul would host the talks.",
            ("rok",),
            before=("South Korea’s foreign ministry spoke on Sunday.",),
        ),
    ],
)
def media_after_preposition(before: str) -> bool:
    """'In an email provided to The Post, the officer said', 'On CBS’ Face the Nation, she
    stated': a news outlet after a preposition is the object of an opening phrase, not the
    subject of the cue."""
    return bool(PREPOSITIONS.search(before[-12:])) and not ROLE_PREPOSITION.search(before)


def _in_city_and_country(text: str, mention: Mention, before: str) -> bool:
    """'the comments at a meeting in Manilla, Philippines, and offered': a name between a
    city's comma and another comma is its country, inside the object. Not after an opening
    phrase ('Speaking in Harlem, Clinton, without naming him, accused …')."""
    return (
        bool(_PLACE_AFTER_CITY.search(before))
        and text[mention.end : mention.end + 1] == ","
        and not _OPENING_PHRASE.match(text)
    )


_OPENING_PHRASE = re.compile(
    r"\s*[“\"]?(?:[A-Z][a-z]+(?:ing|ed)|In|At|On|From|After|Before|During|While|When|Amid)\b"
)


_PLACE_AFTER_CITY = re.compile(r"\b(?:in|at|from|near|to|outside)\s+[A-Z][\w.’'-]*,\s+$")
"""'in Manilla, ' right before a name."""
_GERUND_BEFORE = re.compile(r"\b[a-z]{3,}ing\s+(?:the\s+)?$")
"""'engaging Pyongyang', 'pressuring the North': the name is the object of an -ing form."""


def subject_of(
    text: str, inside: list[Mention], last: bool = False, objects: bool = False
) -> tuple[Mention, ...]:
    """Mentions that can be a subject: not objects of prepositions (unless ``objects``, for
    the name after 'according to' or 'said'); compound 'A and B'."""
    usable = [m for m in inside if objects or _can_be_subject(text, m)]
    usable = [m for m in usable if not role_of_named_body(text, m, usable)]
    if not usable:
        return ()
    if last:
        return (usable[-1],)
    usable = usable[_clause_start(text, usable) :]
    return _role_or_media(text, usable) or _compound(text, usable)


@rule(
    "role_of_named_body",
    Phase.SPEAKER,
    off=False,
    examples=[
        Example(
            "The spokesman for China's Foreign Ministry said all sides should show restraint.",
            ("china",),
        ),
    ],
)
def role_of_named_body(text: str, mention: Mention, usable: list[Mention]) -> bool:
    """'The spokesman for China's Foreign Ministry', 'the statement from the White House':
    a role or statement that names its body speaks for that body, so the role is no
    subject of its own that would refer back."""
    if mention.key != MentionKind.PRONOUN:
        return False
    for other in usable:
        if other.start > mention.end:
            role = ROLE_PREPOSITION.search(text, mention.start, other.start)
            return role is not None and role.start() < mention.end
    return False


def _role_or_media(text: str, usable: list[Mention]) -> tuple[Mention, ...]:
    """'former officials of …' overrides the actor named; "South Korea's Yonhap news agency"
    is the agency, not the state."""
    overriding = [
        m
        for m in usable
        if m.key == MentionKind.OTHER
        and ROLE_OVERRIDE_HEAD.match(m.text)
    ]
    if overriding:
        return (overriding[0],)
    media = [m for m in usable if m.key == MentionKind.MEDIA]
    if media and all(_modifier(text, m) for m in usable if m.key != MentionKind.MEDIA):
        owner = [m for m in usable if m.key != MentionKind.MEDIA]
        if owner and _STATE_MEDIA.search(text, max(0, owner[0].start - 12), media[0].end):
            return (owner[0],)  # 'North Korean state media', 'official North Korean news agency'
        return (media[0],)
    return ()


_STATE_MEDIA = re.compile(r"(?<![\w-])(?:[Ss]tate|[Oo]fficial)\b")
"""A state's own media speak for it (guidelines: KCNA is North Korea's voice, not a conduit)."""


def _compound(text: str, usable: list[Mention]) -> tuple[Mention, ...]:
    """'Moon and Kim', 'Trump and President Xi': a compound subject."""
    head = usable[0]
    group = [head]
    for mention in usable[1:]:
        between = text[group[-1].end : mention.start]
        if (mention.start, mention.end) == (group[-1].start, group[-1].end):
            group.append(mention)  # 'the two leaders': one span naming a pair
        elif _CONJUNCT.fullmatch(between):
            group.append(mention)
        elif _STAFF_TITLE.fullmatch(between):
            group[-1] = mention  # 'Trump spokeswoman Hope Hicks': the person speaks
        elif re.fullmatch(r"[’']s\s+[^,]{0,40}", between) or mention.key == head.key:
            continue
        else:
            break
    return tuple(group)


_CONJUNCT = re.compile(
    r"\s*(?:and|,)\s*(?:(?:his|her|their|the)\s+)?(?:Mr\.|Ms\.|President|Chairman|leader)?\s*"
)
"""'Moon and Kim', 'Kerry and his South Korean counterpart': the next conjunct of a subject."""

_STAFF_TITLE = re.compile(
    r"(?:['’]s)?\s+(?:[a-z]+\s+){0,2}(?:spokes(?:man|woman|person)|aide|adviser|advisor|envoy"
    r"|official|minister|secretary|ambassador|negotiator|press secretary)\s+"
)


def _modifier(text: str, mention: Mention) -> bool:
    """A demonym or possessive that modifies the noun after it ("South Korean", "Seoul's")."""
    return is_demonym(mention.text) or bool(
        re.match(r"['’]s\b", text[mention.end : mention.end + 2])
    )
