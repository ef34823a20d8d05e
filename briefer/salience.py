"""Why a position matters: the signals that order an actor's positions, with their reasons.

A brief shows few bullets per actor, so it must pick what a reader needs first. Each
candidate (a sentence with its paraphrases from other outlets) is scored on general news
signals, never on the dev days' wording:

- ``rank``: the ranker's score (centrality across the folder, lead prior), scaled to [0, 1];
- ``outlets``: corroboration, the share of outlets in the folder that report it;
- ``substance``: a decision, demand, commitment, threat or refusal rather than colour;
- ``voice``: the actor speaks or acts itself rather than being relayed by someone else;
- ``claim``: the actor states something (said, urged, vowed) rather than a deed narrated;
- ``topic``: the template's actors and keywords, used as the query;
- ``recency``: how new the newest article reporting it is, within the folder;
- ``timely``: dated to the news day ('on Tuesday') rather than background ('in 2006',
  'earlier this week', 'in late April'): the sentence's resolved date against its article's.

The weights are named constants; ``Salience.reasons`` says which signals placed a bullet.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache

from .lexicon import REPORT_ONLY, SPEECH_ONLY, STANCE_ONLY
from .models import (
    OTHER,
    POST,
    REPEATED,
    Article,
    Attribution,
    Evidence,
    Precision,
    Sentence,
    Template,
    When,
)
from .patterns import alternation
from .topic import name_pattern
from .when import sentence_dates

WEIGHTS: dict[str, float] = {
    "rank": 1.0,
    "outlets": 1.0,
    "substance": 0.35,
    "voice": 0.25,
    "claim": 0.9,
    "topic": 0.25,
    "recency": 0.1,
    "timely": 0.6,
}
"""How much each signal adds to a candidate's salience (each signal lies in [0, 1])."""

LATER_CLAUSE_VOICE = 0.25
"""Own voice of a holder that speaks only in a later clause of the sentence."""
TOPIC_SATURATION = 3
"""Template names or keywords after which more mentions add nothing."""

SUBSTANCE = re.compile(
    r"""\b(?:
        agree[sd]?|agreeing|accept(?:s|ed|ing)?|decid(?:e|es|ed|ing)|announc(?:e|es|ed|ing)
      | approv(?:e|es|ed|ing)
      | vow(?:s|ed|ing)?|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|commit(?:s|ted|ting)?
      | guarantee[sd]?|guaranteeing
      | demand(?:s|ed|ing)?|urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\ (?:on|for)|insist(?:s|ed|ing)?
      | must
      | warn(?:s|ed|ing)?|threat(?:en|ens|ened|ening)|retaliat\w+|revenge|pay\ dearly
      | refus(?:e|es|ed|ing)|reject(?:s|ed|ing)?|rul(?:e|es|ed|ing)\ out|never|will\ not|won[’']t
      | halt(?:s|ed|ing)?|stop(?:s|ped|ping)?|suspend(?:s|ed|ing)?|lift(?:s|ed|ing)?
      | impos(?:e|es|ed|ing)|remov(?:e|es|ed|ing)|withdraw(?:s|n|ing)?|withdrew
      | pull(?:s|ed|ing)?\ out
      | cancel(?:s|l?ed|l?ing)?|resum(?:e|es|ed|ing)|freez(?:e|es|ing)|froze
      | dismantl(?:e|es|ed|ing)|destroy(?:s|ed|ing)?|deploy(?:s|ed|ing)?
      | (?:will|would|to)\ end|end(?:s|ed|ing)\ (?:the|its|their|joint|all)
      | condemn(?:s|ed|ing)?|invit(?:e|es|ed|ing)|offer(?:s|ed|ing)?|propos(?:e|es|ed|ing)
    )\b""",
    re.IGNORECASE | re.VERBOSE,
)
"""Words of a decision, demand, commitment, threat or refusal: what a reader acts on."""
TODAY = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tonight"
    r"|this (?:morning|afternoon|evening|week))\b"
)
"""A news day's own time words: the sentence reports what happened now."""
BACKGROUND = re.compile(
    r"\b(?:(?:in|since|by) (?:early |late )?(?:19|20)\d\d|last (?:year|month)|years? ago"
    r"|in the past|decades?|previously|had long|once (?:vowed|said)"
    r"|for (?:years|months|decades)|months ago|earlier this (?:month|year)"
    r"|during (?:the|his|her) (?:presidential )?campaign)\b",
    re.IGNORECASE,
)
"""Time words of background: what happened before the news day ('For months, the American
president has urged …', 'Trump promised … during the campaign')."""
NEWS_DAYS = 1
"""A statement dated this many days before its article, or less, is the news day's own
('on Tuesday' in Wednesday's paper; 'will meet on Monday')."""
RECENT_DAYS = 6
"""A statement dated up to a week before its article is recent but not the day's news
('on Saturday' in Thursday's paper); older is background ('in late April', 'on Sept. 3'
in a paper of 23 September)."""


