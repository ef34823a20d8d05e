"""Issues in templates and the issue × actor grid, on real news days."""

from __future__ import annotations

import io
import json
from pathlib import Path

import docx
import pytest
from rich.console import Console

from briefer.errors import TemplateError
from briefer.grid import on_issue
from briefer.issues import keyword_pattern
from briefer.models import Brief
from briefer.pagefit import fit_to_pages
from briefer.pipeline import BriefRequest, make_brief
from briefer.render.docx import render_docx
from briefer.render.grid_text import cell_sentences
from briefer.render.terminal import brief_view
from briefer.render.text import md, render_json, render_markdown
from briefer.template import load_template, parse_template

from .conftest import shared

DAY = "keypositions/clusters/allsides-kr-2017-08-07"

BASE = """topic = "T"

[[actors]]
key = "us"
aliases = ["US"]
"""


@pytest.fixture(scope="module")
def day() -> Brief:
    return make_brief(BriefRequest(paths=(str(shared(DAY)),)), load_template("korea")).brief


def test_korea_template_tracks_the_issues_readers_ask_about(korea):
    keys = [i.key for i in korea.issues]
    assert keys == [
        "denuclearization",
        "tests",
        "sanctions",
        "exercises",
        "talks",
        "security",
        "rights",
    ]
    assert "war games" in korea.issues[3].keywords


@pytest.mark.parametrize(
    ("issue", "message"),
    [
        ('key = "talks"\nname = "Talks"', r"t\.toml:8: field 'issues\[0\]\.keywords'.*no key"),
        ('key = "talks"\nkeywords = ["talks"]\ncolour = "red"', r"t\.toml:10: unknown field"),
        ('key = "Talks"\nkeywords = ["talks"]', r"t\.toml:8: field 'issues\[0\]\.key' = 'Talks'"),
        ('key = "talks"\nkeywords = "talks"', r"t\.toml:9: field 'issues\[0\]\.keywords' must"),
    ],
)
def test_issue_mistakes_name_file_line_and_field(issue, message):
    with pytest.raises(TemplateError, match=message):
        parse_template(f"{BASE}\n[[issues]]\n{issue}\n", "t.toml")


def test_a_duplicate_issue_key_names_its_line():
    issue = '[[issues]]\nkey = "a"\nkeywords = ["{}"]\n'
    text = f"{BASE}\n{issue.format('x')}\n{issue.format('y')}"
    with pytest.raises(TemplateError, match=r"t\.toml:12: duplicate issue key 'a'"):
        parse_template(text, "t.toml")


def test_keywords_match_whole_words_as_aliases_do():
    pattern = keyword_pattern(["talks", "war games", "ICBM"])
    assert pattern.search("Talks resumed.")  # a sentence may open with it
    assert pattern.search("an end to war games")
    assert not pattern.search("he stalks the halls")
    assert not pattern.search("icbm in lower case is not the acronym")


def test_grid_cells_are_the_actors_own_positions_on_the_issue(day):
    assert day.grid is not None
    filled = 0
    for row in day.grid.rows:
        for actor, item in row.cells:
            if item is not None:
                filled += 1
                assert actor in item.attribution.holders
                assert on_issue(item, row.issue)
                assert not item.archival
    assert filled >= 12  # an analyst's day: most issues have most actors
    talks = next(r for r in day.grid.rows if r.issue.key == "talks")
    assert "negotiat" in talks.cell("dprk").sentence.text
    assert "Tillerson" in talks.cell("us").sentence.text


def test_a_statement_dated_weeks_before_its_article_fills_no_cell():
    """Analyst read of round 29, dev day 2018-06-12: the United States' 'Troops and security
    guarantees' cell printed '… last summer when Trump and Kim exchanged a war of words,
    with the American president warning the dictator of “fire and fury.”', which the
    sections leave to the timeline as stale; the cell now shows the joint declaration's
    security guarantees."""
    summit = shared("keypositions/clusters/allsides-kr-2018-06-12")
    brief = make_brief(BriefRequest(paths=(str(summit),)), load_template("korea")).brief
    assert brief.grid is not None
    troops = next(r for r in brief.grid.rows if r.issue.key == "security").cell("us")
    assert troops is not None and "security guarantees" in troops.sentence.text
    assert not any("last summer" in i.sentence.text for i in brief.positions)


