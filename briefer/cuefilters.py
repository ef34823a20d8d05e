"""Cue filters for words that look like cues: verbs that report speech only in a
reporting frame ('“…,” he continued'), and saying words that report nothing where they stand
('swing states', 'That said,', 'the U.S. added 292,000 jobs', a reporter's credit line)."""

from __future__ import annotations

import re

from .lexicon import AUXILIARIES, INFINITIVE_CUE, PARTICIPLE, PLURAL_PRESENT
from .patterns import holds_any
from .rules import Example, Phase, rule
from .subjects import is_demonym
from .when import WEEKDAYS

_QUOTE_AFTER = re.compile(
    r"\s*[,:]?\s*[“\"‘']|\s+that\b|\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*:|\s*:\s*$"
)
"""After the verb: a quotation ('he continued, “…'), 'that', the speaker's name and a colon
('Continued Stone: …'), or a colon that ends the sentence ('Trump continued:', its
quotation the next paragraph)."""
_QUOTE_BEFORE = re.compile(r"[,.!?—–-]\s*[”\"’']\s*(?:[\w.’'-]+\s+){1,4}$")


def after_comma(text: str, start: int) -> bool:
    """A comma right before, also inside a closing quotation mark ('… “suicidal,” adding')."""
    return text[:start].rstrip().rstrip('”"’').endswith(",")


@rule(
    "frame_verb_is_cue",
    Phase.CUE_FILTER,
    off=False,
    examples=[
        Example(
            "“The sanctions will stay,” Pompeo continued.",
            ("us",),
        ),
        Example(
            "The sanctions will stay until the North disarms, Pompeo continued.",
            ("us",),
        ),
        Example(
            "Kim Yo Jong sat beside her brother, telling him the talks had failed.",
            ("dprk",),
        ),
        Example(
            "A retired general surprised the panel by telling Chinese officials that the drills "
            "would go on.",
            ("other",),
        ),
        Example(
            "The test sparked a fresh debate, with Defense Secretary Jim Mattis telling "
            "reporters that diplomacy had not failed.",
            ("us",),
        ),
        Example(
            "The first tweet read only “After consultation with my Generals and military "
            "experts, please be advised that the United States Government will not accept or "
            "allow …”",
            ("us",),
            before=("President Trump announced the ban on Twitter on Wednesday.",),
        ),
        Example(  # PolNeAR dev breitbart_2016-09-15 …_4e07: the quotation is the next paragraph
            "Caddell continued:",
            ("other",),
            before=("Pat Caddell spoke on Monday.",),
            paragraphs=True,
        ),
    ],
)
def frame_verb_is_cue(text: str, match: re.Match[str]) -> bool:
    """'“…,” he continued', 'He continued, “…', 'Continued Stone: “…', ', telling
    reporters …', '… by telling Chinese officials …', 'The statement read: “…”': a verb that
    reports speech only in a reporting frame (next to a quotation, as a participle after a
    comma or after 'with' and a name, or as a gerund after 'by', 'after', 'while' …; 'read'
    after a document and before its quoted words) is a cue there; 'the talks continued',
    'he read a book' are none."""
    start, end = match.span("cue")
    if match.group("cue").endswith("ing"):
        return (
            after_comma(text, start)
            or gerund_after(text, start) is not None
            or bool(_WITH_NAME_BEFORE.search(text, 0, start))
        )
    if match.group("cue").endswith("read"):  # 'The statement read: “…”', not 'he read a book'
        return bool(_DOCUMENT_BEFORE.search(text, 0, start) and _WORDS_AFTER.match(text, end))
    return bool(
        _QUOTE_AFTER.match(text, end)
        or _QUOTE_BEFORE.search(text, 0, start)
        or (_TAG_BEFORE.search(text, 0, start) and _TAG_END.fullmatch(text, end))
    )


_WITH_NAME_BEFORE = re.compile(r"\bwith\s+(?:[\w.’'-]+\s+){0,5}?[A-Z][\w.’'-]*\s+$")
"""'…, with Senator John McCain telling reporters …': 'with' and a name before the
participle, the frame of a report like ', telling reporters'."""
_DOCUMENT_BEFORE = re.compile(
    r"\b(?:statement|tweet|letter|message|communique|readout|post|note)\s+$", re.IGNORECASE
)
_WORDS_AFTER = re.compile(r"(?:\s+(?:only|in\s+part))?\s*[,:]?\s*[“\"‘]")
"""'The first tweet read only “After consultation with my Generals …”', 'The statement read:
“…”': a document's words, quoted after 'read'."""
_TAG_BEFORE = re.compile(r",\s+(?:he|she|[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){0,2})\s+$")
_TAG_END = re.compile(r"\s*[.!]?\s*")
"""'…, the president may be playing the madman, Kelly continued.': a tag that closes an
unquoted sentence of speech."""


_GERUND = re.compile(r"\b(?:by|after|before|while|when|including)\s+(?:\w+ly\s+)?$")


def gerund_after(text: str, start: int) -> int | None:
    """Where the preposition starts that a gerund follows ('… tried an olive branch by
    telling Clinton …', '… was booed after telling holdouts …'): a gerund of means or time,
    whose subject is the main clause's."""
    found = _GERUND.search(text, max(0, start - 16), start)
    return found.start() if found else None


