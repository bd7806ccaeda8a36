"""ICT competency management (Manajemen SDM SPBE: Madiun Pasal 36, Probolinggo Pasal 33): the
region's catalogue seeded on first use, staff competencies, certificates and trainings kept by
each agency's operator, the gaps per agency and for the region, training plans and, on a
Probolinggo region, the requirements of Pasal 33 with their citation.

Contract: docs/management-processes-contract.md, "Competency management".
Runs on the shared demo server (Kota Madiun): operator_own is the operator of Dinkes,
operator_other of Bappeda. Each test makes its own employees (new NIPs), so nothing assumes
what other tests or the demo made.
"""
from __future__ import annotations

import datetime as dt
import random

import pytest

import support
from support import MINIMAL_PDF, assert_audited, assert_problem, describe, field_names, new_nip, traced, unique_name

BASE = "/api/v1/competencies"


def today() -> dt.date:
    return support.region_today()


def employee(admin, agency_id: int, **kw) -> dict:
    body = {"agency_id": agency_id, "nip": new_nip(), "name": "Uji " + unique_name("pegawai"), "email": None,
            "phone": None, "spbe_roles": []}
    body.update(kw)
    r = admin.post("/api/v1/people", json=body)
    assert r.status_code == 201, describe(r)
    return r.json()


def catalogue(session) -> dict:
    r = session.get(BASE + "/catalogue")
    assert r.status_code == 200, describe(r)
    return {k["code"]: k for k in r.json()["items"]}


def record_basic(session, person_id: int, competency_id: int, expect: int = 201):
    r = session.post(f"{BASE}/people/{person_id}/competencies", headers=traced(),
                     json={"competency_id": competency_id, "level": "basic", "acquired_on": today().isoformat()})
    assert r.status_code == expect, describe(r)
    return r


def agency_gaps(session, agency_id: int) -> dict:
    r = session.get(f"{BASE}/gaps/{agency_id}")
    assert r.status_code == 200, describe(r)
    return r.json()


def without_basic(gaps: dict) -> set[int]:
    return {p["person_id"] for p in gaps["without_basic_ict"]}


@pytest.fixture(scope="module")
def codes(admin) -> dict:
    return catalogue(admin)


def test_catalogue_is_seeded_and_kept_by_the_ict_office(admin, own, codes):
    assert {"TIK-DASAR", "TIK-OPS", "KAMI-DASAR", "JARINGAN", "APLIKASI", "DATA"} <= set(codes)
    assert codes["TIK-DASAR"]["kind"] == "basic_ict" and codes["TIK-OPS"]["kind"] == "ict_operation"
    assert catalogue(own).keys() == codes.keys(), "seeding is idempotent and everyone reads the same catalogue"

    code = "UJI-" + unique_name("k")[-6:].upper()
    r = admin.post(BASE + "/catalogue", headers=traced(),
                   json={"code": code.lower(), "name": "Keamanan siber lanjutan", "kind": "technical"})
    assert r.status_code == 201 and r.headers.get("ETag") == '"1"', describe(r)
    assert r.json()["code"] == code
    assert_audited(admin, r, "competency.create", r.json()["id"])
    dup = admin.post(BASE + "/catalogue", json={"code": code, "name": "Lagi", "kind": "technical"})
    assert field_names(assert_problem(dup, 422, "validation-failed")) == ["code"]

    path = f"{BASE}/catalogue/{r.json()['id']}"
    ok = admin.patch(path, json={"name": "Keamanan siber tingkat lanjut"}, headers={"If-Match": '"1"'})
    assert ok.status_code == 200 and ok.json()["version"] == 2, describe(ok)
    assert_problem(admin.patch(path, json={"name": "Basi"}, headers={"If-Match": '"1"'}), 412, "precondition-failed")
    assert_problem(admin.patch(path, json={"name": "Tanpa versi"}), 428, "precondition-required")
    bad = admin.patch(path, json={"code": "X", "kind": "magic"}, headers={"If-Match": '"2"'})
    assert sorted(field_names(assert_problem(bad, 422, "validation-failed"))) == ["code", "kind"]


