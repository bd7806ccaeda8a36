"""The tamper-evident audit log: what mutations record, the listing and its filters,
GET /audit/verify, and `simpul audit verify|sign` against a chain edited directly in the
database (SQLite with python's sqlite3, PostgreSQL with psql).

Contract: docs/identity-contract.md, "Audit log". Tables: migrations/0002_identity.sql
(audit_log, audit_chain_heads, audit_signatures).
"""
from __future__ import annotations

import json
import re
import uuid

import pytest

import support
from support import (AUDIT_FIELDS, RFC3339_UTC, assert_problem, create_user, run_cli,
                     signed_in, sql_execute, sql_query)

HEX64 = re.compile(r"^[0-9a-f]{64}$")
REGION = support.DEMO_REGION


def entries(session, **params) -> list[dict]:
    r = session.get("/api/v1/audit", params={"limit": 100, **params})
    assert r.status_code == 200, support.describe(r)
    body = r.json()
    assert set(body) >= {"items", "next_cursor"}, body
    return body["items"]


def all_entries(session, **params) -> list[dict]:
    items, cursor = [], None
    for _ in range(1000):
        q = {"limit": 100, **params}
        if cursor:
            q["cursor"] = cursor
        r = session.get("/api/v1/audit", params=q)
        assert r.status_code == 200, support.describe(r)
        items += r.json()["items"]
        cursor = r.json()["next_cursor"]
        if not cursor:
            return items
    pytest.fail("audit listing never ended")


def check_entry_shape(e: dict) -> None:
    assert set(e) >= AUDIT_FIELDS, e
    assert isinstance(e["seq"], int) and e["seq"] >= 1, e
    assert RFC3339_UTC.match(e["at"]), e
    assert e["actor"] is None or set(e["actor"]) >= {"id", "username", "role"}, e
    assert isinstance(e["changes"], dict), e
    for field, change in e["changes"].items():
        assert isinstance(change, dict) and set(change) == {"before", "after"}, (field, change)
    assert HEX64.match(e["hash"]), e
    assert isinstance(e["prev_hash"], str) and e["prev_hash"], e
    text = json.dumps(e)
    assert "password_hash" not in text and "$argon2" not in text, f"password material in the audit log: {e}"


def rid() -> str:
    return "uji-" + uuid.uuid4().hex


def by_request_id(session, request_id: str, **params) -> dict:
    found = [e for e in all_entries(session, **params) if e["request_id"] == request_id]
    assert len(found) == 1, f"expected one entry with request_id {request_id} ({params}), found {found}"
    return found[0]


# --------------------------------------------------------------------------- what is recorded


def test_login_is_recorded_with_actor_request_id_and_client(server, login_as):
    request_id = rid()
    source = support.next_source_address()  # a client address of its own, to find in the entry
    r = support.login_response(server, "walikota", support.DEMO_PASSWORD, source=source,
                               headers={"X-Request-Id": request_id})
    assert r.status_code == 200, r.text
    assert r.headers.get("X-Request-Id") == request_id
    user = r.json()["user"]
    e = by_request_id(login_as("auditor"), request_id, action="session.login")
    check_entry_shape(e)
    assert e["action"] == "session.login"
    assert e["actor"] == {"id": user["id"], "username": "walikota", "role": "leadership"}, e["actor"]
    assert e["client"] == source, f"the login came from {source}; the entry says {e['client']!r}"


def test_user_create_is_recorded_with_changes_before_and_after(server, admin, login_as):
    request_id = rid()
    username = support.unique_name()
    dinkes = support.demo_agency_id(admin, "Dinkes")
    r = admin.post("/api/v1/users", json={"username": username, "display_name": "Tercatat", "role": "agency_operator",
                                          "agency_id": dinkes, "password": support.strong_password()},
                   headers={"X-Request-Id": request_id})
    assert r.status_code == 201, r.text
    assert r.headers.get("X-Request-Id") == request_id
    user = r.json()
    e = by_request_id(login_as("auditor"), request_id, action="user.create")
    check_entry_shape(e)
    assert e["actor"] == {"id": admin.user["id"], "username": "admin", "role": "superadmin"}, e["actor"]
    assert e["entity_type"] == "user" and e["entity_id"] == str(user["id"]), e
    assert e["client"] == "127.0.0.1", e
    ch = e["changes"]
    assert ch.get("username") == {"before": None, "after": username}, ch
    assert ch.get("display_name") == {"before": None, "after": "Tercatat"}, ch
    assert ch.get("role") == {"before": None, "after": "agency_operator"}, ch
    assert ch.get("agency_id") == {"before": None, "after": dinkes}, ch