def test_an_issue_in_another_holders_clause_fills_only_that_holders_cell():
    """Analyst read of round 29, dev day 2017-07-04: 'Tillerson called for “global
    action” to counter North Korea, while China and Russia asked for a “double
    suspension” of the military exercise …' filled the United States' 'Military
    exercises' cell too; the exercises are in China's clause."""
    launch = shared("keypositions/clusters/allsides-kr-2017-07-04")
    brief = make_brief(BriefRequest(paths=(str(launch),)), load_template("korea")).brief
    assert brief.grid is not None
    exercises = next(r for r in brief.grid.rows if r.issue.key == "exercises")
    china, us = exercises.cell("china"), exercises.cell("us")
    assert china is not None and "double suspension" in china.sentence.text
    assert us is None or "double suspension" not in us.sentence.text


def test_a_demand_refused_is_marked_as_a_clash(day):
    assert day.grid is not None
    marked = {(c.issue, c.actor, c.against) for c in day.grid.clashes}
    # "wouldn't negotiate over its nuclear program" against "provided Pyongyang agreed to
    # abandon its nuclear programme"
    assert ("denuclearization", "dprk", "rok") in marked
    assert all(c.actor != c.against for c in day.grid.clashes)
    assert not any(c.issue == "rights" for c in day.grid.clashes)


def test_json_grid_points_at_the_cells_sentences(day):
    data = json.loads(render_json(day))
    assert set(data["grid"]) == {i.key for i in day.template.issues}
    for row in data["grid"].values():
        assert set(row) == {"us", "dprk", "rok", "china"}
        for actor, index in row.items():
            if index is not None:
                assert actor in data["sentences"][index]["holders"]
                assert data["sentences"][index]["selected"]
    assert {"issue", "actor", "against", "cue"} <= set(data["clashes"][0])
    assert data["issues"][0]["keywords"]


def test_terminal_grid_fits_80_columns(day):
    out = io.StringIO()
    Console(file=out, width=80, color_system=None).print(brief_view(day))
    text = out.getvalue()
    assert "Issues at a glance" in text and "≠ North Korea" in text
    assert max(len(line) for line in text.splitlines()) <= 80


def test_markdown_grid_is_a_table_with_a_column_per_actor(day):
    text = render_markdown(day)
    assert "| Issue | United States | North Korea | South Korea | China |" in text
    rows = [line for line in text.splitlines() if line.startswith("| **")]
    assert len(rows) == len(day.template.issues)
    assert all(line.count(" | ") == 4 for line in rows)  # pipes inside sentences escaped


def test_memo_grid_is_a_table_inside_the_margins(day, tmp_path: Path):
    path = tmp_path / "memo.docx"
    render_docx(day, str(path))
    memo = docx.Document(str(path))
    (table,) = memo.tables
    fitted = fit_to_pages(day)  # on paper, issues no actor speaks to are left out
    spoken = [r.issue.name for r in fitted.grid.rows if any(c for _, c in r.cells)]
    assert 0 < len(spoken) < len(day.template.issues)
    assert [r.cells[0].text for r in table.rows[1:]] == spoken
    assert all(any(c.text != "—" for c in r.cells[1:]) for r in table.rows[1:])
    assert [c.text for c in table.rows[0].cells] == [
        "Issue",
        "United States",
        "North Korea",
        "South Korea",
        "China",
    ]
    section = memo.sections[0]
    text_width = section.page_width - section.left_margin - section.right_margin
    assert sum(c.width for c in table.rows[1].cells) <= text_width
    talks = next(r for r in table.rows[1:] if r.cells[0].text == "Talks and summits")
    expected = cell_sentences(fitted).get(("talks", "dprk"), "—")
    assert expected[:15] in talks.cells[2].text
    assert "w:tblHeader" in table.rows[0]._tr.xml  # the actors head every page
    assert all("w:cantSplit" in row._tr.xml for row in table.rows)


