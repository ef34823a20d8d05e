"""Who a sentence names: template aliases, outside speakers, news media and pronouns."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from typing import Any

from .lexicon import (
    BARE_NAME,
    FAMILY_WORDS,
    FULL_NAME,
    INSTITUTION_WORDS,
    MEDIA,
    NEXT_WORD,
    NOT_GIVEN_NAMES,
    NOT_NAMES,
    OPENING_WORDS,
    OUTSIDE_SPEAKERS,
    OWNER,
    PLACE_WORDS,
    PRONOUN,
    QUOTES,
    ROLE_OVERRIDE,
    STATE_OUTLET,
    SURNAME_FIRST,
    TITLE_WORDS,
)
from .models import OTHER, Template
from .patterns import STARTS_A_WORD, alternation, holds_any, may_hold
from .rules import Example, Phase, rule
from .when import resolve_when


class MentionKind(StrEnum):
    """What a mention names besides a template actor (whose key it then carries)."""

    OTHER = OTHER
    MEDIA = "media"
    PRONOUN = "pronoun"


KINDS = frozenset(kind.value for kind in MentionKind)
"""The keys that name no template actor, as a set: ``MentionKind.__members__`` builds a
mapping proxy at every read, and ``is_actor`` is read tens of thousands of times."""


@dataclass(frozen=True)
class Mention:
    """A span of the sentence naming an actor key, or a ``MentionKind``."""

    start: int
    end: int
    text: str
    key: str

    @property
    def is_actor(self) -> bool:
        """Whether the mention names a template actor."""
        return self.key not in KINDS


_NEXT_WORD = re.compile(r"\s+([A-Z]\w*)")


def place_or_body(text: str) -> bool:
    """Whether a mention names a state, a capital or an institution ('North Korea',
    'Washington', 'the US', 'KCNA'), which no 'he' or 'she' means."""
    words = text.replace("’", "'").split()
    return any(w.strip(".,'s") in PLACE_WORDS or w.isupper() for w in words)


@dataclass(frozen=True)
class Matcher:
    """Compiled alias, exclusion, media and outside-speaker patterns for one template."""

    aliases: re.Pattern[str]
    lookup: dict[str, str]
    exclusions: re.Pattern[str] | None
    media: re.Pattern[str]
    outside: re.Pattern[str]
    surnames: frozenset[str] = frozenset()
    actors: frozenset[str] = frozenset()
    family_names: frozenset[str] = frozenset()
    surname_words: re.Pattern[str] | None = None
    """The surnames as whole words (``BARE_NAME`` matches that are surnames): one search
    instead of a test of every capitalized word of every sentence."""
    state_media: tuple[str, ...] = ()
    """The actors with a state outlet among their aliases (KCNA, Xinhua): whose 'state
    media' an article may mean without naming the state."""

    def mentions(
        self,
        text: str,
        headline: bool = False,
        names: dict[str, str] | None = None,
        newcomers: frozenset[str] = frozenset(),
        state_owner: str = "",
    ) -> list[Mention]:
        """Actor, outside-speaker, media and pronoun mentions in order.

        In headlines every word is capitalized, so a capitalized next word proves nothing.
        ``names`` maps a bare surname ("Kim") to whoever the article last named in full;
        ``newcomers`` are aliases of people not yet in office (:func:`took_office_after`);
        ``state_owner`` is whose 'state media' the article means (:func:`whose_state_media`).
        """
        media_spans = [m.span() for m in self.media.finditer(text)]
        excluded = [m.span() for m in self.exclusions.finditer(text)] if self.exclusions else []
        found = [
            outside_voice(text, m, newcomers)
            for m in self._aliases(text, headline, names, media_spans + excluded)
        ]
        found += [e for m in found if (e := elided_head(self.lookup, text, m))]
        found += pair_named_in_sentence(text, found)
        taken = [(m.start, m.end) for m in found] + excluded
        found += [
            Mention(a, b, text[a:b], whose_state_media(text, (a, b), found, state_owner))
            for a, b in media_spans
            if not _overlaps((a, b), taken) and not medium_before_its_name(text, (a, b), found)
        ]
        found += self._outsiders(text, [(m.start, m.end) for m in found])
        if names:
            found += _surnames(self, text, names, [(m.start, m.end) for m in found])
        found += _pronouns(text, [(m.start, m.end) for m in found])
        return sorted(found, key=lambda m: m.start)

    def _aliases(
        self,
        text: str,
        headline: bool,
        names: dict[str, str] | None,
        blocked: list[tuple[int, int]],
    ) -> list[Mention]:
        found: list[Mention] = []
        position = 0
        while match := self.aliases.search(text, position):
            position = match.end()
            if any(a <= match.start() < b for a, b in blocked):
                continue
            body_end = 0
            titled = is_office(match.group())  # 'Secretary of State Danny Russel'
            named = NEXT_WORD.match(text, match.end()) if titled else None
            if named and self.aliases.match(text, named.start(1)):
                continue  # 'Secretary of State Mike Pompeo': the name is the mention
            if not headline and not titled and alias_in_longer_name(text, match.end()):
                body_end = body_of_a_state(text, match)
                if not body_end:
                    position = match.start() + 1  # "the North Koreans": try "North Koreans"
                    continue
            key = self.lookup.get(_fold(match.group()))
            if key and body_end:  # 'The U.S. Strategic Command': the whole name, the state's
                found.append(Mention(match.start(), body_end, text[match.start() : body_end], key))
                position = body_end
                continue
            if key and given_name_before_surname(self.lookup, text, match):
                continue  # 'Jean Lee' is not Lee Do-hoon
            if key and names and match.group() in names:
                key = surname_follows_full_name(names, match.group()) or key
            if key:
                found.append(Mention(match.start(), match.end(), match.group(), key))
        return found

    def _outsiders(self, text: str, taken: list[tuple[int, int]]) -> list[Mention]:
        found = []
        for match in self.outside.finditer(text):
            if not _overlaps(match.span(), taken) and not role_word_as_modifier(text, match):
                key = MentionKind.PRONOUN if owned_role(text, match) else MentionKind.OTHER
                end = _named_after_role(text, match.end(), taken)
                found.append(Mention(match.start(), end, text[match.start() : end], key))
        return found

    def key_of(self, name: str) -> str:
        """The actor a template alias names ('South Korean' → 'rok'); '' for anything else."""
        return self.lookup.get(_fold(name), "")

    def is_personal(self, text: str) -> bool:
        """Whether a mention names a person ("Trump", "Kim Jong Un", "Mr. Moon") rather than a
        state, capital or institution ("North Korea", "Washington", "KCNA")."""
        words = text.replace("’", "'").split()
        if not words or text.lower() in ("he", "she"):
            return bool(words)
        if place_or_body(text):
            return False
        if words[0].rstrip(".") in ("Mr", "Ms", "Mrs", "Dr", "Sen", "Rep") or len(words) > 1:
            return True
        return words[0] in self.surnames or words[0] in self.family_names

    def full_names(self, text: str, western: bool = True) -> list[tuple[str, str]]:
        """(surname, key) for each full name in the text that starts with a surname alias:
        the actor when the full name is an alias ("Kim Jong Un"), else an outside person
        ("Kim Dong-yub", an analyst), so that a later bare "Kim" means the right one; with
        ``western``, also the names written given name first (:meth:`western_names`)."""
        found = []
        for word in self._surname_words(text):  # each may start a name
            match = FULL_NAME.match(text, word.start())
            if not match:
                continue
            surname = match.group(1)
            after = _NEXT_WORD.match(text, match.end())
            if after and after.group(1) in INSTITUTION_WORDS:
                continue  # 'Kim Il Sung Square' is a place, not the Kim a later 'Kim' means
            alias = self.aliases.match(text, match.start())
            if alias and alias.end() > match.start() + len(surname):
                key = self.lookup.get(_fold(alias.group()), OTHER)
            elif match.group(2) in TITLE_WORDS or match.group(2) in INSTITUTION_WORDS:
                continue
            elif "-" in match.group(2) or match.group(3):
                key = OTHER
            else:
                continue
            found.append((surname, key))
        return found + self.western_names(text) if western else found

    def _surname_words(self, text: str) -> Iterable[re.Match[str]]:
        if self.surname_words is not None:
            return self.surname_words.finditer(text)
        return (w for w in BARE_NAME.finditer(text) if w.group() in self.surnames)

    def family_of(self, mention: Mention) -> str:
        """The family name of a listed person written given name first, whom a mention
        names ('Trump', 'Donald Trump'); '' for anyone else ('Kim', 'North Korea')."""
        words = mention.text.split()
        if not mention.is_actor or not words or len(words) > 2:
            return ""
        family = words[-1]
        if family not in self.family_names or family in self.surnames:
            return ""
        if len(words) == 1:
            return family if _fold(family) in self.lookup else ""
        return family if _western(words[0], family) else ""

    def western_names(self, text: str) -> list[tuple[str, str]]:
        """('Clinton', key) for each 'First Clinton' whose family name is an alias's: the
        actor when the full name is its alias ('Hillary Clinton'), else an outside person
        ('Bill Clinton'), so that a later bare 'Clinton' means the one named last; and
        ('Nikki Haley', other) for a listed person called former (``former_named_again``),
        so that the full name named again stays an outside voice."""
        found = []
        for match in _FIRST_LAST.finditer(text):
            given, family = match.groups()
            if family in self.surnames and family in SURNAME_FIRST:
                if not _western_given_before_surname(given):
                    continue  # 'Kim Jong', 'Sung Kim': an East Asian name's first words
            elif family not in self.family_names or not _western(given, family):
                continue
            before = _WORD_BEFORE.search(text[max(0, match.start() - 20) : match.start()])
            if before and before.group(1) not in _TITLES_BEFORE_NAMES:
                continue  # 'Kim Jong Un': the middle of a longer name
            key = self.lookup.get(match.group(), OTHER)
            former = former_stays_former(text, match)
            found.append((family, OTHER if former else key))
            if former_named_again(former, key):
                found.append((match.group(), OTHER))
        return found