def test_client_address_cannot_be_forged_with_forwarding_headers(server, admin, login_as):
    """No proxy is configured, so the recorded client is the connection's address."""
    request_id = rid()
    r = admin.post("/api/v1/users", json={"username": support.unique_name(), "display_name": "X", "role": "citizen"},
                   headers={"X-Request-Id": request_id, "X-Forwarded-For": "10.9.9.9", "X-Real-IP": "10.9.9.9",
                            "Forwarded": "for=10.9.9.9"})
    assert r.status_code == 201, r.text
    assert by_request_id(login_as("auditor"), request_id, action="user.create")["client"] == "127.0.0.1"


def test_user_update_records_only_what_changed(server, admin, login_as):
    r = create_user(admin, "leadership", display_name="Nama Lama")
    assert r.status_code == 201, r.text
    uid = r.json()["id"]
    etag = admin.get(f"/api/v1/users/{uid}").headers["ETag"]
    request_id = rid()
    r = admin.patch(f"/api/v1/users/{uid}", json={"display_name": "Nama Baru"},
                    headers={"If-Match": etag, "X-Request-Id": request_id})
    assert r.status_code == 200, r.text
    e = by_request_id(login_as("auditor"), request_id, action="user.update")
    assert e["entity_type"] == "user" and e["entity_id"] == str(uid), e
    assert e["changes"].get("display_name") == {"before": "Nama Lama", "after": "Nama Baru"}, e["changes"]
    for unchanged in ("username", "role", "agency_id", "region_id"):
        assert unchanged not in e["changes"], e["changes"]


def test_command_line_changes_are_recorded_too(server, demo_database, login_as):
    username = support.unique_name()
    result = run_cli("user", "add", "--database", demo_database, "--username", username, "--role", "citizen")
    assert result.returncode == 0, result.stderr
    created = [e for e in entries(login_as("auditor"), action="user.create")
               if e["changes"].get("username", {}).get("after") == username]
    assert len(created) == 1, f"no user.create entry for {username} added with `simpul user add`"
    check_entry_shape(created[0])


def test_a_refused_mutation_records_nothing(server, admin, login_as):
    request_id = rid()
    r = admin.post("/api/v1/users", json={"username": support.unique_name(), "display_name": "X", "role": "raja"},
                   headers={"X-Request-Id": request_id})
    assert r.status_code == 422
    r = login_as("leadership").post("/api/v1/users", json={"username": support.unique_name(), "display_name": "X",
                                                           "role": "citizen"}, headers={"X-Request-Id": request_id})
    assert r.status_code == 403
    assert not [e for e in entries(login_as("auditor")) if e["request_id"] == request_id]


