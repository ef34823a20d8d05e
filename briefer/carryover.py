"""What carries over between sentences: the family name of a spokesperson named in full
(or introduced with an actor's title), the subject a later 'he' or 'it' may mean (not a
plural, not a preposition's object, not 'the Kim regime'), and the speaker of a quotation
whose tag the segmenter cut into the next sentence.

Named rules of the cross-sentence phase (rules.py), used by attribute.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .lexicon import FORMER, PREPOSITIONS, SURNAME_FIRST
from .mentions import Matcher, Mention, MentionKind
from .models import OTHER, Attribution, Evidence, Sentence
from .patterns import QUOTE_MARK
from .rules import Example, Phase, rule
from .view import Cue, SentenceView

_EMPLOYER = re.compile(r"\s+\([^()]+\)$")
"""The employer a speaker's mention names after the name ('X (State Department)')."""


def name_and_employer(speaker: str) -> tuple[str, bool]:
    """A speaker's name without the employer named after it ('Adm. X (Pacific Command)'),
    and whether one was."""
    employed = _EMPLOYER.search(speaker)
    return (speaker[: employed.start()], True) if employed else (speaker, False)


@rule(
    "spokesperson_keeps_actor",
    Phase.CROSS_SENTENCE,
    off=[],
    examples=[
        Example(
            "Little also disclosed that Gen. Martin Dempsey will visit China later this month.",
            ("us",),
            before=(
                "“The secretary emphasized the growing threat,” Pentagon spokesman George "
                "Little said in a statement.",
            ),
        ),
        Example(  # allsides_korea hFHgP4GlO2ZwVRV1, sentences 6 and 9
            "The missile reached an altitude of 120 km (75 miles), Roh said.",
            ("rok",),
            before=(
                "North Korea was likely showing its determination, South Korea’s Joint Chiefs "
                "of Staff spokesman Roh Jae-cheon said.",
            ),
        ),
        Example(  # allsides_korea TmCYFmQBSxCsATlF, sentences 1 and 3
            "“The missile did not leave North Korean territory,” Benham said in a statement.",
            ("us",),
            before=(
                "U.S. Pacific Command spokesman Cmdr. Dave Benham said the missile did not pose "
                "a threat to North America.",
            ),
        ),
        Example(
            "Chang also said the yield appeared to be about 50 kilotons.",
            ("rok",),
            before=(
                "Chang Kyung-soo, an official with South Korea's Defense Ministry, told "
                "lawmakers that Seoul was seeing preparations in the North for an ICBM test.",
            ),
        ),
        Example(  # allsides_korea c4sVOWssuTtDhVZa, sentences 11 and 12 (corpus audit, round 40)
            "Mr. Comey told the same Fordham conference that the North Koreans got “sloppy” in "
            "hiding their tracks.",
            ("us",),
            before=(
                "Many remain unconvinced by the efforts of the F.B.I. director, James B. Comey, "
                "to answer critics by disclosing some of the American evidence.",
            ),
        ),
        Example(  # allsides_korea vBQ0 (corpus audit, round 38), sentences 5 and 7
            "“We stand behind our ironclad commitment to our allies,” Benham said.",
            ("us",),
            before=(
                "U.S. Pacific Command tracked the missile before it landed in the Sea of "
                "Japan, said the spokesman, Cmdr. David Benham.",
            ),
        ),
    ],
)
def spokespeople(
    text: str, attribution: Attribution, matcher: Matcher, mentions: Sequence[Mention] = ()
) -> list[tuple[str, str]]:
    """(family name, actor) for each person named in full who speaks for an actor through
    a title ('Pentagon spokesman George Little said'), or whom the sentence names after an
    actor's title even where nobody speaks ('Deputy White House spokesman Raj Shah spoke to
    ABC'): a later bare 'Little' is the same official, not an unknown outside voice ('said
    Adm. Samuel J. Locklear, commander of the U.S. Pacific Command', then 'Locklear said'),
    or set off after the role that spoke ('said the spokesman, Cmdr. David Benham').
    A name written family name first ('Chang Kyung-soo', its given name hyphenated) gives
    its first word; family names the template lists keep their own rules (a later 'Kim' is
    not a ministry's spokesman)."""
    found = []
    for evidence in attribution.evidence:
        if evidence.holder == OTHER:
            continue
        name = _apposed_name(text, evidence)  # 'said the spokesman, Cmdr. David Benham.'
        if not name:
            name, employed = name_and_employer(evidence.speaker)  # 'Adm. X (Pacific Command)'
            if evidence.speaker_span is None or name not in text:
                continue  # the person must be named here, behind the title that spoke
            if name == evidence.mention and not employed:
                continue
        family = _family_of(name, matcher)
        if family:
            found.append((family, evidence.holder))
    titled = mentions if _TITLE_WORD.search(text) else ()  # most sentences name no title
    for mention in titled:  # 'Deputy White House spokesman Raj Shah spoke to ABC': no cue
        named = _TITLE_THEN_NAME.match(text, mention.end) if mention.is_actor else None
        if named is None or FORMER.search(text[max(0, mention.start - 30) : mention.start]):
            continue
        if _POSSESSOR_BEFORE.search(text, max(0, mention.start - 3), mention.start):
            continue  # "the Crisis Group's North Korea director": the possessor's title
        family = named.group("family") or named.group("first")
        if family not in matcher.lookup and family not in matcher.surnames:
            found.append((family, mention.key))
    return found


