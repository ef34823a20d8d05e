"""Ctrl-C and SIGTERM end a run at once: one line, exit 130, no partial file, no workers left.

Unwinding a run by ``KeyboardInterrupt`` raises it wherever the main thread happens to be,
and with a process pool and forked children that is sometimes inside CPython's own fork
hooks or pool shutdown: the interrupt was dropped there (the memo written, exit 0), the
pool's exit handler printed a traceback, or the run ended killed by SIGINT after saying it
was interrupted (the README's speed section, round 29, lists what was seen). So the
command line's handler unwinds nothing: it removes the temporary files this process is
writing (``hold``), kills the worker processes, prints the line and leaves with
``os._exit``. Library callers and ``--traceback`` keep Python's ``KeyboardInterrupt``.

A child forked while the signal is being delivered (a fork of a large process takes long
enough under load) never receives it, and the handler, run between the fork and the pool's
record of the child, cannot list it: a pool worker then waited forever on its queue,
holding the terminal's (or a caller's pipe's) stderr open (CI, round 34). On Linux every
child forked from the main thread is therefore told to die with this process
(``PR_SET_PDEATHSIG``).
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
import threading
import time
from collections.abc import Callable
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

PR_SET_PDEATHSIG = 1
"""prctl(2): the signal a process receives when the thread that forked it ends."""

_forked_by = 0
"""The process forking now, when it forks from its main thread (0: from another thread,
whose end, not the process's, would kill the child)."""


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
    die_with_parent = _parent_death_signal()
    if die_with_parent is not None:
        os.register_at_fork(before=_note_forker, after_in_child=die_with_parent)


def _parent_death_signal() -> Callable[[], None] | None:
    """The hook that makes a forked child die with its parent (None where prctl is missing)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None

    def die_with_parent() -> None:
        if not _forked_by:
            return
        prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        if os.getppid() != _forked_by:  # the parent ended before the line above
            os._exit(ExitCode.INTERRUPTED)

    return die_with_parent


def _note_forker() -> None:
    global _forked_by
    in_main_thread = threading.current_thread() is threading.main_thread()
    _forked_by = os.getpid() if in_main_thread else 0


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
