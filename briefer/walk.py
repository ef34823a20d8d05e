"""Paths given on the command line → the regular files to read, each real file once.

Folders are walked breadth first without recursion (any depth), links are followed but a
folder or file already seen (same device and inode) is not entered or read again, so link
loops end and a file reached by two paths counts as one source.
"""

from __future__ import annotations

import errno
import os
import stat
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError

Identity = tuple[int, int]
"""(device, inode): what makes two paths the same file."""


@dataclass(frozen=True)
class Skipped:
    """A path the walk left out, and why (the reader turns it into a notice)."""

    path: str
    message: str


@dataclass
class Walk:
    """The files found, in order, and what was left out on the way."""

    files: list[Path] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    seen: dict[Identity, Path] = field(default_factory=dict)

    def first_time(self, path: Path, info: os.stat_result) -> bool:
        """Remember ``path``; False (and a skip) when its file or folder was met before."""
        identity = (info.st_dev, info.st_ino)
        earlier = self.seen.setdefault(identity, path)
        if earlier is path:
            return True
        kind = "folder" if stat.S_ISDIR(info.st_mode) else "file"
        self.skipped.append(Skipped(str(path), f"same {kind} as {earlier}; read once"))
        return False


def walk_paths(paths: Iterable[str | Path]) -> Walk:
    """Every regular file under ``paths`` (folders walked, hidden entries skipped)."""
    walk = Walk()
    for raw in paths:
        path = _given(raw)
        info = _stat_given(path)
        if stat.S_ISDIR(info.st_mode):
            if walk.first_time(path, info):
                walk.files.extend(sorted(_walk_folder(path, walk)))
        elif stat.S_ISREG(info.st_mode):
            _check_readable(path)
            if walk.first_time(path, info):
                walk.files.append(path)
        else:
            raise InputError("not a regular file or folder", str(path))
    return walk


def input_identities(paths: Iterable[str | Path]) -> dict[Identity, Path]:
    """(device, inode) of every file and folder ``brief`` would read under ``paths``."""
    return walk_paths(paths).seen


def _given(raw: str | Path) -> Path:
    if not str(raw).strip():
        raise InputError("empty path: name a file or folder ('.' for the current folder)", "''")
    return Path(raw)


def _stat_given(path: Path) -> os.stat_result:
    try:
        return path.stat()
    except OSError as exc:
        if exc.errno in (errno.ENOENT, errno.ENOTDIR):
            raise InputError("no such file or folder", str(path)) from None
        raise InputError(f"cannot read: {exc.strerror or exc}", str(path)) from None


def _check_readable(path: Path) -> None:
    """A file named on the command line that cannot be opened is an input error, not a skip."""
    try:
        with path.open("rb"):
            pass
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", str(path)) from None


def _walk_folder(root: Path, walk: Walk) -> Iterator[Path]:
    queue = deque([root])
    while queue:
        folder = queue.popleft()
        try:
            entries = sorted(os.scandir(folder), key=lambda e: (e.is_symlink(), e.name))
        except OSError as exc:
            if folder is root:
                raise InputError(f"cannot read: {exc.strerror or exc}", str(root)) from None
            walk.skipped.append(Skipped(str(folder), f"cannot read: {exc.strerror or exc}"))
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = Path(entry.path)
            try:
                info = path.stat()
            except OSError as exc:
                walk.skipped.append(Skipped(str(path), f"cannot read: {exc.strerror or exc}"))
                continue
            if stat.S_ISDIR(info.st_mode):
                if walk.first_time(path, info):
                    queue.append(path)
            elif stat.S_ISREG(info.st_mode):
                if walk.first_time(path, info):
                    yield path
            else:
                walk.skipped.append(Skipped(str(path), "not a regular file"))
