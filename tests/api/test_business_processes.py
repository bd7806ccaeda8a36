"""Business processes (Proses Bisnis): each agency drafts its own processes based on the SPBE
architecture (Perwali Madiun 39/2021 Pasal 9 ayat 2; Kendari Pasal 9 ayat 2), links them to
related processes of other agencies, and the organisation bureau coordinates them (Pasal 9
ayat 3): draft -> submitted -> coordinated, or returned to draft with a reason.

Contract: docs/governance-contract.md, "Business processes" and "Who may do what".
Runs on the shared demo server (Kota Madiun): operator_own is the operator of Dinkes,
operator_other of Bappeda; the organisation bureau's operator is created here. Every test
creates its own processes with unique codes, so nothing assumes what other tests made.
"""
from __future__ import annotations

import io
import re
import uuid

import openpyxl
import pytest

import support
from support import assert_audited, assert_problem, describe, field_names, signed_in, traced

BASE = "/api/v1/business-processes"
PROCESS_FIELDS = {"id", "agency_id", "agency_name", "agency_short_name", "code", "name", "description", "purpose",
                  "outputs", "kind", "architecture_id", "architecture", "steps", "related_services",
                  "related_applications", "status", "missing_for_submission", "submitted_by", "submitted_at",
                  "coordinated_by", "coordinated_at", "coordination_note", "returned_by", "returned_at",
                  "return_reason", "version", "created_at", "updated_at"}


# --------------------------------------------------------------------------- helpers


def new_code(prefix: str = "UJI") -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8].upper()}"


def body(agency_id: int, **fields) -> dict:
    b = {"agency_id": agency_id, "code": new_code(), "name": "Penerbitan surat izin praktik " + uuid.uuid4().hex[:6],
         "kind": "core", "description": "Layanan izin praktik tenaga kesehatan",
         "purpose": "Memberi kepastian izin", "outputs": "Surat izin praktik",
         "steps": [{"name": "Menerima permohonan", "responsible": "Seksi Perizinan"},
                   {"name": "Memverifikasi berkas", "responsible": "Kepala Bidang SDM Kesehatan"}],
         "related_services": ["Izin praktik"], "related_applications": ["SIMPEL"]}
    b.update(fields)
    return b


def create(session, agency_id: int, **fields) -> dict:
    r = session.post(BASE, json=body(agency_id, **fields), headers=traced())
    assert r.status_code == 201, describe(r)
    return r.json()


def get(session, process_id: int) -> dict:
    r = session.get(f"{BASE}/{process_id}")
    assert r.status_code == 200, describe(r)
    return r.json()


def if_match(process: dict) -> dict:
    return traced(**{"If-Match": f'"{process["version"]}"'})


def step(session, process: dict, action: str, json=None):
    return session.post(f"{BASE}/{process['id']}/{action}", json=json if json is not None else {},
                        headers=if_match(process))


@pytest.fixture(scope="module")
def bureau(server, admin) -> support.ApiSession:
    """An operator of the organisation bureau (Bagian Organisasi in the Madiun demo)."""
    agency = support.agency_with_role(admin, "organization_bureau")
    user, password = support.ready_user(server, admin, "agency_operator", agency_id=agency["id"])
    return signed_in(server, user["username"], password)


@pytest.fixture(scope="module")
def stranger(server, admin, agencies) -> support.ApiSession:
    """An operator of a third agency (Diskominfo), neither side of the links tested."""
    user, password = support.ready_user(server, admin, "agency_operator", agency_id=agencies["Diskominfo"]["id"])
    return signed_in(server, user["username"], password)


@pytest.fixture(scope="module")
def architecture_id(admin) -> int:
    """A draft SPBE architecture version of the demo region for the processes to be based on,
    in years no other test uses (one made by an earlier run on the same database is reused)."""
    listed = admin.get("/api/v1/architectures")
    assert listed.status_code == 200, describe(listed)
    for a in listed.json()["items"]:
        if a["start_year"] == 2096 and a["status"] != "superseded":
            return a["id"]
    r = admin.post("/api/v1/architectures", json={"title": "Arsitektur uji proses bisnis " + uuid.uuid4().hex[:6],
                                                  "start_year": 2096, "end_year": 2100})
    assert r.status_code == 201, describe(r)
    return r.json()["id"]


