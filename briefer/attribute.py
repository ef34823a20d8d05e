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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from .models import OTHER, Attribution, Evidence, Sentence, Template

# ---- lexicons --------------------------------------------------------------------------------

_REPORT = (
    r"said|says|say|saying|told|tells|tell|added|adds|stated|states|announced|announces"
    r"|tweeted|tweets|wrote|writes|reported|reports|quoted as saying|was quoted|declared"
    r"|confirmed|confirms|claimed|claims|explained|noted|notes|remarked|replied|responded"
    r"|disclosed|revealed|briefed|informed|posted|called it|called the|called them|called him"
    r"|called her|described|termed|labeled|labelled|branded|insisted|proclaimed|asserted"
    r"|maintained|contended|acknowledged|admitted|conceded|countered|retorted|echoed"
)
_SPEECH = (
    r"urged|urges|urging|warned|warns|warning|insisted|insists|demanded|demands|called for"
    r"|calls for|called on|calls on|reaffirmed|reaffirms|expressed|expresses|emphasized"
    r"|emphasised|emphasizes|stressed|stresses|acknowledged|acknowledges|requested|requests"
    r"|asked|asks|proposed|proposes|offered|offers|pledged|pledges|vowed|vows|promised"
    r"|promises|agreed|accepted|denied|denies|rejected|rejects|dismissed|dismisses|accused"
    r"|accuses|criticized|criticised|criticizes|condemned|condemns|denounced|denounces"
    r"|praised|praises|praising|welcomed|welcomes|threatened|threatens|argued|argues"
    r"|suggested|suggests|signaled|signalled|signals|highlighted|highlights|hailed|hails"
    r"|blasted|slammed|lashed out|raised hopes|raises hopes|expressed hope|voiced"
    r"|questioned|slapped down|ruled out|rules out|welcomed|lauded|defended|defends"
    r"|scoffing|scoffed|mocked|derided|criticizing|accusing|calling for|demanding"
    r"|is praising|are praising|made clear|made it clear|vowing|pledging|refused|refuses"
    r"|declined|renewed calls?|repeated|reiterated|reiterates|predicted|predicts"
)
_STANCE = (
    r"wants|want|wanted|seeks|sought|opposes|opposed|hopes|hoped|expects|expected to see"
    r"|believes|believed|eyes|considers|is ready|are ready|was ready|were ready|is willing"
    r"|are willing|was willing|is skeptical|are skeptical|is sceptical|are sceptical"
    r"|is concerned|are concerned|is committed|remains committed|is determined|plans to"
    r"|intends to|is prepared|are prepared|has vowed|has demanded|has rejected|has insisted"
    r"|has long sought|has long demanded|has said|have said|has called|supports|support"
    r"|backs|backed|favors|favours|prefers|is open to|are open to|views|sees|regards"
    r"|is in no hurry|has no intention|has refused|doubts|fears|feared|worries|worried"
    r"|is confident|are confident|is cautious|are cautious|is not convinced"
)
_ACTION = (
    r"tested|test-fired|launched|fired|scrapped|cancell?ed|called off|suspended|imposed"
    r"|blacklisted|sanctioned|dispatched|sent an envoy|sent a delegation|sent a letter"
    r"|delivered a letter|detonated|conducted|deployed|pulled out|withdrew|released|freed"
    r"|halted|resumed|dismantled|shut down|restarted|carried out|staged|invited"
    r"|met [^,.;]{0,80}? in an effort|met [^,.;]{0,80}? to discuss|visited"
)
_CUE = re.compile(
    rf"\b(?P<cue>(?:(?:has|have|had|was|were|will|would|also|later|earlier|again|repeatedly"
    rf"|previously|recently|publicly|reportedly|quickly|strongly|only|always|never|not"
    rf"|already|still|now|then)\s+)*(?:{_REPORT}|{_SPEECH}|{_STANCE}|{_ACTION}))\b"
)
_CUE_HEADLINE = re.compile(_CUE.pattern, re.IGNORECASE)
_RELAY_REACH = 75
_REPORT_ONLY = re.compile(rf"\b(?:{_REPORT})\b", re.IGNORECASE)
_STANCE_ONLY = re.compile(rf"\b(?:{_STANCE})\b", re.IGNORECASE)
_ACTION_ONLY = re.compile(rf"\b(?:{_ACTION})\b", re.IGNORECASE)
_ACCORDING = re.compile(
    r"\b(?:according to|in the (?:view|words) of|as (?:reported|stated) by)\s+", re.IGNORECASE
)
_RECKONING = re.compile(
    r"\b(?:by|in)\s+(?P<who>[^,.;]{2,60}?)(?:'s|’s)\s+(?:reckoning|account|view|estimate"
    r"|telling|assessment|interpretation|definition)\b",
    re.IGNORECASE,
)
_TRIGGER = re.compile(
    r"\b(?:after|following|in response to|amid)\s+(?:[\w-]+\s+){0,3}?(?:threats?|calls?|demands?"
    r"|warnings?|criticism|accusations?|statements?|remarks|comments|tests?|launch(?:es)?"
    r"|provocations?|announcements?|refusal)\s+(?:by|from)\s+(?P<who>[^,.;]{2,60})"
)
_DETERMINER = re.compile(
    r"(?:\b(?:a|an|the|its|his|her|their|our|this|that|upon|of|despite|amid|with|for|after|to"
    r"|such|these|those|new|any|no)|['’]s)\s+$",
    re.IGNORECASE,
)
_ROLE_PREPOSITION = re.compile(
    r"\b(?:coverage|newspapers?|media|government|officials?|spokes\w+|ministry|embassy|regime"
    r"|leadership|authorities|delegation|team|envoy|ambassador|leader|diplomats?|negotiators?)"
    r"\s+(?:in|of|for|from|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_NON_COMMENT = re.compile(
    r"(?:could not|couldn't|did not|didn't|was not|wasn't|were not) (?:be )?"
    r"(?:reached|respond|immediately respond|available)\b[^.]*\bcomment"
    r"|declined to (?:comment|elaborate)|had no (?:immediate )?comment|no further comment"
    r"|unavailable for comment",
    re.IGNORECASE,
)
_PREPOSITIONS = re.compile(
    r"(?:\b(?:between|of|over|despite|with|to|for|from|about|on|amid|after|against|by"
    r"|toward|towards|into|under|at|in|than|like|among|including)\s+(?:the\s+)?$)",
    re.IGNORECASE,
)
_BOUNDARY = re.compile(
    r",\s+(?:while|whereas|but|and|yet)\s+|;\s+|\s+while\s+|\s+whereas\s+|[,:]\s*(?=[“\"])"
    r"|[”\"]\s*,?\s*|\bthat\s+|,\s+"
)
_CLAUSE = re.compile(
    r",\s+(?:while|whereas|but|yet)\s+|;\s+|\s+while\s+|\s+whereas\s+"
    r"|\s+even as\s+"
)
_PRONOUN = re.compile(
    r"\b(?:he|she|they|it|He|She|They|It|the official|The official|the spokesman"
    r"|The spokesman|the spokeswoman|The spokeswoman|the ministry|The ministry|the agency"
    r"|The agency|the statement|The statement|the officials|The officials|the envoy"
    r"|The envoy|the president|The president|the leader|The leader|I|we|We|the article"
    r"|The article|the editorial|The editorial|the commentary"
    r"|The commentary|the government|The government|the regime|The regime)\b"
)
_QUOTE_OPEN = '“"‘'
_QUOTES = re.compile(r"“[^”]*”|\"[^\"]*\"")

