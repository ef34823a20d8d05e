"""The people an article names, with the fullest name and the role it gives them.

A registry built while an article is read, sentence by sentence: "South Korean Foreign
Minister Kang Kyung-wha" registers Kang Kyung-wha with the role "South Korean Foreign
Minister"; "Daniel Russel, the top U.S. diplomat for East Asia until last year," registers
the role after the comma. Later mentions ("Kang", "Mr. Russel") find the entity by any of its
name words, so evidence can say who spoke, in what capacity, in the article's own words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lexicon import NOT_GIVEN_NAMES, OPENING_WORDS, PERSON_AFTER
from .patterns import STARTS_A_WORD, alternation, top_level_branches
from .subjects import is_demonym
from .when import MONTH_NAMES, WEEKDAYS

ROLE_NOUNS = (
    r"President|Vice President|Minister|Secretary of (?:State|Defen[cs]e|the Treasury)"
    r"|Secretary-General|Secretary|Envoy|Spokes(?:man|woman|person)|Ambassador"
    r"|Adviser|Advisor|Chairman|Chairwoman|Leader|General|Admiral|Director|Chief|Commander"
    r"|Premier|Negotiator|Representative|Senator|Sen\.|Rep\.|Gov\.|Governor|Official|Aide"
    r"|Analyst|Professor|Expert|Researcher|Fellow|Editor|Correspondent|Diplomat"
)
_CALENDAR = rf"(?:{'|'.join((*WEEKDAYS, *MONTH_NAMES))})\b"
"""Words that follow a name without being part of it ('Park Geun-hye Monday told …')."""
_NAME = rf"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z]\.)?(?:\s+(?!{_CALENDAR})[A-Z][\w’'-]+){{1,2}})"
"""A person's name: two or three words, perhaps with a middle initial ('Jacob J. Lew')."""
_LOWER_TITLE = "press|deputy|senior|chief|national|security|foreign|defense|top|vice"
"""Lower-case words of a title before its role noun ('press secretary')."""
_TITLED = re.compile(
    rf"(?P<role>(?!(?:of|for)\s)(?:(?:[A-Z][\w.’'-]*|of|for|the|{_LOWER_TITLE})\s+){{0,5}}"
    rf"(?i:{ROLE_NOUNS}))\s+{_NAME}\b"
)
"""'South Korean Foreign Minister Kang Kyung-wha', 'Secretary of State Mike Pompeo', 'White
House press secretary Sarah Huckabee Sanders'; never opening on 'of' or 'for' ('the sister of
the North's leader Kim Jong Un' titles him 'the North's leader', not 'of the North's …')."""
_APPOSED = re.compile(
    rf"{_NAME},\s+(?P<role>(?:a|an|the|his|her|its|[\w.]+['’]s)\s+[^,;“\"]{{3,90}})(?=,|\.?\s*$)"
)
"""'Daniel Russel, the top U.S. diplomat for East Asia until last year,'."""
_NAME_APPOSED = re.compile(
    rf"\b(?:his|her|its|their|the|a|an)\s+(?P<role>(?:[A-Z][\w.’'-]*\s+){{1,3}}"
    rf"(?:counterpart|(?i:{ROLE_NOUNS}))),\s+{_NAME},"
)
"""'his South Korean counterpart, Lee Do-hoon,': a role, then the name set off by commas."""
_ROLE_WORD = re.compile(
    rf"\b{alternation(top_level_branches(ROLE_NOUNS))}\b", re.IGNORECASE
)  # grouped by first letter: the same matches, tried at every word of every sentence
_FULL = re.compile(  # '\b([A-Z][a-z]+)…', with the word-start test after the first letter
    rf"([A-Z]{STARTS_A_WORD}[a-z]+)\s+(?:[A-Z]\.\s+)?(?!" + _CALENDAR + r")[A-Z][a-z]+(?:-[a-z]+)?"
    r"(?:\s+(?!" + _CALENDAR + r")[A-Z][a-z]+\b(?:(?=['’]s\b)|(?![.’'-]\w)))?\b"
)
"""'Hillary Clinton', 'Kim Jong-un': a person's full name (checked against NOT_GIVEN_NAMES)."""
_ROLE_LEAD = re.compile(rf"(?:(?:[A-Z][\w.’'-]*|of|for|the|{_LOWER_TITLE})\s+){{1,5}}$")


