"""The roadmap (Peta Rencana SPBE): five years of programs and activities in the seven
areas with targets and planned and actual status per year (Madiun Pasal 7; Kendari Pasal 8),
enacted by decree, monitored every year (Kendari Pasal 8 ayat (4)), changed once enacted
only for a reason the regulation lists (Madiun Pasal 7 ayat (6), the demo region).

Contract: docs/governance-contract.md, "Roadmap". Every test makes its own roadmaps in a
period of its own (enacting supersedes an enacted roadmap of an overlapping period), so the
tests run in any order on a shared database.
"""
from __future__ import annotations

import io
import itertools
import random

import openpyxl
import pytest

import support
from support import assert_audited, assert_problem, describe, field_names, traced

BASE = "/api/v1/roadmaps"
AREAS = ["governance", "management", "services", "infrastructure", "applications", "security", "audit"]
# Periods of their own for this module's tests (2030-2059); the budget tests use later years.
_blocks = itertools.cycle(random.sample(range(2030, 2060, 5), 6))


def new_period() -> tuple[int, int]:
    start = next(_blocks)
    return start, start + 4


def today() -> str:
    return support.region_today().isoformat()


def create_roadmap(admin, start=None, **extra) -> dict:
    if start is None:
        start, _ = new_period()
    body = {"title": f"Peta Rencana SPBE {start}-{start + 4} {support.unique_name('pr')}", "start_year": start,
            "end_year": start + 4, **extra}
    r = admin.post(BASE, json=body)
    assert r.status_code == 201, describe(r)
    return r.json()


def add_activity(admin, roadmap_id: int, owner_id: int, area="governance", **extra) -> dict:
    body = {"program": "Program Penguatan Tata Kelola SPBE", "name": f"Kegiatan {support.unique_name('k')}", "area": area,
            "owner_agency_id": owner_id, **extra}
    r = admin.post(f"{BASE}/{roadmap_id}/activities", json=body)
    assert r.status_code == 201, describe(r)
    return r.json()


def etag(session, path) -> str:
    return support.etag_of(session, path)


def enact(admin, roadmap_id: int, number="188.45/123/401.012/2026") -> dict:
    r = admin.post(f"{BASE}/{roadmap_id}/enact", json={"decree_number": number, "decree_date": today()},
                   headers={"If-Match": etag(admin, f"{BASE}/{roadmap_id}")})
    assert r.status_code == 200, describe(r)
    return r.json()


def test_create_read_and_update_a_roadmap(admin, login_as):
    start, end = new_period()
    r = admin.post(BASE, json={"title": "Peta Rencana SPBE Kota Madiun", "start_year": start, "end_year": end},
                   headers=traced())
    assert r.status_code == 201, describe(r)
    roadmap = r.json()
    assert r.headers["Location"] == f"{BASE}/{roadmap['id']}"
    assert r.headers["ETag"] == f'"{roadmap["version"]}"'
    assert roadmap["status"] == "draft"
    assert (roadmap["start_year"], roadmap["end_year"]) == (start, end)
    assert roadmap["activities"] == [] and roadmap["monitoring"] == [] and roadmap["changes"] == []
    assert roadmap["areas_without_activities"] == AREAS
    assert roadmap["decree_number"] is None and roadmap["decree_date"] is None
    assert_audited(admin, r, "roadmap.create", roadmap["id"])

    # Every reader sees it, with the vocabularies the forms need.
    listing = login_as("auditor").get(BASE)
    assert listing.status_code == 200, describe(listing)
    body = listing.json()
    assert [a["code"] for a in body["areas"]] == AREAS
    assert body["areas"][6]["label"] == {"id": "Audit TIK", "en": "ICT audit"}
    reasons = {c["code"]: c["article"] for c in body["change_reasons"]}
    assert reasons["evaluation_results"] == "Pasal 7 ayat (6) huruf c"  # Perwali Madiun 39/2021
    assert "rpjmd_change" not in reasons  # not a reason in Madiun's list
    mine = [i for i in body["items"] if i["id"] == roadmap["id"]]
    assert mine and mine[0]["activity_count"] == 0

    path = f"{BASE}/{roadmap['id']}"
    assert login_as("operator_own").get(path).status_code == 200
    r = admin.patch(path, json={"title": "Peta Rencana SPBE (revisi draf)"})
    assert_problem(r, 428, "precondition-required")
    r = admin.patch(path, json={"title": "Peta Rencana SPBE (revisi draf)"}, headers={"If-Match": etag(admin, path)})
    assert r.status_code == 200, describe(r)
    assert r.json()["title"] == "Peta Rencana SPBE (revisi draf)"
    assert r.json()["version"] == roadmap["version"] + 1
    assert admin.get(path).json()["title"] == "Peta Rencana SPBE (revisi draf)"
    assert admin.get(f"{BASE}/999999999").status_code == 404


