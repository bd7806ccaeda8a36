"""Change management (Manajemen Perubahan, Perwali Madiun 39/2021 Pasal 38): requests for change
through planning, analysis, approval, development, implementation, monitoring and evaluation
(ayat (2)), approved by the ICT office or, where the region's regulation names one, the GCIO
(Perwali Batam 40/2021 Pasal 46 ayat (3)); developing or implementing without approval refused
with the article; the change calendar with its conflicts.

Contract: docs/management-processes-contract.md, "Change management".
Runs on the shared demo server (Kota Madiun): operator_own is the operator of Dinkes,
operator_other of Bappeda. Every test makes its own requests (unique titles and target names).
"""
from __future__ import annotations

import datetime as dt
import uuid

import support
from support import assert_audited, assert_problem, describe, field_names, traced

BASE = "/api/v1/changes"


def local(days: int, hour: int = 22) -> str:
    """A local date-time (WIB) `days` from today, as a form sends it."""
    d = (dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=7)).date() + dt.timedelta(days=days)
    return f"{d.isoformat()}T{hour:02d}:00"


def body(**fields) -> dict:
    b = {"title": "Pembaruan versi aplikasi uji " + uuid.uuid4().hex[:8], "reason": "Versi lama tidak didukung lagi.",
         "target_kind": "network", "target_label": "Switch uji " + uuid.uuid4().hex[:8], "change_type": "normal",
         "risk_level": "medium", "planned_start": local(10), "planned_end": local(11, 2),
         "rollback_plan": "Pulihkan konfigurasi dari cadangan malam sebelumnya."}
    b.update(fields)
    return b


def create(session, expect: int = 201, **fields) -> dict:
    r = session.post(BASE, json=body(**fields), headers=traced())
    assert r.status_code == expect, describe(r)
    return r.json()


def act(session, change: dict, action: str, expect: int = 200, **extra) -> dict:
    r = session.post(f"{BASE}/{change['id']}/actions", json={"action": action, **extra},
                     headers={"If-Match": f'"{change["version"]}"'})
    assert r.status_code == expect, describe(r)
    return r.json()


def demo_application(admin) -> dict:
    r = admin.get("/api/v1/applications", params={"limit": 1})
    assert r.status_code == 200 and r.json()["items"], describe(r)
    return r.json()["items"][0]


# --------------------------------------------------------------------------- the whole path


