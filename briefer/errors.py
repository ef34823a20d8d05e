"""The errors the core raises; only the CLI turns them into messages and exit codes."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Documented exit codes of the ``brief`` command."""

    OK = 0
    ERROR = 1
    USAGE = 2
    INPUT = 3
    TEMPLATE = 4
    OUTPUT = 5
    INTERRUPTED = 130


class BrieferError(Exception):
    """Base class: a message that names the file (and line or field) at fault."""

    exit_code = ExitCode.ERROR

    def __init__(self, message: str, path: str = "") -> None:
        super().__init__(message)
        self.path = path
        self.message = message

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class InputError(BrieferError):
    """An article file or folder cannot be used."""

    exit_code = ExitCode.INPUT


class TemplateError(BrieferError):
    """A template is missing or malformed."""

    exit_code = ExitCode.TEMPLATE


class OutputError(BrieferError):
    """The brief cannot be written where asked."""

    exit_code = ExitCode.OUTPUT


class UsageError(BrieferError):
    """An option has a value we do not know."""

    exit_code = ExitCode.USAGE


class LimitError(InputError):
    """A file, or what an archive unpacks to, is larger than the documented limit."""
