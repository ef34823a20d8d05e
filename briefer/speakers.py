"""Speaker finders and vetoes: who said, urged, wanted or did what in one sentence.

Each finder is a named rule (see rules.py) that returns a ``Found``; the cue stage tries them
in order. Vetoes drop a speaker that a finder proposed but the sentence's shape rules out.
"""

from __future__ import annotations

import re

from .inverted import AFTER_STOP, INVERTED_GAP, SAY, invertible, speaks_for
from .lexicon import (
    ACCORDING,
    BARE_OFFICIALS,
    BOUNDARY,
    CLAUSE_OPENERS,
    FINITE_AUXILIARIES,
    NAME,
    NATIONAL_MEDIA,
    NOT_NAMES,
    PREPOSITIONS,
    PRONOUN,
    RELATIVE_HEAD,
    RELATIVE_WORDS,
    REPORT_ONLY,
    ROLE_OVERRIDE,
    ROLE_PREPOSITION,
    SO_AS_CONJUNCTION,
    SPEECH_ONLY,
    STANCE_ONLY,
    SUBORDINATE,
    SUBORDINATE_OPENING,
    UNOWNED_REPORT,
)
from .mentions import Mention, MentionKind
from .rules import Example, Phase, rule
from .subjects import is_demonym, subject_of
from .view import NOTHING, Found, SentenceView

SUBJECT_SEGMENTS = 4
"""How many clause segments before a cue are searched for its subject."""
SUBJECT_REACH = 90
"""A subject stands within this many characters of its verb in a long segment."""
APPOSITIVE_WORDS = 8
"""Segments up to this many words between commas may be appositives ('the envoy, …, said')."""
NEAR_CUE = 60
"""'…, X said in a statement.': at most this much follows a cue that reports what preceded."""
NP_MAX_WORDS = 12
"""A plain noun-phrase subject ('Mike Shields, president of …') has at most this many words."""


# ---- the subject before a cue ---------------------------------------------------------------

Segment = tuple[int, int, str]
"""(start, stop, separator before it) of a clause segment."""


def segments_before(text: str, floor: int, cue_start: int) -> list[Segment]:
    """The clause segments between ``floor`` and the cue, nearest first."""
    limit = cue_start
    segments: list[Segment] = []
    for boundary in reversed(list(BOUNDARY.finditer(text, floor, cue_start))):
        segments.append((boundary.end(), limit, boundary.group()))
        limit = boundary.start()
    segments.append((floor, limit, ""))
    return [seg for seg in segments if text[seg[0] : seg[1]].strip()]


@rule(
    "quoted_name_no_subject",
    Phase.VETO,
    off=False,
    examples=[
        Example("“Seoul will stop any deal, including the new one,” Clinton said.", ("other",)),
    ],
)
def quoted_name_no_subject(view: SentenceView, mention: Mention, cue_start: int) -> bool:
    """A name inside a quotation is never the subject of a cue outside it."""
    return view.quoted(mention.start) and not view.quoted(cue_start)


def _unquoted(view: SentenceView, cue_start: int) -> SentenceView:
    """The view without the mentions that cannot be the cue's subject for being quoted."""
    kept = tuple(m for m in view.mentions if not quoted_name_no_subject(view, m, cue_start))
    if len(kept) == len(view.mentions):
        return view
    return SentenceView(view.text, kept, view.headline, view.quotes, view.clause_ends)


@rule(
    "subject_before",
    Phase.SPEAKER,
    off=NOTHING,
    confidence=0.85,
    examples=[
        Example(
            "When the talks ended on Friday, after two hours, Seoul said the summit would go "
            "ahead.",
            ("rok",),
        ),
    ],
)
def subject_before(view: SentenceView, cue_start: int, floor: int = 0) -> Found:
    """The subject of a cue: the nearest clause segment before it that names someone."""
    if writer_is_the_subject(view, cue_start):
        return NOTHING
    view = _unquoted(view, cue_start)
    floor = max(floor, dash_opens_clause(view, floor, cue_start))
    participle = participle_between_commas(view.text, cue_start)
    if participle < 0:
        segments = segments_before(view.text, floor, cue_start)
    else:  # a cue inside the phrase ('alleging that Obama wanted …') is no floor for its head
        segments = segments_before(view.text, floor if participle >= floor else 0, participle)
    relative = participle >= 0  # what the phrase names is not the subject: its head is
    limit = participle if relative else cue_start  # the phrase's clauses are its own
    for number, segment in enumerate(segments[:SUBJECT_SEGMENTS]):
        start, stop, separator = segment
        outside = any(m.key == MentionKind.OTHER for m in view.between(start, stop))
        long = stop - start > SUBJECT_REACH and not (separator.strip() == "," and outside)
        if long and number > 0:
            break
        if long:  # the subject stands near its verb: look at the last words only
            start = max(start, view.text.rfind(" ", start, stop - SUBJECT_REACH) + 1)
        if ACCORDING.match(view.text, start):  # 'Mr. Kim, according to Yonhap, said'
            continue
        if parenthetical_clause(view.text, start, separator):
            continue
        # 'Trump, whose attorneys argued …': the cue is the 'whose' clause's own
        own_clause = bool(_WHOSE.match(view.text, start, stop)) and stop == cue_start
        if _opens_relative(view.text, start, stop) and not own_clause:
            relative = True  # what a relative clause names is not the subject: its head is
            continue
        found = _segment_subject(view, segments, number, (start, stop), relative, cue_start, limit)
        if found:
            return found
        if _WHERE.match(view.text, start, stop):
            break  # 'Kim flew to Beijing, where officials said …': a clause of its own
        if not _keep_looking(view, (start, stop, separator), relative):
            break
    return NOTHING


_WHERE = re.compile(r"\s*where\b", re.IGNORECASE)
_DASH = re.compile(r"\s[—–]\s|—")


@rule(
    "dash_opens_clause",
    Phase.SPEAKER,
    off=0,
    examples=[
        Example(
            "And it wasn’t a one-off — Kim Yo Jong told reporters that the talks were over.",
            ("dprk",),
        ),
        Example(  # Vox's lede of 1 June 2018
            "North Korean leader Kim Jong Un wrote a letter to the American president, Donald "
            "Trump — and apparently he didn’t say what Trump wanted to hear.",
            ("dprk",),
        ),
    ],
)
def dash_opens_clause(view: SentenceView, floor: int, cue_start: int) -> int:
    """'It wasn't a one-off — Kim Yo Jong told reporters …': a dash before the cue that no
    second dash closes opens a clause of its own; its subject stands after the dash (a
    pair of dashes sets off an aside: 'Kim — the third of his line — said'). Where the
    cue's subject may start, or 0 where no such dash stands."""
    text = view.text  # dashes counted from the sentence's start, none inside a quotation
    if "—" not in text and "–" not in text:  # most sentences
        return 0
    dashes = [d for d in _DASH.finditer(text, 0, cue_start) if not view.quoted(d.start())]
    if not dashes or not len(dashes) % 2 or dashes[-1].end() <= floor:
        return 0
    return 0 if _SHARES_SUBJECT.match(text, dashes[-1].end()) else dashes[-1].end()


_SHARES_SUBJECT = re.compile(
    r"\s*(?:(?:which|who|whom|whose)\b|(?:(?:only|even|also|and|then|\w+ly)\s+){0,2}"
    r"(?!(?:during|nothing|something|everything|thing|bring|king)\b)[a-z]+ing\b)"
)
"""After the dash, a relative clause or a participle phrase ('– saying he was rooting for
Peyton Manning') whose subject is the clause's before the dash."""


_WRITER_SUBJECT = re.compile(
    r"\b(?:[Ww]e|I)\s+(?:(?:also|still|all|only|really|do|did|must|should|would|can|could|may"
    r"|might|will)\s+){0,2}$"
)


@rule(
    "writer_is_the_subject",
    Phase.SPEAKER,
    off=False,
    examples=[
        Example(
            "It also risks increasing U.S. ownership of the problem at a time when we want "
            "China to do more.",
            (),
            before=("Doing so will only stiffen Chinese resistance.",),
        ),
    ],
)
def writer_is_the_subject(view: SentenceView, cue_start: int) -> bool:
    """'… at a time when we want China to do more': outside quotation marks, the writer's
    'we' or 'I' right before a cue is its subject; nobody the sentence or the one before
    names holds it (an opinion piece gives it to its author)."""
    return not view.quoted(cue_start) and bool(
        _WRITER_SUBJECT.search(view.text, max(0, cue_start - 40), cue_start)
    )


_PARENTHETICAL = re.compile(
    r"\s*(?:while|whilst|despite|after|before|when|even as|though|although)\s+[a-z]+ing\b"
)


@rule(
    "parenthetical_clause_is_no_subject",
    Phase.SPEAKER,
    off=False,
    examples=[
        Example(
            "Moon, while decrying North Korean saber-rattling, said the deployments may have "
            "raised tensions.",
            ("rok",),
        ),
    ],
)
def parenthetical_clause(text: str, start: int, separator: str) -> bool:
    """'Moon, while decrying North Korean saber-rattling, said …': a clause set
    off by commas between the subject and its verb names no subject; look before it."""
    if _WHILE_SEPARATOR.fullmatch(separator):  # the boundary took the 'while'
        return bool(_GERUND.match(text, start))
    return _soft(separator) == "," and bool(_PARENTHETICAL.match(text, start))


