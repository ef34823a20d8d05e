"""Build the held-out news days' folders from the shared Korea corpus, then score them.

The five dev days of ../shared/data/keypositions are what the rules and weights were
checked on; more days of the same corpus were annotated in this project, in dev_gold's
format and style, by readers who never saw a brief. They are not the analyst's, so read
their numbers next to the dev days', not as the release score:

- heldout_gold.jsonl: eight days (2013–2017: the 2013 crisis, the fifth nuclear test, the
  first ICBM, the UN speeches), 106 positions; read closely in rounds 4 and 5;
- heldout2_gold.jsonl: eight more (2013–2019), 86 positions; read in round 5;
- heldout3_gold.jsonl: eight more (2013–2018, mostly two-article days), 69 positions;
  scored only at the start and the end of round 5, read in round 6;
- heldout4_gold.jsonl: eight more two-article days (2012–2018), 87 positions; scored only
  at the start and the end of round 6, never read.

    python benchmarks/keypositions/make_days.py DIR [GOLD]   (GOLD: heldout_gold.jsonl)
    python ../shared/tools/score_keypositions.py --brief .venv/bin/brief \
        --gold benchmarks/keypositions/heldout_gold.jsonl --clusters DIR
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[1].parent / "shared" / "data" / "korea_articles" / "allsides_korea.jsonl"
PREFIX = "allsides-kr-"


def main(out: Path, gold_file: Path = HERE / "heldout_gold.jsonl") -> None:
    gold = [json.loads(line) for line in gold_file.read_text().splitlines()]
    days = {g["cluster"].removeprefix(PREFIX) for g in gold}
    written = 0
    for line in CORPUS.read_text().splitlines():
        record = json.loads(line)
        if record["date"] in days:
            folder = out / f"{PREFIX}{record['date']}"
            folder.mkdir(parents=True, exist_ok=True)
            (folder / f"{record['id']}.jsonl").write_text(json.dumps(record) + "\n")
            written += 1
    print(f"{written} articles in {len(days)} day folders under {out}")


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit("usage: make_days.py DIR [GOLD]")
    main(Path(sys.argv[1]), *(HERE / name for name in sys.argv[2:]))
