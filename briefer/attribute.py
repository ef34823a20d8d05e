"""Sentences + Template → who holds the position each sentence reports, with evidence.

A rule engine in phases (rules.py holds the registry; ``brief eval-attribution --ablate``
measures each rule):

1. *mentions* (mentions.py): template aliases (longest match, exclusions and news media
   removed), outside speakers, pronouns, bare surnames of names given in full before;
2. *cue filters* (cues.py): is a cue word used as a verb at all (not a noun, not passive)?
3. *speaker finders* (speakers.py): the subject before a cue, the name after an inverted
   one, a plain noun phrase, the name inside 'according to X' / "by X's reckoning";
4. *vetoes*: a demonym before a plural noun, a conditional clause, a non-comment;
5. *holder rules* (holders.py): the innermost speech act wins over its conduit, outside
   voices relay nothing, joint agreements keep both parties;
6. *cross-sentence rules* (here): quote continuations, "he"/"the official" resolved to the
   previous subject, a surname to the full name the article gave it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import partial

from .cues import find_cues
from .holders import (
    holders_of,
    non_comment,
    outer_cues,
    pronoun_takes_sentence_subject,
)
from .lexicon import PERSON_AFTER, PREPOSITIONS, QUOTE_OPEN
from .mentions import Matcher, Mention, MentionKind, compile_matcher
from .models import Attribution, Evidence, Sentence, Template
from .rules import Example, Phase, confidence_of, ordered, rule, tracing
from .split import DATELINE
from .view import Cue, SentenceView

__all__ = [
    "Context",
    "Matcher",
    "SpeechAct",
    "attribute_sentences",
    "attribute_text",
    "compile_matcher",
    "normalize",
    "speech_acts",
]


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

REFERENT_SPAN = 2
"""A referent is forgotten after this many sentences that name no actor."""

_TYPED_QUOTES = re.compile(r"''|``")
"""Typewriter quotes ('' … '' in some wires' copy) read as straight double quotes."""


def normalize(text: str) -> str:
    """The text the rules read: datelines blanked, '' and `` as '"', offsets kept."""
    text = _DATELINE.sub(lambda m: " " * len(m.group()), text[:MAX_SENTENCE_CHARS])
    return _TYPED_QUOTES.sub('" ', text)


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
        results.append(_in_article(attribution, sentence.start))
        context, quiet = _next_context(
            sentence.text, matcher, context, attribution, mentions, quiet
        )
    return tuple(results)


def _in_article(attribution: Attribution, offset: int) -> Attribution:
    """Evidence spans moved from sentence offsets to article offsets."""
    if not offset:
        return attribution
    moved = tuple(
        replace(
            e,
            speaker_span=_shift(e.speaker_span, offset),
            cue_span=_shift(e.cue_span, offset),
        )
        for e in attribution.evidence
    )
    return Attribution(attribution.holders, moved)


def _shift(span: tuple[int, int] | None, offset: int) -> tuple[int, int] | None:
    return (span[0] + offset, span[1] + offset) if span else None


def _next_context(
    text: str,
    matcher: Matcher,
    context: Context,
    attribution: Attribution,
    mentions: list[Mention],
    quiet: int,
) -> tuple[Context, int]:
    """What this sentence leaves for the next one to resolve pronouns with."""
    referent = referent_of(text, mentions, attribution)
    person = referent_of(text, mentions, attribution, partial(_personal, text, matcher=matcher))
    quiet = 0 if referent else quiet + 1
    remembered = quiet < REFERENT_SPAN or not referent_forgotten(quiet)
    kept = context.referent if remembered else ""
    kept_person = context.person if remembered else ""
    names = context.names
    found = matcher.full_names(text)
    if found:
        merged = dict(names)
        merged.update(found)
        names = tuple(sorted(merged.items()))
    return Context(attribution, referent or kept, names, person or kept_person), quiet


@rule(
    "referent_forgotten",
    Phase.CROSS_SENTENCE,
    off=False,
    examples=[
        Example(
            "He said the drills would go ahead.",
            (),
            before=(
                "Trump spoke on Monday.",
                "The weather was fine.",
                "The hotel was full.",
            ),
        ),
    ],
)
def referent_forgotten(quiet: int) -> bool:
    """After sentences that name no actor, "he" no longer means the last one named."""
    return quiet >= REFERENT_SPAN


@dataclass(frozen=True)
class SpeechAct:
    """A cue and the spans naming its speaker, in article offsets (for span scoring)."""

    cue: tuple[int, int]
    cue_text: str
    speakers: tuple[tuple[int, int], ...]


def speech_acts(sentences: Sequence[Sentence], template: Template) -> list[SpeechAct]:
    """Every cue outside quotation marks that has a speaker, with the speaker's spans."""
    matcher = compile_matcher(template)
    acts: list[SpeechAct] = []
    names: dict[str, str] = {}
    for sentence in sentences:
        if sentence.boilerplate:
            continue
        text = normalize(sentence.text)
        view = SentenceView.of(text, matcher.mentions(text, False, names or None))
        names.update(matcher.full_names(text))
        at = sentence.start
        for cue in find_cues(view):
            if cue.speaker and not cue.quoted:
                spans = tuple((at + m.start, at + m.end) for m in cue.speaker)
                acts.append(SpeechAct((at + cue.start, at + cue.end), cue.text, spans))
    return acts


def _personal(text: str, mention: str, matcher: Matcher) -> bool:
    """A person, or a role held by one: "Trump", "analysts", "Russia's deputy U.N. envoy"."""
    if matcher.is_personal(mention) or mention[:1].islower():
        return True
    at = text.find(mention)
    return at >= 0 and bool(PERSON_AFTER.match(text, at + len(mention)))


def referent_of(
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
        if mention.key not in (MentionKind.PRONOUN, MentionKind.MEDIA) and not PREPOSITIONS.search(
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
    if non_comment(text):
        return Attribution(), mentions
    view = SentenceView.of(text, mentions, headline)
    cues = [c for c in find_cues(view) if c.speaker]
    outer = outer_cues(cues)
    if not outer:  # no cue outside quotation marks: the speaker's own words, if anyone's
        return quote_continuation(text, context.previous) or Attribution(), mentions
    holders: list[Evidence] = []
    for cue in outer:
        with tracing() as fired:
            found = holders_of(view, cue, cues, _referent_for(view, cue, context))
        holders.extend(_with_rules(e, fired) for e in found)
    return _dedupe(holders), mentions


def _with_rules(evidence: Evidence, fired: list[str]) -> Evidence:
    """The holder and cross-sentence rules that decided a holder join its cue's rules."""
    rules = ordered((*evidence.rules, *fired))
    return replace(evidence, rules=rules, confidence=confidence_of(rules))


def _referent_for(view: SentenceView, cue: Cue, context: Context) -> str:
    """Whom a pronoun subject of this cue means: the sentence's own subject, else the last
    person ("he", "she") or the last actor ("it", "the ministry") of the sentences before."""
    personal = bool(cue.speaker) and cue.speaker[0].text.lower() in ("he", "she")
    fallback = (context.person or context.referent) if personal else context.referent
    own = "" if cue.inverted else pronoun_takes_sentence_subject(view, cue.speaker)
    if not own and fallback and cue.speaker and cue.speaker[0].key == MentionKind.PRONOUN:
        return pronoun_resolves_back(fallback)
    return own or fallback


@rule(
    "pronoun_resolves_back",
    Phase.CROSS_SENTENCE,
    off="",
    confidence=0.7,
    examples=[
        Example(
            "He said the summit would go ahead.",
            ("us",),
            before=("Mr. Trump met reporters on Monday.",),
        ),
    ],
)
def pronoun_resolves_back(fallback: str) -> str:
    """ "he", "it", "the official" mean the previous sentences' subject ("he": a person)."""
    return fallback


@rule(
    "quote_continuation",
    Phase.CROSS_SENTENCE,
    off=None,
    confidence=0.6,
    examples=[
        Example(
            "“Meeting with Kim Jong Un was an interesting and very positive experience.”",
            ("us",),
            before=("“There is no longer a Nuclear Threat from North Korea,” Trump tweeted.",),
        ),
    ],
)
def quote_continuation(text: str, previous: Attribution) -> Attribution | None:
    """A sentence that opens with a quotation mark and names no speaker of its own continues
    the previous sentence's speaker."""
    if text.strip()[:1] not in QUOTE_OPEN or not previous.holders:
        return None
    rules = ordered(("quote_continuation",))
    evidence = tuple(
        Evidence(
            e.holder,
            "",
            "quote continuation",
            speaker=e.speaker,
            role=e.role,
            rules=rules,
            confidence=confidence_of(rules),
        )
        for e in previous.evidence
    )
    return Attribution(previous.holders, evidence)


def _dedupe(evidence: list[Evidence]) -> Attribution:
    seen: dict[str, Evidence] = {}
    for item in evidence:
        seen.setdefault(item.holder, item)
    return Attribution(tuple(seen), tuple(seen.values()))
