"""Browser sessions: login, the session cookie, /auth/me, logout, CSRF, expiry.

Contract: docs/identity-contract.md, "Sessions (browser)". Tests that fail logins on
purpose (wrong passwords, lockout, throttling) live in test_auth_login.py and use their
own server and database, so the shared server's per-address counters stay clean.
"""
from __future__ import annotations

import datetime as dt
import time

import pytest

import support
from support import (DEMO_PASSWORD, RFC3339_UTC, SESSION_COOKIE, USER_FIELDS, assert_problem,
                     cookie_attributes, login_response, media_type, parse_time, set_cookie_headers,
                     signed_in, with_cookie)


def now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def session_set_cookie(resp) -> str:
    headers = [h for h in set_cookie_headers(resp) if h.split("=", 1)[0].strip() == SESSION_COOKIE]
    assert len(headers) == 1, f"expected one Set-Cookie for {SESSION_COOKIE}, got {set_cookie_headers(resp)}"
    return headers[0]


@pytest.fixture
def someone(server, admin) -> tuple[str, str]:
    """(username, password) of a new leadership user who made the first password change:
    the server throttles sign-ins per username (every attempt counts), so tests that sign
    in again and again use a user of their own rather than a demo user."""
    user, password = support.ready_user(server, admin, "leadership")
    return user["username"], password


# --------------------------------------------------------------------------- login


def test_login_answers_user_csrf_token_and_expiry(server):
    before = now()
    r = login_response(server, "walikota", DEMO_PASSWORD)
    assert r.status_code == 200, r.text
    assert media_type(r.headers.get("Content-Type")) == "application/json"
    body = r.json()
    assert set(body) >= {"user", "csrf_token", "expires_at", "must_change_password"}, body
    user = body["user"]
    assert set(user) >= USER_FIELDS, user
    assert user["username"] == "walikota"
    assert user["role"] == "leadership"
    assert user["region_id"] == support.DEMO_REGION
    assert user["locked"] is False and user["must_change_password"] is False
    assert body["must_change_password"] is False
    assert isinstance(body["csrf_token"], str) and len(body["csrf_token"]) >= 16, body["csrf_token"]
    expires = parse_time(body["expires_at"])
    assert before < expires <= before + dt.timedelta(hours=12, minutes=1), body["expires_at"]


def test_login_never_reveals_password_material(server):
    r = login_response(server, "auditor", DEMO_PASSWORD)
    assert r.status_code == 200, r.text
    text = r.text.lower()
    assert "password_hash" not in text and "argon2" not in text and DEMO_PASSWORD.lower() not in text, r.text


def test_login_with_the_region_named(server, someone):
    r = login_response(server, *someone, region_id=support.DEMO_REGION)
    assert r.status_code == 200, r.text
    assert r.json()["user"]["region_id"] == support.DEMO_REGION


def test_login_cookie_is_httponly_samesite_strict_and_not_secure_over_http(server, someone):
    r = login_response(server, *someone)
    assert r.status_code == 200, r.text
    header = session_set_cookie(r)
    value = header.split(";")[0].split("=", 1)[1].strip()
    assert len(value) >= 20, f"the session value looks guessable: {header!r}"
    attrs = cookie_attributes(header)
    assert "httponly" in attrs, header
    assert attrs.get("samesite", "").lower() == "strict", header
    assert attrs.get("path") == "/", header
    assert "secure" not in attrs, f"Secure over plain HTTP would stop the browser sending it: {header!r}"


def test_login_cookie_is_secure_under_tls(start_server, tls_files):
    srv = start_server(tls=tls_files)
    r = login_response(srv, "walikota", DEMO_PASSWORD)
    assert r.status_code == 200, r.text
    header = session_set_cookie(r)
    attrs = cookie_attributes(header)
    assert "secure" in attrs, header
    assert "httponly" in attrs and attrs.get("samesite", "").lower() == "strict", header
    s = signed_in(srv, "walikota")
    assert s.get("/api/v1/auth/me").status_code == 200


def test_login_is_exempt_from_csrf_even_with_a_session_cookie(server, someone):
    s = signed_in(server, *someone).without_csrf()
    r = s.post("/api/v1/auth/login", json={"username": someone[0], "password": someone[1]})
    assert r.status_code == 200, r.text


