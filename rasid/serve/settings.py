"""The app's settings (no web imports here: the CLI reads the defaults without loading FastAPI)."""

from __future__ import annotations

import os
from dataclasses import dataclass

DEFAULT_MAX_EXTRACT_BYTES = 200_000  # a long news report is ~30 kB of UTF-8 Arabic; a book is not a report
# POST /api/extract calls a client may make a minute (and in one burst): a person pasting reports never
# reaches it; a script sending one after another gets 429 after 30, then one every 2 s
DEFAULT_EXTRACT_PER_MINUTE = 30


@dataclass(frozen=True)
class Settings:
    read_open: bool = True  # False: every read endpoint needs a token too
    max_extract_bytes: int = DEFAULT_MAX_EXTRACT_BYTES
    tile_url: str | None = None  # a tile layer to show above the bundled borders (needs the internet)
    tile_attribution: str | None = None
    extract_per_minute: int = DEFAULT_EXTRACT_PER_MINUTE  # 0: no limit


def read_open_from_env(default: bool = True) -> bool:
    """``RASID_READ_TOKEN_REQUIRED=1`` closes the read endpoints whatever ``default`` says."""
    return False if os.environ.get("RASID_READ_TOKEN_REQUIRED", "").lower() in ("1", "true", "yes") else default


def extract_per_minute_from_env(value: int | None) -> int:
    """The ``--extract-limit`` value if given, else ``RASID_EXTRACT_LIMIT``, else the default.

    Raises:
        UsageError: the variable is not a whole number of at least 0, or the value is negative.
    """
    from rasid.errors import UsageError

    if value is None:
        raw = os.environ.get("RASID_EXTRACT_LIMIT", "").strip()
        if not raw:
            return DEFAULT_EXTRACT_PER_MINUTE
        try:
            value = int(raw)
        except ValueError:
            raise UsageError(f"RASID_EXTRACT_LIMIT={raw!r} is not a whole number (calls a minute; 0: no limit)") from None
    if value < 0:
        raise UsageError(f"the extract limit must be 0 (no limit) or more, not {value}")
    return value
