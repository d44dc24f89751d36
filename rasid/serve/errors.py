"""One JSON error shape for every error the API returns.

    {"error": {"status": 404, "code": "not_found", "message": "no incident 12"}}

Routing errors (404, 405), validation errors (422), size limits (413), missing tokens (401), the
extraction rate limit (429) and unexpected failures (500) all take this shape; ``tests/serve/test_serve_errors.py`` enforces it.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger("rasid.serve")

CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
         409: "conflict", 413: "too_large", 415: "unsupported_media_type", 422: "invalid", 429: "too_many_requests", 500: "internal"}


class ApiError(Exception):
    """An error the API reports to the client with a status, a short code and a one-line message."""

    def __init__(self, status: int, message: str, *, code: str | None = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code or CODES.get(status, "error")
        self.message = message
        self.headers = headers


def error_body(status: int, message: str, *, code: str | None = None, **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"status": status, "code": code or CODES.get(status, "error"), "message": message}
    body.update(extra)
    return {"error": body}


def _response(status: int, message: str, *, code: str | None = None, headers: dict[str, str] | None = None,
              **extra: Any) -> JSONResponse:
    return JSONResponse(error_body(status, message, code=code, **extra), status_code=status, headers=headers)


def _validation_message(exc: RequestValidationError) -> tuple[str, list[dict[str, Any]]]:
    details = []
    for e in exc.errors():
        where = ".".join(str(p) for p in e.get("loc", ()) if p != "body") or "request"
        details.append({"field": where, "problem": str(e.get("msg", "invalid"))})
    first = details[0] if details else {"field": "request", "problem": "invalid"}
    return f"{first['field']}: {first['problem']}", details


def install(app: FastAPI) -> None:
    """Register the handlers that turn every error into the one shape."""

    @app.exception_handler(ApiError)
    async def _api(_req: Request, exc: ApiError) -> JSONResponse:
        headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else {}
        return _response(exc.status, exc.message, code=exc.code, headers={**headers, **(exc.headers or {})} or None)

    @app.exception_handler(StarletteHTTPException)
    async def _http(req: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = exc.detail if isinstance(exc.detail, str) else CODES.get(exc.status_code, "error")
        if exc.status_code == 404 and message == "Not Found":
            message = f"no such path: {req.url.path}"
        elif exc.status_code == 405:
            message = f"method {req.method} not allowed on {req.url.path}"
        return _response(exc.status_code, message, headers=dict(exc.headers) if exc.headers else None)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_req: Request, exc: RequestValidationError) -> JSONResponse:
        message, details = _validation_message(exc)
        return _response(422, message, details=details)

    @app.exception_handler(Exception)
    async def _crash(req: Request, exc: Exception) -> JSONResponse:
        # logged with its traceback for the operator; the client gets the shape, not the internals
        log.exception("unhandled error on %s %s", req.method, req.url.path)
        return _response(500, f"internal error ({type(exc).__name__})")
