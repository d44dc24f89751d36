"""The HTTP API against its own OpenAPI schema (schemathesis): no input, valid or not, gets a 5xx, and
every error answers in the one shape (``{"error": {"status", "code", "message"}}``).

Each operation is fuzzed twice, with inputs the schema allows (positive) and inputs it forbids
(negative: wrong types, out-of-range numbers, missing fields). Every call carries a reviewer's token, so
the write endpoints run their handlers rather than stopping at 401. Examples are bounded (``EXAMPLES``,
fewer for the two operations that run extraction) and generation is derandomized, so CI takes the same
time on every run and a failure reproduces.
"""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis  # the test extra: a missing one is an error here, never a silent skip
from hypothesis import HealthCheck, given, settings
from schemathesis.generation.modes import GenerationMode

EXAMPLES = 60  # at 30, ids past 2**31 in a path were not found (the old 500); at 60 they are
HEAVY = {("POST", "/api/extract"): 10, ("POST", "/api/documents"): 6}  # extraction (and vectors) per example
OPERATIONS = [
    ("GET", "/api/incidents"), ("GET", "/api/facets"), ("GET", "/api/incidents/{incident_id}"),
    ("GET", "/api/documents/{document_id}"), ("POST", "/api/extract"), ("GET", "/api/whoami"),
    ("POST", "/api/documents"), ("POST", "/api/incidents/{incident_id}/merge"),
    ("POST", "/api/incidents/{incident_id}/split"), ("POST", "/api/incidents/{incident_id}/edit"),
    ("POST", "/api/incidents/{incident_id}/reject"), ("GET", "/api/config"),
]


def _schema(app: Any) -> Any:
    return schemathesis.openapi.from_asgi("/openapi.json", app)


def test_every_operation_is_fuzzed(app) -> None:  # type: ignore[no-untyped-def]
    ops = {(r.ok().method.upper(), r.ok().path) for r in _schema(app).get_all_operations()}
    assert ops == set(OPERATIONS)


NO_INPUT = {("GET", "/api/facets"), ("GET", "/api/whoami"), ("GET", "/api/config")}  # nothing to get wrong
CASES = [(m, p, mode) for m, p in OPERATIONS for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)
         if mode is GenerationMode.POSITIVE or (m, p) not in NO_INPUT]


@pytest.mark.parametrize(("method", "path", "mode"), CASES, ids=[f"{m} {p} {mode.value}" for m, p, mode in CASES])
def test_no_server_error_and_one_error_shape(app, token: str, method: str, path: str,  # type: ignore[no-untyped-def]
                                             mode: GenerationMode) -> None:
    operation = _schema(app)[path][method]
    auth = {"Authorization": f"Bearer {token}", "X-Rasid-Token": token}  # both: a generated one must not win
    seen: list[int] = []

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=HEAVY.get((method, path), EXAMPLES), deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    def run(case: Any) -> None:
        r = case.call(headers=auth)
        seen.append(r.status_code)
        assert r.status_code < 500, (case.method, case.formatted_path, case.query, case.body, r.text[:500])
        if r.status_code >= 400:
            body = r.json()
            assert set(body) == {"error"}, body
            err = body["error"]
            assert err["status"] == r.status_code and err["code"] and err["message"], body

    run()
    assert seen, "no example was generated"