def test_full_path_to_evaluated_with_the_madiun_application_gate(admin, own, dinkes):
    app = demo_application(admin)
    r = own.post(BASE, json=body(target_kind="application", target_label=None, rollback_plan=None,
                                 links=[{"kind": "application", "id": app["id"]}]), headers=traced())
    assert r.status_code == 201, describe(r)
    ch = r.json()
    assert r.headers.get("ETag") == '"1"' and r.headers.get("Location") == f"{BASE}/{ch['id']}"
    assert_audited(admin, r, "change.create", ch["id"])
    year = (dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=7)).year
    assert ch["number"].startswith(f"RFC-{year}-") and len(ch["number"]) == 13, ch["number"]
    assert ch["agency"]["id"] == dinkes and ch["stage"] == "planning"
    assert ch["links"] == [{"kind": "application", "id": app["id"], "label": app["name"]}]
    assert ch["planned_start_local"] == local(10) and ch["planned_start"].endswith("15:00:00.000Z")
    approval = ch["approval"]
    assert approval["approver"] == "ict_office" and approval["basis"] == "approval_gate", approval
    assert approval["gate_action"] == "develop_application"
    assert approval["citation"]["article"] == "Pasal 23 ayat (3)" and approval["citation"]["regulation"] == \
        "Perwali Madiun 39/2021", approval
    assert approval["approver_label"]["id"] == "Dinas Komunikasi dan Informatika"
    assert ch["allowed_actions"] == ["submit_analysis", "cancel"]

    # Implementing (or developing) before approval: refused with the region's article and sentence.
    problem = assert_problem(own.post(f"{BASE}/{ch['id']}/actions", json={"action": "implement", "implemented_at": local(-1)},
                                      headers={"If-Match": '"1"'}), 409, "invalid-transition")
    assert "Pasal 23 ayat (3) Perwali Madiun 39/2021" in problem["detail"], problem
    assert problem["citation"]["article"] == "Pasal 23 ayat (3)" and problem["citation"]["text"], problem
    assert_problem(own.post(f"{BASE}/{ch['id']}/actions", json={"action": "monitor"}, headers={"If-Match": '"1"'}),
                   409, "invalid-transition")

    ch = act(own, ch, "submit_analysis", note="Analisis kompatibilitas selesai.")
    # Approval asked for without a rollback plan: 422 on that field.
    problem = assert_problem(own.post(f"{BASE}/{ch['id']}/actions", json={"action": "request_approval"},
                                      headers={"If-Match": f'"{ch["version"]}"'}), 422, "validation-failed")
    assert field_names(problem) == ["rollback_plan"]
    r = own.patch(f"{BASE}/{ch['id']}", json={"rollback_plan": "Kembalikan ke versi 3.1 dari cadangan."},
                  headers={"If-Match": f'"{ch["version"]}"'})
    assert r.status_code == 200, describe(r)
    ch = act(own, r.json(), "request_approval")
    assert ch["stage"] == "awaiting_approval" and ch["allowed_actions"] == ["cancel"]
    assert_problem(own.post(f"{BASE}/{ch['id']}/actions", json={"action": "approve"},
                            headers={"If-Match": f'"{ch["version"]}"'}), 403, "forbidden")
    assert admin.get(f"{BASE}/{ch['id']}").json()["approval"]["may_decide"] is True
    r = admin.post(f"{BASE}/{ch['id']}/actions", json={"action": "approve", "note": "Sesuai arsitektur."},
                   headers={"If-Match": f'"{ch["version"]}"', **traced()})
    assert r.status_code == 200, describe(r)
    assert_audited(admin, r, "change.approve", ch["id"])
    ch = r.json()
    assert ch["approval"]["decision"] == "approved" and ch["approval"]["decided_by"]["id"] == admin.user["id"]
    ch = act(own, ch, "start_development")
    problem = assert_problem(own.post(f"{BASE}/{ch['id']}/actions", json={"action": "implement", "implemented_at": local(3)},
                                      headers={"If-Match": f'"{ch["version"]}"'}), 422, "validation-failed")
    assert field_names(problem) == ["implemented_at"]  # not in the future
    ch = act(own, ch, "implement", implemented_at=local(-1))
    assert ch["stage"] == "implementation" and ch["implemented_at"].endswith("15:00:00.000Z")
    ch = act(own, ch, "monitor")
    problem = assert_problem(own.post(f"{BASE}/{ch['id']}/actions", json={"action": "evaluate"},
                                      headers={"If-Match": f'"{ch["version"]}"'}), 422, "validation-failed")
    assert field_names(problem) == ["result"]
    ch = act(own, ch, "evaluate", result="success", lessons="Uji beban sebelum rilis.")
    assert ch["stage"] == "evaluated" and ch["result"] == "success" and ch["allowed_actions"] == []
    assert [s["action"] for s in ch["steps"]] == ["submit_analysis", "request_approval", "approve", "start_development",
                                                  "implement", "monitor", "evaluate"]
    assert ch["steps"][0]["note"] == "Analisis kompatibilitas selesai."
    history = admin.get(f"{BASE}/{ch['id']}/history")
    assert history.status_code == 200, describe(history)
    assert admin.get(f"{BASE}/{ch['id']}/export.xlsx").status_code == 200
    # Listed with its filters.
    items = own.get(BASE, params={"stage": "evaluated", "link": f"application:{app['id']}", "q": ch["title"]}).json()["items"]
    assert [i["id"] for i in items] == [ch["id"]]


def test_a_network_change_in_madiun_is_approved_by_the_ict_office_under_pasal_38(admin, own):
    ch = create(own, target_kind="network")
    approval = ch["approval"]
    assert approval["basis"] == "change_management" and approval["approver"] == "ict_office", approval
    assert approval["citation"]["article"] == "Pasal 38 ayat (2)" and approval["gate_action"] is None
    # Emergency changes may ask for approval straight from planning; refusing needs a reason.
    ch = create(own, change_type="emergency", risk_level="high")
    ch = act(own, ch, "request_approval")
    problem = assert_problem(admin.post(f"{BASE}/{ch['id']}/actions", json={"action": "refuse"},
                                        headers={"If-Match": f'"{ch["version"]}"'}), 422, "validation-failed")
    assert field_names(problem) == ["note"]
    ch = act(admin, ch, "refuse", note="Jadwal bentrok dengan ujian CAT.")
    assert ch["stage"] == "refused" and ch["approval"]["decision"] == "refused"
    problem = assert_problem(own.post(f"{BASE}/{ch['id']}/actions", json={"action": "start_development"},
                                      headers={"If-Match": f'"{ch["version"]}"'}), 409, "invalid-transition")
    assert "Pasal 38 ayat (2) Perwali Madiun 39/2021" in problem["detail"]


# --------------------------------------------------------------------------- who may, versions, input


