"""API tokens: ``rasid token create NAME`` prints a token once; the database keeps only its sha256."""

from __future__ import annotations

import hashlib
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from rasid.errors import UsageError
from rasid.store.models import Token

PREFIX = "rsd_"  # makes a leaked token recognisable in logs and secret scanners


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create(session: Session, name: str) -> str:
    """A new token for ``name`` (the reviewer's name in the review log); returned once, stored hashed.

    Raises:
        UsageError: the name is empty.
    """
    name = name.strip()
    if not name:
        raise UsageError("a token needs a name (the reviewer's name)")
    token = PREFIX + secrets.token_urlsafe(32)
    session.add(Token(name=name, token_hash=token_hash(token)))
    session.flush()
    return token


def lookup(session: Session, token: str) -> Token | None:
    """The live token row for this token, or None (unknown or revoked)."""
    if not token:
        return None
    row = session.scalar(select(Token).where(Token.token_hash == token_hash(token)))
    return row if row is not None and not row.revoked else None


def revoke(session: Session, name: str) -> int:
    """Revoke every live token of ``name``; returns how many."""
    rows = list(session.scalars(select(Token).where(Token.name == name, Token.revoked.is_(False))))
    for r in rows:
        r.revoked = True
    return len(rows)


def names(session: Session) -> list[tuple[str, str, bool]]:
    """(name, created, revoked) of every token, oldest first."""
    return [(t.name, t.created_at.isoformat(timespec="seconds"), t.revoked)
            for t in session.scalars(select(Token).order_by(Token.id))]
