"""The extraction-engine interface and the registry of engines.

An engine takes a Document and returns its language and incidents. The default is the rules
engine; heavier engines may register here, off by default.
"""

from __future__ import annotations

from typing import Callable, Protocol

from rasid.errors import UsageError
from rasid.model import Document, Incident


class Engine(Protocol):
    name: str
    version: str

    def extract(self, doc: Document) -> tuple[str, list[Incident]]: ...


def _rules() -> Engine:
    from rasid.extract.rules import RulesEngine

    return RulesEngine()


ENGINES: dict[str, Callable[[], Engine]] = {"rules": _rules}
DEFAULT_ENGINE = "rules"


def get_engine(name: str = DEFAULT_ENGINE) -> Engine:
    """The engine registered under ``name``.

    Raises:
        UsageError: no engine has that name.
    """
    try:
        return ENGINES[name]()
    except KeyError:
        raise UsageError(f"unknown engine {name!r}; known: {', '.join(sorted(ENGINES))}") from None
