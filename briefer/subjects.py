"""Which of a clause's mentions can be its subject: not a preposition's object, not a
demonym of a thing, a compound 'A and B', a role or medium before an actor.

Shared by the speaker finders (speakers.py, inverted.py, phrases.py).
"""

from __future__ import annotations

import re

from .lexicon import PREPOSITIONS, ROLE_OVERRIDE_HEAD, ROLE_PREPOSITION, TITLE_WORDS
from .mentions import Mention, MentionKind, place_or_body
from .rules import Example, Phase, rule
from .view import WORD, SentenceView

_DEMONYM = re.compile(
    r"(?<!st)(?<!\bJap)(?<!\bIr)(?<!\bTaiw)(?<!\bSud)(?<!\bOm)(?<!\bJord)(?:an|ese|ish)$"
)
"""Ends of nationality adjectives; not of the countries whose names end so ('Japan', 'Iran',
'Taiwan', 'Pakistan')."""


def is_demonym(name: str) -> bool:
    """'North Korean', 'Chinese', 'British': an adjective of nationality, which modifies the
    noun after it rather than naming a speaker of its own."""
    return bool(_DEMONYM.search(name))


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
        if (
            _CONJUNCTION.search(between)
            and len(WORD.findall(between)) > CLAUSE_WORDS
            and not _titled_conjunct(between)
        ):
            start = index
    return start


_PRIVATE_PEOPLE = (
    r"tour groups|tourists?|travell?ers?|compan(?:y|ies)|firms?|businesses|businessm[ae]n"
    r"|students?|residents?|citizens?|civilians?|people|workers?|defectors?|refugees?|fans"
    r"|activists?|protesters?|families|netizens|consumers|shoppers|traders|fishermen"
    r"|journalists?|reporters?"
)
_PRIVATE_AFTER_NAME = re.compile(
    rf"\s+(?:{_PRIVATE_PEOPLE}|supporters|voters|critics|opponents|detractors|loyalists)\b"
)
"""'Kim Kwang Chon, a Pyongyang citizen, told …': a place's private people; 'Trump
supporters have said …': a leader's followers or critics, who do not speak for the state
('Republican voters' stay speakers: a party names no actor)."""
_THING_AFTER_DEMONYM = re.compile(
    r"\s+(?:aggression|provocations?|threats?|missiles?|nuclear"
    r"|weapons|programs?|programmes?|tests?|launch(?:es)?|rhetoric|behaviou?r|actions?|economy"
    rf"|border|territory|waters|soil|arsenal|capabilit(?:y|ies)|sanctions|crisis|issue"
    rf"|simulations?|stud(?:y|ies)|research|surveys?|polls?|war\s+games?|scenarios?"
    rf"|{_PRIVATE_PEOPLE})\b"
    r"(?!\s+(?:authorities|guards?|officials?|police|troops|soldiers|forces|envoys?"
    r"|negotiators?|agency|chiefs?)\b)"
)
"""'continued North Korean aggression threatens …', 'some Chinese tour groups have
canceled visits', 'A South Korean simulation … estimated': a demonym that modifies a thing
(a study among them: its authors are no state) or private people, who do not speak for
the state (unlike 'South Korean officials said', 'North Korean border authorities denied',
'the North Korean nuclear envoy said')."""


_THING_AFTER_POSSESSIVE = re.compile(
    r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}?(?:pursuit|programs?|programmes?|economy|arsenal"
    r"|weapons|rhetoric|behaviou?r|aggression|provocations?|capabilit(?:y|ies)|ambitions?"
    r"|development)\b"
)
"""'North Korea's reckless pursuit of nuclear weapons threatens …': the actor owns the
subject, a thing, and is not the subject."""


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
        Example(  # allsides_korea Wo7iDFJZL2KKYb1q, sentence 52
            "A South Korean simulation conducted in 2004 estimated that there could be up to "
            "2 million deaths.",
            (),
        ),
        Example(
            "“We will celebrate the Day of the Sun even if war breaks out tomorrow,” Kim Kwang "
            "Chon, a Pyongyang citizen, told The Associated Press.",
            ("other",),
        ),
        Example(  # allsides_korea NWpzUR7Yxp3Kmhsl, sentence 16
            "“North Korea’s reckless pursuit of nuclear weapons threatens the entire world,” "
            "Trump said.",
            ("us",),
        ),
    ],
)
def demonym_of_a_thing(text: str, mention: Mention) -> bool:
    """'North Korean aggression threatens …', 'Chinese tour groups have canceled …': a demonym
    that modifies a thing (aggression, missiles, rhetoric …) or private people (tourists,
    companies, workers …), a place's private people ('a Pyongyang citizen'), or an actor
    that owns a thing ('North Korea's reckless pursuit of nuclear weapons threatens …')
    names no one who speaks or acts for the state."""
    if is_demonym(mention.text):
        return bool(_THING_AFTER_DEMONYM.match(text, mention.end))
    if not mention.is_actor:
        return False
    if _PRIVATE_AFTER_NAME.match(text, mention.end):
        return True
    opens = text[: mention.start].strip() in ("", "“", '"')  # the sentence's own subject
    return opens and bool(_THING_AFTER_POSSESSIVE.match(text, mention.end))