MEDIA = (
    "Washington Post",
    "The Post",
    "Washington Times",
    "Washington Examiner",
    "New York Times",
    "The Times",
    "Wall Street Journal",
    "The Journal",
    "Voice of America",
    "VOA",
    "CNN",
    "Fox News",
    "Reuters",
    "Associated Press",
    "AP",
    "AFP",
    "Agence France-Presse",
    "Yonhap",
    "NK News",
    "Bloomberg",
    "NBC",
    "NBC News",
    "ABC",
    "ABC News",
    "CBS",
    "CBS News",
    "NPR",
    "BBC",
    "Korea Herald",
    "Korea Times",
    "JoongAng Ilbo",
    "Chosun Ilbo",
    "Dong-A Ilbo",
    "NHK",
    "Kyodo",
    "Politico",
    "The Hill",
    "Breitbart",
    "Daily NK",
    "38 North",
    "Guardian",
    "The Guardian",
    "South China Morning Post",
    "Axios",
    "MSNBC",
    "USA Today",
    "Los Angeles Times",
    "Newsweek",
    "Time magazine",
    "The Atlantic",
    "Al Jazeera",
    "the newspaper",
    "the paper",
    "The paper",
    "the news agency",
    "news agency",
    "Financial Times",
    "The Economist",
    "Vox",
    "HuffPost",
    "Daily Beast",
    "National Review",
    "Mother Jones",
    "Slate",
    "Salon",
    "The Intercept",
    "Fox Business",
    "Sky News",
    "Nikkei",
    "Asahi",
    "Yomiuri",
    "Mainichi",
    "Hankyoreh",
)
OUTSIDE_ROLES = (
    r"analysts?|experts?|professor|researchers?|scholars?|fellow|observers?|commentators?"
    r"|critics?|former|ex-|think[- ]tank|institute|university|Sen\.|Senator|Senators|Rep\."
    r"|Representative|lawmakers?|legislators?|congressman|congresswoman|Congress|Democrats?"
    r"|Republicans?|GOP|Senate|scientists?|economists?|historians?|columnists?|pundits?"
    r"|strategists?|academics?|consultants?|activists?|defectors?|residents?|candidate"
    r"|campaign|governor|Gov\.|mayor"
)
"""Roles that make a speaker an outside voice even when an actor is named beside them
("U.S. Sen. Graham", "a former South Korean envoy", "Seoul-based analysts")."""
OUTSIDE_SPEAKERS = (
    OUTSIDE_ROLES + r"|Japan|Japanese|Tokyo|Abe|Shinzo Abe|Russia|Russian|Moscow|Putin"
    r"|Kremlin|United Nations|UN|U\.N\.|Security Council|Guterres|IAEA|European Union|EU"
    r"|Britain|British|France|French|Germany|German|India|Indian|Vietnam|Vietnamese|Iran"
    r"|Iranian|NATO|Pope|diplomats?|sources?|Amnesty|Human Rights Watch|Taiwan|Philippines"
    r"|Australia|Canada|Canadian|Mongolia|Singapore|Malaysia|Thailand|authors?|lawyers?"
    r"|attorneys?|specialists?|watchdogs?"
)
"""Other governments and outside people; a named template actor beside them wins
("a South Korean diplomat" is South Korea)."""
_ROLE_OVERRIDE = re.compile(rf"(?:{OUTSIDE_ROLES})$", re.IGNORECASE)
TITLE_WORDS = frozenset(
    "President Vice Secretary Ambassador Foreign Defense Defence Prime Minister Ministry "
    "Deputy Special Envoy Navy Army Air Marine Marines Military Embassy Treasury State "
    "Trade Commerce Chairman Leader Supreme General Gen Admiral Adm Intelligence "
    "Unification Joint Forces Command Commander Chief Director Spokesman Spokeswoman "
    "Spokesperson Officials Official Government Administration Department Mission "
    "Delegation Cabinet Party Workers Central Premier Nuclear Negotiator Undersecretary "
    "Under Assistant Consul Security Senior Top Korea Counterpart Representatives Officers "
    "Troops Authorities Monday Tuesday Wednesday Thursday Friday Saturday Sunday January "
    "February March April May June July August September October November December".split()
)
"""A capitalized word that may follow an alias ("US President"); any other capitalized word
makes the alias part of a longer name ("The North American …", "China Daily", "Kim Dong-yub")."""
_NEXT_WORD = re.compile(r"\s+([A-Z][\w'’.-]*)")
_NAME = re.compile(
    r"(?:^|\s)((?:[A-Z][a-z]+(?:[-'’][A-Za-z]+)?\.?\s+){0,3}[A-Z][a-z]+"
    r"(?:-[a-z]+)?)\s*$"
)
_NOT_NAMES = frozenset(
    "It This That These Those There They He She We I You Officials Sources Reports Some "
    "Many Others Both All Each Police Most Few Several Critics Supporters Documents Data "
    "Polls Observers Witnesses Residents State Media But And Yet So The A An Still Later "
    "Earlier Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February "
    "March April May June July August September October November December Today Yesterday".split()
)
_FULL_NAME = re.compile(r"\b([A-Z][a-z]+)\s+([A-Z][\w'’-]+)(\s+[A-Z][a-z]+\b)?")
_INSTITUTION_WORDS = frozenset(
    "National University Institute Daily Times Post Herald News Center Centre Foundation  "
    "Journal Tower Square Street Airport Station Hotel Olympics Games Province City".split()
)
# ---- matching --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Mention:
    """A span of the sentence naming an actor key, ``other``, ``media`` or ``pronoun``."""

    start: int
    end: int
    text: str
    key: str


