"""The leadership dashboard (GET /api/v1/dashboard): compliance, open and overdue duties, risks
by level, overdue ICT audits and security incidents, the service desk's SLA attainment and the
SPBE budget by area, in one read; every number with the link to the page listing the records
it counts.

Contract: docs/compliance-contract.md, "Leadership dashboard". The demo region (Kota Madiun) is
only read: each figure is checked against the list the module itself serves. What changes data
runs on a region of its own (`simpul init`), so the counts it expects are exact.
"""
from __future__ import annotations

import datetime as dt
import uuid

import support
from support import assert_problem, describe, traced

DASHBOARD = "/api/v1/dashboard"


def dashboard(session) -> dict:
    r = session.get(DASHBOARD)
    assert r.status_code == 200, describe(r)
    return r.json()


def numbers_with_links(node, path="") -> list[tuple[str, dict]]:
    """Every {"count": …} in the answer, with where it sits."""
    found = []
    if isinstance(node, dict):
        if "count" in node:
            found.append((path, node))
        for key, value in node.items():
            found += numbers_with_links(value, f"{path}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += numbers_with_links(value, f"{path}[{i}]")
    return found


def instant(delta: dt.timedelta) -> str:
    return (dt.datetime.now(dt.timezone.utc) + delta).strftime("%Y-%m-%dT%H:%M:%SZ")


# --------------------------------------------------------------------------- who may read it


def test_superadmin_leadership_and_auditors_read_it_operators_and_citizens_do_not(login_as, public):
    for role in ("superadmin", "leadership", "auditor"):
        body = dashboard(login_as(role))
        assert set(body) == {"as_of", "compliance", "risks", "ict_audits", "incidents", "service_desk", "budget"}, role
    for role in ("operator_own", "operator_other", "citizen"):
        assert_problem(login_as(role).get(DASHBOARD), 403, "forbidden")
    assert public.get(DASHBOARD).status_code == 401


def test_every_number_links_to_a_page_of_the_web_ui(login_as):
    body = dashboard(login_as("leadership"))
    numbers = numbers_with_links(body)
    assert len(numbers) >= 10
    for where, n in numbers:
        assert isinstance(n["count"], int) and n["count"] >= 0, where
        assert n["href"].startswith("/") and not n["href"].startswith("/api/"), where
    for section in ("compliance", "risks", "ict_audits", "incidents", "service_desk", "budget"):
        assert body[section]["href"].startswith("/"), section


# --------------------------------------------------------------------------- each figure is its module's


def test_compliance_is_the_engines_tally_with_the_five_agencies_complying_least(login_as):
    leadership = login_as("leadership")
    c = dashboard(leadership)["compliance"]
    assert c["available"] is True and c["profile"]["citation"].startswith("Perwali Madiun")
    t = c["tally"]
    assert t["applicable"] == t["overdue"] + t["not_met"] + t["due_soon"] + t["met"]
    assert c["overdue"]["count"] == t["overdue"]
    assert c["open"]["count"] == t["overdue"] + t["not_met"] + t["due_soon"]
    assert c["due_soon"] == {"count": t["due_soon"], "href": "/kepatuhan/kalender"}
    region = leadership.get("/api/v1/compliance")
    if region.status_code == 200:  # the region view, where it is served
        assert region.json()["tally"] == t
    lowest = c["lowest_agencies"]
    assert 1 <= len(lowest) <= 5
    shares = [a["tally"]["share_met"] for a in lowest]
    assert shares == sorted(shares)
    for a in lowest:
        assert a["href"] == f"/kepatuhan/pd/{a['agency_id']}"
        own = leadership.get(f"/api/v1/compliance/agencies/{a['agency_id']}")
        assert own.status_code == 200, describe(own)
        assert own.json()["tally"] == a["tally"], a["name"]
    trend = c["trend"]
    assert trend[-1]["live"] is True and trend[-1]["tally"] == t and trend[-1]["taken_on"] == c["as_of"]


def test_risks_per_level_are_the_register_filtered_by_that_level(login_as):
    leadership = login_as("leadership")
    risks = dashboard(leadership)["risks"]
    criteria = leadership.get("/api/v1/risk-criteria").json()
    levels = criteria.get("levels") or criteria["criteria"]["levels"]
    assert [(l["level"], l["name"], l["colour"]) for l in risks["levels"]] == [(b["level"], b["name"], b["colour"]) for b in levels]
    year = risks["year"]
    for level in risks["levels"]:
        listed = leadership.get("/api/v1/risks", params={"year": year, "level": level["level"], "limit": 1}).json()
        assert listed["total"] == level["count"], level
        assert level["href"] == f"/risiko?tahun={year}&level={level['level']}"
    assert sum(l["count"] for l in risks["levels"]) == risks["total"]["count"]
    assert risks["total"]["href"] == f"/risiko?tahun={year}"


def test_overdue_audits_and_incidents_are_the_overdue_lists_totals(login_as):
    leadership = login_as("leadership")
    body = dashboard(leadership)
    audits = leadership.get("/api/v1/ict-audits/overdue", params={"limit": 1}).json()
    assert body["ict_audits"]["overdue"]["count"] == audits["totals"]["objects"]
    assert body["ict_audits"]["findings_overdue"]["count"] == audits["totals"]["findings"]
    due_soon = support.all_pages(leadership, "/api/v1/ict-audits/objects", status="due_soon")
    assert body["ict_audits"]["due_soon"]["count"] == len(due_soon)
    incidents = leadership.get("/api/v1/security/incidents/overdue", params={"limit": 1}).json()
    assert body["incidents"]["overdue_notices"]["count"] == incidents["notices_total"]
    assert body["incidents"]["open_too_long"]["count"] == incidents["open_too_long_total"]
    open_incidents = support.all_pages(leadership, "/api/v1/security/incidents", stage="open")
    assert body["incidents"]["open"]["count"] == len(open_incidents)


def test_sla_attainment_is_the_service_desk_report_per_month(login_as):
    leadership = login_as("leadership")
    sd = dashboard(leadership)["service_desk"]
    months = [m["key"] for m in sd["months"]]
    assert len(months) == 12 and months == sorted(months)
    assert sd["current"]["key"] == months[-1]
    report = leadership.get("/api/v1/service-desk/reports",
                            params={"from": months[0], "to": months[-1], "group": "month"}).json()
    fields = ("opened", "resolved", "backlog", "response_met_pct", "resolution_met_pct", "escalation_rate_pct")
    assert [[m[f] for f in fields] for m in sd["months"]] == [[r[f] for f in fields] for r in report["rows"]]
    assert [sd["last_12_months"][f] for f in fields] == [report["totals"][f] for f in fields]
    assert sd["current"]["href"] == "/tiket/laporan"


def test_budget_by_area_is_the_consolidated_view_of_the_year(login_as):
    leadership = login_as("leadership")
    budget = dashboard(leadership)["budget"]
    view = leadership.get("/api/v1/budget-plans/consolidated", params={"year": budget["year"]}).json()
    assert [(a["area"], a["amount"], a["share_percent"]) for a in budget["by_area"]] == \
        [(a["area"], a["amount"], a["share_percent"]) for a in view["by_area"]]
    assert budget["total"]["amount"] == view["total"]["amount"]
    assert budget["agencies_without_plan"]["count"] == len(view["agencies_without_plan"])
    assert all(a["label"]["id"] and a["href"].startswith("/tata-kelola/anggaran") for a in budget["by_area"])


# --------------------------------------------------------------------------- a region of its own


def test_a_new_risk_and_incident_show_at_once_in_a_region_of_its_own(initialised_server):
    srv, admin, _ = initialised_server("kendari")
    user, password = support.ready_user(srv, admin, "leadership")
    leadership = support.signed_in(srv, user["username"], password)
    before = dashboard(leadership)
    assert before["compliance"]["available"] is True and "Kendari" in before["compliance"]["profile"]["citation"]
    assert before["risks"]["total"]["count"] == 0 and before["incidents"]["open"]["count"] == 0
    assert before["budget"]["total"]["amount"] == 0

    agency = next(iter(support.agencies_by_short_name(admin).values()))["id"]
    year = before["risks"]["year"]
    r = admin.post("/api/v1/risks", json={
        "agency_id": agency, "year": year, "polarity": "negative", "spbe_goal": "Layanan daring tersedia",
        "indicator": "Ketersediaan 99%", "event": "Server aplikasi mati", "cause": "Catu daya cadangan rusak",
        "category": "infrastruktur", "impact": "Layanan terhenti", "impact_area": "layanan_organisasi",
        "controls": ["sop"], "likelihood": 5, "impact_level": 5}, headers=traced())
    assert r.status_code == 201, describe(r)
    level = r.json()["level"]
    r = admin.post("/api/v1/security/incidents", json={
        "agency_id": agency, "title": "Peretasan situs " + uuid.uuid4().hex[:6], "description": "Halaman depan diubah",
        "severity": "critical", "detected_at": instant(-dt.timedelta(days=10))}, headers=traced())
    assert r.status_code == 201, describe(r)

    after = dashboard(leadership)
    by_level = {l["level"]: l["count"] for l in after["risks"]["levels"]}
    assert by_level[level] == 1 and sum(by_level.values()) == 1
    assert after["incidents"]["open"]["count"] == 1
    assert after["incidents"]["open_too_long"]["count"] == 1  # critical: seven days at most
    assert after["incidents"]["overdue_notices"]["count"] >= 1  # the report to the ICT office is late
