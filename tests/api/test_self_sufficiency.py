"""PD Mandiri TIK, the ICT self-sufficient agency (Perwali Madiun 39/2021 Pasal 45): the ICT
office assesses an agency against every criterion (ayat 3-4) and proposes only agencies
that meet them all (ayat 5); the chair of the Tim Koordinasi SPBE - the Sekretaris Daerah -
decides by decree (ayat 6), which sets the agency's status.

Contract: docs/organisation-contract.md, "PD Mandiri TIK" and "Who may do what". In the
demo the ICT office acts through the superadmin, `sekda` (leadership) is linked to the
person holding the chair's position, and `walikota` (leadership) is not.

Every test assesses an agency it creates itself, so the demo agencies stay as they are.
"""
from __future__ import annotations

import datetime as dt

import pytest

import support
from support import (ASSESSMENT_FIELDS, ISO_DATE, RFC3339_UTC, assert_audited, assert_problem, describe,
                     field_names, signed_in, traced, unique_name)

BASE = "/api/v1/self-sufficiency/assessments"


@pytest.fixture(scope="module")
def rule(server, admin) -> dict:
    r = admin.get("/api/v1/organisation")
    assert r.status_code == 200, describe(r)
    s = r.json()["self_sufficiency"]
    assert s and s["criteria"], f"the Madiun demo region must have PD Mandiri TIK criteria: {s}"
    return s


@pytest.fixture(scope="module")
def keys(rule) -> list[str]:
    return [c["key"] for c in rule["criteria"]]


@pytest.fixture(scope="module")
def chair(server) -> support.ApiSession:
    """The Sekretaris Daerah's account, chair of the Tim Koordinasi SPBE."""
    return signed_in(server, support.DEMO_CHAIR)


@pytest.fixture(scope="module")
def walikota(login_as) -> support.ApiSession:
    s = login_as("leadership")
    assert s.user["username"] == "walikota"
    return s


def new_agency(admin) -> dict:
    suffix = unique_name("m").split(".")[1][:8]
    r = admin.post("/api/v1/agencies", json={"name": f"Dinas Uji Mandiri {suffix}", "short_name": f"Mandiri{suffix}",
                                             "kind": "dinas"})
    assert r.status_code == 201, describe(r)
    return r.json()


def judged(keys, unmet=(), note="sesuai hasil penilaian") -> dict:
    return {k: {"met": k not in unmet, "note": note} for k in keys}


def assess(admin, agency_id, keys, unmet=()) -> dict:
    r = admin.post(BASE, json={"agency_id": agency_id, "criteria": judged(keys, unmet), "note": "penilaian uji"},
                   headers=traced())
    assert r.status_code == 201, describe(r)
    return r.json()


def propose(admin, assessment) -> dict:
    r = admin.post(f"{BASE}/{assessment['id']}/propose", headers=traced())
    assert r.status_code == 200, describe(r)
    return r.json()


def proposed(admin, keys) -> tuple[dict, dict]:
    agency = new_agency(admin)
    return agency, propose(admin, assess(admin, agency["id"], keys))


def by(value, username: str) -> bool:
    """An actor field names USERNAME (as the username, or an object carrying it)."""
    return value == username or (isinstance(value, dict) and value.get("username") == username)


def today() -> str:
    return support.region_today("Asia/Jakarta").isoformat()


def grant(decree_date=None, number=None) -> dict:
    return {"decision": "granted", "decree_number": number or "800/" + unique_name("kep").split(".")[1] + "/401.012/2026",
            "decree_date": decree_date or today()}


def get(session, assessment_id) -> dict:
    r = session.get(f"{BASE}/{assessment_id}")
    assert r.status_code == 200, describe(r)
    return r.json()


def agency_now(admin, agency_id) -> dict:
    r = admin.get(f"/api/v1/agencies/{agency_id}")
    assert r.status_code == 200, describe(r)
    return r.json()


