"""The database side of the ``rasid`` command: db, ingest, incidents, export."""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

from rasid.errors import EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, UsageError


def _filters(args: argparse.Namespace) -> Any:
    from rasid.store.query import Filters, parse_bbox

    try:
        bbox = parse_bbox(args.bbox) if args.bbox else None
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    return Filters(country=args.country, date_from=args.date_from, date_to=args.date_to, actor=args.actor,
                   event_type=args.event_type, bbox=bbox, min_grade=args.min_grade, include_rejected=args.rejected)


def _open(args: argparse.Namespace, *, create: bool) -> Any:
    from rasid.store.db import open_db_checked

    return open_db_checked(args.db, create=create)


def cmd_db(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from rasid.store.db import cannot_open, current_revision, make_engine, upgrade

    engine = make_engine(args.db)
    try:
        if args.action == "upgrade":
            upgrade(engine)
        print(f"schema revision {current_revision(engine) or '(none)'} at {engine.url.render_as_string()}")
    except SQLAlchemyError as exc:
        raise cannot_open(exc, args.db) from None
    return EXIT_OK


def cmd_ingest(args: argparse.Namespace) -> int:
    from rasid.ingest.readers import ReadOptions, read_paths
    from rasid.scale.cluster import dask_address
    from rasid.store.ingest import Stats, ingest

    _, factory = _open(args, create=True)
    bar: Any = None
    if not args.quiet and sys.stderr.isatty():
        from tqdm import tqdm

        bar = tqdm(unit=" docs", file=sys.stderr, dynamic_ncols=True)

    def progress(st: Stats) -> None:
        if bar is not None:
            bar.update(st.read - bar.n)
            bar.set_postfix_str(f"stored {st.stored}, known {st.duplicates}, incidents {st.mentions}, "
                                f"failed {st.failed}", refresh=False)

    def report(line: str) -> None:
        (bar.write if bar is not None else lambda s: print(s, file=sys.stderr))(f"rasid: {line}")

    options = ReadOptions(max_bytes=args.max_bytes, published=args.published)
    try:
        if args.workers > 1 or dask_address(args.dask):
            from rasid.scale.run import ingest_scaled

            st = ingest_scaled(read_paths(args.paths, options=options), factory, workers=args.workers,
                               dask=dask_address(args.dask), max_inflight=args.max_inflight,
                               vectors=not args.no_vectors, on_progress=progress, report=report)
        else:
            st = ingest(read_paths(args.paths, options=options), factory, vectors=not args.no_vectors,
                        on_progress=progress, report=report)
    finally:
        if bar is not None:
            bar.close()
    print(f"rasid: {st.line()}", file=sys.stderr)
    if st.read == 0:
        print("rasid: nothing to read", file=sys.stderr)
        return EXIT_USAGE
    return EXIT_SOME_FAILED if st.failed else EXIT_OK


def _who(args: argparse.Namespace) -> str:
    return args.who or os.environ.get("USER") or os.environ.get("USERNAME") or "unknown"


def cmd_incidents(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from rasid.merge.merge import rebuild
    from rasid.store import review
    from rasid.store.models import ReviewLog
    from rasid.store.query import find, incident_json

    _, factory = _open(args, create=args.action in ("rebuild",))
    with factory.begin() as s:
        if args.action is None:
            rows = find(s, _filters(args), limit=args.limit, with_mentions=True)
            if args.json:
                for inc in rows:
                    print(json.dumps(incident_json(inc), ensure_ascii=False))
            else:
                _table(rows)
            return EXIT_OK
        if args.action == "show":
            inc = review.get_incident(s, args.id)
            d = incident_json(inc)
            d["review_log"] = [{"at": r.at.isoformat(), "who": r.who, "action": r.action, "why": r.why, **r.detail}
                               for r in s.scalars(select(ReviewLog).where(ReviewLog.incident_id == args.id)
                                                  .order_by(ReviewLog.id))]
            print(json.dumps(d, ensure_ascii=False, indent=2))
            return EXIT_OK
        if args.action == "rebuild":
            n_m, n_i = rebuild(s)
            print(f"rasid: {n_m} mentions merged into {n_i} incidents", file=sys.stderr)
            return EXIT_OK
        who = _who(args)
        if args.action == "merge":
            inc = review.merge(s, args.a, args.b, who=who, why=args.why)
            print(f"rasid: incident {args.b} merged into {inc.id}", file=sys.stderr)
        elif args.action == "split":
            new = review.split(s, args.id, args.mentions, who=who, why=args.why)
            print(f"rasid: mentions {', '.join(map(str, args.mentions))} split from {args.id} into new incident "
                  f"{new.id}", file=sys.stderr)
        elif args.action == "edit":
            review.edit(s, args.id, args.field, args.value, who=who, why=args.why)
            print(f"rasid: incident {args.id}: {args.field} set to {args.value}", file=sys.stderr)
        elif args.action == "reject":
            review.reject(s, args.id, who=who, why=args.why or "")
            print(f"rasid: incident {args.id} rejected", file=sys.stderr)
    return EXIT_OK


def _fmt(lo: int | None, hi: int | None) -> str:
    if lo is None and hi is None:
        return "-"
    if lo == hi:
        return str(lo)
    return f"{'' if lo is None else lo}-{'' if hi is None else hi}"


def _table(rows: list[Any]) -> None:
    head = (f"{'id':>5}  {'date':<10} {'type':<15} {'place':<18} {'cc':<2} {'perpetrator':<24} {'killed':>8} "
            f"{'injured':>8} {'src':>3}  grade")
    print(head + "\n" + "-" * len(head))
    for i in rows:
        perp = (i.perpetrator or "-") + (" (contested)" if i.contested else "")
        print(f"{i.id:>5}  {i.date_value or '-':<10} {i.event_type:<15} {(i.place_name or '-')[:18]:<18} "
              f"{i.country or '-':<2} {perp[:24]:<24} {_fmt(i.killed_min, i.killed_max):>8} "
              f"{_fmt(i.injured_min, i.injured_max):>8} {i.n_sources:>3}  {i.grade}{' REJECTED' if i.rejected else ''}")


def cmd_export(args: argparse.Namespace) -> int:
    from rasid.export.export import export

    _, factory = _open(args, create=False)
    with factory() as s:
        n = export(s, args.format, args.output, _filters(args))
    where = "standard output" if args.output == "-" else args.output
    print(f"rasid: wrote {n} incidents to {where} ({args.format})", file=sys.stderr)
    return EXIT_OK
