"""The page in Debian's Chromium, headless, driven by Playwright, against ``rasid serve`` on loopback.

Skipped only when /usr/bin/chromium is missing and RASID_REQUIRE_BROWSER is not 1 (``.ci/run`` sets it
and installs chromium). Playwright's own browser download is never used. Screenshots go to
tests/serve/screenshots/ (ignored by git).
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any, Iterator

import pytest

CHROMIUM = "/usr/bin/chromium"
SHOTS = Path(__file__).parent / "screenshots"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

if not Path(CHROMIUM).exists():
    if os.environ.get("RASID_REQUIRE_BROWSER") == "1":
        raise RuntimeError(f"RASID_REQUIRE_BROWSER=1 but {CHROMIUM} is missing (apt-get install chromium)")
    pytest.skip(f"no {CHROMIUM} (apt-get install chromium; RASID_REQUIRE_BROWSER=1 makes this an error)",
                allow_module_level=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str, token: str | None = None) -> Any:
    req = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"} if token else {})
    with urllib.request.urlopen(req, timeout=30) as r:
        return json.loads(r.read().decode("utf-8"))


@pytest.fixture(scope="module")
def server(filled_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    db = tmp_path_factory.mktemp("browser") / "rasid.db"
    shutil.copyfile(filled_db, db)
    tok = subprocess.run([sys.executable, "-m", "rasid.cli", "token", "create", "Browser Reviewer", "--db", str(db)],
                         capture_output=True, text=True, timeout=120)
    assert tok.returncode == 0, tok.stderr
    token = tok.stdout.strip()
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "rasid.cli", "serve", "--db", str(db), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                _get(base + "/api/config")
                break
            except OSError:
                if proc.poll() is not None:
                    raise AssertionError(proc.stdout.read().decode() if proc.stdout else "rasid serve exited") from None
                time.sleep(0.1)
        yield {"base": base, "token": token, "db": db}
    finally:
        proc.terminate()
        proc.wait(timeout=20)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any, request: pytest.FixtureRequest) -> Iterator[Any]:
    ctx = browser.new_context(viewport={"width": 1400, "height": 900})
    pg = ctx.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.errors = errors
    # every Content-Security-Policy violation is recorded (init scripts run outside the page's policy)
    pg.add_init_script("window.__csp = []; document.addEventListener('securitypolicyviolation', "
                       "e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI))")
    yield pg
    SHOTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(SHOTS / f"{request.node.name}.png"), full_page=True)
    ctx.close()
    assert errors == [], errors


def _open(page: Any, url: str) -> float:
    t0 = time.perf_counter()
    page.goto(url)
    page.wait_for_selector("body[data-ready='1']", timeout=20_000)
    return time.perf_counter() - t0


def _marker_count(page: Any) -> int:
    return int(page.locator(".rasid-marker").count() + page.locator(".marker-cluster").count())


def _shown(page: Any) -> int:
    return int(page.locator("#count").inner_text().split(" of ")[0])


def test_markers_appear(page: Any, server: dict[str, Any]) -> None:
    took = _open(page, server["base"] + "/")
    total = _get(server["base"] + "/api/incidents?limit=1")["total"]
    assert _marker_count(page) > 0
    assert page.locator("#count").inner_text().startswith(f"{total} of {total} incidents")
    assert page.locator(".leaflet-overlay-pane path").count() > 20  # the bundled borders were drawn
    assert took < 5  # the 1 s target is measured by benchmarks/bench_api.py; this only catches a hang


def test_timeline_filters_the_map(page: Any, server: dict[str, Any]) -> None:
    _open(page, server["base"] + "/")
    total = _shown(page)
    bars = page.locator("#timeline rect.tl-bar")
    assert bars.count() > 10
    bar = bars.nth(bars.count() // 2)
    week_count = int(bar.get_attribute("data-count"))
    bar.dispatch_event("click")
    assert _shown(page) == week_count < total
    assert page.locator("#timeline rect.tl-bar.selected").count() == 1
    assert 0 < _marker_count(page) <= week_count
    bar.dispatch_event("click")  # again: every week
    assert _shown(page) == total


def _arabic_multi_source(server: dict[str, Any]) -> int:
    for inc in _get(server["base"] + "/api/incidents?limit=10000")["incidents"]:
        if inc["sources"] >= 2:
            d = _get(f"{server['base']}/api/incidents/{inc['id']}")
            if any(s["lang"] == "ar" for s in d["documents"]) and any(s["lang"] == "en" for s in d["documents"]):
                return int(inc["id"])
    raise AssertionError("no incident with Arabic and English sources in the dev set")


def test_panel_shows_rtl_text_with_highlights(page: Any, server: dict[str, Any]) -> None:
    inc = _arabic_multi_source(server)
    _open(page, f"{server['base']}/#incident={inc}")
    page.wait_for_selector(f"#panel[data-incident='{inc}']")
    ar = page.locator(".source-text[dir='rtl']").first
    assert ar.get_attribute("lang") == "ar"
    assert page.locator(".source-text[dir='ltr']").count() >= 1
    marks = ar.locator("mark")
    assert marks.count() >= 3
    fields = set(" ".join(marks.evaluate_all("ms => ms.map(m => m.dataset.fields)")).split())
    assert {"evidence", "place"} <= fields
    d = _get(f"{server['base']}/api/incidents/{inc}")
    src = next(s for s in d["documents"] if s["lang"] == "ar")
    assert ar.evaluate("e => e.textContent") == src["text"]  # highlighting cuts, never changes, the text
    place = next(h for m in d["mentions"] if m["document"] == src["id"] for h in m["highlights"] if h["field"] == "place")
    assert place["text"] in ar.locator("mark.f-place").all_inner_texts()
    assert page.locator("#panel .legend li").count() >= 2  # English labels beside the words


def test_review_action_persists(page: Any, server: dict[str, Any]) -> None:
    inc = _get(server["base"] + "/api/incidents?country=LY&limit=1")["incidents"][0]["id"]
    _open(page, f"{server['base']}/#incident={inc}")
    page.wait_for_selector(f"#panel[data-incident='{inc}']")
    assert page.locator("#review-reject").count() == 0  # not signed in
    page.fill("#token", server["token"])
    page.click("#signin-btn")
    page.wait_for_selector("#review-reject")
    assert page.locator("#who").inner_text() == "signed in as Browser Reviewer"
    page.fill("#review-reject input[name=why]", "a weekly total, not an event")
    page.click("#review-reject button")
    page.wait_for_selector("#panel h2:has-text('(rejected)')")
    d = _get(f"{server['base']}/api/incidents/{inc}")
    assert d["rejected"] is True
    assert [(r["action"], r["who"], r["why"]) for r in d["review_log"]] == [
        ("reject", "Browser Reviewer", "a weekly total, not an event")]
    _open(page, f"{server['base']}/#incident={inc}")  # a reload reads it back from the database
    page.wait_for_selector("#panel .log li:has-text('Browser Reviewer: reject')")


def test_script_in_an_article_shows_as_text(page: Any, server: dict[str, Any]) -> None:
    import sqlite3

    with sqlite3.connect(server["db"]) as c:
        (inc,) = c.execute("select m.incident_id from mentions m join documents d on d.id = m.document_id "
                           "where d.ext_id = 'xss-1'").fetchone()
    _open(page, f"{server['base']}/#incident={inc}")
    page.wait_for_selector(f"#panel[data-incident='{inc}']")
    text = page.locator("#panel .source-text").first.evaluate("e => e.textContent")
    assert "<script>window.__xss=1</script>" in text and '<img src=x onerror="window.__xss=2">' in text
    assert page.locator("#panel script, #panel img, #panel b").count() == 0
    assert page.evaluate("window.__xss") is None

    page.click("#paste summary")
    page.fill("#paste-text", "قتل ثلاثة مدنيين في غارة جوية على مدينة أريحا <script>window.__xss=3</script>")
    page.click("#paste-form button")
    page.wait_for_selector("#paste-result .source-text mark")
    assert "<script>window.__xss=3</script>" in page.locator("#paste-result .source-text").inner_text()
    assert page.locator("#paste-result .source-text").get_attribute("dir") == "rtl"
    assert "".join(page.locator("#paste-result .source-text mark.f-place").all_inner_texts()) == "أريحا"
    assert page.locator("#paste-result script").count() == 0 and page.evaluate("window.__xss") is None


def test_page_runs_under_its_csp_and_inline_script_is_blocked(page: Any, server: dict[str, Any]) -> None:
    inc = _get(server["base"] + "/api/incidents?limit=1")["incidents"][0]["id"]
    r = page.goto(f"{server['base']}/#incident={inc}")
    assert "script-src 'self'" in r.headers["content-security-policy"]
    page.wait_for_selector("body[data-ready='1']", timeout=20_000)
    assert _marker_count(page) > 0
    page.wait_for_selector(f"#panel[data-incident='{inc}'] .source-text mark")
    page.click("#paste summary")
    page.fill("#paste-text", "قتل ثلاثة مدنيين في غارة جوية على مدينة أريحا")
    page.click("#paste-form button")
    page.wait_for_selector("#paste-result .source-text mark")
    assert page.evaluate("window.__csp") == []  # the page itself needs nothing the policy forbids
    # markup that reached the page anyway: its inline script and handler do not run
    page.evaluate("""() => {
        const s = document.createElement('script'); s.textContent = 'window.__xss = 1'; document.body.appendChild(s);
        const d = document.createElement('div'); d.innerHTML = '<img src="data:," onerror="window.__xss = 2">';
        document.body.appendChild(d);
    }""")
    for _ in range(100):  # polled from here: wait_for_function evaluates a string, which the policy forbids
        if page.evaluate("() => window.__csp.length") >= 2:
            break
        page.wait_for_timeout(50)
    assert page.evaluate("window.__xss") is None
    assert all(v.startswith("script-src") for v in page.evaluate("window.__csp"))


def _ring_offset(page: Any, inc: int) -> float:
    """Pixels between the open incident's ring and the centre of the map."""
    page.wait_for_selector(f"#map[data-selected='{inc}'] .rasid-selected-{inc}", state="attached")
    ring = page.locator(f".rasid-selected-{inc}").bounding_box()
    box = page.locator("#map").bounding_box()
    assert ring is not None and box is not None
    dx = (ring["x"] + ring["width"] / 2) - (box["x"] + box["width"] / 2)
    dy = (ring["y"] + ring["height"] / 2) - (box["y"] + box["height"] / 2)
    return float((dx * dx + dy * dy) ** 0.5)


