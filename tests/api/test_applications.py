"""Applications (Aplikasi SPBE): the registry of the region's applications - category (Aplikasi
Umum / Khusus Berbagi Pakai / Khusus PD), owner agency, users, licence, repository location,
the region as copyright owner - with the documents the regulation requires before production,
recorded tests, the GCIO's approval where the regulation asks for it, and the lifecycle whose
move into production is refused with every gap and its citation (Perwali Madiun 39/2021 Pasal
24 ayat 3-4; Perwali Batam 40/2021 Pasal 25 and Pasal 46 ayat 3) and whose move into
development is for a PD Mandiri TIK or the ICT office (Madiun Pasal 45).

Contract: docs/registries-contract.md, "Applications". Most tests run on the shared demo server
(Kota Madiun): operator_own is the operator of Dinkes (not a PD Mandiri TIK), operator_other of
Bappeda. The Batam test runs on a region made by `simpul init --profile batam`. Every test makes
its own applications with unique codes.
"""
from __future__ import annotations

import io
import uuid

import openpyxl
import pytest

import support
from support import assert_audited, assert_problem, describe, field_names, traced

BASE = "/api/v1/applications"
MADIUN_KINDS = ["application_test_report", "software_requirements", "application_design", "user_manual", "source_code"]
APPLICATION_FIELDS = {"id", "owner_agency_id", "agency_name", "agency_short_name", "code", "name", "description",
                      "category", "category_label", "user_agency_ids", "user_groups", "lifecycle", "allowed_moves",
                      "development_round", "lifecycle_reason", "lifecycle_changed_by", "lifecycle_changed_at",
                      "licence_kind", "licence_name", "repository_location", "runs_at", "copyright_owner",
                      "copyright_owner_set_by_server", "gcio_approval_required", "version", "created_at", "updated_at"}


# --------------------------------------------------------------------------- helpers


def new_code(prefix: str = "APP") -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8].upper()}"


def body(agency_id: int, **fields) -> dict:
    b = {"owner_agency_id": agency_id, "code": new_code(), "name": "Sistem Informasi Uji " + uuid.uuid4().hex[:6],
         "category": "agency_special", "licence_kind": "open_source", "licence_name": "GPL-3.0",
         "description": "Aplikasi untuk pengujian", "user_groups": "Petugas layanan",
         "repository_location": "https://git.madiunkota.go.id/uji/app", "runs_at": "https://uji.madiunkota.go.id"}
    b.update(fields)
    return b


def create(session, agency_id: int, **fields) -> dict:
    r = session.post(BASE, json=body(agency_id, **fields), headers=traced())
    assert r.status_code == 201, describe(r)
    return r.json()


def get(session, app_id: int) -> dict:
    r = session.get(f"{BASE}/{app_id}")
    assert r.status_code == 200, describe(r)
    return r.json()


def move(session, app: dict, to: str, **extra):
    fresh = get(session, app["id"])
    return session.post(f"{BASE}/{app['id']}/lifecycle", json={"to": to, **extra},
                        headers=traced(**{"If-Match": f'"{fresh["version"]}"'}))


def moved(session, app: dict, to: str, **extra) -> dict:
    r = move(session, app, to, **extra)
    assert r.status_code == 200, describe(r)
    assert r.json()["lifecycle"] == to, r.json()
    return r.json()


def new_file(session, label: str) -> str:
    return support.upload_file(session, support.MINIMAL_PDF + f"% {label} {uuid.uuid4().hex}\n".encode(),
                               name=f"{label}.pdf")["sha256"]


def attach(session, app: dict, kind: str) -> dict:
    r = session.post(f"{BASE}/{app['id']}/documents", json={"kind": kind, "file_sha256": new_file(session, kind)},
                     headers=traced())
    assert r.status_code == 201, describe(r)
    return r.json()


def record_test(session, app: dict, result: str, tested_on: str = "2026-01-10"):
    r = session.post(f"{BASE}/{app['id']}/tests", json={"tested_on": tested_on, "result": result,
                                                         "summary": f"Uji penerimaan pengguna: {result}"},
                     headers=traced())
    assert r.status_code == 201, describe(r)
    return r.json()


def readiness(session, app: dict) -> dict:
    r = session.get(f"{BASE}/{app['id']}/production-readiness")
    assert r.status_code == 200, describe(r)
    return r.json()


