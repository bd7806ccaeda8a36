"""The organisation: the region with its regulation's words, agencies, people keyed by NIP,
positions, the bodies of the regulation and the architecture domain coordinators.

Contract: docs/organisation-contract.md (routes, bodies, errors, "Who may do what");
conventions of docs/http-contract.md (If-Match: 428 without, 412 when stale; 422 with
field errors). Every mutation must leave an audit entry: each mutating request here
carries its own X-Request-Id and the entry is looked up by it (support.assert_audited).

Runs on the shared demo server (Kota Madiun, profile madiun). Tests that change shared
records either create their own or put the old value back.
"""
from __future__ import annotations

import re

import pytest

import support
from support import (AGENCY_FIELDS, AGENCY_KINDS, AGENCY_ROLES, ARCHITECTURE_DOMAINS, COMMITTEE_FIELDS, ISO_DATE,
                     MEMBER_FIELDS, MEMBER_ROLES, PERSON_FIELDS, POSITION_FIELDS, REGION_DETAIL_FIELDS, RFC3339_UTC,
                     SPBE_ROLES, TERM_KEYS, assert_audited, assert_problem, describe, field_names, new_nip,
                     traced, unique_name)


# --------------------------------------------------------------------------- helpers


@pytest.fixture(scope="module")
def demo(server, admin) -> dict:
    """Ids of the demo agencies the tests use, by short name, and the operators' agencies."""
    by_short = support.agencies_by_short_name(admin)
    for short in ("Diskominfo", "Bappeda", "Dinkes"):
        assert short in by_short, f"the demo has no agency {short!r}: {sorted(by_short)}"
    return {"Diskominfo": by_short["Diskominfo"]["id"], "Bappeda": by_short["Bappeda"]["id"],
            "Dinkes": by_short["Dinkes"]["id"]}


@pytest.fixture(scope="module")
def operator(login_as, demo):
    """operator.dinkes (agency operator of Dinkes)."""
    s = login_as("operator_own")
    assert s.user["agency_id"] == demo["Dinkes"], s.user
    return s


def person_body(agency_id, **kw) -> dict:
    body = {"agency_id": agency_id, "nip": new_nip(), "name": "Uji " + unique_name("pegawai"),
            "email": None, "phone": None, "spbe_roles": []}
    body.update(kw)
    return body


def create_person(session, agency_id, **kw) -> dict:
    r = session.post("/api/v1/people", json=person_body(agency_id, **kw), headers=traced())
    assert r.status_code == 201, describe(r)
    return r.json()


def people_named(session, name: str) -> list[dict]:
    r = session.get("/api/v1/people", params={"q": name, "limit": 100})
    assert r.status_code == 200, describe(r)
    return [p for p in r.json()["items"] if p["name"] == name]


def positions_of(session, agency_id=None) -> list[dict]:
    params = {} if agency_id is None else {"agency_id": agency_id}
    r = session.get("/api/v1/positions", params=params)
    assert r.status_code == 200, describe(r)
    return r.json()["items"]


def committees(session) -> list[dict]:
    r = session.get("/api/v1/committees")
    assert r.status_code == 200, describe(r)
    return r.json()["items"]


def committee(session, key: str) -> dict:
    found = [k for k in committees(session) if k["key"] == key]
    assert len(found) == 1, f"expected one committee {key}: {[k['key'] for k in committees(session)]}"
    return found[0]


def organisation(session) -> dict:
    r = session.get("/api/v1/organisation")
    assert r.status_code == 200, describe(r)
    return r.json()


def check_agency_shape(a: dict) -> None:
    assert set(a) >= AGENCY_FIELDS, sorted(AGENCY_FIELDS - set(a))
    assert isinstance(a["id"], int) and a["name"].strip() and a["short_name"].strip(), a
    assert a["kind"] in AGENCY_KINDS, a
    assert isinstance(a["roles"], list) and set(a["roles"]) <= set(AGENCY_ROLES), a
    assert a["parent_agency_id"] is None or isinstance(a["parent_agency_id"], int), a
    if a["head"] is not None:
        assert set(a["head"]) >= {"position_id", "title", "person"}, a["head"]
        assert a["head"]["person"] is None or set(a["head"]["person"]) >= {"id", "name"}, a["head"]
    assert isinstance(a["ict_self_sufficient"], bool), a
    assert isinstance(a["may_do_itself"], list), a
    if a["ict_self_sufficient"]:
        assert a["ict_self_sufficient_decree"] and ISO_DATE.match(a["ict_self_sufficient_since"] or ""), a
        assert a["may_do_itself"], a
    else:
        assert a["ict_self_sufficient_decree"] is None and a["ict_self_sufficient_since"] is None, a
        assert a["may_do_itself"] == [], a
    assert isinstance(a["people_count"], int) and a["people_count"] >= 0, a
    assert isinstance(a["version"], int) and a["version"] >= 1, a
    assert RFC3339_UTC.match(a["created_at"]) and RFC3339_UTC.match(a["updated_at"]), a


def check_person_shape(p: dict) -> None:
    assert set(p) >= PERSON_FIELDS, sorted(PERSON_FIELDS - set(p))
    assert isinstance(p["id"], int) and p["name"].strip(), p
    assert p["nip"] is None or support.nip_problem(p["nip"]) is None, p
    assert isinstance(p["spbe_roles"], list) and set(p["spbe_roles"]) <= SPBE_ROLES, p
    assert isinstance(p["version"], int) and p["version"] >= 1, p
    assert RFC3339_UTC.match(p["created_at"]) and RFC3339_UTC.match(p["updated_at"]), p


def check_position_shape(p: dict) -> None:
    assert set(p) >= POSITION_FIELDS, sorted(POSITION_FIELDS - set(p))
    assert isinstance(p["is_head"], bool) and p["title"].strip(), p
    if p["holder"] is not None:
        assert set(p["holder"]) >= {"id", "name", "nip"}, p


def check_committee_shape(k: dict) -> None:
    assert set(k) >= COMMITTEE_FIELDS, sorted(COMMITTEE_FIELDS - set(k))
    assert k["key"] and k["name"].strip() and k["article"].startswith("Pasal "), k
    for m in k["members"]:
        assert set(m) >= MEMBER_FIELDS, m
        assert m["role"] in MEMBER_ROLES, m
        assert (m["position_id"] is None) != (m["selector"] is None), f"a member is a position or a selector: {m}"