_CONJUNCTION_BEFORE = re.compile(r"\b(?:[Aa]fter|[Bb]efore|[Uu]ntil)\s+(?:[Tt]he\s+)?$")
_PAST_AFTER = re.compile(
    r"(?:['’]s(?:\s+[a-z][\w-]*){1,3})?"  # 'after Seoul's top diplomat said …'
    r"\s+(?:\w+ly\s+)?(?:[a-z]{2,}ed|test-fired|had|was|were|went|took|made|gave|sent|held|met"
    r"|began|spoke|told|said|wrote|threw|struck|broke|flew|shot|led|won|left|drew|sought)\b"
)
"""'after' and 'before' open a clause, not a phrase, when a verb in the past follows the
name ('after the two leaders signed …', 'after Pyongyang test-fired …') or after a noun the
name owns ('after Seoul's top diplomat said …')."""


_PREPOSITION_AND_TITLE = re.compile(
    r"\b(?:to|with|for|from|against|toward|towards)\s+(?:(?:the\s+)?[A-Z][\w.’'-]*\s+(?:of\s+)?)"
    r"{1,4}$"
)
"""A titled name after a preposition ('a letter to Secretary of State Rex Tillerson'): the
preposition's object, though its title holds 'of'."""


def _can_be_subject(text: str, mention: Mention) -> bool:
    """Not the object of a preposition, unless it follows a role ('officials in Seoul'), nor
    of a verb's -ing form ('advocated engaging Pyongyang with dialogue')."""
    before = text[max(0, mention.start - 40) : mention.start]
    if demonym_of_a_thing(text, mention):
        return False
    if mention.key == MentionKind.MEDIA and not media_after_preposition(before):
        return True
    if _CONJUNCTION_BEFORE.search(before) and _PAST_AFTER.match(text, mention.end):
        return True  # 'after the two leaders signed …': a clause's subject, no object
    if mention.key == MentionKind.MEDIA and media_after_preposition(before):
        return False  # 'In a CNN interview Trump said …'
    if _PREPOSITION_AND_TITLE.search(before):
        return False  # 'a letter to Secretary of State Rex Tillerson … urging'
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
        Example("In a CNN interview Trump said he would meet Kim.", ("us",)),
    ],
)
def media_after_preposition(before: str) -> bool:
    """'In an email provided to The Post, the officer said', 'On CBS’ Face the Nation, she
    stated': a news outlet after a preposition is the object of an opening phrase, not the
    subject of the cue; so is one after 'in a' ('In a CNN interview Trump said …')."""
    return bool(
        PREPOSITIONS.search(before[-12:]) or _IN_AN.search(before[-12:])
    ) and not ROLE_PREPOSITION.search(before)


_IN_AN = re.compile(r"\b(?:in|on|to|during|with|from)\s+(?:a|an)\s+$", re.IGNORECASE)


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
    usable = [
        m
        for m in usable
        if not role_of_named_body(text, m, usable) and not relation_before_name(text, m, usable)
    ]
    if not usable:
        return ()
    if last:
        return _compound_ending(text, usable)
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


_RELATION = re.compile(
    r"(?:['’]s?)?\s+(?:(?:closest|close|main|only|key|major|longtime|long-time|traditional"
    r"|chief|biggest|powerful|sole|old|top|fellow|regional|former|treaty|nuclear-armed)\s+)*"
    r"(?:neighbou?rs?|ally|allies|partners?|backers?|patrons?|benefactors?|rivals?|enem(?:y|ies)"
    r"|foes?|adversar(?:y|ies)|friends?|protectors?)\s*,?\s*(?:the\s+)?"
)