@pytest.mark.parametrize("body,fields", [
    ({"start_year": 2031, "end_year": 2034}, ["end_year"]),  # four years
    ({"start_year": 2035, "end_year": 2031}, ["end_year"]),  # backwards
    ({"start_year": 1998, "end_year": 2002}, ["start_year"]),
    ({"start_year": "2031", "end_year": 2035}, ["start_year"]),
    ({"start_year": 2031, "end_year": 2035, "decree_number": "188/1"}, ["decree_date"]),
    ({"start_year": 2031, "end_year": 2035, "decree_date": "2031-02-30"}, ["decree_date"]),
    ({"start_year": 2031, "end_year": 2035, "title": "   "}, ["title"]),
    ({"start_year": 2031, "end_year": 2035, "colour": "red"}, ["colour"]),
])
def test_invalid_periods_and_fields_are_refused(admin, body, fields):
    body = {"title": "Peta Rencana Uji", **body}
    r = admin.post(BASE, json=body)
    problem = assert_problem(r, 422, "validation-failed")
    assert set(fields) <= set(field_names(problem)), problem


def test_activities_hold_one_entry_per_year_of_the_period(admin, agencies):
    roadmap = create_roadmap(admin)
    start = roadmap["start_year"]
    dinkes = agencies["Dinkes"]["id"]
    act = add_activity(admin, roadmap["id"], dinkes, area="applications", description="Aplikasi rekam medis",
                       years=[{"year": start + 1, "target": "10 puskesmas", "planned_status": "planned"}])
    assert act["area_label"] == {"id": "Aplikasi", "en": "Applications"}
    assert act["owner_agency_name"] == agencies["Dinkes"]["name"]
    assert [y["year"] for y in act["years"]] == list(range(start, start + 5))
    assert act["years"][1] == {"year": start + 1, "target": "10 puskesmas", "planned_status": "planned",
                               "actual_status": "not_started"}
    assert act["years"][0]["planned_status"] == "not_planned"
    roadmap_now = admin.get(f"{BASE}/{roadmap['id']}").json()
    assert roadmap_now["version"] > roadmap["version"]  # an activity moves the roadmap's version on
    assert "applications" not in roadmap_now["areas_without_activities"]

    # Years outside the period, bad statuses, unknown areas and agencies are 422 on their field.
    path = f"{BASE}/{roadmap['id']}/activities"
    r = admin.post(path, json={"program": "P", "name": "K", "area": "security", "owner_agency_id": dinkes,
                               "years": [{"year": start - 1}, {"year": start + 5, "target": "x"},
                                         {"year": start, "actual_status": "finished"}]})
    assert field_names(assert_problem(r, 422, "validation-failed")) == ["years[0].year", "years[1].year",
                                                                        "years[2].actual_status"]
    r = admin.post(path, json={"program": "P", "name": "K", "area": "keuangan", "owner_agency_id": 999999999})
    assert "area" in field_names(assert_problem(r, 422, "validation-failed"))
    r = admin.post(path, json={"program": "P", "name": "K", "area": "audit", "owner_agency_id": 999999999})
    assert field_names(assert_problem(r, 422, "validation-failed")) == ["owner_agency_id"]
    r = admin.post(path, json={"name": "K"})
    assert {"program", "area", "owner_agency_id"} <= set(field_names(assert_problem(r, 422, "validation-failed")))
    r = admin.patch(f"/api/v1/roadmap-activities/{act['id']}", json={"years": [{"year": start + 7, "target": "x"}]},
                    headers={"If-Match": f'"{act["version"]}"'})
    assert field_names(assert_problem(r, 422, "validation-failed")) == ["years[0].year"]