def assessments_of(session, agency_id, **params) -> list[dict]:
    r = session.get(BASE, params={"agency_id": agency_id, **params})
    assert r.status_code == 200, describe(r)
    return r.json()["items"]


def check_assessment_shape(a: dict, rule: dict) -> None:
    assert set(a) >= ASSESSMENT_FIELDS, sorted(ASSESSMENT_FIELDS - set(a))
    assert a["status"] in {"assessed", "proposed", "granted", "refused", "withdrawn"}, a
    by_key = {c["key"]: c for c in a["criteria"]}
    assert len(by_key) == len(a["criteria"]), a["criteria"]
    assert set(by_key) == {c["key"] for c in rule["criteria"]}, "every criterion of the profile, once"
    for c in rule["criteria"]:
        got = by_key[c["key"]]
        assert set(got) >= {"key", "article", "text", "met", "note"}, got
        assert (got["article"], got["text"]) == (c["article"], c["text"]), got
        assert isinstance(got["met"], bool), got
    assert RFC3339_UTC.match(a["assessed_at"]) and RFC3339_UTC.match(a["updated_at"]), a
    assert isinstance(a["version"], int) and a["version"] >= 1, a


# --------------------------------------------------------------------------- the whole workflow


def test_assess_propose_and_grant(server, admin, chair, rule, keys):
    agency = new_agency(admin)
    assert agency["ict_self_sufficient"] is False and agency["may_do_itself"] == []

    # Pasal 45 ayat (3)-(4): the ICT office judges every criterion.
    r = admin.post(BASE, json={"agency_id": agency["id"], "criteria": judged(keys), "note": "layak"}, headers=traced())
    assert r.status_code == 201, describe(r)
    a = r.json()
    check_assessment_shape(a, rule)
    assert (a["agency_id"], a["agency_name"], a["status"]) == (agency["id"], agency["name"], "assessed"), a
    assert all(c["met"] and c["note"] == "sesuai hasil penilaian" for c in a["criteria"]), a["criteria"]
    assert a["note"] == "layak" and by(a["assessed_by"], "admin"), a
    assert a["proposed_at"] is None and a["decision"] is None and a["decided_at"] is None, a
    assert get(admin, a["id"]) == a
    assert_audited(admin, r, "self_sufficiency.assess", a["id"])

    # ayat (5): the ICT office proposes.
    r = admin.post(f"{BASE}/{a['id']}/propose", headers=traced())
    assert r.status_code == 200, describe(r)
    p = r.json()
    assert p["status"] == "proposed" and by(p["proposed_by"], "admin") and RFC3339_UTC.match(p["proposed_at"]), p
    assert p["version"] > a["version"]
    assert_audited(admin, r, "self_sufficiency.propose", a["id"])

    # ayat (6): the chair decides by Keputusan Sekretaris Daerah.
    decision = grant()
    r = chair.post(f"{BASE}/{a['id']}/decide", json=decision, headers=traced())
    assert r.status_code == 200, describe(r)
    d = r.json()
    check_assessment_shape(d, rule)
    assert (d["status"], d["decision"]) == ("granted", "granted") and by(d["decided_by"], support.DEMO_CHAIR), d
    assert (d["decree_number"], d["decree_date"]) == (decision["decree_number"], decision["decree_date"]), d
    assert RFC3339_UTC.match(d["decided_at"]), d
    assert_audited(admin, r, "self_sufficiency.decide", a["id"])
    change = assert_audited(admin, r, "agency.update", agency["id"])
    assert change["changes"].get("ict_self_sufficient") == {"before": False, "after": True}, change

    # The agency carries the status, the decree and its date, and what it may now do itself.
    after = agency_now(admin, agency["id"])
    assert after["ict_self_sufficient"] is True, after
    assert after["ict_self_sufficient_decree"] == decision["decree_number"], after
    assert after["ict_self_sufficient_since"] == decision["decree_date"], after
    assert after["may_do_itself"] and after["may_do_itself"] == rule["grants"], after
    assert after["version"] == agency["version"] + 1, after
    listed = {x["id"]: x for x in admin.get("/api/v1/organisation").json()["agencies"]}[agency["id"]]
    assert listed["ict_self_sufficient"] is True and listed["may_do_itself"] == rule["grants"], listed
    assert get(admin, a["id"]) == d
    assert [x["id"] for x in assessments_of(admin, agency["id"], status="granted")] == [a["id"]]

    # An agency that already is PD Mandiri TIK is not assessed again.
    again = admin.post(BASE, json={"agency_id": agency["id"], "criteria": judged(keys)})
    assert_problem(again, 409, "conflict")


