"""Articles → an extractive summary of N words, for ``brief eval`` and the benchmarks."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .models import Article, Sentence
from .rank import RankOptions, mmr_order, score_sentences, terms
from .split import split_articles


def summarize(articles: Sequence[Article], words: int, algorithm: str,
              segmenter: str = "pysbd", diversity: float = 0.0) -> str:
    """Best-scored sentences until ``words`` words, in ranking order."""
    sentences: list[Sentence] = [s for group in split_articles(articles, segmenter)
                                 for s in group if not s.boilerplate]
    if not sentences:
        return ""
    scores = score_sentences(sentences, algorithm, RankOptions())
    if diversity > 0:
        stop = frozenset()
        order = mmr_order([terms(s.text, stop) for s in sentences], scores, len(sentences),
                          diversity)
    else:
        order = sorted(range(len(sentences)), key=lambda i: (-scores[i], i))
    chosen: list[str] = []
    count = 0
    for index in order:
        if count >= words:
            break
        chosen.append(sentences[index].text)
        count += len(sentences[index].text.split())
    return " ".join(chosen)


def scores_of(sentences: Sequence[Sentence], algorithm: str) -> np.ndarray:
    """Scores for a flat list of sentences (benchmarks)."""
    return score_sentences(sentences, algorithm, RankOptions())
