"""A speaker named only by family name takes the full name the folder (or the template)
gives that actor's speaker: speaker lines read alike across outlets."""

from __future__ import annotations

import json
from pathlib import Path

from briefer.pipeline import BriefRequest, make_brief
from briefer.speakerline import speaker_line
from briefer.template import load_template

from .conftest import shared


def _write(folder: Path, name: str, text: str, date: str = "2013-04-14") -> None:
    record = {"id": name, "title": name, "date": date, "source": name, "text": text}
    (folder / f"{name}.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")


def _speaker(folder: Path, opening: str) -> tuple[str, str]:
    """(speaker, role) of the speaker line of the sentence that opens with ``opening``."""
    brief = make_brief(BriefRequest(paths=(str(folder),)), load_template("korea")).brief
    item = next(i for i in brief.items if i.sentence.text.startswith(opening))
    line = speaker_line(item)
    assert line is not None
    return line.speaker, line.role


def test_a_family_name_takes_the_full_name_and_role_another_outlet_gives(tmp_path: Path):
    """Held-out day 2013-04-14 (round 29): '— Kerry' under one bullet, '— John Kerry, U.S.
    Secretary of State' under another."""
    _write(
        tmp_path,
        "a",
        "U.S. Secretary of State John Kerry said on Sunday that North Korea must stop its "
        "provocations and return to talks on its nuclear program.",
    )
    _write(
        tmp_path,
        "b",
        "Kerry said the United States was ready to talk with North Korea if it took steps "
        "toward giving up its nuclear weapons.",
    )
    assert _speaker(tmp_path, "Kerry said") == ("John Kerry", "U.S. Secretary of State")


def test_a_family_name_two_people_share_stays_as_written(tmp_path: Path):
    _write(
        tmp_path,
        "a",
        "North Korean leader Kim Jong Un said on Sunday that the country would keep building "
        "its nuclear forces against the United States.",
    )
    _write(
        tmp_path,
        "b",
        "His sister Kim Yo Jong said North Korea would not talk with South Korea while the "
        "drills with the United States went on.",
    )
    _write(tmp_path, "c", "Kim said North Korea would answer any attack by South Korea at once.")
    assert _speaker(tmp_path, "Kim said") == ("Kim", "")


def test_the_template_names_who_no_article_names_in_full():
    """Dev day 2018-06-12: six United States bullets read '— Trump'; no article of the day
    gives him a full name as a speaker, the template's aliases do."""
    day = shared("keypositions/clusters/allsides-kr-2018-06-12")
    brief = make_brief(BriefRequest(paths=(str(day),)), load_template("korea")).brief
    us = next(s for s in brief.sections if s.key == "us")
    names = {speaker_line(i, "us").speaker for i in us.items}
    assert "Donald Trump" in names and "Trump" not in names