# --------------------------------------------------------------------------- the organisation in one request


def test_organisation_answers_everything_in_one_request(server, admin):
    org = organisation(admin)
    assert set(org) >= {"region", "agencies", "committees", "architecture_coordinators", "gcio",
                        "self_sufficiency"}, sorted(org)
    assert org["region"]["id"] == support.DEMO_REGION and org["region"]["profile"] == "madiun", org["region"]
    assert set(org["region"]) >= REGION_DETAIL_FIELDS, sorted(org["region"])
    for a in org["agencies"]:
        check_agency_shape(a)
    for k in org["committees"]:
        check_committee_shape(k)
    assert org["gcio"] is None or set(org["gcio"]) >= {"position_id", "title", "holder", "article"}, org["gcio"]


def test_demo_region_has_30_to_60_agencies_with_their_roles(server, admin, demo_agency_count):
    # The demo filled an empty database first, so its agencies hold the lowest ids;
    # tests that ran before this one may have added more.
    everything = sorted(organisation(admin)["agencies"], key=lambda a: a["id"])
    assert 30 <= demo_agency_count <= 60 and len(everything) >= demo_agency_count, len(everything)
    agencies = everything[:demo_agency_count]
    assert len({a["id"] for a in agencies}) == len(agencies)
    shorts = [a["short_name"] for a in agencies]
    assert len(set(shorts)) == len(shorts), "short names are unique in the region"
    by_short = {a["short_name"]: a for a in agencies}
    assert by_short["Diskominfo"]["roles"] == ["ict_office"], by_short["Diskominfo"]
    assert by_short["Bappeda"]["roles"] == ["planning_office"], by_short["Bappeda"]
    assert "Kesehatan" in by_short["Dinkes"]["name"], by_short["Dinkes"]
    for role in AGENCY_ROLES:
        holders = [a for a in agencies if role in a["roles"]]
        assert len(holders) == 1, (role, [h["short_name"] for h in holders])
    bureau = next(a for a in agencies if "organization_bureau" in a["roles"])
    assert bureau["kind"] == "bagian" and "Organisasi" in bureau["name"], bureau
    ids = {a["id"] for a in agencies}
    assert all(a["parent_agency_id"] in ids for a in agencies if a["parent_agency_id"] is not None)
    assert sum(1 for a in agencies if a["head"] and a["head"]["person"]) >= len(agencies) // 2, \
        "most agencies of the demo have a head in office"


def test_agency_list_is_sorted_by_name_and_matches_the_organisation(server, admin):
    items = admin.get("/api/v1/agencies").json()["items"]
    names = [a["name"] for a in items]
    assert names in (sorted(names), sorted(names, key=str.casefold)), names
    assert {a["id"] for a in items} == {a["id"] for a in organisation(admin)["agencies"]}
    for a in items:
        check_agency_shape(a)


def test_region_terms_cover_every_term_key(server, admin):
    terms = organisation(admin)["region"]["terms"]
    for key in TERM_KEYS:
        assert isinstance(terms.get(key), dict) and terms[key].get("id") and terms[key].get("en"), (key, terms.get(key))


def test_tim_koordinasi_is_chaired_by_the_sekretaris_daerah(server, admin):
    tim = committee(admin, "tim_koordinasi")
    chairs = [m for m in tim["members"] if m["role"] == "chair"]
    assert len(chairs) == 1, tim["members"]
    chair = chairs[0]
    assert chair["position_id"] and "Sekretaris Daerah" in chair["position_title"], chair
    assert chair["holder"] and chair["holder"]["name"], "the chair's position has a holder in the demo"
    users = {u["username"]: u for u in support.all_pages(admin, "/api/v1/users")}
    person = admin.get(f"/api/v1/people/{chair['holder']['id']}").json()
    assert person["user_id"] == users[support.DEMO_CHAIR]["id"], \
        f"the user {support.DEMO_CHAIR} must be linked to the chair's holder: {person}"
    assert users["walikota"]["id"] != person["user_id"]


def test_working_groups_belong_to_a_committee(server, admin):
    ks = committees(admin)
    ids = {k["id"] for k in ks}
    for k in ks:
        check_committee_shape(k)
        assert k["parent_committee_id"] is None or k["parent_committee_id"] in ids, k


def test_self_sufficiency_rule_is_in_the_organisation(server, admin):
    s = organisation(admin)["self_sufficiency"]
    assert isinstance(s, dict), "Madiun's regulation has PD Mandiri TIK (Pasal 45)"
    assert s["article"].startswith("Pasal 45"), s
    assert s["criteria"] and all(set(c) >= {"key", "article", "text"} for c in s["criteria"]), s
    assert s["grants"], s
    assert s["decided_by"]["body"] == "tim_koordinasi" and s["decided_by"]["role"] == "chair", s["decided_by"]
    assert "Sekretaris Daerah" in s["decided_by"]["title"], s["decided_by"]


def test_architecture_coordinators_name_agencies(server, admin):
    org = organisation(admin)
    ids = {a["id"] for a in org["agencies"]}
    domains = [c["domain"] for c in org["architecture_coordinators"]]
    assert len(set(domains)) == len(domains), domains
    for c in org["architecture_coordinators"]:
        assert c["domain"] in ARCHITECTURE_DOMAINS and c["agency_id"] in ids, c


# --------------------------------------------------------------------------- region


def test_region_has_etag_citation_and_terms_for_every_role(server, login_as):
    for role in ("citizen", "superadmin", "operator_own"):
        r = login_as(role).get("/api/v1/region")
        assert r.status_code == 200, describe(r)
        region = r.json()
        assert set(region) >= REGION_DETAIL_FIELDS, sorted(region)
        assert r.headers.get("ETag") == f'"{region["version"]}"', r.headers.get("ETag")
        assert region["citation"]["short"] == "Perwali Madiun 39/2021", region["citation"]
        assert region["time_zone"] in support.ZONE_OFFSETS, region


def test_region_patch_without_if_match_is_428(server, admin):
    before = admin.get("/api/v1/region").json()
    r = admin.patch("/api/v1/region", json={"name": "Kota Tanpa If-Match"})
    assert_problem(r, 428, "precondition-required")
    assert admin.get("/api/v1/region").json() == before


