"""Where briefs go: names taken atomically, never an input, never a silent overwrite.

A brief is written to a hidden temporary file in the target's folder (same filesystem) and
then published in one step: ``os.link`` creates the final name only if nobody has it (so ten
concurrent runs get ten names), ``os.replace`` when overwriting was asked for. Temporary
files carry the writer's process id, so one left by a killed run is removed by the next.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import stat
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO

from . import interrupt
from .errors import OutputError
from .walk import input_identities

MAX_NUMBERED = 10_000
"""``…-2.docx`` up to ``…-10000.docx``; past that the folder is not a place for briefs."""

_PART = re.compile(r"^\..+\.(\d+)\.[A-Za-z0-9_]+\.part$")
"""Our temporary files: ``.<name>.<pid>.<random>.part``."""

Writer = Callable[[IO[bytes]], object]


def default_stem(template: str, date: dt.date | None) -> str:
    """``<template>-<date>``; the template name must be a plain file-name part."""
    if not template or Path(template).name != template or template.startswith("."):
        raise OutputError(f"template name '{template}' cannot name a file")
    return f"{template}-{date.isoformat() if date else 'undated'}"


def check_target(path: Path, force: bool, inputs: Iterable[str | Path] = ()) -> None:
    """Refuse an input as output (even forced), an existing file unless forced, a missing or
    unwritable folder; checked before the run so that no work is wasted."""
    if path.exists():
        if path.is_dir():
            raise OutputError("is a folder, not a file", str(path))
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # a rename would replace /dev/stdout, a FIFO…
            raise OutputError("is not a regular file (a device, pipe or socket)", str(path))
        if (info.st_dev, info.st_ino) in input_identities(inputs):
            raise OutputError("is one of the input files; pick another -o", str(path))
        if not force:
            raise OutputError(
                "already exists; use --force to overwrite, or pick another -o", str(path)
            )
    check_folder(_folder(path))


def check_folder(folder: Path) -> None:
    """The folder exists and a file can really be created in it (not just ``access()``)."""
    if not folder.is_dir():
        raise OutputError("folder does not exist", str(folder))
    try:
        handle, probe = tempfile.mkstemp(  # named like our .part files: a kill leaves none
            prefix=f".brief-probe.{os.getpid()}.", suffix=".part", dir=folder
        )
    except OSError as exc:
        raise OutputError(f"folder is not writable ({exc.strerror})", str(folder)) from None
    os.close(handle)
    os.unlink(probe)


def write_atomic(path: Path, write: Writer, overwrite: bool = False) -> None:
    """Write ``path`` in one step; without ``overwrite`` an existing file is never replaced,
    even one created by another run since the check."""
    temporary = _write_temporary(path, write)
    try:
        if not _publish(temporary, path, overwrite):
            raise OutputError(
                "already exists; use --force to overwrite, or pick another -o", str(path)
            )
    finally:
        _remove(temporary)


def write_numbered(folder: Path, stem: str, suffix: str, write: Writer) -> Path:
    """Write ``folder/stem.suffix``, or ``stem-2.suffix`` and up: the first name free at
    the moment of creation, so concurrent runs never take the same one."""
    folder.mkdir(parents=True, exist_ok=True)
    temporary = _write_temporary(folder / f"{stem}{suffix}", write)
    try:
        for number in range(1, MAX_NUMBERED + 1):
            name = f"{stem}{suffix}" if number == 1 else f"{stem}-{number}{suffix}"
            if _publish(temporary, folder / name, overwrite=False):
                return folder / name
    finally:
        _remove(temporary)
    raise OutputError(f"{MAX_NUMBERED} briefs named {stem} already exist", str(folder))


def _folder(path: Path) -> Path:
    return path.parent if str(path.parent) else Path(".")


def _write_temporary(path: Path, write: Writer) -> Path:
    folder = _folder(path)
    remove_stale_parts(folder)
    try:
        handle, name = tempfile.mkstemp(
            prefix=f".{path.name}.{os.getpid()}.", suffix=".part", dir=folder
        )
    except OSError as exc:
        raise OutputError(f"cannot write: {exc.strerror}", str(folder)) from None
    temporary = Path(name)
    interrupt.hold(temporary)
    try:
        with os.fdopen(handle, "wb") as stream:
            write(stream)
        os.chmod(temporary, 0o644)
    except BaseException:  # Ctrl-C, SIGTERM or a render error: no partial file stays
        _remove(temporary)
        raise
    return temporary


def _remove(temporary: Path) -> None:
    temporary.unlink(missing_ok=True)
    interrupt.let_go(temporary)


def _publish(temporary: Path, path: Path, overwrite: bool) -> bool:
    """Give ``temporary``'s content the name ``path``; False if the name is taken."""
    if overwrite:
        os.replace(temporary, path)
        return True
    try:
        os.link(temporary, path)  # fails if the name exists: atomic create-exclusive
        return True
    except FileExistsError:
        return False
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK):
            raise
    return _reserve_and_replace(temporary, path)


def _reserve_and_replace(temporary: Path, path: Path) -> bool:
    """For filesystems without hard links: reserve the name exclusively, then fill it."""
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644))
    except FileExistsError:
        return False
    interrupt.hold(path)  # empty until the replace: an interrupt removes it
    try:
        os.replace(temporary, path)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    finally:
        interrupt.let_go(path)
    return True


def remove_stale_parts(folder: Path) -> list[Path]:
    """Remove our temporary files left in ``folder`` by runs that were killed (SIGKILL, power
    loss): ours by name and owner, and their process is gone."""
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = _PART.match(entry.name)
        if not match or not _is_stale(entry, int(match.group(1))):
            continue
        try:
            os.unlink(entry.path)
            removed.append(Path(entry.path))
        except OSError:
            pass
    return removed


def _is_stale(entry: os.DirEntry[str], pid: int) -> bool:
    try:
        if not entry.is_file(follow_symlinks=False) or entry.stat().st_uid != os.getuid():
            return False
    except OSError:
        return False
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return False