_CONNECTIVES = frozenset(
    "But And Also So Yet Still Then Now Meanwhile However Later Earlier Separately Instead "
    "Indeed Moreover Asked When While After As".split()
)
"""Words that open a sentence before a title ('But Secretary of State Mike Pompeo …'): not
part of the role."""


def _role(text: str) -> str:
    """The title without a sentence's opening connective or article: 'Secretary of State',
    'top U.S. envoy'."""
    words = text.split()
    while words and (words[0].rstrip(",") in _CONNECTIVES or words[0] in ("The", "the")):
        words = words[1:]
    if words and all(w in TITLE_ABBREVIATIONS for w in words):  # 'Sen.' → 'Senator'
        words = [TITLE_ABBREVIATIONS[w] for w in words]
    return " ".join(words)


TITLE_ABBREVIATIONS = {
    "Sen.": "Senator",
    "Rep.": "Representative",
    "Gov.": "Governor",
    "Gen.": "General",
    "Lt.": "Lieutenant",
    "Col.": "Colonel",
    "Maj.": "Major",
    "Adm.": "Admiral",
    "Capt.": "Captain",
    "Sgt.": "Sergeant",
    "Amb.": "Ambassador",
}
"""A title that is only abbreviations ('Sen. Jeff Flake') is spelled out in a speaker line:
'Jeff Flake, Senator', not 'Jeff Flake, Sen.'."""


def _role_start(text: str, role: int) -> int:
    """Where the capitalized words before a role noun begin ('South Korean Foreign …')."""
    lead = _ROLE_LEAD.search(text, max(0, role - 60), role)
    return lead.start() if lead else role


_NAME_OF = re.compile(
    r"(?<![\w.’'-])(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z.’'-]+){1,2})\s+"
    r"(?:of|at|from)\s+(?:the\s+)?(?P<role>[A-Z][^,;“\"]{0,60})$"
)
"""'Robert Kelly of Pusan national university': a person before the institution word the
engine found as the speaker."""
_PLACE = re.compile(
    r"\b(?:North|South|Korea|Korean|China|Chinese|United|States|House|Department)\b"
)


def describe(text: str, start: int, end: int) -> Entity | None:
    """The person a mention opens a title for ('US Secretary of State Mike Pompeo' → Mike
    Pompeo, 'US Secretary of State'), or the unnamed role it heads ('A US special envoy')."""
    if text[start:end].islower():  # 'Robert Kelly of Pusan national university': the person
        named = _NAME_OF.search(text, max(0, start - 90), end)
        if named:
            return Entity(named.group("name"), named.group("role"))
    titled = _TITLED.match(text, start)
    if titled and titled.start("role") == start:
        name = _POSSESSIVE.sub("", titled.group("name"))
        body = _BODY_OF_PERSON.match(text, start + len(_POSSESSIVE.sub("", titled.group(0))))
        if body:  # 'officials in U.S. President Barack Obama's administration': not Obama
            return Entity(f"{name}’s {body.group('body')}", "")
        return Entity(name, _role(titled.group("role")))
    role = PERSON_AFTER.match(text, end)
    if role:  # unnamed: the description is all the reader gets
        return Entity(text[start : role.end()].strip(), "")
    body = _BODY_AFTER_DEMONYM.match(text, end) if is_demonym(text[start:end]) else None
    if body:  # 'South Korean' of 'his South Korean counterpart', '… intelligence agencies'
        return Entity(text[start : body.end()].strip(), "")
    return None


_BODY_OF_PERSON = re.compile(
    r"['’]s\s+(?P<body>administration|government|office|campaign|team|cabinet|aides|staff)\b"
)
"""What a titled person's possessive may own that speaks for them ('President Park
Geun-hye's office', 'President Barack Obama's administration')."""
_BODY_AFTER_DEMONYM = re.compile(
    r"(?:\s+and\s+(?:U\.S\.|US|[A-Z][a-z]+))?"  # 'South Korean and U.S. officials'
    r"(?:\s+[A-Za-z][\w-]*){0,2}?\s+(?i:counterparts?|agenc(?:y|ies)|ministry|military"
    r"|government|authorities|delegation|navy|army|forces|lawmakers?|media"
    r"|officials|leaders|negotiators?|diplomats?|envoys?|troops|officers|monitors|scientists"
    r"|leadership|news agency"
    r"|intelligence(?:\s+(?:agenc(?:y|ies)|services?))?"
    r"|spy agency|coast guard|prosecutors?)\b(?:\s+of(?:\s+[A-Z][\w-]*)+)?"
)
"""The body or people a demonym names ('South Korean intelligence agencies', 'the South
Korean Ministry of National Defense', 'South Korean Defense Ministry'), so that a speaker
line does not read '— South Korean'."""