# --------------------------------------------------------------------------- records


def test_create_read_update_and_history(admin, own, dinkes, architecture_id):
    code = new_code("DINKES")
    r = own.post(BASE, json=body(dinkes, code=code.lower(), architecture_id=architecture_id), headers=traced())
    assert r.status_code == 201, describe(r)
    p = r.json()
    assert set(p) >= PROCESS_FIELDS, sorted(PROCESS_FIELDS - set(p))
    assert r.headers["Location"] == f"{BASE}/{p['id']}"
    assert r.headers["ETag"] == '"1"'
    assert p["code"] == code, "a lower case code is raised"
    assert (p["agency_id"], p["agency_short_name"], p["status"], p["version"]) == (dinkes, "Dinkes", "draft", 1)
    assert p["steps"] == [{"number": 1, "name": "Menerima permohonan", "responsible": "Seksi Perizinan"},
                          {"number": 2, "name": "Memverifikasi berkas", "responsible": "Kepala Bidang SDM Kesehatan"}]
    assert p["architecture"]["id"] == architecture_id and p["architecture_id"] == architecture_id
    assert p["missing_for_submission"] == []
    assert p["links"] == []
    assert_audited(admin, r, "business_process.create", p["id"])

    assert get(admin, p["id"]) == get(own, p["id"])
    r = own.patch(f"{BASE}/{p['id']}", json={"name": "Izin praktik bidan", "steps": [
        {"name": "Menerima permohonan daring", "responsible": "Seksi Perizinan"}], "description": None},
        headers=if_match(p))
    assert r.status_code == 200, describe(r)
    changed = r.json()
    assert (changed["name"], changed["description"], changed["version"]) == ("Izin praktik bidan", "", 2)
    assert [s["name"] for s in changed["steps"]] == ["Menerima permohonan daring"]
    assert r.headers["ETag"] == '"2"'
    assert_audited(admin, r, "business_process.update", p["id"])

    history = admin.get(f"{BASE}/{p['id']}/history")
    assert history.status_code == 200, describe(history)
    items = history.json()["items"]
    assert [i["action"] for i in items] == ["business_process.update", "business_process.create"]
    assert items[0]["actor"]["username"] == own.user["username"]
    assert items[0]["changes"]["name"] == {"before": p["name"], "after": "Izin praktik bidan"}
    assert "steps" in items[0]["changes"]
    assert items[1]["changes"]["code"]["after"] == code

    # A PATCH that changes nothing keeps the version.
    r = own.patch(f"{BASE}/{p['id']}", json={"name": "Izin praktik bidan"}, headers=if_match(changed))
    assert r.status_code == 200 and r.json()["version"] == 2, describe(r)


def test_unknown_process_is_404(admin):
    for path in (f"{BASE}/999999999", f"{BASE}/999999999/history", f"{BASE}/abc"):
        assert_problem(admin.get(path), 404, "not-found")
    assert_problem(admin.delete("/api/v1/business-process-links/999999999"), 404, "not-found")


def test_invalid_fields_name_each_field(admin, dinkes):
    r = admin.post(BASE, json={"agency_id": dinkes, "code": "01 dinkes", "name": "", "kind": "utama",
                               "steps": [{"name": "Menerima"}, {"name": "X", "responsible": "Y", "who": "Z"}],
                               "related_services": [""], "colour": "merah"})
    problem = assert_problem(r, 422, "validation-failed")
    fields = set(field_names(problem))
    assert fields >= {"code", "name", "kind", "steps.0.responsible", "steps.1.who", "related_services.0", "colour"}, fields
    assert_problem(admin.post(BASE, json={}), 422, "validation-failed")
    assert set(field_names(admin.post(BASE, json={}).json())) >= {"agency_id", "code", "name", "kind"}
    # English when asked.
    r = admin.post(BASE, json=body(dinkes, code="x"), headers={"Accept-Language": "en"})
    problem = assert_problem(r, 422, "validation-failed")
    assert any("capital letters" in e["message"] for e in problem["errors"]), problem


