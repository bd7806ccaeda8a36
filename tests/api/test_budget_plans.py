"""Budget plans (Rencana dan Anggaran SPBE): one plan per agency per year, drawn up by the
agency (Madiun Pasal 8 ayat (1)), its lines in whole rupiah linked to roadmap activities
(ayat (2); a line without a link is flagged, not refused), coordinated by the planning
office (ayat (3)) and verified by the ICT office (Kendari Pasal 10 ayat (5)-(6)), and the
consolidated view of a year.

Contract: docs/governance-contract.md, "Budget plans". In the demo operator_own is the
operator of Dinkes, operator_other the operator of Bappeda (the planning office); the ICT
office's operator is made here. Every test uses budget years of its own, so the
consolidated view of such a year holds only what the test made.
"""
from __future__ import annotations

import io
import random

import openpyxl
import pytest

import support
from support import assert_audited, assert_problem, describe, field_names, traced

BASE = "/api/v1/budget-plans"
AREAS = ["governance", "management", "services", "infrastructure", "applications", "security", "audit"]
# Budget years of their own: plain plans in 2000-2024; plans linked to a roadmap of their
# own in 2060-2099 (the roadmap tests use 2030-2059), five apart so each test's roadmap
# covers its year without touching another test's.
_years = iter(random.sample(range(2000, 2025), 25))
_blocks = iter(random.sample(range(2060, 2100, 5), 8))


def new_year() -> int:
    return next(_years)


def new_block() -> int:
    return next(_blocks)


def today() -> str:
    return support.region_today().isoformat()


def etag(session, path) -> str:
    return support.etag_of(session, path)


@pytest.fixture(scope="module")
def planning(login_as):
    return login_as("operator_other")  # Bappeda, the planning office


@pytest.fixture(scope="module")
def ict(server, admin, agencies):
    """An operator of Diskominfo, the ICT office."""
    user, password = support.ready_user(server, admin, "agency_operator", agencies["Diskominfo"]["id"])
    return support.signed_in(server, user["username"], password)


@pytest.fixture(scope="module")
def stranger(server, admin, agencies):
    """An operator of an agency that neither owns the plans here nor reviews them."""
    other = next(a for a in agencies.values() if not a["roles"] and a["short_name"] not in ("Dinkes",))
    user, password = support.ready_user(server, admin, "agency_operator", other["id"])
    return support.signed_in(server, user["username"], password)


def enacted_activity(admin, year: int, owner_id: int, area="applications") -> dict:
    """An activity of a new enacted roadmap running from YEAR."""
    r = admin.post("/api/v1/roadmaps", json={"title": f"Peta Rencana {year}", "start_year": year, "end_year": year + 4})
    assert r.status_code == 201, describe(r)
    roadmap = r.json()
    r = admin.post(f"/api/v1/roadmaps/{roadmap['id']}/activities",
                   json={"program": "Program Aplikasi", "name": f"Kegiatan {support.unique_name('k')}", "area": area,
                         "owner_agency_id": owner_id})
    assert r.status_code == 201, describe(r)
    activity = r.json()
    r = admin.post(f"/api/v1/roadmaps/{roadmap['id']}/enact", json={"decree_number": "188/1", "decree_date": today()},
                   headers={"If-Match": etag(admin, f"/api/v1/roadmaps/{roadmap['id']}")})
    assert r.status_code == 200, describe(r)
    return activity


def new_plan(session, year: int, agency_id: int | None = None) -> dict:
    body = {"year": year} if agency_id is None else {"year": year, "agency_id": agency_id}
    r = session.post(BASE, json=body)
    assert r.status_code == 201, describe(r)
    return r.json()


def add_line(session, plan_id: int, **body) -> dict:
    r = session.post(f"{BASE}/{plan_id}/lines", json={"description": "Belanja TIK", "amount": 1_000_000, "area": "applications", **body})
    assert r.status_code == 201, describe(r)
    return r.json()


