"""Templates: bundled ones load; mistakes name the file, line and field."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefer.errors import TemplateError
from briefer.template import bundled_templates, load_template

GOOD = """topic = "Test topic"
[[actors]]
key = "us"
name = "United States"
aliases = ["Washington"]
"""


def test_bundled_templates():
    assert {"korea", "iran"} <= set(bundled_templates())
    korea = load_template("korea")
    assert [(a.key, a.name) for a in korea.actors] == [
        ("us", "United States"),
        ("dprk", "North Korea"),
        ("rok", "South Korea"),
        ("china", "China"),
    ]
    assert {"Pyongyang", "the North", "KCNA"} <= set(korea.actor("dprk").aliases)
    assert {"Seoul", "Blue House", "Moon"} <= set(korea.actor("rok").aliases)


def test_template_by_path(tmp_path: Path):
    path = tmp_path / "mine.toml"
    path.write_text(GOOD)
    template = load_template(str(path))
    assert template.name == "mine" and template.memo.classification == "UNCLASSIFIED"


@pytest.mark.parametrize(
    "text, fragment",
    [
        ('topic = "x"\n[[actors]\nkey = "us"\n', "line 2"),
        (GOOD + 'colour = "red"\n', "unknown field 'actors[0].colour'"),
        (
            GOOD + '[[actors]]\nkey = "cn"\nname = "China"\naliases = []\n',
            "actor 'cn' has no aliases",
        ),
        (GOOD.replace('topic = "Test topic"\n', ""), "'topic' is missing"),
        ('anchors = ["dprk"]\n' + GOOD, "field 'anchors': 'dprk' is no actor key"),
        (GOOD + '[memo]\npaper = "tabloid"\n', "memo.paper"),
        ("bogus = 1\n" + GOOD, "unknown field 'bogus'"),
        (
            GOOD + "[actors.took_office]\nMoscow = 2017-01-20\n",
            "'actors[0].took_office.Moscow' names no alias",
        ),
        (
            GOOD + '[actors.took_office]\nWashington = "January 2017"\n',
            "'actors[0].took_office.Washington' must be a date",
        ),
    ],
)
def test_template_errors_are_precise(tmp_path: Path, text, fragment):
    path = tmp_path / "bad.toml"
    path.write_text(text)
    with pytest.raises(TemplateError) as error:
        load_template(str(path))
    assert fragment in str(error.value) and "bad.toml" in str(error.value)


def test_unknown_key_points_at_its_line(tmp_path: Path):
    path = tmp_path / "bad.toml"
    path.write_text(GOOD + 'colour = "red"\n')
    with pytest.raises(TemplateError) as error:
        load_template(str(path))
    assert f"bad.toml:{len(GOOD.splitlines()) + 1}:" in str(error.value)


def test_unknown_bundled_name_lists_the_valid_ones():
    with pytest.raises(TemplateError) as error:
        load_template("narnia")
    assert "korea" in str(error.value) and "iran" in str(error.value)


def test_took_office_reads_dates_per_alias(tmp_path: Path):
    path = tmp_path / "mine.toml"
    path.write_text(GOOD + "[actors.took_office]\nWashington = 2017-01-20\n")
    (actor,) = load_template(str(path)).actors
    assert actor.took_office == (("Washington", dt.date(2017, 1, 20)),)
