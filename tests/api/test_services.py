"""SPBE services (Layanan SPBE): administrative and public services of each agency (Perwali
Madiun 39/2021 Pasal 27-29), integrated across agencies with the ICT office's coordination
(Pasal 30 ayat 3).

Contract: docs/registries-contract.md, "Services and links". Runs on the shared demo server
(Kota Madiun): operator_own is the operator of Dinkes, operator_other of Bappeda. Every test
creates its own services with unique codes, so nothing assumes what other tests made.
"""
from __future__ import annotations

import io
import uuid

import openpyxl
import pytest

import support
from support import assert_audited, assert_problem, describe, field_names, traced

BASE = "/api/v1/services"
SERVICE_FIELDS = {"id", "owner_agency_id", "agency_name", "agency_short_name", "code", "name", "kind", "sector",
                  "channels", "description", "status", "participating_agency_ids", "integration_status",
                  "integration_coordinated_by", "integration_coordinated_at", "integration_note", "version",
                  "created_at", "updated_at"}
DETAIL_FIELDS = SERVICE_FIELDS | {"participating_agencies", "uses", "used_by", "integration_citation",
                                  "application_citation"}


def new_code(prefix: str = "LYN") -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8].upper()}"


def body(agency_id: int, **fields) -> dict:
    b = {"owner_agency_id": agency_id, "code": new_code(), "name": "Layanan uji " + uuid.uuid4().hex[:6],
         "kind": "public", "sector": "kesehatan", "channels": ["web", "counter"],
         "description": "Pendaftaran pemeriksaan kesehatan daring"}
    b.update(fields)
    return b


def create(session, agency_id: int, **fields) -> dict:
    r = session.post(BASE, json=body(agency_id, **fields), headers=traced())
    assert r.status_code == 201, describe(r)
    return r.json()


def if_match(record: dict) -> dict:
    return traced(**{"If-Match": f'"{record["version"]}"'})


# --------------------------------------------------------------------------- records


def test_create_read_update_and_history(admin, own, dinkes):
    code = new_code("DINKES")
    r = own.post(BASE, json=body(dinkes, code=code.lower(), channels=["web", "mobile", "web"]), headers=traced())
    assert r.status_code == 201, describe(r)
    s = r.json()
    assert set(s) >= DETAIL_FIELDS, sorted(DETAIL_FIELDS - set(s))
    assert r.headers["Location"] == f"{BASE}/{s['id']}"
    assert r.headers["ETag"] == '"1"'
    assert s["code"] == code, "a lower case code is raised"
    assert (s["owner_agency_id"], s["agency_short_name"], s["kind"], s["status"], s["version"]) == \
        (dinkes, "Dinkes", "public", "planned", 1)
    assert s["channels"] == ["web", "mobile"]
    assert (s["integration_status"], s["uses"], s["used_by"]) == ("none", [], [])
    assert s["integration_citation"] == "Perwali Madiun 39/2021 Pasal 30 ayat (3)"
    assert_audited(admin, r, "service.create", s["id"])

    got = admin.get(f"{BASE}/{s['id']}")
    assert got.status_code == 200 and got.headers["ETag"] == '"1"', describe(got)
    assert got.json() == own.get(f"{BASE}/{s['id']}").json()

    r = own.patch(f"{BASE}/{s['id']}", json={"name": "Pendaftaran puskesmas daring", "status": "active",
                                             "description": None, "kind": "administrative"}, headers=if_match(s))
    assert r.status_code == 200, describe(r)
    changed = r.json()
    assert (changed["name"], changed["status"], changed["description"], changed["kind"], changed["version"]) == \
        ("Pendaftaran puskesmas daring", "active", "", "administrative", 2)
    assert changed["application_citation"] == "Perwali Madiun 39/2021 Pasal 28 ayat (2)", \
        "an administrative service is delivered through applications"
    assert r.headers["ETag"] == '"2"'
    assert_audited(admin, r, "service.update", s["id"])

    history = admin.get(f"{BASE}/{s['id']}/history")
    assert history.status_code == 200, describe(history)
    items = history.json()["items"]
    assert [i["action"] for i in items] == ["service.update", "service.create"]
    assert items[0]["changes"]["status"] == {"before": "planned", "after": "active"}
    assert items[0]["actor"]["username"] == own.user["username"]

    # A PATCH that changes nothing keeps the version.
    r = own.patch(f"{BASE}/{s['id']}", json={"status": "active"}, headers=if_match(changed))
    assert r.status_code == 200 and r.json()["version"] == 2, describe(r)


def test_edits_need_the_current_version(admin, dinkes):
    s = create(admin, dinkes)
    r = admin.patch(f"{BASE}/{s['id']}", json={"name": "Tanpa versi"})
    assert_problem(r, 428, "precondition-required")
    assert admin.patch(f"{BASE}/{s['id']}", json={"name": "Baru"}, headers=if_match(s)).status_code == 200
    r = admin.patch(f"{BASE}/{s['id']}", json={"name": "Basi"}, headers=if_match(s))
    assert_problem(r, 412, "precondition-failed")
    assert admin.get(f"{BASE}/{s['id']}").json()["name"] == "Baru", "a stale edit writes nothing"