def test_opening_an_incident_moves_the_map_to_it(page: Any, server: dict[str, Any]) -> None:
    located = [i for i in _get(server["base"] + "/api/incidents?limit=10000&view=map")["incidents"]
               if i["place"]["lat"] is not None]
    far = max(located, key=lambda i: abs(i["place"]["lat"] - 31) + abs(i["place"]["lon"] - 38))  # far from the Levant
    assert abs(far["place"]["lon"] - 38) + abs(far["place"]["lat"] - 31) > 8, far  # e.g. Sudan, Libya or Yemen
    _open(page, f"{server['base']}/#incident={far['id']}")
    page.wait_for_selector(f"#panel[data-incident='{far['id']}']")
    assert _ring_offset(page, far["id"]) < 3

    other = next(i for i in located if abs(i["place"]["lon"] - far["place"]["lon"]) > 5)
    page.evaluate(f"location.hash = '#incident={other['id']}'")  # an edited address or a followed link
    page.wait_for_selector(f"#panel[data-incident='{other['id']}']")
    assert _ring_offset(page, other["id"]) < 3
    assert page.locator(".rasid-selected").count() == 1  # the earlier ring is gone

    _open(page, server["base"] + "/")  # a click on a marker does the same, and writes the address
    marker = page.locator(".rasid-marker").first
    inc = int(next(c for c in marker.get_attribute("class").split() if c.startswith("rasid-incident-")).rsplit("-", 1)[1])
    marker.dispatch_event("click")
    page.wait_for_selector(f"#panel[data-incident='{inc}']")
    assert _ring_offset(page, inc) < 3
    assert page.evaluate("location.hash") == f"#incident={inc}"


