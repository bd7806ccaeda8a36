"""Users of the region (superadmin only): list, create, read, conditional update, lock,
unlock, reset password; the agencies list; the `simpul user …` commands.

Contract: docs/identity-contract.md, "Users (superadmin)" and "CLI".
"""
from __future__ import annotations

import re

import pytest

import support
from support import (DEMO_AGENCIES, DEMO_PASSWORD, DEMO_USERS, RFC3339_UTC, USER_FIELDS, assert_problem,
                     create_user, login_response, run_cli, signed_in)

ROLES = ("superadmin", "agency_operator", "leadership", "auditor", "citizen")


def list_all(session, **params) -> list[dict]:
    items, cursor = [], None
    for _ in range(200):
        q = {"limit": 100, **params}
        if cursor:
            q["cursor"] = cursor
        r = session.get("/api/v1/users", params=q)
        assert r.status_code == 200, r.text
        items += r.json()["items"]
        cursor = r.json()["next_cursor"]
        if not cursor:
            return items
    pytest.fail("user listing never ended")


def check_user_shape(user: dict) -> None:
    assert set(user) >= USER_FIELDS, user
    assert not any("password" in k and k != "must_change_password" for k in user), user
    assert user["role"] in ROLES
    assert isinstance(user["version"], int) and user["version"] >= 1
    assert isinstance(user["locked"], bool) and isinstance(user["must_change_password"], bool)
    assert RFC3339_UTC.match(user["created_at"]) and RFC3339_UTC.match(user["updated_at"]), user


def new_user(admin, role="leadership", **kw) -> dict:
    r = create_user(admin, role, **kw)
    assert r.status_code == 201, r.text
    return r.json()


# --------------------------------------------------------------------------- list


def test_list_has_the_demo_users_with_their_roles(server, admin):
    users = {u["username"]: u for u in list_all(admin)}
    expected = {"admin": ("superadmin", None), "operator.dinkes": ("agency_operator", support.demo_agency_id(admin, "Dinkes")),
                "operator.bappeda": ("agency_operator", support.demo_agency_id(admin, "Bappeda")), "walikota": ("leadership", None),
                "auditor": ("auditor", None), "warga": ("citizen", None)}
    for username, (role, agency) in expected.items():
        assert username in users, f"demo user {username} missing"
        u = users[username]
        check_user_shape(u)
        assert (u["role"], u["agency_id"]) == (role, agency), u
        assert u["region_id"] == support.DEMO_REGION
        assert u["must_change_password"] is False, u


def test_list_never_shows_password_material(server, admin):
    r = admin.get("/api/v1/users", params={"limit": 100})
    assert r.status_code == 200
    assert "password_hash" not in r.text and "$argon2" not in r.text


def test_list_filters_by_role(server, admin):
    operators = list_all(admin, role="agency_operator")
    assert {"operator.dinkes", "operator.bappeda"} <= {u["username"] for u in operators}
    assert all(u["role"] == "agency_operator" for u in operators), operators


def test_list_filters_by_agency(server, admin):
    dinkes_id = support.demo_agency_id(admin, "Dinkes")
    dinkes = list_all(admin, agency_id=dinkes_id)
    assert "operator.dinkes" in [u["username"] for u in dinkes]
    assert all(u["agency_id"] == dinkes_id for u in dinkes), dinkes


def test_list_pages_with_a_cursor(server, admin):
    first = admin.get("/api/v1/users", params={"limit": 2})
    assert first.status_code == 200
    body = first.json()
    assert len(body["items"]) == 2 and body["next_cursor"], body
    second = admin.get("/api/v1/users", params={"limit": 2, "cursor": body["next_cursor"]}).json()
    assert second["items"], second
    assert not {u["id"] for u in body["items"]} & {u["id"] for u in second["items"]}
    everyone = list_all(admin)
    assert len({u["id"] for u in everyone}) == len(everyone), "a user appears on two pages"


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 101}, {"limit": "x"}, {"cursor": "!!not-a-cursor!!"}])
def test_list_rejects_bad_paging_parameters(server, admin, params):
    assert_problem(admin.get("/api/v1/users", params=params), 400, "bad-request")


