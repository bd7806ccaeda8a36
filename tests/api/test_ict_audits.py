"""ICT audits (Audit TIK, Perwali Madiun 39/2021 Pasal 40-43): audit objects synced from the
registries or added by hand, the programme and overdue lists computed from the region's profile
(every object every P2Y in Madiun), the audits with their steps and the report to the Walikota
through the chair of the Tim Koordinasi SPBE, findings recorded by the auditor and closed only
on the follow-up evidence of the agency that owns them.

Contract: docs/risk-security-audit-contract.md, "ICT audits".
Runs on the shared demo server (Kota Madiun): operator_own is the operator of Dinkes,
operator_other of Bappeda. Every test makes its own objects (manual ones, unique names), so
nothing assumes what other tests or the demo made.
"""
from __future__ import annotations

import datetime as dt
import threading
import uuid

import pytest

import support
from support import MINIMAL_PDF, assert_audited, assert_problem, describe, field_names, traced

BASE = "/api/v1/ict-audits"


# --------------------------------------------------------------------------- helpers


def today() -> dt.date:
    # The demo region keeps WIB (+07); a few hours either way do not matter to these dates.
    return (dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=7)).date()


def years_ago(n: int, days: int = 0) -> str:
    t = today()
    return (t.replace(year=t.year - n) - dt.timedelta(days=days)).isoformat()


def all_pages(session, path: str, **params) -> list[dict]:
    items, cursor = [], None
    while True:
        r = session.get(path, params={**params, "limit": 100, **({"cursor": cursor} if cursor else {})})
        assert r.status_code == 200, describe(r)
        items += r.json()["items"]
        cursor = r.json().get("next_cursor")
        if not cursor:
            return items


def new_object(admin, agency_id: int, **fields) -> dict:
    body = {"kind": "infrastructure", "name": "Segmen jaringan uji " + uuid.uuid4().hex[:8], "owner_agency_id": agency_id}
    body.update(fields)
    r = admin.post(BASE + "/objects", json=body, headers=traced())
    assert r.status_code == 201, describe(r)
    assert r.headers.get("ETag")
    return r.json()


def audit_body(object_id: int, **fields) -> dict:
    body = {"object_id": object_id, "planned_on": today().isoformat(), "auditor_kind": "accredited",
            "auditor_name": "Lembaga Audit TIK Nusantara", "auditor_credential": "AKR-2025-0117",
            "aspects": ["governance_and_management", "functionality", "performance"]}
    body.update(fields)
    return body


def new_audit(admin, object_id: int, **fields) -> dict:
    r = admin.post(BASE, json=audit_body(object_id, **fields), headers=traced())
    assert r.status_code == 201, describe(r)
    return r.json()


def step(session, audit: dict, expect: int = 200, **body) -> dict:
    r = session.post(f"{BASE}/{audit['id']}/actions", json=body, headers={"If-Match": f'"{audit["version"]}"'})
    assert r.status_code == expect, describe(r)
    return r.json()


def evidence(session) -> str:
    return support.upload_file(session, MINIMAL_PDF + uuid.uuid4().hex.encode(), name="bukti.pdf")["sha256"]


def completed_audit(admin, auditor, object_id: int, completed_on: str) -> dict:
    a = new_audit(admin, object_id, planned_on=completed_on)
    a = step(admin, a, action="start", on=completed_on)
    return step(auditor, a, action="complete", completed_on=completed_on, report_sha256=evidence(admin))


def started_audit(admin, agency_id: int) -> dict:
    o = new_object(admin, agency_id)
    return step(admin, new_audit(admin, o["id"]), action="start")


def new_finding(auditor, audit: dict, owner: int, **fields) -> dict:
    body = {"severity": "high", "title": "Kata sandi bawaan masih dipakai", "description": "Perangkat jaringan memakai kata sandi pabrik.",
            "recommendation": "Ganti kata sandi dan terapkan kebijakan kata sandi.", "owner_agency_id": owner,
            "due_on": (today() + dt.timedelta(days=30)).isoformat()}
    body.update(fields)
    r = auditor.post(f"{BASE}/{audit['id']}/findings", json=body, headers=traced())
    assert r.status_code == 201, describe(r)
    return r.json()