def test_invalid_fields_name_each_field(admin, dinkes):
    r = admin.post(BASE, json={"owner_agency_id": dinkes, "code": "1 salah", "name": "", "kind": "internal",
                               "channels": ["web", "fax"], "status": "paused", "participating_agency_ids": [dinkes, "x"],
                               "colour": "merah"})
    fields = set(field_names(assert_problem(r, 422, "validation-failed")))
    assert fields >= {"code", "name", "kind", "channels", "status", "participating_agency_ids.1", "colour"}, fields
    assert set(field_names(admin.post(BASE, json={}).json())) >= {"owner_agency_id", "code", "name", "kind"}
    r = admin.post(BASE, json=body(dinkes, code="x"), headers={"Accept-Language": "en"})
    problem = assert_problem(r, 422, "validation-failed")
    assert any("capital letters" in e["message"] for e in problem["errors"]), problem
    s = create(admin, dinkes)
    r = admin.patch(f"{BASE}/{s['id']}", json={"owner_agency_id": dinkes}, headers=if_match(s))
    assert field_names(assert_problem(r, 422, "validation-failed")) == ["owner_agency_id"]


def test_code_is_unique_and_agencies_must_exist(admin, dinkes, bappeda):
    first = create(admin, dinkes)
    r = admin.post(BASE, json=body(bappeda, code=first["code"]))
    assert field_names(assert_problem(r, 422, "validation-failed")) == ["code"]
    r = admin.post(BASE, json=body(999999999))
    assert field_names(assert_problem(r, 422, "validation-failed")) == ["owner_agency_id"]
    r = admin.post(BASE, json=body(dinkes, participating_agency_ids=[bappeda, 999999999]))
    assert field_names(assert_problem(r, 422, "validation-failed")) == ["participating_agency_ids.1"]


def test_unknown_service_is_404(admin):
    for path in (f"{BASE}/999999999", f"{BASE}/999999999/history", f"{BASE}/abc"):
        assert_problem(admin.get(path), 404, "not-found")
    assert_problem(admin.patch(f"{BASE}/999999999", json={"name": "x"}, headers={"If-Match": '"1"'}), 404, "not-found")


def test_operators_keep_only_their_own_agencys_services(own, other, dinkes, bappeda):
    r = own.post(BASE, json=body(bappeda))
    assert_problem(r, 403, "forbidden")
    mine = create(own, dinkes)
    r = other.patch(f"{BASE}/{mine['id']}", json={"name": "Diambil alih"}, headers=if_match(mine))
    assert_problem(r, 403, "forbidden")
    assert other.get(f"{BASE}/{mine['id']}").status_code == 200, "every agency reads the registry"


# --------------------------------------------------------------------------- integration (Pasal 30)


def test_integration_across_agencies_is_coordinated_by_the_ict_office(admin, own, dinkes, bappeda, agencies):
    s = create(own, dinkes, participating_agency_ids=[bappeda])
    assert s["integration_status"] == "awaiting_coordination"
    assert s["participating_agencies"] == [{"id": bappeda, "name": agencies["Bappeda"]["name"], "short_name": "Bappeda"}]

    r = own.post(f"{BASE}/{s['id']}/coordinate-integration", json={}, headers=if_match(s))
    problem = assert_problem(r, 403, "forbidden")
    assert "Pasal 30 ayat (3)" in problem["detail"], problem

    r = admin.post(f"{BASE}/{s['id']}/coordinate-integration", json={})
    assert_problem(r, 428, "precondition-required")
    r = admin.post(f"{BASE}/{s['id']}/coordinate-integration", json={"note": "Rapat koordinasi 3 Maret"},
                   headers=if_match(s))
    assert r.status_code == 200, describe(r)
    done = r.json()
    assert (done["integration_status"], done["integration_note"], done["version"]) == \
        ("coordinated", "Rapat koordinasi 3 Maret", 2)
    assert done["integration_coordinated_by"] == admin.user["username"]
    assert_audited(admin, r, "service.coordinate_integration", s["id"])
    assert_problem(admin.post(f"{BASE}/{s['id']}/coordinate-integration", json={}, headers=if_match(done)),
                   409, "invalid-transition")

    # Another agency joining is another integration: it needs coordinating again.
    r = own.patch(f"{BASE}/{s['id']}", json={"participating_agency_ids": [bappeda, agencies["Diskominfo"]["id"]]},
                  headers=if_match(done))
    assert r.status_code == 200, describe(r)
    assert (r.json()["integration_status"], r.json()["integration_coordinated_by"]) == ("awaiting_coordination", None)

    # Listed under a participating agency too.
    listed = admin.get(BASE, params={"agency_id": bappeda, "q": s["code"]})
    assert [i["id"] for i in listed.json()["items"]] == [s["id"]], describe(listed)

    single = create(admin, dinkes)
    r = admin.post(f"{BASE}/{single['id']}/coordinate-integration", json={}, headers=if_match(single))
    assert_problem(r, 409, "invalid-transition")


