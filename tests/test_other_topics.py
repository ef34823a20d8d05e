"""Entity resolution beyond Korea: the bundled 2016-campaign template on PolNeAR's news."""

from __future__ import annotations

import json

import pytest

from briefer.attribute import attribute_sentences
from briefer.models import Article
from briefer.split import split_article
from briefer.template import load_template

from .conftest import shared


@pytest.fixture(scope="module")
def us2016():
    return load_template("us2016")


def _holders(template, *paragraphs: str):
    sentences = split_article(Article("x", "", "", paragraphs))
    return [(a.holders, a.evidence) for a in attribute_sentences(sentences, template)]


def test_two_people_who_share_a_surname(us2016):
    result = _holders(
        us2016,
        "Former President Bill Clinton told the crowd in Ohio that the economy needed a change.",
        "Clinton said his wife would fight for working families.",
        "Hillary Clinton said on Monday that she would raise the minimum wage.",
        "Clinton added that Trump was unfit to serve.",
    )
    assert [h for h, _ in result] == [("other",), ("other",), ("clinton",), ("clinton",)]
    assert result[1][1][0].speaker == "Bill Clinton"
    assert result[3][1][0].speaker == "Hillary Clinton"


def test_a_spokeswoman_speaks_for_her_campaign(us2016):
    result = _holders(
        us2016,
        "Trump spokeswoman Hope Hicks said the campaign would respond.",
        "“We will win,” the spokeswoman said.",
    )
    assert [h for h, _ in result] == [("trump",), ("trump",)]
    assert result[0][1][0].speaker == "Hope Hicks"
    assert result[0][1][0].role == "Trump spokeswoman"


def test_an_ads_narrator_speaks_for_the_campaign_that_made_it(us2016):
    result = _holders(
        us2016, "“She will not back down,” the narrator of a new Clinton campaign ad says."
    )
    assert result[0][0] == ("clinton",)


@pytest.mark.slow
def test_bill_clinton_on_a_polnear_article_is_not_the_campaign(us2016):
    path = shared("attribution/polnear_train_dev.jsonl")
    lines = path.read_text(encoding="utf-8").splitlines()
    record = next(
        json.loads(line)
        for line in lines
        if '"breitbart_2016-10-04_bill-clinton-calls' in line and '"split": "dev"' in line
    )
    sentences = split_article(Article("p", "", "", tuple(record["text"].split("\n"))))
    said = [
        a
        for s, a in zip(sentences, attribute_sentences(sentences, us2016), strict=True)
        if "Clinton said" in s.text
    ]
    assert said and all(a.holders == ("other",) for a in said)
    assert all(e.speaker == "Bill Clinton" for a in said for e in a.evidence)
