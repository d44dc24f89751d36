"""The page and its files, read into memory once per server process and sent from there.

Starlette's ``StaticFiles`` and ``FileResponse`` look each file up and read it in a thread of the pool on
every request; under load those hops queued behind the API's requests (the page's p50 was twice the
API's). The files are a few hundred kB, part of the package, and change only with it.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
from pathlib import Path

from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.responses import Response
from starlette.staticfiles import StaticFiles
from starlette.types import Scope


class File:
    def __init__(self, body: bytes, media_type: str) -> None:
        self.body, self.media_type = body, media_type
        self.etag = '"' + hashlib.blake2b(body, digest_size=12).hexdigest() + '"'

    def response(self, request_headers: Headers, extra: dict[str, str] | None = None) -> Response:
        """200 with the body, or 304 when the request's ``If-None-Match`` names this version."""
        headers = {"ETag": self.etag, "Cache-Control": "no-cache", **(extra or {})}
        match = request_headers.get("if-none-match", "")
        if match and self.etag in (m.strip().removeprefix("W/") for m in match.split(",")):
            return Response(status_code=304, headers=headers)
        return Response(self.body, media_type=self.media_type, headers=headers)


def load(path: Path, media_type: str | None = None) -> File:
    return File(path.read_bytes(), media_type or mimetypes.guess_type(path.name)[0] or "application/octet-stream")


class MemoryStatic(StaticFiles):
    """``StaticFiles`` over a folder whose files are all read at start; a path not among them is a 404."""

    def __init__(self, directory: str) -> None:
        super().__init__(directory=directory)
        root = Path(directory)
        self.files = {os.path.normpath(str(p.relative_to(root))): load(p) for p in root.rglob("*") if p.is_file()}

    async def get_response(self, path: str, scope: Scope) -> Response:
        if scope["method"] not in ("GET", "HEAD"):
            raise HTTPException(status_code=405, headers={"Allow": "GET, HEAD"})
        f = self.files.get(path)
        if f is None:
            raise HTTPException(status_code=404)
        return f.response(Headers(scope=scope))
