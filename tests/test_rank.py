"""Rankers: equivalence with sumy on real text, duplicates merged with their citations."""

from __future__ import annotations

import json

import numpy as np
import pytest

from briefer.compose import merge_items
from briefer.models import Article, Attribution, Sentence
from briefer.rank import RANKERS, RankOptions, english_stop_words, score_sentences, terms, words
from briefer.read import _paragraphs, read_paths
from briefer.split import split_article

from .conftest import SEED, shared


def _unique(sentences):
    seen, out = set(), []
    for s in sentences:
        if s.text not in seen:
            seen.add(s.text)
            out.append(s)
    return out


def _seed_sentences():
    (article,) = read_paths([SEED]).articles
    return list(split_article(article))


@pytest.mark.parametrize("name", ["lexrank", "textrank"])
def test_matches_sumy_on_the_seed(name):
    sentences = _seed_sentences()
    ours = RANKERS[name](sentences, RankOptions())
    theirs = RANKERS[f"sumy-{name}"](sentences, RankOptions())
    np.testing.assert_allclose(ours, theirs, rtol=1e-9, atol=1e-12)
    assert np.argmax(ours) == np.argmax(theirs)


@pytest.mark.slow
@pytest.mark.parametrize("name", ["lexrank", "textrank"])
def test_matches_sumy_on_300_real_sentences(name):
    records = [json.loads(line) for line in shared("korea_articles/allsides_korea.jsonl").open()]
    sentences = []
    for record in records[:15]:
        article = Article(
            record["id"], "", record["title"], _paragraphs(record["text"].split("\n"))
        )
        sentences.extend(split_article(article))
    sentences = _unique(sentences)[:300]
    assert len(sentences) == 300
    ours = RANKERS[name](sentences, RankOptions())
    theirs = RANKERS[f"sumy-{name}"](sentences, RankOptions())
    np.testing.assert_allclose(ours, theirs, rtol=0, atol=1e-12)


@pytest.mark.parametrize("name", sorted(RANKERS))
def test_every_ranker_scores_every_sentence(name):
    sentences = _seed_sentences()
    scores = score_sentences(sentences, name)
    assert scores.shape == (12,)
    assert np.all(np.isfinite(scores))


@pytest.mark.slow
def test_stems_match_nltks_snowball_on_the_shared_articles():
    """sumy stems with NLTK; ours must give the same stems or the ratings drift apart."""
    from nltk.stem.snowball import SnowballStemmer

    vocabulary: set[str] = set()
    for name in ("korea_articles/allsides_korea.jsonl", "attribution/polnear_train_dev.jsonl"):
        for line in shared(name).open(encoding="utf-8"):
            vocabulary.update(w.lower() for w in words(json.loads(line)["text"]))
    assert len(vocabulary) > 30_000
    nltk_stem = SnowballStemmer("english").stem
    ours = {w: terms(w, frozenset()) for w in vocabulary}
    differ = {w: (ours[w], nltk_stem(w)) for w in vocabulary if ours[w] != (nltk_stem(w),)}
    assert differ == {}


def test_terms_are_stemmed_without_stop_words():
    assert terms("The envoys realized that talks were stalling", english_stop_words()) == (
        "envoy",
        "realiz",
        "talk",
        "stall",
    )


def test_word_tokens_need_no_nltk_data():
    assert words("North Korea’s state-run KCNA said 3 times: don't.") == [
        "North",
        "Korea's",
        "state-run",
        "KCNA",
        "said",
        "times",
        "don't",
    ]


