"""The service desk's calendar, SLA targets, Tier 1 coverage and reports: business hours and
holidays stop the SLA clock, the ICT office sets the targets, every agency needs a Service Desk
Tier 1 (Perwali Madiun 39/2021 Pasal 39 ayat 7 huruf a; Batam Pasal 40, Kendari Pasal 33, OKI
Pasal 39, Probolinggo Pasal 27), and the service desk reports periodically to the ICT office
(Probolinggo Pasal 27 ayat 6).

Contract: docs/service-desk-contract.md, "SLA" and "Calendar, SLA targets, Tier 1 coverage,
reports". Runs on the shared demo server (Kota Madiun). Tests that change the calendar or the
targets put the defaults back; holidays are added far in the future and removed again; report
numbers are read for an agency created here, so other tests' tickets never count.
"""
from __future__ import annotations

import datetime as dt
import io

import openpyxl
import pytest

import support
from support import assert_audited, assert_problem, describe, field_names, traced

BASE = "/api/v1/service-desk"
DEFAULT_HOURS = {"mon": [["07:30", "16:00"]], "tue": [["07:30", "16:00"]], "wed": [["07:30", "16:00"]],
                 "thu": [["07:30", "16:00"]], "fri": [["07:30", "16:30"]], "sat": [], "sun": []}
KINDS = ["complaint", "incident", "problem", "request", "change"]
DEFAULT_TARGETS = {"critical": (30, 240), "high": (60, 480), "medium": (240, 1440), "low": (480, 2400)}


# --------------------------------------------------------------------------- helpers


def if_match(version) -> dict:
    return traced(**{"If-Match": f'"{version}"'})


def calendar(session) -> dict:
    r = session.get(BASE + "/calendar")
    assert r.status_code == 200, describe(r)
    assert r.headers["ETag"] == f'"{r.json()["version"]}"'
    return r.json()


def targets(session) -> dict:
    r = session.get(BASE + "/sla-targets")
    assert r.status_code == 200, describe(r)
    assert r.headers["ETag"] == f'"{r.json()["version"]}"'
    return r.json()


def default_items() -> list[dict]:
    return [{"kind": k, "priority": p, "response_minutes": rm, "resolution_minutes": sm}
            for k in KINDS for p, (rm, sm) in DEFAULT_TARGETS.items()]


def put_hours(session, hours, version=None):
    version = calendar(session)["version"] if version is None else version
    return session.put(BASE + "/calendar", json={"business_hours": hours}, headers=if_match(version))


def put_targets(session, items, version=None):
    version = targets(session)["version"] if version is None else version
    return session.put(BASE + "/sla-targets", json={"items": items}, headers=if_match(version))


@pytest.fixture
def restore_calendar(admin):
    yield
    r = put_hours(admin, DEFAULT_HOURS)
    assert r.status_code == 200, describe(r)


@pytest.fixture
def restore_targets(admin):
    yield
    r = put_targets(admin, default_items())
    assert r.status_code == 200, describe(r)


def new_agency(admin) -> dict:
    suffix = support.unique_name("x").split(".")[1][:8]
    r = admin.post("/api/v1/agencies", json={"name": f"Dinas Uji Layanan {suffix}", "short_name": f"UjiL{suffix}",
                                             "kind": "dinas"}, headers=traced())
    assert r.status_code == 201, describe(r)
    return r.json()


def coverage_of(session, agency_id: int) -> dict:
    r = session.get(BASE + "/tier1-coverage")
    assert r.status_code == 200, describe(r)
    body = r.json()
    assert body["agencies_without_tier1"] == sum(1 for i in body["items"] if i["flagged"])
    return next(i for i in body["items"] if i["agency"]["id"] == agency_id)


def local_month(stored_utc: str, hours: int = 7) -> str:
    t = dt.datetime.strptime(stored_utc[:19], "%Y-%m-%dT%H:%M:%S") + dt.timedelta(hours=hours)
    return t.strftime("%Y-%m")


