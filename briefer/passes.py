"""Whole-article passes after each sentence is attributed: what one sentence lends others.

An embedded post's signature lends its author to the sentences above it, a repeated
quotation its speaker, a quotation's byline its speaker, an interview or a transcript its
turns' speakers, a lead-in its block quotation. Each pass is a named cross-sentence rule that
reads the article's sentences and their attributions and returns new attributions (or None
when nothing changes); ``attribute.attribute_sentences`` runs them in order.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .cues import IRREGULAR_PAST
from .lexicon import ACTION_ONLY, QUOTE_OPEN, QUOTES
from .mentions import Matcher
from .models import OTHER, POST, REPEATED, Attribution, Evidence, Sentence
from .patterns import QUOTE_MARK
from .rules import Example, Phase, evidence_of, rule, with_rules
from .transcript import interviewers, is_interviewer, transcript_turns


@rule(
    "embedded_post",
    Phase.CROSS_SENTENCE,
    off=None,
    confidence=0.7,
    examples=[
        Example(
            "Why would Kim Jong-un insult me by calling me old?",
            ("us",),
            after=(
                "Oh well, I try so hard to be his friend! — Donald J. Trump (@realDonaldTrump) "
                "November 12, 2017",
            ),
        ),
        Example(
            "Kim Jong Un talked about denuclearization with the South Korean "
            "Representatives, not just a freeze.",
            ("us",),
            after=(
                "Also, no missile testing by North Korea during this period of time. — Donald "
                "J. Trump (@realDonaldTrump) March 9, 2018",
            ),
        ),
        Example(  # allsides_korea IGR9EePPR9F2E6tL, sentence 8: a deed on its own verb
            "North Korea has just launched another missile.",
            ("us",),
            after=(
                "Does this guy have anything better to do with his life? — Donald J. Trump "
                "(@realDonaldTrump) July 4, 2017",
            ),
        ),
    ],
)
def embedded_post(
    sentences: Sequence[Sentence], results: list[Attribution]
) -> list[Attribution] | None:
    """An embedded post signed '— Name (@handle)' is the author's from the paragraph's
    start: the sentences before the signature that name no speaker (or tell a deed in the
    narrator's voice) are the post too."""
    filled = list(results)
    for i, attribution in enumerate(results):
        if not any("(@" in e.cue for e in attribution.evidence):
            continue
        j = i - 1
        while j >= 0 and sentences[j].paragraph == sentences[i].paragraph and _told(filled[j]):
            evidence = tuple(borrowed(e, POST, "embedded_post") for e in attribution.evidence)
            filled[j] = Attribution(attribution.holders, evidence)
            j -= 1
    return filled


REPEAT_CHARS = 25
"""A shorter sentence ('Thank you.') may repeat anyone's words by chance."""
_REPEAT_EDGES = ' .“”"'
"""What a repetition may add or drop at its ends: a full stop, the quotation marks of a
pull quote."""


@rule(
    "repeated_quotation",
    Phase.CROSS_SENTENCE,
    off=None,
    confidence=0.7,
    examples=[
        Example(  # allsides_korea WOC4 (corpus audit, round 38): a post shown again unsigned
            "Dems shouldn't hold troop funding hostage for amnesty & illegal immigration.",
            ("us",),
            before=(
                "“After North Korea missile launch, it's more important than ever to fund our "
                "gov't & military! Dems shouldn't hold troop funding hostage for amnesty & "
                "illegal immigration,” Trump tweeted.",
                "After North Korea missile launch, it's more important than ever to fund our "
                "gov't & military!",
            ),
            paragraphs=True,
        ),
    ],
)
def repeated_quotation(
    sentences: Sequence[Sentence], results: list[Attribution]
) -> list[Attribution] | None:
    """A sentence that repeats, word for word, a quotation an earlier sentence gave to its
    speaker (an embedded post shown again without its signature, a pull quote) is that
    speaker's, when it names no speaker of its own (or tells only a deed)."""
    quoted: list[tuple[str, Attribution]] = []
    filled = list(results)
    for i, sentence in enumerate(sentences):
        text = sentence.text.strip(_REPEAT_EDGES)  # '… their demands,” he tweeted.'
        if len(text) >= REPEAT_CHARS and not sentence.boilerplate and _told(filled[i]):
            said = next((a for quotation, a in quoted if text in quotation), None)
            if said is not None:
                evidence = tuple(borrowed(e, REPEATED, "repeated_quotation") for e in said.evidence)
                filled[i] = Attribution(said.holders, evidence)
        elif results[i].holders and QUOTE_MARK.search(sentence.text):
            quoted.extend((m.group(), results[i]) for m in QUOTES.finditer(sentence.text))
    return filled if filled != results else None


def borrowed(evidence: Evidence, cue: str, rule_name: str) -> Evidence:
    """Another sentence's evidence lent to this one: no span or mention of its own, its cue
    ``cue`` and the rule that lent it among its rules."""
    return with_rules(evidence, (rule_name,), speaker_span=None, cue_span=None, mention="", cue=cue)


@rule(
    "quotation_byline",
    Phase.CROSS_SENTENCE,
    off=None,
    examples=[
        Example(
            "“It’s dangerous messaging, as it allows North Korea to continue to improve its "
            "weapons arsenal.”",
            ("other",),
            before=(
                "“After last week’s missile test, Trump tweeted that Kim ‘does not want to "
                "break his promise to me.’”",
            ),
            after=("Alex Ward, Vox",),
            paragraphs=True,
        ),
    ],
)
def quotation_byline(
    sentences: Sequence[Sentence], results: list[Attribution], matcher: Matcher
) -> list[Attribution] | None:
    """A roundup of columns (The Flip Side: '“…”' / 'Alex Ward, Vox'): the quotation
    paragraphs right before a byline that stands alone as a paragraph ('Name, Outlet') are
    that writer's, an outside voice unless the template lists the name, not the voice of
    whoever the quotation names."""
    filled = list(results)
    for i, line in enumerate(sentences):
        byline = _BYLINE.match(line.text) if line.boilerplate else None
        if byline is None or _shares_paragraph(sentences, i):
            continue
        said = _named_speaker(matcher, byline.group("name"), "quotation_byline", "byline")
        j = i - 1
        while j >= 0 and not sentences[j].boilerplate and _in_quoted_paragraph(sentences, j):
            filled[j] = said
            j -= 1
    return filled if filled != results else None


@rule(
    "interview_turn_is_the_speakers",
    Phase.CROSS_SENTENCE,
    off=None,
    examples=[
        Example(  # allsides_korea BbXR3a2cwgUFtjup (Vox), paragraphs 6-10
            "That would mark a move away from recycling the same old thing.",
            ("other",),
            before=(
                "A lightly edited transcript of our conversation is below.",
                "Alex Ward",
                "What would signal progress at the summit?",
                "Rebecca Hersman",
            ),
            after=("Alex Ward", "Why does that matter?", "Rebecca Hersman", "It shows intent."),
            paragraphs=True,
        ),
    ],
)
def interview_turns(
    sentences: Sequence[Sentence], results: list[Attribution], matcher: Matcher
) -> list[Attribution] | None:
    """An interview transcript ('Alex Ward' / question / 'Rebecca Hersman' / answer …): the
    paragraphs after a speaker's name that stands alone as a paragraph are that speaker's
    turn, an outside voice unless the template lists the name, whatever the answer relays
    (GUIDELINES 4.1); the interviewer, whose turns end on questions, is the outlet's and
    holds nothing, so those turns keep what their sentences say. Needs two speakers who
    each speak twice: a lone name paragraph is a byline."""
    labels = {
        i: s.text.strip()
        for i, s in enumerate(sentences)
        if s.boilerplate
        and _TURN_LABEL.fullmatch(s.text.strip())
        and not _shares_paragraph(sentences, i)
    }
    counts = Counter(labels.values())
    speakers = [name for name, n in counts.items() if n >= 2]
    if len(speakers) < 2:
        return None
    turns: dict[str, list[list[int]]] = {name: [] for name in speakers}
    current: list[int] | None = None
    for i, sentence in enumerate(sentences):
        if i in labels:
            current = [] if labels[i] in turns else None
            if current is not None:
                turns[labels[i]].append(current)
        elif current is not None and not sentence.boilerplate:
            current.append(i)
    filled = list(results)
    for name, spoken in turns.items():
        asked = sum(
            1 for turn in spoken if turn and sentences[turn[-1]].text.rstrip().endswith("?")
        )
        if asked * 2 >= len(spoken):
            continue  # the interviewer
        said = _named_speaker(matcher, name, "interview_turn_is_the_speakers", "interview")
        for turn in spoken:
            for i in turn:
                filled[i] = said
    return filled if filled != results else None


def _named_speaker(matcher: Matcher, name: str, rule_name: str, cue: str) -> Attribution:
    """The attribution of lines a name alone signs (a transcript or interview turn, a
    columnist's byline): the speaker the template lists under the name, else an outside
    voice."""
    named = matcher.mentions(name)
    holder = named[0].key if named and named[0].is_actor else OTHER
    evidence = evidence_of(holder, name, cue, (rule_name,))
    return Attribution((holder,), (evidence,))


@rule(
    "transcript_turn_is_the_speakers",
    Phase.CROSS_SENTENCE,
    off=None,
    examples=[
        Example(  # allsides_korea qgtXY161nyNYnMJs, sentences 28-34
            "And I can tell you also, I don't believe that the president of China will be "
            "happy either.",
            ("us",),
            before=(
                "During an interview with CBS's John Dickerson, President Trump didn't rule "
                "out a military strike.",
                "TRUMP: I would not be happy.",
            ),
            after=("DICKERSON: Not happy mean military action?", "TRUMP: I don't know."),
        ),
    ],
)
def transcript_turn_is_the_speakers(
    sentences: Sequence[Sentence], results: list[Attribution], matcher: Matcher
) -> list[Attribution] | None:
    """A transcript set in the article ('TRUMP: I would not be happy. If he does a nuclear
    test, I will not be happy.'): each turn, from its label to the next, is the labelled
    speaker's, an outside voice unless the template lists the name, whatever it relays
    (GUIDELINES 4.1); the interviewer's turns, which end on questions, are the outlet's and
    keep what their sentences say."""
    turns = transcript_turns(sentences)
    asking = interviewers(turns)
    filled = list(results)
    for turn in turns:
        if is_interviewer(turn, asking):
            continue
        name = " ".join(w.capitalize() for w in turn.name.split())
        said = _named_speaker(matcher, name, "transcript_turn_is_the_speakers", "transcript")
        for i in turn.sentences:
            filled[i] = said
    return filled if filled != results else None


@rule(
    "block_quote_after_lead_in",
    Phase.CROSS_SENTENCE,
    off=None,
    examples=[
        Example(  # allsides_korea huarkCJcKEusc4TU (Vox), paragraphs 4-5
            "I did speak to Kim. He felt very badly.",
            ("us",),
            before=("Trump spoke in Hanoi on Thursday.", "Trump continued:"),
            paragraphs=True,
        ),
    ],
)
def block_quote_after_lead_in(
    sentences: Sequence[Sentence], results: list[Attribution], matcher: Matcher
) -> list[Attribution] | None:
    """'Trump continued:' standing alone as a paragraph, then a paragraph without quotation
    marks: a block quotation, the speaker's from its first sentence to its last (what Kim
    felt, in it, is Trump's telling: GUIDELINES 4.1). A lead-in on a verb the engine reads
    as no cue stays furniture ('Cruz continued:' would otherwise end a quotation in marks
    that runs on across it), yet names the speaker here."""
    filled = list(results)
    for i, line in enumerate(sentences):
        if not _LEAD_IN_LINE.search(line.text) or _shares_paragraph(sentences, i):
            continue
        holders = results[i].holders
        if not holders:
            named = [m for m in matcher.mentions(line.text) if m.is_actor]
            holders = (named[0].key,) if len(named) == 1 else ()
        block = [
            j
            for j in range(i + 1, len(sentences))
            if sentences[j].paragraph == line.paragraph + 1 and not sentences[j].boilerplate
        ]
        if not holders or not block or sentences[block[0]].text[:1] in QUOTE_OPEN:
            continue  # a quotation in marks goes on by its own rules
        lent = _lent(holders, "block quotation", "block_quote_after_lead_in")
        for j in block:
            filled[j] = lent
    return filled if filled != results else None


@rule(
    "broken_sentence_goes_on",
    Phase.CROSS_SENTENCE,
    off=None,
    examples=[
        Example(  # allsides_korea wgWMTIphRfi5Qxsl, sentences 10-11 (corpus audit, round 40)
            "if Russia and China did not support the move, then “we will go our own path.”",
            ("us",),
            before=(
                "Haley said the United States would propose new U.N. sanctions on North Korea "
                "in coming days and warned that",
            ),
            paragraphs=True,
        ),
    ],
)
def broken_sentence(
    sentences: Sequence[Sentence], results: list[Attribution]
) -> list[Attribution] | None:
    """'… and warned that' / 'if Russia and China did not support the move, then …': a
    sentence that stops without its closing punctuation and the next one, opening in lower
    case, are one sentence a stray paragraph break cut in two; the half that names no
    speaker carries the other's holders (GUIDELINES 1: both fragments carry the full
    sentence's labels)."""
    filled = list(results)
    for i in range(1, len(sentences)):
        first, second = sentences[i - 1], sentences[i]
        if first.boilerplate or second.boilerplate or first.paragraph == second.paragraph:
            continue
        if not _UNFINISHED.search(first.text) or not _GOES_ON.match(second.text):
            continue
        if filled[i - 1].holders and not filled[i].holders:
            filled[i] = _lent(filled[i - 1].holders, "broken sentence", "broken_sentence_goes_on")
        elif filled[i].holders and not filled[i - 1].holders:
            filled[i - 1] = _lent(filled[i].holders, "broken sentence", "broken_sentence_goes_on")
    return filled if filled != results else None


def _lent(holders: tuple[str, ...], cue: str, rule_name: str) -> Attribution:
    """Holders another sentence lends, each with evidence of no speaker or span of its own:
    the lending pass's cue and rule."""
    return Attribution(holders, tuple(evidence_of(h, "", cue, (rule_name,)) for h in holders))


_UNFINISHED = re.compile(r"[A-Za-z,]$")
"""A sentence that stops on a word or a comma: no closing punctuation, no closing quote (nor
a date, as a post's sign-off line ends)."""
_GOES_ON = re.compile(r"[“\"‘']?[a-z]")
"""A sentence that opens in lower case (perhaps after an opening quotation mark)."""


_LEAD_IN_LINE = re.compile(
    r"^(?:[A-Z][\w.’'-]*\s+){1,4}(?:said|says|added|adds|wrote|writes|continued|continues"
    r"|explained|noted|told\s+\w+(?:\s+\w+)?)\s*:$"
)
"""A paragraph that only introduces the quotation below it ('Trump continued:')."""


_TURN_LABEL = re.compile(r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,2}")
"""A speaker's name standing alone as a paragraph of a transcript ('Rebecca Hersman')."""


_BYLINE = re.compile(
    r"(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}),\s+"
    r"(?P<outlet>(?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s*$"
)
"""'Nick Wadhams, Bloomberg', 'Editorial Board, The New York Times': a writer and an outlet."""


def _shares_paragraph(sentences: Sequence[Sentence], i: int) -> bool:
    paragraph = sentences[i].paragraph
    return any(
        s.paragraph == paragraph for s in sentences[max(0, i - 1) : i + 2] if s is not sentences[i]
    )


def _in_quoted_paragraph(sentences: Sequence[Sentence], j: int) -> bool:
    """Whether sentence ``j``'s paragraph opens with a quotation mark."""
    first = j
    while first > 0 and sentences[first - 1].paragraph == sentences[j].paragraph:
        first -= 1
    return sentences[first].text[:1] in QUOTE_OPEN


_PAST_DEED = re.compile(rf"(?:\w+ly\s+)?(?:\w+ed|{IRREGULAR_PAST})")
"""A narrated deed's verb in the past ('delivered', 'met', 'gave'): what an actor did."""


def argued(attribution: Attribution) -> bool:
    """Only a state or stance told in the writer's own voice ('China has real incentives',
    'Beijing remains preoccupied', 'Trump must use …'), not a past deed: in an opinion
    piece, the author's argument."""
    return _narrated(attribution) and not any(
        _PAST_DEED.fullmatch(e.cue) for e in attribution.evidence
    )


def _told(attribution: Attribution) -> bool:
    """Inside a post, no speaker of its own: nobody holds it, or only a deed, told in the
    narrator's voice or on a deed's own verb ('North Korea has just launched another
    missile.' opens Trump's post)."""
    return all(
        "narrated_deed" in e.rules or ACTION_ONLY.search(e.cue) is not None
        for e in attribution.evidence
    )


def _narrated(attribution: Attribution) -> bool:
    """No speaker of its own: nobody holds it, or only a deed told in the narrator's voice
    ('Kim Jong Un talked about denuclearization …' inside a post is the poster's)."""
    return all("narrated_deed" in e.rules for e in attribution.evidence)
