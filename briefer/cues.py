"""Cues: reporting, stance and action words with their speakers and what they report.

A cue word found by the lexicon's patterns first passes the cue filters (is it used as a
verb at all?), then the speaker finders are tried in order, then the vetoes may drop the
speaker. Phrase cues ('according to X', "by X's reckoning", 'after threats by X', 'cited X
as saying') name their speaker inside the phrase.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from .clauses import (
    RELATIVE_SPEAKER,
    body_before_which_speaks,
    coordinated,
    coordinated_verb_takes_clause_subject,
    free_relative_subject,
    infinitive_takes_clause_subject,
    participle_takes_clause_subject,
    relative_clause_speaker,
    relative_head_is_subject,
    relative_pronoun_subject,
    report_after_report,
)
from .cuefilters import (
    after_comma,
    causative_is_no_subject,
    frame_verb_is_cue,
    gerund_after,
    guess_is_no_statement,
    hypothetical_speech,
    infinitive_is_cue,
    maintaining_is_keeping,
    not_done,
    reports_nothing,
    saying_anything_is_no_statement,
    sign_of_a_stance,
    time_will_tell,
    unclear_whether,
    unsaid_question,
    what_one_says,
    writer_prescribes,
)
from .inverted import AFTER_STOP, after_quote, inverted_speaker, speaker_after, speaks_for
from .lexicon import (
    ACCORDING,
    ACCORDING_WORDS,
    ACTION_ONLY,
    AS_SAID,
    AUXILIARIES,
    BARE_OFFICIALS,
    CITED,
    CITED_WORDS,
    CONSEQUENCE,
    CUE,
    CUE_HEADLINE,
    DETERMINER,
    FINITE_AUXILIARIES,
    FOOTAGE,
    FRAME_CUE,
    FRAME_CUE_WORDS,
    HABITUAL_ADVERBS,
    HEADLINE_SOURCE,
    INFINITIVE_CUE,
    NOMINAL_STANCE,
    OMITTED_IN_CONTRAST,
    POST_SIGNATURE,
    PREPOSITIONS,
    QUOTE_SIGNATURE,
    RECKONING,
    RELATIVE_HEAD,
    REPORT_ONLY,
    ROLE_BEFORE_QUOTE,
    SPEECH_NOUN_FROM,
    SPEECH_NOUN_THAT,
    STANCE_BY,
    STANCE_ONLY,
    STATE_OUTLET,
    STUDY_BY,
    TRIGGER,
    TRIGGER_DEED,
    TRIGGER_EVENT,
    TRIGGER_OWNER,
    UNOWNED_REPORT,
)
from .mentions import Mention, MentionKind
from .models import evolve
from .patterns import holds_any, may_hold
from .phrases import (
    PARTICIPLE,
    according_to_phrase_head,
    conjunct_past_relative_clause,
    dashed_aside_head,
    inverted_phrase_after_comma,
    inverted_phrase_after_quote,
    name_before_appositive,
    nearest_phrase_is_subject,
    parenthetical_report,
    passive_agent_speaks,
    quantity_is_subject,
    reduced_relative_agent,
    subordinate_phrase_subject,
    trailing_phrase_over_content,
)
from .referents import timing_link
from .rules import Example, Phase, rule, tracing
from .speakers import (
    as_clause_is_background,
    demonym_no_subject,
    generic_body,
    head_phrase,
    noun_far_from_subject,
    plain_subject,
    subject_before,
    subordinate_subject,
    with_phrase_subject,
)
from .subjects import is_demonym, titled_person
from .view import NOTHING, Cue, CueKind, Found, SentenceView
from .when import WEEKDAYS


def cue_kind(text: str) -> CueKind:
    """What a cue word reports (its last word decides between report and the rest)."""
    words = text.split()
    last = words[-1] if words else text
    if FRAME_CUE.fullmatch(text):
        return CueKind.REPORT
    if REPORT_ONLY.fullmatch(text) or REPORT_ONLY.search(last) and REPORT_ONLY.fullmatch(last):
        return CueKind.REPORT
    if ACTION_ONLY.search(text):
        return CueKind.ACTION
    if STANCE_ONLY.search(text):
        return CueKind.STANCE
    return CueKind.SPEECH


@rule(
    "phrase_ends_on_a_conjunction",
    Phase.SPEAKER,
    off=None,
    examples=[
        Example(
            "Last month, North Korea scrapped the 1953 truce that effectively ended the Korean "
            "War and said it was nullifying the joint declaration.",
            ("dprk",),
        ),
    ],
)
def phrase_ends_on_a_conjunction(found: Found, earlier: list[Cue]) -> Found | None:
    """'… scrapped the truce that effectively ended the Korean War and said …': a plain
    phrase before the cue that ends on 'and', 'but' or 'or' is the end of the verb phrase
    before, not a subject; the cue goes on with the sentence's first speaker (or none)."""
    if not found.speaker or not _CONJUNCTION_END.search(found.speaker[-1].text):
        return None
    outer = [c for c in earlier if c.speaker and not c.quoted]
    return Found(outer[0].speaker, False) if outer else NOTHING


_CONJUNCTION_END = re.compile(r"\s(?:and|but|or)$")


ASKING = ("asked", "asks")
"""'Ruth Marcus, editorial board editor for The Washington Post, asked Mook if …': a question
is reported as a statement is, and its subject may be a plain phrase the template does not
know; other speech verbs ('demanded', 'urged') keep to named subjects, whose plain phrases
were mostly clauses before them."""


_BARE_OFFICIALS_BEFORE = re.compile(
    rf"(?:^|[,;:]\s+){BARE_OFFICIALS}\s+(?:(?:also|have|had|has|\w+ly)\s+)?$", re.IGNORECASE
)
"""'Military officials promised …': officials that no state names, right before a verb of
speech, its whole subject (resolved as 'the officials' is, ``institution_resolves_back``;
not before a stance or a deed: 'Security officials expect another launch' may be anyone's)."""


def _bare_officials_before(text: str, match: re.Match[str]) -> bool:
    """Whether the cue's whole subject is 'officials' named by no state."""
    return bool(_BARE_OFFICIALS_BEFORE.search(text, 0, match.start("cue")))


def _asks_after_its_subject(text: str, match: re.Match[str]) -> bool:
    """An asking verb with its subject before it, not right after a closing quotation ('“…?”
    asked a senior South Korean official': ``inverted_phrase_after_quote`` reads that one)."""
    return match.group("cue") in ASKING and not after_quote(text, match.start("cue"))


def find_cues(view: SentenceView) -> list[Cue]:
    """Every cue in the sentence with its speaker, content span and whether it is quoted."""
    cues: list[Cue] = []
    floor = 0
    footage = _state_footage(view)
    for match in _cue_matches(view, [m.span() for m, _ in footage]):
        cues.append(_verb_cue(view, match, cues, floor))
        floor = match.end("cue")
    phrases = [*_phrase_cues(view), *(cue for _, cue in footage)]
    cues = _clip_contents(cues, cues + phrases)
    cues = [_relative_content(view.text, c) for c in cues]
    cues.extend(phrases)
    return sorted(cues, key=lambda c: c.start)