@dataclass(frozen=True)
class Matcher:
    """Compiled alias, exclusion, media and outside-speaker patterns for one template."""

    aliases: re.Pattern[str]
    lookup: dict[str, str]
    exclusions: re.Pattern[str] | None
    media: re.Pattern[str]
    outside: re.Pattern[str]
    surnames: frozenset[str] = frozenset()
    actors: frozenset[str] = frozenset()

    def mentions(
        self, text: str, headline: bool = False, names: dict[str, str] | None = None
    ) -> list[Mention]:
        """Actor, outside-speaker, media and pronoun mentions in order.

        In headlines every word is capitalized, so a capitalized next word proves nothing.
        ``names`` maps a bare surname ("Kim") to whoever the article last named in full.
        """
        media_spans = [m.span() for m in self.media.finditer(text)]
        excluded = [m.span() for m in self.exclusions.finditer(text)] if self.exclusions else []
        blocked = media_spans + excluded
        found: list[Mention] = []
        for match in self.aliases.finditer(text):
            if any(a <= match.start() < b for a, b in blocked):
                continue
            key = self.lookup.get(_fold(match.group()))
            following = None if headline else _NEXT_WORD.match(text, match.end())
            if following and following.group(1).rstrip(".") not in TITLE_WORDS:
                continue
            if key and names and match.group() in names:
                key = names[match.group()]
            if key:
                found.append(Mention(match.start(), match.end(), match.group(), key))
        taken = [(m.start, m.end) for m in found] + excluded
        for start, end in media_spans:
            if not _overlaps((start, end), taken):
                found.append(Mention(start, end, text[start:end], "media"))
        taken = [(m.start, m.end) for m in found]
        for match in self.outside.finditer(text):
            if not _overlaps(match.span(), taken):
                owned = _OWNER.search(text[max(0, match.start() - 30) : match.start()])
                key = "pronoun" if owned and not _ROLE_OVERRIDE.match(match.group()) else OTHER
                found.append(Mention(match.start(), match.end(), match.group(), key))
        quotes = _quoted_spans(text)
        taken = [(m.start, m.end) for m in found]
        for match in _PRONOUN.finditer(text):
            if match.group() in ("I", "we", "We") and not _inside(match.start(), quotes):
                continue  # the writer's own voice, not a speaker's
            if not _overlaps(match.span(), taken):
                found.append(Mention(match.start(), match.end(), match.group(), "pronoun"))
        return sorted(found, key=lambda m: m.start)

    def full_names(self, text: str) -> list[tuple[str, str]]:
        """(surname, key) for each full name in the text that starts with a surname alias:
        the actor when the full name is an alias ("Kim Jong Un"), else an outside person
        ("Kim Dong-yub", an analyst), so that a later bare "Kim" means the right one."""
        found = []
        for match in _FULL_NAME.finditer(text):
            surname = match.group(1)
            if surname not in self.surnames:
                continue
            alias = self.aliases.match(text, match.start())
            if alias and alias.end() > match.start() + len(surname):
                key = self.lookup.get(_fold(alias.group()), OTHER)
            elif match.group(2) in TITLE_WORDS or match.group(2) in _INSTITUTION_WORDS:
                continue
            elif "-" in match.group(2) or match.group(3):
                key = OTHER
            else:
                continue
            found.append((surname, key))
        return found


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(span[0] < b and a < span[1] for a, b in taken)