def open_ticket(session, agency_id: int, title: str, **fields) -> dict:
    body = {"kind": "incident", "title": title, "description": "Jaringan kantor putus sejak pagi.", "agency_id": agency_id}
    body.update(fields)
    r = session.post("/api/v1/tickets", json=body, headers=traced())
    assert r.status_code == 201, describe(r)
    return r.json()


def act(session, ticket: dict, action: str, reason: str | None = None) -> dict:
    body = {"action": action} if reason is None else {"action": action, "reason": reason}
    r = session.post(f"/api/v1/tickets/{ticket['id']}/actions", json=body, headers=if_match(ticket["version"]))
    assert r.status_code == 200, describe(r)
    return r.json()


def report(session, expect: int = 200, **params):
    r = session.get(BASE + "/reports", params=params)
    assert r.status_code == expect, describe(r)
    return r.json() if expect == 200 else r


# --------------------------------------------------------------------------- calendar


def test_calendar_defaults_to_the_civil_service_week_with_national_holidays(admin, login_as):
    c = calendar(login_as("auditor"))
    assert set(c) == {"time_zone", "business_hours", "holidays", "version"}
    assert c["time_zone"] == "Asia/Jakarta"
    assert c["business_hours"] == DEFAULT_HOURS
    days = {h["day"]: h["name"] for h in c["holidays"]}
    # The SKB of 2026: Christmas and its collective leave day, Idul Fitri 1447 H.
    assert "2026-12-25" in days and "2026-12-24" in days and "2026-03-21" in days
    assert "2027-08-17" in days
    assert [h["day"] for h in c["holidays"]] == sorted(days)


def test_calendar_put_needs_the_current_version(admin, restore_calendar):
    before = calendar(admin)
    hours = dict(DEFAULT_HOURS, sat=[["08:00", "12:00"]], mon=[["07:30", "12:00"], ["13:00", "16:00"]])
    r = admin.put(BASE + "/calendar", json={"business_hours": hours}, headers=traced())
    assert_problem(r, 428, "precondition-required")
    r = put_hours(admin, hours, version=before["version"] + 5)
    assert_problem(r, 412, "precondition-failed")
    r = put_hours(admin, hours, version=before["version"])
    assert r.status_code == 200, describe(r)
    assert r.json()["business_hours"] == hours
    assert r.json()["version"] == before["version"] + 1
    assert r.headers["ETag"] == f'"{before["version"] + 1}"'
    assert_audited(admin, r, "service_desk.calendar.update")
    assert calendar(admin)["business_hours"] == hours
    # The version the first change answered to is stale now.
    assert_problem(put_hours(admin, DEFAULT_HOURS, version=before["version"]), 412, "precondition-failed")


@pytest.mark.parametrize("hours,fields", [
    (dict(DEFAULT_HOURS, mon=[["7:30", "16:00"]]), ["business_hours.mon.0"]),
    (dict(DEFAULT_HOURS, tue=[["16:00", "07:30"]]), ["business_hours.tue.0"]),
    (dict(DEFAULT_HOURS, wed=[["07:30", "12:00"], ["11:00", "16:00"]]), ["business_hours.wed"]),
    (dict(DEFAULT_HOURS, thu=[["07:30", "24:30"]]), ["business_hours.thu.0"]),
    ({k: v for k, v in DEFAULT_HOURS.items() if k != "fri"}, ["business_hours.fri"]),
    (dict(DEFAULT_HOURS, holiday=[]), ["business_hours.holiday"]),
    ({k: [] for k in DEFAULT_HOURS}, ["business_hours"]),
])
def test_calendar_put_refuses_wrong_hours(admin, hours, fields):
    before = calendar(admin)
    r = put_hours(admin, hours, version=before["version"])
    assert_problem(r, 422, "validation-failed")
    assert field_names(r.json()) == fields
    assert calendar(admin)["version"] == before["version"]


