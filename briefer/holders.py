"""Holder rules: from a sentence's cues and speakers to the actors that hold its positions.

The innermost reported speech act wins over the conduit that relays it ("the ministry said
Biegun told Lee …" → the United States, relayed by the ministry); outside voices relay
nothing; a speaker who is party to an agreement it reports keeps its place; a trailing
report relays the stance its content opens with. News media never hold positions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from .clauses import RELATIVE_SPEAKER
from .lexicon import (
    HABITUAL_ADVERBS,
    NON_COMMENT,
    NON_COMMENT_WORDS,
    PREPOSITIONS,
    RELAY_REACH,
    ROLE_PREPOSITION,
    TIME_AFTER,
)
from .mentions import Mention, MentionKind, place_or_body
from .models import OTHER, Evidence
from .patterns import may_hold
from .phrases import REDUCED_RELATIVE
from .referents import PERSONAL, writers_question
from .rules import Example, Phase, evidence_of, rule
from .subjects import titled_person
from .view import Cue, CueKind, SentenceView
from .when import WEEKDAYS

RELAYING = (CueKind.REPORT, CueKind.SPEECH)
"""Cues whose content may carry another speaker's own speech act."""
INNER_KINDS = (CueKind.SPEECH, CueKind.REPORT, CueKind.ACTION, CueKind.TRIGGER)
"""Inner cues whose speakers are relayed by an outer report."""


@dataclass(frozen=True)
class Speaker:
    """A resolved speaker: the actor key and the mention that names it (None: a pronoun's
    antecedent, named in an earlier sentence)."""

    key: str
    mention: Mention


@rule(
    "non_comment",
    Phase.VETO,
    off=False,
    examples=[
        Example("A White House spokesman declined to comment.", ()),
        Example(
            "“Well,” Dempsey answered, “You said it’s not publicly released, so I choose not "
            "to comment on it.”",
            (),
        ),
        Example(
            "He spoke on condition of anonymity, saying he was not authorized to speak "
            "publicly to the media.",
            (),
            before=("A South Korean official said the talks would resume next week.",),
        ),
        Example("“I can’t touch that one,” Dempsey answered.", ()),
        Example(  # allsides_korea tIysOXhFKn5dH0hv, sentences 47 and 51
            "There was no immediate confirmation from the Chinese government that it had "
            "imposed a financial embargo on North Korea.",
            (),
            before=("Trump also claimed China's banking system had shut down business.",),
        ),
        Example(  # allsides_korea pHnbNzPbiCYrj8Oa, sentence 60
            "The administration official declined to be named because of the sensitivity of "
            "the situation.",
            (),
        ),
        Example(  # allsides_korea 62TULoqN2hKs7ZDZ, sentence 2
            "Trump declined to share details of his plans to deal with North Korea.",
            (),
        ),
        Example(  # allsides_korea cpj2 (corpus audit, round 36), sentence 14
            "The White House has not spelled out the full range of topics Trump plans to "
            "discuss with Kim.",
            (),
        ),
        Example(  # allsides_korea aEue (corpus audit, round 36), sentence 26
            "The administration has said basically nothing about China’s enabling of a North "
            "Korean nuclear threat.",
            (),
        ),
    ],
)
def non_comment(text: str) -> bool:
    """'could not be reached for comment', 'declined to comment', 'declined to be named'
    (not 'the official, who declined to be named', a source's credit in a sentence that says
    something), 'declined to share details', 'I choose not to comment',
    'I'm not going to get into the details', 'He spoke on condition of anonymity, saying
    …' (the credit line of a source): no position, unless a statement follows ('declined to
    comment but said …', '…, saying two Americans remained in captivity')."""
    if not may_hold(text, NON_COMMENT_WORDS):
        return False
    return bool(NON_COMMENT.search(text)) and not _STATEMENT_AFTER.search(text)


_STATEMENT_AFTER = re.compile(
    r"\bbut\s+(?:said|added)\b(?!\s+nothing\b)"
    r"|\b(?:declined|refused)\s+to\s+(?:comment|elaborate)\s+on\s+[^,;]{3,80},\s+"
    r"(?:saying|adding)\s+(?![^,.;]*(?:\b(?:not|no|never)\b|n[’']t\b))"
)
"""After a non-comment, what the speaker said all the same ('declined to comment but said
…', 'declined to comment on the negotiations, saying two Americans remained in captivity');
not the reason for the silence, which a negation tells ('declined to comment, saying it does
not discuss intelligence matters'), nor the credit line's ('spoke on condition of anonymity,
saying he wasn't authorized …')."""


@rule(
    "writer_question",
    Phase.VETO,
    off=False,
    examples=[
        Example("What did Mr Moon say on his return?", ()),
        Example(
            "So what does North Korea want from the talks?",
            (),
        ),
    ],
)
def writer_question(text: str, quote_open: bool) -> bool:
    """A question in the writer's own voice (no quotation mark, none left open before) is
    a heading or a rhetorical turn ('What does China say?', 'So what does the North
    want?'): it asks, it holds no one's position."""
    return not quote_open and writers_question(text)


def outer_cues(cues: list[Cue]) -> list[Cue]:
    """The cues that report a position of their own: outside quotation marks and not inside
    another cue's content."""
    return [
        c
        for c in cues
        if not c.quoted and not innermost_speech_wins(c, cues) and not relative_is_background(c)
    ]


_WHOLLY_QUOTED = re.compile(r"(?:[•·*–-]\s*)?(“)[^“”]*(”)?\s*")
"""A sentence that is one quotation and nothing else, a bullet before it at most."""


@rule(
    "unclaimed_quotation_read_as_told",
    Phase.SPEAKER,
    off=None,
    examples=[
        Example(
            "• “The South and the North agreed to gradually realize arms reduction when "
            "their military tension is removed.”",
            ("rok", "dprk"),
        ),
    ],
)
def unclaimed_quotation(text: str) -> str | None:
    """A quotation that stands alone, nobody named as its speaker in it or before it (a
    declaration's words set out as bullets after 'the document asserts the following:'), is
    read as if it were told without quotation marks: in '• “The South and the North agreed
    to …”' the holders are the South and the North (GUIDELINES 4.1, the innermost actor),
    where the sentence had no holder. The text with its quotation marks blanked (offsets
    kept), or None."""
    quoted = _WHOLLY_QUOTED.fullmatch(text)
    if not quoted:
        return None
    marks = [quoted.start(1)] + ([quoted.start(2)] if quoted.group(2) else [])
    return "".join(" " if i in marks else c for i, c in enumerate(text))