_WRITTEN_SUBJECT = re.compile(
    r"(?:\b(?:it|he|she|this|which|that|document|text|ad|law|letter|report|statement|bill"
    r"|order|release|rule|resolution|declaration|memo|constitution|treaty|passage|verse|filing"
    r"|complaint|lawsuit|motion|website|page|sign|note|post|message|email|tweet|policy"
    r"|agreement|plan|platform|manual|book|article|editorial|narrator|voice-over)|[”\"—–])"
    r"\s+(?:(?:also|clearly|explicitly|plainly|further)\s+)?$",
    re.IGNORECASE,
)


@rule(
    "states_is_plural_noun",
    Phase.CUE_FILTER,
    off=False,
    examples=[
        Example("Moon praised Trump in several states.", ("rok",)),
    ],
)
def states_is_plural_noun(text: str, start: int) -> bool:
    """'swing states', 'in states like Ohio', 'both states': 'states' is a plural noun far
    more often than a verb; it reports only after a pronoun or a text that can state
    something ('the document states', 'It states that …', '…,” the ad states')."""
    return not _WRITTEN_SUBJECT.search(text, max(0, start - 40), start)


_FIXED_PHRASE = re.compile(
    r"(?:,\s*say\s*,|\b(?:[Tt]hat|[Ee]nough|[Hh]aving)\s+said\b|\b[Aa]ll\s+told\b"
    r"|\bneedless\s+to\s+say\b|\b[Ss]uffice\s+(?:it\s+)?to\s+say\b)"
)


@rule(
    "fixed_phrase_no_cue",
    Phase.CUE_FILTER,
    off=False,
    examples=[
        Example(
            "Pyongyang would need to take a first step, say, a freeze at Yongbyon, analysts "
            "believe.",
            ("other",),
        ),
    ],
)
def fixed_phrase_no_cue(text: str, cue: tuple[int, int]) -> bool:
    """'That said, …', 'All told, …', 'instead of, say, the Democrats', 'needless to say':
    a saying verb inside a fixed phrase reports nobody's words."""
    if not may_be_fixed_phrase(text[: cue[1] + 2]):
        return False
    return any(m.start() <= cue[0] < m.end() for m in _FIXED_PHRASE.finditer(text, 0, cue[1] + 2))


def may_be_fixed_phrase(text: str) -> bool:
    """Whether ``_FIXED_PHRASE`` can match in ``text``: each phrase holds two plain strings
    (', say,': ',' and 'say'; 'That said': 'hat' and 'said'; 'All told': 'll' and 'told'),
    and 85% of the texts before a cue (another verb, or a 'said' with no 'that' before it)
    hold neither pair, so the search, tried at every position, is skipped."""
    return (
        ("say" in text and "," in text)
        or ("said" in text and ("hat" in text or "nough" in text or "aving" in text))
        or ("told" in text and "ll" in text)
        or "needless" in text
        or "uffice" in text
    )


_CREDIT = re.compile(
    r"\s*(?:[A-Z][\w.’'-]*\s+){1,3}(?:and\s+(?:[A-Z][\w.’'-]*\s+){1,3})?reported\s+from"
    r"\s+[A-Z][\w.’' -]*(?:,\s*[A-Z][\w.’' -]*)*(?:\s+and\s+[A-Z][\w.’' -]*)?\.?\s*"
)


@rule(
    "reporting_credit_no_cue",
    Phase.CUE_FILTER,
    off=False,
    examples=[
        Example("Jane Perlez reported from Beijing.", ()),
    ],
)
def reporting_credit_no_cue(text: str) -> bool:
    """'Lerer reported from Los Angeles.': a reporter's credit line at the end of an article
    says where the story was written, not what anyone said (GUIDELINES 5: boilerplate)."""
    return bool(_CREDIT.fullmatch(text))


_ADD = re.compile(r"(?:\w+\s+)*(?:add|adds|added|adding)")
_ADD_OBJECT = re.compile(
    r"-|\s+(?:to|up|another|more|new|additional|\d|some|around|nearly|almost|over|his|her"
    r"|its|their|our|one|two|three)\b"
)


@rule(
    "add_with_object_no_cue",
    Phase.CUE_FILTER,
    off=False,
    examples=[
        Example("The new sanctions added to the pressure on Pyongyang.", ()),
    ],
)
def add_with_object_no_cue(text: str, match: re.Match[str]) -> bool:
    """'Clinton is adding to her delegate lead', 'the U.S. added around 292,000 jobs',
    'value-added tax': 'add' with an object or 'to' reports no words; '… he added', 'added
    that', 'added, “…' do."""
    start, end = match.span("cue")
    if not _ADD.fullmatch(text[start:end]) or re.search(r"[”\"’'],?\s*(?:\S+\s+)?$", text[:start]):
        return False  # '“…,” added another Democrat', '“…,” Trump added to People'
    return text[start - 1 : start] == "-" or bool(_ADD_OBJECT.match(text, end))


_TOLD_TO = re.compile(
    r"(?:invited|urged|told|ordered|allowed|forced|encouraged|pressed|pressured|instructed"
    r"|directed|authorized|permitted|advised|warned|persuaded|reminded)"
)
_TO_VERB = re.compile(r"\s+(?:\w+ly\s+)?to\s+[a-z]")