_WHILE_SEPARATOR = re.compile(r",\s*(?:while|whilst)\s+")
_GERUND = re.compile(r"[a-z]+ing\b")


def _opens_relative(text: str, start: int, stop: int) -> bool:
    return bool(_RELATIVE_OPENING.match(text, start, stop)) and not sentential_which(
        text, start, stop
    )


_RELATIVE_OPENING = re.compile(r"\s*(?:who|whose|which)\b")
_WHOSE = re.compile(r"\s*whose\b")
_SENTENTIAL_WHICH = re.compile(
    r"\s*which\s+(?:(?:is|was)\s+(?:why|how|when)|(?:means|meant|explains)\s+(?:why|that|how))\b"
)


@rule(
    "sentential_which",
    Phase.SPEAKER,
    off=False,
    examples=[
        Example(
            "Beijing has shown no willingness to do so, which is why the Trump administration "
            "said it would act alone.",
            ("us",),
        ),
        Example(  # not a trailing '…, Moon said' over the clause before (round 29)
            "Kim refused to meet, which is why Moon said he would wait.",
            ("dprk", "rok"),
        ),
    ],
)
def sentential_which(text: str, start: int, stop: int) -> bool:
    """'…, which is why the Trump administration said …': a 'which' that stands for the
    clause before it ('which is why', 'which means that') opens a clause with a subject of
    its own, not a relative clause telling more of the name before the comma, nor a
    speaker's tag after what it said ('…, Moon said'): its verb reports what follows."""
    return bool(_SENTENTIAL_WHICH.match(text, start, stop))


_PARTICIPLE_OPENS = re.compile(
    r"\s*(?:(?:later|also|then|again|once|first|repeatedly)\s+)?"
    r"(?!citing\b|quoting\b|including\b|according\b|(?:some|any|no|every)thing\b"
    r"|morning\b|evening\b)[a-z]{3,}ing\b"
)
"""A participle opening a phrase: not 'citing officials' (a source), nor a noun in -ing
('something', 'this morning')."""


@rule(
    "participle_between_commas",
    Phase.SPEAKER,
    off=-1,
    examples=[
        Example(
            "Trump, alleging that China had done nothing to help, said he would act alone.",
            ("us",),
        ),
    ],
)
def participle_between_commas(text: str, cue_start: int) -> int:
    """'Trump, alleging that China had done nothing …, said': a participle's phrase set off by
    commas right before the cue tells more of the subject before it, as a relative clause
    does, and what it names is not the cue's subject ('The paper, citing officials in Seoul,
    said' and 'Officials, including Mattis, said' name their sources: not skipped). Where
    the phrase opens (its comma), or -1."""
    before = text[:cue_start].rstrip()
    if not before.endswith(","):
        return -1
    closing = len(before) - 1
    opening = text.rfind(", ", 0, closing)  # not the comma of '250,000'
    if opening < 0 or not _PARTICIPLE_OPENS.match(text, opening + 1, closing):
        return -1
    return opening


def _keep_looking(view: SentenceView, segment: Segment, relative: bool) -> bool:
    """Past a segment that names nobody, look further back only across an appositive."""
    start, stop, separator = segment
    if (
        not view.between(start, stop)
        and not relative
        and not _is_appositive(view.text[start:stop], separator)
    ):
        return False
    return _soft(separator) in (",", "")


def _segment_subject(
    view: SentenceView,
    segments: list[Segment],
    number: int,
    span: tuple[int, int],
    relative: bool,
    cue_start: int,
    limit: int,
) -> Found:
    """The subject a segment gives the cue; ``limit``: where a clause between a name and the
    cue stops counting (a participle phrase set off before the cue holds its own)."""
    start, stop = span
    inside = [
        m
        for m in view.between(start, stop)
        if not _clause_between(view, m, limit) and not _subordinate_subject(view.text, m, limit)
    ]
    if inside and expletive_it_is_no_speaker(view, inside[0], cue_start):
        inside = inside[1:]
    subject = subject_of(view.text, inside, last=relative)
    series = name_series(view, segments, subject) if number == 0 and subject else ()
    if series:
        subject = series + subject
    elif number == 0 and subject:
        subject = appositive_head(view, segments) or name_before_its_role(view, segments, subject)
        subject = first_conjunct(view, segments) + allied_with(view, subject) + subject
        subject = demonym_series(view, segments, subject) + subject
        subject += others_alongside(view, subject, cue_start)
    if number == 0 and not subject and not inside:
        subject = (
            name_closes_the_sentence(view, (start, stop), cue_start)
            or relative_head(view, start, cue_start)
            or role_before_its_name(view, segments)
            or unknown_person(view.text, start, stop)
        )
    elif relative and not subject and not inside:  # 'Alexandra Bell, who worked …, said'
        subject = unknown_person(view.text, start, stop)
    if not subject:
        return NOTHING
    separator = segments[number][2]
    inverted = (
        number == 0
        and start > 0
        and bool(_TAG_AFTER.search(_words_before(view.text, start, separator)))
        and not according_opener(view.text, start)
    )
    return Found(
        subject,
        inverted
        and _ends_near(view.text, cue_start)
        and not clause_opener(view.text, start, cue_start)
        and not sentential_which(view.text, start, cue_start)
        and not verb_of_reports_after(view.text, cue_start)
        and not opening_clause_is_no_quotation(view.text, start)
        and not _participle_opens(view.text, start)
        and not time_clause_is_no_tag(view.text, start),
    )


def _participle_opens(text: str, start: int) -> bool:
    """'…, contradicting Mike Pompeo hours after he left saying the two sides had made
    progress': a segment after the comma that opens on a participle is a phrase of the
    clause before, not a speaker's tag ('…, he said'); the subject inside it reports what
    follows its verb, not the words before the comma."""
    return bool(_PARTICIPLE_OPENS.match(text, start))


_TIME_CLAUSE_OPENS = re.compile(
    r"\s*(?:(?:just|only|even|some|about|nearly|almost|barely)\s+)?"
    r"(?:(?:a|one|two|three|several|a\s+few|\d+)\s+(?:minutes?|hours?|days?|weeks?|months?)\s+"
    r"|(?:shortly|soon|long|hours|days|weeks|months)\s+)?"
    r"(?:after|before|since|until|when|while|once|because)\s",
    re.IGNORECASE,
)


@rule(
    "time_clause_is_no_tag",
    Phase.SPEAKER,
    off=False,
    examples=[
        Example(
            "U.S. Defense Secretary Jim Mattis stressed diplomacy on Friday, a day after "
            "Seoul’s top diplomat said a military solution would be unacceptable.",
            ("us", "rok"),
        ),
    ],
)
def time_clause_is_no_tag(text: str, start: int) -> bool:
    """'Mattis stressed diplomacy …, a day after Seoul's top diplomat said a military
    solution would be unacceptable': a segment after the comma that opens a time or cause
    clause ('a day after', 'hours before', 'because') is a clause of its own, not a
    speaker's tag ('…, he said'): its speaker reports what follows the verb, and the
    clause before the comma keeps its own speaker. ('…, as Kim said' stays a tag.)"""
    return bool(_TIME_CLAUSE_OPENS.match(text, start))


@rule(
    "expletive_it_is_no_speaker",
    Phase.VETO,
    off=False,
    examples=[
        Example(
            "It is a step Moon said could ease tensions on the peninsula.",
            ("rok",),
        ),
    ],
)
def expletive_it_is_no_speaker(view: SentenceView, mention: Mention, cue_start: int) -> bool:
    """'It's a dynamic Greenberg said could drive …', 'It is a step Moon said could ease …':
    an 'it' or 'that' before a copula and a noun phrase only presents it; the name that the
    reduced relative clause opens on speaks, not the pronoun. Not inside a quotation ('“…
    it was the US who first declared war …,” Mr Ri told reporters': the speaker's words)."""
    return (
        mention.key == MentionKind.PRONOUN
        and mention.text in ("It", "it", "That", "This")
        and _COPULA_AND_NOUN.match(view.text, mention.end) is not None
        and not view.quoted(cue_start)
    )


_COPULA_AND_NOUN = re.compile(r"(?:['’]s|\s+(?:is|was|has\s+been|had\s+been))\s+(?:a|an|the|one)\s")
"""'It's a …', 'It was the …': a pronoun that presents a noun phrase."""


def _words_before(text: str, start: int, separator: str) -> str:
    """The text before a segment, ending with the separator that opened it."""
    before, mark = text[:start].rstrip(), separator.strip()
    return before if before.endswith(mark) else before + mark


_TAG_AFTER = re.compile(r"(?:,|(?<![a-z\d])[”\"])\s*$")
"""What ends the words a speaker's tag follows: a comma, or a closing quotation mark after
punctuation ('…,”', '…?”'); not the close of a phrase quoted inside the sentence ('… had
“clear rules” about … activities and it urged')."""