def test_region_patch_changes_and_is_audited_then_a_stale_version_is_412(server, admin):
    old = admin.get("/api/v1/region")
    original, etag = old.json(), old.headers["ETag"]
    r = admin.patch("/api/v1/region", json={"name": "Kota Madiun (uji)"}, headers=traced(**{"If-Match": etag}))
    try:
        assert r.status_code == 200, describe(r)
        changed = r.json()
        assert changed["name"] == "Kota Madiun (uji)" and changed["version"] == original["version"] + 1, changed
        assert r.headers.get("ETag") == f'"{changed["version"]}"'
        assert admin.get(f"/api/v1/regions/{support.DEMO_REGION}").json()["name"] == "Kota Madiun (uji)"
        entry = assert_audited(admin, r, re.compile(r"region\..+"), support.DEMO_REGION)
        assert entry["changes"].get("name") == {"before": original["name"], "after": "Kota Madiun (uji)"}, entry
        stale = admin.patch("/api/v1/region", json={"name": "Kota Basi"}, headers={"If-Match": etag})
        assert_problem(stale, 412, "precondition-failed")
        assert admin.get("/api/v1/region").json()["name"] == "Kota Madiun (uji)"
    finally:
        current = admin.get("/api/v1/region").headers["ETag"]
        back = admin.patch("/api/v1/region", json={"name": original["name"]}, headers={"If-Match": current})
        assert back.status_code == 200, describe(back)


@pytest.mark.parametrize("body,field", [
    ({"time_zone": "Europe/Berlin"}, "time_zone"),
    ({"time_zone": "Asia/Singapore"}, "time_zone"),
    ({"name": ""}, "name"),
])
def test_region_patch_validates(server, admin, body, field):
    before = admin.get("/api/v1/region")
    r = admin.patch("/api/v1/region", json=body, headers={"If-Match": before.headers["ETag"]})
    assert field in field_names(assert_problem(r, 422, "validation-failed"))
    assert admin.get("/api/v1/region").json() == before.json()


def test_region_time_zone_may_be_wita(server, admin):
    original = admin.get("/api/v1/region")
    r = admin.patch("/api/v1/region", json={"time_zone": "Asia/Makassar"},
                    headers={"If-Match": original.headers["ETag"]})
    try:
        assert r.status_code == 200, describe(r)
        assert r.json()["time_zone"] == "Asia/Makassar"
    finally:
        current = admin.get("/api/v1/region").headers["ETag"]
        admin.patch("/api/v1/region", json={"time_zone": original.json()["time_zone"]}, headers={"If-Match": current})


# --------------------------------------------------------------------------- agencies


def agency_body(**kw) -> dict:
    suffix = unique_name("x").split(".")[1][:8]
    body = {"name": f"Dinas Uji {suffix}", "short_name": f"Uji{suffix}", "kind": "dinas"}
    body.update(kw)
    return body


def test_create_agency(server, admin):
    body = agency_body()
    r = admin.post("/api/v1/agencies", json=body, headers=traced())
    assert r.status_code == 201, describe(r)
    a = r.json()
    check_agency_shape(a)
    assert (a["name"], a["short_name"], a["kind"], a["roles"]) == (body["name"], body["short_name"], "dinas", [])
    assert a["ict_self_sufficient"] is False and a["version"] == 1 and a["people_count"] == 0, a
    got = admin.get(f"/api/v1/agencies/{a['id']}")
    assert got.status_code == 200 and got.headers.get("ETag") == '"1"', describe(got)
    assert got.json() == a
    assert a["id"] in {x["id"] for x in admin.get("/api/v1/agencies").json()["items"]}
    entry = assert_audited(admin, r, "agency.create", a["id"])
    assert entry["actor"]["username"] == "admin", entry


def test_create_agency_under_a_parent(server, admin):
    parent = agency_with_name(admin, "Sekretariat Daerah")
    r = admin.post("/api/v1/agencies", json=agency_body(kind="bagian", parent_agency_id=parent["id"]))
    assert r.status_code == 201, describe(r)
    assert r.json()["parent_agency_id"] == parent["id"]


def agency_with_name(session, name: str) -> dict:
    found = [a for a in session.get("/api/v1/agencies").json()["items"] if a["name"] == name]
    assert found, f"no agency named {name}"
    return found[0]


def test_create_agency_with_a_taken_short_name_is_422(server, admin):
    count = len(admin.get("/api/v1/agencies").json()["items"])
    r = admin.post("/api/v1/agencies", json=agency_body(short_name="Dinkes"))
    assert "short_name" in field_names(assert_problem(r, 422, "validation-failed"))
    assert len(admin.get("/api/v1/agencies").json()["items"]) == count


@pytest.mark.parametrize("role", AGENCY_ROLES)
def test_second_holder_of_a_role_is_422(server, admin, role):
    body = agency_body(roles=[role])
    r = admin.post("/api/v1/agencies", json=body)
    assert "roles" in field_names(assert_problem(r, 422, "validation-failed"))
    assert body["short_name"] not in support.agencies_by_short_name(admin)
    assert support.agency_with_role(admin, role)  # still exactly one


def test_patching_a_role_held_elsewhere_is_422(server, admin):
    a = admin.post("/api/v1/agencies", json=agency_body()).json()
    r = admin.patch(f"/api/v1/agencies/{a['id']}", json={"roles": ["ict_office"]}, headers={"If-Match": '"1"'})
    assert "roles" in field_names(assert_problem(r, 422, "validation-failed"))
    assert support.agency_with_role(admin, "ict_office")["short_name"] == "Diskominfo"


@pytest.mark.parametrize("kind", ["kementerian", "Dinas", "", None])
def test_unknown_kind_is_422(server, admin, kind):
    body = agency_body(kind=kind)
    r = admin.post("/api/v1/agencies", json=body)
    assert "kind" in field_names(assert_problem(r, 422, "validation-failed"))
    assert body["short_name"] not in support.agencies_by_short_name(admin)


def test_missing_kind_is_422(server, admin):
    body = agency_body()
    del body["kind"]
    assert "kind" in field_names(assert_problem(admin.post("/api/v1/agencies", json=body), 422, "validation-failed"))