def test_enacting_needs_activities_and_a_decree(admin, agencies):
    roadmap = create_roadmap(admin)
    path = f"{BASE}/{roadmap['id']}"
    r = admin.post(f"{path}/enact", json={"decree_number": "188/1", "decree_date": today()},
                   headers={"If-Match": etag(admin, path)})
    assert_problem(r, 409, "invalid-transition")
    add_activity(admin, roadmap["id"], agencies["Diskominfo"]["id"])
    r = admin.post(f"{path}/enact", json={}, headers={"If-Match": etag(admin, path)})
    assert set(field_names(assert_problem(r, 422, "validation-failed"))) == {"decree_number", "decree_date"}
    r = admin.post(f"{path}/enact", json={"decree_number": "188/1", "decree_date": "2999-01-01"},
                   headers={"If-Match": etag(admin, path)})
    assert field_names(assert_problem(r, 422, "validation-failed")) == ["decree_date"]
    r = admin.post(f"{path}/enact", json={"decree_number": "188/1", "decree_date": today()})
    assert_problem(r, 428, "precondition-required")
    r = admin.post(f"{path}/enact", json={"decree_number": "188.45/7/2026", "decree_date": today()},
                   headers=traced(**{"If-Match": etag(admin, path)}))
    assert r.status_code == 200, describe(r)
    enacted = r.json()
    assert enacted["status"] == "enacted" and enacted["decree_number"] == "188.45/7/2026"
    assert enacted["enacted_by"] == admin.user["username"]
    assert_audited(admin, r, "roadmap.enact", roadmap["id"])
    r = admin.post(f"{path}/enact", json={}, headers={"If-Match": etag(admin, path)})
    assert_problem(r, 409, "invalid-transition")