@rule(
    "told_to_is_passive",
    Phase.CUE_FILTER,
    off=False,
    examples=[
        Example(
            "The flight left Beijing on Tuesday without the South Korean reporters originally "
            "invited to attend.",
            (),
        ),
    ],
)
def told_to_is_passive(text: str, match: re.Match[str]) -> bool:
    """'reporters invited to attend', 'was urged to return': a verb that takes the one
    told as its object ('invited them to', 'urged Pyongyang to') with 'to' right after it
    has lost that object to a passive; whoever stands before it was told, and said nothing.
    'asked to meet' and 'agreed to' keep their subject: the asker wants it done."""
    start, end = match.span("cue")
    return bool(_TOLD_TO.fullmatch(text[start:end])) and bool(_TO_VERB.match(text, end))


_FOR_WORK = re.compile(
    r"\s+(?:back\s+)?(?:for|to)\s+(?:work|duty|their\s+jobs?|the\s+factor(?:y|ies))\b"
)


@rule(
    "reported_for_work_no_cue",
    Phase.CUE_FILTER,
    off=False,
    examples=[
        Example(
            "On Tuesday, the South Korean Unification Ministry said the North Korean workers "
            "hadn't reported for work in the district.",
            ("rok",),
        ),
    ],
)
def reported_for_work(text: str, match: re.Match[str]) -> bool:
    """'the workers hadn't reported for work': showing up is no report of anyone's words."""
    start, end = match.span("cue")
    return text[start:end].startswith("report") and bool(_FOR_WORK.match(text, end))


_OBJECT_BEFORE = re.compile(
    r"(?:\b(?:of|in|on|with|for|to|at|about|from|under|into|has|have|had)"
    r"|\b(?:has|have|had)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en))"
    r"\s+(?:the|a|an|its|his|her|their|this|these|those)\s+(?:[\w-]+\s+){0,3}?[a-z][\w-]*\s+$"
)
_PLACE_AFTER = re.compile(r"\s+(?:in|at|on|during|under)\s+(?:the|a|an|its|his|her|their)\b")
_DOCUMENT_THEN_TIME = re.compile(
    r"\b(?:statement|report|letter|message|memo|readout|notice|document|video|footage|photos?"
    r"|images?|transcript|commentary|editorial|article|tweet|plan|proposal|poll|survey|data)\s+$"
)
_TIME_AFTER = re.compile(
    rf"\s+(?:(?:on\s+|late\s+|early\s+)?(?:{'|'.join(WEEKDAYS)})\b"
    r"|(?:last|this|earlier)\s+(?:week|month|year|morning|afternoon|evening|night)\b"
    r"|(?:earlier\s+)?(?:today|yesterday|overnight)\b)"
)
"""A time after a document's participle: 'in a statement released Wednesday morning' (after
any other noun the verb may be the clause's own: 'The head of the North Korean delegation
warned Tuesday …')."""
_THAT_AFTER = re.compile(r"[^.;]{0,60}\bthat\b")


@rule(
    "participle_after_its_noun_is_passive",
    Phase.CUE_FILTER,
    off=False,
    examples=[
        Example(
            "But he did not rule out that the North has achieved the capability revealed in "
            "the DIA report.",
            ("us",),
            before=("Army Gen. Martin Dempsey, the chairman of the Joint Chiefs, spoke.",),
        ),
        Example(  # allsides_korea GC1FA9qHn8KsGj0q, sentence 18 (corpus audit, round 41)
            "Tony Kim's family thanked Mr. Trump in a statement released Wednesday morning, "
            'saying: "We are very grateful for the release of our husband and father."',
            ("other",),
        ),
    ],
)
def participle_after_its_noun(text: str, match: re.Match[str]) -> bool:
    """'has achieved the capability revealed in the DIA report': a participle right after
    the noun phrase a verb or a preposition governs, then a place ('in the report') or, after
    a document, a time ('in a statement released Wednesday morning'), is a relative clause
    without its pronoun and without an agent; nobody before it speaks (with
    'by X' after it, X does: ``reduced_relative_agent``)."""
    start, end = match.span("cue")
    return (
        bool(PARTICIPLE.fullmatch(text, start, end))
        and bool(_OBJECT_BEFORE.search(text, max(0, start - 60), start))
        and bool(
            _PLACE_AFTER.match(text, end)
            or (
                _DOCUMENT_THEN_TIME.search(text, max(0, start - 20), start)
                and _TIME_AFTER.match(text, end)
            )
        )
        and not _THAT_AFTER.match(text, end)
    )


_PASSIVE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|been|be|being)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en)\s+(?:and|or)\s+$"
)


@rule(
    "second_participle_of_a_passive",
    Phase.CUE_FILTER,
    off=False,
    examples=[
        Example("North Korea’s state TV said the test was “examined and confirmed.”", ("dprk",)),
    ],
)
def second_participle_of_a_passive(text: str, match: re.Match[str]) -> bool:
    """'the test was examined and confirmed': a participle joined by 'and' to the participle
    of a passive is passive too; nobody confirms there (the verb before 'and' had taken
    the clause's subject, 'North Korea’s state TV', as a phrase of an outside voice)."""
    start, end = match.span("cue")
    before = text[max(0, start - 60) : start].replace("“", "").replace('"', "")
    return bool(PARTICIPLE.fullmatch(text, start, end)) and bool(_PASSIVE_BEFORE.search(before))