def test_operator_records_competency_and_certificate_for_own_agency(admin, own, other, dinkes, codes):
    person = employee(admin, dinkes)
    pdf = support.upload_file(own, MINIMAL_PDF + b"% sertifikat " + unique_name().encode())
    expires = (today() + dt.timedelta(days=30)).isoformat()
    cert = own.post(f"{BASE}/people/{person['id']}/certificates", headers=traced(),
                    json={"name": "Certified Ethical Hacker", "issuer": "EC-Council", "number": "ECC-123",
                          "issued_on": (today() - dt.timedelta(days=700)).isoformat(), "expires_on": expires,
                          "competency_id": codes["KAMI-DASAR"]["id"], "file_sha256": pdf["sha256"]})
    assert cert.status_code == 201, describe(cert)
    assert cert.json()["expiry"] == "expiring" and cert.json()["days_to_expiry"] == 30, cert.json()
    assert_audited(admin, cert, "staff_certificate.create", cert.json()["id"])

    held = own.post(f"{BASE}/people/{person['id']}/competencies", headers=traced(),
                    json={"competency_id": codes["KAMI-DASAR"]["id"], "level": "intermediate",
                          "acquired_on": today().isoformat(), "certificate_id": cert.json()["id"]})
    assert held.status_code == 201, describe(held)
    assert held.json()["evidence"] == "certificate" and held.json()["competency_code"] == "KAMI-DASAR"
    assert_audited(admin, held, "staff_competency.create", held.json()["id"])

    record = own.get(f"{BASE}/people/{person['id']}")
    assert record.status_code == 200, describe(record)
    body = record.json()
    assert body["person"]["nip"] == person["nip"] and body["has_basic_ict"] is False
    assert [c["id"] for c in body["competencies"]] == [held.json()["id"]]
    assert [c["expiry"] for c in body["certificates"]] == ["expiring"]
    assert any(c["certificate_id"] == cert.json()["id"] for c in agency_gaps(other, dinkes)["certificates"]), \
        "another agency's operator reads the gaps (transparency)"

    # The certificate is evidence: it cannot go while the competency relies on it.
    gone = own.delete(f"{BASE}/people/{person['id']}/certificates/{cert.json()['id']}", headers={"If-Match": '"1"'})
    assert_problem(gone, 409, "conflict")

    # Another agency's operator may read but not keep Dinkes' staff.
    for r in (record_basic(other, person["id"], codes["TIK-DASAR"]["id"], expect=403),
              other.patch(f"{BASE}/people/{person['id']}/competencies/{held.json()['id']}", json={"level": "advanced"},
                          headers={"If-Match": '"1"'}),
              other.post(f"{BASE}/people/{person['id']}/trainings", json={})):
        assert_problem(r, 403, "forbidden")
    assert other.get(f"{BASE}/people/{person['id']}").status_code == 200


def test_bad_staff_records_are_refused_by_field(admin, own, dinkes, bappeda, codes):
    person = employee(admin, dinkes)
    path = f"{BASE}/people/{person['id']}"
    r = own.post(path + "/competencies", json={"competency_id": codes["TIK-DASAR"]["id"], "level": "guru",
                                               "acquired_on": "2026-02-30", "colour": "red"})
    assert sorted(field_names(assert_problem(r, 422, "validation-failed"))) == ["acquired_on", "colour", "level"]
    r = own.post(path + "/certificates", json={"name": "X", "issuer": "Y", "issued_on": "2026-05-01",
                                               "expires_on": "2025-05-01", "file_sha256": "0" * 64})
    assert sorted(field_names(assert_problem(r, 422, "validation-failed"))) == ["expires_on", "file_sha256"]
    r = own.post(path + "/trainings", json={"title": "Bimtek", "organiser": "Diskominfo", "starts_on": "2026-05-02",
                                            "ends_on": "2026-05-01", "hours": 0})
    assert sorted(field_names(assert_problem(r, 422, "validation-failed"))) == ["ends_on", "hours"]
    record_basic(own, person["id"], codes["TIK-DASAR"]["id"])
    again = record_basic(own, person["id"], codes["TIK-DASAR"]["id"], expect=422)
    assert field_names(assert_problem(again, 422, "validation-failed")) == ["competency_id"]
    # Evidence must be the same person's.
    stranger = employee(admin, bappeda)
    t = admin.post(f"{BASE}/people/{stranger['id']}/trainings",
                   json={"title": "Bimtek", "organiser": "Diskominfo", "starts_on": "2026-05-01", "ends_on": "2026-05-01", "hours": 8})
    assert t.status_code == 201, describe(t)
    r = own.post(path + "/competencies", json={"competency_id": codes["DATA"]["id"], "level": "basic",
                                               "acquired_on": "2026-05-01", "training_id": t.json()["id"]})
    assert field_names(assert_problem(r, 422, "validation-failed")) == ["training_id"]
    assert_problem(own.get(f"{BASE}/people/999999999"), 404, "not-found")