@rule(
    "relative_clause_is_background",
    Phase.HOLDER,
    off=False,
    examples=[
        Example(
            "Seoul said it would go ahead with the fishing zone, which the North says violates "
            "its waters.",
            ("rok",),
        ),
    ],
)
def relative_is_background(cue: Cue) -> bool:
    """'the fishing zone, which the North says violates its waters': a speaker inside a
    relative clause characterizes a background entity; the sentence does not report that
    speaker's position (GUIDELINES 4.3), though the clause is that speaker's speech act."""
    return RELATIVE_SPEAKER in cue.rules or REDUCED_RELATIVE in cue.rules


@rule(
    "innermost_speech_wins",
    Phase.HOLDER,
    off=False,
    examples=[
        Example(
            "Analysts said Seoul wanted talks to resume quickly.",
            ("other",),
        ),
    ],
)
def innermost_speech_wins(cue: Cue, cues: list[Cue]) -> bool:
    """A cue inside the content of a report or speech act is relayed by it, not a position
    of its own (the relayed speaker is added as an inner holder of the outer cue)."""
    return any(
        other is not cue
        and not other.quoted
        and other.kind in RELAYING
        and other.content[0] <= cue.start < other.content[1]
        and not (other.start <= cue.start < other.end)
        and not (cue.kind == CueKind.STANCE and outlet_speaks(other) and actor_speaks(cue))
        for other in cues
    )


def actor_speaks(cue: Cue) -> bool:
    """Whether a template actor is among a cue's speakers."""
    return any(m.is_actor for m in cue.speaker)


def outlet_speaks(cue: Cue) -> bool:
    """A news outlet's report ('according to a new report by NBC News', '…,” he said,
    according to AP'): it carries what it reports and holds nothing, so a stance inside it
    stands as the sentence's own."""
    return bool(cue.speaker) and all(m.key == MentionKind.MEDIA for m in cue.speaker)


@rule(
    "pronoun_takes_sentence_subject",
    Phase.HOLDER,
    off="",
    examples=[
        Example(
            "Pyongyang issued a statement on Sunday; it warned Seoul against new drills.",
            ("dprk",),
        ),
    ],
)
def pronoun_takes_sentence_subject(view: SentenceView, speaker: tuple[Mention, ...]) -> str:
    """'North Korea published a report in which it accused …': 'it' is the sentence's own
    subject, when an actor is named before the pronoun."""
    if not speaker or speaker[0].key != MentionKind.PRONOUN:
        return ""
    personal = speaker[0].text.capitalize() in PERSONAL
    for mention in view.mentions:
        if mention.start >= speaker[0].start:
            break
        if view.quoted(mention.start):  # a name inside a quote is not the subject
            continue
        if speaker[0].text.lower() in ("it", "its") and _PLURAL_NOUN.search(mention.text):
            continue  # 'Foreign governments have been struggling … as it expresses …'
        if personal and place_or_body(mention.text):
            if titled_person(view, mention):
                continue  # 'US President Donald Trump will meet Kim …, he has said'
            return ""  # 'she' is no country: '… the US and North Korea could agree …, she said'
        if mention.key != MentionKind.PRONOUN and (
            ROLE_PREPOSITION.search(view.before(mention.start, 40))
            or not PREPOSITIONS.search(view.before(mention.start, 12))
        ):
            return mention.key  # "media": 'the Journal released audio that it said …'
    return ""


_PLURAL_NOUN = re.compile(r"\b[a-z]+[^s\W]s$")
"""A phrase ending on a plural common noun ('foreign governments', 'analysts'): no 'it'."""


_FRONTED_CLAUSE = re.compile(
    r"\s*(?:(?:Even|Just)\s+as|While|Although|Even\s+though|Though)\s+"
    r"(?P<pronoun>he|she|it|they)\s+[^,;:“”\"]{3,120},\s+",
    re.IGNORECASE,
)
"""A concessive clause opening the sentence with a pronoun subject, through its comma ('Even
as it released Fowle, '); a time clause ('When it warned …, ') may as well mean the actor
of the sentence before."""


@rule(
    "pronoun_before_its_name",
    Phase.HOLDER,
    off="",
    examples=[
        Example(
            "Even as it released Fowle, North Korea pushed back on both those issues.",
            ("dprk",),
            before=("The State Department said it welcomed the release.",),
        ),
    ],
)
def pronoun_before_its_name(view: SentenceView, speaker: tuple[Mention, ...]) -> str:
    """'Even as it released Fowle, North Korea pushed back …': a pronoun in a clause that
    opens the sentence means the main clause's subject, named right after the comma (a
    pronoun before its name), not the sentences before's subject."""
    if not speaker or speaker[0].key != MentionKind.PRONOUN:
        return ""
    fronted = _FRONTED_CLAUSE.match(view.text)
    if not fronted or fronted.start("pronoun") != speaker[0].start:
        return ""
    subject = next((m for m in view.mentions if m.start >= fronted.end()), None)
    if subject is None or subject.start != fronted.end() or not subject.is_actor:
        return ""
    personal = speaker[0].text.capitalize() in PERSONAL
    if personal == place_or_body(subject.text):
        return ""  # 'When he visited, North Korea …': 'he' is no state, 'it' no person
    return subject.key


def resolve(speaker: tuple[Mention, ...], referent: str) -> list[Speaker]:
    """Actor keys of a cue's speakers: pronouns take the referent; media hold nothing."""
    resolved = []
    for mention in speaker:
        if mention.key == MentionKind.PRONOUN:
            if referent not in ("", MentionKind.MEDIA):
                resolved.append(Speaker(referent, mention))
        elif mention.key != MentionKind.MEDIA:
            resolved.append(Speaker(mention.key, mention))
    return resolved


@rule(
    "clause_is_no_speaker",
    Phase.HOLDER,
    off=False,
    examples=[
        Example(
            "President Donald Trump appeared to confirm Haley's warning since he tweeted this "
            "morning about the economic options before the United States.",
            (),
        ),
    ],
)
def clause_is_no_speaker(cue: Cue) -> bool:
    """'… since he tweeted': a subject vetoed as a time clause's is not replaced, for the
    sentence's holders, by the whole clause before the cue as an outside voice (the span
    still marks where the speaker is, which the speaker scores count)."""
    return "subordinate_subject" in cue.rules and "plain_subject" in cue.rules


_NOUN_THAT = re.compile(
    r"\b(?:accusations?|allegations?|assurances?|claims?|assertions?|perceptions?|impressions?"
    r"|ideas?|notion|suggestions?|speculation|rumou?rs?|fears?|hopes?|beliefs?|expectations?"
    r"|concerns?|doubts?|views?|insistence|arguments?|charges?|predictions?|assumptions?"
    r"|evidence|possibility|prospects?|likelihood|theory)"
    r"(?:\s+(?:by|from|of)\s+[^,;:“”\"—–]{1,60}?)?\s+that\s+$"
    r"|\b(?:extent|degree)\s+to\s+which\s+$",
    re.IGNORECASE,
)
NOUN_THAT_REACH = 100
"""Characters before a cue's subject where the noun whose content it tells may stand."""


