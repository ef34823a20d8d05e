"""The pipeline's second half: split and attributed sentences → ranked → composed brief.

Its modules bring numpy and scipy (a quarter of a second to load); the pipeline loads this
one while the split-and-attribute workers run, so the workers are forked without them and
the loading does not hold up the first article.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

import numpy as np

from .choose import article_concepts
from .compose import ComposeOptions, compose_brief, with_set_aside
from .fork import beside
from .grid import attach_grid
from .identities import with_folder_identities
from .models import Article, Attribution, Brief, Sentence, Template
from .rank import RankOptions, english_stop_words, score_sentences, terms
from .selection import concept_weights, corroboration, duplicate_groups
from .topic import on_topic_only

if TYPE_CHECKING:
    from .pipeline import BriefRequest, Progress

BACKGROUND_MIN_SENTENCES = 1_500
"""From this many sentences, ranking runs in a child process beside composing's
sentence-level steps (a fork costs more than it saves below: on 3,000 sentences the two
stages took 0.66 s instead of 0.77 s, on 181 sentences 0.16 s instead of 0.09 s)."""


def ranked_and_composed(
    request: BriefRequest,
    template: Template,
    articles: Sequence[Article],
    sentences: list[Sentence],
    attributions: list[Attribution],
    progress: Progress,
    aside: frozenset[str] = frozenset(),
) -> Brief:
    """Rank the sentences, compose the brief and attach its grid. The articles in ``aside``
    (set aside as off topic) are neither ranked nor composed: they would only move the
    centrality of the others. A listing of every sentence (``attribute_set_aside``) gets
    theirs after composing, unranked."""
    attributions = with_folder_identities(attributions, template)
    on_topic, held = (
        on_topic_only(sentences, attributions, aside) if aside else (sentences, attributions)
    )
    progress("ranking", 0, 1)
    options = RankOptions(keywords=template.keywords)
    if len(on_topic) < BACKGROUND_MIN_SENTENCES:
        scores = score_sentences(on_topic, request.algorithm, options)
    else:  # the sentences' terms are known (make_brief): the child and this process share them
        scores = rank_beside(
            on_topic,
            request.algorithm,
            options,
            lambda: warm_compose(on_topic, request.compose),
        )
    progress("composing", 0, 1)
    brief = compose_brief(
        template,
        articles,
        on_topic,
        scores,
        held,
        request.algorithm,
        request.compose,
        request.memo,
        request.date,
        aside,
    )
    if aside:
        brief = replace(brief, sentence_count=len(sentences))
    if aside and request.attribute_set_aside:
        brief = with_set_aside(brief, sentences, attributions)
    return attach_grid(brief)


def rank_beside(
    sentences: Sequence[Sentence],
    algorithm: str,
    options: RankOptions,
    meanwhile: Callable[[], object],
) -> np.ndarray:
    """Scores from a forked child process while this one runs ``meanwhile``: ranking needs
    only the sentences, and so do composing's sentence-level steps (duplicate groups,
    corroboration, each article's concepts), which would otherwise leave a core idle (the
    off-topic test is made in the workers, article by article)."""
    return beside(lambda: score_sentences(sentences, algorithm, options), meanwhile)


def warm_compose(sentences: Sequence[Sentence], options: ComposeOptions) -> None:
    """Composing's steps that need only the sentences, called as composing calls them: each
    remembers its last answer, so composing finds them done."""
    stop = english_stop_words()
    term_lists = [terms(s.text, stop) for s in sentences]
    duplicate_groups(term_lists, options.duplicate_threshold)
    sources = [s.article_id for s in sentences]
    corroboration(term_lists, sources, options.corroboration_threshold)
    concept_weights(article_concepts(sentences))


def terms_ahead(sentences: Sequence[Sentence]) -> None:
    """Each sentence's terms, which ranking and composing ask for again (cached): the
    pipeline computes them as the workers' answers arrive, while the workers go on."""
    stop = english_stop_words()
    for sentence in sentences:
        terms(sentence.text, stop)
