"""`brief diff` and `--since` on two consecutive real news days (korea_articles by date)."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from pathlib import Path

import docx
import pytest
from rich.console import Console

from briefer.cli import run
from briefer.diff import diff_snapshots, load_snapshot, similarities, snapshot_of
from briefer.errors import ExitCode
from briefer.models import ChangeKind
from briefer.pipeline import BriefRequest, make_brief
from briefer.render.terminal import diff_view
from briefer.render.text import render_json
from briefer.template import load_template

from .conftest import shared

FIRST, SECOND = "2018-06-12", "2018-06-13"  # the Singapore summit, and the day after


def _day(date: str, folder: Path) -> Path:
    """The day's articles of allsides_korea.jsonl, one file each, as an analyst gets them."""
    folder.mkdir()
    path = shared("korea_articles/allsides_korea.jsonl")
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["date"] == date:
            (folder / f"{record['id']}.jsonl").write_text(line + "\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def briefs(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("days")
    result = {}
    for date in (FIRST, SECOND):
        folder = _day(date, root / date)
        brief = make_brief(BriefRequest(paths=(str(folder),)), load_template("korea")).brief
        result[date] = root / f"{date}.json"
        result[date].write_text(render_json(brief), encoding="utf-8")
        result[f"{date}-folder"] = folder
    return result


def _texts(diff, kind, actor=None):
    return [
        c.position.text
        for c in diff.changes
        if c.kind is kind and (actor is None or c.position.actor == actor)
    ]


def test_the_day_after_lists_what_a_reader_calls_new(briefs):
    diff = diff_snapshots(load_snapshot(str(briefs[FIRST])), load_snapshot(str(briefs[SECOND])))
    new_us = _texts(diff, ChangeKind.NEW, "us")
    new_dprk = _texts(diff, ChangeKind.NEW, "dprk")
    assert any("everybody can now feel much safer" in t for t in new_us)  # Trump, back home
    assert any("is praising President Trump’s “realistic” approach" in t for t in new_dprk)
    # its next sentence ('Mr. Kim “highly praised the president’s will …”') is the same
    # report of the same speaker: one statement, one bullet
    assert not any("highly praised the president’s will" in t for t in new_dprk)
    assert any("gladly accepted each other" in t for t in new_us)


def test_the_first_days_stances_reworded_are_not_new(briefs):
    diff = diff_snapshots(load_snapshot(str(briefs[FIRST])), load_snapshot(str(briefs[SECOND])))
    new = _texts(diff, ChangeKind.NEW)
    # day 1: 'signed a document stating Pyongyang would work toward "complete
    # denuclearization"'; day 2 words it 'Mr. Kim pledged the "complete denuclearization"'
    assert not any("pledged the “complete denuclearization”" in t for t in new)
    # day 1: "he will be ending joint military exercises"; day 2: 'agreed to end "war games"'
    # and "highlighted Mr. Trump's promise to end joint U.S.-South Korean military exercises"
    assert not any("war games" in t or "promise to end joint" in t for t in new)
    assert 1 <= len(new) <= 10  # a reader's list, not the whole day


def test_a_brief_against_itself_has_no_changes(briefs):
    same = load_snapshot(str(briefs[FIRST]))
    assert diff_snapshots(same, same).changes == ()


def test_a_reworded_stance_is_nearer_than_another_stance(korea):
    first = "Trump said at a press conference that he will be ending joint military exercises."
    reworded = "The U.S. has agreed to end “war games” with South Korea, Trump said."
    other = "Trump said sanctions will remain until North Korea gives up its nuclear weapons."
    sims = similarities([reworded], [first, other], korea.issues)
    assert sims[0, 0] > sims[0, 1]


def test_briefs_made_before_positions_existed_still_diff(briefs, tmp_path: Path):
    data = json.loads(briefs[FIRST].read_text(encoding="utf-8"))
    del data["positions"]
    old = tmp_path / "old.json"
    old.write_text(json.dumps(data), encoding="utf-8")
    diff = diff_snapshots(load_snapshot(str(old)), load_snapshot(str(briefs[SECOND])))
    assert any("is praising President Trump" in t for t in _texts(diff, ChangeKind.NEW, "dprk"))


def test_corroborated_when_more_outlets_report_it(briefs):
    old = load_snapshot(str(briefs[FIRST]))
    new = snapshot_of(
        make_brief(
            BriefRequest(paths=(str(briefs[f"{FIRST}-folder"]), str(briefs[f"{SECOND}-folder"]))),
            load_template("korea"),
        ).brief
    )
    diff = diff_snapshots(old, new)
    for change in diff.changes:
        if change.kind is ChangeKind.CORROBORATED:
            assert change.before is not None
            assert len(change.position.outlets) > len(change.before.outlets)


def test_brief_diff_in_every_format(briefs, tmp_path: Path, capsys):
    args = [str(briefs[FIRST]), str(briefs[SECOND])]
    assert run(["diff", *args, "-f", "markdown"], io.StringIO()) == ExitCode.OK
    text = capsys.readouterr().out
    assert text.startswith("# Changes from June 12, 2018 to June 13, 2018")
    assert "## North Korea" in text and "- **New:** " in text
    assert run(["diff", *args, "-f", "json"], io.StringIO()) == ExitCode.OK
    data = json.loads(capsys.readouterr().out)
    assert data["old_date"] == FIRST and set(data["actors"]["dprk"]) >= {"new", "gone", "name"}
    out = tmp_path / "diff.docx"
    assert run(["diff", *args, "-f", "docx", "-o", str(out)], io.StringIO()) == ExitCode.OK
    memo = docx.Document(str(out))
    assert any("is praising President Trump" in p.text for p in memo.paragraphs)
    console = io.StringIO()
    diff = diff_snapshots(load_snapshot(args[0]), load_snapshot(args[1]))
    Console(file=console, width=80, color_system=None).print(diff_view(diff, "Changes"))
    assert "No longer reported" in console.getvalue()
    assert max(len(line) for line in console.getvalue().splitlines()) <= 80


def test_since_puts_what_is_new_first(briefs, capsys):
    folder = str(briefs[f"{SECOND}-folder"])
    code = run([folder, "--since", str(briefs[FIRST]), "-f", "markdown", "-q"], io.StringIO())
    assert code == ExitCode.OK
    text = capsys.readouterr().out
    assert text.index("## New since June 12, 2018") < text.index("## Bottom line up front")
    assert "is praising President Trump" in text[: text.index("## Bottom line up front")]
    code = run([folder, "--since", str(briefs[FIRST]), "-f", "json", "-q"], io.StringIO())
    assert json.loads(capsys.readouterr().out)["since"]["old_date"] == FIRST


@pytest.mark.parametrize("content", ["not json", '{"date": "2018-06-12"}', '{"actors": [{}]}'])
def test_a_bad_old_brief_is_one_line_naming_the_file(tmp_path: Path, content, briefs):
    bad = tmp_path / "old.json"
    bad.write_text(content, encoding="utf-8")
    err = io.StringIO()
    assert run(["diff", str(bad), str(briefs[SECOND])], err) == ExitCode.INPUT
    assert err.getvalue().count("\n") == 1 and str(bad) in err.getvalue()


def test_since_a_missing_file_fails_before_reading(tmp_path: Path):
    err = io.StringIO()
    seeds = str(Path(__file__).resolve().parent.parent / "seeds")
    code = run([seeds, "--since", str(tmp_path / "none.json"), "-q"], err)
    assert code == ExitCode.INPUT and "none.json" in err.getvalue()


def test_names_and_texts_from_an_old_brief_are_data_not_markup(briefs, tmp_path: Path, capsys):
    data = json.loads(briefs[FIRST].read_text(encoding="utf-8"))
    data["actors"][1]["name"] = "[red]North[/red] <b>Korea</b>"
    hostile = {
        "text": "A claim | with [a link](javascript:x) and \x1b[31m.",
        "outlets": ["AP"],
        "date": None,
        "citations": [1],
        "in_section": True,
    }
    data["positions"]["dprk"] = [hostile]
    old = tmp_path / "old.json"
    old.write_text(json.dumps(data), encoding="utf-8")
    assert run(["diff", str(briefs[SECOND]), str(old), "-f", "markdown"], io.StringIO()) == 0
    text = capsys.readouterr().out
    assert "\x1b" not in text and "<b>" not in text and "[a link](javascript" not in text
    assert "A claim \\| with" in text
    console = io.StringIO()
    diff = diff_snapshots(load_snapshot(str(briefs[SECOND])), load_snapshot(str(old)))
    Console(file=console, width=80, color_system=None).print(diff_view(diff, "Changes"))
    assert "[red]North[/red] <b>Korea</b>" in console.getvalue()


def test_since_in_the_terminal_comes_first_and_fits_80_columns(briefs):
    from briefer.render.terminal import brief_view

    old = load_snapshot(str(briefs[FIRST]))
    brief = make_brief(
        BriefRequest(paths=(str(briefs[f"{SECOND}-folder"]),)), load_template("korea")
    ).brief
    brief = replace(brief, since=diff_snapshots(old, snapshot_of(brief)))
    out = io.StringIO()
    Console(file=out, width=80, color_system=None).print(brief_view(brief))
    text = out.getvalue()
    assert text.index("New since June 12, 2018") < text.index("Bottom line up front")
    assert "• New: " in text and "feel much safer" in text
    assert max(len(line) for line in text.splitlines()) <= 80


def test_the_threshold_help_names_the_measured_default():
    from briefer.cli import cli
    from briefer.diff import SAME_STANCE

    option = next(p for p in cli.commands["diff"].params if p.name == "threshold")
    assert f"default: {SAME_STANCE}" in (option.help or "")
