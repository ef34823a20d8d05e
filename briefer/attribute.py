"""Sentences + Template → who holds the position each sentence reports, with evidence.

A rule-based engine in four steps, following the labelling guidelines of the gold set:
1. *mentions*: template aliases (longest match, exclusions and news-media names removed),
   outside speakers ("analysts", "Sen.", "former", other governments), pronouns;
2. *cues*: reporting verbs ("said", "told", "according to", "by X's reckoning"), stance
   verbs ("wants", "rejected"), stance-signalling deeds ("tested", "scrapped");
3. *speakers*: the subject before a cue (skipping appositives and time phrases), or the
   name after an inverted cue ('…," said Sen. X'); an object of a preposition is no subject;
4. *holders*: the innermost reported speech act wins over the conduit that relays it (but
   not inside direct quotes, and not over pronouns); stance verbs add their targets' spelled-
   out stances; coordinate clauses ("…, while Xi told Moon…") add their own holders; a quote
   continuation and "he"/"the official" inherit the previous sentence's holder.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

from .lexicon import (
    NON_COMMENT,
    PERSON_AFTER,
    PREPOSITIONS,
    QUOTE_OPEN,
    RELAY_REACH,
    ROLE_PREPOSITION,
)
from .mentions import (
    Matcher,
    Mention,
    compile_matcher,
    is_inside,
    quoted_spans,
)
from .models import OTHER, Attribution, Evidence, Sentence, Template
from .speakers import (
    Cue,
    find_cues,
)
from .split import DATELINE


@dataclass(frozen=True)
class Context:
    """What the sentences before leave behind: the attribution just before (for quote
    continuations) and who "he", "it" or "the official" most likely is."""

    previous: Attribution = Attribution()
    referent: str = ""
    names: tuple[tuple[str, str], ...] = ()
    person: str = ""
    """Whom "he" or "she" most likely means: the last person named, not a country."""


_DATELINE = re.compile("^" + DATELINE)
"""Text given straight to attribute_text may still open with a dateline: blanked out, offsets
kept (split_article already cuts it off its sentences)."""

MAX_SENTENCE_CHARS = 5_000
"""Longer "sentences" (run-on text the splitter had to cut) are judged on their start."""

_REFERENT_SPAN = 2
"""A referent is forgotten after this many sentences that name no actor."""


def attribute_sentences(
    sentences: Sequence[Sentence], template: Template
) -> tuple[Attribution, ...]:
    """Attribute every sentence of one article, in order (pronouns look back)."""
    matcher = compile_matcher(template)
    context = Context()
    quiet = 0
    results = []
    for sentence in sentences:
        if sentence.boilerplate:
            results.append(Attribution())
            continue
        attribution, mentions = _attribute(sentence.text, matcher, context, headline=False)
        results.append(attribution)
        referent = _referent(sentence.text, mentions, attribution)
        person = _referent(
            sentence.text,
            mentions,
            attribution,
            partial(_personal, sentence.text, matcher=matcher),
        )
        quiet = 0 if referent else quiet + 1
        kept = context.referent if quiet < _REFERENT_SPAN else ""
        kept_person = context.person if quiet < _REFERENT_SPAN else ""
        names = context.names
        found = matcher.full_names(sentence.text)
        if found:
            merged = dict(names)
            merged.update(found)
            names = tuple(sorted(merged.items()))
        context = Context(attribution, referent or kept, names, person or kept_person)
    return tuple(results)


@dataclass(frozen=True)
class SpeechAct:
    """A cue and the spans naming its speaker, in article offsets (for span scoring)."""

    cue: tuple[int, int]
    cue_text: str
    speakers: tuple[tuple[int, int], ...]


def speech_acts(sentences: Sequence[Sentence], template: Template) -> list[SpeechAct]:
    """Every cue of the article's sentences that has a speaker, with the speaker's spans."""
    matcher = compile_matcher(template)
    acts: list[SpeechAct] = []
    names: dict[str, str] = {}
    for sentence in sentences:
        if sentence.boilerplate:
            continue
        text = normalize(sentence.text)
        mentions = matcher.mentions(text, False, names or None)
        names.update(matcher.full_names(text))
        at = sentence.start
        for cue in find_cues(text, mentions):
            if cue.speaker and not cue.quoted:
                spans = tuple((at + m.start, at + m.end) for m in cue.speaker)
                acts.append(SpeechAct((at + cue.start, at + cue.end), cue.text, spans))
    return acts


_TYPED_QUOTES = re.compile(r"''|``")
"""Typewriter quotes ('' … '' in some wires' copy) read as straight double quotes."""


def normalize(text: str) -> str:
    """The text the rules read: datelines blanked, '' and `` as '"', offsets kept."""
    text = _DATELINE.sub(lambda m: " " * len(m.group()), text[:MAX_SENTENCE_CHARS])
    return _TYPED_QUOTES.sub('" ', text)


def _personal(text: str, mention: str, matcher: Matcher) -> bool:
    """A person, or a role held by one: "Trump", "analysts", "Russia's deputy U.N. envoy"."""
    if matcher.is_personal(mention) or mention[:1].islower():
        return True
    at = text.find(mention)
    return at >= 0 and bool(PERSON_AFTER.match(text, at + len(mention)))


def _referent(
    text: str,
    mentions: list[Mention],
    attribution: Attribution,
    personal: Callable[[str], bool] | None = None,
) -> str:
    """The holder of a sentence, else the first actor it names as a subject (with
    ``personal``, only people count: "he" is never "North Korea")."""
    for evidence in attribution.evidence:
        if personal is None or (evidence.mention and personal(evidence.mention)):
            return evidence.holder
    for mention in mentions:
        if personal is not None and not personal(mention.text):
            continue
        if mention.key not in ("pronoun", "media") and not PREPOSITIONS.search(
            text[max(0, mention.start - 12) : mention.start]
        ):
            return mention.key
    return ""


def attribute_text(
    text: str, matcher: Matcher, context: Context | None = None, headline: bool = False
) -> Attribution:
    """Holders of one sentence; ``context`` resolves pronouns and quote continuations."""
    return _attribute(text, matcher, context or Context(), headline)[0]


def _attribute(
    text: str, matcher: Matcher, context: Context, headline: bool
) -> tuple[Attribution, list[Mention]]:
    text = normalize(text)
    mentions = matcher.mentions(text, headline, dict(context.names) if context.names else None)
    if NON_COMMENT.search(text) and not re.search(r"\bbut\s+(?:said|added)\b", text):
        return Attribution(), mentions
    cues = [c for c in find_cues(text, mentions, headline) if c.speaker]
    outer = [c for c in cues if not c.quoted and not _nested(c, cues)]
    if not outer:  # no cue outside quotation marks: the speaker's own words, if anyone's
        previous = context.previous
        if _is_quote_continuation(text) and previous.holders:
            evidence = tuple(
                Evidence(e.holder, "", "quote continuation") for e in previous.evidence
            )
            return Attribution(previous.holders, evidence), mentions
        return Attribution(), mentions
    holders: list[Evidence] = []
    for cue in outer:
        personal = bool(cue.speaker) and cue.speaker[0].text.lower() in ("he", "she")
        fallback = (context.person or context.referent) if personal else context.referent
        inverted = cue.content == (0, cue.start)  # '…, they said': not a name in the content
        own = "" if inverted else _subject_before(text, mentions, cue.speaker)
        referent = own or fallback
        holders.extend(_holders_of(cue, cues, text, referent))
    return _dedupe(holders), mentions


def _subject_before(text: str, mentions: list[Mention], speaker: tuple[Mention, ...]) -> str:
    """'North Korea published a report in which it accused …': 'it' is the sentence's own
    subject, when an actor is named before the pronoun."""
    if not speaker or speaker[0].key != "pronoun":
        return ""
    quotes = quoted_spans(text)
    for mention in mentions:
        if mention.start >= speaker[0].start:
            break
        if is_inside(mention.start, quotes):  # a name inside a quote is not the subject
            continue
        if mention.key != "pronoun" and (
            ROLE_PREPOSITION.search(text[max(0, mention.start - 40) : mention.start])
            or not PREPOSITIONS.search(text[max(0, mention.start - 12) : mention.start])
        ):
            return mention.key  # "media": 'the Journal released audio that it said …'
    return ""


def _is_quote_continuation(text: str) -> bool:
    """A sentence that opens with a quotation mark and names no speaker of its own."""
    return text.strip()[:1] in QUOTE_OPEN


def _nested(cue: Cue, cues: list[Cue]) -> bool:
    return any(
        other is not cue
        and not other.quoted
        and other.kind in ("report", "speech")
        and other.content[0] <= cue.start < other.content[1]
        and not (other.start <= cue.start < other.end)
        for other in cues
    )


def _resolve(speaker: tuple[Mention, ...], referent: str) -> list[tuple[str, str]]:
    resolved = []
    for mention in speaker:
        if mention.key == "pronoun":
            resolved.extend([(referent, mention.text)] if referent not in ("", "media") else [])
        elif mention.key != "media":
            resolved.append((mention.key, mention.text))
    return resolved


def _holders_of(cue: Cue, cues: list[Cue], text: str, referent: str) -> list[Evidence]:
    speakers = _resolve(cue.speaker, referent)
    own = Attribution(tuple(k for k, _ in speakers))
    conduit = " ".join(m.text for m in cue.speaker) if not speakers or cue.kind == "report" else ""
    inner = [
        c
        for c in cues
        if c is not cue
        and cue.content[0] <= c.start < cue.content[1]
        and (c.kind in ("speech", "report", "action", "trigger") or _relayed_stance(cue, c))
        and any(m.key not in ("pronoun", "media") for m in c.speaker)
    ]
    found: list[tuple[Evidence, Cue]] = []
    relays = False
    for sub in inner:
        relays = relays or sub.start - cue.content[0] <= RELAY_REACH
        inner_referent = own.holders[0] if own.holders else referent
        for key, mention in _resolve(sub.speaker, inner_referent):
            if cue.kind in ("report", "speech") or key not in own.holders:
                found.append((Evidence(key, mention, sub.text, conduit), sub))
    mine = [Evidence(k, m, cue.text) for k, m in speakers]
    if speakers and all(key == OTHER for key, _ in speakers):
        # Outside voices give their own assessment of what actors did ('…, said an analyst'):
        # nothing is relayed; only another speaker's own words in a clause of their own stay.
        inverted = cue.content == (0, cue.start)
        return mine + [e for e, sub in found if not inverted and sub.kind in ("speech", "report")]
    relayed = {e.holder for e, _ in found}
    if cue.kind == "report" and found and relays:
        keep = [e for e in mine if _joint(text, cue, e.holder, relayed)]
        return keep + [e for e, _ in found]
    return mine + [e for e, _ in found]


def _relayed_stance(cue: Cue, inner: Cue) -> bool:
    """'Kim plans to invite experts …, Seoul officials said': a trailing report relays the
    stance its content opens with; a stance deep inside a 'said that' clause stays the
    speaker's own assessment ('Moon said North Korea was not convinced …')."""
    inverted = cue.content == (0, cue.start)
    return inverted and inner.kind == "stance" and inner.start - cue.content[0] <= RELAY_REACH


def _joint(text: str, cue: Cue, key: str, relayed: set[str]) -> bool:
    """'Moon said he and Kim had agreed': the speaker is a party to what it relays."""
    if key in relayed:
        return True
    content = text[cue.content[0] : cue.content[1]]
    return bool(re.search(r"\b(?:he|she|I|we) and\b|\band (?:I|me)\b", content)) and bool(
        re.search(r"\bagreed\b", content)
    )


def _dedupe(evidence: list[Evidence]) -> Attribution:
    seen: dict[str, Evidence] = {}
    for item in evidence:
        seen.setdefault(item.holder, item)
    return Attribution(tuple(seen), tuple(seen.values()))
