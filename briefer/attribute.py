"""Sentences + Template → who holds the position each sentence reports, with evidence.

A rule engine in phases (rules.py holds the registry; ``brief eval-attribution --ablate``
measures each rule):

1. *mentions* (mentions.py): template aliases (longest match, exclusions and news media
   removed), outside speakers, pronouns, bare surnames of names given in full before;
2. *cue filters* (cues.py): is a cue word used as a verb at all (not a noun, not passive)?
3. *speaker finders* (speakers.py, inverted.py): the subject before a cue, the name after
   an inverted one, a plain noun phrase, the name inside 'according to X' / "by X's
   reckoning";
4. *vetoes*: a demonym before a plural noun, a conditional clause, a non-comment;
5. *holder rules* (holders.py): the innermost speech act wins over its conduit, outside
   voices relay nothing, joint agreements keep both parties;
6. *cross-sentence rules* (here, carryover.py): quote continuations, "he"/"the official"
   resolved to the previous subject, a surname to the full name the article gave it; then
   whole-article passes (passes.py): an embedded post's author, a repeated quotation's
   speaker, bylines, interview and transcript turns, block quotations after a lead-in.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial

from .carryover import (
    as_it_put_it,
    bodies_named,
    institution_named_before,
    journalists_named,
    name_and_employer,
    name_of_a_body,
    named_in_passing,
    outlet_named_before,
    plural_people,
    prepositional_objects,
    role_in_body_named_before,
    speaker_keeps_family_name,
    spokespeople,
    tag_after_quote,
    titled_in_apposition,
)
from .clauses import PRONOUN_SPEAKS
from .cues import find_cues, narrated_deed
from .entities import Entity, Registry, describe
from .holders import (
    actor_speaks,
    holders_of,
    is_stance_target,
    non_comment,
    outer_cues,
    outlet_speaks,
    pronoun_before_its_name,
    pronoun_takes_sentence_subject,
    stance_noun_targets,
    unclaimed_quotation,
    writer_question,
)
from .lexicon import (
    ALSO,
    PERSON_AFTER,
    PLACE_WORDS,
    POST_SIGNATURE,
    QUOTE_OPEN,
    SUBORDINATE_OPENING,
    TITLE_WORDS,
    TRIGGER,
    TRIGGER_DEED,
    TRIGGER_EVENT,
    TRIGGER_OWNER,
)
from .mentions import (
    Matcher,
    Mention,
    MentionKind,
    compile_matcher,
    forebear_leaves_family_name,
    leader_keeps_family_name,
    named_pair,
    pair_named_before,
    took_office_after,
    took_office_after_its_date,
)
from .models import (
    OTHER,
    Article,
    Attribution,
    Evidence,
    Sentence,
    Template,
    evolve,
)
from .passes import (
    argued,
    block_quote_after_lead_in,
    broken_sentence,
    embedded_post,
    interview_turns,
    quotation_byline,
    repeated_quotation,
    transcript_turn_is_the_speakers,
)
from .patterns import holds_any
from .rules import Example, Phase, evidence_of, rule, tracing, with_rules
from .speechacts import asked_by, participles_going_on, record_shows
from .split import DATELINE
from .transcript import transcript_turns
from .view import Cue, CueKind, SentenceView

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
    quote_open: bool = False
    """The sentences before opened a quotation that is not closed yet."""
    titles: tuple[tuple[str, str], ...] = ()
    """Role noun → the actor whose people the article most often gave that title
    ("president" → "us" when "President Trump" came up more than "President Xi")."""
    bodies: tuple[tuple[str, str], ...] = ()
    """Institution → the actor the article last named with it ("North Korea's Foreign
    Ministry": 'foreign ministry' and 'ministry' → "dprk"; ``institution_named_before``)."""
    pair: tuple[str, ...] = ()
    """The two actors the sentence just before named, when it named exactly two ('the two
    leaders' next: ``pair_named_before``)."""
    roles: tuple[tuple[str, str], ...] = ()
    """Role noun → the holder of the sentence that last introduced one ('a U.S. official
    with direct knowledge … told CNN': "official" → "us"; ``role_introduced_earlier``)."""
    thing: str = ""
    """Whom "it" most likely means: as ``referent``, but never a group of people ('Most
    observers say the North …' leaves the North: ``it_is_no_group_of_people``)."""
    speaker: str = ""
    """The holder of the last sentence that had one: whose 'the statement' or 'the
    announcement' a later tag means (``statement_is_the_last_speakers``)."""
    lent: tuple[tuple[str, str, int], ...] = ()
    """Family names of an actor's person that a later sentence lent to an outside person
    ('Kim' after 'Kim Dong-chul, Kim Hak-song and Tony Kim'): (family name, the actor,
    sentences since that person last spoke or was named; ``leader_takes_back_family_name``)."""


_DATELINE = re.compile("^" + DATELINE)
"""Text given straight to attribute_text may still open with a dateline: blanked out, offsets
kept (split_article already cuts it off its sentences)."""

MAX_SENTENCE_CHARS = 5_000
"""Longer "sentences" (run-on text the splitter had to cut) are judged on their start."""

REFERENT_SPAN = 2
"""A referent is forgotten after this many sentences that name no actor."""

_TYPED_QUOTES = re.compile(r"(?<!\S)''|''(?!')|``")
"""Typewriter quotes ('' … '' in some wires' copy) read as straight double quotes; of three
marks after a word, the first closes a single quotation and the last two the double one
(“the word 'old-school,''' said”)."""


DATELINE_MARKS = ("(", "—", "–")
"""Every dateline holds one of these ('(Reuters)', 'TOKYO — '): a sentence with none, most,
is not searched for one."""
TYPED_QUOTE_MARKS = ("''", "``")
"""Every typewriter quote holds one of these: nearly no sentence is searched for them."""


def normalize(text: str) -> str:
    """The text the rules read: datelines blanked, '' and `` as '"', straight double quotes
    paired with the curly ones they close or open, ' -- ' as a dash, offsets kept."""
    text = text[:MAX_SENTENCE_CHARS]
    if holds_any(text, DATELINE_MARKS):
        text = _DATELINE.sub(lambda m: " " * len(m.group()), text)
    if holds_any(text, TYPED_QUOTE_MARKS):
        text = _TYPED_QUOTES.sub('" ', text)
    if "“ " in text:
        text = _MISTYPED_CLOSE.sub("”", text)
    if " -- " in text:  # a typed dash: 'diplomats -- some of them in Pyongyang -- say'
        text = text.replace(" -- ", "  — ")
    if " - " in text:  # a spaced hyphen: 'a one-off - Brendan Buck told POLITICO'
        text = text.replace(" - ", " — ")
    return balance_quotes(text)


_MISTYPED_CLOSE = re.compile(r"(?<=[,.!?])“(?= (?:[a-z]|[A-Z][a-z]+ (?:said|says)\b))")
"""'“It's unusual,“ said Larry Noble': an opening mark typed after a quotation's last
punctuation, before the reporting verb or its speaker, closes the quotation."""


def balance_quotes(text: str) -> str:
    """'“Why would he insult me by calling me ‘old,’" tweeted the president': a straight mark
    after an open curly one closes it; a mark glued to the word before it and followed by
    a space or punctuation closes a quotation, one after a space and glued to the word
    after it opens one ('That's the challenge," said Jared Bernstein': the quotation began
    in the sentence before); otherwise straight marks open and close in turn."""
    if '"' not in text:
        return text
    chars = list(text)
    inside = False
    for i, char in enumerate(chars):
        if char == "“":
            inside = True
        elif char == "”":
            inside = False
        elif char == '"':
            opens, closes = _opens(text, i), _closes(text, i)
            inside = opens if opens != closes else not inside
            chars[i] = "“" if inside else "”"
    return "".join(chars)


def _opens(text: str, i: int) -> bool:
    return i == 0 or text[i - 1].isspace() or text[i - 1] in _BEFORE_OPENING


def _closes(text: str, i: int) -> bool:
    return i + 1 == len(text) or text[i + 1].isspace() or text[i + 1] in _AFTER_CLOSING


_BEFORE_OPENING = "([{—–-:"
_AFTER_CLOSING = ".,;:!?)]}—–-"


_OPINION_URL = re.compile(r"/(?:opinions?|commentary|op-?eds?|editorials?|columns?|views)/")
_OPINION_TITLE = re.compile(
    r"^\s*(?:analysis\s*/\s*)?(?:opinion|commentary|op-ed|editorial)\s*[:|]", re.IGNORECASE
)


_OPINION_SOURCE = re.compile(
    r"\b(?:guest\s+writers?|opinions?|op-?eds?|editorials?|commentary|columnists?)\b",
    re.IGNORECASE,
)
"""A source label that names the piece's kind: AllSides files outside authors' op-eds under
'Guest Writer - Left', and papers' opinion desks under 'Fox News Opinion'."""


def is_opinion(article: Article) -> bool:
    """An opinion piece, by its address ('/opinion/'), its title ('Opinion: …'), the label
    its text opens with (the Washington Times' 'ANALYSIS/OPINION:' under a /news/ address)
    or its source label ('Guest Writer - Right' for an op-ed at spectator.org)."""
    opening = article.paragraphs[0] if article.paragraphs else ""
    return bool(
        _OPINION_URL.search(article.url.lower())
        or _OPINION_TITLE.match(article.title)
        or _OPINION_TITLE.match(opening)
        or _OPINION_SOURCE.search(article.source)
    )


def attribute_article(
    article: Article, sentences: Sequence[Sentence], template: Template
) -> tuple[Attribution, ...]:
    """Attribute an article's sentences with what the article itself tells: whether it is
    an opinion piece, and when it was published."""
    return attribute_sentences(sentences, template, is_opinion(article), article.date)


def attribute_sentences(
    sentences: Sequence[Sentence],
    template: Template,
    opinion: bool = False,
    published: dt.date | None = None,
) -> tuple[Attribution, ...]:
    """Attribute every sentence of one article, in order (pronouns look back); in an opinion
    piece the author's own sentences are an outside voice's arguments; in an article
    ``published`` before someone took office, that person is an outside voice."""
    matcher = compile_matcher(template)
    newcomers = took_office_after(template, published)
    context = Context()
    quiet = 0
    results = []
    tally: Counter[tuple[str, str]] = Counter()
    salience: Counter[str] = Counter()
    people = People()
    paragraph = sentences[0].paragraph if sentences else 0
    for sentence in sentences:
        if sentence.paragraph != paragraph:  # a quotation goes on in a new paragraph only
            paragraph = sentence.paragraph  # when that paragraph opens with a quotation mark
            context = evolve(context, quote_open=False)
        if sentence.boilerplate and not POST_SIGNATURE.search(sentence.text):
            results.append(Attribution())  # a post's signature line still names its author
            continue
        people.registry.observe(sentence.text)
        attribution, mentions = _attribute(
            sentence.text,
            matcher,
            context,
            headline=headline_in_title_case(sentence.text),
            newcomers=newcomers | took_office_after_its_date(sentence.text, template, published),
            state_owner=_named_most(salience, matcher.state_media),
        )
        attribution = people.name(attribution, sentence.text)
        tally.update(titled(sentence.text, mentions))
        salience.update(m.key for m in mentions if m.is_actor)
        told = attribution  # what the sentence tells, before the writer's voice is weighed
        if opinion and (not attribution.holders or argued(attribution)):
            asked = writer_question(normalize(sentence.text), context.quote_open)
            if asked or background_in_opinion(sentence.text):
                attribution = Attribution()
            else:
                attribution = authors_argument() or attribution
        results.append(_in_article(attribution, sentence.start))
        titles = _leading_titles(tally, salience)
        context, quiet = _next_context(
            sentence.text, matcher, context, told, mentions, quiet, titles
        )
    posted = embedded_post(sentences, results) or results
    posted = repeated_quotation(sentences, posted) or posted
    credited = quotation_byline(sentences, posted, matcher) or posted
    turns = interview_turns(sentences, credited, matcher) or credited
    labelled = transcript_turn_is_the_speakers(sentences, turns, matcher) or turns
    blocks = block_quote_after_lead_in(sentences, labelled, matcher) or labelled
    tagged = tag_after_quote(sentences, blocks) or blocks
    return tuple(broken_sentence(sentences, tagged) or tagged)


_TITLE_BEFORE = re.compile(
    r"\b(?i:((?:vice\s)?president|minister|spokes(?:man|woman|person)|envoy|leader|secretary"
    r"|ambassador|chairman|negotiator|ministry|adviser|advisor))"
    r"\s+(?:of\s+[A-Z]\w+\s+)?(?:[A-Z][\w.-]*\s+){0,2}$"
)
"""A title right before a name: 'President Trump', 'Secretary of State John Kerry'."""


def titled(text: str, mentions: list[Mention]) -> list[tuple[str, str]]:
    """(role noun, actor) for each actor named with a title ('President Trump', 'Chinese
    Foreign Minister Wang Yi')."""
    found = []
    for mention in mentions:
        if not mention.is_actor:
            continue
        title = _TITLE_BEFORE.search(text, max(0, mention.start - 40), mention.start)
        if title:
            found.append((title.group(1).lower(), mention.key))
    return found


def _leading_titles(
    tally: Counter[tuple[str, str]], salience: Counter[str]
) -> tuple[tuple[str, str], ...]:
    """For each title, of the actors whose people held it, the one the article names most."""
    best: dict[str, tuple[int, str]] = {}
    for role, key in sorted(tally):
        if salience[key] > best.get(role, (0, ""))[0]:
            best[role] = (salience[key], key)
    return tuple(sorted((role, key) for role, (_, key) in best.items()))


@dataclass
class People:
    """Who the article's speakers are: its registry of named people, and the last person
    who spoke for each holder (what "he said" names when it resolves to that holder)."""

    registry: Registry = field(default_factory=Registry)
    last: dict[str, Entity] = field(default_factory=dict)

    def name(self, attribution: Attribution, text: str) -> Attribution:
        """Evidence with the speaker's fullest name and role, where the article gives them."""
        named = tuple(self._named(e, text) for e in attribution.evidence)
        return Attribution(attribution.holders, named) if named else attribution

    def _named(self, evidence: Evidence, text: str) -> Evidence:
        if evidence.speaker_span is not None:
            start, end = evidence.speaker_span
            entity = (
                describe(text, start, end)
                or self.registry.find(evidence.mention)
                or Entity(evidence.mention)
            )
            self.last[evidence.holder] = entity
        elif evidence.speaker:
            return evidence  # a quote continuation keeps its speaker
        elif "role_introduced_earlier" in evidence.rules:
            # '…, the official said': the official an earlier sentence introduced, not the
            # last person who spoke for the actor ('South Korea's President')
            entity = Entity(evidence.mention)
        else:
            entity = self.last.get(evidence.holder, Entity(""))
            if evidence.holder == OTHER and "pronoun_takes_sentence_subject" in evidence.rules:
                # 'X, …, read aloud what he said …': the 'he' is X, not the last outside voice
                entity = self.registry.first_in(text) or entity
        return evolve(evidence, speaker=entity.name, role=entity.role)


def _in_article(attribution: Attribution, offset: int) -> Attribution:
    """Evidence spans moved from sentence offsets to article offsets."""
    if not offset:
        return attribution
    moved = tuple(
        evolve(
            e,
            speaker_span=_shift(e.speaker_span, offset),
            cue_span=_shift(e.cue_span, offset),
        )
        for e in attribution.evidence
    )
    return Attribution(attribution.holders, moved)


def _named_most(salience: Counter[str], actors: Sequence[str]) -> str:
    """Of ``actors``, the one the article has named most so far ('' when none)."""
    counts = [(salience[a], a) for a in actors if salience[a]]
    return max(counts)[1] if counts else ""


def _shift(span: tuple[int, int] | None, offset: int) -> tuple[int, int] | None:
    return (span[0] + offset, span[1] + offset) if span else None


def _names_after(
    text: str,
    matcher: Matcher,
    attribution: Attribution,
    mentions: list[Mention],
    names: tuple[tuple[str, str], ...],
) -> tuple[tuple[str, str], ...]:
    """Whom a bare surname means after this sentence: the full names, spokespeople and
    titled people it names (the first of a sentence is its subject's), and the listed
    people written given name first whose family name it uses ('President Trump')."""
    known = dict(names)
    western = [
        (family, key)
        for family, key in matcher.western_names(text)
        if not leader_keeps_family_name(known, family, key)
    ]
    forebears = forebear_leaves_family_name(text, known)
    for start, end in forebears:  # blanked: the forebear's family name stays the leader's
        text = text[:start] + " " * (end - start) + text[end:]
    found = (
        [
            (family, key)
            for family, key in matcher.full_names(text, western=False)
            if not named_in_passing(text, known, family, key, attribution)
        ]
        + western
        + spokespeople(text, attribution, matcher, mentions)
        + titled_in_apposition(text, mentions, matcher)
        + journalists_named(text, mentions, matcher)
    )
    leaders = [
        (family, m.key)
        for m in mentions
        if (family := matcher.family_of(m)) and family not in known
    ]  # 'President Trump': the family name is the listed person's from here on
    if not found and not leaders:
        return names
    merged = dict(leaders)
    merged.update(known)
    merged.update(reversed(found))  # the first full name of a sentence is its subject's
    merged.update(speaker_keeps_family_name(text, attribution, matcher))  # … unless one spoke
    return tuple(sorted(merged.items()))


def _next_context(
    text: str,
    matcher: Matcher,
    context: Context,
    attribution: Attribution,
    mentions: list[Mention],
    quiet: int,
    titles: tuple[tuple[str, str], ...] = (),
) -> tuple[Context, int]:
    """What this sentence leaves for the next one to resolve pronouns with."""
    referent = referent_of(text, mentions, attribution)
    person = referent_of(text, mentions, attribution, partial(_personal, text, matcher=matcher))
    if context.person and (pronoun_subject_goes_on(text) or quotation_goes_on(attribution)):
        person = context.person
    thing = referent_of(text, mentions, attribution, excluded=it_is_no_group_of_people)
    speaker = attribution.holders[0] if attribution.holders else ""
    quiet = 0 if referent else quiet + 1
    remembered = quiet < REFERENT_SPAN or not referent_forgotten(quiet)
    kept = context.referent if remembered else ""
    kept_person = context.person if remembered else ""
    kept_thing = context.thing if remembered else ""
    kept_speaker = context.speaker if remembered else ""
    names = _names_after(text, matcher, attribution, mentions, context.names)
    names, lent = _lent_names(text, attribution, context, names)
    still_open = quote_left_open(
        text, context.quote_open, not attribution.holders or quotation_goes_on(attribution)
    )
    bodies = context.bodies
    named = bodies_named(text, mentions)
    if named:
        bodies = tuple(sorted({**dict(bodies), **dict(named)}.items()))
    return (
        Context(
            attribution,
            referent or kept,
            names,
            person or kept_person,
            still_open,
            titles,
            bodies,
            _pair_after(context.pair, mentions, attribution),
            roles_introduced(text, attribution, context.roles, matcher.key_of),
            thing or kept_thing,
            speaker or kept_speaker,
            lent,
        ),
        quiet,
    )


def _pair_after(
    pair: tuple[str, ...], mentions: list[Mention], attribution: Attribution
) -> tuple[str, ...]:
    """The pair 'the two leaders' next means: the two actors this sentence names, or else
    the two it gives as holders ('The White House said … that Trump and Moon had agreed that
    … posed “a grave threat to the United States, South Korea and Japan”'); when it names
    no actor at all ('The talks lasted 40 minutes.', a photo credit), the pair before it."""
    if not any(m.is_actor for m in mentions):
        return pair
    return named_pair(mentions) or holders_are_the_pair(attribution)


@rule(
    "holders_are_the_pair",
    Phase.CROSS_SENTENCE,
    off=(),
    examples=[
        Example(  # allsides_korea OrON (corpus audit, round 38), sentences 28-29
            "In an hour-long phone call on Monday, the leaders said they would continue to "
            "apply pressure to the North.",
            ("us", "rok"),
            before=(
                "The White House said in a statement that Trump and Moon had agreed that "
                "advances in North Korean missile technology posed “a grave and growing direct "
                "threat to the United States, South Korea and Japan.”",
            ),
        ),
    ],
)
def holders_are_the_pair(attribution: Attribution) -> tuple[str, ...]:
    """Two actors that hold a sentence's position ('Trump and Moon had agreed …'), else
    none; the target of a stance is no partner ('Moon welcomed Kim's commitment to …')."""
    holders = attribution.holders
    if len(holders) != 2 or OTHER in holders:
        return ()
    return () if any(is_stance_target(e) for e in attribution.evidence) else holders


LENT_SPAN = 10
"""Sentences after which a leader's family name lent to an outside person who has not
spoken again nor been named in full since goes back to the leader."""


def _lent_names(
    text: str,
    attribution: Attribution,
    context: Context,
    names: tuple[tuple[str, str], ...],
) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str, int], ...]]:
    """The names after this sentence with lent family names given back when their span is
    over, and the loans still running."""
    if names is context.names and not context.lent:
        return names, ()  # most sentences name nobody new and no name is on loan
    before, after = dict(context.names), dict(names)
    loans = {family: (leader, age + 1) for family, leader, age in context.lent}
    for family, key in after.items():
        leader = before.get(family, "")
        if key == OTHER and leader not in ("", OTHER):
            loans[family] = (leader, 0)  # lent now, or named again in full
    spoke = {e.mention for e in attribution.evidence if e.holder == OTHER}
    for family in list(loans):
        leader, age = loans[family]
        if after.get(family) != OTHER:
            del loans[family]  # the leader named again took it back
        elif family in spoke:
            loans[family] = (leader, 0)  # the outside person spoke again
        elif leader_takes_back_family_name(age):
            after[family] = leader
            del loans[family]
    lent = tuple(sorted((f, leader, age) for f, (leader, age) in loans.items()))
    return tuple(sorted(after.items())), lent


