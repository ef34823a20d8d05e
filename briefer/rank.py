"""Sentences → scores: vectorized LexRank/TextRank with sumy's semantics, and sumy's own.

Every ranker shares one signature, ``(sentences, options) -> np.ndarray`` of scores aligned
with the input. Ours build a sparse TF-IDF matrix and compute similarities block by block,
so memory stays bounded as the number of sentences grows; sumy's algorithms are wrapped so
that their ratings (which sumy otherwise throws away) come back as scores.
"""

from __future__ import annotations

import os
import pkgutil
import re
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any, TypeVar

import numpy as np
import scipy.sparse as sp

from .models import Sentence
from .options import DEFAULT_ALGORITHM

T = TypeVar("T")
R = TypeVar("R")

LANGUAGE = "english"
BLOCK_ROWS = 2048
BLOCK_PAIRS = 1 << 23
"""Sentence pairs one similarity block may hold: a block has at most this many rows × columns,
so a block's memory is bounded however many sentences there are."""
EDGE_BUDGET = 1 << 24
"""Edges the similarity graph may keep in all; past it each sentence keeps only its
EDGE_BUDGET // n strongest neighbours (a k-nearest-neighbour graph), so memory grows linearly."""
MIN_NEIGHBOURS = 32
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['-])*")


@dataclass(frozen=True)
class RankOptions:
    """What rankers may use besides the sentences themselves."""

    keywords: tuple[str, ...] = ()
    stop_words: frozenset[str] | None = None  # None: sumy's English list

    def resolved_stop_words(self) -> frozenset[str]:
        return self.stop_words if self.stop_words is not None else english_stop_words()


Ranker = Callable[[Sequence[Sentence], RankOptions], np.ndarray]


# ---- words -----------------------------------------------------------------------------------


def words(text: str) -> list[str]:
    """Word tokens as sumy keeps them (letters, inner apostrophes and hyphens), no NLTK data."""
    return _WORD.findall(text.replace("’", "'"))


@cache
def english_stop_words() -> frozenset[str]:
    """sumy's bundled English stop-word list."""
    # Read as sumy.utils.get_stop_words reads it, without importing sumy.utils (and requests)
    data = pkgutil.get_data("sumy", f"data/stopwords/{LANGUAGE}.txt") or b""
    return frozenset(w.rstrip() for w in data.decode("utf-8").splitlines() if w)


NLTK_STEMS = {
    "nstated": "nstat",
    "nstating": "nstat",
    "realization": "realize",
    "realizations": "realize",
    "realizer": "realize",
    "sensationally": "sensate",
    "trumpization": "trumpize",
    "x-rated": "x-rat",
    "x-rating": "x-rat",
}
"""Where NLTK's Snowball English departs from Snowball's own: its R2 bookkeeping after a
suffix replacement keeps or drops a final 'e' Snowball would not. These are all such words
in ../shared/data (6 of 59,944) plus their inflections; sumy stems with NLTK."""


@cache
def _stemmer() -> Callable[[str], str]:
    # Snowball's C English stemmer loads in a millisecond; NLTK's drags in nltk.collocations
    # and scipy.stats (over a second).
    import Stemmer

    stem = Stemmer.Stemmer(LANGUAGE).stemWord

    def like_nltk(word: str) -> str:
        return NLTK_STEMS.get(word) or stem(word)

    return cache(like_nltk)


@lru_cache(maxsize=1 << 18)
def terms(text: str, stop_words: frozenset[str]) -> tuple[str, ...]:
    """Lower-cased, stop-word-free, stemmed tokens: the units every ranker counts.

    Cached: ranking, duplicate merging and selection all ask for the same sentences.
    """
    stem = _stemmer()
    return tuple(stem(w) for w in (w.lower() for w in words(text)) if w not in stop_words)


def _count_matrix(term_lists: Sequence[Sequence[str]]) -> sp.csr_matrix:
    vocabulary: dict[str, int] = {}
    indptr: list[int] = [0]
    indices: list[int] = []
    data: list[int] = []
    for tokens in term_lists:
        counts: dict[int, int] = {}
        for token in tokens:
            column = vocabulary.setdefault(token, len(vocabulary))
            counts[column] = counts.get(column, 0) + 1
        indices.extend(counts)
        data.extend(counts.values())
        indptr.append(len(indices))
    shape = (len(term_lists), max(1, len(vocabulary)))
    return sp.csr_matrix((np.array(data, dtype=np.float64), indices, indptr), shape=shape)


def _row_blocks(n: int, size: int = BLOCK_ROWS) -> Iterator[slice]:
    for start in range(0, n, size):
        yield slice(start, min(n, start + size))


# ---- our rankers -----------------------------------------------------------------------------


def tfidf_matrix(
    term_lists: Sequence[Sequence[str]],
    smooth: bool = False,
    multiplicity: np.ndarray | None = None,
    counts: sp.csr_matrix | None = None,
) -> sp.csr_matrix:
    """sumy's LexRank weighting: tf / max tf in the sentence, idf = log(N / (1 + df)).

    ``smooth`` uses idf = log(1 + N / df) instead, which stays positive: sumy's weighting
    zeroes the words that many copies of one sentence share, which hides duplicates.
    ``multiplicity`` counts each row that many times in N and df: the weights of a collapsed
    list of distinct sentences equal those of the full list. ``counts``: the term counts of
    ``term_lists`` when the caller has them already.
    """
    counts = _count_matrix(term_lists) if counts is None else counts
    rows = counts.shape[0]
    weight = np.ones(rows) if multiplicity is None else np.asarray(multiplicity, dtype=float)
    n = float(weight.sum())
    max_tf = counts.max(axis=1).toarray().ravel()
    max_tf[max_tf == 0] = 1
    tf = sp.diags(1.0 / max_tf) @ counts
    row_of = np.repeat(np.arange(rows), np.diff(counts.indptr))
    df = np.bincount(counts.indices, weights=weight[row_of], minlength=counts.shape[1])
    idf = np.log(1.0 + n / np.maximum(df, 1)) if smooth else np.log(n / (1.0 + df))
    return sp.csr_matrix(tf @ sp.diags(idf))


def collapse_duplicates(
    term_lists: Sequence[Sequence[str]],
) -> tuple[list[tuple[str, ...]], np.ndarray, np.ndarray]:
    """Distinct term lists (first-seen order), each input's index into them, and how many
    inputs each stands for: pairwise steps then run on distinct sentences only."""
    first: dict[tuple[str, ...], int] = {}
    inverse = np.fromiter(
        (first.setdefault(tuple(t), len(first)) for t in term_lists),
        dtype=np.intp,
        count=len(term_lists),
    )
    counts = np.bincount(inverse, minlength=len(first)).astype(float)
    return list(first), inverse, counts


def block_rows(n: int) -> int:
    """Rows per similarity block against ``n`` columns, within BLOCK_PAIRS."""
    return max(1, min(BLOCK_ROWS, BLOCK_PAIRS // max(n, 1)))


def cosine_graph(matrix: sp.csr_matrix, threshold: float) -> sp.csr_matrix:
    """Pairs whose cosine similarity exceeds ``threshold``, computed block by block.

    Blocks are sized so that each holds at most BLOCK_PAIRS pairs, and each row keeps at
    most its EDGE_BUDGET // n strongest neighbours, so memory grows linearly with the number
    of sentences (below the budget the graph is exact); scipy's sparse product releases the
    GIL, so blocks run on every core.
    """
    blocks = _similarity_blocks(matrix, threshold, lambda block: block)
    return sp.vstack(blocks, format="csr") if blocks else sp.csr_matrix((0, 0))


def cosine_degrees(matrix: sp.csr_matrix, weights: np.ndarray) -> np.ndarray:
    """``cosine_graph(matrix, 0.0) @ weights`` without the graph: each block's rows are
    summed as they are made, so the graph (16 million edges on 45,000 sentences) is never
    compacted, stacked or held whole. The sums are the same floats: a row's kept entries
    are added in the same order, and a dropped entry left as 0.0 adds nothing."""
    blocks = _similarity_blocks(matrix, 0.0, lambda block: block @ weights, compact=False)
    return np.concatenate(blocks) if blocks else np.zeros(0)


def _similarity_blocks(
    matrix: sp.csr_matrix,
    threshold: float,
    finish: Callable[[sp.csr_matrix], R],
    compact: bool = True,
) -> list[R]:
    """``finish`` of each block of rows of the bounded cosine graph (see ``cosine_graph``),
    in row order; ``compact=False`` leaves the entries each row drops as zeros."""
    unit = unit_rows(matrix)
    unit_t = sp.csr_matrix(unit.T)
    n = unit.shape[0]
    keep = max(MIN_NEIGHBOURS, EDGE_BUDGET // max(n, 1))

    def block(rows: slice) -> R:
        similarity = sp.csr_matrix(unit[rows] @ unit_t)  # the product stores no zeros
        weak = similarity.data <= threshold
        if weak.any():  # none at threshold 0 with positive weights (the degree graph)
            similarity.data[weak] = 0
            similarity.eliminate_zeros()
        return finish(_strongest(similarity, keep, compact))

    return on_every_core(block, list(_row_blocks(n, block_rows(n))))


def on_every_core(work: Callable[[T], R], items: Sequence[T]) -> list[R]:
    """``[work(i) for i in items]``, in threads when there are several items: scipy's sparse
    products and numpy's array operations release the GIL, so blocks run on every core."""
    if len(items) < 2:
        return [work(item) for item in items]
    with ThreadPoolExecutor(max_workers=min(os.cpu_count() or 1, 8)) as pool:
        return list(pool.map(work, items))


def _strongest(block: sp.csr_matrix, keep: int, compact: bool = True) -> sp.csr_matrix:
    """Each row's ``keep`` largest entries (all of them in rows that have no more); the
    others are removed, or with ``compact=False`` set to zero."""
    lengths = np.diff(block.indptr)
    if lengths.max(initial=0) <= keep:
        return block
    data, bounds = block.data, block.indptr.tolist()
    for row in np.flatnonzero(lengths > keep).tolist():  # one argpartition a row: ties at
        segment = data[bounds[row] : bounds[row + 1]]  # the cut are settled as before
        segment[(-segment).argpartition(keep)[keep:]] = 0
    if compact:
        block.eliminate_zeros()
    return block


@dataclass(frozen=True)
class Collapsed:
    """Distinct term lists, each input's index into them, their copies and term counts:
    what both graphs of the ``news`` ranker start from, computed once."""

    distinct: list[tuple[str, ...]]
    inverse: np.ndarray
    copies: np.ndarray
    counts: sp.csr_matrix

    @classmethod
    def of(cls, term_lists: Sequence[Sequence[str]]) -> Collapsed:
        distinct, inverse, copies = collapse_duplicates(term_lists)
        return cls(distinct, inverse, copies, _count_matrix(distinct))

    def counts_of(self, picked: Sequence[int]) -> sp.csr_matrix:
        """``_count_matrix`` of the input term lists at ``picked``, from the counts made
        already: their rows, the terms numbered again in order of first appearance (0.03 s
        instead of 0.28 s for the 36,000 paraphrase candidates of the large benchmark)."""
        rows = self.counts[self.inverse[np.asarray(picked, dtype=np.intp)]]
        columns, first, inverse = np.unique(rows.indices, return_index=True, return_inverse=True)
        numbers = np.empty(len(columns), dtype=np.intp)
        numbers[np.argsort(first)] = np.arange(len(columns))
        shape = (len(picked), max(1, len(columns)))
        return sp.csr_matrix((rows.data, numbers[inverse.ravel()], rows.indptr), shape=shape)


def lexrank_scores(
    term_lists: Sequence[Sequence[str]],
    threshold: float = 0.1,
    epsilon: float = 0.1,
    collapsed: Collapsed | None = None,
) -> np.ndarray:
    """LexRank (Erkan & Radev 2004) exactly as sumy computes it, in sparse matrix algebra.

    Identical sentences are one node weighted by their count: each copy would get the same
    score, so the walk runs on distinct sentences with the same result.
    """
    if not len(term_lists):
        return np.zeros(0)
    c = collapsed or Collapsed.of(term_lists)
    distinct, inverse, copies = c.distinct, c.inverse, c.copies
    matrix = tfidf_matrix(distinct, multiplicity=copies, counts=c.counts)
    transition_t = _walk_matrix(_similarity_blocks(matrix, threshold, lambda b: b), copies)
    p = np.full(len(distinct), 1.0 / len(term_lists))
    change = 1.0
    while change > epsilon:
        following = transition_t @ (copies * p)
        norm = float(np.sqrt(copies @ following**2))
        following = following / norm if norm else following
        change = float(np.sqrt(copies @ (following - p) ** 2))
        p = following
    return p[inverse]


def _walk_matrix(blocks: list[sp.csr_matrix], copies: np.ndarray) -> sp.csc_matrix:
    """The transposed transition matrix of the graph whose rows ``blocks`` hold: an edge
    i → j weighs 1 / degree(i), a degree counting copies. Built from the blocks' indices,
    without stacking the graph, setting its weights to one and multiplying it by a
    diagonal (a second of the large benchmark's ranking): the same matrix, entry for
    entry, as the degrees are sums of whole numbers. Left as the graph's transpose view (a
    CSC matrix): converting it to CSR took 1.1 of the 1.3 s this step cost on the large
    benchmark folder (36,908 distinct sentences, 15 million edges), and its product with a
    vector adds each entry's term in the same order (the graph's rows in order) as the
    converted matrix's did, so the walk gives the same floats."""
    lengths = np.concatenate([np.diff(b.indptr) for b in blocks])
    indices = np.concatenate([b.indices for b in blocks])
    n = len(lengths)
    rows = np.repeat(np.arange(n), lengths)
    degrees = np.bincount(rows, weights=copies[indices], minlength=n)
    degrees[degrees == 0] = 1
    indptr = np.concatenate([[0], np.cumsum(lengths)])
    graph = sp.csr_matrix((np.repeat(1.0 / degrees, lengths), indices, indptr), shape=(n, n))
    return sp.csc_matrix(graph.T)


def textrank_scores(
    term_lists: Sequence[Sequence[str]], damping: float = 0.85, epsilon: float = 1e-4
) -> np.ndarray:
    """TextRank (Mihalcea & Tarau 2004) exactly as sumy computes it, with a sparse graph."""
    n = len(term_lists)
    if n == 0:
        return np.zeros(0)
    counts = _count_matrix(term_lists)
    logs = np.log(np.maximum(np.array([len(t) for t in term_lists], dtype=float), 1.0))
    weights_blocks = []
    for rows in _row_blocks(n):
        overlap = sp.coo_matrix(counts[rows] @ counts.T)
        norm = logs[overlap.row + rows.start] + logs[overlap.col]
        close = np.isclose(norm, 0.0)
        values = np.where(close, overlap.data, overlap.data / np.where(close, 1.0, norm))
        weights_blocks.append(
            sp.csr_matrix((values, (overlap.row, overlap.col)), shape=overlap.shape)
        )
    weights = sp.vstack(weights_blocks, format="csr")
    row_sums = np.asarray(weights.sum(axis=1)).ravel() + 1e-7
    weights_t = sp.csr_matrix((sp.diags(1.0 / row_sums) @ weights).T)
    p = np.full(n, 1.0 / n)
    change = 1.0
    while change > epsilon:
        following = (1.0 - damping) / n * p.sum() + damping * (weights_t @ p)
        change = float(np.linalg.norm(following - p))
        p = following
    return p


def rank_lexrank(sentences: Sequence[Sentence], options: RankOptions) -> np.ndarray:
    """Vectorized LexRank."""
    stop = options.resolved_stop_words()
    return lexrank_scores([terms(s.text, stop) for s in sentences])


def rank_textrank(sentences: Sequence[Sentence], options: RankOptions) -> np.ndarray:
    """Vectorized TextRank."""
    stop = options.resolved_stop_words()
    return textrank_scores([terms(s.text, stop) for s in sentences])


POSITION_WEIGHT = 0.7
POSITION_EXPONENT = 0.5
FOLDER_POSITION_WEIGHT = 0.4
"""The lead prior's weight when the sentences come from several articles: one story told
by many outlets is better summarized by what they share than by each outlet's lead."""
FOLDER_DEGREE_SHARE = 0.5
"""With several articles, centrality is half LexRank and half weighted degree (the sum of
a sentence's cosine similarities to all others): how much of the folder it overlaps, not
only how many sentences it is linked to."""


def rank_news(sentences: Sequence[Sentence], options: RankOptions) -> np.ndarray:
    """LexRank centrality over the whole cluster blended with a lead prior per article.

    score = (1 - w) * lexrank / max(lexrank) + w / (1 + position) ** a, with w = 0.7 and
    a = 0.5 chosen on CNN/DailyMail and BBC (see the README): news puts its point first,
    and centrality across articles picks which articles' leads, and which later sentences,
    the cluster agrees on. With several articles w = 0.4 and centrality is half LexRank,
    half weighted degree (chosen on neus_train).
    """
    stop = options.resolved_stop_words()
    term_lists = [terms(s.text, stop) for s in sentences]
    collapsed = Collapsed.of(term_lists) if term_lists else None
    centrality = _scaled(lexrank_scores(term_lists, collapsed=collapsed))
    prior = np.array([1.0 / (1 + s.index) ** POSITION_EXPONENT for s in sentences])
    if len({s.article_id for s in sentences}) < 2:
        return (1 - POSITION_WEIGHT) * centrality + POSITION_WEIGHT * prior
    degree = _scaled(degree_scores(term_lists, collapsed))
    centrality = (1 - FOLDER_DEGREE_SHARE) * centrality + FOLDER_DEGREE_SHARE * degree
    return (1 - FOLDER_POSITION_WEIGHT) * centrality + FOLDER_POSITION_WEIGHT * prior


def _scaled(scores: np.ndarray) -> np.ndarray:
    top = float(scores.max()) if len(scores) else 0.0
    return scores / top if top > 0 else scores


def degree_scores(
    term_lists: Sequence[Sequence[str]], collapsed: Collapsed | None = None
) -> np.ndarray:
    """Weighted degree centrality: each sentence's summed cosine similarity (smoothed
    TF-IDF) to every sentence of the input, copies counted, on the bounded graph."""
    if not len(term_lists):
        return np.zeros(0)
    c = collapsed or Collapsed.of(term_lists)
    matrix = tfidf_matrix(c.distinct, smooth=True, multiplicity=c.copies, counts=c.counts)
    return cosine_degrees(matrix, c.copies)[c.inverse]


def rank_lead(sentences: Sequence[Sentence], options: RankOptions) -> np.ndarray:
    """Lead baseline: earlier sentences of each article first."""
    return np.array([1.0 / (1 + s.index) for s in sentences])


# ---- sumy's rankers --------------------------------------------------------------------------


class SumyTokenizer:
    """A sumy tokenizer that needs no NLTK data: our splitter, our word pattern."""

    language = LANGUAGE

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        from .split import segment_pysbd

        return tuple(s.strip() for s in segment_pysbd(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(words(sentence))


def sumy_document(sentences: Sequence[Sentence]) -> Any:
    """Our sentences as a sumy document, one sumy paragraph per source paragraph."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence

    tokenizer = SumyTokenizer()
    paragraphs: list[list[Any]] = []
    last: tuple[str, int] | None = None
    for sentence in sentences:
        if (sentence.article_id, sentence.paragraph) != last:
            paragraphs.append([])
            last = (sentence.article_id, sentence.paragraph)
        paragraphs[-1].append(SumySentence(sentence.text, tokenizer))
    return ObjectDocumentModel([Paragraph(p) for p in paragraphs])


def _sumy_ranker(build: Callable[[RankOptions], Any]) -> Ranker:
    def rank(sentences: Sequence[Sentence], options: RankOptions) -> np.ndarray:
        if not sentences:
            return np.zeros(0)
        summarizer = build(options)
        captured: list[Any] = []

        def keep_all(infos: Any) -> Any:
            captured.extend(infos)
            return captured

        summarizer(sumy_document(sentences), keep_all)
        scores = np.zeros(len(sentences))
        for info in captured:
            scores[info.order] = float(info.rating)
        return scores

    rank.__doc__ = "sumy's own implementation, ratings captured."
    return rank


def _with_stop_words(summarizer: Any, options: RankOptions) -> Any:
    summarizer.stop_words = options.resolved_stop_words()
    return summarizer


def _sumy(name: str) -> Callable[[RankOptions], Any]:
    def build(options: RankOptions) -> Any:
        from sumy.nlp.stemmers import Stemmer
        from sumy.summarizers import (
            edmundson,
            kl,
            lex_rank,
            lsa,
            luhn,
            random,
            reduction,
            sum_basic,
            text_rank,
        )

        classes = {
            "lexrank": lex_rank.LexRankSummarizer,
            "textrank": text_rank.TextRankSummarizer,
            "lsa": lsa.LsaSummarizer,
            "luhn": luhn.LuhnSummarizer,
            "kl": kl.KLSummarizer,
            "sumbasic": sum_basic.SumBasicSummarizer,
            "reduction": reduction.ReductionSummarizer,
            "random": random.RandomSummarizer,
            "edmundson": edmundson.EdmundsonSummarizer,
        }
        summarizer = classes[name](Stemmer(LANGUAGE))
        if name == "edmundson":
            summarizer.bonus_words = options.keywords or ("said", "statement")
            summarizer.stigma_words = ("photo", "click", "newsletter")
            summarizer.null_words = options.resolved_stop_words()
            return summarizer
        return _with_stop_words(summarizer, options)

    return build


SUMY_ALGORITHMS = (
    "lexrank",
    "textrank",
    "lsa",
    "luhn",
    "kl",
    "sumbasic",
    "reduction",
    "edmundson",
    "random",
)

RANKERS: dict[str, Ranker] = {
    "news": rank_news,
    "lexrank": rank_lexrank,
    "textrank": rank_textrank,
    "lead": rank_lead,
    **{f"sumy-{name}": _sumy_ranker(_sumy(name)) for name in SUMY_ALGORITHMS},
}
"""Algorithm name → ranker; ``sumy-*`` are sumy's own implementations."""


def score_sentences(
    sentences: Sequence[Sentence],
    algorithm: str = DEFAULT_ALGORITHM,
    options: RankOptions | None = None,
) -> np.ndarray:
    """Score sentences with the named ranker; boilerplate scores zero."""
    ranker = RANKERS[algorithm]
    options = options or RankOptions()
    keep = [i for i, s in enumerate(sentences) if not s.boilerplate]
    scores = np.zeros(len(sentences))
    if keep:
        scores[keep] = ranker([sentences[i] for i in keep], options)
    return scores


def unit_rows(matrix: sp.csr_matrix) -> sp.csr_matrix:
    """Each row scaled to unit length (zero rows stay zero): cosine is then a dot product."""
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    return sp.csr_matrix(sp.diags(1.0 / np.where(norms > 0, norms, 1.0)) @ matrix)
