"""Where briefs go: default names that never overwrite, and atomic writes."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

from .errors import OutputError


def default_path(folder: Path, template: str, date: dt.date | None, suffix: str) -> Path:
    """``briefs/<template>-<date>.docx``, or ``…-2.docx`` and up when that exists."""
    stem = f"{template}-{date.isoformat() if date else 'undated'}"
    candidate = folder / f"{stem}{suffix}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{number}{suffix}"
        number += 1
    return candidate


def check_target(path: Path, force: bool) -> None:
    """Refuse to overwrite an existing file unless forced; the folder must be writable."""
    if path.exists() and not force:
        raise OutputError("already exists; use --force to overwrite, or pick another -o", str(path))
    if path.is_dir():
        raise OutputError("is a folder, not a file", str(path))
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError("folder does not exist", str(folder))
    if not os.access(folder, os.W_OK):
        raise OutputError("folder is not writable", str(folder))


def write_atomic(path: Path, write: Callable[[IO[bytes]], object]) -> None:
    """Write to a temporary file beside ``path`` and rename it into place."""
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise OutputError(f"cannot write: {exc.strerror}", str(folder)) from None
    try:
        with os.fdopen(handle, "wb") as stream:
            write(stream)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
