"""Scale tests: the store tests' databases (SQLite, and PostgreSQL when RASID_TEST_PG is set) and a batch."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from rasid.model import Document

_spec = importlib.util.spec_from_file_location("rasid_tests_store_conftest",
                                               Path(__file__).parent.parent / "store" / "conftest.py")
assert _spec is not None and _spec.loader is not None
_store = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_store)
db_url = _store.db_url  # the same fixture: each test a fresh database of its own

TOWNS = ["أريحا", "سراقب", "معرة النعمان", "كفرنبل", "خان شيخون", "جسر الشغور", "بنش", "سرمين", "الأتارب", "دارة عزة"]
REPORTS = Path(__file__).parent.parent / "store" / "reports.jsonl"


def batch(n: int) -> list[Document]:
    """``n`` distinct reports: the store tests' reports, then shelling reports of Idlib towns and days."""
    docs = [Document(text=d["text"], id=d["id"], lang=d.get("lang"), origin=f"reports.jsonl:{k}")
            for k, d in enumerate(json.loads(ln) for ln in REPORTS.read_text(encoding="utf-8").splitlines()
                                  if ln.strip())][:n]
    for k in range(n - len(docs)):
        town = TOWNS[k % len(TOWNS)]
        day = 1 + k % 27
        text = (f"إدلب - قتل {3 + k % 9} مدنيين وأصيب {2 + k % 5} آخرون، يوم {day} آذار 2020، جراء قصف مدفعي لقوات "
                f"النظام السوري استهدف الأحياء السكنية في مدينة {town}، بحسب ما أفاد الدفاع المدني السوري. "
                f"وقال مراسلنا إن القصف تجدد مساء اليوم ذاته على أطراف المدينة (التقرير رقم {k}).")
        docs.append(Document(text=text, id=f"s{k}", lang="ar", origin=f"batch:{k}"))
    return docs


@pytest.fixture
def docs() -> list[Document]:
    return batch(40)
