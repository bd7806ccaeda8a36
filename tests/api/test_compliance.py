"""Compliance with the region's own regulation: the region, agency, obligation and calendar
views, statements of compliance, snapshots and the trend, and the load errors of a profile the
engine cannot judge (docs/compliance-contract.md, "Routes", "Shapes", "Statements",
"Snapshots and trend", "Calendar").

The demo region runs Perwali Madiun 39/2021. The obligations these tests state are picked
from the live list by their basis (`statement`), so the tests hold whichever duties the
sources decide from data. Every statement a test records it withdraws again.
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

import support
from support import assert_audited, assert_problem, describe, field_names, traced

BASE = "/api/v1/compliance"
STATUSES = ("overdue", "not_met", "due_soon", "met", "not_applicable")
TALLY_KEYS = {*STATUSES, "applicable", "share_met"}


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def check_tally(t: dict) -> None:
    assert set(t) == TALLY_KEYS, t
    assert t["applicable"] == t["overdue"] + t["not_met"] + t["due_soon"] + t["met"], t
    if t["applicable"]:
        assert t["share_met"] == pytest.approx((t["met"] + t["due_soon"]) / t["applicable"]), t
    else:
        assert t["share_met"] is None, t


def check_finding(f: dict) -> None:
    assert set(f) == {"obligation", "subject", "status", "status_label", "due_on", "reason", "evidence", "basis"}, f
    assert f["status"] in STATUSES, f
    assert f["basis"] in ("data", "statement"), f
    assert f["obligation"]["citation"].startswith("Perwali Madiun 39/2021 "), f["obligation"]
    assert f["obligation"]["text"], f["obligation"]
    assert f["reason"]["id"] and f["reason"]["en"], f


@pytest.fixture(scope="module")
def region(admin) -> dict:
    r = admin.get(BASE)
    assert r.status_code == 200, describe(r)
    return r.json()


@pytest.fixture(scope="module")
def obligations(admin) -> list[dict]:
    r = admin.get(BASE + "/obligations")
    assert r.status_code == 200, describe(r)
    return r.json()["obligations"]


def stated(obligations, binds: tuple[str, ...]) -> dict:
    """An obligation judged on statements that binds one of BINDS without a condition; a standing
    one (met while its statement holds) before a periodic one."""
    candidates = [o["obligation"] for o in obligations
                  if o["basis"] == "statement" and o["obligation"]["binds"] in binds and o["obligation"]["when"] is None]
    if not candidates:
        pytest.skip(f"every obligation binding {binds} is decided from data now")
    standing = [o for o in candidates if not o["rule"]["kind"].startswith("periodic_")]
    return (standing or candidates)[0]


@pytest.fixture(scope="module")
def agency_duty(obligations) -> dict:
    return stated(obligations, ("every_agency",))


@pytest.fixture(scope="module")
def region_duty(obligations) -> dict:
    return stated(obligations, ("region",))


def finding_of(session, agency_id: int, obligation_id: str) -> dict:
    r = session.get(f"{BASE}/agencies/{agency_id}")
    assert r.status_code == 200, describe(r)
    mine = [f for f in r.json()["findings"]
            if f["obligation"]["id"] == obligation_id and f["subject"]["kind"] == "agency"]
    assert len(mine) == 1, mine
    return mine[0]


def statement_body(obligation: dict, kind: str, subject_id, done_on: str, **extra) -> dict:
    return {"obligation_id": obligation["id"], "subject_kind": kind, "subject_id": subject_id, "done_on": done_on,
            "reference": "SK Kepala Dinas Nomor 800/12/2025", **extra}


def withdraw(session, statement: dict, reason: str = "uji selesai") -> dict:
    r = session.post(f"{BASE}/statements/{statement['id']}/withdraw", json={"reason": reason},
                     headers={"If-Match": f'"{statement["version"]}"'})
    assert r.status_code == 200, describe(r)
    return r.json()


# --------------------------------------------------------------------------- the views

def test_the_region_view_counts_every_finding_and_ends_its_trend_with_todays_live_figure(region):
    assert set(region) == {"as_of", "profile", "tally", "agencies", "region_duties", "trend"}, list(region)
    assert region["profile"] == {"name": "madiun", "citation": "Perwali Madiun 39/2021"}
    check_tally(region["tally"])
    assert region["tally"]["applicable"] > 0
    assert region["agencies"], "the demo's agencies answer for duties"
    for a in region["agencies"]:
        check_tally(a["tally"])
        assert a["href"] == f"/kepatuhan/pd/{a['agency_id']}"
        assert a["next_due"] is None or day(a["next_due"])
    names = [a["name"] for a in region["agencies"]]
    assert names == sorted(names), "agencies by name"
    # The region's own duties (its committee's and positions' too), worst first.
    assert region["region_duties"], "Madiun binds the region itself"
    order = [STATUSES.index(f["status"]) for f in region["region_duties"]]
    assert order == sorted(order), order
    for f in region["region_duties"]:
        check_finding(f)
        assert f["subject"]["kind"] in ("region", "committee", "position"), f["subject"]
    trend = region["trend"]
    assert 1 <= len(trend) <= 25
    assert trend[-1] == {"taken_on": region["as_of"], "tally": region["tally"], "live": True}
    assert all(p["live"] is False and p["taken_on"] < region["as_of"] for p in trend[:-1]), trend
    assert [p["taken_on"] for p in trend] == sorted(p["taken_on"] for p in trend)


def test_an_agencys_duties_come_worst_and_soonest_first_and_filter_by_status(admin, dinkes):
    r = admin.get(f"{BASE}/agencies/{dinkes}")
    assert r.status_code == 200, describe(r)
    body = r.json()
    assert body["agency"]["id"] == dinkes and body["agency"]["name"]
    check_tally(body["tally"])
    assert sum(body["tally"][s] for s in STATUSES) == len(body["findings"])
    for f in body["findings"]:
        check_finding(f)
        assert f["subject"]["agency_id"] == dinkes, f["subject"]
    order = [STATUSES.index(f["status"]) for f in body["findings"]]
    assert order == sorted(order)
    assert body["trend"][-1]["live"] is True and body["trend"][-1]["tally"] == body["tally"]

    opened = admin.get(f"{BASE}/agencies/{dinkes}", params={"status": "open"}).json()
    assert opened["tally"] == body["tally"], "the tally counts every finding, whatever the filter"
    assert len(opened["findings"]) == body["tally"]["overdue"] + body["tally"]["not_met"] + body["tally"]["due_soon"]
    assert {f["status"] for f in opened["findings"]} <= {"overdue", "not_met", "due_soon"}
    for s in STATUSES:
        only = admin.get(f"{BASE}/agencies/{dinkes}", params={"status": s}).json()["findings"]
        assert len(only) == body["tally"][s] and all(f["status"] == s for f in only), s
    assert_problem(admin.get(f"{BASE}/agencies/{dinkes}", params={"status": "bagus"}), 400, "bad-request")
    assert_problem(admin.get(f"{BASE}/agencies/999999999"), 404, "not-found")


def test_every_obligation_is_listed_in_profile_order_and_its_page_counts_the_same(admin, obligations, region):
    r = admin.get("/api/v1/profiles/madiun")
    if r.status_code == 200 and "obligations" in r.json():
        assert [o["obligation"]["id"] for o in obligations] == [o["id"] for o in r.json()["obligations"]]
    ids = [o["obligation"]["id"] for o in obligations]
    assert len(ids) == len(set(ids)) > 50
    total = {s: sum(o["tally"][s] for o in obligations) for s in STATUSES}
    assert total == {s: region["tally"][s] for s in STATUSES}, "the rows add up to the region's tally"
    for row in obligations[:3] + obligations[-2:]:
        check_tally(row["tally"])
        one = admin.get(f"{BASE}/obligations/{row['obligation']['id']}")
        assert one.status_code == 200, describe(one)
        assert one.json()["tally"] == row["tally"]
        assert one.json()["obligation"] == row["obligation"]
        assert all(f["basis"] == row["basis"] for f in one.json()["findings"])
    assert_problem(admin.get(f"{BASE}/obligations/no-such-duty"), 404, "not-found")


def test_the_calendar_lists_duties_falling_due_in_its_range(admin, region, dinkes):
    today = day(region["as_of"])
    r = admin.get(f"{BASE}/calendar")
    assert r.status_code == 200, describe(r)
    body = r.json()
    assert body["from"] == region["as_of"]
    assert body["to"] == (today + dt.timedelta(days=365)).isoformat()
    dues = [f["due_on"] for f in body["duties"]]
    assert all(body["from"] <= d <= body["to"] for d in dues), dues
    assert dues == sorted(dues)
    assert all(f["status"] in ("overdue", "not_met", "due_soon", "met") for f in body["duties"])

    past = admin.get(f"{BASE}/calendar", params={"from": "2000-01-01", "to": "2001-12-31"}).json()
    assert past["from"] == "2000-01-01" and past["duties"] == []
    mine = admin.get(f"{BASE}/calendar", params={"agency_id": dinkes}).json()
    assert all(f["subject"]["agency_id"] == dinkes for f in mine["duties"])

    for params, fields in (({"from": "2025-13-01"}, ["from"]), ({"to": "besok"}, ["to"]),
                           ({"from": "2025-06-01", "to": "2025-05-31"}, ["to"]),
                           ({"from": "2025-01-01", "to": "2028-01-02"}, ["to"])):
        bad = admin.get(f"{BASE}/calendar", params=params)
        problem = assert_problem(bad, 400, "bad-request")
        assert problem.get("errors") and [e["field"] for e in problem["errors"]] == fields, (params, problem)
    three_years = admin.get(f"{BASE}/calendar", params={"from": "2025-01-01", "to": "2028-01-01"})
    assert three_years.status_code == 200, describe(three_years)
    assert_problem(admin.get(f"{BASE}/calendar", params={"agency_id": 999999999}), 404, "not-found")


# --------------------------------------------------------------------------- statements

def test_an_operator_states_a_duty_of_their_agency_and_it_is_met_at_once(admin, own, dinkes, region, agency_duty):
    before = finding_of(own, dinkes, agency_duty["id"])
    assert before["basis"] == "statement"
    done_on = (day(region["as_of"]) - dt.timedelta(days=10)).isoformat()
    r = own.post(f"{BASE}/statements", json=statement_body(agency_duty, "agency", dinkes, done_on, note="ditetapkan"),
                 headers=traced())
    assert r.status_code == 201, describe(r)
    s = r.json()
    assert r.headers["Location"] == f"{BASE}/statements/{s['id']}"
    assert r.headers["ETag"] == '"1"'
    assert s["subject_id"] == str(dinkes) and s["agency_id"] == dinkes and s["subject"]["kind"] == "agency"
    assert s["obligation"]["id"] == agency_duty["id"] and s["obligation"]["citation"].startswith("Perwali Madiun")
    assert s["status"] == "in_force" and s["href"] == f"/kepatuhan/pernyataan/{s['id']}"
    assert s["created_by"] == "operator.dinkes" and s["done_on"] == done_on and s["note"] == "ditetapkan"
    assert_audited(admin, r, "compliance_statement.create", str(s["id"]))
    try:
        after = finding_of(own, dinkes, agency_duty["id"])
        assert after["status"] in ("met", "due_soon"), after
        if not agency_duty["rule"]["kind"].startswith("periodic_"):
            assert after["status"] == "met", after
        assert [e["href"] for e in after["evidence"]] == [f"/kepatuhan/pernyataan/{s['id']}"]
        got = admin.get(f"{BASE}/statements/{s['id']}")
        assert got.status_code == 200 and got.json() == s and got.headers["ETag"] == '"1"'
        listed = admin.get(f"{BASE}/statements", params={"obligation_id": agency_duty["id"], "agency_id": dinkes})
        assert s["id"] in [x["id"] for x in listed.json()["statements"]]
    finally:
        # Withdrawing needs the version seen: none is 428, a stale one 412.
        assert_problem(own.post(f"{BASE}/statements/{s['id']}/withdraw", json={"reason": "uji"}), 428,
                       "precondition-required")
        assert_problem(own.post(f"{BASE}/statements/{s['id']}/withdraw", json={"reason": "uji"},
                                headers={"If-Match": '"7"'}), 412, "precondition-failed")
        problem = assert_problem(own.post(f"{BASE}/statements/{s['id']}/withdraw", json={},
                                          headers={"If-Match": '"1"'}), 422, "validation-failed")
        assert field_names(problem) == ["reason"]
        r = own.post(f"{BASE}/statements/{s['id']}/withdraw", json={"reason": "dokumen keliru"},
                     headers=traced(**{"If-Match": '"1"'}))
        assert r.status_code == 200, describe(r)
        gone = r.json()
        assert gone["status"] == "withdrawn" and gone["version"] == 2 and gone["withdraw_reason"] == "dokumen keliru"
        assert r.headers["ETag"] == '"2"'
        assert_audited(admin, r, "compliance_statement.withdraw", str(s["id"]))
    assert finding_of(own, dinkes, agency_duty["id"])["status"] == before["status"], "judged again without it"
    again = own.post(f"{BASE}/statements/{s['id']}/withdraw", json={"reason": "lagi"}, headers={"If-Match": '"2"'})
    assert_problem(again, 409, "invalid-transition")
    listed = admin.get(f"{BASE}/statements", params={"obligation_id": agency_duty["id"]}).json()["statements"]
    assert s["id"] not in [x["id"] for x in listed]
    everything = admin.get(f"{BASE}/statements", params={"obligation_id": agency_duty["id"], "include_withdrawn": "true"})
    assert s["id"] in [x["id"] for x in everything.json()["statements"]]


def test_an_operator_states_only_for_their_own_agency_and_never_the_regions_duties(own, other, dinkes, region,
                                                                                    agency_duty, region_duty):
    done_on = region["as_of"]
    r = other.post(f"{BASE}/statements", json=statement_body(agency_duty, "agency", dinkes, done_on))
    problem = assert_problem(r, 403, "forbidden")
    assert "perangkat daerah Anda sendiri" in problem["detail"] or "your own agency" in problem["detail"], problem
    region_id = next(f["subject"]["id"] for f in region["region_duties"] if f["subject"]["kind"] == "region")
    r = own.post(f"{BASE}/statements", json=statement_body(region_duty, "region", region_id, done_on))
    assert_problem(r, 403, "forbidden")


def test_the_ict_office_states_the_regions_own_duty(admin, region, region_duty):
    region_id = next(f["subject"]["id"] for f in region["region_duties"] if f["subject"]["kind"] == "region")
    r = admin.post(f"{BASE}/statements",
                   json=statement_body(region_duty, "region", region_id, region["as_of"],
                                       valid_until=(day(region["as_of"]) + dt.timedelta(days=400)).isoformat()))
    assert r.status_code == 201, describe(r)
    s = r.json()
    try:
        assert s["agency_id"] is None and s["subject"]["kind"] == "region"
        duties = admin.get(BASE).json()["region_duties"]
        mine = [f for f in duties if f["obligation"]["id"] == region_duty["id"]]
        assert mine and mine[0]["status"] in ("met", "due_soon"), mine
        assert mine[0]["evidence"][0]["href"] == s["href"]
    finally:
        withdraw(admin, s)


def test_a_statement_is_checked_against_the_region_and_every_wrong_field_named(admin, own, dinkes, bappeda, region,
                                                                               agency_duty):
    today = day(region["as_of"])
    ok = statement_body(agency_duty, "agency", dinkes, today.isoformat())

    def refused(body, fields, session=own):
        problem = assert_problem(session.post(f"{BASE}/statements", json=body), 422, "validation-failed")
        assert sorted(field_names(problem)) == sorted(fields), problem

    refused({}, ["obligation_id", "subject_kind", "subject_id", "done_on", "reference"])
    refused({**ok, "done_on": (today + dt.timedelta(days=1)).isoformat()}, ["done_on"])
    refused({**ok, "done_on": "31-12-2024"}, ["done_on"])
    refused({**ok, "valid_until": today.isoformat()}, ["valid_until"])
    refused({**ok, "subject_kind": "planet"}, ["subject_kind"])
    refused({**ok, "file_sha256": "abc"}, ["file_sha256"])
    refused({**ok, "colour": "merah"}, ["colour"])
    refused({**ok, "obligation_id": "no-such-duty"}, ["obligation_id"])
    refused({**ok, "subject_id": "999999999"}, ["subject_id"])           # no such agency in the region
    refused({**ok, "subject_kind": "application"}, ["subject_id"])       # not what this duty binds
    refused({**ok, "file_sha256": "0" * 64}, ["file_sha256"])            # never uploaded
    # Nothing was stored by any of them.
    listed = admin.get(f"{BASE}/statements", params={"obligation_id": agency_duty["id"], "agency_id": dinkes})
    assert listed.json()["statements"] == []


def test_a_duty_decided_from_data_refuses_statements(admin, obligations, agencies, region):
    data = [o["obligation"] for o in obligations if o["basis"] == "data" and o["obligation"]["binds"] == "every_agency"
            and o["obligation"]["when"] is None]
    if not data:
        pytest.skip("no source decides an every_agency duty from data yet")
    agency_id = next(iter(agencies.values()))["id"]
    r = admin.post(f"{BASE}/statements", json=statement_body(data[0], "agency", agency_id, region["as_of"]))
    problem = assert_problem(r, 409, "conflict")
    assert "data Simpul" in problem["detail"] or "Simpul's records" in problem["detail"], problem


def test_unknown_statements_are_not_found(admin):
    assert_problem(admin.get(f"{BASE}/statements/999999999"), 404, "not-found")
    assert_problem(admin.get(f"{BASE}/statements/abc"), 404, "not-found")
    assert_problem(admin.get(f"{BASE}/statements", params={"include_withdrawn": "ya"}), 400, "bad-request")


# --------------------------------------------------------------------------- snapshots

def test_a_snapshot_counts_the_region_and_every_agency_and_replaces_todays(admin, region, dinkes):
    demo = admin.get(f"{BASE}/snapshots").json()["snapshots"]
    assert demo, "the demo takes a snapshot at its end"
    r = admin.post(f"{BASE}/snapshots", headers=traced())
    assert r.status_code == 200, describe(r)
    body = r.json()
    today = body["taken_on"]
    assert today == region["as_of"]
    rows = body["snapshots"]
    assert rows[0]["agency_id"] == 0
    live = admin.get(BASE).json()
    assert rows[0]["tally"] == live["tally"]
    assert {x["agency_id"] for x in rows[1:]} == {a["agency_id"] for a in live["agencies"]}
    assert_audited(admin, r, "compliance.snapshot", today)
    again = admin.post(f"{BASE}/snapshots")
    assert again.status_code == 200 and len(again.json()["snapshots"]) == len(rows)
    stored = admin.get(f"{BASE}/snapshots").json()
    assert stored["agency_id"] == 0
    assert [s["taken_on"] for s in stored["snapshots"]].count(today) == 1, "today's replaced, not added"
    assert stored["snapshots"][-1]["tally"] == rows[0]["tally"]
    one = admin.get(f"{BASE}/snapshots", params={"agency_id": dinkes}).json()["snapshots"]
    assert one[-1]["taken_on"] == today and one[-1]["agency_id"] == dinkes
    # The trend never draws today twice: the stored snapshot of today gives way to the live figure.
    trend = admin.get(BASE).json()["trend"]
    assert [p["taken_on"] for p in trend].count(today) == 1 and trend[-1]["live"] is True
    assert_problem(admin.get(f"{BASE}/snapshots", params={"agency_id": 999999999}), 404, "not-found")


# --------------------------------------------------------------------------- load errors

def test_a_profile_with_a_rule_kind_no_one_can_judge_fails_the_profile_check(tmp_path):
    source = (support.REPO_ROOT / "profiles" / "madiun.yaml").read_text()
    kinds = re.findall(r"kind: (periodic_submission)\b", source)
    assert kinds, "madiun.yaml has periodic submissions"
    broken = tmp_path / "madiun.yaml"
    broken.write_text(source.replace("kind: periodic_submission", "kind: vibes_check", 1))
    result = support.run_cli("profile", "check", str(broken))
    assert result.returncode != 0, result.stdout
    first = re.search(r"- id: ([\w-]+)(?:(?!- id:).)*?kind: periodic_submission", source, re.S)
    assert "vibes_check" in result.stderr, result.stderr
    assert first and first.group(1) in result.stderr, (first and first.group(1), result.stderr)
    # The built-in profiles all pass, the engine's check included.
    ok = support.run_cli("profile", "check", str(support.REPO_ROOT / "profiles" / "madiun.yaml"))
    assert ok.returncode == 0, ok.stderr
