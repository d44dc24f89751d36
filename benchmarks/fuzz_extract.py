"""Fuzz extraction with generated documents across the cores; report crashes by kind (issue 14).

    python benchmarks/fuzz_extract.py --docs 1000000            # all cores
    python benchmarks/fuzz_extract.py --docs 20000 --workers 2 --seed 7 --out fuzz-crashes/

Each document is drawn from a seeded generator (document ``i`` of seed ``s`` is always the same):
report templates in Arabic and English with random numbers, dates and places in every digit
system (ASCII, Arabic-Indic, Persian, superscripts, circled, fullwidth, other scripts' digits, Roman
numerals), random code points of every Unicode category, mutations (characters deleted, doubled,
swapped, cut), empty and white-space-only texts and, once in 5,000, a huge one (up to 2 MB).
A crash is any exception, a span whose text is not the text at its offsets, or a schema violation.
Crashes are grouped by kind (exception type and message with digits masked); the first document
of each kind is written to ``--out`` as a reproducer (``python benchmarks/fuzz_extract.py --replay FILE``).
Not a test: a run of a million documents takes minutes.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import random
import re
import sys
import time
import traceback
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

TEMPLATES = [
    "قتل {n} مدنيين وأصيب {n} آخرون في غارة جوية على {p} يوم {d} {m} {y}",
    "أفادت مصادر محلية بمقتل {n} من عناصر الجيش بانفجار عبوة ناسفة في {p} فجر {w}",
    "استشهد {n} مواطنين بينهم {n} أطفال جراء قصف مدفعي استهدف {p} في {d}/{d}/{y}",
    "سقط {n} بين قتيل وجريح في اشتباكات بين الجيش والمسلحين في {p}، بحسب ما أعلنته وزارة الصحة",
    "ارتفعت حصيلة الهجوم الانتحاري على مسجد في {p} إلى {n} قتيلا و{n} جريحا، الساعة {d}:{d}",
    "At least {n} people were killed and {n} wounded in an airstrike on {p} on {m} {d}, {y}, medics said.",
    "A drone strike hit a vehicle near {p} on {w}, killing between {n} and {n} fighters, the {n}th brigade said.",
    "Shelling of {p} killed {n} civilians, including {n} children, the Health Ministry said on {y}-{d}-{d}.",
    "{p} ({n} km north of {p}) – Gunmen abducted {n} aid workers on {w} night; {n}% of the town has fled.",
]
PLACES = ["حلب", "الموصل", "تعز", "صعدة", "خان يونس", "مخيم زمزم", "الفاشر", "سرت", "إدلب", "Aleppo", "Mosul",
          "Taiz", "Rafah", "El Fasher", "Kismayo", "Deir ez-Zor", "بلدة (المراشدة)", "ريف حلب الشمالي", "X"]
MONTHS = ["أغسطس", "آب", "تشرين الأول", "جانفي", "أوت", "ستمبر", "March", "Oct.", "رمضان", "ذو الحجة"]
WEEKDAYS = ["الخميس", "أمس", "اليوم", "الليلة الماضية", "Saturday", "yesterday", "today"]
DIGIT_SETS = ["0123456789", "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹", "⁰¹²³⁴⁵⁶⁷⁸⁹", "⓪①②③④⑤⑥⑦⑧⑨", "０１２３４５６７８９",
              "०१२३४५६७८९", "০১২৩৪৫৬৭৮৯", "𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗", "߀߁߂߃߄߅߆߇߈߉", "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽", "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ"]
NUMBER_WORDS = ["ثلاثة", "خمسة عشر", "مئتي", "عشرات", "dozens", "a dozen", "twenty-two", "المئات", "عدد من"]


def _number(r: random.Random) -> str:
    if r.random() < 0.15:
        return r.choice(NUMBER_WORDS)
    digits = r.choice(DIGIT_SETS) if r.random() < 0.5 else DIGIT_SETS[r.randrange(3)]
    n = r.choice([r.randrange(10), r.randrange(1000), r.randrange(10**12), 10 ** r.randrange(30)])
    return "".join(digits[int(c)] for c in str(n))


def _random_text(r: random.Random, size: int) -> str:
    out = []
    for _ in range(size):
        k = r.random()
        if k < 0.5:
            out.append(chr(r.choice([r.randrange(0x600, 0x700), r.randrange(0x20, 0x7F), 0x20, 0x0A])))
        elif k < 0.95:
            out.append(chr(r.randrange(0x80, 0x3000)))
        else:
            c = r.randrange(0x110000)
            out.append(chr(c) if not 0xD800 <= c <= 0xDFFF else " ")
    return "".join(out)


def _mutate(r: random.Random, text: str) -> str:
    chars = list(text)
    for _ in range(r.randrange(1, 6)):
        if not chars:
            break
        i = r.randrange(len(chars))
        op = r.randrange(5)
        if op == 0:
            del chars[i]
        elif op == 1:
            chars.insert(i, chars[i] * r.randrange(1, 4))
        elif op == 2:
            j = r.randrange(len(chars))
            chars[i], chars[j] = chars[j], chars[i]
        elif op == 3:
            chars.insert(i, _random_text(r, r.randrange(1, 4)))
        else:
            chars = chars[: i] if r.random() < 0.5 else chars[i:]
    return "".join(chars)


def document(seed: int, i: int) -> tuple[str, str | None]:
    """Document ``i`` of ``seed``: its text and publication day."""
    r = random.Random(seed * 1_000_003 + i)
    kind = r.random()
    if kind < 0.002:
        text = r.choice(["", " ", "\n\n", "\u200f", "\ufeff"])
    elif kind < 0.0022:
        size = r.randrange(200_000, 2_000_000)
        text = "\n".join(_fill(r, r.choice(TEMPLATES)) for _ in range(size // 80))
    elif kind < 0.05:
        text = _random_text(r, r.randrange(1, 400))
    else:
        text = " ".join(_fill(r, r.choice(TEMPLATES)) for _ in range(r.randrange(1, 5)))
        if r.random() < 0.4:
            text = _mutate(r, text)
    published = None if r.random() < 0.2 else f"{r.randrange(1990, 2030)}-{r.randrange(1, 13):02d}-{r.randrange(1, 29):02d}"
    return text, published


def _fill(r: random.Random, template: str) -> str:
    def sub(m: re.Match[str]) -> str:
        k = m.group(1)
        if k == "n":
            return _number(r)
        if k == "d":
            return _number(r) if r.random() < 0.3 else str(r.randrange(1, 32))
        if k == "y":
            return _number(r) if r.random() < 0.3 else str(r.randrange(1900, 2100))
        if k == "m":
            return r.choice(MONTHS)
        if k == "w":
            return r.choice(WEEKDAYS)
        return r.choice(PLACES)
    return re.sub(r"\{(\w)\}", sub, template)


def _kind(exc: BaseException) -> str:
    frame = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    where = f" at {Path(frame.filename).name}:{frame.lineno}" if frame else ""
    msg = re.sub(r"'[^']*'", "'…'", f"{type(exc).__name__}: {exc}")  # the literal varies, the kind does not
    return re.sub(r"\d+", "N", msg)[:160] + where


_VALIDATOR: Any = None


def _check(seed: int, i: int) -> tuple[str, int] | None:
    global _VALIDATOR
    from rasid.eval.score import span_violations
    from rasid.model import Document
    from rasid.pipeline import get_engine

    if _VALIDATOR is None:
        from jsonschema import Draft202012Validator

        schema = ROOT.parent / "shared" / "schema" / "extract-output.schema.json"
        if not schema.exists():
            schema = ROOT / "docs" / "schema" / "extract-output.schema.json"
        _VALIDATOR = Draft202012Validator(json.loads(schema.read_text(encoding="utf-8")))
    text, published = document(seed, i)
    try:
        from rasid.ingest.readers import parse_day

        doc = Document(text=text, id=str(i), published=parse_day(published))
        lang, incidents = get_engine().extract(doc)
        from rasid.model import Result

        out = Result(document=doc, lang=lang, incidents=tuple(incidents)).to_json()
        bad = span_violations(text, out)
        if bad:
            return f"span violation: {bad[0]}", i
        err = next(iter(_VALIDATOR.iter_errors(out)), None)
        if err is not None:
            return f"schema: {err.message[:120]}", i
    except Exception as exc:  # noqa: BLE001 - the point is to catch every kind of crash
        return _kind(exc), i
    return None


def _run_chunk(args: tuple[int, int, int]) -> tuple[int, list[tuple[str, int]]]:
    seed, lo, hi = args
    crashes = [c for i in range(lo, hi) if (c := _check(seed, i)) is not None]
    return hi - lo, crashes


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=1_000_000)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, default=Path("fuzz-crashes"))
    ap.add_argument("--replay", type=Path, help="rerun one reproducer file")
    args = ap.parse_args()
    if args.replay:
        rep = json.loads(args.replay.read_text(encoding="utf-8"))
        print(_check(rep["seed"], rep["index"]) or "no crash")
        return 0
    t0 = time.perf_counter()
    chunks = [(args.seed, lo, min(lo + 500, args.docs)) for lo in range(0, args.docs, 500)]
    kinds: Counter[str] = Counter()
    first: dict[str, int] = {}
    done = 0
    with mp.get_context("spawn").Pool(args.workers) as pool:
        for n, crashes in pool.imap_unordered(_run_chunk, chunks):
            done += n
            for kind, i in crashes:
                kinds[kind] += 1
                first[kind] = min(first.get(kind, i), i)
            if done % 50_000 < 500:
                print(f"  {done:,} documents, {sum(kinds.values())} crashes, {time.perf_counter() - t0:.0f} s",
                      file=sys.stderr, flush=True)
    secs = time.perf_counter() - t0
    print(f"documents {done:,}   crashes {sum(kinds.values())}   kinds {len(kinds)}   "
          f"{secs:.0f} s ({done / secs:.0f} documents/s on {args.workers} workers)")
    if kinds:
        args.out.mkdir(parents=True, exist_ok=True)
    for n, (kind, count) in enumerate(kinds.most_common(), 1):
        text, published = document(args.seed, first[kind])
        rep = args.out / f"crash-{n}.json"
        rep.write_text(json.dumps({"kind": kind, "count": count, "seed": args.seed, "index": first[kind],
                                   "published": published, "text": text[:20000]}, ensure_ascii=False), encoding="utf-8")
        print(f"{count:>8}  {kind}\n          reproducer: {rep}")
    return 1 if kinds else 0


if __name__ == "__main__":
    raise SystemExit(main())