def step(session, plan_id: int, name: str, body=None):
    path = f"{BASE}/{plan_id}"
    headers = traced(**{"If-Match": etag(session, path)})
    return session.post(f"{path}/{name}", json=body, headers=headers)


def test_a_plan_goes_from_the_agency_to_the_planning_office_and_the_ict_office(admin, own, planning, ict, agencies):
    year = new_block()
    activity = enacted_activity(admin, year, agencies["Dinkes"]["id"])
    r = own.post(BASE, json={"year": year, "note": "RKA SPBE Dinkes"}, headers=traced())
    assert r.status_code == 201, describe(r)
    plan = r.json()
    assert plan["agency_id"] == agencies["Dinkes"]["id"]  # the operator's own agency by default
    assert (plan["status"], plan["year"], plan["note"]) == ("draft", year, "RKA SPBE Dinkes")
    assert r.headers["Location"] == f"{BASE}/{plan['id']}"
    assert_audited(admin, r, "budget_plan.create", plan["id"])
    assert_problem(own.post(BASE, json={"year": year}), 409, "conflict")  # one plan per agency per year

    r = own.post(f"{BASE}/{plan['id']}/submit", headers={"If-Match": f'"{plan["version"]}"'})
    assert_problem(r, 409, "invalid-transition")  # nothing to submit yet
    linked = add_line(own, plan["id"], description="Pengembangan SIMRS", amount=250_000_000,
                      roadmap_activity_id=activity["id"], procurement=True)
    assert linked["area"] == "applications" and linked["flags"] == ["procurement_unverified"]
    assert linked["roadmap_activity"]["id"] == activity["id"]
    unlinked = add_line(own, plan["id"], description="Langganan internet", amount=36_000_000, area="infrastructure")
    assert unlinked["flags"] == ["no_roadmap_link"]

    # Adding a line moved the plan on: a submit from the old view is stale.
    r = own.post(f"{BASE}/{plan['id']}/submit", headers={"If-Match": f'"{plan["version"]}"'})
    assert_problem(r, 412, "precondition-failed")
    assert_problem(own.post(f"{BASE}/{plan['id']}/submit"), 428, "precondition-required")
    r = step(own, plan["id"], "submit")
    assert r.status_code == 200, describe(r)
    assert r.json()["status"] == "submitted" and r.json()["submitted_by"] == own.user["username"]
    assert_audited(admin, r, "budget_plan.submit", plan["id"])

    # Lines change only in a draft.
    r = own.post(f"{BASE}/{plan['id']}/lines", json={"description": "x", "amount": 1, "area": "audit"})
    assert_problem(r, 409, "invalid-transition")
    r = own.patch(f"/api/v1/budget-lines/{unlinked['id']}", json={"amount": 1}, headers={"If-Match": f'"{unlinked["version"]}"'})
    assert_problem(r, 409, "invalid-transition")
    r = own.delete(f"/api/v1/budget-lines/{unlinked['id']}", headers={"If-Match": f'"{unlinked["version"]}"'})
    assert_problem(r, 409, "invalid-transition")

    # Only the ICT office verifies, only after the planning office coordinated.
    assert_problem(step(own, plan["id"], "coordinate"), 403, "forbidden")
    assert_problem(step(ict, plan["id"], "verify"), 409, "invalid-transition")
    r = step(planning, plan["id"], "coordinate")
    assert r.status_code == 200, describe(r)
    assert r.json()["coordinated_by"] == planning.user["username"]
    assert_problem(step(planning, plan["id"], "verify"), 403, "forbidden")
    r = step(ict, plan["id"], "verify")
    assert r.status_code == 200, describe(r)
    verified = r.json()
    assert verified["status"] == "verified" and verified["verified_by"] == ict.user["username"]
    assert all("procurement_unverified" not in line["flags"] for line in verified["lines"])
    assert_problem(step(ict, plan["id"], "return", {"reason": "terlambat"}), 409, "invalid-transition")
    history = [i["action"] for i in admin.get(f"{BASE}/{plan['id']}/history").json()["items"]]
    assert history == ["budget_plan.verify", "budget_plan.coordinate", "budget_plan.submit", "budget_plan.create"]


