"""The SPBE risk register after PermenPANRB 5/2020 (Pedoman Manajemen Risiko SPBE): the region's
criteria (Formulir 2.6-2.10), the register (Formulir 3.0), treatment plans with the residual loop
(Formulir 4.0), the heat map, the committee's region view and the overdue treatments. Every agency
keeps its register (Perwali Madiun 39/2021 Pasal 32 ayat 2).

Contract: docs/risk-security-audit-contract.md, "Risk management". Runs on the shared demo server
(Kota Madiun): operator_own is the operator of Dinkes, operator_other of Bappeda. Each test records
its risks in a year of its own (2040 onwards), so the demo's register and other tests never mix in.
"""
from __future__ import annotations

import base64
import copy
import io
import threading

import openpyxl
import pytest

from support import assert_audited, assert_problem, describe, field_names, traced

BASE = "/api/v1/risks"
CRITERIA = "/api/v1/risk-criteria"


def body(agency_id: int, year: int, **fields) -> dict:
    b = {"agency_id": agency_id, "year": year, "polarity": "negative",
         "spbe_goal": "Layanan kesehatan daring tersedia", "indicator": "Ketersediaan layanan 99%",
         "event": "Server aplikasi SIMPUS mati di pusat data", "cause": "Catu daya cadangan tidak berfungsi",
         "category": "infrastruktur", "impact": "Layanan puskesmas daring terhenti",
         "impact_area": "layanan_organisasi", "controls": ["sop", "routine_monitoring"],
         "likelihood": 3, "impact_level": 4}
    b.update(fields)
    return b


def create(session, agency_id: int, year: int, **fields) -> dict:
    r = session.post(BASE, json=body(agency_id, year, **fields), headers=traced())
    assert r.status_code == 201, describe(r)
    return r.json()


def if_match(record: dict) -> dict:
    return traced(**{"If-Match": f'"{record["version"]}"'})


def add_treatment(session, risk: dict, **fields):
    b = {"treatment_option": "mitigate", "actions": "Mengganti UPS dan menguji genset setiap bulan",
         "output": "UPS baru terpasang", "starts_on": f"{risk['year']}-01-10", "due_on": f"{risk['year']}-03-31"}
    b.update(fields)
    return session.post(f"{BASE}/{risk['id']}/treatments", json=b, headers=traced())


def finish(session, risk_id: int, treatment: dict, likelihood: int, impact: int):
    return session.patch(f"{BASE}/{risk_id}/treatments/{treatment['id']}",
                         json={"status": "done", "done_on": treatment["due_on"], "residual_likelihood": likelihood,
                               "residual_impact_level": impact},
                         headers=if_match(treatment))


def get(session, risk_id: int) -> dict:
    r = session.get(f"{BASE}/{risk_id}")
    assert r.status_code == 200, describe(r)
    return r.json()


def test_create_read_and_patch(admin, own, dinkes):
    risk = create(own, dinkes, 2040)
    assert risk["number"] == 1 and risk["status"] == "open"
    # Formulir 2.9: likelihood 3 x impact 4 is 17 in the matrix, level 4 "Tinggi"; infrastructure
    # negative appetite 11, so it must be treated.
    assert (risk["magnitude"], risk["level"], risk["level_name"]) == (17, 4, "Tinggi")
    assert risk["colour"].startswith("#") and risk["appetite"] == 11 and risk["treat"] is True
    assert risk["needs_treatment"] is True and risk["may_close"] is False
    assert risk["category_name"] == "Infrastruktur SPBE" and risk["agency_id"] == dinkes
    assert risk["treatments"] == [] and risk["residual"] is None
    second = create(own, dinkes, 2040, likelihood=1, impact_level=1)
    assert second["number"] == 2 and second["treat"] is False and second["magnitude"] == 1

    r = own.patch(f"{BASE}/{risk['id']}", json={"likelihood": 2, "impact_level": 2, "priority_rank": 1},
                  headers=if_match(risk))
    assert r.status_code == 200, describe(r)
    patched = r.json()
    assert (patched["magnitude"], patched["level"], patched["treat"]) == (7, 2, False)
    assert patched["version"] == risk["version"] + 1 and r.headers["ETag"] == f'"{patched["version"]}"'
    assert_audited(admin, r, "risk.update", risk["id"])
    assert get(admin, risk["id"])["magnitude"] == 7

    history = admin.get(f"{BASE}/{risk['id']}/history")
    assert history.status_code == 200, describe(history)
    exported = admin.get(f"{BASE}/{risk['id']}/export.xlsx")
    assert exported.status_code == 200
    book = openpyxl.load_workbook(io.BytesIO(exported.content))
    assert "Risiko" in book.sheetnames and "Penanganan" in book.sheetnames
    assert admin.get(f"{BASE}/{risk['id']}/export.json").json()["id"] == risk["id"]


