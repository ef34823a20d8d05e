"""Articles off the template's topic: set aside, never attributed, cited or merged."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from itertools import islice
from pathlib import Path

import pytest

from briefer.models import Article, Brief, Template
from briefer.pipeline import BriefRequest, make_brief, unsplit
from briefer.read import read_paths
from briefer.split import split_article
from briefer.topic import article_off_topic, cannot_be_on_topic, off_topic

from .conftest import SEED, shared


def _election(number: int = 0) -> dict[str, str]:
    """A PolNeAR record: a US election story. The first names Trump all through, and
    once China with him; the third names no actor of the Korea template with another."""
    with shared("attribution/polnear_train_dev.jsonl").open(encoding="utf-8") as lines:
        return dict(json.loads(next(islice(lines, number, None))))


def _folder(folder: Path, *records: dict[str, str], seed: bool = True) -> Path:
    folder.mkdir(exist_ok=True)
    for record in records:
        (folder / f"{record['id']}.jsonl").write_text(json.dumps(record) + "\n")
    if seed:
        shutil.copy(SEED, folder / SEED.name)
    return folder


def _shown(brief: Brief) -> list[tuple[str, tuple[int, ...]]]:
    return [(i.sentence.text, i.citations) for s in brief.sections for i in s.items]


def test_the_early_decision_is_the_full_count(korea):
    """article_off_topic stops once the rest cannot change its answer: the same answers as
    counting every sentence, on real articles of both kinds (Korea and election stories)."""
    from briefer.topic import MIN_TOPIC_SHARE, _names_enough, _topic_patterns

    keyword, names = _topic_patterns(korea)
    paths = (str(shared("korea_articles/allsides_korea.jsonl")),)
    articles = read_paths(paths).articles[:60]
    election = read_paths((str(shared("attribution/polnear_train_dev.jsonl")),)).articles[:60]
    answers = []
    for article in (*articles, *election):
        texts = [s.text for s in split_article(article) if not s.boilerplate]
        on = sum(bool(keyword and keyword.search(t)) or _names_enough(t, names) for t in texts)
        expected = on < MIN_TOPIC_SHARE * len(texts)
        assert article_off_topic(split_article(article), korea) == expected, article.id
        answers.append(expected)
    assert 20 < sum(answers) < 100  # both answers were given


def test_an_article_is_off_topic_when_few_of_its_sentences_name_the_topic(korea, tmp_path):
    articles = read_paths((str(_folder(tmp_path, _election())),)).articles
    split = {a.id: split_article(a) for a in articles}
    election = _election()["id"]
    assert article_off_topic(split[election], korea)
    assert not article_off_topic(next(s for i, s in split.items() if i != election), korea)
    everything = [s for a in articles for s in split[a.id]]
    assert off_topic(articles, everything, korea) == {election}
    alone = [a for a in articles if a.id == election]
    assert off_topic(alone, split[election], korea) == set()  # never every article


def test_a_story_about_an_anchor_actor_alone_is_on_topic(korea):
    """CNN, 10 October 2014: Kim Jong Un misses a shrine visit. North Korea is named in 29
    of its 42 sentences but seldom with another actor or a keyword; under the Korea
    template, whose topic is about North and South Korea, it is on topic."""
    corpus = shared("korea_articles/allsides_korea.jsonl").read_text(encoding="utf-8")
    line = next(x for x in corpus.splitlines() if '"nSiYg2UtVSok9M5I"' in x)
    record = json.loads(line)
    article = Article(record["id"], "", record["title"], tuple(record["text"].split("\n")))
    sentences = split_article(article)
    assert korea.anchors == ("dprk", "rok")
    assert not article_off_topic(sentences, korea)
    assert article_off_topic(sentences, replace(korea, anchors=()))


def test_a_set_aside_article_is_not_attributed_and_the_brief_is_the_same(
    korea: Template, tmp_path: Path
):
    election = _election()
    folder = _folder(tmp_path, election)
    brief = make_brief(BriefRequest((str(folder),)), korea).brief
    listed = make_brief(BriefRequest((str(folder),), attribute_set_aside=True), korea).brief
    assert [a.id for a in brief.set_aside] == [election["id"]]

    def held(b: Brief) -> int:
        return sum(
            bool(i.attribution.holders) for i in b.items if i.sentence.article_id == election["id"]
        )

    assert held(brief) == 0 and held(listed) == 7  # seven outside voices, when attributed
    seed = make_brief(BriefRequest((str(SEED),)), korea).brief  # never ranked with the others
    assert {i.sentence.key: i.score for i in brief.items} == {
        i.sentence.key: i.score for i in seed.items
    }
    assert brief.sentence_count == listed.sentence_count > seed.sentence_count
    assert all(i.score == 0 for i in listed.items if i.sentence.article_id == election["id"])
    assert _shown(brief) == _shown(listed) and brief.grid == listed.grid
    assert brief.positions == listed.positions
    assert all(i.sentence.article_id != election["id"] for i in listed.positions)


def test_a_copy_in_a_set_aside_article_is_neither_cited_nor_merged(korea, tmp_path):
    alone = make_brief(BriefRequest((str(SEED),)), korea)
    lead = alone.brief.bottom_line[0].sentence.text
    election = _election()
    paragraphs = election["text"].split("\n")
    copied = dict(election, id="copy", text="\n".join([paragraphs[0], lead, *paragraphs[1:]]))
    folder = _folder(tmp_path / "both", copied)
    brief = make_brief(BriefRequest((str(folder),)), korea).brief
    assert [a.id for a in brief.set_aside] == ["copy"]
    first = brief.bottom_line[0]
    assert first.sentence.text == lead and first.sentence.article_id != "copy"
    assert [s.article_id for s in first.sources] == [first.sentence.article_id]
    cited = {a.id for a in brief.articles[: brief.cited]}
    assert "copy" not in cited


@pytest.mark.parametrize("pool", [False, True])
def test_when_every_article_is_off_topic_every_article_is_attributed(
    korea, tmp_path, monkeypatch, pool
):
    import briefer.pipeline

    if pool:  # the workers attribute what they had left, from the sentences already split
        monkeypatch.setattr(briefer.pipeline, "PARALLEL_MIN_CHARS", 0)
    folder = _folder(tmp_path, _election(), seed=False)
    brief = make_brief(BriefRequest((str(folder),)), korea).brief
    assert not brief.set_aside
    assert sum(bool(i.attribution.holders) for i in brief.items) == 7  # seven outside voices


@pytest.mark.parametrize("number", [0, 2])
def test_the_worker_pool_sets_aside_as_one_process_does(korea, tmp_path, monkeypatch, number):
    """The first story is split and found off topic; the third names nothing of the topic,
    so the pool sets it aside unsplit, and splits it only to count its sentences."""
    import briefer.pipeline

    election = _election(number)
    folder = _folder(tmp_path, election)
    alone = make_brief(BriefRequest((str(folder),)), korea).brief
    monkeypatch.setattr(briefer.pipeline, "PARALLEL_MIN_CHARS", 0)  # two articles, two workers
    pooled = make_brief(BriefRequest((str(folder),)), korea).brief
    assert [a.id for a in pooled.set_aside] == [election["id"]]
    assert _shown(pooled) == _shown(alone) and pooled.grid == alone.grid
    assert [(i.sentence, i.when) for i in pooled.items] == [
        (i.sentence, i.when) for i in alone.items
    ]
    story = read_paths((str(folder / f"{election['id']}.jsonl"),)).articles[0]
    assert unsplit(story, korea) == (number == 2)
    assert pooled.sentence_count == alone.sentence_count


def test_an_article_that_names_nothing_of_the_topic_is_off_topic_once_split(korea):
    """``cannot_be_on_topic`` reads paragraphs, not sentences: on real articles of both
    kinds, whenever it says so, no sentence names the topic and the article is off topic
    exactly when it has a sentence that is not boilerplate."""
    from briefer.topic import _names_enough, _topic_patterns

    keyword, names = _topic_patterns(korea)
    paths = (str(shared("korea_articles/allsides_korea.jsonl")),)
    articles = read_paths(paths).articles[:60]
    election = read_paths((str(shared("attribution/polnear_train_dev.jsonl")),)).articles[:60]
    told = 0
    for article in (*articles, *election):
        if not cannot_be_on_topic(article.paragraphs, korea):
            continue
        told += 1
        sentences = split_article(article)
        assert not any(
            (keyword and keyword.search(s.text)) or _names_enough(s.text, names)
            for s in sentences
        ), article.id
        assert article_off_topic(sentences, korea) == any(not s.boilerplate for s in sentences)
    assert 20 < told < 100  # most election stories, no Korea story


def test_an_article_of_boilerplate_alone_is_briefed_with_the_pool_as_without(
    korea, tmp_path, monkeypatch
):
    """An article with nothing but page furniture names nothing of the topic, yet is not
    off topic (there is nothing to weigh): the pool, which set it aside unsplit, finds that
    out when counting its sentences and briefs the folder again."""
    import briefer.pipeline

    furniture = {
        "id": "furniture",
        "title": "Gallery",
        "date": "2017-08-09",
        "text": "By John Smith\nPhoto: Getty Images\nSign up for our newsletter",
    }
    folder = _folder(tmp_path, _election(), furniture)
    alone = make_brief(BriefRequest((str(folder),)), korea).brief
    monkeypatch.setattr(briefer.pipeline, "PARALLEL_MIN_CHARS", 0)
    pooled = make_brief(BriefRequest((str(folder),)), korea).brief
    assert [a.id for a in alone.set_aside] == [_election()["id"]]
    assert [a.id for a in pooled.set_aside] == [_election()["id"]]
    assert pooled.sentence_count == alone.sentence_count
    assert _shown(pooled) == _shown(alone)


def test_a_set_aside_article_is_not_also_counted_as_read_but_not_cited(korea, tmp_path):
    """11 February 2018: the memo said '1 further article was read but not cited.' and then
    named the same article as set aside (an analyst took them for two)."""
    from briefer.render.text import render_markdown, set_aside_note, uncited_note

    from .conftest import corpus_day

    # that day's opinion piece on North Korea is on topic since the template has anchors:
    # a Korea day with the corpus's story on South Korean government reform instead
    day = corpus_day(tmp_path, "2017-05-14")
    corpus = shared("korea_articles/allsides_korea.jsonl").read_text(encoding="utf-8")
    reform = next(x for x in corpus.splitlines() if '"luWHv1gfV47q3153"' in x)
    (day / "reform.jsonl").write_text(reform + "\n")
    brief = make_brief(BriefRequest((str(day),)), korea).brief
    assert len(brief.set_aside) == 1 and len(brief.articles) == brief.cited + 1
    assert uncited_note(brief) == ""
    text = render_markdown(brief)
    assert set_aside_note(brief) and "read but not cited" not in text
