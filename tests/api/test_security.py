"""Information security management: the region's programme (BSSN 4/2021; Madiun Pasal 33),
the security policies of Madiun Pasal 12 acknowledged by every agency, and the security
incidents handled by the CSIRT (OKI Pasal 26 ayat 7) with the report to the ICT office and the
written notice to the data owner (Kendari Pasal 14 ayat 8), timed and overdue-flagged.

Contract: docs/risk-security-audit-contract.md, "Information security". Runs on the shared demo
server (Kota Madiun): operator_own is the operator of Dinkes, operator_other of Bappeda. Every
test makes its own policies and incidents, so nothing assumes what the demo or other tests made.
"""
from __future__ import annotations

import datetime as dt
import re
import uuid

import pytest

import support
from support import assert_audited, assert_problem, describe, field_names, traced

BASE = "/api/v1/security"
INCIDENTS = BASE + "/incidents"
POLICIES = BASE + "/policies"


# --------------------------------------------------------------------------- helpers


def instant(delta: dt.timedelta = dt.timedelta()) -> str:
    t = dt.datetime.now(dt.timezone.utc) + delta
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def if_match(record: dict) -> dict:
    return traced(**{"If-Match": f'"{record["version"]}"'})


def incident_body(agency_id: int, **fields) -> dict:
    b = {"agency_id": agency_id, "title": "Serangan phishing " + uuid.uuid4().hex[:6],
         "description": "Surel palsu meminta kata sandi pegawai", "severity": "medium",
         "detected_at": instant(-dt.timedelta(hours=1))}
    b.update(fields)
    return b


def report(session, agency_id: int, **fields) -> dict:
    r = session.post(INCIDENTS, json=incident_body(agency_id, **fields), headers=traced())
    assert r.status_code == 201, describe(r)
    return r.json()


def get(session, path: str) -> dict:
    r = session.get(path)
    assert r.status_code == 200, describe(r)
    return r.json()


def step(session, incident: dict, action: str, **extra):
    return session.post(f"{INCIDENTS}/{incident['id']}/actions", json={"action": action, "note": "Langkah " + action, **extra},
                        headers=if_match(incident))


def new_policy(admin, kind: str = "ict_use") -> dict:
    r = admin.post(POLICIES, json={"kind": kind, "title": "Pedoman uji " + uuid.uuid4().hex[:6],
                                   "body": "Setiap pegawai wajib menjaga kerahasiaan kata sandi."}, headers=traced())
    assert r.status_code == 201, describe(r)
    return r.json()


def first_id(database_url: str, sql: str) -> int:
    rows = support.sql_query(database_url, sql)
    assert rows, sql
    return int(rows[0][0])


@pytest.fixture(scope="module")
def leadership(login_as):
    return login_as("leadership")


# --------------------------------------------------------------------------- programme


def test_programme_put_needs_the_current_version_and_people_of_the_region(admin, database_url):
    before = get(admin, BASE + "/programme")
    assert {"scope", "person_in_charge", "suggested_person_in_charge", "stages", "csirt", "report_hours", "version"} <= set(before)
    assert [s["stage"] for s in before["stages"]] == ["scope", "person_in_charge", "planning", "operation_support",
                                                      "performance_evaluation", "continual_improvement"]
    person = first_id(database_url, "SELECT person_id FROM people WHERE region_id = 'kota-madiun' ORDER BY person_id")
    body = {"scope": {"data_information": True, "applications": True, "infrastructure": True, "existing_policy": False,
                      "description": "Seluruh sistem elektronik Pemerintah Kota " + uuid.uuid4().hex[:6]},
            "person_in_charge_id": person,
            "stages": [{"stage": "planning", "note": "Rencana keamanan 2026", "date": "2026-01-15"}],
            "csirt": {"name": "Madiun-CSIRT", "decree": "188.45/12/401.012/2026", "member_ids": [person]},
            "report_hours": {"ict_office": before["report_hours"]["ict_office"],
                             "data_owner": before["report_hours"]["data_owner"]}}

    r = admin.put(BASE + "/programme", json=body, headers=traced())
    assert_problem(r, 428, "precondition-required")

    r = admin.put(BASE + "/programme", json=body, headers=if_match(before))
    assert r.status_code == 200, describe(r)
    saved = r.json()
    assert saved["version"] == before["version"] + 1
    assert saved["person_in_charge"]["id"] == person
    assert [m["id"] for m in saved["csirt"]["members"]] == [person]
    assert saved["scope"]["existing_policy"] is False
    assert next(s for s in saved["stages"] if s["stage"] == "planning")["date"] == "2026-01-15"
    assert r.headers["ETag"].strip('W/"') == str(saved["version"])

    body["scope"]["description"] = "Diubah " + uuid.uuid4().hex[:6]
    assert_problem(admin.put(BASE + "/programme", json=body, headers=if_match(before)), 412, "precondition-failed")

    bad = dict(body, person_in_charge_id=987654321)
    r = admin.put(BASE + "/programme", json=bad, headers=if_match(saved))
    assert "person_in_charge_id" in field_names(assert_problem(r, 422, "validation-failed"))
    r = admin.put(BASE + "/programme", json=dict(body, report_hours={"ict_office": 0, "data_owner": 72}), headers=if_match(saved))
    assert "report_hours.ict_office" in field_names(assert_problem(r, 422, "validation-failed"))