# --------------------------------------------------------------------------- create


def test_create_with_a_password(server, admin):
    username = support.unique_name()
    bappeda_id = support.demo_agency_id(admin, "Bappeda")
    r = create_user(admin, "agency_operator", agency_id=bappeda_id, password=support.strong_password(),
                    username=username, display_name="Operator Bappeda Dua")
    assert r.status_code == 201, r.text
    user = r.json()
    check_user_shape(user)
    assert (user["username"], user["display_name"], user["role"], user["agency_id"]) == \
        (username, "Operator Bappeda Dua", "agency_operator", bappeda_id)
    assert user["region_id"] == support.DEMO_REGION
    assert user["must_change_password"] is True and user["locked"] is False
    assert user["version"] == 1


def test_create_without_a_password_returns_a_temporary_one_once(server, admin):
    r = create_user(admin, "citizen")
    assert r.status_code == 201, r.text
    user = r.json()
    temporary = user.get("temporary_password")
    assert isinstance(temporary, str) and len(temporary) >= 12, user
    assert user["username"] not in temporary
    again = admin.get(f"/api/v1/users/{user['id']}")
    assert "temporary_password" not in again.json() and temporary not in again.text
    assert login_response(server, user["username"], temporary).json()["must_change_password"] is True


def test_created_user_can_be_read_back(server, admin):
    user = new_user(admin)
    r = admin.get(f"/api/v1/users/{user['id']}")
    assert r.status_code == 200
    got = r.json()
    check_user_shape(got)
    assert {k: got[k] for k in USER_FIELDS} == {k: user[k] for k in USER_FIELDS}


def test_created_user_is_listed(server, admin):
    user = new_user(admin, role="auditor")
    assert user["id"] in [u["id"] for u in list_all(admin, role="auditor")]


@pytest.mark.parametrize("body,field", [
    ({"display_name": "X", "role": "citizen"}, "username"),
    ({"username": "", "display_name": "X", "role": "citizen"}, "username"),
    ({"username": "{u}", "role": "citizen"}, "display_name"),
    ({"username": "{u}", "display_name": "X", "role": "raja"}, "role"),
    ({"username": "{u}", "display_name": "X"}, "role"),
    ({"username": "{u}", "display_name": "X", "role": "agency_operator"}, "agency_id"),
    ({"username": "{u}", "display_name": "X", "role": "agency_operator", "agency_id": 999999}, "agency_id"),
])
def test_create_validates_its_fields(server, admin, body, field):
    body = {k: (support.unique_name() if v == "{u}" else v) for k, v in body.items()}
    problem = assert_problem(admin.post("/api/v1/users", json=body), 422, "validation-failed")
    assert field in support.field_names(problem), problem


def test_create_with_a_taken_username_is_refused(server, admin):
    r = create_user(admin, "citizen", username="walikota")
    assert r.status_code in (409, 422), support.describe(r)
    assert support.media_type(r.headers.get("Content-Type")) == support.PROBLEM_CONTENT_TYPE
    assert login_response(server, "walikota", DEMO_PASSWORD).status_code == 200


def test_create_with_malformed_json_is_400(server, admin):
    r = admin.post("/api/v1/users", data="{", headers={"Content-Type": "application/json"})
    assert_problem(r, 400, "malformed-json")


# --------------------------------------------------------------------------- read, ETag


def test_get_user_has_etag_of_its_version(server, admin):
    user = new_user(admin)
    r = admin.get(f"/api/v1/users/{user['id']}")
    assert r.status_code == 200
    assert r.headers.get("ETag") == f'"{r.json()["version"]}"', r.headers.get("ETag")


def test_unknown_user_is_404(server, admin):
    assert_problem(admin.get("/api/v1/users/999999999"), 404, "not-found")


def test_user_id_that_is_not_a_number_is_404_or_400(server, admin):
    r = admin.get("/api/v1/users/abc")
    assert r.status_code in (400, 404), support.describe(r)