@rule(
    "leader_takes_back_family_name",
    Phase.CROSS_SENTENCE,
    off=False,
    examples=[
        Example(  # allsides_korea rFff8WUydCUD6yhg, sentences 6-25
            "Last week, Kim pledged to shut down his nuclear testing site within weeks.",
            ("dprk",),
            before=(
                "North Korean leader Kim Jong Un may free three Americans.",
                "The three are Kim Dong-chul, Kim Hak-song and Tony Kim.",
                *(f"The schedule lists event number {n}." for n in range(1, 12)),
            ),
        ),
    ],
)
def leader_takes_back_family_name(age: int) -> bool:
    """'The three are Kim Dong-chul, Kim Hak-song and Tony Kim' lends 'Kim' to the
    detainees; when none of them has spoken nor been named again for ``LENT_SPAN``
    sentences, a bare 'Kim' means the leader again ('Last week, Kim pledged to shut down
    his nuclear testing site', 14 sentences on), not an outside voice."""
    return age >= LENT_SPAN


@rule(
    "pronoun_subject_goes_on",
    Phase.CROSS_SENTENCE,
    off=False,
    examples=[
        Example(
            "He argued instead for both sides to take a series of simultaneous steps.",
            ("dprk",),
            before=(
                "“The U.S. side came up only with its demand,” a North Korean foreign ministry "
                "spokesman said.",
                "He said Pompeo’s delegation insisted on unilateral complete denuclearization.",
            ),
        ),
    ],
)
def pronoun_subject_goes_on(text: str) -> bool:
    """'A North Korean spokesman said … He said Pompeo’s delegation insisted on … He argued
    instead …': a sentence whose subject is 'he' or 'she' goes on about the person the
    pronoun meant, so the next 'he' means that person too, not one the sentence names
    inside what is said (the subject carries on, as readers take it)."""
    return bool(_PRONOUN_SUBJECT.match(text))