@rule(
    "speaker_keeps_family_name",
    Phase.CROSS_SENTENCE,
    off=[],
    examples=[
        Example(
            "“Trump is gaining a reputation for not being truthful,” said Kelly.",
            ("other",),
            before=(
                "Chief of staff John Kelly is unlikely to sign off on military action, added "
                "Robert Kelly, a professor at Pusan National University.",
            ),
        ),
    ],
)
def speaker_keeps_family_name(
    text: str, attribution: Attribution, matcher: Matcher
) -> list[tuple[str, str]]:
    """(family name, holder) for a speaker this sentence names in full whose family name a
    listed person shares ('… John Kelly …, added Robert Kelly, a professor'; 'said Lim
    Byeong Cheol, a spokesman from Seoul's Unification Ministry'): a later bare 'Kelly' or
    'Lim' is the one who spoke, for whom they spoke."""
    found = []
    for evidence in attribution.evidence:
        if evidence.speaker_span is None or not evidence.speaker:
            continue
        name, _ = name_and_employer(evidence.speaker)  # 'Lim Byeong Cheol (Seoul)'
        if name not in text:
            continue
        found += [(family, evidence.holder) for family, _ in matcher.western_names(name)]
        words = name.split()
        if len(words) > 1 and words[0] in SURNAME_FIRST and words[0] in matcher.surnames:
            found.append((words[0], evidence.holder))  # family name first: 'Lim Byeong Cheol'
    return found


@rule(
    "named_in_passing_keeps_no_family_name",
    Phase.CROSS_SENTENCE,
    off=False,
    examples=[
        Example(  # allsides_korea 4tbmALyt7PuT4cev, sentences 6, 26, 32 (corpus audit, round 41)
            "South Korea has prepared a military contingency plan should North Korea hold "
            "South Korean workers hostage in Kaesong, Defense Minister Kim said.",
            ("rok",),
            before=(
                "South Korean Defense Minister Kim Kwan-jin told a parliamentary committee that "
                "the North has moved a medium-range missile to its east coast.",
                "Analysts say the threats are probably efforts to solidify the image of young "
                "North Korean leader Kim Jong Un.",
            ),
        ),
    ],
)
def named_in_passing(
    text: str, names: dict[str, str], family: str, key: str, attribution: Attribution
) -> bool:
    """'… the image of young North Korean leader Kim Jong Un' inside what analysts say, after
    South Korea's defense minister Kim Kwan-jin has been named: a full name named in a
    sentence that others hold, and not as a speaker of it, does not take over a family
    name another holder's person has; a later 'Defense Minister Kim said' is still the
    minister. A sentence no one holds ('The statement from Kim Yang Gon … did not say …')
    still passes its full names on."""
    held = names.get(family)
    if held is None or held == key or not attribution.holders:
        return False
    return not any(
        family in e.mention.split() or (family in e.speaker.split() and e.speaker in text)
        for e in attribution.evidence
    )  # the sentence's own speaker: 'spokesman Kim Min-seok said' (evidence: 'South Korean')


