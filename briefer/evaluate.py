"""Scoring for ``brief eval`` (ROUGE on summaries) and ``brief eval-attribution`` (holders)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from .attribute import (
    Context,
    Matcher,
    attribute_article,
    attribute_text,
    compile_matcher,
)
from .errors import InputError
from .models import OTHER, Article, Attribution, Template
from .read import article_from_text
from .split import split_article

Check = Callable[[Any], str]
"""A field check: the problem with a value ('' when it is fine)."""


def read_jsonl_records(
    path: str | Path, required: Sequence[str] | dict[str, Check]
) -> Iterator[dict[str, Any]]:
    """Records of an evaluation file; a broken line, a missing field or a field of the wrong
    type names the line and the field; a file without records is an error too."""
    path = Path(path)
    if not path.is_file():
        raise InputError("no such file", str(path))
    checks = required if isinstance(required, dict) else dict.fromkeys(required, _present)
    count = 0
    with path.open("rb") as handle:
        for number, line in _numbered_lines(handle, path):
            if not line.strip():
                continue
            record = _record(line, number, path)
            for key, check in checks.items():
                problem = "missing" if key not in record else check(record[key])
                if problem:
                    raise InputError(f"line {number}: field '{key}' {problem}", str(path))
            count += 1
            yield record
    if not count:
        raise InputError("no records (the file is empty)", str(path))


def _numbered_lines(handle: IO[bytes], path: Path) -> Iterator[tuple[int, str]]:
    """Lines decoded one by one, so that bad bytes are reported with their line."""
    for number, raw in enumerate(handle, start=1):
        try:
            yield number, raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError:
            raise InputError(f"line {number}: not UTF-8", str(path)) from None


def _record(line: str, number: int, path: Path) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"line {number}: invalid JSON ({exc.msg})", str(path)) from None
    if not isinstance(record, dict):
        kind = type(record).__name__
        raise InputError(f"line {number}: a record must be a JSON object, not {kind}", str(path))
    return record


def _type_name(value: Any) -> str:
    return {str: "a string", list: "a list", dict: "an object", bool: "a boolean"}.get(
        type(value), type(value).__name__
    )


def _present(value: Any) -> str:
    return ""


def texts(value: Any) -> str:
    """A non-empty list of strings, at least one of them not blank."""
    if not isinstance(value, list):
        return f"must be a list of strings, not {_type_name(value)}"
    if not all(isinstance(v, str) for v in value):
        return "must hold only strings"
    if not any(v.strip() for v in value):
        return "is empty"
    return ""


def text(value: Any) -> str:
    """A string that is not blank."""
    if not isinstance(value, str):
        return f"must be a string, not {_type_name(value)}"
    return "" if value.strip() else "is empty"


def identifier(value: Any) -> str:
    """A string or a number."""
    ok = isinstance(value, str | int) and not isinstance(value, bool)
    return "" if ok else f"must be a string or a number, not {_type_name(value)}"


def gold_sentences(value: Any) -> str:
    """Gold sentences: objects with 'text', and 'holders' (strings), 'start'/'end' (numbers
    or null) when present."""
    if not isinstance(value, list):
        return f"must be a list of objects, not {_type_name(value)}"
    for n, item in enumerate(value):
        problem = _gold_sentence(item)
        if problem:
            return f"[{n}] {problem}"
    return ""


def _gold_sentence(item: Any) -> str:
    if not isinstance(item, dict):
        return f"must be an object, not {_type_name(item)}"
    if text(item.get("text")):
        return f"'text' {text(item.get('text'))}"
    holders = item.get("holders", [])
    if not isinstance(holders, list) or not all(isinstance(h, str) for h in holders):
        return "'holders' must be a list of strings"
    for key in ("start", "end"):
        value = item.get(key)
        if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
            return f"'{key}' must be a number or null"
    if (item.get("start") is None) != (item.get("end") is None):
        return "'start' and 'end' must both be given or both be null"
    return ""


ROUGE_FIELDS: dict[str, Check] = {"documents": texts, "references": texts}
GOLD_FIELDS: dict[str, Check] = {"id": identifier, "text": text, "sentences": gold_sentences}


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
    for record in read_jsonl_records(path, GOLD_FIELDS):
        article = Article(
            str(record["id"]),
            str(path),
            str(record.get("title", "")),
            tuple(record["text"].split("\n")),
            url=str(record.get("url", "")),
        )
        sentences = split_article(article, segmenter)
        attributions = (
            attribute_article(article, sentences, template)
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
    for record in read_jsonl_records(path, ROUGE_FIELDS):
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