def _fold(alias: str) -> str:
    alias = alias.replace("’", "'")
    return alias[:1].lower() + alias[1:] if alias[:4].lower() == "the " else alias


def _spellings(aliases: Iterable[str]) -> set[str]:
    """Every written form of the aliases: straight apostrophes, 'the'/'The'."""
    forms = set()
    for alias in aliases:
        alias = alias.replace("’", "'")
        forms.add(alias)
        if alias[:4].lower() == "the ":
            forms.update({"the" + alias[3:], "The" + alias[3:]})
    return forms


def _trie_pattern(words: Iterable[str]) -> str:
    """One regex for many words, factored by common prefixes: Python's re tries the
    branches of a flat alternation one by one at every position, a trie only the ones
    that share the next character. Longer words still win, as in a longest-first list."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [
            ("['’]" if char == "'" else re.escape(char)) + build(child)
            for char, child in sorted(node.items())
            if char
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + build(trie) + ")"


def _alias_pattern(alias: str) -> str:
    escaped = re.escape(alias.replace("’", "'")).replace("'", "['’]")
    if alias[:4].lower() == "the ":
        escaped = "[Tt]he" + escaped[3:]
    return escaped


def _capitalizable(alternative: str) -> str:
    """'analysts?' also matches 'Analysts?' at the start of a sentence."""
    first = alternative[:1]
    return f"[{first}{first.upper()}]{alternative[1:]}" if first.islower() else alternative


@cache
def compile_matcher(template: Template) -> Matcher:
    """Build the patterns for a template once."""
    lookup: dict[str, str] = {}
    for actor in template.actors:
        for alias in actor.aliases:
            lookup.setdefault(_fold(alias), actor.key)
    aliases = re.compile(r"(?<![\w.-])" + _trie_pattern(_spellings(lookup)) + r"(?![\w-]|\.\w)")
    exclusions = [e for actor in template.actors for e in actor.exclusions]
    exclusion = (
        re.compile("|".join(_alias_pattern(e) for e in sorted(exclusions, key=len, reverse=True)))
        if exclusions
        else None
    )
    media = re.compile(
        r"(?<![\w])(?:"
        + "|".join(re.escape(m) for m in sorted(MEDIA, key=len, reverse=True))
        + r")(?![\w])"
    )
    outside = re.compile(
        r"(?<![\w])(?:"
        + "|".join(_capitalizable(alternative) for alternative in OUTSIDE_SPEAKERS.split("|"))
        + r")(?![\w])"
    )
    surnames = frozenset(
        alias.split()[0]
        for alias in lookup
        if " " in alias
        and alias.split()[0] in lookup
        and all(w[:1].isupper() and w not in TITLE_WORDS for w in alias.split())
    )
    actors = frozenset(actor.key for actor in template.actors)
    return Matcher(aliases, lookup, exclusion, media, outside, surnames, actors)


# ---- cues and speakers -----------------------------------------------------------------------


@dataclass(frozen=True)
class Cue:
    """A reporting/stance/action cue with its speaker and the span of what it reports."""

    start: int
    end: int
    text: str
    kind: str  # report | speech | stance | action
    speaker: tuple[Mention, ...]
    content: tuple[int, int]
    quoted: bool


def _cue_kind(text: str) -> str:
    last = text.split()[-1] if text.split() else text
    if _REPORT_ONLY.fullmatch(text) or _REPORT_ONLY.search(last) and _REPORT_ONLY.fullmatch(last):
        return "report"
    if _ACTION_ONLY.search(text):
        return "action"
    if _STANCE_ONLY.search(text):
        return "stance"
    return "speech"


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _QUOTES.finditer(text)]


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < position < b for a, b in spans)


def find_cues(text: str, mentions: list[Mention], headline: bool = False) -> list[Cue]:
    """Every cue in the sentence with its speaker, content span and whether it is quoted."""
    quotes = _quoted_spans(text)
    clause_ends = [m.start() for m in _CLAUSE.finditer(text)] + [len(text)]
    pattern = _CUE_HEADLINE if headline else _CUE
    matches = [
        m
        for m in pattern.finditer(text)
        if not _noun_use(text, m.start("cue")) and not _PASSIVE.match(m.group("cue"))
    ]
    cues: list[Cue] = []
    floor = 0
    for match in matches:
        start, end = match.span("cue")
        speaker, inverted = _speaker_before(text, start, mentions, floor)
        if _invertible(text, start) and not _ADDRESSEE.search(match.group("cue")):
            after = _speaker_after(text, end, mentions)  # '…," said analysts X'
            if after and (not speaker or _after_quote(text, start)):
                speaker, inverted = after, True
        if speaker and _adjective_subject(speaker[-1], match.group("cue")):
            speaker = ()
        if speaker and _distant_noun_like(text, speaker[-1], start, match.group("cue")):
            speaker = ()
        content = (0, start) if inverted else (end, min(e for e in clause_ends if e >= end))
        cues.append(
            Cue(
                start,
                end,
                match.group("cue"),
                _cue_kind(match.group("cue")),
                speaker,
                content,
                _inside(start, quotes),
            )
        )
        floor = end
    cues = _clip_contents(cues)
    for match in _ACCORDING.finditer(text):
        who = _speaker_after(text, match.end() - 1, mentions)
        if who:
            cues.append(
                Cue(
                    match.start(),
                    match.end(),
                    match.group().strip(),
                    "report",
                    who,
                    (0, len(text)),
                    _inside(match.start(), quotes),
                )
            )
    for pattern, kind in ((_RECKONING, "stance"), (_TRIGGER, "trigger")):
        for match in pattern.finditer(text):
            who = tuple(
                m
                for m in mentions
                if match.start("who") <= m.start < match.end("who")
                and m.key not in ("pronoun", "media")
            )
            if who:
                cues.append(
                    Cue(
                        match.start(),
                        match.end(),
                        match.group().strip(),
                        kind,
                        who[:1],
                        (match.end(), match.end()),
                        False,
                    )
                )
    return sorted(cues, key=lambda c: c.start)


_PASSIVE = re.compile(
    r"^(?:.*\s)?(?:was|were|been|being|is|are)\s+(?!quoted\b)(?:\w+ed|told|sent|held|shut|made"
    r"|given|seen|known|thought|said|freed|withdrawn|shown|taken)$",
    re.IGNORECASE,
)
"""'formalities were conducted': the subject of a passive is no speaker."""
_NOUN_LIKE = re.compile(
    r"(?:notes|reports|claims|states|calls|demands|promises|offers|threats|hopes|fears|views"
    r"|doubts|signals|highlights|praises|requests|proposals|warnings|pledges|vows|sees)"
)


def _distant_noun_like(text: str, speaker: Mention, cue_start: int, cue: str) -> bool:
    """'She … sat next to him scribbling notes': a word that is mostly a noun counts as a
    verb only right after its subject."""
    if not _NOUN_LIKE.fullmatch(cue) or speaker.start > cue_start:
        return False
    return len(text[speaker.end : cue_start].split()) > 3


def _noun_use(text: str, start: int) -> bool:
    """'a proposed summit', 'the demands': a cue word used as a noun or adjective."""
    return bool(_DETERMINER.search(text[max(0, start - 8) : start]))


def _adjective_subject(mention: Mention, cue: str) -> bool:
    """'North Korean demands for …': a demonym before a plural noun is no subject."""
    return bool(re.search(r"(?:an|ese|ish)$", mention.text)) and bool(
        re.fullmatch(
            r"(?:calls for|calls on|demands|threats|promises|offers|proposals|hopes"
            r"|views|fears|doubts|concerns|claims|reports|statements)",
            cue,
        )
    )


def _invertible(text: str, start: int) -> bool:
    """Only '…," said X' or '…, said X' puts the speaker after the cue."""
    before = text[:start].rstrip()
    return not before or before.endswith((",", "”", '"', "’"))


_ADDRESSEE = re.compile(r"\b(?:told|tells|tell|informed|briefed|asked|urged|warned)$")


def _after_quote(text: str, start: int) -> bool:
    return text[:start].rstrip().rstrip(",").rstrip().endswith(("”", '"', "’"))


def _clip_contents(cues: list[Cue]) -> list[Cue]:
    """A forward content ends where a trailing '…, X said' attribution begins."""
    clipped = []
    for cue in cues:
        end = cue.content[1]
        for later in cues:
            if later.start > cue.end and later.content == (0, later.start) and later.speaker:
                end = min(end, later.speaker[0].start)
        clipped.append(
            Cue(
                cue.start,
                cue.end,
                cue.text,
                cue.kind,
                cue.speaker,
                (cue.content[0], max(cue.content[0], end)),
                cue.quoted,
            )
        )
    return clipped


def _speaker_before(
    text: str, cue_start: int, mentions: list[Mention], floor: int = 0
) -> tuple[tuple[Mention, ...], bool]:
    """The subject of a cue: the nearest segment before it that names someone."""
    limit = cue_start
    bounds = list(_BOUNDARY.finditer(text, floor, cue_start))
    segments: list[tuple[int, int, str]] = []
    for boundary in reversed(bounds):
        segments.append((boundary.end(), limit, boundary.group()))
        limit = boundary.start()
    segments.append((floor, limit, ""))
    segments = [seg for seg in segments if text[seg[0] : seg[1]].strip()]
    relative = False
    for number, (start, stop, separator) in enumerate(segments[:4]):
        outside = any(m.key == OTHER for m in mentions if start <= m.start < stop)
        if stop - start > 90 and not (separator.strip() == "," and outside):
            break
        if _ACCORDING.match(text, start):  # 'Mr. Kim, according to Yonhap, said'
            continue
        inside = [m for m in mentions if start <= m.start < stop]
        subject = _subject(text, inside, last=relative)
        if number == 0 and subject and _appositive_before(text, segments):
            head = segments[1]
            subject = (
                _subject(text, [m for m in mentions if head[0] <= m.start < head[1]]) or subject
            )
        if number == 0 and not subject and not inside:
            subject = _unknown_name(text, start, stop)
        if subject:
            inverted = (
                number == 0
                and start > 0
                and bool(re.search(r"[,”\"]\s*$", text[:start].rstrip() + separator.strip()))
            )
            return subject, inverted and _ends_near(text, cue_start)
        relative = relative or bool(re.match(r"\s*(?:who|which)\b", text[start:stop]))
        if not inside and not relative and not _is_appositive(text[start:stop], separator):
            break
        if separator.strip() not in (",", ""):
            break
    return (), False


_APPOSITIVE = re.compile(r"\s*(?:a|an|the|his|her|its|their|[\w.’'-]+(?:\s[\w.’'-]+){0,3}['’]s)\b")


def _appositive_before(text: str, segments: list[tuple[int, int, str]]) -> bool:
    """'Even China, North Korea's closest ally, expressed …': the head comes first."""
    if len(segments) < 2 or segments[0][2].strip() != ",":
        return False
    head_start, head_stop, head_separator = segments[1]
    head = text[head_start:head_stop]
    return (
        bool(_APPOSITIVE.match(text[segments[0][0] : segments[0][1]]))
        and len(head.split()) <= 6
        and (head_start == 0 or head_separator.strip() in (",", ""))
    )


