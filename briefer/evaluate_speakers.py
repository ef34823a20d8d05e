"""Speaker finding against PolNeAR's gold Source/Cue spans (``brief eval-speakers``).

PolNeAR (networkdynamics/PolNeAR) marks every attribution in US political news as a Source
span (who), a Cue span (the reporting words) and a Content span. The engine's speaker finder
is scored on spans, not on holders: a system cue *matches* a gold attribution when their cue
spans overlap, and its speaker is *right* when the speaker span overlaps the gold Source.
Say-type cues (said, told, according to, …) are reported apart: they are the attributions a
brief shows most, and the ones a reader expects a tool never to miss.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .attribute import speech_acts
from .errors import InputError
from .evaluate import read_jsonl_records
from .models import Article, Template
from .split import split_article

SAY_WORDS = re.compile(
    r"\b(?:say|says|said|saying|tell|tells|told|telling|according to|add|adds|added|adding"
    r"|write|writes|wrote|writing|state|states|stated|note|notes|noted|ask|asks|asked"
    r"|explain|explains|explained|reply|replies|replied|respond|responds|responded"
    r"|announce|announces|announced|declare|declares|declared|tweet|tweets|tweeted"
    r"|claim|claims|claimed|report|reports|reported|continued)\b",
    re.IGNORECASE,
)
"""Cue words of plain speech reports: the 'say-type' cues scored apart."""

Span = tuple[int, int]


@dataclass
class SpeakerScore:
    """Counts over gold attributions (recall) and system speakers (precision)."""

    gold: int = 0
    gold_cue_found: int = 0
    gold_speaker_found: int = 0
    system: int = 0
    system_right: int = 0
    system_matched: int = 0
    system_matched_right: int = 0
    articles: int = 0
    misses: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        recall = self.gold_speaker_found / self.gold if self.gold else 0.0
        precision = self.system_right / self.system if self.system else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "gold": self.gold,
            "system": self.system,
            "speaker_recall": round(recall, 4),
            "speaker_precision": round(precision, 4),
            "speaker_f1": round(f1, 4),
            "cue_recall": round(self.gold_cue_found / self.gold, 4) if self.gold else 0.0,
            "speaker_precision_on_matched_cues": round(
                self.system_matched_right / self.system_matched, 4
            )
            if self.system_matched
            else 0.0,
            "articles": self.articles,
        }


@dataclass(frozen=True)
class GoldAttribution:
    source: Span | None
    cue: Span
    cue_text: str


def _overlaps(a: Span, b: Span) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])


def _gold(record: dict[str, Any]) -> Iterator[GoldAttribution]:
    for relation in record.get("attributions") or []:
        cue = relation.get("cue")
        if not isinstance(cue, dict):
            continue
        source = relation.get("source")
        span = (source["start"], source["end"]) if isinstance(source, dict) else None
        yield GoldAttribution(span, (cue["start"], cue["end"]), str(cue.get("text", "")))


def score_speakers(
    path: str | Path, template: Template, split: str = "dev", limit: int = 0
) -> dict[str, Any]:
    """Score the speaker finder on the records of one PolNeAR split (all say-type and all)."""
    say, every = SpeakerScore(), SpeakerScore()
    seen = 0
    for record in read_jsonl_records(path, ("id", "text")):
        if split and record.get("split", split) != split:
            continue
        if not isinstance(record["text"], str):
            raise InputError(f"record {record['id']}: field 'text' must be a string", str(path))
        seen += 1
        if limit and seen > limit:
            break
        _score_article(record, template, say, every)
    return {"say": say.as_dict(), "all": every.as_dict(), "split": split}


def _score_article(
    record: dict[str, Any], template: Template, say: SpeakerScore, every: SpeakerScore
) -> None:
    article = Article(str(record["id"]), "", "", tuple(record["text"].split("\n")))
    acts = speech_acts(split_article(article), template)
    gold = list(_gold(record))
    for score, keep in ((say, True), (every, False)):
        score.articles += 1
        wanted = [g for g in gold if not keep or SAY_WORDS.search(g.cue_text)]
        for g in wanted:
            score.gold += 1
            hits = [a for a in acts if _overlaps(a.cue, g.cue)]
            score.gold_cue_found += bool(hits)
            if g.source is None:
                score.gold_speaker_found += bool(hits)
                continue
            source = g.source
            found = any(_overlaps(s, source) for a in hits for s in a.speakers)
            score.gold_speaker_found += found
            if not found and len(score.misses) < 2000:
                score.misses.append({"id": record["id"], "cue": g.cue_text})
        for act in acts:
            if keep and not SAY_WORDS.search(act.cue_text):
                continue
            if not act.speakers:
                continue
            score.system += 1
            matched = [g for g in gold if _overlaps(act.cue, g.cue)]
            right = any(
                g.source is not None and _overlaps(s, g.source)
                for g in matched
                for s in act.speakers
            )
            score.system_right += right
            score.system_matched += bool(matched)
            score.system_matched_right += right and bool(matched)


def ablate(
    gold: str | Path, template: Template, polnear: str | Path | None, split: str = "dev"
) -> list[dict[str, Any]]:
    """For each rule, the dev micro-F1 and PolNeAR say-type speaker recall with it off."""
    from .evaluate import score_attribution
    from .rules import RULES, disabled

    def measure() -> dict[str, float]:
        korea = score_attribution(gold, template).as_dict()
        row = {"micro_f1": korea["micro"]["f1"], "context_precision": korea["context_precision"]}
        if polnear:
            say = score_speakers(polnear, template, split)["say"]
            row["speaker_recall"] = say["speaker_recall"]
            row["speaker_precision"] = say["speaker_precision"]
        return row

    base = measure()
    rows = [{"rule": "(all on)", "phase": "", **base}]
    for name, rule in RULES.items():
        with disabled({name}):
            row = measure()
        rows.append({"rule": name, "phase": rule.phase.label, **row})
    return rows