def test_unknown_role_is_422(server, admin):
    r = admin.post("/api/v1/agencies", json=agency_body(roles=["treasury"]))
    assert "roles" in field_names(assert_problem(r, 422, "validation-failed"))


def test_unknown_parent_is_422(server, admin):
    r = admin.post("/api/v1/agencies", json=agency_body(parent_agency_id=999999999))
    assert "parent_agency_id" in field_names(assert_problem(r, 422, "validation-failed"))


def test_patch_agency_needs_if_match_and_moves_the_version(server, admin):
    a = admin.post("/api/v1/agencies", json=agency_body()).json()
    path = f"/api/v1/agencies/{a['id']}"
    assert_problem(admin.patch(path, json={"name": "Dinas Tanpa If-Match"}), 428, "precondition-required")
    r = admin.patch(path, json={"name": a["name"] + " Baru", "kind": "badan"}, headers=traced(**{"If-Match": '"1"'}))
    assert r.status_code == 200, describe(r)
    changed = r.json()
    assert (changed["name"], changed["kind"], changed["version"]) == (a["name"] + " Baru", "badan", 2), changed
    assert r.headers.get("ETag") == '"2"'
    entry = assert_audited(admin, r, "agency.update", a["id"])
    assert entry["changes"].get("kind") == {"before": "dinas", "after": "badan"}, entry
    assert_problem(admin.patch(path, json={"name": "Basi"}, headers={"If-Match": '"1"'}), 412, "precondition-failed")
    assert admin.get(path).json() == changed


def test_patch_agency_to_a_taken_short_name_is_422(server, admin):
    a = admin.post("/api/v1/agencies", json=agency_body()).json()
    r = admin.patch(f"/api/v1/agencies/{a['id']}", json={"short_name": "Bappeda"}, headers={"If-Match": '"1"'})
    assert "short_name" in field_names(assert_problem(r, 422, "validation-failed"))
    assert admin.get(f"/api/v1/agencies/{a['id']}").json()["short_name"] == a["short_name"]


def test_self_sufficiency_cannot_be_set_by_patch(server, admin):
    """PD Mandiri TIK status changes only through the workflow (Pasal 45)."""
    a = admin.post("/api/v1/agencies", json=agency_body()).json()
    r = admin.patch(f"/api/v1/agencies/{a['id']}",
                    json={"ict_self_sufficient": True, "ict_self_sufficient_decree": "800/1/2026"},
                    headers={"If-Match": '"1"'})
    assert r.status_code in (200, 400, 422), describe(r)
    after = admin.get(f"/api/v1/agencies/{a['id']}").json()
    assert after["ict_self_sufficient"] is False and after["ict_self_sufficient_decree"] is None, after


def test_unknown_agency_is_404(server, admin):
    assert_problem(admin.get("/api/v1/agencies/999999999"), 404, "not-found")
    r = admin.patch("/api/v1/agencies/999999999", json={"name": "X"}, headers={"If-Match": '"1"'})
    assert_problem(r, 404, "not-found")


# --------------------------------------------------------------------------- people


def test_create_person_with_a_valid_nip(server, admin, demo):
    body = person_body(demo["Dinkes"], email="pegawai.uji@madiunkota.go.id", phone="+62 351 123456",
                       spbe_roles=["tier1", "data_steward"])
    r = admin.post("/api/v1/people", json=body, headers=traced())
    assert r.status_code == 201, describe(r)
    p = r.json()
    check_person_shape(p)
    assert {k: p[k] for k in body if k != "spbe_roles"} == {k: v for k, v in body.items() if k != "spbe_roles"}, p
    assert sorted(p["spbe_roles"]) == sorted(body["spbe_roles"]), p
    assert p["user_id"] is None and p["version"] == 1, p
    got = admin.get(f"/api/v1/people/{p['id']}")
    assert got.status_code == 200 and got.headers.get("ETag") == '"1"', describe(got)
    assert got.json() == p
    assert_audited(admin, r, "person.create", p["id"])


def test_person_without_a_nip(server, admin):
    """Elected officials have no NIP: null."""
    r = admin.post("/api/v1/people", json={"agency_id": None, "nip": None, "name": "Uji " + unique_name("wakil")})
    assert r.status_code == 201, describe(r)
    assert r.json()["nip"] is None and r.json()["agency_id"] is None


INVALID_NIPS = {
    "17 digits": "19850312201001100",
    "19 digits": "1985031220100110021",
    "a letter": "19850312201001100A",
    "letters only": "ABCDEFGHIJKLMNOPQR",
    "a space": "19850312 201001102",
    "birth month 13": "199013322015011001",
    "30 February": "199002302015011001",
    "appointed before 18": "199005012005061001",
    "appointment month 13": "198503122010131001",
    "appointed in the future": "198503122099011001",
    "sex digit 3": "198503122010013001",
    "sex digit 0": "198503122010010001",
    "serial 000": "198503122010011000",
    "a number, not text": 198503122010011002,
}


@pytest.mark.parametrize("nip", INVALID_NIPS.values(), ids=INVALID_NIPS.keys())
def test_invalid_nip_is_422_and_nothing_is_written(server, admin, demo, nip):
    if isinstance(nip, str):
        assert support.nip_problem(nip) is not None, "the test's own NIP rule must reject it too"
    body = person_body(demo["Dinkes"], nip=nip)
    r = admin.post("/api/v1/people", json=body, headers=traced())
    assert "nip" in field_names(assert_problem(r, 422, "validation-failed"))
    assert people_named(admin, body["name"]) == []
    assert support.audit_entries_for(admin, r.request.headers["X-Request-Id"]) == []


def test_the_valid_nip_used_above_is_accepted(server, admin, demo):
    """The invalid cases differ from this valid NIP in one part each."""
    base = "198503122010011002"
    assert support.nip_problem(base) is None
    existing = admin.get("/api/v1/people", params={"q": base}).json()["items"]
    if existing:  # a rerun on the same database
        assert existing[0]["nip"] == base
        return
    r = admin.post("/api/v1/people", json=person_body(demo["Dinkes"], nip=base))
    assert r.status_code == 201, describe(r)