def test_timeline_clips_a_misdated_incident(page: Any, server: dict[str, Any]) -> None:
    _open(page, server["base"] + "/")
    assert page.locator("#tl-clipped").is_hidden()  # the dev set's dates (2017-2025) are all on it
    years_before = page.locator("#timeline text").all_inner_texts()
    total = _shown(page)

    inc = _get(server["base"] + "/api/incidents?limit=1")["incidents"][0]["id"]
    req = urllib.request.Request(f"{server['base']}/api/incidents/{inc}/edit", method="POST",
                                 data=json.dumps({"field": "date_value", "value": "2002-05-06"}).encode(),
                                 headers={"Authorization": f"Bearer {server['token']}", "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=30) as r:
        assert r.status == 200
    _open(page, server["base"] + "/")
    clipped = page.locator("#tl-clipped")
    assert clipped.is_visible()
    assert (clipped.get_attribute("data-before"), clipped.get_attribute("data-after")) == ("1", "0")
    assert "1 earlier (2002-05-06)" in clipped.inner_text()
    assert page.locator("#timeline text").all_inner_texts() == years_before  # the bulk keeps its scale
    clipped.locator("button[data-which='before']").click()
    assert _shown(page) == 1
    page.click("#tl-clear")
    assert _shown(page) == total