def test_calendar_put_refuses_unknown_fields_and_other_roles(admin, own):
    version = calendar(admin)["version"]
    r = admin.put(BASE + "/calendar", json={"business_hours": DEFAULT_HOURS, "time_zone": "Asia/Jayapura"},
                  headers=if_match(version))
    assert_problem(r, 422, "validation-failed")
    assert "time_zone" in field_names(r.json())
    r = own.put(BASE + "/calendar", json={"business_hours": DEFAULT_HOURS}, headers=if_match(version))
    assert_problem(r, 403, "forbidden")


def test_holidays_add_list_duplicate_delete(admin, own):
    r = admin.post(BASE + "/holidays", json={"day": "2031-01-02", "name": "Libur uji"}, headers=traced())
    assert r.status_code == 201, describe(r)
    h = r.json()
    assert set(h) == {"id", "day", "name"} and h["day"] == "2031-01-02" and h["name"] == "Libur uji"
    assert_audited(admin, r, "service_desk.holiday.create", h["id"])
    try:
        assert {"id": h["id"], "day": "2031-01-02", "name": "Libur uji"} in calendar(own)["holidays"]
        r = admin.post(BASE + "/holidays", json={"day": "2031-01-02", "name": "Lagi"})
        assert_problem(r, 409, "conflict")
        assert "2031-01-02" in r.json()["detail"]
        r = own.post(BASE + "/holidays", json={"day": "2031-01-03", "name": "Libur uji"})
        assert_problem(r, 403, "forbidden")
    finally:
        r = admin.delete(f"{BASE}/holidays/{h['id']}", headers=traced())
        assert r.status_code == 204, describe(r)
    assert_audited(admin, r, "service_desk.holiday.delete", h["id"])
    assert h["id"] not in {x["id"] for x in calendar(admin)["holidays"]}
    assert_problem(admin.delete(f"{BASE}/holidays/{h['id']}"), 404, "not-found")


@pytest.mark.parametrize("body,fields", [
    ({"day": "2031-02-30", "name": "Tidak ada"}, ["day"]),
    ({"day": "2031/02/03", "name": "Format"}, ["day"]),
    ({"name": "Tanpa tanggal"}, ["day"]),
    ({"day": "2031-02-03", "name": "   "}, ["name"]),
    ({"day": "2031-02-03", "name": "x" * 101}, ["name"]),
    ({"day": "2031-02-03", "name": "Libur", "region": "x"}, ["region"]),
])
def test_holidays_refuse_wrong_input(admin, body, fields):
    r = admin.post(BASE + "/holidays", json=body)
    assert_problem(r, 422, "validation-failed")
    assert field_names(r.json()) == fields


# --------------------------------------------------------------------------- SLA targets


def test_sla_targets_default_to_the_contract_table(login_as):
    t = targets(login_as("leadership"))
    assert len(t["items"]) == 20
    assert sorted((i["kind"], i["priority"]) for i in t["items"]) == sorted(
        (k, p) for k in KINDS for p in DEFAULT_TARGETS)
    for i in t["items"]:
        assert (i["response_minutes"], i["resolution_minutes"]) == DEFAULT_TARGETS[i["priority"]]


def test_sla_targets_put_replaces_the_set(admin, restore_targets):
    before = targets(admin)
    items = default_items()
    for i in items:
        if i["kind"] == "incident" and i["priority"] == "critical":
            i["response_minutes"], i["resolution_minutes"] = 15, 120
    r = admin.put(BASE + "/sla-targets", json={"items": items}, headers=traced())
    assert_problem(r, 428, "precondition-required")
    r = put_targets(admin, items, version=before["version"])
    assert r.status_code == 200, describe(r)
    assert r.json()["version"] == before["version"] + 1
    assert r.headers["ETag"] == f'"{before["version"] + 1}"'
    assert_audited(admin, r, "service_desk.sla_targets.update")
    got = {(i["kind"], i["priority"]): (i["response_minutes"], i["resolution_minutes"]) for i in targets(admin)["items"]}
    assert got[("incident", "critical")] == (15, 120)
    assert got[("complaint", "critical")] == (30, 240)
    assert_problem(put_targets(admin, items, version=before["version"]), 412, "precondition-failed")


