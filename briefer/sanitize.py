"""Untrusted strings → data: no control sequences, no lone surrogates, XML-safe.

Article text comes from the open web; file names and template strings come from whoever wrote
them. Whatever reaches a terminal, a Word file or a log line passes through here, so that an
ESC or OSC sequence is never emitted, python-docx never meets a non-XML character and the
UTF-8 encoder never meets a lone surrogate.
"""

from __future__ import annotations

import re

_SPACES = re.compile("[\r\x0b\x0c\x1c-\x1f\x85]")
"""Controls that Python counts as white space (CR, VT, FF, separators, NEL): a space."""

_CONTROLS = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\ufffe\uffff]")
"""The other C0 controls (ESC, BEL, BS…), DEL, C1 controls (CSI, OSC as single code points)
and the two non-characters that XML 1.0 forbids."""

_SURROGATES = re.compile("[\ud800-\udfff]")
"""Lone surrogates (from JSON ``\\ud800`` escapes or undecodable command-line bytes)."""

_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def clean(text: str) -> str:
    """``text`` without control characters (tab and newline kept, CR/VT/FF as spaces); lone
    surrogates → U+FFFD."""
    if not _UNSAFE.search(text):
        return text
    return _SURROGATES.sub("\ufffd", _CONTROLS.sub("", _SPACES.sub(" ", text)))


def clean_line(text: str) -> str:
    """One line of data: :func:`clean`, with tabs and newlines turned into spaces."""
    return clean(text).replace("\t", " ").replace("\n", " ")


def visible(text: str) -> str:
    """For messages about a file: every unsafe character shown as an escape (``\\x1b``)."""
    return _UNSAFE.sub(lambda m: repr(m.group())[1:-1], text)