def test_login_over_an_existing_session_issues_a_new_session_value(server, someone):
    """No session fixation: a cookie the browser already had is never the one it gets."""
    s = signed_in(server, *someone)
    r = s.post("/api/v1/auth/login", json={"username": someone[0], "password": someone[1]})
    assert r.status_code == 200, r.text
    new = support.session_cookie_value(r)
    assert new and new != s.cookie
    assert r.json()["csrf_token"] != s.csrf_token


def test_login_with_a_missing_field_is_rejected_without_a_session(server):
    r = server.post("/api/v1/auth/login", json={"username": "tidak.ada.sandi"})
    assert r.status_code in (400, 401, 422), r.text
    assert support.session_cookie_value(r) in (None, ""), set_cookie_headers(r)


def test_login_with_malformed_json_is_a_400_problem(server):
    r = server.post("/api/v1/auth/login", data="{not json", headers={"Content-Type": "application/json"})
    assert_problem(r, 400, "malformed-json")


# --------------------------------------------------------------------------- /auth/me


def test_me_with_the_session_cookie(server, someone):
    s = signed_in(server, *someone)
    r = s.get("/api/v1/auth/me")
    assert r.status_code == 200, r.text
    body = r.json()
    assert set(body) >= {"user", "csrf_token", "expires_at", "idle_expires_at", "via"}, body
    assert body["via"] == "session"
    assert body["user"]["username"] == someone[0]
    assert body["user"] == s.user, "me and the login answer describe the user differently"
    assert body["csrf_token"] == s.csrf_token
    assert RFC3339_UTC.match(body["expires_at"]) and RFC3339_UTC.match(body["idle_expires_at"]), body
    assert parse_time(body["idle_expires_at"]) <= parse_time(body["expires_at"]), body


def test_me_without_a_session_is_401(server):
    assert_problem(server.get("/api/v1/auth/me"), 401, "authentication-required")


def test_me_with_an_unknown_cookie_is_401(server):
    s = with_cookie(server, "not-a-session-" + "x" * 40)
    assert_problem(s.get("/api/v1/auth/me"), 401, "authentication-required")


def test_each_login_is_its_own_session(server, someone):
    a = signed_in(server, *someone)
    b = signed_in(server, *someone)
    assert a.cookie != b.cookie
    assert a.csrf_token != b.csrf_token


def test_default_expiry_is_30_minutes_idle_and_12_hours_absolute(server, someone):
    s = signed_in(server, *someone)
    t = now()
    body = s.get("/api/v1/auth/me").json()
    idle = parse_time(body["idle_expires_at"]) - t
    absolute = parse_time(body["expires_at"]) - t
    assert dt.timedelta(minutes=29) <= idle <= dt.timedelta(minutes=31), body
    assert dt.timedelta(hours=11, minutes=59) <= absolute <= dt.timedelta(hours=12, minutes=1), body


def test_expiry_settings_take_effect(start_server):
    srv = start_server("--session-idle-seconds", "60", "--session-absolute-hours", "1")
    s = signed_in(srv, "walikota")
    t = now()
    body = s.get("/api/v1/auth/me").json()
    idle = parse_time(body["idle_expires_at"]) - t
    absolute = parse_time(body["expires_at"]) - t
    assert dt.timedelta(seconds=50) <= idle <= dt.timedelta(seconds=70), body
    assert dt.timedelta(minutes=59) <= absolute <= dt.timedelta(minutes=61), body
    assert parse_time(s.login.json()["expires_at"]) == parse_time(body["expires_at"]), \
        "login and me disagree on the absolute expiry"


@pytest.mark.parametrize("flag,value", [("--session-idle-seconds", "4"), ("--session-idle-seconds", "soon"),
                                        ("--session-absolute-hours", "0")])
def test_bad_expiry_settings_stop_start_up(simpul_binary, database_url, flag, value):
    import subprocess

    try:
        result = support.run_cli("serve", "--database", database_url, "--listen",
                                 f"127.0.0.1:{support.free_port()}", flag, value, timeout=15)
    except subprocess.TimeoutExpired:
        pytest.fail(f"`simpul serve {flag} {value}` started serving instead of refusing")
    assert result.returncode == 2, f"exit {result.returncode}\nstderr: {result.stderr}"
    assert flag in result.stderr or flag[2:].replace("-", "_") in result.stderr, result.stderr


def test_a_request_moves_the_idle_expiry_on(server, someone):
    s = signed_in(server, *someone)
    first = parse_time(s.get("/api/v1/auth/me").json()["idle_expires_at"])
    time.sleep(1.2)
    second = parse_time(s.get("/api/v1/auth/me").json()["idle_expires_at"])
    assert second > first, (first, second)