def test_every_identity_action_is_recorded(isolated_server):
    """One of each action of the contract on a server of its own, then the log holds them,
    each by the right actor."""
    srv = isolated_server()
    failed = srv.post("/api/v1/auth/login", json={"username": "walikota", "password": "Salah-Sandi-2026"})
    assert failed.status_code == 401
    admin = signed_in(srv, "admin")
    created = create_user(admin, "leadership", password=support.strong_password())
    assert created.status_code == 201, created.text
    user, uid = created.json(), created.json()["id"]
    etag = admin.get(f"/api/v1/users/{uid}").headers["ETag"]
    assert admin.patch(f"/api/v1/users/{uid}", json={"display_name": "Diubah"}, headers={"If-Match": etag}).ok
    assert admin.post(f"/api/v1/users/{uid}/lock").ok
    assert admin.post(f"/api/v1/users/{uid}/unlock").ok
    reset = admin.post(f"/api/v1/users/{uid}/reset-password")
    assert reset.ok, reset.text
    s = signed_in(srv, user["username"], reset.json()["temporary_password"])
    assert s.post("/api/v1/auth/password", json={"current_password": reset.json()["temporary_password"],
                                                 "new_password": support.strong_password()}).status_code == 204
    token = admin.post("/api/v1/tokens", json={"name": "audit", "scopes": ["read"], "expires_in_days": 1})
    assert token.status_code == 201, token.text
    assert admin.delete(f"/api/v1/tokens/{token.json()['id']}").status_code == 204
    assert s.post("/api/v1/auth/logout").status_code == 204

    log = all_entries(admin)
    for e in log:
        check_entry_shape(e)
    actions = [e["action"] for e in log]
    for action in ("session.login_failed", "session.login", "user.create", "user.update", "user.lock",
                   "user.unlock", "user.reset_password", "user.change_password", "token.create", "token.revoke",
                   "session.logout"):
        assert action in actions, f"{action} not recorded; the log has {sorted(set(actions))}"

    def newest(action):
        return next(e for e in log if e["action"] == action)
    for action in ("user.update", "user.lock", "user.unlock", "user.reset_password", "token.create", "token.revoke"):
        assert (newest(action)["actor"] or {}).get("username") == "admin", newest(action)
    for action in ("user.lock", "user.unlock", "user.reset_password"):
        assert newest(action)["entity_id"] == str(uid), newest(action)
    assert newest("user.lock")["changes"].get("locked") == {"before": False, "after": True}, newest("user.lock")
    for action in ("user.change_password", "session.logout"):
        assert (newest(action)["actor"] or {}).get("username") == user["username"], newest(action)
    assert newest("session.login_failed")["actor"] is None, newest("session.login_failed")
    assert "Salah-Sandi-2026" not in json.dumps(log)
    assert token.json()["token"] not in json.dumps(log), "the token secret is in the audit log"
    assert reset.json()["temporary_password"] not in json.dumps(log), "a temporary password is in the audit log"


def test_entries_are_newest_first_and_chained(isolated_server):
    srv = isolated_server()
    admin = signed_in(srv, "admin")
    for _ in range(3):
        assert create_user(admin, "citizen").status_code == 201
    log = all_entries(admin)
    seqs = [e["seq"] for e in log]
    assert seqs == sorted(seqs, reverse=True), seqs
    assert seqs == list(range(seqs[0], 0, -1)), f"gaps in the sequence: {seqs}"
    for newer, older in zip(log, log[1:]):
        assert newer["prev_hash"] == older["hash"], (newer, older)
    assert len({e["hash"] for e in log}) == len(log)


def test_concurrent_mutations_keep_one_unbroken_chain(isolated_server):
    """Forty users created from eight threads at once: every request succeeds, the log
    gets forty entries more, in one line (no two entries share a predecessor)."""
    from concurrent.futures import ThreadPoolExecutor

    srv = isolated_server("--threads", "4")
    admin = signed_in(srv, "admin")
    token = admin.post("/api/v1/tokens", json={"name": "last", "scopes": ["read", "write"], "expires_in_days": 1})
    assert token.status_code == 201, token.text
    before = len(all_entries(admin))

    def create(i):
        api = support.with_bearer(srv, token.json()["token"])
        return api.post("/api/v1/users", json={"username": f"serentak.{i:03d}", "display_name": f"Serentak {i}",
                                               "role": "citizen"}).status_code

    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = list(pool.map(create, range(40)))
    assert statuses == [201] * 40, statuses
    log = all_entries(admin)
    assert len(log) == before + 40, (before, len(log))
    prevs = [e["prev_hash"] for e in log]
    assert len(set(prevs)) == len(prevs), "two entries link to the same predecessor: the chain forked"
    body = admin.get("/api/v1/audit/verify").json()
    assert body["ok"] is True and body["first_broken"] is None and body["entries"] == len(log), body
    result = run_cli("audit", "verify", "--database", srv.database)
    assert result.returncode == 0, result.stdout + result.stderr


