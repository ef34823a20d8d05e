"""Cues and their speakers: who said, urged, wanted or did what in one sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import (
    ACCORDING,
    ACTION_ONLY,
    BOUNDARY,
    CITED,
    CLAUSE,
    CUE,
    CUE_HEADLINE,
    DETERMINER,
    NAME,
    NOT_NAMES,
    OWNER,
    PREPOSITIONS,
    PRONOUN,
    RECKONING,
    RELATIVE_HEAD,
    REPORT_ONLY,
    ROLE_OVERRIDE,
    ROLE_PREPOSITION,
    STANCE_ONLY,
    SUBORDINATE,
    TRIGGER,
)
from .mentions import (
    Mention,
    is_inside,
    quoted_spans,
)
from .models import OTHER


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
    if REPORT_ONLY.fullmatch(text) or REPORT_ONLY.search(last) and REPORT_ONLY.fullmatch(last):
        return "report"
    if ACTION_ONLY.search(text):
        return "action"
    if STANCE_ONLY.search(text):
        return "stance"
    return "speech"


def find_cues(text: str, mentions: list[Mention], headline: bool = False) -> list[Cue]:
    """Every cue in the sentence with its speaker, content span and whether it is quoted."""
    quotes = quoted_spans(text)
    clause_ends = [m.start() for m in CLAUSE.finditer(text)] + [len(text)]
    pattern = CUE_HEADLINE if headline else CUE
    cited = [m.span() for m in CITED.finditer(text)]  # 'cited Moon as saying' is one cue
    matches = [
        m
        for m in pattern.finditer(text)
        if not _noun_use(text, m.start("cue"))
        and not _passive(text, m.start("cue"), m.group("cue"))
        and not any(a <= m.start("cue") < b for a, b in cited)
    ]
    cues: list[Cue] = []
    floor = 0
    for match in matches:
        start, end = match.span("cue")
        speaker, inverted = _speaker_before(text, start, mentions, floor)
        if not speaker and floor and RELATIVE_HEAD.search(text, 0, start):
            # 'Trump, who called the chat "a good talk", said …': the earlier cue sits in a
            # relative clause, so the subject stands before it
            speaker, inverted = _speaker_before(text, start, mentions, 0)
        participle = match.group("cue").endswith("ing") and text[:start].rstrip().endswith(",")
        if participle:  # '…, warning the United States …': same subject as the main clause
            speaker, inverted = (cues[-1].speaker if cues else speaker), False
        elif _invertible(text, start) and not _ADDRESSEE.search(match.group("cue")):
            after = _speaker_after(text, end, mentions)  # '…," said analysts X'
            if (
                after
                and _adjacent(text, end, after[0])
                and (not speaker or _after_quote(text, start) or _SAY.fullmatch(match.group("cue")))
            ):
                speaker, inverted = after, True
        if speaker and _adjective_subject(speaker[-1], match.group("cue")):
            speaker = ()
        if speaker and _distant_noun_like(text, speaker[-1], start, match.group("cue")):
            speaker = ()
        if speaker and SUBORDINATE.search(text[max(0, speaker[0].start - 10) : speaker[0].start]):
            speaker = ()  # 'since it conducted its first test', 'if Washington withdrew
        if not speaker and _cue_kind(match.group("cue")) == "report" and not _NOUN_PRONE.fullmatch(
            match.group("cue")
        ):
            speaker, inverted = _plain_subject(text, start, end, quotes)
        content = (0, start) if inverted else (end, min(e for e in clause_ends if e >= end))
        cues.append(
            Cue(
                start,
                end,
                match.group("cue"),
                _cue_kind(match.group("cue")),
                speaker,
                content,
                is_inside(start, quotes),
            )
        )
        floor = end
    cues = _clip_contents(cues)
    for match in ACCORDING.finditer(text):
        who = _speaker_after(text, match.end() - 1, mentions) or _according_phrase(text, match)
        if who:
            cues.append(_phrase_cue(match, "report", who, (0, len(text)), quotes))
    for pattern, kind in ((RECKONING, "stance"), (TRIGGER, "trigger"), (CITED, "speech")):
        for match in pattern.finditer(text):
            who = tuple(
                m
                for m in mentions
                if match.start("who") <= m.start < match.end("who")
                and m.key not in ("pronoun", "media")
            )
            if who:
                cues.append(_phrase_cue(match, kind, who[:1], (match.end(), match.end()), []))
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


_AUXILIARY = re.compile(r"\b(?:is|are|was|were|been|being|be|get|gets|got)\s+$")
_PARTICIPLE = re.compile(
    r"\w+ed|told|sent|held|shut|made|given|seen|known|thought|said|withdrawn|shown|taken"
)


def _phrase_cue(
    match: re.Match[str],
    kind: str,
    who: tuple[Mention, ...],
    content: tuple[int, int],
    quotes: list[tuple[int, int]],
) -> Cue:
    """A cue made of a whole phrase ('according to X', "by X's reckoning", 'cited X as …')."""
    quoted = is_inside(match.start(), quotes)
    return Cue(match.start(), match.end(), match.group().strip(), kind, who, content, quoted)


def _passive(text: str, start: int, cue: str) -> bool:
    """'formalities were conducted', 'North Korea is banned from…': no speaker acts."""
    if _PASSIVE.match(cue):
        return True
    return bool(_PARTICIPLE.fullmatch(cue)) and bool(
        _AUXILIARY.search(text[max(0, start - 12) : start])
    )


def _distant_noun_like(text: str, speaker: Mention, cue_start: int, cue: str) -> bool:
    """'She … sat next to him scribbling notes': a word that is mostly a noun counts as a
    verb only right after its subject."""
    if not _NOUN_LIKE.fullmatch(cue) or speaker.start > cue_start:
        return False
    return len(text[speaker.end : cue_start].split()) > 3


def _noun_use(text: str, start: int) -> bool:
    """'a proposed summit', 'the demands': a cue word used as a noun or adjective."""
    return bool(DETERMINER.search(text[max(0, start - 8) : start]))


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


_SAY = re.compile(r"said|says|added|adds|wrote|writes|noted|stated|explained|argued|continued")
"""'…, said Kelley': after a comma, a saying verb's speaker is the name that follows it."""