def reports_nothing(text: str, match: re.Match[str]) -> bool:
    """Whether a cue word found by the lexicon reports nobody's words where it stands."""
    start, end = match.span("cue")
    return (
        fixed_phrase_no_cue(text, (start, end))
        or reporting_credit_no_cue(text)
        or add_with_object_no_cue(text, match)
        or told_to_is_passive(text, match)
        or participle_after_its_noun(text, match)
        or second_participle_of_a_passive(text, match)
        or reported_for_work(text, match)
        or (match.group("cue").lower().endswith("states") and states_is_plural_noun(text, start))
        or (match.group("cue").lower() in FEELING_NOUNS and feeling_is_noun(text, start))
        or (
            match.re is not INFINITIVE_CUE
            and match.group("cue").lower().rsplit(None, 1)[-1] in PLURAL_PRESENT
            and not plural_present_needs_its_subject(text, match)
        )
        or (match.group("cue").lower() == "support" and support_is_noun(text, start))
    )


_MODIFIER_BEFORE = re.compile(
    r"\b(?:the|its|his|her|their|our|a|an|no|any|some|more|much|little|of|for|off|with"
    r"|without|strong|full|broad|firm|tacit|vital|continued|unwavering|[a-z]+(?:al|ic|ary|ect))"
    r"\s+$"
)


_SUPPORT_TAKEN = re.compile(
    r"(?:\d\s*%|\d\s+percent|\bper\s+cent|\bwhose|\w['’]s?|\b(?:has|have|had|having"
    r"|lose|loses|losing|lost|gain|gains|gained|gaining|win|wins|winning|won"
    r"|draw|draws|drew|drawing|garner(?:s|ed|ing)?|attract(?:s|ed|ing)?"
    r"|generat(?:e|es|ed|ing)|maintain(?:s|ed|ing)?|(?:pick|shore)(?:s|d|ed|ing)?\s+up"
    r"|solidif(?:y|ies|ied|ying)|build|builds|building|built|rall(?:y|ies|ied|ying)"
    r"|coalesc(?:e|es|ed|ing)|accept(?:s|ed|ing)?|pursu(?:e|es|ed|ing)|provid(?:e|es|ed|ing)"
    r"|lend|lends|lent|lending|show|shows|showed|showing|enjoy(?:s|ed|ing)?"
    r"|receiv(?:e|es|ed|ing)|declar(?:e|es|ed|ing)|erosion\s+in|drop\s+in|bipartisan"
    r"|establishment|deep|open|past|previous|lingering|long-standing|landslide|popular"
    r"|Republican|Democratic))\s+$"
)
"""Words after which 'support' is a noun: a share, a possessive, a verb that takes it as its
object, an adjective the general pattern misses."""
_SUPPORT_OF = re.compile(r"\s+(?:for|among|from)\b")
"""'support for him', 'support among voters', 'support from China': the noun."""


@rule(
    "support_is_noun",
    Phase.CUE_FILTER,
    off=False,
    examples=[
        Example(
            "North Korea’s military depends on spare parts and technical support from China.",
            (),
        ),
        Example(  # corpus YgLh 22: a generic nominal position in the writer's analysis
            "In the past, North Korean support for denuclearisation of the “Korean peninsula” "
            "has been code for the removal of US troops from the South.",
            (),
        ),
    ],
)
def support_is_noun(text: str, start: int) -> bool:
    """'technical support from China', 'cutting off support for …', 'its support': after a
    determiner, an adjective or a preposition 'support' names a thing, not a stance
    ('Washington and Seoul support the plan'); so it does after a share ('45 percent
    support'), a possessive ('Beijing's support'), a verb that takes it as its object
    ('has lost support', 'drew support from') and before 'for', 'among' or 'from' ('support
    for him has grown')."""
    return bool(
        _MODIFIER_BEFORE.search(text, max(0, start - 30), start)
        or _SUPPORT_TAKEN.search(text, max(0, start - 30), start)
        or _SUPPORT_OF.match(text, start + len("support"))
    )


FEELING_NOUNS = frozenset({"doubt", "fear", "worry"})
"""Stance verbs in the plural present that are nouns as often ('little doubt', 'in constant
fear', 'the paramount worry')."""
_PLURAL_SUBJECT_BEFORE = re.compile(
    r"(?:\b(?:[\w-]*[^\W'’s]s|they|we|I|you|who|many|most|few|some|others|people|all|both"
    r"|also|still|now|often|[a-z]+ly)|\b[A-Z][\w.-]*)(?:,\s+\w+,)?\s+$"
)


@rule(
    "feeling_is_noun",
    Phase.CUE_FILTER,
    off=False,
    examples=[
        Example(
            "Even if it wasn't an H-bomb, there's little doubt that North Korea did conduct "
            "a new nuclear test.",
            (),
        ),
    ],
)
def feeling_is_noun(text: str, start: int) -> bool:
    """'there's little doubt that …', 'live in constant fear', 'are the paramount worry':
    'doubt', 'fear' and 'worry' are verbs only after a plural subject, a pronoun or an
    adverb ('many experts doubt …', 'Officials in Seoul worry that …', 'they also fear',
    'analysts, however, doubt …')."""
    return not _PLURAL_SUBJECT_BEFORE.search(text, max(0, start - 40), start)