_OFFICES = frozenset(
    "Secretary Assistant Deputy Director Undersecretary Under Representative".split()
)
"""Words of an alias that is an office ('Secretary of State', 'Director of National
Intelligence', 'U.S. Trade Representative'): a name after it is the office holder's, not a
longer name."""


@cache
def is_office(alias: str) -> bool:
    """Whether an alias names an office, in any case ('undersecretary of Defense'); the
    template's aliases are few, each is read once."""
    return any(word.capitalize() in _OFFICES for word in alias.split())


@rule(
    "alias_in_longer_name",
    Phase.MENTION,
    off=False,
    examples=[
        Example("Kim Sung-ho, a professor in Seoul, warned that talks would fail.", ("other",))
    ],
)
def alias_in_longer_name(text: str, end: int) -> bool:
    """An alias followed by a capitalized non-title word is part of a longer name: "Kim
    Dong-yub" is not Kim Jong Un, "the North Koreans" starts at "North"."""
    following = NEXT_WORD.match(text, end)
    return bool(following) and following.group(1).rstrip(".") not in TITLE_WORDS  # type: ignore[union-attr]


_STATE_BODY = re.compile(
    r"(?:\s+(?![A-Z][a-z]+(?:an|ese)s?\b)[A-Z][\w-]*){0,3}?"
    r"\s+(?:Command|Department|Ministry|Agency|Forces|Force|Army|Navy"
    r"|Marines|Marine\s+Corps|Coast\s+Guard|Embassy|Administration|Bureau|Fleet)\b"
)
"""Up to three capitalized words, none a nationality, and the head noun of a state body."""