@rule(
    "quotation_goes_on",
    Phase.CROSS_SENTENCE,
    off=False,
    examples=[
        Example(
            "He suggested that a more appropriate image would be the Peace House.",
            ("other",),
            before=(
                "“I urge the White House to take Kim off the coin,” Mr. Schumer said.",
                "“Challenge coins are a time-honored tradition, but Kim Jong-un’s face has no "
                "place on this coin.”",
            ),
        ),
    ],
)
def quotation_goes_on(attribution: Attribution) -> bool:
    """'“…,” Mr. Schumer said. / “…, but Kim Jong-un’s face has no place on this coin.” / He
    suggested …': a quotation going on from the sentence before leaves its speaker for the
    next 'he', not a person it names inside the quotation marks."""
    return any("quote_continuation" in e.rules for e in attribution.evidence)


_PRONOUN_SUBJECT = re.compile(
    r"(?:(?:But|And|Yet|Still|Later|Then),?\s+)?(?:He|She)\s+(?!and\b|or\b)"
)


@rule(
    "it_is_no_group_of_people",
    Phase.CROSS_SENTENCE,
    off=False,
    examples=[
        Example(
            "It has conducted three nuclear bomb tests, in 2006, 2009 and most recently in "
            "February.",
            ("dprk",),
            before=(
                "Most observers say the North is still years away from having the technology "
                "to deliver a nuclear warhead on a missile.",
            ),
        ),
        Example(  # allsides_korea 9sJDHs79tze20GHE, sentences 3-6
            "It said the drills were a rehearsal for invasion.",
            ("dprk",),
            before=(
                "KCNA also said Mr. Trump would become known as a failed leader.",
                "Analysts were divided over whether the move was a shift in strategy or a "
                "negotiating ploy by Mr. Kim.",
            ),
        ),
    ],
)
def it_is_no_group_of_people(mention: str) -> bool:
    """'Most observers say the North is still years away … It has conducted three tests':
    "it" never means people in the plural, so it means the actor named after them."""
    return plural_people(mention)