# --------------------------------------------------------------------------- PATCH with If-Match


def test_patch_without_if_match_is_428(server, admin):
    user = new_user(admin)
    r = admin.patch(f"/api/v1/users/{user['id']}", json={"display_name": "Tanpa If-Match"})
    assert_problem(r, 428, "precondition-required")
    assert admin.get(f"/api/v1/users/{user['id']}").json()["display_name"] == user["display_name"]


def test_patch_with_a_stale_if_match_is_412(server, admin):
    user = new_user(admin)
    uid = user["id"]
    etag = admin.get(f"/api/v1/users/{uid}").headers["ETag"]
    assert admin.patch(f"/api/v1/users/{uid}", json={"display_name": "Pertama"},
                       headers={"If-Match": etag}).status_code == 200
    r = admin.patch(f"/api/v1/users/{uid}", json={"display_name": "Kedua"}, headers={"If-Match": etag})
    assert_problem(r, 412, "precondition-failed")
    assert admin.get(f"/api/v1/users/{uid}").json()["display_name"] == "Pertama"


def test_patch_with_a_fresh_if_match_updates_and_moves_the_etag(server, admin):
    user = new_user(admin)
    uid = user["id"]
    got = admin.get(f"/api/v1/users/{uid}")
    etag, version = got.headers["ETag"], got.json()["version"]
    r = admin.patch(f"/api/v1/users/{uid}", json={"display_name": "Nama Baru"}, headers={"If-Match": etag})
    assert r.status_code == 200, r.text
    updated = r.json()
    check_user_shape(updated)
    assert updated["display_name"] == "Nama Baru"
    assert updated["version"] == version + 1
    assert r.headers.get("ETag") == f'"{version + 1}"', r.headers.get("ETag")
    assert admin.get(f"/api/v1/users/{uid}").json() == updated


def test_patch_role_and_agency(server, admin):
    user = new_user(admin, role="leadership")
    uid = user["id"]
    etag = admin.get(f"/api/v1/users/{uid}").headers["ETag"]
    diskominfo_id = support.demo_agency_id(admin, "Diskominfo")
    r = admin.patch(f"/api/v1/users/{uid}", json={"role": "agency_operator", "agency_id": diskominfo_id},
                    headers={"If-Match": etag})
    assert r.status_code == 200, r.text
    assert (r.json()["role"], r.json()["agency_id"]) == ("agency_operator", diskominfo_id)


def test_patch_to_operator_without_an_agency_is_422(server, admin):
    user = new_user(admin, role="leadership")
    uid = user["id"]
    etag = admin.get(f"/api/v1/users/{uid}").headers["ETag"]
    r = admin.patch(f"/api/v1/users/{uid}", json={"role": "agency_operator"}, headers={"If-Match": etag})
    problem = assert_problem(r, 422, "validation-failed")
    assert "agency_id" in support.field_names(problem)


def test_patch_with_an_unknown_role_is_422(server, admin):
    user = new_user(admin)
    etag = admin.get(f"/api/v1/users/{user['id']}").headers["ETag"]
    r = admin.patch(f"/api/v1/users/{user['id']}", json={"role": "raja"}, headers={"If-Match": etag})
    assert "role" in support.field_names(assert_problem(r, 422, "validation-failed"))


def test_patch_unknown_user_is_404(server, admin):
    r = admin.patch("/api/v1/users/999999999", json={"display_name": "X"}, headers={"If-Match": '"1"'})
    assert_problem(r, 404, "not-found")


# --------------------------------------------------------------------------- lock, unlock, reset


def test_lock_and_unlock(server, admin):
    user, password = support.ready_user(server, admin, "leadership")
    r = admin.post(f"/api/v1/users/{user['id']}/lock")
    assert r.status_code == 200, r.text
    check_user_shape(r.json())
    assert r.json()["locked"] is True
    assert_problem(login_response(server, user["username"], password), 403, "account-locked")
    r = admin.post(f"/api/v1/users/{user['id']}/unlock")
    assert r.status_code == 200, r.text
    assert r.json()["locked"] is False and r.json()["locked_until"] is None
    assert login_response(server, user["username"], password).status_code == 200


