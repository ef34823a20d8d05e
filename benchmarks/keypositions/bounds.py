"""How far can choosing alone take key-position recall? Salience signals and their bounds.

Runs the pipeline once per day of the five key-position sets (the dev days of
../shared/data/keypositions and the four held-out sets of this folder, their folders
built with make_days.py into a temporary directory), keeps what composing receives, and
composes again in the same process under changed settings, scoring each brief as
../shared/tools/score_keypositions.py does (its own `matches`; a bullet's text with its
merged copies', a joint bullet under each party). Prints, per set and in all:

- as is: the recall and actor bullets `score_keypositions.py --json` reports;
- each salience signal switched off (its weight 0): what it earns;
- the budget: 3.0 and 4.0 bullets per actor in place of 3.5, the price of a hit;
- the pool: (candidate, actor) pairs the chooser weighs, the share that matches a key
  position of that actor, the positions some candidate reaches, and how many a perfect
  choice of today's number of bullets per section could show;
- perfect redundancy: the chooser told which key positions each candidate states (it
  skips a candidate whose positions its section shows already); salience as is.

    python benchmarks/keypositions/bounds.py

About two minutes; nothing is written but the temporary folders.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import json
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[1].parent / "shared"
HELDOUT = ("heldout", "heldout2", "heldout3", "heldout4")
ACTORS = ("us", "dprk", "rok", "china")


def _load(name: str, path: Path) -> Any:
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


SCORER = _load("score_keypositions", SHARED / "tools" / "score_keypositions.py")


@dataclasses.dataclass
class Day:
    name: str
    gold: list[dict]
    inputs: tuple  # compose_brief's arguments
    evidence: dict[str, list[str]] = dataclasses.field(default_factory=dict)


def capture(sets: dict[str, tuple[Path, Path]]) -> dict[str, list[Day]]:
    """Each day's compose_brief arguments, from one run of the pipeline."""
    import briefer.finish as finish
    from briefer.pipeline import BriefRequest, make_brief
    from briefer.template import load_template

    template = load_template("korea")
    compose = finish.compose_brief
    days: dict[str, list[Day]] = {}
    for name, (gold_file, folder) in sets.items():
        gold = [json.loads(line) for line in gold_file.read_text().splitlines() if line]
        for cluster in sorted({g["cluster"] for g in gold}):
            seen: list[tuple] = []

            def keep(*args: Any, _seen: list = seen) -> Any:
                _seen.append(args)
                return compose(*args)

            finish.compose_brief = keep
            try:
                make_brief(BriefRequest(paths=(str(folder / cluster),)), template)
            finally:
                finish.compose_brief = compose
            mine = [g for g in gold if g["cluster"] == cluster]
            day = Day(cluster, mine, seen[0])
            day.evidence = {g["id"]: [SCORER.norm(e["text"]) for e in g["evidence"]] for g in mine}
            days.setdefault(name, []).append(day)
    return days


def stated(day: Day, texts: list[str], actor: str) -> set[str]:
    """The key positions of ``actor`` that any of ``texts`` (normalized) matches."""
    return {
        g["id"]
        for g in day.gold
        if g["actor"] == actor
        and any(SCORER.matches(t, e) for t in texts for e in day.evidence[g["id"]])
    }


def score(
    days: dict[str, list[Day]], options: dict | None = None
) -> dict[str, tuple[int, int, int]]:
    """(hits, positions, actor bullets) per set."""
    from briefer.compose import compose_brief

    result = {}
    for name, group in days.items():
        hits = positions = bullets = 0
        for day in group:
            args = list(day.inputs)
            if options:
                args[6] = dataclasses.replace(args[6], **options)
            brief = compose_brief(*args)
            sections = {s.key: (*s.items, *s.joint) for s in brief.sections}
            for actor in ACTORS:
                items = sections.get(actor, ())
                bullets += len(items)
                texts = [
                    SCORER.norm(t)
                    for i in items
                    for t in (i.sentence.text, *(s.text for s in i.sources))
                ]
                hits += len(stated(day, texts, actor))
            positions += len(day.gold)
        result[name] = (hits, positions, bullets)
    return result


@contextmanager
def patched(owner: Any, name: str, value: Any) -> Iterator[None]:
    old = getattr(owner, name)
    setattr(owner, name, value)
    try:
        yield
    finally:
        setattr(owner, name, old)


