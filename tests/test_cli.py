"""The brief command end to end: outputs, files never overwritten, errors and exit codes."""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

import docx
import pytest

from briefer.cli import cli, run
from briefer.errors import ExitCode

from .conftest import ROOT, SEED, SEEDS


def brief(args, capsys):
    err = io.StringIO()
    code = run([str(a) for a in args], err)
    captured = capsys.readouterr()
    return code, captured.out, captured.err + err.getvalue()


def test_terminal_default(capsys):
    code, out, err = brief([SEEDS], capsys)
    assert code == 0, err
    assert "North Korea" in out and "But the North on Thursday said" in " ".join(out.split())


def test_docx_twice_leaves_both_files(tmp_path: Path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    code, first, _ = brief([SEEDS, "--format", "docx"], capsys)
    assert code == 0 and first.strip() == "briefs/korea-2019-06-28.docx"
    code, second, _ = brief([SEEDS, "--format", "docx"], capsys)
    assert code == 0 and second.strip() == "briefs/korea-2019-06-28-2.docx"
    assert sorted(p.name for p in (tmp_path / "briefs").iterdir()) == [
        "korea-2019-06-28-2.docx",
        "korea-2019-06-28.docx",
    ]
    headings = [
        p.text for p in docx.Document(first.strip()).paragraphs if p.style.name == "Heading 1"
    ]
    assert "North Korea" in headings


def test_existing_output_refused_without_force(tmp_path: Path, capsys):
    target = tmp_path / "out.md"
    target.write_text("keep me")
    code, _, err = brief([SEEDS, "--format", "markdown", "-o", target], capsys)
    assert code == ExitCode.OUTPUT and "already exists" in err and str(target) in err
    assert target.read_text() == "keep me"
    code, _, _ = brief([SEEDS, "--format", "markdown", "-o", target, "--force"], capsys)
    assert code == 0 and target.read_text().startswith("**UNCLASSIFIED**")


def test_json_and_markdown_are_deterministic(capsys):
    outputs = [
        brief([SEEDS, "--format", fmt, "--all-sentences"], capsys)[1]
        for fmt in ("json", "json", "markdown", "markdown")
    ]
    assert outputs[0] == outputs[1] and outputs[2] == outputs[3]


def test_docx_is_reproducible_with_source_date_epoch(tmp_path: Path, monkeypatch, capsys):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1561680000")
    paths = []
    for name in ("a.docx", "b.docx"):
        brief([SEEDS, "--format", "docx", "-o", tmp_path / name], capsys)
        paths.append(tmp_path / name)
    created = [docx.Document(str(p)).core_properties.created for p in paths]
    assert created[0] == created[1] and created[0].year == 2019
    assert paths[0].read_bytes() == paths[1].read_bytes()


@pytest.mark.parametrize(
    "args, code, pattern",
    [
        (["nope/"], ExitCode.INPUT, r"nope: no such file or folder"),
        ([SEEDS, "--algorithm", "magic"], ExitCode.USAGE, r"'magic' is not one of .*lexrank"),
        ([SEEDS, "--format", "pdf"], ExitCode.USAGE, r"'pdf' is not one of .*docx"),
        ([SEEDS, "--template", "narnia"], ExitCode.TEMPLATE, r"unknown template 'narnia'.*korea"),
    ],
)
def test_errors_are_one_line_with_exit_codes(args, code, pattern, capsys):
    result, _, err = brief(args, capsys)
    assert result == code
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert re.search(pattern, err), err


def test_empty_and_unreadable_folders_fail(tmp_path: Path, capsys):
    code, _, err = brief([tmp_path], capsys)
    assert code == ExitCode.INPUT and f"no readable articles in {tmp_path}" in err
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    (tmp_path / "blank.txt").write_text("   \n")
    (tmp_path / "empty.md").write_text("")
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01binary\x00")
    code, _, err = brief([tmp_path], capsys)
    assert code == ExitCode.INPUT
    assert len(err.strip().splitlines()) == 1
    assert f"no readable articles in {tmp_path} (4 skipped: " in err
    assert "blob.txt: binary file" in err and "blank.txt: empty file" in err
    assert "; 1 more)" in err


def test_mixed_folder_briefs_good_files_and_names_the_rest(tmp_path: Path, capsys):
    shutil.copy(SEED, tmp_path / SEED.name)
    (tmp_path / "scan.pdf").write_bytes(b"%PDF")
    code, out, err = brief([tmp_path, "--format", "json"], capsys)
    assert code == 0 and '"schema_version": 1' in out
    assert "scan.pdf: unsupported file type" in err
    code, _, err = brief([tmp_path, "--format", "json", "--strict"], capsys)
    assert code == ExitCode.INPUT and "--strict" in err


def test_unwritable_output_folder(tmp_path: Path, capsys):
    code, _, err = brief([SEEDS, "--format", "json", "-o", tmp_path / "no" / "x.json"], capsys)
    assert code == ExitCode.OUTPUT and "folder does not exist" in err


def test_interrupt_leaves_no_partial_file(tmp_path: Path, monkeypatch, capsys):
    import briefer.render.docx as docx_module  # the CLI imports it when a memo is written

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(docx_module, "render_docx", interrupted)
    code, _, err = brief([SEEDS, "--format", "docx", "-o", tmp_path / "m.docx"], capsys)
    assert code == ExitCode.INTERRUPTED and "interrupted" in err
    assert list(tmp_path.iterdir()) == []


def test_every_command_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text()
    for name in cli.commands:
        if name != "make":
            assert f"brief {name}" in readme, name
    for option in cli.commands["make"].params:
        for flag in option.opts:
            if flag.startswith("--"):
                assert flag in readme, flag


def test_eval_json_shape_on_a_small_dataset(tmp_path: Path, capsys):
    import json

    data = tmp_path / "tiny.jsonl"
    records = [
        {
            "id": "a",
            "documents": [SEED.read_text(encoding="utf-8")],
            "references": [
                "The United States is ready to hold constructive talks with North "
                "Korea. North Korea urged the US to scrap drills."
            ],
        },
        {
            "id": "b",
            "documents": [
                "Seoul said talks would resume. Pyongyang did not reply.",
                "Talks would resume next week, Seoul said on Monday.",
            ],
            "references": ["Seoul said talks would resume."],
        },
    ]
    data.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    code, out, err = brief(["eval", data, "--words", "20", "--json"], capsys)
    assert code == 0, err
    result = json.loads(out)
    assert result["n"] == 2
    for key in ("rouge1", "rouge2", "rougeL"):
        assert set(result[key]) == {"recall", "precision", "f"}
        assert 0 < result[key]["f"] <= 1
    code, out, _ = brief(["eval", data, "--words", "20", "--baselines"], capsys)
    assert code == 0 and "lead" in out and "sumy-lexrank" in out


def test_eval_reports_a_broken_line(tmp_path: Path, capsys):
    data = tmp_path / "bad.jsonl"
    data.write_text('{"documents": ["x"], "references": ["y"]}\n{oops\n')
    code, _, err = brief(["eval", data, "--words", "10"], capsys)
    assert code == ExitCode.INPUT and "line 2" in err and "bad.jsonl" in err


@pytest.mark.slow
def test_eval_attribution_with_baselines(capsys):
    import json

    from .conftest import shared

    gold = shared("attribution/korea_dev_gold.jsonl")
    code, out, _ = brief(["eval-attribution", gold, "--baselines", "--json"], capsys)
    assert code == 0
    result = json.loads(out)
    assert result["engine"]["micro"]["f1"] > result["first-mentioned"]["micro"]["f1"]
    assert result["first-mentioned"]["micro"]["f1"] > result["every-mentioned"]["micro"]["f1"]


@pytest.mark.skipif(
    hasattr(__import__("os"), "geteuid") and __import__("os").geteuid() == 0,
    reason="root can write anywhere",
)
def test_read_only_output_folder(tmp_path: Path, capsys):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        code, _, err = brief([SEEDS, "--format", "json", "-o", folder / "x.json"], capsys)
    finally:
        folder.chmod(0o700)
    assert code == ExitCode.OUTPUT and "not writable" in err


def test_output_path_under_a_file_is_refused(tmp_path: Path, capsys):
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    code, _, err = brief([SEEDS, "--format", "json", "-o", blocker / "x.json"], capsys)
    assert code == ExitCode.OUTPUT and "file.txt" in err
    assert blocker.read_text() == "x"


def test_traceback_flag_shows_the_error(tmp_path: Path):
    with pytest.raises(Exception) as error:
        run(["nope-folder/", "--traceback"], io.StringIO())
    assert "no such file or folder" in str(error.value)


@pytest.mark.slow
@pytest.mark.parametrize("delay", [0.45, 1.5, 3.1])
def test_ctrl_c_mid_run_leaves_no_file_and_exits_130(tmp_path: Path, delay: float):
    """A real SIGINT to the process group (as a terminal's Ctrl-C sends) during a long run:
    reading, splitting and attributing, and (on a fast machine) the ranking child's fork
    and the pool's shutdown, where unwinding by KeyboardInterrupt once raced CPython's fork
    hooks and pool shutdown (briefer/interrupt.py)."""
    import os
    import signal
    import subprocess
    import sys
    import time

    from .conftest import shared

    shutil.copy(shared("korea_articles/allsides_korea.jsonl"), tmp_path)
    target = tmp_path / "memo.docx"
    process = subprocess.Popen(
        [sys.executable, "-m", "briefer", str(tmp_path), "--format", "docx", "-o", str(target)],
        start_new_session=True,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    time.sleep(delay)
    os.killpg(process.pid, signal.SIGINT)
    _, err = process.communicate(timeout=120)
    assert process.returncode == ExitCode.INTERRUPTED, err
    assert "brief: interrupted" in err and "Traceback" not in err
    assert not target.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".memo")]
    deadline = time.monotonic() + 5  # a worker still unwinding on a loaded machine is no leak
    with pytest.raises(ProcessLookupError):  # no worker of the run is left, nor a zombie
        while time.monotonic() < deadline:
            os.killpg(process.pid, 0)
            time.sleep(0.1)


