"""Work in a forked child process while this one does something else.

On two cores, ranking's two similarity graphs and composing's sentence-level steps can run
side by side; each is a pure function of what both processes already hold, so a fork
shares it without pickling the input, and only the answer travels back.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import signal
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any, TypeVar

T = TypeVar("T")


def beside(work: Callable[[], T], meanwhile: Callable[[], object]) -> T:
    """``work()``, computed in a forked child while ``meanwhile()`` runs here. Where fork is
    missing, or the child fails (an error, out of memory, killed), ``work()`` runs here, so
    its errors are raised here as if nothing had been forked."""
    if "fork" not in multiprocessing.get_all_start_methods():
        meanwhile()
        return work()
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_answer, args=(send, work))
    child.start()
    send.close()
    answer: list[Any] = []
    try:
        meanwhile()
        with contextlib.suppress(EOFError):  # the child ended without an answer
            answer.append(receive.recv())
    finally:
        receive.close()
        if child.is_alive() and not answer:
            child.terminate()
        child.join()
    return answer[0] if answer else work()


def _answer(send: Connection, work: Callable[[], Any]) -> None:
    """In the child: send ``work()`` back, or nothing (the parent then computes it itself,
    and reports any error once, without a traceback from here)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to report
    try:
        send.send(work())
    except BaseException:  # noqa: BLE001 - silent: the parent redoes the work
        pass
    finally:
        send.close()