@pytest.mark.parametrize("field,value", [("likelihood", 0), ("likelihood", 6), ("impact_level", "3"),
                                         ("impact_level", 2.5), ("category", "no_such_category"),
                                         ("impact_area", "cuaca"), ("polarity", "neutral")])
def test_invalid_fields_are_named(own, dinkes, field, value):
    r = own.post(BASE, json=body(dinkes, 2041, **{field: value}))
    problem = assert_problem(r, 422, "validation-failed")
    assert field_names(problem) == [field]


def test_required_and_unknown_fields(own, dinkes):
    b = body(dinkes, 2041)
    del b["event"]
    b["colour"] = "red"
    problem = assert_problem(own.post(BASE, json=b), 422, "validation-failed")
    assert set(field_names(problem)) == {"event", "colour"}


def test_operator_cannot_touch_another_agencys_risk(admin, own, other, dinkes, bappeda):
    assert_problem(own.post(BASE, json=body(bappeda, 2042)), 403, "forbidden")
    risk = create(other, bappeda, 2042)
    assert_problem(own.patch(f"{BASE}/{risk['id']}", json={"likelihood": 1}, headers=if_match(risk)), 403, "forbidden")
    assert_problem(add_treatment(own, risk), 403, "forbidden")
    # Reading is open to every agency (the committee's transparency).
    assert get(own, risk["id"])["agency_id"] == bappeda


def test_concurrent_edit_and_missing_if_match(own, dinkes):
    risk = create(own, dinkes, 2043)
    assert own.patch(f"{BASE}/{risk['id']}", json={"likelihood": 1}, headers=if_match(risk)).status_code == 200
    assert_problem(own.patch(f"{BASE}/{risk['id']}", json={"likelihood": 2}, headers=if_match(risk)), 412,
                   "precondition-failed")
    assert_problem(own.patch(f"{BASE}/{risk['id']}", json={"likelihood": 2}), 428, "precondition-required")