def test_code_is_unique_in_the_region_and_references_must_exist(admin, dinkes, bappeda):
    first = create(admin, dinkes)
    r = admin.post(BASE, json=body(bappeda, code=first["code"]))
    assert field_names(assert_problem(r, 422, "validation-failed")) == ["code"]
    r = admin.post(BASE, json=body(999999999))
    assert field_names(assert_problem(r, 422, "validation-failed")) == ["agency_id"]
    r = admin.post(BASE, json=body(dinkes, architecture_id=999999999))
    assert field_names(assert_problem(r, 422, "validation-failed")) == ["architecture_id"]
    second = create(admin, dinkes)
    r = admin.patch(f"{BASE}/{second['id']}", json={"code": first["code"]}, headers=if_match(second))
    assert field_names(assert_problem(r, 422, "validation-failed")) == ["code"]
    r = admin.patch(f"{BASE}/{second['id']}", json={"agency_id": bappeda}, headers=if_match(second))
    assert field_names(assert_problem(r, 422, "validation-failed")) == ["agency_id"]


def test_operator_keeps_only_their_own_agency(own, other, dinkes, bappeda):
    mine = create(own, dinkes)
    assert_problem(own.post(BASE, json=body(bappeda)), 403, "forbidden")
    assert_problem(other.patch(f"{BASE}/{mine['id']}", json={"name": "Diambil alih"}, headers=if_match(mine)),
                   403, "forbidden")
    assert_problem(step(other, mine, "submit"), 403, "forbidden")
    theirs = create(other, bappeda)
    # Linking FROM another agency's process is theirs to do.
    r = other.post(f"{BASE}/{mine['id']}/links", json={"to_process_id": theirs["id"], "kind": "output_to"})
    assert_problem(r, 403, "forbidden")
    assert get(own, mine["id"])["version"] == 1, "nothing changed"
    # Everyone on the staff reads every agency's processes.
    assert get(other, mine["id"])["id"] == mine["id"]


def test_edits_need_if_match_and_the_second_of_two_gets_412(own, dinkes):
    p = create(own, dinkes)
    assert_problem(own.patch(f"{BASE}/{p['id']}", json={"name": "Tanpa versi"}), 428, "precondition-required")
    assert_problem(own.post(f"{BASE}/{p['id']}/submit"), 428, "precondition-required")
    first = own.patch(f"{BASE}/{p['id']}", json={"name": "Perubahan pertama"}, headers=if_match(p))
    assert first.status_code == 200, describe(first)
    second = own.patch(f"{BASE}/{p['id']}", json={"name": "Perubahan kedua"}, headers=if_match(p))
    assert_problem(second, 412, "precondition-failed")
    now = get(own, p["id"])
    assert (now["name"], now["version"]) == ("Perubahan pertama", 2), "the first change is kept"


def test_parallel_edits_from_one_version(own, dinkes):
    p = create(own, dinkes)
    calls = [("PATCH", f"{BASE}/{p['id']}", {"name": f"Paralel {i}"}) for i in range(2)]
    session = support.ApiSession(own.srv)
    session.headers.update(own.headers)
    session.headers["If-Match"] = f'"{p["version"]}"'
    results = support.in_parallel(session, calls)
    assert sorted(r.status_code for r in results) == [200, 412], [describe(r) for r in results]
    winner = next(r for r in results if r.status_code == 200).json()
    assert get(own, p["id"])["name"] == winner["name"]


# --------------------------------------------------------------------------- workflow


def test_submit_needs_the_architecture_and_steps(own, dinkes, architecture_id):
    p = create(own, dinkes, steps=[])
    assert p["missing_for_submission"] == ["architecture_id", "steps"]
    r = step(own, p, "submit")
    problem = assert_problem(r, 409, "invalid-transition")
    assert "Pasal 9 ayat (2)" in problem["detail"], problem
    r = own.patch(f"{BASE}/{p['id']}", json={"architecture_id": architecture_id}, headers=if_match(p))
    assert r.status_code == 200, describe(r)
    p = r.json()
    assert p["missing_for_submission"] == ["steps"]
    assert_problem(step(own, p, "submit"), 409, "invalid-transition")
    r = own.patch(f"{BASE}/{p['id']}", json={"steps": [{"name": "Menerima", "responsible": "Loket"}]},
                  headers=if_match(p))
    p = r.json()
    r = step(own, p, "submit")
    assert r.status_code == 200, describe(r)
    assert (r.json()["status"], r.json()["submitted_by"]) == ("submitted", own.user["username"])