def gap_items(gaps: list[dict]) -> list[str]:
    return [g["document_kind"] if g["item"] == "document" else g["item"] for g in gaps]


# --------------------------------------------------------------------------- the record


def test_create_read_update_with_if_match_and_history(admin, own, dinkes, bappeda):
    code = new_code("SIMPUS")
    r = own.post(BASE, json=body(dinkes, code=code.lower(), user_agency_ids=[dinkes, bappeda, dinkes]),
                 headers=traced())
    assert r.status_code == 201, describe(r)
    app = r.json()
    assert set(app) == APPLICATION_FIELDS, set(app) ^ APPLICATION_FIELDS
    assert r.headers["ETag"] == '"1"' and r.headers["Location"] == f"{BASE}/{app['id']}"
    assert app["code"] == code and app["lifecycle"] == "planned" and app["version"] == 1, app
    assert app["user_agency_ids"] == [dinkes, bappeda], "each agency once, in the order given"
    # The copyright belongs to the region, always, and the JSON says the server set it.
    assert app["copyright_owner"] == "Pemerintah Kota Madiun" and app["copyright_owner_set_by_server"] is True, app
    assert app["category_label"]["id"] == "Aplikasi Khusus PD" and app["allowed_moves"] == ["in_development", "retired"]
    assert app["gcio_approval_required"] is False  # Perwali Madiun has no GCIO
    assert_audited(admin, r, "application.create", app["id"])

    path = f"{BASE}/{app['id']}"
    assert_problem(own.patch(path, json={"name": "Tanpa versi"}), 428, "precondition-required")
    assert_problem(own.patch(path, json={"name": "Versi lama"}, headers={"If-Match": '"9"'}), 412, "precondition-failed")
    r = own.patch(path, json={"name": "Sistem Informasi Puskesmas Terpadu", "runs_at": None},
                  headers=traced(**{"If-Match": '"1"'}))
    assert r.status_code == 200, describe(r)
    assert r.headers["ETag"] == '"2"' and r.json()["runs_at"] == "" and r.json()["name"].endswith("Terpadu")
    assert_audited(admin, r, "application.update", app["id"])

    history = own.get(f"{path}/history").json()["items"]
    assert [h["action"] for h in history] == ["application.update", "application.create"], history
    assert history[0]["changes"]["name"]["after"] == "Sistem Informasi Puskesmas Terpadu", history[0]
    assert history[0]["actor"]["username"] == support.DEMO_USERS["operator_own"]


def test_bad_input_names_every_field_and_writes_nothing(admin, own, dinkes):
    before = len(support.all_pages(admin, BASE))
    r = own.post(BASE, json={"owner_agency_id": dinkes, "code": "1-bad", "category": "umum", "licence_kind": "free",
                             "user_agency_ids": [999999999], "copyright_owner": "PT Vendor", "lifecycle": "in_production",
                             "surprise": True})
    problem = assert_problem(r, 422, "validation-failed")
    assert set(field_names(problem)) >= {"code", "name", "category", "licence_kind", "copyright_owner", "lifecycle",
                                         "surprise"}, problem
    # An agency of no region, an existing code, and a licence "other" without its name.
    app = create(own, dinkes)
    r = own.post(BASE, json=body(dinkes, code=app["code"], user_agency_ids=[999999999], licence_kind="other",
                                 licence_name=None))
    problem = assert_problem(r, 422, "validation-failed")
    assert set(field_names(problem)) == {"code", "user_agency_ids.0", "licence_name"}, problem
    assert len(support.all_pages(admin, BASE)) == before + 1


def test_operator_of_another_agency_reads_but_cannot_change(own, other, dinkes, bappeda):
    app = create(own, dinkes)
    path = f"{BASE}/{app['id']}"
    assert other.get(path).status_code == 200
    assert other.get(f"{path}/documents").status_code == 200
    assert_problem(other.post(BASE, json=body(dinkes)), 403, "forbidden")
    assert_problem(other.patch(path, json={"name": "Bukan milik saya"}, headers={"If-Match": '"1"'}), 403, "forbidden")
    assert_problem(other.post(f"{path}/documents", json={"kind": "user_manual", "file_sha256": "a" * 64}), 403, "forbidden")
    assert_problem(other.post(f"{path}/tests", json={"tested_on": "2026-01-01", "result": "passed", "summary": "x"}),
                   403, "forbidden")
    assert_problem(other.post(f"{path}/lifecycle", json={"to": "retired", "reason": "x"}, headers={"If-Match": '"1"'}),
                   403, "forbidden")
    # Nor hand their own application to another agency.
    mine = create(other, bappeda)
    assert_problem(other.patch(f"{BASE}/{mine['id']}", json={"owner_agency_id": dinkes}, headers={"If-Match": '"1"'}),
                   403, "forbidden")
    assert get(other, app["id"])["version"] == 1