def test_a_reviewer_returns_a_plan_with_a_reason(admin, own, planning, ict):
    plan = new_plan(own, new_year())
    line = add_line(own, plan["id"])
    assert step(own, plan["id"], "submit").status_code == 200
    r = step(planning, plan["id"], "return", {})
    assert field_names(assert_problem(r, 422, "validation-failed")) == ["reason"]
    r = step(planning, plan["id"], "return", {"reason": "Rujuk kegiatan peta rencana untuk setiap baris"})
    assert r.status_code == 200, describe(r)
    back = r.json()
    assert back["status"] == "draft" and back["submitted_at"] is None
    assert back["returned"]["reason"] == "Rujuk kegiatan peta rencana untuk setiap baris"
    assert back["returned"]["by"] == planning.user["username"]
    # Back in draft, the agency edits again, resubmits; the ICT office may return it too.
    r = own.patch(f"/api/v1/budget-lines/{line['id']}", json={"amount": 2_500_000}, headers={"If-Match": f'"{line["version"]}"'})
    assert r.status_code == 200, describe(r)
    assert step(own, plan["id"], "submit").status_code == 200
    assert step(planning, plan["id"], "coordinate").status_code == 200
    r = step(ict, plan["id"], "return", {"reason": "Pengadaan server belum sesuai rencana strategis"})
    assert r.status_code == 200, describe(r)
    assert r.json()["status"] == "draft"


def test_an_operator_of_another_agency_is_refused(admin, own, planning, stranger, agencies):
    plan = new_plan(own, new_year())
    line = add_line(own, plan["id"])
    path = f"{BASE}/{plan['id']}"
    line_path = f"/api/v1/budget-lines/{line['id']}"
    v, lv = etag(own, path), f'"{line["version"]}"'
    for who in (planning, stranger):
        assert_problem(who.patch(path, json={"note": "x"}, headers={"If-Match": v}), 403, "forbidden")
        assert_problem(who.post(f"{path}/lines", json={"description": "x", "amount": 1, "area": "audit"}), 403, "forbidden")
        assert_problem(who.patch(line_path, json={"amount": 5}, headers={"If-Match": lv}), 403, "forbidden")
        assert_problem(who.delete(line_path, headers={"If-Match": lv}), 403, "forbidden")
        assert_problem(who.post(f"{path}/submit", headers={"If-Match": v}), 403, "forbidden")
        assert_problem(who.post(BASE, json={"year": plan["year"] + 1, "agency_id": agencies["Dinkes"]["id"]}), 403, "forbidden")
    # Nothing changed.
    assert own.get(path).json()["version"] == own.get(path).json()["version"] == int(v.strip('"'))
    assert own.get(line_path + "/history").json()["items"][0]["action"] == "budget_line.create"

    # Budget plans are not public: an operator reads only their own agency's, unless their
    # office reviews every plan (the planning office here).
    assert_problem(stranger.get(path), 403, "forbidden")
    assert_problem(stranger.get(f"{path}/export.xlsx"), 403, "forbidden")
    assert_problem(stranger.get(f"{path}/history"), 403, "forbidden")
    assert_problem(stranger.get(line_path + "/history"), 403, "forbidden")
    assert_problem(stranger.get(BASE, params={"agency_id": agencies["Dinkes"]["id"]}), 403, "forbidden")
    mine = stranger.get(BASE)
    assert mine.status_code == 200 and all(p["agency_id"] == stranger.user["agency_id"] for p in mine.json()["items"])
    assert_problem(stranger.get(f"{BASE}/consolidated"), 403, "forbidden")
    assert planning.get(path).status_code == 200
    assert own.get(path).status_code == 200
    own_list = own.get(BASE, params={"year": plan["year"]}).json()["items"]
    assert [p["id"] for p in own_list] == [plan["id"]] and own_list[0]["totals"]["amount"] == 1_000_000