def _adjacent(text: str, cue_end: int, mention: Mention) -> bool:
    """The speaker of an inverted cue follows it at once ('said U.S. Sen. X'), unlike the
    object of a clause ('said his summit with Kim …')."""
    between = text[cue_end : mention.start]
    return (
        len(between.split()) <= 3 and not OWNER.search(between) and not PREPOSITIONS.search(between)
    )


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


_NOUN_PRONE = re.compile(r"states|reports|claims|notes|posted|termed|called \w+|described")
"""Saying words that are often nouns or need an object: no fallback subject for them."""
_NP_BOUNDARY = re.compile(r"[”\"]\s*,?\s*|[;:]\s+|\bthat\s+|^\s*")
_NP_LEAD = re.compile(
    r"^(?:(?:but|and|yet|so|still|however|meanwhile|now|then|also|instead|indeed|later)\b,?\s*)+",
    re.IGNORECASE,
)
_NP_NOT_HEAD = re.compile(
    r"^(?:in|on|at|after|before|during|since|as|while|when|if|for|with|by|from|of|to|under"
    r"|over|asked|speaking|writing|like|unlike|despite|although|though|because|where|which"
    r"|who|whom|whose|including|according)\b",
    re.IGNORECASE,
)
_NP_MAX_WORDS = 12
_NP_WORD = re.compile(r"[\w’'.%-]+")


def _plain_subject(
    text: str, cue_start: int, cue_end: int, quotes: list[tuple[int, int]]
) -> tuple[tuple[Mention, ...], bool]:
    """The noun phrase right before a saying verb ('election officials said', '“…,” Anne
    Richards, an assistant secretary, said'), or right after an inverted one ('…," said
    Ms. Warren'): a speaker the template and the role lists do not know is still a speaker."""
    if is_inside(cue_start, quotes):
        return (), False
    before = max((m.end() for m in _NP_BOUNDARY.finditer(text, 0, cue_start)), default=0)
    phrase = _head_phrase(text, before, cue_start)
    if phrase:
        return (phrase,), False
    if _invertible(text, cue_start):
        stop = _AFTER_STOP.search(text, cue_end)
        phrase = _head_phrase(text, cue_end, stop.start() if stop else len(text))
        if phrase:
            return (phrase,), True
    return (), False


