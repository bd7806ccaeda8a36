"""Suggested levels of the national SPBE evaluation: for every indicator whose framework entry
names a rule, the level Simpul's own records show for the campaign's year, with the reasons
(what was found, what the next level needs) in both languages and the records behind them.
A proposal never writes an answer: a self level chosen differently stays, marked `differs`.

Contract: docs/evaluation-contract.md, "Suggested levels". A fresh region (simpul init) shows
level 1 everywhere; records added through the public API raise the proposal. The shared demo
region shows a suggestion for every indicator with a rule.
"""
from __future__ import annotations

import datetime as dt
import uuid

import pytest

import support
from support import MINIMAL_PDF, assert_problem, describe, traced

BASE = "/api/v1/evaluation"
# The indicators of PermenPANRB 59/2020 with a rule (frameworks/permenpanrb-59-2020.yaml).
RULES = {11: "architecture", 12: "roadmap", 15: "application_registry", 16: "data_centers", 17: "intra_network",
         18: "service_links", 21: "risk_registers", 28: "service_desk", 29: "infrastructure_audits",
         30: "application_audits", 31: "security_audits", 42: "complaint_channel"}


def today() -> dt.date:
    # Regions here keep WIB (+07); the campaign is of the region's current year.
    return (dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=7)).date()


def new_campaign(admin, year: int) -> dict:
    r = admin.post(BASE + "/campaigns", json={"year": year, "kind": "evaluation"}, headers=traced())
    assert r.status_code == 201, describe(r)
    return r.json()


def suggestions(session, campaign_id: int) -> dict[int, dict]:
    r = session.get(f"{BASE}/campaigns/{campaign_id}/suggestions")
    assert r.status_code == 200, describe(r)
    return {s["indicator"]: s for s in r.json()["suggestions"]}


def one(session, campaign_id: int, no: int) -> dict:
    r = session.get(f"{BASE}/campaigns/{campaign_id}/suggestions/{no}")
    assert r.status_code == 200, describe(r)
    return r.json()


def risk(session, agency_id: int, year: int) -> None:
    body = {"agency_id": agency_id, "year": year, "polarity": "negative", "spbe_goal": "Layanan daring tersedia",
            "indicator": "Ketersediaan layanan 99%", "event": "Server aplikasi mati di pusat data",
            "cause": "Catu daya cadangan tidak berfungsi", "category": "infrastruktur",
            "impact": "Layanan daring terhenti", "impact_area": "layanan_organisasi",
            "controls": ["sop"], "likelihood": 3, "impact_level": 4}
    r = session.post("/api/v1/risks", json=body, headers=traced())
    assert r.status_code == 201, describe(r)


def completed_audit(admin, agency_id: int, on: str) -> dict:
    o = admin.post("/api/v1/ict-audits/objects", json={"kind": "infrastructure", "owner_agency_id": agency_id,
                                                        "name": "Jaringan uji " + uuid.uuid4().hex[:8]}, headers=traced())
    assert o.status_code == 201, describe(o)
    a = admin.post("/api/v1/ict-audits", json={"object_id": o.json()["id"], "planned_on": on, "auditor_kind": "accredited",
                                                "auditor_name": "Lembaga Audit TIK Nusantara", "auditor_credential": "AKR-1",
                                                "aspects": ["governance_and_management"]}, headers=traced())
    assert a.status_code == 201, describe(a)
    audit = a.json()
    for body in ({"action": "start", "on": on},
                 {"action": "complete", "completed_on": on,
                  "report_sha256": support.upload_file(admin, MINIMAL_PDF + uuid.uuid4().hex.encode(), name="laporan.pdf")["sha256"]}):
        r = admin.post(f"/api/v1/ict-audits/{audit['id']}/actions", json=body, headers={"If-Match": f'"{audit["version"]}"'})
        assert r.status_code == 200, describe(r)
        audit = r.json()
    return audit


def assert_bilingual(s: dict) -> None:
    assert s["reasons"], s
    for reason in s["reasons"]:
        assert reason["id"].strip() and reason["en"].strip(), s
        assert reason["id"] != reason["en"], s


