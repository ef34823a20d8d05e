"""Selection and redundancy control: which ranked sentences go together, which make the cut.

Rankers (``rank.py``) say how central a sentence is; this module decides what a summary or a
brief section shows: near-duplicate groups merged into one item, and greedy selection that
skips anything too similar to what is already chosen.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import scipy.sparse as sp

from .rank import tfidf_matrix, unit_rows


def select_diverse(
    term_lists: Sequence[Sequence[str]],
    scores: np.ndarray,
    accept: Callable[[int], bool],
    redundancy: float = 0.3,
) -> list[int]:
    """Greedy selection by score that skips anything too similar to what is already chosen
    (the redundancy control of MMR, Carbonell & Goldstein 1998, as a hard threshold).

    ``accept(i)`` is asked in score order and returns False to skip a candidate; selection
    stops when it raises ``StopIteration``. Ties break on input order.
    """
    if not len(scores):
        return []
    unit = unit_rows(tfidf_matrix(term_lists, smooth=True))
    chosen: list[int] = []
    for index in sorted(range(len(scores)), key=lambda i: (-scores[i], i)):
        if chosen:
            similarity = (unit[chosen] @ unit[index].T).toarray()
            if similarity.size and similarity.max() >= redundancy:
                continue
        try:
            if accept(index):
                chosen.append(index)
        except StopIteration:
            break
    return chosen


def duplicate_groups(
    term_lists: Sequence[Sequence[str]], threshold: float = 0.8, signature: int = 3
) -> np.ndarray:
    """Group label per sentence: sentences with TF-IDF cosine ≥ threshold share a label.

    Only pairs that share one of their ``signature`` rarest terms are compared: two
    sentences that similar share their rare words, and comparing all pairs through common
    words costs most of the time on large folders.
    """
    from scipy.sparse.csgraph import connected_components

    n = len(term_lists)
    if not n:
        return np.zeros(0, dtype=int)
    unit = unit_rows(tfidf_matrix(term_lists, smooth=True))
    rare = _rarest_terms(unit, signature)
    candidates = sp.triu(rare @ rare.T, k=1).tocoo()
    rows, cols = candidates.row, candidates.col
    keep = np.zeros(len(rows), dtype=bool)
    for start in range(0, len(rows), 1 << 16):
        part = slice(start, start + (1 << 16))
        similarity = np.asarray(unit[rows[part]].multiply(unit[cols[part]]).sum(axis=1))
        keep[part] = similarity.ravel() >= threshold - 1e-9
    graph = sp.coo_matrix((np.ones(int(keep.sum())), (rows[keep], cols[keep])), shape=(n, n))
    _, labels = connected_components(graph, directed=False)
    return np.asarray(labels)


def _rarest_terms(unit: sp.csr_matrix, count: int) -> sp.csr_matrix:
    """A 0/1 matrix marking each row's ``count`` highest-weighted terms."""
    indptr, indices = [0], []
    for row in range(unit.shape[0]):
        start, stop = unit.indptr[row], unit.indptr[row + 1]
        weights = unit.data[start:stop]
        top = np.argsort(-weights, kind="stable")[:count]
        indices.extend(unit.indices[start:stop][top])
        indptr.append(len(indices))
    data = np.ones(len(indices))
    return sp.csr_matrix((data, indices, indptr), shape=unit.shape)
