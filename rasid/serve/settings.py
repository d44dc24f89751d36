"""The app's settings (no web imports here: the CLI reads the defaults without loading FastAPI)."""

from __future__ import annotations

import os
from dataclasses import dataclass

DEFAULT_MAX_EXTRACT_BYTES = 200_000  # a long news report is ~30 kB of UTF-8 Arabic; a book is not a report


@dataclass(frozen=True)
class Settings:
    read_open: bool = True  # False: every read endpoint needs a token too
    max_extract_bytes: int = DEFAULT_MAX_EXTRACT_BYTES
    tile_url: str | None = None  # a tile layer to show above the bundled borders (needs the internet)
    tile_attribution: str | None = None


def read_open_from_env(default: bool = True) -> bool:
    """``RASID_READ_TOKEN_REQUIRED=1`` closes the read endpoints whatever ``default`` says."""
    return False if os.environ.get("RASID_READ_TOKEN_REQUIRED", "").lower() in ("1", "true", "yes") else default
