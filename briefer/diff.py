"""What changed between two briefs, per actor: new positions, positions no longer reported,
positions now reported by more outlets, matched by meaning (TF-IDF cosine of stemmed terms)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .errors import InputError
from .issues import issue_pattern
from .models import Article, Brief, BriefDiff, BriefItem, Change, ChangeKind, Issue, Position
from .rank import english_stop_words, terms, tfidf_matrix

SAME_STANCE = 0.3
"""Cosine at or above which two positions of one actor are the same stance in other words;
measured on the paraphrases of ../shared/data/keypositions (benchmarks/diff_threshold.py)."""

ISSUE_WEIGHT = 2
"""How many times an issue's term counts: as much as a content word said twice."""


@dataclass(frozen=True)
class Snapshot:
    """What a brief said, as a diff needs it: per actor, the positions the reader was shown
    (its section) and every current position the brief found (shown or not)."""

    date: dt.date | None
    actors: tuple[tuple[str, str], ...]
    shown: dict[str, tuple[Position, ...]]
    held: dict[str, tuple[Position, ...]]
    issues: tuple[Issue, ...] = ()
    """The template's issues, whose keywords make two wordings of one issue match."""


def outlet_of(article: Article) -> str:
    """The outlet an article counts for when counting corroboration."""
    return article.source or article.id


def item_position(actor: str, item: BriefItem, articles: dict[str, Article]) -> Position:
    """A brief item as ``actor``'s position: its words, distinct outlets, date, citations."""
    outlets = {outlet_of(articles[s.article_id]) for s in item.sources}
    date = item.when.date if item.when else articles[item.sentence.article_id].date
    return Position(actor, item.sentence.text, tuple(sorted(outlets)), date, item.citations)


def snapshot_of(brief: Brief) -> Snapshot:
    """The snapshot of a brief just composed."""
    articles = {a.id: a for a in brief.articles}
    sections = {s.key: s for s in brief.sections}
    shown, held = {}, {}
    for actor in brief.template.actors:
        items = sections[actor.key].items if actor.key in sections else ()
        shown[actor.key] = tuple(item_position(actor.key, i, articles) for i in items)
        mine = [i for i in brief.positions if actor.key in i.attribution.holders]
        held[actor.key] = tuple(item_position(actor.key, i, articles) for i in mine)
    actors = tuple((a.key, a.name) for a in brief.template.actors)
    return Snapshot(brief.date, actors, shown, held, brief.template.issues)


def snapshot_to_dict(snapshot: Snapshot) -> dict[str, list[dict[str, Any]]]:
    """JSON ``positions``: per actor, every current position; ``in_section`` marks its
    section's."""
    result = {}
    for key, _ in snapshot.actors:
        shown = {p.text for p in snapshot.shown[key]}
        result[key] = [
            _position_dict(p) | {"in_section": p.text in shown} for p in snapshot.held[key]
        ]
    return result


def _position_dict(position: Position) -> dict[str, Any]:
    return {
        "text": position.text,
        "outlets": list(position.outlets),
        "date": position.date.isoformat() if position.date else None,
        "citations": list(position.citations),
    }


