"""The permission matrix: every route of docs/openapi.yaml × every role, against an
explicit decision table.

Allowed means the answer is neither 401 nor 403 (nor a 5xx, nor a 404/405 on a route
without ids, which would mean the route is not served). Denied means exactly 401
`authentication-required` for anonymous callers and exactly 403 `forbidden` for a
signed-in role that may not. A route in openapi.yaml without a row here fails
("new route without a decision"): decide who may call it, then add the row.

Contract: docs/identity-contract.md, "Roles" and the route sections; docs/organisation-contract.md,
"Who may do what" (record-level rules - an operator's own agency, the deciding chair - are
tested in test_organisation.py and test_self_sufficiency.py).
"""
from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest
import yaml

import support
from permission_roles import (ALL, AUDIT_READERS, CHAIR_ONLY, ORGANISATION_READERS, ROLES, SIGNED_IN, STAFF,
                              STAFF_EDITORS, SUPERADMIN)
from support import DEMO_PASSWORD, DEMO_USERS, assert_problem, signed_in

OPENAPI = support.REPO_ROOT / "docs" / "openapi.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")

# (method, path with {} for every path parameter) -> the roles allowed.
DECISIONS: dict[tuple[str, str], frozenset] = {
    ("GET", "/healthz"): ALL,
    ("GET", "/readyz"): ALL,
    ("GET", "/metrics"): ALL,
    ("GET", "/api/v1/status"): ALL,
    ("GET", "/api/v1/regions"): ALL,
    ("GET", "/api/v1/regions/{}"): ALL,
    ("POST", "/api/v1/client-errors"): ALL,
    ("POST", "/api/v1/auth/login"): ALL,
    ("POST", "/api/v1/auth/logout"): SIGNED_IN,
    ("GET", "/api/v1/auth/me"): SIGNED_IN,
    ("POST", "/api/v1/auth/password"): SIGNED_IN,
    ("GET", "/api/v1/agencies"): SIGNED_IN,  # "any signed-in user"
    # "Citizens cannot create tokens"; listing and revoking follow the same rule.
    ("GET", "/api/v1/tokens"): STAFF,
    ("POST", "/api/v1/tokens"): STAFF,
    ("DELETE", "/api/v1/tokens/{}"): STAFF,
    ("GET", "/api/v1/users"): SUPERADMIN,
    ("POST", "/api/v1/users"): SUPERADMIN,
    ("GET", "/api/v1/users/{}"): SUPERADMIN,
    ("PATCH", "/api/v1/users/{}"): SUPERADMIN,
    ("POST", "/api/v1/users/{}/lock"): SUPERADMIN,
    ("POST", "/api/v1/users/{}/unlock"): SUPERADMIN,
    ("POST", "/api/v1/users/{}/reset-password"): SUPERADMIN,
    ("GET", "/api/v1/audit"): AUDIT_READERS,
    ("GET", "/api/v1/audit/verify"): AUDIT_READERS,
    # Organisation (docs/organisation-contract.md)
    ("GET", "/api/v1/region"): SIGNED_IN,  # "read the profiles and the region (with its terms)": every role
    ("PATCH", "/api/v1/region"): SUPERADMIN,
    ("GET", "/api/v1/organisation"): ORGANISATION_READERS,
    ("POST", "/api/v1/agencies"): SUPERADMIN,
    ("GET", "/api/v1/agencies/{}"): ORGANISATION_READERS,
    ("PATCH", "/api/v1/agencies/{}"): SUPERADMIN,
    ("GET", "/api/v1/people"): ORGANISATION_READERS,
    ("POST", "/api/v1/people"): STAFF_EDITORS,
    ("GET", "/api/v1/people/{}"): ORGANISATION_READERS,
    ("PATCH", "/api/v1/people/{}"): STAFF_EDITORS,
    ("GET", "/api/v1/positions"): ORGANISATION_READERS,
    ("POST", "/api/v1/positions"): STAFF_EDITORS,
    ("PATCH", "/api/v1/positions/{}"): STAFF_EDITORS,
    ("GET", "/api/v1/committees"): ORGANISATION_READERS,
    ("PATCH", "/api/v1/committees/{}"): SUPERADMIN,
    ("POST", "/api/v1/committees/{}/members"): SUPERADMIN,
    ("DELETE", "/api/v1/committees/{}/members/{}"): SUPERADMIN,
    ("PUT", "/api/v1/architecture-coordinators/{}"): SUPERADMIN,
    ("PUT", "/api/v1/gcio"): SUPERADMIN,
    # PD Mandiri TIK: the ICT office (the superadmin) assesses, proposes and withdraws; the chair decides.
    ("GET", "/api/v1/self-sufficiency/assessments"): ORGANISATION_READERS,
    ("POST", "/api/v1/self-sufficiency/assessments"): SUPERADMIN,
    ("GET", "/api/v1/self-sufficiency/assessments/{}"): ORGANISATION_READERS,
    ("POST", "/api/v1/self-sufficiency/assessments/{}/propose"): SUPERADMIN,
    ("POST", "/api/v1/self-sufficiency/assessments/{}/withdraw"): SUPERADMIN,
    ("POST", "/api/v1/self-sufficiency/assessments/{}/decide"): CHAIR_ONLY,
    ("GET", "/api/v1/profiles"): SIGNED_IN,
    ("GET", "/api/v1/profiles/{}"): SIGNED_IN,
}

