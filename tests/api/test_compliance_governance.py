"""Compliance, governance source: the roadmap (in force, five years, adopted by decree, reviewed
every year) and the budget plans (handed in every year, every line linked to a roadmap activity),
judged from Simpul's records for each of the five profiles, with the citation read from the
profile itself."""
from pathlib import Path

import pytest
import yaml

import support
from support import describe

PROFILES = Path(__file__).resolve().parents[2] / "profiles"
BASE = "/api/v1/compliance"


def profile(name: str) -> dict:
    return yaml.safe_load((PROFILES / f"{name}.yaml").read_text(encoding="utf-8"))


def obligations(p: dict, kind: str, **words) -> list[dict]:
    return [o for o in p["obligations"]
            if o["rule"]["kind"] == kind and all(o["rule"].get(k) == v for k, v in words.items())]


def only(found: list[dict]) -> dict:
    assert len(found) == 1, [o["id"] for o in found]
    return found[0]


def findings_of(session, path: str) -> list[dict]:
    r = session.get(path)
    assert r.status_code == 200, describe(r)
    return r.json()["findings"]


class Region:
    """The findings of one obligation for its subject: the region, or the ICT office."""

    def __init__(self, session, p: dict, region_id: str, ict_office: int):
        self.session, self.short, self.region_id, self.ict_office = session, p["citation"]["short"], region_id, ict_office

    def subject(self, o: dict) -> tuple[str, str]:
        assert o["binds"] in ("region", "ict_office", "every_agency"), o
        return ("region", self.region_id) if o["binds"] == "region" else ("agency", str(self.ict_office))

    def finding(self, o: dict) -> dict:
        kind, sid = self.subject(o)
        if kind == "agency":  # through the agency's page …
            found = [f for f in findings_of(self.session, f"{BASE}/agencies/{sid}") if f["obligation"]["id"] == o["id"]]
            assert len(found) == 1, found
        # … and always through the obligation's page
        by_obligation = [f for f in findings_of(self.session, f"{BASE}/obligations/{o['id']}") if f["subject"]["id"] == sid]
        assert len(by_obligation) == 1, by_obligation
        if kind == "agency":
            assert found[0]["status"] == by_obligation[0]["status"], (found[0], by_obligation[0])
        return by_obligation[0]

    def check(self, o: dict, status: str) -> dict:
        f = self.finding(o)
        assert f["status"] == status, (o["id"], f)
        assert f["basis"] == "data", f
        assert (f["subject"]["kind"], f["subject"]["id"]) == self.subject(o), f["subject"]
        assert f["obligation"]["citation"] == f"{self.short} {o['article']}", f["obligation"]
        return f


@pytest.mark.parametrize("name", ["madiun", "batam", "kendari", "oki", "probolinggo"])
def test_roadmap_and_budget_plans(initialised_server, name):
    p = profile(name)
    srv, admin, _ = initialised_server(name)
    r = admin.get("/api/v1/region")
    assert r.status_code == 200, describe(r)
    region_id = str(r.json()["id"])
    agencies = support.all_pages(admin, "/api/v1/agencies")
    ict_office = next(a["id"] for a in agencies if "ict_office" in a["roles"])
    region = Region(admin, p, region_id, ict_office)
    today = support.region_today(p["region"]["time_zone"])
    year = today.year

    five_years = only([o for o in obligations(p, "required_record", record="spbe_roadmap")
                       if "valid_from" in o["rule"].get("fields", [])])
    review = only(obligations(p, "periodic_event", event="roadmap_review"))
    linked = obligations(p, "required_link", **{"from": "spbe_budget_line", "to": "spbe_roadmap_activity"})  # not Kendari
    adopt = obligations(p, "approval_gate", action="adopt_spbe_roadmap")
    handed_in = obligations(p, "periodic_submission", evidence="spbe_plan_and_budget")

    # Broken: no roadmap in force, so no roadmap record, no review, no adoption.
    f = region.check(five_years, "not_met")
    assert "roadmap" in f["reason"]["en"], f["reason"]
    region.check(review, "not_met")
    for o in adopt:
        region.check(o, "not_met")

    # The ICT office's budget plan for this year, with a line that follows no roadmap activity.
    r = admin.post("/api/v1/budget-plans", json={"year": year, "agency_id": ict_office})
    assert r.status_code == 201, describe(r)
    plan = r.json()
    r = admin.post(f"/api/v1/budget-plans/{plan['id']}/lines",
                   json={"description": "Belanja server", "amount": 5_000_000, "area": "infrastructure"})
    assert r.status_code == 201, describe(r)
    line = r.json()
    for o in linked:
        f = region.check(o, "not_met")
        assert [(e["kind"], e["id"]) for e in f["evidence"]] == [("budget_line", str(line["id"]))], f["evidence"]
        assert f["evidence"][0]["href"] == f"/tata-kelola/anggaran/{plan['id']}", f["evidence"]
    for o in handed_in:  # still a draft: never handed in, due today
        f = region.check(o, "not_met")
        assert f["due_on"] == today.isoformat(), f

    # A draft roadmap is not yet in force.
    r = admin.post("/api/v1/roadmaps", json={"title": "Peta Rencana SPBE", "start_year": year, "end_year": year + 4})
    assert r.status_code == 201, describe(r)
    roadmap = r.json()
    r = admin.post(f"/api/v1/roadmaps/{roadmap['id']}/activities",
                   json={"program": "Program Infrastruktur", "name": "Pusat data", "area": "infrastructure",
                         "owner_agency_id": ict_office})
    assert r.status_code == 201, describe(r)
    activity = r.json()
    region.check(five_years, "not_met")

    # Mended: enacted by decree, the roadmap is in force, adopted, and its first review due in a period.
    path = f"/api/v1/roadmaps/{roadmap['id']}"
    r = admin.post(f"{path}/enact", json={"decree_number": "188.45/17/2025", "decree_date": today.isoformat()},
                   headers={"If-Match": support.etag_of(admin, path)})
    assert r.status_code == 200, describe(r)
    f = region.check(five_years, "met")
    assert [(e["kind"], e["id"], e["href"]) for e in f["evidence"]] == \
        [("roadmap", str(roadmap["id"]), f"/tata-kelola/peta-rencana/{roadmap['id']}")], f["evidence"]
    f = region.check(review, "met")
    assert f["due_on"] == today.replace(year=year + 1).isoformat(), f
    for o in adopt:
        region.check(o, "met")

    # Mended: the line follows the roadmap activity; the plan is handed in.
    r = admin.patch(f"/api/v1/budget-lines/{line['id']}", json={"roadmap_activity_id": activity["id"]},
                    headers={"If-Match": f'"{line["version"]}"'})
    assert r.status_code == 200, describe(r)
    for o in linked:
        f = region.check(o, "met")
        assert f["evidence"] == [], f["evidence"]
    r = admin.post(f"/api/v1/budget-plans/{plan['id']}/submit",
                   headers={"If-Match": support.etag_of(admin, f"/api/v1/budget-plans/{plan['id']}")})
    assert r.status_code == 200, describe(r)
    for o in handed_in:
        f = region.check(o, "met")
        assert f["due_on"] == today.replace(year=year + 1).isoformat(), f