def test_refusing_with_a_note(server, admin, chair, keys):
    agency, p = proposed(admin, keys)
    r = chair.post(f"{BASE}/{p['id']}/decide", json={"decision": "refused", "note": "SDM TIK belum bersertifikat"},
                   headers=traced())
    assert r.status_code == 200, describe(r)
    d = r.json()
    assert (d["status"], d["decision"], d["decision_note"]) == ("refused", "refused", "SDM TIK belum bersertifikat"), d
    assert_audited(admin, r, "self_sufficiency.decide", p["id"])
    after = agency_now(admin, agency["id"])
    assert after["ict_self_sufficient"] is False and after["may_do_itself"] == [], after
    # A refused assessment is closed: the agency may be assessed anew.
    assert assess(admin, agency["id"], keys)["status"] == "assessed"


# --------------------------------------------------------------------------- who may decide


def test_leadership_that_is_not_the_chair_cannot_decide(server, admin, walikota, keys):
    agency, p = proposed(admin, keys)
    r = walikota.post(f"{BASE}/{p['id']}/decide", json=grant(), headers=traced())
    assert_problem(r, 403, "forbidden")
    assert get(admin, p["id"]) == p
    assert agency_now(admin, agency["id"]) == agency
    assert support.audit_entries_for(admin, r.request.headers["X-Request-Id"]) == []


def test_the_superadmin_cannot_decide(server, admin, keys):
    agency, p = proposed(admin, keys)
    assert_problem(admin.post(f"{BASE}/{p['id']}/decide", json=grant()), 403, "forbidden")
    assert get(admin, p["id"])["status"] == "proposed"
    assert agency_now(admin, agency["id"])["ict_self_sufficient"] is False


def test_the_chair_does_not_assess_or_propose(server, admin, chair, keys):
    agency = new_agency(admin)
    assert_problem(chair.post(BASE, json={"agency_id": agency["id"], "criteria": judged(keys)}), 403, "forbidden")
    a = assess(admin, agency["id"], keys)
    assert_problem(chair.post(f"{BASE}/{a['id']}/propose"), 403, "forbidden")
    assert get(admin, a["id"])["status"] == "assessed"


@pytest.mark.parametrize("role", ["operator_own", "operator_other", "auditor", "citizen"])
def test_others_cannot_assess(server, admin, login_as, keys, role):
    agency = new_agency(admin)
    r = login_as(role).post(BASE, json={"agency_id": agency["id"], "criteria": judged(keys)})
    assert_problem(r, 403, "forbidden")
    assert assessments_of(admin, agency["id"]) == []


def test_an_operator_cannot_propose_or_withdraw(server, admin, login_as, keys):
    operator = login_as("operator_own")
    a = assess(admin, new_agency(admin)["id"], keys)
    assert_problem(operator.post(f"{BASE}/{a['id']}/propose"), 403, "forbidden")
    assert_problem(operator.post(f"{BASE}/{a['id']}/withdraw", json={}), 403, "forbidden")
    assert get(admin, a["id"]) == a