# Bodies that are harmless for an allowed caller (they fail validation, or touch only
# the caller's own throw-away session).
BODIES = {
    ("POST", "/api/v1/client-errors"): {"message": "permission matrix", "page": "/matrix"},
    ("POST", "/api/v1/auth/password"): {},
    ("POST", "/api/v1/tokens"): {},
    ("POST", "/api/v1/users"): {},
    ("PATCH", "/api/v1/users/{}"): {},
    # Organisation: empty bodies fail validation (422) or lack If-Match (428); ids of no record give 404.
    ("PATCH", "/api/v1/region"): {},
    ("POST", "/api/v1/agencies"): {},
    ("PATCH", "/api/v1/agencies/{}"): {},
    ("POST", "/api/v1/people"): {},
    ("PATCH", "/api/v1/people/{}"): {},
    ("POST", "/api/v1/positions"): {},
    ("PATCH", "/api/v1/positions/{}"): {},
    ("PATCH", "/api/v1/committees/{}"): {},
    ("POST", "/api/v1/committees/{}/members"): {},
    ("PUT", "/api/v1/architecture-coordinators/{}"): {},
    ("PUT", "/api/v1/gcio"): {},
    ("POST", "/api/v1/self-sufficiency/assessments"): {},
    ("POST", "/api/v1/self-sufficiency/assessments/{}/propose"): {},
    ("POST", "/api/v1/self-sufficiency/assessments/{}/withdraw"): {},
    ("POST", "/api/v1/self-sufficiency/assessments/{}/decide"): {},
}
# The decisions of later areas, one file each (tests/api/permissions_<area>.py).
for _area in sorted(p.stem for p in Path(__file__).parent.glob("permissions_*.py")):
    _module = importlib.import_module(_area)
    DECISIONS.update(_module.DECISIONS)
    BODIES.update(getattr(_module, "BODIES", {}))

# Routes whose call would end or replace the caller's session: each role gets a fresh one.
OWN_SESSION = {("POST", "/api/v1/auth/logout"), ("POST", "/api/v1/auth/login")}

PARAM = re.compile(r"\{[^}]*\}")


def normalise(path: str) -> str:
    return PARAM.sub("{}", path)


def openapi_routes() -> list[tuple[str, str]]:
    doc = yaml.safe_load(OPENAPI.read_text())
    routes = []
    for path, item in (doc.get("paths") or {}).items():
        for method in item or {}:
            if method.lower() in HTTP_METHODS:
                routes.append((method.upper(), normalise(path)))
    return routes


def concrete(path: str) -> str:
    """A request path for a route: the demo region, and an id no record has."""
    if path.startswith("/api/v1/regions/"):
        return path.replace("{}", support.DEMO_REGION)
    return path.replace("{}", "999999999")


ALL_ROUTES = sorted(set(openapi_routes()) | set(DECISIONS), key=lambda r: (r[1], r[0]))


def test_openapi_lists_routes():
    routes = openapi_routes()
    assert ("GET", "/healthz") in routes, routes


def test_every_openapi_route_has_a_decision():
    missing = [f"{m} {p}" for m, p in openapi_routes() if (m, p) not in DECISIONS]
    assert not missing, ("new route without a decision (add it to DECISIONS in test_permissions.py): "
                         + ", ".join(missing))


def test_every_decided_route_is_in_openapi():
    described = set(openapi_routes())
    undocumented = [f"{m} {p}" for (m, p) in DECISIONS if (m, p) not in described]
    assert not undocumented, "routes of the identity contract missing from docs/openapi.yaml: " + \
        ", ".join(undocumented)


@pytest.fixture(scope="module")
def caller(server, login_as):
    def get(role: str, fresh: bool = False) -> support.ApiSession:
        if role == "anonymous":
            return support.anonymous(server)
        if fresh:
            return signed_in(server, DEMO_USERS[role])
        return login_as(role)
    return get


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("method,path", ALL_ROUTES, ids=[f"{m} {p}" for m, p in ALL_ROUTES])
def test_permission_matrix(server, caller, method, path, role):
    allowed_roles = DECISIONS.get((method, path))
    if allowed_roles is None:
        pytest.fail(f"new route without a decision: {method} {path} is in docs/openapi.yaml but not in "
                    "DECISIONS of test_permissions.py")
    session = caller(role, fresh=(method, path) in OWN_SESSION)
    body = BODIES.get((method, path))
    if (method, path) == ("POST", "/api/v1/auth/login"):  # each role signs in as itself (per-username throttle)
        body = {"username": DEMO_USERS.get(role, "warga"), "password": DEMO_PASSWORD}
    r = session.request(method, concrete(path), json=body)
    where = f"{role}: {support.describe(r)}"
    if role in allowed_roles:
        assert r.status_code not in (401, 403), f"should be allowed; {where}"
        assert r.status_code < 500, f"server error; {where}"
        if "{}" not in path:
            assert r.status_code not in (404, 405), f"route not served; {where}"
    elif role == "anonymous":
        assert r.status_code == 401, f"should be 401 for anonymous callers; {where}"
        assert_problem(r, 401, "authentication-required")
    else:
        assert r.status_code == 403, f"should be 403 for {role}; {where}"
        assert_problem(r, 403, "forbidden")


def test_operators_of_two_agencies_are_both_in_the_matrix(login_as):
    own, other = login_as("operator_own").user, login_as("operator_other").user
    assert own["role"] == other["role"] == "agency_operator"
    assert own["agency_id"] != other["agency_id"], (own, other)