def _cue_matches(view: SentenceView, footage: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """The cue words of the sentence that report; none inside a phrase cue that is one
    ('cited X as saying', 'Photos released by … state media showed': ``footage``)."""
    may_cite = holds_any(view.text, CITED_WORDS)  # most sentences cite nobody: no scan
    cited = [m.span() for m in CITED.finditer(view.text)] if may_cite else []
    cited += footage
    for match in _candidates(view):
        start, cue = match.start("cue"), match.group("cue")
        infinitive = match.re is INFINITIVE_CUE
        if (not infinitive and cue_used_as_noun(view.text, start)) or reports_nothing(
            view.text, match
        ):
            continue
        if hypothetical_speech(view.text, start) or not_done(view.text, start):
            continue
        if maintaining_is_keeping(view.text, match) or causative_is_no_subject(view.text, match):
            continue
        if saying_anything_is_no_statement(view.text, match):
            continue
        if not view.quoted(start) and writer_prescribes(view.text, start):
            continue
        if agentless_participle(view.text, match.span("cue")):
            continue
        if naming_participle(view.text, match.span("cue")) or quoted_name_needs_a_relative(
            view.text, match.span("cue")
        ):
            continue
        if unsaid_question(view.text, start) or guess_is_no_statement(view.text, start):
            continue
        if STANCE_ONLY.fullmatch(cue) and sign_of_a_stance(view.text, start):
            continue
        if unclear_whether(view.text, start):
            continue
        if what_one_says(view.text, match.span("cue")) or time_will_tell(
            view.text, match.span("cue")
        ):
            continue
        if (
            passive_cue(view.text, start, cue, view.quoted(start))
            and not passive_agent_speaks(view, match.span("cue"))
            and not reported_to_names_its_party(view, match)
        ):
            continue
        if cited_is_one_cue(start, cited):
            continue
        yield match


def _state_footage(view: SentenceView) -> list[tuple[re.Match[str], Cue]]:
    """Each 'Photos released by North Korea's state media showed …' of the sentence with its
    phrase cue, found once: the phrase is one cue, and a 'released' inside it none."""
    found = []
    for match in _STATE_FOOTAGE.finditer(view.text) if "show" in view.text else ():
        with tracing() as fired:
            who = state_footage_shows(view, match)
        if who:  # what it shows, to the clause's end or a trailing '…, X reports'
            comma = view.text.find(", ", match.end())
            ends = [e for e in (*view.clause_ends, comma) if e >= match.end()]
            content = (match.end(), min(ends))
            found.append((match, _phrase_cue(view, match, CueKind.REPORT, who, content, fired)))
    return found


def _candidates(view: SentenceView) -> list[re.Match[str]]:
    """The lexicon's cue words, and the verbs that report in a reporting frame, in order."""
    pattern = CUE_HEADLINE if view.headline else CUE
    matches = list(pattern.finditer(view.text))
    framed = (
        [m for m in FRAME_CUE.finditer(view.text) if frame_verb_is_cue(view.text, m)]
        if any(word in view.text for word in FRAME_CUE_WORDS)
        else []
    )
    infinitives = (
        [m for m in INFINITIVE_CUE.finditer(view.text) if infinitive_is_cue(view.text, m.start())]
        if "to " in view.text
        else []
    )
    infinitives = [  # not inside a longer cue ('went on to say')
        i for i in infinitives if not any(m.start() < i.start() < m.end() for m in matches)
    ]
    if framed or infinitives:
        matches = sorted(matches + framed + infinitives, key=lambda m: m.start("cue"))
    return matches


def _verb_cue(view: SentenceView, match: re.Match[str], earlier: list[Cue], floor: int) -> Cue:
    start, end = match.span("cue")
    word = match.group("cue")
    kind = cue_kind(word)
    with tracing() as fired:
        found = _find_speaker(view, (start, end, kind), earlier, floor)
        speaker = _vetoed(view, found.speaker, start, word)
        found = Found(speaker, found.inverted)
        if not found and (
            kind == CueKind.REPORT
            or _asks_after_its_subject(view.text, match)
            or (kind == CueKind.SPEECH and _bare_officials_before(view.text, match))
        ):
            nearest = nearest_phrase_is_subject(view, start, end)
            found = Found((nearest,), False) if nearest else plain_subject(view, start, end)
            shared = phrase_ends_on_a_conjunction(found, earlier)
            found = found if shared is None else shared
        if len(found.speaker) == 1 and not found.inverted:
            first = conjunct_past_relative_clause(view, found.speaker[0])
            found = Found((*first, *found.speaker), False) if first else found
        if not found:
            found = inverted_phrase_after_quote(view, start, end)
    ends = [e for e in view.clause_ends if e >= end]
    content = (0, start) if found.inverted else (end, min(ends))
    quoted = view.quoted(start) and not quoted_predicate(view, start, found.speaker, earlier)
    return Cue(start, end, word, kind, found.speaker, content, quoted, tuple(fired))


_QUOTE_OPENS_PREDICATE = re.compile(r"(?<=[\w.)’']) [“\"](?:[a-z]+ly\s+)?$")
"""An opening quotation mark after a word, no comma or colon before it, with at most an
adverb between it and the verb: 'Trump “agreed that …', 'the two “strongly condemned …'."""
_NO_SUBJECT_BEFORE_MARK = re.compile(
    r"\b(?:be|been|being|is|are|was|were|get|got|will|would|can|could|may|might|must|should"
    r"|shall|do|does|did)\s+$|n[’']t\s+$",
    re.IGNORECASE,
)
"""'would be “tested like never before”' (a passive), 'a candidate who would “tell it like it
is”', 'wouldn't “accept …”': after 'be', a modal or a negation the quoted verb is no cue of
a subject before the mark (a preposition or an article neither: 'leads with “definitely not
support”', ``PREPOSITIONS``)."""
QUOTED_PREDICATE_REACH = 40
"""How far before the verb the opening mark and the word before it may stand (a word, the
mark and an adverb: 'Washington “unequivocally condemned')."""


@rule(
    "quoted_predicate",
    Phase.CUE_FILTER,
    off=False,
    examples=[
        Example(
            "Trump “agreed that pressure must continue until North Korea denuclearizes.”",
            ("us",),
        ),
    ],
)
def quoted_predicate(
    view: SentenceView, start: int, speaker: tuple[Mention, ...], earlier: Sequence[Cue] = ()
) -> bool:
    """'Trump “agreed that pressure must continue …”': a quotation that opens on its verb
    quotes the predicate of the writer's own clause, whose subject stands outside the marks;
    the verb is that subject's cue, not words of the quotation (a quotation opened after a
    comma or colon, '…, “We agreed …', is speech of its own). Only for the sentence's first
    cue: after 'Trump said China “wants …”' the quoted words are the speaker's."""
    if earlier or not speaker or not view.text[start].islower() or view.quoted(speaker[0].start):
        return False
    mark = _QUOTE_OPENS_PREDICATE.search(view.text, max(0, start - QUOTED_PREDICATE_REACH), start)
    if mark is None:
        return False
    before = view.text[: mark.start() + 1]  # up to the space before the mark
    return not _NO_SUBJECT_BEFORE_MARK.search(before) and not PREPOSITIONS.search(before)


def _find_speaker(
    view: SentenceView, cue: tuple[int, int, CueKind], earlier: list[Cue], floor: int
) -> Found:
    start, end, _ = cue
    named = _named_in_clause(view, start, end)
    if named:
        return named
    found = subject_before(view, start, floor)
    if not found and floor and RELATIVE_HEAD.search(view.text, 0, start):
        # 'Trump, who called the chat "a good talk", said …': the earlier cue sits in a
        # relative clause, so the subject stands before it
        found = subject_before(view, start, 0)
    shared = _shared_subject(view, cue, earlier, found)
    if shared is not None:
        return shared
    return (
        parenthetical_report(view, (start, end), found)
        or inverted_speaker(view, start, end, found)
        or inverted_phrase_after_comma(view, start, end)
        or trailing_phrase_over_content(view, (start, end), found)
        or subordinate_phrase_subject(view, (start, end), found)
        or dashed_aside_head(view, (start, end), found)
        or found
    )


def _named_in_clause(view: SentenceView, start: int, end: int) -> Found:
    """A speaker the cue's own clause names: a passive's agent, a relative clause's subject."""
    agent = passive_agent_speaks(view, (start, end))
    if agent:
        return Found(agent, True)
    reduced = reduced_relative_agent(view, (start, end))
    if reduced:
        return Found(reduced, True)
    relative = (
        relative_clause_speaker(view, start)
        or free_relative_subject(view, start)
        or relative_pronoun_subject(view, start)
        or body_before_which_speaks(view, start)
        or quantity_is_subject(view, start)
    )
    return Found(relative, False) if relative else NOTHING


def _shared_subject(
    view: SentenceView, cue: tuple[int, int, CueKind], earlier: list[Cue], found: Found
) -> Found | None:
    """The subject a cue shares with the clause around it: a coordinated verb's, a
    participle's, the head of a relative clause or an appositive before it."""
    start, end, kind = cue
    to = _INFINITIVE_TO.search(view.text, max(0, start - 20), start)
    if to:
        return infinitive_takes_clause_subject(view, to.start(), found)
    absolute = with_phrase_subject(view, start, end)
    if absolute:
        return absolute
    if view.text[:start].rstrip().endswith(" and"):
        shared = coordinated_verb_shares_subject(earlier, found, view.text)
        if shared is not None:
            return shared
    head = relative_head_is_subject(view, start, found) or name_before_appositive(
        view, start, found
    )
    if head is not None:
        return head
    if coordinated(view.text, start):
        return report_after_report(
            view, (start, kind), found, earlier
        ) or coordinated_verb_takes_clause_subject(view, (start, kind), found, earlier)
    if view.text[start:end].endswith("ing") and (
        after_comma(view.text, start) or gerund_after(view.text, start) is not None
    ):
        return _participle_subject(view, start, found, earlier)
    return None


_INFINITIVE_TO = re.compile(r"\bto\s+(?:\w+ly\s+|also\s+|again\s+)?$")


def _participle_subject(
    view: SentenceView, start: int, found: Found, earlier: list[Cue]
) -> Found | None:
    if not any(cue.speaker for cue in earlier):
        shared = participle_takes_clause_subject(view, start, found)
        if shared is not None:
            return shared
    return participle_shares_subject(earlier, found, view)


def _vetoed(
    view: SentenceView, speaker: tuple[Mention, ...], start: int, word: str
) -> tuple[Mention, ...]:
    if not speaker:
        return speaker
    if demonym_no_subject(speaker[-1], word):
        return ()
    if noun_far_from_subject(view.text, speaker[-1], start, word):
        return ()
    if subordinate_subject(view.text, speaker[0], (start, word)):
        return ()
    if as_clause_is_background(view.text, speaker[0], word):
        return ()
    if hedged_inference(view.text, speaker[-1].end, start, start + len(word)):
        return ()
    if inferred_stance(view.text, speaker[0], word):
        return ()
    return speaker


_EVIDENCE_THAT = re.compile(
    r"\b(?:shows?|showed|shown|suggests?|suggested|means?|meant|indicates?|indicated|proves?"
    r"|proved|demonstrates?|demonstrated|reflects?|reflected)\s+that\s+(?:the\s+)?$",
    re.IGNORECASE,
)


@rule(
    "inferred_stance",
    Phase.VETO,
    off=False,
    examples=[
        Example(
            "This limit-pushing behavior is designed to show that the North is willing to "
            "escalate aggressively.",
            (),
        ),
    ],
)
def inferred_stance(text: str, subject: Mention, cue: str) -> bool:
    """'This behavior is designed to show that the North is willing to escalate': a stance
    the writer reads out of evidence ('shows that', 'suggests that', 'means that') is the
    writer's inference, not the actor's position (guidelines: analysis is context)."""
    return cue_kind(cue) == CueKind.STANCE and bool(
        _EVIDENCE_THAT.search(text, max(0, subject.start - 30), subject.start)
    )


_HEDGE = re.compile(
    r"\b(?:seemingly|apparently|appears? to|appeared to|seems? to|seemed to|looks? to"
    r"|looked to|is likely to|are likely to|was likely to|were likely to)\b",
    re.IGNORECASE,
)
"""Words of the reporter's guess about an actor ('China has seemingly tested Trump's
patience', 'the White House appears to be taking Kim's offer seriously', 'Pyongyang
could also target population centers')."""


_GUESS = re.compile(
    r"(?:may|might|could|would|can|cannot|can[’']t|must|should|ought)(?:\s+\w+ly)?", re.IGNORECASE
)
"""A modal as a narrated deed's verb: the writer's guess ('Pyongyang could also target …'),
or what the writer thinks an actor is able or ought to do ('He can resume testing any
time', 'Trump must be wary'), or a scenario ('But North Korea would retaliate', 'Under the
proposal, North Korea would freeze …'), not a deed of the actor's."""
HEDGE_REACH = 14
"""How far from its verb a hedge may stand ('has seemingly tested', 'appears to be taking')."""


@rule(
    "hedged_inference",
    Phase.VETO,
    off=False,
    examples=[
        Example(
            "But as North Korea has continued testing weapons, China has seemingly tested "
            "Trump’s patience.",
            (),
        ),
        Example(
            "However, the White House appears to be taking Kim's offer seriously.",
            (),
        ),
    ],
)
def hedged_inference(text: str, subject_end: int, cue_start: int, cue_end: int) -> bool:
    """A deed the reporter only guesses at, between its subject and its verb ('seemingly',
    'appears to'), is the reporter's inference: context, not the actor's position."""
    start = max(subject_end, cue_start - HEDGE_REACH)
    return bool(_HEDGE.search(text, start, cue_end + HEDGE_REACH))


@rule(
    "participle_shares_subject",
    Phase.SPEAKER,
    off=None,
    examples=[
        Example(
            "“We will not talk,” North Korea said on Sunday, warning Washington.",
            ("dprk",),
        ),
        Example(
            "The North's statement issued Monday on state media came two days after the U.N. "
            "Security Council unanimously approved new sanctions, saying they were caused by a "
            "“heinous U.S. plot to isolate and stifle” North Korea.",
            ("dprk",),
        ),
        Example(
            "Moon Jae-in criticized North Korea on Monday, saying the talks would resume.",
            ("rok",),
        ),
        Example(  # PolNeAR train usa-today_2016-06-15 (obama-rips-rhetoric)
            "President Obama passionately rebuked critics who say he should condemn terrorists "
            "as “radical Islamists,” saying calling the Islamic State by another name will do "
            "nothing to defeat it.",
            ("other", "us"),
        ),
    ],
)
def participle_shares_subject(
    earlier: list[Cue], found: Found, view: SentenceView | None = None
) -> Found | None:
    """'…, warning the United States …': a participle after a comma shares the main
    clause's subject, the speaker of the last verb before it that has one ('Moon criticized
    the sanctions imposed on …, saying': not 'imposed', whose subject is nobody's); it is
    not inverted: the name after it is its object. The name inside
    a time clause before it is not that subject ('The North's statement came two days after
    the Security Council approved sanctions, saying …' is the North's), nor a pronoun in a
    complement or relative clause ('Moon bristled at the suggestion that he …, saying'), nor
    the speaker of a relative clause ('Obama rebuked critics who say …, saying …')."""
    spoken = [cue for cue in earlier if cue.speaker]
    if spoken:
        cue = _main_clause_cue(spoken, view)
        if view is not None and _embedded(cue, view.text):
            main = _main_subject(view)  # 'Obama rebuked critics who say …, saying …'
            if main and main[0].end <= cue.speaker[0].start:
                return Found(main, False)
        return Found(cue.speaker, False)
    main = _main_subject(view) if view is not None and found.speaker else None
    if main and view and found.speaker[0].start > main[-1].end:
        pronoun = found.speaker[0].key == MentionKind.PRONOUN
        between = _ANY_SUBORDINATE if pronoun else _SUBORDINATE_BETWEEN
        if between.search(view.text, main[-1].end, found.speaker[0].start):
            return Found(main, False)
    return Found(found.speaker, False)


def _main_clause_cue(spoken: list[Cue], view: SentenceView | None) -> Cue:
    """Of the cues before a participle, the last one's, unless it speaks in a clause that
    another embeds ('Moon criticized the sanctions that North Korea said were unfair,
    saying …' is Moon's; 'an architect who said he was stiffed, saying …' is not the
    architect's): then the one before it."""
    last = len(spoken) - 1
    while view is not None and last > 0 and _embedded(spoken[last], view.text):
        last -= 1
    return spoken[last]


def _embedded(cue: Cue, text: str) -> bool:
    """A cue whose speaker follows 'that'/'which'/'whom' or is followed by 'who': it speaks
    in a relative or complement clause."""
    start, end = cue.speaker[0].start, cue.speaker[-1].end
    return bool(
        _RELATIVE_BEFORE.search(text, max(0, start - EMBED_REACH), start)
        or _WHO_AFTER.match(text, end, cue.start)
    )


EMBED_REACH = 30
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|whom)\s+(?:the\s+)?$")
_WHO_AFTER = re.compile(r",?\s+who\s+(?:\w+ly\s+|also\s+)?$")
_TIME_OR_CAUSE = r"after|before|when|since|while|because|until|once"
_SUBORDINATE_BETWEEN = re.compile(rf"\b(?:{_TIME_OR_CAUSE})\b")
_ANY_SUBORDINATE = re.compile(rf"\b(?:{_TIME_OR_CAUSE}|that|who|whom|which|how|whether|if)\b")
"""Beside a time or cause clause, a complement or relative clause: a pronoun inside one is
not the main clause's subject ('Moon bristled at the suggestion that he …')."""
_SPEAKING_NOUN = re.compile(
    r"['’]s\s+(?:\w+\s+)?(?:statement|announcement|report|response|message|comments?"
    r"|spokes(?:man|woman|person)|ministry|agency|media|government)\b"
)


def _main_subject(view: SentenceView) -> tuple[Mention, ...] | None:
    """The actor the sentence opens on as its subject ('North Korea', 'The North's
    statement'), if any."""
    text = view.text
    intro = _opening(view)
    start = intro.end() if intro else 0
    first = next((m for m in view.mentions if m.start >= start), None)
    if first is None or not first.is_actor or not _SUBJECT_LEAD.match(text[start : first.start]):
        return None
    if re.match(r"['’]s\b", text[first.end : first.end + 2]) and not _SPEAKING_NOUN.match(
        text, first.end
    ):
        return None
    return (first,)