@pytest.mark.parametrize("role", ["operator_own", "leadership", "auditor"])
def test_assessments_are_readable_by_staff(server, admin, login_as, keys, role):
    a = assess(admin, new_agency(admin)["id"], keys)
    session = login_as(role)
    assert get(session, a["id"])["id"] == a["id"]
    assert [x["id"] for x in assessments_of(session, a["agency_id"])] == [a["id"]]


def test_the_decision_follows_the_chairs_position_not_an_account(server, isolated_server):
    """Whoever holds the chair's position decides (Pasal 45 ayat 6): after the Sekretaris Daerah
    position changes hands, the old account may no longer decide and the new holder's may.
    On a server of its own, as it changes who holds the chair."""
    srv = isolated_server()
    admin = signed_in(srv, "admin")
    old_chair = signed_in(srv, support.DEMO_CHAIR)
    keys = [c["key"] for c in admin.get("/api/v1/organisation").json()["self_sufficiency"]["criteria"]]
    agency, p = proposed(admin, keys)

    tim = next(k for k in admin.get("/api/v1/committees").json()["items"] if k["key"] == "tim_koordinasi")
    chair_position = next(m for m in tim["members"] if m["role"] == "chair")["position_id"]
    position = next(x for x in admin.get("/api/v1/positions").json()["items"] if x["id"] == chair_position)
    setda = position["agency_id"]
    successor = admin.post("/api/v1/people", json={"agency_id": setda, "nip": support.new_nip(),
                                                   "name": "Sekretaris Daerah Baru " + unique_name("x")})
    assert successor.status_code == 201, describe(successor)
    successor = successor.json()
    r = admin.patch(f"/api/v1/positions/{chair_position}", json={"holder_person_id": successor["id"]},
                    headers={"If-Match": f'"{position["version"]}"'})
    assert r.status_code == 200, describe(r)

    assert_problem(old_chair.post(f"{BASE}/{p['id']}/decide", json=grant()), 403, "forbidden")
    user, password = support.ready_user(srv, admin, "leadership")
    r = admin.patch(f"/api/v1/people/{successor['id']}", json={"user_id": user["id"]}, headers={"If-Match": '"1"'})
    assert r.status_code == 200, describe(r)
    new_chair = signed_in(srv, user["username"], password)
    r = new_chair.post(f"{BASE}/{p['id']}/decide", json=grant())
    assert r.status_code == 200, describe(r)
    assert r.json()["status"] == "granted" and by(r.json()["decided_by"], user["username"]), r.json()
    assert agency_now(admin, agency["id"])["ict_self_sufficient"] is True


# --------------------------------------------------------------------------- the criteria


def test_proposing_with_a_criterion_not_met_is_409(server, admin, keys):
    a = assess(admin, new_agency(admin)["id"], keys, unmet=keys[-1:])
    assert [c["met"] for c in a["criteria"]] == [k != keys[-1] for k in keys]
    r = admin.post(f"{BASE}/{a['id']}/propose", headers=traced())
    assert_problem(r, 409, "invalid-transition")
    assert get(admin, a["id"]) == a
    assert support.audit_entries_for(admin, r.request.headers["X-Request-Id"]) == []


def test_every_criterion_must_be_judged(server, admin, keys):
    agency = new_agency(admin)
    for missing in keys:
        criteria = {k: v for k, v in judged(keys).items() if k != missing}
        r = admin.post(BASE, json={"agency_id": agency["id"], "criteria": criteria})
        fields = field_names(assert_problem(r, 422, "validation-failed"))
        assert any(missing in f for f in fields), (missing, fields)
    assert assessments_of(admin, agency["id"]) == []


def test_each_missing_criterion_has_its_own_error(server, admin, keys):
    if len(keys) < 2:
        pytest.skip("the profile has one criterion")
    r = admin.post(BASE, json={"agency_id": new_agency(admin)["id"], "criteria": {}})
    fields = field_names(assert_problem(r, 422, "validation-failed"))
    for k in keys:
        assert any(k in f for f in fields), (k, fields)


