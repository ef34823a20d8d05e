"""Speed work (issue 12): each faster path gives exactly what the slower one it replaced gave."""

from __future__ import annotations

import json
import re

import numpy as np
import scipy.sparse as sp

from briefer.selection import group_labels

from .conftest import shared


def test_group_labels_number_components_as_scipy_does():
    from scipy.sparse.csgraph import connected_components

    rng = np.random.default_rng(12)
    for _ in range(200):
        n, m = int(rng.integers(1, 200)), int(rng.integers(0, 300))
        rows, cols = rng.integers(0, n, m).astype(np.intp), rng.integers(0, n, m).astype(np.intp)
        graph = sp.coo_matrix((np.ones(m), (rows, cols)), shape=(n, n))
        _, expected = connected_components(graph, directed=False)
        assert group_labels(n, (rows, cols)).tolist() == expected.tolist()


def test_group_labels_of_nothing():
    empty = np.zeros(0, dtype=np.intp)
    assert group_labels(0, (empty, empty)).tolist() == []
    assert group_labels(3, (empty, empty)).tolist() == [0, 1, 2]


def _sentences(count: int = 120) -> list[str]:
    """Real sentences: Korea articles and PolNeAR, as written, upper-cased and title-cased."""
    from briefer.read import article_from_text
    from briefer.split import split_article

    texts = []
    for name in ("korea_articles/allsides_korea.jsonl", "attribution/polnear_train_dev.jsonl"):
        with shared(name).open(encoding="utf-8") as lines:
            for _, line in zip(range(count), lines, strict=False):
                record = json.loads(line)
                article = article_from_text(record["id"], record["text"])
                texts += [s.text for s in split_article(article)]
    return texts + [t.upper() for t in texts[:2000]] + [t.title() for t in texts[:2000]]


def _same_matches(flat: re.Pattern[str], grouped: re.Pattern[str], texts: list[str]) -> int:
    found = 0
    for text in texts:
        expected = [(m.span(), m.groupdict()) for m in flat.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in grouped.finditer(text)] == expected, text
        found += len(expected)
    return found


PRONOUN_BEFORE = re.compile(
    r"\b(?:he|she|they|it|He|She|They|It|the official|The official|the spokesman"
    r"|[Aa]nother official|[Tt]his official|[Tt]hat official|[Aa] second official"
    r"|The spokesman|the spokeswoman|The spokeswoman|the ministry|The ministry|the agency"
    r"|the committee|The committee|the commission|The commission"
    r"|The agency|the statement|The statement|the officials|The officials|the envoy"
    r"|The envoy|the president|The president|the President|The President|the vice president"
    r"|The vice president|the secretary"
    r"|The secretary|the minister|The minister|the leader|The leader|I|we|We|the article"
    r"|the national security adviser|The national security adviser|the adviser|The adviser"
    r"|the defense secretary|The defense secretary|the defense minister|The defense minister"
    r"|the foreign minister|The foreign minister"
    r"|The article|the editorial|The editorial|the commentary"
    r"|[Tt]he (?:(?:first|second|third|last|latest|new|later|earlier) )?(?:tweet|communique"
    r"|readout)"
    r"|The commentary|the government|The government|the regime|The regime"
    r"|(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir) (?:administration|government|aides|officials))\b"
)
"""lexicon.PRONOUN as it was written before its branches were grouped (with the words added
since)."""


NON_COMMENT_BEFORE = re.compile(
    r"(?:could not|couldn't|did not|didn't|was not|wasn't|were not) (?:be )?"
    r"(?:reached|respond|immediately respond|available)\b[^.]*\bcomment"
    r"|(?:declined|refused) to (?:comment|elaborate|say|discuss|speculate"
    r"|(?:share|give|provide|offer) (?:any |further )?(?:details|specifics))"
    r"|(?<!who )(?<!which )(?:declined|refused) to be (?:named|identified)"
    r"|(?:would|will) not (?:comment|elaborate|speculate)|had no (?:immediate )?(?:comment|response"
    r"|reaction)|no further comment"
    r"|(?:there was|there has been|there is) no (?:immediate |official )?(?:confirmation"
    r"|comment|response|reaction) (?:from|by)\b"
    r"|did not (?:disclose|elaborate)\b"
    r"|(?:did not spell out|(?:has|have|had) not (?:yet )?(?:disclosed|elaborated"
    r"|spelled out))\b(?![^.;]*\bbut\b)"
    r"|unavailable for comment"
    r"|(?:remain(?:ed|s)?|kept|keeps?|stay(?:ed|s)?|(?:has|have|had) been)"
    r" (?:largely |conspicuously )?(?:mum|silent|tight-lipped)\b"
    r"|said (?:(?:basically|virtually|practically|almost|next to|little or) )?nothing"
    r"(?= (?:in return|about|on|of|publicly|further)\b|\s*[.,;])"
    r"|(?:choose|chose|chooses|prefer|prefers|preferred) not to (?:comment|discuss"
    r"|speculate|elaborate|get into)\b"
    r"|not going to (?:comment|speculate|get into|discuss)\b"
    r"|(?:cannot|can't|can’t|could not|couldn't|couldn’t|not able to|unable to)"
    r" (?:comment|discuss|speculate|touch that|get into that|go into that)\b"
    r"|made no (?:public )?comment\b"
    r"|(?:did|does|do)(?: not|n't|n’t) [“\"‘']?(?:want|wish) to (?:comment|discuss"
    r"|speculate|get into (?:any |the )?(?:details|specifics|classified|private"
    r"|conversations))\b"
    r"|^\W*(?:he|she|they|the (?:\w+ )?(?:officials?|sources?|diplomats?))"
    r" (?:spoke|talked) (?:to [\w.]+(?: [\w.]+)? )?on (?:the )?condition of anonymity\b",
    re.IGNORECASE,
)
"""lexicon.NON_COMMENT as it would be written with its branches flat."""