@rule(
    "relation_before_name",
    Phase.SPEAKER,
    off=False,
    examples=[
        Example(
            "Still, North Korean neighbors China and Russia have expressed their concerns "
            "over the continuous threats of nuclear strikes coming from Pyongyang.",
            ("china", "other"),
        ),
        Example(
            "North Korea's ally China has called for calm.",
            ("china",),
        ),
    ],
)
def relation_before_name(text: str, mention: Mention, usable: list[Mention]) -> bool:
    """'North Korean neighbors China and Russia have expressed …', 'North Korea's ally China
    called …': an actor named for a relation ('neighbors', 'ally', 'rival') of the name
    right after it is no subject: the name is."""
    following = [m for m in usable if m.start >= mention.end]
    return bool(following) and bool(_RELATION.fullmatch(text, mention.end, following[0].start))


@rule(
    "intelligence_role_speaks",
    Phase.SPEAKER,
    off=None,
    examples=[
        Example(  # Korea dev kf2NkFx2ulmJJJMv, sentence 13
            "U.S. intelligence experts say Pyongyang believes it needs the nuclear weapons to "
            "ensure its survival.",
            ("us",),
        ),
    ],
)
def intelligence_role_speaks(text: str, role: Mention, usable: list[Mention]) -> Mention | None:
    """'U.S. intelligence experts say …', 'South Korean intelligence analysts': experts or
    analysts of an actor's intelligence service speak for it (GUIDELINES 3: US intelligence
    and those who speak for it are the United States), unlike 'North Korea experts', whom
    the actor's name only gives a subject."""
    before = [m for m in usable if m.is_actor and m.end <= role.start]
    if not before:
        return None
    actor = before[-1]
    if actor.text.lower().endswith("intelligence"):  # the alias 'U.S. intelligence'
        return actor if not text[actor.end : role.start].strip() else None
    return actor if _INTELLIGENCE.fullmatch(text, actor.end, role.start) else None


_INTELLIGENCE = re.compile(r"(?:['’]s)?\s+intelligence\s+(?:community\s+|agency\s+)?")
"""What stands between an actor and a role that speaks for its intelligence service."""


def _role_or_media(text: str, usable: list[Mention]) -> tuple[Mention, ...]:
    """'former officials of …' overrides the actor named; "South Korea's Yonhap news agency"
    is the agency, not the state."""
    overriding = [
        m for m in usable if m.key == MentionKind.OTHER and ROLE_OVERRIDE_HEAD.match(m.text)
    ]
    if overriding:
        spy = intelligence_role_speaks(text, overriding[0], usable)
        if spy:
            return (spy,)
        return mixed_group_holds_each(text, overriding[0], usable) or (overriding[0],)
    media = [m for m in usable if m.key == MentionKind.MEDIA]
    if media and all(_modifier(text, m) for m in usable if m.key != MentionKind.MEDIA):
        owner = [m for m in usable if m.key != MentionKind.MEDIA]
        if owner and _STATE_MEDIA.search(text, max(0, owner[0].start - 12), media[0].end):
            return (owner[0],)  # 'North Korean state media', 'official North Korean news agency'
        return (media[0],)
    return ()


@rule(
    "mixed_group_holds_each",
    Phase.SPEAKER,
    off=None,
    examples=[
        Example(  # allsides_korea 3sePmyA1NbmngrPs, sentence 27 (corpus audit)
            "Washington and nuclear experts have been skeptical about past North Korean claims "
            "about H-bombs.",
            ("us", "other"),
        ),
        Example(
            "Analysts and U.S. officials said the launch was a failure.",
            ("other", "us"),
        ),
        Example(  # GUIDELINES 3's own example
            "Analysts and some U.S. officials said the new sanctions would be hard to enforce.",
            ("other", "us"),
        ),
    ],
)
def mixed_group_holds_each(
    text: str, role: Mention, usable: list[Mention]
) -> tuple[Mention, ...] | None:
    """'Washington and nuclear experts have been skeptical', 'Analysts and U.S. officials
    said': an outside role ('experts') overrides the actor that only modifies it ('North
    Korea experts'), not one joined to it by 'and': a mixed group gives each of its members
    (GUIDELINES 3). None: the role alone."""
    joined = [
        m
        for m in usable
        if m.is_actor
        and (
            (m.end <= role.start and _AND_BEFORE_ROLE.fullmatch(text, m.end, role.start))
            or (
                m.start >= role.end
                and _AND_AFTER_ROLE.fullmatch(text, role.end, m.start)
                and _ENDS_THE_SUBJECT.match(text, m.end)
            )
        )
    ]
    return tuple(sorted([role, *joined], key=lambda m: m.start)) if joined else None