def submitted(session, agency_id, architecture_id) -> dict:
    p = create(session, agency_id, architecture_id=architecture_id)
    r = step(session, p, "submit")
    assert r.status_code == 200, describe(r)
    return r.json()


def test_only_the_organisation_bureau_coordinates(admin, own, other, bureau, dinkes, architecture_id):
    p = submitted(own, dinkes, architecture_id)
    # A submitted process is under review: the agency waits for the bureau.
    assert_problem(own.patch(f"{BASE}/{p['id']}", json={"name": "Diubah"}, headers=if_match(p)),
                   409, "invalid-transition")
    for session in (own, other):
        r = step(session, p, "coordinate")
        problem = assert_problem(r, 403, "forbidden")
        assert "Pasal 9 ayat (3)" in problem["detail"], problem
        assert_problem(step(session, p, "return", {"reason": "x"}), 403, "forbidden")
    assert_problem(step(bureau, p, "return", {}), 422, "validation-failed")
    r = step(bureau, p, "return", {"reason": "Lengkapi pelaksana setiap langkah"})
    assert r.status_code == 200, describe(r)
    returned = r.json()
    assert (returned["status"], returned["return_reason"], returned["returned_by"]) == (
        "draft", "Lengkapi pelaksana setiap langkah", bureau.user["username"])
    assert_audited(admin, r, "business_process.return", p["id"])
    assert_problem(step(bureau, returned, "coordinate"), 409, "invalid-transition")

    r = step(own, returned, "submit")
    assert r.status_code == 200, describe(r)
    again = r.json()
    assert again["return_reason"] is None
    assert_problem(step(bureau, p, "coordinate"), 412, "precondition-failed")  # an old version
    r = step(bureau, again, "coordinate", {"note": "Selaras dengan proses Bappeda"})
    assert r.status_code == 200, describe(r)
    done = r.json()
    assert (done["status"], done["coordinated_by"], done["coordination_note"]) == (
        "coordinated", bureau.user["username"], "Selaras dengan proses Bappeda")
    assert_audited(admin, r, "business_process.coordinate", p["id"])
    assert_problem(step(bureau, done, "coordinate"), 409, "invalid-transition")
    assert_problem(step(own, done, "submit"), 409, "invalid-transition")

    # Changing a coordinated process sends it back to draft, to be coordinated anew.
    r = own.patch(f"{BASE}/{p['id']}", json={"outputs": "Surat izin praktik elektronik"}, headers=if_match(done))
    assert r.status_code == 200, describe(r)
    assert (r.json()["status"], r.json()["coordinated_by"]) == ("draft", None)
    actions = [i["action"] for i in admin.get(f"{BASE}/{p['id']}/history").json()["items"]]
    assert actions == ["business_process.update", "business_process.coordinate", "business_process.submit",
                       "business_process.return", "business_process.submit", "business_process.create"], actions


def test_superadmin_coordinates_too(admin, other, bappeda, architecture_id):
    p = submitted(other, bappeda, architecture_id)
    r = step(admin, p, "coordinate")
    assert r.status_code == 200 and r.json()["status"] == "coordinated", describe(r)


def test_leadership_and_auditor_only_read(login_as, own, dinkes):
    p = create(own, dinkes)
    for role in ("leadership", "auditor"):
        s = login_as(role)
        assert get(s, p["id"])["id"] == p["id"]
        assert_problem(s.patch(f"{BASE}/{p['id']}", json={"name": "x"}, headers=if_match(p)), 403, "forbidden")
    assert_problem(login_as("citizen").get(f"{BASE}/{p['id']}"), 403, "forbidden")


# --------------------------------------------------------------------------- links and map