def test_list_filters_and_pages(own, admin, dinkes):
    marker = "FLT" + uuid.uuid4().hex[:5].upper()
    made = [create(own, dinkes, code=f"{marker}-{i}", category=c)
            for i, c in enumerate(["common", "agency_special", "agency_special"])]
    r = admin.get(BASE, params={"q": marker.lower(), "limit": 2})
    assert r.status_code == 200, describe(r)
    page = r.json()
    assert [a["code"] for a in page["items"]] == [f"{marker}-0", f"{marker}-1"] and page["next_cursor"], page
    rest = admin.get(BASE, params={"q": marker, "limit": 2, "cursor": page["next_cursor"]}).json()
    assert [a["code"] for a in rest["items"]] == [f"{marker}-2"] and rest["next_cursor"] is None, rest
    only = admin.get(BASE, params={"q": marker, "category": "common", "agency_id": dinkes, "lifecycle": "planned"}).json()
    assert [a["id"] for a in only["items"]] == [made[0]["id"]], only
    assert_problem(admin.get(BASE, params={"lifecycle": "live"}), 400, "bad-request")


# --------------------------------------------------------------------------- documents and tests


def test_documents_come_from_the_profile_and_a_newer_upload_supersedes(admin, own, dinkes):
    app = create(own, dinkes)
    path = f"{BASE}/{app['id']}/documents"
    listed = own.get(path).json()
    assert [d["kind"] for d in listed["required"]] == MADIUN_KINDS and listed["items"] == [], listed
    assert listed["required"][1]["citations"][0]["article"] == "Pasal 24 ayat (4)", listed["required"][1]

    sha = new_file(own, "manual")
    problem = assert_problem(own.post(path, json={"kind": "brochure", "file_sha256": sha}), 422, "validation-failed")
    assert field_names(problem) == ["kind"] and "user_manual" in problem["errors"][0]["message"], problem
    problem = assert_problem(own.post(path, json={"kind": "user_manual", "file_sha256": "ab" * 32}), 422,
                             "validation-failed")
    assert field_names(problem) == ["file_sha256"], problem

    r = own.post(path, json={"kind": "user_manual", "file_sha256": sha}, headers=traced())
    assert r.status_code == 201, describe(r)
    first = r.json()
    assert first["current"] is True and first["file"]["name"] == "manual.pdf" and first["file"]["sha256"] == sha, first
    assert r.headers["ETag"] == '"2"', "adding a document moves the application's version on"
    assert_audited(admin, r, "application.document", app["id"])
    second = attach(own, app, "user_manual")

    listed = own.get(path).json()
    assert [(d["id"], d["current"]) for d in listed["items"]] == [(second["id"], True), (first["id"], False)], listed
    manual = next(d for d in listed["required"] if d["kind"] == "user_manual")
    assert manual["current"]["id"] == second["id"], manual
    assert_problem(own.post(path, json={"kind": "source_code", "file_sha256": sha}, headers={"If-Match": '"1"'}),
                   412, "precondition-failed")


def test_tests_are_recorded_and_validated(own, dinkes):
    app = create(own, dinkes)
    path = f"{BASE}/{app['id']}/tests"
    problem = assert_problem(own.post(path, json={"tested_on": "2999-01-01", "result": "ok"}), 422, "validation-failed")
    assert set(field_names(problem)) == {"tested_on", "result", "summary"}, problem
    problem = assert_problem(own.post(path, json={"tested_on": "2026-01-01", "result": "passed", "summary": "x",
                                                  "report_sha256": "cd" * 32}), 422, "validation-failed")
    assert field_names(problem) == ["report_sha256"]
    record_test(own, app, "failed", "2026-01-05")
    report = new_file(own, "laporan-uji")
    r = own.post(path, json={"tested_on": "2026-01-09", "result": "passed", "summary": "UAT lulus", "report_sha256": report})
    assert r.status_code == 201, describe(r)
    listed = own.get(path).json()
    assert listed["latest"]["id"] == r.json()["id"] and len(listed["items"]) == 2, listed


