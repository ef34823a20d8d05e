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