@rule(
    "body_of_a_state",
    Phase.MENTION,
    off=0,
    examples=[
        Example(  # allsides_korea 8l9T34evn1F8k4xf, sentence 1
            "The U.S. Strategic Command said it had detected a missile entering space.",
            ("us",),
        ),
    ],
)
def body_of_a_state(text: str, match: re.Match[str]) -> int:
    """'The U.S. Strategic Command', 'US Pacific Fleet', 'the US Pacific Command': a state's
    name or adjective before the name of a command, ministry,
    agency or armed force names that state's body, which speaks for it; not a longer name
    of some other kind ('US Korea Institute', 'Kim Dong-yub'), nor a place's name before a
    nationality ('the North American Aerospace Defense Command' is not the North's). Where
    the body's name ends (the mention is the whole name), or 0."""
    alias = match.group()
    if not (place_or_body(alias) or alias.endswith(("an", "ese"))):
        return 0
    body = _STATE_BODY.match(text, match.end())
    return body.end() if body else 0


_HONORIFICS = frozenset("Mr Mrs Ms Dr Mme Sir Madam Comrade Dear Lady Lord Rev".split())
"""Titles written without a full stop in British style ('Mr Moon')."""
_GIVEN_NAME = re.compile(r"(?<![\w.’'-])([A-Z][a-z]+)\s+$")


@rule(
    "given_name_before_surname",
    Phase.MENTION,
    off=False,
    examples=[
        Example(
            "Jean Lee, a global fellow at The Wilson Center in Washington, said the launch "
            "was a message of defiance.",
            ("other",),
        ),
    ],
)
def given_name_before_surname(lookup: dict[str, str], text: str, match: re.Match[str]) -> bool:
    """A bare family name alias ('Lee', 'Kim') after a capitalised given name is someone
    else's name in Western order ('Jean Lee', 'Suki Kim'): not a title ('President Moon'),
    not a place or an alias ('Seoul', 'Pyongyang'), not a sentence's opening word ('When
    Kim met …')."""
    if " " in match.group() or match.group() not in SURNAME_FIRST:
        return False
    before = _GIVEN_NAME.search(text, max(0, match.start() - 30), match.start())
    if not before:
        return False
    word = before.group(1)
    return not (
        word in _HONORIFICS
        or word in _NAME_TITLES
        or word in TITLE_WORDS
        or word in PLACE_WORDS
        or _fold(word) in lookup
        or word in NOT_GIVEN_NAMES
        or word in OPENING_WORDS
        or word.endswith("ing")
    )


_ELIDED = re.compile(r"\b([A-Z][\w.]*)\s+and\s+$")


@rule(
    "elided_head_names_both",
    Phase.MENTION,
    off=None,
    examples=[
        Example(
            "The leaders of North and South Korea agreed Friday to pursue a permanent peace.",
            ("dprk", "rok"),
        ),
    ],
)
def elided_head(lookup: dict[str, str], text: str, mention: Mention) -> Mention | None:
    """'North and South Korea' names North Korea too: a word before 'and' that makes another
    actor's alias with the rest of this one ('North' + 'Korea')."""
    words = mention.text.split(maxsplit=1)
    reach = max(0, mention.start - 40)
    if len(words) < 2 or text.find("and", reach, mention.start) < 0:
        return None  # one word, or no 'and' before it: no search
    before = _ELIDED.search(text, reach, mention.start)
    if not before:
        return None
    key = lookup.get(_fold(f"{before.group(1)} {words[1]}"))
    if not key or key == mention.key:
        return None
    return Mention(before.start(1), before.end(1), f"{before.group(1)} {words[1]}", key)


@rule(
    "medium_before_its_name",
    Phase.MENTION,
    off=False,
    examples=[
        Example("The missile flew 1,000 kilometers, state news agency KCNA said.", ("dprk",)),
    ],
)
def medium_before_its_name(text: str, span: tuple[int, int], found: list[Mention]) -> bool:
    """'state news agency KCNA', 'state media KCNA': a news agency named by its kind right
    before its name is that name, which the template may list as an actor's voice."""
    start, end = span
    if not _AGENCY.fullmatch(text[start:end]):
        return False
    return any(_SPACE.fullmatch(text, end, m.start) for m in found if m.start >= end)


_SPACE = re.compile(r"\s+")
_AGENCY = re.compile(r"news agency|state media|state-run media")
"""The kinds of medium that give way; 'the newspaper Rodong Sinmun reported' does not yet:
'Mr. Kim “highly praised …,” the newspaper Rodong Sinmun reported' would go to the paper,
whose report of a verb inside a quotation relays nobody, instead of to Kim."""


_PAIR = re.compile(
    r"\b(?:[Tt]he two|[Bb]oth)\s+(?:leaders|presidents|men)\b"
    r"|\b[Tt]he leaders\b(?!\s+of\b)"
    r"|\b[Tt]he pair(?=\s+(?:(?:had|have|has|also|previously|then|later)\s+)*(?:agreed|signed"
    r"|issued|exchanged|traded|pledged|vowed|declared|discussed|held|shook|met|embraced"
    r"|promised|committed|affirmed)\b)"
    r"|\b(?:[Tt]he two|[Bb]oth|They)(?:\s+(?:sides|countries|governments))?"
    r"(?=\s+(?:had\s+|have\s+|also\s+)?[“\"]?(?:agreed|signed|decided|pledged|committed|vowed"
    r"|promised|affirmed)\b)"
)
"""'the two leaders', 'Both men', 'the leaders', 'the two signed …', 'the pair issued …':
the pair of actors named just before ('the pair' only before what leaders do together: it
may mean two missiles)."""
_PAIR_WORDS = ("the two", "The two", "both", "Both", "he leaders", "he pair", "They")


@rule(
    "pair_named_in_sentence",
    Phase.MENTION,
    off=[],
    examples=[
        Example(
            "Moon would visit Pyongyang in the fall, the two leaders said.",
            ("rok", "dprk"),
        ),
    ],
)
def pair_named_in_sentence(text: str, found: list[Mention]) -> list[Mention]:
    """'the two leaders', 'both men': the two actors the sentence names, when it names
    exactly two and one of them before the pair words ('Moon would visit Pyongyang in the
    fall, the two leaders said', 'Trump left Singapore after the two leaders signed a
    document stating Pyongyang would …'; a name quoted after the pair words is what they
    said, not one of them); one mention each, on the same span. When the
    sentence names neither before them ('Both presidents agreed to keep coordinating on
    North Korea, the presidential office said'), what it names is what the pair talks about
    or who reports it: the pair named in the sentences before is meant."""
    if not holds_any(text, _PAIR_WORDS):
        return []
    first = _PAIR.search(text)
    if first is None or not any(m.is_actor and m.end <= first.start() for m in found):
        return []
    quotes = quoted_spans(text)  # what a quotation after the pair words names is no member
    members = [m for m in found if m.start < first.start() or not is_inside(m.start, quotes)]
    return _pair_mentions(text, found, named_pair(members))