@pytest.mark.parametrize("body,field", [
    ({"amount": 1500.5}, "amount"),
    ({"amount": 1500.0}, "amount"),
    ({"amount": "1500"}, "amount"),
    ({"amount": -1}, "amount"),
    ({"amount": 1_000_000_000_000_001}, "amount"),
    ({"amount": None}, "amount"),
    ({"area": "keuangan"}, "area"),
    ({"area": None}, "area"),
    ({"description": ""}, "description"),
    ({"procurement": "ya"}, "procurement"),
    ({"roadmap_activity_id": 999999999}, "roadmap_activity_id"),
    ({"roadmap_activity_id": "12"}, "roadmap_activity_id"),
])
def test_invalid_lines_are_refused(admin, body, field):
    plan_id = _shared_plan(admin)
    r = admin.post(f"{BASE}/{plan_id}/lines", json={"description": "Belanja", "amount": 10, "area": "audit", **body})
    assert field in field_names(assert_problem(r, 422, "validation-failed"))


_plan_for_checks: list[int] = []


def _shared_plan(admin) -> int:
    if not _plan_for_checks:
        agency = support.agencies_by_short_name(admin)["Bappeda"]["id"]
        _plan_for_checks.append(new_plan(admin, new_year(), agency)["id"])
    return _plan_for_checks[0]


def test_links_must_name_a_roadmap_covering_the_year(admin, own, agencies):
    year = new_block()
    activity = enacted_activity(admin, year, agencies["Dinkes"]["id"], area="security")
    plan = new_plan(own, year - 1)  # outside the roadmap's period
    r = own.post(f"{BASE}/{plan['id']}/lines", json={"description": "Firewall", "amount": 5, "roadmap_activity_id": activity["id"]})
    problem = assert_problem(r, 422, "validation-failed")
    assert field_names(problem) == ["roadmap_activity_id"]
    assert f"{year}-{year + 4}" in problem["errors"][0]["message"]
    plan = new_plan(own, year + 4)  # the final year of the period
    r = own.post(f"{BASE}/{plan['id']}/lines", json={"description": "Firewall", "amount": 5, "roadmap_activity_id": activity["id"]})
    assert r.status_code == 201, describe(r)
    line = r.json()
    assert line["area"] == "security"  # taken from the activity
    assert line["flags"] == []
    # Unlinking leaves the line flagged, not refused.
    r = own.patch(f"/api/v1/budget-lines/{line['id']}", json={"roadmap_activity_id": None}, headers={"If-Match": f'"{line["version"]}"'})
    assert r.status_code == 200, describe(r)
    assert r.json()["flags"] == ["no_roadmap_link"] and r.json()["area"] == "security"
    # A plan's lines add up to 10^15 rupiah at most (sums stay exact).
    add_line(own, plan["id"], amount=999_999_999_999_990)
    r = own.post(f"{BASE}/{plan['id']}/lines", json={"description": "x", "amount": 6, "area": "audit"})
    assert field_names(assert_problem(r, 422, "validation-failed")) == ["amount"]


