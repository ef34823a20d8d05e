"""Statement dates: a sentence's time expressions resolved against its article's date.

Each rule is a named pattern with its own resolver (weekdays, yesterday, last week, month
names, years, decades …). A sentence's date is its first time expression that is not inside a
quotation or a relative clause and does not bound or describe something else ("since 2006",
"the treaty signed in 1961"): in news prose that is the time of the reported act ("X said on
Thursday that …"). A sentence without one gets no date: the article's date only bounds it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .models import Article, Precision, Sentence, When

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
MONTH_WORD = (
    rf"(?:{'|'.join(MONTH_NAMES)}"
    r"|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip
DAYS_PER_WEEK = 7

COMING_DAYS = 90
"""A day and month without a year that falls this close after the article's date is the
coming one, whatever the verb ('is back on for June 12' on June 1): news names the year of
a date outside the current one, and a date ten months back is not written without it."""
FUTURE_WINDOW = 80
"""Characters before an expression searched for a future cue ("will travel … on Monday")."""
BOUND_WINDOW = 50
"""Characters before an expression, back to the last comma, searched for a word that makes
it a bound ("since its first nuclear test in 2006")."""
DESCRIBED_WINDOW = 120
"""Characters before an expression, back to the last comma, searched for a participle that
makes it describe a noun ("the agreement reached at a summit … in Singapore last year")."""

_FUTURE = re.compile(
    r"\b(?:will|shall|(?:scheduled|expected|slated|going|set) to|(?:is|are) due to"
    r"|plans? to|planning to)\b|['’]ll\b",
    re.IGNORECASE,
)
_REPORTED = re.compile(r"\b(?:said|says|told|announced|reported|added|stated)\b")
_BOUND = re.compile(
    r"\b(?:since|until|till|before|after|following|through|between)\b", re.IGNORECASE
)
_TIMES_BETWEEN = re.compile(
    rf"\s+(?:the\s+)?(?:\S*\d|{MONTH_WORD}|{'|'.join(WEEKDAYS)}"
    r"|(?i:early|late|mid|last|this|next|now|spring|summer|fall|autumn|winter)\b)"
)
"""What follows 'between' when it bounds a span of time ('between 2006 and 2009', 'between
March and May'), not two parties ('tension between Washington and Pyongyang last
summer')."""
_DESCRIBED = re.compile(
    r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bis )(?<!\bare )"  # passive: the main verb
    r"(?<!-)\b(?:signed|reached|founded|established|struck|sealed|abducted|kidnapped|built"
    r"|conducted|held|imposed|adopted|issued|released|published|ending|ended)\b"
    r"(?!\s+(?:a|an|the|its|their|his|her|this|that|to|on)\b)"  # an object: the main verb
)
_SPEECH = re.compile(
    r"\b(?:said|says|say|told|tells|tell|warned|warns|announced|added|stated|noted|argued"
    r"|claimed|insisted|wrote|tweeted|reported|believes|believe|declared|agreed|vowed|pledged"
    r"|promised|urged|proposed|demanded|threatened|recalling|recalled)\b"
)
_CLAUSE = re.compile(
    r"\b(?:that|is|are|was|were|had|has|have|would|will|could|can|should|must|did|does"
    r"|[a-z]{3,}ed)\b"
)  # a complementizer or a finite verb: what follows the speech verb is what was said
CONTENT_GAP = 8
"""Words between a speech verb and an expression beyond which the expression is taken to date
what was said ('says the threat differs from what it was in 2009'), not the saying."""
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
_RELATIVE = re.compile(
    r",\s+(?:who|which|whose|where)\b[^,;“\"]*(?:,|[.!?]?$)"  # ', who took office in May,'
    r"|\b(?:who|whose)\b[^,;“\"]*,"  # 'a programmer who defected in 2007,'
    r"|,\s+(?:a|an)\s+(?:former\s+)?[A-Za-z][^,;“\"]*,"  # ', a former detainee … in the 1980s,'
)
_WORD = re.compile(r"[A-Za-z]+")
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
TRIGGER_WORDS = frozenset(
    [*WEEKDAYS, *(m for m in _WORD.findall(MONTH_WORD) if m[0].isupper())]
    + [w for w in ("yesterday", "today", "tonight", "tomorrow", "night", "morning", "afternoon",
                   "evening", "week", "month", "year", "ago") for w in (w, w.capitalize())]
    + ["weeks", "months", "years", "days", "Sep"]
    + [w for w in ("spring", "summer", "fall", "autumn", "winter") for w in (w, w.capitalize())]
)  # fmt: skip
"""Words a rule could start from: most sentences have none and are done with one set test."""
_NOT_TODAY = re.compile(r"\bUSA\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Context:
    """What a resolver knows: the article's date and whether the clause looks ahead."""

    article: dt.date | None
    future: bool
    east: bool = False
    """The article is datelined in East Asia: its date is the publisher's, a day behind."""


class Found:
    """A pattern's match; alternative groups (``month2``, ``dom2`` …) answer to one name."""

    def __init__(self, match: re.Match[str]) -> None:
        self.match = match

    def group(self, name: str) -> str | None:
        """A named group, or the first of its alternatives that matched."""
        groups = self.match.groupdict()
        value = groups.get(str(name))
        for alias in (f"{name}2", f"{name}3"):
            value = value or groups.get(alias)
        return value

    def text(self, name: str) -> str:
        """A group the pattern guarantees."""
        value = self.group(name)
        assert value is not None, name
        return value

    @property
    def phrase(self) -> str:
        """The expression as written, whitespace collapsed."""
        return " ".join(self.match.group(0).split())


Resolver = Callable[[Found, Context], When | None]


def _when(match: Found, date: dt.date | None, precision: Precision) -> When | None:
    return When(date, match.phrase, precision) if date else None


def _month_number(word: str) -> int:
    return MONTHS[word[:3].lower()]


def _year_start(year: int) -> dt.date:
    return dt.date(year, 1, 1)


def _weekday(match: Found, ctx: Context) -> When | None:
    """'on Thursday' → the Thursday before (or of) the article's day; 'will … on Monday',
    'next Monday' → the coming one; 'last Friday' in a Friday article → a week before. In
    an article datelined in East Asia, the day after the article's ('SEOUL — … Moon's office
    announced Saturday' in a US paper dated Friday) is that day there, not six days ago."""
    if ctx.article is None:
        return None
    modifier = (match.group("mod") or "").lower()
    target = WEEKDAYS.index(match.text("day"))
    ahead = modifier == "next" or (ctx.future and modifier != "last")
    if ahead:
        delta = (target - ctx.article.weekday()) % DAYS_PER_WEEK
        delta = delta or (DAYS_PER_WEEK if modifier == "next" else 0)
        return _when(match, ctx.article + dt.timedelta(days=delta), Precision.DAY)
    delta = (ctx.article.weekday() - target) % DAYS_PER_WEEK
    delta = delta or (DAYS_PER_WEEK if modifier == "last" else 0)
    if ctx.east and not modifier and delta == DAYS_PER_WEEK - 1:
        return _when(match, ctx.article + dt.timedelta(days=1), Precision.DAY)
    return _when(match, ctx.article - dt.timedelta(days=delta), Precision.DAY)


_DAY_OFFSETS = {
    "yesterday": -1,
    "last night": -1,
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "tomorrow": 1,
}


def _relative_day(match: Found, ctx: Context) -> When | None:
    """'yesterday' → the day before the article; 'today' → its day."""
    if ctx.article is None or _NOT_TODAY.search(match.match.string[: match.match.start()]):
        return None
    offset = _DAY_OFFSETS[" ".join(match.text("word").lower().split())]
    return _when(match, ctx.article + dt.timedelta(days=offset), Precision.DAY)


_PERIOD_STEPS = {"last": -1, "this": 0, "earlier this": 0, "later this": 0, "next": 1}


def _period(match: Found, ctx: Context) -> When | None:
    """'last week', 'earlier this month', 'next year' → that week, month or year."""
    if ctx.article is None:
        return None
    step = _PERIOD_STEPS[" ".join(match.text("rel").lower().split())]
    unit = match.text("unit").lower()
    if unit == "week" and ctx.article.weekday() == SUNDAY:
        step = _sunday_week_step(step, ctx.future)
    return _shifted(match, ctx.article, unit, step)


SUNDAY = 6


def _sunday_week_step(step: int, future: bool) -> int:
    """A Sunday paper's weeks, counted from the week (Monday to Sunday) that ends that day:
    'last week' is that week ('Trump last week said he would meet Kim' on Sunday 11 March
    2018 is the week of 5 March, not of 26 February), 'this week' the coming one when the
    clause looks ahead ('will travel this week'), 'next week' the coming one."""
    if step < 0:
        return 0
    if step == 0:
        return 1 if future else 0
    return step


def _shifted(match: Found, article: dt.date, unit: str, step: int) -> When | None:
    if unit == "day":
        return _when(match, article + dt.timedelta(days=step), Precision.DAY)
    if unit == "week":
        monday = article - dt.timedelta(days=article.weekday())
        return _when(match, monday + dt.timedelta(weeks=step), Precision.WEEK)
    if unit == "month":
        months = article.year * 12 + article.month - 1 + step
        return _when(match, dt.date(months // 12, months % 12 + 1, 1), Precision.MONTH)
    return _when(match, _year_start(article.year + step), Precision.YEAR)


def _ago(match: Found, ctx: Context) -> When | None:
    """'two weeks ago', '3 years ago' → that many units before the article."""
    if ctx.article is None:
        return None
    raw = match.text("n").lower()
    count = NUMBER_WORDS[raw] if raw in NUMBER_WORDS else int(raw)
    return _shifted(match, ctx.article, match.text("unit").lower(), -count)


def _month_day(match: Found, ctx: Context) -> When | None:
    """'June 12', '12 June', 'Feb. 12, 2013': the latest such day on or before the article
    (the next one when the clause looks ahead) unless the year is given."""
    month, day = _month_number(match.text("month")), int(match.text("dom"))
    year = match.group("year")
    try:
        if year:
            return _when(match, dt.date(int(year), month, day), Precision.DAY)
        if ctx.article is None:
            return None
        date = dt.date(ctx.article.year, month, day)
    except ValueError:  # 'February 30'
        return None
    if not ctx.future and date > ctx.article + dt.timedelta(days=COMING_DAYS):
        date = date.replace(year=date.year - 1)
    elif ctx.future and date < ctx.article:
        date = date.replace(year=date.year + 1)
    return _when(match, date, Precision.DAY)


def _month(match: Found, ctx: Context) -> When | None:
    """'in May', 'March 2013', 'last December': that month, in the latest year on or before
    the article's month (the coming one when the clause looks ahead)."""
    month = _month_number(match.text("month"))
    if match.group("year"):
        return _when(match, dt.date(int(match.text("year")), month, 1), Precision.MONTH)
    if ctx.article is None:
        return None
    year = ctx.article.year
    last = (match.group("mod") or "").lower() == "last"
    if ctx.future and not last:
        year += month < ctx.article.month
    else:
        year -= month > ctx.article.month or (last and month == ctx.article.month)
    return _when(match, dt.date(year, month, 1), Precision.MONTH)


SEASON_MONTHS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
"""The month a season of the northern hemisphere begins in (winter runs into next year)."""


def _season(match: Found, ctx: Context) -> When | None:
    """'last summer', 'this spring', 'fall 2017', 'the winter of 2013' → those three months:
    'last' the latest that ended before the article, 'next' the first that begins after
    it, 'this' the one of the article's season year (winter from December)."""
    month = SEASON_MONTHS[match.text("season").lower()]
    if match.group("year"):
        return _when(match, dt.date(int(match.text("year")), month, 1), Precision.SEASON)
    if ctx.article is None:
        return None
    article = ctx.article
    rel = match.text("rel").lower().split()[-1]
    if rel == "this":  # January's winter began in the December before
        year = article.year - (month == 12 and article.month < 3)
        return _when(match, dt.date(year, month, 1), Precision.SEASON)
    starts = [dt.date(y, month, 1) for y in range(article.year - 2, article.year + 2)]
    seasons = [When(d, "", Precision.SEASON) for d in starts]
    if rel == "last":
        ended = [w.date for w in seasons if w.end < article]
        return _when(match, ended[-1], Precision.SEASON)
    return _when(match, next(d for d in starts if d > article), Precision.SEASON)


def _year(match: Found, ctx: Context) -> When | None:
    """'in 1994', 'early 2018' → that year."""
    return _when(match, _year_start(int(match.text("year"))), Precision.YEAR)


def _decade(match: Found, ctx: Context) -> When | None:
    """'in the 1990s' → the decade."""
    return _when(match, _year_start(int(match.text("decade"))), Precision.DECADE)


_PART = r"(?:(?:early|late|mid|the middle of|the end of)[\s-]+)?"
RULES: dict[str, tuple[re.Pattern[str], Resolver]] = {
    "weekday": (
        re.compile(
            rf"\b(?:(?P<mod>last|next|this|on|late|early|Last|Next|On)\s+)?"
            rf"(?P<day>{'|'.join(WEEKDAYS)})(?:['’]s)?"
            r"(?:\s+(?:night|morning|afternoon|evening))?\b"
        ),
        _weekday,
    ),
    "relative day": (
        re.compile(
            r"\b(?P<word>yesterday|today|tonight|tomorrow|last\s+night"
            r"|this\s+(?:morning|afternoon|evening))\b(?:['’]s)?",
            re.IGNORECASE,
        ),
        _relative_day,
    ),
    "period": (
        re.compile(
            r"\b(?:(?:early|late)\s+)?(?P<rel>last|this|earlier\s+this|later\s+this|next)"
            r"\s+(?P<unit>week|month|year)\b(?:['’]s)?",
            re.IGNORECASE,
        ),
        _period,
    ),
    "ago": (
        re.compile(
            rf"\b(?P<n>\d+|{'|'.join(NUMBER_WORDS)})\s+(?P<unit>day|week|month|year)s?\s+ago\b",
            re.IGNORECASE,
        ),
        _ago,
    ),
    "month day": (
        re.compile(
            rf"\b(?:(?P<month>{MONTH_WORD})\s+(?P<dom>\d{{1,2}})(?:st|nd|rd|th)?\b"
            rf"|(?P<dom2>\d{{1,2}})\s+(?P<month2>{MONTH_WORD}))"
            r"(?:,?\s+(?P<year>(?:19|20)\d{2})\b)?"
        ),
        _month_day,
    ),
    "month": (
        re.compile(
            rf"\b(?:(?:(?P<mod>in|last|this|early|late|mid|since|until|by|In|Last)[\s-]+)"
            rf"{_PART}(?P<month>{MONTH_WORD})(?:\s+(?P<year>(?:19|20)\d{{2}}))?"
            rf"|(?P<month3>{MONTH_WORD})\s+(?P<year3>(?:19|20)\d{{2}}))\b"
        ),
        _month,
    ),
    "season": (
        re.compile(
            r"\b(?:(?P<rel>last|this|next|earlier\s+this|later\s+this)\s+"
            r"(?P<season>spring|summer|fall|autumn|winter)"
            r"|(?:in|during|since|until|by|the|early|late)\s+(?:the\s+)?(?:(?:early|late)\s+)?"
            r"(?P<season2>spring|summer|fall|autumn|winter)\s+(?:of\s+)?"
            r"(?P<year>(?:19|20)\d{2}))\b(?![’'s-])",
            re.IGNORECASE,
        ),
        _season,
    ),
    "year": (
        re.compile(
            rf"\b(?:in|during|since|until|by|of|early|late|mid|In|During)[\s-]+{_PART}"
            r"(?P<year>(?:19|20)\d{2})\b(?![’'s-])"
        ),
        _year,
    ),
    "decade": (
        re.compile(rf"\b(?:in\s+)?the\s+{_PART}(?P<decade>(?:19|20)\d0)s\b", re.IGNORECASE),
        _decade,
    ),
}
"""Rule name → (pattern, resolver). Where two rules match at one place the longer wins."""


def _masked(text: str) -> str:
    """The text with quotations and relative clauses blanked (offsets kept): their time
    expressions date what is quoted or described, not the reported act."""
    for pattern in (_QUOTED, _RELATIVE):
        text = pattern.sub(lambda m: MASK * len(m.group(0)), text)
    return text


MASK = "\x00"
"""What a blanked character becomes: no word and no space, so that no time expression is
read across a blanked clause ('1 who, Feb. 29' is no '1 Feb.')."""


def _candidates(text: str) -> list[tuple[re.Match[str], Resolver]]:
    found = [
        (m, resolver)
        for pattern, resolver in RULES.values()
        for m in pattern.finditer(text)
        if m.group(0).strip()
    ]
    found.sort(key=lambda pair: (pair[0].start(), -len(pair[0].group(0))))
    kept: list[tuple[re.Match[str], Resolver]] = []
    for match, resolver in found:
        if not kept or match.start() >= kept[-1][0].end():
            kept.append((match, resolver))
    return kept


def _looks_ahead(text: str, start: int) -> bool:
    """A future cue in the same clause before the expression ('will travel … on Monday')."""
    window = text[max(0, start - FUTURE_WINDOW) : start]
    reported = list(_REPORTED.finditer(window))
    if reported:
        window = window[reported[-1].end() :]
    return bool(_FUTURE.search(window))


def _bound(text: str, match: re.Match[str]) -> bool:
    """'since 2006', 'the agreement signed in 1961': a bound or a description, not the act."""
    clause = re.split(r"[,;:]", text[max(0, match.start() - DESCRIBED_WINDOW) : match.start()])[-1]
    head = match.group(0).split()[0].lower()
    near = clause[-BOUND_WINDOW:]
    offset = match.start() - len(near)  # where ``near`` begins in the text
    bound = any(
        b.group(0).lower() != "between" or _TIMES_BETWEEN.match(text, offset + b.end())
        for b in _BOUND.finditer(near)
    ) or head in {"since", "until", "by"}
    of_noun = _OF_A_NOUN.search(clause + ("of " if head == "of" else ""))
    return bool(bound or _DESCRIBED.search(clause) or of_noun)


_OF_A_NOUN = re.compile(
    r"\b(?!(?:spring|summer|fall|autumn|winter|end|beginning|middle|start|rest|part|half"
    r"|course|week|month|year|weeks|months|years|day|days|eve|night|morning|afternoon"
    r"|evening|hours|weekend|quarter|sidelines)\b)[A-Za-z]+\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""'the Korean War of the early 1950s', 'the summit of June 12': the expression dates the
noun before 'of', not the act ('in the spring of 2018' keeps its date)."""


def _in_content(text: str, start: int) -> bool:
    """After the nearest speech verb, past a 'that', a finite verb or more than CONTENT_GAP
    words: the expression dates what was said ('said the talks had failed in 1994'), while
    'said on Monday that …' and 'told reporters in Manila on Monday' keep their date."""
    verbs = list(_SPEECH.finditer(text, 0, start))
    if not verbs:
        return False
    gap = text[verbs[-1].end() : start]
    return bool(_CLAUSE.search(gap)) or len(gap.split()) > CONTENT_GAP


RESOLVED_KEPT = 1 << 17
"""Resolved sentences remembered (about 20 MiB): composing asks for each lead twice, and
the worker pool resolves every sentence of a large folder ahead of it (``remember_when``)."""
_resolved: dict[tuple[str, dt.date | None, bool], When | None] = {}


def resolve_when(text: str, article_date: dt.date | None, east: bool = False) -> When | None:
    """The date the sentence reports: its first usable time expression, or None (``east``:
    the article is datelined in East Asia, :func:`datelined_east`)."""
    key = (text, article_date, east)
    if key in _resolved:
        return _resolved[key]
    when = _resolve(text, article_date, east)
    remember_when(text, article_date, when, east)
    return when


def remember_when(
    text: str, article_date: dt.date | None, when: When | None, east: bool = False
) -> None:
    """Note what ``resolve_when(text, article_date, east)`` gives (computed in another
    process)."""
    if len(_resolved) >= RESOLVED_KEPT:
        _resolved.clear()
    _resolved[(text, article_date, east)] = when


_EAST = re.compile(
    r"(?:SEOUL|PYONGYANG|PANMUNJOM|BUSAN|TOKYO|OSAKA|BEIJING|SHANGHAI|HONG KONG|TAIPEI"
    r"|SINGAPORE|HANOI|MANILA|BANGKOK|JAKARTA|KUALA LUMPUR)"
    r"(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?(?:/[A-Z][A-Z ]+)*\s*(?:\([^)]{2,20}\)\s*)?[—–-]"
)
"""A dateline of an East Asian city: 'SEOUL —', 'SEOUL, South Korea (AP) —', 'TOKYO
(Reuters) -'."""
DATELINE_PARAGRAPHS = 4
"""Paragraphs a dateline may follow (bylines and the outlet's name come first)."""


def datelined_east(paragraphs: tuple[str, ...]) -> bool:
    """Whether an article is datelined in an East Asian city, where it is a day later than
    the US paper's date when the news breaks there."""
    return any(_EAST.match(p.strip()) for p in paragraphs[:DATELINE_PARAGRAPHS])


def sentence_dates(articles: Sequence[Article]) -> Callable[[Sentence], When | None]:
    """:func:`resolve_when` for the sentences of these articles, each against its article's
    date and dateline (worked out once per article)."""
    known = {a.id: (a.date, datelined_east(a.paragraphs)) for a in articles}

    def date_of(sentence: Sentence) -> When | None:
        date, east = known.get(sentence.article_id, (None, False))
        return resolve_when(sentence.text, date, east)

    return date_of


def _resolve(text: str, article_date: dt.date | None, east: bool = False) -> When | None:
    if TRIGGER_WORDS.isdisjoint(_WORD.findall(text)) and not _YEAR_DIGITS.search(text):
        return None
    masked = _masked(text)
    for match, resolver in _candidates(masked):
        if _bound(masked, match) or _in_content(masked, match.start()):
            continue
        context = Context(article_date, _looks_ahead(masked, match.start()), east)
        try:
            when = resolver(Found(match), context)
        except (ValueError, OverflowError):  # 'next year' of an article dated 9999
            continue
        if when:
            return when
    return None