def test_duplicate_nip_is_422(server, admin, demo):
    first = create_person(admin, demo["Dinkes"])
    body = person_body(demo["Bappeda"], nip=first["nip"])
    r = admin.post("/api/v1/people", json=body)
    assert "nip" in field_names(assert_problem(r, 422, "validation-failed"))
    same = admin.get("/api/v1/people", params={"q": first["nip"]}).json()["items"]
    assert [p["id"] for p in same] == [first["id"]], same


def test_simultaneous_people_with_one_nip_make_one(server, admin, demo):
    nip = new_nip()
    calls = [("POST", "/api/v1/people", person_body(demo["Dinkes"], nip=nip)) for _ in range(6)]
    answers = support.in_parallel(admin, calls)
    codes = sorted(r.status_code for r in answers)
    assert codes == [201] + [422] * 5, [describe(r) for r in answers]
    for r in answers:
        if r.status_code == 422:
            assert "nip" in field_names(assert_problem(r, 422, "validation-failed"))
    assert len(admin.get("/api/v1/people", params={"q": nip}).json()["items"]) == 1


def test_simultaneous_agencies_with_one_short_name_make_one(server, admin):
    body = agency_body()
    answers = support.in_parallel(admin, [("POST", "/api/v1/agencies", body)] * 6)
    codes = sorted(r.status_code for r in answers)
    assert codes == [201] + [422] * 5, [describe(r) for r in answers]
    assert list(support.agencies_by_short_name(admin)).count(body["short_name"]) == 1


def test_patching_to_a_taken_nip_is_422(server, admin, demo):
    a, b = create_person(admin, demo["Dinkes"]), create_person(admin, demo["Dinkes"])
    r = admin.patch(f"/api/v1/people/{b['id']}", json={"nip": a["nip"]}, headers={"If-Match": '"1"'})
    assert "nip" in field_names(assert_problem(r, 422, "validation-failed"))
    assert admin.get(f"/api/v1/people/{b['id']}").json() == b


@pytest.mark.parametrize("body,field", [
    ({"spbe_roles": ["hacker"]}, "spbe_roles"),
    ({"name": ""}, "name"),
    ({"email": "bukan-surel"}, "email"),
    ({"agency_id": 999999999}, "agency_id"),
])
def test_person_fields_are_validated(server, admin, demo, body, field):
    full = {**person_body(demo["Dinkes"]), **body}
    r = admin.post("/api/v1/people", json=full)
    assert field in field_names(assert_problem(r, 422, "validation-failed"))


def test_demo_people_have_valid_unique_nips(server, admin):
    people = support.all_pages(admin, "/api/v1/people")
    agencies = admin.get("/api/v1/agencies").json()["items"]
    assert len(people) >= 2 * len(agencies), f"{len(people)} people for {len(agencies)} agencies"
    nips = [p["nip"] for p in people if p["nip"] is not None]
    assert len(nips) == len(set(nips)), "NIPs are unique in the region"
    bad = {p["nip"]: support.nip_problem(p["nip"]) for p in people if p["nip"] is not None
           and support.nip_problem(p["nip"])}
    assert not bad, bad
    assert len(nips) >= len(people) - 5, "only elected officials lack a NIP"


def test_q_matches_a_name_or_a_nip_prefix(server, admin, demo):
    p = create_person(admin, demo["Dinkes"], name="Uji Sulistyowati " + unique_name("q"))
    by_name = admin.get("/api/v1/people", params={"q": p["name"]}).json()["items"]
    assert [x["id"] for x in by_name] == [p["id"]], by_name
    by_nip = admin.get("/api/v1/people", params={"q": p["nip"][:14]}).json()["items"]
    assert p["id"] in [x["id"] for x in by_nip], by_nip
    assert all(x["nip"].startswith(p["nip"][:14]) or x["name"].startswith(p["nip"][:14]) for x in by_nip), by_nip


def test_people_filter_by_agency_and_page_with_a_cursor(server, admin, demo):
    everyone = support.all_pages(admin, "/api/v1/people", agency_id=demo["Bappeda"])
    assert everyone and all(p["agency_id"] == demo["Bappeda"] for p in everyone), everyone[:3]
    assert len({p["id"] for p in everyone}) == len(everyone), "a person appears on two pages"
    first = admin.get("/api/v1/people", params={"limit": 2, "agency_id": demo["Bappeda"]}).json()
    assert len(first["items"]) == 2 and first["next_cursor"], first
    names = [p["name"] for p in support.all_pages(admin, "/api/v1/people", agency_id=demo["Bappeda"])]
    assert names in (sorted(names), sorted(names, key=str.casefold)), "people are listed by name"


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 101}, {"cursor": "!!kursor-rusak!!"},
                                    {"agency_id": "abc"}])
def test_people_list_rejects_bad_parameters(server, admin, params):
    assert_problem(admin.get("/api/v1/people", params=params), 400, "bad-request")


def test_patch_person_needs_if_match_and_is_audited(server, admin, demo):
    p = create_person(admin, demo["Dinkes"])
    path = f"/api/v1/people/{p['id']}"
    assert_problem(admin.patch(path, json={"phone": "0351 123456"}), 428, "precondition-required")
    r = admin.patch(path, json={"phone": "0351 123456", "spbe_roles": ["ict_staff"]},
                    headers=traced(**{"If-Match": '"1"'}))
    assert r.status_code == 200, describe(r)
    assert (r.json()["phone"], r.json()["spbe_roles"], r.json()["version"]) == ("0351 123456", ["ict_staff"], 2)
    assert r.headers.get("ETag") == '"2"'
    entry = assert_audited(admin, r, "person.update", p["id"])
    assert entry["changes"].get("phone") == {"before": None, "after": "0351 123456"}, entry
    assert_problem(admin.patch(path, json={"phone": "0351 999999"}, headers={"If-Match": '"1"'}),
                   412, "precondition-failed")
    assert admin.get(path).json()["phone"] == "0351 123456"


def test_patching_an_invalid_nip_is_422(server, admin, demo):
    p = create_person(admin, demo["Dinkes"])
    r = admin.patch(f"/api/v1/people/{p['id']}", json={"nip": "198503122010013001"}, headers={"If-Match": '"1"'})
    assert "nip" in field_names(assert_problem(r, 422, "validation-failed"))
    assert admin.get(f"/api/v1/people/{p['id']}").json() == p


