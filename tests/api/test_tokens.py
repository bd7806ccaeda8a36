"""API tokens for machines: created once and shown once, scopes, revocation, expiry, CLI.

Contract: docs/identity-contract.md, "API tokens (machines)".
"""
from __future__ import annotations

import datetime as dt
import re

import pytest

import support
from support import RFC3339_UTC, TOKEN_FIELDS, assert_problem, parse_time, run_cli, with_bearer

TOKEN_RE = re.compile(r"simpul_[A-Za-z0-9_\-]{20,}")


def create(session, name=None, scopes=("read", "write"), days=30):
    return session.post("/api/v1/tokens", json={"name": name or support.unique_name("token"),
                                                "scopes": list(scopes), "expires_in_days": days})


def all_tokens(session) -> list[dict]:
    items, cursor = [], None
    for _ in range(100):
        params = {"limit": 100}
        if cursor:
            params["cursor"] = cursor
        r = session.get("/api/v1/tokens", params=params)
        assert r.status_code == 200, r.text
        body = r.json()
        items += body["items"]
        cursor = body["next_cursor"]
        if not cursor:
            return items
    pytest.fail("token listing never ended")


# --------------------------------------------------------------------------- create and list


def test_create_answers_the_token_once(server, admin):
    before = dt.datetime.now(dt.timezone.utc)
    name = support.unique_name("token")
    r = create(admin, name=name, scopes=("read",), days=30)
    assert r.status_code == 201, r.text
    body = r.json()
    assert set(body) >= TOKEN_FIELDS | {"token"}, body
    assert TOKEN_RE.fullmatch(body["token"]), body["token"]
    assert body["name"] == name
    assert body["scopes"] == ["read"]
    assert body["owner"]["username"] == "admin" and body["owner"]["id"] == admin.user["id"], body["owner"]
    assert body["revoked_at"] is None and body["last_used_at"] is None, body
    expires = parse_time(body["expires_at"])
    assert before + dt.timedelta(days=30) - dt.timedelta(minutes=2) <= expires \
        <= before + dt.timedelta(days=30, minutes=2), body["expires_at"]


def test_list_never_shows_the_secret(server, admin):
    r = create(admin)
    assert r.status_code == 201, r.text
    secret, token_id = r.json()["token"], r.json()["id"]
    listing = admin.get("/api/v1/tokens", params={"limit": 100})
    assert listing.status_code == 200, listing.text
    assert secret not in listing.text
    assert secret[len("simpul_"):] not in listing.text
    body = listing.json()
    assert set(body) >= {"items", "next_cursor"}
    for item in all_tokens(admin):
        assert "token" not in item, item
        assert set(item) >= TOKEN_FIELDS, item
    assert token_id in [t["id"] for t in all_tokens(admin)]


def test_two_tokens_differ(server, admin):
    a, b = create(admin).json()["token"], create(admin).json()["token"]
    assert a != b


def test_the_token_acts_as_its_owner(server, bearer_token):
    api = bearer_token("auditor", scopes=("read",))
    r = api.get("/api/v1/auth/me")
    assert r.status_code == 200, r.text
    assert r.json()["via"] == "token"
    assert r.json()["user"]["username"] == "auditor"
    assert api.get("/api/v1/audit").status_code == 200  # the auditor's role comes with it
    assert_problem(api.get("/api/v1/users"), 403, "forbidden")  # and only that role


def test_me_through_a_token_has_well_formed_times(server, bearer_token):
    """A token has no session: its times are null or real timestamps, never empty strings."""
    api = bearer_token("auditor", scopes=("read",))
    body = api.get("/api/v1/auth/me").json()
    for field in ("expires_at", "idle_expires_at"):
        value = body.get(field)
        assert value is None or RFC3339_UTC.match(value), f"{field} is {value!r} in {body}"


def test_use_is_recorded_as_last_used(server, admin, bearer_token):
    api = bearer_token("superadmin", scopes=("read",))
    assert api.get("/api/v1/auth/me").status_code == 200
    token = next(t for t in all_tokens(admin) if t["id"] == api.token_info["id"])
    assert token["last_used_at"] is not None, token
    parse_time(token["last_used_at"])


@pytest.mark.parametrize("body,field", [
    ({"name": "x", "scopes": ["read"], "expires_in_days": 0}, "expires_in_days"),
    ({"name": "x", "scopes": ["read"], "expires_in_days": 366}, "expires_in_days"),
    ({"name": "x", "scopes": ["admin"], "expires_in_days": 1}, "scopes"),
    ({"name": "x", "scopes": [], "expires_in_days": 1}, "scopes"),
    ({"name": "", "scopes": ["read"], "expires_in_days": 1}, "name"),
    ({"scopes": ["read"], "expires_in_days": 1}, "name"),
])
def test_create_validates_its_fields(server, admin, body, field):
    problem = assert_problem(admin.post("/api/v1/tokens", json=body), 422, "validation-failed")
    assert field in support.field_names(problem), problem


