"""Reading documents: encodings detected, pages cleaned, JSON Lines by line, bad input reported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasid.ingest.readers import ReadOptions, read_paths
from rasid.model import Document, Rejection

REPORT = "الموصل/ نبأ – قتل ثلاثة مدنيين وأصيب خمسة آخرون بقصف مدفعي استهدف حي الزنجيلي غربي المدينة، بحسب مصادر محلية."


def read(*paths: Path | str, **kw) -> list[Document | Rejection]:
    return list(read_paths([str(p) for p in paths], options=ReadOptions(**kw)))


@pytest.mark.parametrize("encoding, reported", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8"), ("utf-16", "utf-16"), ("cp1256", "cp1256"), ("iso8859_6", "iso8859"),
])
def test_encodings_are_detected(tmp_path: Path, encoding: str, reported: str) -> None:
    text = REPORT.replace("–", "-") if encoding == "iso8859_6" else REPORT
    text = text * 3
    f = tmp_path / "report.txt"
    f.write_bytes(text.encode(encoding))
    [doc] = read(f)
    assert isinstance(doc, Document), doc
    assert doc.text == text
    assert doc.encoding.replace("_", "-").startswith(reported.replace("_", "-")) or reported == "iso8859" and "8859" in doc.encoding


def test_html_page_gives_main_text_and_date(tmp_path: Path) -> None:
    page = f"""<html><head><title>قصف على الموصل</title>
    <meta property="article:published_time" content="2017-03-24T10:00:00+03:00"></head>
    <body><nav>الرئيسية | أخبار | رياضة</nav><article><h1>قصف على الموصل</h1><p>{REPORT}</p>
    <p>وأضافت المصادر أن فرق الدفاع المدني انتشلت الجثث من تحت الأنقاض بعد ساعات من القصف.</p></article>
    <footer>جميع الحقوق محفوظة</footer></body></html>"""
    f = tmp_path / "page.html"
    f.write_text(page, encoding="utf-8")
    [doc] = read(f)
    assert isinstance(doc, Document), doc
    assert "حي الزنجيلي" in doc.text and "جميع الحقوق" not in doc.text
    assert doc.published is not None and doc.published.isoformat() == "2017-03-24"


def test_jsonl_reports_the_bad_line_and_keeps_the_rest(tmp_path: Path) -> None:
    f = tmp_path / "batch.jsonl"
    lines = [json.dumps({"id": "a", "text": REPORT, "published": "2020-01-02"}, ensure_ascii=False),
             '{"id": "b", "text": "broken', json.dumps({"id": "c", "text": "  "}),
             json.dumps({"id": "d", "text": REPORT, "published": "2 Jan"}, ensure_ascii=False),
             json.dumps({"id": "e", "text": REPORT}, ensure_ascii=False)]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read(f)
    assert [i.id for i in items if isinstance(i, Document)] == ["a", "e"]
    bad = [str(i) for i in items if isinstance(i, Rejection)]
    assert bad[0] == f"{f}:2: malformed JSON on line 2 (Unterminated string starting at)"
    assert "line 3 has no \"text\"" in bad[1] and "line 4: published '2 Jan'" in bad[2]


@pytest.mark.parametrize("name, content, reason", [
    ("missing.txt", None, "no such file"),
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\n ", "empty file"),
    ("image.txt", bytes(range(256)) * 4, "binary file"),
])
def test_bad_files_are_rejected_with_a_reason(tmp_path: Path, name: str, content: bytes | None, reason: str) -> None:
    f = tmp_path / name
    if content is not None:
        f.write_bytes(content)
    [r] = read(f)
    assert isinstance(r, Rejection) and str(r).startswith(f"{f}: {reason}")


def test_size_limit(tmp_path: Path) -> None:
    f = tmp_path / "big.txt"
    f.write_text(REPORT * 10, encoding="utf-8")
    [r] = read(f, max_bytes=100)
    assert isinstance(r, Rejection) and "over the 100-byte limit" in r.reason


def test_directory_is_read_recursively_and_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "sub" / "b.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "sub" / "c.txt").write_bytes(b"")
    items = read(tmp_path)
    assert sum(isinstance(i, Document) for i in items) == 2
    assert sum(isinstance(i, Rejection) for i in items) == 1


def test_line_separator_inside_a_jsonl_string(tmp_path: Path) -> None:
    f = tmp_path / "batch.jsonl"
    f.write_text(json.dumps({"id": "a", "text": "line one\u2028line two " + REPORT}, ensure_ascii=False) + "\n",
                 encoding="utf-8")
    items = read(f)
    assert [type(i).__name__ for i in items] == ["Document"]


def test_stdin_jsonl_with_bom() -> None:
    import io

    data = ("\ufeff" + json.dumps({"id": "x", "text": REPORT}, ensure_ascii=False) + "\n").encode("utf-8")
    [doc] = list(read_paths(["-"], stdin=io.BytesIO(data)))
    assert isinstance(doc, Document) and doc.id == "x"


def test_jsonl_is_streamed_with_a_limit_per_line(tmp_path: Path) -> None:
    f = tmp_path / "feed.jsonl"
    small = json.dumps({"id": "a", "text": REPORT}, ensure_ascii=False).encode()
    big = json.dumps({"id": "b", "text": REPORT * 20}, ensure_ascii=False).encode()
    f.write_bytes(b"\xef\xbb\xbf" + small + b"\n" + big + b"\n" + "ليس".encode("cp1256") + b"\n" + small + b"\r\n")
    got = read(f, max_bytes=len(small) + 10)  # the file is over the limit; each small line is not
    assert [type(g).__name__ for g in got] == ["Document", "Rejection", "Rejection", "Document"]
    assert got[0].text == REPORT and got[3].origin.endswith("feed.jsonl:4")
    assert "line 2" in got[1].reason and "limit" in got[1].reason
    assert "not UTF-8" in got[2].reason


def test_jsonl_reader_holds_one_line_at_a_time(tmp_path: Path) -> None:
    import tracemalloc

    f = tmp_path / "big.jsonl"
    line = json.dumps({"text": REPORT * 3}, ensure_ascii=False) + "\n"
    with f.open("w", encoding="utf-8") as fh:
        for _ in range(20000):  # about 20 MB
            fh.write(line)
    tracemalloc.start()
    n = sum(1 for _ in read_paths([str(f)], options=ReadOptions(max_bytes=10**9)))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert n == 20000
    assert peak < 2_000_000, f"peak {peak:,} bytes while reading a {f.stat().st_size:,}-byte file"