def test_an_unknown_criterion_is_422(server, admin, keys):
    agency = new_agency(admin)
    criteria = {**judged(keys), "punya_server_sendiri": {"met": True, "note": ""}}
    r = admin.post(BASE, json={"agency_id": agency["id"], "criteria": criteria})
    fields = field_names(assert_problem(r, 422, "validation-failed"))
    assert any("punya_server_sendiri" in f for f in fields), fields
    assert assessments_of(admin, agency["id"]) == []


@pytest.mark.parametrize("criteria", [None, "semua", ["ict_staff"], "{no-met}", "{met-as-text}"],
                         ids=["absent", "text", "list", "without met", "met as text"])
def test_malformed_criteria_are_422(server, admin, keys, criteria):
    agency = new_agency(admin)
    if criteria == "{no-met}":
        criteria = {k: {"note": "lupa"} for k in keys}
    elif criteria == "{met-as-text}":
        criteria = {k: {"met": "ya"} for k in keys}
    body = {"agency_id": agency["id"]}
    if criteria is not None:
        body["criteria"] = criteria
    fields = field_names(assert_problem(admin.post(BASE, json=body), 422, "validation-failed"))
    assert any(f.startswith("criteria") for f in fields), fields
    assert assessments_of(admin, agency["id"]) == []


def test_assessing_an_unknown_agency_is_422(server, admin, keys):
    r = admin.post(BASE, json={"agency_id": 999999999, "criteria": judged(keys)})
    assert "agency_id" in field_names(assert_problem(r, 422, "validation-failed"))


# --------------------------------------------------------------------------- one open assessment


def test_a_second_open_assessment_is_409(server, admin, keys):
    agency = new_agency(admin)
    first = assess(admin, agency["id"], keys)
    assert_problem(admin.post(BASE, json={"agency_id": agency["id"], "criteria": judged(keys)}), 409, "conflict")
    propose(admin, first)
    assert_problem(admin.post(BASE, json={"agency_id": agency["id"], "criteria": judged(keys)}), 409, "conflict")
    assert [x["id"] for x in assessments_of(admin, agency["id"])] == [first["id"]]


def test_simultaneous_assessments_of_one_agency_make_one(server, admin, keys):
    agency = new_agency(admin)
    body = {"agency_id": agency["id"], "criteria": judged(keys)}
    answers = support.in_parallel(admin, [("POST", BASE, body)] * 6)
    codes = sorted(r.status_code for r in answers)
    assert codes == [201] + [409] * 5, [describe(r) for r in answers]
    for r in answers:
        if r.status_code == 409:
            assert_problem(r, 409, "conflict")
    assert len(assessments_of(admin, agency["id"])) == 1


def test_simultaneous_decisions_decide_once(server, admin, chair, keys):
    agency, p = proposed(admin, keys)
    answers = support.in_parallel(chair, [("POST", f"{BASE}/{p['id']}/decide", grant(number=f"800/{i}/2026"))
                                          for i in range(4)])
    codes = sorted(r.status_code for r in answers)
    assert codes == [200, 409, 409, 409], [describe(r) for r in answers]
    winner = next(r.json() for r in answers if r.status_code == 200)
    after = agency_now(admin, agency["id"])
    assert after["ict_self_sufficient_decree"] == winner["decree_number"], (after, winner)
    assert after["version"] == agency["version"] + 1, "the agency changed once"