_TITLES = r"envoy|ambassador|spokes(?:man|woman|person)|negotiator|official|minister|secretary"
_NAME_COMMA = (
    r"\b(?P<given>[A-Z][a-z]+)(?:\s+[A-Z]\.)?\s+(?P<family>[A-Z][a-z]+),\s+(?:the|a|an)\s+"
)
"""'Clifford Hart, the …', 'Liu Yunshan, a …': a person named in full, then an apposition."""
_NAME_AND_TITLE = re.compile(
    _NAME_COMMA + rf"(?P<body>[^,;“”\"]{{2,40}}?)\s+(?:special\s+)?(?:{_TITLES})\b"
)
_MEMBER_OF = re.compile(
    _NAME_COMMA
    + r"(?:[\w-]+\s+){0,2}(?:member|official|officer|head|chief|leader|director)\s+of\s+"
    r"(?P<body>(?:the\s+)?[^,;“”\"]{2,40}?)(?=[,;])"
)
"""'Liu Yunshan, a fifth-ranked member of Chinese Communist Party, arrived': a person
introduced as one of an actor's bodies, the body after the title."""
_LEGISLATURE = re.compile(
    r"\b(?:parliament|assembly|congress|legislature|senate|house\s+of|opposition)\b", re.I
)
"""A legislature's members are outside voices (GUIDELINES 3), whichever state's it is."""
_APPOSED_NAME = re.compile(
    r",\s+(?:[A-Z][a-z]{1,4}\.\s+){0,2}(?P<name>[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][\w-]+)"
    r"(?=\s*[,.;]|$)"
)
"""A person's full name set off after the role that spoke ('said the spokesman, Cmdr. David
Benham.'), perhaps after a rank: group 'name'."""
_ROLE_WORD = re.compile(
    rf"\b(?:{_TITLES}|spokes\w+|director|commander|chief|adviser|advisor|aide|officer)\b",
    re.IGNORECASE,
)
"""A role among the words of a speaker mention: a person may be named after it."""


def _apposed_name(text: str, evidence: Evidence) -> str:
    """The full name set off right after the role that spoke ('the spokesman, Cmdr. David
    Benham'); '' when the speaker is no role or no name follows it."""
    words = evidence.mention.split()
    if len(words) < 2 or words[0].lower() not in ("the", "a", "an"):
        return ""
    if not _ROLE_WORD.search(evidence.mention):  # 'The United States, South Korea, and …'
        return ""
    at = text.find(evidence.mention)  # a role resolved back keeps no span of its own
    named = _APPOSED_NAME.match(text, at + len(evidence.mention)) if at >= 0 else None
    return named.group("name") if named else ""


def _family_of(name: str, matcher: Matcher) -> str:
    """The family name of an official's full name ('George Little' → 'Little'; 'Lim Byeong
    Cheol', 'Chang Kyung-soo' → their first word); '' for an actor's own name or one whose
    family name the template lists with rules of its own (a later 'Kim' is not a ministry's
    spokesman)."""
    words = name.split()
    if len(words) < 2 or matcher.aliases.search(name):
        return ""  # 'North Korea', 'Kim Jong Un': an actor, not its official
    family_first = words[0] in SURNAME_FIRST or len(words) == 2 and "-" in words[1]
    family = words[0] if family_first else words[-1]
    if family in matcher.lookup or family in matcher.surnames or words[0] in matcher.surnames:
        return ""
    if family in matcher.family_names or not family.isalpha() or not family[:1].isupper():
        return ""
    return family


_NAMED_TITLES = f"{_TITLES}|director"
"""The titles a full name may follow in a sentence where nobody speaks ('… spokesman Raj
Shah', 'the F.B.I. director, James B. Comey')."""
_TITLE_WORD = re.compile(_NAMED_TITLES)
"""Any of the titles, searched first: most sentences name none, and the full pattern is dear."""
_TITLE_THEN_NAME = re.compile(
    r"(?:['’]s)?\s+(?:[A-Z][a-z]+\s+(?:of\s+(?:the\s+)?)?){0,4}"
    r"(?:(?:deputy|chief|top|senior|press|principal)\s+){0,2}"
    rf"(?:{_NAMED_TITLES}),?\s+(?:[A-Z][a-z]{{1,4}}\.\s+){{0,2}}"  # a rank: 'Cmdr.'
    r"(?:[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+(?P<family>[A-Z][a-z]+)\b(?![.’'-]?\w)"
    r"|(?P<first>[A-Z][a-z]+)\s+[A-Z][a-z]+-[a-z]+\b)"
)
"""An actor's title before a person's full name ('White House spokesman Raj Shah', "South
Korea's Joint Chiefs of Staff spokesman Roh Jae-cheon": a name written family name first,
its given name hyphenated; 'U.S. Pacific Command spokesman Cmdr. Dave Benham': a rank
between; 'the F.B.I. director, James B. Comey,': a comma between)."""