# --------------------------------------------------------------------------- expiry, enforced


def test_idle_session_ends_without_requests_and_lives_while_used(start_server):
    """session_idle_seconds 5: requests every 2 s keep the session alive past 5 s from
    login; 7 s of silence end it. An API token of the same user is no session and lives on."""
    srv = start_server("--session-idle-seconds", "5")
    s = signed_in(srv, "walikota")
    started = time.monotonic()
    created = s.post("/api/v1/tokens", json={"name": support.unique_name("t"), "scopes": ["read"],
                                             "expires_in_days": 1})
    assert created.status_code == 201, created.text
    while time.monotonic() - started < 8:
        time.sleep(2)
        r = s.get("/api/v1/auth/me")
        assert r.status_code == 200, f"{time.monotonic() - started:.1f}s after login, in use: {support.describe(r)}"
    time.sleep(7)
    assert_problem(s.get("/api/v1/auth/me"), 401, "authentication-required")
    assert_problem(s.post("/api/v1/tokens", json={"name": "x", "scopes": ["read"], "expires_in_days": 1}),
                   401, "authentication-required")
    api = support.with_bearer(srv, created.json()["token"])
    assert api.get("/api/v1/auth/me").status_code == 200, "the idle limit ended an API token"


# The absolute limit is at least 1 hour, so this test ages the session row in the
# database instead (the sessions table of the identity migration).


def _session_rows(url: str, user_id) -> list[tuple]:
    return support.sql_query(url, f"SELECT session_id, created_at, last_seen_at, expires_at FROM sessions "
                                  f"WHERE user_id = {int(user_id)}")


def test_session_ends_12_hours_after_login_even_when_busy(server, demo_database, admin):
    user, password = support.ready_user(server, admin, "leadership")
    support.sql_execute(demo_database, f"DELETE FROM sessions WHERE user_id = {int(user['id'])}")
    s = signed_in(server, user["username"], password)
    assert s.get("/api/v1/auth/me").status_code == 200
    rows = _session_rows(demo_database, user["id"])
    assert len(rows) == 1, rows
    session_id, created, _, expires = rows[0]
    support.sql_execute(
        demo_database,
        f"UPDATE sessions SET created_at = '{support.shift_stored_time(created, -13 * 3600)}', "
        f"expires_at = '{support.shift_stored_time(expires, -13 * 3600)}' WHERE session_id = {session_id}")
    r = s.get("/api/v1/auth/me")  # last_seen_at is fresh: only the absolute limit can end it
    assert_problem(r, 401, "authentication-required")


# --------------------------------------------------------------------------- logout


def test_logout_ends_the_session_and_clears_the_cookie(server, someone):
    s = signed_in(server, *someone)
    r = s.post("/api/v1/auth/logout")
    assert r.status_code == 204, r.text
    assert not r.content
    header = session_set_cookie(r)
    value = header.split(";")[0].split("=", 1)[1].strip().strip('"')
    attrs = cookie_attributes(header)
    cleared = value == "" or attrs.get("max-age") == "0" or "1970" in attrs.get("expires", "")
    assert cleared, f"logout does not clear the cookie: {header!r}"
    assert_problem(s.get("/api/v1/auth/me"), 401, "authentication-required")


def test_logout_leaves_other_sessions_alone(server, someone):
    a = signed_in(server, *someone)
    b = signed_in(server, *someone)
    assert a.post("/api/v1/auth/logout").status_code == 204
    assert b.get("/api/v1/auth/me").status_code == 200


def test_logout_without_a_session_is_401(server):
    assert_problem(server.post("/api/v1/auth/logout"), 401, "authentication-required")


def test_logout_needs_the_csrf_token(server, someone):
    s = signed_in(server, *someone)
    assert_problem(s.without_csrf().post("/api/v1/auth/logout"), 403, "csrf-failed")
    assert s.get("/api/v1/auth/me").status_code == 200, "a refused logout still ended the session"
    assert s.post("/api/v1/auth/logout").status_code == 204


# --------------------------------------------------------------------------- CSRF