def _written_before_lookaheads(lexicon: object) -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    """lexicon's patterns as they were written before their first letters were tested ahead
    and their whitespace branches merged, each with its pattern now."""
    before = {
        "ACCORDING": re.compile(
            r"\b(?:according to|in the (?:view|words) of|as (?:reported|stated|noted|put) by)\s+",
            re.IGNORECASE,
        ),
        "CITED": re.compile(
            r"\b(?:cited|quoted|cites|quotes|citing|quoting)\s+(?P<who>[^,.;“\"]{2,60}?)\s+as\s+"
            r"(?:saying|replying|telling|stating)\b"
        ),
        "BOUNDARY": re.compile(
            r",\s+(?:while|whereas|but|and|yet)\s+|;\s+|\s+while\s+|\s+whereas\s+"
            r"|[,:]\s*(?=[“\"])|[”\"]\s*,?\s*|\bthat\s+|,\s+"
        ),
        "CLAUSE": re.compile(
            r",\s+(?:while|whereas|but|yet)\s+|;\s+|\s+while\s+|\s+whereas\s+|\s+even as\s+"
            r"|,\s+although\s+|,\s+even\s+though\s+"  # round 41
            r"|,\s+and\s+(?=(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4}(?:['’]s)?"
            r"(?:\s+[a-z][\w-]*){0,2}\s+(?:\w+ly\s+)?"
            r"(?:said|says|told|added|warned|announced|stated|insisted|argued)\b)"  # round 21
        ),
    }
    return [(pattern, getattr(lexicon, name)) for name, pattern in before.items()]


def test_grouped_alternations_match_what_the_flat_ones_matched(korea):
    from briefer import lexicon
    from briefer.entities import _ROLE_WORD, ROLE_NOUNS
    from briefer.mentions import _alias_pattern, _capitalizable, compile_matcher

    words = "|".join([lexicon.REPORT, lexicon.SPEECH, lexicon.STANCE, lexicon.ACTION])
    cue = rf"{lexicon.NOT_AFTER_HYPHEN}\b(?P<cue>(?:(?:{lexicon.CUE_ADVERBS})\s+)*(?:{words}))\b"
    matcher = compile_matcher(korea)
    exclusions = sorted((e for a in korea.actors for e in a.exclusions), key=len, reverse=True)
    media = "|".join(re.escape(m) for m in sorted(lexicon.MEDIA, key=len, reverse=True))
    outside = "|".join(_capitalizable(a) for a in lexicon.OUTSIDE_SPEAKERS.split("|"))
    pairs = [
        (re.compile(cue), lexicon.CUE),
        (re.compile(cue, re.IGNORECASE), lexicon.CUE_HEADLINE),
        (re.compile("|".join(_alias_pattern(e) for e in exclusions)), matcher.exclusions),
        (re.compile(rf"(?<![\w])(?:{media})(?![\w])"), matcher.media),
        (re.compile(rf"(?<![\w])(?:{outside})(?![\w])"), matcher.outside),
        (PRONOUN_BEFORE, lexicon.PRONOUN),
        (NON_COMMENT_BEFORE, lexicon.NON_COMMENT),
        (re.compile(rf"\b(?:{ROLE_NOUNS})\b", re.IGNORECASE), _ROLE_WORD),
        *_written_before_lookaheads(lexicon),
    ]
    texts = _sentences()
    for flat, grouped in pairs:
        assert grouped is not None and flat.pattern != grouped.pattern
        assert _same_matches(flat, grouped, texts) > 5  # (non-comments are rare)


def test_first_letter_lookahead_names_every_first_letter_or_nothing():
    from briefer.patterns import first_letter_lookahead

    assert first_letter_lookahead(["said", "(?<!was )called", "[tT]old"]) == "(?=[Tcst])"
    assert first_letter_lookahead(["said", "(?:x|y)z"]) == ""  # a group first: unknown
    assert first_letter_lookahead(["said", "\\.x"]) == ""  # no letter


def test_every_cue_word_starts_with_a_plain_letter():
    """A cue word that opens with a group ('(?:hand-)?delivered', round 28) leaves the whole
    CUE alternation flat and without its first-letter test, which CUE is tried with at
    every word of every sentence (see its docstring); written as two plain branches, the
    word keeps both."""
    from briefer.lexicon import _CUE_WORDS
    from briefer.patterns import alternation, first_letter_lookahead

    assert first_letter_lookahead(_CUE_WORDS) != ""
    assert alternation(_CUE_WORDS) != "(?:" + "|".join(_CUE_WORDS) + ")"