MANDATIVE = re.compile(
    r"\b(?:propos|urg|demand|suggest|insist|ask|request|recommend|call(?:s|ed)? (?:on|for))",
    re.IGNORECASE,
)
"""Cues whose content is what someone else should do."""


@rule(
    "coordinated_verb_shares_subject",
    Phase.SPEAKER,
    off=None,
    examples=[
        Example(
            "In a joint statement, China proposed that North Korea declare a moratorium on "
            "missile tests and urged the U.S. and South Korea to halt their exercises.",
            ("china",),
        ),
    ],
)
def coordinated_verb_shares_subject(
    earlier: list[Cue], found: Found, view_text: str = ""
) -> Found | None:
    """'China proposed that North Korea declare a moratorium … and urged the U.S. …': a
    verb after 'and' whose nearest subject stands inside what the previous cue demands
    (proposed, urged, demanded that …) shares that cue's speaker: the party asked to act
    does not go on speaking. 'Trump said Kim promised X and vowed Y' keeps Kim, who stands
    before 'promised'; 'Moon has said Washington is in talks … and has proposed …' keeps
    Washington ('said' demands nothing), the subject of a clause of its own; 'Moon has
    advocated engaging Pyongyang with dialogue and offered talks' is Moon's: Pyongyang is
    an object, no subject."""
    if not earlier or not found.speaker or not earlier[-1].speaker:
        return None
    previous = earlier[-1]
    inside = previous.content[0] <= found.speaker[0].start < previous.content[1]
    if not inside or found.inverted:
        return None
    if MANDATIVE.search(previous.text) or not _opens_clause(view_text, found.speaker[-1].end):
        return Found(previous.speaker, False)
    return None  # 'said X is … and has proposed': X proposed


_REGULAR_FINITE = r"[a-z]+ed|[a-z]{2,}[^s'’iu]s"
"""The verb forms a subject's own verb may take, for _CLAUSE_VERB and _FINITE alike."""
_CLAUSE_VERB = re.compile(rf"\s+(?:\w+ly\s+)?(?:{FINITE_AUXILIARIES}|{_REGULAR_FINITE})\b")


def _opens_clause(text: str, end: int) -> bool:
    """Whether a name is followed by a verb of its own: the subject of a clause."""
    return bool(_CLAUSE_VERB.match(text, end))


# ---- cue filters ----------------------------------------------------------------------------

_PASSIVE = re.compile(
    r"^(?:.*\s)?(?:was|were|been|being|is|are)\s+(?!quoted\b)(?:\w+ed|told|sent|held|shut|made"
    r"|given|seen|known|thought|said|freed|withdrawn|shown|taken)$",
    re.IGNORECASE,
)
_AUXILIARY = re.compile(
    r"\b(?:is|are|was|were|been|being|be|get|gets|got|when|if|unless)\s+"
    r"(?:(?:not|never|hardly|also|still|already|by\s+no\s+means|\w+ly)\s+){0,2}$",
    re.IGNORECASE,
)
"""Before a participle, the words of a passive: 'was asked', 'is by no means assured', and
the elided one of 'when asked by Lamborn whether …' (the one asked is not asking)."""
_NEGATION = re.compile(r"(?:not|never)\s+", re.IGNORECASE)
_JUDGED = re.compile(
    r"(?:accused|blamed|criticized|criticised|condemned|praised|lauded|hailed|denounced)"
)
_OF_OR_FOR = re.compile(r"\s+(?:of|for)\s")
_PARTICIPLE = re.compile(
    r"(?:\w+ed|told|sent|held|shut|made|given|seen|known|thought|said|withdrawn|shown|taken)"
    r"(?:\s+(?:out|off|up|down))?"
)


@rule(
    "cue_used_as_noun",
    Phase.CUE_FILTER,
    off=False,
    examples=[
        Example("Trump’s proposed summit with Kim was postponed.", ()),
        Example(
            "Tensions between the U.S and North Korea intensified during the past year, "
            "raising worries of armed conflict on the peninsula.",
            (),
        ),
        Example("Similar pledges in the past have not been upheld.", ()),
        Example(  # allsides_korea E3Ghu6wRWeO1kiFR, sentence 3 (corpus audit)
            "Accusing the Wall Street Journal of misquoting him, Trump said in tweets that he "
            "told the newspaper that “I’d probably” have a good relationship with Kim.",
            ("us",),
        ),
        Example(  # PolNeAR dev breitbart_2016-09-30 (the-latest-trump-urges-supporter)
            "The Democratic presidential candidate’s call came after rival Donald Trump "
            "attacked Machado in early-morning tweets.",
            (),
        ),
        Example(
            "Military and government officials in South Korea denied earlier reports Monday "
            "that Seoul had detected signs of a launch.",
            ("rok",),
        ),
        Example(  # allsides_korea QC5105SE3cGXt2XX, sentence 34 (corpus audit, round 41)
            "China remains one of North Korea's only allies and is responsible for much of the "
            "heavily sanctioned nation's economy.",
            (),
        ),
    ],
)
def cue_used_as_noun(text: str, start: int) -> bool:
    """'a proposed summit', 'the demands', 'raising worries of armed conflict', 'denied earlier
    reports': a cue word used as a noun or adjective."""
    before = text[max(0, start - 14) : start]
    if _HAS_CONTRACTED.search(before):
        return False  # "He's said …": 'has', no possessive
    if DETERMINER.search(before[-8:]) or _RAISING.search(before):
        return True
    if _ED_WORD.match(text, start) and _DETERMINER_ADVERB.search(text, max(0, start - 30), start):
        return True  # 'the heavily sanctioned nation', 'a widely reported test'
    if _ADJECTIVE_BEFORE.search(before) or _PREPOSITION_RIGHT_BEFORE.search(before):
        return text[start:].split(None, 1)[0].endswith("s")  # 'Similar pledges', 'in tweets'
    if _COMPOUND_BEFORE.search(before):  # 'his early-morning tweets'
        return bool(_PLURAL_NOUN_PRONE.match(text, start))
    earlier = _EARLIER_NOUN.match(text, start)  # 'denied earlier reports': the cue took 'earlier'
    return bool(earlier) and bool(_OBJECT_BEFORE.search(before))


_DETERMINER_ADVERB = re.compile(
    r"\b(?i:the|a|an|its|this|that|these|those|his|her|their|our)\s+(?!(?:family|ally|assembly"
    r"|rally|supply|reply|anomaly|monopoly|tally|bully)\s)[a-z]+ly\s+$"
)
_ED_WORD = re.compile(r"[a-z]+ed\s+[a-z]")
"""A determiner and an adverb before a participle: it modifies the noun after it ('much of
the heavily sanctioned nation’s economy'; not 'His family has said')."""
_ADJECTIVE_BEFORE = re.compile(
    r"\b(?:earlier|previous|recent|initial|unconfirmed|conflicting|separate|similar)\s+$",
    re.IGNORECASE,
)
"""'previous statements', 'Similar pledges': an adjective before a plural cue word makes it a
noun ('Kim earlier said' keeps its verb: only words in -s are read so)."""
_COMPOUND_BEFORE = re.compile(r"\b[a-z]+-[a-z]+(?<!er)(?<!or)(?<!ist)(?<!man)(?<!chief)\s+$")
_PLURAL_NOUN_PRONE = re.compile(r"(?:tweets|posts|reports|claims|notes|statements)\b")
"""'his early-morning tweets', 'campaign-finance reports': a hyphenated modifier before a
plural cue word that is often a noun makes it one (not a person's 'co-founder says')."""
_PREPOSITION_RIGHT_BEFORE = re.compile(r"\b(?:in|of|with|from|by|amid|despite)\s+$")
"""'Trump said in tweets that …', 'amid threats': a preposition right before a cue word in
-s makes it a noun (a verb in -s never follows one)."""
_EARLIER_NOUN = re.compile(r"(?:earlier|previous|recent)\s+\w+s\b", re.IGNORECASE)
_OBJECT_BEFORE = re.compile(r"\b(?:\w+ed|of|about|to|on)\s+$")
"""'denied earlier reports', 'dismissed earlier reports': a verb or preposition before
'earlier' + a word in -s makes the pair a noun phrase, its object."""


_HAS_CONTRACTED = re.compile(r"\b(?i:he|she|who)['’]s\s+(?:(?:also|long|\w+ly)\s+)?$")


_RAISING = re.compile(
    r"\b(?:rais|spark|stok|fuel|fuell|eas|allay|prompt|trigger|deepen|heighten|renew)ing\s+$",
    re.IGNORECASE,
)
"""A verb that stirs a feeling, before the feeling's noun: 'raising worries', 'sparking
fears', 'easing concerns'."""


_OBJECT_NOUN_BEFORE = re.compile(
    r"\b(?:to|of|for|with|on|in|about|against|between|over|from|into)\s+"
    r"(?:(?:(?:the|a|an|its|his|her|their|new|any)\s+)?(?:[\w-]+\s+){0,2}?[a-z][\w-]*s"
    r"|(?:the|a|an)\s+(?:(?!the\b)[\w.-]+\s+){0,2}?[a-z][\w-]*)\s+$"
)
_PREPOSITION_AFTER = re.compile(
    r"\s+(?:for|in|at|on|against|during|under|since|last|earlier|this|over|near|along)\b"
)


@rule(
    "agentless_participle",
    Phase.CUE_FILTER,
    off=False,
    examples=[
        Example(
            "Tensions grow between the US and China over anti-missile defenses proposed for "
            "South Korea.",
            (),
        ),
    ],
)
def agentless_participle(text: str, cue: tuple[int, int]) -> bool:
    """'… with respect to anti-missile defenses proposed for South Korea': a participle
    right after a plural noun that is a preposition's object, and before another
    preposition, describes that noun (a relative clause without its pronoun or agent);
    it reports nobody's words, and the actor named before it is no speaker."""
    start, end = cue
    if not PARTICIPLE.fullmatch(text, start, end):
        return False
    return bool(
        _OBJECT_NOUN_BEFORE.search(text, max(0, start - 60), start)
        and _PREPOSITION_AFTER.match(text, end)
    )


_NAMING = re.compile(
    r"(?:called|dubbed|named|nicknamed)(?!\s+(?:Mr|Ms|Mrs|Dr|Sen|Rep|Gov|Gen|Lt|Col)\.)"
    r"(?=\s+(?:the\s+)?[“\"]?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}[”\"]?(?:[,.;)]|$))"
)
_SET_OFF_BEFORE = re.compile(r"[\w)]\s*,\s*$")


_QUOTE_NEXT = re.compile(r"\s+[“\"]")
_RELATIVE_SUBJECT_BEFORE = re.compile(
    r"\b(?:which|that|what|who|whom)\s+(?:[^\s,;:“”\"]+\s+){1,8}$", re.IGNORECASE
)


@rule(
    "quoted_name_needs_a_relative",
    Phase.CUE_FILTER,
    off=False,
    examples=[
        Example(  # PolNeAR train: 'a popular play called "Los Hijos de Trump"'
            "A group of Seoul comedians is performing a play called “Sons of Kim” in Seoul.",
            (),
        ),
    ],
)
def quoted_name_needs_a_relative(text: str, cue: tuple[int, int]) -> bool:
    """'which he called “a cartel for higher education”', 'what officials called “a hate
    crime”', 'who Beck on Wednesday called “a horrible, despicable human being”': 'called'
    with the quotation right after it names something in someone's words only when its
    object went before it, in a relative clause with its own subject; 'a play called “Sons
    of Kim”' only gives a title."""
    start, end = cue
    if text[start:end].split()[-1] != "called" or not _QUOTE_NEXT.match(text, end):
        return False
    return not _RELATIVE_SUBJECT_BEFORE.search(text, max(0, start - 80), start)


@rule(
    "naming_participle_is_no_cue",
    Phase.CUE_FILTER,
    off=False,
    examples=[
        Example(  # allsides_korea o2wlUuLGf8G0WhU2, sentence 10
            "The missile, called the Hwasong-14, flew 933 kilometers, North Korea said.",
            ("dprk",),
        ),
    ],
)
def naming_participle(text: str, cue: tuple[int, int]) -> bool:
    """'the presidential palace, called the Blue House', 'The missile, called the
    Hwasong-14,': a participle set off after a noun that gives its name says what the
    thing is called, nobody's words; the name after it is no inverted speaker."""
    start, end = cue
    return bool(_NAMING.match(text, start)) and bool(
        _SET_OFF_BEFORE.search(text, max(0, start - 4), start)
    )