def quote_left_open(text: str, was_open: bool, continued: bool = True) -> bool:
    """Whether a quotation is still open after this sentence ('“… I try so hard.' / 'Oh well,
    … happen!”'), by its curly marks; with straight marks only, an odd number of them
    opens one ('"In truth," she continued, "it is not only …' / 'North Korea's
    destabilizing escalation is a threat …'), unless one was open before (it closes). A
    sentence with no quotation mark leaves an open quotation open ('Their actions are
    quickly closing off …' goes on with the speaker's words to the paragraph's end), while
    it goes on with them (``continued``): one that names a speaker of its own ('That
    follows remarks by …, who said …') leaves no telling whose words follow."""
    opened = text.count("“") - text.count("”")
    if opened:
        return opened > 0
    if "“" in text or '"' in text:  # balanced curly marks close; straight ones by their count
        return text.count('"') % 2 == 1 and not was_open
    return was_open and continued


@rule(
    "opinion_author",
    Phase.CROSS_SENTENCE,
    off=None,
    confidence=0.5,
    examples=[
        Example(
            "Sudan’s weapons relationship with North Korea continues, because none of the "
            "criteria required it to stop buying weapons.",
            ("other",),
            url="https://example.com/opinion/2018/07/07/the-other-threat.html",
        ),
        Example(
            "For the first time, China has real incentives for resolving the annual North "
            "Korean crisis.",
            ("other",),
            url="http://www.foxnews.com/opinion/2013/04/03/this-time-things-could-be-different/",
        ),
    ],
)
def authors_argument() -> Attribution | None:
    """In an opinion piece, a sentence that reports nobody else's position, or tells an
    actor's deed or stance in the writer's own voice ('For the first time, China has real
    incentives …'), is the author's argument: an outside voice (guidelines 7)."""
    evidence = evidence_of(OTHER, "", "opinion piece", ("opinion_author",))
    return Attribution((OTHER,), (evidence,))


@rule(
    "opinion_background_is_context",
    Phase.CROSS_SENTENCE,
    off=False,
    examples=[
        Example(
            "Sudan has long been a reliable customer for North Korean weapons.",
            (),
            url="https://example.com/opinion/2018/07/07/the-other-threat.html",
        ),
    ],
)
def background_in_opinion(text: str) -> bool:
    """In an opinion piece, a sentence in the writer's own voice with no mark of argument
    (``_ARGUMENT``: no modal, no first person, no condition or cause, no judging word, no
    question mark) is plain factual background: context, not the author's position
    (GUIDELINES 7: 'plain factual background in the same piece → context'); a question in
    the writer's own voice holds nothing either (``writer_question``, checked beside it)."""
    return not _ARGUMENT.search(text)


_ARGUMENT = re.compile(
    r"\b(?:I|we|We|our|Our|us|my|me|you|You|your|Your)\b"  # the writer and the reader
    r"|\b(?i:should|must|would|could|can|cannot|can['’]t|might|may|ought|will|won['’]t"
    r"|needs?|has\s+to|have\s+to|if|unless|whether|because|why"
    # stance adverbs: certainty, likelihood, emphasis (Biber's stance markers)
    r"|clear(?:ly)?|obvious(?:ly)?|surely|simply|truly|indeed|of\s+course|in\s+fact"
    r"|in\s+effect|probably|likely|perhaps|apparently|arguably|presumably|seem(?:s|ed|ingly)?"
    r"|particularly|especially|only|merely|just|even|never|nothing|always|no\s+longer|so"
    # comparison and judgement
    r"|more|less|most|least|than|too|enough|better|best|worse|worst|as\s+much"
    r"|perfect|real|dangerous|dirty|malign|shameful|unfortunate(?:ly)?|serious|crucial"
    r"|essential|remarkable|extraordinary|ridiculous|outrageous|good|bad|great|terrible"
    r"|foolish|naive|absurd|wise(?:ly)?|reckless|credible|smart|sensible|heroic|hard"
    r"|fail(?:s|ed|ure)?(?:\s+to)?|lack\s+of|mistake|wrong|problem|reality|truth|madness"
    r"|success(?:ful)?|weakness|strength|lessons?|danger|time\s+to|that['’]s)\b|[?!:]"
)
"""What marks a sentence as the writer's argument rather than a fact: a modal, the writer's
or the reader's person, a condition or a cause, a stance adverb, a comparison or a judging
word, a question, an exclamation or a colon (a thesis before its reasons)."""


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
        headline = headline_in_title_case(text)
        view = SentenceView.of(text, matcher.mentions(text, headline, names or None), headline)
        names.update(matcher.full_names(text))
        at = sentence.start
        first = len(acts)
        for cue in find_cues(view):
            if cue.quoted:
                continue
            writer = writer_speaks(view, cue)
            if writer:
                writers = ((at + writer[0], at + writer[1]),)
                acts.append(SpeechAct((at + cue.start, at + cue.end), cue.text, writers))
            if cue.speaker:
                spans = tuple((at + m.start, at + m.end) for m in cue.speaker)
                pronoun = next((w for r, w in PRONOUN_SPEAKS.items() if r in cue.rules), "")
                if pronoun:  # PolNeAR's Source is the relative pronoun itself
                    where = text.rindex(pronoun, 0, cue.start)
                    spans += ((at + where, at + where + len(pronoun)),)
                acts.append(SpeechAct((at + cue.start, at + cue.end), cue.text, spans))
        spoken = [((a.cue[0] - at, a.cue[1] - at), a.speakers) for a in acts[first:]]
        for (start, end), speaker in participles_going_on(text, view.quoted, spoken):
            acts.append(SpeechAct((at + start, at + end), text[start:end], speaker))
        for (start, end), source in record_shows(text) + asked_by(text):
            taken = any(c[0] < end and c[1] > start for c, _ in spoken)  # a cue found already
            if not taken and not view.quoted(start):
                speaker = ((at + source[0], at + source[1]),)
                acts.append(SpeechAct((at + start, at + end), text[start:end], speaker))
    acts += [SpeechAct(t.colon, ":", (t.label,)) for t in transcript_turns(sentences)]
    return acts