@rule(
    "content_of_a_noun_has_no_holder",
    Phase.HOLDER,
    off=False,
    examples=[
        Example(  # allsides_korea NF4ZH4OrQVBHYAHv, sentence 26
            "They could be Kim's way of pushing back at perceptions that Trump is seeking more.",
            (),
        ),
        Example(  # allsides_korea IAYVGE8V82ZD0J6y, sentence 13
            "Debate has swirled in Washington over the extent to which China — under newly "
            "appointed President Xi Jinping — is willing to pressure North Korea.",
            (),
        ),
    ],
)
def content_of_a_noun(text: str, cue: Cue) -> bool:
    """'pushing back at perceptions that Trump is seeking more', 'doubt assurances by South
    Korea and the US that Kim really intends to …': a clause that tells the content of a
    noun (a perception, an assurance, a claim; 'the extent to which China … is willing') is
    what the noun holds, not a
    statement of its subject's (GUIDELINES 4.3: inside another's words, or a generic
    nominal position); its subject holds nothing by it."""
    if not cue.speaker or cue.start < cue.speaker[-1].end:
        return False
    start = cue.speaker[0].start
    if _CLAUSE_BREAK.search(_ASIDE.sub("", text[cue.speaker[-1].end : cue.start])):
        return False  # '… rejecting the idea that they would …, saying': a later clause's
    return bool(_NOUN_THAT.search(text, max(0, start - NOUN_THAT_REACH), start))


_CLAUSE_BREAK = re.compile(r"[,;:—–]")
_ASIDE = re.compile(r"\s[—–][^—–]{1,80}[—–]\s")
"""'China — under newly appointed President Xi — is willing': an aside between dashes
breaks no clause."""


_DENIABLE_REPORT = re.compile(
    r"(?:announced|confirmed|commented|disclosed|revealed|responded|specified|mentioned"
    r"|said|publicized|publicised)",
    re.IGNORECASE,
)
_NEGATION_BEFORE = re.compile(
    r"\b(?:has|have|had)(?:\s+(?:not|never)|n[’']t)(?:\s+(?:yet|officially|publicly|formally"
    r"|immediately|independently))?\s+$",
    re.IGNORECASE,
)


@rule(
    "negated_report_says_nothing",
    Phase.HOLDER,
    off=False,
    examples=[
        Example(  # allsides_korea AhLlSilAnqLmJynp, sentence 59
            "But the State Department has not officially announced any North Korea-related "
            "travel plans for Pompeo.",
            (),
        ),
    ],
)
def negated_report(text: str, cue: Cue) -> bool:
    """'the State Department has not officially announced any … travel plans', 'North Korea
    has not confirmed the test': a report denied tells nothing the speaker said (GUIDELINES
    4.4: non-comments), though the cue still marks a speech act ('has not ruled out' is a
    statement, and no report verb here)."""
    words = cue.text.split()
    if not _DENIABLE_REPORT.fullmatch(words[-1]):
        return False
    if len(words) > 1 and words[-2].lower() in ("not", "never"):  # 'has not confirmed'
        return True
    return bool(_NEGATION_BEFORE.search(text, max(0, cue.start - 40), cue.start))


def holders_of(view: SentenceView, cue: Cue, cues: list[Cue], referent: str) -> list[Evidence]:
    """The holders a cue gives its sentence, with evidence (spans relative to the sentence)."""
    if clause_is_no_speaker(cue) or content_of_a_noun(view.text, cue):
        return []
    speakers = resolve(cue.speaker, referent)
    own = tuple(s.key for s in speakers)
    inner = [c for c in cues if not cited_in_quote(view, c)]
    found = _relayed(
        view.text, cue, inner, own[0] if own else referent, own, _conduit(cue, speakers), referent
    )
    if negated_report(view.text, cue):  # '… have not confirmed …, but an official said …'
        return [e for e, sub in found if sub.start > cue.end]
    mine = [_evidence(cue, s) for s in speakers]
    if speakers and all(s.key == OTHER for s in speakers):
        parties = document_relays_its_parties(view, cue)
        if parties:
            return parties
        kept = outside_voice_relays_nothing(cue, found)
        dated = [e for e, sub in found if dated_deed_is_relayed(view.text, sub, cue)]
        if dated and kept is not None:  # the voice is the dated deed's conduit
            return kept + dated  # (disjoint: kept relays speech, dated deeds)
        if kept and (unnamed_source_relays(cue) or outside_voice_passes_on(view.text, cue, found)):
            return kept
        if kept is not None:
            return mine + kept
    return _with_relayed(view.text, cue, mine, found)


_AS_THE = re.compile(r"\b[Aa]s\s+(?:the\s+|a\s+)?$")


@rule(
    "cited_in_quote_relays_nothing",
    Phase.HOLDER,
    off=False,
    examples=[
        Example(
            "“As the Old Book says, ‘the soldier does not bear the sword in vain,’ and we will "
            "defeat any attack,” Pence said.",
            ("us",),
        ),
    ],
)
def cited_in_quote(view: SentenceView, cue: Cue) -> bool:
    """'“As the Old Book says, …, we will defeat any attack,” Pence said': a source the
    speaker cites inside their own quoted words backs the speaker's position; it is not a
    speech act the speaker relays."""
    return (
        cue.quoted
        and bool(cue.speaker)
        and bool(_AS_THE.search(view.before(cue.speaker[0].start, 12)))
    )


def _conduit(cue: Cue, speakers: list[Speaker]) -> str:
    """Who relays what a cue's content reports: a reporting speaker, or an unresolved one."""
    if speakers and cue.kind != CueKind.REPORT:
        return ""
    return " ".join(m.text for m in cue.speaker)


def _with_relayed(
    text: str, cue: Cue, mine: list[Evidence], found: list[tuple[Evidence, Cue]]
) -> list[Evidence]:
    """A report that relays another speaker's act near its start gives that speaker; the
    reporter stays only when it is party to what it relays ('Moon said he and Kim had
    agreed'), or speaks in the first person before it (see ``first_person_keeps_speaker``)."""
    relayed = {e.holder for e, _ in found}
    relays = any(
        _near_start(text, cue, sub)
        and sub.kind != CueKind.TRIGGER  # 'said deployments in response to threats by X …'
        and not first_person_keeps_speaker(text, cue, sub)
        or source_carries_the_tag(cue, sub)  # the quotation's 'I' is the tagged speaker's
        for _, sub in found
    )
    if cue.kind == CueKind.REPORT and found and relays:
        # 'Moon said he and Kim had agreed': a speaker that is party to what it relays stays
        return [e for e in mine if e.holder in relayed] + [e for e, _ in found]
    return mine + [e for e, _ in found]