def test_alternation_keeps_the_order_of_branches_that_compete():
    from briefer.patterns import alternation

    cases = {
        ("say", "saying", "told"): ["saying", "say it", "told"],
        ("Sen\\.", "[sS]enators?", "Senate", "s"): ["Senate", "senators", "Sen. X", "so"],
        ("a?b", "ab"): ["ab", "b"],  # an optional first character: left flat
        ("(?:x|y)z", "x"): ["xz", "x"],  # a group first: left flat
        ("an", "a+b"): ["aab", "an"],
        ("[sS]ay", "Said", "s", "\\.x", "."): ["Say", "say", "Said", "s", ".x", "."],
        ("cut", "(?<!was )(?<!is )called (?:it|him)", "called", "said"): [
            "was called it",
            "is called him",
            "he called it",
            "called",
            "they said",
        ],
    }
    for branches, texts in cases.items():
        flat = re.compile("(?:" + "|".join(branches) + ")")
        grouped = re.compile(alternation(branches))
        for text in texts:
            assert [m.span() for m in grouped.finditer(text)] == [
                m.span() for m in flat.finditer(text)
            ], (branches, text)
        exact = re.compile(alternation(branches, case_sensitive=True))
        for text in texts:
            assert [m.span() for m in exact.finditer(text)] == [
                m.span() for m in flat.finditer(text)
            ], (branches, text)
        for flags in (0, re.IGNORECASE):
            again = re.compile(alternation(branches), flags)
            assert [m.span() for m in again.finditer(" ".join(texts).upper())] == [
                m.span() for m in re.compile(flat.pattern, flags).finditer(" ".join(texts).upper())
            ]


def test_both_graphs_of_news_give_the_same_scores_from_one_collapse():
    from briefer.rank import Collapsed, degree_scores, english_stop_words, lexrank_scores, terms

    stop = english_stop_words()
    term_lists = [terms(text, stop) for text in _sentences(20)[:1500]]
    collapsed = Collapsed.of(term_lists)
    for score in (lexrank_scores, degree_scores):
        alone = score(term_lists)
        assert score(term_lists, collapsed=collapsed).tobytes() == alone.tobytes()


def test_dates_resolved_in_workers_are_the_ones_composing_would_find():
    import datetime as dt

    from briefer import when

    day = dt.date(2018, 6, 12)
    text = "Trump met Kim on Tuesday in Singapore."
    when._resolved.clear()
    expected = when._resolve(text, day)
    assert expected is not None and expected.date == dt.date(2018, 6, 12)
    assert when.resolve_when(text, day) == expected
    when._resolved.clear()
    when.remember_when(text, day, expected)
    assert when.resolve_when(text, day) is expected
    assert when.resolve_when(text, dt.date(2018, 6, 20)) != expected  # the date is the key


def test_top_level_branches_leave_groups_and_classes_whole():
    from briefer.patterns import top_level_branches

    assert top_level_branches(r"a|(?:b|c)d|[|]e|\|f") == ["a", "(?:b|c)d", "[|]e", "\\|f"]


def test_ranking_in_a_child_process_gives_the_scores_ranking_here_gives():
    from briefer.finish import rank_beside
    from briefer.rank import RankOptions, score_sentences
    from briefer.read import read_paths
    from briefer.split import split_article

    from .conftest import SEEDS

    sentences = [s for a in read_paths([str(SEEDS)]).articles for s in split_article(a)]
    ran: list[bool] = []
    scores = rank_beside(sentences, "news", RankOptions(), lambda: ran.append(True))
    assert ran == [True]
    assert scores.tobytes() == score_sentences(sentences, "news", RankOptions()).tobytes()


def test_remember_last_answers_equal_calls_once_with_copies():
    from briefer.memo import remember_last

    calls: list[tuple[str, ...]] = []

    @remember_last
    def lengths(words: list[str], extra: int = 0) -> list[int]:
        calls.append(tuple(words))
        return [len(w) + extra for w in words]

    first = lengths(["a", "bb"])
    first.append(99)  # a caller's change does not reach the remembered answer
    assert lengths(list(("a", "bb")), extra=0) == [1, 2]
    assert lengths(["a", "bb"], 1) == [2, 3]
    assert lengths(["a", "bb"]) == [1, 2]
    assert calls == [("a", "bb"), ("a", "bb"), ("a", "bb")]


def test_one_pattern_of_all_issues_finds_a_match_where_an_issue_pattern_does(korea):
    from briefer.issues import any_issue_pattern, issue_pattern

    anyone = any_issue_pattern(korea.issues)
    named = 0
    for text in _sentences(60):
        some = any(issue_pattern(issue).search(text) for issue in korea.issues)
        assert (anyone.search(text) is not None) == some, text
        named += some
    assert named > 500