@rule(
    "opening_clause_is_no_quotation",
    Phase.SPEAKER,
    off=False,
    examples=[
        Example(
            "While some analysts insist domestic concerns guide Kim's actions, Moon said "
            "foreign policy goals drive the tests.",
            ("other", "rok"),
        ),
    ],
)
def opening_clause_is_no_quotation(text: str, start: int) -> bool:
    """'While some analysts insist …, Shin said foreign policy goals drive …': the words
    before the comma are the sentence's opening subordinate clause ('While', 'Although',
    'If' …), not a quotation the speaker after it is credited with; the speaker reports
    what follows."""
    opening = SUBORDINATE_OPENING.match(text)
    if opening is None:
        return False
    return opening.end() <= start and "," not in text[opening.end() : start]


_VERB_OF = re.compile(r"[a-z]+\s+(?:of|about)\b")


@rule(
    "verb_of_reports_after",
    Phase.SPEAKER,
    off=False,
    examples=[
        Example(
            "“We are ready for talks,” the statement said, even as Trump spoke of new sanctions.",
            ("dprk", "us"),
            before=("North Korea issued a statement on Sunday.",),
        ),
    ],
)
def verb_of_reports_after(text: str, cue_start: int) -> bool:
    """'…” even as it spoke of dialogue', '…, he warned of dire consequences': a verb with
    'of' or 'about' after it reports what follows, not the quotation before it, however
    near the sentence's end it stands."""
    return bool(_VERB_OF.match(text, cue_start))


_INFINITIVE_AFTER = re.compile(
    r"\w+(?:\s+\w+ly)?\s+to\s+(?!the\b|a\b|an\b|his\b|her\b|their\b)[a-z]+\b"
)
_CLAUSE_OPENER = re.compile(
    r"\s*(?:though|although|while|whereas|as|because|but|and|so|yet|since|when|if|after"
    r"|before|until|unless)\s",
    re.IGNORECASE,
)


@rule(
    "clause_opener_reports_after",
    Phase.SPEAKER,
    off=False,
    examples=[
        Example(
            "South Korea's defense minister, Kim Kwan-jin, told a parliamentary committee that "
            "North Korea remains ready to launch a missile, though he declined to disclose how "
            "he got the information.",
            ("rok",),
            before=("“People are very happy,” said Han Kyong Sim, a driver in Pyongyang.",),
        ),
    ],
)
def clause_opener(text: str, start: int, cue_start: int) -> bool:
    """'…, though he declined to disclose how he got the information': a subject after a
    comma that opens a clause of its own (though, because, but …), with a verb whose
    infinitive follows it, is no trailing report ('…, he said') of what came before: the
    verb reports what follows it. ('…, though analysts say it …' keeps the trailing reading,
    which gives the sentence both holders.)"""
    return bool(_CLAUSE_OPENER.match(text, start)) and bool(
        _INFINITIVE_AFTER.match(text, cue_start)
    )


_ACCORDING_OPENER = re.compile(r"\s*According to [^,“”\"]+,\s*")


@rule(
    "according_opener_is_no_content",
    Phase.SPEAKER,
    off=False,
    examples=[
        Example(
            "According to Yonhap, the regime warned that Tokyo would, in a war, be the first "
            "target.",
            ("dprk",),
            before=("North Korea threatened Japan on Friday.",),
        ),
    ],
)
def according_opener(text: str, start: int) -> bool:
    """'According to Yonhap, the regime warned that …': the comma closes the source's phrase,
    not a quotation the verb reports, so the subject is not inverted; the verb's content
    follows it and the source relays it."""
    return bool(_ACCORDING_OPENER.fullmatch(text, 0, start))


_CLAUSE_OPENERS = r"after|before|when|because|since|until|while|once|if|unless|although|though"
"""The conjunctions that open a clause of their own before a noun phrase ('as' is left out:
'as a concession' opens none)."""
_SUBORDINATORS = _CLAUSE_OPENERS + "|as"
"""The conjunctions that open a clause of its own inside a sentence (an alternation)."""
_NEW_CLAUSE = re.compile(
    rf"\b(?:{_SUBORDINATORS})\s+"
    r"(?:(?:the\s+)?[A-Z][\w.’'-]*|(?:the\s+two|both)\s+[a-z]+|(?:one|you)\s)"
)


_OPENS_SUBORDINATE = re.compile(rf"\b(?:{_SUBORDINATORS})\s+$")
_VERB_OF_ITS_OWN = re.compile(
    r"\s+(?:(?:also|then|later|first|had|has|have|was|were|is|are|did|would|could|not|never"
    r"|\w+ly)\s+)*[a-z]{2,}\b\s+\S"
)
"""The word after a pronoun subject (its verb, past auxiliaries and adverbs) and more."""
_WHO_BEFORE = re.compile(r"\b(?:who|which)\s+[a-z]")


def _subordinate_subject(text: str, mention: Mention, cue_start: int) -> bool:
    """'…, a former CIA official who served as envoy to talks before they broke down in 2009,
    told …': in an appositive's relative clause set off before the verb, a pronoun right
    after a subordinating conjunction, with a verb of its own and more words before the
    cue, is that clause's subject, not the cue's ('when they said' keeps it: the cue is
    its verb)."""
    if mention.key != MentionKind.PRONOUN:
        return False
    if not _OPENS_SUBORDINATE.search(text, max(0, mention.start - 12), mention.start):
        return False
    if not text[:cue_start].rstrip().endswith(",") or not _WHO_BEFORE.search(
        text, max(0, mention.start - 120), mention.start
    ):
        return False  # only inside an appositive's relative clause before the verb
    verb = _VERB_OF_ITS_OWN.match(text, mention.end)
    return verb is not None and verb.end() <= cue_start


def _clause_between(view: SentenceView, mention: Mention, cue_start: int) -> bool:
    """'North Korea vowed to strike the U.S. … after the United Nations imposed new
    sanctions': a clause of its own, opened by a conjunction and a capitalized subject,
    stands between the name and the cue, so the name is not the cue's subject."""
    return bool(_NEW_CLAUSE.search(view.text, mention.end, cue_start)) or bool(
        common_noun_opens_clause(view, mention.end, cue_start)
    )


_INDEFINITE = r"a|an|some|many|several|other|another"
"""The determiners of a noun phrase that refers to nobody named before ('the country', 'the
businessman turned politician' may)."""
_COMMON_NOUN_CLAUSE = re.compile(
    rf"\b(?:{_CLAUSE_OPENERS})\s+(?P<noun>(?:{_INDEFINITE})\s+(?:[\w’'-]+\s+){{1,4}})$"
)


@rule(
    "common_noun_opens_clause",
    Phase.SPEAKER,
    off=0,
    examples=[
        Example(
            "Seoul removed the post after a blogger claimed that the border had been closed.",
            ("rok", "other"),
        ),
    ],
)
def common_noun_opens_clause(view: SentenceView, start: int, cue_start: int) -> int:
    """'Trump caused a stir when a reporter asked if …': a conjunction and a noun phrase
    with an indefinite article that names nobody the template knows, right before the cue,
    open a clause whose subject is that phrase, not the name before. Where the phrase
    starts, or 0."""
    found = _COMMON_NOUN_CLAUSE.search(view.text, start, cue_start)
    if found is None or view.between(found.start(), cue_start):
        return 0
    return found.start("noun")


def _soft(separator: str) -> str:
    """A comma or a closing quote inside a clause ('who called it “a good talk” on Twitter,')."""
    return separator.strip().replace("”", "").replace('"', "")


_APPOSITIVE = re.compile(r"\s*(?:a|an|the|his|her|its|their|[\w.’'-]+(?:\s[\w.’'-]+){0,3}['’]s)\b")


_ROLE_TITLES = (
    r"ambassador|envoy|spokes(?:man|woman|person)|minister|negotiator|official|diplomat"
    r"|representative|secretary"
)
"""The titles of an actor's officials, in a role set off before a name."""
_POSTED_TO = r"(?:\s+(?:to|at|for)\s+[^,]{2,40})?\s*"
"""Where a role's holder is posted ('ambassador to the United Nations'), if said."""
_OWNERS_ROLE = re.compile(rf"['’]s\s+(?:[a-z]+\s+){{0,2}}(?:{_ROLE_TITLES}){_POSTED_TO}")
""""North Korea's deputy ambassador to the United Nations": an actor's official by role."""
_ACTORS_ROLE = re.compile(
    r"\s+(?:(?:deputy|vice|foreign|defen[cs]e|top|senior|special|national|security|press"
    r"|acting|chief|trade|finance|unification|intelligence)\s+){0,2}"
    rf"(?:{_ROLE_TITLES}|director|chief|commander){_POSTED_TO}",
    re.IGNORECASE,
)
""""The U.S. ambassador", "the FBI Director", "the Chinese foreign minister": an actor's
official by role, the actor named before the role as its adjective (with a government's
modifiers only: 'the Chinese tour company director' is nobody's official)."""


