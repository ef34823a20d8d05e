"""Timeline and archival statements: in every format, on the real dev days and inline texts."""

from __future__ import annotations

import datetime as dt
import io
import json
from dataclasses import replace
from pathlib import Path

import docx
import pytest
from rich.console import Console

from briefer.cli import run
from briefer.compose import ComposeOptions
from briefer.pipeline import BriefRequest, make_brief
from briefer.render.docx import render_docx
from briefer.render.terminal import brief_view
from briefer.render.text import render_json, render_markdown
from briefer.timeline import ARCHIVAL_AGE, is_stale, oldest_date
from briefer.when import resolve_when

from .conftest import SEEDS, shared

DAYS = (
    "allsides-kr-2017-07-04",
    "allsides-kr-2017-08-07",
    "allsides-kr-2018-03-08",
    "allsides-kr-2018-04-27",
    "allsides-kr-2018-06-12",
)
ARCHIVAL = "In 1994, North Korea said it would freeze its nuclear programme in return for aid."
CURRENT = "North Korea said on Monday that it would never give up its nuclear weapons."


@pytest.fixture(scope="module")
def archive_brief(korea, tmp_path_factory):
    """One article of 2017 that recalls a 1994 statement by North Korea."""
    folder = tmp_path_factory.mktemp("archive")
    text = "\n".join(
        [
            CURRENT,
            ARCHIVAL,
            "Analysts said the two statements show how far the talks have fallen since then.",
        ]
    )
    record = {"id": "a1", "title": "Talks", "date": "2017-08-08", "source": "Wire", "text": text}
    (folder / "a.jsonl").write_text(json.dumps(record), encoding="utf-8")
    return make_brief(BriefRequest((str(folder),)), korea).brief


@pytest.mark.slow
@pytest.mark.parametrize("day", DAYS)
def test_dev_days_no_archival_positions_and_timeline_in_order(korea, day):
    brief = make_brief(BriefRequest((str(shared(f"keypositions/clusters/{day}")),)), korea).brief
    cutoff = oldest_date(brief.articles) - ARCHIVAL_AGE
    actors = {a.key for a in korea.actors}
    positions = [i for s in brief.sections if s.key in actors for i in s.items]
    positions += list(brief.bottom_line)
    assert not [i for i in positions if i.when and i.when.end < cutoff]
    assert brief.timeline
    dates = [i.when.date for i in brief.timeline if i.when]
    assert len(dates) == len(brief.timeline) and dates == sorted(dates)


def test_archival_statement_is_background_not_a_position(archive_brief):
    sections = {s.key: s for s in archive_brief.sections}
    assert [i.sentence.text for i in sections["dprk"].items] == [CURRENT]
    old = sections["context"].items[0]  # background first
    assert old.sentence.text == ARCHIVAL and old.archival
    assert old.when and old.when.date.year == 1994
    assert [i.sentence.text for i in archive_brief.timeline or ()] == [ARCHIVAL, CURRENT]


def test_an_old_statement_of_an_actor_goes_to_context_on_a_dev_day(korea):
    day = shared("keypositions/clusters/allsides-kr-2018-03-08")
    brief = make_brief(BriefRequest((str(day),)), korea).brief
    sections = {s.key: s for s in brief.sections}
    debate = "At the February 2016 GOP presidential debate in New Hampshire"
    assert not any(debate in i.sentence.text for i in sections["us"].items)
    assert sections["context"].items[0].sentence.text.startswith(debate)
    assert "- (background, 2016) At the February 2016 GOP" in render_markdown(brief)


def test_archival_statement_marked_with_its_year_in_every_format(archive_brief, tmp_path):
    markdown = render_markdown(archive_brief)
    assert f"- (background, 1994) {ARCHIVAL} [1 Wire]" in markdown
    # the timeline orders them without printing a sentence the memo already shows
    # (its opening words through the verb and where it is printed)
    old = "In 1994, North Korea said it would freeze its nuclear programme …"
    new = "North Korea said on Monday that it would never …"
    assert f"- **1994** · North Korea · {old} (see Context above) [1 Wire]" in markdown
    assert f"- **2017-08-07** · North Korea · {new} (see Bottom line above) [1 Wire]" in markdown
    assert markdown.count(ARCHIVAL) == 1 and markdown.count(CURRENT) == 1
    path = tmp_path / "memo.docx"
    render_docx(archive_brief, str(path), dt.datetime(2017, 8, 9, tzinfo=dt.UTC))
    memo = docx.Document(str(path))
    bullets = [p.text for p in memo.paragraphs if p.style.name == "List Bullet"]
    assert f"(background, 1994) {ARCHIVAL} [1 Wire]" in bullets
    timeline = [p.text for p in memo.paragraphs if p.style.name == "Memo Timeline"]
    assert timeline == [
        f"1994\tNorth Korea · {old} (see Context above) [1 Wire]",
        f"2017-08-07\tNorth Korea · {new} (see Bottom line above) [1 Wire]",
    ]