def test_programme_is_read_by_leadership_but_kept_by_the_ict_office(leadership, own):
    assert leadership.get(BASE + "/programme").status_code == 200
    r = own.put(BASE + "/programme", json={}, headers=traced(**{"If-Match": '"1"'}))
    assert_problem(r, 403, "forbidden")


# --------------------------------------------------------------------------- policies


def test_policy_publish_and_acknowledgement_per_agency(admin, own, dinkes, bappeda):
    policy = new_policy(admin)
    assert policy["status"] == "draft" and policy["revision"] == 0 and policy["published"] is None

    early = own.post(f"{POLICIES}/{policy['id']}/acknowledgements", json={"agency_id": dinkes})
    problem = assert_problem(early, 409, "invalid-transition")
    assert "Pasal 12" in problem["detail"], problem  # Madiun's policy article

    r = admin.post(f"{POLICIES}/{policy['id']}/publish", headers=if_match(policy))
    assert r.status_code == 200, describe(r)
    published = r.json()
    assert published["status"] == "published" and published["revision"] == 1
    assert published["published"]["body"] == policy["body"]
    assert_problem(admin.post(f"{POLICIES}/{policy['id']}/publish", headers=if_match(published)), 409, "invalid-transition")

    r = own.post(f"{POLICIES}/{policy['id']}/acknowledgements", json={"agency_id": dinkes}, headers=traced())
    assert r.status_code == 201, describe(r)
    assert r.json()["revision"] == 1
    assert_audited(admin, r, "security_policy.acknowledge", policy["id"])
    again = own.post(f"{POLICIES}/{policy['id']}/acknowledgements", json={"agency_id": dinkes})
    assert again.status_code == 200 and again.json()["acknowledged_at"] == r.json()["acknowledged_at"]

    assert_problem(own.post(f"{POLICIES}/{policy['id']}/acknowledgements", json={"agency_id": bappeda}), 403, "forbidden")

    coverage = get(admin, f"{POLICIES}/{policy['id']}/acknowledgements")
    states = {a["agency_id"]: a["state"] for a in coverage["agencies"]}
    assert states[dinkes] == "current" and states[bappeda] == "missing"
    assert coverage["acknowledged"] == 1 and coverage["total"] == len(coverage["agencies"])

    # Revising: the edit opens a draft, the published revision stays in force until the next publish.
    r = admin.patch(f"{POLICIES}/{policy['id']}", json={"body": "Teks revisi kedua."}, headers=if_match(published))
    assert r.status_code == 200, describe(r)
    draft = r.json()
    assert draft["status"] == "draft" and draft["revision"] == 1 and draft["published"]["body"] == policy["body"]
    assert get(admin, f"{POLICIES}/{policy['id']}/acknowledgements")["acknowledged"] == 1
    r = admin.post(f"{POLICIES}/{policy['id']}/publish", headers=if_match(draft))
    assert r.status_code == 200 and r.json()["revision"] == 2, describe(r)
    coverage = get(admin, f"{POLICIES}/{policy['id']}/acknowledgements")
    dinkes_row = next(a for a in coverage["agencies"] if a["agency_id"] == dinkes)
    assert dinkes_row["state"] == "outdated" and dinkes_row["acknowledged_revision"] == 1
    assert coverage["acknowledged"] == 0