_POSSESSOR_BEFORE = re.compile(r"['’]s\s$")
"""A possessive right before an actor's name: the title after it is the possessor's."""


_JOURNALIST_AFTER = re.compile(
    r"(?:['’]s?\s+(?:(?:[A-Za-z]+\s+){0,2}(?:correspondent|reporter|journalist|anchor|host)\s+)?"
    r"|\s+(?:[A-Za-z]+\s+){0,2}(?:correspondent|reporter|journalist|anchor|host)\s+"
    r"|\s+(?:[A-Z][a-z]+\s+)?(?:Correspondent|Reporter|Anchor|Host|Director|Editor|Producer)\s+)"
    r"(?P<given>[A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?(?P<family>[A-Z][a-z]+)\b(?![.’'-]?\w)"
)
"""After a news outlet's name, one of its people named in full: "NPR's Louisa Lim", 'CBS
News correspondent Ben Tracy', 'BBC News Korea correspondent Stephen Evans', 'CNN Polling
Director Keating Holland'."""


@rule(
    "journalist_stays_the_outlets",
    Phase.CROSS_SENTENCE,
    off=[],
    examples=[
        Example(  # allsides_korea FeHbRO9t0Ax2FCNy, sentences 4 and 8
            "The larger threat, Tracy reports, was a North Korean missile capable of hitting "
            "the United States.",
            (),
            before=(
                "Pictures from state media showed Kim reviewing plans to launch missiles near "
                "Guam, CBS News correspondent Ben Tracy reports.",
            ),
        ),
        Example(  # allsides_korea TIRSUMVxDDbajLqP, sentences 55 and 66
            "“If Kim Jong Un wanted to get the attention of the American public, his strategy is "
            "starting to work,” Holland said.",
            (),
            before=("That's up 13 points, CNN Polling Director Keating Holland said.",),
        ),
        Example(  # allsides_korea ncaGzUssclx3f2BH, sentences 5 and 7
            "So it's very possible this “could be a short-term move,” Louisa added.",
            (),
            before=(
                "On Morning Edition, NPR's Louisa Lim told host Steve Inskeep it happened before.",
            ),
        ),
        Example(  # allsides_korea aloWuHN39bpPTlg8, sentences 4-5 (corpus audit, round 40)
            "Mr. Evans adds that the statement “has two arguments”.",
            (),
            before=("BBC News Korea correspondent Stephen Evans says the statement is a denial.",),
        ),
    ],
)
def journalists_named(
    text: str, mentions: Sequence[Mention], matcher: Matcher
) -> list[tuple[str, str]]:
    """(name, 'media') for the family and given names of a news outlet's journalist named
    in full ("NPR's Louisa Lim", 'CBS News correspondent Ben Tracy'): a later 'Tracy
    reports' or 'Louisa added' is the outlet's own reporting (GUIDELINES 3: news media
    hold no position), not an unknown outside voice."""
    found: list[tuple[str, str]] = []
    for mention in mentions:
        if mention.key != MentionKind.MEDIA:
            continue
        named = _JOURNALIST_AFTER.match(text, mention.end)
        if named is None:
            continue
        for name in named.group("family", "given"):
            if name not in matcher.lookup and name not in matcher.surnames:
                found.append((name, MentionKind.MEDIA.value))
    return found