@rule(
    "passive_no_speaker",
    Phase.CUE_FILTER,
    off=False,
    examples=[
        Example("North Korea is banned from testing ballistic missiles.", ()),
        Example(
            "The possibility of Pyongyang being able to strike the U.S. mainland, even now, "
            "can't be ruled out.",
            (),
        ),
        Example(
            "It is by no means assured that Kim Jong Un has fully consolidated his authority.",
            (),
            before=("In the last few days, the U.S. was public about its deployment of jets.",),
        ),
        Example(  # allsides_korea BF8qoNVxCwVPhSUO, sentence 13
            "North Korea sent Kim Yong Chol, an official accused of being behind a deadly 2010 "
            "attack on a South Korean warship, to lead its delegation.",
            ("dprk",),
            before=("The White House said it would not meet the North Korean delegation.",),
        ),
    ],
)
def passive_cue(text: str, start: int, cue: str, quoted: bool = False) -> bool:
    """'formalities were conducted', 'North Korea is banned from …', 'an official accused
    of being behind a deadly attack': no speaker acts. Outside quotation marks, 'is
    committed', 'is worried' tell the subject's state of mind (``_STATE_OF_MIND``); inside
    them it is the speaker's reading of it ('“China is committed to …,” McMaster said')."""
    if _PASSIVE.match(cue):
        return quoted or not _STATE_PASSIVE.match(cue)
    if _JUDGED.fullmatch(cue) and _OF_OR_FOR.match(text, start + len(cue)):
        return True  # 'accused of', 'praised for': the one judged, the object, stands before
    negation = _NEGATION.match(cue)  # 'It is not assured that …': the cue holds its 'not'
    if negation:
        start, cue = start + negation.end(), cue[negation.end() :]
    return (
        bool(_PARTICIPLE.fullmatch(cue))
        and (quoted or not _STATE_OF_MIND.fullmatch(cue))
        and bool(_AUXILIARY.search(text[max(0, start - 30) : start]))
    )


_STATE_OF_MIND = re.compile(r"concerned|worried|committed|determined|prepared|convinced")
_STATE_PASSIVE = re.compile(rf"^(?:.*\s)?(?:is|are|was|were)\s+(?:{_STATE_OF_MIND.pattern})$")
"""Participles that after 'is' tell the subject's state of mind, a stance ('Washington is
committed to …', 'The Pentagon is worried that …'), not a deed done to it."""


_REPORTED_TO = re.compile(r"(?:reported|said|rumou?red)\s+to\s+(?:have\s+|be\s+)?[a-z]")
"""A passive report and the verb it reports: 'is reported to have promised', 'is said to be
asking'."""
_BELIEVED_TO = re.compile(r"(?:believed|thought)\s+to\s+have\s+")
"""A passive belief before a deed: 'is thought to have tested' (not a state the belief
ascribes: 'is thought to have a handful of bombs', 'is believed to be 33 years old')."""


@rule(
    "reported_to_names_its_party",
    Phase.CUE_FILTER,
    off=False,
    examples=[
        Example(
            "Kim is reported to have promised Moon that there would be no more missile tests.",
            ("dprk",),
        ),
        Example(  # allsides_korea n3A0rrDUVL7uHv1M, sentence 5 (corpus audit, round 40)
            "Last week, North Korea is thought to have tested a pair of KN-23 missiles.",
            ("dprk",),
        ),
    ],
)
def reported_to_names_its_party(view: SentenceView, match: re.Match[str]) -> bool:
    """'North Korea is reported to be asking for a longer timetable': a passive report whose
    subject is a named party reports that party's deed or words (whoever reported them
    goes unnamed); 'the death toll was reported to be 128' names no party and stays out.
    A belief reports so only a deed: 'North Korea is thought to have tested a pair of
    missiles'."""
    believed = _BELIEVED_TO.match(view.text, match.start("cue"))
    if believed is not None:
        if not ACTION_ONLY.match(view.text, believed.end()):
            return False
    elif not _REPORTED_TO.match(view.text, match.start("cue")):
        return False
    found = subject_before(view, match.start("cue"))
    return any(m.key != MentionKind.MEDIA for m in found.speaker)


@rule(
    "cited_is_one_cue",
    Phase.CUE_FILTER,
    off=False,
    examples=[
        Example("KCNA cited Moon as saying the talks would go ahead.", ("rok",)),
    ],
)
def cited_is_one_cue(start: int, cited: list[tuple[int, int]]) -> bool:
    """'KCNA cited Moon as saying …' is one cue: its 'saying' is not a cue of its own."""
    return any(a <= start < b for a, b in cited)


def _clip_contents(cues: list[Cue], every: list[Cue]) -> list[Cue]:
    """A forward content ends where a trailing '…, X said' attribution begins, or a trailing
    '…, according to X' (``trailing_source_ends_content``), among ``every`` cue."""
    clipped = []
    for cue in cues:
        end = cue.content[1]
        for later in every:
            if (
                later.start > cue.end
                and later.speaker
                and (later.inverted or trailing_source_ends_content(cue, later))
            ):
                end = min(end, later.start, later.speaker[0].start)
        clipped.append(evolve(cue, content=(cue.content[0], max(cue.content[0], end))))
    return clipped


@rule(
    "relative_clause_ends_at_its_comma",
    Phase.SPEAKER,
    off=None,
    examples=[
        Example(  # allsides_korea 7tBe8TaXSYSS5sBd, sentences 10 and 12 (corpus audit, round 40)
            "The report, which the Washington Post's Adam Taylor says is credible, concludes "
            "that the targets were almost certainly people being executed.",
            ("other",),
            before=(
                "According to a recent report by the group Human Rights in North Korea, those "
                "rumors might actually be true.",
            ),
        ),
    ],
)
def relative_clause_ends(text: str, cue: Cue) -> int | None:
    """'The report, which the Post's Adam Taylor says is credible, concludes that …': what a
    speaker inside a relative clause set off by commas says ends at the clause's closing
    comma (returned); the main clause's verb after it is no part of it (and so not relayed
    by it)."""
    if RELATIVE_SPEAKER not in cue.rules:
        return None
    comma = text.find(",", cue.end, cue.content[1])
    return comma if comma >= 0 else None


def _relative_content(text: str, cue: Cue) -> Cue:
    end = relative_clause_ends(text, cue)
    return cue if end is None else evolve(cue, content=(cue.content[0], end))


@rule(
    "trailing_source_ends_content",
    Phase.SPEAKER,
    off=False,
    examples=[
        Example(
            "Moon said the door to dialogue was open if North Korea gave up its nuclear "
            "weapons, according to presidential office spokesman Park Su-hyun.",
            ("rok",),
        ),
    ],
)
def trailing_source_ends_content(cue: Cue, later: Cue) -> bool:
    """'He said the door was open …, according to a spokesman': what he said ends where the
    writer's source begins, so the source relays the speech act instead of each sitting in
    the other's content (the sentence then held nothing). A verb whose content would be
    left short ('“…,” an agency official said, according to Yonhap') reports the
    quotation before it and keeps its content."""
    return (
        later.text.lower().startswith("according")
        and later.start - cue.content[0] >= MIN_CLIPPED_CONTENT
    )


MIN_CLIPPED_CONTENT = 20
"""Characters a verb's content keeps at least when a trailing source clips it."""


# ---- phrase cues ----------------------------------------------------------------------------


_PHRASES = (
    (AS_SAID, CueKind.REPORT, ("as ", "As ")),
    (STUDY_BY, CueKind.REPORT, (" by ", " from ")),
    (POST_SIGNATURE, CueKind.REPORT, ("(@",)),
    (HEADLINE_SOURCE, CueKind.REPORT, (": ",)),
    (ROLE_BEFORE_QUOTE, CueKind.REPORT, (": “", ': "')),
    (QUOTE_SIGNATURE, CueKind.REPORT, ("”―", "” ―", "”—", "” —", "”–", "” –", '"—', '" —')),
    (RECKONING, CueKind.STANCE, ("'s ", "’s ")),
    (OMITTED_IN_CONTRAST, CueKind.STANCE, ("but ",)),
    (SPEECH_NOUN_THAT, CueKind.SPEECH, (" that",)),
    (SPEECH_NOUN_FROM, CueKind.SPEECH, (" from ", " by ")),
    (STANCE_BY, CueKind.STANCE, (" by ", " seen ", " viewed ", " regarded ")),
    (TRIGGER, CueKind.TRIGGER, (" by ", " from ")),
    (TRIGGER_OWNER, CueKind.TRIGGER, ("'s ", "’s ")),
    (TRIGGER_EVENT, CueKind.TRIGGER, ("'s ", "’s ")),
    (TRIGGER_DEED, CueKind.TRIGGER, ("fter ", "response to ")),
    (CONSEQUENCE, CueKind.TRIGGER, ("prompting ", "leading ", "spurring ")),
    (CITED, CueKind.SPEECH, (" as ",)),
)
"""Phrase cues, each with words one of which any match must contain (a cheap check first)."""


def _phrase_cues(view: SentenceView) -> Iterator[Cue]:
    according = may_hold(view.text, ACCORDING_WORDS)  # most sentences: no scan
    for match in ACCORDING.finditer(view.text) if according else ():
        with tracing() as fired:
            who = according_to(view, match)
        if who:
            yield _phrase_cue(view, match, CueKind.REPORT, who, (0, len(view.text)), fired)
    if " from " in view.text:
        for match in NOMINAL_STANCE.finditer(view.text):
            with tracing() as fired:
                who = stance_noun_from(view, match)
            if who:
                content = (match.start(), match.start("who"))
                yield _phrase_cue(view, match, CueKind.STANCE, who, content, fired)
    for pattern, kind, needles in _PHRASES:
        if not holds_any(view.text, needles):
            continue
        for match in pattern.finditer(view.text):
            with tracing() as fired:
                who = named_in_phrase(view, match, kind)
            if who:
                content = (match.end(), match.end())
                yield _phrase_cue(view, match, kind, who, content, fired)


_STATE_FOOTAGE = re.compile(
    rf"\b(?i:{FOOTAGE})\s+"
    r"(?:(?:released|issued|published|aired|broadcast|carried|distributed)\s+(?:by|on)|from|on)"
    r"\s+(?P<who>(?:the\s+)?[^,;:.“”\"]{2,60}?)(?:\s+(?:last|this|on)\s+\w+)?\s+"
    r"(?:showed|shows|show)\b"
)


@rule(
    "state_footage_shows",
    Phase.SPEAKER,
    off=(),
    examples=[
        Example(  # allsides_korea FeHbRO9t0Ax2FCNy, sentence 4 (corpus audit, round 41)
            "Pictures from North Korean state media showed Kim Jong Un reviewing military plans "
            "with his generals Monday to launch four missiles near the island of Guam, CBS News "
            "correspondent Ben Tracy reports.",
            ("dprk",),
        ),
    ],
)
def state_footage_shows(view: SentenceView, match: re.Match[str]) -> tuple[Mention, ...]:
    """'Pictures from North Korean state media showed Kim Jong Un reviewing military plans
    …', 'Video and photos released by the state-run Korean Central News Agency showed the
    launch': what a state's media choose to show is that state's message (GUIDELINES 3:
    state media speak for the state). The actor the source names; none for an outlet no
    actor owns ('Footage on state-controlled TV')."""
    source = match.group("who")
    if not _STATE_SOURCE.search(source):
        return ()
    named = view.between(match.start("who"), match.end("who"))
    return tuple(m for m in named if m.is_actor)[:1]


_STATE_SOURCE = re.compile(
    r"\b[Ss]tate(?:-run|-controlled)?\s+(?:media|TV|television|news\s+agency)\b"
    rf"|\b(?:{STATE_OUTLET.pattern})\b"
)
"""A state's media by kind ('North Korean state media', 'the state-run Korean Central News
Agency') or by name; not 'the State Department', and not a 'state broadcaster' (South
Korea's KBS: GUIDELINES 3 puts South Korean media among the non-state conduits)."""


def _phrase_cue(
    view: SentenceView,
    match: re.Match[str],
    kind: CueKind,
    who: tuple[Mention, ...],
    content: tuple[int, int],
    fired: list[str],
) -> Cue:
    """A cue made of a whole phrase ('according to X', "by X's reckoning", 'cited X as …');
    only 'according to' can sit inside a quotation and relay nothing of its own."""
    quoted = kind == CueKind.REPORT and view.quoted(match.start())
    text = match.group().strip()
    return Cue(match.start(), match.end(), text, kind, who, content, quoted, tuple(fired))


