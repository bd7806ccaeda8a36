"""Compliance, management source: the service desk roles the region's regulation asks of every
agency and of the ICT office, and the SPBE management processes, judged from Simpul's records
for each of the five profiles, with the citation read from the profile itself."""
from pathlib import Path

import pytest
import yaml

import support
from support import describe

PROFILES = Path(__file__).resolve().parents[2] / "profiles"
BASE = "/api/v1/compliance"


def profile(name: str) -> dict:
    return yaml.safe_load((PROFILES / f"{name}.yaml").read_text(encoding="utf-8"))


def obligation(p: dict, kind: str, **words) -> dict:
    """The one obligation of the profile with this rule kind and words (read from the YAML)."""
    found = [o for o in p["obligations"]
             if o["rule"]["kind"] == kind and all(o["rule"].get(k) == v for k, v in words.items())]
    assert len(found) == 1, (kind, words, [o["id"] for o in found])
    return found[0]


def finding(session, agency_id: int, obligation_id: str) -> dict:
    r = session.get(f"{BASE}/agencies/{agency_id}")
    assert r.status_code == 200, describe(r)
    found = [f for f in r.json()["findings"] if f["obligation"]["id"] == obligation_id]
    assert len(found) == 1, [f["obligation"]["id"] for f in r.json()["findings"]]
    return found[0]


def region_finding(session, obligation_id: str, subject_id: str) -> dict:
    r = session.get(f"{BASE}/obligations/{obligation_id}")
    assert r.status_code == 200, describe(r)
    found = [f for f in r.json()["findings"] if f["subject"]["id"] == subject_id]
    assert len(found) == 1, r.json()["findings"]
    return found[0]


def add_person(session, agency_id: int, roles: list[str]) -> None:
    r = session.post("/api/v1/people", json={"agency_id": agency_id, "nip": support.new_nip(),
                                             "name": "Petugas " + support.unique_name("layanan"),
                                             "email": None, "phone": None, "spbe_roles": roles})
    assert r.status_code == 201, describe(r)


def check(f: dict, status: str, subject_id: int | str, citation: str) -> None:
    assert f["status"] == status, f
    assert f["basis"] == "data", f
    assert (f["subject"]["kind"], f["subject"]["id"]) == ("agency", str(subject_id)), f["subject"]
    assert f["obligation"]["citation"] == citation, f["obligation"]


@pytest.mark.parametrize("name", ["madiun", "batam", "kendari", "oki", "probolinggo"])
def test_service_desk_roles_and_management_processes(initialised_server, name):
    p = profile(name)
    short = p["citation"]["short"]
    srv, admin, _ = initialised_server(name)
    agencies = support.all_pages(admin, "/api/v1/agencies")
    ict_office = next(a["id"] for a in agencies if "ict_office" in a["roles"])
    other = next(a["id"] for a in agencies if "ict_office" not in a["roles"])

    # An agency without Tier 1 staff: not met, from the records, citing the region's own article.
    tier1 = obligation(p, "required_role", role="tier1")
    f = finding(admin, other, tier1["id"])
    check(f, "not_met", other, f"{short} {tier1['article']}")
    assert "Tier 1" in f["reason"]["en"], f["reason"]
    check(region_finding(admin, tier1["id"], str(other)), "not_met", other, f"{short} {tier1['article']}")

    # No risk in the register: the risk management process is not met, naming what is missing.
    risk = obligation(p, "required_record", record="risk_register")
    f = finding(admin, other, risk["id"])
    check(f, "not_met", other, f"{short} {risk['article']}")
    assert f["evidence"] and all(e["label"]["en"].startswith("Missing: ") for e in f["evidence"]), f["evidence"]

    # Tier 2 at the ICT office, where the regulation asks for it.
    tier2 = [o for o in p["obligations"] if o["rule"]["kind"] == "required_role" and o["rule"].get("role") == "tier2"]
    if tier2:
        f = finding(admin, ict_office, tier2[0]["id"])
        check(f, "not_met", ict_office, f"{short} {tier2[0]['article']}")
        add_person(admin, ict_office, ["tier2"])
        check(finding(admin, ict_office, tier2[0]["id"]), "met", ict_office, f"{short} {tier2[0]['article']}")

    # Mended: a Tier 1 officer for the agency makes it met at once.
    add_person(admin, other, ["tier1"])
    check(finding(admin, other, tier1["id"]), "met", other, f"{short} {tier1['article']}")
    check(region_finding(admin, tier1["id"], str(other)), "met", other, f"{short} {tier1['article']}")
