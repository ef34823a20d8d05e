"""Scoring for ``brief eval`` (ROUGE on summaries) and ``brief eval-attribution`` (holders)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .attribute import (
    Context,
    Matcher,
    attribute_sentences,
    attribute_text,
    compile_matcher,
    is_opinion,
)
from .errors import InputError
from .models import OTHER, Article, Attribution, Template
from .read import article_from_text
from .split import split_article


def read_jsonl_records(path: str | Path, required: Sequence[str]) -> Iterator[dict[str, Any]]:
    """Records of an evaluation file; a broken line or missing field names the line."""
    path = Path(path)
    if not path.is_file():
        raise InputError("no such file", str(path))
    with path.open(encoding="utf-8-sig") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"line {number}: invalid JSON ({exc.msg})", str(path)) from None
            missing = [k for k in required if k not in record]
            if missing:
                raise InputError(f"line {number}: missing field '{missing[0]}'", str(path))
            yield record


# ---- attribution -----------------------------------------------------------------------------


@dataclass
class Counts:
    """True positives, false positives, false negatives for one label."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def scores(self) -> dict[str, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": p, "recall": r, "f1": f, "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class AttributionScore:
    """Per-label and micro scores over (sentence, holder) pairs, plus context precision."""

    labels: dict[str, Counts] = field(default_factory=dict)
    context_predicted: int = 0
    context_correct: int = 0
    sentences: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)
    articles: dict[str, Counts] = field(default_factory=dict)
    """Micro counts per article, so no article is sacrificed to the average."""

    def add(self, gold: set[str], predicted: set[str], article: str = "") -> None:
        self.sentences += 1
        mine = self.articles.setdefault(article, Counts())
        mine.tp += len(gold & predicted)
        mine.fp += len(predicted - gold)
        mine.fn += len(gold - predicted)
        for label in gold | predicted:
            counts = self.labels.setdefault(label, Counts())
            if label in gold and label in predicted:
                counts.tp += 1
            elif label in predicted:
                counts.fp += 1
            else:
                counts.fn += 1
        if not predicted:
            self.context_predicted += 1
            self.context_correct += not gold

    def as_dict(self) -> dict[str, Any]:
        micro = Counts(
            *(sum(getattr(c, k) for c in self.labels.values()) for k in ("tp", "fp", "fn"))
        )
        actors = [c for k, c in self.labels.items() if k != OTHER]
        micro_actors = Counts(*(sum(getattr(c, k) for c in actors) for k in ("tp", "fp", "fn")))
        return {
            "labels": {k: self.labels[k].scores() for k in sorted(self.labels)},
            "micro": micro.scores(),
            "micro_actors": micro_actors.scores(),
            "articles": {k: self.articles[k].scores() for k in sorted(self.articles)},
            "context_precision": (
                self.context_correct / self.context_predicted if self.context_predicted else 0.0
            ),
            "sentences": self.sentences,
        }


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared > 0 and (shared >= (a[1] - a[0]) / 2 or shared >= (b[1] - b[0]) / 2)


Attributor = Callable[[str, Matcher, Context], Attribution]


def engine(text: str, matcher: Matcher, context: Context) -> Attribution:
    """The attribution engine itself (titles are read as headlines)."""
    return attribute_text(text, matcher, context, headline=context is _HEADLINE)


def every_mentioned(text: str, matcher: Matcher, context: Context) -> Attribution:
    """Baseline: every template actor the sentence mentions holds a position."""
    keys = [m.key for m in matcher.mentions(text, headline=True) if m.key in matcher.actors]
    return Attribution(tuple(dict.fromkeys(keys)))


def first_mentioned(text: str, matcher: Matcher, context: Context) -> Attribution:
    """Baseline: the first template actor mentioned holds the position."""
    return Attribution(every_mentioned(text, matcher, context).holders[:1])


ATTRIBUTORS: dict[str, Attributor] = {
    "engine": engine,
    "every-mentioned": every_mentioned,
    "first-mentioned": first_mentioned,
}
"""Name → attributor scored by ``brief eval-attribution`` (baselines beside the engine)."""

_HEADLINE = Context()


def score_attribution(
    path: str | Path,
    template: Template,
    segmenter: str = "pysbd",
    attributor: Attributor = engine,
) -> AttributionScore:
    """Score an attributor on a gold file in the format of ``korea_dev_gold.jsonl``."""
    score = AttributionScore()
    matcher = compile_matcher(template)
    for record in read_jsonl_records(path, ("id", "text", "sentences")):
        article = Article(
            str(record["id"]),
            str(path),
            str(record.get("title", "")),
            tuple(record["text"].split("\n")),
            url=str(record.get("url", "")),
        )
        sentences = split_article(article, segmenter)
        attributions = (
            attribute_sentences(sentences, template, is_opinion(article))
            if attributor is engine
            else [attributor(s.text, matcher, Context()) for s in sentences]
        )
        for gold in record["sentences"]:
            gold_holders = set(gold.get("holders", []))
            if gold.get("where") == "title" or gold.get("start") is None:
                predicted = set(attributor(gold["text"], matcher, _HEADLINE).holders)
            else:
                span = (gold["start"], gold["end"])
                predicted = {
                    h
                    for s, a in zip(sentences, attributions, strict=True)
                    if _overlap((s.start, s.end), span)
                    for h in a.holders
                }
            score.add(gold_holders, predicted, str(record["id"]))
            if gold_holders != predicted:
                score.errors.append(
                    {
                        "article": record["id"],
                        "index": gold.get("index"),
                        "gold": sorted(gold_holders),
                        "predicted": sorted(predicted),
                        "text": gold["text"],
                    }
                )
    return score


# ---- summarization (ROUGE) -------------------------------------------------------------------


def truncate_words(text: str, limit: int) -> str:
    """The first ``limit`` words of a summary."""
    return " ".join(text.split()[:limit])


def score_rouge(
    path: str | Path,
    summarize: Callable[[Sequence[Article], int], str],
    words: int,
    limit: int | None = None,
) -> dict[str, Any]:
    """ROUGE-1/2/L (rouge-score, Porter stemming), averaged over references then records."""
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    totals = {
        k: {"recall": 0.0, "precision": 0.0, "f": 0.0} for k in ("rouge1", "rouge2", "rougeL")
    }
    n = 0
    for record in read_jsonl_records(path, ("documents", "references")):
        if limit is not None and n >= limit:
            break
        articles = tuple(
            article_from_text(f"{record.get('id', n)}-{i}", doc, str(path))
            for i, doc in enumerate(record["documents"])
        )
        summary = truncate_words(summarize(articles, words), words)
        references = [r for r in record["references"] if r.strip()] or [""]
        for key in totals:
            for reference in references:
                result = scorer.score(reference, summary)[key]
                totals[key]["recall"] += result.recall / len(references)
                totals[key]["precision"] += result.precision / len(references)
                totals[key]["f"] += result.fmeasure / len(references)
        n += 1
    return {**{k: {m: v / max(n, 1) for m, v in d.items()} for k, d in totals.items()}, "n": n}