def test_grouped_keyword_and_query_patterns_match_what_the_flat_ones_matched(korea):
    from briefer.issues import _keyword, issue_pattern
    from briefer.salience import query_pattern
    from briefer.topic import name_pattern

    texts = _sentences(60)
    for issue in korea.issues:
        words = sorted(set(issue.keywords), key=len, reverse=True)
        flat = re.compile(r"(?<![\w.-])(?:" + "|".join(map(_keyword, words)) + r")(?![\w-])")
        _same_matches(flat, issue_pattern(issue), texts)
    for words, case in [(korea.keywords, False), *((a.aliases, True) for a in korea.actors)]:
        spelled = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
        flat = re.compile(rf"\b(?:{spelled})\b", 0 if case else re.IGNORECASE)
        grouped = name_pattern(words, case)
        assert grouped is not None
        _same_matches(flat, grouped, texts)
    aliases = sorted({a for actor in korea.actors for a in actor.aliases}, key=len, reverse=True)
    keywords = sorted(set(korea.keywords), key=len, reverse=True)
    parts = [re.escape(a) for a in aliases] + [f"(?i:{re.escape(k)})" for k in keywords]
    flat = re.compile(r"\b(?:" + "|".join(parts) + r")\b")
    query = query_pattern(korea)
    assert query is not None and query.pattern != flat.pattern
    assert _same_matches(flat, query, texts) > 1000


def test_work_beside_comes_from_the_child_and_is_redone_here_if_the_child_fails():
    import os

    import pytest

    from briefer.fork import beside

    parent = os.getpid()
    assert beside(os.getpid, lambda: None) != parent  # computed in the child

    def only_here() -> int:
        if os.getpid() != parent:
            raise RuntimeError("fails in the child")
        return 42

    assert beside(only_here, lambda: None) == 42

    def never() -> int:
        raise ValueError("bad input")

    with pytest.raises(ValueError, match="bad input"):  # raised once, here
        beside(never, lambda: None)

    def interrupted() -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        beside(lambda: sum(range(10**9)), interrupted)  # the child is stopped, not awaited


def test_a_brief_leaves_garbage_collection_as_it_found_it(korea):
    import gc

    from briefer.pipeline import BriefRequest, make_brief

    from .conftest import SEEDS

    assert gc.get_freeze_count() == 0
    make_brief(BriefRequest(paths=(str(SEEDS),)), korea)
    assert gc.get_freeze_count() == 0
    kept = [object() for _ in range(10)]
    gc.freeze()  # the caller's own frozen objects stay frozen, and only those
    try:
        frozen = gc.get_freeze_count()
        make_brief(BriefRequest(paths=(str(SEEDS),)), korea)
        assert 0 < gc.get_freeze_count() <= frozen  # (a frozen object may still be freed)
    finally:
        gc.unfreeze()
    assert kept


def test_prefilters_skip_only_sentences_their_patterns_cannot_match():
    from briefer.lexicon import FRAME_CUE, FRAME_CUE_WORDS, NON_COMMENT, NON_COMMENT_WORDS
    from briefer.patterns import may_hold

    phrases = [
        "He declined to say why.",
        "She refused to discuss it.",
        "The ministry would not elaborate.",
        "Officials will not speculate.",
        "Seoul had no immediate reaction.",
        "He did not disclose the amount.",
        "The embassy could not immediately be reached for comment on Monday.",
        "There was no further comment.",
        "A spokesman was unavailable for comment.",
        "THE MINISTRY DECLİNED TO SAY.",  # İ: a case-insensitive match that lower() hides
        "He refuſed to discuss it.",
    ]
    texts = _sentences() + phrases
    hits = [t for t in texts if NON_COMMENT.search(t)]
    assert len(hits) > len(phrases)
    assert all(may_hold(t, NON_COMMENT_WORDS) for t in hits)
    assert not may_hold("Kim met Moon in Panmunjom.", NON_COMMENT_WORDS)
    framed = [t for t in texts if FRAME_CUE.search(t)]
    assert framed and all(any(w in t for w in FRAME_CUE_WORDS) for t in framed)


def test_source_phrase_prefilters_skip_only_sentences_the_phrases_cannot_match():
    from briefer.lexicon import ACCORDING, ACCORDING_WORDS, CITED, CITED_WORDS
    from briefer.patterns import may_hold

    phrases = [
        "Talks will resume, according to Yonhap.",
        "ACCORDING TO YONHAP, TALKS WILL RESUME.",
        "In the words of one diplomat, it was a farce.",
        "The plan was, in the view of Seoul, a step forward.",
        "The launch failed, as reported by KCNA.",
        "As noted by analysts, the talks stalled.",
        "The deal, as put by Mr. Kim, was fair.",
        "It was, aſ ſtated by Seoul, final.",  # ſ: a case-insensitive match that lower() hides
        "KCNA cited Moon as saying the talks would go on.",
        "Yonhap quoted an official as telling reporters so.",
    ]
    texts = _sentences() + phrases
    according = [t for t in texts if ACCORDING.search(t)]
    assert len(according) > 7
    assert all(may_hold(t, ACCORDING_WORDS) for t in according)
    assert not may_hold("Kim met Moon in Panmunjom, Yonhap said.", ACCORDING_WORDS)
    cited = [t for t in texts if CITED.search(t)]
    assert len(cited) > 2 and all(any(w in t for w in CITED_WORDS) for t in cited)