@rule(
    "role_before_its_name",
    Phase.SPEAKER,
    off=(),
    examples=[
        Example(
            "The spokesman, Raj Shah, said those business issues had nothing to do with it.",
            ("us",),
            before=(
                "He stepped back to avoid antagonizing senior officials, according to a White "
                "House spokesman.",
            ),
        ),
        Example(  # allsides_korea EbHOKFmayLDedK6W, sentence 11
            "North Korea's deputy ambassador to the United Nations, Jang Il Hun, told Voice of "
            "America that nuclear talks were pointless.",
            ("dprk",),
        ),
        Example(  # allsides_korea c4sVOWssuTtDhVZa, sentence 11 (corpus audit, round 40)
            "The FBI director, James Comey, said the North Koreans got sloppy.",
            ("us",),
        ),
    ],
)
def role_before_its_name(view: SentenceView, segments: list[Segment]) -> tuple[Mention, ...]:
    """'The spokesman, Raj Shah, said …': a name the template does not know, set off after
    a role that points back ('the spokesman', 'the envoy'), is that role's holder: the role
    is the subject, and resolves to whom the article gave it; after an actor's role
    ("North Korea's deputy ambassador, Jang Il Hun, told …", 'The FBI director, James Comey,
    said …') the name is that actor's."""
    if len(segments) < 2 or segments[0][2].strip() != ",":
        return ()
    head_start, head_stop, _ = segments[1]
    if not NAME.fullmatch(view.text[segments[0][0] : segments[0][1]].strip()):
        return ()
    inside = view.between(head_start, head_stop)
    roles = [m for m in inside if m.key == MentionKind.PRONOUN and " " in m.text]
    if len(roles) == 1 and view.text[head_start:head_stop].strip() == roles[0].text:
        return (roles[0],)
    owner = inside[0] if inside and inside[0].is_actor else None
    if owner is None:
        return ()
    if _OWNERS_ROLE.fullmatch(view.text, owner.end, head_stop):
        return (owner,)  # "North Korea's deputy ambassador to the United Nations, Jang Il Hun,"
    before = view.text[head_start : owner.start].strip().lower()
    if before in ("", "the") and _ACTORS_ROLE.fullmatch(view.text, owner.end, head_stop):
        return (owner,)  # 'The FBI director, James Comey, said …'
    return ()


@rule(
    "appositive_head",
    Phase.SPEAKER,
    off=(),
    examples=[
        Example(
            "Even China, North Korea's closest ally, expressed concern about the test.",
            ("china",),
        ),
    ],
)
def appositive_head(view: SentenceView, segments: list[Segment]) -> tuple[Mention, ...]:
    """'Even China, North Korea's closest ally, expressed …': the head comes first."""
    if len(segments) < 2 or segments[0][2].strip() != ",":
        return ()
    head_start, head_stop, head_separator = segments[1]
    head = view.text[head_start:head_stop]
    if participle_opens(view, head_start, head_stop):
        return ()
    if not (
        _APPOSITIVE.match(view.text[segments[0][0] : segments[0][1]])
        and len(head.split()) <= 6
        and (head_start == 0 or head_separator.strip().strip(",") in ("", "”", '"'))
    ):
        return ()
    return subject_of(view.text, view.between(head_start, head_stop))


_ING_OPENER = re.compile(r"\s*[A-Za-z]+ing\s")
"""An -ing word opening a phrase ('Rebuffing Mr. Trump, …')."""


def participle_opens(view: SentenceView, start: int, stop: int) -> bool:
    """'Rebuffing Mr. Trump, the South Korean Defense Ministry said …': a phrase that opens
    with a participle (not a name such as 'Beijing') is no head of an appositive."""
    match = _ING_OPENER.match(view.text, start, stop)
    return match is not None and not any(
        m.start <= start + len(match.group()) - len(match.group().lstrip()) < m.end
        for m in view.between(start, stop)
    )


def name_before_its_role(
    view: SentenceView, segments: list[Segment], subject: tuple[Mention, ...]
) -> tuple[Mention, ...]:
    """'Sen. Jeff Flake, Arizona Republican and a frequent Trump critic, told …': an
    outside voice's role word in the apposition after a name the template does not know
    ('critic', 'Democrat', 'expert') is not the speaker: the name before it is. (The holder
    is an outside voice either way; the speaker line names the person.)"""
    if len(subject) != 1 or subject[0].key != MentionKind.OTHER:
        return subject
    if not ROLE_OVERRIDE.fullmatch(subject[0].text) or len(segments) < 2:
        return subject
    if segments[0][2].strip() != "," or segments[1][2].strip() not in ("", ",", "”", '"'):
        return subject
    if _OPENS_A_CLAUSE.match(view.text, segments[0][0]):
        return subject  # 'Patriot chose Richmond, where experts say …': a clause, no apposition
    head_start, head_stop, _ = segments[1]
    known = [m for m in view.between(head_start, head_stop) if m.key != MentionKind.OTHER]
    if known or not 1 < len(view.text[head_start:head_stop].split()) <= 6:
        return subject  # a name the template knows keeps its own rules; 'Nonetheless, …'
    return unknown_person(view.text, head_start, head_stop) or subject


_OPENS_A_CLAUSE = re.compile(
    r"\s*(?:where|when|which|who|whom|whose|as|because|while|if|after|before|since|though"
    r"|although|so|and|but|yet)\b"
)
"""A word that opens a clause: what follows it after a comma is no apposition to the name."""


_COUNTERPART = re.compile(r"\s*(?:his|her|its|their|the)\s")


_AND_ITS_ALLIES = re.compile(
    r"\s+and\s+(?:its|their|his|her)\s+(?:\w+\s+)?(?:allies|ally|partners?)\s+$"
)