# --------------------------------------------------------------------------- lifecycle (Madiun)


def test_production_is_refused_with_every_gap_and_its_citation_then_allowed(admin, own, dinkes):
    app = create(own, dinkes)
    problem = assert_problem(move(own, app, "in_production"), 409, "invalid-transition")  # not from planned
    # Dinkes is not a PD Mandiri TIK: its operator may not start development (Pasal 45, Pasal 23 ayat 5 huruf d).
    problem = assert_problem(move(own, app, "in_development"), 403, "forbidden")
    assert "Pasal 45" in problem["detail"] and "Pasal 23 ayat (5) huruf d" in problem["detail"], problem
    assert get(own, app["id"])["lifecycle"] == "planned"
    moved(admin, app, "in_development")
    testing = moved(own, app, "in_testing")
    assert testing["allowed_moves"] == ["in_development", "in_production", "retired"], testing

    r = move(own, app, "in_production")
    problem = assert_problem(r, 409, "invalid-transition")
    assert gap_items(problem["gaps"]) == MADIUN_KINDS + ["passing_test"], problem["gaps"]
    design = problem["gaps"][2]
    assert design["citations"][0]["article"] == "Pasal 24 ayat (4)", design
    assert design["citations"][0]["text"].startswith("Berdasarkan hasil pengujian aplikasi"), design
    assert design["citations"][0]["regulation"] == "Perwali Madiun 39/2021", design
    assert "Pasal 24 ayat (4)" in problem["detail"] and "Pasal 24 ayat (3)" in problem["detail"], problem["detail"]
    assert readiness(own, app)["gaps"] == problem["gaps"], "the readiness view shows the same list"
    assert get(own, app["id"])["lifecycle"] == "in_testing", "nothing changed"

    for kind in MADIUN_KINDS[:-1]:
        attach(own, app, kind)
    record_test(own, app, "failed")
    ready = readiness(own, app)
    assert ready["ready"] is False and gap_items(ready["gaps"]) == ["source_code", "passing_test"], ready
    attach(own, app, "source_code")
    record_test(own, app, "passed", "2026-01-20")
    assert readiness(own, app) == {"ready": True, "gaps": [], "lifecycle": "in_testing"}

    r = move(own, app, "in_production")
    assert r.status_code == 200, describe(r)
    assert r.json()["lifecycle"] == "in_production" and r.json()["lifecycle_changed_by"] == support.DEMO_USERS["operator_own"]
    assert_audited(admin, r, "application.lifecycle", app["id"])

    problem = assert_problem(move(own, app, "retired"), 422, "validation-failed")
    assert field_names(problem) == ["reason"]
    retired = moved(own, app, "retired", reason="Digantikan aplikasi nasional")
    assert retired["allowed_moves"] == [] and retired["lifecycle_reason"] == "Digantikan aplikasi nasional"
    assert_problem(move(admin, app, "in_development"), 409, "invalid-transition")
    assert_problem(admin.patch(f"{BASE}/{app['id']}", json={"name": "Hidup lagi"},
                               headers={"If-Match": f'"{retired["version"]}"'}), 409, "invalid-transition")
    history = [h["action"] for h in own.get(f"{BASE}/{app['id']}/history").json()["items"]]
    assert history.count("application.lifecycle") == 4 and history.count("application.document") == 5, history