def named_pair(found: list[Mention]) -> tuple[str, ...]:
    """The actors the mentions name, when they name exactly two; else none."""
    actors = tuple(dict.fromkeys(m.key for m in found if m.is_actor))
    return actors if len(actors) == 2 else ()


def _pair_mentions(text: str, found: list[Mention], pair: tuple[str, ...]) -> list[Mention]:
    """A mention of each of the pair on every 'the two leaders' no mention covers yet."""
    if len(pair) != 2 or not holds_any(text, _PAIR_WORDS):  # nearly no sentence holds one
        return []
    taken = [(m.start, m.end) for m in found if m.key != MentionKind.PRONOUN]
    return [
        Mention(match.start(), match.end(), match.group(), key)
        for match in _PAIR.finditer(text)
        if not _overlaps(match.span(), taken)
        for key in pair
    ]


@rule(
    "pair_named_before",
    Phase.MENTION,
    off=[],
    examples=[
        Example(
            "The president left Singapore after the two leaders signed a document.",
            ("us", "dprk"),
            before=("President Trump held a historic summit with Kim Jong Un.",),
        ),
        Example(  # allsides_korea iWw2XkkYr5jFr6Be, sentence 4: 'the leaders' of the pair
            "The leaders appeared side by side to announce that the two nations would work "
            "toward a permanent peace treaty.",
            ("dprk", "rok"),
            before=("Kim Jong Un met South Korean President Moon Jae-in at Panmunjom.",),
            paragraphs=True,
        ),
        Example(  # GUIDELINES 4.2's own example: Seoul's readout of a Moon–Trump call
            "Both presidents agreed to keep coordinating closely on North Korea, the "
            "presidential office said.",
            ("rok", "us"),
            before=("Moon Jae-in and Donald Trump spoke by phone on Tuesday.",),
        ),
        Example(  # allsides_korea NWpzUR7Yxp3Kmhsl, sentence 19: the pair opens the sentence
            "Both leaders have dubbed each other a “mad man.”",
            ("us", "dprk"),
            before=("President Trump has mocked Kim Jong Un on Twitter.",),
        ),
        Example(  # korea dev gold BI5d, sentences 22-25: a photo credit between names no one
            "Pompeo said the two sides agreed to hold discussions on July 12 on repatriation.",
            ("us", "dprk"),
            before=(
                "Pompeo had been firm on the complete denuclearization of North Korea.",
                "Andrew Harnik/Pool via Reuters",
            ),
            paragraphs=True,
        ),
        Example(  # allsides_korea YgLh5mYldYq77WfD, sentences 0-3: 'They' opening a joint agreement
            "They also agreed that they would this year seek a permanent end to the Korean War.",
            ("dprk", "rok"),
            before=(
                "The leaders of North and South Korea agreed Friday to pursue a permanent peace.",
                "Upon signing the document, the two leaders shared a warm embrace.",
            ),
        ),
    ],
)
def pair_named_before(text: str, found: list[Mention], pair: tuple[str, ...]) -> list[Mention]:
    """'President Trump held a summit with Kim Jong Un.' / 'The president left Singapore
    after the two leaders signed …': 'the two leaders' the sentence does not name are the
    two actors the sentence before named, when it named exactly two (``named_pair``), or
    else the two that held it (``holders_are_the_pair``; a sentence that names no actor,
    such as a photo credit, passes the pair on). A sentence opening 'They agreed / signed /
    pledged …' after such a pair means the pair too, not the pronoun's one referent."""
    return _pair_mentions(text, found, pair)


_FORMER_BEFORE = re.compile(
    r"\b(?i:former|ex-|then-|onetime|one-time)\s*"
    r"(?:(?!(?:are|is|was|were|has|have|had|will|would|and|or|to|that|who|which)\b)"
    r"(?![a-z]+ing\b)[A-Za-z][\w.]*\s+){0,4}$"
)
"""'former U.S. ambassador Christopher Hill': 'former' and the words of a title before the
name; not a clause ('former officials are urging President Donald Trump')."""
_FORMER_WORDS = ("former", "ex-", "then-", "onetime", "one-time")
"""Every _FORMER_BEFORE match holds one of these (in any case)."""
_FORMER_AFTER = re.compile(
    r",\s+(?:(?:a|an|the|who was|(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s)\s+"
    r"(?:former|onetime|one-time|ex-)"
    r"|[^,;“\"]{0,90}?\b(?:until"
    r" (?:last|early|late|\d)|under former|formerly|and former)\b)"
    r"|(?:\s+[a-z][\w-]*){0,3}?,?\s+who\s+(?:had\s+|has\s+|later\s+)?(?:defected|fled)\b"
    r"|(?:\s+[A-Za-z][\w-]*){0,4}?\s+(?:from|between)\s+(?:19|20)\d\d\s*(?:to|and|until|through"
    r"|-|–)\s*(?:19|20)\d\d\b"
)
"""'X, the top U.S. diplomat until last year', 'Nikki Haley, Trump's former UN ambassador', 'a
North Korean ambassador who defected', 'the top Pentagon policy official from 2012 to 2014'
(a tenure that ended)."""