_AUXILIARY_IN_CUE = re.compile(r"(?:has|have|had|was|were|will|would)\s", re.IGNORECASE)


@rule(
    "plural_present_needs_its_subject",
    Phase.CUE_FILTER,
    off=True,
    examples=[
        Example("The Chinese caution reflects Beijing’s fear of a collapse in Pyongyang.", ()),
    ],
)
def plural_present_needs_its_subject(text: str, match: re.Match[str]) -> bool:
    """'Analysts caution that …', 'The United States and South Korea contend …', 'they
    also warn': a saying verb in the plural present (``lexicon.PLURAL_PRESENT``) stands right
    after its plural subject, a pronoun or an adverb; elsewhere the word is an infinitive
    ('to warn'), a verb after a modal ('will urge') or a noun ('urged caution', 'the
    Chinese caution'), or after an auxiliary the cue's adverbs hold ('would insist')."""
    start = match.start("cue")
    if _AUXILIARY_IN_CUE.match(match.group("cue")):
        return False
    before = text[max(0, start - 40) : start]
    words = before.split()
    last = words[-1] if words else ""
    demonym = last[:1].isupper() and is_demonym(last)
    return bool(_PLURAL_SUBJECT_BEFORE.search(before)) and not demonym


_MAY_SAY = re.compile(r"\b(?:may|might|could)(?:\s+\w+ly)?\s+$")
"""Modals of a guess, in lower case (not Theresa May); not 'can', which states an ability
('I can tell you …' asserts)."""
MAY_SAY_REACH = 24
"""How far before its verb a modal may stand ('may well say')."""


@rule(
    "hypothetical_speech",
    Phase.CUE_FILTER,
    off=False,
    examples=[
        Example(
            "North Korea may say it’s dismantling its nuclear arsenal or ceasing plutonium "
            "production or whatever.",
            (),
        ),
        Example(
            "As a result, Americans are in no position to trust the things he might tell them "
            "in a crisis.",
            (),
            before=("Trump has made empty threats throughout his career.",),
        ),
    ],
)
def hypothetical_speech(text: str, start: int) -> bool:
    """'North Korea may say it is dismantling …', 'the things he might tell them': a speech
    act the writer imagines (a modal right before the verb) is no statement of the actor's,
    but the writer's analysis; unless the words follow ('Graham can say with a straight face
    such madness as, "…"': he did say it)."""
    if not _MAY_SAY.search(text, max(0, start - MAY_SAY_REACH), start):
        return False
    return not re.search(r"[\"“]", text[start:])


_CAUSATIVE = re.compile(
    r"\b(?:make|makes|made|making|let|lets|letting)\s+(?:(?:the|a|an|another|any|other|its"
    r"|their|his|her)\s+)?(?:[a-z][\w-]*\s+){0,2}$"
)
_BARE = re.compile(r"[a-z]+(?<!ed)(?<!s)")


@rule(
    "causative_is_no_subject",
    Phase.CUE_FILTER,
    off=False,
    examples=[
        Example(  # Vox, 4 July 2017 (corpus audit, set 3116)
            "It didn’t go as far as it could because it was shot at a high trajectory, likely "
            "to ensure it didn’t make another country believe it was being attacked.",
            (),
            before=("The Hwasong-14 flew for 37 minutes, according to US Pacific Command.",),
        ),
    ],
)
def causative_is_no_subject(text: str, match: re.Match[str]) -> bool:
    """'… to ensure it didn’t make another country believe it was being attacked': a bare
    verb after 'make'/'let' and its object is what the object is made to do; the one it
    speaks or thinks for is that object ('another country'), never the sentence's subject.
    An object the template names ('made Kim promise') is left to speak."""
    cue = match.group("cue")
    if not _BARE.fullmatch(cue):
        return False
    before = _CAUSATIVE.search(text, max(0, match.start("cue") - 40), match.start("cue"))
    return before is not None and not re.search(r"[A-Z]", before.group())


_ANYTHING = re.compile(r"\s+(?:anything|a\s+(?:single\s+)?word)\b")


@rule(
    "saying_anything_is_no_statement",
    Phase.CUE_FILTER,
    off=False,
    examples=[
        Example(  # the Guardian, 27 April 2018 (corpus audit, set 3117)
            "Donald Trump said overnight that he didn’t even know if his proposed meeting with "
            "Kim “would even take place”, so there was an unspoken focus on that future summit "
            "with neither Kim nor Moon saying anything about it.",
            ("us",),
        ),
    ],
)
def saying_anything_is_no_statement(text: str, match: re.Match[str]) -> bool:
    """'with neither Kim nor Moon saying anything about it', 'without saying a word': a
    saying verb whose object is 'anything' or 'a word' only stands in a denial, a question or
    a refusal, never a statement of what was said."""
    return bool(_ANYTHING.match(text, match.end("cue")))


_MAINTAIN = re.compile(r"\bmaintain(?:s|ed|ing)?$", re.IGNORECASE)
_SAYS_NEXT = re.compile(r"\s*(?:that\b|,|:|[“\"])|\s+(?:\w+ly\s+)?(?:that|it|he|she|they|we|the)\b")