# --------------------------------------------------------------------------- filters


@pytest.fixture(scope="module")
def filter_log(isolated_server_module):
    """A server of its own with a known log: admin logs in, creates two users, updates one."""
    srv = isolated_server_module
    admin = signed_in(srv, "admin")
    a = create_user(admin, "citizen").json()
    b = create_user(admin, "leadership").json()
    etag = admin.get(f"/api/v1/users/{b['id']}").headers["ETag"]
    assert admin.patch(f"/api/v1/users/{b['id']}", json={"display_name": "B"}, headers={"If-Match": etag}).ok
    signed_in(srv, "auditor")
    return srv, admin, a, b


@pytest.fixture(scope="module")
def isolated_server_module(demo_database, web_root, workdir, database_url):
    """A module-long server on its own database (the function-scoped isolated_server
    cannot be shared between tests)."""
    name = "simpul_m_" + uuid.uuid4().hex[:12]
    if support.backend_of(database_url) == "sqlite":
        url = "sqlite:" + str(workdir / f"{name}.db")
    else:
        admin_url = support.pg_url_with_database(database_url, "postgres")
        support.psql(admin_url, f'CREATE DATABASE "{name}"')
        url = support.pg_url_with_database(database_url, name)
    result = run_cli("demo", "--database", url)
    assert result.returncode == 0, result.stderr
    port = support.free_port()
    proc = support.ServerProcess(support.serve_args(url, port, web_root, ["--shutdown-grace-ms", "2000"]), port,
                                 workdir / "logs", grace_seconds=2)
    try:
        proc.wait_ready()
        proc.database = url
        yield proc
    finally:
        try:
            proc.stop_and_check()
        finally:
            proc.kill()
            if support.backend_of(database_url) != "sqlite":
                support.psql(support.pg_url_with_database(database_url, "postgres"),
                             f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_filter_by_action(filter_log):
    srv, admin, a, b = filter_log
    got = entries(admin, action="user.create")
    assert {e["entity_id"] for e in got} >= {str(a["id"]), str(b["id"])}
    assert all(e["action"] == "user.create" for e in got), got


def test_filter_by_actor(filter_log):
    srv, admin, a, b = filter_log
    got = entries(admin, actor="auditor")
    assert got and all((e["actor"] or {}).get("username") == "auditor" for e in got), got
    assert "session.login" in [e["action"] for e in got]


def test_filter_by_entity(filter_log):
    srv, admin, a, b = filter_log
    got = entries(admin, entity_type="user", entity_id=str(b["id"]))
    assert [e["action"] for e in got] == ["user.update", "user.create"], got
    assert entries(admin, entity_type="user", entity_id="999999999") == []


def test_filter_by_time(filter_log):
    srv, admin, a, b = filter_log
    everything = entries(admin)
    assert entries(admin, to="2000-01-01T00:00:00Z") == []
    assert entries(admin, **{"from": "2999-01-01T00:00:00Z"}) == []
    oldest, newest = everything[-1]["at"], everything[0]["at"]
    after_newest = support.shift_stored_time(newest, 1)
    window = entries(admin, **{"from": oldest, "to": after_newest})
    assert [e["seq"] for e in window] == [e["seq"] for e in everything]
    # (whether `to` itself is included the contract leaves open; the server takes [from, to))
    later = entries(admin, **{"from": newest})
    assert later and all(e["at"] >= newest for e in later), later


def test_filters_combine(filter_log):
    srv, admin, a, b = filter_log
    got = entries(admin, actor="admin", action="user.update")
    assert [e["entity_id"] for e in got] == [str(b["id"])], got


def test_pages_with_a_cursor(filter_log):
    srv, admin, a, b = filter_log
    # The user entries only: the demo's organisation alone writes hundreds of entries.
    everything = entries(admin, entity_type="user")
    assert 4 <= len(everything) < 100
    walked, cursor = [], None
    for _ in range(len(everything) + 1):
        params = {"limit": 1, "entity_type": "user"} | ({"cursor": cursor} if cursor else {})
        page = admin.get("/api/v1/audit", params=params).json()
        assert len(page["items"]) <= 1
        walked += [e["seq"] for e in page["items"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert walked == [e["seq"] for e in everything]


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 101}, {"cursor": "!!not-a-cursor!!"}])
def test_bad_paging_is_400(server, login_as, params):
    assert_problem(login_as("auditor").get("/api/v1/audit", params=params), 400, "bad-request")