def test_alias_lookahead_and_surname_words_find_what_the_plain_searches_found(korea):
    from dataclasses import replace

    from briefer.mentions import _spellings, _trie_pattern, compile_matcher

    matcher = compile_matcher(korea)
    plain = re.compile(
        r"(?<![\w.-])" + _trie_pattern(_spellings(matcher.lookup)) + r"(?![\w-]|\.\w)"
    )
    texts = _sentences()
    assert plain.pattern != matcher.aliases.pattern
    assert _same_matches(plain, matcher.aliases, texts) > 1000
    unsped = replace(matcher, surname_words=None)
    named = [matcher.full_names(t) for t in texts]
    assert named == [unsped.full_names(t) for t in texts]
    assert sum(map(len, named)) > 100


def test_degrees_summed_by_block_are_the_graphs_row_sums(monkeypatch):
    from briefer import rank
    from briefer.rank import (
        cosine_degrees,
        cosine_graph,
        english_stop_words,
        terms,
        tfidf_matrix,
    )

    stop = english_stop_words()
    matrix = tfidf_matrix([terms(text, stop) for text in _sentences(20)[:1500]], smooth=True)
    weights = np.arange(1, matrix.shape[0] + 1, dtype=float) % 3 + 1
    monkeypatch.setattr(rank, "EDGE_BUDGET", 40 * matrix.shape[0])  # rows keep 40 of theirs
    expected = np.asarray(cosine_graph(matrix, 0.0) @ weights)
    assert cosine_degrees(matrix, weights).tobytes() == expected.tobytes()


def test_walk_matrix_from_blocks_is_the_one_the_stacked_graph_gave(monkeypatch):
    from briefer import rank

    stop = rank.english_stop_words()
    term_lists = [rank.terms(text, stop) for text in _sentences(20)[:1500]]
    matrix = rank.tfidf_matrix(term_lists)
    copies = np.arange(1, matrix.shape[0] + 1, dtype=float) % 4 + 1
    monkeypatch.setattr(rank, "EDGE_BUDGET", 40 * matrix.shape[0])  # rows keep 40 of theirs
    graph = rank.cosine_graph(matrix, 0.1)
    graph.data[:] = 1.0
    degrees = graph @ copies
    degrees[degrees == 0] = 1
    expected = sp.csr_matrix((sp.diags(1.0 / degrees) @ graph).T)
    found = rank._walk_matrix(rank._similarity_blocks(matrix, 0.1, lambda b: b), copies)
    converted = sp.csr_matrix(found)
    for part in ("indptr", "indices", "data"):
        assert getattr(converted, part).tobytes() == getattr(expected, part).tobytes(), part
    walker = np.random.default_rng(0).random(matrix.shape[0])  # the walk's products
    assert (found @ walker).tobytes() == (expected @ walker).tobytes()


def test_boilerplate_found_further_on_is_searched_wherever_it_can_be():
    from briefer.patterns import may_hold
    from briefer.split import _BOILERPLATE_INSIDE, BOILERPLATE_INSIDE_WORDS

    examples = [
        "Our newsletters: manage your subscriptions.",
        "By Jane Doe, May 3, 2018",
        "Kim Jong Un, in this undated photo released by KCNA.",
        "Soldiers at the border (AP Photo/Ahn Young-joon)",
        "The summit in Singapore | Getty photo",
        "Moon Jae-in toggle caption",
        "Trump on North Korea - video",
        "A protest in Seoul via Getty Images",
        "Jane Doe contributed to this report.",
        "Anna Fifield, SEPTEMBER 9, 2017",
        "Kim in thİs pİcture",  # İ: lower() hides what the search matches
    ]
    texts = _sentences() + examples
    hits = [t for t in texts if _BOILERPLATE_INSIDE.match(t)]
    assert all(_BOILERPLATE_INSIDE.match(t) for t in examples)
    assert len(hits) > len(examples)
    assert all(may_hold(t, BOILERPLATE_INSIDE_WORDS) for t in hits)


def test_run_on_cuts_are_searched_only_where_their_mark_stands():
    from briefer.split import _RUN_ON, _RUN_ON_MARK, split_run_ons

    examples = ["He wouldn't elaborate.Outraged, she left.", "“Go home.”Then silence."]
    texts = _sentences() + examples
    cut = [t for t in texts if _RUN_ON.search(t)]
    assert len(cut) >= len(examples)
    assert all(_RUN_ON_MARK.search(t) for t in cut)
    assert split_run_ons(examples[:1]) == ["He wouldn't elaborate.", "Outraged, she left."]


def test_required_characters_are_in_every_match_or_nothing_is_claimed():
    from briefer.patterns import required_characters

    assert required_characters(r"\.(?=\d)") == "."
    assert required_characters(r"&ᓴ&") == "ᓴ"  # of two as rare, not the common '&'
    assert required_characters(r"a|b") == "ab"
    assert required_characters(r"(?<=[a-c]°)x?") == "°"  # a lookbehind's characters count
    for claims_nothing in (r"(?i)abc", r"(?i:a)", r"a|\w", r"x?", r"[^a]", r"(?!a)", r"\w+"):
        assert required_characters(claims_nothing) == "", claims_nothing