@rule(
    "maintaining_is_keeping",
    Phase.CUE_FILTER,
    off=False,
    examples=[
        Example(  # Washington Times, 2016 (corpus audit, set 3116)
            "China’s leverage over Pyongyang is rooted in trade and military ties that Beijing "
            "has quietly maintained with its smaller neighbor.",
            (),
        ),
    ],
)
def maintaining_is_keeping(text: str, match: re.Match[str]) -> bool:
    """'ties that Beijing has quietly maintained with its smaller neighbor': 'maintain' with
    no claim after it ('that …', a quotation, a clause) keeps something going; it asserts
    only in 'Trump maintained that …'."""
    if not _MAINTAIN.search(match.group("cue")):
        return False
    return not _SAYS_NEXT.match(text, match.end("cue"))


_SHOULD = re.compile(
    r"(?<!\bI )(?<!\b[Ww]e )\b(?:should|ought\s+to|had\s+better|would\s+do\s+well\s+to)"
    r"(?:\s+\w+ly)?\s+$"
)
"""Modals of advice, in lower case: what the writer thinks an actor ought to do."""


@rule(
    "writer_prescribes",
    Phase.CUE_FILTER,
    off=False,
    examples=[
        Example(  # Time, 2018 (corpus audit, set 3116)
            "Trump should expect no less steel at the negotiating table.",
            (),
            before=("Kim has learned these lessons well.",),
        ),
    ],
)
def writer_prescribes(text: str, start: int) -> bool:
    """'Trump should expect no less steel at the negotiating table': a cue after a modal of
    advice ('should', 'ought to', 'had better') is what the writer thinks the actor ought
    to do or think, the writer's analysis, not the actor's position ('I should say that …'
    is the writer saying it)."""
    return bool(_SHOULD.search(text, max(0, start - MAY_SAY_REACH), start))


UNSAID = re.compile(
    r"(?:(?:has|have|had|did|does|do)(?:\s+not|n['’]t)|never)\s+(?:yet\s+)?(?:\w+ly\s+)?"
    r"(?:(?:say|said)\s+(?:\w+ly\s+|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?"
    r"(?:whether|when|how|if|where|why|who|which|what(?=\s+(?:would|will|could|might)\b))"
    r"|(?:disclose[ds]?|reveal(?:s|ed)?|specif(?:y|ies|ied)|announce[ds]?|explain(?:s|ed)?)"
    r"\s+(?:\w+ly\s+)?(?:whether|when|how|if|what|where|why|who|which))\b",
    re.IGNORECASE,
)
"""What someone did not say: 'has not said whether', "didn't say when", "didn't directly
say Wednesday whether", 'did not specify what', 'did not say what would happen'; not 'didn't
say what Trump wanted to hear', which tells what was said instead."""
UNSAID_REACH = 24
"""Characters before a cue word where its negation may start ('hasn't definitively said')."""
UNSAID_WORDS = ("not", "n't", "n’t", "never")
"""Every UNSAID match the prefilter lets through holds one of these, as written."""


_TIME_TELLS = re.compile(r"\b[Tt]ime\s+(?:alone\s+)?(?:will|would|can|could|may)\s+tell\b")


@rule(
    "time_will_tell_is_no_statement",
    Phase.CUE_FILTER,
    off=False,
    examples=[
        Example("Only time will tell whether Kim Jong Un will keep his promise.", ()),
    ],
)
def time_will_tell(text: str, span: tuple[int, int]) -> bool:
    """'Only time will tell whether …', 'Time will tell if China enforces …': an idiom,
    nobody's statement (the writer's, and no outside voice called 'Time')."""
    found = _TIME_TELLS.search(text, max(0, span[0] - 20), span[1])
    return found is not None and found.end() == span[1]


_GUESS_OPENS = re.compile(
    r"(?:(?:Or|And|But|So)\s+)?(?:[Mm]aybe|[Pp]erhaps)\s+(?!\w+ly,)"
    r"(?:(?!\b(?:what|who|whom|which|when|where)\b)[^,;:])*$"
)


@rule(
    "guess_is_no_statement",
    Phase.CUE_FILTER,
    off=False,
    examples=[
        Example("Maybe North Korea thinks it is about to be invaded by the South.", ()),
    ],
)
def guess_is_no_statement(text: str, start: int) -> bool:
    """'Maybe North Korea thinks it's about to be invaded …', 'Or perhaps the fact that Kim
    thinks …': a stance the writer guesses at, in a sentence that opens on 'maybe' or
    'perhaps' with no comma before the verb, is the writer's analysis ('Perhaps most
    importantly, Trump said …' reports, and so does a relative clause: 'Maybe the window
    into his soul is what he said four years ago')."""
    return bool(_GUESS_OPENS.match(text, 0, start))