def test_the_log_cannot_be_changed_over_http(server, admin):
    for method in ("POST", "PUT", "PATCH", "DELETE"):
        r = admin.request(method, "/api/v1/audit", json={})
        assert_problem(r, 405, "method-not-allowed")
        assert "GET" in r.headers.get("Allow", ""), r.headers


# --------------------------------------------------------------------------- verify (HTTP)


def check_verify_shape(body: dict) -> None:
    assert set(body) >= {"ok", "entries", "first_broken", "head"}, body
    assert set(body["head"]) >= {"seq", "hash", "signed_at", "signature_valid"}, body


def test_verify_on_the_shared_server_is_ok(server, login_as):
    r = login_as("auditor").get("/api/v1/audit/verify")
    assert r.status_code == 200, r.text
    body = r.json()
    check_verify_shape(body)
    assert body["ok"] is True and body["first_broken"] is None, body
    assert body["entries"] >= 1
    newest = entries(login_as("auditor"), limit=1)[0]
    # No test writes while this one reads, so the head is the newest entry.
    assert body["head"]["seq"] == body["entries"] == newest["seq"], (body, newest)
    assert body["head"]["hash"] == newest["hash"], (body, newest)


# --------------------------------------------------------------------------- tampering (CLI and HTTP)


@pytest.fixture
def chain(fresh_database, start_server):
    """A fresh database with a real chain: demo, then through a running server the admin
    logs in, creates four users and renames one. Returns (url, server, count of entries)."""
    url = fresh_database()
    result = run_cli("demo", "--database", url)
    assert result.returncode == 0, result.stderr
    srv = start_server(database=url)
    admin = signed_in(srv, "admin")
    ids = [create_user(admin, "citizen").json()["id"] for _ in range(4)]
    etag = admin.get(f"/api/v1/users/{ids[0]}").headers["ETag"]
    assert admin.patch(f"/api/v1/users/{ids[0]}", json={"display_name": "Diubah"}, headers={"If-Match": etag}).ok
    (count,), = sql_query(url, f"SELECT COUNT(*) FROM audit_log WHERE region_id = '{REGION}'")
    count = int(count)
    assert count >= 6, f"expected at least 6 entries, found {count}"
    srv.admin = admin
    return url, srv, count


def cli_verify(url: str, env: dict | None = None):
    result = run_cli("audit", "verify", "--database", url, env=env)
    return result, result.stdout + result.stderr


FIRST_NAMED = re.compile(r"(?i)\b(?:seq|entry|entri|#)\W{0,3}(\d+)\b")


def named_seq(output: str) -> int | None:
    m = FIRST_NAMED.search(output)
    return int(m.group(1)) if m else None


def http_verify(srv) -> dict:
    r = srv.admin.get("/api/v1/audit/verify")
    assert r.status_code == 200, r.text
    check_verify_shape(r.json())
    return r.json()


def test_untouched_chain_verifies(chain):
    url, srv, count = chain
    result, output = cli_verify(url)
    assert result.returncode == 0, output
    body = http_verify(srv)
    assert body["ok"] is True and body["first_broken"] is None, body
    (max_seq, max_hash), = sql_query(url, f"SELECT seq, hash FROM audit_log WHERE region_id = '{REGION}' "
                                          "ORDER BY seq DESC LIMIT 1")
    assert body["entries"] == count == int(max_seq), body
    assert body["head"]["seq"] == int(max_seq) and body["head"]["hash"] == max_hash, body