def load_snapshot(path: str) -> Snapshot:
    """Read a brief's JSON (``brief -f json``); briefs made before ``positions`` existed
    fall back to their sections' sentences."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise InputError("no such file", path) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"not a brief's JSON: {exc}", path) from None
    if not isinstance(data, dict) or not isinstance(data.get("actors"), list):
        raise InputError("not a brief's JSON (no 'actors'): make it with brief -f json", path)
    try:
        return _snapshot_from_dict(data)
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise InputError(f"not a brief's JSON: bad or missing field {exc}", path) from None


def _snapshot_from_dict(data: dict[str, Any]) -> Snapshot:
    actors = tuple((a["key"], a["name"]) for a in data["actors"])
    outlets = {a["id"]: a.get("source") or a["id"] for a in data.get("articles", [])}
    shown, held = {}, {}
    for key, _ in actors:
        if "positions" in data:
            every = [_position(key, p) for p in data["positions"].get(key, [])]
            held[key] = tuple(every)
            shown[key] = tuple(
                p for p, raw in zip(every, data["positions"][key], strict=True) if raw["in_section"]
            )
            continue
        indices = data["sections"].get(key, {}).get("sentences", [])
        mine = [_sentence_position(key, data["sentences"][i], outlets) for i in indices]
        shown[key] = held[key] = tuple(mine)
    date = dt.date.fromisoformat(data["date"]) if data.get("date") else None
    issues = tuple(
        Issue(i["key"], i["name"], tuple(i["keywords"])) for i in data.get("issues") or ()
    )
    return Snapshot(date, actors, shown, held, issues)


def _position(actor: str, raw: dict[str, Any]) -> Position:
    date = dt.date.fromisoformat(raw["date"]) if raw.get("date") else None
    return Position(
        actor, raw["text"], tuple(raw["outlets"]), date, tuple(raw.get("citations", ()))
    )


def _sentence_position(actor: str, raw: dict[str, Any], outlets: dict[str, str]) -> Position:
    names = {outlets.get(s["article"], s["article"]) for s in raw.get("sources", [])}
    when = raw.get("when") or {}
    date = dt.date.fromisoformat(when["date"]) if when.get("date") else None
    return Position(actor, raw["text"], tuple(sorted(names)), date, tuple(raw["citations"]))


def stance_terms(text: str, issues: Sequence[Issue] = ()) -> tuple[str, ...]:
    """The ranker's terms plus one term per template issue the text names, so that "war
    games" and "joint military exercises" share the exercises issue's term."""
    named = tuple(f"issue:{i.key}" for i in issues if issue_pattern(i).search(text))
    return terms(text, english_stop_words()) + named * ISSUE_WEIGHT


def similarities(
    left: Sequence[str], right: Sequence[str], issues: Sequence[Issue] = ()
) -> np.ndarray:
    """Cosine of TF-IDF vectors of ``stance_terms`` (idf over both sides)."""
    if not left or not right:
        return np.zeros((len(left), len(right)))
    matrix = tfidf_matrix([stance_terms(t, issues) for t in [*left, *right]], smooth=True)
    norms = np.sqrt(matrix.multiply(matrix).sum(axis=1)).A.ravel()
    norms[norms == 0] = 1
    unit = matrix.multiply(1 / norms[:, None]).tocsr()
    return np.asarray((unit[: len(left)] @ unit[len(left) :].T).todense())


def diff_snapshots(old: Snapshot, new: Snapshot, threshold: float = SAME_STANCE) -> BriefDiff:
    """Per actor: the new brief's shown positions that match nothing the old brief held
    (new) or match one reported by fewer outlets (corroborated), and the old brief's shown
    positions that match nothing the new brief holds (gone). Positions match across actors:
    one stance is one stance whoever the engine gave it to."""
    changes: list[Change] = []
    issues = new.issues or old.issues
    for key, _ in new.actors:
        changes += _actor_changes(old, new, key, threshold, issues)
    return BriefDiff(old.date, new.date, new.actors, tuple(changes))


def _actor_changes(
    old: Snapshot, new: Snapshot, key: str, threshold: float, issues: Sequence[Issue]
) -> list[Change]:
    # matched against every actor's positions: attribution may give one stance to another
    # holder on another day ("Trump said Kim pledged…"), and it is not new for that
    before, now = _every(old), new.shown.get(key, ())
    changes = []
    sims = similarities([p.text for p in now], [p.text for p in before], issues)
    for row, position in enumerate(now):
        best = int(np.argmax(sims[row])) if before else -1
        score = float(sims[row, best]) if before else 0.0
        match = before[best] if before else None
        if score < threshold:
            changes.append(Change(ChangeKind.NEW, position, match, score))
        elif match is not None and len(position.outlets) > len(match.outlets):
            changes.append(Change(ChangeKind.CORROBORATED, position, match, score))
    gone, held = old.shown.get(key, ()), _every(new)
    sims = similarities([p.text for p in gone], [p.text for p in held], issues)
    for row, position in enumerate(gone):
        score = float(sims[row].max()) if held else 0.0
        if score < threshold:
            changes.append(Change(ChangeKind.GONE, position, None, score))
    return changes


def _every(snapshot: Snapshot) -> tuple[Position, ...]:
    """Every position the brief holds, each text once, in actor order."""
    unique = {p.text: p for key, _ in snapshot.actors for p in snapshot.held.get(key, ())}
    return tuple(unique.values())