def pool(days: dict[str, list[Day]]) -> dict[str, tuple[int, int, int, int]]:
    """(pairs, pairs matching a position of their actor, positions reached, positions a
    perfect choice of today's bullets per section shows) per set."""
    import briefer.choose as choose
    from briefer.compose import compose_brief

    weighed: list[tuple[Any, list]] = []
    pairs_of = choose.Chooser._pairs

    def keep(self: Any, keys: Any, holds: Callable) -> list:
        found = pairs_of(self, keys, holds)
        if set(keys) & set(ACTORS) and not weighed:
            weighed.append((self, found))
        return found

    result = {}
    with patched(choose.Chooser, "_pairs", keep):
        for name, group in days.items():
            pairs = positive = reached = capacity = 0
            for day in group:
                weighed.clear()
                brief = compose_brief(*day.inputs)
                chooser, found = weighed[0]
                shown = {s.key: len(s.items) + len(s.joint) for s in brief.sections}
                per_actor: dict[str, set[str]] = {a: set() for a in ACTORS}
                for _, key, index in found:
                    members = chooser.candidates[index].members
                    ids = stated(
                        day, [SCORER.norm(chooser.sentences[m].text) for m in members], key
                    )
                    pairs += 1
                    positive += bool(ids)
                    per_actor[key] |= ids
                reached += sum(len(v) for v in per_actor.values())
                capacity += sum(min(len(per_actor[a]), shown.get(a, 0)) for a in ACTORS)
            result[name] = (pairs, positive, reached, capacity)
    return result


def perfect_redundancy(days: dict[str, list[Day]]) -> dict[str, tuple[int, int, int]]:
    """The score when the chooser knows which key positions each candidate states."""
    import briefer.choose as choose
    from briefer.selection import Novelty

    current: dict[str, Any] = {}
    init = choose.Chooser.__init__
    is_new = Novelty.is_new

    def remember(self: Any, sentences: Any, candidates: Any, *args: Any) -> None:
        init(self, sentences, candidates, *args)
        current["chooser"] = self
        current["positions"] = {}

    def knows(self: Any, index: int, chosen: Any) -> bool:
        chooser, day = current["chooser"], current["day"]
        known: dict[int, set[str]] = current["positions"]

        def positions(i: int) -> set[str]:
            if i not in known:
                members = chooser.candidates[i].members
                texts = [SCORER.norm(chooser.sentences[m].text) for m in members]
                known[i] = {g for a in ACTORS for g in stated(day, texts, a)}
            return known[i]

        mine = positions(index)
        if not mine:
            return is_new(self, index, chosen)
        shown = set().union(*(positions(c) for c in chosen)) if chosen else set()
        return not mine <= shown

    result = {}
    with patched(choose.Chooser, "__init__", remember), patched(Novelty, "is_new", knows):
        for name, group in days.items():
            for day in group:
                current["day"] = day
                result.setdefault(name, []).append(score({name: [day]})[name])
    return {n: tuple(sum(r[i] for r in rows) for i in range(3)) for n, rows in result.items()}


def line(label: str, result: dict[str, tuple]) -> str:
    hits = sum(r[0] for r in result.values())
    n = sum(r[1] for r in result.values())
    bullets = sum(r[2] for r in result.values())
    sets = "  ".join(f"{k} {r[0]}/{r[1]} ({r[2]})" for k, r in result.items())
    return f"{label:28} {hits:3}/{n} {hits / n:.3f} bullets {bullets:3}   {sets}"


def main() -> None:
    import briefer.salience as salience

    with tempfile.TemporaryDirectory() as tmp:
        make_days = _load("make_days", HERE / "make_days.py")
        sets = {
            "dev": (
                SHARED / "data/keypositions/dev_gold.jsonl",
                SHARED / "data/keypositions/clusters",
            )
        }
        for name in HELDOUT:
            folder = Path(tmp) / name
            make_days.main(folder, HERE / f"{name}_gold.jsonl")
            sets[name] = (HERE / f"{name}_gold.jsonl", folder)
        days = capture(sets)
    print("recall (hits/positions), actor bullets; per set: hits/positions (bullets)")
    print(line("as is", score(days)))
    for signal in list(salience.WEIGHTS):
        weights = dict(salience.WEIGHTS, **{signal: 0.0})
        with patched(salience, "WEIGHTS", weights):
            print(line(f"without {signal}", score(days)))
    for per_actor in (3.0, 4.0):
        print(line(f"{per_actor} bullets per actor", score(days, {"per_actor": per_actor})))
    print(line("perfect redundancy", perfect_redundancy(days)))
    counts = pool(days)
    pairs, positive, reached, capacity = (sum(c[i] for c in counts.values()) for i in range(4))
    n = sum(len(d.gold) for group in days.values() for d in group)
    print(
        f"pool: {pairs} (candidate, actor) pairs, {positive} ({positive / pairs:.0%}) state a key"
        f" position of their actor; {reached} of {n} positions reached by some candidate;"
        f" a perfect choice of today's bullets per section shows {capacity} ({capacity / n:.3f})"
    )


if __name__ == "__main__":
    sys.exit(main())