def _modifier(text: str, mention: Mention) -> bool:
    """A demonym or possessive that modifies the noun after it ("South Korean", "Seoul's")."""
    return bool(re.search(r"(?:an|ese|ish)$", mention.text)) or bool(
        re.match(r"['’]s\b", text[mention.end : mention.end + 2])
    )


def _unknown_name(text: str, start: int, stop: int) -> tuple[Mention, ...]:
    """'…," Wright said': a person the template does not know is an outside voice."""
    match = _NAME.search(text[start:stop])
    if not match:
        return ()
    name = match.group(1)
    tokens = name.split()
    if tokens[0] in _NOT_NAMES or (len(tokens) == 1 and name in _NOT_NAMES):
        return ()
    return (Mention(start + match.start(1), start + match.end(1), name, OTHER),)


def _ends_near(text: str, cue_start: int) -> bool:
    """'…, X said in a statement.': little follows the cue, so it reports what came before."""
    rest = text[cue_start:]
    return len(re.split(r"[,;]", rest)[0].strip()) <= 60


def _is_appositive(segment: str, separator: str) -> bool:
    return separator.strip() == "," and len(segment.split()) <= 8


def _speaker_after(text: str, cue_end: int, mentions: list[Mention]) -> tuple[Mention, ...]:
    """'…," said Sen. X, a Democrat' / 'according to X': the name after the cue."""
    stop = len(text)
    for match in re.finditer(r"[,;(]|\.(?:\s|$)|\s+that\s+", text[cue_end:]):
        stop = cue_end + match.start()
        break
    if stop - cue_end > 80:
        return ()
    inside = [m for m in mentions if cue_end <= m.start < stop]
    subject = _subject(text, inside)
    if subject:
        return subject
    tail = text[cue_end:stop].strip()
    if re.match(r"^(?:[A-Z][\w.'’-]+\s*){1,4}$", tail) and not _PRONOUN.fullmatch(tail):
        return (Mention(cue_end, stop, tail, OTHER),)
    return ()