@rule(
    "appositive_title_keeps_actor",
    Phase.CROSS_SENTENCE,
    off=[],
    examples=[
        Example(
            "Hart repeated the call for North Korea to avoid provocative actions.",
            ("us",),
            before=(
                "Clifford Hart, the U.S. envoy for six-party talks, met with a North Korean "
                "diplomat in New York in mid-March.",
            ),
        ),
        Example(  # allsides_korea cUa6Fo6oTyHodSdc, sentences 12 and 14
            "Liu also urged North Korea to resume six-party talks.",
            ("china",),
            before=(
                "Liu Yunshan, a fifth-ranked member of Chinese Communist Party, arrived with a "
                "letter from Chinese President Xi Jinping.",
            ),
        ),
    ],
)
def titled_in_apposition(
    text: str, mentions: Sequence[Mention], matcher: Matcher
) -> list[tuple[str, str]]:
    """(family name, actor) for 'Clifford Hart, the U.S. envoy for six-party talks, met …':
    a person the article introduces with an actor's title speaks for that actor when named
    again ('Hart repeated …'), even if this sentence gave him no words."""
    found: list[tuple[str, str]] = []
    matches = list(_NAME_AND_TITLE.finditer(text)) if _TITLE_WORD.search(text) else []
    if " of " in text:  # 'a member of the Chinese Communist Party'
        matches += [m for m in _MEMBER_OF.finditer(text) if not _LEGISLATURE.search(m["body"])]
    for match in matches:
        family_first = match["given"] in SURNAME_FIRST  # 'Liu Yunshan' is later 'Liu'
        family = match["given"] if family_first else match["family"]
        if family in matcher.lookup or (family in matcher.surnames and not family_first):
            continue
        body = [
            m.key
            for m in mentions
            if match.start("body") <= m.start < match.end("body") and m.is_actor
        ]
        before = text[max(0, match.start() - 30) : match.start()]
        if len(set(body)) == 1 and not FORMER.search(before + match.group("body")):
            found.append((family, body[0]))
    return found


_BODY_WORDS = ("regime", "government", "administration", "dynasty")
_BODY_AFTER = re.compile(
    rf"\s+(?:{'|'.join(_BODY_WORDS)})\b"
    r"(?![- ](?:officials?|spokes\w+|advis[eo]rs?|aides?|envoys?|sources?|ministers?|members?)\b)"
)
"""A government named after its leader ('the Kim regime'), not one of its people ('a South
Korean government official')."""


@rule(
    "name_of_a_body_is_no_person",
    Phase.CROSS_SENTENCE,
    off=False,
    examples=[
        Example(
            "“Our policy is pressure, and it has had an impact,” he said.",
            ("us",),
            before=(
                "Deputy White House spokesman Raj Shah spoke to ABC on Sunday.",
                "Mr. Shah credited sanctions with bringing the Kim regime to the brink of talks.",
            ),
        ),
    ],
)
def name_of_a_body(mention: str, text: str, at: int) -> bool:
    """'the Kim regime', 'the Trump administration': a leader's name that names a government
    (in the mention, or right after it in the text at ``at``) is no person a later 'he'
    could mean."""
    around = text[at : at + len(mention) + _BODY_REACH] if at >= 0 else mention
    if not any(word in around for word in _BODY_WORDS):  # a cheap test first
        return False
    body = _BODY_AFTER.search(around)
    return body is not None and body.start() <= len(mention)


_BODY_REACH = 30
"""Characters after a mention where the body word and the person noun after it are read."""


_PLURAL_HEAD = re.compile(
    r"(?:^|\s)[a-z][a-z-]*[^su\s]s$"
    r"|^(?:Analysts|Experts|Officials|Critics|Observers|Diplomats|Lawmakers|Scholars|Sources"
    r"|Skeptics|Researchers|Academics|Specialists|Commentators)$"
)
"""A lower-case plural head ('experts', 'U.S. officials'), or one of the plural nouns for
the people news quotes, capitalised as they open a sentence ('Analysts were divided …'; a
name such as 'Sanders' or 'Mattis' looks plural but is none)."""


@rule(
    "he_is_no_plural",
    Phase.CROSS_SENTENCE,
    off=False,
    examples=[
        Example(
            "He said Monday he expected a “tremendous” summit with the North Korean leader.",
            ("us",),
            before=(
                "Trump has lowered expectations for the summit, saying he is in no rush.",
                "North Korea last tested a missile in November, an ICBM that experts said could "
                "reach the United States.",
            ),
        ),
    ],
)
def plural_people(mention: str) -> bool:
    """'experts', 'U.S. officials', 'analysts': people in the plural, whom a later 'he' or
    'she' never means."""
    return bool(_PLURAL_HEAD.search(mention))


_REGIME_OF = re.compile(
    r"\b(?:regime|government|leadership|administration)\s+of\s+(?:the\s+)?$", re.IGNORECASE
)
_AND_NEXT = re.compile(r"\s*,?\s+(?:and|or)\s+(?:the\s+)?")