def test_reset_password_forces_a_change_at_next_login(server, admin):
    user, password = support.ready_user(server, admin, "leadership")
    r = admin.post(f"/api/v1/users/{user['id']}/reset-password")
    assert r.status_code == 200, r.text
    temporary = r.json().get("temporary_password")
    assert isinstance(temporary, str) and len(temporary) >= 12, r.json()
    assert_problem(login_response(server, user["username"], password), 401, "invalid-credentials")
    login = login_response(server, user["username"], temporary)
    assert login.status_code == 200 and login.json()["must_change_password"] is True, login.text
    assert admin.get(f"/api/v1/users/{user['id']}").json()["must_change_password"] is True


@pytest.mark.parametrize("action", ["lock", "unlock", "reset-password"])
def test_actions_on_an_unknown_user_are_404(server, admin, action):
    assert_problem(admin.post(f"/api/v1/users/999999999/{action}"), 404, "not-found")


# --------------------------------------------------------------------------- other roles


USER_ROUTES = [
    ("GET", "/api/v1/users", None),
    ("POST", "/api/v1/users", {"username": "bukan.admin", "display_name": "X", "role": "citizen"}),
    ("GET", "/api/v1/users/{id}", None),
    ("PATCH", "/api/v1/users/{id}", {"display_name": "Diubah Bukan Admin"}),
    ("POST", "/api/v1/users/{id}/lock", None),
    ("POST", "/api/v1/users/{id}/unlock", None),
    ("POST", "/api/v1/users/{id}/reset-password", None),
]
ROUTE_IDS = [f"{m} {p}" for m, p, _ in USER_ROUTES]


@pytest.fixture(scope="module")
def target_user(server, admin):
    """A user the other roles try to read and change."""
    return new_user(admin, role="citizen")


@pytest.mark.parametrize("role", ["operator_own", "operator_other", "leadership", "auditor", "citizen"])
@pytest.mark.parametrize("method,path,body", USER_ROUTES, ids=ROUTE_IDS)
def test_only_the_superadmin_reaches_users(server, admin, login_as, target_user, role, method, path, body):
    uid = target_user["id"]
    etag = admin.get(f"/api/v1/users/{uid}").headers["ETag"]
    r = login_as(role).request(method, path.replace("{id}", str(uid)), json=body, headers={"If-Match": etag})
    assert_problem(r, 403, "forbidden")
    after = admin.get(f"/api/v1/users/{uid}").json()
    assert after["version"] == target_user["version"] and after["locked"] is False, after


@pytest.mark.parametrize("method,path,body", USER_ROUTES, ids=ROUTE_IDS)
def test_users_routes_need_a_signed_in_caller(server, target_user, method, path, body):
    r = server.request(method, path.replace("{id}", str(target_user["id"])), json=body)
    assert_problem(r, 401, "authentication-required")


@pytest.mark.parametrize("role", ["leadership", "auditor"])
def test_other_roles_tokens_cannot_reach_users_either(server, bearer_token, role):
    api = bearer_token(role, scopes=("read", "write"))
    assert_problem(api.get("/api/v1/users"), 403, "forbidden")


def test_citizen_sees_their_own_account(server, login_as):
    r = login_as("citizen").get("/api/v1/auth/me")
    assert r.status_code == 200 and r.json()["user"]["username"] == "warga"


# --------------------------------------------------------------------------- agencies


@pytest.mark.parametrize("role", list(DEMO_USERS))
def test_agencies_for_any_signed_in_user(server, login_as, role):
    r = login_as(role).get("/api/v1/agencies")
    assert r.status_code == 200, support.describe(r)
    items = r.json()["items"]
    by_short = {a["short_name"]: a for a in items}
    for short, name in DEMO_AGENCIES.items():
        assert short in by_short and by_short[short]["name"] == name, items
    for a in items:
        assert set(a) >= {"id", "name", "short_name"}, a