def test_an_operator_of_a_pd_mandiri_tik_starts_development_itself(server, admin, dinkes):
    """Madiun Pasal 45 ayat (6): once the chair grants the status, the agency's own operator may."""
    chair = support.signed_in(server, support.DEMO_CHAIR)
    suffix = uuid.uuid4().hex[:6].upper()
    r = admin.post("/api/v1/agencies", json={"name": f"Dinas Uji Aplikasi {suffix}", "short_name": f"App{suffix}",
                                             "kind": "dinas"})
    assert r.status_code == 201, describe(r)
    agency = r.json()
    keys = [c["key"] for c in admin.get("/api/v1/organisation").json()["self_sufficiency"]["criteria"]]
    r = admin.post("/api/v1/self-sufficiency/assessments", json={
        "agency_id": agency["id"], "criteria": {k: {"met": True, "note": "ok"} for k in keys}, "note": "uji"})
    assert r.status_code == 201, describe(r)
    path = f"/api/v1/self-sufficiency/assessments/{r.json()['id']}"
    assert admin.post(f"{path}/propose").status_code == 200
    r = chair.post(f"{path}/decide", json={"decision": "granted", "decree_number": f"800/{suffix}/401.012/2026",
                                           "decree_date": support.region_today("Asia/Jakarta").isoformat()})
    assert r.status_code == 200, describe(r)
    user, password = support.ready_user(server, admin, "agency_operator", agency["id"])
    operator = support.signed_in(server, user["username"], password)

    app = create(operator, agency["id"])
    assert moved(operator, app, "in_development")["development_round"] == 1
    # Still only its own agency's applications.
    theirs = create(admin, dinkes)
    assert_problem(move(operator, theirs, "in_development"), 403, "forbidden")


def test_lifecycle_needs_if_match(own, dinkes):
    app = create(own, dinkes)
    assert_problem(own.post(f"{BASE}/{app['id']}/lifecycle", json={"to": "retired", "reason": "x"}), 428,
                   "precondition-required")
    assert_problem(own.post(f"{BASE}/{app['id']}/lifecycle", json={"to": "retired", "reason": "x"},
                            headers={"If-Match": '"7"'}), 412, "precondition-failed")


def test_gcio_approval_is_not_part_of_the_madiun_regulation(admin, own, dinkes):
    app = create(own, dinkes)
    assert_problem(admin.post(f"{BASE}/{app['id']}/gcio-approval", json={"decision": "approved"}), 409,
                   "not-in-regulation")


# --------------------------------------------------------------------------- the demo


def test_demo_holds_applications_in_every_state(admin):
    by_code = {a["code"]: a for a in support.all_pages(admin, BASE)}
    assert {"SIMPEG", "SIMPUS", "LAPOR-MADIUN", "SICANTIK", "E-PLANNING", "SIMRS-LAMA"} <= set(by_code), sorted(by_code)
    assert by_code["SIMPEG"]["lifecycle"] == "in_production" and by_code["SIMPEG"]["category"] == "common"
    assert readiness(admin, by_code["SIMPEG"])["ready"] is True
    simpus = by_code["SIMPUS"]
    assert (simpus["lifecycle"], simpus["agency_short_name"]) == ("in_testing", "Dinkes"), simpus
    assert gap_items(readiness(admin, simpus)["gaps"]) == ["source_code"]
    assert gap_items(readiness(admin, by_code["SICANTIK"])["gaps"]) == ["passing_test"]
    assert by_code["SIMRS-LAMA"]["lifecycle"] == "retired" and by_code["SIMRS-LAMA"]["lifecycle_reason"]


# --------------------------------------------------------------------------- exports


def test_exports_json_and_xlsx(own, dinkes):
    app = create(own, dinkes)
    attach(own, app, "user_manual")
    r = own.get(f"{BASE}/export.json")
    assert r.status_code == 200 and "attachment" in r.headers["Content-Disposition"], describe(r)
    item = next(i for i in r.json()["items"] if i["id"] == app["id"])
    assert item["documents"]["required"][3]["current"]["kind"] == "user_manual", item["documents"]
    assert item["production_readiness"]["ready"] is False and item["copyright_owner"] == "Pemerintah Kota Madiun"

    r = own.get(f"{BASE}/export.xlsx")
    assert r.status_code == 200, describe(r)
    book = openpyxl.load_workbook(io.BytesIO(r.content))
    assert book.sheetnames == ["Aplikasi", "Dokumen"]
    rows = list(book["Aplikasi"].iter_rows(values_only=True))
    assert rows[0][:5] == ("Kode", "Nama", "Perangkat Daerah Pemilik", "Kategori", "Tahap"), rows[0]
    mine = next(row for row in rows if row[0] == app["code"])
    assert mine[3] == "Aplikasi Khusus PD" and mine[4] == "Direncanakan" and mine[10] == "Pemerintah Kota Madiun", mine
    docs = [row for row in book["Dokumen"].iter_rows(values_only=True) if row[0] == app["code"]]
    assert [d[2] for d in docs] == ["Manual pengguna"], docs

    one = own.get(f"{BASE}/{app['id']}/export.json")
    assert one.status_code == 200 and one.json()["id"] == app["id"] and len(one.json()["documents"]["items"]) == 1
    one = own.get(f"{BASE}/{app['id']}/export.xlsx")
    assert one.status_code == 200
    rows = list(openpyxl.load_workbook(io.BytesIO(one.content))["Aplikasi"].iter_rows(values_only=True))
    assert [row[0] for row in rows[1:]] == [app["code"]], rows


