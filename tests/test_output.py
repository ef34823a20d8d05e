"""Where briefs go: inputs never overwritten, names taken atomically, checks before the run."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pytest

from briefer.cli import run
from briefer.errors import ExitCode, OutputError
from briefer.output import remove_stale_parts, write_atomic, write_numbered

from .conftest import ROOT, SEED, SEEDS


def brief(args, capsys):
    err = io.StringIO()
    code = run([str(a) for a in args], err)
    captured = capsys.readouterr()
    return code, captured.out, captured.err + err.getvalue()


@pytest.mark.parametrize("link", ["same", "symlink", "hardlink"])
def test_output_is_never_an_input_even_forced(tmp_path: Path, capsys, link: str):
    article = tmp_path / "a.txt"
    shutil.copy(SEED, article)
    target = {"same": article, "symlink": tmp_path / "out.md", "hardlink": tmp_path / "h.md"}[link]
    if link == "symlink":
        target.symlink_to(article)
    elif link == "hardlink":
        os.link(article, target)
    code, _, err = brief([tmp_path, "--format", "markdown", "-o", target, "--force"], capsys)
    assert code == ExitCode.OUTPUT and "is one of the input files" in err, err
    assert article.read_bytes() == SEED.read_bytes()


def test_output_refused_before_the_run(tmp_path: Path, capsys, monkeypatch):

    def never(*args, **kwargs):
        raise AssertionError("the pipeline ran before the output was checked")

    monkeypatch.setattr("briefer.pipeline.make_brief", never)
    article = tmp_path / "a.txt"
    shutil.copy(SEED, article)
    code, _, err = brief([article, "--format", "json", "-o", article, "--force"], capsys)
    assert code == ExitCode.OUTPUT and "one of the input files" in err


def test_unwritable_folder_is_found_before_the_run(capsys, monkeypatch):
    """/sys passes access(W_OK) for root but refuses every new file: probe, don't ask."""
    if not os.access("/sys", os.W_OK):
        pytest.skip("needs a folder that access() calls writable but is not")
    try:
        handle, name = tempfile.mkstemp(dir="/sys")
    except OSError:
        pass
    else:
        os.close(handle)
        os.unlink(name)
        pytest.skip("/sys is writable here")

    def never(*args, **kwargs):
        raise AssertionError("the pipeline ran before the output was checked")

    monkeypatch.setattr("briefer.pipeline.make_brief", never)
    code, _, err = brief([SEEDS, "--format", "json", "-o", "/sys/brief.json"], capsys)
    assert code == ExitCode.OUTPUT and "/sys: folder is not writable" in err


def test_a_file_created_during_the_run_is_not_overwritten(tmp_path: Path, capsys, monkeypatch):
    """The check before the run is not enough: the final rename must be exclusive too."""
    import briefer.render.text as text_module

    target = tmp_path / "memo.md"
    real = text_module.render_markdown

    def render_while_someone_else_writes(*args, **kwargs):
        target.write_text("someone else's memo")
        return real(*args, **kwargs)

    monkeypatch.setattr("briefer.render.text.render_markdown", render_while_someone_else_writes)
    code, _, err = brief([SEEDS, "--format", "markdown", "-o", target], capsys)
    assert code == ExitCode.OUTPUT and "already exists" in err
    assert target.read_text() == "someone else's memo"
    assert [p.name for p in tmp_path.iterdir()] == ["memo.md"]


def test_concurrent_default_names_are_all_kept(tmp_path: Path):
    """Ten writers at once: each gets its own name and its own content."""
    barrier = threading.Barrier(10)
    names: list[Path] = []

    def writer(number: int) -> None:
        def write(stream) -> None:
            barrier.wait()  # everyone has written; now all race for the name
            stream.write(f"memo {number}".encode())

        names.append(write_numbered(tmp_path / "briefs", "korea-2019-06-28", ".docx", write))

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(names)) == 10
    contents = sorted(p.read_text() for p in (tmp_path / "briefs").iterdir())
    assert contents == sorted(f"memo {n}" for n in range(10))