def test_changes_to_an_enacted_roadmap_need_a_legal_reason(admin, agencies):
    roadmap = create_roadmap(admin)
    start = roadmap["start_year"]
    act = add_activity(admin, roadmap["id"], agencies["Dinkes"]["id"], area="infrastructure")
    enact(admin, roadmap["id"])
    act_path = f"/api/v1/roadmap-activities/{act['id']}"
    change = {"years": [{"year": start + 2, "target": "Jaringan fiber 20 kelurahan", "planned_status": "planned"}]}

    r = admin.patch(act_path, json=change, headers={"If-Match": etag(admin, act_path)})
    problem = assert_problem(r, 422, "validation-failed")
    assert field_names(problem) == ["change_reason"]
    # A reason of another regulation (Kendari, Batam: perubahan RPJMD) is not one of Madiun's.
    r = admin.patch(act_path, json={**change, "change_reason": "rpjmd_change"}, headers={"If-Match": etag(admin, act_path)})
    assert field_names(assert_problem(r, 422, "validation-failed")) == ["change_reason"]
    assert admin.get(f"{act_path}/history").json()["items"][0][
        "action"] == "roadmap_activity.create"

    r = admin.patch(act_path, json={**change, "change_reason": "evaluation_results", "change_note": "Hasil evaluasi SPBE 2026",
                                    "change_decree_number": "188.45/9/2027", "change_decree_date": today()},
                    headers=traced(**{"If-Match": etag(admin, act_path)}))
    assert r.status_code == 200, describe(r)
    assert r.json()["years"][2]["target"] == "Jaringan fiber 20 kelurahan"
    assert_audited(admin, r, "roadmap_activity.update", act["id"])
    log = admin.get(f"{BASE}/{roadmap['id']}").json()["changes"]
    assert log[0]["reason"] == "evaluation_results"
    assert log[0]["article"] == "Pasal 7 ayat (6) huruf c"
    assert log[0]["activity_id"] == act["id"] and log[0]["fields"] == ["years"]
    assert log[0]["decree_number"] == "188.45/9/2027" and log[0]["note"] == "Hasil evaluasi SPBE 2026"
    assert log[0]["changed_by"] == admin.user["username"]

    # Recording how the year went is monitoring, not a change of the plan: no reason needed.
    r = admin.patch(act_path, json={"years": [{"year": start, "actual_status": "in_progress"}]},
                    headers={"If-Match": etag(admin, act_path)})
    assert r.status_code == 200, describe(r)
    assert len(admin.get(f"{BASE}/{roadmap['id']}").json()["changes"]) == 1

    # New activities and the roadmap's own fields follow the same rule.
    body = {"program": "Program Keamanan", "name": "CSIRT", "area": "security", "owner_agency_id": agencies["Diskominfo"]["id"]}
    r = admin.post(f"{BASE}/{roadmap['id']}/activities", json=body)
    assert field_names(assert_problem(r, 422, "validation-failed")) == ["change_reason"]
    r = admin.post(f"{BASE}/{roadmap['id']}/activities", json={**body, "change_reason": "national_roadmap_change"})
    assert r.status_code == 201, describe(r)
    path = f"{BASE}/{roadmap['id']}"
    r = admin.patch(path, json={"title": "Peta Rencana (perubahan)"}, headers={"If-Match": etag(admin, path)})
    assert field_names(assert_problem(r, 422, "validation-failed")) == ["change_reason"]
    r = admin.patch(path, json={"title": "Peta Rencana (perubahan)", "change_reason": "spbe_element_change"},
                    headers={"If-Match": etag(admin, path)})
    assert r.status_code == 200, describe(r)
    log = r.json()["changes"]
    assert [c["action"] for c in log] == ["roadmap.update", "roadmap_activity.create", "roadmap_activity.update"]
    assert log[1]["article"] == "Pasal 7 ayat (6) huruf a"


def test_enacting_supersedes_an_enacted_roadmap_of_an_overlapping_period(admin, agencies):
    first = create_roadmap(admin)
    add_activity(admin, first["id"], agencies["Dinkes"]["id"])
    enact(admin, first["id"])
    second = create_roadmap(admin, start=first["start_year"] + 2)
    add_activity(admin, second["id"], agencies["Dinkes"]["id"])
    r = admin.post(f"{BASE}/{second['id']}/enact", json={"decree_number": "188/2", "decree_date": today()},
                   headers=traced(**{"If-Match": etag(admin, f"{BASE}/{second['id']}")}))
    assert r.status_code == 200, describe(r)
    assert_audited(admin, r, "roadmap.supersede", first["id"])
    old = admin.get(f"{BASE}/{first['id']}").json()
    assert old["status"] == "superseded"
    # A superseded roadmap no longer changes.
    path = f"{BASE}/{first['id']}"
    r = admin.patch(path, json={"title": "x", "change_reason": "evaluation_results"}, headers={"If-Match": etag(admin, path)})
    assert_problem(r, 409, "invalid-transition")
    r = admin.post(f"{path}/activities", json={"program": "P", "name": "K", "area": "audit",
                                               "owner_agency_id": agencies["Dinkes"]["id"], "change_reason": "evaluation_results"})
    assert_problem(r, 409, "invalid-transition")
    act = old["activities"][0]
    r = admin.patch(f"/api/v1/roadmap-activities/{act['id']}", json={"description": "x"}, headers={"If-Match": f'"{act["version"]}"'})
    assert_problem(r, 409, "invalid-transition")