def test_the_demo_is_the_same_for_the_same_seed(isolated_server):
    """Two demo databases from the default seed list the same agencies under the same ids."""
    first = signed_in(isolated_server(), "admin").get("/api/v1/agencies").json()["items"]
    second = signed_in(isolated_server(), "admin").get("/api/v1/agencies").json()["items"]
    assert [(a["id"], a["name"], a["short_name"]) for a in first] == \
        [(a["id"], a["name"], a["short_name"]) for a in second]
    assert 30 <= len(first) <= 60, len(first)


def test_agencies_need_a_signed_in_caller(server):
    assert_problem(server.get("/api/v1/agencies"), 401, "authentication-required")


# --------------------------------------------------------------------------- CLI


def temporary_from(stdout: str) -> str:
    """The temporary password the CLI prints: the last line's last word."""
    words = stdout.strip().split()
    assert words, "nothing printed"
    return words[-1]


def test_cli_user_add_prints_a_temporary_password(server, demo_database):
    username = support.unique_name()
    result = run_cli("user", "add", "--database", demo_database, "--username", username, "--role", "leadership",
                     "--display-name", "Lewat CLI")
    assert result.returncode == 0, f"stdout: {result.stdout}\nstderr: {result.stderr}"
    temporary = temporary_from(result.stdout)
    login = login_response(server, username, temporary)
    assert login.status_code == 200, f"the last word printed ({temporary!r}) is not the password: {login.text}"
    assert login.json()["must_change_password"] is True
    assert login.json()["user"]["display_name"] == "Lewat CLI"
    assert login.json()["user"]["role"] == "leadership"


def test_cli_user_add_operator_with_agency(server, demo_database, admin):
    username = support.unique_name()
    result = run_cli("user", "add", "--database", demo_database, "--username", username,
                     "--role", "agency_operator", "--agency-id", "1", "--region", support.DEMO_REGION)
    assert result.returncode == 0, result.stderr
    user = next(u for u in list_all(admin) if u["username"] == username)
    assert (user["role"], user["agency_id"]) == ("agency_operator", 1)


@pytest.mark.parametrize("args,mention", [
    (["--username", "cli.bad", "--role", "raja"], "role"),
    (["--username", "cli.bad", "--role", "agency_operator"], "agency"),
    (["--username", "walikota", "--role", "leadership"], "walikota"),
])
def test_cli_user_add_refuses_bad_input(simpul_binary, demo_database, args, mention):
    result = run_cli("user", "add", "--database", demo_database, *args)
    assert result.returncode != 0, result.stdout
    assert mention in result.stderr.lower() or mention in result.stderr, result.stderr


def test_cli_user_list(simpul_binary, demo_database):
    result = run_cli("user", "list", "--database", demo_database)
    assert result.returncode == 0, result.stderr
    for username in DEMO_USERS.values():
        assert re.search(rf"(?m)\b{re.escape(username)}\b", result.stdout), f"{username} not listed:\n{result.stdout}"
    assert "argon2" not in result.stdout


def test_cli_lock_unlock_and_reset(server, demo_database, admin):
    user, password = support.ready_user(server, admin, "leadership")
    name = user["username"]
    result = run_cli("user", "lock", "--database", demo_database, "--username", name)
    assert result.returncode == 0, result.stderr
    assert_problem(login_response(server, name, password), 403, "account-locked")
    result = run_cli("user", "unlock", "--database", demo_database, "--username", name)
    assert result.returncode == 0, result.stderr
    assert login_response(server, name, password).status_code == 200
    result = run_cli("user", "reset", "--database", demo_database, "--username", name)
    assert result.returncode == 0, result.stderr
    temporary = temporary_from(result.stdout)
    assert login_response(server, name, password).status_code == 401
    login = login_response(server, name, temporary)
    assert login.status_code == 200 and login.json()["must_change_password"] is True, login.text


def test_cli_user_command_for_an_unknown_user_fails(simpul_binary, demo_database):
    result = run_cli("user", "lock", "--database", demo_database, "--username", "tidak.ada")
    assert result.returncode != 0
    assert "tidak.ada" in result.stderr, result.stderr
