"""Ctrl-C and SIGTERM end a run at once: one line, exit 130, no partial file, no workers left.

Unwinding a run by ``KeyboardInterrupt`` raises it wherever the main thread happens to be,
and with a process pool and forked children that is sometimes inside CPython's own fork
hooks or pool shutdown: the interrupt was dropped there (the memo written, exit 0), the
pool's exit handler printed a traceback, or the run ended killed by SIGINT after saying it
was interrupted (the README's speed section, round 29, lists what was seen). So the
command line's handler unwinds nothing: it removes the temporary files this process is
writing (``hold``), kills the worker processes, prints the line and leaves with
``os._exit``. Library callers and ``--traceback`` keep Python's ``KeyboardInterrupt``.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import time
from pathlib import Path
from types import FrameType

from .errors import ExitCode

MESSAGE = b"brief: interrupted\n"
REAP_SECONDS = 1.0
"""At most this long spent waiting for children that end on their own."""

_writing: set[Path] = set()
"""Temporary files of this process that must not outlive an interrupted run."""

_main_pid = 0
"""The process whose handler reports the interrupt (0: none installed)."""


def hold(path: Path) -> None:
    """``path`` is removed if the run is interrupted before ``let_go(path)``."""
    _writing.add(path)


def let_go(path: Path) -> None:
    """``path`` is no longer this run's to remove (published, or removed already)."""
    _writing.discard(path)


def end_at_once() -> None:
    """Ctrl-C and SIGTERM to this process end the run at once (see the module's text)."""
    global _main_pid
    _main_pid = os.getpid()
    signal.signal(signal.SIGINT, _interrupted)
    signal.signal(signal.SIGTERM, _interrupted)


def _interrupted(signum: int, frame: FrameType | None) -> None:
    if os.getpid() != _main_pid:  # a forked worker before it set its own handler
        os._exit(ExitCode.INTERRUPTED)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C changes nothing now
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    try:
        _clean_up()
    finally:  # whatever went wrong there, the run ends here, with its one line
        with contextlib.suppress(OSError):
            os.write(2, MESSAGE)
        os._exit(ExitCode.INTERRUPTED)


def _clean_up() -> None:
    """Remove the held files, kill and reap the workers."""
    for path in list(_writing):
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)
    processes = sys.modules.get("multiprocessing")  # not imported: no worker started
    children = processes.active_children() if processes else []
    for child in children:
        with contextlib.suppress(OSError):
            child.kill()
    for child in children:  # reaped here: no zombie is left to an init that may not reap
        with contextlib.suppress(OSError, ValueError):
            child.join(1)
    _reap_the_rest(time.monotonic() + REAP_SECONDS)


def _reap_the_rest(deadline: float) -> None:
    """Wait, until ``deadline``, for children the pool had not listed yet or was already
    ending (a worker between its fork and its record, or leaving at the pool's shutdown)."""
    while time.monotonic() < deadline:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:  # none left
            return
        if not pid:
            time.sleep(0.01)