@rule(
    "according_to",
    Phase.SPEAKER,
    off=(),
    examples=[
        Example("Talks will resume in July, according to Yonhap and Seoul officials.", ("rok",)),
    ],
)
def according_to(view: SentenceView, match: re.Match[str]) -> tuple[Mention, ...]:
    """'according to X': X is the source of the whole sentence; any phrase naming whoever it
    is, up to the next comma, when no known name follows ('according to a poll by …')."""
    if reckoning_is_no_source(view.text, match.end()):
        return ()
    who = speaker_after(view, match.end() - 1)
    if who:
        return who
    stop = AFTER_STOP.search(view.text, match.end())
    phrase = head_phrase(view.text, match.end(), stop.start() if stop else len(view.text))
    phrase = phrase or according_to_phrase_head(view, match.end())
    if phrase and phrase.key == MentionKind.OTHER:
        phrase = speaks_for(view, phrase)
    if phrase and phrase.key == MentionKind.OTHER:
        each = each_source_speaks(view, phrase)
        if each:
            return each
        phrase = owned_body(view, phrase) or phrase
    if phrase and phrase.key == MentionKind.OTHER:
        phrase = state_outlet_carries_it(view, phrase) or phrase
    if phrase and phrase.key == MentionKind.OTHER:
        phrase = document_the_subject_sent(view, phrase, match.start()) or phrase
    if (
        phrase
        and phrase.key == MentionKind.OTHER
        and (UNOWNED_REPORT.fullmatch(phrase.text) or _report_by_media(view, phrase))
    ):
        phrase = Mention(phrase.start, phrase.end, phrase.text, MentionKind.MEDIA)
    return (phrase,) if phrase else ()


_SENT_BY_PRONOUN = re.compile(
    r"(?:the|a|an)\s+(?:\w+\s+)?(?:letter|statement|report|memo|readout|document|notice"
    r"|notification|filing|message)\s+(?:that\s+)?(?:they|he|she|it)\s+(?:had\s+)?(?:sent"
    r"|wrote|issued|released|delivered|filed|submitted)\b",
    re.IGNORECASE,
)


@rule(
    "document_the_subject_sent",
    Phase.SPEAKER,
    off=None,
    examples=[
        Example(  # Vox, 30 June 2018 (held-out key-position day; corpus audit, set 3118)
            "And Trump’s administration still views North Korea as an “unusual and "
            "extraordinary threat,” at least according to the letter they sent Congress "
            "renewing longstanding sanctions on the country.",
            ("us",),
        ),
    ],
)
def document_the_subject_sent(
    view: SentenceView, phrase: Mention, cue_start: int
) -> Mention | None:
    """'… according to the letter they sent Congress': the document's author is a pronoun
    for the sentence's subject (the first actor it names before the cue), who is the
    source; Congress only receives it."""
    if not _SENT_BY_PRONOUN.match(phrase.text):
        return None
    subject = next((m for m in view.mentions if m.start < cue_start and m.is_actor), None)
    if subject is None:
        return None
    return Mention(phrase.start, phrase.end, phrase.text, subject.key)


_SOURCES_AND = re.compile(r"\s+and\s+")
_NOT_A_LIST = re.compile(
    r"\b(?:of|involving|with|from|by|in|at|on|who|that|taken|to)\b|(?:\S+\s+){8}"
)
"""A phrase that is no list of two sources: a noun's complement ('photographs taken of a
meeting involving Kim Jong-un and military officials'), or too long for two heads."""


@rule(
    "according_to_names_each_source",
    Phase.SPEAKER,
    off=(),
    examples=[
        Example(
            "The drills will go ahead in March, according to the South Korean military and "
            "U.S. officials.",
            ("rok", "us"),
        ),
    ],
)
def each_source_speaks(view: SentenceView, phrase: Mention) -> tuple[Mention, ...]:
    """'according to the South Korean military and U.S. officials': two sources, each read
    as a speaker phrase of its own (a mixed group holds for both, GUIDELINES 3), where the
    whole phrase was one outside voice. Only when one of them is an actor's, and the phrase
    is a plain list (``_NOT_A_LIST``)."""
    if _NOT_A_LIST.search(phrase.text):
        return ()
    parts = []
    at = phrase.start
    for piece in _SOURCES_AND.split(phrase.text):
        start = view.text.index(piece, at)
        at = start + len(piece)
        part = speaks_for(view, Mention(start, at, piece, generic_body(piece)))
        parts.append(owned_body(view, part) or part)
    if len(parts) < 2 or not any(p.is_actor for p in parts):
        return ()
    return tuple(parts)


_OWNER_BEFORE = re.compile(r"(?:the\s+)?", re.IGNORECASE)
_BODY_AFTER = re.compile(
    r"\s+\w+(?:\s+\w+)?"
    r"|['’]s\s+(?!former\b|ex-)(?:[\w-]+\s+){0,2}(?:service|agency|ministry|military|army"
    r"|navy|government|office|authorities|officials|command|embassy|mission|spokes(?:man|woman))"
    r"|['’]s\s+(?:ruling|official|state-run|state|government|party)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:media|newspaper|news\s+agency|television|TV|broadcaster|radio|mouthpiece)"
)
"""After an actor's name or adjective, its body: 'the South Korean military' (two words at
most), 'South Korea’s intelligence service' (a government body's noun after the
possessive, not a former one's nor a newspaper's), and its state media: 'North Korea’s
state media', 'North Korea’s ruling Workers’ Party’s newspaper' (GUIDELINES 3: state media
are the state's own voice); before it only 'the'."""


@rule(
    "according_to_an_actors_body",
    Phase.SPEAKER,
    off=None,
    examples=[
        Example(
            "The purge followed a dispute, according to South Korea’s intelligence service.",
            ("rok",),
        ),
        Example(  # allsides_korea fePCqh3KzTFwKbSk, sentence 1 (corpus audit, round 34)
            "“Our revolutionary forces are combat-ready to sink a U.S. nuclear powered aircraft "
            'carrier with a single strike," according to North Korea’s ruling Workers’ '
            "Party’s newspaper, the Rodong Sinmum.",
            ("dprk",),
        ),
    ],
)
def owned_body(view: SentenceView, part: Mention) -> Mention | None:
    """A source phrase that is an actor's body ('the South Korean military', 'South Korea’s
    intelligence service (NIS)') as that actor's, where it was an outside voice."""
    if part.is_actor:
        return None
    for named in view.between(part.start, part.end):
        if (
            named.is_actor
            and _OWNER_BEFORE.fullmatch(view.text, part.start, named.start)
            and _BODY_AFTER.fullmatch(view.text, named.end, part.end)
        ):
            return Mention(part.start, part.end, part.text, named.key)
    return None


@rule(
    "reckoning_is_no_source",
    Phase.SPEAKER,
    off=False,
    examples=[
        Example(  # allsides_korea xpbv501ddEZGQTJl, sentence 15
            "Monday marked the official start of the new year according to North Korea's "
            "“juche” calendar, which begins with Kim Il Sung's birth in 1912.",
            (),
        ),
    ],
)
def reckoning_is_no_source(text: str, start: int) -> bool:
    """'according to North Korea's “juche” calendar', 'according to custom', 'according to
    plan': a reckoning or a course that something follows, not a source that tells the
    sentence; nobody holds it ('according to her “clawback” plan', 'according to the
    schedule published Thursday' name a document, whose maker holds it)."""
    return bool(_RECKONING_NOT_SOURCE.match(text, start))


_RECKONING_NOT_SOURCE = re.compile(
    r"\s*(?:(?:the|a|an|its|their|his|her|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*['’]s)\s+)?"
    r"(?:[“\"'‘]?[\w-]+[”\"'’]?\s+){0,2}?(?:calendar|custom|tradition)\b|\s*plan\b"
)


_CARRIED_BY = re.compile(
    r"\b(?:statement|report|dispatch|commentary|editorial|article|message)\s+"
    r"(?:(?:carried|issued|released|published|run|broadcast)\s+(?:by|in|on)"
    r"|(?:(?:on\s+)?[A-Z][a-z]+day\s+)?from)\s+(?:the\s+)?(?:official\s+|state(?:-run)?\s+)?$"
)


@rule(
    "state_outlet_carries_it",
    Phase.SPEAKER,
    off=None,
    examples=[
        Example(  # allsides_korea OAqU19ZXZ8R6wljm, sentence 12
            "The measure is part of efforts to resolve the electricity shortage, according to a "
            "statement carried by the official Korean Central News Agency.",
            ("dprk",),
        ),
        Example(  # allsides_korea NU2V8L4mvBcLqGli, sentence 4
            "North Korea has entered a “state of war” with South Korea, according to a report "
            "Saturday from the state-run Korean Central News Agency.",
            ("dprk",),
        ),
    ],
)
def state_outlet_carries_it(view: SentenceView, phrase: Mention) -> Mention | None:
    """'according to a statement carried by the official Korean Central News Agency', 'a
    report Saturday from the state-run …': a statement an actor's outlet carries is that
    actor's (state media speak for the state, GUIDELINES 7), not an outside voice called 'a
    statement carried by …'."""
    return _outlet_of(view, phrase, _CARRIED_BY, lambda m: m.is_actor)


_REPORT_BY = re.compile(r"\b(?:reports?|story|article|investigation|analysis)\s+(?:by|from|in)\s+$")


def _report_by_media(view: SentenceView, phrase: Mention) -> bool:
    """'according to a new report by NBC News': a news outlet's report, which carries the
    sentence as the outlet would (a conduit, never a holder)."""
    return _outlet_of(view, phrase, _REPORT_BY, lambda m: m.key == MentionKind.MEDIA) is not None


def _outlet_of(
    view: SentenceView, phrase: Mention, words: re.Pattern[str], kind: Callable[[Mention], bool]
) -> Mention | None:
    """The first mention of ``kind`` inside an according-to phrase that ``words`` introduce
    ('a report by', 'a statement carried by the official')."""
    return next(
        (
            m
            for m in view.between(phrase.start, phrase.end)
            if kind(m) and words.search(view.text, phrase.start, m.start)
        ),
        None,
    )


def _says_itself(words: str) -> bool:
    """Whether words before a colon hold a cue or a frame verb of their own ('He said')."""
    return CUE.search(words) is not None or FRAME_CUE.search(words) is not None


@rule(
    "named_in_phrase",
    Phase.SPEAKER,
    off=(),
    examples=[
        Example(
            "Denuclearisation is a grey area which, by North Korea’s reckoning, includes the "
            "US nuclear umbrella.",
            ("dprk",),
        ),
    ],
)
def named_in_phrase(view: SentenceView, match: re.Match[str], kind: CueKind) -> tuple[Mention, ...]:
    """ "by X's reckoning", 'after threats by X', 'cited X as saying', 'as Reuters reported',
    '— Donald J. Trump (@realDonaldTrump)': X, inside the phrase. Where the phrase reports,
    a news outlet is one, as after 'according to' (a conduit, never a holder), and a name the
    template does not know is an outside voice; the writer's 'we' ('as we reported') is
    none."""
    skipped: tuple[MentionKind, ...] = (MentionKind.MEDIA,)
    if kind != CueKind.REPORT:
        skipped = (MentionKind.PRONOUN, MentionKind.MEDIA)
    named = view.between(match.start("who"), match.end("who"))
    if match.re is ROLE_BEFORE_QUOTE and (not named or _says_itself(match.group("who"))):
        return ()  # 'He said: “…”', 'The statement read: “…”': the cue's own colon
    if match.re is HEADLINE_SOURCE and not named and match.group("who").startswith("The "):
        return ()  # 'The Ninth Circle: …', a column's name
    who = tuple(m for m in named if m.key not in skipped)
    if not who and match.re is CITED:
        who = state_outlet_quotes_its_own(view, match)
    if not who and kind == CueKind.REPORT:
        media = tuple(m for m in named if m.key == MentionKind.MEDIA)
        if media:  # 'as Reuters reported': a news outlet, as 'according to Reuters' is
            return media[:1]
        name = match.group("who").strip()
        start = match.start("who") + match.group("who").index(name)
        if name in ("I", "we", "We") and not view.quoted(start):
            return ()  # 'as we reported': the writer's own outlet, which holds nothing
        who = (Mention(start, start + len(name), name, MentionKind.OTHER),)
    if match.re is SPEECH_NOUN_FROM or match.re is STANCE_BY:  # 'warnings from U.S. and …'
        own = [m for m in who if not _OWNS_OTHERS.match(view.text, m.end)]
        return tuple({m.key: m for m in reversed(own)}.values())[::-1]
    return who[:1]


_OWNS_OTHERS = re.compile(
    r"['’]s\s+(?!(?:own\s+)?(?:government|regime|administration|officials?|military|ministry"
    r"|foreign|defen[cs]e|leader|leadership|team|spokes\w+|envoys?|state)\b)"
)
""""North Korea's neighbours": an actor's possessive before others it does not speak for (not
"Kim's government")."""


