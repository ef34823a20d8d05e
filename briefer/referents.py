"""A sentence that opens on a pronoun, shown apart from its article: who the pronoun means.

A brief lifts sentences out of their articles, so "He stressed …" leaves the reader guessing.
The attribution engine has already resolved who holds such a sentence; here that answer is
turned into words: the name the article last used for that holder just before, inserted in
square brackets after the pronoun ("He [Trump] stressed …"), the only change a brief ever
makes to a sentence. Without a name to insert, the sentence cannot stand alone. Openings
that lean on the sentence before ('But …', 'This approach …') are told here too.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .models import Attribution, Sentence, Template
from .patterns import QUOTE_MARK
from .subjects import is_demonym

OPENING = re.compile(
    r"^[“\"']?(?:(?:But|And|Yet|Still|However|Meanwhile|Instead|Later|Then),?\s+"
    r"|[A-Z][^,.;:!?\"“”]{0,40},\s+)?"
    r"(He|She|It|They|His|Her|Its|Their|he|she|it|they|his|her|its|their)\b"
)
"""A pronoun subject at the start, after at most one connective or one short introductory
phrase ('But he stressed …', 'At the same time, he described …')."""
PERSONAL = frozenset({"He", "She", "His", "Her"})
INSTITUTIONS = frozenset(
    {
        "Ministry",
        "Agency",
        "Office",
        "Department",
        "Council",
        "Committee",
        "Government",
        "House",
        "Army",
        "Command",
        "Media",
        "News",
        "Embassy",
        "Mission",
        "Staff",
    }
)
"""Words that make a capitalised mention an institution, which 'he' or 'she' cannot mean."""
LOOKBACK = 4
"""Sentences before it in which the article must have named the referent."""

Lookup = Callable[[str, int], tuple[Sentence, Attribution] | None]
"""(article id, sentence index) → that sentence and its attribution, if it exists."""


def opening_pronoun(text: str) -> re.Match[str] | None:
    """The pronoun a sentence opens with, if any."""
    return OPENING.match(text)


def with_referent(
    sentence: Sentence, attribution: Attribution, template: Template, lookup: Lookup
) -> str | None:
    """The sentence as a brief may show it: unchanged when it opens on no pronoun, with
    the referent bracketed after the pronoun when it can be named, else None."""
    match = opening_pronoun(sentence.text)
    if not match:
        return sentence.text
    pronoun = match.group(1)
    holders = [
        e.holder
        for e in attribution.evidence
        if e.mention.lower() == pronoun.lower() and not e.conduit
    ]
    name = None
    if len(set(holders)) > 1 and pronoun.capitalize() == "They":  # a pair: both named
        named = [_name_for(h, pronoun, sentence, attribution, template, lookup) for h in holders]
        names = [n for n in named if n]
        name = " and ".join(names) if len(names) == len(named) else None
    elif holders:
        name = _name_for(holders[0], pronoun, sentence, attribution, template, lookup)
    if not name and any(e.conduit.lower() == pronoun.lower() for e in attribution.evidence):
        name = _messenger(pronoun, sentence, template, lookup)
    if not name:
        return None
    end = match.end(1)
    return f"{sentence.text[:end]} [{name}]{sentence.text[end:]}"


def _name_for(
    holder: str,
    pronoun: str,
    sentence: Sentence,
    attribution: Attribution,
    template: Template,
    lookup: Lookup,
) -> str | None:
    """What the article called ``holder`` in the sentences just before; for 'it'/'they'
    the actor's own name will do. A person named further back ('Pence said …' / a caption /
    'On Thursday he visited …' / '“…,” he said.' / 'He also said …') is the speaker the
    engine took the pronoun for, by the fullest name."""
    try:
        actor = template.actor(holder)
    except KeyError:
        return None
    if pronoun.capitalize() not in PERSONAL:
        return actor.name
    for back in range(1, LOOKBACK + 1):
        found = lookup(sentence.article_id, sentence.index - back)
        if found is None:
            break
        _, earlier = found
        names = [
            e.mention
            for e in earlier.evidence
            if e.holder == holder and _is_person(e.mention, actor.name)
        ]
        if names:
            return names[-1]
    resolved = [
        e.speaker
        for e in attribution.evidence
        if e.holder == holder and e.mention.lower() == pronoun.lower() and e.speaker
    ]
    return resolved[0] if resolved and _is_person(resolved[0], actor.name) else None


def _messenger(pronoun: str, sentence: Sentence, template: Template, lookup: Lookup) -> str | None:
    """'He also said Kim agreed to destroy a missile site': the pronoun is the messenger, not
    the holder, and means the person the sentence before spoke through (as the attribution
    engine reads 'he': the last person named), if that sentence names one."""
    if pronoun.capitalize() not in PERSONAL:
        return None
    found = lookup(sentence.article_id, sentence.index - 1)
    if found is None:
        return None
    names = []
    for e in found[1].evidence:
        try:
            actor = template.actor(e.holder).name
        except KeyError:
            continue
        if _is_person(e.mention, actor):
            names.append(e.mention)
    return names[-1] if names else None


def _is_person(mention: str, actor_name: str) -> bool:
    """A capitalised name that is not the actor's own name ('Trump', 'Kim Jong Un')."""
    words = mention.split()
    return (
        bool(words)
        and all(w[:1].isupper() for w in words)
        and mention != actor_name
        and mention not in actor_name
        and not OPENING.match(mention)
        and not INSTITUTIONS.intersection(w.strip("’'s") for w in words)
        and not is_demonym(mention)  # 'He [North Korean] has managed …' named no one
    )