def test_terminal_timeline_at_80_columns(archive_brief):
    buffer = io.StringIO()
    Console(file=buffer, width=80, color_system=None).print(brief_view(archive_brief))
    text = buffer.getvalue()
    assert all(len(line) <= 80 for line in text.splitlines())
    flat = " ".join(text.split())
    assert "─ Timeline ─" in text
    assert "(see Context above)" in flat and "1994 North Korea · In 1994" in flat
    assert "(background, 1994) In 1994" in flat
    assert "│ Wire " in text  # the Sources table names the outlet


def test_json_when_archival_and_timeline(archive_brief):
    data = json.loads(render_json(archive_brief))
    by_text = {s["text"]: s for s in data["sentences"]}
    assert by_text[ARCHIVAL]["when"] == {
        "date": "1994-01-01",
        "text": "In 1994",
        "precision": "year",
    }
    assert by_text[ARCHIVAL]["archival"] is True
    assert by_text[CURRENT]["when"] == {
        "date": "2017-08-07",
        "text": "on Monday",
        "precision": "day",
    }
    assert [data["sentences"][n]["text"] for n in data["timeline"]] == [ARCHIVAL, CURRENT]
    assert data["articles"][0]["lean"] is None
    assert data["articles"][0]["citation"] == 1  # existing fields keep their shape


def test_json_keeps_every_existing_field(korea):
    """The README's JSON fields are all still there, with the same types."""
    brief = make_brief(BriefRequest((str(SEEDS),)), korea).brief
    data = json.loads(render_json(brief, all_sentences=True))
    top = {"schema_version", "template", "topic", "date", "algorithm", "sentence_count"}
    assert top | {"articles", "actors", "bottom_line", "sections", "sentences"} <= set(data)
    assert isinstance(data["bottom_line"], list) and isinstance(data["sections"], dict)
    sentence = data["sentences"][0]
    assert {"text", "article", "index", "paragraph", "start", "end", "score", "holders",
            "evidence", "citations", "sources", "selected"} <= set(sentence)  # fmt: skip
    assert all(isinstance(s["citations"][0], int) for s in data["sentences"])
    assert isinstance(data["articles"][0]["source"], str)


def test_no_timeline_leaves_it_out_everywhere(archive_brief, tmp_path):
    left_out = replace(archive_brief, timeline=None)
    assert "## Timeline" not in render_markdown(left_out)
    assert json.loads(render_json(left_out))["timeline"] is None
    buffer = io.StringIO()
    Console(file=buffer, width=80, color_system=None).print(brief_view(left_out))
    assert "Timeline" not in buffer.getvalue()
    path = tmp_path / "memo.docx"
    render_docx(left_out, str(path))
    headings = [p.text for p in docx.Document(str(path)).paragraphs if p.style.name == "Heading 1"]
    assert "Timeline" not in headings and "Sources" in headings


def test_cli_no_timeline_flag(capsys):
    code = run([str(SEEDS), "--format", "json", "--no-timeline"], io.StringIO())
    assert code == 0 and json.loads(capsys.readouterr().out)["timeline"] is None
    code = run([str(SEEDS), "--format", "markdown"], io.StringIO())
    out = capsys.readouterr().out
    timeline = out.split("## Timeline")[1].split("## Sources")[0]
    assert code == 0 and "- **2019-06-27** · North Korea · But the North on Thursday" in timeline
    assert "(see North Korea above)" in timeline


def test_empty_timeline_says_so(korea, tmp_path: Path):
    (tmp_path / "a.txt").write_text(
        "date 2019-06-28 World\nTitle\nThe United States only wants North Korea to denuclearise.\n"
    )
    brief = make_brief(BriefRequest((str(tmp_path),), compose=ComposeOptions()), korea).brief
    assert brief.timeline == ()
    assert "- _No dated statements in these sources._" in render_markdown(brief)