def test_pysbd_rule_passes_skipped_only_where_they_cannot_match():
    from pysbd.between_punctuation import BetweenPunctuation
    from pysbd.exclamation_words import ExclamationWords
    from pysbd.lang.english import English

    from briefer.sbd import _BETWEEN_STEPS, _LAST_EXCLAMATION, _compiled, may_match

    found = [getattr(English, name) for name in dir(English)]
    rules = [v for v in found if hasattr(v, "replacement")]
    rules += [r for v in found if isinstance(getattr(v, "All", None), list) for r in v.All]
    texts = _sentences() + [
        "3 p∯m Tuesday ... & then &ᓴ& (x) 'ok'?! 4.5 a.m. Co. KG",
        'He said "no" (twice) "yes" -- Yahoo! said it!!! «x» [y] ‘z’ “w”&ᓴ&',
    ]
    assert len(rules) > 40
    for rule in rules:
        pattern, _, needs = _compiled(rule)
        for text in texts:
            if needs and not any(c in text for c in needs):
                assert pattern.search(text) is None, (rule.pattern, text)
    gated = [
        ExclamationWords.EXCLAMATION_REGEX,
        English.PARENS_BETWEEN_DOUBLE_QUOTES_REGEX,
        English.CONTINUOUS_PUNCTUATION_REGEX,
        _LAST_EXCLAMATION,
        *(getattr(BetweenPunctuation, regex) for regex in _BETWEEN_STEPS),
    ]
    for regex in gated:
        for text in texts:
            assert may_match(regex, text) or re.search(regex, text) is None, (regex, text)


def test_evolve_copies_as_replace_does_for_the_classes_it_serves():
    from dataclasses import fields, replace

    from briefer.attribute import Context
    from briefer.mentions import Mention
    from briefer.models import Attribution, BriefItem, Evidence, Sentence, evolve
    from briefer.view import Cue, CueKind

    evidence = Evidence("us", "Trump", "said", "", (0, 5), (6, 10), "Donald Trump", "", ("a",))
    cue = Cue(6, 10, "said", CueKind.REPORT, (Mention(0, 5, "Trump", "us"),), (10, 40), False)
    context = Context(Attribution(("us",), (evidence,)), "us", (("Kim", "dprk"),), "us")
    sentence = Sentence("a1", 0, 0, 0, 14, "Trump said so.")
    item = BriefItem(sentence, 0.5, Attribution(("us",), (evidence,)), (1,), (sentence,))
    cases = [
        (evidence, {"speaker": "Kim", "role": "leader"}),
        (evidence, {"speaker_span": None, "cue_span": (1, 2), "rules": ("b",), "confidence": 0.5}),
        (cue, {"content": (10, 20)}),
        (context, {"quote_open": True}),
        (item, {"citations": (2, 3), "selected": True}),  # the grid's renumbering
    ]
    for item, changes in cases:
        kind = type(item)
        assert not hasattr(kind, "__post_init__") and not hasattr(kind, "__slots__")
        assert all(f.init for f in fields(kind))
        copied = evolve(item, **changes)
        assert type(copied) is kind and copied == replace(item, **changes) and copied != item
        assert vars(copied) == vars(replace(item, **changes))
        assert hash(copied) == hash(replace(item, **changes))


def test_word_start_after_the_first_letter_finds_what_the_boundary_before_it_found():
    from briefer.entities import _CALENDAR, _FULL
    from briefer.lexicon import BARE_NAME
    from briefer.mentions import _FIRST_LAST

    before = {
        BARE_NAME: re.compile(r"\b[A-Z][a-z]+\b"),
        _FIRST_LAST: re.compile(r"(?<!\w)([A-Z][a-z]+)[ ]([A-Z][a-z]+)\b(?![ ][A-Z]|['’]s\b)"),
        _FULL: re.compile(
            r"\b([A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?(?!" + _CALENDAR + r")[A-Z][a-z]+(?:-[a-z]+)?"
            r"(?:\s+(?!" + _CALENDAR + r")[A-Z][a-z]+\b(?:(?=['’]s\b)|(?![.’'-]\w)))?\b"
        ),
    }
    edges = ["Bill Clinton said", "xBill Clinton", "_Bill Clinton", "9Bill Clinton", "\nBill Gray",
             "éBill Clinton", "(Bill Clinton)", "“Kim Jong Un”", "B Clinton", "Kim"]
    texts = _sentences() + edges
    for new, old in before.items():
        assert _same_matches(old, new, texts) > 1000
        assert all(m.start() != 1 for m in new.finditer("xBill Clinton"))  # inside a word


def test_normalize_searches_for_datelines_and_typed_quotes_only_where_they_can_stand():
    from briefer.attribute import (
        _DATELINE,
        _TYPED_QUOTES,
        DATELINE_MARKS,
        TYPED_QUOTE_MARKS,
        normalize,
    )

    examples = [
        "SEOUL (Reuters) - North Korea fired a missile.",
        "TOKYO — Japan protested.",
        "SEOUL/WASHINGTON – The allies met.",
        "He called it ``old-school,'' and left.",
        "the word 'old-school,''' said Kim",
    ]
    texts = _sentences() + examples
    datelines = [t for t in texts if _DATELINE.match(t)]
    assert len(datelines) >= 3 and all(any(m in t for m in DATELINE_MARKS) for t in datelines)
    typed = [t for t in texts if _TYPED_QUOTES.search(t)]
    assert len(typed) >= 2 and all(any(m in t for m in TYPED_QUOTE_MARKS) for t in typed)
    cut = examples[0].index("North")
    assert normalize(examples[0]) == " " * cut + examples[0][cut:]
    assert "“" in normalize(examples[3]) and "''" not in normalize(examples[3])