def prepositional_objects(text: str, mentions: list[Mention]) -> frozenset[int]:
    """The mentions that are objects of a preposition ('talks with Seoul'), so not the
    subject a later 'it' or 'he' means."""
    found: set[int] = set()
    for n, m in enumerate(mentions):
        before = text[max(0, m.start - 40) : m.start]
        governed = bool(PREPOSITIONS.search(before[-12:])) and not regime_of(before)
        if governed or (n - 1 in found and object_conjunct(text, mentions[n - 1], m)):
            found.add(n)
    return frozenset(found)


@rule(
    "regime_of_names_the_subject",
    Phase.CROSS_SENTENCE,
    off=False,
    examples=[
        Example(
            "It has lashed out at the military drills under way.",
            ("dprk",),
            before=("The repressive regime of Kim Jong Un has grown more isolated.",),
        ),
    ],
)
def regime_of(before: str) -> bool:
    """'The repressive regime of Kim Jong Un has …': a government named by its leader is the
    subject a later 'it' means, though an 'of' stands before the name."""
    return bool(_REGIME_OF.search(before))


@rule(
    "object_conjuncts_are_objects",
    Phase.CROSS_SENTENCE,
    off=False,
    examples=[
        Example(
            "It has lashed out at the military drills under way.",
            ("dprk",),
            before=(
                "Kim Jong Un fired another missile on Monday.",
                "Verbal attacks against South Korea and the United States have grown in recent "
                "weeks.",
            ),
        ),
    ],
)
def object_conjunct(text: str, previous: Mention, mention: Mention) -> bool:
    """'attacks against South Korea and the United States': the name joined to a
    preposition's object is an object too, not the subject a later 'it' means."""
    return bool(_AND_NEXT.fullmatch(text, previous.end, mention.start))


_AS_BEFORE = re.compile(r"\bas\s+$", re.IGNORECASE)


@rule(
    "as_it_put_it",
    Phase.CROSS_SENTENCE,
    off=False,
    examples=[
        Example(
            "Pyongyang singled out the United States -- or, as it called it, “a gang of cruel "
            "robbers.”",
            ("dprk",),
            before=("Seoul said it was monitoring the situation.",),
        ),
    ],
)
def as_it_put_it(view: SentenceView, cue: Cue) -> bool:
    """'Pyongyang singled out the United States -- or, as it called it, “…”': the 'it' of
    an 'as it called it' aside is the sentence's own subject, like any pronoun after it."""
    return bool(cue.speaker) and bool(_AS_BEFORE.search(view.before(cue.speaker[0].start, 12)))


_WHOLE_QUOTE = re.compile(r"^[“\"][^“”\"]*(?:[“\"][^“”\"]*[”\"][^“”\"]*)*[”\"]$")
"""A sentence that is one quotation and nothing else ('“Am I going to send that person
back? … the wrath?”')."""
TAG_WORDS = 10
"""Words at most of an attribution tag cut off its quotation ('Maxwell from Georgetown
University hypothesized.')."""


@rule(
    "tag_after_quote",
    Phase.CROSS_SENTENCE,
    off=None,
    examples=[
        Example(
            "“Am I going to send that person back? Or do I allow them to stay?”",
            ("other",),
            before=("South Korean President Moon Jae-in said he wanted peace.",),
            after=("Maxwell from Georgetown University hypothesized.",),
        ),
    ],
)
def tag_after_quote(
    sentences: Sequence[Sentence], results: list[Attribution]
) -> list[Attribution] | None:
    """A quotation the segmenter cut from its tag ('“… the wrath?”' / 'Maxwell from
    Georgetown University hypothesized.') is the tag's speaker's, not the last speaker's
    before it: the tag is a short sentence of the same paragraph that ends on its cue."""
    filled = list(results)
    for i in range(len(sentences) - 1):
        quote, tag = sentences[i], sentences[i + 1]
        if tag.paragraph != quote.paragraph or not _WHOLE_QUOTE.match(quote.text.strip()):
            continue
        said = results[i + 1]
        if not said.evidence or QUOTE_MARK.search(tag.text):
            continue
        if not tag_opens_after_a_question(quote.text, tag.text):
            if len(tag.text.split()) > TAG_WORDS:
                continue
            cue_end = max((e.cue_span[1] for e in said.evidence if e.cue_span), default=-1)
            if tag.end - cue_end > 2:  # the cue closes the tag ('… hypothesized.')
                continue
        evidence = tuple(replace(e, speaker_span=None, cue_span=None) for e in said.evidence)
        filled[i] = Attribution(said.holders, evidence)
    return filled if filled != results else None