def test_duplicates_collapse_and_keep_every_citation():
    text = "North Korea’s state media KCNA on Friday urged the United States to scrap drills."
    variant = text.replace("on Friday ", "on Friday, ").replace("drills.", "drills")
    sentences = [
        Sentence("a", 0, 0, 0, len(text), text),
        Sentence("b", 3, 0, 0, len(variant), variant),
        Sentence("c", 1, 0, 0, len(text), text),
        Sentence("c", 2, 0, 0, 20, "Seoul said it would send an envoy to Beijing soon."),
    ]
    scores = np.array([0.5, 0.9, 0.1, 0.3])
    attributions = [Attribution(("dprk",))] * 3 + [Attribution(("rok",))]
    items = merge_items(sentences, scores, attributions, {"a": 1, "b": 2, "c": 3}, 0.8)
    merged = next(i for i in items if len(i.sources) > 1)
    assert merged.citations == (1, 2, 3)
    assert merged.sentence.article_id == "b"  # the best-scored copy speaks for the group
    assert merged.attribution.holders == ("dprk",)
    assert len(items) == 2


def test_a_brief_computes_each_sentences_terms_once(korea):
    """Ranking, duplicate merging and selection share one computation per sentence."""
    from briefer.pipeline import BriefRequest, make_brief

    texts = {s.text for s in _seed_sentences()}
    terms.cache_clear()
    make_brief(BriefRequest(paths=(str(SEED),)), korea)
    info = terms.cache_info()
    assert info.misses == len(texts)
    assert info.hits >= len(texts)  # merging asks again for every sentence


def test_repeated_sentences_rank_as_sumy_ranks_them():
    """Identical sentences collapse to one weighted node; the scores must not change."""
    sentences = _seed_sentences() * 3 + _seed_sentences()[:4]
    ours = RANKERS["lexrank"](sentences, RankOptions())
    theirs = RANKERS["sumy-lexrank"](sentences, RankOptions())
    np.testing.assert_allclose(ours, theirs, rtol=1e-9, atol=1e-12)


def test_twenty_thousand_identical_sentences_stay_small():
    """Issue 11: 20,000 copies of one sentence failed allocating a 20k × 20k array."""
    import resource

    from briefer.selection import duplicate_groups, select_diverse

    text = "North Korea said on Friday it would not give up its nuclear weapons."
    sentences = [Sentence(f"a{i // 40}", i % 40, 0, 0, len(text), text) for i in range(20_000)]
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    scores = score_sentences(sentences, "lexrank")
    term_lists = [words(s.text) for s in sentences]
    labels = duplicate_groups(term_lists)
    chosen = select_diverse(term_lists, scores, lambda i: True)
    grown_mib = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert np.allclose(scores, scores[0])
    assert len(set(labels)) == 1
    assert chosen == [0]
    assert grown_mib < 300


def test_the_similarity_graph_keeps_a_bounded_number_of_neighbours(monkeypatch):
    """Past the edge budget each sentence keeps its strongest neighbours only."""
    from briefer import rank

    term_lists = [("korea", "talk", f"w{i}", f"v{i % 7}") for i in range(200)]
    exact = rank.cosine_graph(rank.tfidf_matrix(term_lists, smooth=True), 0.1)
    monkeypatch.setattr(rank, "EDGE_BUDGET", 200 * 5)
    monkeypatch.setattr(rank, "MIN_NEIGHBOURS", 5)
    monkeypatch.setattr(rank, "BLOCK_PAIRS", 200 * 16)
    bounded = rank.cosine_graph(rank.tfidf_matrix(term_lists, smooth=True), 0.1)
    assert exact.getnnz(axis=1).min() > 5
    assert bounded.getnnz(axis=1).max() == 5
    assert np.all(bounded.diagonal() > 0.99)  # a sentence is always its own nearest


def test_weighted_degree_counts_every_copy():
    """Degree centrality on collapsed copies equals the sum over the full input."""
    from briefer.rank import degree_scores, english_stop_words, terms, tfidf_matrix, unit_rows

    texts = [s.text for s in _seed_sentences()]
    term_lists = [terms(t, english_stop_words()) for t in texts + texts[:3]]
    unit = unit_rows(tfidf_matrix(term_lists, smooth=True)).toarray()
    naive = (unit @ unit.T).sum(axis=1)
    np.testing.assert_allclose(degree_scores(term_lists), naive, rtol=1e-9)