# --------------------------------------------------------------------------- Batam: GCIO approval


def test_batam_needs_the_gcio_approval_of_the_current_state(initialised_server):
    srv, admin, _ = initialised_server("batam", region="Kota Batam")
    agencies = support.agencies_by_short_name(admin)
    dinas = next(a for a in agencies.values() if "ict_office" in a.get("roles", []))
    app = create(admin, dinas["id"], category="common")
    assert app["copyright_owner"] == "Pemerintah Kota Batam" and app["gcio_approval_required"] is True, app
    moved(admin, app, "in_development")
    moved(admin, app, "in_testing")
    for kind in MADIUN_KINDS:  # Batam Pasal 25 ayat (3)-(4) asks for the same five
        attach(admin, app, kind)
    record_test(admin, app, "passed")

    problem = assert_problem(move(admin, app, "in_production"), 409, "invalid-transition")
    assert gap_items(problem["gaps"]) == ["gcio_approval"], problem["gaps"]
    citation = problem["gaps"][0]["citations"][0]
    assert citation["article"] == "Pasal 46 ayat (3)" and "persetujuan dari Government Chief Information Officer" \
        in citation["text"], citation
    assert "Pasal 46 ayat (3)" in problem["detail"]

    # The superadmin is not the GCIO until their account is linked to the holder of the position.
    path = f"{BASE}/{app['id']}/gcio-approval"
    problem = assert_problem(admin.post(path, json={"decision": "approved"}), 403, "forbidden")
    assert "Pasal 46 ayat (3)" in problem["detail"], problem
    gcio = admin.get("/api/v1/organisation").json()["gcio"]
    position = next(p for p in admin.get("/api/v1/positions").json()["items"] if p["id"] == gcio["position_id"])
    person = admin.post("/api/v1/people", json={"agency_id": position["agency_id"], "nip": support.new_nip(),
                                                "name": "Kepala Dinas Kominfo Batam"})
    assert person.status_code == 201, describe(person)
    r = admin.patch(f"/api/v1/positions/{position['id']}", json={"holder_person_id": person.json()["id"]},
                    headers={"If-Match": f'"{position["version"]}"'})
    assert r.status_code == 200, describe(r)
    r = admin.patch(f"/api/v1/people/{person.json()['id']}", json={"user_id": admin.user["id"]},
                    headers={"If-Match": '"1"'})
    assert r.status_code == 200, describe(r)

    problem = assert_problem(admin.post(path, json={"decision": "refused"}), 422, "validation-failed")
    assert field_names(problem) == ["note"]
    r = admin.post(path, json={"decision": "refused", "note": "Lengkapi kajian keamanan."})
    assert r.status_code == 201, describe(r)
    assert "Lengkapi kajian keamanan." in readiness(admin, app)["gaps"][0]["message"]["id"]
    r = admin.post(path, json={"decision": "approved", "note": "Sesuai arsitektur"}, headers=traced())
    assert r.status_code == 201, describe(r)
    assert_audited(admin, r, "application.gcio_decision", app["id"])
    assert readiness(admin, app)["ready"] is True

    # A newer document after the approval: the approval no longer covers the application.
    attach(admin, app, "user_manual")
    gaps = readiness(admin, app)["gaps"]
    assert gap_items(gaps) == ["gcio_approval"] and "setelah disetujui" in gaps[0]["message"]["id"], gaps
    assert_problem(move(admin, app, "in_production"), 409, "invalid-transition")
    assert admin.post(path, json={"decision": "approved"}).status_code == 201
    done = moved(admin, app, "in_production")
    assert_problem(admin.post(path, json={"decision": "approved"}), 409, "invalid-transition")  # already in production
    # A new version goes through development again and needs a new approval.
    moved(admin, done, "in_development", reason="Versi 2")
    moved(admin, done, "in_testing")
    assert gap_items(readiness(admin, done)["gaps"]) == ["gcio_approval"]