def test_the_consolidated_view_of_a_year(admin, own, planning, login_as, agencies):
    year = new_block()
    activity = enacted_activity(admin, year, agencies["Dinkes"]["id"], area="applications")
    dinkes = new_plan(own, year)
    add_line(own, dinkes["id"], description="SIMRS", amount=300_000_001, roadmap_activity_id=activity["id"])
    add_line(own, dinkes["id"], description="Internet", amount=100_000_000, area="infrastructure")
    add_line(own, dinkes["id"], description="Pelatihan", amount=50_000_000, area="management", procurement=True)
    assert step(own, dinkes["id"], "submit").status_code == 200
    bappeda = new_plan(planning, year)
    add_line(planning, bappeda["id"], description="Aplikasi perencanaan", amount=200_000_000, roadmap_activity_id=activity["id"])
    kominfo = new_plan(admin, year, agencies["Diskominfo"]["id"])  # a plan without lines yet

    r = planning.get(f"{BASE}/consolidated", params={"year": year})
    assert r.status_code == 200, describe(r)
    view = r.json()
    assert view["year"] == year
    assert view["total"] == {"plans": 3, "lines": 4, "amount": 650_000_001}
    assert view["unlinked"] == {"lines": 2, "amount": 150_000_000}
    assert view["procurement_lines"] == 1
    assert view["by_status"]["submitted"] == {"plans": 1, "amount": 450_000_001}
    assert view["by_status"]["draft"] == {"plans": 2, "amount": 200_000_000}
    assert view["by_status"]["verified"] == {"plans": 0, "amount": 0}
    areas = {a["area"]: a for a in view["by_area"]}
    assert [a["area"] for a in view["by_area"]] == AREAS
    assert areas["applications"]["amount"] == 500_000_001 and areas["applications"]["unlinked_lines"] == 0
    assert areas["infrastructure"]["unlinked_amount"] == 100_000_000
    assert areas["audit"]["amount"] == 0 and areas["audit"]["share_percent"] == 0
    assert round(sum(a["share_percent"] for a in view["by_area"]) * 10) == 1000
    # 500,000,001 / 650,000,001 = 76.92…%, 100,000,000 = 15.38…%, 50,000,000 = 7.69…%: rounded
    # down to 76.9 + 15.3 + 7.6 = 99.8, the two tenths left go to the largest remainders.
    assert (areas["applications"]["share_percent"], areas["infrastructure"]["share_percent"],
            areas["management"]["share_percent"]) == (76.9, 15.4, 7.7)
    by_agency = {a["agency_id"]: a for a in view["by_agency"]}
    assert by_agency[agencies["Dinkes"]["id"]]["amount"] == 450_000_001
    assert by_agency[agencies["Dinkes"]["id"]]["unlinked_lines"] == 2
    assert by_agency[agencies["Diskominfo"]["id"]]["lines"] == 0
    assert by_agency[agencies["Bappeda"]["id"]]["budget_plan_id"] == bappeda["id"]
    assert round(sum(a["share_percent"] for a in view["by_agency"]) * 10) == 1000
    missing = {a["agency_id"] for a in view["agencies_without_plan"]}
    assert not missing & {agencies[s]["id"] for s in ("Dinkes", "Bappeda", "Diskominfo")}
    assert agencies["Bag. Organisasi"]["id"] in missing

    for role in ("leadership", "auditor"):
        assert login_as(role).get(f"{BASE}/consolidated", params={"year": year}).json() == view
    assert_problem(own.get(f"{BASE}/consolidated", params={"year": year}), 403, "forbidden")
    assert_problem(admin.get(f"{BASE}/consolidated", params={"year": "next"}), 400, "bad-request")

    exported = admin.get(f"{BASE}/consolidated/export.json", params={"year": year}).json()
    assert exported["total"] == view["total"]
    assert sorted(line["amount"] for line in exported["lines"]) == [50_000_000, 100_000_000, 200_000_000, 300_000_001]
    assert sum(1 for line in exported["lines"] if "no_roadmap_link" in line["flags"]) == 2

    x = login_as("auditor").get(f"{BASE}/consolidated/export.xlsx", params={"year": year})
    assert x.status_code == 200, describe(x)
    wb = openpyxl.load_workbook(io.BytesIO(x.content))
    assert wb.sheetnames == ["Per Perangkat Daerah", "Per Cakupan", "Baris Anggaran"]
    rows = list(wb["Per Perangkat Daerah"].iter_rows(min_row=2, values_only=True))
    assert rows[-1][0] == "Jumlah" and rows[-1][5] == 650_000_001 and isinstance(rows[-1][5], int)
    dinkes_row = next(r for r in rows if r[2] == dinkes["id"])
    assert dinkes_row[3] == "Diajukan" and dinkes_row[5] == 450_000_001 and dinkes_row[7] == 150_000_000
    area_rows = {r[1]: r for r in wb["Per Cakupan"].iter_rows(min_row=2, values_only=True)}
    assert area_rows["applications"][3] == 500_000_001 and area_rows["applications"][0] == "Aplikasi"
    lines = list(wb["Baris Anggaran"].iter_rows(min_row=2, values_only=True))
    assert len(lines) == 4
    assert all(isinstance(r[6], int) for r in lines)
    assert sum(r[6] for r in lines) == 650_000_001
    flagged = [r for r in lines if r[10] and "tanpa rujukan" in r[10]]
    assert len(flagged) == 2


