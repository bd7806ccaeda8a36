"""Compliance from the registries (docs/compliance-contract.md, "Source: applications, datasets
and services"): for each of the five regulations, a region made by `simpul init` whose
applications and services break duties of the regulation, read back through the compliance
routes with the exact status, subject and citation (the article read here from the profile
file), then mended through the registry's own API: the status changes at once."""
import uuid
from pathlib import Path

import pytest
import yaml

import support
from support import describe, traced

ROOT = Path(__file__).resolve().parents[2]
APPS = "/api/v1/applications"
SERVICES = "/api/v1/services"


def profile(name: str) -> dict:
    return yaml.safe_load((ROOT / "profiles" / f"{name}.yaml").read_text())


def obligation(name: str, obligation_id: str) -> dict:
    p = profile(name)
    o = next(o for o in p["obligations"] if o["id"] == obligation_id)
    o["citation"] = f"{p['citation']['short']} {o['article']}"
    return o


def two_agencies(admin) -> tuple[int, int]:
    ids = sorted(a["id"] for a in support.agencies_by_short_name(admin).values())
    assert len(ids) >= 2, ids
    return ids[0], ids[1]


def finding(admin, obligation_id: str, kind: str, subject_id: int, agency_id: int) -> dict:
    """The finding through both routes, checked to agree; the one of the obligation route returned."""
    r = admin.get(f"/api/v1/compliance/obligations/{obligation_id}")
    assert r.status_code == 200, describe(r)
    by_obligation = [f for f in r.json()["findings"] if f["subject"]["kind"] == kind and f["subject"]["id"] == str(subject_id)]
    assert len(by_obligation) == 1, r.json()["findings"]
    r = admin.get(f"/api/v1/compliance/agencies/{agency_id}")
    assert r.status_code == 200, describe(r)
    by_agency = [f for f in r.json()["findings"]
                 if f["obligation"]["id"] == obligation_id and f["subject"]["id"] == str(subject_id)]
    assert len(by_agency) == 1, [f["obligation"]["id"] for f in r.json()["findings"]]
    assert by_agency[0]["status"] == by_obligation[0]["status"]
    return by_obligation[0]


def expect(f: dict, status: str, o: dict, kind: str, subject_id: int) -> None:
    assert f["status"] == status, f
    assert f["subject"]["kind"] == kind and f["subject"]["id"] == str(subject_id), f["subject"]
    assert f["obligation"]["citation"] == o["citation"], f["obligation"]
    assert f["basis"] == "data", f


def new_application(admin, agency_id: int, **fields) -> dict:
    body = {"owner_agency_id": agency_id, "code": f"APP-{uuid.uuid4().hex[:8].upper()}",
            "name": "Aplikasi uji " + uuid.uuid4().hex[:6], "category": "agency_special",
            "licence_kind": "open_source", "licence_name": "GPL-3.0", "description": "Aplikasi untuk pengujian",
            "repository_location": "https://git.uji.go.id/uji/app", "runs_at": "https://uji.go.id"}
    body.update(fields)
    r = admin.post(APPS, json=body, headers=traced())
    assert r.status_code == 201, describe(r)
    return r.json()


def new_service(admin, agency_id: int, **fields) -> dict:
    body = {"owner_agency_id": agency_id, "code": f"LYN-{uuid.uuid4().hex[:8].upper()}",
            "name": "Layanan uji " + uuid.uuid4().hex[:6], "kind": "public", "sector": "kesehatan",
            "channels": ["web"], "description": "Layanan untuk pengujian"}
    body.update(fields)
    r = admin.post(SERVICES, json=body, headers=traced())
    assert r.status_code == 201, describe(r)
    return r.json()


def attach(admin, app: dict, kind: str) -> None:
    sha = support.upload_file(admin, support.MINIMAL_PDF + f"% {kind} {uuid.uuid4().hex}\n".encode(),
                              name=f"{kind}.pdf")["sha256"]
    r = admin.post(f"{APPS}/{app['id']}/documents", json={"kind": kind, "file_sha256": sha}, headers=traced())
    assert r.status_code == 201, describe(r)