_OPENING_CLAUSE = re.compile(
    r"\s*(?:that\s+)?(?:although|though|while|whereas|if|when|because|even\s+though|even\s+if"
    r"|after|before|since)\b[^,;:“”\"]{0,120},\s*"
)


@rule(
    "relay_reach_skips_an_opening_clause",
    Phase.HOLDER,
    off=0,
    examples=[
        Example(  # allsides_korea 9ErbxYR5cYziJ7Jl, sentence 14
            "A White House official said although Moon did not discuss the invitation with "
            "Pence, the South Korean president made it very clear that only when North Korea "
            "actually starts to take steps to denuclearise would anyone even consider beginning "
            "to take the pressure off.",
            ("rok",),
        ),
    ],
)
def opening_clause_length(text: str, start: int) -> int:
    """'A White House official said although Moon did not discuss the invitation …, the
    South Korean president made it very clear that …': a report's content may open with a
    subordinate clause; the speech act it relays stands after it, and is near the start
    of what is reported (``RELAY_REACH``) when counted from there (the clause's length)."""
    opening = _OPENING_CLAUSE.match(text, start)
    return opening.end() - start if opening else 0


@rule(
    "source_carries_the_tag",
    Phase.HOLDER,
    off=False,
    examples=[
        Example(
            "“I know the Americans are inherently disposed against us, but if we meet often "
            "there will be no problem,” Kim told Moon, according to the South Korean government "
            "spokesman.",
            ("dprk",),
        ),
        Example(  # allsides_korea TNznDFKPGGkqT1bt, sentences 29 and 31
            "“I decided today (to freeze the tests) so he will not lose sleep anymore,” he said, "
            "according to a South Korean presidential official.",
            ("dprk",),
            before=("During the visit, Kim reportedly joked over dinners of Korean hotpot.",),
            paragraphs=True,
        ),
    ],
)
def source_carries_the_tag(cue: Cue, inner: Cue) -> bool:
    """'“…,” Kim told Moon, according to the South Korean government spokesman': a source
    named after the speaker's own tag carries that speech act however long the quotation
    before it (a conduit); it holds nothing of its own there (GUIDELINES 4.2)."""
    return (
        cue.text.lower().startswith("according")
        and inner.kind in RELAYING
        and inner.inverted
        and inner.end <= cue.start
    )


def _relayed(
    text: str,
    cue: Cue,
    cues: list[Cue],
    referent: str,
    own: tuple[str, ...],
    conduit: str,
    before: str = "",
) -> list[tuple[Evidence, Cue]]:
    """Speakers of the cues inside this cue's content that it relays; an act inside the
    speaker's own quotation notes who quotes it (``Evidence.quoted_by``). ``before``: whom
    a pronoun means by the sentences before, for the tag a trailing source carries."""
    found: list[tuple[Evidence, Cue]] = []
    for sub in cues:
        if sub is cue or not cue.content[0] <= sub.start < cue.content[1]:
            continue
        if relative_is_background(sub) or clause_is_no_speaker(sub):
            continue
        if (
            quoted_deed_is_the_speakers_claim(cue, sub)
            or trigger_in_report(cue, sub)
            or claimed_deed_is_the_claimants(cue, sub)
        ):
            continue  # the speaker's own claim, not a speech act or deed it relays
        if not (sub.kind in INNER_KINDS or trailing_report_relays_stance(text, cue, sub)):
            continue
        tagged = source_carries_the_tag(cue, sub)  # '“…,” he said, according to an official'
        if tagged and relayer_relays_on(text, sub, cues):
            continue  # '“The North side clearly affirmed …,” Chung said, according to Yonhap'
        if not any(
            m.is_actor or m.key == OTHER or ((tagged or not own) and _personal_pronoun(m))
            for m in sub.speaker
        ):
            continue
        quoted_by = own[0] if own and conduit and sub.quoted else ""
        for speaker in resolve(sub.speaker, before if tagged and before else referent):
            if cue.kind in RELAYING or speaker.key not in own:
                evidence = _evidence(sub, speaker, conduit, cue.rules)
                found.append((replace(evidence, quoted_by=quoted_by), sub))
    return found


@rule(
    "relayer_relays_on",
    Phase.HOLDER,
    off=False,
    examples=[
        Example(  # allsides_korea CdgH…, sentence 6 (re-audit of set_3112_1)
            "“The North side clearly affirmed its commitment to the denuclearization of the "
            "Korean Peninsula,” Chung said in a statement, according to Yonhap News Agency.",
            ("dprk",),
        ),
    ],
)
def relayer_relays_on(text: str, inner: Cue, cues: Sequence[Cue]) -> bool:
    """'“The North side clearly affirmed its commitment …,” Chung said in a statement,
    according to Yonhap': a tagged report that a source after it carries, and that itself
    relays an actor's speech act near the start of what it reports, is a conduit too
    (GUIDELINES 4.2); only the innermost speaker holds, as when no source carries it."""
    if inner.kind != CueKind.REPORT:
        return False
    start, stop = inner.content
    return any(
        other is not inner
        and other.kind in RELAYING
        and start <= other.start < stop
        and _near_start(text, inner, other)
        and actor_speaks(other)
        for other in cues
    )


def _near_start(text: str, cue: Cue, inner: Cue) -> bool:
    """Whether ``inner`` stands near the start of what ``cue`` reports (``RELAY_REACH``),
    counted after a subordinate clause its content may open with
    (``relay_reach_skips_an_opening_clause``)."""
    opens = cue.content[0] + opening_clause_length(text, cue.content[0])
    return inner.start - opens <= RELAY_REACH


@rule(
    "trigger_in_report",
    Phase.HOLDER,
    off=False,
    examples=[
        Example(  # allsides_korea pHnb (corpus audit, round 36), sentence 4
            "Recent announcements of American military deployments in response to belligerent "
            "statements by North Korea may have contributed to escalating tensions between the "
            "two countries, Pentagon officials told CNN on Thursday.",
            ("us",),
        ),
    ],
)
def trigger_in_report(cue: Cue, inner: Cue) -> bool:
    """'… deployments in response to belligerent statements by North Korea may have
    contributed to tensions, Pentagon officials told CNN': a stance or deed named only as
    what prompted something, before a trailing report, is part of what that speaker says,
    not a position the report relays (GUIDELINES 4.3: anything inside another holder's
    reported speech); a news outlet's report still carries it, and a trigger after the
    report's verb ('Trump said … after North Korea launched a missile') prompted the
    report itself."""
    return (
        inner.kind == CueKind.TRIGGER
        and inner.end <= cue.start  # a trailing report: all before it is what it says
        and cue.kind in RELAYING
        and not outlet_speaks(cue)
    )