# --------------------------------------------------------------------------- list and exports


def test_list_filters_and_pages(admin, dinkes, bappeda):
    tag = uuid.uuid4().hex[:6].upper()
    made = [create(admin, dinkes, code=f"PG{tag}-{i}", kind="administrative" if i % 2 else "public",
                   channels=["call_center"] if i == 0 else ["web"]) for i in range(5)]
    other_agency = create(admin, bappeda, code=f"PG{tag}-9")
    r = admin.get(BASE, params={"q": f"pg{tag}", "limit": 2})
    assert r.status_code == 200, describe(r)
    page = r.json()
    assert [i["code"] for i in page["items"]] == [f"PG{tag}-0", f"PG{tag}-1"]
    seen = [i["code"] for i in page["items"]]
    while page["next_cursor"]:
        page = admin.get(BASE, params={"q": f"pg{tag}", "limit": 2, "cursor": page["next_cursor"]}).json()
        seen += [i["code"] for i in page["items"]]
    assert seen == [m["code"] for m in made] + [other_agency["code"]]
    assert [i["code"] for i in admin.get(BASE, params={"q": f"pg{tag}", "agency_id": bappeda}).json()["items"]] == \
        [other_agency["code"]]
    assert [i["code"] for i in admin.get(BASE, params={"q": f"pg{tag}", "kind": "administrative"}).json()["items"]] == \
        [f"PG{tag}-1", f"PG{tag}-3"]
    assert [i["code"] for i in admin.get(BASE, params={"q": f"pg{tag}", "channel": "call_center"}).json()["items"]] == \
        [f"PG{tag}-0"]
    for bad in ({"kind": "x"}, {"status": "x"}, {"channel": "fax"}, {"agency_id": "abc"}, {"limit": 0}, {"cursor": "zz"}):
        assert_problem(admin.get(BASE, params=bad), 400, "bad-request")


def test_exports_hold_every_service(admin, own, dinkes, bappeda, agencies):
    s = create(admin, dinkes, participating_agency_ids=[bappeda], name="Layanan ekspor " + uuid.uuid4().hex[:6])
    r = own.get(f"{BASE}/export.json")
    assert r.status_code == 200, describe(r)
    assert 'filename="layanan-spbe.json"' in r.headers["Content-Disposition"]
    exported = {i["id"]: i for i in r.json()["items"]}
    assert exported[s["id"]]["participating_agency_ids"] == [bappeda]
    r = own.get(f"{BASE}/export.xlsx")
    assert r.status_code == 200, describe(r)
    assert r.headers["Content-Type"].startswith("application/vnd.openxmlformats")
    book = openpyxl.load_workbook(io.BytesIO(r.content))
    assert book.sheetnames == ["Layanan SPBE", "PD Terlibat"]
    rows = list(book["Layanan SPBE"].iter_rows(values_only=True))
    assert rows[0][:4] == ("Kode", "Nama", "Perangkat Daerah", "Jenis")
    mine = [row for row in rows if row[0] == s["code"]]
    assert mine and mine[0][3] == "Layanan Publik" and mine[0][9] == "Menunggu koordinasi Dinas", mine
    joined = [row for row in book["PD Terlibat"].iter_rows(values_only=True) if row[0] == s["code"]]
    assert [row[3] for row in joined] == [agencies["Bappeda"]["name"]], joined


def test_one_service_exports(admin, own, dinkes):
    s = create(admin, dinkes)
    t = create(admin, dinkes)
    r = admin.post("/api/v1/element-links", json={"from": {"kind": "service", "id": s["id"]},
                                                  "to": {"kind": "service", "id": t["id"]}})
    assert r.status_code == 201, describe(r)
    r = own.get(f"{BASE}/{s['id']}/export.json")
    assert r.status_code == 200, describe(r)
    assert f'filename="layanan-spbe-{s["id"]}.json"' in r.headers["Content-Disposition"]
    exported = r.json()["service"]
    assert (exported["code"], exported["uses"][0]["to"], exported["used_by"]) == \
        (s["code"], {"kind": "service", "id": t["id"]}, [])
    r = own.get(f"{BASE}/{s['id']}/export.xlsx")
    assert r.status_code == 200, describe(r)
    rows = list(openpyxl.load_workbook(io.BytesIO(r.content))["Layanan SPBE"].iter_rows(values_only=True))
    assert [row[0] for row in rows[1:]] == [s["code"]]
    assert_problem(own.get(f"{BASE}/999999999/export.json"), 404, "not-found")