def test_withdrawing_closes_an_assessment(server, admin, keys):
    agency = new_agency(admin)
    a = assess(admin, agency["id"], keys)
    r = admin.post(f"{BASE}/{a['id']}/withdraw", json={"note": "data belum lengkap"}, headers=traced())
    assert r.status_code == 200, describe(r)
    assert r.json()["status"] == "withdrawn", r.json()
    assert_audited(admin, r, "self_sufficiency.withdraw", a["id"])
    assert_problem(admin.post(f"{BASE}/{a['id']}/withdraw", json={}), 409, "invalid-transition")
    assert_problem(admin.post(f"{BASE}/{a['id']}/propose"), 409, "invalid-transition")
    second = assess(admin, agency["id"], keys)
    assert second["id"] != a["id"]
    statuses = {x["id"]: x["status"] for x in assessments_of(admin, agency["id"])}
    assert statuses == {a["id"]: "withdrawn", second["id"]: "assessed"}, statuses
    assert [x["id"] for x in assessments_of(admin, agency["id"], status="withdrawn")] == [a["id"]]


def test_a_withdrawn_proposal_cannot_be_decided(server, admin, chair, keys):
    agency, p = proposed(admin, keys)
    r = admin.post(f"{BASE}/{p['id']}/withdraw", json={})
    assert r.status_code == 200 and r.json()["status"] == "withdrawn", describe(r)
    assert_problem(chair.post(f"{BASE}/{p['id']}/decide", json=grant()), 409, "invalid-transition")
    assert agency_now(admin, agency["id"])["ict_self_sufficient"] is False


def test_deciding_before_the_proposal_is_409(server, admin, chair, keys):
    a = assess(admin, new_agency(admin)["id"], keys)
    assert_problem(chair.post(f"{BASE}/{a['id']}/decide", json=grant()), 409, "invalid-transition")
    assert get(admin, a["id"])["status"] == "assessed"


def test_a_decided_proposal_is_not_decided_again(server, admin, chair, keys):
    agency, p = proposed(admin, keys)
    r = chair.post(f"{BASE}/{p['id']}/decide", json={"decision": "refused", "note": "belum layak"})
    assert r.status_code == 200, describe(r)
    assert_problem(chair.post(f"{BASE}/{p['id']}/decide", json=grant()), 409, "invalid-transition")
    assert_problem(admin.post(f"{BASE}/{p['id']}/withdraw", json={}), 409, "invalid-transition")
    assert agency_now(admin, agency["id"])["ict_self_sufficient"] is False


# --------------------------------------------------------------------------- the decision's fields


@pytest.mark.parametrize("drop", [("decree_number",), ("decree_date",), ("decree_number", "decree_date")])
def test_granting_needs_the_decree(server, admin, chair, keys, drop):
    agency, p = proposed(admin, keys)
    body = {k: v for k, v in grant().items() if k not in drop}
    r = chair.post(f"{BASE}/{p['id']}/decide", json=body)
    fields = field_names(assert_problem(r, 422, "validation-failed"))
    assert set(drop) <= set(fields), fields
    assert get(admin, p["id"])["status"] == "proposed"
    assert agency_now(admin, agency["id"])["ict_self_sufficient"] is False


def test_granting_with_an_empty_decree_number_is_422(server, admin, chair, keys):
    _, p = proposed(admin, keys)
    r = chair.post(f"{BASE}/{p['id']}/decide", json={**grant(), "decree_number": ""})
    assert "decree_number" in field_names(assert_problem(r, 422, "validation-failed"))


@pytest.mark.parametrize("note", [None, ""], ids=["absent", "empty"])
def test_refusing_needs_a_note(server, admin, chair, keys, note):
    _, p = proposed(admin, keys)
    body = {"decision": "refused"} if note is None else {"decision": "refused", "note": note}
    fields = field_names(assert_problem(chair.post(f"{BASE}/{p['id']}/decide", json=body), 422, "validation-failed"))
    assert "note" in fields, fields
    assert get(admin, p["id"])["status"] == "proposed"