_WRITER = re.compile(r"(?:^|(?<=[\s,;:]))(I|[Ww]e)\s*(?:\w+ly\s+)?$")
_WRITER_REACH = 20
"""Characters before a cue where the writer's 'I' or 'we' is read as its subject."""


def writer_speaks(view: SentenceView, cue: Cue) -> tuple[int, int] | None:
    """'I told Megyn not to worry', '“Okay,” I said': the writer's 'I' or 'we' as the
    subject of a cue outside quotation marks is a speech act's source (PolNeAR's), though it
    holds no actor's position (``writer_voice_no_speaker`` keeps it out of the holders).
    The span of the pronoun, or None."""
    if cue.speaker:
        return None
    before = view.before(cue.start, _WRITER_REACH)
    found = _WRITER.search(before)
    if not found:
        return None
    start = cue.start - len(before) + found.start(1)
    opened = view.text[:start]
    if view.quoted(start) or quote_left_open(opened, False) or "”" in opened[:3]:
        return None  # a speaker's own 'I', inside a quotation this sentence opens or goes on
    return (start, start + len(found.group(1)))


HEADLINE_MIN_WORDS = 4
"""Longer words a title-cased sentence needs to be read as a headline."""
HEADLINE_LOWER = 0.1
"""Share of its longer words a headline may leave in lower case ('Most immigrants in the
United States are Christian.' leaves a fifth: a sentence)."""
_EDGE = "‘’“”\"'()[]—–-:,.;!?…"


@rule(
    "title_case_is_headline",
    Phase.MENTION,
    off=False,
    examples=[
        Example("Glenn Beck Says Trump, ‘Alt Right’ Pose A Threat To Democracy.", ("other",)),
    ],
)
def headline_in_title_case(text: str) -> bool:
    """A sentence in title case is a headline the article repeats or links to (PolNeAR's
    'Trump’s Son Says The Battle Against Hillary Will Be Unprecedented.'): its verbs are
    capitalized ('Says'), and a capitalized word proves no name."""
    longer = [w for w in (w.strip(_EDGE) for w in text.split()) if len(w) > 3]
    lower = sum(not w[:1].isupper() for w in longer)
    return len(longer) >= HEADLINE_MIN_WORDS and lower <= HEADLINE_LOWER * len(longer)


def _personal(text: str, mention: str, matcher: Matcher) -> bool:
    """A person, or a role held by one: "Trump", "an analyst", "Russia's deputy U.N. envoy";
    not a plural ("experts", "U.S. officials", "they"), which no "he" or "she" means."""
    if plural_people(mention) or mention.lower() in _NOT_PERSONAL_PRONOUNS:
        return False
    at = text.find(mention)
    if name_of_a_body(mention, text, at):
        return False
    if matcher.is_personal(mention) or (
        mention[:1].islower() and mention.split()[-1][:1].islower()
    ):
        return True  # 'an analyst', 'the North Korean leader'; not 'the North', 'the U.S.'
    head = _OF_PLACE.split(mention, maxsplit=1)[0]
    if head != mention and matcher.is_personal(head):
        return True  # 'John Delury of Yonsei University in Seoul': the person, not the place
    words = head.split()
    titled = [n for n, word in enumerate(words) if word.rstrip(".,") in TITLE_WORDS]
    name = " ".join(words[titled[-1] + 1 :]) if titled else ""
    if name and name[:1].isupper() and matcher.is_personal(name):
        return True  # 'Senate Armed Services Chairman John McCain': the name after the title
    return at >= 0 and bool(PERSON_AFTER.match(text, at + len(mention)))


_NOT_PERSONAL_PRONOUNS = frozenset(("they", "them", "it", "we"))
"""Pronoun speakers no later "he" or "she" can mean ('… proof, they said, that …')."""
_OF_PLACE = re.compile(r"\s+(?:of|at|from|with)\s+")
"""What follows a person's name in a speaker phrase: where they work or come from."""


def referent_of(
    text: str,
    mentions: list[Mention],
    attribution: Attribution,
    personal: Callable[[str], bool] | None = None,
    excluded: Callable[[str], bool] | None = None,
) -> str:
    """The holder of a sentence, else the first actor it names as a subject (with
    ``personal``, only people count: "he" is never "North Korea"; with ``excluded``, no
    speaker or subject it excludes counts: "it" is never "observers")."""
    main = main_clause_start(text)
    for evidence in _main_clause_first(attribution.evidence, main):
        if excluded is not None and evidence.mention and excluded(evidence.mention):
            continue
        if personal is None or (
            evidence.mention and (personal(evidence.mention) or named_speaker(evidence))
        ):
            return evidence.holder
        if conduit_is_the_person(evidence, personal):
            return evidence.quoted_by
    objects = prepositional_objects(text, mentions)
    subjects = [  # the cheap tests first: ``personal`` reads the text around the mention
        m
        for n, m in enumerate(mentions)
        if m.key not in (MentionKind.PRONOUN, MentionKind.MEDIA)
        and n not in objects
        and (personal is None or personal(m.text))
        and (excluded is None or not excluded(m.text))
    ]
    if main:
        subjects = [m for m in subjects if m.start >= main] or subjects
    return subjects[0].key if subjects else ""


@rule(
    "conduit_is_the_person",
    Phase.CROSS_SENTENCE,
    off=False,
    examples=[
        Example(  # CNN, 2 April 2013 (held-out key-position day)
            "He urged the North to resume letting workers enter.",
            ("rok",),
            before=(
                "North Korea blocked more than 480 South Korean workers from entering the "
                "complex, according to the South Korean Unification Ministry.",
                "“North Korea said today that it is only approving people to go back,” said "
                "Kim Hyung-seok, a spokesman for the ministry.",
            ),
        ),
    ],
)
def conduit_is_the_person(evidence: Evidence, personal: Callable[[str], bool]) -> bool:
    """'“North Korea said today …,” said Kim Hyung-seok, a spokesman for the ministry. He
    urged …': the words are North Korea's, but the person who spoke them is the ministry's
    spokesman, whom a later 'he' means (an actor's conduit, not a country)."""
    name, _ = name_and_employer(evidence.conduit)  # 'Kim Hyung-seok (the ministry)'
    return bool(evidence.quoted_by) and bool(name) and personal(name)


def _main_clause_first(evidence: Sequence[Evidence], main: int) -> list[Evidence]:
    """The evidence of speakers named in the main clause before any named in an opening
    subordinate clause ('As President Barack Obama again expressed disappointment …, Michael
    Lynton, the studio's chief executive, insisted …': a later 'he' is Lynton)."""
    if not main:
        return list(evidence)
    return sorted(evidence, key=lambda e: e.speaker_span is None or e.speaker_span[0] < main)


@rule(
    "named_speaker_is_a_person",
    Phase.CROSS_SENTENCE,
    off=False,
    examples=[
        Example(
            "“His grandfather played it to the hilt successfully,” he adds.",
            ("other",),
            before=(
                "Kim Jong Un fired a missile on Monday.",
                "“This kid is perhaps starting to believe his own press,” Howard says.",
            ),
        ),
    ],
)
def named_speaker(evidence: Evidence) -> bool:
    """A speaker known only by a name the template does not list ('Howard says', '…, McCain
    said he's not') is a person: the 'he' who 'adds' next, not the last leader named before
    him."""
    if "unknown_person" in evidence.rules:
        return True
    return (
        evidence.holder == OTHER
        and bool(_SURNAME.fullmatch(evidence.mention))
        and evidence.mention not in PLACE_WORDS
    )


_SURNAME = re.compile(r"(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:[A-Z][a-z]+)?")
"""A family name alone ('Lankov', 'McCain'), not an acronym or a phrase."""