@rule(
    "former_official",
    Phase.MENTION,
    off=None,
    examples=[
        Example(
            "“The North Koreans are in the game to get,” said Daniel Russel, the top U.S. "
            "diplomat for East Asia until last year.",
            ("other",),
        ),
        Example(  # corpus audit: a defector no longer speaks for the state
            "A North Korean ambassador who defected stated that “all the North Korean diplomats"
            " based overseas make extra income using all means possible.”",
            ("other",),
        ),
        Example(  # corpus audit: a tenure that ended
            "“There are no silver bullet solutions,” James Miller, the top Pentagon policy "
            "official from 2012 to 2014, told me.",
            ("other",),
        ),
    ],
)
def _former(text: str, mention: Mention) -> bool | None:
    """A person described as former ('former President Barack Obama', 'X, the top U.S.
    diplomat until last year', 'an ambassador who defected') speaks for no government now:
    an outside voice."""
    reach = max(0, mention.start - 40)
    if may_hold(text[reach : mention.start], _FORMER_WORDS) and _FORMER_BEFORE.search(
        text, reach, mention.start
    ):
        return True
    return bool(_FORMER_AFTER.match(text, mention.end)) or None


@rule(
    "former_stays_former",
    Phase.CROSS_SENTENCE,
    off=False,
    examples=[
        Example(
            "Kim was asked 14 critical questions about the North's missile program, Sherman said.",
            ("other",),
            before=(
                "The 2000 talks were led by Wendy Sherman, a former senior State Department "
                "official.",
            ),
        ),
    ],
)
def former_stays_former(text: str, name: re.Match[str]) -> bool:
    """A person the article calls former when it names them in full ('Wendy Sherman, a
    former senior State Department official') is still an outside voice when it names
    them again by the family name alone ('…, Sherman said'), alias or not."""
    return bool(_former(text, Mention(name.start(), name.end(), name.group(), OTHER)))


def outside_voice(text: str, mention: Mention, newcomers: frozenset[str] = frozenset()) -> Mention:
    """The mention as an outside voice when the text calls the person former
    (``former_official``), it names a country's people (``people_not_state``), or the
    person had not taken office when the article was published (``not_yet_in_office``)."""
    if mention.key in KINDS or not (
        _former(text, mention)
        or people_not_state(text, mention)
        or not_yet_in_office(mention, newcomers)
    ):
        return mention
    return Mention(mention.start, mention.end, mention.text, MentionKind.OTHER)


@rule(
    "state_media_of_the_story",
    Phase.MENTION,
    off=MentionKind.MEDIA,
    examples=[
        Example(
            "State media called it a “momentous event” in the country’s scientific development.",
            ("dprk",),
            before=("North Korea launched a long-range rocket on Wednesday.",),
        ),
    ],
)
def whose_state_media(
    text: str, span: tuple[int, int], found: Sequence[Mention], owner: str
) -> str:
    """'State media called it a “momentous event”' in a story about North Korea: a state's
    own media that the sentence does not tie to a state ('North Korean state media' is
    tied) speak for the state the article has named most among those with state outlets
    (GUIDELINES 3: state media are the state's own voice); else a medium."""
    if not owner or not _BARE_STATE_MEDIA.fullmatch(text[span[0] : span[1]]):
        return MentionKind.MEDIA
    if any(m.is_actor and 0 <= span[0] - m.end <= 3 for m in found):
        return MentionKind.MEDIA  # 'North Korea's state media': the actor before it speaks
    return owner


_BARE_STATE_MEDIA = re.compile(r"(?i:state(?:-run)? media)")


def took_office_after(template: Template, published: dt.date | None) -> frozenset[str]:
    """The aliases of people who took office after ``published`` (none when undated)."""
    if published is None:
        return frozenset()
    return frozenset(
        alias for actor in template.actors for alias, day in actor.took_office if published < day
    )


@rule(
    "not_yet_in_office_then",
    Phase.MENTION,
    off=frozenset(),
    examples=[
        Example(
            "At the February 2016 Republican debate, Trump suggested that the United States "
            "let China solve that problem.",
            ("other",),
            published="2018-03-08",
        ),
    ],
)
def took_office_after_its_date(
    text: str, template: Template, published: dt.date | None
) -> frozenset[str]:
    """'At the February 2016 Republican debate, Trump suggested …' in a 2018 article: what
    a sentence dates before the article's own day was said by whoever the person was then,
    so the people who took office after that date are outside voices in it, as in an
    article published then (``not_yet_in_office``). Only a sentence naming a year is
    dated for this: a weekday or 'last month' reaches back no further than the news."""
    if published is None or not _YEAR.search(text):
        return frozenset()
    when = resolve_when(text, published)
    if when is None or when.end >= published:
        return frozenset()
    return took_office_after(template, when.end)


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


@rule(
    "not_yet_in_office",
    Phase.MENTION,
    off=False,
    examples=[
        Example(
            "“I would speak to him, I would have no problem speaking to him,” Trump said of Kim.",
            ("other",),
            published="2016-05-17",
        ),
    ],
)
def not_yet_in_office(mention: Mention, newcomers: frozenset[str]) -> bool:
    """'“I would have no problem speaking to him,” Trump said' in May 2016: a person the
    template lists from the day they took office (``took_office``) is, in an article
    published before, a candidate or a commentator: an outside voice (GUIDELINES 3, the
    actor is the government)."""
    return mention.is_actor and mention.text in newcomers


_PEOPLE = re.compile(r"[A-Z][a-z]+\s+[A-Z][a-z]+ans|[A-Z][a-z]+ans")
"""A plural demonym: 'South Koreans', 'North Koreans', 'Americans'."""
_THE_BEFORE = re.compile(r"\b(?:the|The|these|those|both)\s+(?:[A-Z]\w+\s+and\s+)?$")


@rule(
    "people_not_state",
    Phase.MENTION,
    off=False,
    examples=[
        Example(
            "Many South Koreans responded with fury to the decision.",
            ("other",),
        ),
    ],
)
def people_not_state(text: str, mention: Mention) -> bool:
    """'South Koreans have long lived under a cloud …', 'Many South Koreans responded with
    fury': a plural demonym without 'the' names the country's people, private people whose
    stance is an outside voice's, not the state's; 'the North Koreans said' (a delegation,
    its officials) stays the actor."""
    if mention.key in KINDS or not _PEOPLE.fullmatch(mention.text):
        return False
    # 'the North Koreans', 'The South and North Koreans'
    return not _THE_BEFORE.search(text, max(0, mention.start - 24), mention.start)