def test_a_decree_dated_in_the_future_is_422(server, admin, chair, keys):
    agency, p = proposed(admin, keys)
    tomorrow = (support.region_today("Asia/Jakarta") + dt.timedelta(days=1)).isoformat()
    r = chair.post(f"{BASE}/{p['id']}/decide", json=grant(decree_date=tomorrow))
    assert "decree_date" in field_names(assert_problem(r, 422, "validation-failed"))
    assert get(admin, p["id"])["status"] == "proposed"
    assert agency_now(admin, agency["id"])["ict_self_sufficient"] is False


@pytest.mark.parametrize("date", ["2020-01-15", "2026-02-30", "15/01/2026", "kemarin"])
def test_a_decree_before_the_proposal_or_malformed_is_422(server, admin, chair, keys, date):
    _, p = proposed(admin, keys)
    r = chair.post(f"{BASE}/{p['id']}/decide", json=grant(decree_date=date))
    assert "decree_date" in field_names(assert_problem(r, 422, "validation-failed"))
    assert get(admin, p["id"])["status"] == "proposed"


@pytest.mark.parametrize("decision", ["approved", "", None])
def test_an_unknown_decision_is_422(server, admin, chair, keys, decision):
    _, p = proposed(admin, keys)
    body = {**grant(), "decision": decision}
    assert "decision" in field_names(assert_problem(chair.post(f"{BASE}/{p['id']}/decide", json=body),
                                                    422, "validation-failed"))


def test_a_decree_dated_on_the_proposal_day_is_accepted(server, admin, chair, keys):
    _, p = proposed(admin, keys)
    r = chair.post(f"{BASE}/{p['id']}/decide", json=grant(decree_date=today()))
    assert r.status_code == 200, describe(r)
    assert ISO_DATE.match(r.json()["decree_date"])


# --------------------------------------------------------------------------- listing, unknown ids


def test_list_filters_by_status(server, admin, keys):
    a = assess(admin, new_agency(admin)["id"], keys)
    assessed = admin.get(BASE, params={"status": "assessed"}).json()["items"]
    assert a["id"] in [x["id"] for x in assessed] and all(x["status"] == "assessed" for x in assessed)
    proposed_items = admin.get(BASE, params={"status": "proposed"}).json()["items"]
    assert a["id"] not in [x["id"] for x in proposed_items]
    assert all(x["status"] == "proposed" for x in proposed_items)


def test_unknown_assessment_is_404(server, admin, chair):
    assert_problem(admin.get(f"{BASE}/999999999"), 404, "not-found")
    assert_problem(admin.post(f"{BASE}/999999999/propose"), 404, "not-found")
    assert_problem(admin.post(f"{BASE}/999999999/withdraw", json={}), 404, "not-found")
    assert_problem(chair.post(f"{BASE}/999999999/decide", json=grant()), 404, "not-found")


# --------------------------------------------------------------------------- a regulation without Pasal 45


def test_a_region_whose_regulation_has_no_pd_mandiri_tik_answers_409(server, admin, initialised_server):
    profile = admin.get("/api/v1/profiles/kendari").json()
    assert profile["ict_self_sufficiency"] is None, "the test needs a profile without PD Mandiri TIK"
    srv, kendari_admin, _ = initialised_server("kendari", region="Kota Kendari")
    org = kendari_admin.get("/api/v1/organisation").json()
    assert org["region"]["profile"] == "kendari" and org["self_sufficiency"] is None, org["region"]
    agency = org["agencies"][0]
    assert agency["may_do_itself"] == [] and agency["ict_self_sufficient"] is False, agency
    keys = [c["key"] for c in admin.get("/api/v1/organisation").json()["self_sufficiency"]["criteria"]]
    for r in (kendari_admin.post(BASE, json={"agency_id": agency["id"], "criteria": judged(keys)}),
              kendari_admin.get(BASE),
              kendari_admin.get(f"{BASE}/1"),
              kendari_admin.post(f"{BASE}/1/propose"),
              kendari_admin.post(f"{BASE}/1/withdraw", json={})):
        assert_problem(r, 409, "not-in-regulation")
