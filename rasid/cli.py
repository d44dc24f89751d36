"""The ``rasid`` command: a thin shell over the library.

Exit codes: 0 every document processed; 1 some documents failed (each reported on stderr as
``rasid: FILE: problem``); 2 usage error (bad option, unknown engine, nothing to read); 141 standard
output was closed by its reader (``rasid incidents --json | head``), quietly, as Unix tools end.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date
from importlib import resources as ires
from pathlib import Path
from typing import IO, Iterable

from rasid import __version__
from rasid.errors import EXIT_OK, EXIT_PIPE_CLOSED, EXIT_SOME_FAILED, EXIT_USAGE, RasidError, UsageError
from rasid.ingest.readers import DEFAULT_MAX_BYTES, ReadOptions
from rasid.model import Rejection, Result
from rasid.scale.cli import add_scale_parsers, add_worker_options


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date YYYY-MM-DD") from None


def _size(value: str) -> int:
    units = {"k": 1024, "m": 1024**2, "g": 1024**3}
    v = value.strip().lower().rstrip("b")
    try:
        return int(float(v[:-1]) * units[v[-1]]) if v and v[-1] in units else int(v)
    except (ValueError, IndexError, OverflowError):
        raise argparse.ArgumentTypeError(f"{value!r} is not a size (e.g. 10M, 500k, 1048576)") from None


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="rasid", description="Conflict incidents from Arabic and English reports.")
    ap.add_argument("--version", action="version", version=f"rasid {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="extract incidents from files, pages, JSON Lines, directories or -")
    ex.add_argument("paths", nargs="+", metavar="PATH")
    ex.add_argument("-o", "--output", metavar="OUT.jsonl", help="write contract JSON Lines here (default: stdout)")
    ex.add_argument("--published", type=_day, metavar="YYYY-MM-DD", help="publication date for documents without one")
    ex.add_argument("--max-bytes", type=_size, default=DEFAULT_MAX_BYTES, metavar="SIZE",
                    help="skip files larger than this (default 10M)")
    ex.add_argument("--table", action="store_true", help="also print a table of incidents on stderr")
    ex.add_argument("--engine", default="rules", help="extraction engine (default: rules)")
    add_worker_options(ex, dask=False)

    demo = sub.add_parser("demo", help="run the bundled seed article end to end")
    demo.add_argument("-o", "--output", metavar="OUT.jsonl", default="rasid-demo.jsonl",
                      help="where to write the contract JSON Lines (default: rasid-demo.jsonl)")

    geo = sub.add_parser("geocode", help="look place names up in the gazetteer (one JSON line per query)")
    geo.add_argument("queries", nargs="+", metavar="TEXT", help="place names; - reads one a line from standard input")
    geo.add_argument("--country", metavar="CC", help="prefer places in this country (ISO 3166 alpha-2)")
    geo.add_argument("--limit", type=int, default=5, help="candidates per query (default 5)")

    dbp = argparse.ArgumentParser(add_help=False)
    dbp.add_argument("--db", metavar="PATH|URL", help="SQLite file or PostgreSQL URL (default: $RASID_DB or rasid.db)")
    flt = argparse.ArgumentParser(add_help=False)
    flt.add_argument("--country", metavar="CC", help="two-letter country code")
    flt.add_argument("--from", dest="date_from", type=_day, metavar="YYYY-MM-DD")
    flt.add_argument("--to", dest="date_to", type=_day, metavar="YYYY-MM-DD")
    flt.add_argument("--actor", help="perpetrator (any source's), case-insensitive part of the name")
    flt.add_argument("--type", dest="event_type", help="event type (airstrike, shelling, ...)")
    flt.add_argument("--bbox", metavar="MINLON,MINLAT,MAXLON,MAXLAT")
    flt.add_argument("--min-grade", choices=("confirmed", "fair", "contested", "weak"))
    flt.add_argument("--rejected", action="store_true", help="include rejected incidents")

    db = sub.add_parser("db", help="database schema (Alembic migrations)")
    db.add_argument("action", choices=("upgrade", "current"))
    db.add_argument("--db", metavar="PATH|URL", help="SQLite file or PostgreSQL URL (default: $RASID_DB or rasid.db)")

    ing = sub.add_parser("ingest", parents=[dbp], help="extract documents and store them, merged into incidents")
    ing.add_argument("paths", nargs="+", metavar="PATH")
    ing.add_argument("--published", type=_day, metavar="YYYY-MM-DD", help="publication date for documents without one")
    ing.add_argument("--max-bytes", type=_size, default=DEFAULT_MAX_BYTES, metavar="SIZE")
    ing.add_argument("--no-vectors", action="store_true", help="merge without sentence similarity (faster, coarser)")
    ing.add_argument("--quiet", action="store_true", help="no progress bar")
    add_worker_options(ing, dask=True)
    add_scale_parsers(sub, dbp)

    inc = sub.add_parser("incidents", parents=[dbp, flt], help="list, show and review merged incidents")
    inc.add_argument("--json", action="store_true", help="one JSON object a line, with mentions")
    inc.add_argument("--limit", type=int, default=None)
    inc.add_argument("--who", default=None, help="reviewer's name for review actions (default: $USER)")
    inc.add_argument("--why", default=None, help="reason, kept in the review log")
    act = inc.add_subparsers(dest="action")
    sh = act.add_parser("show", help="one incident with its sources and review history")
    sh.add_argument("id", type=int)
    mg = act.add_parser("merge", help="merge incident B into A")
    mg.add_argument("a", type=int)
    mg.add_argument("b", type=int)
    sp = act.add_parser("split", help="move mentions of an incident to a new incident")
    sp.add_argument("id", type=int)
    sp.add_argument("mentions", type=int, nargs="+", metavar="MENTION")
    ed = act.add_parser("edit", help="set a field of an incident (null clears it)")
    ed.add_argument("id", type=int)
    ed.add_argument("field")
    ed.add_argument("value")
    rj = act.add_parser("reject", help="mark an incident as not an incident")
    rj.add_argument("id", type=int)
    act.add_parser("rebuild", help="merge every stored mention afresh (keeps review decisions)")
    for p_ in (mg, sp, ed, rj):
        p_.add_argument("--who", default=None, help="reviewer's name (default: $USER)")
        p_.add_argument("--why", default=None, help="reason, kept in the review log")

    exp = sub.add_parser("export", parents=[dbp, flt], help="write incidents as jsonl, csv, geojson or ACLED csv")
    exp.add_argument("--format", required=True, choices=("jsonl", "csv", "geojson", "acled"))
    exp.add_argument("-o", "--output", required=True, metavar="FILE", help="output file; - writes to standard output")

    ev = sub.add_parser("eval", help="score extraction against gold files")
    ev.add_argument("gold", nargs="*", metavar="GOLD.jsonl")
    ev.add_argument("--stream", action="store_true",
                    help="run the ~24,000 SaudiNewsNet articles outside conflict.jsonl (../shared/corpora) and "
                         "count those that get an incident (each one a false record)")
    ev.add_argument("--limit", type=int, default=None, help="with --stream: only the first N articles")
    ev.add_argument("--workers", type=int, default=None, help="with --stream: extraction processes (default: one a core)")
    ev.add_argument("--json", action="store_true", help="print the figures as JSON")
    ev.add_argument("--errors", metavar="FILE.jsonl", help="write every miss, false positive and wrong field here")
    ev.add_argument("--merge", action="store_true",
                    help="score merging across documents instead (gold incidents carry an \"event\" label)")

    from rasid.serve.cli import add_parsers as add_serve_parsers

    add_serve_parsers(sub, dbp)
    return ap


def main(argv: list[str] | None = None) -> int:
    """Run one command; a closed standard output (``| head``) ends it quietly with status 141."""
    try:
        code = _run(argv)
        sys.stdout.flush()  # inside the try: what is still buffered may meet the closed pipe here
        return code
    except BrokenPipeError:
        _drop_stdout()
        return EXIT_PIPE_CLOSED


def _drop_stdout() -> None:
    # the interpreter flushes stdout again at exit, which would print "Exception ignored ... BrokenPipeError";
    # pointing the descriptor at /dev/null makes that flush a no-op
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # a stdout without a descriptor (an embedding program): nothing to flush into
        pass


def _run(argv: list[str] | None) -> int:
    ap = build_parser()
    try:
        args = ap.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0) if exc.code in (0, None) else EXIT_USAGE
    try:
        if args.command == "extract":
            return cmd_extract(args)
        if args.command == "demo":
            return cmd_demo(args)
        if args.command == "eval":
            return cmd_eval(args)
        if args.command == "geocode":
            return cmd_geocode(args)
        from rasid.cli_db import cmd_db, cmd_export, cmd_incidents, cmd_ingest

        if args.command == "db":
            return cmd_db(args)
        if args.command == "ingest":
            return cmd_ingest(args)
        if args.command == "incidents":
            return cmd_incidents(args)
        if args.command == "export":
            return cmd_export(args)
        if args.command in ("watch", "bench"):
            from rasid.scale.cli import cmd_bench, cmd_watch

            return cmd_watch(args) if args.command == "watch" else cmd_bench(args)
        if args.command in ("serve", "token"):
            from rasid.serve.cli import cmd_serve, cmd_token

            return cmd_serve(args) if args.command == "serve" else cmd_token(args)
    except UsageError as exc:
        print(f"rasid: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except RasidError as exc:
        print(f"rasid: {exc}", file=sys.stderr)
        return EXIT_SOME_FAILED
    return EXIT_USAGE


def _write_results(results: Iterable[Result | Rejection], out: IO[str], *, table: IO[str] | None) -> tuple[int, int, int]:
    """Write each result as a JSON line as soon as it is ready; report rejections on stderr."""
    ok = failed = n_incidents = 0
    for r in results:
        if isinstance(r, Rejection):
            failed += 1
            print(f"rasid: {r}", file=sys.stderr)
            continue
        ok += 1
        n_incidents += len(r.incidents)
        out.write(json.dumps(r.to_json(), ensure_ascii=False) + "\n")
        out.flush()
        if r.document.encoding and r.document.encoding not in ("utf-8", "ascii"):
            print(f"rasid: {r.document.origin}: decoded as {r.document.encoding}", file=sys.stderr)
        if table is not None:
            print_table(r, table)
    return ok, failed, n_incidents


def cmd_extract(args: argparse.Namespace) -> int:
    from rasid.extract.engine import get_engine
    from rasid.pipeline import extract_paths

    engine = get_engine(args.engine)
    options = ReadOptions(max_bytes=args.max_bytes, published=args.published)
    results = extract_paths(args.paths, options=options, engine=engine)
    if args.workers > 1:
        from rasid.ingest.readers import read_paths
        from rasid.scale.pool import extract_parallel

        results = (x.result for x in extract_parallel(read_paths(args.paths, options=options), workers=args.workers,
                                                      max_inflight=args.max_inflight, engine=args.engine))
    if args.output:
        if not Path(args.output).resolve().parent.is_dir():
            raise UsageError(f"{args.output}: the folder for the output file does not exist")
        tmp = Path(args.output + ".part")
        with tmp.open("w", encoding="utf-8") as fh:
            ok, failed, n = _write_results(results, fh, table=sys.stderr if args.table else None)
        tmp.replace(args.output)  # never a half-written output file
    else:
        ok, failed, n = _write_results(results, sys.stdout, table=sys.stderr if args.table else None)
    print(f"rasid: {ok} documents, {n} incidents, {failed} failed", file=sys.stderr)
    if ok == 0 and failed == 0:
        print("rasid: nothing to read", file=sys.stderr)
        return EXIT_USAGE
    return EXIT_SOME_FAILED if failed else EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from rasid.model import Document
    from rasid.pipeline import extract_document

    text = ires.files("rasid.examples").joinpath("seed-article.ar.txt").read_text(encoding="utf-8")
    res = extract_document(Document(text=text, id="seed", origin="seed-article.ar.txt"))
    if isinstance(res, Rejection):
        print(f"rasid: {res}", file=sys.stderr)
        return EXIT_SOME_FAILED
    print_table(res, sys.stdout)
    Path(args.output).write_text(json.dumps(res.to_json(), ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwrote {args.output} (contract JSON Lines, one line per document)")
    return EXIT_OK


def _fmt_count(c: dict) -> str:
    lo, hi = c.get("min"), c.get("max")
    if lo is None and hi is None:
        return "-"
    if lo == hi:
        return str(lo)
    return f"{lo if lo is not None else ''}-{hi if hi is not None else ''}"


def print_table(res: Result, out: IO[str]) -> None:
    """A readable table of one document's incidents."""
    d = res.to_json()
    out.write(f"{d['id'] or res.document.origin}  lang={d['lang']}  published={d['published']}  "
              f"incidents={len(d['incidents'])}\n")
    head = f"{'#':>2}  {'type':<15} {'date':<10} {'place':<16} {'perpetrator':<22} {'victims':<9} {'killed':>7} {'injured':>7}  claimed by"
    out.write(head + "\n" + "-" * len(head) + "\n")
    for k, inc in enumerate(d["incidents"], 1):
        date_v = (inc["date"] or {}).get("value") or "-"
        place = (inc["place"] or {}).get("name") or "-"
        perp = (inc["perpetrator"] or {}).get("name") or "-"
        claim = ", ".join(c["name"] for c in inc["claimed_by"]) or "(author)"
        out.write(f"{k:>2}  {inc['event_type']:<15} {date_v:<10} {place[:16]:<16} {perp[:22]:<22} {inc['victims']:<9} "
                  f"{_fmt_count(inc['killed']):>7} {_fmt_count(inc['injured']):>7}  {claim}\n")
        ev = inc["evidence"]["text"].replace("\n", " ")
        out.write(f"    « {ev[:110]}{'…' if len(ev) > 110 else ''} »\n")