def test_operators_manage_only_their_own_agency(admin, own, other, dinkes, login_as):
    ch = create(own)
    assert_problem(other.patch(f"{BASE}/{ch['id']}", json={"title": "Diubah"}, headers={"If-Match": '"1"'}),
                   403, "forbidden")
    assert_problem(other.post(f"{BASE}/{ch['id']}/actions", json={"action": "cancel"}, headers={"If-Match": '"1"'}),
                   403, "forbidden")
    assert_problem(other.post(BASE, json=body(agency_id=dinkes)), 403, "forbidden")
    assert other.get(f"{BASE}/{ch['id']}").json()["allowed_actions"] == []  # reads, takes no step
    leadership = login_as("leadership")
    assert_problem(leadership.post(f"{BASE}/{ch['id']}/actions", json={"action": "cancel"},
                                   headers={"If-Match": '"1"'}), 403, "forbidden")
    assert_problem(login_as("citizen").get(BASE), 403, "forbidden")
    # The ICT office names the agency; without it: 422.
    assert field_names(assert_problem(admin.post(BASE, json=body()), 422, "validation-failed")) == ["agency_id"]
    assert create(admin, agency_id=dinkes)["agency"]["id"] == dinkes


def test_edits_need_the_current_version(own):
    ch = create(own)
    path = f"{BASE}/{ch['id']}"
    assert_problem(own.patch(path, json={"impact": "Layanan terhenti 1 jam."}), 428, "precondition-required")
    r = own.patch(path, json={"impact": "Layanan terhenti 1 jam."}, headers={"If-Match": '"1"'})
    assert r.status_code == 200 and r.headers["ETag"] == '"2"', describe(r)
    assert_problem(own.patch(path, json={"impact": "Layanan terhenti 2 jam."}, headers={"If-Match": '"1"'}),
                   412, "precondition-failed")
    assert_problem(own.post(f"{path}/actions", json={"action": "submit_analysis"}, headers={"If-Match": '"1"'}),
                   412, "precondition-failed")
    assert own.get(path).json()["impact"] == "Layanan terhenti 1 jam."


def test_bad_input_is_refused_per_field(admin, own):
    problem = assert_problem(own.post(BASE, json=body(planned_start=local(5), planned_end=local(4), colour="red",
                                                      links=[{"kind": "host", "id": 987654321}, {"kind": "lamp", "id": 1}])),
                             422, "validation-failed")
    assert sorted(field_names(problem)) == ["colour", "links[1]"], problem
    problem = assert_problem(own.post(BASE, json=body(planned_start=local(5), planned_end=local(4))), 422, "validation-failed")
    assert field_names(problem) == ["planned_end"]
    problem = assert_problem(own.post(BASE, json=body(links=[{"kind": "host", "id": 987654321}])), 422, "validation-failed")
    assert field_names(problem) == ["links[0].id"]
    problem = assert_problem(own.post(BASE, json=body(planned_start="besok malam", title="", risk_level="extreme")),
                             422, "validation-failed")
    assert sorted(field_names(problem)) == ["planned_start", "risk_level", "title"]
    assert own.get(f"{BASE}/987654321").status_code == 404


def test_a_changed_window_after_approval_needs_approval_again(admin, own):
    ch = act(own, act(own, create(own), "submit_analysis"), "request_approval")
    ch = act(admin, ch, "approve")
    r = own.patch(f"{BASE}/{ch['id']}", json={"title": "Judul lain"}, headers={"If-Match": f'"{ch["version"]}"'})
    assert_problem(r, 409, "invalid-transition")
    r = own.patch(f"{BASE}/{ch['id']}", json={"planned_start": local(12), "planned_end": local(13, 1)},
                  headers={"If-Match": f'"{ch["version"]}"'})
    assert r.status_code == 200, describe(r)
    ch = r.json()
    assert ch["stage"] == "awaiting_approval" and ch["approval"]["decision"] is None and ch["notice"]["en"], ch
    assert ch["steps"][-1]["action"] == "approval_reset"
    problem = assert_problem(own.post(f"{BASE}/{ch['id']}/actions", json={"action": "implement", "implemented_at": local(-1)},
                                      headers={"If-Match": f'"{ch["version"]}"'}), 409, "invalid-transition")
    assert "Pasal 38 ayat (2)" in problem["detail"]


# --------------------------------------------------------------------------- calendar