_CLAIMED = re.compile(r"(?:\w+\s+)?(?:claim|claims|claimed|alleged|alleges|allege)", re.IGNORECASE)


@rule(
    "claimed_deed_is_the_claimants",
    Phase.HOLDER,
    off=False,
    examples=[
        Example(  # allsides_korea tIys (corpus audit, round 36), sentence 47
            "Trump also claimed China’s banking system had shut down business with the country.",
            ("us",),
        ),
    ],
)
def claimed_deed_is_the_claimants(cue: Cue, inner: Cue) -> bool:
    """'Trump also claimed China’s banking system had shut down business with the country':
    a deed of another side told with 'claimed' or 'alleged' is the claimant's word for it,
    not a deed the claimant relays (GUIDELINES 4.2, contested one-sided claims: the
    writer's verb keeps its distance); 'said' still relays it, and so does a claim about
    the claimant's own deeds ('Pyongyang has tested — it claims — a hydrogen device')."""
    if inner.kind != CueKind.ACTION or not _CLAIMED.fullmatch(cue.text):
        return False
    claimants = {m.key for m in cue.speaker}
    doers = {m.key for m in inner.speaker}
    return MentionKind.PRONOUN not in claimants and not claimants & doers


@rule(
    "quoted_deed_is_the_speakers_claim",
    Phase.HOLDER,
    off=False,
    examples=[
        Example(
            "“North Korea has conducted a major Nuclear Test. Their words and actions continue "
            "to be very hostile and dangerous to the United States,” Trump wrote.",
            ("us",),
        ),
    ],
)
def quoted_deed_is_the_speakers_claim(cue: Cue, inner: Cue) -> bool:
    """'“North Korea has conducted a major Nuclear Test. Their words … are very hostile,”
    Trump wrote': a deed told inside the speaker's own quoted words is the speaker's
    claim about the other side (GUIDELINES 4.1), not a speech act the speaker relays as a
    conduit ('“… President Trump clearly emphasized that …,” Moon said' still relays, and a
    news outlet quoting its own report carries the deed as a conduit)."""
    return (
        inner.quoted
        and not cue.quoted
        and inner.kind == CueKind.ACTION
        and not outlet_speaks(cue)  # an outlet relays facts
    )


@rule(
    "outlet_carries_the_person_before",
    Phase.HOLDER,
    off=False,
    examples=[
        Example(
            "“No country has as significant an impact on North Korea as China,” he said, "
            "according to the BBC.",
            ("us",),
            before=("On Friday, in Seoul, Kerry said the U.S. would protect itself.",),
        ),
    ],
)
def _personal_pronoun(mention: Mention) -> bool:
    """'he', 'she': inside what a news outlet reports ('“…,” he said, according to AP'), the
    person the sentences before named, whose words the outlet carries."""
    return mention.key == MentionKind.PRONOUN and mention.text.lower() in ("he", "she")


def _evidence(
    cue: Cue, speaker: Speaker, conduit: str = "", outer: tuple[str, ...] = ()
) -> Evidence:
    named = speaker.mention.key != MentionKind.PRONOUN
    return evidence_of(
        str(speaker.key),
        speaker.mention.text,
        cue.text,
        (*outer, *cue.rules),
        conduit=conduit,
        speaker_span=(speaker.mention.start, speaker.mention.end) if named else None,
        cue_span=(cue.start, cue.end),
        speaker=speaker.mention.text if named else "",
    )


_DOCUMENT = re.compile(
    r"(?:the|a|an|this|that|their|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:declaration|agreement|accord|communiqu[eé]|document|pact|treaty)$",
    re.IGNORECASE,
)
"""A document its parties signed, as the subject of a saying verb ('The joint declaration
states …', 'The agreement says …')."""


@rule(
    "document_relays_its_parties",
    Phase.HOLDER,
    off=[],
    examples=[
        Example(
            "The joint declaration states that the U.S. will provide “security guarantees” to "
            "Pyongyang.",
            ("us",),
        ),
    ],
)
def document_relays_its_parties(view: SentenceView, cue: Cue) -> list[Evidence]:
    """'The joint declaration states that the U.S. will provide …': a signed document says
    what its parties committed to; the actor its content opens with holds it, the
    document is its conduit (an outside voice would relay nothing)."""
    if cue.inverted or not cue.speaker:
        return []
    if not all(_DOCUMENT.fullmatch(m.text.strip()) for m in cue.speaker):
        return []
    start, end = cue.content
    opening = _CONTENT_OPENING.match(view.text, start, end)
    first = opening.end() if opening else start
    parties = [m for m in view.between(first, end) if m.is_actor and m.start == first]
    return [_evidence(cue, Speaker(m.key, m), cue.speaker[0].text) for m in parties]


_CONTENT_OPENING = re.compile(r"\s*(?:that\s+)?(?:the\s+)?")


@rule(
    "outside_voice_relays_nothing",
    Phase.HOLDER,
    off=None,
    examples=[
        Example(
            "Pyongyang has signalled interest in economic cooperation, said Jane Roe, an "
            "analyst at a Seoul institute.",
            ("other",),
        ),
    ],
)
def outside_voice_relays_nothing(
    cue: Cue, found: list[tuple[Evidence, Cue]]
) -> list[Evidence] | None:
    """Outside voices give their own assessment of what actors did ('…, said an analyst'):
    nothing is relayed; only another speaker's own words in a clause of their own stay,
    not a record the analyst sums up ('Bermudez said the regime has “repeatedly stated
    that …”': GUIDELINES 4.2, 'has repeatedly signalled' is the analyst's own)."""
    return [
        e
        for e, sub in found
        if not cue.inverted and sub.kind in RELAYING and not _HABITUAL.search(sub.text)
    ]


_DAY = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)}|yesterday|today|last\s+night)\b")
DAY_REACH = 30
"""Characters after a deed's verb where the day it names may stand ('blocked … on Thursday')."""