_SIGN_THAT = re.compile(
    r"(?:\b(?:a|another|the|one|any)\s+(?:\w+\s+)?(?:sign|signal|indication)\s+that"
    r"|\b(?:little|no|few|scant)\s+(?:\w+\s+)?(?:signs?|signals?|indications?)(?:\s+that)?"
    r"|\bit(?:['’]s|\s+(?:is|was|has\s+been))?\s+(?:\w+\s+){0,2}?(?:seems?|seemed|appears?"
    r"|appeared|apparent)\b[^,;“”\"]{0,40}?\bthat)"
    r"\s+[^,;“”\"]{1,50}$",
    re.IGNORECASE,
)
_UNCLEAR_WHETHER = re.compile(
    r"(?:\b(?:it|what)(?:['’]s|\s+(?:is|was|remains|remained))(?:(?:\s+not|n['’]t)\s+(?:\w+\s+)?"
    r"clear|\s+(?:\w+\s+)?(?:unclear|uncertain))(?:\s+is)?"
    r"|\bquestions?\s+(?:now\s+)?(?:is|are|was|remains|remained))"
    r"\s+(?:exactly\s+)?(?:whether|if|why|how|what)\s+[^,;“”\"]{1,60}$",
    re.IGNORECASE,
)
UNCLEAR_REACH = 110
"""How far before its cue 'What's not entirely clear is exactly what …' may open: the frame
(up to about 45 characters) and the 60 of the question it asks."""
FRAME_REACH = 70
"""How far before its cue the writer's frame may stand ('a sign that South Korea believes',
'it was not entirely clear whether Chinese authorities had agreed')."""


@rule(
    "sign_of_a_stance_is_the_writers_inference",
    Phase.CUE_FILTER,
    off=False,
    examples=[
        Example(
            "This shift in policy could be a sign that South Korea believes that Trump's "
            "rhetoric isn't deterring North Korea.",
            (),
        ),
        Example(  # allsides_korea 6jXU785HbRwrIGhL, sentence 7
            "Kim has shown little sign he intends to take concrete steps toward denuclearization.",
            (),
        ),
    ],
)
def sign_of_a_stance(text: str, start: int) -> bool:
    """'This shift could be a sign that South Korea believes …', 'another sign that
    Pyongyang wants …', 'has yet to give any sign that he is willing', 'It's becoming
    apparent from its actions that North Korea wants …', 'has shown little sign he intends
    …', 'it seems that the administration
    … plans to': a stance the writer reads off a fact is the writer's inference (GUIDELINES
    4.4), not a position the actor stated."""
    return bool(_SIGN_THAT.search(text, max(0, start - FRAME_REACH), start))


@rule(
    "unclear_whether_is_no_statement",
    Phase.CUE_FILTER,
    off=False,
    examples=[
        Example(
            "But it was not entirely clear whether Chinese authorities had actually agreed to "
            "do anything new.",
            (),
            before=("Later on Saturday night, Mr. Kerry said it had been a constructive day.",),
        ),
        Example(  # allsides_korea 3u5oRKnUiZW5Lizt (corpus audit 3123), sentence 31
            "What's not entirely clear is exactly what sorts of conditions the North Koreans "
            "are willing to accept.",
            (),
        ),
        Example(  # allsides_korea nSiYg2UtVSok9M5I, sentence 21 (corpus audit, round 34)
            "It wasn't immediately clear why the defense minister said he thought Kim was "
            "staying near the hospital.",
            (),
            before=(
                "South Korea's defense minister told reporters in Seoul on Friday that Kim "
                "is probably staying in one of his homes.",
            ),
        ),
        Example(  # allsides_korea buAJ (corpus audit, round 38), sentence 41
            "The question is what concessions he is willing to make.",
            (),
            before=("Kim Jong Un arrived in Singapore on Sunday.",),
        ),
    ],
)
def unclear_whether(text: str, start: int) -> bool:
    """'it was not entirely clear whether Chinese authorities had agreed …', 'It is unclear
    if Seoul will accept …', 'It wasn't immediately clear why the defense minister said …',
    'Whether Trump is truly winging it or he just wants everyone to think so … is unclear',
    'The question is what concessions he is willing to make': what the writer says is not
    known, or asks, is no one's statement (and its 'it' no pronoun for the actor before)."""
    if text.startswith("Whether ") and _UNCLEAR_AFTER.search(text, start):
        return True
    return bool(_UNCLEAR_WHETHER.search(text, max(0, start - UNCLEAR_REACH), start))


_UNCLEAR_AFTER = re.compile(
    r"\b(?:is|was|remains|remained)\s+(?:still\s+)?(?:unclear|uncertain|unknown|not\s+clear"
    r"|anyone['’]s\s+guess|to\s+be\s+seen|an\s+open\s+question)\b"
)


@rule(
    "unsaid_question_is_no_cue",
    Phase.CUE_FILTER,
    off=False,
    examples=[
        Example("Trump did not say whether he will meet Kim Jong Un again.", ()),
        Example(  # allsides_korea 9sJDHs79tze20GHE, sentence 16
            "But spokesman Baek Tae-hyun didn’t directly say Wednesday whether Seoul thinks "
            "the Trump-Kim summit is in jeopardy.",
            (),
        ),
        Example(  # allsides_korea gDBwfM3LTlHkDayK, sentence 7 (corpus audit 3123)
            "North Korea's statement did not say what would happen to the 475 South Korean "
            "managers still at the Kaesong industrial complex.",
            (),
        ),
    ],
)
def unsaid_question(text: str, start: int) -> bool:
    """'Trump has not said whether he will meet Kim', 'Pyongyang did not say when the test
    would happen': what someone did not say is a non-comment (GUIDELINES 4.4), not a
    statement, nor a deed; the sentence's other verbs still report ('Seoul welcomed the
    move but did not say whether …' keeps 'welcomed')."""
    if not holds_any(text, UNSAID_WORDS):
        return False
    return any(
        m.start() <= start < m.end() for m in UNSAID.finditer(text, max(0, start - UNSAID_REACH))
    )