def test_concurrent_edits_of_a_certificate(admin, own, dinkes):
    person = employee(admin, dinkes)
    r = own.post(f"{BASE}/people/{person['id']}/certificates",
                 json={"name": "MTCNA", "issuer": "MikroTik", "issued_on": "2024-01-10", "expires_on": None})
    assert r.status_code == 201 and r.json()["expiry"] == "no_expiry", describe(r)
    path = f"{BASE}/people/{person['id']}/certificates/{r.json()['id']}"
    first = own.patch(path, json={"number": "1807NA1234"}, headers={"If-Match": '"1"'})
    assert first.status_code == 200 and first.headers["ETag"] == '"2"', describe(first)
    second = admin.patch(path, json={"number": "ZZZ"}, headers={"If-Match": '"1"'})
    assert_problem(second, 412, "precondition-failed")
    assert_problem(own.patch(path, json={"number": "X"}), 428, "precondition-required")
    expired = own.patch(path, json={"expires_on": (today() - dt.timedelta(days=1)).isoformat()}, headers={"If-Match": '"2"'})
    assert expired.status_code == 200 and expired.json()["expiry"] == "expired", describe(expired)
    assert own.delete(path, headers={"If-Match": '"3"'}).status_code == 204
    assert_problem(own.patch(path, json={"number": "X"}, headers={"If-Match": '"3"'}), 404, "not-found")


def test_gaps_follow_the_basic_competence_recorded(admin, own, dinkes, codes):
    person = employee(admin, dinkes)
    before = agency_gaps(admin, dinkes)
    assert person["id"] in without_basic(before)
    region_before = admin.get(BASE + "/gaps").json()
    record_basic(own, person["id"], codes["TIK-DASAR"]["id"])
    after = agency_gaps(admin, dinkes)
    assert person["id"] not in without_basic(after)
    listed = own.get(BASE + "/people", params={"agency_id": dinkes, "q": person["nip"]}).json()
    assert [(p["person_id"], p["has_basic_ict"]) for p in listed["items"]] == [(person["id"], True)], listed
    page = own.get(BASE + "/people", params={"agency_id": dinkes, "limit": 2}).json()
    assert len(page["items"]) == 2 and page["next_cursor"], page
    rest = own.get(BASE + "/people", params={"agency_id": dinkes, "limit": 100, "cursor": page["next_cursor"]}).json()
    assert not {p["person_id"] for p in page["items"]} & {p["person_id"] for p in rest["items"]}
    assert len(page["items"]) + len(rest["items"]) == after["employees"]
    assert after["with_basic_ict"] == before["with_basic_ict"] + 1 and after["employees"] == before["employees"]
    region = admin.get(BASE + "/gaps").json()
    assert region["totals"]["with_basic_ict"] == region_before["totals"]["with_basic_ict"] + 1
    row = next(a for a in region["agencies"] if a["agency_id"] == dinkes)
    assert row["without_basic_ict"] == len(after["without_basic_ict"])
    t = region["totals"]
    assert t["basic_ict_share"] == pytest.approx(t["with_basic_ict"] / t["employees"])
    # Madiun's profile states no competency requirement: an ICT office policy adds one, cited as such.
    req = admin.post(BASE + "/requirements", headers=traced(),
                     json={"applies_to": "every_agency", "competency_id": codes["KAMI-DASAR"]["id"], "min_people": 50,
                           "note": "Setiap perangkat daerah memiliki pegawai dengan kesadaran keamanan informasi."})
    assert req.status_code == 201 and req.json()["citation"] == "kebijakan Dinas", describe(req)
    try:
        check = next(c for c in agency_gaps(own, dinkes)["requirements"] if c["requirement"]["key"] == req.json()["key"])
        assert check["applies"] and not check["met"] and check["need"] == 50
        assert "kebijakan Dinas" in check["message"]["id"]
    finally:
        gone = admin.delete(f"{BASE}/requirements/{req.json()['id']}", headers={"If-Match": '"1"'})
        assert gone.status_code == 204, describe(gone)
    x = admin.get(BASE + "/gaps/export.xlsx")
    assert x.status_code == 200 and x.content[:2] == b"PK", describe(x)


