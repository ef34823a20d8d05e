"""Startup: commands that need no ranking, rendering or NLP load none of it (issue 12)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = ("numpy", "scipy", "sumy", "nltk", "docx", "rich", "pysbd", "Stemmer")

PROBE = """
import io, json, sys
from briefer.cli import run
code = run(sys.argv[1:], io.StringIO())
print(json.dumps([code, sorted(m for m in sys.modules if m.split(".")[0] in {heavy})]))
"""


@pytest.mark.parametrize("args", [["--help"], ["templates"]])
def test_light_commands_import_nothing_heavy(args):
    probe = PROBE.format(heavy=repr(set(HEAVY)))
    done = subprocess.run(
        [sys.executable, "-c", probe, *args], capture_output=True, text=True, check=True
    )
    code, loaded = json.loads(done.stdout.strip().splitlines()[-1])
    assert code == 0
    assert loaded == []


def test_the_brief_command_still_lists_every_ranker_and_the_default():
    from click.testing import CliRunner

    from briefer.cli import cli
    from briefer.rank import DEFAULT_ALGORITHM, RANKERS

    shown = CliRunner().invoke(cli, ["make", "--help"], terminal_width=400).output
    assert f"[{'|'.join(sorted(RANKERS))}]" in shown
    assert f"[default: {DEFAULT_ALGORITHM}]" in shown


def test_series_choices_in_the_cli_match_the_series_module():
    from briefer import cli, series

    assert tuple(e.value for e in series.Every) == cli.SERIES_EVERY
    assert sorted(series.SERIES_FORMATS) == sorted(cli.SERIES_FORMATS)


def test_attribution_workers_import_no_vector_maths():
    """Split-and-attribute workers need regexes only: every rule, a family name after a
    given name included, runs without numpy or scipy (0.3 s a worker)."""
    probe = (
        "import sys\n"
        "from briefer.attribute import attribute_text, compile_matcher\n"
        "from briefer.template import load_template\n"
        "text = 'Jean Lee, a global fellow in Washington, said the talks would fail.'\n"
        "holders = attribute_text(text, compile_matcher(load_template('korea'))).holders\n"
        "print(holders, sorted(m for m in ('numpy', 'scipy') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "('other',) []"


def test_the_ranker_names_the_cli_offers_are_the_rankers():
    from briefer.options import RANKER_NAMES
    from briefer.rank import RANKERS

    assert tuple(sorted(RANKERS)) == RANKER_NAMES


def test_a_request_and_the_pipeline_load_no_vector_maths_before_the_workers_start():
    """The workers are forked without numpy and scipy; the pipeline's second half (finish)
    is loaded while they run."""
    probe = (
        "import sys\n"
        "import briefer.cli, briefer.pipeline\n"
        "from briefer.options import ComposeOptions\n"
        "print(sorted(m for m in ('numpy', 'scipy', 'rich.console') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