@rule(
    "dated_deed_is_relayed",
    Phase.HOLDER,
    off=False,
    examples=[
        Example(  # Reuters, allsides_korea VX7H…, sentence 1 (re-audit of set_3114_1)
            "China on Thursday blocked a U.S. effort at the United Nations to blacklist six "
            "ships, a U.N. Security Council diplomat said.",
            ("china",),
        ),
    ],
)
def dated_deed_is_relayed(text: str, inner: Cue, outer: Cue) -> bool:
    """'China on Thursday blocked a U.S. effort at the United Nations …, a U.N. Security
    Council diplomat said': a deed told with the day it was done is a specific,
    identifiable act the outside voice relays, as a conduit (GUIDELINES 4.2), not a record
    the voice sums up ('Pyongyang has signalled interest …, said an analyst',
    ``outside_voice_relays_nothing``). The day stands in the deed's clause, before any
    comma after its verb and before the voice's own cue: '…, experts said Monday' dates
    the voice's words."""
    if inner.kind != CueKind.ACTION or not inner.speaker:
        return False
    start = inner.speaker[0].start
    stop = min(len(text), inner.end + DAY_REACH)
    if outer.start > inner.end:
        stop = min(stop, outer.start)
    comma = text.find(",", inner.end, stop)
    return bool(_DAY.search(text, start, comma if comma >= 0 else stop))


_HABITUAL = re.compile(rf"\b(?:{HABITUAL_ADVERBS}|repeatedly|long|consistently)\b")


@rule(
    "outside_voice_passes_on",
    Phase.HOLDER,
    off=False,
    examples=[
        Example(  # allsides_korea 3sePmyA1NbmngrPs, sentence 10 (corpus audit)
            "South Korean lawmaker Lee Cheol Woo told the Associated Press that the country's "
            "National Intelligence Service had expressed in a private briefing that they "
            "believed North Korea had tested an atomic bomb.",
            ("rok",),
        ),
        Example(
            "Senator John McCain said Pompeo told him that the talks would continue.",
            ("us",),
        ),
    ],
)
def outside_voice_passes_on(text: str, cue: Cue, found: list[tuple[Evidence, Cue]]) -> bool:
    """'Lawmaker Lee told the AP that the country's National Intelligence Service had
    expressed …', 'McCain said Pompeo told him …': an outside voice whose report opens on
    another speaker's speech act relays a specific, identifiable act; that speaker holds it
    and the outside voice is its conduit (GUIDELINES 4.2). What the act's speaker does not
    open ('the speed with which Washington accused …', 'much of what Kim's regime is
    saying', 'he believed Mattis had stressed …') stays the outside voice's own."""
    start = cue.content[0]
    if start < cue.end or cue.kind != CueKind.REPORT:  # '…, X said', '…, according to X'
        return False
    return any(
        sub.kind in RELAYING
        and sub.speaker
        and _OPENS_ON_SPEAKER.fullmatch(text, start, sub.speaker[0].start) is not None
        for _, sub in found
    )


_OPENS_ON_SPEAKER = re.compile(
    r"\s*(?:(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}\s+that\s+|that\s+)?"
    r"(?:(?:the|a|an)\s+)?(?:(?:country|nation|government|regime|state)[’']s\s+)?"
    r"(?:[A-Z][\w.’'-]*\s+){0,3}"
)
"""What may stand before the relayed speaker: an addressee and 'that' ('told the Associated
Press that'), an article, 'the country's', and the words of a title ('President')."""


_COMMON_NOUN_SOURCE = re.compile(r"(?:the|a|an|her|his|its|their)\s|[a-z]")


@rule(
    "unnamed_source_relays",
    Phase.HOLDER,
    off=False,
    examples=[
        Example(
            "The Pentagon said the missions were part of its joint drill with the South, "
            "according to congressional sources.",
            ("us",),
        ),
    ],
)
def unnamed_source_relays(cue: Cue) -> bool:
    """'The Pentagon said …, according to the Times', '…, according to congressional
    sources', '… according to a copy of his speech': a source named by no one's name only
    carries the speech act it relays (a conduit, as a news outlet is); an analyst named
    after 'according to' ('according to David Wright') keeps an assessment of his own."""
    return cue.text.lower().startswith("according") and all(
        _COMMON_NOUN_SOURCE.match(m.text) for m in cue.speaker
    )


@rule(
    "trailing_report_relays_stance",
    Phase.HOLDER,
    off=False,
    examples=[
        Example(
            "Kim plans to invite experts to the dismantling, Seoul officials said.",
            ("dprk",),
        ),
    ],
)
def trailing_report_relays_stance(text: str, cue: Cue, inner: Cue) -> bool:
    """'Kim plans to invite experts …, Seoul officials said': a trailing report relays the
    stance its content opens with; a stance deep inside a 'said that' clause stays the
    speaker's own assessment ('Moon said North Korea was not convinced …'), and so does one
    after the speaker's 'I' (``first_person_keeps_speaker``), and a state of mind the
    speaker reads in the other (``a_mind_read_stays_the_speakers``)."""
    return (
        cue.inverted
        and inner.kind == CueKind.STANCE
        and inner.start - cue.content[0] <= RELAY_REACH
        and not first_person_keeps_speaker(text, cue, inner)
        and not a_mind_read_stays_the_speakers(inner)
    )


@rule(
    "a_mind_read_stays_the_speakers",
    Phase.HOLDER,
    off=False,
    examples=[
        Example(
            "North Korea's leader wants to complete denuclearisation quickly and hold a second"
            " summit with Donald Trump soon, South Korea's president says.",
            ("rok",),
        ),
    ],
)
def a_mind_read_stays_the_speakers(inner: Cue) -> bool:
    """'North Korea's leader wants …, South Korea's president says': what another actor
    wants, fears or believes, told by a speaker, is the speaker's own reading of it
    (guidelines 4.1: no speech act of the other is reported), unlike what it plans, is
    willing to do or has vowed."""
    return bool(_MIND.fullmatch(inner.text))


_MIND = re.compile(
    r"wants?|wanted|hopes?|hoped|believes?|believed|thinks?|thought|expects?|suspects?"
    r"|fears?|feared|worries|worry|worried|doubts?|doubted|views|sees|regards"
    r"|(?:is|are) (?:concerned|confident|skeptical|sceptical|doubtful|not convinced)",
    re.IGNORECASE,
)
"""Stance words of a state of mind, which a speaker can read in another without that other
saying anything (unlike 'plans to', 'is willing', 'has vowed', 'opposes')."""


_FIRST_PERSON = re.compile(r"\b(?:I|we|We)\b")


@rule(
    "first_person_keeps_speaker",
    Phase.HOLDER,
    off=False,
    examples=[
        Example(
            "“I feel that Kim Jong Un is willing to do something great for his people,” Trump"
            " said.",
            ("us",),
        ),
    ],
)
def first_person_keeps_speaker(text: str, cue: Cue, inner: Cue) -> bool:
    """'“I think the Chinese over time will speak …,” the secretary said': what the speaker's
    own words put after an 'I' or a 'we' is the speaker's view of another actor, not an act
    of that actor the speaker relays."""
    return bool(_FIRST_PERSON.search(text, cue.content[0], inner.start))