@dataclass(frozen=True)
class Salience:
    """A candidate's signals for one section (each in [0, 1]) and their weighted sum."""

    signals: tuple[tuple[str, float], ...]

    @property
    def total(self) -> float:
        return sum(WEIGHTS[name] * value for name, value in self.signals)

    def reasons(self) -> tuple[str, ...]:
        """'rank 0.82', 'reported by 3 of 4 outlets' …: the signals that count, strongest first."""
        parts = sorted(self.signals, key=lambda s: -WEIGHTS[s[0]] * s[1])
        return tuple(f"{name} {value:.2f}" for name, value in parts if value > 0)


@dataclass(frozen=True)
class Signals:
    """What salience needs about the folder: scaled ranks, the outlets, the query."""

    top_score: float
    articles: int
    dates: dict[str, dt.date]
    newest: dt.date | None
    oldest: dt.date | None
    query: re.Pattern[str] | None
    when_of: Callable[[Sentence], When | None] = field(compare=False, repr=False)
    """The date a sentence reports (its resolved time expression), or None."""
    _texts: dict[str, tuple[int, float, float]] = field(
        default_factory=dict, compare=False, repr=False
    )
    """Text signals already computed, by lead text."""

    @classmethod
    def of(cls, template: Template, articles: Sequence[Article], top_score: float) -> Signals:
        """The folder-wide facts every candidate is measured against."""
        dates = {a.id: a.date for a in articles if a.date}
        return cls(
            top_score=top_score if top_score > 0 else 1.0,
            articles=max(1, len(articles)),
            dates=dates,
            newest=max(dates.values(), default=None),
            oldest=min(dates.values(), default=None),
            query=query_pattern(template),
            when_of=sentence_dates(articles),
        )

    def measure(
        self,
        members: Sequence[Sentence],
        score: float,
        attribution: Attribution,
        holder: str,
        outlets: int,
    ) -> Salience:
        """The salience of a candidate (its member sentences, lead first) for ``holder``,
        reported or backed by ``outlets`` articles of the folder."""
        lead = members[0].text
        hits, substance, worded = self._text_signals(lead)
        timely = dated_timeliness(
            self.when_of(members[0]), self.dates.get(members[0].article_id), worded
        )
        return Salience(
            (
                ("rank", max(0.0, score) / self.top_score),
                ("outlets", (outlets - 1) / max(1, self.articles - 1)),
                ("substance", substance),
                ("voice", own_voice(attribution, holder)),
                ("claim", claim(attribution, holder)),
                ("topic", min(hits, TOPIC_SATURATION) / TOPIC_SATURATION),
                ("recency", self._recency(members)),
                ("timely", timely),
            )
        )

    def on_topic(self, text: str) -> bool:
        """Whether a sentence names the template's topic (a keyword or an actor's alias)."""
        return self.query is None or self._text_signals(text)[0] > 0

    def _text_signals(self, text: str) -> tuple[int, float, float]:
        """Query hits, substance and timeliness of a lead: the same for every section it is
        measured for, so computed once per text."""
        known = self._texts.get(text)
        if known is None:
            hits = len(self.query.findall(text)) if self.query else 0
            known = (hits, 1.0 if SUBSTANCE.search(text) else 0.0, timeliness(text))
            self._texts[text] = known
        return known

    def _recency(self, members: Sequence[Sentence]) -> float:
        if not self.newest or not self.oldest or self.newest == self.oldest:
            return 0.0
        newest = max(
            (self.dates[m.article_id] for m in members if m.article_id in self.dates),
            default=self.oldest,
        )
        return (newest - self.oldest).days / (self.newest - self.oldest).days


