"""Where the series' tasks run: the local process pool, or a Dask cluster.

Both engines map the same top-level functions over the same items and return the results
in input order, so the briefs they produce are byte for byte the same. Dask is an optional
extra, imported here only (``pip install 'briefer[dask]'``).
"""

from __future__ import annotations

import os
import signal
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from typing import Any, TypeVar

from .errors import UsageError

T = TypeVar("T")
R = TypeVar("R")

DASK_INSTALL = "--dask needs Dask: pip install 'briefer[dask]'"
DASK_CONNECT_SECONDS = 10
"""How long to try reaching a scheduler before saying it cannot be reached."""

LOCAL_CLUSTER = "local"
"""``--dask local`` starts a LocalCluster on this machine instead of joining a scheduler."""


@dataclass
class Engine:
    """Maps a function over items on some workers; results come back in input order."""

    name: str
    workers: int
    submit_all: Callable[[Callable[[T], R], list[T]], Iterator[R]]

    def map(self, function: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        """``function(item)`` for every item, possibly in parallel, in order."""
        return self.submit_all(function, list(items))


def default_jobs() -> int:
    """Worker processes of the local engine: every core, at most 8."""
    return min(os.cpu_count() or 1, 8)


@contextmanager
def local_engine(jobs: int | None = None) -> Iterator[Engine]:
    """The local process pool (a plain loop with one job)."""
    jobs = jobs or default_jobs()
    if jobs < 2:
        yield Engine("local", 1, lambda function, items: map(function, items))
        return
    with process_pool(jobs) as pool:
        yield Engine("local", jobs, lambda function, items: pool.map(function, items))


@contextmanager
def process_pool(
    jobs: int, initializer: Callable[[], None] | None = None
) -> Iterator[ProcessPoolExecutor]:
    """Worker processes for the block (``initializer``: run in each, by default
    :func:`ignore_interrupts`); on Ctrl-C or an error the queued work is dropped, not waited
    for."""
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=initializer or ignore_interrupts)
    try:
        yield pool
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()


def ignore_interrupts() -> None:
    """Workers leave Ctrl-C to the parent, which reports it once, without each worker
    printing a traceback."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


@contextmanager
def dask_engine(
    address: str, workers: int | None = None, processes: bool = True
) -> Iterator[Engine]:
    """A Dask client on the scheduler at ``address``, or on a new LocalCluster ("local")."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise UsageError(DASK_INSTALL) from None
    cluster: Any = None
    if address == LOCAL_CLUSTER:
        cluster = LocalCluster(
            n_workers=workers or default_jobs(),
            threads_per_worker=1,
            processes=processes,
            dashboard_address=None,
        )
    try:
        client = _connect(Client, cluster or address, address)
        with client:
            count = len(client.scheduler_info().get("workers", {})) or 1

            def submit_all(function: Callable[[T], R], items: list[T]) -> Iterator[R]:
                futures = client.map(function, items, pure=False)
                for future in futures:
                    yield future.result()

            yield Engine(f"dask {address}", count, submit_all)
    finally:
        if cluster is not None:
            cluster.close()


def _connect(client_class: Any, target: Any, address: str) -> Any:
    """A client on the cluster, or a one-line error naming the address."""
    try:
        return client_class(target, timeout=DASK_CONNECT_SECONDS)
    except (OSError, TimeoutError, ValueError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise UsageError(f"cannot reach the Dask scheduler: {reason}", address) from None


def open_engine(
    dask: str | None, jobs: int | None = None, processes: bool = True
) -> AbstractContextManager[Engine]:
    """The engine the CLI asked for: Dask when ``dask`` names a scheduler or "local"."""
    return dask_engine(dask, jobs, processes) if dask else local_engine(jobs)
