"""Regions: the tenant records (GET /api/v1/regions, GET /api/v1/regions/{region_id})."""
from __future__ import annotations

import pytest

from support import DEMO_REGION, RFC3339_UTC, assert_problem, media_type

REGION_FIELDS = {"id", "name", "kind", "time_zone", "domain", "profile", "version", "created_at", "updated_at"}


def list_all(server, **params) -> list[dict]:
    r = server.get("/api/v1/regions", params=params)
    assert r.status_code == 200, r.text
    return r.json()["items"]


def test_list_contains_the_demo_region(server):
    r = server.get("/api/v1/regions")
    assert r.status_code == 200
    assert media_type(r.headers.get("Content-Type")) == "application/json"
    body = r.json()
    assert set(body) >= {"items", "next_cursor"}
    assert DEMO_REGION in [item["id"] for item in body["items"]]


def test_listed_regions_have_the_region_shape(server):
    for item in list_all(server):
        assert set(item) >= REGION_FIELDS, item
        assert item["kind"] in ("kota", "kabupaten")
        assert isinstance(item["version"], int) and item["version"] >= 1
        assert RFC3339_UTC.match(item["created_at"]) and RFC3339_UTC.match(item["updated_at"]), item


def test_get_demo_region(server):
    r = server.get(f"/api/v1/regions/{DEMO_REGION}")
    assert r.status_code == 200
    assert media_type(r.headers.get("Content-Type")) == "application/json"
    region = r.json()
    assert region["id"] == DEMO_REGION
    assert region["name"] == "Kota Madiun"
    assert region["kind"] == "kota"
    assert region["time_zone"] == "Asia/Jakarta"
    assert region["domain"] == "madiunkota.go.id"
    assert region["profile"] == "madiun"
    assert RFC3339_UTC.match(region["created_at"]) and RFC3339_UTC.match(region["updated_at"])


def test_get_region_has_etag_of_its_version(server):
    r = server.get(f"/api/v1/regions/{DEMO_REGION}")
    assert r.status_code == 200
    assert r.headers.get("ETag") == f'"{r.json()["version"]}"'


def test_get_region_equals_its_list_entry(server):
    listed = {item["id"]: item for item in list_all(server)}[DEMO_REGION]
    assert server.get(f"/api/v1/regions/{DEMO_REGION}").json() == listed


def test_unknown_region_is_a_404_problem(server):
    r = server.get("/api/v1/regions/no-such-region")
    assert_problem(r, 404, "not-found", instance="/api/v1/regions/no-such-region")


def test_pagination_with_limit_one_walks_every_region_once(server):
    everything = [item["id"] for item in list_all(server, limit=100)]
    seen, cursor = [], None
    for _ in range(len(everything) + 1):
        params = {"limit": 1} | ({"cursor": cursor} if cursor else {})
        r = server.get("/api/v1/regions", params=params)
        assert r.status_code == 200, r.text
        page = r.json()
        assert len(page["items"]) <= 1
        seen += [item["id"] for item in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
        assert isinstance(cursor, str) and cursor
    assert cursor is None, "pagination did not end"
    assert seen == everything


def test_limit_one_on_the_last_page_has_no_next_cursor(server):
    everything = list_all(server, limit=100)
    if len(everything) != 1:
        pytest.skip(f"the database holds {len(everything)} regions; this checks the single-region demo")
    page = server.get("/api/v1/regions", params={"limit": 1}).json()
    assert [i["id"] for i in page["items"]] == [DEMO_REGION]
    assert page["next_cursor"] is None


@pytest.mark.parametrize("limit", ["0", "101", "abc", "-1", "1.5", ""])
def test_bad_limit_is_a_400_bad_request(server, limit):
    r = server.get("/api/v1/regions", params={"limit": limit})
    assert_problem(r, 400, "bad-request")


@pytest.mark.parametrize("limit", ["1", "100"])
def test_limit_bounds_are_accepted(server, limit):
    assert server.get("/api/v1/regions", params={"limit": limit}).status_code == 200


def test_garbage_cursor_is_a_400_bad_request(server):
    r = server.get("/api/v1/regions", params={"cursor": "!!not-a-cursor!!"})
    assert_problem(r, 400, "bad-request")
