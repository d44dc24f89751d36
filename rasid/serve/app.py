"""The FastAPI application: ``create_app(db_url)`` wires the database, the API, the errors and the page."""

from __future__ import annotations

import json
import os
from contextlib import asynccontextmanager
from importlib import resources as ires
from typing import Any, AsyncIterator
from urllib.parse import urlsplit

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from rasid import __version__
from rasid.serve import errors
from rasid.serve.api import read, write
from rasid.serve.ratelimit import RateLimiter
from rasid.serve.settings import DEFAULT_EXTRACT_PER_MINUTE, DEFAULT_MAX_EXTRACT_BYTES, Settings


def content_security_policy(tile_url: str | None = None) -> str:
    """The page's Content-Security-Policy: scripts, styles and data only from this server, none inline.

    Report text is built as text nodes, never HTML; this is the second wall: should any of it ever reach
    the page as markup, an inline ``<script>`` or an ``onerror=`` handler does not run. Images may also
    come from the ``--tile-url`` server (``{s}`` subdomains as a wildcard).
    """
    img = ["'self'", "data:"]
    if tile_url:
        parts = urlsplit(tile_url)
        host = parts.netloc.replace("{s}", "*")
        img.append(f"{parts.scheme}://{host}" if parts.scheme and host and "{" not in host
                   else f"{parts.scheme or 'https'}:")
    return ("default-src 'none'; script-src 'self'; style-src 'self'; img-src " + " ".join(img) + "; "
            "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; "
            "object-src 'none'")


def create_app(db_url: str | None = None, *, read_open: bool = True, max_extract_bytes: int = DEFAULT_MAX_EXTRACT_BYTES,
               tile_url: str | None = None, tile_attribution: str | None = None,
               extract_per_minute: int = DEFAULT_EXTRACT_PER_MINUTE, upgrade: bool = True) -> FastAPI:
    """The web app over the database at ``db_url`` (path or SQLAlchemy URL; schema upgraded first).

    Args:
        read_open: read endpoints answer without a token (writes always need one).
        max_extract_bytes: the largest text ``POST /api/extract`` and ``POST /api/documents`` accept (413 above).
        tile_url: optional tile layer URL template (``https://.../{z}/{x}/{y}.png``) for the page.
        extract_per_minute: ``POST /api/extract`` calls a client may make a minute (429 beyond); 0: no limit.
        upgrade: bring the schema up to date first (a worker of ``rasid serve --workers`` leaves that to
            the parent, which did it before starting the workers).
    """
    from rasid.store.db import open_db

    engine, factory = open_db(db_url, create=upgrade)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        engine.dispose()

    app = FastAPI(title="rasid", version=__version__, lifespan=lifespan,
                  description="Conflict incidents merged from Arabic and English reports, with their sources' words.")
    app.state.factory = factory
    app.state.engine = engine
    app.state.settings = Settings(read_open=read_open, max_extract_bytes=max_extract_bytes, tile_url=tile_url,
                                  tile_attribution=tile_attribution, extract_per_minute=extract_per_minute)
    app.state.extract_limiter = RateLimiter(extract_per_minute) if extract_per_minute > 0 else None
    errors.install(app)

    body_limit = 4 * max_extract_bytes + 65_536  # JSON may escape each Arabic letter as 6 bytes (a backslash-u escape)

    @app.middleware("http")
    async def _limit_body(request: Request, call_next: Any) -> Any:
        # refuse an oversized body before it is read and parsed, not after
        n = request.headers.get("content-length", "")
        if request.method in ("POST", "PUT", "PATCH") and n.isdigit() and int(n) > body_limit:
            return JSONResponse(errors.error_body(413, f"request body is {n} bytes; the limit is {body_limit}"),
                                status_code=413)
        return await call_next(request)

    policy = content_security_policy(tile_url)

    @app.middleware("http")
    async def _page_headers(request: Request, call_next: Any) -> Any:
        response = await call_next(request)
        path = request.url.path
        if path == "/" or path.startswith("/static/"):  # not /docs: Swagger UI needs its CDN and inline script
            response.headers["Content-Security-Policy"] = policy
            response.headers["X-Content-Type-Options"] = "nosniff"
        return response
    app.include_router(read.router)
    app.include_router(write.router)

    static = ires.files("rasid.serve").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(str(static.joinpath("index.html")), media_type="text/html; charset=utf-8")

    @app.get("/api/config", tags=["page"])
    def config() -> dict[str, Any]:
        s: Settings = app.state.settings
        return {"version": __version__, "read_open": s.read_open, "max_extract_bytes": s.max_extract_bytes,
                "extract_per_minute": s.extract_per_minute,
                "tile_url": s.tile_url, "tile_attribution": s.tile_attribution}

    return app


SETTINGS_ENV = "RASID_SERVE_SETTINGS"  # create_app's arguments as JSON, from ``rasid serve`` to its workers


def app_from_env() -> FastAPI:
    """The app a uvicorn worker process builds (``rasid serve --workers N``), from ``RASID_SERVE_SETTINGS``."""
    settings = json.loads(os.environ[SETTINGS_ENV])
    return create_app(settings.pop("db_url"), upgrade=False, **settings)
