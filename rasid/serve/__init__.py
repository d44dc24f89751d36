"""The HTTP API and the web page: ``rasid serve`` (FastAPI, uvicorn).

    app.py      create_app: settings, error shape, static page
    api.py      read endpoints (incidents, documents, extract) and write endpoints (ingest, review)
    errors.py   the one JSON error shape of every error response
    cache.py    facets and lists kept until the next write (the database's change counter), with ETags
    pagefiles.py the page and its files, read once and sent from memory
    tokens.py   API tokens (only their sha256 is stored)
    spans.py    highlights: every field's words as (field, start, end, text) into the document text
    cli.py      ``rasid serve`` and ``rasid token``
"""

from __future__ import annotations

from typing import Any

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    # lazy: ``rasid token`` and the CLI's parser must not pay for importing FastAPI
    if name == "create_app":
        from rasid.serve.app import create_app

        return create_app
    raise AttributeError(name)