def test_links_across_agencies_and_the_map(admin, own, other, bureau, stranger, dinkes, bappeda):
    a = create(own, dinkes, name="Pelaporan data kesehatan")
    b = create(other, bappeda, name="Penyusunan RKPD")
    path = f"{BASE}/{a['id']}/links"
    r = own.post(path, json={"to_process_id": b["id"], "kind": "output_to", "note": "data kesehatan untuk RKPD"},
                 headers=traced())
    assert r.status_code == 201, describe(r)
    link = r.json()
    assert (link["from_process_id"], link["to_process_id"], link["kind"], link["direction"]) == (
        a["id"], b["id"], "output_to", "out")
    assert link["other"]["code"] == b["code"] and link["other"]["agency_short_name"] == "Bappeda"
    assert_audited(admin, r, "business_process.link", a["id"])
    assert_audited(admin, r, "business_process.link", b["id"])

    # To itself, to a process that does not exist, twice, or mirrored: refused.
    assert field_names(assert_problem(own.post(path, json={"to_process_id": a["id"], "kind": "output_to"}),
                                      422, "validation-failed")) == ["to_process_id"]
    assert field_names(assert_problem(own.post(path, json={"to_process_id": 999999999, "kind": "output_to"}),
                                      422, "validation-failed")) == ["to_process_id"]
    assert set(field_names(assert_problem(own.post(path, json={"kind": "feeds"}), 422, "validation-failed"))) == {
        "to_process_id", "kind"}
    assert_problem(own.post(path, json={"to_process_id": b["id"], "kind": "output_to"}), 409, "conflict")
    assert_problem(other.post(f"{BASE}/{b['id']}/links", json={"to_process_id": a["id"], "kind": "input_from"}),
                   409, "conflict")
    # The other direction is another connection; Bappeda links its own process without asking Dinkes.
    r = other.post(f"{BASE}/{b['id']}/links", json={"to_process_id": a["id"], "kind": "output_to"})
    assert r.status_code == 201, describe(r)
    back = r.json()
    # The organisation bureau coordinates the integration and may link any two processes.
    c = create(admin, dinkes)
    r = bureau.post(f"{BASE}/{c['id']}/links", json={"to_process_id": a["id"], "kind": "shared_step"})
    assert r.status_code == 201, describe(r)

    seen_from_b = get(admin, b["id"])["links"]
    assert {(l["id"], l["direction"]) for l in seen_from_b} == {(link["id"], "in"), (back["id"], "out")}
    assert get(own, a["id"])["version"] == 1, "a link does not change the process's version"

    m = admin.get(f"{BASE}/map")
    assert m.status_code == 200, describe(m)
    graph = m.json()
    nodes = {n["id"]: n for n in graph["nodes"]}
    assert nodes[a["id"]]["agency_id"] == dinkes and nodes[b["id"]]["agency_short_name"] == "Bappeda"
    edges = {e["id"]: e for e in graph["edges"]}
    assert (edges[link["id"]]["from"], edges[link["id"]]["to"], edges[link["id"]]["kind"]) == (a["id"], b["id"], "output_to")
    assert all(e["from"] in nodes and e["to"] in nodes for e in graph["edges"])
    groups = {g["agency_id"]: g for g in graph["agencies"]}
    assert a["id"] in groups[dinkes]["process_ids"] and b["id"] in groups[bappeda]["process_ids"]

    # Either side may remove a link that names its process; a stranger may not.
    r = own.delete(f"/api/v1/business-process-links/{back['id']}", headers=traced())
    assert r.status_code == 204, describe(r)
    assert_audited(admin, r, "business_process.unlink", b["id"])
    assert_problem(own.delete(f"/api/v1/business-process-links/{back['id']}"), 404, "not-found")
    assert_problem(stranger.delete(f"/api/v1/business-process-links/{link['id']}"), 403, "forbidden")
    assert_problem(stranger.post(path, json={"to_process_id": c["id"], "kind": "input_from"}), 403, "forbidden")
    history = admin.get(f"{BASE}/{b['id']}/history").json()["items"]
    assert {"business_process.link", "business_process.unlink"} <= {i["action"] for i in history}
    assert any("links_in" in i["changes"] for i in history)