def _last_part(text: str, start: int, stop: int) -> Mention | None:
    """'Her comments were made on a messaging platform, officials said': after a long clause,
    the short phrase after its last comma is the speaker."""
    head, comma, tail = text[start:stop].rpartition(",")
    words = _NP_WORD.findall(tail)
    if not comma or not words or len(words) > _NP_MAX_WORDS // 2:
        return None
    if _NP_NOT_HEAD.match(tail.strip()):
        return None
    body = tail.strip()
    first = start + len(head) + 1 + tail.index(body)
    return Mention(first, first + len(body), body, OTHER)


def _according_phrase(text: str, match: re.Match[str]) -> tuple[Mention, ...]:
    """'according to a poll released on Friday by Latino Decisions': whoever the phrase after
    'according to' names, up to the next comma, is the source."""
    stop = _AFTER_STOP.search(text, match.end())
    phrase = _head_phrase(text, match.end(), stop.start() if stop else len(text))
    return (phrase,) if phrase else ()


def _head_phrase(text: str, start: int, stop: int) -> Mention | None:
    """The first comma part of text[start:stop] that can head a subject noun phrase."""
    position = start
    for part in text[start:stop].split(","):
        begin = position
        position += len(part) + 1
        lead = _NP_LEAD.match(part)
        offset = lead.end() if lead else 0
        words = _NP_WORD.findall(part[offset:])
        if not words or _NP_NOT_HEAD.match(part[offset:].lstrip()):
            continue
        if len(words) > _NP_MAX_WORDS or PRONOUN.fullmatch(words[0]) and len(words) == 1:
            return _last_part(text, start, stop)
        body = part[offset:].strip()
        first = begin + offset + part[offset:].index(body)
        return Mention(first, first + len(body), body, OTHER)
    return None


def _speaker_before(
    text: str, cue_start: int, mentions: list[Mention], floor: int = 0
) -> tuple[tuple[Mention, ...], bool]:
    """The subject of a cue: the nearest segment before it that names someone."""
    quotes = quoted_spans(text)
    if not is_inside(cue_start, quotes):  # '“We are disappointed,” the ACU said': a name
        mentions = [m for m in mentions if not is_inside(m.start, quotes)]  # quoted is no subject
    limit = cue_start
    bounds = list(BOUNDARY.finditer(text, floor, cue_start))
    segments: list[tuple[int, int, str]] = []
    for boundary in reversed(bounds):
        segments.append((boundary.end(), limit, boundary.group()))
        limit = boundary.start()
    segments.append((floor, limit, ""))
    segments = [seg for seg in segments if text[seg[0] : seg[1]].strip()]
    relative = False
    for number, (start, stop, separator) in enumerate(segments[:4]):
        outside = any(m.key == OTHER for m in mentions if start <= m.start < stop)
        long = stop - start > 90 and not (separator.strip() == "," and outside)
        if long and number > 0:
            break
        if long:  # the subject stands near its verb: look at the last words only
            start = max(start, text.rfind(" ", start, stop - 90) + 1)
        if ACCORDING.match(text, start):  # 'Mr. Kim, according to Yonhap, said'
            continue
        if re.match(r"\s*(?:who|which)\b", text[start:stop]):
            relative = True  # what a relative clause names is not the subject: its head is
            continue
        inside = [m for m in mentions if start <= m.start < stop]
        subject = _subject(text, inside, last=relative)
        if number == 0 and subject and _appositive_before(text, segments):
            head = segments[1]
            subject = (
                _subject(text, [m for m in mentions if head[0] <= m.start < head[1]]) or subject
            )
        if number == 0 and not subject and not inside:
            subject = _relative_head(text, mentions, start) or _unknown_name(text, start, stop)
        elif relative and not subject and not inside:  # 'Alexandra Bell, who worked …, said'
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
        if _soft(separator) not in (",", ""):
            break
    return (), False


def _soft(separator: str) -> str:
    """A comma or a closing quote inside a clause ('who called it “a good talk” on Twitter,')."""
    return separator.strip().replace("”", "").replace('"', "")


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


def _relative_head(text: str, mentions: list[Mention], before: int) -> tuple[Mention, ...]:
    """'Trump, who is spending a weekend in Palm Beach, Florida, tweeted': the subject is the
    head of the relative clause, not the last capitalized word before the verb."""
    head = RELATIVE_HEAD.search(text, 0, before)
    if not head:
        return ()
    return _subject(text, [m for m in mentions if m.start < head.start()])


