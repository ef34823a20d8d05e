"""Which articles are about the template's topic: the others are set aside.

An article where too few sentences name the topic (a template keyword, one of the actors
the topic is about, or two of its actors named together) is set aside: its sentences are
never shown, cited or merged with another article's, and so the pipeline need not
attribute them. The test is per article, so a worker can make it as soon as it has split
one; only the folder-wide rule (never every article) waits for the whole folder.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence, Set
from functools import cache

from .models import Article, Attribution, Sentence, Template
from .patterns import alternation

MIN_TOPIC_SHARE = 0.15
"""An article where fewer of the sentences are on the template's topic is set aside. On
topic: a template keyword, an anchor actor ('North Korea' for the Korea template), or two of
its actors named together (an election story names 'Trump' all through, but not with
China or a keyword)."""


def off_topic(
    articles: Sequence[Article], sentences: Sequence[Sentence], template: Template
) -> set[str]:
    """Ids of the articles that are not about the template's topic (never all of them)."""
    by_article: dict[str, list[Sentence]] = {}
    for sentence in sentences:
        by_article.setdefault(sentence.article_id, []).append(sentence)
    aside = {a.id for a in articles if article_off_topic(by_article.get(a.id, ()), template)}
    return never_all(aside, len(articles))


def never_all(aside: set[str], articles: int) -> set[str]:
    """The articles to set aside, unless that is every one of them (a brief of nothing would
    help no one): then none."""
    return aside if len(aside) < articles else set()


def on_topic_only(
    sentences: Sequence[Sentence], attributions: Sequence[Attribution], aside: Set[str]
) -> tuple[list[Sentence], list[Attribution]]:
    """The sentences (with their attributions) of the articles not set aside: all that
    ranking and composing read, since the others would only move their centrality."""
    kept = [i for i, s in enumerate(sentences) if s.article_id not in aside]
    return [sentences[i] for i in kept], [attributions[i] for i in kept]


def article_off_topic(sentences: Iterable[Sentence], template: Template) -> bool:
    """Whether one article's sentences (boilerplate aside) name the topic too seldom: an
    article with no such sentence is on topic, as there is nothing to weigh. The count stops
    as soon as the sentences left cannot change the answer (a third less time on the large
    benchmark folder, whose election stories name no topic word)."""
    keyword, names = _topic_patterns(template)
    texts = [s.text for s in sentences if not s.boilerplate]
    needed = MIN_TOPIC_SHARE * len(texts)
    on = 0
    for seen, text in enumerate(texts):
        if on >= needed:  # on topic, whatever the rest say
            return False
        if on + len(texts) - seen < needed:  # off topic, whatever the rest say
            return True
        if _names_the_topic(text, keyword, names):
            on += 1
    return on < needed


def cannot_be_on_topic(paragraphs: Sequence[str], template: Template) -> bool:
    """Whether no sentence of these paragraphs could be on the template's topic: none
    names a keyword or an anchor actor, and none two actors. Sentences are spans of one
    paragraph, so such an article is off topic as soon as it has a sentence that is not
    boilerplate, which ``article_off_topic`` would find only after splitting it (the
    election stories of the large benchmark folder under the Korea template, 759 of its
    1,284 articles)."""
    keyword, names = _topic_patterns(template)
    return not any(_names_the_topic(paragraph, keyword, names) for paragraph in paragraphs)


@cache
def _topic_patterns(
    template: Template,
) -> tuple[re.Pattern[str] | None, tuple[tuple[re.Pattern[str] | None, bool], ...]]:
    """The keywords' pattern, and each actor's aliases' with whether it is an anchor."""
    keyword = name_pattern(template.keywords, case=False)
    names = tuple(
        (name_pattern(a.aliases, case=True), a.key in template.anchors) for a in template.actors
    )
    return keyword, names


def _names_the_topic(
    text: str,
    keyword: re.Pattern[str] | None,
    names: Sequence[tuple[re.Pattern[str] | None, bool]],
) -> bool:
    """Whether a sentence (or a paragraph) is on topic: a keyword, else an anchor actor or
    two actors (``_names_enough``)."""
    return bool(keyword and keyword.search(text)) or _names_enough(text, names)


def _names_enough(text: str, names: Sequence[tuple[re.Pattern[str] | None, bool]]) -> bool:
    """An anchor actor, or two actors or more, named in ``text`` (asked only when no keyword
    is there); each actor's pattern searched once at most."""
    found = 0
    for pattern, anchor in names:
        if pattern and pattern.search(text):
            found += 1
            if anchor or found == 2:
                return True
    return False


def name_pattern(words: Sequence[str], case: bool) -> re.Pattern[str] | None:
    """Any of ``words`` as a whole word (longest first), in any case unless ``case``."""
    if not words:
        return None
    escaped = [re.escape(w) for w in sorted(set(words), key=len, reverse=True)]
    alternatives = alternation(escaped, case_sensitive=case)  # grouped: the same matches
    return re.compile(rf"\b{alternatives}\b", 0 if case else re.IGNORECASE)