def test_policy_bodies_are_checked(admin, own):
    r = admin.post(POLICIES, json={"kind": "firewall", "title": "x", "body": "", "colour": "red"})
    assert set(field_names(assert_problem(r, 422, "validation-failed"))) >= {"kind", "title", "body", "colour"}
    assert_problem(own.post(POLICIES, json={"kind": "byod", "title": "BYOD", "body": "Teks"}), 403, "forbidden")


# --------------------------------------------------------------------------- incidents


def test_operator_reports_for_their_agency_and_that_is_the_report_to_the_ict_office(own, dinkes, bappeda):
    incident = report(own, dinkes)
    assert re.fullmatch(r"INS-\d{4}-\d{4,}", incident["number"]), incident["number"]
    assert incident["stage"] == "reported" and incident["agency"]["id"] == dinkes
    ict = incident["notices"]["ict_office"]
    assert ict["sent_at"] == incident["reported_at"] and ict["state"] == "on_time"
    assert incident["notices"]["data_owner"]["state"] == "not_required"
    assert incident["allowed_actions"] == []  # the steps are the CSIRT's
    assert [e["action"] for e in incident["events"]] == ["report"]

    r = own.post(INCIDENTS, json=incident_body(bappeda))
    assert_problem(r, 403, "forbidden")


def test_another_agencys_incident_is_refused_for_reading_and_writing(own, other, dinkes, bappeda):
    incident = report(own, dinkes)
    path = f"{INCIDENTS}/{incident['id']}"
    assert_problem(other.get(path), 403, "forbidden")
    assert_problem(other.patch(path, json={"title": "Diubah oleh PD lain"}, headers=if_match(incident)), 403, "forbidden")
    assert_problem(other.post(path + "/notices", json={"kind": "data_owner", "sent_at": instant()}), 403, "forbidden")
    assert_problem(other.post(path + "/links", json={"kind": "host", "target_id": 1}), 403, "forbidden")
    assert_problem(other.get(INCIDENTS, params={"agency_id": dinkes}), 403, "forbidden")
    assert_problem(other.get(path + "/history"), 403, "forbidden")
    assert [e["action"] for e in get(own, path + "/history")["items"]] == ["security_incident.create"]
    listed = get(other, INCIDENTS)
    assert all(i["agency"]["id"] == bappeda for i in listed["items"])
    assert incident["id"] not in [i["id"] for i in listed["items"]]
    assert get(own, path)["id"] == incident["id"]


def test_steps_follow_the_stages_and_closing_needs_lessons_and_notices(admin, dinkes):
    incident = report(admin, dinkes, serious=True, ict_office_reported_at=instant(-dt.timedelta(minutes=30)))
    assert incident["notices"]["data_owner"]["required"] is True
    assert incident["allowed_actions"] == ["triage"]

    wrong = step(admin, incident, "contain")
    assert_problem(wrong, 409, "invalid-transition")
    assert_problem(admin.post(f"{INCIDENTS}/{incident['id']}/actions", json={"action": "triage"}, headers=if_match(incident)),
                   422, "validation-failed")

    for action, stage in [("triage", "triage"), ("contain", "containment"), ("eradicate", "eradication"),
                          ("recover", "recovery"), ("learn", "lessons_learned")]:
        r = step(admin, incident, action)
        assert r.status_code == 200, describe(r)
        incident = r.json()
        assert incident["stage"] == stage

    r = step(admin, incident, "close")
    assert "lessons_learned" in field_names(assert_problem(r, 422, "validation-failed"))

    r = step(admin, incident, "close", lessons_learned="Aktifkan autentikasi dua faktor untuk surel dinas.")
    problem = assert_problem(r, 409, "invalid-transition")
    assert "walidata" in problem["detail"].lower() or "data owner" in problem["detail"].lower(), problem

    r = admin.post(f"{INCIDENTS}/{incident['id']}/notices",
                   json={"kind": "data_owner", "sent_at": instant(), "note": "Surat kepada walidata"}, headers=traced())
    assert r.status_code == 201, describe(r)
    incident = r.json()
    assert incident["notices"]["data_owner"]["state"] == "on_time"
    assert_problem(admin.post(f"{INCIDENTS}/{incident['id']}/notices", json={"kind": "data_owner", "sent_at": instant()}),
                   409, "conflict")

    r = step(admin, incident, "close", lessons_learned="Aktifkan autentikasi dua faktor untuk surel dinas.")
    assert r.status_code == 200, describe(r)
    closed = r.json()
    assert closed["stage"] == "closed" and closed["closed_at"] and closed["allowed_actions"] == []
    assert [e["action"] for e in closed["events"]][-1] == "close"
    assert_audited(admin, r, "security_incident.close", closed["id"])
    assert_problem(admin.patch(f"{INCIDENTS}/{closed['id']}", json={"title": "Sesudah ditutup"}, headers=if_match(closed)),
                   409, "conflict")