def test_fixed_phrases_are_searched_wherever_they_can_stand():
    from briefer.cuefilters import _FIXED_PHRASE, may_be_fixed_phrase

    examples = [
        "Pyongyang would need to take a first step, say, a freeze at Yongbyon.",
        "That said, the talks will go on.",
        "Enough said.",
        "Having said that, Kim left.",
        "All told, 40 missiles were fired.",
        "Needless to say, needless to say it failed.",
        "Suffice it to say the summit was short.",
        "suffice to say, it was over",
    ]
    texts = _sentences() + examples
    hits = [t for t in texts if _FIXED_PHRASE.search(t)]
    assert len(hits) >= len(examples) and all(may_be_fixed_phrase(t) for t in hits)
    assert not may_be_fixed_phrase("Kim said the talks would go on.")


def test_clause_who_and_appositive_prefilters_skip_only_what_cannot_match():
    from briefer.clauses import _WHO_BEFORE
    from briefer.lexicon import CLAUSE, CLAUSE_WORDS, CUE
    from briefer.patterns import holds_any
    from briefer.phrases import _NAME_APPOSITIVE

    examples = [
        "Seoul agreed, while Tokyo said no.",
        "Kim smiled; Moon said the talks went well.",
        "Kim left even as Moon said so.",
        "Ted Cruz, who said he would stay, left.",
        "Jane Roe, a longtime Trump donor, said the talks would fail.",
    ]
    texts = _sentences() + examples
    clauses = [t for t in texts if CLAUSE.search(t)]
    assert len(clauses) > 100 and all(holds_any(t, CLAUSE_WORDS) for t in clauses)
    cues = [(t, m.start("cue")) for t in texts for m in CUE.finditer(t)]  # where they search
    who = [(t, at) for t, at in cues if _WHO_BEFORE.search(t, max(0, at - 80), at)]
    assert len(who) > 10 and all(t.find("who", max(0, at - 80), at) >= 0 for t, at in who)
    apposed = [(t, at) for t, at in cues if _NAME_APPOSITIVE.search(t, 0, at)]
    assert len(apposed) > 10 and all(t.count(",", 0, at) >= 2 for t, at in apposed)


def test_former_elided_pair_and_aside_prefilters_skip_only_what_cannot_match():
    from briefer.lexicon import CUE
    from briefer.mentions import _ELIDED, _FORMER_BEFORE, _FORMER_WORDS, _PAIR, _PAIR_WORDS
    from briefer.patterns import holds_any, may_hold
    from briefer.phrases import _DASHED_ASIDE, DASHES

    examples = [
        "Former President Barack Obama said so.",
        "the ONE-TIME envoy Bill Richardson said",
        "The leaders of North and South Korea agreed.",
        "Moon would visit Pyongyang, the two leaders said.",
        "Both men said so.",
        "Moon -- in a line aimed at Kim -- declared that talks must resume.",
        "Moon — in a line aimed at Kim — declared that talks must resume.",
    ]
    texts = _sentences() + examples
    names = [(t, m.start()) for t in texts for m in re.finditer(r"\b[A-Z]", t)]
    former = [(t, at) for t, at in names if _FORMER_BEFORE.search(t, max(0, at - 40), at)]
    assert len(former) > 10
    assert all(may_hold(t[max(0, at - 40) : at], _FORMER_WORDS) for t, at in former)
    elided = [(t, at) for t, at in names if _ELIDED.search(t, max(0, at - 40), at)]
    assert len(elided) > 10 and all(t.find("and", max(0, at - 40), at) >= 0 for t, at in elided)
    pairs = [t for t in texts if _PAIR.search(t)]
    assert len(pairs) >= 2 and all(holds_any(t, _PAIR_WORDS) for t in pairs)
    cues = [(t, m.start("cue")) for t in texts for m in CUE.finditer(t)]
    asides = [(t, at) for t, at in cues if _DASHED_ASIDE.search(t, max(0, at - 300), at)]
    assert len(asides) >= 2
    assert all(sum(t.count(d, max(0, at - 300), at) for d in DASHES) >= 2 for t, at in asides)


def test_quantity_prefilter_skips_only_windows_a_share_cannot_stand_in():
    from briefer.lexicon import CUE
    from briefer.phrases import _QUANTITY_BEFORE, _may_be_quantity

    examples = [
        "Moon has improved his standing, with 30 percent of voters saying they trust him.",
        "After half said so, the vote went ahead.",
        "Two in five say the talks will fail.",
        "A Slim MAJORITY of Voters say no.",
        "٣٠ percent of voters say yes.",  # \\d matches any decimal digit
        "Two-thirds of those asked said yes.",
    ]
    texts = _sentences() + examples
    cues = [(t, m.start("cue")) for t in texts for m in CUE.finditer(t)]
    shares = [(t, at) for t, at in cues if _QUANTITY_BEFORE.search(t, max(0, at - 80), at)]
    assert {t for t, _ in shares} >= set(examples)
    assert all(_may_be_quantity(t, max(0, at - 80), at) for t, at in shares)
    assert not _may_be_quantity("Kim said so.", 0, 4)


