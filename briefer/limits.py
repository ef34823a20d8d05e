"""Size limits enforced on the bytes actually read or unpacked, never on declared sizes.

A file's size can change between ``stat`` and ``read`` (or be a device or a growing log), and
a zip entry's declared size is whatever its author wrote: ``zipfile`` inflates a whole
compressed stream before it cuts it to the declared length. So files are read with a cap, and
archives are inflated in small chunks, counted, and repacked from the checked bytes before any
other library (python-docx) opens them.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

from .errors import LimitError

MAX_FILE_BYTES = 20 * 1024 * 1024
"""Documented size limit for one input file, .docx included (20 MiB)."""

MAX_UNPACKED_BYTES = 100 * 1024 * 1024
"""A .docx whose parts unpack to more than this is refused (zip bombs)."""

MAX_ZIP_ENTRIES = 10_000
"""A .docx has a few dozen parts; an archive of millions of empty entries is an attack."""

_CHUNK = 1024 * 1024


def read_bounded(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of ``path``, refused as soon as more than ``limit`` bytes arrive."""
    with path.open("rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise LimitError(f"file is over the {_mib(limit)} limit", str(path))
    return data


def unpack_zip(data: bytes, where: str, limit: int = MAX_UNPACKED_BYTES) -> dict[str, bytes]:
    """Every entry of a zip archive, inflated chunk by chunk and refused past ``limit`` bytes
    in all; a bad archive raises ``zipfile.BadZipFile`` (also for a CRC that does not match)."""
    try:
        return _inflate(data, where, limit)
    except (zlib.error, EOFError, RuntimeError, NotImplementedError, ValueError) as exc:
        # a damaged stream, an encrypted entry, an unknown compression: all "bad archive"
        raise zipfile.BadZipFile(f"{exc.__class__.__name__}: {exc}") from None


def _inflate(data: bytes, where: str, limit: int) -> dict[str, bytes]:
    members: dict[str, bytes] = {}
    total = 0
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        infos = archive.infolist()
        if len(infos) > MAX_ZIP_ENTRIES:
            raise LimitError(f"archive has over {MAX_ZIP_ENTRIES} entries", where)
        for info in infos:
            parts = []
            with archive.open(info) as member:
                while chunk := member.read(_CHUNK):
                    total += len(chunk)
                    if total > limit:
                        raise LimitError(f"archive unpacks to over {_mib(limit)}", where)
                    parts.append(chunk)
            members[info.filename] = b"".join(parts)
    return members


def repack_zip(members: dict[str, bytes]) -> bytes:
    """A stored (uncompressed) zip of checked members: reading it back costs what it holds."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for name, content in members.items():
            archive.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), content)
    return buffer.getvalue()


def checked_zip(path: Path, required: str = "") -> bytes:
    """``path`` read and unpacked within the limits and repacked; ``required`` must be a part."""
    members = unpack_zip(read_bounded(path), str(path))
    if required and required not in members:
        raise zipfile.BadZipFile(f"no {required} part")
    return repack_zip(members)


def _mib(limit: int) -> str:
    return f"{limit // 2**20} MiB"
