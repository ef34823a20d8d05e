"""Can word overlap tell two bullets of one section that state one key position apart?

For every pair of bullets shown in the same actor section of a key-position day, both
matching a gold position of that actor: 'same' when they match one same position, 'different'
when none is shared. Prints, for each similarity, the two counts, the AUC (the chance that a
same pair scores above a different pair) and the means:

    python benchmarks/keypositions/redundancy_pairs.py [DAYS_DIR ...]

(DAYS_DIR: folders built by make_days.py, named after their gold file: heldout, heldout2 …;
the dev days of ../shared are always read). Background IDF comes from the documents of
../shared/data/summarization/neus_train.jsonl.
"""

from __future__ import annotations

import collections
import importlib.util
import json
import math
import subprocess
import sys
from pathlib import Path

import numpy as np

from briefer.rank import english_stop_words, terms

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[1].parent / "shared"
BRIEF = str(Path(sys.executable).with_name("brief"))


def _scorer():
    spec = importlib.util.spec_from_file_location("s", SHARED / "tools" / "score_keypositions.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _unit(term_list, idf):
    counts = collections.Counter(term_list)
    vector = {w: n * idf(w) for w, n in counts.items()}
    norm = math.sqrt(sum(x * x for x in vector.values())) or 1.0
    return {w: x / norm for w, x in vector.items()}


def _cos(a, b):
    return sum(x * b.get(w, 0.0) for w, x in a.items())


def _auc(same, different):
    wins = sum(1.0 if p > q else 0.5 if p == q else 0.0 for p in same for q in different)
    return wins / (len(same) * len(different))


def main(folders: list[str]) -> None:
    score = _scorer()
    stop = english_stop_words()
    sets = [(SHARED / "data/keypositions/dev_gold.jsonl", SHARED / "data/keypositions/clusters")]
    sets += [(HERE / f"{Path(f).name.removeprefix('kp_')}_gold.jsonl", Path(f)) for f in folders]
    background: collections.Counter[str] = collections.Counter()
    documents = 0
    neus = (SHARED / "data/summarization/neus_train.jsonl").read_text(encoding="utf-8")
    for line in neus.splitlines():
        for doc in json.loads(line)["documents"]:
            background.update(set(terms(doc, stop)))
            documents += 1
    result: dict[str, tuple[list[float], list[float]]] = collections.defaultdict(lambda: ([], []))
    for gold_file, clusters in sets:
        gold = [json.loads(line) for line in gold_file.read_text(encoding="utf-8").splitlines()]
        for day in sorted({g["cluster"] for g in gold}):
            run = [BRIEF, str(clusters / day), "--format", "json", "-q", "--all-sentences"]
            brief = json.loads(subprocess.run(run, capture_output=True, text=True).stdout)
            _pairs(
                brief,
                [g for g in gold if g["cluster"] == day],
                score,
                stop,
                (background, documents),
                result,
            )
    for name, (same, different) in result.items():
        print(
            f"{name:12} same {len(same)} different {len(different)} "
            f"AUC {_auc(same, different):.3f} means {np.mean(same):.3f} / {np.mean(different):.3f}"
        )


def _pairs(brief, gold, score, stop, background, result) -> None:
    sentences = brief["sentences"]
    term_lists = [terms(s["text"], stop) for s in sentences]
    df = collections.Counter(w for t in term_lists for w in set(t))
    n = len(term_lists)
    counts, documents = background
    units = [_unit(t, lambda w: math.log((1 + n) / (1 + df[w])) + 1) for t in term_lists]
    wide = [_unit(t, lambda w: math.log((1 + documents) / (1 + counts[w])) + 1) for t in term_lists]
    for actor in ("us", "dprk", "rok", "china"):
        shown = brief["sections"].get(actor, {}).get("sentences", [])
        labels = {}
        for k in shown:
            text = score.norm(sentences[k]["text"])
            labels[k] = {
                g["id"]
                for g in gold
                if g["actor"] == actor
                and any(score.matches(text, score.norm(e["text"])) for e in g["evidence"])
            }
        for i, a in enumerate(shown):
            for b in shown[i + 1 :]:
                if not labels[a] or not labels[b]:
                    continue
                side = 0 if labels[a] & labels[b] else 1
                ta, tb = set(term_lists[a]), set(term_lists[b])
                values = {
                    "folder": _cos(units[a], units[b]),
                    "background": _cos(wide[a], wide[b]),
                    "jaccard": len(ta & tb) / max(1, len(ta | tb)),
                    "article": float(sentences[a]["article"] == sentences[b]["article"]),
                }
                for name, value in values.items():
                    result[name][side].append(value)


if __name__ == "__main__":
    main(sys.argv[1:])
