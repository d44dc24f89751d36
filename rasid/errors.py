"""The project's exception classes. Messages are one line and name the file when there is one."""

from __future__ import annotations

# exit codes of the rasid command: every document processed; some failed (each reported); usage error
EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2
# the reader of standard output went away (``rasid incidents --json | head``): the status a shell gives a
# command killed by SIGPIPE (128 + 13), as for ``yes | head``
EXIT_PIPE_CLOSED = 141


class RasidError(Exception):
    """Base class of rasid's errors."""


class InputError(RasidError):
    """A document could not be read: missing, unreadable, binary, empty, too large, malformed."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class UsageError(RasidError):
    """The command line or an option value is wrong (exit code 2)."""


class DataError(RasidError):
    """A bundled data file (lexicon, gazetteer, registry) is missing or malformed."""