@rule(
    "main_clause_holds_the_topic",
    Phase.CROSS_SENTENCE,
    off=0,
    examples=[
        Example(
            "He told reporters the two of them got along from the beginning.",
            ("us",),
            before=(
                "Whether the unpredictable North Korean leader will follow through remains "
                "unclear, but Trump smiled as he left the summit.",
            ),
        ),
    ],
)
def main_clause_start(text: str) -> int:
    """'Whether the North Korean leader will follow through remains unclear, but Trump sounded
    optimistic': the person a later 'he' means is the main clause's subject, not one named
    in an opening subordinate clause (0: the sentence opens with its main clause)."""
    opening = SUBORDINATE_OPENING.match(text)
    return opening.end() if opening else 0


def attribute_text(
    text: str, matcher: Matcher, context: Context | None = None, headline: bool = False
) -> Attribution:
    """Holders of one sentence; ``context`` resolves pronouns and quote continuations."""
    return _attribute(text, matcher, context or Context(), headline)[0]


def _attribute(
    text: str,
    matcher: Matcher,
    context: Context,
    headline: bool,
    newcomers: frozenset[str] = frozenset(),
    state_owner: str = "",
) -> tuple[Attribution, list[Mention]]:
    text = normalize(text)
    names = dict(context.names) if context.names else None
    mentions = matcher.mentions(text, headline, names, newcomers, state_owner)
    if context.bodies:
        bodies = dict(context.bodies)
        mentions = [
            outlet_named_before(m, bodies, text) or role_in_body_named_before(m, bodies, text) or m
            for m in mentions
        ]
    paired = pair_named_before(text, mentions, context.pair)
    if paired:  # 'They also agreed …': the pair, not the pronoun's one referent
        spans = {(m.start, m.end) for m in paired}
        mentions = [m for m in mentions if (m.start, m.end) not in spans]
        mentions = sorted(mentions + paired, key=lambda m: m.start)
    if non_comment(text) or writer_question(text, context.quote_open):
        return Attribution(), mentions
    view = SentenceView.of(text, mentions, headline)
    cues = [c for c in find_cues(view) if c.speaker]
    outer = outer_cues(cues)
    if not outer:  # no cue outside quotation marks: the speaker's own words, if anyone's
        continued = quote_continuation(text, context.previous, context.quote_open)
        if continued is not None:
            return continued, mentions
        unquoted = unclaimed_quotation(text)
        if unquoted is not None:
            return _attribute(unquoted, matcher, context, headline, newcomers, state_owner)
        deed = narrated_deed(view)
        if deed is None:
            return Attribution(), mentions
        outer, cues = [deed], [*cues, deed]
    else:
        deed = deed_before_time_clause(view, outer)
        announced = None if deed is not None else officials_of_the_doer(view, outer)
        if deed is not None:
            outer, cues = [deed, *outer], [*cues, deed]
        elif announced is not None:  # the officials' report gives way to what it announces
            outer, cues = [announced], [*(c for c in cues if c is not outer[0]), announced]
        elif dates_background(cues):
            return Attribution(), mentions
        reported = outlet_reports_a_deed(view, outer, cues)
        if reported is not None:
            cues = [*cues, reported]
    holders: list[Evidence] = []
    for cue in outer:
        with tracing() as fired:
            found = holders_of(view, cue, cues, _referent_for(view, cue, context))
        # the holder and cross-sentence rules that decided a holder join its cue's rules
        holders.extend(with_rules(e, fired) for e in found)
    holders.extend(stance_noun_targets(view, holders))
    return _dedupe(holders, text), mentions


@rule(
    "outlet_reports_a_deed",
    Phase.SPEAKER,
    off=None,
    examples=[
        Example(
            "Yonhap reported on Wednesday that the U.S. will send B-52 bombers for the drills.",
            ("us",),
        ),
    ],
)
def outlet_reports_a_deed(view: SentenceView, outer: list[Cue], cues: list[Cue]) -> Cue | None:
    """'Yonhap reported that the U.S. will send B-52 bombers for the drills': a news outlet's
    report that names no speaker inside it tells a deed in its own words; the deed's doer
    holds it, as when the narrator tells it, and the outlet carries it (a conduit)."""
    if len(outer) != 1 or not outlet_speaks(outer[0]):
        return None
    report = outer[0]
    start, stop = report.content
    if start < report.end or any(start <= c.start < stop for c in cues if c is not report):
        return None  # '…, Yonhap reported': the words before; or a speaker inside it
    that = _REPORTED_THAT.match(view.text, start)  # '… reported on Wednesday that'
    deed = narrated_deed(view, that.end() if that else start)
    if deed is None or not actor_speaks(deed) or deed.start >= stop:
        return None
    return deed


_REPORTED_THAT = re.compile(r"[^,;:“”\"]{0,40}?\bthat\s+")


_PROMPTING = (TRIGGER, TRIGGER_EVENT, TRIGGER_DEED, TRIGGER_OWNER)
"""Phrases naming a deed or a stance that prompted what the sentence tells ('following
threats by North Korea', 'after North Korea's test', 'after North Korea launched …', 'in
response to North Korea's statement')."""


@rule(
    "event_trigger_alone_dates_background",
    Phase.VETO,
    off=False,
    examples=[
        Example(
            "The closure of the complex came on the heels of tightened UN sanctions after "
            "North Korea's third nuclear test in February.",
            (),
        ),
        Example(  # allsides_korea At3qyuf8i1E57vQk, sentence 20: a stance prompted it
            "Following Kim's call on Wednesday to reopen the hotline between the countries, "
            "several stocks connected with North Korea gained.",
            (),
        ),
        Example(  # allsides_korea xl3oULAUTCYCoaFg, sentence 33 (corpus audit, round 34)
            "Tensions between Pyongyang and Washington have only escalated under the new "
            "administration, following successful missile launches by North Korea in February "
            "and March.",
            (),
        ),
    ],
)
def dates_background(cues: list[Cue]) -> bool:
    """'… tightened UN sanctions after North Korea's third nuclear test in February': a deed
    that prompted something (``TRIGGER_EVENT``) adds its owner to a sentence's holders ('The
    U.S. drafted the resolution following North Korea's test of an ICBM'), but alone, or
    beside a news outlet's report, it only dates the background it stands in; so does a
    stance that prompted it ('Following Kim's call … to reopen the hotline, several stocks
    … gained'), and deeds or stances named by their makers after the noun ('following
    successful missile launches by North Korea')."""
    events = [
        c
        for c in cues
        if c.kind == CueKind.TRIGGER and any(p.fullmatch(c.text) for p in _PROMPTING)
    ]
    reports = [c for c in cues if outlet_speaks(c)]
    return bool(events) and len(events) + len(reports) == len(cues)


_TIME_CLAUSE = re.compile(
    r"\b(?:after|before|when|while|since|until|once"
    r"|as(?!\s+(?:many|much|well|long|soon|a|an|the|part|if|though|to|of|for|such|it)\b))\s",
    re.IGNORECASE,
)


@rule(
    "deed_before_time_clause",
    Phase.SPEAKER,
    off=None,
    examples=[
        Example(
            "The United States has sent two F-22 stealth fighter jets to South Korea after "
            "North Korea warned the peninsula has entered a state of war.",
            ("us", "dprk"),
        ),
        Example(
            "The U.S. drafted the sanctions resolution following North Korea’s unprecedented "
            "test of an ICBM in July.",
            ("us", "dprk"),
        ),
    ],
)
def deed_before_time_clause(view: SentenceView, outer: list[Cue]) -> Cue | None:
    """'The United States has sent two F-22 jets … after North Korea warned …', 'The U.S.
    drafted the resolution following North Korea’s test …': the main clause's narrated deed
    holds as well when every report of the sentence stands in a time clause after it, or
    is a trigger phrase (the trigger, GUIDELINES 4.3), not only when the sentence has
    none."""
    deed = narrated_deed(view)
    if deed is None or any(c.start < deed.end or c.content[0] <= deed.start for c in outer):
        return None  # a report before it, or one whose content holds it ('…, analysts say')
    between = view.text[deed.end : min(c.start for c in outer)]
    triggers = all(c.kind == CueKind.TRIGGER for c in outer)  # 'following threats by X'
    if not triggers and not _TIME_CLAUSE.search(between):
        return None
    if any(m.key == s.key for c in outer for s in c.speaker for m in deed.speaker):
        return None
    return deed