def test_monitoring_is_recorded_once_a_year(admin, agencies):
    this_year = support.region_today().year
    # The period runs from last year, so both a past and the current year can be monitored.
    roadmap = create_roadmap(admin, start=this_year - 1)
    path = f"{BASE}/{roadmap['id']}"
    record = {"year": this_year - 1, "date": today(), "summary": "Capaian 80% target tahunan", "findings": "Dua kegiatan terlambat"}
    r = admin.post(f"{path}/monitoring", json=record)
    assert_problem(r, 409, "invalid-transition")  # a draft is not monitored
    add_activity(admin, roadmap["id"], agencies["Diskominfo"]["id"])
    enacted = enact(admin, roadmap["id"])
    assert enacted["monitoring_missing_years"] == [this_year - 1]

    r = admin.post(f"{path}/monitoring", json=record, headers=traced())
    assert r.status_code == 201, describe(r)
    m = r.json()
    assert (m["year"], m["date"], m["summary"], m["findings"]) == (this_year - 1, today(), record["summary"], record["findings"])
    assert m["recorded_by"] == admin.user["username"]
    assert_audited(admin, r, "roadmap.monitor", roadmap["id"])
    r = admin.post(f"{path}/monitoring", json={**record, "summary": "lagi"})
    assert_problem(r, 409, "conflict")
    r = admin.post(f"{path}/monitoring", json={**record, "year": this_year + 4})
    assert field_names(assert_problem(r, 422, "validation-failed")) == ["year"]
    r = admin.post(f"{path}/monitoring", json={**record, "year": this_year, "date": f"{this_year + 1}-01-02"})
    assert field_names(assert_problem(r, 422, "validation-failed")) == ["date"]
    r = admin.post(f"{path}/monitoring", json={"year": this_year})
    assert {"date", "summary"} <= set(field_names(assert_problem(r, 422, "validation-failed")))

    now = admin.get(path).json()
    assert now["monitoring_missing_years"] == []
    assert [x["year"] for x in now["monitoring"]] == [this_year - 1]
    history = admin.get(f"{path}/history").json()["items"]
    assert history[0]["action"] == "roadmap.monitor"


def test_history_and_exports(admin, agencies, login_as):
    roadmap = create_roadmap(admin)
    start = roadmap["start_year"]
    act = add_activity(admin, roadmap["id"], agencies["Dinkes"]["id"], area="services",
                       years=[{"year": start, "target": "Layanan daring 5", "planned_status": "planned"}])
    enact(admin, roadmap["id"])
    path = f"{BASE}/{roadmap['id']}"

    history = admin.get(f"{path}/history")
    assert history.status_code == 200, describe(history)
    items = history.json()["items"]
    assert [i["action"] for i in items] == ["roadmap.enact", "roadmap.create"]
    assert items[0]["changes"]["status"] == {"before": "draft", "after": "enacted"}
    assert items[0]["actor"]["username"] == admin.user["username"]
    act_history = login_as("leadership").get(f"/api/v1/roadmap-activities/{act['id']}/history").json()["items"]
    assert act_history[0]["action"] == "roadmap_activity.create"
    assert act_history[0]["changes"]["area"]["after"] == "services"

    exported = admin.get(f"{path}/export.json")
    assert exported.status_code == 200, describe(exported)
    assert "attachment" in exported.headers["Content-Disposition"]
    assert exported.json() == admin.get(path).json()

    x = login_as("auditor").get(f"{path}/export.xlsx")
    assert x.status_code == 200, describe(x)
    assert x.headers["Content-Type"].startswith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    wb = openpyxl.load_workbook(io.BytesIO(x.content))
    assert wb.sheetnames == ["Peta Rencana", "Kegiatan", "Target per Tahun", "Pemantauan", "Perubahan"]
    head = [c.value for c in wb["Peta Rencana"][2]]
    assert head[0] == roadmap["id"] and head[2] == start and head[3] == start + 4 and head[4] == "Ditetapkan"
    assert isinstance(head[2], int)
    acts = list(wb["Kegiatan"].iter_rows(min_row=2, values_only=True))
    assert acts == [(act["id"], act["program"], act["name"], "Layanan", "services", agencies["Dinkes"]["name"], None)]
    years = list(wb["Target per Tahun"].iter_rows(min_row=2, values_only=True))
    assert [y[3] for y in years] == list(range(start, start + 5))
    assert years[0][4:] == ("Layanan daring 5", "Direncanakan", "Belum dimulai")