def test_unknown_person_is_404(server, admin):
    assert_problem(admin.get("/api/v1/people/999999999"), 404, "not-found")


# ---- agency operators: their own agency only


def test_operator_adds_a_person_to_their_own_agency(server, admin, operator, demo):
    r = operator.post("/api/v1/people", json=person_body(demo["Dinkes"]), headers=traced())
    assert r.status_code == 201, describe(r)
    entry = assert_audited(admin, r, "person.create", r.json()["id"])
    assert entry["actor"]["username"] == "operator.dinkes", entry


def test_operator_cannot_add_a_person_to_another_agency(server, admin, operator, demo):
    body = person_body(demo["Bappeda"])
    r = operator.post("/api/v1/people", json=body, headers=traced())
    assert_problem(r, 403, "forbidden")
    assert people_named(admin, body["name"]) == []
    assert support.audit_entries_for(admin, r.request.headers["X-Request-Id"]) == []


def test_operator_cannot_add_a_person_without_an_agency(server, admin, operator):
    body = person_body(None)
    assert_problem(operator.post("/api/v1/people", json=body), 403, "forbidden")
    assert people_named(admin, body["name"]) == []


def test_operator_cannot_change_a_person_of_another_agency(server, admin, operator, demo):
    p = create_person(admin, demo["Bappeda"])
    r = operator.patch(f"/api/v1/people/{p['id']}", json={"name": "Diubah Operator Dinkes"},
                       headers={"If-Match": '"1"'})
    assert_problem(r, 403, "forbidden")
    assert admin.get(f"/api/v1/people/{p['id']}").json() == p


def test_operator_cannot_move_their_person_to_another_agency(server, admin, operator, demo):
    p = create_person(operator, demo["Dinkes"])
    r = operator.patch(f"/api/v1/people/{p['id']}", json={"agency_id": demo["Bappeda"]}, headers={"If-Match": '"1"'})
    assert_problem(r, 403, "forbidden")
    assert admin.get(f"/api/v1/people/{p['id']}").json()["agency_id"] == demo["Dinkes"]


def test_operator_changes_a_person_of_their_own_agency(server, operator, demo):
    p = create_person(operator, demo["Dinkes"])
    r = operator.patch(f"/api/v1/people/{p['id']}", json={"email": "perawat@madiunkota.go.id"},
                       headers={"If-Match": '"1"'})
    assert r.status_code == 200, describe(r)
    assert r.json()["email"] == "perawat@madiunkota.go.id"


def test_only_the_superadmin_links_a_person_to_an_account(server, admin, operator, demo):
    p = create_person(operator, demo["Dinkes"])
    user, _ = support.ready_user(server, admin, "agency_operator", agency_id=demo["Dinkes"])
    r = operator.patch(f"/api/v1/people/{p['id']}", json={"user_id": user["id"]}, headers={"If-Match": '"1"'})
    assert_problem(r, 403, "forbidden")
    assert admin.get(f"/api/v1/people/{p['id']}").json()["user_id"] is None
    r = admin.patch(f"/api/v1/people/{p['id']}", json={"user_id": user["id"]}, headers={"If-Match": '"1"'})
    assert r.status_code == 200 and r.json()["user_id"] == user["id"], describe(r)


def test_operator_lists_only_their_own_agency(server, operator, demo):
    people = support.all_pages(operator, "/api/v1/people")
    assert people, "Dinkes has people in the demo"
    assert {p["agency_id"] for p in people} == {demo["Dinkes"]}, {p["agency_id"] for p in people}


def test_operator_naming_another_agency_in_the_list_is_403(server, operator, demo):
    assert_problem(operator.get("/api/v1/people", params={"agency_id": demo["Bappeda"]}), 403, "forbidden")


def test_operator_cannot_read_a_person_of_another_agency(server, admin, operator, demo):
    p = create_person(admin, demo["Bappeda"])
    assert_problem(operator.get(f"/api/v1/people/{p['id']}"), 403, "forbidden")


def test_leadership_reads_people_of_every_agency(server, login_as, demo):
    people = support.all_pages(login_as("leadership"), "/api/v1/people")
    assert {demo["Dinkes"], demo["Bappeda"], demo["Diskominfo"]} <= {p["agency_id"] for p in people}


# --------------------------------------------------------------------------- positions


def test_an_agency_has_one_head_with_a_holder(server, admin, demo):
    positions = positions_of(admin, demo["Dinkes"])
    for p in positions:
        check_position_shape(p)
        assert p["agency_id"] == demo["Dinkes"], p
    heads = [p for p in positions if p["is_head"]]
    assert len(heads) == 1, heads
    assert heads[0]["holder"] and support.nip_problem(heads[0]["holder"]["nip"]) is None, heads[0]
    agency = admin.get(f"/api/v1/agencies/{demo['Dinkes']}").json()
    assert agency["head"]["position_id"] == heads[0]["id"], agency["head"]
    assert agency["head"]["person"]["id"] == heads[0]["holder"]["id"], agency["head"]


def test_at_most_one_head_per_agency_and_region_positions_without_an_agency(server, admin):
    positions = positions_of(admin)
    heads = [p["agency_id"] for p in positions if p["is_head"]]
    assert len(heads) == len(set(heads)), "two heads in one agency"
    regional = [p for p in positions if p["agency_id"] is None]
    assert regional, "the region head (Wali Kota) has a position without an agency"
    assert all(p["key"] for p in regional), "the Wali Kota's position comes from the profile"
    assert any("Sekretaris Daerah" in p["title"] and p["key"] for p in positions), "the Sekda's position has its key"


def test_create_a_position_with_a_holder(server, admin, demo):
    holder = create_person(admin, demo["Dinkes"])
    r = admin.post("/api/v1/positions", json={"agency_id": demo["Dinkes"], "title": "Kepala Seksi Uji",
                                              "holder_person_id": holder["id"]}, headers=traced())
    assert r.status_code == 201, describe(r)
    p = r.json()
    check_position_shape(p)
    assert (p["agency_id"], p["title"], p["is_head"], p["key"]) == (demo["Dinkes"], "Kepala Seksi Uji", False, None)
    assert {k: p["holder"].get(k) for k in ("id", "name", "nip")} == \
        {"id": holder["id"], "name": holder["name"], "nip": holder["nip"]}, p["holder"]
    assert p["id"] in [x["id"] for x in positions_of(admin, demo["Dinkes"])]
    assert_audited(admin, r, "position.create", p["id"])