def test_sla_targets_put_validates_every_item(admin):
    version = targets(admin)["version"]
    items = default_items()
    r = put_targets(admin, items[:19], version=version)
    assert_problem(r, 422, "validation-failed")
    assert field_names(r.json()) == ["items"]
    assert "change" in r.json()["errors"][0]["message"] or "low" in r.json()["errors"][0]["message"]

    bad = default_items()
    bad[0]["response_minutes"] = 0
    bad[1]["resolution_minutes"] = "60"
    bad[2]["kind"] = "question"
    bad[3]["response_minutes"], bad[3]["resolution_minutes"] = 500, 100
    bad[4]["extra"] = 1
    r = put_targets(admin, bad, version=version)
    assert_problem(r, 422, "validation-failed")
    assert set(field_names(r.json())) == {"items.0.response_minutes", "items.1.resolution_minutes", "items.2.kind",
                                          "items.3.response_minutes", "items.4.extra"}

    twice = default_items()
    twice[19] = dict(twice[0])
    r = put_targets(admin, twice, version=version)
    assert_problem(r, 422, "validation-failed")
    assert "items.19" in field_names(r.json())
    assert_problem(admin.put(BASE + "/sla-targets", json={"items": {}}, headers=if_match(version)), 422,
                   "validation-failed")
    assert targets(admin)["version"] == version


# --------------------------------------------------------------------------- Tier 1 coverage


def test_tier1_coverage_flags_an_agency_without_tier1(admin, login_as):
    agency = new_agency(admin)
    row = coverage_of(login_as("auditor"), agency["id"])
    assert row == {"agency": {"id": agency["id"], "name": agency["name"], "short_name": agency["short_name"]},
                   "tier1_staff": 0, "flagged": True}

    r = admin.post("/api/v1/people", json={"agency_id": agency["id"], "nip": support.new_nip(), "name": "Uji Teknisi",
                                           "email": None, "phone": None, "spbe_roles": ["tier1", "ict_staff"]})
    assert r.status_code == 201, describe(r)
    person = r.json()
    assert coverage_of(admin, agency["id"])["tier1_staff"] == 1
    assert coverage_of(admin, agency["id"])["flagged"] is False

    # The Tier 1 person loses the duty: the agency is flagged again.
    r = admin.patch(f"/api/v1/people/{person['id']}", json={"spbe_roles": ["ict_staff"]},
                    headers={"If-Match": f'"{person["version"]}"'})
    assert r.status_code == 200, describe(r)
    assert coverage_of(admin, agency["id"]) == {**row, "tier1_staff": 0, "flagged": True}

    body = admin.get(BASE + "/tier1-coverage").json()
    assert body["obligation"]["article"] == "Pasal 39 ayat (7) huruf a"
    assert body["obligation"]["citation"] == "Perwali Madiun 39/2021 Pasal 39 ayat (7) huruf a"
    assert "Service Desk Tier 1" in body["obligation"]["text"]


# --------------------------------------------------------------------------- reports


def test_reports_of_a_range_without_tickets(admin, own, dinkes):
    body = report(admin, **{"from": "2020-01", "to": "2020-03", "group": "month"})
    assert [r["key"] for r in body["rows"]] == ["2020-01", "2020-02", "2020-03"]
    for row in body["rows"] + [body["totals"]]:
        assert set(row) == {"key", "label", "opened", "resolved", "backlog", "response_met_pct", "resolution_met_pct",
                            "escalation_rate_pct"}
        assert (row["opened"], row["resolved"], row["backlog"]) == (0, 0, 0)
        assert row["response_met_pct"] is None and row["resolution_met_pct"] is None
        assert row["escalation_rate_pct"] is None
    assert body["totals"]["key"] == "total"
    assert report(own, **{"from": "2020-01", "to": "2020-01"})["rows"] == []


