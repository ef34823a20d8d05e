"""Evaluation files: empty or malformed data is exit 3 naming the line and the field."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from briefer.cli import run
from briefer.errors import ExitCode

from .conftest import SEED

DOCUMENT = SEED.read_text(encoding="utf-8")
REFERENCE = "The United States is ready to hold constructive talks with North Korea."
GOOD_ROUGE = {"id": "a", "documents": [DOCUMENT], "references": [REFERENCE]}
GOOD_GOLD = {
    "id": "seed",
    "text": DOCUMENT,
    "sentences": [{"text": REFERENCE, "holders": ["us"], "start": 0, "end": 70}],
}


def brief(args, capsys):
    err = io.StringIO()
    code = run([str(a) for a in args], err)
    captured = capsys.readouterr()
    return code, captured.out, captured.err + err.getvalue()


def write_lines(path: Path, *records: object) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    return path


@pytest.mark.parametrize(
    "bad, message",
    [
        ({**GOOD_ROUGE, "references": []}, "line 2: field 'references' is empty"),
        ({**GOOD_ROUGE, "references": ["", "  "]}, "line 2: field 'references' is empty"),
        ({**GOOD_ROUGE, "documents": []}, "line 2: field 'documents' is empty"),
        (
            {**GOOD_ROUGE, "documents": DOCUMENT},
            "line 2: field 'documents' must be a list of strings, not a string",
        ),
        ({**GOOD_ROUGE, "references": [REFERENCE, 7]}, "'references' must hold only strings"),
        (["documents", "references"], "line 2: a record must be a JSON object, not list"),
        ({"documents": [DOCUMENT]}, "line 2: field 'references' missing"),
    ],
)
def test_rouge_eval_rejects_malformed_records(tmp_path: Path, capsys, bad, message):
    data = write_lines(tmp_path / "data.jsonl", GOOD_ROUGE, bad)
    code, _, err = brief(["eval", data, "--words", "20"], capsys)
    assert code == ExitCode.INPUT and message in err and "data.jsonl" in err, err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_an_empty_eval_file_is_an_error(tmp_path: Path, capsys):
    for content in ("", "\n\n"):
        data = tmp_path / "empty.jsonl"
        data.write_text(content)
        code, _, err = brief(["eval", data, "--words", "20", "--json"], capsys)
        assert code == ExitCode.INPUT and "empty.jsonl: no records" in err


def test_an_eval_file_that_is_not_utf8(tmp_path: Path, capsys):
    data = tmp_path / "latin.jsonl"
    line = json.dumps({"documents": ["Caf\xe9 talks."], "references": ["x"]}, ensure_ascii=False)
    data.write_bytes(json.dumps(GOOD_ROUGE).encode() + b"\n" + line.encode("latin-1") + b"\n")
    code, _, err = brief(["eval", data, "--words", "20"], capsys)
    assert code == ExitCode.INPUT and "latin.jsonl: line 2: not UTF-8" in err, err


@pytest.mark.parametrize(
    "change, message",
    [
        ({"sentences": "none"}, "field 'sentences' must be a list of objects, not a string"),
        ({"sentences": [{"text": REFERENCE, "holders": "us"}]}, "[0] 'holders' must be a list"),
        ({"sentences": [{"holders": ["us"]}]}, "[0] 'text' must be a string"),
        ({"sentences": [{"text": REFERENCE, "start": "0", "end": 9}]}, "'start' must be a number"),
        ({"text": ["x"]}, "field 'text' must be a string, not a list"),
        ({"id": {"a": 1}}, "field 'id' must be a string or a number, not an object"),
    ],
)
def test_attribution_gold_rejects_malformed_records(tmp_path: Path, capsys, change, message):
    gold = write_lines(tmp_path / "gold.jsonl", GOOD_GOLD, {**GOOD_GOLD, **change})
    code, _, err = brief(["eval-attribution", gold, "--json"], capsys)
    assert code == ExitCode.INPUT and "gold.jsonl: line 2: " in err and message in err, err
    assert "Traceback" not in err


def test_good_files_still_score(tmp_path: Path, capsys):
    data = write_lines(tmp_path / "data.jsonl", GOOD_ROUGE)
    code, out, err = brief(["eval", data, "--words", "20", "--json"], capsys)
    assert code == 0 and json.loads(out)["n"] == 1, err
    gold = write_lines(tmp_path / "gold.jsonl", GOOD_GOLD)
    code, out, err = brief(["eval-attribution", gold, "--json"], capsys)
    assert code == 0 and json.loads(out)["sentences"] == 1, err