def test_the_calendar_of_a_year_flags_conflicting_approved_changes(admin, own):
    label = "Core switch kalender " + uuid.uuid4().hex[:8]
    year = 2031  # a year of its own, away from the demo's changes
    windows = [("2031-03-10T21:00", "2031-03-11T01:00"), ("2031-03-11T00:00", "2031-03-11T03:00"),
               ("2031-03-11T05:00", "2031-03-11T06:00")]
    made = []
    for start, end in windows:
        ch = create(own, target_label=label, planned_start=start, planned_end=end)
        made.append(act(admin, act(own, act(own, ch, "submit_analysis"), "request_approval"), "approve"))
    unapproved = create(own, target_label=label, planned_start="2031-03-10T22:00", planned_end="2031-03-10T23:00")
    elsewhere = create(own, planned_start="2031-12-31T23:00", planned_end="2032-01-01T02:00")  # local New Year's Eve
    r = own.get(f"{BASE}/calendar", params={"year": year})
    assert r.status_code == 200, describe(r)
    cal = r.json()
    assert cal["year"] == year and cal["month"] is None and cal["time_zone"] == "Asia/Jakarta"
    mine = {i["id"]: i for i in cal["items"] if i["id"] in {c["id"] for c in made} | {unapproved["id"], elsewhere["id"]}}
    assert len(mine) == 5
    starts = [i["start"] for i in cal["items"]]
    assert starts == sorted(starts)
    a, b, c = made
    assert mine[a["id"]]["conflicts_with"] == [b["id"]] and mine[b["id"]]["conflicts_with"] == [a["id"]]
    assert mine[c["id"]]["conflicts_with"] == [] and mine[unapproved["id"]]["conflicts_with"] == []
    assert mine[a["id"]]["start_local"] == "2031-03-10T21:00" and mine[a["id"]]["approved"] is True
    assert mine[a["id"]]["agency"]["short_name"] == "Dinkes" and mine[a["id"]]["target_label"] == label
    # A month, and the next year sees the change that runs over New Year.
    march = own.get(f"{BASE}/calendar", params={"year": year, "month": 3, "target_kind": "network"}).json()
    assert {c["id"] for c in made} <= {i["id"] for i in march["items"]} and elsewhere["id"] not in {i["id"] for i in march["items"]}
    assert elsewhere["id"] in {i["id"] for i in own.get(f"{BASE}/calendar", params={"year": 2032}).json()["items"]}
    assert_problem(own.get(f"{BASE}/calendar"), 400, "bad-request")
    assert_problem(own.get(f"{BASE}/calendar", params={"year": year, "month": 13}), 400, "bad-request")


# --------------------------------------------------------------------------- Batam: the GCIO approves


def test_batam_changes_are_approved_by_the_gcio_holder_only(initialised_server):
    srv, admin, _ = initialised_server("batam", region="Kota Batam")
    agencies = support.agencies_by_short_name(admin)
    dinas = next(a for a in agencies.values() if "ict_office" in a.get("roles", []))
    ch = create(admin, agency_id=dinas["id"], target_kind="data_center")
    assert ch["approval"]["approver"] == "gcio" and ch["approval"]["gate_action"] == "develop_spbe"
    assert ch["approval"]["citation"]["article"] == "Pasal 46 ayat (3)", ch["approval"]
    ch = act(admin, act(admin, ch, "submit_analysis"), "request_approval")
    assert ch["approval"]["may_decide"] is False
    problem = assert_problem(admin.post(f"{BASE}/{ch['id']}/actions", json={"action": "approve"},
                                        headers={"If-Match": f'"{ch["version"]}"'}), 403, "forbidden")
    assert "Pasal 46 ayat (3)" in problem["detail"], problem
    problem = assert_problem(admin.post(f"{BASE}/{ch['id']}/actions", json={"action": "implement", "implemented_at": local(-1)},
                                        headers={"If-Match": f'"{ch["version"]}"'}), 409, "invalid-transition")
    assert "Pasal 46 ayat (3) Perwali Batam 40/2021" in problem["detail"], problem
    # Linked to the holder of the GCIO position, the same account approves.
    gcio = admin.get("/api/v1/organisation").json()["gcio"]
    position = next(p for p in admin.get("/api/v1/positions").json()["items"] if p["id"] == gcio["position_id"])
    person = admin.post("/api/v1/people", json={"agency_id": position["agency_id"], "nip": support.new_nip(),
                                                "name": "Kepala Dinas Kominfo Batam"})
    assert person.status_code == 201, describe(person)
    r = admin.patch(f"/api/v1/positions/{position['id']}", json={"holder_person_id": person.json()["id"]},
                    headers={"If-Match": f'"{position["version"]}"'})
    assert r.status_code == 200, describe(r)
    r = admin.patch(f"/api/v1/people/{person.json()['id']}", json={"user_id": admin.user["id"]}, headers={"If-Match": '"1"'})
    assert r.status_code == 200, describe(r)
    ch = act(admin, ch, "approve", note="Disetujui GCIO.")
    assert ch["stage"] == "approved" and ch["approval"]["decided_by"]["id"] == admin.user["id"]
