"""Who the folder's speakers are: a speaker that one article names only by family name
('Haley said', 'Kerry said') takes the full name and role another article of the folder
gives the same actor's speaker ('John Kerry, U.S. Secretary of State'), or, where no
article does, the full name the template lists among the actor's aliases ('Nikki Haley').

Attribution names speakers article by article (entities.py), so on a day of several
outlets the memo printed '— Kerry' under one bullet and '— John Kerry, U.S. Secretary of
State' under the next. A name is filled in only when exactly one person of that actor goes
by it: 'Kim' stays 'Kim' on a day that names Kim Jong Un and Kim Yo Jong, and for an
actor whose aliases list both.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from .models import Attribution, Evidence, Template, evolve

Known = dict[tuple[str, str], Counter[tuple[str, str]]]
"""(holder, a word of a full name) → how often each (full name, role) names that speaker."""

_NAME_WORD = re.compile(r"[A-Z][\w’'.-]*")
"""A word of a person's name ('Jae-in', 'J.'); a speaker with any other word ('U.S.
officials', 'the official') is no name."""


def with_folder_identities(
    attributions: Sequence[Attribution], template: Template | None = None
) -> list[Attribution]:
    """Each attribution with its speakers named as fully as the folder (else the template)
    names them."""
    folder = _known(attributions)
    listed = _listed(template) if template is not None else {}
    if not folder and not listed:
        return list(attributions)
    filled = []
    for attribution in attributions:
        evidence = tuple(_filled(e, folder, listed) for e in attribution.evidence)
        changed = any(a is not b for a, b in zip(evidence, attribution.evidence, strict=True))
        filled.append(Attribution(attribution.holders, evidence) if changed else attribution)
    return filled


def _name_words(speaker: str) -> list[str]:
    words = speaker.split()
    return words if all(_NAME_WORD.fullmatch(w) for w in words) else []


def _known(attributions: Sequence[Attribution]) -> Known:
    """The full names (two words or more) the folder's evidence gives, by actor and word."""
    known: Known = defaultdict(Counter)
    for attribution in attributions:
        for e in attribution.evidence:
            _count(known, e.holder, e.speaker, e.role)
    return known


def _listed(template: Template) -> Known:
    """The full names among the template's aliases ('Nikki Haley' of the United States)."""
    listed: Known = defaultdict(Counter)
    for actor in template.actors:
        for alias in actor.aliases:
            _count(listed, actor.key, alias, "")
    return listed


def _count(known: Known, holder: str, name: str, role: str) -> None:
    """One more time ``holder``'s speaker goes by ``name``, filed under each of its words,
    when it is a full name (two words or more)."""
    words = _name_words(name)
    if len(words) >= 2:
        for word in words:
            known[(holder, word)][(name, role)] += 1


def _filled(evidence: Evidence, folder: Known, listed: Known) -> Evidence:
    """The evidence with its speaker's full name and role, when exactly one person of its
    holder goes by that name; its role, when the article gave none and the folder does."""
    speaker = evidence.speaker
    words = _name_words(speaker)
    if not words or evidence.role:
        return evidence
    if len(words) > 1:  # a full name already: only a role to find
        found = folder.get((evidence.holder, words[0]))
        role = _role(found, speaker) if found else ""
        return evolve(evidence, role=role) if role else evidence
    for known in (folder, listed):
        found = known.get((evidence.holder, speaker))
        if found:
            name = _one_person(found)
            if not name:
                return evidence
            return evolve(evidence, speaker=name, role=_role(found, name))
    return evidence


def _one_person(found: Counter[tuple[str, str]]) -> str:
    """The name most often given, when every name found is one person's (same first and
    last word: 'Donald Trump', 'Donald J. Trump'); else ''."""
    people = {(name.split()[0], name.split()[-1]) for name, _ in found}
    if len(people) != 1:
        return ""
    names: Counter[str] = Counter()
    for (name, _), n in found.items():
        names[name] += n
    return names.most_common(1)[0][0]


def _role(found: Counter[tuple[str, str]], name: str) -> str:
    """The role the folder gives ``name`` most often, or ''."""
    roles = Counter({role: n for (full, role), n in found.items() if full == name and role})
    return roles.most_common(1)[0][0] if roles else ""