@rule(
    "state_outlet_quotes_its_own",
    Phase.SPEAKER,
    off=(),
    examples=[
        Example(  # allsides_korea gdYWrarmvgriliQx, sentence 19
            "North Korea’s KCNA news agency quoted a military spokesman as saying, “There is no "
            "need to keep the line.”",
            ("dprk",),
        ),
    ],
)
def state_outlet_quotes_its_own(view: SentenceView, match: re.Match[str]) -> tuple[Mention, ...]:
    """'North Korea's KCNA news agency quoted a military spokesman as saying …': an actor's
    outlet that quotes an official named by role only ('a military spokesman') quotes its
    own state's official (state media speak for the state, GUIDELINES 7)."""
    phrase = match.group("who").strip()
    if generic_body(phrase) != MentionKind.PRONOUN:
        return ()
    citer = [m for m in view.mentions if m.end <= match.start() and m.is_actor]
    if not citer or _CLAUSE_BREAK_BEFORE.search(view.text, citer[-1].end, match.start()):
        return ()
    start = match.start("who") + match.group("who").index(phrase)
    return (Mention(start, start + len(phrase), phrase, citer[-1].key),)


_CLAUSE_BREAK_BEFORE = re.compile(r"[,;:“”\"]")


@rule(
    "stance_noun_from",
    Phase.SPEAKER,
    off=(),
    examples=[
        Example(
            "The announcement drew immediate condemnation from the United States, South Korea "
            "and China.",
            ("us", "rok", "china"),
        ),
    ],
)
def stance_noun_from(view: SentenceView, match: re.Match[str]) -> tuple[Mention, ...]:
    """'drew condemnation from the United States, South Korea and China': every party the
    list names holds the stance the noun states."""
    end = _LIST_END.search(view.text, match.start("who"), match.end("who"))
    listed = view.between(match.start("who"), end.start() if end else match.end("who"))
    return tuple(m for m in listed if m.is_actor or m.key == MentionKind.OTHER)


_LIST_END = re.compile(r"\s(?:for|over|after|because|when|who|which|that|as|in\s+response)\s")
"""Where the list of those the stance is from ends: 'praise from Republicans| for his
administration’s handling of the North Korea crisis'."""


# ---- a deed or stance stated by the narrator ------------------------------------------------

_INTRO_WORDS = (
    r"^\s*(?:(?:but|and|yet|so|still|also|however|meanwhile|instead|indeed|later|now|then"
    r"|plus)\b,?\s*)*(?:(?P<clause>(?:while|although|though|whereas|because|when|as|once"
    r"|after|before|since)\s[^,;“”\"]{0,150},\s*)"
    r"|(?:on|in|at|after|before|during|since|by|early|late|last|earlier"
    r"|this|for|when|while|as|once|under|with|despite|amid"
    r"|(?:(?:the|a|an|one|two|three|several|just|only)\s+)*(?:days?|hours?|weeks?|months?"
    r"|minutes?|moments?)\s+(?:after|before|earlier|later))\b[^,]{0,60},\s*"
)
_INTRO = re.compile(_INTRO_WORDS + r")?", re.IGNORECASE)
_INTRO_OR_PARTICIPLE = re.compile(
    _INTRO_WORDS + r"|(?P<participle>(?-i:(?!According\b)[A-Z][a-z]{2,}ing))\s[^,;]{0,150},\s*)?",
    re.IGNORECASE,
)
"""What may open a sentence before its subject: a conjunction, a short adverbial phrase, a
subordinate clause ('While American officials have known about Sudan's weapons purchases
for many years, the Obama administration decided …'), a participle's phrase ('Defying
Trump's pledge …, Pyongyang set out a detailed plan to attack Guam'), which may quote
('Describing the president as “a rogue …”, Kim drew a critical comparison …')."""


def _opening(view: SentenceView) -> re.Match[str] | None:
    """What opens the sentence before its subject; a participle's phrase only when the
    word in -ing is no name ('Beijing prioritizes stability …')."""
    intro = _INTRO_OR_PARTICIPLE.match(view.text)
    if intro and intro.group("participle") and view.between(*intro.span("participle")):
        return _INTRO.match(view.text)
    return intro


_WILL = re.compile(r"will|won[’']t", re.IGNORECASE)
"""After a time clause, 'will' tells what the writer expects to follow, no deed."""
_SUBJECT_LEAD = re.compile(
    r"^(?:(?:the|a|an|mr\.|ms\.|mrs\.|president|leader|chairman)\s+)*$", re.IGNORECASE
)
_APPOSITION = re.compile(r"\s*,[^,]{1,80},")
_ADVERBS = re.compile(
    r"\s+(?:also|even|later|still|again|never|already|not|then|now|further|instead|once"
    r"|recently|repeatedly|previously|largely|quickly|publicly|privately|reportedly|for decades"
    r"|nonetheless|nevertheless|soon"
    rf"|(?:on\s+)?(?:{'|'.join(WEEKDAYS)})"  # the news day
    r"|\w+ly)\b"
)
IRREGULAR_PAST = (
    "went|took|set|made|gave|sent|held|met|began|came|spoke|told|chose|won|lost|led|kept|left|put"
    "|flew|struck|sought|fought|brought|built|sold|shot|broke|swore|drew|threw|froze|shut"
    "|ran|hit|cut|paid|stood"
)
"""Irregular past forms a narrated deed's verb may take (the regular ones end in -ed)."""
_PROGRESSIVE = (
    r"(?:is|are|was|were)\s+(?:leveling|levelling|preparing|closing|building|developing"
    r"|testing|launching|deploying|moving|sending|refining|ramping|stepping|expanding|pursuing"
    r"|conducting|pushing|pressing|threatening|imposing|issuing|blocking|dismantling|restarting"
    r"|readying|mobilizing|mobilising|boosting|escalating|tightening|easing|lifting|halting"
    r"|suspending|resuming|shutting|reopening|cutting|seizing|detaining|releasing|reviewing"
    r"|drafting|rolling\s+out|beefing\s+up|firing|withdrawing|scaling\s+back"
    r"|pulling\s+back(?:\s+on)?|pulling\s+out(?:\s+of)?)"
    r"(?=\s+(?:a|an|the|its|their|his|her|new|fresh|further|another|more|up|back)\b)"
)
"""'North Korea was leveling new threats', 'is preparing a missile launch', 'is closing the
test site': a deed's verb in the progressive, with its object (a closed list: 'is meeting
the president', 'was wearing a dark suit', 'is becoming a nuclear power' tell no deed)."""
_FINITE = re.compile(rf"\s+(?:{_PROGRESSIVE}|{AUXILIARIES}|{IRREGULAR_PAST}|{_REGULAR_FINITE})\b")
_PSYCH = (
    r"(?:angered|annoyed|alarmed|encouraged|frustrated|disappointed|pleased|troubled|concerned"
    r"|worried|irritated|upset|heartened|dismayed|offended|insulted|emboldened)\b"
)
"""A passive of feeling ('Kim has been angered by …') is the subject's stance, not a deed done
to it."""
_UNDERGONE = re.compile(
    r"\s+(?:has |have |had )?(?:faced|struggled|suffered|endured|received|came under|come under"
    r"|been hit|been under|had no|been (?:\w+ly )?(?!" + _PSYCH + r")\w+(?:ed|en)"
    r"|\w+ed\s+by)\b"
)
"""What happens to an actor is no deed of its own ('North Korea has faced years of sanctions',
'the Koreas have been separated', a caption's 'Kim Jong Un surrounded by officials': a
passive)."""
_AND_VERB = re.compile(r"\band\s+((?:has|have|had)\s+(?:\w+ly\s+)?\w+ed)\b")
AND_VERB_REACH = 60
"""How far after a copula 'and has worked' may stand to give the subject a deed."""
_COPULA = re.compile(r"\s+(?:is|are|was|were)\s+(?!\w+(?:ing|ed)\b)")
_AMONG = re.compile(
    r"\s+(?:is|are|was|were)\s+(?:also\s+)?(?:among|one\s+of)\s+the\s+(?:\w+\s+){0,2}?"
    r"(?:countries|nations|governments|states|leaders|officials|ones|first|few|many|powers)"
    r"\s+(?:that|who)\s+(?:(?:\w+ly|also)\s+)?(?P<verb>(?:(?:has|have|had)\s+)?[a-z]+ed)\b"
)


@rule(
    "among_those_who",
    Phase.SPEAKER,
    off=None,
    examples=[
        Example(  # USA Today, 9 September 2016 (corpus audit, set 3116)
            "China, an ally and economic lifeline for North Korea, was among the countries "
            "that swiftly reprimanded North Korea.",
            ("china",),
        ),
    ],
)
def among_those_who(text: str, position: int) -> tuple[int, int] | None:
    """'China … was among the countries that swiftly reprimanded North Korea', 'Seoul was one
    of the governments that have backed …': the deed the relative clause tells is the
    subject's; the copula only counts it in (the span of the clause's verb)."""
    among = _AMONG.match(text, position)
    return among.span("verb") if among else None


@rule(
    "narrated_deed",
    Phase.SPEAKER,
    off=None,
    confidence=0.55,  # 16 of 27 right on the dev gold when it was written
    examples=[
        Example("The North went on to conduct its second nuclear test in May 2009.", ("dprk",)),
        Example(
            "On January 4, North Korea switched on a military crisis hotline with the South.",
            ("dprk",),
        ),
        Example(  # allsides_korea tIysOXhFKn5dH0hv, sentence 25
            "Describing the president as “a rogue and a gangster fond of playing with fire”, "
            "Kim drew a critical comparison between Trump and his predecessors.",
            ("dprk",),
        ),
        Example(  # allsides_korea qwSZYmPCElR3Ckhu, sentence 9 (corpus audit, round 40)
            "Meanwhile, North Korea was leveling new threats Friday.",
            ("dprk",),
        ),
        Example(  # allsides_korea z6JeFMQlBf9GDxir, sentence 9 (corpus audit, round 41)
            "Trump and South Korean President Moon Jae-in made the agreement on the sidelines "
            "of this month’s United Nations General Assembly.",
            ("us", "rok"),
        ),
    ],
)
def narrated_deed(view: SentenceView, after: int = 0) -> Cue | None:
    """'The North went on to conduct its second nuclear test', 'Pompeo did not meet Kim …
    but handed over a letter': an actor as the subject of the main clause, stated by the
    narrator, holds the deed or stance (a cue with no reporting verb). ``after``: where
    the clause to read opens, when the main clause only said when something came."""
    text = view.text
    intro = None if after else _opening(view)
    start = intro.end() if intro else after
    subject = next((m for m in view.mentions if m.start >= start), None)
    if subject is None or view.quoted(subject.start):
        return None
    if not _SUBJECT_LEAD.match(text[start : subject.start]):
        return None if after else _deed_after_link(view)
    subject = titled_person(view, subject) or subject  # 'South Korean President Moon …'
    if not _can_be_doer(text, subject):  # "Kerry's visit to Japan comes as| Pyongyang …"
        return None if after else _deed_after_link(view)
    partner = _and_partner(view, subject)
    verb = _verb_after(text, (partner or subject).end)
    if verb is None or hedged_inference(text, (partner or subject).end, *verb):
        return None
    if _GUESS.fullmatch(text[verb[0] : verb[1]].strip()):  # 'Pyongyang could also …': a guess
        return None
    if intro and intro.group("clause") and _WILL.fullmatch(text[verb[0] : verb[1]].strip()):
        return None  # 'When Trump meets Kim next month, he will have an opportunity …
    said = text[verb[0] : verb[1]]
    if possession_is_no_deed(text, verb) or unsaid_question(
        text, verb[0] + len(said) - len(said.lstrip())
    ):
        return None
    if _ANONYMOUSLY.match(text, verb[1]):  # 'He spoke on condition of anonymity …': a credit
        return None
    if deed_not_done(text, verb) or taking_office(text, verb) or ceremony(text, verb):
        return None
    if logistics(text, verb) or state(text, verb):
        return None
    frame = timing_frame(text, verb)
    if frame is not None:  # 'The statement came hours after| Trump issued …'
        return None if after else narrated_deed(view, frame)
    if background_span(text, intro.end() if intro and intro.group("clause") else 0, verb):
        later = deed_after_background(text, verb)
        if later is None or background_span(text, later[0], later) or logistics(text, later):
            return None
        verb = later
    if vague_deed(text, verb) or mind_reading(text, verb):
        return None
    ends = [e for e in view.clause_ends if e >= verb[1]]
    return Cue(
        verb[0],
        verb[1],
        text[verb[0] : verb[1]].strip(),
        CueKind.ACTION,
        (subject, partner) if partner else (subject,),
        (verb[1], min(ends)),
        False,
        ("narrated_deed",),
    )


def _deed_after_link(view: SentenceView) -> Cue | None:
    """The deed after a content-less timing link ('… comes as| Pyongyang ramps up …'), when
    the sentence opens on no doer of its own."""
    link = deed_after_timing_link(view.text)
    return None if link is None else narrated_deed(view, link)


_NEGATED = re.compile(r"(?:\s+(?:not|never)\b|n[’']t\b)")
_NEVER_BEFORE = re.compile(r"\bnever\s+$")
_LITTLE_DONE = re.compile(
    r"\s+(?:done|made|said|offered|given|shown|taken|provided)\s+(?:little|nothing|no)\b"
)
"""'has done little outreach', 'has offered no details', 'has made no move': a deed denied."""
_BUT_LATER = re.compile(r"\bbut\b|\binstead\b")
_IN_A_STATEMENT = re.compile(
    r"\b(?:statement|interview|speech|remarks|comments|briefing|letter|message)\b"
)