def test_non_utf8_file_is_read_with_a_warning(tmp_path: Path, capsys):
    (tmp_path / "old.txt").write_bytes(
        "Seoul talks\nSouth Korea’s foreign ministry said talks would resume.\n".encode("cp1252")
    )
    code, out, err = brief([tmp_path, "--format", "markdown"], capsys)
    assert code == 0
    assert "warning:" in err and "old.txt" in err and "Windows-1252" in err
    assert "South Korea’s foreign ministry said talks would resume. [1]" in out
    code, _, err = brief([tmp_path, "--format", "markdown", "--strict"], capsys)
    assert code == ExitCode.INPUT and "old.txt" in err


def test_malformed_template_is_one_line_with_exit_code(tmp_path: Path, capsys):
    bad = tmp_path / "bad.toml"
    bad.write_text('topic = "x"\n[[actors]\nkey = "us"\n')
    code, _, err = brief([SEEDS, "--template", bad], capsys)
    assert code == ExitCode.TEMPLATE
    assert len(err.strip().splitlines()) == 1 and "bad.toml" in err and "line 2" in err


def test_progress_reports_every_article(tmp_path: Path):
    from briefer.pipeline import BriefRequest, make_brief
    from briefer.template import load_template

    for n in range(3):
        (tmp_path / f"a{n}.txt").write_text(f"Title {n}\nSeoul said talks would resume {n}.\n")
    seen = []
    make_brief(
        BriefRequest((str(tmp_path),)),
        load_template("korea"),
        lambda stage, done, total: seen.append((stage, done, total)),
    )
    assert ("splitting and attributing", 3, 3) in seen
    assert [s for s, _, _ in seen][0] == "reading" and seen[-1][0] == "composing"