def documents_scenario(srv, admin, name: str, obligation_id: str) -> None:
    """The issue's example: an application in production without its documents is not met,
    naming every missing document; uploading them makes it met at once. The API's own gate
    keeps an application out of production without them, so the state of an application that
    went live before the regulation is set in the database."""
    o = obligation(name, obligation_id)
    owner, _ = two_agencies(admin)
    app = new_application(admin, owner)
    if "application_test_report" in o["rule"]["documents"]:  # the report comes with a passing test
        r = admin.post(f"{APPS}/{app['id']}/tests", json={"tested_on": "2025-01-10", "result": "passed",
                                                          "summary": "Uji penerimaan pengguna"}, headers=traced())
        assert r.status_code == 201, describe(r)
    f = finding(admin, obligation_id, "application", app["id"], owner)
    assert f["status"] == "not_applicable", f  # planned: the duty comes before production

    support.sql_execute(srv.database, f"UPDATE applications SET lifecycle = 'in_production' WHERE application_id = {app['id']}")
    f = finding(admin, obligation_id, "application", app["id"], owner)
    expect(f, "not_met", o, "application", app["id"])
    missing = {e["id"] for e in f["evidence"] if e["kind"] == "missing_document"}
    assert missing == set(o["rule"]["documents"]), f["evidence"]
    assert f["evidence"][0]["href"] == f"/elemen/aplikasi/{app['id']}"

    for kind in o["rule"]["documents"][:-1]:
        attach(admin, app, kind)
    f = finding(admin, obligation_id, "application", app["id"], owner)
    expect(f, "not_met", o, "application", app["id"])
    assert {e["id"] for e in f["evidence"] if e["kind"] == "missing_document"} == {o["rule"]["documents"][-1]}

    attach(admin, app, o["rule"]["documents"][-1])
    f = finding(admin, obligation_id, "application", app["id"], owner)
    expect(f, "met", o, "application", app["id"])
    assert {e["kind"] for e in f["evidence"]} == {"application_document"}, f["evidence"]


def integration_scenario(admin, name: str, obligation_id: str) -> None:
    """A service shared with another agency, integrated without the ICT office's coordination:
    not met; the coordination recorded: met. A service of one agency: not applicable."""
    o = obligation(name, obligation_id)
    owner, other = two_agencies(admin)
    single = new_service(admin, owner)
    assert finding(admin, obligation_id, "service", single["id"], owner)["status"] == "not_applicable"

    shared = new_service(admin, owner, participating_agency_ids=[other])
    f = finding(admin, obligation_id, "service", shared["id"], owner)
    expect(f, "not_met", o, "service", shared["id"])

    r = admin.post(f"{SERVICES}/{shared['id']}/coordinate-integration", json={"note": "Rapat koordinasi"},
                   headers=traced(**{"If-Match": f'"{shared["version"]}"'}))
    assert r.status_code == 200, describe(r)
    f = finding(admin, obligation_id, "service", shared["id"], owner)
    expect(f, "met", o, "service", shared["id"])
    assert f["evidence"][0]["date"] == r.json()["integration_coordinated_at"][:10]


def common_application_scenario(admin, name: str, obligation_id: str, kind: str) -> None:
    """An e-service built on no common application: not met; linked to one: met."""
    o = obligation(name, obligation_id)
    owner, _ = two_agencies(admin)
    service = new_service(admin, owner, kind=kind)
    f = finding(admin, obligation_id, "service", service["id"], owner)
    expect(f, "not_met", o, "service", service["id"])

    special = new_application(admin, owner)
    r = admin.post("/api/v1/element-links", json={"from": {"kind": "service", "id": service["id"]},
                                                  "to": {"kind": "application", "id": special["id"]}}, headers=traced())
    assert r.status_code == 201, describe(r)
    f = finding(admin, obligation_id, "service", service["id"], owner)
    expect(f, "not_met", o, "service", service["id"])  # only an agency special application
    assert special["name"] in f["reason"]["en"], f["reason"]

    common = new_application(admin, owner, category="common")
    r = admin.post("/api/v1/element-links", json={"from": {"kind": "service", "id": service["id"]},
                                                  "to": {"kind": "application", "id": common["id"]}}, headers=traced())
    assert r.status_code == 201, describe(r)
    f = finding(admin, obligation_id, "service", service["id"], owner)
    expect(f, "met", o, "service", service["id"])
    assert [e["id"] for e in f["evidence"]] == [str(common["id"])], f["evidence"]


def test_madiun(initialised_server):
    srv, admin, _ = initialised_server("madiun")
    documents_scenario(srv, admin, "madiun", "app-documents-before-production")
    integration_scenario(admin, "madiun", "cross-agency-integration-through-dinas")


def test_batam(initialised_server):
    srv, admin, _ = initialised_server("batam")
    documents_scenario(srv, admin, "batam", "app-documents-before-production")
    integration_scenario(admin, "batam", "cross-agency-integration-via-dinas")


def test_oki(initialised_server):
    srv, admin, _ = initialised_server("oki")
    documents_scenario(srv, admin, "oki", "app-technical-documents-to-diskominfo")
    integration_scenario(admin, "oki", "cross-agency-integration-coordinated-by-diskominfo")


def test_kendari(initialised_server):
    srv, admin, _ = initialised_server("kendari")
    documents_scenario(srv, admin, "kendari", "app-procurement-documents")
    common_application_scenario(admin, "kendari", "public-eservices-prefer-common-applications", "public")


def test_probolinggo(initialised_server):
    srv, admin, _ = initialised_server("probolinggo")
    integration_scenario(admin, "probolinggo", "service-integration-by-dinas")
    common_application_scenario(admin, "probolinggo", "administrative-eservices-use-common-applications", "administrative")