@pytest.mark.parametrize("days", [1, 365])
def test_expiry_bounds_are_accepted(server, admin, days):
    assert create(admin, days=days).status_code == 201


def test_citizen_cannot_create_tokens(server, login_as):
    r = create(login_as("citizen"), scopes=("read",), days=1)
    assert_problem(r, 403, "forbidden")


def test_anonymous_cannot_create_tokens(server):
    r = server.post("/api/v1/tokens", json={"name": "x", "scopes": ["read"], "expires_in_days": 1})
    assert_problem(r, 401, "authentication-required")


@pytest.mark.parametrize("role", ["operator_own", "leadership", "auditor"])
def test_staff_roles_may_create_tokens(server, login_as, role):
    assert create(login_as(role), scopes=("read",), days=1).status_code == 201


def test_a_token_cannot_be_used_to_mint_a_token_with_more_scopes(server, bearer_token):
    """A read-only token may not mutate anything, token creation included."""
    api = bearer_token("superadmin", scopes=("read",))
    assert api.post("/api/v1/tokens", json={"name": "x", "scopes": ["read", "write"],
                                            "expires_in_days": 1}).status_code == 403


# --------------------------------------------------------------------------- scopes


def test_read_token_can_read(server, bearer_token):
    api = bearer_token("superadmin", scopes=("read",))
    assert api.get("/api/v1/users").status_code == 200
    assert api.get("/api/v1/tokens").status_code == 200


@pytest.mark.parametrize("method,path,body", [
    ("POST", "/api/v1/users", {"username": "lewat.token", "display_name": "X", "role": "citizen"}),
    ("POST", "/api/v1/tokens", {"name": "x", "scopes": ["read"], "expires_in_days": 1}),
    ("DELETE", "/api/v1/tokens/999999999", None),
    ("PATCH", "/api/v1/users/1", {"display_name": "X"}),
])
def test_read_token_cannot_mutate(server, bearer_token, method, path, body):
    api = bearer_token("superadmin", scopes=("read",))
    r = api.request(method, path, json=body)
    assert r.status_code == 403, support.describe(r)
    assert support.media_type(r.headers.get("Content-Type")) == support.PROBLEM_CONTENT_TYPE
    assert support.problem_type(r) != "csrf-failed", "bearer requests need no CSRF token"


def test_write_token_can_mutate(server, admin, bearer_token):
    api = bearer_token("superadmin", scopes=("read", "write"))
    username = support.unique_name()
    r = api.post("/api/v1/users", json={"username": username, "display_name": "Dibuat Mesin", "role": "citizen"})
    assert r.status_code == 201, r.text
    assert admin.get(f"/api/v1/users/{r.json()['id']}").json()["username"] == username


def test_write_token_still_has_only_its_owners_role(server, bearer_token):
    api = bearer_token("leadership", scopes=("read", "write"))
    r = api.post("/api/v1/users", json={"username": support.unique_name(), "display_name": "X", "role": "citizen"})
    assert_problem(r, 403, "forbidden")


# --------------------------------------------------------------------------- revoke, expire


def test_revoked_token_gets_401(server, admin, bearer_token):
    api = bearer_token("superadmin", scopes=("read",))
    assert api.get("/api/v1/auth/me").status_code == 200
    r = admin.delete(f"/api/v1/tokens/{api.token_info['id']}")
    assert r.status_code == 204, r.text
    assert not r.content
    assert_problem(api.get("/api/v1/auth/me"), 401, "authentication-required")
    listed = [t for t in all_tokens(admin) if t["id"] == api.token_info["id"]]
    for t in listed:  # a revoked token may stay listed, marked revoked
        assert t["revoked_at"] is not None, t


def test_owner_may_revoke_their_own_token(server, login_as):
    op = login_as("operator_own")
    created = create(op, scopes=("read",), days=1).json()
    assert op.delete(f"/api/v1/tokens/{created['id']}").status_code == 204
    assert_problem(with_bearer(server, created["token"]).get("/api/v1/auth/me"), 401, "authentication-required")


def test_superadmin_may_revoke_anyones_token(server, admin, login_as):
    created = create(login_as("operator_own"), scopes=("read",), days=1).json()
    assert admin.delete(f"/api/v1/tokens/{created['id']}").status_code == 204
    assert with_bearer(server, created["token"]).get("/api/v1/auth/me").status_code == 401


def test_others_cannot_revoke_a_token_that_is_not_theirs(server, admin, login_as):
    created = create(admin, scopes=("read",), days=1).json()
    r = login_as("operator_own").delete(f"/api/v1/tokens/{created['id']}")
    assert r.status_code in (403, 404), support.describe(r)
    assert with_bearer(server, created["token"]).get("/api/v1/auth/me").status_code == 200


