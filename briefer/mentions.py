"""Who a sentence names: template aliases, outside speakers, news media and pronouns."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from .lexicon import (
    BARE_NAME,
    FULL_NAME,
    INSTITUTION_WORDS,
    MEDIA,
    NEXT_WORD,
    OUTSIDE_SPEAKERS,
    OWNER,
    PLACE_WORDS,
    PRONOUN,
    QUOTES,
    ROLE_OVERRIDE,
    SURNAME_FIRST,
    TITLE_WORDS,
)
from .models import OTHER, Template


@dataclass(frozen=True)
class Mention:
    """A span of the sentence naming an actor key, ``other``, ``media`` or ``pronoun``."""

    start: int
    end: int
    text: str
    key: str


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

    def mentions(
        self, text: str, headline: bool = False, names: dict[str, str] | None = None
    ) -> list[Mention]:
        """Actor, outside-speaker, media and pronoun mentions in order.

        In headlines every word is capitalized, so a capitalized next word proves nothing.
        ``names`` maps a bare surname ("Kim") to whoever the article last named in full.
        """
        media_spans = [m.span() for m in self.media.finditer(text)]
        excluded = [m.span() for m in self.exclusions.finditer(text)] if self.exclusions else []
        blocked = media_spans + excluded
        found: list[Mention] = []
        position = 0
        while match := self.aliases.search(text, position):
            position = match.end()
            if any(a <= match.start() < b for a, b in blocked):
                continue
            key = self.lookup.get(_fold(match.group()))
            following = None if headline else NEXT_WORD.match(text, match.end())
            if following and following.group(1).rstrip(".") not in TITLE_WORDS:
                position = match.start() + 1  # "the North Koreans": try "North Koreans"
                continue
            if key and names and match.group() in names:
                key = names[match.group()]
            if key:
                found.append(Mention(match.start(), match.end(), match.group(), key))
        taken = [(m.start, m.end) for m in found] + excluded
        for start, end in media_spans:
            if not _overlaps((start, end), taken):
                found.append(Mention(start, end, text[start:end], "media"))
        taken = [(m.start, m.end) for m in found]
        for match in self.outside.finditer(text):
            if not _overlaps(match.span(), taken):
                owned = OWNER.search(text[max(0, match.start() - 30) : match.start()])
                key = "pronoun" if owned and not ROLE_OVERRIDE.match(match.group()) else OTHER
                found.append(Mention(match.start(), match.end(), match.group(), key))
        if names:  # "Song added": a surname the article gave in full before
            taken = [(m.start, m.end) for m in found]
            for match in BARE_NAME.finditer(text):
                name = match.group()
                if name in names and name not in self.lookup and not _overlaps(match.span(), taken):
                    following = NEXT_WORD.match(text, match.end())
                    if not following or following.group(1).rstrip(".") in TITLE_WORDS:
                        found.append(Mention(match.start(), match.end(), name, names[name]))
        quotes = quoted_spans(text)
        taken = [(m.start, m.end) for m in found]
        for match in PRONOUN.finditer(text):
            if match.group() in ("I", "we", "We") and not is_inside(match.start(), quotes):
                continue  # the writer's own voice, not a speaker's
            if not _overlaps(match.span(), taken):
                found.append(Mention(match.start(), match.end(), match.group(), "pronoun"))
        return sorted(found, key=lambda m: m.start)

    def is_personal(self, text: str) -> bool:
        """Whether a mention names a person ("Trump", "Kim Jong Un", "Mr. Moon") rather than a
        state, capital or institution ("North Korea", "Washington", "KCNA")."""
        words = text.replace("’", "'").split()
        if not words or text.lower() in ("he", "she"):
            return bool(words)
        if any(w.strip(".,'s") in PLACE_WORDS or w.isupper() for w in words):
            return False
        if words[0].rstrip(".") in ("Mr", "Ms", "Mrs", "Dr", "Sen", "Rep") or len(words) > 1:
            return True
        return words[0] in self.surnames or words[0] in self.family_names

    def full_names(self, text: str) -> list[tuple[str, str]]:
        """(surname, key) for each full name in the text that starts with a surname alias:
        the actor when the full name is an alias ("Kim Jong Un"), else an outside person
        ("Kim Dong-yub", an analyst), so that a later bare "Kim" means the right one."""
        found = []
        for word in BARE_NAME.finditer(text):  # every capitalized word may start a name
            if word.group() not in self.surnames:
                continue
            match = FULL_NAME.match(text, word.start())
            if not match:
                continue
            surname = match.group(1)
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
        return found


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
            lookup.setdefault(_fold(alias), actor.key)
    aliases = re.compile(r"(?<![\w.-])" + _trie_pattern(_spellings(lookup)) + r"(?![\w-]|\.\w)")
    exclusions = [e for actor in template.actors for e in actor.exclusions]
    exclusion = (
        re.compile("|".join(_alias_pattern(e) for e in sorted(exclusions, key=len, reverse=True)))
        if exclusions
        else None
    )
    media = re.compile(
        r"(?<![\w])(?:"
        + "|".join(re.escape(m) for m in sorted(MEDIA, key=len, reverse=True))
        + r")(?![\w])"
    )
    outside = re.compile(
        r"(?<![\w])(?:"
        + "|".join(_capitalizable(alternative) for alternative in OUTSIDE_SPEAKERS.split("|"))
        + r")(?![\w])"
    )
    surnames = frozenset(
        alias.split()[0]
        for alias in lookup
        if " " in alias
        and (alias.split()[0] in lookup or alias.split()[0] in SURNAME_FIRST)
        and all(w[:1].isupper() and w not in TITLE_WORDS for w in alias.split())
    )
    actors = frozenset(actor.key for actor in template.actors)
    family_names = frozenset(  # "Donald Trump" → "Trump": the last word of a personal alias
        alias.split()[-1]
        for alias in lookup
        if " " in alias and all(w[:1].isupper() and w not in TITLE_WORDS for w in alias.split())
    )
    return Matcher(aliases, lookup, exclusion, media, outside, surnames, actors, family_names)


# ---- cues and speakers -----------------------------------------------------------------------


def quoted_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in QUOTES.finditer(text)]


def is_inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < position < b for a, b in spans)