def test_no_issues_no_grid(tmp_path: Path):
    template = parse_template(BASE, "t.toml")
    seed = Path(__file__).resolve().parent.parent / "seeds"
    brief = make_brief(BriefRequest(paths=(str(seed),)), template).brief
    assert brief.grid is None
    assert json.loads(render_json(brief))["grid"] is None
    assert "Issues at a glance" not in render_markdown(brief)


def test_every_cell_cites_a_listed_source(day):
    assert day.grid is not None
    for row in day.grid.rows:
        for _, item in row.cells:
            if item is not None:
                assert item.selected
                assert all(1 <= n <= day.cited for n in item.citations)
                for source in item.sources:
                    assert day.articles[item.citations[0] - 1].id in {
                        s.article_id for s in item.sources
                    }
                    assert source.article_id in {a.id for a in day.articles[: day.cited]}


def test_the_grid_does_not_print_the_bottom_line_again(day):
    text = render_markdown(day)
    grid = text.split("## Issues at a glance")[1].split("\n## ", 1)[0]
    for item in day.bottom_line:
        assert md(item.sentence.text) not in grid
    for section in day.sections:  # nor a sentence a section prints below
        for item in section.items:
            assert md(item.sentence.text) not in grid
    assert "below)" in grid
    assert "(see Bottom line)" in grid or not any(
        i is c for i in day.bottom_line for r in day.grid.rows for _, c in r.cells
    )


def test_no_sentence_is_printed_twice_in_the_memo(day):
    text = render_markdown(day)
    shown = [i for i in day.bottom_line]
    shown += [i for s in day.sections for i in s.items]
    shown += [c for r in day.grid.rows for _, c in r.cells if c is not None]
    shown += list(day.timeline or ())
    assert len(shown) > 10
    for item in shown:
        assert text.count(md(item.sentence.text)) <= 1, item.sentence.text


def test_cells_and_timeline_entries_of_their_own_are_read_alone(korea):
    from briefer.grid import attach_grid
    from briefer.referents import stands_alone
    from briefer.render.text import timeline_text

    day = shared("keypositions/clusters/allsides-kr-2018-04-27")
    brief = attach_grid(make_brief(BriefRequest((str(day),)), korea).brief)
    cells = [t for t in cell_sentences(brief).values() if not t.startswith("(see ")]
    assert cells and all(stands_alone(t) for t in cells)
    assert not any(t.startswith("She handed him a pen") for t in cells)
    own = [timeline_text(brief, i) for i in brief.timeline or ()]
    own = [t for t in own if " (see " not in t]
    assert own and all(stands_alone(t) for t in own)
    assert not any(t.startswith("It repeated a pledge") for t in own)


def test_a_cell_of_its_own_is_on_the_templates_topic(korea):
    from briefer.grid import attach_grid

    day = shared("keypositions/clusters/allsides-kr-2017-08-07")
    brief = attach_grid(make_brief(BriefRequest((str(day),)), korea).brief)
    cells = [t for t in cell_sentences(brief).values() if not t.startswith("(see ")]
    assert cells
    # Haley on Venezuela names the human-rights keyword 'dictatorship', no Korea topic
    assert not any("going directly into a dictatorship" in t for t in cells)
    assert not any("go directly into a dictatorship" in t for t in cells)


def test_a_memo_cell_that_points_to_a_bullet_cites_by_number(day, tmp_path: Path):
    """'(see United States below) [2 Washington Times]' took four lines of a narrow cell and
    pushed a two-article memo onto a third page; the bullet it points to names the outlet."""
    import re

    path = tmp_path / "memo.docx"
    render_docx(day, str(path))
    (table,) = docx.Document(str(path)).tables
    cells = [c.text for r in table.rows[1:] for c in r.cells[1:]]
    pointers = [t for t in cells if t.startswith("(see ")]
    assert pointers and all(re.search(r"\)\s\[\d+(?:, \d+)*\]", t) for t in pointers)
    own = [t for t in cells if t != "—" and not t.startswith("(see ")]
    assert all(re.search(r"\[\d+ [A-Z]", t) for t in own)  # a sentence of its own: the outlet


