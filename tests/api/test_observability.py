"""Health, readiness, metrics, status and request ids (docs/http-contract.md, "Routes")."""
from __future__ import annotations

import json
import re
import time
import uuid
from datetime import datetime, timezone

import pytest

import support
from support import RFC3339_UTC, media_type

# --------------------------------------------------------------------------- /healthz, /readyz


def test_healthz_answers_ok(server):
    r = server.get("/healthz")
    assert r.status_code == 200
    assert media_type(r.headers.get("Content-Type")) == "application/json"
    assert r.json() == {"status": "ok"}


def test_readyz_names_the_database_backend_and_schema_version(server, backend):
    r = server.get("/readyz")
    assert r.status_code == 200
    assert media_type(r.headers.get("Content-Type")) == "application/json"
    body = r.json()
    assert body["status"] == "ready"
    assert body["database"] == backend
    assert isinstance(body["schema_version"], int) and body["schema_version"] >= 1, body


# --------------------------------------------------------------------------- /metrics

METRIC_LINE = re.compile(r'^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)(?:\s+\d+)?$')
LABEL = re.compile(r'([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"')


def parse_metrics(text: str) -> list[tuple[str, dict[str, str], float]]:
    samples = []
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        m = METRIC_LINE.match(line)
        assert m, f"not Prometheus text format: {line!r}"
        name, labels, value = m.groups()
        samples.append((name, dict(LABEL.findall(labels or "")), float(value)))
    return samples


def samples_named(samples, name, **labels):
    return [(l, v) for n, l, v in samples if n == name and all(l.get(k) == x for k, x in labels.items())]


def requests_total(server, route: str, method: str, code: str) -> float:
    samples = parse_metrics(server.get("/metrics").text)
    return sum(v for _, v in samples_named(samples, "simpul_http_requests_total",
                                           route=route, method=method, code=code))


def test_metrics_is_prometheus_text(server):
    r = server.get("/metrics")
    assert r.status_code == 200
    assert media_type(r.headers.get("Content-Type")) == "text/plain"
    text = r.text
    assert "# TYPE simpul_http_requests_total counter" in text
    assert "# TYPE simpul_http_request_duration_seconds histogram" in text
    parse_metrics(text)  # every sample line parses


def test_metrics_count_requests_per_route_method_and_code(server):
    before = requests_total(server, "/api/v1/regions", "GET", "200")
    for _ in range(3):
        assert server.get("/api/v1/regions").status_code == 200
    after = requests_total(server, "/api/v1/regions", "GET", "200")
    assert after - before >= 3, (before, after)


def test_metrics_have_duration_histogram_buckets_for_a_called_route(server):
    assert server.get("/api/v1/regions").status_code == 200
    samples = parse_metrics(server.get("/metrics").text)
    buckets = samples_named(samples, "simpul_http_request_duration_seconds_bucket", route="/api/v1/regions")
    assert buckets, "no duration buckets for route /api/v1/regions"
    by_le = {}
    for labels, value in buckets:
        by_le[labels["le"]] = by_le.get(labels["le"], 0) + value
    assert "+Inf" in by_le, by_le
    assert by_le["+Inf"] >= 1
    finite = sorted((float(le), v) for le, v in by_le.items() if le != "+Inf")
    assert len(finite) >= 3, f"a histogram needs several buckets: {sorted(by_le)}"
    counts = [v for _, v in finite] + [by_le["+Inf"]]
    assert counts == sorted(counts), f"buckets must be cumulative: {finite}"
    assert samples_named(samples, "simpul_http_request_duration_seconds_count", route="/api/v1/regions")
    assert samples_named(samples, "simpul_http_request_duration_seconds_sum", route="/api/v1/regions")


def test_metrics_label_routes_by_pattern_not_by_raw_path(server):
    """The `route` label is the route, not the URL, so ids cannot blow up the series count."""
    unique = "no-such-region-" + uuid.uuid4().hex[:8]
    server.get(f"/api/v1/regions/{unique}")
    server.get(f"/api/v1/{unique}")
    text = server.get("/metrics").text
    assert unique not in text


# --------------------------------------------------------------------------- /api/v1/status


