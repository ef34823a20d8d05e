"""Outlets and lean: citations name the outlet; a lean comes from the input or the template's
[sources] table and is never guessed."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from rich.console import Console

from briefer.errors import TemplateError
from briefer.models import Article, Attribution, BriefItem, Sentence
from briefer.outlets import apply_leans, normalize_lean, outlet_label
from briefer.pipeline import BriefRequest, make_brief
from briefer.read import read_paths
from briefer.render.terminal import brief_view
from briefer.render.text import citation_text, render_markdown, source_line
from briefer.template import load_template, parse_template

from .conftest import shared

DAY = "keypositions/clusters/allsides-kr-2017-07-04"
TWEET = "Hard to believe South Korea and Japan will put up with this much longer"
GOOD = """topic = "Test topic"
[[actors]]
key = "us"
aliases = ["Washington"]
"""


def _tweet_citation(brief) -> str:
    """The citation of the tweet all three outlets quote (merged into one item)."""
    (item,) = [i for i in brief.items if any(TWEET in s.text for s in i.sources)]
    return citation_text(item, brief.articles)


def _day_with_leans(tmp_path: Path, leans: dict[str, str]) -> Path:
    """The 2017-07-04 day (Vox, USA TODAY, Washington Times), each record given the lean
    named here for its outlet (as an input file would carry it)."""
    folder = tmp_path / "day"
    folder.mkdir()
    for source in sorted(shared(DAY).glob("*.jsonl")):
        record = json.loads(source.read_text(encoding="utf-8"))
        if record["source"] in leans:
            record["lean"] = leans[record["source"]]
        (folder / source.name).write_text(json.dumps(record), encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("raw", "lean"),
    [("left", "left"), ("Lean Left", "left"), ("center", "centre"), ("Centre", "centre"),
     ("lean-right", "right"), ("RIGHT", "right"), ("mixed", None), ("", None), (3, None)],
)  # fmt: skip
def test_normalize_lean(raw, lean):
    assert normalize_lean(raw) == lean


def test_merged_bullet_names_outlets_and_leans(tmp_path, korea):
    leans = {"Vox": "left", "USA TODAY": "center", "Washington Times": "right"}
    brief = make_brief(BriefRequest((str(_day_with_leans(tmp_path, leans)),)), korea).brief
    assert _tweet_citation(brief) == (
        "[1 USA TODAY; 2 Vox; 3 Washington Times] reported by 3 outlets (left, centre, right)"
    )
    text = render_markdown(brief)
    assert "Vox (left), July 4, 2017." in text
    assert "Washington Times (right), July 4, 2017." in text


def test_unknown_leans_are_counted_not_guessed(tmp_path, korea):
    brief = make_brief(BriefRequest((str(_day_with_leans(tmp_path, {"Vox": "left"})),)), korea)
    assert _tweet_citation(brief.brief).endswith("reported by 3 outlets (left, 2 of unknown lean)")
    assert "USA TODAY, July 4, 2017." in render_markdown(
        brief.brief
    )  # no lean shown where none is known


def test_no_lean_anywhere_no_parentheses(korea):
    brief = make_brief(BriefRequest((str(shared(DAY)),)), korea).brief
    expected = "[1 USA TODAY; 2 Vox; 3 Washington Times] reported by 3 outlets"
    assert _tweet_citation(brief) == expected
    assert all(a.lean == "" for a in brief.articles)


def test_template_sources_table_gives_leans(tmp_path):
    path = tmp_path / "t.toml"
    path.write_text(GOOD + '\n[sources]\n"USA TODAY" = "centre"\nVox = "Lean Left"\n')
    template = load_template(str(path))
    assert template.leans == (("USA TODAY", "centre"), ("Vox", "left"))
    articles = apply_leans(read_paths([shared(DAY)]).articles, dict(template.leans))
    assert {a.source: a.lean for a in articles} == {
        "USA TODAY": "centre",
        "Vox": "left",
        "Washington Times": "",
    }


def test_input_lean_wins_over_the_template():
    article = Article("a", "a.jsonl", "T", ("x",), source="Vox", lean="right")
    assert apply_leans([article], {"vox": "left"})[0].lean == "right"


def test_bad_template_lean_names_file_line_and_field():
    with pytest.raises(TemplateError) as error:
        parse_template(GOOD + '\n[sources]\n"Fox News" = "far right"\n', "t.toml")
    assert str(error.value).startswith("t.toml:7: field 'sources.Fox News' = 'far right'")


def test_bad_record_lean_is_reported_and_left_out(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"text": "Kim spoke.", "source": "Vox", "lean": "far left"}))
    reading = read_paths([path])
    assert reading.articles[0].lean == ""
    assert [n.message for n in reading.notices] == [
        "unknown lean 'far left' ignored (use left, centre, right)"
    ]


def test_allsides_bias_text_is_read_as_lean(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"text": "Kim spoke.", "source": "Vox", "bias_text": "left"}))
    assert read_paths([path]).articles[0].lean == "left"


def test_outlet_label_and_source_line_without_outlet(korea):
    assert outlet_label(Article("a", "p", "T", ("x",))) == ""
    brief = make_brief(BriefRequest((str(shared(DAY)),)), korea).brief
    assert source_line(brief, 1).startswith(
        "North Korea claims it test-launched its first intercontinental ballistic missile. "
        "USA TODAY, July 4, 2017. https://"
    )


def test_source_line_drops_tracking_keys_and_doubled_stops(korea):
    from dataclasses import replace

    from briefer.render.text import clean_address

    assert clean_address("http://www.cnn.com/2013/04/03/x/index.html?hpt=hp_t1") == (
        "http://www.cnn.com/2013/04/03/x/index.html"
    )
    assert clean_address("http://abcnews.go.com/x/story?id=48430486&ref=a") == (
        "http://abcnews.go.com/x/story?id=48430486"
    )
    brief = make_brief(BriefRequest((str(shared(DAY)),)), korea).brief
    asked = replace(brief.articles[0], title="Can US trust North Korea leader to act rationally?")
    brief = replace(brief, articles=(asked, *brief.articles[1:]))
    assert source_line(brief, 1).startswith("Can US trust North Korea leader to act rationally? ")


def test_two_articles_of_one_outlet_are_one_outlet():
    fox = [Article(f"f{n}", "p", "T", ("x",), source="Fox Online News") for n in (1, 2)]
    articles = [*fox, Article("g", "p", "T", ("x",), source="The Guardian", lean="left")]
    sentence = Sentence("f1", 0, 0, 0, 1, "x")
    item = BriefItem(sentence, 1.0, Attribution(), (1, 2), (sentence,))
    assert citation_text(item, articles) == "[1, 2 Fox Online News] reported in 2 articles"
    both = BriefItem(sentence, 1.0, Attribution(), (1, 2, 3), (sentence,))
    assert citation_text(both, articles) == (
        "[1, 2 Fox Online News; 3 The Guardian] reported by 2 outlets (left, 1 of unknown lean)"
    )


def test_terminal_sources_show_the_lean(tmp_path, korea):
    leans = {"Vox": "left"}
    brief = make_brief(BriefRequest((str(_day_with_leans(tmp_path, leans)),)), korea).brief
    buffer = io.StringIO()
    Console(file=buffer, width=80, color_system=None).print(brief_view(brief))
    rows = [line for line in buffer.getvalue().splitlines() if "│ 2 " in line]
    assert rows and "Vox (left)" in rows[0]