# --------------------------------------------------------------------------- objects and schedule


def test_sync_creates_registry_objects_once(admin):
    first = admin.post(BASE + "/objects/sync")
    assert first.status_code == 200, describe(first)
    again = admin.post(BASE + "/objects/sync")
    assert again.status_code == 200, describe(again)
    assert again.json()["created"] == 0 and again.json()["items"] == []
    r = admin.get(BASE + "/objects", params={"kind": "infrastructure_security", "limit": 100})
    registry = [o for o in r.json()["items"] if o["source"] == "registry"]
    assert len(registry) == 1, registry
    # One application and one application-security object per application in production.
    apps = all_pages(admin, "/api/v1/applications")
    in_production = {a["id"] for a in apps if a["lifecycle"] == "in_production"}
    objects = all_pages(admin, BASE + "/objects", kind="application")
    synced = [o["application_id"] for o in objects if o["source"] == "registry"]
    assert sorted(synced) == sorted(in_production)


def test_new_object_is_due_two_years_after_registration_with_the_madiun_article(admin, dinkes):
    o = new_object(admin, dinkes, registered_on="2025-03-31")
    assert o["next_due_on"] == "2027-03-31"
    assert o["obligation"]["article"] == "Pasal 41 ayat (1)"
    assert o["obligation"]["period"] == "P2Y" and o["obligation"]["period_from_profile"] is True
    assert "Madiun" in o["obligation"]["citation"]


def test_object_audited_three_years_ago_is_overdue(admin, login_as, dinkes):
    auditor = login_as("auditor")
    o = new_object(admin, dinkes, registered_on=years_ago(5))
    completed_audit(admin, auditor, o["id"], years_ago(3))
    got = admin.get(f"{BASE}/objects/{o['id']}").json()
    assert got["last_audit_on"] == years_ago(3)
    assert got["status"] == "overdue"
    overdue = admin.get(BASE + "/overdue").json()
    assert o["id"] in [x["id"] for x in overdue["objects"]]
    listed = admin.get(BASE + "/objects", params={"status": "overdue", "agency_id": dinkes, "limit": 100}).json()["items"]
    assert o["id"] in [x["id"] for x in listed]
    # A fresh audit moves the due date two years on, in the same step.
    done = completed_audit(admin, auditor, o["id"], today().isoformat())
    got = admin.get(f"{BASE}/objects/{o['id']}").json()
    assert got["status"] in ("due", "due_soon") and got["next_due_on"] > today().isoformat(), got
    assert done["state"] == "completed"


def test_programme_lists_due_objects_with_their_planned_audit(admin, dinkes):
    o = new_object(admin, dinkes, registered_on=years_ago(2, days=-10))  # due in 10 days
    a = new_audit(admin, o["id"])
    p = admin.get(BASE + "/programme", params={"year": today().year}).json()
    item = next(i for i in p["items"] if i["object"]["id"] == o["id"])
    assert item["status"] == "due_soon"
    assert item["planned_audit"]["id"] == a["id"]
    assert p["obligations"][item["obligation_id"]]["article"] == "Pasal 41 ayat (1)"
    assert p["due_soon_days"] == 90
    # Madiun has no internal-evaluation duty: nothing is required before the start.
    assert item["pre_evaluation_required"] is False and item["planned_audit"]["pre_evaluation_due_on"] is None


def test_object_edit_needs_the_current_version(admin, dinkes):
    o = new_object(admin, dinkes)
    path = f"{BASE}/objects/{o['id']}"
    assert_problem(admin.patch(path, json={"name": "Tanpa versi"}), 428, "precondition-required")
    r = admin.patch(path, json={"active": False}, headers={"If-Match": f'"{o["version"]}"'})
    assert r.status_code == 200, describe(r)
    assert r.json()["status"] == "not_required" and r.json()["next_due_on"] is None
    assert_problem(admin.patch(path, json={"name": "Basi"}, headers={"If-Match": f'"{o["version"]}"'}), 412, "precondition-failed")


