"""The stream check (issue "Real text"): how many real articles that report no incident get one.

SaudiNewsNet's articles outside ``conflict.jsonl`` that also contain no word of killing, attack or
strike (``stream.yaml``; about 24,000 of them: economy, sport, culture, diplomacy, local news) are a
realistic news stream in which no article reports an incident: every incident rasid finds there is
a false record. Read from the corpus zips under
../shared/corpora/saudinewsnet; no text of them enters the project.
"""

from __future__ import annotations

import hashlib
import json
import re
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

import yaml

from rasid.eval.corpus import CorpusMissing, corpora_root
from rasid.text.normalize import normalize_str


@dataclass
class StreamReport:
    articles: int = 0
    with_incident: int = 0
    incidents: int = 0
    failed: int = 0
    by_type: Counter[str] = field(default_factory=Counter)
    examples: list[dict[str, Any]] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.with_incident / self.articles if self.articles else 0.0

    def to_json(self) -> dict[str, Any]:
        return {"articles": self.articles, "with_incident": self.with_incident, "rate": round(self.rate, 5),
                "incidents": self.incidents, "failed": self.failed, "by_type": dict(self.by_type.most_common()),
                "examples": self.examples}


def stream_articles(limit: int | None = None) -> Iterator[dict[str, Any]]:
    """SaudiNewsNet articles not in conflict.jsonl, as ``{"id", "text", "published", "source"}``.

    Raises:
        CorpusMissing: the corpora folder is absent.
    """
    root = corpora_root()
    folder = root / "saudinewsnet" if root else None
    if folder is None or not (folder / "conflict.jsonl").exists():
        raise CorpusMissing("../shared/corpora/saudinewsnet not found (set RASID_CORPORA)")
    with open(folder / "conflict.jsonl", encoding="utf-8") as fh:
        conflict_urls = {json.loads(x)["url"] for x in fh if x.strip()}
    words = yaml.safe_load((Path(__file__).with_name("stream.yaml")).read_text(encoding="utf-8"))["exclude_words"]
    violent = re.compile("|".join(re.escape(normalize_str(w)) for w in words))
    n = 0
    for z in sorted(Path(folder).glob("*.zip")):
        with zipfile.ZipFile(z) as zf:
            for name in zf.namelist():
                for art in json.loads(zf.read(name).decode("utf-8")):
                    if art["url"] in conflict_urls or not (art.get("content") or "").strip() \
                            or violent.search(normalize_str(art["content"])):
                        continue
                    yield {"id": "snn-" + hashlib.sha1(art["url"].encode("utf-8")).hexdigest()[:10],
                           "text": art["content"], "published": art["date_extracted"][:10], "source": art["source"]}
                    n += 1
                    if limit is not None and n >= limit:
                        return


def check_stream(*, limit: int | None = None, workers: int = 1, examples: int = 25) -> StreamReport:
    """Extract every stream article and count those that get an incident (examples kept: id,
    type, and the evidence's first words, so a developer can look the article up)."""
    from rasid.ingest.readers import parse_day
    from rasid.model import Document, Rejection
    from rasid.scale.pool import extract_parallel

    rep = StreamReport()
    docs = (Document(text=a["text"], id=a["id"], published=parse_day(a["published"]), origin=a["id"])
            for a in stream_articles(limit))
    for x in extract_parallel(docs, workers=workers):
        res = x.result
        rep.articles += 1
        if isinstance(res, Rejection):
            rep.failed += 1
            continue
        if not res.incidents:
            continue
        rep.with_incident += 1
        rep.incidents += len(res.incidents)
        for inc in res.incidents:
            j = inc.to_json()
            rep.by_type[j["event_type"]] += 1
            if len(rep.examples) < examples:
                rep.examples.append({"id": res.document.id, "event_type": j["event_type"],
                                     "evidence": j["evidence"]["text"][:90]})
    return rep