def test_status_reports_name_version_database_and_uptime(server, backend):
    r = server.get("/api/v1/status")
    assert r.status_code == 200
    assert media_type(r.headers.get("Content-Type")) == "application/json"
    body = r.json()
    assert body["name"] == "Simpul"
    assert re.fullmatch(r"\d+\.\d+\.\d+(?:[-+].*)?", body["version"]), body["version"]
    assert body["status"] == "ok"
    db = body["database"]
    assert db["backend"] == backend
    assert db["ready"] is True
    assert isinstance(db["schema_version"], int) and db["schema_version"] >= 1
    assert db["schema_version"] == server.get("/readyz").json()["schema_version"]
    assert RFC3339_UTC.match(body["started_at"]), body["started_at"]
    started = datetime.fromisoformat(body["started_at"].replace("Z", "+00:00"))
    assert started <= datetime.now(timezone.utc)
    assert isinstance(body["uptime_seconds"], int) and body["uptime_seconds"] >= 0


def test_status_version_matches_the_binary(server, simpul_binary):
    out = support.run_cli("version").stdout.strip()
    assert out == "simpul " + server.get("/api/v1/status").json()["version"]


def test_uptime_grows(server):
    first = server.get("/api/v1/status").json()["uptime_seconds"]
    time.sleep(1.1)
    second = server.get("/api/v1/status").json()["uptime_seconds"]
    assert second >= first + 1


# --------------------------------------------------------------------------- X-Request-Id


@pytest.mark.parametrize("path", ["/healthz", "/readyz", "/metrics", "/api/v1/status",
                                  "/api/v1/regions", "/api/v1/no-such-route", "/", "/assets/app-abc123.js"])
def test_every_response_carries_a_request_id(server, path):
    r = server.get(path)
    assert r.headers.get("X-Request-Id"), f"{path} → {r.status_code} without X-Request-Id"


def test_request_ids_differ_between_requests(server):
    a = server.get("/healthz").headers["X-Request-Id"]
    b = server.get("/healthz").headers["X-Request-Id"]
    assert a != b


def test_a_sane_client_request_id_is_echoed(server):
    rid = "uji-" + uuid.uuid4().hex
    r = server.get("/healthz", headers={"X-Request-Id": rid})
    assert r.headers.get("X-Request-Id") == rid


def test_an_echoed_request_id_appears_in_problems(server):
    rid = "uji-" + uuid.uuid4().hex
    r = server.get("/api/v1/regions/no-such-region", headers={"X-Request-Id": rid})
    assert r.status_code == 404
    assert r.headers.get("X-Request-Id") == rid
    assert r.json()["request_id"] == rid


def test_an_insane_client_request_id_is_replaced(server):
    insane = "<script>alert(1)</script> " + "x" * 600
    r = server.get("/healthz", headers={"X-Request-Id": insane})
    rid = r.headers.get("X-Request-Id")
    assert rid and rid != insane
    assert "<" not in rid and " " not in rid


# --------------------------------------------------------------------------- access log


def test_each_request_writes_one_json_access_log_line(server):
    rid = "uji-log-" + uuid.uuid4().hex
    assert server.get("/api/v1/regions/kota-madiun", headers={"X-Request-Id": rid}).status_code == 200
    deadline = time.monotonic() + 5
    lines = []
    while time.monotonic() < deadline:
        lines = [l for l in server.stdout_text().splitlines() if rid in l]
        if lines:
            break
        time.sleep(0.1)
    assert len(lines) == 1, f"expected one access-log line with request id {rid}, got {lines}"
    entry = json.loads(lines[0])
    for key in ("method", "path", "route", "status", "duration_ms", "bytes", "request_id", "remote"):
        assert key in entry, f"access log lacks {key!r}: {entry}"
    assert entry["method"] == "GET"
    assert entry["path"] == "/api/v1/regions/kota-madiun"
    assert entry["status"] == 200
    assert entry["request_id"] == rid
    assert "127.0.0.1" in str(entry["remote"])


# --------------------------------------------------------------------------- database down


def test_readyz_is_503_and_status_degraded_when_the_database_is_gone(start_server, fresh_database, backend):
    if backend != "postgresql":
        pytest.skip("an open SQLite file cannot be taken away from a running server; checked on PostgreSQL")
    url = fresh_database()
    assert support.run_cli("migrate", "--database", url).returncode == 0
    srv = start_server(database=url)
    assert srv.get("/readyz").status_code == 200

    name = url.rsplit("/", 1)[1]
    support.psql(support.pg_url_with_database(url, "postgres"), f'DROP DATABASE "{name}" WITH (FORCE)')

    r = srv.get("/readyz")
    support.assert_problem(r, 503, "unavailable")
    status = srv.get("/api/v1/status")
    assert status.status_code == 200
    assert status.json()["status"] == "degraded"
    assert status.json()["database"]["ready"] is False
    assert srv.get("/healthz").status_code == 200, "liveness must not depend on the database"