def test_rarest_terms_of_all_rows_at_once_are_each_rows_stable_sort():
    from briefer.rank import english_stop_words, terms, tfidf_matrix, unit_rows
    from briefer.selection import _rarest_terms

    stop = english_stop_words()
    texts = _sentences(20)[:3000]
    unit = unit_rows(tfidf_matrix([terms(t, stop) for t in texts] + [(), ("x", "x")], smooth=True))
    for count in (3, 6):
        found = _rarest_terms(unit, count)
        for row in range(unit.shape[0]):  # a row at a time, as it was computed before
            start, stop_at = unit.indptr[row], unit.indptr[row + 1]
            top = np.argsort(-unit.data[start:stop_at], kind="stable")[:count]
            expected = unit.indices[start:stop_at][top].tolist()
            assert found.indices[found.indptr[row] : found.indptr[row + 1]].tolist() == expected
        assert found.shape == unit.shape and set(found.data.tolist()) <= {1.0}


def test_counts_of_picked_sentences_are_the_count_matrix_of_their_terms():
    from briefer.rank import Collapsed, _count_matrix, english_stop_words, terms

    stop = english_stop_words()
    term_lists = [terms(t, stop) for t in _sentences(20)[:3000]] + [(), ("x", "y", "x")]
    collapsed = Collapsed.of(term_lists)
    rng = np.random.default_rng(0)
    for picked in (
        list(range(0, len(term_lists), 3)),
        rng.permutation(len(term_lists))[:900].tolist(),  # out of order, as leads come
        [len(term_lists) - 2, 5, 5, len(term_lists) - 1],  # empty, repeated
        [],
    ):
        found = collapsed.counts_of(picked)
        expected = _count_matrix([term_lists[i] for i in picked])
        assert found.shape == expected.shape
        for part in ("indptr", "indices", "data"):
            assert getattr(found, part).tobytes() == getattr(expected, part).tobytes(), part


def test_quotations_are_marked_as_pysbds_replace_punctuation_marks_them():
    from pysbd.between_punctuation import BetweenPunctuation
    from pysbd.punctuation_replacer import replace_punctuation

    from briefer.sbd import _BETWEEN_STEPS, _marked, _marked_single

    odd = [
        r'"Stop (now)! Really? [Yes.] \(no\) -- a\-b \\( end."',
        "“It’s over. Is it？ No！ 終わり。 ．done!”",
        "(see p. 4 - or [5]; 'quoted' \\[x\\])",
        "'He said: no. Never!'",
    ]
    quotations = odd + [
        m.group()
        for text in _sentences()
        for name in _BETWEEN_STEPS
        for m in re.finditer(getattr(BetweenPunctuation, name), text)
    ]
    assert len(quotations) > 500
    for quotation in quotations:
        match = re.fullmatch(re.escape(quotation), quotation)
        assert _marked(match) == replace_punctuation(match), quotation
        assert _marked_single(match) == replace_punctuation(match, "single"), quotation


def test_list_item_searches_led_by_their_mark_find_what_the_plain_ones_find():
    from briefer.sbd import _DIGIT_ITEM, _LETTER_PAREN, _LETTER_PERIOD

    plain = {
        _LETTER_PERIOD: re.compile(r"(?<!\S)[a-z]\."),
        _LETTER_PAREN: re.compile(r"[a-z]\)"),
        _DIGIT_ITEM: re.compile(r"\d[.)]"),
    }
    edges = ["a. talks b. a freeze", "x.a. y", "(b) and iv) then", "2. Seoul 3) Tokyo", "1", ""]
    texts = _sentences() + edges
    for led, old in plain.items():
        found = [bool(old.search(t)) for t in texts]
        assert [bool(led.search(t)) for t in texts] == found, old.pattern
        assert 0 < sum(found) < len(texts)


def test_pysbds_abbreviation_and_reference_passes_run_wherever_they_can_match():
    from pysbd.lang.english import English

    from briefer.sbd import _MULTI_PERIOD_MARK, _NUMERIC_REFERENCE_MARK

    multi = re.compile(English.MULTI_PERIOD_ABBREVIATION_REGEX, re.IGNORECASE)
    reference = re.compile(English.NUMBERED_REFERENCE_REGEX)
    edges = ["in the U.S. and e.g. the E.U.", "the law.[3] The", "in May∯2 The", "no marks"]
    texts = _sentences() + edges
    assert sum(bool(multi.search(t)) for t in texts) > 20
    assert sum(bool(reference.search(t)) for t in texts) >= 2
    for text in texts:
        assert _MULTI_PERIOD_MARK.search(text) or not multi.search(text), text
        assert _NUMERIC_REFERENCE_MARK.search(text) or not reference.search(text), text