@pytest.mark.slow
def test_concurrent_brief_runs_leave_every_memo(tmp_path: Path):
    """`brief seeds/ --format docx` started five times together: five memos (five whole
    processes: seconds on two cores, hence slow; the thread test above is the fast check)."""
    command = [sys.executable, "-m", "briefer", str(SEEDS), "--format", "docx", "-q"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    processes = [
        subprocess.Popen(command, cwd=tmp_path, env=env, stdout=subprocess.PIPE, text=True)
        for _ in range(5)
    ]
    printed = [p.communicate(timeout=120)[0].strip() for p in processes]
    assert all(p.returncode == 0 for p in processes)
    assert len(set(printed)) == 5
    assert sorted(p.name for p in (tmp_path / "briefs").iterdir()) == sorted(
        Path(p).name for p in printed
    )


def test_existing_output_refused_even_if_it_appears_late(tmp_path: Path):
    target = tmp_path / "x.json"
    target.write_text("keep")
    with pytest.raises(OutputError, match="already exists"):
        write_atomic(target, lambda stream: stream.write(b"new"))
    assert target.read_text() == "keep" and [p.name for p in tmp_path.iterdir()] == ["x.json"]
    write_atomic(target, lambda stream: stream.write(b"new"), overwrite=True)
    assert target.read_text() == "new"


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_stale_part_files_of_killed_runs_are_removed(tmp_path: Path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    briefs = tmp_path / "briefs"
    briefs.mkdir()
    stale = briefs / f".korea-2019-06-28.docx.{_dead_pid()}.k2j4h1x0.part"
    live = briefs / f".korea-2019-06-28.docx.{os.getppid()}.a8d9f0q1.part"
    foreign = briefs / ".notes.part"
    for path in (stale, live, foreign):
        path.write_bytes(b"half a memo")
    code, out, err = brief([SEEDS, "--format", "docx"], capsys)
    assert code == 0, err
    assert not stale.exists() and live.exists() and foreign.exists()
    assert remove_stale_parts(briefs) == []


def test_sigkill_leaves_a_part_that_the_next_run_removes(tmp_path: Path, capsys, monkeypatch):
    """A real run killed while it writes, then a second run in the same folder."""
    script = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from briefer.output import write_numbered\n"
        "def write(stream):\n"
        "    stream.write(b'half'); stream.flush(); print('writing', flush=True); time.sleep(60)\n"
        "write_numbered(Path('briefs'), 'korea-2019-06-28', '.docx', write)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, "-c", script], cwd=tmp_path, env=env, stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None and process.stdout.readline().strip() == "writing"
    process.kill()
    process.wait()
    parts = [p for p in (tmp_path / "briefs").iterdir() if p.name.endswith(".part")]
    assert len(parts) == 1
    monkeypatch.chdir(tmp_path)
    time.sleep(0.05)
    code, _, err = brief([SEEDS, "--format", "docx"], capsys)
    assert code == 0, err
    names = sorted(p.name for p in (tmp_path / "briefs").iterdir())
    assert names == ["korea-2019-06-28.docx"]


def test_a_template_name_cannot_leave_briefs(tmp_path: Path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    template = tmp_path / "evil.toml"
    template.write_text(
        'name = "../../x"\ntopic = "Korea"\n[[actors]]\nkey = "us"\naliases = ["Seoul"]\n'
    )
    code, _, err = brief([SEEDS, "--format", "docx", "--template", template], capsys)
    assert code == ExitCode.TEMPLATE and "evil.toml" in err and "name" in err
    assert not (tmp_path.parent / "x-2019-06-28.docx").exists()
    assert not list(tmp_path.parent.parent.glob("x-*.docx"))


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX permissions")
def test_an_unreadable_path_given_directly_is_an_input_error():
    """Exit 3 (input), not 2 (usage): run as an unprivileged user when we are root."""
    folder = Path(tempfile.mkdtemp())
    try:
        folder.chmod(0o755)
        article = folder / "locked.txt"
        shutil.copy(SEED, article)
        article.chmod(0o000)
        locked_dir = folder / "locked"
        locked_dir.mkdir(mode=0o000)
        prefix: list[str] = []
        if os.geteuid() == 0:
            if not shutil.which("setpriv"):
                pytest.skip("root without setpriv cannot test permissions")
            prefix = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        for path in (article, locked_dir):
            result = subprocess.run(
                [*prefix, sys.executable, "-m", "briefer", str(path)],
                capture_output=True,
                text=True,
                env=env,
                cwd=folder,
            )
            assert result.returncode == ExitCode.INPUT, result.stderr
            assert f"{path}: cannot read: Permission denied" in result.stderr
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_an_empty_path_is_not_the_current_folder(tmp_path: Path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copy(SEED, tmp_path)
    code, out, err = brief([""], capsys)
    assert code == ExitCode.INPUT and "empty path" in err and not out


def test_sigterm_while_writing_leaves_no_file(tmp_path: Path):
    """`kill PID` (SIGTERM) mid-write: exit 130, neither the memo nor its .part file stays."""
    script = (
        "import sys, time\n"
        "import briefer.cli as cli\n"
        "import briefer.render.docx as docx\n"
        "def slow(brief, stream, created):\n"
        "    stream.write(b'half'); stream.flush(); print('writing', flush=True); time.sleep(60)\n"
        "docx.render_docx = slow\n"
        f"cli.main([{str(SEEDS)!r}, '--format', 'docx', '-o', 'memo.docx'])\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stdout.readline().strip() == "writing"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")]
    process.terminate()
    _, err = process.communicate(timeout=60)
    assert process.returncode == ExitCode.INTERRUPTED and "Traceback" not in err, err
    assert list(tmp_path.iterdir()) == []


def test_output_that_is_a_device_or_pipe_is_refused(tmp_path: Path, capsys):
    """With --force the atomic rename would replace /dev/null (or a FIFO) itself."""
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    for target in (fifo, Path("/dev/null")):
        code, _, err = brief([SEEDS, "--format", "markdown", "-o", target, "--force"], capsys)
        assert code == ExitCode.OUTPUT and "is not a regular file" in err, err
    assert Path("/dev/null").is_char_device() and fifo.is_fifo()


def test_a_memo_left_among_the_articles_is_not_read_back(tmp_path: Path, capsys, monkeypatch):
    """`brief . --format docx` twice in the articles' folder: the first memo is no source."""
    monkeypatch.chdir(tmp_path)
    shutil.copy(SEED, tmp_path)
    code, first, _ = brief([".", "--format", "docx"], capsys)
    assert code == 0
    code, _, err = brief([".", "--format", "json"], capsys)
    assert code == 0 and "a memo made by briefer, not an article" in err
    code, out, _ = brief([".", "--format", "markdown", "-q"], capsys)
    assert "reported by" not in out and "1 further article" not in out
