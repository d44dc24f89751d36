"""The FastAPI application: ``create_app(db_url)`` wires the database, the API, the errors and the page."""

from __future__ import annotations

import gc
import json
import os
from contextlib import asynccontextmanager
from importlib import resources as ires
from pathlib import Path
from typing import Any, AsyncIterator
from urllib.parse import urlsplit

from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from rasid import __version__
from rasid.serve import errors, pagefiles
from rasid.serve.api import read, write
from rasid.serve.cache import AnswerCache
from rasid.serve.pagefiles import MemoryStatic
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


class BodyLimit:
    """Refuses a request body larger than ``limit`` from its Content-Length, before it is read and parsed (413)."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] in ("POST", "PUT", "PATCH"):
            n = next((v for k, v in scope["headers"] if k == b"content-length"), b"").decode("latin-1")
            if n.isdigit() and int(n) > self.limit:
                resp = JSONResponse(errors.error_body(413, f"request body is {n} bytes; the limit is {self.limit}"),
                                    status_code=413)
                await resp(scope, receive, send)
                return
        await self.app(scope, receive, send)


class PageHeaders:
    """The Content-Security-Policy and nosniff on the page and its files (not /docs: Swagger UI needs its CDN
    and inline script; not the API's JSON)."""

    def __init__(self, app: ASGIApp, policy: str) -> None:
        self.app = app
        self.headers = [(b"content-security-policy", policy.encode("latin-1")), (b"x-content-type-options", b"nosniff")]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "") if scope["type"] == "http" else ""
        if not (path == "/" or path.startswith("/static/")):
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message = {**message, "headers": [*message.get("headers", []),
                                                  *(h for h in self.headers if h[0] not in names)]}
            await send(message)

        await self.app(scope, receive, send_with_headers)


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
    from rasid.store.db import open_db, tune_for_reading

    engine, factory = open_db(db_url, create=upgrade)
    tune_for_reading(engine)

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
    app.state.answers = AnswerCache()
    app.state.extract_limiter = RateLimiter(extract_per_minute) if extract_per_minute > 0 else None
    errors.install(app)

    body_limit = 4 * max_extract_bytes + 65_536  # JSON may escape each Arabic letter as 6 bytes (a backslash-u escape)
    # plain ASGI middleware, not @app.middleware("http"): each of those ran every request through an extra
    # task group and memory streams (about a third of a millisecond a request)
    app.add_middleware(PageHeaders, policy=content_security_policy(tile_url))
    app.add_middleware(BodyLimit, limit=body_limit)
    app.include_router(read.router)
    app.include_router(write.router)

    static = Path(str(ires.files("rasid.serve").joinpath("static")))
    app.mount("/static", MemoryStatic(directory=str(static)), name="static")
    page = pagefiles.load(static / "index.html", "text/html; charset=utf-8")

    @app.get("/", include_in_schema=False)
    async def index(request: Request) -> Response:
        return page.response(request.headers)

    @app.get("/api/config", tags=["page"])
    async def config() -> dict[str, Any]:
        s: Settings = app.state.settings
        return {"version": __version__, "read_open": s.read_open, "max_extract_bytes": s.max_extract_bytes,
                "extract_per_minute": s.extract_per_minute,
                "tile_url": s.tile_url, "tile_attribution": s.tile_attribution}

    return app


def tune_gc() -> None:
    """For a serving process: what the app loaded is set aside from the garbage collector's scans, and a full
    scan waits for more new objects (a map view of 2,000 incidents made one every few requests; a third of
    the time of such a request went to it)."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(20_000, 50, 100)


SETTINGS_ENV = "RASID_SERVE_SETTINGS"  # create_app's arguments as JSON, from ``rasid serve`` to its workers


def app_from_env() -> FastAPI:
    """The app a uvicorn worker process builds (``rasid serve --workers N``), from ``RASID_SERVE_SETTINGS``."""
    settings = json.loads(os.environ[SETTINGS_ENV])
    app = create_app(settings.pop("db_url"), upgrade=False, **settings)
    tune_gc()
    return app