def in_the_headlines(articles: Sequence[Article], template: Template) -> dict[str, int]:
    """For each actor, how many of the folder's headlines name it: whose day it is ('North
    Korea claims ICBM test', 'Trump, Kim sign …'), which orders the bottom line."""
    counts = {}
    for actor in template.actors:
        pattern = name_pattern(actor.aliases, case=True)
        counts[actor.key] = sum(bool(pattern and pattern.search(a.title)) for a in articles)
    return counts


def timeliness(text: str) -> float:
    """1 for a sentence dated to the news day, 0 for background, ½ when it says neither."""
    if TODAY.search(text):
        return 1.0
    return 0.0 if BACKGROUND.search(text) else 0.5


def dated_timeliness(when: When | None, article_date: dt.date | None, worded: float) -> float:
    """Timeliness from the date the sentence reports, measured against its article's date:
    1 for the news day (or ahead of it), ½ for the week before or a span that holds the
    news day ('earlier this week', 'this month'), 0 for older; ``worded`` (from the time
    words alone, :func:`timeliness`) when the sentence resolves to no date."""
    if when is None or article_date is None:
        return worded
    age = (article_date - when.end).days
    if age <= NEWS_DAYS:
        return 1.0 if when.precision is Precision.DAY else 0.5
    return 0.5 if age <= RECENT_DAYS else 0.0


def own_voice(attribution: Attribution, holder: str) -> float:
    """1 when the holder itself speaks or acts (no conduit) in the sentence's main clause
    (its first cue: 'Trump and Moon agreed …' gives both), LATER_CLAUSE_VOICE in a later
    clause ('Tillerson called for global action, while China asked …': the sentence is
    Tillerson's first), ½ when only relayed, ¼ when it only carries another actor's words
    ('Chung said Kim had offered …': the position is Kim's), 0 when it holds nothing here
    (context, other voices)."""
    mine = [e for e in attribution.evidence if e.holder == holder]
    if not mine:
        return 0.0
    if not any(not e.conduit for e in mine):
        return 0.5
    if is_messenger(attribution, holder):
        return 0.25
    return 1.0 if _in_main_clause(attribution, mine) else LATER_CLAUSE_VOICE


def _in_main_clause(attribution: Attribution, mine: list[Evidence]) -> bool:
    spans = [e.cue_span for e in attribution.evidence if e.cue_span]
    own = [e.cue_span for e in mine if e.cue_span and not e.conduit]
    if not spans or not own:
        return attribution.holders[:1] == (mine[0].holder,)
    return min(spans) in own


def is_messenger(attribution: Attribution, holder: str) -> bool:
    """Whether every speaker of the holder here is the conduit of another actor's words."""
    conduits = {
        e.conduit
        for e in attribution.evidence
        if e.holder not in (holder, OTHER) and e.conduit  # an actor's words, not a pundit's
    }
    mine = [e for e in attribution.evidence if e.holder == holder]
    return bool(conduits) and all(e.mention in conduits for e in mine)


CLAIM_LABELS = {"quote continuation": 1.0, POST: 1.0, REPEATED: 1.0, "opinion piece": 0.5}
"""Evidence labels that are not cue words: a quotation goes on, a social-media post, an
opinion piece's author."""


@cache
def claim_strength(cue: str) -> float:
    """1 for a statement (said, urged, vowed: a position in the actor's own terms), ½ for a
    stance (wants, believes), 0 for a narrated deed (launched, met, ended): an event, which
    a reader gets from Context as much as from the actor's section."""
    if cue in CLAIM_LABELS:
        return CLAIM_LABELS[cue]
    if REPORT_ONLY.search(cue) or SPEECH_ONLY.search(cue):
        return 1.0
    return 0.5 if STANCE_ONLY.search(cue) else 0.0


def claim(attribution: Attribution, holder: str) -> float:
    """How much the holder's evidence is a statement of its own: the strongest of its cues."""
    return max(
        (claim_strength(e.cue) for e in attribution.evidence if e.holder == holder), default=0.0
    )


def query_pattern(template: Template) -> re.Pattern[str] | None:
    """The template as a query: every actor alias (case kept) and keyword (any case)."""
    aliases = sorted({a for actor in template.actors for a in actor.aliases}, key=len, reverse=True)
    keywords = sorted(set(template.keywords), key=len, reverse=True)
    parts = [alternation([re.escape(a) for a in aliases], case_sensitive=True)] if aliases else []
    parts += [f"(?i:{re.escape(k)})" for k in keywords]  # after the aliases, as before
    if not parts:
        return None
    return re.compile(r"\b(?:" + "|".join(parts) + r")\b")
