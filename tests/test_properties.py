"""Property tests: arbitrary text, bytes and file names never crash a stage.

Readers, the splitter and attribution either return or raise our own errors.
"""

from __future__ import annotations

import string
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefer.attribute import attribute_text, compile_matcher
from briefer.errors import BrieferError
from briefer.models import Article
from briefer.read import READERS, read_paths
from briefer.sanitize import clean
from briefer.split import SEGMENTERS, split_article
from briefer.template import load_template

FAST = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
NAME = (
    st.text(alphabet=string.ascii_letters + string.digits + "-_ äé", min_size=1, max_size=20)
    .map(str.strip)
    .filter(bool)
)


@FAST
@given(data=st.binary(max_size=2000), name=NAME, suffix=st.sampled_from(sorted(READERS)))
def test_readers_never_crash_on_arbitrary_bytes(tmp_path_factory, data, name, suffix):
    folder = tmp_path_factory.mktemp("fuzz")
    path = folder / f"{name}{suffix}"
    path.write_bytes(data)
    try:
        reading = read_paths([path])
    except BrieferError:
        return
    for article in reading.articles:
        assert all(isinstance(p, str) and p for p in article.paragraphs)
    assert all(n.path.startswith(str(path)) for n in reading.notices)


@FAST
@given(text=st.text(max_size=1500), name=NAME)
def test_txt_reader_keeps_paragraphs_verbatim(tmp_path_factory, text, name):
    folder = tmp_path_factory.mktemp("text")
    path = Path(folder) / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    try:
        reading = read_paths([path])
    except BrieferError:
        return
    normalized = " ".join(clean(text.replace("\ufeff", "")).split())  # controls are dropped
    for article in reading.articles:
        for paragraph in article.paragraphs:
            assert paragraph in normalized


@FAST
@given(
    paragraphs=st.lists(
        st.text(min_size=1, max_size=400).map(lambda t: " ".join(t.split())).filter(bool),
        min_size=1,
        max_size=5,
    ),
    segmenter=st.sampled_from(sorted(SEGMENTERS)),
)
def test_splitter_offsets_are_verbatim(paragraphs, segmenter):
    article = Article("a", "", "t", tuple(paragraphs))
    for sentence in split_article(article, segmenter):
        assert article.text[sentence.start : sentence.end] == sentence.text
        assert sentence.text.strip() == sentence.text and sentence.text


@FAST
@given(text=st.text(max_size=600))
def test_attribution_returns_known_holders(text):
    template = load_template("korea")
    result = attribute_text(text, compile_matcher(template))
    keys = {a.key for a in template.actors} | {"other"}
    assert set(result.holders) <= keys
    assert {e.holder for e in result.evidence} == set(result.holders)


@FAST
@given(
    words=st.lists(
        st.sampled_from(
            [
                "Seoul",
                "said",
                "Kim",
                "the",
                "North",
                "told",
                "“",
                "”",
                ",",
                "Washington",
                "urged",
                "who",
                "and",
                "according",
                "to",
                "by",
                "reckoning",
                "’s",
                "he",
                "Sen.",
                "analysts",
            ]
        ),
        max_size=60,
    )
)
def test_attribution_on_cue_soup(words):
    template = load_template("korea")
    result = attribute_text(" ".join(words), compile_matcher(template))
    assert len(result.holders) == len(set(result.holders))