def test_concurrent_audit_edits_one_wins_the_other_412(admin, dinkes):
    a = new_audit(admin, new_object(admin, dinkes)["id"])
    results = []

    def edit(name):
        results.append(admin.patch(f"{BASE}/{a['id']}", json={"auditor_name": name}, headers={"If-Match": f'"{a["version"]}"'}).status_code)

    threads = [threading.Thread(target=edit, args=(f"Auditor {i}",)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == [200, 412]


# --------------------------------------------------------------------------- audits


def test_invalid_auditor_is_422_naming_each_field(admin, dinkes):
    o = new_object(admin, dinkes)
    r = admin.post(BASE, json=audit_body(o["id"], auditor_kind="certified", auditor_credential=None))
    assert field_names(assert_problem(r, 422, "validation-failed")) == ["auditor_credential"]
    r = admin.post(BASE, json=audit_body(o["id"], auditor_kind="friend", aspects=["taste"], planned_on="2026-02-30"))
    assert sorted(field_names(assert_problem(r, 422, "validation-failed"))) == ["aspects", "auditor_kind", "planned_on"]
    assert_problem(admin.post(BASE, json=audit_body(o["id"], extra=1)), 422, "validation-failed")


def test_steps_in_order_and_the_report_goes_through_the_committee_chair(admin, login_as, dinkes):
    auditor = login_as("auditor")
    a = new_audit(admin, new_object(admin, dinkes)["id"])
    refused = assert_problem(admin.post(f"{BASE}/{a['id']}/actions", json={"action": "report_to_head", "sent_on": today().isoformat()},
                                        headers={"If-Match": f'"{a["version"]}"'}), 409, "invalid-transition")
    assert "start" in refused["detail"]
    a = step(admin, a, action="start")
    # Completing is the auditor's; the superadmin's steps are not.
    step(auditor, a, expect=403, action="report_to_head", sent_on=today().isoformat())
    a = step(auditor, a, action="complete", completed_on=today().isoformat(), report_sha256=evidence(admin))
    assert a["report_due_on"] == (today() + dt.timedelta(days=30)).isoformat()
    r = admin.post(f"{BASE}/{a['id']}/actions", json={"action": "report_to_head", "sent_on": today().isoformat(), "note": "Nota dinas"},
                   headers=traced(**{"If-Match": f'"{a["version"]}"'}))
    assert r.status_code == 200, describe(r)
    reported = r.json()
    assert reported["state"] == "reported"
    assert reported["reported_through"] == "Ketua Tim Koordinasi SPBE Pemerintah Daerah (Sekretaris Daerah)"
    assert reported["report_obligation"]["article"] == "Pasal 41 ayat (2)"
    assert_audited(admin, r, "ict_audit.report_to_head", reported["id"])
    assert_problem(admin.patch(f"{BASE}/{a['id']}", json={"auditor_name": "X"}, headers={"If-Match": f'"{reported["version"]}"'}),
                   409, "invalid-transition")


def test_completed_audit_not_reported_in_thirty_days_is_overdue(admin, login_as, dinkes):
    o = new_object(admin, dinkes)
    a = completed_audit(admin, login_as("auditor"), o["id"], (today() - dt.timedelta(days=31)).isoformat())
    unreported = admin.get(BASE + "/overdue").json()["unreported"]
    assert a["id"] in [x["id"] for x in unreported]


def test_a_second_open_audit_of_an_object_is_refused(admin, dinkes):
    o = new_object(admin, dinkes)
    new_audit(admin, o["id"])
    assert_problem(admin.post(BASE, json=audit_body(o["id"])), 409, "invalid-transition")


# --------------------------------------------------------------------------- findings and follow-ups


def test_auditor_records_findings_but_cannot_change_the_programme(login_as, admin, dinkes):
    auditor = login_as("auditor")
    a = started_audit(admin, dinkes)
    f = new_finding(auditor, a, dinkes)
    assert f["status"] == "open" and f["owner_agency_id"] == dinkes
    assert_problem(auditor.post(BASE + "/objects", json={"kind": "infrastructure", "name": "X", "owner_agency_id": dinkes}), 403, "forbidden")
    assert_problem(auditor.post(BASE, json=audit_body(a["object_id"])), 403, "forbidden")
    assert_problem(auditor.post(BASE + "/objects/sync"), 403, "forbidden")
    assert_problem(auditor.post(f"{BASE}/{a['id']}/actions", json={"action": "start"}, headers={"If-Match": f'"{a["version"]}"'}),
                   403, "forbidden")


def test_finding_before_the_audit_started_is_refused(login_as, admin, dinkes):
    a = new_audit(admin, new_object(admin, dinkes)["id"])
    r = login_as("auditor").post(f"{BASE}/{a['id']}/findings", json={"severity": "low", "title": "T", "description": "D",
                                                                    "recommendation": "R", "owner_agency_id": dinkes,
                                                                    "due_on": today().isoformat()})
    assert_problem(r, 409, "invalid-transition")


def test_finding_closes_only_on_follow_up_evidence(login_as, admin, own, dinkes):
    auditor = login_as("auditor")
    f = new_finding(auditor, started_audit(admin, dinkes), dinkes)
    path = f"{BASE}/findings/{f['id']}"
    refused = assert_problem(auditor.post(path + "/close", headers={"If-Match": f'"{f["version"]}"'}), 409, "invalid-transition")
    assert "bukti" in refused["detail"] or "evidence" in refused["detail"]
    # A note alone is no evidence.
    r = own.post(path + "/follow-ups", json={"note": "Kata sandi sudah diganti"})
    assert r.status_code == 201, describe(r)
    f = r.json()
    assert_problem(auditor.post(path + "/close", headers={"If-Match": f'"{f["version"]}"'}), 409, "invalid-transition")
    r = own.post(path + "/follow-ups", json={"note": "Berita acara penggantian kata sandi", "sha256": evidence(own)})
    assert r.status_code == 201, describe(r)
    f = r.json()
    assert f["has_evidence"] is True and len(f["follow_ups"]) == 2
    r = auditor.post(path + "/close", headers=traced(**{"If-Match": f'"{f["version"]}"'}))
    assert r.status_code == 200, describe(r)
    assert r.json()["status"] == "closed" and r.json()["closed_on"]
    assert_audited(admin, r, "ict_audit_finding.close", f["id"])
    assert_problem(own.post(path + "/follow-ups", json={"note": "lagi"}), 409, "invalid-transition")
    r = auditor.post(path + "/reopen", headers={"If-Match": f'"{r.json()["version"]}"'})
    assert r.status_code == 200 and r.json()["status"] == "open", describe(r)


def test_operator_follow_up_on_another_agencys_finding_is_403(login_as, admin, other, dinkes):
    f = new_finding(login_as("auditor"), started_audit(admin, dinkes), dinkes)
    assert_problem(other.post(f"{BASE}/findings/{f['id']}/follow-ups", json={"note": "Bukan milik kami"}), 403, "forbidden")


def test_follow_up_with_a_file_never_uploaded_is_422(login_as, admin, own, dinkes):
    f = new_finding(login_as("auditor"), started_audit(admin, dinkes), dinkes)
    r = own.post(f"{BASE}/findings/{f['id']}/follow-ups", json={"note": "Bukti", "sha256": "a" * 64})
    assert field_names(assert_problem(r, 422, "validation-failed")) == ["sha256"]


def test_finding_past_due_is_in_the_overdue_list(login_as, admin, dinkes):
    f = new_finding(login_as("auditor"), started_audit(admin, dinkes), dinkes, due_on=(today() - dt.timedelta(days=2)).isoformat())
    overdue = admin.get(BASE + "/overdue").json()["findings"]
    assert f["id"] in [x["id"] for x in overdue]
    assert next(x for x in overdue if x["id"] == f["id"])["overdue"] is True


def test_leadership_reads_the_programme_citizens_do_not(login_as):
    assert login_as("leadership").get(BASE + "/overdue").status_code == 200
    assert_problem(login_as("citizen").get(BASE + "/programme"), 403, "forbidden")


# --------------------------------------------------------------------------- other regulations


def test_probolinggo_needs_the_internal_evaluation_a_month_before(initialised_server):
    """Perwali Probolinggo: audits "secara berkala" (the region's default P2Y, said so) and the
    ICT office's internal evaluation at the latest one month before (Pasal 38 ayat (5))."""
    _srv, admin, _ = initialised_server("probolinggo", region="Kota Probolinggo")
    sync = admin.post(BASE + "/objects/sync")
    assert sync.status_code == 200, describe(sync)
    office = next(o for o in sync.json()["items"] if o["kind"] == "infrastructure")
    assert office["obligation"]["article"] == "Pasal 38 ayat (1)"
    assert office["obligation"]["period_from_profile"] is False and office["obligation"]["period"] == "P2Y"
    a = new_audit(admin, office["id"], planned_on="2027-03-31")
    assert a["pre_evaluation_required"] is True and a["pre_evaluation_due_on"] == "2027-02-28"
    refused = assert_problem(admin.post(f"{BASE}/{a['id']}/actions", json={"action": "start"},
                                        headers={"If-Match": f'"{a["version"]}"'}), 409, "invalid-transition")
    assert "Pasal 38 ayat (5)" in refused["detail"]
    a = step(admin, a, action="pre_evaluate", on="2027-02-20", note="Evaluasi internal kesiapan audit")
    assert a["pre_evaluation_on_time"] is True
    a = step(admin, a, action="start")
    assert a["state"] == "in_progress"
    p = admin.get(BASE + "/programme", params={"year": 2027}).json()
    item = next(i for i in p["items"] if i["object"]["id"] == office["id"])
    assert item["pre_evaluation_required"] is True


def test_default_period_setting_reschedules_where_the_profile_names_none(initialised_server):
    _srv, admin, _ = initialised_server("probolinggo", region="Kota Probolinggo")
    o = new_object(admin, admin.get("/api/v1/agencies").json()["items"][0]["id"], registered_on="2025-01-15")
    assert o["next_due_on"] == "2027-01-15"
    r = admin.get(BASE + "/settings")
    assert r.json() == {"default_period": "P2Y", "applies": True, "version": 0}
    assert_problem(admin.put(BASE + "/settings", json={"default_period": "P1Y"}), 428, "precondition-required")
    bad = admin.put(BASE + "/settings", json={"default_period": "P10D"}, headers={"If-Match": '"0"'})
    assert field_names(assert_problem(bad, 422, "validation-failed")) == ["default_period"]
    r = admin.put(BASE + "/settings", json={"default_period": "P1Y"}, headers=traced(**{"If-Match": '"0"'}))
    assert r.status_code == 200, describe(r)
    assert r.json()["version"] == 1 and r.headers["ETag"]
    assert admin.get(f"{BASE}/objects/{o['id']}").json()["next_due_on"] == "2026-01-15"
    assert_problem(admin.put(BASE + "/settings", json={"default_period": "P2Y"}, headers={"If-Match": '"0"'}), 412, "precondition-failed")


def test_madiun_names_its_period_so_the_setting_does_not_apply(admin, login_as):
    assert admin.get(BASE + "/settings").json()["applies"] is False
    assert_problem(login_as("auditor").put(BASE + "/settings", json={"default_period": "P1Y"}, headers={"If-Match": '"0"'}),
                   403, "forbidden")