def test_training_plan_closes_gaps_and_links_trainings(admin, own, other, dinkes, codes):
    person = employee(admin, dinkes)
    year = random.randint(2040, 2099)
    r = own.post(BASE + "/plans", json={"agency_id": dinkes, "year": year}, headers=traced())
    assert r.status_code == 201, describe(r)
    plan = r.json()
    assert plan["title"] == f"Rencana pelatihan TIK {year}" and plan["items"] == []
    assert person["id"] in {p["person_id"] for p in plan["coverage"]["not_targeted"]}
    dup = own.post(BASE + "/plans", json={"agency_id": dinkes, "year": year})
    assert field_names(assert_problem(dup, 422, "validation-failed")) == ["year"]
    assert_problem(other.post(BASE + "/plans", json={"agency_id": dinkes, "year": year + 1}), 403, "forbidden")

    path = f"{BASE}/plans/{plan['id']}"
    item = {"competency_id": codes["TIK-DASAR"]["id"], "title": "Literasi digital pegawai", "target_person_ids": [person["id"]],
            "quarter": 2, "budget_rupiah": 15_000_000}
    assert_problem(own.post(path + "/items", json=item), 428, "precondition-required")
    added = own.post(path + "/items", json=item, headers={"If-Match": '"1"'})
    assert added.status_code == 201 and added.headers["ETag"] == '"2"', describe(added)
    plan = added.json()
    assert person["id"] in {p["person_id"] for p in plan["coverage"]["targeted"]}
    assert plan["budget_rupiah_total"] == 15_000_000 and plan["items"][0]["target_count"] == 1
    item_path = f"{path}/items/{plan['items'][0]['id']}"

    no_training = own.patch(item_path, json={"status": "done"}, headers={"If-Match": '"2"'})
    assert field_names(assert_problem(no_training, 422, "validation-failed")) == ["training_ids"]
    t = own.post(f"{BASE}/people/{person['id']}/trainings",
                 json={"title": "Literasi digital pegawai", "organiser": "Diskominfo Kota Madiun",
                       "starts_on": today().isoformat(), "ends_on": today().isoformat(), "hours": 8,
                       "competency_id": codes["TIK-DASAR"]["id"]})
    assert t.status_code == 201, describe(t)
    done = own.patch(item_path, json={"status": "done", "training_ids": [t.json()["id"]]}, headers={"If-Match": '"2"'})
    assert done.status_code == 200 and done.json()["items"][0]["status"] == "done", describe(done)
    back = own.patch(item_path, json={"status": "planned"}, headers={"If-Match": '"3"'})
    assert_problem(back, 409, "invalid-transition")
    busy = own.delete(f"{BASE}/people/{person['id']}/trainings/{t.json()['id']}", headers={"If-Match": '"1"'})
    assert_problem(busy, 409, "conflict")
    history = admin.get(path + "/history")
    assert history.status_code == 200 and len(history.json()["items"]) >= 3, describe(history)
    assert plan["id"] in {p["id"] for p in admin.get(BASE + "/plans", params={"year": year}).json()["items"]}


def test_probolinggo_requirements_cite_pasal_33(initialised_server):
    srv, admin, init = initialised_server("probolinggo")
    r = admin.get(BASE + "/requirements")
    assert r.status_code == 200, describe(r)
    by_key = {q["key"]: q for q in r.json()["items"]}
    pranata = by_key["profile:pranata-komputer-for-own-services"]
    assert pranata["article"] == "Pasal 33 ayat (4)" and pranata["citation"].endswith("Pasal 33 ayat (4)")
    assert pranata["citation"] != "kebijakan Dinas" and "Probolinggo" in pranata["citation"]
    assert pranata["applies_to"] == "agencies_running_own_services" and pranata["pranata_komputer"] is True
    assert by_key["profile:employee-basic-ict-competence"]["applies_to"] == "each_employee"
    assert by_key["profile:ict-operating-staff-per-agency"]["competency_kind"] == "ict_operation"

    agency = admin.get("/api/v1/agencies").json()["items"][0]
    person = employee(admin, agency["id"])
    gaps = agency_gaps(admin, agency["id"])
    checks = {c["requirement"]["key"]: c for c in gaps["requirements"]}
    basic = checks["profile:employee-basic-ict-competence"]
    assert not basic["met"] and person["id"] in {p["person_id"] for p in basic["missing_people"]}
    assert "Pasal 33 ayat (3)" in basic["message"]["id"] and "Pasal 33 ayat (3)" in basic["message"]["en"]
    pk = checks["profile:pranata-komputer-for-own-services"]
    assert pk["applies"] is agency["ict_self_sufficient"]
    region = admin.get(BASE + "/gaps").json()
    assert "profile:pranata-komputer-for-own-services" in {q["key"] for q in region["requirements"]}


def test_demo_shows_a_living_competency_picture(admin):
    """The demo region: most employees with basic ICT competence, some agencies behind, one agency with
    services missing its Pranata Komputer (ICT office policy), expired and expiring certificates, plans."""
    region = admin.get(BASE + "/gaps").json()
    totals = region["totals"]
    assert 0.6 < totals["basic_ict_share"] < 1.0, totals
    assert totals["certificates_expired"] > 0 and totals["certificates_expiring"] > 0, totals
    pranata = next(q for q in region["requirements"] if q["pranata_komputer"])
    assert pranata["source"] == "policy" and pranata["citation"] == "kebijakan Dinas"
    missing = [a for a in region["agencies"] if a["has_services"] and a["pranata_komputer"] == 0]
    assert len(missing) >= 1, "one agency with services has no Pranata Komputer"
    plans = admin.get(BASE + "/plans", params={"year": today().year}).json()["items"]
    assert len(plans) >= 3 and any(p["done"] for p in plans), plans
