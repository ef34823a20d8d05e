"""Selection and redundancy control: which ranked sentences go together, which make the cut.

Rankers (``rank.py``) say how central a sentence is; this module decides what a summary or a
brief section shows: near-duplicate groups merged into one item, and greedy selection that
skips anything too similar to what is already chosen.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import chain

import numpy as np
import scipy.sparse as sp

from .memo import remember_last
from .rank import Collapsed, block_rows, on_every_core, tfidf_matrix, unit_rows

PRODUCT_CHUNK = 1 << 16
"""Candidate pairs whose cosine is computed at once."""
MAX_PAIRS_PER_ROW = 64
"""Similar pairs a sentence keeps within one chunk of candidates, strongest first: near
copies beyond that add nothing to grouping or corroboration but would cost memory."""


def select_diverse(
    term_lists: Sequence[Sequence[str]],
    scores: np.ndarray,
    accept: Callable[[int], bool],
    redundancy: float = 0.3,
) -> list[int]:
    """Greedy selection by score that skips anything too similar to what is already chosen
    (the redundancy control of MMR, Carbonell & Goldstein 1998, as a hard threshold).

    ``accept(i)`` is asked in score order and returns False to skip a candidate; selection
    stops when it raises ``StopIteration``. Ties break on input order. A copy of a chosen
    sentence is skipped without a product, so repeats cost nothing.
    """
    if not len(scores):
        return []
    unit = unit_rows(tfidf_matrix(term_lists, smooth=True))
    chosen: list[int] = []
    seen: set[tuple[str, ...]] = set()
    for index in sorted(range(len(scores)), key=lambda i: (-scores[i], i)):
        key = tuple(term_lists[index])
        if key and key in seen and redundancy <= 1.0:
            continue
        if chosen:
            similarity = (unit[chosen] @ unit[index].T).toarray()
            if similarity.size and similarity.max() >= redundancy:
                continue
        try:
            if accept(index):
                chosen.append(index)
                seen.add(key)
        except StopIteration:
            break
    return chosen


@remember_last  # the pipeline computes it beside ranking; composing asks again
def duplicate_groups(
    term_lists: Sequence[Sequence[str]], threshold: float = 0.8, signature: int = 3
) -> np.ndarray:
    """Group label per sentence: sentences with TF-IDF cosine ≥ threshold share a label.

    Identical sentences share a label before anything is compared. Of the distinct ones only
    pairs that share one of their ``signature`` rarest terms are compared: two sentences
    that similar share their rare words, and comparing all pairs through common words costs
    most of the time on large folders. Candidates are formed block by block, so memory
    grows with the number of sentences, not its square.
    """
    if not len(term_lists):
        return np.zeros(0, dtype=int)
    c = collapsed(term_lists)
    unit = unit_rows(tfidf_matrix(c.distinct, smooth=True, multiplicity=c.copies, counts=c.counts))
    rare = _rarest_terms(unit, signature)
    pairs = similar_pairs(unit, rare, threshold)
    return group_labels(len(c.distinct), pairs)[c.inverse]


@remember_last  # duplicate groups and corroboration start from the same sentences
def collapsed(term_lists: Sequence[Sequence[str]]) -> Collapsed:
    """The sentences' distinct term lists and their term counts (:class:`Collapsed`),
    computed once for the duplicate groups, corroboration and the paraphrase leads'
    counts: 0.2 s of the large benchmark folder's 45,000 sentences each time."""
    return Collapsed.of(term_lists)