def test_two_edits_from_the_same_version(admin, agencies):
    roadmap = create_roadmap(admin)
    act = add_activity(admin, roadmap["id"], agencies["Dinkes"]["id"])
    act_path = f"/api/v1/roadmap-activities/{act['id']}"
    seen = f'"{act["version"]}"'
    first = admin.patch(act_path, json={"description": "versi pertama"}, headers={"If-Match": seen})
    assert first.status_code == 200, describe(first)
    second = admin.patch(act_path, json={"description": "versi kedua"}, headers={"If-Match": seen})
    assert_problem(second, 412, "precondition-failed")
    history = admin.get(f"{act_path}/history").json()["items"]
    assert history[0]["changes"]["description"]["after"] == "versi pertama"

    path = f"{BASE}/{roadmap['id']}"
    seen = etag(admin, path)
    first = admin.patch(path, json={"title": "Judul pertama"}, headers={"If-Match": seen})
    assert first.status_code == 200, describe(first)
    second = admin.patch(path, json={"title": "Judul kedua"}, headers={"If-Match": seen})
    assert_problem(second, 412, "precondition-failed")
    assert admin.get(path).json()["title"] == "Judul pertama"


def test_a_new_period_moves_the_years_without_dropping_plans(admin, agencies):
    roadmap = create_roadmap(admin)
    start = roadmap["start_year"]
    act = add_activity(admin, roadmap["id"], agencies["Dinkes"]["id"],
                       years=[{"year": start, "target": "awal", "planned_status": "planned"},
                              {"year": start + 4, "target": "akhir"}])
    path = f"{BASE}/{roadmap['id']}"
    r = admin.patch(path, json={"start_year": start + 1, "end_year": start + 5}, headers={"If-Match": etag(admin, path)})
    assert field_names(assert_problem(r, 422, "validation-failed")) == ["start_year"]
    act_path = f"/api/v1/roadmap-activities/{act['id']}"
    r = admin.patch(act_path, json={"years": [{"year": start, "target": "", "planned_status": "not_planned"}]},
                    headers={"If-Match": etag(admin, act_path)})
    assert r.status_code == 200, describe(r)
    r = admin.patch(path, json={"start_year": start + 1, "end_year": start + 5}, headers={"If-Match": etag(admin, path)})
    assert r.status_code == 200, describe(r)
    years = r.json()["activities"][0]["years"]
    assert [y["year"] for y in years] == list(range(start + 1, start + 6))
    assert years[3]["target"] == "akhir"


def test_only_draft_activities_are_deleted(admin, agencies):
    roadmap = create_roadmap(admin)
    keep = add_activity(admin, roadmap["id"], agencies["Dinkes"]["id"])
    drop = add_activity(admin, roadmap["id"], agencies["Dinkes"]["id"])
    drop_path = f"/api/v1/roadmap-activities/{drop['id']}"
    assert_problem(admin.delete(drop_path), 428, "precondition-required")
    r = admin.delete(drop_path, headers=traced(**{"If-Match": f'"{drop["version"]}"'}))
    assert r.status_code == 204, describe(r)
    assert_audited(admin, r, "roadmap_activity.delete", drop["id"])
    assert [a["id"] for a in admin.get(f"{BASE}/{roadmap['id']}").json()["activities"]] == [keep["id"]]
    assert admin.get(f"{drop_path}/history").status_code == 404
    enact(admin, roadmap["id"])
    r = admin.delete(f"/api/v1/roadmap-activities/{keep['id']}", headers={"If-Match": f'"{keep["version"]}"'})
    assert_problem(r, 409, "invalid-transition")