def swap(url: str, a: int, b: int) -> None:
    where = f"region_id = '{REGION}'"
    sql_execute(url, f"UPDATE audit_log SET seq = -1 WHERE {where} AND seq = {a}")
    sql_execute(url, f"UPDATE audit_log SET seq = {a} WHERE {where} AND seq = {b}")
    sql_execute(url, f"UPDATE audit_log SET seq = {b} WHERE {where} AND seq = -1")


TAMPERING = {
    "edit entity_id": lambda url, k: sql_execute(
        url, f"UPDATE audit_log SET entity_id = entity_id || '0' WHERE region_id = '{REGION}' AND seq = {k}"),
    "edit changes": lambda url, k: sql_execute(
        url, f"UPDATE audit_log SET changes = '{{}}' WHERE region_id = '{REGION}' AND seq = {k}"),
    "edit actor": lambda url, k: sql_execute(
        url, f"UPDATE audit_log SET actor_username = 'bukan.admin' WHERE region_id = '{REGION}' AND seq = {k}"),
    "edit time": lambda url, k: sql_execute(
        url, f"UPDATE audit_log SET at = '2020-01-01T00:00:00Z' WHERE region_id = '{REGION}' AND seq = {k}"),
    "edit stored hash": lambda url, k: sql_execute(
        url, f"UPDATE audit_log SET hash = '{'ab' * 32}' WHERE region_id = '{REGION}' AND seq = {k}"),
    "delete a row": lambda url, k: sql_execute(
        url, f"DELETE FROM audit_log WHERE region_id = '{REGION}' AND seq = {k}"),
    "swap two rows' seq": lambda url, k: swap(url, k, k + 1),
}


@pytest.mark.parametrize("how", list(TAMPERING))
def test_tampering_is_found_at_the_exact_entry(chain, how):
    url, srv, count = chain
    k = count - 2  # a user.create the admin made through the server, with entries after it
    (actor,), = sql_query(url, f"SELECT actor_username FROM audit_log WHERE region_id = '{REGION}' AND seq = {k}")
    assert actor == "admin", f"entry {k} is not the admin's ({actor}); the chain fixture changed"
    TAMPERING[how](url, k)

    result, output = cli_verify(url)
    assert result.returncode == 1, f"`simpul audit verify` after {how} at seq {k} exited {result.returncode}:\n{output}"
    assert named_seq(output) == k, f"after {how} at seq {k}, the first entry named is {named_seq(output)}:\n{output}"

    body = http_verify(srv)
    assert body["ok"] is False, body
    assert body["first_broken"] and body["first_broken"]["seq"] == k, body
    assert isinstance(body["first_broken"]["reason"], str) and body["first_broken"]["reason"].strip(), body


def test_tampering_with_the_first_entry_is_found(chain):
    url, srv, count = chain
    TAMPERING["edit changes"](url, 1)
    result, output = cli_verify(url)
    assert result.returncode == 1 and named_seq(output) == 1, output
    assert http_verify(srv)["first_broken"]["seq"] == 1


def test_deleting_the_newest_entry_is_found(chain):
    url, srv, count = chain
    sql_execute(url, f"DELETE FROM audit_log WHERE region_id = '{REGION}' AND seq = {count}")
    result, output = cli_verify(url)
    assert result.returncode == 1, output
    assert named_seq(output) == count, f"the missing newest entry is {count}:\n{output}"
    body = http_verify(srv)
    assert body["ok"] is False and body["first_broken"]["seq"] == count, body


def test_verify_with_the_server_stopped(chain):
    url, srv, count = chain
    srv.stop_and_check()
    assert cli_verify(url)[0].returncode == 0
    TAMPERING["edit actor"](url, 3)
    result, output = cli_verify(url)
    assert result.returncode == 1 and named_seq(output) == 3, output


def test_entries_written_after_a_tampered_one_do_not_hide_it(chain):
    url, srv, count = chain
    TAMPERING["edit changes"](url, 2)
    assert create_user(srv.admin, "citizen").status_code == 201
    result, output = cli_verify(url)
    assert result.returncode == 1 and named_seq(output) == 2, output


# --------------------------------------------------------------------------- signed head