def _unknown_name(text: str, start: int, stop: int) -> tuple[Mention, ...]:
    """'…," Wright said': a person the template does not know is an outside voice."""
    match = NAME.search(text[start:stop])
    if not match:
        return ()
    name = match.group(1)
    tokens = name.split()
    if tokens[0] in NOT_NAMES or (len(tokens) == 1 and name in NOT_NAMES):
        return ()
    if PREPOSITIONS.search(text[max(0, start + match.start(1) - 12) : start + match.start(1)]):
        return ()  # '… on Twitter, said': a place or medium, not a person
    return (Mention(start + match.start(1), start + match.end(1), name, OTHER),)


def _ends_near(text: str, cue_start: int) -> bool:
    """'…, X said in a statement.': little follows the cue, so it reports what came before."""
    rest = text[cue_start:]
    return len(re.split(r"[,;]", rest)[0].strip()) <= 60


def _is_appositive(segment: str, separator: str) -> bool:
    return _soft(separator) in (",", "") and bool(separator.strip()) and len(segment.split()) <= 8


def _speaker_after(text: str, cue_end: int, mentions: list[Mention]) -> tuple[Mention, ...]:
    """'…," said Sen. X, a Democrat' / 'according to X': the name after the cue."""
    stop = len(text)
    for match in _AFTER_STOP.finditer(text, cue_end):
        stop = match.start()
        break
    if stop - cue_end > 80:
        return ()
    inside = [
        m
        for m in mentions
        if cue_end <= m.start < stop and (m.key != "pronoun" or not text[m.end : stop].strip())
    ]  # '…, said it would be easier': a pronoun after the cue opens its content
    near = [m for m in inside if len(text[cue_end : m.start].split()) <= 3]
    subject = _subject(text, inside if near else [], objects=True)
    if subject:
        return subject
    leading = _LEADING_NAME.match(text, cue_end, stop)
    tail = leading.group(1) if leading and not text[leading.end() : stop].strip() else ""
    if tail and not PRONOUN.fullmatch(tail) and tail.split()[0] not in NOT_NAMES:
        role = _ROLE_AFTER.match(text, stop)  # '…, a spokesman for U.S. Pacific Command'
        if role:
            employer = [m for m in mentions if role.end() <= m.start < role.end() + 40]
            if employer and employer[0].key not in ("pronoun", "media", OTHER):
                who = f"{tail} ({employer[0].text})"
                return (Mention(cue_end + 1, stop, who, employer[0].key),)
        return (Mention(cue_end, stop, tail, OTHER),)
    return ()


_LEADING_NAME = re.compile(r"\s*((?:[A-Z][\w.'’-]+\s+){0,3}[A-Z][\w.'’-]+)(?=\s|$|[,;.])")
"""'said David Albright from the Institute …': the capitalized name right after the cue."""
_AFTER_STOP = re.compile(
    r"[,;(]|(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSen)(?<!\bRep)(?<!\bGen)(?<!\bLt)(?<!\bCol)"
    r"(?<!\bCapt)(?<!\bCmdr)(?<!\bAdm)(?<!\bGov)(?<!\bMaj)(?<!\bSgt)\.(?:\s|$)|\s+that\s+"
)
"""Where the name after an inverted cue ends: a comma, or a full stop that ends no title."""
_ROLE_AFTER = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:spokes\w+|official|adviser|advisor|aide|envoy"
    r"|ambassador|minister|officer|director|secretary|negotiator)\s+(?:for|of|at|with|in)\s+"
    r"(?:the\s+)?"
)


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


def _subject(
    text: str, inside: list[Mention], last: bool = False, objects: bool = False
) -> tuple[Mention, ...]:
    """Mentions that can be a subject: not objects of prepositions (unless ``objects``, for
    the name after 'according to' or 'said'); compound 'A and B'."""
    usable = [
        m
        for m in inside
        if objects
        or m.key == "media"
        or ROLE_PREPOSITION.search(text[max(0, m.start - 40) : m.start])
        or not PREPOSITIONS.search(text[max(0, m.start - 12) : m.start])
    ]
    if not usable:
        return ()
    if last:
        return (usable[-1],)
    usable = usable[_clause_start(text, usable) :]
    overriding = [m for m in usable if m.key == OTHER and ROLE_OVERRIDE.match(m.text)]
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