@rule(
    "deed_not_done",
    Phase.SPEAKER,
    off=False,
    examples=[
        Example("But the North Koreans have not given much away about their position.", ()),
        Example("The Trump administration has done little outreach to Congress on its plans.", ()),
    ],
)
def deed_not_done(text: str, verb: tuple[int, int]) -> bool:
    """'But the North Koreans have not given much away', 'Beijing hasn't commented': the
    narrator says what an actor did not do, which is no deed or stance of the actor (the
    writer's observation); unless the sentence goes on to what it did ('Pompeo did not meet
    Kim … but handed over a letter') or opens on where it was said ('In a statement later
    Saturday, South Korea did not treat …')."""
    said = text[verb[0] : verb[1]]
    negated = bool(_NEGATED.match(text, verb[1])) or said.rstrip().endswith(("n't", "n’t"))
    negated = negated or bool(_LITTLE_DONE.match(text, verb[1]))
    negated = negated or bool(_NEVER_BEFORE.search(text, max(0, verb[0] - 8), verb[0]))
    stated = _IN_A_STATEMENT.search(text, 0, verb[0])  # 'In a statement, Seoul did not treat …'
    return negated and not stated and not _BUT_LATER.search(text, verb[1])


_ACCESSION = re.compile(
    r"\s*(?:(?:took|takes|has\s+taken)\s+(?:over\s+as|office|power|the\s+(?:helm|reins))"
    r"|came\s+(?:in)?to\s+power|succeeded\s+(?:his|her)\s+(?:late\s+)?(?:father|mother)"
    r"|(?:assumed|inherited)\s+(?:power|office|the\s+leadership))\b",
    re.IGNORECASE,
)
"""Verbs of coming to office ('took over as leader', 'took office', 'came to power')."""


@rule(
    "taking_office_is_background",
    Phase.SPEAKER,
    off=False,
    examples=[
        Example(
            "Kim took over as leader following his father's death in 2011, extending the Kim "
            "family's rule.",
            (),
        ),
    ],
)
def taking_office(text: str, verb: tuple[int, int]) -> bool:
    """'Kim took over as leader following his father's death in 2011', 'Park, the current
    president, took office on February 25': how a leader came to office is biography, no
    deed that signals a stance (GUIDELINES 4.4)."""
    return bool(_ACCESSION.match(text, verb[0]))


_BACKGROUND_SPAN = re.compile(
    r"\b(?:since\s+(?:at\s+least\s+)?(?:the\s+)?(?:early\s+|mid-|late\s+)?(?:19|20)\d\d"
    r"|for\s+(?:many\s+|several\s+)?(?:years|decades)|in\s+the\s+past\b|in\s+recent\s+years"
    r"|over\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years|decades)"
    rf"|(?:has|have|had)\s+(?:{HABITUAL_ADVERBS})\s+\w+ed\b)",
    re.IGNORECASE,
)


@rule(
    "background_span_is_no_deed",
    Phase.SPEAKER,
    off=False,
    examples=[
        Example(
            "North Korea has also supported Syria's chemical-weapons program since at least "
            "the 1990s.",
            (),
        ),
        Example("In the past two years, Kim marked the anniversary with a visit.", ()),
    ],
)
def background_span(text: str, start: int, verb: tuple[int, int]) -> bool:
    """'North Korea has supported Syria's program since at least the 1990s', 'In the past
    two years, Kim marked the anniversary …', 'Trump has traded insults with Kim in the
    past': a narrated deed spread over years is the background of the news, the actor's
    record (GUIDELINES 4.4 and SEED 5's 'has pursued programmes for years'), no deed of the
    day. The span must date the deed's own clause, from ``start`` (past an opening
    subordinate clause) to the first relative clause or 'not seen' after the verb; a deed
    still going on ('North Korea for decades has been pushing a concept …') is a position."""
    if _ONGOING.match(text, verb[0]):
        return False
    stop = _CLAUSE_AFTER.search(text, verb[1])
    return bool(_BACKGROUND_SPAN.search(text, start, stop.start() if stop else len(text)))


_BUT_THEN = re.compile(r"\s+but\s+(?:also\s+|then\s+|later\s+|now\s+)?(?=\w)")
BUT_REACH = 80
"""How far after a background deed's verb its 'but …' may stand."""


@rule(
    "deed_after_background",
    Phase.SPEAKER,
    off=None,
    examples=[
        Example(  # USA Today, 2017 (corpus audit, round 35)
            "China has maintained a military alliance with North Korea in recent years but "
            "also has sided with the U.S. in agreeing to impose U.N. sanctions on Pyongyang.",
            ("china",),
        ),
    ],
)
def deed_after_background(text: str, verb: tuple[int, int]) -> tuple[int, int] | None:
    """'China has maintained a military alliance with North Korea in recent years but also
    has sided with the U.S. …': after the actor's record, 'but' goes on to what it does now,
    a deed of its own (its verb's span), dated by its own clause."""
    but = _BUT_THEN.search(text, verb[1], verb[1] + BUT_REACH)
    if but is None or re.search(r"[;:.]", text[verb[1] : but.start()]):
        return None
    later = _PERFECT.match(text, but.end() - 1) or _FINITE.match(text, but.end() - 1)
    return later.span() if later else None


_PERFECT = re.compile(r"\s+(?:has|have|had)\s+(?:also\s+)?[a-z]+ed\b")


_ONGOING = re.compile(r"\s*(?:has|have|had)\s+been\s+(?:\w+ly\s+)?\w+ing\b")
_CLAUSE_AFTER = re.compile(r"\b(?:that|which|who|whom|where|not\s+seen|unseen)\b")


_MIND = re.compile(
    r"\s*(?:(?:\w+ly|also|now|still|already)\s+)*(?:"
    r"reali[sz](?:es|ed)|knows|knew|understands|understood"
    r"|(?:becomes|became)\s+(?:\w+\s+)?convinced"
    r"|(?:sees|saw)\b(?![^.;:]{0,100}?\bas\b))\b"
)


@rule(
    "mind_reading_is_the_writers",
    Phase.SPEAKER,
    off=False,
    examples=[
        Example(  # allsides_korea dtgKFyq4NxgYGNud, sentence 3
            "However, North Korea also realizes that the use of its missiles would also be an "
            "existential threat: Fire one, and lose everything.",
            (),
        ),
        Example(  # allsides_korea TT3ieEgbdZeBqhEr, sentence 43
            "Kim knows that promises from a democracy only last as long as the administration "
            "that uttered them — if that.",
            (),
        ),
    ],
)
def mind_reading(text: str, verb: tuple[int, int]) -> bool:
    """'North Korea also realizes that …', 'Kim knows that promises from a democracy …',
    'North Korea becomes so convinced that …': what an actor knows or realizes, told by the
    narrator, is the writer's inference about a mind, no deed or statement of the actor's
    (GUIDELINES 4.4: 'a reporter's hedged inference about motives' is context). How an
    actor sees something ('The US sees China … as key to …') is a known position and stays
    one."""
    return bool(_MIND.match(text, verb[0]))


_VAGUE_OBJECT = re.compile(
    r"(?:\s+(?:\w+ly|already|also|not))*\s+(?:do|does|did|done|accomplish(?:ed|es)?|achieve[ds]?"
    r"|try|tried|get|got)?\s*(?:something|anything|everything)\b"
)


@rule(
    "vague_deed_is_the_writers",
    Phase.SPEAKER,
    off=False,
    examples=[
        Example("Mr. Kim has already accomplished something, too.", ()),
        Example(
            "The North will do something that it knows will infuriate its enemies, like "
            "testing an ICBM.",
            (),
        ),
    ],
)
def vague_deed(text: str, verb: tuple[int, int]) -> bool:
    """'Mr. Kim has already accomplished something', 'The North will do something that it
    knows will infuriate its enemies': a deed with no content ('something', 'anything') is
    the writer's judgement or forecast, no deed the actor did (GUIDELINES 4.4)."""
    return bool(_VAGUE_OBJECT.match(text, verb[1]))


@rule(
    "ceremony_is_no_deed",
    Phase.SPEAKER,
    off=False,
    examples=[
        Example("At Panmunjom, Kim and Moon smiled and exchanged greetings.", ()),
        Example("Kim Yo Jong handed Moon a pen to sign the guestbook.", ()),
        Example(  # allsides_korea iWw2XkkYr5jFr6Be, sentence 14
            "Kim, flanked by bodyguards in matching black suits, stepped out of a building on "
            "the northern side of the village of Panmunjom.",
            (),
        ),
    ],
)
def ceremony(text: str, verb: tuple[int, int]) -> bool:
    """'Kim and Moon smiled and exchanged greetings', 'She handed him a pen to sign a
    guestbook', 'Kim … stepped out of a building': the gestures and steps of a ceremony are
    narration, no deed that signals a stance (GUIDELINES 4.4)."""
    return bool(_GESTURE.match(text, verb[0]))


@rule(
    "logistics_is_no_deed",
    Phase.SPEAKER,
    off=False,
    examples=[
        Example("President Trump will meet with Kim Jong un on Tuesday, June 12.", ()),
        Example(
            "Trump made his remarks on the South Lawn of the White House before boarding "
            "Marine One for the flight to Annapolis.",
            (),
        ),
        Example(  # allsides_korea 6JYbnp1sluo7xW8V, sentence 8
            "Mr. Trump and Mr. Moon had been meeting for two days with an agenda topped by "
            "North Korea and trade issues.",
            (),
        ),
        Example(  # allsides_korea 6jXU785HbRwrIGhL, sentence 13
            "Trump departs later on Monday for Hanoi to participate in two days of meetings "
            "with Kim.",
            (),
        ),
        Example(
            "He met with Chinese President Xi Jinping, Premier Li Keqiang and State Councilor "
            "Yang Jiechi.",
            (),
            before=("Secretary of State Rex Tillerson arrived in Beijing on Saturday.",),
        ),
        Example(  # allsides_korea raVApCs0y6qveAet, sentence 4 (corpus audit, round 34)
            "Kim Yo Jong arrived here Friday as part of a delegation to the Olympics.",
            (),
        ),
    ],
)
def logistics(text: str, verb: tuple[int, int]) -> bool:
    """'will meet with Kim on Tuesday', 'had been meeting for two days', 'made his remarks
    on the South Lawn', 'spoke at the end of a three-day trip', 'walked away from the
    cameras', 'departs later on Monday for Hanoi', 'He met with Kim in Pyongyang and with
    Moon in Seoul': scheduling, a meeting with no purpose stated, or where and how words
    were said without the words, narration rather than a deed that signals a stance
    (GUIDELINES 4.4; a meeting's purpose makes it one, 'met … to discuss', and so does a
    deed joined to it, 'met with Kishida and opened the door to talks'). An arrival is
    left a deed when the sentence names the visit, trip or mission: state visits and envoys
    sent on a mission are actions (GUIDELINES 5), and an analyst lists them."""
    if _MET.match(text, verb[0]):
        return not _JOINED_DEED.search(text, verb[1])
    return bool(_LOGISTICS.match(text, verb[0]))


_MET = re.compile(
    r"\s*(?:met|(?:has|have|had)\s+(?:already\s+)?met|(?:has|have|had)\s+been\s+meeting)\b"
)
_JOINED_DEED = re.compile(
    rf"\b(?:and|but)\s+(?:(?:also|then|later|\w+ly)\s+)?(?!met\b)(?:{IRREGULAR_PAST}|\w+ed)\b"
)
"""'… and opened the door to direct talks': a deed of the meeting's subject after it."""
_LOGISTICS = re.compile(
    r"\s*(?:walked\s+(?:over|away|out|in|into)"
    r"|(?:will|would)\s+(?:meet|attend|mark|hold\s+(?:talks|a\s+summit|a\s+meeting))"
    r"|made\s+(?:the|his|her|their|those|these)\s+(?:comments?|remarks?)"
    r"|spoke\s+(?:at|on|to\s+reporters|briefly)"
    r"|(?:will\s+)?depart(?:s|ed)?|(?:leaves|left|will\s+leave)\s+for"
    r"|(?:arrived|landed|crossed|flew)\s+back|returned\s+(?:home|to)"
    r"|(?:arrived|arrives|landed|lands)\b(?![^.;]*\b(?:visit|trip|tour|mission)\b)"
    r"|took\s+part\s+in\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:meeting|discussion|session|ceremony)"
    r"(?!\s+(?:to|on|about|over)\b))\b"
)
"""Scheduling and travel: an arrival with no visit, trip or mission named in the sentence
('Kim Yo Jong arrived here Friday as part of a delegation'; GUIDELINES 4.4, 'a delegation
arriving'), a return ('crossed back to the North for lunch'), a meeting taken part in."""