def sign(url: str, env: dict | None = None) -> None:
    result = run_cli("audit", "sign", "--database", url, env=env)
    assert result.returncode == 0, f"`simpul audit sign` exited {result.returncode}\n{result.stdout}{result.stderr}"


def signature_rows(url: str) -> list[tuple]:
    return sql_query(url, f"SELECT seq, hash, signature, key_id, signed_at FROM audit_signatures "
                          f"WHERE region_id = '{REGION}' ORDER BY seq")


def flip(text: str) -> str:
    """TEXT with its first character changed to another of the same alphabets (hex, base64)."""
    return ("1" if text[0] == "0" else "0") + text[1:]


def test_signed_untouched_chain_verifies_with_a_valid_signature(chain):
    url, srv, count = chain
    sign(url)
    rows = signature_rows(url)
    assert rows and int(rows[-1][0]) == count, rows
    result, output = cli_verify(url)
    assert result.returncode == 0, output
    body = http_verify(srv)
    assert body["ok"] is True and body["head"]["signature_valid"] is True, body
    assert RFC3339_UTC.match(body["head"]["signed_at"] or ""), body


def test_forged_signature_fails_the_signature_check(chain):
    url, srv, count = chain
    sign(url)
    seq, _, signature, _, _ = signature_rows(url)[-1]
    sql_execute(url, f"UPDATE audit_signatures SET signature = '{flip(signature)}' "
                     f"WHERE region_id = '{REGION}' AND seq = {seq}")
    result, output = cli_verify(url)
    assert result.returncode == 1, output
    assert re.search(r"(?i)signature", output), output
    body = http_verify(srv)
    assert body["ok"] is False and body["head"]["signature_valid"] is False, body


def test_forged_signed_hash_fails_the_signature_check(chain):
    url, srv, count = chain
    sign(url)
    seq = signature_rows(url)[-1][0]
    sql_execute(url, f"UPDATE audit_signatures SET hash = '{'cd' * 32}' WHERE region_id = '{REGION}' AND seq = {seq}")
    result, output = cli_verify(url)
    assert result.returncode == 1, output
    body = http_verify(srv)
    assert body["ok"] is False and body["head"]["signature_valid"] is False, body


def test_forged_chain_head_is_found(chain):
    url, srv, count = chain
    sign(url)
    sql_execute(url, f"UPDATE audit_chain_heads SET last_hash = '{'ef' * 32}' WHERE region_id = '{REGION}'")
    result, output = cli_verify(url)
    assert result.returncode == 1, output
    assert http_verify(srv)["ok"] is False


def test_head_signed_with_another_key_fails(chain, tmp_path):
    url, srv, count = chain
    sql_execute(url, f"DELETE FROM audit_signatures WHERE region_id = '{REGION}'")  # the forger's first step
    sign(url, env={"SIMPUL_INSTANCE_KEY": str(tmp_path / "forger-key.pem")})
    assert signature_rows(url), "`simpul audit sign` with the forger's key stored no signature"
    result, output = cli_verify(url)
    assert result.returncode == 1, f"a head signed with a stranger's key verified:\n{output}"
    body = http_verify(srv)
    assert body["ok"] is False and body["head"]["signature_valid"] is False, body


def test_rewritten_history_no_longer_matches_the_signed_head(chain):
    """Rewriting an entry and every hash after it is caught by the signature of the head
    signed before the rewrite. Without the hashing rules at hand the test rewrites the
    simplest way: it deletes the newest entries and moves the head back, as if they had
    never been written."""
    url, srv, count = chain
    sign(url)
    (prev_hash,), = sql_query(url, f"SELECT hash FROM audit_log WHERE region_id = '{REGION}' AND seq = {count - 1}")
    sql_execute(url, f"DELETE FROM audit_log WHERE region_id = '{REGION}' AND seq = {count}")
    sql_execute(url, f"UPDATE audit_chain_heads SET last_seq = {count - 1}, last_hash = '{prev_hash}' "
                     f"WHERE region_id = '{REGION}'")
    result, output = cli_verify(url)
    assert result.returncode == 1, f"truncation with a consistent head went unnoticed:\n{output}"
    assert http_verify(srv)["ok"] is False

