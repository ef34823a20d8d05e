"""Ctrl-C ends the command line's run at once: one line, exit 130, no file, no worker left."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefer.errors import ExitCode

ROOT = Path(__file__).resolve().parents[1]

SCRIPT = """
import multiprocessing, os, pathlib, signal, sys, time
from briefer import interrupt
interrupt.end_at_once()
part = pathlib.Path(sys.argv[1]) / ".memo.docx.part"
part.write_bytes(b"half")
interrupt.hold(part)
done = pathlib.Path(sys.argv[1]) / "kept.md"
done.write_text("published")
interrupt.hold(done)
interrupt.let_go(done)
worker = multiprocessing.get_context("fork").Process(target=time.sleep, args=(60,))
worker.start()
print(worker.pid, flush=True)
os.kill(os.getpid(), signal.{signal})
time.sleep(60)
print("not interrupted", flush=True)
"""


@pytest.mark.parametrize("name", ["SIGINT", "SIGTERM"])
def test_an_interrupt_removes_held_files_kills_workers_and_exits_130(tmp_path: Path, name):
    process = subprocess.run(
        [sys.executable, "-c", SCRIPT.replace("{signal}", name), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=30,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert process.returncode == ExitCode.INTERRUPTED, process.stderr
    assert process.stderr == "brief: interrupted\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.md"]
    worker = int(process.stdout.split()[0])
    with pytest.raises(ProcessLookupError):  # killed and reaped, not a zombie
        os.kill(worker, 0)


UNLISTED_CHILD = """
import os, signal, sys, time
from briefer import interrupt
interrupt.end_at_once()
child = os.fork()  # as a worker forked while the signal arrives: never signalled, never listed
if child == 0:
    time.sleep(60)
    os._exit(0)
print(child, flush=True)
os.kill(os.getpid(), signal.SIGINT)
time.sleep(60)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_a_child_the_handler_cannot_list_ends_with_the_run(tmp_path: Path):
    """The child shares stderr: a caller reading it to the end (CI's subprocess.communicate)
    waited for the child's 60 s before the child died with its parent."""
    process = subprocess.Popen(
        [sys.executable, "-c", UNLISTED_CHILD],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    out, err = process.communicate(timeout=20)
    assert process.returncode == ExitCode.INTERRUPTED
    assert err == "brief: interrupted\n"
    child = Path(f"/proc/{out.split()[0]}/stat")
    assert _ends(child, within=10.0)


def _ends(stat: Path, within: float) -> bool:
    """The process is gone, or a zombie its new parent may keep (a killed process closes its
    files, so the pipe ends, a moment before it is a zombie)."""
    import time

    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            if stat.read_text().rsplit(")", 1)[1].split()[0] in ("Z", "X"):
                return True
        except FileNotFoundError:
            return True
        time.sleep(0.05)
    return False