_QUESTION_CLOSED = re.compile(r"[?!][”\"]\s*$")
_TAG_OPENS = re.compile(
    r"(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}|[Hh]e|[Ss]he|[Tt]hey)\s+(?:\w+ly\s+)?"
    r"(?:said|asked|added|replied|responded|wrote|tweeted|shouted|told|continued|wondered"
    r"|demanded|quipped|joked)\b"
)


@rule(
    "tag_opens_after_a_question",
    Phase.CROSS_SENTENCE,
    off=False,
    examples=[
        Example(  # allsides_korea CwShFURfYjCaLuOX, sentences 11-12
            '"So is everything OK?"',
            ("dprk",),
            before=("When Kim entered the room, the leaders exchanged pleasantries.",),
            after=("Kim asked through an interpreter as they walked toward the banquet hall.",),
        ),
    ],
)
def tag_opens_after_a_question(quote: str, tag: str) -> bool:
    """'"So is everything OK?"' / 'Kim asked through an interpreter as they walked …': the
    segmenter cuts after a quoted question or exclamation; a next sentence that opens on a
    speaker and a saying verb is its tag, however long it goes on."""
    return bool(_QUESTION_CLOSED.search(quote)) and bool(_TAG_OPENS.match(tag))


_INSTITUTION_AFTER = re.compile(
    r"(?:['’]s)?\s+((?:(?:[A-Z][a-z]+|foreign|defen[cs]e|unification)\s+){0,2}?"
    r"(?:[Mm]inistry|[Ee]mbassy|[Dd]elegation|[Mm]ission)|[Cc]oast\s+[Gg]uard"
    r"|(?!(?:Senate|House|Congressional|Olympic|Nobel)\b)(?:[A-Z][\w-]+\s+){1,4}?"
    r"(?:Committee|Commission))\b"
)
"""An institution right after the actor it belongs to: "North Korea's Foreign Ministry",
"the Chinese Embassy", "South Korea's delegation"."""
_BODY_NOUNS = r"ministry|embassy|delegation|mission|committee|commission|coast\s+guard"
"""The bodies a later 'the ministry', 'the coast guard' may mean (in any case)."""
_INSTITUTION_WORD = re.compile(rf"(?i:{_BODY_NOUNS})")
_INSTITUTION_HEAD = re.compile(
    r"(?i:the|its|their)\s+((?:[A-Z][a-z]+\s+|foreign\s+|defen[cs]e\s+|unification\s+){0,2}"
    rf"(?i:{_BODY_NOUNS}))(?:['’]s\b.*)?$"
)
"""'the Foreign Ministry', 'the ministry', "the Foreign Ministry's statement": a body named
without its state; group 1 its name."""


def bodies_named(text: str, mentions: Sequence[Mention]) -> list[tuple[str, str]]:
    """(institution, actor) for each institution the sentence names with its state
    ("North Korea's Foreign Ministry" → ('foreign ministry', 'dprk'), ('ministry', 'dprk')),
    and for each outlet it names ('KCNA' → ('news agency', 'dprk'), ('agency', 'dprk');
    'Yonhap' → ('news agency', 'media'), …)."""
    found: list[tuple[str, str]] = []
    for mention in mentions:  # outlets first: 'the news agency' later may mean one
        if mention.is_actor or mention.key == MentionKind.MEDIA:
            found.extend((kind, mention.key) for kind in outlet_kinds(mention.text))
    if not _INSTITUTION_WORD.search(text):
        return found
    for mention in mentions:
        if not mention.is_actor:
            continue
        body = _INSTITUTION_AFTER.match(text, mention.end)
        if body:
            name = " ".join(body.group(1).lower().split())
            found.append((name, mention.key))
            found.append((name.rsplit(" ", 1)[-1], mention.key))
    return found


_OUTLET_AGENCY = re.compile(r"(?i:news\s+agency|KCNA|Xinhua|Yonhap)$")
_OUTLET_PAPER = re.compile(r"(?i:sinmun|daily|newspaper)$")
_NAMED_BEFORE = re.compile(r"(?<![\w’'-])(?!(?:The|Its|An?)\s)[A-Z][\w’'-]*\s+$")
"""A capitalized word right before the outlet word: the outlet has a name of its own."""
_OUTLET_HEAD = re.compile(
    r"(?:(?i:the|its)\s+)?(?P<kind>(?i:news\s+agency|agency|newspaper|paper))"
    r"(?:['’]s\b.*|\s+(?:report|statement|commentary|editorial|dispatch))?"
)