_LEANS_BACK = re.compile(
    r"^[“\"'‘]?(?:(?:But|However|Yet|Still|Also|Meanwhile|And|Instead|Nevertheless|Moreover"
    r"|Next|Then|Finally|Second|Third|Furthermore|Besides|Likewise|Similarly|Thus|Therefore)\b"
    r"|(?:He|She|It|They|His|Her|Its|Their)\b)"
)
"""An opening that leans on a sentence before it ('But he stressed …', 'Also, no missile
testing …'): a section does not open with it when it has a sentence that stands alone."""


_POINTS_BACK = re.compile(r"^[“\"'‘]?(?:This|That|These|Those|Such)\b")
"""'This approach certainly has its drawbacks': a demonstrative opening points at a sentence
before it."""


def leans_back(text: str) -> bool:
    """Whether a sentence opens on a connective or a pronoun that leans on the one before."""
    return bool(_LEANS_BACK.match(text))


def writers_question(text: str) -> bool:
    """A question in the writer's voice, no quotation mark in it ('What does China say?')."""
    return text.rstrip().endswith("?") and not QUOTE_MARK.search(text)


def stands_alone(text: str) -> bool:
    """Whether a sentence can be read without the one before it (Context and Other voices
    show no sentence that opens on 'But', 'He', 'This …', 'After the summit, he …'), or
    without the ones after it (a writer's question is answered by what follows)."""
    return not (
        _LEANS_BACK.match(text)
        or _POINTS_BACK.match(text)
        or OPENING.match(text)
        or writers_question(text)
        or timing_link(text) is not None
    )


_TIMING_LINK = re.compile(
    r"^[“\"']?(?:The|This|That|These|Those|His|Her|Their|Its|[A-Z][\w.’'-]*(?:'s|’s))"
    r"(?:\s+[\w’'-]+){0,3}?\s+"
    r"(?:comments?|remarks?|statements?|announcements?|moves?|warnings?|threats?|messages?"
    r"|responses?|rhetoric|reports?|news|tweets?|speech|launch(?:es)?|tests?|decision"
    r"|declaration|pledge|offer|visit|trip)"
    r"(?:\s+(?:issued|made|released|published|posted|delivered|carried)\b[^,;:“\"]{0,40}?)?"
    r"(?:\s+(?:to|in|from|at)\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)?"
    r"(?:\s+[-–—(][^-–—()]{0,80}[-–—)])?"
    r"\s+(?:came|comes|come)\s+"
    r"(?:(?:just|only|shortly|barely|less|more|than|a|an|one|two|three|four|five|six|several"
    r"|few|\d+|days?|hours?|weeks?|months?)\s+){0,4}"
    r"(?:after|before|as(?!\s+(?:a|an|something|no)\s)|amid|on the heels|in the face|in the wake"
    r"|in response)\b"
)
"""'The comments come after President Trump tweeted …', 'Tuesday's launch comes days after
…', "Kerry's visit to Japan comes as …": the main clause only dates a statement or deed told
in the sentence before."""


def timing_link(text: str) -> int | None:
    """Where the main clause ends of a sentence that tells when the statement or deed
    before it came: it names that statement by a definite phrase ('The comments', 'The
    North's statement issued Monday') and says what it came after, before or amid ('The
    comments come after| President Trump tweeted …'). None for any other sentence. Such a
    sentence is not read alone, and its main clause states no position."""
    match = _TIMING_LINK.match(text)
    return match.end() if match else None


_ANAPHORIC_NP = re.compile(r"^(?:the|both|these|those)(?:\s+[a-z][\w-]*){1,3}$")
"""'the leaders', 'the two men', 'the official': a speaker named by a definite phrase of
common nouns only, who the sentences before introduced."""


def anaphoric_speaker(mention: str) -> bool:
    """Whether a speaker mention points back at someone named before ('the leaders said')."""
    return bool(_ANAPHORIC_NP.match(mention))
