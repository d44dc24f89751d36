"""Request dependencies: a database session, the settings, and who is calling (tokens)."""

from __future__ import annotations

from typing import AsyncIterator

from fastapi import Header, Request
from sqlalchemy.orm import Session, sessionmaker

from rasid.serve import tokens
from rasid.serve.errors import ApiError


async def session(request: Request) -> AsyncIterator[Session]:
    """A session for the request (async: made and closed on the event loop, not in a thread of the pool; the
    connection is taken from the pool at its first query, in the endpoint's thread)."""
    factory: sessionmaker[Session] = request.app.state.factory
    with factory() as s:
        yield s


def _bearer(authorization: str | None, x_rasid_token: str | None) -> str | None:
    if x_rasid_token:
        return x_rasid_token.strip()
    if authorization and authorization.lower().startswith("bearer "):
        return authorization[7:].strip()
    return None


def _who(request: Request, token: str | None) -> str | None:
    if token is None:
        return None
    factory: sessionmaker[Session] = request.app.state.factory
    with factory() as s:
        row = tokens.lookup(s, token)
        return row.name if row is not None else None


def writer(request: Request, authorization: str | None = Header(default=None),
           x_rasid_token: str | None = Header(default=None)) -> str:
    """The reviewer's name of a valid token (``Authorization: Bearer TOKEN`` or ``X-Rasid-Token``).

    Raises:
        ApiError: 401 without a token or with an unknown or revoked one.
    """
    token = _bearer(authorization, x_rasid_token)
    if token is None:
        raise ApiError(401, "this action needs a token (Authorization: Bearer TOKEN; `rasid token create NAME`)")
    name = _who(request, token)
    if name is None:
        raise ApiError(401, "unknown or revoked token")
    return name


async def reader(request: Request, authorization: str | None = Header(default=None),
                 x_rasid_token: str | None = Header(default=None)) -> str | None:
    """Nothing when reads are open; otherwise the same check as :func:`writer` (async: an open read costs
    no hop to a thread of the pool)."""
    if request.app.state.settings.read_open:
        return None
    return writer(request, authorization, x_rasid_token)