def outlet_kinds(name: str) -> tuple[str, ...]:
    """What a later 'the news agency' or 'the paper' may mean, by an outlet's name ('the
    Korean Central News Agency', 'KCNA', 'Yonhap': an agency; 'the Rodong Sinmun', 'People's
    Daily': a paper)."""
    if _OUTLET_AGENCY.search(name):
        return ("news agency", "agency")
    if _OUTLET_PAPER.search(name):
        return ("newspaper", "paper")
    return ()


@rule(
    "outlet_named_before",
    Phase.CROSS_SENTENCE,
    off=None,
    examples=[
        Example(
            "The news agency report said the missiles “soared into the sky from underwater.”",
            ("dprk",),
            before=("Kim called the missile a “world-level strategic weapon,” according to KCNA.",),
        ),
    ],
)
def outlet_named_before(mention: Mention, bodies: dict[str, str], text: str = "") -> Mention | None:
    """'The news agency report said …', 'The paper also said …': the outlet the article last
    named so ('KCNA', 'the Rodong Sinmun'); a state's outlet speaks for the state
    (GUIDELINES 7), another stays a news outlet. None: not such a phrase, or none named."""
    if mention.key != MentionKind.MEDIA:  # most mentions: no pattern to run
        return None
    head = _OUTLET_HEAD.fullmatch(mention.text.strip())
    if not head:
        return None
    if _NAMED_BEFORE.search(text[: mention.start]):
        return None  # 'the Yonhap news agency': a name of its own
    kind = " ".join(head.group("kind").lower().split())
    owner = bodies.get(kind, "")
    if not owner or owner == MentionKind.MEDIA:
        return None
    return Mention(mention.start, mention.end, mention.text, owner)


@rule(
    "institution_named_before",
    Phase.CROSS_SENTENCE,
    off="",
    confidence=0.7,
    examples=[
        Example(
            "The Foreign Ministry's statement said journalists from the United States will be "
            "invited.",
            ("dprk",),
            before=(
                "In a statement carried by state media, North Korea's Foreign Ministry said the "
                "tunnels will be destroyed.",
                "Analysts say the closure of the site is not a material step.",
            ),
        ),
    ],
)
def institution_named_before(mention: str, bodies: dict[str, str]) -> str:
    """'the Foreign Ministry', 'the ministry': the institution of the actor the article last
    named with it ("North Korea's Foreign Ministry"), not the last speaker (an analyst). A
    body with a name of its own ('the Defense Ministry') must match that name."""
    head = _INSTITUTION_HEAD.fullmatch(mention.strip())
    return bodies.get(" ".join(head.group(1).lower().split()), "") if head else ""


_ROLE_IN = re.compile(
    r"\b(?:spokes(?:man|woman|person)|officials?|minister|director|head|chief|deputy)"
    r"\s+(?:for|of|at|in|with)\s+$"
)
"""A role that the body named right after holds ('a spokesman for ', 'an official at ')."""


@rule(
    "role_in_body_named_before",
    Phase.CROSS_SENTENCE,
    off=None,
    examples=[
        Example(  # CNN, 2 April 2013 (held-out key-position day)
            "He urged the North to resume letting workers enter.",
            ("rok",),
            before=(
                "North Korea blocked more than 480 South Korean workers from entering the "
                "complex, according to the South Korean Unification Ministry.",
                "“North Korea is only approving people to go back,” said Kim Hyung-seok, a "
                "spokesman for the ministry.",
            ),
        ),
    ],
)
def role_in_body_named_before(
    mention: Mention, bodies: dict[str, str], text: str
) -> Mention | None:
    """'said Kim Hyung-seok, a spokesman for the ministry': the ministry the article named
    before ('the South Korean Unification Ministry') employs the speaker, who speaks for its
    state as one who works for 'the Unification Ministry' would. None: no such role, or no
    such body named."""
    if mention.key != MentionKind.PRONOUN or not _ROLE_IN.search(
        text, max(0, mention.start - 30), mention.start
    ):
        return None
    owner = institution_named_before(mention.text, bodies)
    if not owner or owner == MentionKind.MEDIA:
        return None
    return Mention(mention.start, mention.end, mention.text, owner)