def test_simultaneous_creates_get_distinct_numbers(own, dinkes):
    results = []

    def make():
        results.append(own.post(BASE, json=body(dinkes, 2044)))

    threads = [threading.Thread(target=make) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(r.status_code == 201 for r in results), [describe(r) for r in results]
    assert sorted(r.json()["number"] for r in results) == [1, 2, 3, 4]


def test_heat_map_counts_equal_the_created_risks(admin, own, other, dinkes, bappeda):
    year = 2045
    pairs = [(3, 4), (3, 4), (1, 1), (5, 5), (2, 3)]
    for likelihood, impact in pairs:
        create(own, dinkes, year, likelihood=likelihood, impact_level=impact)
    create(other, bappeda, year, likelihood=3, impact_level=4)

    r = admin.get(f"{BASE}/heat-map", params={"year": year})
    assert r.status_code == 200, describe(r)
    hm = r.json()
    assert len(hm["cells"]) == 25 and hm["total"] == 6
    cell = {(c["likelihood"], c["impact"]): c for c in hm["cells"]}
    assert cell[(3, 4)]["count"] == 3 and cell[(3, 4)]["magnitude"] == 17 and cell[(3, 4)]["level"] == 4
    assert cell[(5, 5)]["count"] == 1 and cell[(1, 1)]["count"] == 1 and cell[(2, 3)]["count"] == 1
    assert sum(c["count"] for c in hm["cells"]) == 6
    assert {t["level"]: t["count"] for t in hm["totals"]} == {1: 1, 2: 0, 3: 1, 4: 3, 5: 1}
    assert hm["to_treat"] == 5  # all but (1, 1) reach the infrastructure appetite 11

    own_map = admin.get(f"{BASE}/heat-map", params={"year": year, "agency_id": dinkes}).json()
    assert own_map["total"] == 5 and own_map["agency_id"] == dinkes

    view = admin.get(f"{BASE}/region-view", params={"year": year}).json()
    by_agency = {a["agency_id"]: a for a in view["agencies"]}
    assert by_agency[dinkes]["total"] == 5 and by_agency[bappeda]["total"] == 1
    assert {b["level"]: b["count"] for b in by_agency[dinkes]["by_level"]}[4] == 2
    assert view["totals"]["total"] == 6 and view["totals"]["open"] == 6
    assert view["top_risks"][0]["magnitude"] == 25
    assert [x["magnitude"] for x in view["top_risks"]] == sorted((x["magnitude"] for x in view["top_risks"]), reverse=True)

    listed = admin.get(BASE, params={"year": year, "agency_id": dinkes, "limit": 2})
    assert listed.status_code == 200, describe(listed)
    page = listed.json()
    assert page["total"] == 5 and len(page["items"]) == 2 and page["next_cursor"]
    rest = admin.get(BASE, params={"year": year, "agency_id": dinkes, "limit": 10, "cursor": page["next_cursor"]}).json()
    magnitudes = [x["magnitude"] for x in page["items"] + rest["items"]]
    assert magnitudes == [25, 17, 17, 11, 1]
    assert admin.get(BASE, params={"year": year, "level": 4}).json()["total"] == 3
    # A heat-map cell opens the register narrowed to it: its count and its risks.
    in_cell = admin.get(BASE, params={"year": year, "likelihood": 3, "impact": 4}).json()
    assert in_cell["total"] == cell[(3, 4)]["count"] == 3
    assert {(x["likelihood"], x["impact_level"]) for x in in_cell["items"]} == {(3, 4)}
    assert admin.get(BASE, params={"year": year, "likelihood": 2, "impact": 3, "agency_id": bappeda}).json()["total"] == 0
    assert_problem(admin.get(BASE, params={"likelihood": 6}), 400, "bad-request")
    short_key = base64.urlsafe_b64encode(b"k:17|2").decode().rstrip("=")
    assert_problem(admin.get(BASE, params={"cursor": short_key}), 400, "bad-request")
    assert admin.get(BASE, params={"year": year, "treat": "false"}).json()["total"] == 1
    assert admin.get(BASE, params={"year": year, "q": "catu daya"}).json()["total"] == 6


def test_treatment_option_must_fit_the_polarity(own, dinkes):
    risk = create(own, dinkes, 2046)
    problem = assert_problem(add_treatment(own, risk, treatment_option="exploit"), 422, "validation-failed")
    assert field_names(problem) == ["treatment_option"]
    assert "PermenPANRB 5/2020" in problem["errors"][0]["message"]
    positive = create(own, dinkes, 2046, polarity="positive", category="inovasi", likelihood=5, impact_level=5)
    assert add_treatment(own, positive, treatment_option="exploit").status_code == 201
    problem = assert_problem(add_treatment(own, positive, treatment_option="mitigate"), 422, "validation-failed")
    assert field_names(problem) == ["treatment_option"]


def test_close_refused_while_residual_above_appetite_then_allowed(admin, own, dinkes):
    risk = create(own, dinkes, 2047)  # 17, appetite 11
    r = own.patch(f"{BASE}/{risk['id']}", json={"status": "closed"}, headers=if_match(risk))
    problem = assert_problem(r, 409, "invalid-transition")
    assert "Pasal 32" in problem["detail"]

    r = add_treatment(own, risk)
    assert r.status_code == 201, describe(r)
    first = r.json()
    risk = get(own, risk["id"])
    assert risk["status"] == "treating" and risk["treatment_count"] == 1

    # Done needs its date and residual levels.
    problem = assert_problem(own.patch(f"{BASE}/{risk['id']}/treatments/{first['id']}", json={"status": "done"},
                                       headers=if_match(first)), 422, "validation-failed")
    assert set(field_names(problem)) == {"done_on", "residual_likelihood", "residual_impact_level"}

    r = finish(own, risk["id"], first, 4, 2)  # residual 12: still at or above 11
    assert r.status_code == 200, describe(r)
    assert r.json()["residual"]["magnitude"] == 12 and r.json()["residual"]["treat"] is True
    risk = get(own, risk["id"])
    assert risk["residual"]["magnitude"] == 12 and risk["needs_treatment"] is True and risk["status"] == "treating"
    assert_problem(own.patch(f"{BASE}/{risk['id']}", json={"status": "closed"}, headers=if_match(risk)), 409,
                   "invalid-transition")
    # A done treatment is final.
    done = r.json()
    assert_problem(own.patch(f"{BASE}/{risk['id']}/treatments/{done['id']}", json={"actions": "Lain"},
                             headers=if_match(done)), 409, "invalid-transition")

    second = add_treatment(own, risk, actions="Memindahkan server ke pusat data cadangan").json()
    r = finish(own, risk["id"], second, 2, 2)  # residual 7: below the appetite
    assert r.status_code == 200, describe(r)
    risk = get(own, risk["id"])
    assert risk["residual"]["magnitude"] == 7 and risk["may_close"] is True and risk["needs_treatment"] is False
    r = own.patch(f"{BASE}/{risk['id']}", json={"status": "closed"}, headers=if_match(risk))
    assert r.status_code == 200, describe(r)
    assert r.json()["status"] == "closed"
    assert_audited(admin, r, "risk.close", risk["id"])
    closed = r.json()
    assert_problem(add_treatment(own, closed), 409, "invalid-transition")
    reopened = own.patch(f"{BASE}/{risk['id']}", json={"status": "open"}, headers=if_match(closed))
    assert reopened.status_code == 200 and reopened.json()["status"] == "treating"


def test_overdue_treatments_oldest_first(admin, own, dinkes):
    risk = create(own, dinkes, 2020)
    late = add_treatment(own, risk, starts_on="2020-01-01", due_on="2020-02-01").json()
    later = add_treatment(own, risk, starts_on="2020-01-01", due_on="2020-01-15").json()
    assert late["overdue"] is True
    r = admin.get(f"{BASE}/overdue-treatments", params={"year": 2020, "agency_id": dinkes})
    assert r.status_code == 200, describe(r)
    items = r.json()["items"]
    ids = [i["id"] for i in items]
    assert ids.index(later["id"]) < ids.index(late["id"])
    assert items[ids.index(later["id"])]["risk"]["id"] == risk["id"] and items[0]["days_overdue"] > 0


def test_criteria_change_recomputes_levels(admin, own, dinkes):
    current = admin.get(CRITERIA)
    assert current.status_code == 200, describe(current)
    original = current.json()
    assert len(original["criteria"]["categories"]) >= 16 and len(original["criteria"]["matrix"]) == 5
    risk = create(own, dinkes, 2048, likelihood=1, impact_level=3)  # magnitude 5: level 1, not treated
    assert (risk["level"], risk["treat"]) == (1, False)

    changed = copy.deepcopy(original["criteria"])
    changed["levels"][0]["to"] = 4
    changed["levels"][1]["from"] = 5
    for c in changed["categories"]:
        if c["key"] == "infrastruktur":
            c["appetite_negative"] = 5
    assert_problem(own.put(CRITERIA, json=changed, headers={"If-Match": current.headers["ETag"]}), 403, "forbidden")
    assert_problem(admin.put(CRITERIA, json=changed), 428, "precondition-required")
    r = admin.put(CRITERIA, json=changed, headers=traced(**{"If-Match": current.headers["ETag"]}))
    assert r.status_code == 200, describe(r)
    saved = r.json()
    assert saved["is_default"] is False and saved["version"] == original["version"] + 1
    assert_audited(admin, r, "risk_criteria.update")
    try:
        recomputed = get(admin, risk["id"])
        assert (recomputed["magnitude"], recomputed["level"], recomputed["treat"]) == (5, 2, True)
        assert recomputed["appetite"] == 5
        assert_problem(admin.put(CRITERIA, json=changed, headers={"If-Match": current.headers["ETag"]}), 412,
                       "precondition-failed")
    finally:
        restore = admin.put(CRITERIA, json=original["criteria"], headers={"If-Match": r.headers["ETag"]})
        assert restore.status_code == 200, describe(restore)
    assert get(admin, risk["id"])["level"] == 1


def test_invalid_criteria_name_the_field_path(admin, own, dinkes):
    create(own, dinkes, 2049)  # an infrastructure risk: its category cannot be removed
    current = admin.get(CRITERIA)
    criteria = current.json()["criteria"]
    gap = {**criteria, "levels": [dict(b, **({"to": 9} if b["level"] == 2 else {})) for b in criteria["levels"]]}
    problem = assert_problem(admin.put(CRITERIA, json=gap, headers={"If-Match": current.headers["ETag"]}), 422,
                             "validation-failed")
    assert "levels[2].from" in field_names(problem)
    duplicate = {**criteria, "matrix": [list(row) for row in criteria["matrix"]]}
    duplicate["matrix"][0][1] = 2
    problem = assert_problem(admin.put(CRITERIA, json=duplicate, headers={"If-Match": current.headers["ETag"]}), 422,
                             "validation-failed")
    assert any(f.startswith("matrix[") for f in field_names(problem))
    removed = {**criteria, "categories": [c for c in criteria["categories"] if c["key"] != "infrastruktur"]}
    problem = assert_problem(admin.put(CRITERIA, json=removed, headers={"If-Match": current.headers["ETag"]}), 422,
                             "validation-failed")
    assert field_names(problem) == ["categories"]


def test_demo_registers_look_alive(admin):
    """The demo region's agencies have this year's registers with a mix of levels and late treatments."""
    hm = admin.get(f"{BASE}/heat-map").json()
    assert hm["total"] > 0
    assert len([t for t in hm["totals"] if t["count"] > 0]) >= 3
    view = admin.get(f"{BASE}/region-view").json()
    assert len(view["agencies"]) >= 5 and view["totals"]["treating"] > 0 and view["top_risks"]
    assert admin.get(f"{BASE}/overdue-treatments").json()["total"] > 0