def test_list_filters_and_counts(admin, own, other, dinkes, bappeda, architecture_id):
    tag = uuid.uuid4().hex[:8]
    a = create(own, dinkes, name=f"Proses saring {tag} satu")
    b = submitted(own, dinkes, architecture_id)
    c = create(other, bappeda, name=f"Proses saring {tag} dua")
    r = admin.get(BASE, params={"q": tag.upper()})
    assert r.status_code == 200, describe(r)
    found = r.json()
    assert [p["id"] for p in found["items"]] == [c["id"], a["id"]], "by agency name (Badan … before Dinas …)"
    assert found["summary"]["total"] == 2 and found["summary"]["by_status"]["draft"] == 2
    assert [g["agency_short_name"] for g in found["summary"]["by_agency"]] == ["Bappeda", "Dinkes"]
    r = admin.get(BASE, params={"q": a["code"].lower()})
    assert [p["id"] for p in r.json()["items"]] == [a["id"]]
    r = admin.get(BASE, params={"agency_id": dinkes, "status": "submitted"})
    items = r.json()["items"]
    assert b["id"] in [p["id"] for p in items] and a["id"] not in [p["id"] for p in items]
    assert all(p["agency_id"] == dinkes and p["status"] == "submitted" for p in items)
    assert r.json()["summary"]["total"] == len(items)
    assert admin.get(BASE, params={"q": "100%_"}).json()["items"] == [], "wildcards are taken literally"
    assert_problem(admin.get(BASE, params={"status": "approved"}), 400, "bad-request")
    assert_problem(admin.get(BASE, params={"agency_id": "x"}), 400, "bad-request")


# --------------------------------------------------------------------------- exports


def test_exports_hold_every_process_step_and_link(admin, own, other, dinkes, bappeda, architecture_id):
    a = create(own, dinkes, architecture_id=architecture_id, kind="support")
    b = create(other, bappeda)
    r = own.post(f"{BASE}/{a['id']}/links", json={"to_process_id": b["id"], "kind": "shared_step", "note": "verifikasi"})
    assert r.status_code == 201, describe(r)
    link = r.json()

    r = admin.get(f"{BASE}/export.json")
    assert r.status_code == 200, describe(r)
    exported = r.json()
    mine = {p["id"]: p for p in exported["items"]}[a["id"]]
    assert mine["code"] == a["code"] and [s["name"] for s in mine["steps"]] == ["Menerima permohonan", "Memverifikasi berkas"]
    assert link["id"] in {l["id"] for l in exported["links"]}

    r = own.get(f"{BASE}/export.xlsx")
    assert r.status_code == 200, describe(r)
    assert r.headers["Content-Type"].startswith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    assert re.search(r'attachment; filename="?proses-bisnis', r.headers["Content-Disposition"]), r.headers
    book = openpyxl.load_workbook(io.BytesIO(r.content))
    assert book.sheetnames == ["Proses Bisnis", "Langkah", "Keterkaitan"]

    rows = list(book["Proses Bisnis"].iter_rows(values_only=True))
    header = rows[0]
    assert header[:6] == ("Kode", "Nama", "Perangkat Daerah", "Jenis", "Status", "Arsitektur SPBE")
    by_code = {row[0]: dict(zip(header, row)) for row in rows[1:]}
    row = by_code[a["code"]]
    assert (row["Nama"], row["Perangkat Daerah"], row["Jenis"], row["Status"]) == (
        a["name"], "Dinas Kesehatan", "Pendukung", "Draf")
    assert "(2096-2100)" in row["Arsitektur SPBE"]
    assert row["Jumlah Langkah"] == 2 and row["Layanan Terkait"] == "Izin praktik" and row["Versi"] == 1

    steps = [r for r in book["Langkah"].iter_rows(values_only=True) if r[0] == a["code"]]
    assert steps == [(a["code"], a["name"], 1, "Menerima permohonan", "Seksi Perizinan"),
                     (a["code"], a["name"], 2, "Memverifikasi berkas", "Kepala Bidang SDM Kesehatan")]

    links = {r[0]: r for r in book["Keterkaitan"].iter_rows(values_only=True)}
    assert links[link["id"]][1:7] == (a["code"], "Dinas Kesehatan", "Langkah bersama", b["code"],
                                      "Badan Perencanaan Pembangunan Daerah", "verifikasi")