def test_reports_refuse_wrong_queries(admin, own, bappeda):
    assert_problem(report(admin, 400, **{"from": "2026-13"}), 400, "bad-request")
    assert_problem(report(admin, 400, **{"from": "2026-05", "to": "2026-04"}), 400, "bad-request")
    assert_problem(report(admin, 400, **{"from": "2020-01", "to": "2026-01"}), 400, "bad-request")
    assert_problem(report(admin, 400, group="week"), 400, "bad-request")
    assert_problem(report(own, 403, agency_id=bappeda), 403, "forbidden")
    r = own.get(BASE + "/reports/periodic.xlsx", params={"month": "2026-01", "agency_id": bappeda})
    assert_problem(r, 403, "forbidden")
    assert_problem(admin.get(BASE + "/reports/periodic.xlsx"), 400, "bad-request")


@pytest.fixture(scope="module")
def reported(admin):
    """A fresh agency with three tickets of this month: one resolved at once, one escalated to
    Tier 2, one left open; and one critical ticket opened at a service."""
    agency = new_agency(admin)
    resolved = open_ticket(admin, agency["id"], "Printer tidak mencetak laporan")
    resolved = act(admin, resolved, "resolve", "Kabel printer dipasang kembali.")
    escalated = open_ticket(admin, agency["id"], "Server aplikasi kepegawaian mati")
    escalated = act(admin, escalated, "escalate", "Perlu akses ke pusat data.")
    waiting = open_ticket(admin, agency["id"], "Akun surel belum aktif", priority="low")
    return {"agency": agency, "tickets": [resolved, escalated, waiting], "month": local_month(resolved["opened_at"])}


def test_reports_count_opened_resolved_backlog_and_rates(admin, reported):
    month, agency = reported["month"], reported["agency"]
    body = report(admin, **{"from": month, "to": month, "group": "agency", "agency_id": agency["id"]})
    assert len(body["rows"]) == 1
    row = body["rows"][0]
    assert row["key"] == str(agency["id"]) and row["label"] == agency["name"]
    assert (row["opened"], row["resolved"], row["backlog"]) == (3, 1, 2)
    # Only the resolved ticket has a decided clock (answered and resolved within minutes).
    assert row["response_met_pct"] == 100.0 and row["resolution_met_pct"] == 100.0
    assert row["escalation_rate_pct"] == 33.3
    assert body["totals"] == {**row, "key": "total", "label": "Jumlah"}

    tiers = {r["key"]: r for r in report(admin, **{"from": month, "to": month, "group": "tier",
                                                   "agency_id": agency["id"]})["rows"]}
    assert (tiers["tier1"]["opened"], tiers["tier2"]["opened"]) == (2, 1)
    assert tiers["tier2"]["escalation_rate_pct"] == 100.0 and tiers["tier1"]["escalation_rate_pct"] == 0.0
    assert tiers["tier1"]["label"] and tiers["tier1"]["label"] != tiers["tier2"]["label"]

    services = report(admin, **{"from": month, "to": month, "group": "service", "agency_id": agency["id"]})["rows"]
    assert [(s["key"], s["label"], s["opened"]) for s in services] == [("none", "Tanpa layanan", 3)]
    months = report(admin, **{"from": month, "to": month, "group": "month", "agency_id": agency["id"]})["rows"]
    assert [(m["key"], m["opened"], m["backlog"]) for m in months] == [(month, 3, 2)]

    # The whole region counts these three too.
    everyone = report(admin, **{"from": month, "to": month})
    ours = [r for r in everyone["rows"] if r["key"] == str(agency["id"])]
    assert ours == [row]
    assert everyone["totals"]["opened"] >= 3


def test_reports_narrow_operators_to_their_agency(own, dinkes, reported):
    month = reported["month"]
    rows = report(own, **{"from": month, "to": month})["rows"]
    assert all(r["key"] == str(dinkes) for r in rows)
    assert str(reported["agency"]["id"]) not in {r["key"] for r in rows}