CSRF_MUTATIONS = [
    ("POST", "/api/v1/tokens", {"name": "csrf-probe", "scopes": ["read"], "expires_in_days": 1}),
    ("DELETE", "/api/v1/tokens/999999999", None),
    ("POST", "/api/v1/users", {"username": "csrf.probe", "display_name": "X", "role": "citizen"}),
    ("PATCH", "/api/v1/users/1", {"display_name": "X"}),
    ("POST", "/api/v1/auth/password", {"current_password": DEMO_PASSWORD, "new_password": "Kopi-Tubruk-csrf-1"}),
]


@pytest.mark.parametrize("method,path,body", CSRF_MUTATIONS, ids=[f"{m} {p}" for m, p, _ in CSRF_MUTATIONS])
def test_mutation_with_the_cookie_but_no_csrf_token_is_403(server, admin, method, path, body):
    r = admin.without_csrf().request(method, path, json=body)
    assert_problem(r, 403, "csrf-failed")


@pytest.mark.parametrize("method,path,body", CSRF_MUTATIONS, ids=[f"{m} {p}" for m, p, _ in CSRF_MUTATIONS])
def test_mutation_with_a_wrong_csrf_token_is_403(server, admin, method, path, body):
    s = admin.without_csrf()
    s.headers["X-CSRF-Token"] = admin.csrf_token[:-4] + ("AAAA" if not admin.csrf_token.endswith("AAAA") else "BBBB")
    assert_problem(s.request(method, path, json=body), 403, "csrf-failed")


def test_csrf_token_of_another_session_is_refused(server, admin):
    other = signed_in(server, "admin")
    s = admin.without_csrf()
    s.headers["X-CSRF-Token"] = other.csrf_token
    assert_problem(s.post("/api/v1/tokens", json={"name": "x", "scopes": ["read"], "expires_in_days": 1}),
                   403, "csrf-failed")


def test_empty_csrf_token_is_refused(server, admin):
    s = admin.without_csrf()
    s.headers["X-CSRF-Token"] = ""
    assert_problem(s.post("/api/v1/tokens", json={"name": "x", "scopes": ["read"], "expires_in_days": 1}),
                   403, "csrf-failed")


def test_refused_csrf_changes_nothing(server, admin):
    name = support.unique_name("csrf")
    r = admin.without_csrf().post("/api/v1/tokens", json={"name": name, "scopes": ["read"], "expires_in_days": 1})
    assert r.status_code == 403
    names = [t["name"] for t in admin.get("/api/v1/tokens", params={"limit": 100}).json()["items"]]
    assert name not in names


def test_reads_with_the_cookie_need_no_csrf_token(server, admin):
    s = admin.without_csrf()
    assert s.get("/api/v1/auth/me").status_code == 200
    assert s.get("/api/v1/users").status_code == 200


def test_the_csrf_token_makes_the_mutation_pass(server, admin):
    r = admin.post("/api/v1/tokens", json={"name": support.unique_name("csrf-ok"), "scopes": ["read"],
                                           "expires_in_days": 1})
    assert r.status_code == 201, r.text


def test_bearer_requests_need_no_csrf_token(server, bearer_token):
    api = bearer_token("superadmin", scopes=("read", "write"))
    assert "X-CSRF-Token" not in api.headers
    r = api.post("/api/v1/users", json={"username": support.unique_name(), "display_name": "Lewat Token",
                                        "role": "citizen"})
    assert r.status_code == 201, r.text
    me = api.get("/api/v1/auth/me")
    assert me.status_code == 200 and me.json()["via"] == "token", me.text


# --------------------------------------------------------------------------- passwords


def test_password_change_ends_the_users_other_sessions(server, admin):
    user, password = support.ready_user(server, admin, "leadership")
    a = signed_in(server, user["username"], password)
    b = signed_in(server, user["username"], password)
    new = support.strong_password()
    r = a.post("/api/v1/auth/password", json={"current_password": password, "new_password": new})
    assert r.status_code == 204, r.text
    assert_problem(b.get("/api/v1/auth/me"), 401, "authentication-required")
    assert a.get("/api/v1/auth/me").status_code == 200, "the session that changed the password ended too"
    assert login_response(server, user["username"], password).status_code == 401
    assert login_response(server, user["username"], new).status_code == 200


def test_password_change_with_the_wrong_current_password_is_422(server, admin):
    user, password = support.ready_user(server, admin, "leadership")
    s = signed_in(server, user["username"], password)
    r = s.post("/api/v1/auth/password", json={"current_password": "Bukan-Sandi-Ini-1",
                                              "new_password": support.strong_password()})
    problem = assert_problem(r, 422, "validation-failed")
    assert "current_password" in support.field_names(problem)
    assert login_response(server, user["username"], password).status_code == 200, "the password changed anyway"


