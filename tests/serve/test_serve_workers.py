"""``rasid serve --workers N``: N uvicorn worker processes over one database, one per core by default."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _children(pid: int) -> list[int]:
    """Processes whose parent is ``pid`` (Linux /proc)."""
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.append(int(stat.parent.name))
    return out


def _get(url: str) -> dict:  # type: ignore[type-arg]
    with urllib.request.urlopen(url, timeout=30) as r:
        return json.loads(r.read().decode("utf-8"))  # type: ignore[no-any-return]


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="counts worker processes through /proc")
def test_two_workers_serve_one_database(db_path: Path) -> None:
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "rasid.cli", "serve", "--db", str(db_path), "--port", str(port),
                             "--workers", "2", "--extract-limit", "7"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                config = _get(base + "/api/config")
                break
            except OSError:
                assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
                time.sleep(0.1)
        assert config["extract_per_minute"] == 7  # the workers got the parent's settings
        total = _get(base + "/api/incidents?limit=1")["total"]
        assert total > 100
        assert all(_get(f"{base}/api/incidents?limit=5&offset={i}")["total"] == total for i in range(20))
        workers = [c for c in _children(proc.pid) if b"spawn_main" in Path(f"/proc/{c}/cmdline").read_bytes()]
        assert len(workers) == 2, workers  # (the other child is multiprocessing's resource tracker)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    assert proc.stderr is not None
    assert "2 worker processes" in proc.stderr.read().decode()
    assert not any(Path(f"/proc/{w}").exists() and "Z" not in Path(f"/proc/{w}/stat").read_text().split(") ")[1][:1]
                   for w in workers)  # no worker outlives the server


def test_workers_default_to_one_a_core_and_must_be_positive(tmp_path: Path) -> None:
    from rasid.cli import build_parser
    from rasid.scale.pool import default_workers

    assert build_parser().parse_args(["serve"]).workers == default_workers()
    p = subprocess.run([sys.executable, "-m", "rasid.cli", "serve", "--db", str(tmp_path / "x.db"), "--workers", "0"],
                       capture_output=True, text=True, timeout=120)
    assert (p.returncode, p.stderr) == (2, "rasid: --workers must be 1 or more, not 0\n")