@rule(
    "and_its_allies",
    Phase.SPEAKER,
    off=(),
    examples=[
        Example(
            "The U.S. and its allies South Korea and Japan are seeking immediate and "
            "verifiable removal of Pyongyang’s weapons.",
            ("us", "rok", "other"),
        ),
    ],
)
def allied_with(view: SentenceView, subject: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """'The U.S. and its allies South Korea and Japan are seeking …': the allies are named
    in apposition, and the actor before 'and its allies' is a subject too."""
    if not subject:
        return ()
    ally = _AND_ITS_ALLIES.search(view.text, 0, subject[0].start)
    if ally is None:
        return ()
    before = [m for m in view.mentions if m.end <= ally.start() and m.end >= ally.start() - 1]
    return tuple(m for m in before if m.is_actor)


_AND_OTHERS = re.compile(
    r"\s+and\s+(?P<others>(?:other|several|many|some|more\s+than\s+\w+)\s+"
    r"(?:\w+\s+)?(?:governments|countries|nations|powers|states|allies))\s+"
)


@rule(
    "and_other_governments",
    Phase.SPEAKER,
    off=(),
    examples=[
        Example(
            "The United States and several other countries have expressed doubt about the claim.",
            ("us", "other"),
        ),
    ],
)
def others_alongside(
    view: SentenceView, subject: tuple[Mention, ...], cue_start: int
) -> tuple[Mention, ...]:
    """'The United States and other governments have expressed doubt …': the other
    governments the subject names beside an actor hold the stance too, as outside voices
    (GUIDELINES 3: other governments are 'other')."""
    if not subject:
        return ()
    match = _AND_OTHERS.match(view.text, subject[-1].end, cue_start)
    if match is None or match.end() < cue_start - 24:
        return ()
    start, end = match.span("others")
    return (Mention(start, end, match.group("others"), MentionKind.OTHER),)


@rule(
    "first_conjunct_of_appositives",
    Phase.SPEAKER,
    off=(),
    examples=[
        Example(
            "In a telephone call on Monday, the US president, Donald Trump, and his South "
            "Korean counterpart, Moon Jae-in, agreed that the North posed a grave threat.",
            ("us", "rok"),
        ),
    ],
)
def first_conjunct(view: SentenceView, segments: list[Segment]) -> tuple[Mention, ...]:
    """'the US president, Donald Trump, and his South Korean counterpart, Moon Jae-in,
    agreed': a subject in apposition to ', and his counterpart' is the second of two; the
    first is the name just before ', and' (a name alone between commas)."""
    if len(segments) < 3 or segments[0][2].strip() != ",":
        return ()
    if segments[1][2].strip(" ,") != "and":
        return ()
    if not _COUNTERPART.match(view.text[segments[1][0] : segments[1][1]]):
        return ()
    start, stop, _ = segments[2]
    named = [m for m in view.between(start, stop) if m.is_actor or m.key == MentionKind.OTHER]
    whole = len(named) == 1 and not view.text[start : named[0].start].strip()
    return (named[0],) if whole and not view.text[named[0].end : stop].strip() else ()


@rule(
    "demonym_series",
    Phase.SPEAKER,
    off=(),
    examples=[
        Example(
            "Within minutes of the launch, South Korean, Japanese and US officials reported "
            "data about the location of the missile.",
            ("rok", "other", "us"),
        ),
    ],
)
def demonym_series(
    view: SentenceView, segments: list[Segment], subject: tuple[Mention, ...]
) -> tuple[Mention, ...]:
    """'South Korean, Japanese and US officials reported …', 'U.S., South Korean and
    Japanese officials said …': the nationalities before the subject's first one, each
    alone between commas, modify the same noun and so name speakers too."""
    if not subject or not is_demonym(subject[0].text):
        return ()
    earlier: list[Mention] = []
    first = subject[0]
    for number in range(len(segments) - 1):
        start, _, separator = segments[number]
        if separator.strip() != "," or view.text[start : first.start].strip():
            break
        before_start, before_stop, _ = segments[number + 1]
        named = [m for m in view.between(before_start, before_stop) if m.is_actor]
        if len(named) != 1 or view.text[before_start:before_stop].strip() != named[0].text:
            break
        earlier.insert(0, named[0])
        first = named[0]
    return tuple(earlier)


_SERIES_GLUE = re.compile(r"(?:\s|,|\band\b|\bthe\b)*")


@rule(
    "name_series",
    Phase.SPEAKER,
    off=(),
    examples=[
        Example(
            "Officials in South Korea, the United States and Japan say intelligence indicates "
            "that North Korea is ready to launch a missile.",
            ("rok", "us", "other"),
        ),
    ],
)
def name_series(
    view: SentenceView, segments: list[Segment], subject: tuple[Mention, ...]
) -> tuple[Mention, ...]:
    """'South Korea, the United States and Japan say …', 'Officials in South Korea, the
    United States and Japan say …': a subject of names joined by 'and' that ends a series
    has the names before it, each alone between commas, as speakers too (not an
    appositive's head: 'Even China, North Korea's closest ally, expressed …')."""
    start, stop, separator = segments[0]
    if len(segments) < 2 or separator.strip() != "," or len(subject) < 2:
        return ()
    if is_demonym(subject[0].text):  # 'South Korean, Japanese and US officials': demonym_series
        return ()
    named = [m for m in view.between(start, stop) if m.is_actor or m.key == MentionKind.OTHER]
    bounds = [start, *(edge for m in named for edge in (m.start, m.end)), stop]
    if len(named) < 2 or not all(
        _SERIES_GLUE.fullmatch(view.text, a, b)
        for a, b in zip(bounds[::2], bounds[1::2], strict=True)
    ):
        return ()
    earlier: list[Mention] = []
    for segment_start, segment_stop, glue in segments[1:]:
        inside = [
            m
            for m in view.between(segment_start, segment_stop)
            if m.is_actor or m.key == MentionKind.OTHER
        ]
        if not inside or view.text[inside[-1].end : segment_stop].strip():
            break
        lead = view.text[segment_start : inside[-1].start]
        role = bool(ROLE_PREPOSITION.search(lead))
        if not role and lead.strip() not in ("", "the"):
            return ()  # 'involving China, Japan, …, North Korea and the U.S.': an object
        earlier.insert(0, inside[-1])
        if role or glue.strip() != ",":
            break
    return tuple(earlier)


@rule(
    "relative_clause_head",
    Phase.SPEAKER,
    off=(),
    examples=[
        Example(
            "Trump, spending the weekend in Palm Beach, Florida, tweeted that the talks were "
            "going well.",
            ("us",),
        ),
    ],
)
def relative_head(view: SentenceView, before: int, cue_start: int) -> tuple[Mention, ...]:
    """'Trump, who is spending a weekend in Palm Beach, Florida, tweeted': the subject is the
    head of the relative clause, not the last capitalized word before the verb; unless a
    phrase or clause of its own opens after the relative clause's last comma ('…, who are
    more likely to vote Democratic, the lawsuit says', '…, though Mrs. Fiorina said')."""
    if _OWN_SUBJECT.match(view.text, before, cue_start):
        return ()
    head = RELATIVE_HEAD.search(view.text, 0, before)
    if not head:
        return ()
    return subject_of(view.text, [m for m in view.mentions if m.start < head.start()])


_OWN_SUBJECT = re.compile(
    r"\s*(?:[Tt]he|an?|his|her|its|their|this|these|those|though|although|but|and|while)\s+\S"
)


@rule(
    "unknown_person",
    Phase.SPEAKER,
    off=(),
    confidence=0.7,
    examples=[
        Example("“The talks will fail,” Wright warned.", ("other",)),
        Example(  # allsides_korea rFff8WUydCUD6yhg, sentence 17
            "But Kazianis also warned that Trump should not rush.",
            ("other",),
        ),
    ],
)
def unknown_person(text: str, start: int, stop: int) -> tuple[Mention, ...]:
    """'…," Wright said': a person the template does not know is an outside voice; also
    before a verb joined to the cue ('Ms. Sherry smiled and said')."""
    match = NAME.search(text[start:stop])
    if not match:
        joined = _JOINED_VERB.search(text, start, stop)
        match = NAME.search(text[start : joined.start()]) if joined else None
    if not match:
        return ()
    name, at = match.group(1), start + match.start(1)
    while name.split()[0] in _OPENING_WORDS:  # 'When Singer signed': the name is 'Singer'
        rest = name.split(maxsplit=1)
        if len(rest) < 2:
            return ()  # 'When asked …': no name at all
        at += name.index(rest[1])
        name = rest[1]
    tokens = name.split()
    if tokens[0] in NOT_NAMES or (len(tokens) == 1 and name in NOT_NAMES):
        return ()
    if PREPOSITIONS.search(text[max(0, at - 12) : at]):
        return ()  # '… on Twitter, said': a place or medium, not a person
    if name in _PREPOSITION_OPENERS and _GERUND.match(text, stop):
        return ()  # 'From vowing in September to …': a preposition before a gerund
    kind = MentionKind.PRONOUN if unnamed_body_role(text, at) else MentionKind.OTHER
    return (Mention(at, at + len(name), name, kind),)


_OPENING_WORDS = CLAUSE_OPENERS | {"But", "And", "Yet", "So"}
"""Capitalized words before a name that are not part of it ('When Singer signed', 'But
Kazianis also warned')."""
_PREPOSITION_OPENERS = frozenset("From With Without Despite Amid Besides Beyond".split())
"""Capitalized prepositions that open a sentence; 'From' is also a family name (Al From)."""
_GERUND = re.compile(r"\s*[a-z]+ing\b")

_JOINED_VERB = re.compile(r"\s+[a-z]+ed\s+and\s*$")
"""'… smiled and': a past-tense verb joined to the cue after the subject's name."""


@rule(
    "unnamed_body_role_resolves_back",
    Phase.SPEAKER,
    off=False,
    examples=[
        Example(  # allsides_korea 4tbmALyt7PuT4cev, sentences 38-39
            "“I can say we have no problem in crisis management,” deputy ministry spokesman Wee"
            " Yong-sub told reporters.",
            ("rok",),
            before=(
                "South Korea's Defense Ministry said its military is ready to deal with any "
                "provocation by North Korea.",
            ),
        ),
    ],
)
def unnamed_body_role(text: str, at: int) -> bool:
    """'…,” deputy ministry spokesman Wee Yong-sub told reporters', '…,” spokesman George
    Little told reporters': a person given a spokesman's role with no body named speaks
    for the body the article is speaking of (as 'the ministry's spokesman' does), not as
    an outside voice."""
    return bool(_BARE_ROLE.search(text, max(0, at - 60), at))


_BARE_ROLE = re.compile(
    r"(?:^|[,“”\"]\s*)(?:(?:[Dd]eputy|[Cc]hief|[Ss]enior|[Tt]op|[Vv]ice|[Mm]inistry"
    r"|[Pp]residential|[Ff]oreign|[Dd]efen[cs]e|[Uu]nification|[Ss]tate|[Tt]he|[Aa])\s+){0,3}"
    r"[Ss]pokes(?:man|woman|person)\s+$"
)
"""A spokesman's role opening the speaker's phrase with no body's name before it (after a
quotation or a comma: not 'Kremlin spokesman', 'Liberty Korea Party spokesperson')."""


@rule(
    "name_closes_the_sentence",
    Phase.SPEAKER,
    off=(),
    examples=[
        Example(
            "Pyongyang, which has tested six nuclear devices, will not give up its weapons, "
            "Snyder said.",
            ("other",),
        ),
    ],
)
def name_closes_the_sentence(
    view: SentenceView, span: tuple[int, int], cue_start: int
) -> tuple[Mention, ...]:
    """'…, which is well known in the district, Frankel said.': a name right before a saying
    verb that ends the sentence is its speaker, though a relative clause came before it
    (whose head speaks only where the verb goes on: 'Trump, who is in Palm Beach, Florida,
    tweeted that …')."""
    relative = _RELATIVE.search(view.text, 0, span[0])
    if not relative or view.quoted(relative.start()):
        return ()
    if not _SENTENCE_END_AFTER_CUE.match(view.text, cue_start):
        return ()
    return unknown_person(view.text, *span)


_RELATIVE = re.compile(r",\s+(?:who|which)\b")
_SENTENCE_END_AFTER_CUE = re.compile(
    r"[a-z]+(?:\s+(?:in\s+an?\s+\w+|on\s+\w+day|on\s+Twitter|\w+day|last\s+week))?\s*[.!?]?\s*$"
)


@rule(
    "with_phrase_subject",
    Phase.SPEAKER,
    off=NOTHING,
    examples=[
        Example(
            "The United States doesn't think so, with White House spokesman Josh Earnest "
            "saying the initial analysis is not consistent with the claims.",
            ("us",),
        ),
    ],
)
def with_phrase_subject(view: SentenceView, cue_start: int, cue_end: int) -> Found:
    """', with White House spokesman Josh Earnest saying …', ', with Japan warning …': the
    noun phrase between 'with' and a participle cue is its subject, not the sentence's."""
    if not view.text[cue_start:cue_end].endswith("ing"):
        return NOTHING
    match = _WITH_PHRASE.search(view.text, 0, cue_start)
    if not match or view.quoted(match.start("np")):
        return NOTHING
    start, stop = match.span("np")
    named = [m for m in view.between(start, stop) if m.key != MentionKind.MEDIA]
    if named:
        return Found((named[-1],))
    person = unknown_person(view.text, start, stop)
    return Found(person) if person else NOTHING


_WITH_TITLES = (
    r"press|deputy|spokes(?:man|woman|person)|secretary|minister|envoy|ambassador|official"
    r"|leader|president|adviser|chief|general|commander|senator"
)
_WITH_PHRASE = re.compile(
    r"(?:^|,\s*|\s)with\s+(?P<np>(?:the\s+)?[A-Z][\w.’'-]*"
    rf"(?:\s+(?:[A-Z][\w.’'-]*|(?:{_WITH_TITLES}))){{0,6}})"
    r"(?:\s+(?:\w+ly|at\s+one\s+point))?\s+$"
)
"""'…, with President Moon Jae-in (repeatedly) calling': capitalized words and titles only, up
to the cue."""


def _ends_near(text: str, cue_start: int) -> bool:
    """'…, X said in a statement.': little follows the cue, so it reports what came before."""
    return len(re.split(r"[,;]", text[cue_start:])[0].strip()) <= NEAR_CUE


def _is_appositive(segment: str, separator: str) -> bool:
    return (
        _soft(separator) in (",", "")
        and bool(separator.strip())
        and len(segment.split()) <= APPOSITIVE_WORDS
    )


# ---- a plain noun phrase as the subject -----------------------------------------------------

NOUN_PRONE = re.compile(
    r"states|reports|claims|claim|notes|note|posted|termed|called \w+|described|tweets|posts"
)
"""Saying words that are often nouns or need an object: no plain-phrase subject for them."""
_CONTENT_OPENS = re.compile(r"\s*(?::|that\b|[“\"])")
_NOUN_BEFORE = re.compile(
    r"(?:\b(?:on|over|of|about|amid|despite|for|to|false|news|such|these|those|the|his|her|its"
    r"|their|and|or)|['’]s|,)\s+(?:\w+\s+)?\w+$"
)
"""'over claims that', "Trump's false claims that", ', claims that': the word is a noun."""


def noun_prone(text: str, cue_start: int, cue_end: int) -> bool:
    """Whether a noun-prone saying word ('claims', 'notes') stands where it may be a noun."""
    return bool(NOUN_PRONE.fullmatch(text[cue_start:cue_end])) and not (
        noun_prone_verb_before_content(text, cue_end)
    )


@rule(
    "noun_prone_verb_before_content",
    Phase.SPEAKER,
    off=False,
    examples=[
        Example(
            "The lawsuit claims that Pyongyang hid its assets abroad.",
            ("other",),
        ),
    ],
)
def noun_prone_verb_before_content(text: str, cue_end: int) -> bool:
    """'the suit claims that …', 'The ad claims “Jeb is the conservative you can trust”',
    'X, a GOP consultant, notes that …': a word that is mostly a noun is a saying verb when
    'that', a colon or a quotation follows it, however far its subject stands."""
    if text[max(0, cue_end - 7) : cue_end] == "reports":
        return False  # 'news reports that …': the noun takes a 'that' clause as often
    if _VERB_BEFORE.search(text, max(0, cue_end - 40), cue_end):
        return False  # 'Trump dismissed claims that …': the object of a verb in the past
    return bool(_CONTENT_OPENS.match(text, cue_end)) and not _NOUN_BEFORE.search(
        text, max(0, cue_end - 40), cue_end
    )


_VERB_BEFORE = re.compile(r"\b[a-z]{3,}ed\s+[a-z]+$")
"""A verb in the past right before the word ('rejected claims', 'denied reports')."""
_NP_BOUNDARY = re.compile(r"[”\"]\s*,?\s*|[;:]\s+|\b(?:that|say|says|said)\s+|,\s*where\s+|^\s*")
_NP_LEAD = re.compile(
    rf"^(?:(?:but|and|or|yet|{SO_AS_CONJUNCTION}|still|however|meanwhile|now|then|also|instead"
    r"|indeed|later"
    r"|that[’']s\s+(?:when|why|how)|this\s+is\s+(?:when|why|how))\b,?\s*)+",
    re.IGNORECASE,
)
_NP_NOT_HEAD = re.compile(
    r"^(?:in|on|at|after|before|during|since|as|while|when|if|for|with|by|from|of|to|under"
    r"|over|asked|speaking|writing|like|unlike|despite|although|though|because|where|which"
    r"|who|whom|whose|including|according|[a-z]+ing)\b",
    re.IGNORECASE,
)
_NP_WORD = re.compile(r"[\w’'.%-]+")
_OPENING_ADVERB = re.compile(
    r"\s*(?:[A-Z][a-z]+ly|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Overall|Today|Yesterday"
    r"|Tonight|Earlier|Meanwhile|Separately|Similarly|Likewise|Moreover|Furthermore"
    r"|Nevertheless|Nonetheless|Again|Finally|Ultimately|(?:Last|This)\s+(?:week|month|year))\s*"
)


@rule(
    "plain_subject",
    Phase.SPEAKER,
    off=NOTHING,
    confidence=0.6,
    examples=[
        Example(
            "Election officials in Ohio said turnout was high, and Pyongyang was not mentioned.",
            ("other",),
        ),
        Example(  # allsides_korea dlTbKqJVwS2OJ247, sentences 1-2 (corpus audit, round 40)
            "Military officials promised to rain “sledgehammer blows” for the South’s protests.",
            ("dprk",),
            before=(
                "Ministers in Pyongyang demanded that South Korea apologize for its anti-North "
                "protests on Monday or face devastating attacks.",
            ),
        ),
    ],
)
def plain_subject(view: SentenceView, cue_start: int, cue_end: int) -> Found:
    """The noun phrase right before a saying verb ('election officials said', '“…,” Anne
    Richards, an assistant secretary, said') or right after an inverted one: a speaker the
    template and the role lists do not know is still a speaker. Before other verbs of
    speech only officials that no state names ('Military officials promised …')."""
    text = view.text
    if view.quoted(cue_start) or noun_prone(text, cue_start, cue_end):
        return NOTHING
    inverted = (
        invertible(text, cue_start)
        and bool(SAY.fullmatch(text[cue_start:cue_end]))  # not 'told the delegates'
        and _phrase_ends_sentence(text, cue_end)
    )
    before = max((m.end() for m in _NP_BOUNDARY.finditer(text, 0, cue_start)), default=0)
    before = max(
        before,
        dash_opens_clause(view, before, cue_start),
        common_noun_opens_clause(view, before, cue_start),
    )
    phrase = None if inverted else head_phrase(text, before, cue_start)
    if phrase:
        phrase = _phrase_subject(view, phrase)
    if phrase:
        return Found((speaks_for(view, phrase),), False)
    if invertible(text, cue_start):
        stop = AFTER_STOP.search(text, cue_end)
        phrase = head_phrase(text, cue_end, stop.start() if stop else len(text))
        if phrase and not _FINITE_IN_PHRASE.search(_AFTER_THE_PHRASE.split(phrase.text)[0]):
            return Found((speaks_for(view, phrase),), True)
    return NOTHING


_FINITE_IN_PHRASE = re.compile(rf"\b(?:{FINITE_AUXILIARIES})\b|\b[a-z]+ed\s+to\s+[a-z]")
"""A finite verb in the words after an inverted cue ('…, also said her group planned to take
part …'): they are what was said, not who said it ('said an official involved in the
talks' is a speaker, and so are 'said another source who had official knowledge …' and
'explained CBS moderator Nancy Cordes: “What does …': a relative clause or a quotation after
the phrase is not counted)."""
_AFTER_THE_PHRASE = re.compile(rf"\b(?:{RELATIVE_WORDS})\b|[:“\"]")


_CLAUSE_IN_PHRASE = re.compile(
    r"\b(?<!to )(?:is|are|was|were|has|have|had|said|says|did|does|do|will|would|can|could"
    r"|comes|came|come|began|begins|follows|followed|reacted|loomed|seemed|seems|appeared"
    r"|appears)\b"
    r"|^(?:What|When|Where|Why|How|If|Whether)\b"
)
_RELATIVE_IN_PHRASE = re.compile(rf"\b(?:{RELATIVE_WORDS})\b|[(—–]")
_TAIL_OPENER = re.compile(
    r".*\b(?:when|where|while|as|until|after|before|because|since|if|said|says)\s+", re.DOTALL
)
_TRAILING_AUXILIARY = re.compile(
    r"(?:\s+(?:has|have|had|is|are|was|were|will|would|can|could|did|does|do|long|also|not"
    r"|never|\w+ly|\w+n[’']t))+$"
)
_NAME_AT_END = re.compile(r"(?:^|\s)((?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w.’'-]*)$")
_TAIL_WORDS = 6
"""Words the noun phrase after 'when', 'until' … may have to be taken as the subject."""


@rule(
    "phrase_with_a_verb_is_no_subject",
    Phase.SPEAKER,
    off=False,
    examples=[Example("These were the third missile tests reported this year.", ())],
)
def holds_a_clause(phrase: str) -> bool:
    """'Here are some of the major tests reported …', 'The AP interview was conducted in
    Carson's home, … asked': words before a saying verb that hold a verb of their own (and no
    relative clause, whose verb is the subject's: 'the officials whose laws have been
    invalidated say') are a clause, not its subject. Its subject is then the name it ends
    on ('… were the third time AROS said'), or the noun phrase after 'when', 'until' … ('…
    was worded beautifully when she said'), or nobody."""
    return bool(_CLAUSE_IN_PHRASE.search(phrase)) and not _RELATIVE_IN_PHRASE.search(phrase)


def _phrase_subject(view: SentenceView, phrase: Mention) -> Mention | None:
    """The plain subject phrase without the cue's auxiliaries ('Cruz has long said'), and
    without a clause before it (see ``holds_a_clause``)."""
    auxiliary = _TRAILING_AUXILIARY.search(phrase.text)
    text = phrase.text[: auxiliary.start()] if auxiliary else phrase.text
    if not holds_a_clause(text):
        return _mention_at(view, phrase.start, text) if auxiliary else phrase
    named = _NAME_AT_END.search(text)
    opener = _TAIL_OPENER.match(text)
    if named and not opener:
        return _mention_at(view, phrase.start + named.start(1), named.group(1))
    if not opener:
        return None
    tail = text[opener.end() :]
    if not tail or len(tail.split()) > _TAIL_WORDS or _CLAUSE_IN_PHRASE.search(tail):
        return None
    return _mention_at(view, phrase.start + opener.end(), tail)


def _mention_at(view: SentenceView, start: int, text: str) -> Mention:
    """The words at ``start`` as a speaker: the actor or person they name when they name
    one ('… comes days after Washington'), else a phrase."""
    named = [m for m in view.between(start, start + len(text)) if m.key != MentionKind.MEDIA]
    if named:
        return named[-1]
    key = MentionKind.PRONOUN if text.lower() in ("he", "she", "they", "it") else generic_body(text)
    return Mention(start, start + len(text), text, key)


_DETERMINER_AFTER = re.compile(
    r"\s+(?:a|an|the|one|two|three|another|several|some|many|other)\s", re.IGNORECASE
)
"""'…, said a senior official': after an inverted saying verb, a noun phrase that opens with a
determiner is its speaker, not the clause before the comma."""
_VERB_AFTER = re.compile(
    rf"\b(?:{FINITE_AUXILIARIES}"
    r"|brought|came|went|took|made|gave|told|left|got|saw|knew|thought|found|felt)\b|\w+ed\b"
)
_APPOSITION_NEXT = re.compile(r"\s+(?:who|a|an|the)\s")
"""What may follow a speaker's noun phrase after a comma ('…, said a senior official, who
…'); anything else means the phrase was the start of the cue's content."""


def _phrase_ends_sentence(text: str, cue_end: int) -> bool:
    """Whether a short noun phrase with a determiner, and no verb, follows the cue up to the
    next comma or the sentence's end ('…, said one GOP source in the room.'), not the cue's
    content ('…, said the talks would resume', 'said some people were staying')."""
    if not _DETERMINER_AFTER.match(text, cue_end):
        return False
    rest, *after = re.split(r"[,;.!?]", text[cue_end:], maxsplit=1)
    ends = not after or not after[0].strip() or bool(_APPOSITION_NEXT.match(after[0]))
    return ends and len(rest.split()) <= 8 and not _VERB_AFTER.search(rest) and "“" not in rest


@rule(
    "opening_adverb_is_no_subject",
    Phase.SPEAKER,
    off=False,
    examples=[
        Example(
            "Separately, a statement said the North would launch more.",
            ("dprk",),
            before=("North Korea fired a missile on Sunday.",),
        ),
    ],
)
def sentence_adverb(part: str) -> bool:
    """'Monday, BuzzFeed announced …', 'Significantly, the judge said …': a weekday or a
    sentence adverb set off by a comma opens the sentence; the subject comes after it."""
    return bool(_OPENING_ADVERB.fullmatch(part))


def head_phrase(text: str, start: int, stop: int) -> Mention | None:
    """The first comma part of text[start:stop] that can head a subject noun phrase."""
    position = start
    for part in text[start:stop].split(","):
        begin = position
        position += len(part) + 1
        space = len(part) - len(part.lstrip())  # after a comma: ', but as of yet has …'
        lead = _NP_LEAD.match(part[space:])
        offset = space + lead.end() if lead else 0
        words = _NP_WORD.findall(part[offset:])
        if not words or _NP_NOT_HEAD.match(part[offset:].lstrip()):
            continue
        if position < stop - start and sentence_adverb(part[offset:]):
            continue  # 'Monday, BuzzFeed announced …', 'Significantly, the judge said …'
        if len(words) > NP_MAX_WORDS or PRONOUN.fullmatch(words[0]) and len(words) == 1:
            return _last_part(text, start, stop)
        body = part[offset:].strip()
        first = begin + offset + part[offset:].index(body)
        return Mention(first, first + len(body), body, generic_body(body))
    return None


_GENERIC_BODY = re.compile(
    r"(?:the|a|an|its|their|his|her)\s+(?:(?:(?-i:[a-z]+"
    r"|(?!(?:US|UK|UN|EU|ROK|DPRK|PRC)\b)[A-Z]{2,}|[A-Z][a-z]+(?=\s+[A-Z])"
    r"|[A-Z][a-z]+(?:an|ese)|Ministry|Department|Office|Council|Agency|Bureau|Command|House)"
    r"|foreign|defen[cs]e|state|unification|presidential|official|top|senior|\w+['’]s)\s+){0,3}"
    r"(?:ministry|ministry['’]s statement|statement|announcement|report|tweets?"
    r"|spokes(?:man|woman|person)"
    r"|officials?|government|embassy|agency|office|department|military|authorities"
    r"|delegation|leadership|regime|minister|secretary|envoy|ambassador|country|nation|kingdom"
    r"|dictator|administration|paper|newspaper|coast\s+guard|(?-i:Navy|Army|Air Force|Marines)"
    r"|(?:(?<=country's )|(?<=country’s )|(?<=nation's )|(?<=nation’s )|(?<=regime's )"
    r"|(?<=regime’s ))(?:leaders?|air\s+force|navy|army|armed\s+forces)"
    r"|(?<=country's top )(?:\w+\s+)?officer|(?<=country’s top )(?:\w+\s+)?officer"
    r"|(?<=nation's top )(?:\w+\s+)?officer|(?<=nation’s top )(?:\w+\s+)?officer)"
    r"(?:\s+(?:for|of|at)\s+(?:the|its)\s+(?:(?:foreign|defen[cs]e|unification|state)\s+)?"
    r"(?:ministry|government|military|embassy|office|department))?",
    re.IGNORECASE,
)
"""'a senior official', 'the Foreign Ministry's statement', 'a spokesman for the foreign
ministry': an institution or a role of one named without its state. A capitalised word
before a lower-case head names a state ('the Hong Kong government'), unless it is part of
the institution's name ('a Defense Ministry official') or a demonym."""


@rule(
    "institution_resolves_back",
    Phase.SPEAKER,
    off=MentionKind.OTHER,
    examples=[
        Example(
            "The Foreign Ministry's statement said experts would be invited.",
            ("dprk",),
            before=("North Korea will dismantle its nuclear test site this month.",),
        ),
        Example(  # allsides_korea xl3oULAUTCYCoaFg, sentence 32
            "The country claimed its fifth and most powerful nuclear test in September.",
            ("dprk",),
            before=("North Korea has launched more missiles this year than ever before.",),
        ),
        Example(  # allsides_korea qgtXY161nyNYnMJs, sentences 10-12
            "His subsequent tweets claimed China has had “little success” in stopping North "
            "Korea’s nuclear program.",
            ("us",),
            before=("Saturday morning, Trump tweeted his displeasure with the development.",),
        ),
        Example(  # allsides_korea fePCqh3KzTFwKbSk, sentences 5-8
            "The Navy called the exercise “routine” and said it is designed to improve combined "
            "maritime response.",
            ("us",),
            before=(
                "The Vinson was joined by two Japanese destroyers, the U.S. Navy said in a "
                "statement.",
            ),
        ),
        Example(  # allsides_korea Lc9NblzJMKZxSQJ1, sentences 21-22
            "The country's leaders say nuclear capabilities are its only deterrent.",
            ("dprk",),
            before=("North Korea has continued to carry out nuclear and ballistic missile tests.",),
        ),
        Example(  # allsides_korea HKqrHXM6BhKADyOb, sentences 12-13 (corpus audit, round 34)
            "Each bomb has an explosive yield of a ton, according to the country's air force.",
            ("rok",),
            before=(
                "Four F-15 fighters dropped eight MK-84 bombs, Seoul's presidential spokesman "
                "Park Su-hyun said.",
            ),
        ),
        Example(  # allsides_korea qU0r5r8dPzCFUaUm, sentence 7
            "It was not until three minutes later, the coast guard told CNN, that the crew "
            "made a distress call.",
            ("rok",),
            before=("The first call came from a boy, the South Korean coast guard confirmed.",),
        ),
        Example(  # allsides_korea er7arDiSNVcrOU6O, sentences 30-31
            "The report warned of the possibility of more tests, saying he ordered officials "
            "to send “gift packages” to the Yankees.",
            ("dprk",),
            before=(
                "State news agency KCNA quoted leader Kim Jong-un as saying the test was a "
                "“gift” to the Americans on their independence day.",
            ),
        ),
    ],
)
def generic_body(body: str) -> MentionKind:
    """'the Foreign Ministry's statement said', 'a senior official said', 'the report said',
    'His subsequent tweets claimed', 'The country claimed', 'The Navy said': an institution,
    a statement, a role or a state named without its name means the one the article is
    speaking of (resolved like a pronoun), not an outside voice; 'media reports', 'earlier
    reports' that name no maker carry the sentence as a news outlet does."""
    if UNOWNED_REPORT.fullmatch(body) or NATIONAL_MEDIA.fullmatch(body):
        return MentionKind.MEDIA
    if _GENERIC_BODY.fullmatch(body) or _BARE_OFFICIALS.fullmatch(body):
        return MentionKind.PRONOUN
    return MentionKind.OTHER


_BARE_OFFICIALS = re.compile(BARE_OFFICIALS, re.IGNORECASE)
"""'Officials said …', 'Military officials promised …': officials named by no state are the
government the article is speaking of, like 'the officials'."""


def _last_part(text: str, start: int, stop: int) -> Mention | None:
    """'Her comments were made on a messaging platform, officials said': after a long clause,
    the short phrase after its last comma is the speaker."""
    head, comma, tail = text[start:stop].rpartition(",")
    words = _NP_WORD.findall(tail)
    if not comma or not words or len(words) > NP_MAX_WORDS // 2:
        return None
    if _NP_NOT_HEAD.match(tail.strip()):
        return None
    body = tail.strip()
    first = start + len(head) + 1 + tail.index(body)
    return Mention(first, first + len(body), body, MentionKind.OTHER)


# ---- vetoes ---------------------------------------------------------------------------------

_NOUN_LIKE = re.compile(
    r"(?:notes|reports|claims|states|calls|demands|promises|offers|threats|hopes|fears|views"
    r"|doubts|signals|highlights|praises|requests|proposals|warnings|pledges|vows|sees)"
)
_PLURAL_NOUN_CUE = re.compile(
    r"(?:calls for|calls on|demands|threats|promises|offers|proposals|hopes"
    r"|views|fears|doubts|concerns|claims|reports|statements)"
)


@rule(
    "demonym_no_subject",
    Phase.VETO,
    off=False,
    examples=[
        Example(
            "North Korean demands for sanctions relief stalled the talks.",
            (),
        ),
    ],
)
def demonym_no_subject(mention: Mention, cue: str) -> bool:
    """'North Korean demands for …': a demonym before a plural noun is no subject."""
    return is_demonym(mention.text) and bool(_PLURAL_NOUN_CUE.fullmatch(cue))


@rule(
    "noun_far_from_subject",
    Phase.VETO,
    off=False,
    examples=[
        Example(
            "Kim Yo Jong sat next to her brother at the table scribbling notes.",
            (),
        ),
    ],
)
def noun_far_from_subject(text: str, speaker: Mention, cue_start: int, cue: str) -> bool:
    """'She … sat next to him scribbling notes': a word that is mostly a noun counts as a
    verb only right after its subject."""
    if not _NOUN_LIKE.fullmatch(cue) or speaker.start > cue_start:
        return False
    if noun_prone_verb_before_content(text, cue_start + len(cue)):
        return False
    return len(text[speaker.end : cue_start].split()) > INVERTED_GAP


@rule(
    "subordinate_subject",
    Phase.VETO,
    off=False,
    examples=[
        Example(
            "The talks will collapse if Washington withdrew its offer, the paper said.",
            (),
        ),
        Example(  # allsides_korea OrONL4DtIQVcFcru, sentence 31
            "Moon told Trump the door should remain open to dialogue, provided Pyongyang agreed "
            "to abandon its nuclear programme.",
            ("rok",),
        ),
    ],
)
def subordinate_subject(text: str, speaker: Mention, cue: tuple[int, str]) -> bool:
    """'since it conducted its first test', 'if Washington withdrew', 'provided Pyongyang
    agreed': a conditional or time clause reports no stance of its own. But a report told
    in a time clause is one ('Mr. Xi appeared to be speaking of North Korea when he said
    that …', '… came shortly before South Korea's presidency announced …'): its speaker
    stays when the cue is the clause's own verb."""
    before = text[max(0, speaker.start - 16) : speaker.start]
    window = max(0, speaker.start - 10)
    found = SUBORDINATE.search(text[window : speaker.start])
    if not found or _CLEFT.search(before):
        return False
    at, word = cue
    if _TIME.match(found.group()) and _TOLD.fullmatch(word) and "," not in text[speaker.end : at]:
        return False
    return not main_clause_is_empty(text[: window + found.start()])


@rule(
    "as_clause_is_background",
    Phase.VETO,
    off=False,
    examples=[
        Example(
            "As North Korea fired missiles, South Korea said it would respond strongly.",
            ("rok",),
        ),
        Example(
            "As the preparations progressed and North Korea released three American captives "
            "this month, there was growing optimism about the summit.",
            (),
        ),
    ],
)
def as_clause_is_background(text: str, speaker: Mention, word: str) -> bool:
    """'As North Korea fired missiles, South Korea said …', 'As Kerry visited the Japanese
    capital, North Korea responded …': a deed told in a clause opened by 'as' is the time
    or the reason of the main clause, as after 'when' or 'since' (``subordinate_subject``),
    no stance of its own. Words and stances stay ('As Lankov points out, …', '…, as Beijing
    called on its neighbor to halt its tests'): they are positions however they are put."""
    if REPORT_ONLY.search(word) or SPEECH_ONLY.search(word) or STANCE_ONLY.search(word):
        return False
    start = text.rfind(",", 0, speaker.start) + 1
    found = _AS_OPENING.match(text, start, speaker.start)
    return found is not None and found.end() == speaker.start


_AS_OPENING = re.compile(
    r"[\s\"“‘']*(?:[Aa]s)\s+(?:[^,;:“\"]*?\s+(?:and|while)\s+)?"
    r"(?:(?:the|[A-Z][\w.’'-]*)\s+){0,4}"
)
"""'As ' at the start of the sentence or after a comma, before the speaker (perhaps after
another clause joined by 'and': 'As the preparations progressed and North Korea …', or a
title: 'as Mr. Trump')."""
_TOLD = re.compile(
    r"(?:\w+ly\s+)?(?:said|says|say|told|tells|reported|reports|announced|announces|declared"
    r"|wrote|writes|tweeted|warned|warns|signed|agreed|pledged|vowed|promised|asked|asks"
    r"|called|accused)"
)
_TIME = re.compile(r"\b(?:when|after|before|once|until|where)\b", re.IGNORECASE)


@rule(
    "main_clause_is_empty",
    Phase.VETO,
    off=False,
    examples=[
        Example(
            "Many were surprised when Trump suspended joint military exercises with South Korea.",
            ("us",),
        ),
    ],
)
def main_clause_is_empty(main: str) -> bool:
    """'Many were surprised when Trump suspended …', 'It came when Rep. Doug Lamborn began …':
    a main clause that carries no content of its own leaves the time clause as the
    sentence's content (guidelines 4.3), so its speaker is no background."""
    return bool(_EMPTY_MAIN_CLAUSE.fullmatch(main))


_EMPTY_MAIN_CLAUSE = re.compile(
    r"\s*(?:(?:[Mm]any|[Ss]ome|[Mm]ost|[Ff]ew|[Oo]thers|[Oo]bservers|It|This|That)\s+"
    r"(?:were|was|is|are|came|comes|seemed|appeared)(?:\s+\w+){0,2}"
    r"|(?:The|His|Her|Its|Their|This|That|[A-Z][\w’'-]*['’]s)(?:\s+[\w’'-]+){0,5}?"
    r"\s+(?:came|comes|come)(?:\s+(?:out|just|only|shortly|less|than|a|an|one|two|three"
    r"|four|five|six|several|few|\d+|days?|hours?|weeks?|months?|the|day)){0,4})\s*"
)
"""A subject with no content of its own and a verb of reaction or timing, then the clause:
'Many were surprised when …', 'His comments came a day after …' (GUIDELINES 4.3, dev
3aqb 19: 'The North's announcement comes days after Washington announced …')."""


_CLEFT = re.compile(r"\b(?:That|This|It)(?:['’]s| is| was)\s+(?:when|where)\s+$")
"""'That's when North Korea told U.S. officials …': a cleft, whose 'when' opens the main
clause itself."""