@pytest.mark.parametrize("name", ["madiun", "batam", "kendari", "oki", "probolinggo"])
def test_bodies_and_their_decrees(initialised_server, name):
    p = profile(name)
    short = p["citation"]["short"]
    srv, admin, _ = initialised_server(name)
    r = admin.get("/api/v1/region")
    assert r.status_code == 200, describe(r)
    region_id = str(r.json()["id"])
    r = admin.get("/api/v1/committees")
    assert r.status_code == 200, describe(r)
    bodies = r.json()["items"] if isinstance(r.json(), dict) else r.json()
    positions = support.all_pages(admin, "/api/v1/positions")
    head_key = next(x["key"] for x in p["positions"] if not x.get("agency"))
    region_head = str(next(x["id"] for x in positions if x["key"] == head_key))
    by_kind = {b["kind"]: b for b in bodies if b.get("parent_committee_id") is None}

    def subject(o: dict) -> tuple[str, str]:
        if o["binds"] == "region_head":
            return ("position", region_head)
        if o["binds"] == "committee":
            return ("committee", str(by_kind["committee"]["id"]))
        assert o["binds"] == "region", o
        return ("region", region_id)

    def check(o: dict, status: str) -> dict:
        kind, sid = subject(o)
        found = [f for f in findings_of(admin, f"{BASE}/obligations/{o['id']}") if f["subject"]["id"] == sid]
        assert len(found) == 1, found
        f = found[0]
        assert (f["status"], f["basis"]) == (status, "data"), (o["id"], f)
        assert f["subject"]["kind"] == kind, f["subject"]
        assert f["obligation"]["citation"] == f"{short} {o['article']}", f["obligation"]
        return f

    def decree(body: dict) -> None:
        r = admin.get("/api/v1/committees")  # no single-committee GET: its version from the list
        listed = r.json()["items"] if isinstance(r.json(), dict) else r.json()
        version = next(b["version"] for b in listed if b["id"] == body["id"])
        r = admin.patch(f"/api/v1/committees/{body['id']}",
                        json={"decree_number": "188.45/9/2025",
                              "decree_date": support.region_today(p["region"]["time_zone"]).isoformat()},
                        headers={"If-Match": f'"{version}"'})
        assert r.status_code == 200, describe(r)

    gates = obligations(p, "approval_gate", action="form_spbe_coordination_team") + \
        obligations(p, "approval_gate", action="set_spbe_organisers_membership")
    chaired = [o for o in obligations(p, "required_record", record="spbe_coordination_team")
               if "chair" in o["rule"].get("fields", [])]
    assert gates or chaired, name

    # Broken: the bodies the regulation forms carry no decree yet.
    for o in gates:
        f = check(o, "not_met")
        assert f["evidence"] and any(e["kind"] == "committee" for e in f["evidence"]), f["evidence"]
    # Broken: the coordination team without its chair.
    team = by_kind.get("committee")
    chair = None
    if chaired:
        check(chaired[0], "met")  # as `simpul init` formed it from the profile
        chair = next(m for m in team["members"] if m["role"] == "chair")
        r = admin.delete(f"/api/v1/committees/{team['id']}/members/{chair['id']}")
        assert r.status_code in (200, 204), describe(r)
        f = check(chaired[0], "not_met")
        assert "chair" in f["reason"]["en"], f["reason"]

    # Mended at once: the decrees recorded, the chair back.
    for kind in ("committee", "steering_committee", "coordinating_team"):
        if kind in by_kind:
            decree(by_kind[kind])
    for o in gates:
        check(o, "met")
    if chaired:
        r = admin.post(f"/api/v1/committees/{team['id']}/members", json={"role": "chair", "position_id": chair["position_id"]})
        assert r.status_code == 201, describe(r)
        check(chaired[0], "met")