def test_fresh_region_rises_with_its_records_and_never_overwrites_a_self_level(initialised_server):
    _srv, admin, _ = initialised_server("madiun")
    year = today().year
    campaign = new_campaign(admin, year)
    cid = campaign["id"]

    # A fresh region: every rule proposes level 1 and says what level 2 needs.
    fresh = suggestions(admin, cid)
    assert set(fresh) == set(RULES), sorted(fresh)
    for no, s in fresh.items():
        assert s["rule"] == RULES[no] and s["level"] == 1, s
        assert s["scale_level_name"] in ("Rintisan", "Informasi"), s
        assert s["self_level"] is None and s["differs"] is False, s
        assert_bilingual(s)
        assert any("tingkat 2" in r["id"] for r in s["reasons"]), s
    agencies = admin.get("/api/v1/agencies").json()["items"]
    assert len(agencies) >= 2
    assert f"0 dari {len(agencies)} perangkat daerah" in fresh[21]["reasons"][0]["id"]

    # Risk registers in some agencies: level 2 (Terkelola), the agency's register listed.
    risk(admin, agencies[0]["id"], year)
    some = one(admin, cid, 21)
    assert some["level"] == 2 and some["scale_level_name"] == "Terkelola", some
    assert f"1 dari {len(agencies)} perangkat daerah" in some["reasons"][-1]["id"]
    assert "tingkat 3 menuntut semua perangkat daerah" in some["reasons"][-1]["id"]
    assert {"kind": "risk_register", "id": str(agencies[0]["id"]), "title": agencies[0]["name"],
            "href": f"/risiko?pd={agencies[0]['id']}"} in some["records"], some
    assert {"kind": "risk_register", "count": 1} in some["record_counts"]

    # Registers in every agency: level 3; review reports are what level 4 needs.
    for a in agencies[1:]:
        risk(admin, a["id"], year)
    everywhere = one(admin, cid, 21)
    assert everywhere["level"] == 3, everywhere
    assert "laporan pemantauan" in everywhere["reasons"][-1]["id"].lower()
    assert {"kind": "risk_register", "count": len(agencies)} in everywhere["record_counts"]

    # An infrastructure audit done today, nothing overdue: audits on schedule (level 3), not yet reported.
    audit = completed_audit(admin, agencies[0]["id"], today().isoformat())
    infra = one(admin, cid, 29)
    assert infra["level"] == 3, infra
    assert {"kind": "ict_audit", "id": str(audit["id"])} == {k: infra["records"][0][k] for k in ("kind", "id")}
    assert infra["records"][0]["href"] == f"/audit-tik/{audit['id']}"
    assert "dilaporkan" in infra["reasons"][-1]["id"]
    assert one(admin, cid, 30)["level"] == 1  # another scope: no application audit

    # A self level chosen differently stays untouched; the suggestion says it differs.
    me = admin.get("/api/v1/auth/me").json()["user"]["id"]
    r = admin.put(f"{BASE}/campaigns/{cid}/assessors/{me}", json={"role": "coordinator"}, headers=traced())
    assert r.status_code in (200, 201), describe(r)
    r = admin.put(f"{BASE}/campaigns/{cid}/indicators/21", json={"level": 1, "explanation": "Baru dimulai."}, headers=traced())
    assert r.status_code == 200, describe(r)
    answered = one(admin, cid, 21)
    assert answered["level"] == 3 and answered["self_level"] == 1 and answered["differs"] is True, answered
    assert suggestions(admin, cid)[21]["differs"] is True
    assert suggestions(admin, cid)[29]["self_level"] is None
    indicator = admin.get(f"{BASE}/campaigns/{cid}/indicators/21")
    assert indicator.status_code == 200, describe(indicator)
    assert indicator.json()["level"] == 1, indicator.json()
    r = admin.put(f"{BASE}/campaigns/{cid}/indicators/29", json={"level": 3}, headers=traced())
    assert r.status_code == 200, describe(r)
    same = one(admin, cid, 29)
    assert same["self_level"] == 3 and same["differs"] is False


def test_indicators_without_a_rule_and_unknown_campaigns_are_404(initialised_server):
    _srv, admin, _ = initialised_server("madiun")
    cid = new_campaign(admin, today().year)["id"]
    no_rule = assert_problem(admin.get(f"{BASE}/campaigns/{cid}/suggestions/1"), 404, "not-found")
    assert "Indikator 1" in no_rule["detail"]
    assert_problem(admin.get(f"{BASE}/campaigns/{cid}/suggestions/99"), 404, "not-found")
    assert_problem(admin.get(f"{BASE}/campaigns/{cid + 1000}/suggestions"), 404, "not-found")
    assert_problem(admin.get(f"{BASE}/campaigns/{cid}/suggestions/abc"), 404, "not-found")


def demo_campaign(admin) -> dict:
    """The demo's campaign of the current year, or one made for it (the demo may hold none yet)."""
    year = today().year
    items = admin.get(BASE + "/campaigns").json()["items"]
    found = next((k for k in items if k["year"] == year), None)
    if found:
        return found
    r = admin.post(BASE + "/campaigns", json={"year": year, "kind": "evaluation"}, headers=traced())
    if r.status_code == 409:  # made meanwhile by another test
        return next(k for k in admin.get(BASE + "/campaigns").json()["items"] if k["year"] == year)
    assert r.status_code == 201, describe(r)
    return r.json()


def test_demo_region_gets_a_suggestion_with_reasons_for_every_rule(admin, login_as):
    campaign = demo_campaign(admin)
    before = admin.get(f"{BASE}/campaigns/{campaign['id']}/indicators")
    by_rule = suggestions(login_as("leadership"), campaign["id"])
    assert set(by_rule) == set(RULES), sorted(by_rule)
    for no, s in by_rule.items():
        assert 1 <= s["level"] <= 5 and s["scale_level_name"], s
        assert_bilingual(s)
        assert len(s["records"]) <= 10
        for rec in s["records"]:
            assert rec["kind"] and rec["id"] and rec["href"].startswith("/"), rec
    # The demo keeps records: most rules show some.
    assert sum(1 for s in by_rule.values() if s["records"]) >= 8, {n: s["records"][:1] for n, s in by_rule.items()}
    assert sum(1 for s in by_rule.values() if s["level"] >= 2) >= 6, {n: s["level"] for n, s in by_rule.items()}
    # Reading suggestions wrote nothing.
    assert admin.get(f"{BASE}/campaigns/{campaign['id']}/indicators").json() == before.json()


def test_citizens_cannot_read_suggestions(admin, login_as):
    campaign = demo_campaign(admin)
    r = login_as("citizen").get(f"{BASE}/campaigns/{campaign['id']}/suggestions")
    assert r.status_code == 403, describe(r)