def test_a_cell_of_its_own_is_a_statement_not_a_narrated_deed(korea, tmp_path: Path):
    """On the Olympics' eve the grid printed 'North Korea has tested a record number of
    missiles last year …' and 'On Thursday he visited the Yokota Air Base …' as positions
    on Denuclearization and Troops, sentences the sections' salience floor kept out."""
    from briefer.pipeline import BriefRequest, make_brief
    from briefer.salience import claim

    from .conftest import corpus_day

    corpus_day(tmp_path, "2018-02-09")
    brief = make_brief(BriefRequest((str(tmp_path),)), korea).brief
    shown = {i.sentence.key for s in brief.sections for i in s.items}
    own = [
        (k, i)
        for r in brief.grid.rows
        for k, i in r.cells
        if i is not None and i.sentence.key not in shown
    ]
    assert all(claim(i.attribution, k) > 0 for k, i in own)
    texts = [i.sentence.text for _, i in own]
    assert not any(
        t.startswith(("North Korea has tested", "On Thursday he visited")) for t in texts
    )
    assert any(i is not None for r in brief.grid.rows for _, i in r.cells)


def test_a_memo_whose_grid_kept_no_cell_prints_the_note_without_a_table(tmp_path: Path):
    """The two articles of 10 October 2014: to fit two pages the memo keeps no grid cell; such
    a memo (12 April 2013's, before the dated timeliness) printed the header row of an empty
    table."""
    from briefer.render.grid_text import silent_issues, spoken_rows

    from .conftest import corpus_day

    (tmp_path / "day").mkdir()
    folder = corpus_day(tmp_path / "day", "2014-10-10")
    brief = make_brief(BriefRequest(paths=(str(folder),)), load_template("korea")).brief
    fitted = fit_to_pages(brief)
    assert fitted.grid is not None and not spoken_rows(fitted.grid)
    path = tmp_path / "memo.docx"
    render_docx(brief, str(path))
    memo = docx.Document(str(path))
    assert memo.tables == []
    texts = [p.text for p in memo.paragraphs]
    assert silent_issues(fitted.grid) in texts
    assert texts[texts.index("Issues at a glance") + 1] == silent_issues(fitted.grid)


def test_a_memo_says_which_issues_lost_cells_for_room_not_that_no_one_spoke(tmp_path: Path):
    """The page fit leaves out grid cells that print positions no bullet shows; the memo's
    note had put their issues under 'No position shown on', which the terminal's full grid
    contradicted (an analyst flagged it on 12 June 2018, whose memo has room for its cells
    since round 12; 27 April 2018 still leaves three out)."""
    from briefer.render.grid_text import silent_issues, spoken_rows

    day = make_brief(
        BriefRequest(paths=(str(shared("keypositions/clusters/allsides-kr-2018-04-27")),)),
        load_template("korea"),
    ).brief
    fitted = fit_to_pages(day)
    assert fitted.grid is not None and day.grid is not None and fitted.grid.left_out
    full = {r.issue.key: r for r in spoken_rows(day.grid)}
    assert all(key in full for key in fitted.grid.left_out)  # they did hold positions
    note = silent_issues(fitted.grid)
    said, _, cut = note.partition("Some positions left out to fit two pages: ")
    names = {r.issue.key: r.issue.name for r in fitted.grid.rows}
    assert cut and all(names[k] in cut and names[k] not in said for k in fitted.grid.left_out)
    assert "Left out" not in silent_issues(day.grid)  # the terminal's grid has them all
    path = tmp_path / "memo.docx"
    render_docx(day, str(path))
    assert note in [p.text for p in docx.Document(str(path)).paragraphs]