@rule(
    "surname_follows_full_name",
    Phase.CROSS_SENTENCE,
    off="",
    examples=[
        Example(
            "Song added that the talks would resume.",
            ("rok",),
            before=("South Korean Defense Minister Song Young-moo met the envoy.",),
        ),
    ],
)
def surname_follows_full_name(names: dict[str, str], surname: str) -> str:
    """A bare family name ('Song added') means whoever the article last named in full with it."""
    return names.get(surname, "")


@rule(
    "former_named_again",
    Phase.CROSS_SENTENCE,
    off=False,
    examples=[
        Example(  # allsides_korea huar…, sentences 23-27 (re-audit of set_3115_0)
            "We will never forget Otto. — Nikki Haley (@NikkiHaley) February 28, 2019",
            ("other",),
            before=(
                "Trump’s former UN Ambassador Nikki Haley also seemed to subtly rebuke the "
                "president in a tweet.",
            ),
        ),
    ],
)
def former_named_again(former: bool, key: str) -> bool:
    """'Trump's former UN Ambassador Nikki Haley …', then '— Nikki Haley (@NikkiHaley)':
    a listed person the article calls former when it names them in full is still an
    outside voice when it names them in full again, as by the family name alone
    (``former_stays_former``): the full name joins the names a later mention is read by
    ('Bill Clinton' so, 'Hillary Clinton' still the template's)."""
    return former and key != OTHER


@rule(
    "leader_keeps_family_name",
    Phase.CROSS_SENTENCE,
    off=False,
    examples=[
        Example(
            "Shortly before landing, Trump tweeted, “Can’t wait to be with our GREAT MILITARY.”",
            ("us",),
            before=(
                "President Trump touched down in Japan on Sunday morning.",
                "The president and first lady Melania Trump will dine with the prime minister.",
            ),
        ),
    ],
)
def leader_keeps_family_name(names: dict[str, str], family: str, key: str) -> bool:
    """'first lady Melania Trump', after 'President Trump': once the article has named the
    listed person, a relative or namesake named in full later does not take the family name
    over; the article calls them by their given name ('Melania'), and a bare 'Trump' still
    means the president."""
    return key == OTHER and names.get(family, OTHER) != OTHER


FOREBEAR = re.compile(
    r"\b(?:(?:great-)?grandfather|father|founder|founding (?:father|leader)|late leader)"
    r"(?:\s+and\s+[a-z][\w\s'’]{0,40}?)?\s*[,\-–—]?\s+(?:the\s+late\s+)?(?=[A-Z])"
)
"""Words that name a leader's forebear just before a full name ('his grandfather and
founder of the country, Kim Il Sung', "Kim's father Kim Jong Il", 'state founder …')."""


@rule(
    "forebear_leaves_family_name",
    Phase.CROSS_SENTENCE,
    off=(),
    examples=[
        Example(  # CNN, 26 April 2018 (held-out key-position day)
            "Only a few months later, Kim has publicly promised to end North Korea's nuclear "
            "program.",
            ("dprk",),
            before=(
                "North Korean leader Kim Jong Un will hold talks with South Korean President "
                "Moon Jae-in.",
                "Kim took over as leader following his father's death in 2011, extending the "
                "Kim family's rule that began with his grandfather and founder of the "
                "country, Kim Il Sung.",
            ),
        ),
        Example(  # after the Guardian, 22 September 2017: set off by dashes
            "Kim said Trump’s remarks had convinced him “that the path I chose is correct”.",
            ("dprk",),
            before=(
                "North Korean leader Kim Jong-un read out a statement.",
                "Neither his father nor his grandfather - and North Korean founder - Kim "
                "Il-sung, had issued a similar statement.",
            ),
        ),
    ],
)
def forebear_leaves_family_name(text: str, names: dict[str, str]) -> tuple[tuple[int, int], ...]:
    """'… that began with his grandfather and founder of the country, Kim Il Sung': a
    leader's forebear named in full, after the article has named the leader, does not take
    the family name over; the article calls the forebear by the full name, and a bare 'Kim'
    still means the leader. The spans of such names' family names."""
    return tuple(
        word.span()
        for m in FOREBEAR.finditer(text)
        if (word := BARE_NAME.match(text, m.end())) and names.get(word.group(), OTHER) != OTHER
    )


_FAMILY = re.compile(FAMILY_WORDS, re.IGNORECASE)


@rule(
    "owned_role_is_pronoun",
    Phase.MENTION,
    off=False,
    examples=[
        Example("Trump and his top diplomat said the summit would go ahead.", ("us",)),
    ],
)
def owned_role(text: str, match: re.Match[str]) -> bool:
    """'his top diplomat': someone of the actor just named, not an outside voice ('his
    parents' are private people)."""
    owned = OWNER.search(text[max(0, match.start() - 30) : match.start()])
    return (
        bool(owned)
        and not ROLE_OVERRIDE.match(match.group())
        and not _FAMILY.fullmatch(match.group())
    )


def _surnames(
    matcher: Matcher, text: str, names: dict[str, str], taken: list[tuple[int, int]]
) -> list[Mention]:
    """ "Song added": a surname the article gave in full before."""
    found = []
    for match in BARE_NAME.finditer(text):
        name = match.group()
        if name not in names or name in matcher.lookup or _overlaps(match.span(), taken):
            continue
        key = (
            ""
            if alias_in_longer_name(text, match.end())
            else surname_follows_full_name(names, name)
        )
        if key:
            found.append(Mention(match.start(), match.end(), name, key))
    return found


@rule(
    "role_word_as_modifier",
    Phase.MENTION,
    off=False,
    examples=[
        Example(
            "At a campaign rally Monday morning, Trump’s spokeswoman Sarah Sanders said the "
            "talks would go ahead.",
            ("us",),
        ),
    ],
)
def role_word_as_modifier(text: str, match: re.Match[str]) -> bool:
    """'At a campaign rally Monday morning, Trump said …', 'at small-scale campaign events':
    'campaign' before the thing it modifies names no one who could speak."""
    return match.group().lower() == "campaign" and bool(_MODIFIED.match(text, match.end()))


