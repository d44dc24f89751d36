"""``rasid serve`` and ``rasid token``: thin commands over :func:`create_app` and :mod:`rasid.serve.tokens`."""

from __future__ import annotations

import argparse
import json
import os
import sys

from rasid.errors import EXIT_OK, UsageError


def cmd_serve(args: argparse.Namespace) -> int:
    """Run the API and the page with uvicorn until interrupted: in this process, or in ``--workers`` processes.

    Raises:
        UsageError: the database cannot be opened, or a bad ``--workers`` or extract limit.
    """
    import uvicorn
    from sqlalchemy.exc import SQLAlchemyError

    from rasid.serve.app import SETTINGS_ENV, create_app, tune_gc
    from rasid.serve.settings import extract_per_minute_from_env, read_open_from_env

    if args.workers < 1:
        raise UsageError(f"--workers must be 1 or more, not {args.workers}")
    settings = {"read_open": read_open_from_env(not args.private), "max_extract_bytes": args.max_extract_bytes,
                "tile_url": args.tile_url, "tile_attribution": args.tile_attribution,
                "extract_per_minute": extract_per_minute_from_env(args.extract_limit)}
    try:  # here first: the schema is upgraded once, and a database that cannot be opened is a usage error
        app = create_app(args.db, **settings)
    except SQLAlchemyError as exc:
        raise UsageError(f"{args.db or 'rasid.db'}: cannot open the database ({type(exc).__name__})") from None
    print(f"rasid: serving on http://{args.host}:{args.port}/ (API docs at /docs; reads "
          f"{'open' if settings['read_open'] else 'need a token'}; {args.workers} worker process"
          f"{'es' if args.workers > 1 else ''})", file=sys.stderr)
    if args.workers == 1:
        tune_gc()
        uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
        return EXIT_OK
    app.state.engine.dispose()
    os.environ[SETTINGS_ENV] = json.dumps({"db_url": args.db, **settings})
    uvicorn.run("rasid.serve.app:app_from_env", factory=True, workers=args.workers, host=args.host, port=args.port,
                log_level="warning")
    return EXIT_OK


def cmd_token(args: argparse.Namespace) -> int:
    """Create (printed once), list or revoke API tokens."""
    from rasid.serve import tokens
    from rasid.store.db import open_db

    _, factory = open_db(args.db)
    with factory.begin() as s:
        if args.action == "create":
            token = tokens.create(s, args.name)
            print(token)
            print(f"rasid: token for {args.name.strip()} created; it is shown only now (only its hash is stored)",
                  file=sys.stderr)
        elif args.action == "revoke":
            n = tokens.revoke(s, args.name)
            if n == 0:
                raise UsageError(f"no live token named {args.name!r}")
            print(f"rasid: {n} token(s) of {args.name} revoked", file=sys.stderr)
        else:
            for name, created, revoked in tokens.names(s):
                print("\t".join([name, created] + (["revoked"] if revoked else [])))
    return EXIT_OK


def add_parsers(sub: argparse._SubParsersAction, dbp: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    """The ``serve`` and ``token`` subcommands (called from :func:`rasid.cli.build_parser`)."""
    from rasid.scale.pool import default_workers
    from rasid.serve.settings import DEFAULT_EXTRACT_PER_MINUTE, DEFAULT_MAX_EXTRACT_BYTES

    srv = sub.add_parser("serve", parents=[dbp], help="the HTTP API and the web page (map, timeline, sources, review)")
    srv.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    srv.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    srv.add_argument("--workers", type=int, default=default_workers(), metavar="N",
                     help="server processes (default: one a core); each keeps its own extract limit counts")
    srv.add_argument("--private", action="store_true",
                     help="read endpoints need a token too (also RASID_READ_TOKEN_REQUIRED=1)")
    srv.add_argument("--max-extract-bytes", type=int, default=DEFAULT_MAX_EXTRACT_BYTES, metavar="N",
                     help=f"largest text accepted by /api/extract and /api/documents (default {DEFAULT_MAX_EXTRACT_BYTES})")
    srv.add_argument("--extract-limit", type=int, default=None, metavar="N",
                     help=f"POST /api/extract calls a client may make a minute, 429 beyond (default "
                          f"{DEFAULT_EXTRACT_PER_MINUTE}; 0: no limit; also RASID_EXTRACT_LIMIT)")
    srv.add_argument("--tile-url", default=None, metavar="URL",
                     help="tile layer above the bundled borders, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    srv.add_argument("--tile-attribution", default=None, metavar="TEXT", help="credit line for the tile layer")

    tok = sub.add_parser("token", help="API tokens for ingest and review (only hashes are stored)")
    act = tok.add_subparsers(dest="action", required=True)
    cr = act.add_parser("create", parents=[dbp], help="create a token for NAME and print it once")
    cr.add_argument("name", metavar="NAME", help="the reviewer's name written to the review log")
    rv = act.add_parser("revoke", parents=[dbp], help="revoke every token of NAME")
    rv.add_argument("name", metavar="NAME")
    act.add_parser("list", parents=[dbp], help="names and dates of tokens (never the tokens)")