_STANCE_NOUNS = (
    r"demands?|calls?|offers?|proposals?|requests?|appeals?|pleas?|plans?|decision|pledges?"
    r"|promises?|threats?|refusal|insistence|accusations?|invitations?|claims?|commitments?"
    r"|suggestions?|warnings?|taunts?|boasts?|vows?|ultimatums?|assertions?"
)
"""An actor's stance named as a noun."""
_ITS_CONTENT = rf"(?:\s+{TIME_AFTER})?\s+(?:that|to|for|of|not\s+to)\b"
"""What opens the stance's content after the noun ("South Korea's call last week for")."""
_TARGET_NOUN = re.compile(
    r"(?:(?P<who>(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})['’]s\s+(?:[\w-]+\s+){0,2}?"
    r"|(?P<adjective>(?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w.’'-]*)\s+"
    r"|(?P<owner>(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})\s+for\s+(?:its|his|her"
    r"|their)\s+(?:[\w-]+\s+){0,2}?)"
    rf"(?P<noun>{_STANCE_NOUNS}){_ITS_CONTENT}"
)
"""'Washington's demand that …', "the North's decision to …", 'North Korean accusations
that …', 'thanked North Korea for its plan to …': an actor's stance as a noun, with its
content."""
_TARGET_NOUN_FROM = re.compile(
    rf"(?P<noun>{_STANCE_NOUNS})\s+from\s+"
    r"(?P<source>(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})"
    # an apposition after the maker: 'from China, its neighbor and ally,', '- via Seoul -'
    r"(?:\s*,[^,;“”\"]{1,60},|\s+[-—–][^-—–]{1,60}[-—–])?" + _ITS_CONTENT
)
"""'ignored an appeal from China … not to proceed', 'a request from Seoul to …': the stance
as a noun, its maker after 'from', with its content."""
_WHO = ("who", "adjective", "owner", "source")
"""The groups of the two patterns above that name the stance's maker."""
_TARGETING = re.compile(
    r"\b(?:reject\w*|accept\w*|welcom\w*|dismiss\w*|agree[sd]?\s+to|agreeing\s+to|regret\w*"
    r"|prais\w*|thank\w*|critici[sz]\w*|denounc\w*|condemn\w*|ignor\w*|defie[sd]|defy\w*"
    r"|spurn\w*|rebuff\w*|snub\w*|resist\w*|oppos\w*|heed\w*|counter(?:s|ed|ing)?|despite"
    r"|respond(?:s|ed|ing)?\s+to"
    r"|(?<!what\s)(?<!which\s)(?:prompt(?:s|ed|ing)?|trigger(?:s|ed|ing)?|provok\w*|spark\w*)"
    r"|in\s+spite\s+of|in\s+defiance\s+of)"
    r"[”\"’']?\s+(?:[\w’'-]+\s+){0,2}$",
    re.IGNORECASE,
)
"""A verb that takes another actor's stance as its object ('rejected', 'won't agree to',
'deeply regrets the'), or brings it about ('prompted a U.S. warning that …'), or 'despite'
before a contrasting one."""
_TIME_CONJUNCTION = re.compile(r"\b(?:when|after|before|while|since|until|as)\s", re.IGNORECASE)
"""A time clause: what it tells anchors the sentence in time (GUIDELINES 4.3, excluded)."""


STANCE_TARGET = "stance_noun_target"
"""The rule's name: a holder it adds is only the target of the sentence's stance (a
quotation going on is not theirs, nor a role the sentence introduces)."""


def is_stance_target(evidence: Evidence) -> bool:
    """Whether ``evidence`` holds only as the target of another holder's stance."""
    return STANCE_TARGET in evidence.rules


@rule(
    STANCE_TARGET,
    Phase.HOLDER,
    off=(),
    examples=[
        Example(
            "North Korea said it won’t agree to Mr. Trump’s demand to give up its nuclear "
            "weapons unilaterally.",
            ("dprk", "us"),
        ),
        Example(  # GUIDELINES 4.3's own example
            "The U.S. envoy dismissed North Korean accusations that Washington was stalling "
            "the talks.",
            ("us", "dprk"),
        ),
        Example(  # Korea dev 3aqb1799efheP5vK, sentence 16
            "Trump, in a tweet Saturday, thanked North Korea for its plan to dismantle the "
            "nuclear test site.",
            ("us", "dprk"),
        ),
        Example(  # allsides_korea qNwR6LY1yKIZGeaW, sentence 11 (audit set_3107_0)
            "Japanese Prime Minister Shinzo Abe welcomed Kim's written commitment to complete "
            "denuclearization in an agreement signed with Trump.",
            ("other", "dprk"),
        ),
        Example(  # allsides_korea DcQ04ErGxoylNOZ3, sentences 4-5 (corpus audit, round 40)
            "He ignored an appeal from China, its neighbor and important ally, not to proceed.",
            ("dprk", "china"),
            before=("North Korea's leader Kim Jong Un ordered the launch of a long-range rocket.",),
        ),
        Example(  # allsides_korea 5qktapk94xSIPK1q, sentence 7 (corpus audit, round 40)
            "North Korea’s missile test last month prompted a U.S. warning that North Korea’s "
            "leadership would be “utterly destroyed” if war were to break out.",
            ("dprk", "us"),
        ),
        Example(  # allsides_korea tu1GGOdVMbAcd8Xq, sentence 0 (audit set_3107_2)
            "The parents of American college student Otto Warmbier on Friday countered "
            "President Trump’s suggestion that Kim Jong Un was unaware of their son’s "
            "treatment.",
            ("other", "us"),
        ),
    ],
)
def stance_noun_targets(view: SentenceView, holders: Sequence[Evidence]) -> tuple[Evidence, ...]:
    """'North Korea said it won't agree to Mr. Trump's demand to give up …', 'Seoul said it
    deeply regrets the North's decision to stop …': the actor whose stance, given as a noun
    with its content, is the target of the sentence's stance holds it too (GUIDELINES 4.3);
    not in a sentence nobody else holds ('given Pyongyang's promise to …'), in a time
    clause ('… when Mr. Trump announced his willingness to accept Mr. Kim's offer') or
    inside a quotation."""
    if not holders:
        return ()
    held = {e.holder for e in holders}
    found: list[Evidence] = []
    for contradiction in _CONTRADICTS.finditer(view.text):
        for mention in contradicted_speaker(view, contradiction):
            if mention.key not in held:
                held.add(mention.key)
                cue, span = contradiction.group().strip(), contradiction.span()
                found.append(_target(mention, cue, span, "contradicted_speaker_holds"))
    for match in _FOR_A_STANCE.finditer(view.text):
        for mention in credited_for_a_stance(view, match):
            if mention.key not in held:
                held.add(mention.key)
                found.append(_target(mention, match.group("verb"), match.span("verb"), CREDITED))
    nouns = [*_TARGET_NOUN.finditer(view.text), *_TARGET_NOUN_FROM.finditer(view.text)]
    for match in nouns:
        if _aside(view, match.start()):
            continue
        if not _TARGETING.search(view.text, max(0, match.start() - 40), match.start()):
            continue
        who = next(g for g in _WHO if match.groupdict().get(g))
        for mention in view.between(match.start(who), match.end(who)):
            if mention.is_actor and mention.key not in held:
                held.add(mention.key)
                found.append(_target(mention, match.group("noun"), match.span("noun")))
    return tuple(found)