def test_explain_shows_the_date_behind_a_bullet(korea):
    brief = make_brief(BriefRequest((str(SEEDS),)), korea).brief
    text = render_markdown(brief, explain=True)
    bullet = (
        "- But the North on Thursday said the US had become “more and more desperate in its "
        "hostile acts” even as it spoke of dialogue. [1]"
    )
    start = text.index(bullet)
    block = text[start : text.index("\n- ", start + 1)]
    assert 'dprk ← "the North" (said' in block
    assert block.index("dprk ←") < block.index('dated 2019-06-27 ← "on Thursday" (day)')
    buffer = io.StringIO()
    Console(file=buffer, width=100, color_system=None).print(brief_view(brief, explain=True))
    assert 'dated 2019-06-28 ← "on Friday" (day)' in buffer.getvalue()


def test_an_undated_sentence_that_goes_on_telling_an_archival_story_is_background(korea):
    from briefer.timeline import continues_archival, past_year

    oldest = dt.date(2018, 3, 8)
    assert past_year("But by 2005, a new round of negotiations brought hope for peace.", oldest)
    assert past_year("But fast forward to 2002.", oldest)
    assert not past_year("Trump could pull out, as he did from the 2015 nuclear deal.", oldest)
    assert not past_year("Tensions have risen since 2006.", oldest)  # present perfect: now
    told = "Washington pledged economic benefits and security guarantees for the North."
    assert continues_archival(told, [None, True])
    assert not continues_archival(told, [False, True])  # a sentence dated to now intervenes
    assert not continues_archival("Washington now says it will keep the sanctions.", [True])
    day = shared("keypositions/clusters/allsides-kr-2018-03-08")
    brief = make_brief(BriefRequest((str(day),)), korea).brief
    nyt = {i.sentence.text: i for i in brief.items}
    assert nyt[told].archival and nyt[told].when is None
    shown = [i.sentence.text for s in brief.sections if s.key in ("us", "dprk") for i in s.items]
    assert told not in shown
    assert not any("just over a year later" in t for t in shown)


def test_a_sentence_placed_before_the_news_is_background():
    from briefer.timeline import told_as_background

    assert told_as_background(
        "Previously, the North has threatened to “wipe out Manhattan” in the event of conflict."
    )
    assert told_as_background("In the past, China has shielded Pyongyang at the UN.")
    assert not told_as_background("North Korea previously said it would not negotiate.")
    assert not told_as_background("The North threatened on Tuesday to wipe out Manhattan.")


def test_a_long_date_label_widens_the_memo_timeline_column_for_every_row(archive_brief, tmp_path):
    """'week of 2017-07-31' is wider than the one-inch column: every row of the timeline then
    gets the same wider column, so the actors line up (they did not before)."""
    from briefer.models import Precision

    first, *rest = archive_brief.timeline
    week = replace(first, when=replace(first.when, precision=Precision.WEEK))
    brief = replace(archive_brief, timeline=(week, *rest))
    path = tmp_path / "memo.docx"
    render_docx(brief, str(path))
    rows = [p for p in docx.Document(str(path)).paragraphs if p.style.name == "Memo Timeline"]
    assert rows[0].text.startswith("week of ")
    indents = {p.paragraph_format.left_indent for p in rows}
    assert len(indents) == 1 and next(iter(indents)) > docx.shared.Inches(1.0)


def test_season_labels():
    from briefer.models import Precision, When
    from briefer.timeline import when_label

    assert when_label(When(dt.date(2017, 6, 1), "last summer", Precision.SEASON)) == "summer 2017"
    assert when_label(When(dt.date(2017, 12, 1), "last winter", Precision.SEASON)) == (
        "winter 2017–18"
    )


def test_a_span_not_over_by_the_articles_day_is_not_stale():
    day = dt.date(2018, 7, 8)
    # heldout4 8 July 2018 (Reuters): 'Pompeo did not meet Kim as he had done on two
    # previous visits to North Korea this year, but handed over a letter …'
    assert not is_stale(resolve_when("two previous visits this year", day), day)
    # the design case: last month's statement in a paper of 6 January is stale
    january = dt.date(2018, 1, 6)
    assert is_stale(resolve_when("Last month, Kim Jong Un said", january), january)
    assert not is_stale(resolve_when("On Thursday, Kim Jong Un said", january), january)