def test_two_edits_from_the_same_version(own):
    plan = new_plan(own, new_year())
    line = add_line(own, plan["id"], amount=100)
    line_path = f"/api/v1/budget-lines/{line['id']}"
    seen = f'"{line["version"]}"'
    first = own.patch(line_path, json={"amount": 200}, headers={"If-Match": seen})
    assert first.status_code == 200, describe(first)
    second = own.patch(line_path, json={"amount": 300}, headers={"If-Match": seen})
    assert_problem(second, 412, "precondition-failed")
    assert own.get(f"{BASE}/{plan['id']}").json()["lines"][0]["amount"] == 200
    assert_problem(own.patch(line_path, json={"amount": 5}), 428, "precondition-required")

    path = f"{BASE}/{plan['id']}"
    seen = etag(own, path)
    first = own.patch(path, json={"note": "catatan pertama"}, headers={"If-Match": seen})
    assert first.status_code == 200, describe(first)
    second = own.patch(path, json={"note": "catatan kedua"}, headers={"If-Match": seen})
    assert_problem(second, 412, "precondition-failed")
    assert own.get(path).json()["note"] == "catatan pertama"


def test_history_exports_and_deleting_a_line(admin, own, agencies):
    plan = new_plan(own, new_year())
    keep = add_line(own, plan["id"], description="Lisensi perangkat lunak", amount=123_456_789, area="applications",
                    procurement=True)
    drop = add_line(own, plan["id"], description="Dihapus", amount=1, area="audit")
    r = own.delete(f"/api/v1/budget-lines/{drop['id']}", headers=traced(**{"If-Match": f'"{drop["version"]}"'}))
    assert r.status_code == 204, describe(r)
    assert_audited(admin, r, "budget_line.delete", drop["id"])
    r = own.patch(f"/api/v1/budget-lines/{keep['id']}", json={"description": "Lisensi perkantoran"},
                  headers={"If-Match": f'"{keep["version"]}"'})
    assert r.status_code == 200, describe(r)
    history = own.get(f"/api/v1/budget-lines/{keep['id']}/history").json()["items"]
    assert [i["action"] for i in history] == ["budget_line.update", "budget_line.create"]
    assert history[0]["changes"]["description"] == {"before": "Lisensi perangkat lunak", "after": "Lisensi perkantoran"}

    path = f"{BASE}/{plan['id']}"
    current = own.get(path).json()
    assert [line["id"] for line in current["lines"]] == [keep["id"]]
    assert current["totals"]["amount"] == 123_456_789 and current["totals"]["procurement_lines"] == 1
    exported = own.get(f"{path}/export.json")
    assert exported.status_code == 200 and exported.json() == current
    x = own.get(f"{path}/export.xlsx")
    assert x.status_code == 200, describe(x)
    wb = openpyxl.load_workbook(io.BytesIO(x.content))
    assert wb.sheetnames == ["Rencana", "Baris Anggaran", "Per Cakupan"]
    head = [c.value for c in wb["Rencana"][2]]
    assert head[:6] == [plan["id"], agencies["Dinkes"]["name"], plan["year"], "Draf", 1, 123_456_789]
    lines = list(wb["Baris Anggaran"].iter_rows(min_row=2, values_only=True))
    assert lines == [(keep["id"], "Lisensi perkantoran", "Aplikasi", "applications", 123_456_789, None, None, "Ya",
                      "tanpa rujukan peta rencana; pengadaan belum diverifikasi")]
    assert isinstance(lines[0][4], int)
    areas = {r[1]: r for r in wb["Per Cakupan"].iter_rows(min_row=2, values_only=True)}
    assert areas["applications"][3] == 123_456_789 and areas["audit"][3] == 0