def _bad_passwords(username: str) -> list[tuple[str, str]]:
    return [
        ("too short (11)", "Kopi-Tubr1!"),
        ("too long (129)", "Kopi-Tubruk-" + "ab3" * 39),
        ("contains the username", f"Aku-{username}-2026"),
        ("one character repeated", "x" * 16),
        ("well-known", "password1234"),
    ]


BAD_PASSWORD_CASES = ["too short (11)", "too long (129)", "contains the username", "one character repeated",
                      "well-known"]


@pytest.fixture(scope="module")
def rules_user(server, admin):
    """(user, password, signed-in session): one sign-in for every rule case."""
    user, password = support.ready_user(server, admin, "leadership")
    return user, password, signed_in(server, user["username"], password)


@pytest.mark.parametrize("case", BAD_PASSWORD_CASES)
def test_password_rules_on_change(server, rules_user, case):
    user, password, s = rules_user
    bad = dict(_bad_passwords(user["username"]))[case]
    r = s.post("/api/v1/auth/password", json={"current_password": password, "new_password": bad})
    problem = assert_problem(r, 422, "validation-failed")
    assert support.field_names(problem) == ["new_password"], problem
    assert s.get("/api/v1/auth/me").status_code == 200


@pytest.mark.parametrize("case", BAD_PASSWORD_CASES)
def test_password_rules_on_user_creation(server, admin, case):
    username = support.unique_name()
    bad = dict(_bad_passwords(username))[case]
    r = support.create_user(admin, "citizen", password=bad, username=username)
    problem = assert_problem(r, 422, "validation-failed")
    assert "password" in support.field_names(problem), problem


@pytest.mark.parametrize("length", [12, 128])
def test_passwords_of_12_and_128_characters_are_accepted(server, admin, length):
    user, password = support.ready_user(server, admin, "leadership")
    new = ("Kp7-" + "ab3d" * 40)[:length]
    s = signed_in(server, user["username"], password)
    r = s.post("/api/v1/auth/password", json={"current_password": password, "new_password": new})
    assert r.status_code == 204, r.text
    assert login_response(server, user["username"], new).status_code == 200


# --------------------------------------------------------------------------- forced change


def test_user_created_by_the_admin_must_change_the_password(server, admin):
    r = support.create_user(admin, "leadership")
    assert r.status_code == 201, r.text
    created = r.json()
    assert created["must_change_password"] is True, created
    temporary = created.get("temporary_password")
    assert isinstance(temporary, str) and len(temporary) >= 12, created

    login = login_response(server, created["username"], temporary)
    assert login.status_code == 200, login.text
    assert login.json()["must_change_password"] is True
    s = signed_in(server, created["username"], temporary)

    for method, path in [("GET", "/api/v1/agencies"), ("GET", "/api/v1/tokens"),
                         ("POST", "/api/v1/tokens")]:
        body = {"name": "t", "scopes": ["read"], "expires_in_days": 1} if method == "POST" else None
        assert_problem(s.request(method, path, json=body), 403, "password-change-required")
    me = s.get("/api/v1/auth/me")
    assert me.status_code == 200 and me.json()["user"]["must_change_password"] is True, me.text

    new = support.strong_password()
    r = s.post("/api/v1/auth/password", json={"current_password": temporary, "new_password": new})
    assert r.status_code == 204, r.text
    assert s.get("/api/v1/agencies").status_code == 200
    assert s.get("/api/v1/auth/me").json()["user"]["must_change_password"] is False
    again = login_response(server, created["username"], new)
    assert again.status_code == 200 and again.json()["must_change_password"] is False


def test_user_created_with_a_password_must_change_it_too(server, admin):
    first = support.strong_password()
    r = support.create_user(admin, "auditor", password=first)
    assert r.status_code == 201, r.text
    assert "temporary_password" not in r.json() or not r.json()["temporary_password"], r.json()
    s = signed_in(server, r.json()["username"], first)
    assert s.login.json()["must_change_password"] is True
    assert_problem(s.get("/api/v1/audit"), 403, "password-change-required")


def test_forced_change_user_may_log_out(server, admin):
    r = support.create_user(admin, "citizen")
    assert r.status_code == 201, r.text
    s = signed_in(server, r.json()["username"], r.json()["temporary_password"])
    assert s.post("/api/v1/auth/logout").status_code == 204

