"""One exception tree. Every error carries a message that tells the user what to do,
and the exit code the CLI should use. Only the CLI turns these into output."""

from __future__ import annotations


class LabourlensError(Exception):
    """Base of every error labourlens raises on purpose."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.message


class UsageError(LabourlensError):
    """The command line or an argument is wrong."""

    exit_code = 2


class ConfigError(LabourlensError):
    """A setting or knowledge file is invalid."""

    exit_code = 2


class ReadError(LabourlensError):
    """A document could not be read. ``status`` is ``failed`` (broken input) or
    ``skipped`` (nothing to do: empty, unsupported type, no text)."""

    status = "failed"


class Failed(ReadError):
    status = "failed"


class Skipped(ReadError):
    status = "skipped"


class FetchError(Failed):
    """A URL could not be fetched (does not resolve, timed out, HTTP error)."""


class StoreError(LabourlensError):
    """The evidence store cannot be opened or written."""


class NotFound(LabourlensError):
    """A document, claim or other object asked for does not exist."""

    exit_code = 2


class GoldError(LabourlensError):
    """A gold file for ``labourlens eval`` is malformed."""

    exit_code = 2