_BARE_OFFICIALS = re.compile(
    r"(?:(?:the|some|several|two|three)\s+)?(?:(?:senior|top|government|defen[cs]e|military"
    r"|administration)\s+)?officials",
    re.IGNORECASE,
)


@rule(
    "officials_of_the_doer",
    Phase.SPEAKER,
    off=None,
    examples=[
        Example(  # allsides_korea hFHg (corpus audit, round 36), sentence 38
            "On Tuesday, the United States will test an existing missile defense system to try "
            "to intercept an ICBM, the first such test, officials said last week.",
            ("us",),
        ),
    ],
)
def officials_of_the_doer(view: SentenceView, outer: list[Cue]) -> Cue | None:
    """'On Tuesday, the United States will test a missile defense system …, officials said
    last week': 'officials' of no named country who announce, after the fact, what one actor
    will do are that actor's officials (GUIDELINES 5: an official's logistical
    announcement is a statement), not outside voices summing up its record; the sentence's
    narrated deed holds instead of them."""
    if len(outer) != 1 or outer[0].kind not in (CueKind.REPORT, CueKind.SPEECH):
        return None
    report = outer[0]
    if not report.speaker or not all(_BARE_OFFICIALS.fullmatch(m.text) for m in report.speaker):
        return None
    deed = narrated_deed(view)
    if deed is None or deed.end > report.start or not actor_speaks(deed):
        return None
    return deed if _PLANNED.search(view.text, deed.start, deed.end + 1) else None


_PLANNED = re.compile(r"\b(?:will|plans?\s+to|is\s+to|are\s+to|is\s+set\s+to|are\s+set\s+to)\s")
"""A deed still to come: what the doer's own officials announce ('the United States will
test …'); a deed done ('North Korea fired two missiles, officials said') may be told by
anyone's officials."""


def _referent_for(view: SentenceView, cue: Cue, context: Context) -> str:
    """Whom a pronoun subject of this cue means: the sentence's own subject, else the last
    person ("he", "she") or the last actor ("it", "the ministry") of the sentences before."""
    personal = bool(cue.speaker) and (
        cue.speaker[0].text.lower() in ("he", "she")
        or outlet_speaks(cue)  # '…,” he said, according to AP'
    )
    fallback = (context.person or context.referent) if personal else context.referent
    if cue.speaker and cue.speaker[0].text.lower() == "it":
        fallback = context.thing or fallback
    if cue.speaker and _is_a_text(cue.speaker[0]):
        fallback = statement_is_the_last_speakers(context.speaker) or fallback
    own = ""  # 'the president': whoever the article titles so, before the sentence's subject
    if cue.speaker and cue.speaker[0].key == MentionKind.PRONOUN:
        said = cue.speaker[0].text
        own = (
            role_introduced_earlier(said, dict(context.roles))
            or institution_named_before(said, dict(context.bodies))
            or also_keeps_the_speaker(said, cue.text, context.previous)
            or role_noun_holder(said, dict(context.titles))
            or (spokesman_of_the_body_named_first(view, said) if cue.inverted else "")
            or pronoun_before_its_name(view, cue.speaker)
        )
    if not own and (not cue.inverted or (personal and not fallback) or as_it_put_it(view, cue)):
        # a tag's 'he' is the person before ('…, he said'), unless nobody came before: 'US
        # President Donald Trump will meet Kim …, he has said' opening a BBC story
        own = pronoun_takes_sentence_subject(view, cue.speaker)
    if not own and fallback and cue.speaker and cue.speaker[0].key == MentionKind.PRONOUN:
        return pronoun_resolves_back(fallback)
    return own or fallback


_BODY_FIRST = re.compile(
    r"(?:Command|Ministry|Department|Pentagon|White House|Agency|Office|Joint Chiefs"
    r"|Forces|Navy|Army|Air Force|Military|Embassy|Mission)\b"
)
_SPOKES_ROLE = re.compile(r"(?i:the\s+(?:spokes(?:man|woman|person)|official))")
_OPENING_NAME = re.compile(r"(?:The\s+)?(?:[A-Z][\w.’'-]*\s+){0,5}[A-Z][\w.’'-]*")
"""The capitalised words a sentence opens with: its subject, when it is a name."""


@rule(
    "spokesman_of_the_body_named_first",
    Phase.CROSS_SENTENCE,
    off="",
    examples=[
        Example(  # allsides_korea vBQ0nXQo0iHOpdPO, sentences 4-5
            "U.S. Pacific Command tracked the missile before it landed in the Sea of Japan, said "
            "the spokesman, Cmdr. David Benham.",
            ("us",),
            before=("The rocket flew eastward about 310 miles, South Korea said.",),
        ),
    ],
)
def spokesman_of_the_body_named_first(view: SentenceView, said: str) -> str:
    """'U.S. Pacific Command tracked the missile …, said the spokesman, Cmdr. David Benham':
    a tag's 'the spokesman' or 'the official' after a sentence that opens on an institution
    (a command, a ministry, the White House) speaks for that institution, not for whoever
    spoke in the sentence before."""
    if not _SPOKES_ROLE.fullmatch(said):
        return ""
    opening = _OPENING_NAME.match(view.text)
    if opening is None:
        return ""
    bodies = [
        m for m in view.between(0, opening.end()) if m.is_actor and _BODY_FIRST.search(m.text)
    ]
    return bodies[0].key if bodies else ""


_TEXT = re.compile(r".*\b(?:statement|announcement|tweets?)$", re.IGNORECASE)
"""Heads of the unnamed bodies (``generic_body``) that are texts, which someone issued."""


def _is_a_text(mention: Mention) -> bool:
    return mention.key == MentionKind.PRONOUN and bool(_TEXT.match(mention.text))


@rule(
    "statement_is_the_last_speakers",
    Phase.CROSS_SENTENCE,
    off="",
    examples=[
        Example(  # allsides_korea BuEfoyTTM9YgulMM, sentences 1-3
            "“Technical measures are being taken for dismantling the test ground,” the "
            "announcement said.",
            ("dprk",),
            before=(
                "On Saturday, state media reported that North Korea’s Ministry of Foreign "
                "Affairs plans to dismantle the country’s nuclear testing site.",
                "The event will take place days before President Donald Trump meets North "
                "Korean leader Kim Jong Un in Singapore.",
            ),
        ),
    ],
)
def statement_is_the_last_speakers(speaker: str) -> str:
    """'… state media reported that …' / 'The event will take place days before Trump meets
    Kim' / '“…,” the announcement said': a statement or an announcement named without its
    maker is the last statement's, not the actor the sentence before named last."""
    return speaker


_ROLE_INTRODUCED = re.compile(
    r"\b(?P<role>official|spokesman|spokeswoman|spokesperson|diplomat|source|officer|ambassador"
    r"|envoy)s?\b",
    re.IGNORECASE,
)
_ROLE_WORDS = ("fficial", "spokes", "source", "diplomat", "officer", "mbassador", "envoy")
"""The prefilter of _ROLE_INTRODUCED, as before: a sentence with none is not searched."""


def roles_introduced(
    text: str,
    attribution: Attribution,
    known: tuple[tuple[str, str], ...],
    key_of: Callable[[str], str] = lambda name: "",
) -> tuple[tuple[str, str], ...]:
    """``known`` with the roles this sentence names ('a customs official said', 'the South
    Korea official said', 'Senior officials … said'), each given the sentence's one holder
    (beside the actors whose stance is only its target), or the actor of the conduit that
    relays it ('“…,” he said, according to a South Korean presidential official': the
    official is South Korea's, not the relayed speaker's); a sentence of several holders
    names none."""
    holders = {
        key_of(e.conduit) or e.holder if e.conduit else e.holder
        for e in attribution.evidence
        if not is_stance_target(e)
    }
    if len(holders) != 1 or not holds_any(text, _ROLE_WORDS):
        return known
    roles = {m.group("role").lower() for m in _ROLE_INTRODUCED.finditer(text)}
    if not roles:
        return known
    (holder,) = holders
    return tuple(sorted({**dict(known), **dict.fromkeys(roles, holder)}.items()))