def similar_pairs(
    unit: sp.csr_matrix, features: sp.csr_matrix, threshold: float, every_core: bool = False
) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (i < j) that share a feature (a nonzero column of ``features``) and whose rows of
    ``unit`` have cosine ≥ threshold; found block by block within BLOCK_PAIRS. ``every_core``:
    the blocks run in threads (the pairs in the same order as one block after another), for
    a caller on the one-core path after ranking; the steps that run beside ranking leave
    the other core to it."""
    n = unit.shape[0]
    features_t = sp.csr_matrix(features.T)
    step = block_rows(n)

    def block(start: int) -> list[tuple[np.ndarray, np.ndarray]]:
        candidates = sp.coo_matrix(features[start : start + step] @ features_t)
        rows = candidates.row.astype(np.intp) + start
        cols = candidates.col.astype(np.intp)
        later = cols > rows
        rows, cols = rows[later], cols[later]
        found = []
        for part in range(0, len(rows), PRODUCT_CHUNK):
            r, c = rows[part : part + PRODUCT_CHUNK], cols[part : part + PRODUCT_CHUNK]
            similarity = np.asarray(unit[r].multiply(unit[c]).sum(axis=1)).ravel()
            close = similarity >= threshold - 1e-9
            r, c, similarity = r[close], c[close], similarity[close]
            keep = _strongest_per_row(r, similarity, MAX_PAIRS_PER_ROW)
            found.append((r[keep], c[keep]))
        return found

    starts = range(0, n, step)
    blocks = on_every_core(block, starts) if every_core else [block(s) for s in starts]
    found = [pair for pairs in blocks for pair in pairs]
    if not found:
        return np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.intp)
    return np.concatenate([r for r, _ in found]), np.concatenate([c for _, c in found])


def _strongest_per_row(rows: np.ndarray, values: np.ndarray, limit: int) -> np.ndarray:
    """Indices of at most ``limit`` largest ``values`` per row (stable on ties)."""
    order = np.lexsort((-values, rows))
    sorted_rows = rows[order]
    starts = np.searchsorted(sorted_rows, sorted_rows, side="left")
    rank = np.arange(len(order)) - starts
    return np.sort(order[rank < limit])


def group_labels(n: int, pairs: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    """Connected components of ``n`` nodes joined by ``pairs``: one label per node, numbered
    in order of each component's first node (as scipy's ``connected_components`` numbers
    them, without importing scipy.sparse.csgraph and scipy.linalg, a sixth of a second)."""
    parent = list(range(n))

    def root(node: int) -> int:
        while parent[node] != node:
            parent[node] = parent[parent[node]]  # path halving
            node = parent[node]
        return node

    rows, cols = pairs
    for a, b in zip(rows.tolist(), cols.tolist(), strict=True):
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)  # a component's root is its first node
    roots = np.fromiter((root(node) for node in range(n)), dtype=np.intp, count=n)
    _, labels = np.unique(roots, return_inverse=True)
    return np.asarray(labels).reshape(-1)


def _rarest_terms(unit: sp.csr_matrix, count: int) -> sp.csr_matrix:
    """A 0/1 matrix marking each row's ``count`` highest-weighted terms, listed as a stable
    sort of each row by weight would list them (the candidate pairs come in that order).
    One sort of all rows at once, not one a row (0.15 s of 39,000 rows)."""
    lengths = np.diff(unit.indptr)
    rows = np.repeat(np.arange(unit.shape[0], dtype=np.intp), lengths)
    order = np.argsort(-unit.data, kind="stable")  # by weight, ties in row order,
    order = order[np.argsort(rows[order], kind="stable")]  # then grouped by row
    place = np.arange(len(order)) - np.repeat(unit.indptr[:-1], lengths)
    kept = order[place < count]
    indptr = np.concatenate([[0], np.cumsum(np.minimum(lengths, count))])
    return sp.csr_matrix((np.ones(len(kept)), unit.indices[kept], indptr), shape=unit.shape)


def paraphrase_leaders(
    term_lists: Sequence[Sequence[str]],
    scores: np.ndarray,
    compatible: Callable[[int, int], bool],
    threshold: float,
    signature: int = 6,
    counts: sp.csr_matrix | None = None,
) -> np.ndarray:
    """For each sentence, the index of the sentence that speaks for its paraphrase cluster.

    Leader clustering (no chains): in score order, a sentence joins the best-scored leader it
    is similar to (TF-IDF cosine ≥ ``threshold``, sharing one of its ``signature`` rarest
    terms, and ``compatible`` with it, e.g. held by the same actor); otherwise it leads a
    cluster of its own. Candidate pairs come block by block, as in ``duplicate_groups``.
    ``counts``: the term counts of ``term_lists`` when the caller has them already.
    """
    n = len(term_lists)
    if not n:
        return np.zeros(0, dtype=np.intp)
    unit = unit_rows(tfidf_matrix(term_lists, smooth=True, counts=counts))
    rows, cols = similar_pairs(unit, _rarest_terms(unit, signature), threshold, every_core=True)
    neighbours: dict[int, list[int]] = {}
    for a, b in zip(rows.tolist(), cols.tolist(), strict=True):
        neighbours.setdefault(a, []).append(b)
        neighbours.setdefault(b, []).append(a)
    order = sorted(range(n), key=lambda i: (-scores[i], i))
    rank = {index: position for position, index in enumerate(order)}
    leader = np.arange(n)
    for index in order:
        leaders = [
            j
            for j in neighbours.get(index, ())
            if rank[j] < rank[index] and leader[j] == j and compatible(j, index)
        ]
        if leaders:
            leader[index] = min(leaders, key=rank.__getitem__)
    return leader


class Novelty:
    """Whether a candidate says something new next to those already chosen (cosine of
    smoothed TF-IDF below ``threshold``); rows are built once for all candidates."""

    def __init__(self, term_lists: Sequence[Sequence[str]], threshold: float) -> None:
        self.unit = unit_rows(tfidf_matrix(term_lists, smooth=True)) if len(term_lists) else None
        self.threshold = threshold

    def similarities(self, rows: np.ndarray, index: int) -> np.ndarray:
        """Cosine of each of ``rows`` with ``index``."""
        if self.unit is None or not len(rows):
            return np.zeros(len(rows))
        return np.asarray((self.unit[rows] @ self.unit[index].T).toarray()).ravel()

    def is_new(self, index: int, chosen: Sequence[int]) -> bool:
        """True when ``index`` is not too similar to any of ``chosen``."""
        if not chosen or self.unit is None:
            return True
        similarity = (self.unit[list(chosen)] @ self.unit[index].T).toarray()
        return not (similarity.size and similarity.max() >= self.threshold)


@remember_last  # the pipeline computes it beside ranking; composing asks again
def corroboration(
    term_lists: Sequence[Sequence[str]],
    sources: Sequence[str],
    threshold: float,
    signature: int = 6,
) -> list[frozenset[str]]:
    """For each sentence, the sources (articles) that print it or something similar (TF-IDF
    cosine ≥ ``threshold``, sharing a rare term): how many outlets back a statement,
    whether or not they word it alike. Identical sentences are compared once and share
    one answer."""
    c = collapsed(term_lists)
    distinct, inverse = c.distinct, c.inverse
    printed: list[set[str]] = [set() for _ in distinct]
    for row, source in zip(inverse.tolist(), sources, strict=True):
        printed[row].add(source)
    backing = [set(p) for p in printed]
    if len(distinct) > 1:
        unit = unit_rows(tfidf_matrix(distinct, smooth=True, counts=c.counts))
        rows, cols = similar_pairs(unit, _rarest_terms(unit, signature), threshold)
        for a, b in zip(rows.tolist(), cols.tolist(), strict=True):
            backing[a] |= printed[b]
            backing[b] |= printed[a]
    shared = [frozenset(b) for b in backing]
    return [shared[row] for row in inverse.tolist()]


def concepts(term_list: Sequence[str]) -> frozenset[str]:
    """A sentence's concepts: its content terms and the pairs of adjacent ones (the bigram
    concepts of Gillick & Favre 2009), e.g. 'ballist', 'ballist missil'."""
    pairs = (f"{a} {b}" for a, b in zip(term_list, term_list[1:], strict=False))
    return frozenset((*term_list, *pairs))


@remember_last  # the pipeline computes it beside ranking; composing asks again
def concept_weights(article_concepts: dict[str, set[str]]) -> dict[str, int]:
    """How many articles print each concept (0.2 s of the large benchmark folder's 270,000
    concepts: worth computing beside ranking)."""
    return dict(Counter(chain.from_iterable(article_concepts.values())))


class Coverage:
    """How much of a candidate the bullets already shown say: the weighted share of its
    concepts they cover, a concept weighing as many articles as print it. Paraphrases
    across outlets share the concepts several outlets print ('intercontinental ballistic
    missile', 'joint exercises'), whatever colour each outlet adds, so a second wording of
    a shown position is mostly covered while a new position is not."""

    def __init__(
        self,
        candidate_terms: Sequence[Sequence[str]],
        article_concepts: dict[str, set[str]],
    ) -> None:
        self.concepts = [concepts(t) for t in candidate_terms]
        self.weight = concept_weights(article_concepts)
        self._totals: dict[int, int] = {}

    def share(self, index: int, covered: set[str]) -> float:
        """Weighted share of candidate ``index``'s concepts that ``covered`` holds."""
        if not covered:  # nothing shown yet (each actor section's first pass)
            return 0.0
        own = self.concepts[index]
        total = self._totals.get(index)
        if total is None:
            total = self._totals[index] = sum(self.weight.get(c, 1) for c in own)
        if not total:
            return 0.0
        return sum(self.weight.get(c, 1) for c in own if c in covered) / total


_WORDS = re.compile(r"[\w’'-]+")
PASSAGE_WORDS = 12
"""Consecutive words two sentences must share to print the same passage: a quotation that
two outlets cut into sentences differently ('He will accept the invitation to meet with Kim
Jong Un at a place and time to be determined …')."""


@lru_cache(maxsize=1 << 16)
def passages(text: str) -> frozenset[tuple[str, ...]]:
    """The text's runs of PASSAGE_WORDS consecutive words (lower case, quotes ignored)."""
    words = [w.lower().replace("’", "'") for w in _WORDS.findall(text)]
    return frozenset(
        tuple(words[i : i + PASSAGE_WORDS]) for i in range(len(words) - PASSAGE_WORDS + 1)
    )