def test_an_incident_detected_long_ago_without_a_report_is_overdue(admin, own, dinkes, leadership):
    long_ago = instant(-dt.timedelta(days=20))
    unreported = report(admin, dinkes, severity="critical", detected_at=long_ago)  # recorded by the CSIRT, no report yet
    ict = unreported["notices"]["ict_office"]
    assert ict["state"] == "overdue" and ict["sent_at"] is None
    assert unreported["overdue"] is True and unreported["open_too_long"] is True

    late = report(own, dinkes, detected_at=long_ago)  # the agency reported it only now
    assert late["notices"]["ict_office"]["state"] == "late" and late["overdue"] is False

    overdue = get(leadership, INCIDENTS + "/overdue?limit=100")
    assert overdue["notices_total"] >= len(overdue["notices"]) >= 1
    # The first one of each list, with the same totals; the default is 20.
    first = get(leadership, INCIDENTS + "/overdue?limit=1")
    key = lambda n: (n["incident"]["id"], n["kind"])  # noqa: E731
    assert len(first["notices"]) == 1 and key(first["notices"][0]) == key(overdue["notices"][0])
    assert (first["notices_total"], first["open_too_long_total"]) == (overdue["notices_total"], overdue["open_too_long_total"])
    assert len(get(leadership, INCIDENTS + "/overdue")["notices"]) == min(20, overdue["notices_total"])
    assert_problem(leadership.get(INCIDENTS + "/overdue", params={"limit": 0}), 400, "bad-request")
    due = [n["due_at"] for n in overdue["notices"]]
    assert due == sorted(due), "the most overdue first"
    entries = [n for n in overdue["notices"] if n["incident"]["id"] == unreported["id"]]
    assert [n["kind"] for n in entries] == ["ict_office"] and entries[0]["hours_overdue"] >= 20 * 24 - 25
    assert overdue["limits_days"] == {"critical": 7, "high": 14, "medium": 30, "low": 60}
    too_long = [o for o in overdue["open_too_long"] if o["incident"]["id"] == unreported["id"]]
    assert too_long and too_long[0]["limit_days"] == 7 and too_long[0]["open_days"] >= 19

    r = admin.get(INCIDENTS, params={"overdue": "true", "agency_id": dinkes, "limit": 100})
    assert r.status_code == 200, describe(r)
    listed = r.json()
    ids = [i["id"] for i in listed["items"]]
    assert unreported["id"] in ids and late["id"] not in ids

    r = admin.post(f"{INCIDENTS}/{unreported['id']}/notices", json={"kind": "ict_office", "sent_at": instant()})
    assert r.status_code == 201, describe(r)
    assert r.json()["notices"]["ict_office"]["state"] == "late"


def test_links_need_a_record_of_the_region_and_a_dataset_needs_the_data_owner_notice(own, dinkes, database_url):
    incident = report(own, dinkes)
    path = f"{INCIDENTS}/{incident['id']}/links"
    for kind in ("host", "application", "dataset", "risk"):
        r = own.post(path, json={"kind": kind, "target_id": 987654321})
        assert field_names(assert_problem(r, 422, "validation-failed")) == ["target_id"], kind
    r = own.post(path, json={"kind": "router", "target_id": 1})
    assert "kind" in field_names(assert_problem(r, 422, "validation-failed"))

    dataset = first_id(database_url, "SELECT dataset_id FROM datasets WHERE region_id = 'kota-madiun' ORDER BY dataset_id")
    r = own.post(path, json={"kind": "dataset", "target_id": dataset}, headers=traced())
    assert r.status_code == 201, describe(r)
    linked = r.json()
    assert [(l["kind"], l["target_id"]) for l in linked["links"]] == [("dataset", dataset)]
    assert linked["links"][0]["label"]
    assert linked["notices"]["data_owner"]["required"] is True
    assert linked["notices"]["data_owner"]["state"] == "pending"
    assert_problem(own.post(path, json={"kind": "dataset", "target_id": dataset}), 409, "conflict")

    r = own.delete(f"{path}/{linked['links'][0]['id']}")
    assert r.status_code == 204, describe(r)
    after = get(own, f"{INCIDENTS}/{incident['id']}")
    assert after["links"] == [] and after["notices"]["data_owner"]["required"] is False
    assert after["version"] == linked["version"] + 1


