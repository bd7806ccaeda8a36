"""Compliance, infrastructure and ICT audit source: in each of the five profiles a fresh region
breaks infrastructure duties (a LAN diagram older than a year, no infrastructure audit, no data
center run by the ICT office), the findings carry the exact status, subject and citation read
from the profile YAML, and mending one through the API changes the status at once."""
import datetime
import pathlib

import pytest
import yaml

import support

PROFILES = pathlib.Path(__file__).resolve().parents[2] / "profiles"


def obligation(profile: str, obligation_id: str) -> dict:
    data = yaml.safe_load((PROFILES / f"{profile}.yaml").read_text())
    o = next(o for o in data["obligations"] if o["id"] == obligation_id)
    o["citation"] = f'{data["citation"]["short"]} {o["article"]}'
    return o


def finding(session, agency_id: int, obligation_id: str, subject_kind: str = "agency", subject_id=None) -> dict:
    r = session.get(f"/api/v1/compliance/agencies/{agency_id}")
    assert r.status_code == 200, support.describe(r)
    body = r.json()
    subject_id = str(subject_id if subject_id is not None else agency_id)
    hits = [f for f in body["findings"] if f["obligation"]["id"] == obligation_id
            and f["subject"]["kind"] == subject_kind and f["subject"]["id"] == subject_id]
    assert len(hits) == 1, (obligation_id, [f["obligation"]["id"] for f in body["findings"]])
    hits[0]["as_of"] = body["as_of"]
    return hits[0]


def check(f: dict, profile: str, obligation_id: str, status: str, basis: str = "data") -> None:
    expected = obligation(profile, obligation_id)
    assert f["status"] == status, f
    assert f["obligation"]["citation"] == expected["citation"]
    assert f["obligation"]["text"] == expected["text"]
    assert f.get("basis", basis) == basis


def submit_diagram(session, agency_id: int, on: str) -> None:
    pdf = support.upload_file(session, support.MINIMAL_PDF + f"% {agency_id} {on} {support.unique_name('lan')}".encode())
    r = session.post("/api/v1/lan-diagrams", json={"agency_id": agency_id, "submitted_on": on, "file_sha256": pdf["sha256"]})
    assert r.status_code == 201, support.describe(r)


@pytest.mark.parametrize("profile", ["madiun", "batam", "oki"])
def test_lan_diagram_older_than_a_year_is_overdue_and_a_new_one_mends_it(initialised_server, profile):
    _, admin, _ = initialised_server(profile)
    agency = support.agency_with_role(admin, "ict_office")
    f = finding(admin, agency["id"], "lan-diagram-annual")
    check(f, profile, "lan-diagram-annual", "not_met")  # never submitted: due today
    assert f["due_on"] == f["as_of"]
    today = datetime.date.fromisoformat(f["as_of"])
    old = (today - datetime.timedelta(days=400)).isoformat()
    submit_diagram(admin, agency["id"], old)
    f = finding(admin, agency["id"], "lan-diagram-annual")
    check(f, profile, "lan-diagram-annual", "overdue")
    assert f["due_on"] < f["as_of"]
    assert any(e["kind"] == "lan_diagram" and e["date"] == old for e in f["evidence"])
    submit_diagram(admin, agency["id"], today.isoformat())
    check(finding(admin, agency["id"], "lan-diagram-annual"), profile, "lan-diagram-annual", "met")


@pytest.mark.parametrize("profile,duty", [("madiun", "data-center-managed-by-dinas"),
                                          ("batam", "data-center-managed-by-dinas"),
                                          ("kendari", "data-center-managed-by-diskominfo"),
                                          ("probolinggo", "infrastructure-run-by-dinas")])
def test_data_center_run_by_the_ict_office(initialised_server, profile, duty):
    _, admin, _ = initialised_server(profile)
    office = support.agency_with_role(admin, "ict_office")
    check(finding(admin, office["id"], duty), profile, duty, "not_met")
    r = admin.post("/api/v1/facilities", json={"name": "Pusat Data Pemerintah Daerah", "kind": "data_center"})
    assert r.status_code == 201, support.describe(r)
    f = finding(admin, office["id"], duty)
    check(f, profile, duty, "met")
    assert any(e["kind"] == "facility" and e["id"] == str(r.json()["id"]) for e in f["evidence"])


@pytest.mark.parametrize("profile", ["madiun", "kendari", "oki"])
def test_no_infrastructure_audit_is_not_met(initialised_server, profile):
    _, admin, _ = initialised_server(profile)
    office = support.agency_with_role(admin, "ict_office")
    f = finding(admin, office["id"], "infrastructure-audit-biennial")
    check(f, profile, "infrastructure-audit-biennial", "not_met")
    assert f["subject"]["kind"] == "agency" and f["subject"]["id"] == str(office["id"])


def test_oki_region_domain_and_email_follow_the_pattern(initialised_server):
    _, admin, _ = initialised_server("oki")
    office = support.agency_with_role(admin, "ict_office")
    check(finding(admin, office["id"], "official-email-address"), "oki", "official-email-address", "not_met")
    pattern = obligation("oki", "official-email-address")["rule"]["pattern"]
    r = admin.post("/api/v1/domains", json={"name": pattern.replace("{agency}", "diskominfo"), "kind": "email",
                                            "agency_id": office["id"]})
    assert r.status_code == 201, support.describe(r)
    check(finding(admin, office["id"], "official-email-address"), "oki", "official-email-address", "met")