def test_operators_list_only_their_own_tokens_and_the_superadmin_all(server, admin, login_as):
    mine = create(login_as("operator_own"), scopes=("read",), days=1).json()
    theirs = create(login_as("operator_other"), scopes=("read",), days=1).json()
    own_list = all_tokens(login_as("operator_own"))
    assert mine["id"] in [t["id"] for t in own_list]
    assert theirs["id"] not in [t["id"] for t in own_list]
    assert all(t["owner"]["username"] == "operator.dinkes" for t in own_list), own_list
    admin_ids = [t["id"] for t in all_tokens(admin)]
    assert mine["id"] in admin_ids and theirs["id"] in admin_ids


def test_revoking_an_unknown_token_is_404(server, admin):
    assert_problem(admin.delete("/api/v1/tokens/999999999"), 404, "not-found")


def test_unknown_bearer_token_is_401(server):
    api = with_bearer(server, "simpul_" + "A" * 40)
    assert_problem(api.get("/api/v1/auth/me"), 401, "authentication-required")


def test_malformed_authorization_is_401(server):
    for value in ("Bearer", "Bearer ", "Basic YWRtaW46RGVtby1TaW1wdWwtMjAyNg==", "simpul_abc"):
        r = server.get("/api/v1/auth/me", headers={"Authorization": value})
        assert_problem(r, 401, "authentication-required")


def test_expired_token_gets_401(server, demo_database, admin, bearer_token):
    """expires_in_days is at least 1, so the test ages the token's expires_at in the database."""
    api = bearer_token("superadmin", scopes=("read",))
    assert api.get("/api/v1/auth/me").status_code == 200
    token_id = int(api.token_info["id"])
    (stored,), = support.sql_query(demo_database, f"SELECT expires_at FROM api_tokens WHERE token_id = {token_id}")
    past = support.shift_stored_time(stored, -2 * 86400)
    support.sql_execute(demo_database, f"UPDATE api_tokens SET expires_at = '{past}' WHERE token_id = {token_id}")
    assert_problem(api.get("/api/v1/auth/me"), 401, "authentication-required")


def test_token_of_a_locked_user_stops_working(isolated_server):
    srv = isolated_server()
    admin = support.signed_in(srv, "admin")
    walikota = support.signed_in(srv, "walikota")
    token = create(walikota, scopes=("read",), days=1).json()
    api = with_bearer(srv, token["token"])
    assert api.get("/api/v1/auth/me").status_code == 200
    uid = walikota.user["id"]
    assert admin.post(f"/api/v1/users/{uid}/lock").status_code == 200
    r = api.get("/api/v1/auth/me")
    assert r.status_code in (401, 403), f"a locked user's token still works: {support.describe(r)}"


# --------------------------------------------------------------------------- CLI


def cli_token(database: str, username: str, *extra: str) -> tuple[str, str]:
    name = support.unique_name("cli-token")
    result = run_cli("token", "create", "--database", database, "--username", username, "--name", name, *extra)
    assert result.returncode == 0, f"exit {result.returncode}\nstdout: {result.stdout}\nstderr: {result.stderr}"
    found = TOKEN_RE.findall(result.stdout)
    assert len(found) == 1, f"expected the token once on stdout:\n{result.stdout}"
    return found[0], name


def test_cli_token_create_prints_a_working_token(server, demo_database):
    token, name = cli_token(demo_database, "auditor", "--scopes", "read", "--days", "1")
    api = with_bearer(server, token)
    me = api.get("/api/v1/auth/me")
    assert me.status_code == 200 and me.json()["user"]["username"] == "auditor", me.text
    assert api.get("/api/v1/audit").status_code == 200
    assert api.post("/api/v1/tokens", json={"name": "x", "scopes": ["read"], "expires_in_days": 1}).status_code == 403


def test_cli_token_create_defaults_to_90_days(server, demo_database, admin):
    token, name = cli_token(demo_database, "auditor")
    info = next(t for t in all_tokens(admin) if t["name"] == name)
    left = parse_time(info["expires_at"]) - dt.datetime.now(dt.timezone.utc)
    assert dt.timedelta(days=89) <= left <= dt.timedelta(days=90, minutes=5), info


def test_cli_token_revoke(server, demo_database, admin):
    token, name = cli_token(demo_database, "auditor", "--scopes", "read")
    api = with_bearer(server, token)
    assert api.get("/api/v1/auth/me").status_code == 200
    token_id = next(t["id"] for t in all_tokens(admin) if t["name"] == name)
    result = run_cli("token", "revoke", "--database", demo_database, "--id", str(token_id))
    assert result.returncode == 0, result.stderr
    assert_problem(api.get("/api/v1/auth/me"), 401, "authentication-required")


def test_cli_token_for_an_unknown_user_fails(simpul_binary, demo_database):
    result = run_cli("token", "create", "--database", demo_database, "--username", "tidak.ada", "--name", "x")
    assert result.returncode != 0
    assert "tidak.ada" in result.stderr, result.stderr
    assert not TOKEN_RE.search(result.stdout)


def test_cli_token_for_a_citizen_fails(simpul_binary, demo_database):
    result = run_cli("token", "create", "--database", demo_database, "--username", "warga", "--name", "x")
    assert result.returncode != 0, result.stdout
    assert not TOKEN_RE.search(result.stdout)