_OWNER = re.compile(r"\b(?:his|her|its|their)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
"""'his top diplomat': someone of the actor just named, not an outside voice."""
_CONJUNCTION = re.compile(
    r"\b(?:and|but|or|as|while|because|when|if|since|though|although|so|whereas)\b"
)


def _clause_start(text: str, usable: list[Mention]) -> int:
    """Index of the first mention of the last clause: 'Iran warned that President Trump
    should not be trusted and China said …' makes China, not Trump, the subject."""
    start = 0
    for index in range(1, len(usable)):
        between = text[usable[index - 1].end : usable[index].start]
        words = re.findall(r"[\w’'-]+", between)
        if _CONJUNCTION.search(between) and len(words) > 2:
            start = index
    return start


def _subject(text: str, inside: list[Mention], last: bool = False) -> tuple[Mention, ...]:
    """Mentions that can be a subject: not objects of prepositions; compound 'A and B'."""
    usable = [
        m
        for m in inside
        if m.key == "media"
        or _ROLE_PREPOSITION.search(text[max(0, m.start - 40) : m.start])
        or not _PREPOSITIONS.search(text[max(0, m.start - 12) : m.start])
    ]
    if not usable:
        return ()
    if last:
        return (usable[-1],)
    usable = usable[_clause_start(text, usable) :]
    overriding = [m for m in usable if m.key == OTHER and _ROLE_OVERRIDE.match(m.text)]
    if overriding:
        return (overriding[0],)
    media = [m for m in usable if m.key == "media"]
    if media and all(_modifier(text, m) for m in usable if m.key != "media"):
        return (media[0],)  # "South Korea's Yonhap news agency", "South Korean media"
    head = usable[0]
    group = [head]
    for mention in usable[1:]:
        between = text[group[-1].end : mention.start]
        if re.fullmatch(r"\s*(?:and|,)\s*(?:Mr\.|Ms\.|President|Chairman|leader)?\s*", between):
            group.append(mention)
        elif re.fullmatch(r"[’']s\s+[^,]{0,40}", between) or mention.key == head.key:
            continue
        else:
            break
    return tuple(group)


# ---- holders ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Context:
    """What the sentences before leave behind: the attribution just before (for quote
    continuations) and who "he", "it" or "the official" most likely is."""

    previous: Attribution = Attribution()
    referent: str = ""
    names: tuple[tuple[str, str], ...] = ()


_DATELINE = re.compile(
    r"^(?:[A-Z][A-Za-z/ ,.'-]{0,60}\s*)?\((?:Reuters|AP|AFP|CNN|UPI|Yonhap|Bloomberg|dpa)\)"
    r"\s*[-—–:]*\s*"
)
"""'SEOUL/WASHINGTON (Reuters) - ': a dateline names the outlet, not a speaker (blanked out,
offsets kept)."""

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
        quiet = 0 if referent else quiet + 1
        kept = context.referent if quiet < _REFERENT_SPAN else ""
        names = context.names
        found = matcher.full_names(sentence.text)
        if found:
            merged = dict(names)
            merged.update(found)
            names = tuple(sorted(merged.items()))
        context = Context(attribution, referent or kept, names)
    return tuple(results)


def _referent(text: str, mentions: list[Mention], attribution: Attribution) -> str:
    """The holder of a sentence, else the first actor it names as a subject."""
    if attribution.holders:
        return attribution.holders[0]
    for mention in mentions:
        if mention.key not in ("pronoun", "media") and not _PREPOSITIONS.search(
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
    text = _DATELINE.sub(lambda m: " " * len(m.group()), text[:MAX_SENTENCE_CHARS])
    mentions = matcher.mentions(text, headline, dict(context.names) if context.names else None)
    if _NON_COMMENT.search(text) and not re.search(r"\bbut\s+(?:said|added)\b", text):
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
        referent = _subject_before(text, mentions, cue.speaker) or context.referent
        holders.extend(_holders_of(cue, cues, text, referent))
    return _dedupe(holders), mentions


def _subject_before(text: str, mentions: list[Mention], speaker: tuple[Mention, ...]) -> str:
    """'North Korea published a report in which it accused …': 'it' is the sentence's own
    subject, when an actor is named before the pronoun."""
    if not speaker or speaker[0].key != "pronoun":
        return ""
    for mention in mentions:
        if mention.start >= speaker[0].start:
            break
        if mention.key not in ("pronoun", "media") and (
            _ROLE_PREPOSITION.search(text[max(0, mention.start - 40) : mention.start])
            or not _PREPOSITIONS.search(text[max(0, mention.start - 12) : mention.start])
        ):
            return mention.key
    return ""


def _is_quote_continuation(text: str) -> bool:
    """A sentence that opens with a quotation mark and names no speaker of its own."""
    return text.strip()[:1] in _QUOTE_OPEN


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
            resolved.extend([(referent, mention.text)] if referent else [])
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
        and c.kind in ("speech", "report", "action", "trigger")
        and any(m.key not in ("pronoun", "media") for m in c.speaker)
    ]
    found: list[Evidence] = []
    relays = False
    for sub in inner:
        relays = relays or sub.start - cue.content[0] <= _RELAY_REACH
        inner_referent = own.holders[0] if own.holders else referent
        for key, mention in _resolve(sub.speaker, inner_referent):
            if cue.kind in ("report", "speech") or key not in own.holders:
                found.append(Evidence(key, mention, sub.text, conduit))
    relayed = {e.holder for e in found}
    if cue.kind == "report" and found and relays:
        keep = [Evidence(k, m, cue.text) for k, m in speakers if _joint(text, cue, k, relayed)]
        return keep + found
    return [Evidence(k, m, cue.text) for k, m in speakers] + found


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