_MODIFIED = re.compile(
    r"\s+(?:rall(?:y|ies)|events?|stops?|trail|speech(?:es)?|ads?|offices?|headquarters"
    r"|finance|season|money|contributions?|website|appearances?|swing|visits?|promises?"
    r"|pledges?|literature|platform|slogan|materials?|donors?|funds?|fundraisers?)\b"
)


@rule(
    "writer_voice_no_speaker",
    Phase.MENTION,
    off=False,
    examples=[
        Example(
            "We, like many in Seoul, urged Pyongyang to return to the talks.",
            (),
            before=("Mr. Trump arrived in Seoul on Monday.",),
        ),
    ],
)
def writer_voice(text: str, match: re.Match[str], quotes: list[tuple[int, int]]) -> bool:
    """'I' and 'we' outside quotation marks are the writer's own voice, not a speaker's."""
    return match.group() in ("I", "we", "We") and not is_inside(match.start(), quotes)


_OFFICIAL_AS_ADJECTIVE = re.compile(
    r"\s+(?:[A-Z]|(?:state|news|media|newspaper|agency|statement|channel|line|account|website"
    r"|radio|television|tv|broadcaster|mouthpiece|daily|report|figures?|version|position"
    r"|policy|visit|residence|portal)\b)"
)


@rule(
    "official_before_a_name_is_an_adjective",
    Phase.MENTION,
    off=False,
    examples=[
        Example(  # allsides_korea o2wlUuLGf8G0WhU2, sentence 10
            "The missile flew 933 kilometers, the official Korean Central News Agency reported.",
            ("dprk",),
            before=("Chinese President Xi Jinping will also be in Hamburg for the G-20 meeting.",),
        ),
    ],
)
def official_as_adjective(text: str, match: re.Match[str]) -> bool:
    """'the official Korean Central News Agency', 'the official news agency': 'official'
    before a name or a medium is an adjective, not 'the official' who speaks."""
    return match.group().lower() == "the official" and bool(
        _OFFICIAL_AS_ADJECTIVE.match(text, match.end())
    )