@rule(
    "what_one_says_is_no_statement",
    Phase.CUE_FILTER,
    off=False,
    examples=[
        Example(
            "That’s why Kim’s program is likely to continue, regardless of what Trump says.", ()
        ),
        Example("Moon rejected everything Kim said.", ("rok",)),
    ],
)
def what_one_says(text: str, span: tuple[int, int]) -> bool:
    """'regardless of what Trump says', 'can’t trust what he says either', 'rejected
    everything Kim said', 'denying things he said publicly': a cue that ends a free or
    reduced relative ('what X says', 'things X said') with nothing said after it names
    words, not a statement (the engine keeps 'what it says is “deep concern”' and 'what it
    said was a test': there the claim follows)."""
    start, end = span
    return bool(
        _WHAT_BEFORE.search(text, max(0, start - WHAT_REACH), start)
        and _NOTHING_AFTER.match(text, end)
    )


WHAT_REACH = 40
_WHAT_BEFORE = re.compile(
    r"\b(?i:what|whatever|everything|anything|things)\s+"
    r"(?:(?i:he|she|it|they|we|you|I)|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)\s+$"
)
_NOTHING_AFTER = re.compile(
    r"(?:\s+(?:publicly|privately|earlier|before|then))?"
    r"\s*(?:[.;,!?)”\"]|$|(?:either|too|anyway)\b)"
)


@rule(
    "without_is_no_act",
    Phase.CUE_FILTER,
    off=False,
    examples=[
        Example(
            "Mr. DeTrani made the comments after another former official with direct "
            "experience negotiating with Pyongyang sharply criticized Mr. Trump for racing "
            "into the idea of a face-to-face meeting without demanding a definitive statement "
            "from Pyongyang clarifying its position on denuclearization.",
            ("other",),
        ),
    ],
)
def not_done(text: str, start: int) -> bool:
    """'… racing into the meeting without demanding a definitive statement', 'left without
    saying a word': a cue right after 'without' tells what was not said or done."""
    return bool(_WITHOUT.search(text, max(0, start - 16), start))


_WITHOUT = re.compile(r"\b[Ww]ithout\s+(?:\w+ly\s+)?(?:first\s+)?$")


@rule(
    "infinitive_is_cue",
    Phase.CUE_FILTER,
    off=False,
    examples=[
        Example(
            "Secretary of State John Kerry met with China’s top leaders on Saturday to urge them "
            "to pressure North Korea.",
            ("us",),
        ),
        Example(
            "A former envoy continued to insist that North Korea would never give up its weapons.",
            ("other",),
        ),
    ],
)
def infinitive_is_cue(text: str, start: int) -> bool:  # start: where 'to' stands
    """'Kim went on television to declare …', 'Trump took to Twitter to complain …', 'he
    continued to assert …': a report verb in the infinitive is a speech act of the subject
    when it goes on from one ('continued to', 'went on to') or tells the purpose of a deed
    done (a verb in the past before it, with no noun or intent between: 'a call … to
    declare', 'is expected to announce', 'wants to say', 'had little to say' are none)."""
    before = text[text.rfind(" ", 0, max(0, start - _PURPOSE_REACH)) + 1 : start]  # whole words
    if _GOES_ON.search(before):
        return True
    if _NO_DEED.search(before):
        return False
    return bool(_DEED.search(before))


_PURPOSE_REACH = 60
"""How far before 'to' the deed it gives the purpose of may stand."""
_GOES_ON = re.compile(
    r"\b(?:continued|continues|continuing|went on|goes on|began|begins|started)\s+$"
)
_DEED = re.compile(
    r"\b(?:\w{3,}ed|went|took|met|held|spoke|wrote|called|came|used|gave|made|rose|stood"
    r"|appeared|interrupted|returned|traveled|travelled)\b"
)
_NO_DEED = re.compile(
    rf"\b(?:{AUXILIARIES}|is|are|was|were|be|been|being|want\w*|plan\w*|expect\w*|hope\w*"
    r"|need\w*|set|scheduled|going|likely|unlikely|ready|able|unable|due|refused|declined"
    r"|failed|tried|trying|attempt\w*|seek\w*|sought|chose|decided|agreed|promised|vowed"
    r"|intend\w*|refus\w*|declin\w*|dared?|committed|pledged|as if|thrilled|pleased|proud"
    r"|happy|excited|delighted|honou?red"
    r"|asked|urged|told|pressed|forced|allowed|led|prompted|encouraged|invited|called on"
    r"|pressure\w*|calls?|requests?|demands?|pleas?|efforts?|bid|moves?|decision|orders?"
    r"|proposals?|incentives?|chance|opportunit\w+|right|reasons?|time|way|nothing|little"
    r"|much|something|anything|enough|how|what|whether|who|order|so as|in order)\b",
    re.IGNORECASE,
)