@rule(
    "state_is_no_deed",
    Phase.SPEAKER,
    off=False,
    examples=[
        Example(
            "Before the Pyeongchang Olympics even began, North Korea has been part of the story.",
            (),
        ),
        Example("North Korea has gotten better at cyber defense.", ()),
        Example("DPRK stands for the Democratic People's Republic of Korea.", ()),
        Example("Xi will also be in Hamburg for the G-20 meeting.", ()),  # o2wlUuLGf8G0WhU2
        Example(  # allsides_korea TT3ieEgbdZeBqhEr, sentence 1
            "In fact, Trump will be only the second world leader Kim has ever met.",
            (),
        ),
        Example("North Korea has continually made major advancements in its missile programs.", ()),
        Example("Since then, China has remained a more or less stalwart ally of Pyongyang.", ()),
        Example(
            "He died in 1994 and would have been 101 this year.",
            (),
            before=("Kim Il Sung founded North Korea.",),
        ),
        Example(
            "Locklear heads U.S. Pacific Command, and his responsibilities include military "
            "relations with South Korea.",
            (),
            before=("Adm. Samuel Locklear told a Pentagon news conference that he is concerned.",),
        ),
    ],
)
def state(text: str, verb: tuple[int, int]) -> bool:
    """'North Korea has been part of the story', 'has gotten better at cyber defense', 'has
    remained a stalwart ally', 'DPRK stands for …', 'Xi will also be in Hamburg', 'Kim …
    has been held the longest', 'Locklear heads U.S. Pacific Command', 'has made major
    advancements in its missile programs', 'Trump will be only the second world leader
    …', 'He died in 1994', 'he dropped out of view last month': what an actor is, becomes,
    undergoes or achieves, or where or what it will be, told by the narrator, is no deed,
    as 'is' and 'was' are none (``_COPULA``). A stance put that way stays one: 'has been
    firm that …', 'remains committed to …', 'has been working to …', 'will be ready to
    …'."""
    return bool(_STATE.match(text, verb[0])) and not _STANCE_STATE.match(text, verb[0])


_STATE = re.compile(
    r"\s*(?:(?:has|have|had)\s+been\s+(?!(?:\w+ly\s+)*(?:\w+ing|" + _PSYCH + r")\b)\w+"
    r"|(?:will|would)\s+(?:also\s+|still\s+)?be\s+(?:in|at|on|among|(?:only\s+)?(?:the|a|an)\s)"
    r"|(?:(?:has|have|had)\s+)?(?:remain(?:s|ed)?|stays?|stayed)\s+(?:a|an|the|one|part|technically"
    r"|at\s+war|in\s+(?:power|office|place|custody|detention))\b"
    r"|(?:(?:has|have|had)\s+)?(?:gets|got|gotten|becomes|became)\s+(?:far|much|more|less|better"
    r"|worse|little|a|an|the)\b"
    r"|stands\s+for\b"
    r"|(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?made\s+(?:[\w-]+\s+){0,3}(?:progress|advances"
    r"|advancements|strides|headway|breakthroughs)\b"
    r"|(?:heads|headed|chairs|chaired)\s+(?:the\s+|a\s+|an\s+)?(?:U\.S\.\s+)?[A-Z]"
    r"|died\b|passed\s+away|(?:dropped|vanished|disappeared)\s+(?:out\s+)?(?:of|from)\s+"
    r"(?:public\s+)?(?:view|sight))"
)
_STANCE_STATE = re.compile(
    r"\s*(?:has|have|had)\s+been\s+(?:\w+ly\s+)?(?:firm|adamant|clear|explicit|keen|eager"
    r"|willing|unwilling|ready|determined|reluctant|insistent|open|opposed|committed|quick"
    r"|vocal|critical|supportive|consistent|at\s+pains|careful|cautious|wary|skeptical"
    r"|sceptical|confident|unequivocal|steadfast|defiant|resolute)\b"
)


@rule(
    "timing_frame_is_no_deed",
    Phase.SPEAKER,
    off=None,
    examples=[
        Example(  # allsides_korea tIysOXhFKn5dH0hv, sentence 46
            "The statement came just hours after Trump issued a new executive order that "
            "expands US sanctions on North Korea’s shipping.",
            ("us",),
            before=("North Korea's foreign ministry issued a statement on Friday.",),
        ),
    ],
)
def timing_frame(text: str, verb: tuple[int, int]) -> int | None:
    """'The statement came just hours after Trump issued …', 'North Korea's launch came as
    …': a main clause that only says when something came is no deed of its subject; the
    clause after it may hold one of its own ('Trump issued'): where that clause opens, or
    None when the verb is no such frame."""
    match = _CAME_WHEN.match(text, verb[0])
    return match.end() if match else None


@rule(
    "deed_after_timing_link",
    Phase.SPEAKER,
    off=None,
    examples=[
        Example(  # allsides_korea Lc9NblzJMKZxSQJ1 (BBC), audit of round 29
            "His statement came two days after US warplanes flew close to North Korea's coast "
            "in a show of force.",
            ("us",),
        ),
        Example(  # allsides_korea wv74ZRxsIkKbLR0t, sentence 4 (corpus audit 3123)
            "Kerry's visit to Japan comes as Pyongyang ramps up its rhetoric towards Tokyo.",
            ("dprk",),
        ),
    ],
)
def deed_after_timing_link(text: str) -> int | None:
    """'His statement came two days after| US warplanes flew close to North Korea's coast':
    a main clause that only dates the statement before it ('The comments come after …',
    referents.timing_link) states nothing; the deed after it is the sentence's, read as a
    clause of its own. Where that clause opens, or None."""
    end = timing_link(text)
    return None if end is None else len(text) - len(text[end:].lstrip())


_CAME_WHEN = re.compile(
    r"\s*(?:came|comes|come)\s+(?:(?:just|only|shortly|barely|less|more|than|a|an|one|two"
    r"|three|four|five|six|several|few|\d+|days?|hours?|weeks?|months?|minutes?)\s+){0,4}"
    r"(?:after|before|as|amid|on\s+the\s+heels|in\s+the\s+(?:wake|face)|in\s+response)\b\s*"
)


_GESTURE = re.compile(
    r"\s*(?:smiled|laughed|chatted|gestured|handed|hugged|embraced|shook\s+hands|waved"
    r"|applauded|clapped|began\s+clapping|bowed|toasted|dined|strolled|queued|danced"
    r"|posed\s+for|cleaned|wiped|stepped\s+(?:out|into|across|over|down|off|onto|inside)"
    r"|walked\s+(?:side\s+by\s+side|together|hand\s+in\s+hand|down|along|across|through))\b"
)


_ANONYMOUSLY = re.compile(
    r"\s+(?:on\s+(?:the\s+)?condition\s+(?:of|that)|anonymously|on\s+background)\b"
)
"""After a verb of speaking, how the speaker asked to be named: the sentence credits the
sentence before, it tells no deed."""
_HAVE = re.compile(r"(?:has|have|had)", re.IGNORECASE)
_DOES_HAVE = re.compile(r"\s*(?:does|do|did)\s+(?:\w+ly\s+)?have\b", re.IGNORECASE)
_POSSESSED_NEXT = re.compile(
    r"\s+(?:a|an|the|no|few|little|some|many|much|more|plenty|several|zero|about|around"
    r"|nearly|almost|roughly|its|his|her|their|our|this|these|those|yet\s+to|to|one|two|three"
    r"|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\b"
    r"|\s+[\d$]"
    r"|\s+(?:(?:nuclear|ballistic|conventional|chemical|biological|long-range|short-range"
    r"|medium-range|intermediate-range|mobile|enough|sophisticated|advanced)\s+){1,3}"
    r"(?:weapons|missiles|warheads|arms|rockets|launchers|capabilities|bombs|forces|troops)\b"
)


@rule(
    "possession_is_no_deed",
    Phase.SPEAKER,
    off=False,
    examples=[
        Example(
            "The Trump administration has a great opportunity to promote world peace and "
            "American security for generations to come.",
            (),
        ),
        Example("The United States stations 28,500 troops in South Korea, a war legacy.", ()),
        Example("But the North does have plenty of conventional military firepower.", ()),
        Example(  # allsides_korea VzuTEnQz6P65oA0g, sentence 68
            "The North has medium-range ballistic missiles that can carry high explosives.",
            (),
        ),
        Example(  # allsides_korea KhMB1CbyrxYgEY56, sentence 21
            "Still, Trump does have one major advantage over US officials who took part in "
            "failed previous negotiations.",
            (),
        ),
    ],
)
def possession_is_no_deed(text: str, verb: tuple[int, int]) -> bool:
    """'The Trump administration has a great opportunity …', 'The North has few spare
    parts', 'The North has medium-range ballistic missiles', 'Kim has yet to provide
    details': 'have' with a determiner, a number, 'to' or weapons after it tells what an
    actor has, or has not done, not a deed ('has sent', 'has for
    decades tried' are deeds); so do 'stations', 'maintains', 'keeps' with a number ('The
    United States stations 28,500 troops in South Korea', a standing fact)."""
    said = text[verb[0] : verb[1]].strip()
    if _STATIONS.fullmatch(said):  # 'The United States stations 28,500 troops in the South'
        return bool(_NUMBER_NEXT.match(text, verb[1]))
    emphatic = _DOES_HAVE.match(text, verb[0])
    if emphatic:  # 'But the North does have plenty of …'
        return bool(_POSSESSED_NEXT.match(text, emphatic.end()))
    if not _HAVE.fullmatch(said) or _WORDS_QUOTED.match(text, verb[1]):
        return False  # 'Trump has a simple message for …: “Gotta behave.”': a statement
    return bool(_POSSESSED_NEXT.match(text, verb[1]))


_WORDS_QUOTED = re.compile(
    r"\s+(?:a|an|some|the|one|two|few)?\s*(?:[\w-]+\s+){0,3}?(?:message|words|warning|advice"
    r"|answer|response|reply|retort|verdict|prescription)\b[^.:;“\"]{0,60}:\s*[“\"]"
)
"""What 'has' possesses when it is the words quoted next: 'a simple message for the complex
North Korea conundrum: “', 'harsh words for Trump: “'."""


_STATIONS = re.compile(r"(?:stations|maintains|keeps)", re.IGNORECASE)
_NUMBER_NEXT = re.compile(
    r"\s+(?:(?:about|around|some|roughly|nearly|almost|more\s+than|over)\s+)?\d"
)


def _and_partner(view: SentenceView, subject: Mention) -> Mention | None:
    """'Mr. Kushner and Mr. Cui choreographed …': the second of a compound subject, with its
    title ('Trump and South Korean President Moon Jae-in made the agreement'); 'Both leaders
    have dubbed each other …': the other of a pair one span names."""
    span = (subject.start, subject.end)
    pairs = (m for m in view.mentions if (m.start, m.end) == span and m.key != subject.key)
    pair = next(pairs, None)
    if pair is not None:
        return pair
    after = re.match(
        r"\s+and\s+(?:(?:Mr|Ms|Mrs|Dr)\.\s+|the\s+|its\s+allies\s+)?", view.text[subject.end :]
    )
    if not after:
        return None
    start = subject.end + after.end()
    partner = next((m for m in view.mentions if m.start == start and m.is_actor), None)
    if partner is None:
        return None
    return titled_person(view, partner) or partner  # 'and South Korean President Moon Jae-in'


def _can_be_doer(text: str, subject: Mention) -> bool:
    """An actor, an outside voice or a personal pronoun; not 'it', not a demonym that
    modifies the noun after it ('North Korean pilots')."""
    if subject.key == MentionKind.MEDIA or subject.text.lower() in ("it", "i", "we"):
        return False
    if re.match(r"['’]s\b", text[subject.end : subject.end + 2]):
        return False  # "The North's announcement comes …": a possessive modifies the subject
    if is_demonym(subject.text) and re.match(r"\s+[a-z]", text[subject.end :]):
        return False
    return subject.is_actor or subject.key in (MentionKind.PRONOUN, MentionKind.OTHER)


def _verb_after(text: str, position: int) -> tuple[int, int] | None:
    """The finite verb right after a subject (past an apposition and adverbs), if any."""
    apposition = _APPOSITION.match(text, position)
    if apposition:
        position = apposition.end()
    while adverb := _ADVERBS.match(text, position):
        position = adverb.end()
    if _UNDERGONE.match(text, position):
        return None
    if _COPULA.match(text, position):  # 'China is Pyongyang's main partner and has worked'
        among = among_those_who(text, position)
        if among is not None:
            return among
        joined = _AND_VERB.search(text, position, position + AND_VERB_REACH)
        return joined.span(1) if joined else None
    verb = _FINITE.match(text, position)
    return verb.span() if verb else None