_FOR_A_STANCE = re.compile(
    r"\b(?:critici[sz]\w*|prais\w*|thank\w*|commend\w*|applaud\w*|laud\w*|credit\w*"
    r"|condemn\w*|denounc\w*|slamm?\w*|fault\w*|rebuk\w*|hail\w*)\s+"
    r"(?P<who>(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})\s+for\s+"
    r"(?P<verb>saying|calling|suggesting|offering|agreeing|proposing|refusing|raising|demanding"
    r"|insisting|pledging|promising|threatening|announcing|vowing|declaring|urging|pushing"
    r"|backing|supporting|rejecting|accepting|engaging|deciding)\b"
)
"""'criticized Trump for saying …', 'thanked Trump for raising the abduction issue',
'commended China for offering …': whom the holder praises or blames, for a stance or a
deed it names."""
CREDITED = "credited_for_a_stance"


@rule(
    CREDITED,
    Phase.HOLDER,
    off=(),
    examples=[
        Example(  # allsides_korea dTAHBmzqjlKub0aJ, sentence 14
            "Back in February, some U.S. lawmakers criticized Trump for saying he did not hold "
            "Kim responsible for the death of Warmbier.",
            ("other", "us"),
        ),
    ],
)
def credited_for_a_stance(view: SentenceView, match: re.Match[str]) -> tuple[Mention, ...]:
    """'some U.S. lawmakers criticized Trump for saying he did not hold Kim responsible',
    'Mr. Abe thanked Trump for raising the abduction issue with Kim': the actor praised or
    blamed for a stance or deed the sentence spells out holds it too (GUIDELINES 4.3, the
    target of the main stance); not inside a quotation, nor in a time clause. Blame for a
    deed ('accused the US of provoking …', 'blamed North Korea for hacking') is the
    accuser's claim, not the accused's stance: those verbs are not read here."""
    if _aside(view, match.start()):
        return ()
    return tuple(m for m in view.between(*match.span("who")) if m.is_actor)


def _aside(view: SentenceView, at: int) -> bool:
    """Whether a target phrase stands inside a quotation or in a time clause ('… on Thursday
    when Mr. Trump announced his willingness to accept Mr. Kim's offer'): no stance the
    sentence's holder takes a position on."""
    return view.quoted(at) or bool(_TIME_CONJUNCTION.search(_clause_before(view.text, at)))


def _clause_before(text: str, at: int) -> str:
    """The clause a target phrase stands in, up to it: the 80 characters before, from the
    last comma, semicolon, colon or dash."""
    return re.split(r"[,;:—]", text[max(0, at - 80) : at])[-1]


def _target(mention: Mention, cue: str, cue_span: tuple[int, int], *also: str) -> Evidence:
    """The evidence of an actor whose stance is the target of the sentence's."""
    return evidence_of(
        str(mention.key),
        mention.text,
        cue,
        (STANCE_TARGET, *also),
        speaker_span=(mention.start, mention.end),
        cue_span=cue_span,
        speaker=mention.text,
    )


_CONTRADICTS = re.compile(
    r"\b(?:contradicting|contradicted|contradicts|(?:a|an)\s+(?:[\w-]+\s+)?contradiction\s+of"
    r"|at\s+odds\s+with|in\s+contrast\s+(?:to|with))\s+"
)
"""'…, contradicting U.S. Secretary of State Mike Pompeo …', 'a glaring contradiction of …
Pompeo's description of the talks': what follows names whose stance the sentence's holder
contradicts."""
_CONTRADICTED_STANCE = re.compile(
    r"\s*(?:(?:(?<=['’]s)|['’]s)\s+(?:[\w-]+\s+)?(?:description|claims?|assessment|assertions?|statements?"
    r"|remarks?|comments?|account|characteri[sz]ation|insistence|view)\b"
    r"|[^.;“”\"]{0,40}?\b(?:saying|who\s+(?:had\s+|has\s+)?said)\b)"
)
"""After the contradicted actor: its stance, given as a noun or a saying verb."""
_HYPOTHETICAL = re.compile(r"\b(?:if|should|would|could|might|unless)\b", re.IGNORECASE)
"""A condition or a modal: a contradiction that may happen is nobody's stance yet."""


@rule(
    "contradicted_speaker_holds",
    Phase.HOLDER,
    off=(),
    examples=[
        Example(  # after Korea dev BI5dAMOa4ZeejikP, sentence 0 (whose 'saying' now gives
            # Pompeo his own stance: subject_before no longer reads it as a trailing tag)
            "North Korea's state media called the talks a failure, contradicting Secretary of "
            "State Mike Pompeo's account of progress on key issues.",
            ("dprk", "us"),
        ),
    ],
)
def contradicted_speaker(view: SentenceView, contradiction: re.Match[str]) -> tuple[Mention, ...]:
    """'…, contradicting U.S. Secretary of State Mike Pompeo hours after he left saying …',
    'a glaring contradiction of US Secretary of State Mike Pompeo's description of the talks
    as “productive”': the actor whose stance the sentence's holder contradicts, given with
    its content, holds it too (GUIDELINES 4.3, contrastive stances); not a mere fact the
    holder contradicts ('contradicting the evidence')."""
    if view.quoted(contradiction.start()):
        return ()
    if _HYPOTHETICAL.search(_clause_before(view.text, contradiction.start())):
        return ()  # '… should Mr. Kim suddenly issue a statement contradicting …'
    named = [
        m
        for m in view.mentions
        if contradiction.end() <= m.start <= contradiction.end() + 40 and m.is_actor
    ]
    if not named:
        return ()
    first = max((m for m in named if m.key == named[0].key), key=lambda m: m.end)
    if not _CONTRADICTED_STANCE.match(view.text, first.end):
        return ()
    return (first,)