def test_a_second_head_is_422(server, admin, demo):
    before = positions_of(admin, demo["Dinkes"])
    r = admin.post("/api/v1/positions", json={"agency_id": demo["Dinkes"], "title": "Kepala Kedua", "is_head": True})
    assert "is_head" in field_names(assert_problem(r, 422, "validation-failed"))
    assert positions_of(admin, demo["Dinkes"]) == before


def test_patching_a_second_head_is_422(server, admin, demo):
    p = admin.post("/api/v1/positions", json={"agency_id": demo["Dinkes"], "title": "Calon Kepala"}).json()
    r = admin.patch(f"/api/v1/positions/{p['id']}", json={"is_head": True}, headers={"If-Match": '"1"'})
    assert "is_head" in field_names(assert_problem(r, 422, "validation-failed"))
    assert len([x for x in positions_of(admin, demo["Dinkes"]) if x["is_head"]]) == 1


def test_patch_position_holder_needs_if_match_and_is_audited(server, admin, demo):
    p = admin.post("/api/v1/positions", json={"agency_id": demo["Dinkes"], "title": "Staf Uji"}).json()
    person = create_person(admin, demo["Dinkes"])
    path = f"/api/v1/positions/{p['id']}"
    assert_problem(admin.patch(path, json={"holder_person_id": person["id"]}), 428, "precondition-required")
    r = admin.patch(path, json={"holder_person_id": person["id"]}, headers=traced(**{"If-Match": '"1"'}))
    assert r.status_code == 200, describe(r)
    assert r.json()["holder"]["id"] == person["id"] and r.json()["version"] == 2, r.json()
    assert_audited(admin, r, "position.update", p["id"])
    assert_problem(admin.patch(path, json={"title": "Basi"}, headers={"If-Match": '"1"'}), 412, "precondition-failed")
    r = admin.patch(path, json={"holder_person_id": None}, headers={"If-Match": '"2"'})
    assert r.status_code == 200 and r.json()["holder"] is None, describe(r)


def test_operator_manages_positions_of_their_own_agency(server, admin, operator, demo):
    r = operator.post("/api/v1/positions", json={"agency_id": demo["Dinkes"], "title": "Pranata Komputer Uji"},
                      headers=traced())
    assert r.status_code == 201, describe(r)
    assert_audited(admin, r, "position.create", r.json()["id"])
    r = operator.patch(f"/api/v1/positions/{r.json()['id']}", json={"title": "Pranata Komputer Ahli"},
                       headers={"If-Match": '"1"'})
    assert r.status_code == 200 and r.json()["title"] == "Pranata Komputer Ahli", describe(r)


def test_operator_cannot_create_a_position_in_another_agency(server, admin, operator, demo):
    before = positions_of(admin, demo["Bappeda"])
    r = operator.post("/api/v1/positions", json={"agency_id": demo["Bappeda"], "title": "Disusupkan"})
    assert_problem(r, 403, "forbidden")
    assert positions_of(admin, demo["Bappeda"]) == before


def test_operator_cannot_create_a_position_without_an_agency(server, admin, operator):
    """Positions without an agency (Wali Kota, Bupati) are the superadmin's."""
    count = len(positions_of(admin))
    assert_problem(operator.post("/api/v1/positions", json={"agency_id": None, "title": "Wali Kota Bayangan"}),
                   403, "forbidden")
    assert len(positions_of(admin)) == count


def test_operator_cannot_change_a_position_of_another_agency(server, admin, operator, demo):
    target = next(p for p in positions_of(admin, demo["Bappeda"]) if p["is_head"])
    r = operator.patch(f"/api/v1/positions/{target['id']}", json={"title": "Diubah"},
                       headers={"If-Match": f'"{target["version"]}"'})
    assert_problem(r, 403, "forbidden")
    assert next(p for p in positions_of(admin, demo["Bappeda"]) if p["id"] == target["id"]) == target


def test_operator_cannot_change_a_position_without_an_agency(server, admin, operator):
    """The Wali Kota's position is the superadmin's."""
    regional = next(p for p in positions_of(admin) if p["agency_id"] is None)
    r = operator.patch(f"/api/v1/positions/{regional['id']}", json={"title": "Wali Kota Bayangan"},
                       headers={"If-Match": f'"{regional["version"]}"'})
    assert_problem(r, 403, "forbidden")
    assert next(p for p in positions_of(admin) if p["id"] == regional["id"]) == regional


def test_operator_cannot_seat_a_person_of_another_agency(server, admin, operator, demo):
    mine = operator.post("/api/v1/positions", json={"agency_id": demo["Dinkes"], "title": "Staf Uji"}).json()
    theirs = create_person(admin, demo["Bappeda"])
    r = operator.patch(f"/api/v1/positions/{mine['id']}", json={"holder_person_id": theirs["id"]},
                       headers={"If-Match": '"1"'})
    assert_problem(r, 403, "forbidden")
    assert next(p for p in positions_of(admin, demo["Dinkes"]) if p["id"] == mine["id"])["holder"] is None


# --------------------------------------------------------------------------- committees


def test_patch_committee_decree(server, admin):
    tim = committee(admin, "tim_koordinasi")
    path = f"/api/v1/committees/{tim['id']}"
    decree = {"decree_number": "188.45/" + unique_name("kep").split(".")[1] + "/401.012/2026",
              "decree_date": "2026-01-15"}
    assert_problem(admin.patch(path, json=decree), 428, "precondition-required")
    r = admin.patch(path, json=decree, headers=traced(**{"If-Match": f'"{tim["version"]}"'}))
    assert r.status_code == 200, describe(r)
    k = r.json()
    check_committee_shape(k)
    assert (k["decree_number"], k["decree_date"]) == (decree["decree_number"], "2026-01-15"), k
    assert k["version"] == tim["version"] + 1 and k["members"] == tim["members"], k
    assert committee(admin, "tim_koordinasi") == k
    entry = assert_audited(admin, r, re.compile(r"committee\..+"), tim["id"])
    assert entry["changes"].get("decree_number", {}).get("after") == decree["decree_number"], entry
    stale = admin.patch(path, json={"decree_number": "basi"}, headers={"If-Match": f'"{tim["version"]}"'})
    assert_problem(stale, 412, "precondition-failed")