def test_periodic_workbook_has_summary_groups_and_tickets(admin, reported):
    month, agency = reported["month"], reported["agency"]
    r = admin.get(BASE + "/reports/periodic.xlsx", params={"month": month, "agency_id": agency["id"]})
    assert r.status_code == 200, describe(r)
    assert r.headers["Content-Type"].startswith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    assert f"laporan-layanan-{month}.xlsx" in r.headers["Content-Disposition"]
    book = openpyxl.load_workbook(io.BytesIO(r.content))
    assert book.sheetnames == ["Ringkasan", "Per perangkat daerah", "Per layanan", "Tiket"]

    summary = {row[0]: row[1] for row in book["Ringkasan"].iter_rows(min_row=2, values_only=True)}
    assert summary["Daerah"] == "Kota Madiun"
    assert summary["Bulan"] == month
    assert summary["Perangkat daerah"] == agency["name"]
    assert summary["Dasar hukum"] == "Perwali Madiun 39/2021 Pasal 39 ayat (7) huruf a"
    assert summary["Dibuka"] == 3 and summary["Diselesaikan"] == 1 and summary["Tunggakan akhir bulan"] == 2
    assert summary["Eskalasi (%)"] == "33.3"

    per_agency = list(book["Per perangkat daerah"].iter_rows(values_only=True))
    assert per_agency[0][0] == "Perangkat daerah"
    assert per_agency[1][:4] == (agency["name"], 3, 1, 2)

    tickets = list(book["Tiket"].iter_rows(values_only=True))
    header = tickets[0]
    assert header[:3] == ("Nomor", "Jenis", "Judul") and "SLA respons" in header and "SLA penyelesaian" in header
    by_number = {row[0]: dict(zip(header, row)) for row in tickets[1:]}
    resolved, escalated, waiting = reported["tickets"]
    assert set(by_number) == {resolved["number"], escalated["number"], waiting["number"]}
    assert by_number[resolved["number"]]["SLA respons"] == "met"
    assert by_number[resolved["number"]]["SLA penyelesaian"] == "met"
    assert by_number[escalated["number"]]["Tingkat"] != by_number[resolved["number"]]["Tingkat"]
    assert by_number[waiting["number"]]["SLA penyelesaian"] == "running"
    assert by_number[waiting["number"]]["Jenis"] == "Gangguan"


def test_new_tickets_take_due_times_from_the_calendar_and_targets(admin, restore_calendar, restore_targets):
    """Round the clock business hours and a 30/90 minute target: a new critical incident is due
    exactly 30 and 90 minutes after it was opened (unless today or tomorrow is a holiday)."""
    agency = new_agency(admin)
    always = {day: [["00:00", "24:00"]] for day in DEFAULT_HOURS}
    r = put_hours(admin, always)
    assert r.status_code == 200, describe(r)
    holidays = {h["day"] for h in r.json()["holidays"]}
    items = default_items()
    for i in items:
        if (i["kind"], i["priority"]) == ("incident", "critical"):
            i["response_minutes"], i["resolution_minutes"] = 30, 90
    r = put_targets(admin, items)
    assert r.status_code == 200, describe(r)

    t = open_ticket(admin, agency["id"], "Jaringan pusat data putus", priority="critical")
    opened = support.parse_time(t["opened_at"])
    local_days = {(opened + dt.timedelta(hours=7, minutes=m)).strftime("%Y-%m-%d") for m in (0, 90)}
    if local_days & holidays:
        pytest.skip("a public holiday falls within the next 90 minutes")
    assert support.parse_time(t["sla"]["response"]["due_at"]) - opened == dt.timedelta(minutes=30)
    assert support.parse_time(t["sla"]["resolution"]["due_at"]) - opened == dt.timedelta(minutes=90)
    assert t["sla"]["response"]["state"] == "running"
    assert 29 <= t["sla"]["response"]["minutes_left"] <= 30