@rule(
    "role_introduced_earlier",
    Phase.CROSS_SENTENCE,
    off="",
    examples=[
        Example(
            "The ship was seized at the port, the official told Reuters.",
            ("rok",),
            before=(
                "South Korean authorities have seized a vessel suspected of transferring oil "
                "to North Korea, a customs official said on Sunday.",
                "The seizure came as the United Nations steps up efforts to squeeze oil "
                "supplies to the North.",
            ),
        ),
        Example(
            "The spokesman said the country will keep launching satellites.",
            ("dprk",),
            before=(
                "Foreign Ministry spokesman Hong Lei of China told reporters to stay calm.",
                "Hong Lei of China said talks were the way forward.",
                "“We hope all will stay cool,” KCNA quoted a North Korean spokesman as saying.",
            ),
        ),
    ],
)
def role_introduced_earlier(mention: str, roles: dict[str, str]) -> str:
    """'… a customs official said. The seizure came as … The ship was seized …, the official
    told Reuters': a role an earlier sentence of the article named ('a … official', '…
    KCNA quoted a North Korean spokesman as saying. The spokesman said …') means the
    speaker that sentence was held by, however many sentences ago, whoever else holds the
    title in the article."""
    words = mention.lower().split()
    if len(words) < 2:
        return ""
    return roles.get(words[-1].removesuffix("s"), "")


@rule(
    "also_keeps_the_speaker",
    Phase.CROSS_SENTENCE,
    off="",
    examples=[
        Example(
            "“Something has to be done,” the president also said.",
            ("us",),
            before=(
                "Chinese President Xi Jinping met President Trump in Hamburg, where China "
                "hosted talks with China's neighbours and Xi spoke for China.",
                "Trump told Xi that ending North Korea’s testing “may take longer.”",
            ),
            paragraphs=True,
        ),
    ],
)
def also_keeps_the_speaker(mention: str, cue: str, previous: Attribution) -> str:
    """'Trump told Xi that … / “Something has to be done,” the president also said': a role
    noun ('the president', 'the minister') before a cue with 'also' means the one speaker of
    the sentence before, whom the statement adds to, not the actor the article gives the
    title most often."""
    if len(mention.split()) < 2 or not ALSO.search(cue) or len(previous.holders) != 1:
        return ""
    return previous.holders[0]


@rule(
    "role_noun_holder",
    Phase.CROSS_SENTENCE,
    off="",
    confidence=0.7,
    examples=[
        Example(
            "The president expressed hope for a summit with Mr. Kim.",
            ("us",),
            before=(
                "President Trump said the summit may not work out.",
                "Trump met reporters at the White House.",
                "Chinese President Xi Jinping told Moon that Kim was committed to talks.",
            ),
        ),
        Example(  # allsides_korea 5urmIKrye059Znn5, sentences 4-6
            "The vice president said the U.S. would honor its alliance with Pacific Rim nations.",
            ("us",),
            before=(
                "U.S. Vice President Mike Pence warned North Korea on Monday.",
                "South Korean President Moon Jae-in met him in Seoul.",
            ),
        ),
    ],
)
def role_noun_holder(mention: str, titles: dict[str, str]) -> str:
    """'the president', 'the minister': whoever the article most often gave that title, not
    merely the last person named ('the vice president': whoever it titled so)."""
    words = mention.lower().split()
    if words[-2:] == ["vice", "president"]:  # not whoever the article titles 'President'
        return titles.get("vice president", "")
    return titles.get(words[-1], "") if len(words) > 1 else ""


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
def quote_continuation(
    text: str, previous: Attribution, quote_open: bool = False
) -> Attribution | None:
    """A sentence that opens with a quotation mark, or goes on with a quotation the sentence
    before left open, and names no speaker of its own continues the previous speaker."""
    if not previous.holders or not (text.strip()[:1] in QUOTE_OPEN or quote_open):
        return None
    quoter = the_quoter_goes_on(previous)
    if quoter:
        return quoter
    speakers = [e for e in previous.evidence if not is_stance_target(e) and not _prompted(e)]
    own = [e for e in speakers if not e.quoted_by]  # not who the quotation itself relays
    evidence = tuple(
        _continued(e.holder, e.speaker, ("quote_continuation",), e.role)
        for e in (own or speakers)  # the speaker goes on, not the stance's target
    )
    holders = tuple(dict.fromkeys(e.holder for e in evidence))
    return Attribution(holders, evidence) if holders else None


def _prompted(evidence: Evidence) -> bool:
    """Whether ``evidence`` holds only as what prompted the sentence's stance ('…,” Moon said
    in response to North Korea’s statement'): a quotation that goes on is not theirs."""
    return any(p.fullmatch(evidence.cue) for p in _PROMPTING)


@rule(
    "the_quoter_goes_on",
    Phase.CROSS_SENTENCE,
    off=None,
    confidence=0.6,
    examples=[
        Example(
            "“This is very good news for North Korea and the World — big progress!”",
            ("us",),
            before=(
                "“North Korea has agreed to suspend all Nuclear Tests,” Trump tweeted Friday.",
            ),
        ),
    ],
)
def the_quoter_goes_on(previous: Attribution) -> Attribution | None:
    """'“North Korea has agreed to suspend all Nuclear Tests,” Trump tweeted.' / '“This is
    very good news …”': when the sentence before held only acts its speaker relayed inside
    their own quotation, the quotation that goes on is the quoter's words, not the relayed
    actor's."""
    quoters = {e.quoted_by for e in previous.evidence}
    if not previous.evidence or len(quoters) != 1 or "" in quoters:
        return None
    (holder,) = quoters
    conduit = previous.evidence[0].conduit
    speaker = "" if conduit.lower() in ("he", "she", "they", "it") else conduit
    rules = ("quote_continuation", "the_quoter_goes_on")
    return Attribution((holder,), (_continued(holder, speaker, rules),))


def _continued(holder: str, speaker: str, rules: tuple[str, ...], role: str = "") -> Evidence:
    """The evidence of a quotation that goes on: no mention or cue of its own."""
    return evidence_of(holder, "", "quote continuation", rules, speaker=speaker, role=role)


def _dedupe(evidence: list[Evidence], text: str = "") -> Attribution:
    """One piece of evidence per holder, the first, unless a later one speaks in the main
    clause where the first spoke in the opening subordinate one
    (``main_clause_speaker_is_the_evidence``; the main clause is looked for only when a
    holder has a second piece, as few sentences do)."""
    seen: dict[str, Evidence] = {}
    main: int | None = None
    for item in evidence:
        kept = seen.get(item.holder)
        if kept is None:
            seen[item.holder] = item
            continue
        main = main_clause_start(text) if main is None else main
        if main_clause_speaker_is_the_evidence(kept, item, main):
            seen[item.holder] = item
    return Attribution(tuple(seen), tuple(seen.values()))


@rule(
    "main_clause_speaker_is_the_evidence",
    Phase.CROSS_SENTENCE,
    off=False,
    examples=[
        Example(
            "“They want to extract concessions from Washington and Seoul,” he said.",
            ("other",),
            before=(
                "While some analysts insist domestic concerns guide Kim Jong Un's actions, "
                "Shin said foreign policy goals drive Pyongyang's recent tests.",
            ),
        ),
    ],
)
def main_clause_speaker_is_the_evidence(kept: Evidence, later: Evidence, main: int) -> bool:
    """'While some analysts insist …, Shin said …': of two speakers of one holder, the one
    of the main clause is the sentence's evidence, and the person a later 'he' means."""
    return bool(main) and _speaks_before(kept, main) and not _speaks_before(later, main)


def _speaks_before(evidence: Evidence, position: int) -> bool:
    return evidence.speaker_span is not None and evidence.speaker_span[0] < position