@pytest.mark.parametrize("body,field", [({"decree_date": "2026-02-30"}, "decree_date"),
                                        ({"decree_date": "15-01-2026"}, "decree_date"),
                                        ({"name": ""}, "name")])
def test_patch_committee_validates(server, admin, body, field):
    tim = committee(admin, "tim_koordinasi")
    r = admin.patch(f"/api/v1/committees/{tim['id']}", json=body, headers={"If-Match": f'"{tim["version"]}"'})
    assert field in field_names(assert_problem(r, 422, "validation-failed"))
    assert committee(admin, "tim_koordinasi") == tim


def test_add_and_remove_a_member(server, admin, demo):
    tim = committee(admin, "tim_koordinasi")
    position = admin.post("/api/v1/positions", json={"agency_id": demo["Diskominfo"], "title": "Sekretaris Tim Uji"})
    assert position.status_code == 201, describe(position)
    position = position.json()
    r = admin.post(f"/api/v1/committees/{tim['id']}/members", json={"role": "secretary", "position_id": position["id"]},
                   headers=traced())
    assert r.status_code == 201, describe(r)
    added = [m for m in r.json()["members"] if m["position_id"] == position["id"]]
    assert len(added) == 1 and added[0]["role"] == "secretary", r.json()["members"]
    assert added[0]["position_title"] == "Sekretaris Tim Uji" and added[0]["selector"] is None, added
    assert len(r.json()["members"]) == len(tim["members"]) + 1
    assert_audited(admin, r, re.compile(r"committee\..+"), tim["id"])
    again = admin.post(f"/api/v1/committees/{tim['id']}/members", json={"role": "member", "position_id": position["id"]})
    assert again.status_code in (409, 422), describe(again)

    r = admin.delete(f"/api/v1/committees/{tim['id']}/members/{added[0]['id']}", headers=traced())
    assert r.status_code == 200, describe(r)
    assert position["id"] not in [m["position_id"] for m in r.json()["members"]]
    assert sorted(m["id"] for m in r.json()["members"]) == sorted(m["id"] for m in tim["members"])
    assert_audited(admin, r, re.compile(r"committee\..+"), tim["id"])
    assert_problem(admin.delete(f"/api/v1/committees/{tim['id']}/members/{added[0]['id']}"), 404, "not-found")


@pytest.mark.parametrize("body,field", [({"role": "king", "position_id": "{position}"}, "role"),
                                        ({"role": "member", "position_id": 999999999}, "position_id"),
                                        ({"role": "member"}, "position_id")])
def test_add_member_validates(server, admin, body, field):
    tim = committee(admin, "tim_koordinasi")
    some_position = positions_of(admin)[0]["id"]
    body = {k: (some_position if v == "{position}" else v) for k, v in body.items()}
    r = admin.post(f"/api/v1/committees/{tim['id']}/members", json=body)
    assert field in field_names(assert_problem(r, 422, "validation-failed"))
    assert committee(admin, "tim_koordinasi")["members"] == tim["members"]


def test_unknown_committee_is_404(server, admin):
    assert_problem(admin.patch("/api/v1/committees/999999999", json={"name": "X"}, headers={"If-Match": '"1"'}),
                   404, "not-found")


# --------------------------------------------------------------------------- architecture coordinators, GCIO


def test_put_architecture_coordinator(server, admin, demo):
    domain = "data_information"
    before = {c["domain"]: c for c in organisation(admin)["architecture_coordinators"]}.get(domain)
    target = demo["Bappeda"] if not before or before["agency_id"] != demo["Bappeda"] else demo["Diskominfo"]
    r = admin.put(f"/api/v1/architecture-coordinators/{domain}", json={"agency_id": target}, headers=traced())
    try:
        assert r.status_code == 200, describe(r)
        body = r.json()
        assert set(body) >= {"domain", "agency_id", "article"}, body
        assert (body["domain"], body["agency_id"]) == (domain, target), body
        now = {c["domain"]: c for c in organisation(admin)["architecture_coordinators"]}
        assert now[domain]["agency_id"] == target, now
        assert_audited(admin, r, re.compile(r"architecture.+"))
    finally:
        if before:
            admin.put(f"/api/v1/architecture-coordinators/{domain}", json={"agency_id": before["agency_id"]})


def test_put_architecture_coordinator_validates(server, admin):
    r = admin.put("/api/v1/architecture-coordinators/business_process", json={"agency_id": 999999999})
    assert "agency_id" in field_names(assert_problem(r, 422, "validation-failed"))
    r = admin.put("/api/v1/architecture-coordinators/business_process", json={})
    assert "agency_id" in field_names(assert_problem(r, 422, "validation-failed"))
    r = admin.put("/api/v1/architecture-coordinators/astrology", json={"agency_id": 1})
    assert r.status_code in (404, 422), describe(r)


def test_put_gcio(server, admin, demo):
    head = next(p for p in positions_of(admin, demo["Diskominfo"]) if p["is_head"])
    other = next(p for p in positions_of(admin, demo["Bappeda"]) if p["is_head"])
    # Start elsewhere, so the change below is a change (a repeated run starts where this one ended).
    assert admin.put("/api/v1/gcio", json={"position_id": other["id"]}).status_code == 200
    r = admin.put("/api/v1/gcio", json={"position_id": head["id"]}, headers=traced())
    assert r.status_code == 200, describe(r)
    g = r.json()
    assert set(g) >= {"position_id", "title", "holder", "article"}, g
    assert (g["position_id"], g["title"]) == (head["id"], head["title"]), g
    assert (g["holder"] or {}).get("id") == (head["holder"] or {}).get("id"), g
    assert organisation(admin)["gcio"]["position_id"] == head["id"]
    assert_audited(admin, r, re.compile(r".*gcio.*"))


def test_put_gcio_needs_an_existing_position(server, admin):
    r = admin.put("/api/v1/gcio", json={"position_id": 999999999})
    assert "position_id" in field_names(assert_problem(r, 422, "validation-failed"))