_AND_BEFORE_ROLE = re.compile(r",?\s+and\s+(?:[a-z][\w-]*\s+){0,2}")
"""'Washington and nuclear experts': 'and', perhaps a word or two that qualify the role."""
_AND_AFTER_ROLE = re.compile(
    r",?\s+and\s+(?:(?:the|some|several|many|other|senior|current|two|three|a\s+few)\s+){0,2}"
)
"""'Analysts and some U.S. officials': 'and', perhaps an article or a quantity before the
actor."""
_ENDS_THE_SUBJECT = re.compile(
    r"\s*(?:[,;]|$|\s+(?:have|has|had|were|are|was|is|also|both|all|said|say|told|[a-z]+ed)\b)"
)
"""After the actor joined to a role: the subject ends there ('U.S. officials said'), not a
noun the actor modifies ('Analysts and U.S. allies said')."""


_STATE_MEDIA = re.compile(r"(?<![\w-])(?:[Ss]tate|[Oo]fficial)\b")
"""A state's own media speak for it (guidelines: KCNA is North Korea's voice, not a conduit)."""


def _compound_ending(text: str, usable: list[Mention]) -> tuple[Mention, ...]:
    """The head a relative clause after them describes: the last mention, with the
    conjuncts before it ('Mr Xi and Russian President Vladimir Putin, who met …, said')."""
    start = _clause_start(text, usable)
    group = _compound(text, usable[start:])
    return group if group and group[-1].end == usable[-1].end else (usable[-1],)


def _compound(text: str, usable: list[Mention]) -> tuple[Mention, ...]:
    """'Moon and Kim', 'Trump and President Xi': a compound subject."""
    head = usable[0]
    group = [head]
    for mention in usable[1:]:
        between = text[group[-1].end : mention.start]
        if (mention.start, mention.end) == (group[-1].start, group[-1].end):
            group.append(mention)  # 'the two leaders': one span naming a pair
        elif _CONJUNCT.fullmatch(between) or _titled_conjunct(between):
            group.append(mention)
        elif _STAFF_TITLE.fullmatch(between):
            group[-1] = mention  # 'Trump spokeswoman Hope Hicks': the person speaks
        elif _titles(between) and mention.key == group[-1].key:
            group[-1] = mention  # 'North Korean leader Kim Jong Un and …': the person
        elif re.fullmatch(r"[’']s\s+[^,]{0,40}", between) or mention.key == head.key:
            continue
        else:
            break
    return tuple(group)


_CONJUNCT_OPENING = r"\s*(?:and|,)\s*(?:(?:his|her|their|the)\s+)?"
_CONJUNCT = re.compile(_CONJUNCT_OPENING + r"(?:Mr\.|Ms\.|President|Chairman|leader)?\s*")
"""'Moon and Kim', 'Kerry and his South Korean counterpart': the next conjunct of a subject."""
_OPENING = re.compile(_CONJUNCT_OPENING)


def _titled_conjunct(between: str) -> bool:
    """'President Trump and Prime Minister Abe': a conjunct under a title of several words."""
    opening = _OPENING.match(between)
    return opening is not None and _titles(between[opening.end() :])


_STAFF_TITLE = re.compile(
    r"(?:['’]s)?\s+(?:[a-z]+\s+){0,2}(?:spokes(?:man|woman|person)|aide|adviser|advisor|envoy"
    r"|official|minister|secretary|ambassador|negotiator|press secretary)\s+"
)


def _titles(between: str) -> bool:
    """Title words only ('leader', 'President', 'Foreign Minister'), in either case."""
    words = between.split()
    return bool(words) and all(word.capitalize() in TITLE_WORDS for word in words)


def _modifier(text: str, mention: Mention) -> bool:
    """A demonym or possessive that modifies the noun after it ("South Korean", "Seoul's")."""
    return is_demonym(mention.text) or bool(
        re.match(r"['’]s\b", text[mention.end : mention.end + 2])
    )


def titled_person(view: SentenceView, place: Mention) -> Mention | None:
    """'US President Donald Trump', 'North Korean leader Kim Jong-un': the person a place or
    body named right before them, with only title words between (in either case), is part
    of the title of."""
    later = next((m for m in view.mentions if m.start >= place.end), None)
    if later is None or later.key == MentionKind.PRONOUN or place_or_body(later.text):
        return None
    between = view.text[place.end : later.start]
    return later if not between.strip() or _titles(between) else None