def test_incident_bodies_are_checked(own, dinkes):
    r = own.post(INCIDENTS, json={"agency_id": dinkes, "title": "x", "description": "", "severity": "extreme",
                                  "detected_at": instant(dt.timedelta(days=1)), "mood": "panic"})
    fields = set(field_names(assert_problem(r, 422, "validation-failed")))
    assert {"title", "description", "severity", "detected_at", "mood"} <= fields
    incident = report(own, dinkes)
    r = own.post(f"{INCIDENTS}/{incident['id']}/notices", json={"kind": "data_owner", "sent_at": instant(-dt.timedelta(days=3))})
    assert field_names(assert_problem(r, 422, "validation-failed")) == ["sent_at"]
    assert_problem(own.patch(f"{INCIDENTS}/{incident['id']}", json={"title": "Tanpa versi"}), 428, "precondition-required")
    r = own.patch(f"{INCIDENTS}/{incident['id']}", json={"severity": "high", "serious": True}, headers=if_match(incident))
    assert r.status_code == 200, describe(r)
    assert r.json()["severity"] == "high" and r.json()["notices"]["data_owner"]["required"] is True
    assert_problem(own.post(f"{INCIDENTS}/{incident['id']}/actions", json={"action": "triage", "note": "x"},
                            headers=if_match(r.json())), 403, "forbidden")


# --------------------------------------------------------------------------- the demo


def test_the_demo_shows_a_living_security_programme(leadership):
    programme = get(leadership, BASE + "/programme")
    assert programme["suggested_person_in_charge"], "the demo region has a Sekda"
    assert programme["citation"]["article"] == "Pasal 33 ayat (2)"
    policies = get(leadership, POLICIES)["items"]
    demo = {p["kind"]: p for p in policies if p["title"].startswith(("Pedoman Penggunaan", "Kewajiban Keamanan"))}
    assert set(demo) == {"ict_use", "byod", "lan_security", "wan_security"}
    for p in demo.values():
        assert p["status"] == "published" and p["revision"] == 1
        assert p["agencies"] / 2 < p["acknowledged"] <= p["agencies"], p  # most agencies, not necessarily all
    items = leadership.get(INCIDENTS, params={"limit": 100}).json()["items"]
    demo_incidents = [i for i in items if not i["title"].startswith("Serangan phishing ")]
    assert len({i["stage"] for i in demo_incidents}) >= 3
    assert any(i["stage"] == "closed" for i in demo_incidents)


# --------------------------------------------------------------------------- other regions cite their own articles


def first_agency(session) -> int:
    r = session.get("/api/v1/agencies", params={"limit": 100})
    assert r.status_code == 200, describe(r)
    return r.json()["items"][0]["id"]


def test_kendari_refuses_closing_without_the_report_citing_pasal_14_ayat_8(initialised_server):
    srv, admin, _ = initialised_server("kendari")
    incident = report(admin, first_agency(admin), serious=True)  # recorded by the CSIRT: no report yet
    assert incident["citations"]["ict_office"]["article"] == "Pasal 14 ayat (8)"
    assert incident["citations"]["data_owner"]["article"] == "Pasal 14 ayat (8)"
    assert incident["citations"]["csirt"] is None
    for action in ("triage", "contain", "eradicate", "recover", "learn"):
        r = step(admin, incident, action)
        assert r.status_code == 200, describe(r)
        incident = r.json()
    r = step(admin, incident, "close", lessons_learned="Laporkan segera dalam kesempatan pertama.")
    problem = assert_problem(r, 409, "invalid-transition")
    assert "Kendari" in problem["detail"] and "Pasal 14 ayat (8)" in problem["detail"], problem


def test_oki_cites_its_government_csirt_for_a_step_out_of_order(initialised_server):
    srv, admin, _ = initialised_server("oki")
    incident = report(admin, first_agency(admin))
    assert incident["citations"]["csirt"]["article"] == "Pasal 26 ayat (7)"
    problem = assert_problem(step(admin, incident, "eradicate"), 409, "invalid-transition")
    assert "OKI" in problem["detail"] and "Pasal 26 ayat (7)" in problem["detail"], problem