_POSSESSIVE = re.compile(r"['’]s?$")
_COUNTERPART = re.compile(r"\bcounterparts?$")
_COUNTERPART_OF = re.compile(r"(?:his|her)\s.*\bcounterpart,")
"""'his North Korean counterpart,': a relation that names its other party by a pronoun."""
_CAPITALIZED = re.compile(r"\b[A-Z][\w’'-]+")
_HONORIFIC = re.compile(r"^(?:Mr|Ms|Mrs|Dr|Sen|Rep|Gov|Gen|Adm|President|Chairman)\.?\s+")


@dataclass(frozen=True)
class Entity:
    """A person the article names: the fullest name it gives, and the role it gives them."""

    name: str
    role: str = ""


@dataclass
class Registry:
    """The entities of one article, found by any word of their names."""

    by_word: dict[str, Entity] = field(default_factory=dict)

    def observe(self, text: str) -> None:
        """Register the full, titled and apposed names of one sentence (the latest wins)."""
        for match in _FULL.finditer(text):
            given = match.group(1)
            if given in NOT_GIVEN_NAMES or given in OPENING_WORDS:  # 'Whether Trump is …'
                continue
            if not _PLACE.search(match.group()):
                self._add(match.group(), "")
        if ", " in text:
            for match in _NAME_APPOSED.finditer(text):  # 'his South Korean counterpart, Lee …,'
                self._add(match.group("name"), self._whose(text, match))
        if not _ROLE_WORD.search(text):
            return
        for role in _ROLE_WORD.finditer(text):  # 'South Korean Foreign Minister Kang …'
            titled = _TITLED.match(text, _role_start(text, role.start()))
            if titled and _role(titled.group("role")).lower() != "official":
                # 'the party's official People's Daily': an adjective, not a title
                self._add(titled.group("name"), _role(titled.group("role")))
        if ", " not in text:
            return
        for match in _APPOSED.finditer(text):
            role_text = match.group("role").strip()
            if _ROLE_WORD.search(role_text):
                self._add(match.group("name"), role_text)

    def _whose(self, text: str, match: re.Match[str]) -> str:
        """The role of 'his North Korean counterpart, Ri Yong-ho,' as a reader needs it:
        whose counterpart ('Rex Tillerson’s North Korean counterpart'), the person the
        sentence names last before it, when the registry knows them."""
        role = match.group("role")
        if not _COUNTERPART_OF.match(match.group(0)):
            return role
        for word in reversed(_CAPITALIZED.findall(text, 0, match.start())):
            owner = self.by_word.get(_POSSESSIVE.sub("", word))
            if owner is not None:
                return f"{owner.name}’s {role}"
        return role

    def _add(self, name: str, role: str) -> None:
        name = _POSSESSIVE.sub("", name)  # "Park Geun-hye's office": the person is Park
        role = role.rstrip(". ")
        for word in name.split():
            known = self.by_word.get(word)
            if (
                known is not None
                and known.name == name
                and (not role or (known.role and _COUNTERPART.search(role)))
            ):
                role = known.role  # 'Kang Kyung-wha' again keeps her title, 'Moon Jae-in'
                # his: a counterpart's relation does not replace the title he was named with
            self.by_word[word] = Entity(name, role)

    def first_in(self, text: str) -> Entity | None:
        """The first person the text names in full whom the registry knows ('At the hearing,
        Rep. Doug Lamborn, R-Colo., read aloud what he said …' → Doug Lamborn)."""
        for match in _FULL.finditer(text):
            entity = self.find(match.group())
            if entity is not None:
                return entity
        return None

    def find(self, mention: str) -> Entity | None:
        """The entity a mention names ('Kang', 'Mr. Russel', 'Kang Kyung-wha'), if known."""
        words = _HONORIFIC.sub("", mention).split()
        if not words or not words[-1][:1].isupper():
            return None
        entity = self.by_word.get(words[-1]) or self.by_word.get(words[0])
        if entity is None:
            return None
        name = entity.name.split()
        while words and words[0] not in name:  # 'Former President Bill Clinton'
            words = words[1:]
        return entity if words and all(w in name for w in words) else None