def cmd_geocode(args: argparse.Namespace) -> int:
    from rasid.geo.gazetteer import geocode

    country = args.country.upper() if args.country else None
    if country is not None and (len(country) != 2 or not country.isalpha()):
        raise UsageError(f"--country {args.country!r} is not a two-letter country code")
    queries: list[str] = []
    for q in args.queries:
        queries += [ln.strip() for ln in sys.stdin if ln.strip()] if q == "-" else [q]
    for q in queries:
        print(json.dumps({"query": q, "candidates": geocode(q, country=country, limit=args.limit)}, ensure_ascii=False))
    return EXIT_OK


def cmd_eval(args: argparse.Namespace) -> int:
    from rasid.eval.corpus import CorpusMissing, resolve
    from rasid.eval.gold import check_files, iter_gold_files, read_gold
    from rasid.eval.score import FIELDS, Scores, score_document
    from rasid.ingest.readers import parse_day
    from rasid.model import Document
    from rasid.pipeline import extract_document

    if args.stream:
        return _eval_stream(args)
    files = list(iter_gold_files(args.gold))
    missing = [str(f) for f in files if not f.exists()]
    if missing or not files:
        raise UsageError(f"no gold file at {', '.join(missing) or ' '.join(args.gold)}")
    _, problems = check_files([str(f) for f in files])
    for p in problems:
        print(f"rasid: gold problem: {p}", file=sys.stderr)
    if args.merge:
        return _eval_merge(args, files)
    s = Scores()
    failed = skipped = 0
    for f in files:
        try:
            gold_docs = list(read_gold(f))
        except (OSError, ValueError) as exc:
            failed += 1
            print(f"rasid: {exc}", file=sys.stderr)
            continue
        for line, g in gold_docs:
            try:
                g = resolve(g)
            except CorpusMissing:
                skipped += 1
                continue
            except ValueError as exc:
                failed += 1
                print(f"rasid: {f}:{line}: {exc}", file=sys.stderr)
                continue
            try:
                doc = Document(text=g["text"], id=g.get("id"), published=parse_day(g.get("published")),
                               lang=g.get("lang") if g.get("lang") in ("ar", "en") else None, origin=f"{f}:{line}")
            except (KeyError, TypeError, ValueError) as exc:
                failed += 1
                print(f"rasid: {f}:{line}: cannot score this gold document ({exc})", file=sys.stderr)
                continue
            res = extract_document(doc)
            if isinstance(res, Rejection):
                failed += 1
                print(f"rasid: {res}", file=sys.stderr)
                continue
            score_document(s, g, res.to_json())
    if skipped:
        print(f"rasid: skipped {skipped} gold documents whose texts live in ../shared/corpora, absent here "
              "(set RASID_CORPORA)", file=sys.stderr)
    if args.errors:
        with open(args.errors, "w", encoding="utf-8") as efh:
            for e in s.errors:
                efh.write(json.dumps(e, ensure_ascii=False) + "\n")
    if args.json:
        print(json.dumps(s.to_json(), indent=2))
    else:
        j = s.to_json()
        print(f"documents {j['documents']}   gold incidents {j['gold_incidents']}   predicted {j['predicted_incidents']}"
              f"   matched {j['matched']}")
        print(f"incident precision {j['precision']:.3f}   recall {j['recall']:.3f}   F1 {j['f1']:.3f}")
        print("field accuracy over matched pairs:")
        for name in FIELDS:
            print(f"  {name:<12} {j['fields'][name]:.3f}")
        print(f"fully right (family, date, place, killed.min): {j['fully_right']:.3f} of gold incidents")
        print(f"negatives (documents without incidents) {j['negatives']}: "
              f"{j['negatives_clean']:.3f} of them with no incident predicted")
        print(f"span violations: {j['span_violations']}")
    return EXIT_SOME_FAILED if failed or problems else EXIT_OK