def _pronouns(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    quotes = quoted_spans(text)
    return [
        Mention(match.start(), match.end(), match.group(), MentionKind.PRONOUN)
        for match in PRONOUN.finditer(text)
        if not writer_voice(text, match, quotes)
        and not _overlaps(match.span(), taken)
        and not official_as_adjective(text, match)
    ]


_FIRST_LAST = re.compile(  # '(?<!\w)([A-Z][a-z]+)…', the word-start test after the first letter
    rf"([A-Z]{STARTS_A_WORD}[a-z]+)[ ]([A-Z][a-z]+)\b(?![ ][A-Z]|['’]s\b)"
)
"""'Bill Clinton', 'Hillary Clinton': a given name and a family name, and nothing after (a
possessive, 'Hillary Clinton’s plan', names no speaker)."""


_TITLE_AND_NAME = re.compile(
    r"(?:[ ]+[A-Z][\w.’'-]*){1,5}"
    r"|(?:[ ]+(?!(?:and|or|of|in|at|on|for|to|with|from|by|the|a|an|that|who|which|says?|said"
    r"|told|tells?|[a-z]+ed)\b)[a-z][\w-]*){1,2}"
    r"(?:[ ]+[A-Z][\w.’'-]*){2,4}"
)


def _named_after_role(text: str, end: int, taken: list[tuple[int, int]]) -> int:
    """'former President Bill Clinton', 'analyst Jane Roe', 'former neurosurgeon Ben Carson',
    'GOP presidential candidate Donald Trump': a role word with the title and name after it
    is one mention, so the speaker is the person."""
    names = _TITLE_AND_NAME.match(text, end)
    if not names or _overlaps(names.span(), taken):
        return end
    return names.end()


def _western(given: str, family: str) -> bool:
    """A given name before a family name ('Bill Clinton'), not an East Asian name written
    family name first ('Kim Jong', 'Sung Kim'), a title or a place ('White House')."""
    words = (given, family)
    return _may_be_given_name(given) and not any(_name_part_of_no_person(w) for w in words)


def _may_be_given_name(given: str) -> bool:
    """Not a clause opener ('Whether Trump is winging it') nor a title written without its
    full stop ('Mr Trump', British style): a word that may be a given name."""
    return not (
        given in NOT_NAMES
        or given in _FUNCTION_WORDS
        or given in OPENING_WORDS
        or given in _HONORIFICS
    )


def _name_part_of_no_person(word: str) -> bool:
    """A family name written first, a place or a title ('Kim', 'White', 'President')."""
    return word in SURNAME_FIRST or word in PLACE_WORDS or word in TITLE_WORDS


def _western_given_before_surname(given: str) -> bool:
    """'Tony Kim', 'Terri Chung': a Western given name before a family name the template
    lists written family name first ('Kim Jong Un', 'Chung Eui-yong'): an outside person
    whom a later bare 'Kim' or 'Chung' means, not the leader."""
    return (
        _may_be_given_name(given)
        and not _name_part_of_no_person(given)
        and given.lower() not in _KOREAN_SYLLABLES
    )


_KOREAN_SYLLABLES = frozenset(
    "il jong un yo jae in sung yong hyun sang chol myong kyong chun hui hak chan ho ki man "
    "su young jin geun hye kwan soo hoon min woo bok nam ok dong gil sik tae".split()
)
"""Syllables of Korean given names, which a romanised name may write as separate words
('Kim Il Sung', 'Kim Yo Jong'): never a Western given name."""


_NAME_TITLES = frozenset("Former Mr Ms Mrs Dr Sen Rep Gov Sir".split())
_TITLES_BEFORE_NAMES = TITLE_WORDS | _NAME_TITLES
"""What may stand before a given name that starts a name ('President Bill Clinton')."""
_WORD_BEFORE = re.compile(r"([A-Z][\w’'-]*)\.?[ ]$")
_FUNCTION_WORDS = frozenset(
    "The A An And But Or So If As At In On Of For To By With From When While After Before "
    "During Since Calling Meeting Asked Even Also Then Now Under Over Why How What".split()
)


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(span[0] < b and a < span[1] for a, b in taken)


def _fold(alias: str) -> str:
    alias = alias.replace("’", "'")
    return alias[:1].lower() + alias[1:] if alias[:4].lower() == "the " else alias


def _spellings(aliases: Iterable[str]) -> set[str]:
    """Every written form of the aliases: straight apostrophes, 'the'/'The'."""
    forms = set()
    for alias in aliases:
        alias = alias.replace("’", "'")
        forms.add(alias)
        if alias[:4].lower() == "the ":
            forms.update({"the" + alias[3:], "The" + alias[3:]})
    return forms


_HYPHENATED_GIVEN_NAME = re.compile(r"([A-Z][a-z]+ [A-Z][a-z]+)-([a-z]+)")


def hyphen_spellings(alias: str) -> tuple[str, ...]:
    """'Park Geun-hye' is also written 'Park Geun Hye' and 'Park Geun-Hye' (wires differ on
    Korean given names): a template lists one spelling, the rest follow."""
    found = _HYPHENATED_GIVEN_NAME.fullmatch(alias)
    if not found:
        return ()
    head, tail = found.groups()
    return (f"{head} {tail.capitalize()}", f"{head}-{tail.capitalize()}")


def _first_chars(words: Iterable[str]) -> str:
    """``(?=[…])``: the characters the words start with, so that the trie is tried only
    where one of them stands (a third less time over a sentence; the same matches)."""
    chars = {word[:1] for word in words}
    if "" in chars:  # an empty word matches anywhere
        return ""
    if "'" in chars:  # the trie reads ' as ['’]
        chars.add("’")
    return "(?=[" + "".join(re.escape(c) for c in sorted(chars)) + "])"


def _trie_pattern(words: Iterable[str]) -> str:
    """One regex for many words, factored by common prefixes: Python's re tries the
    branches of a flat alternation one by one at every position, a trie only the ones
    that share the next character. Longer words still win, as in a longest-first list."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [
            ("['’]" if char == "'" else re.escape(char)) + build(child)
            for char, child in sorted(node.items())
            if char
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + build(trie) + ")"


def _alias_pattern(alias: str) -> str:
    escaped = re.escape(alias.replace("’", "'")).replace("'", "['’]")
    if alias[:4].lower() == "the ":
        escaped = "[Tt]he" + escaped[3:]
    return escaped


def _capitalizable(alternative: str) -> str:
    """'analysts?' also matches 'Analysts?' at the start of a sentence."""
    first = alternative[:1]
    return f"[{first}{first.upper()}]{alternative[1:]}" if first.islower() else alternative


@cache
def compile_matcher(template: Template) -> Matcher:
    """Build the patterns for a template once."""
    lookup: dict[str, str] = {}
    for actor in template.actors:
        for alias in actor.aliases:
            for form in (alias, *hyphen_spellings(alias)):
                lookup.setdefault(_fold(form), actor.key)
    spellings = _spellings(lookup)
    aliases = re.compile(
        r"(?<![\w.-])" + _first_chars(spellings) + _trie_pattern(spellings) + r"(?![\w-]|\.\w)"
    )
    exclusion = _exclusion_pattern([e for actor in template.actors for e in actor.exclusions])
    media = _words_pattern(re.escape(m) for m in sorted(MEDIA, key=len, reverse=True))
    outside = _words_pattern(_capitalizable(a) for a in OUTSIDE_SPEAKERS.split("|"))
    personal = [alias.split() for alias in lookup if _is_personal_name(alias)]
    surnames = frozenset(
        words[0] for words in personal if words[0] in lookup or words[0] in SURNAME_FIRST
    )
    actors = frozenset(actor.key for actor in template.actors)
    family_names = frozenset(words[-1] for words in personal)  # "Donald Trump" → "Trump"
    state_media = tuple(
        actor.key
        for actor in template.actors
        if any(STATE_OUTLET.fullmatch(a) for a in actor.aliases)
    )
    return Matcher(
        aliases,
        lookup,
        exclusion,
        media,
        outside,
        surnames,
        actors,
        family_names,
        _whole_words([s for s in surnames if BARE_NAME.fullmatch(s)]),
        state_media,
    )


def _whole_words(words: list[str]) -> re.Pattern[str]:
    """``BARE_NAME`` (a capitalized word between word boundaries) limited to ``words``, each
    of which it matches whole: the same matches, in the same order."""
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words)) + r")\b")


def _exclusion_pattern(exclusions: list[str]) -> re.Pattern[str] | None:
    """Phrases inside which an alias is no hit ("North Carolina"), longest first."""
    if not exclusions:
        return None
    ordered = sorted(exclusions, key=len, reverse=True)
    return re.compile(alternation((_alias_pattern(e) for e in ordered), case_sensitive=True))


def _words_pattern(alternatives: Iterable[str]) -> re.Pattern[str]:
    grouped = alternation(alternatives, case_sensitive=True)
    return re.compile(r"(?<![\w])" + grouped + r"(?![\w])")


def _is_personal_name(alias: str) -> bool:
    """'Kim Jong Un', 'Donald Trump': several capitalized words, none a title."""
    words = alias.split()
    return len(words) > 1 and all(w[:1].isupper() and w not in TITLE_WORDS for w in words)


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """The quotations of a sentence; one that opens the sentence and never closes in it
    runs on to its end ('“If it did happen it could be a good thing I can tell you for North
    Korea, …': the quotation goes on in the next sentence, and its 'I' is the speaker's)."""
    spans = [m.span() for m in QUOTES.finditer(text)]
    start = len(text) - len(text.lstrip())
    if text[start : start + 1] in ("“", '"') and not (spans and spans[0][0] == start):
        return [(start, len(text))]
    return spans


def is_inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < position < b for a, b in spans)