def _eval_stream(args: argparse.Namespace) -> int:
    from rasid.eval.corpus import CorpusMissing
    from rasid.eval.stream import check_stream
    from rasid.scale.pool import default_workers

    try:
        r = check_stream(limit=args.limit, workers=args.workers or default_workers())
    except CorpusMissing as exc:
        raise UsageError(str(exc)) from exc
    if args.json:
        print(json.dumps(r.to_json(), indent=2, ensure_ascii=False))
        return EXIT_OK
    print(f"stream articles {r.articles}   with an incident {r.with_incident} ({100 * r.rate:.2f}%)   "
          f"incidents {r.incidents}   failed {r.failed}")
    print("incidents by type: " + ", ".join(f"{k} {v}" for k, v in r.by_type.most_common()))
    for e in r.examples:
        print(f"  {e['id']}  {e['event_type']:<15} {e['evidence']}")
    return EXIT_OK


def _eval_merge(args: argparse.Namespace, files: list[Path]) -> int:
    from rasid.eval.merge_score import evaluate

    r = evaluate(files)
    if r["skipped"]:
        print(f"rasid: skipped {r['skipped']} gold documents whose texts live in ../shared/corpora, absent here "
              "(set RASID_CORPORA)", file=sys.stderr)
    if not r["documents"]:
        print("rasid: no document left to score", file=sys.stderr)
        return EXIT_OK
    if args.errors:
        with open(args.errors, "w", encoding="utf-8") as efh:
            for kind in ("false_merges", "missed_merges"):
                for e in r["incremental"][kind]:
                    efh.write(json.dumps({"kind": kind, "pair": e}, ensure_ascii=False) + "\n")
    if args.json:
        print(json.dumps(r, indent=2, ensure_ascii=False))
        return EXIT_OK
    print(f"documents {r['documents']}   gold incidents {r['gold_incidents']}   "
          f"labelled mentions (extracted and matched) {r['labelled_mentions']}")
    for name in ("incremental", "rebuild"):
        m = r[name]
        x = m["cross_language"]
        xr = f"{x['recall']:.3f}" if x["recall"] is not None else "-"
        print(f"{name:<12} pairs: gold {m['pairs_gold']}, merged {m['pairs_predicted']}, right {m['true_pairs']}   "
              f"precision {m['precision']:.3f}   recall {m['recall']:.3f}   F1 {m['f1']:.3f}   "
              f"events {m['events']} -> incidents {m['incidents']}   "
              f"Arabic-English recall {xr} ({x['true_pairs']}/{x['pairs_gold']})")
        st = m.get("strict")
        if st and st["recall"] is not None:
            print(f"{'':<12} strict recall over all gold pairs (an incident not extracted counts as unmerged): "
                  f"{st['recall']:.3f} ({st['true_pairs']}/{st['pairs_gold']})")
    print(f"same grouping in reverse order: {'yes' if r['order_independent'] else 'NO'}")
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
