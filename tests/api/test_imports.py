"""Bulk registration from a spreadsheet (docs/registries-contract.md, "Import"): every row
is checked first, every error is reported with its row and column, and the rows are
written all together or not at all. Shown on the dataset catalog; every registry's
import runs the same code with its own columns."""
from __future__ import annotations

import io
import uuid

import openpyxl
import pytest

import support
from support import assert_problem

BASE = "/api/v1/datasets"
CSV = {"Content-Type": "text/csv"}
XLSX = {"Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


def stamp() -> str:
    return uuid.uuid4().hex[:8].upper()


def codes_in_region(session, prefix: str) -> list[str]:
    return [d["code"] for d in support.all_pages(session, BASE, q=prefix)]


def workbook(rows: list[list]) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_a_clean_csv_is_imported_with_one_audit_entry_per_record(admin):
    tag = stamp()
    csv = (f"Kode;Judul;Perangkat Daerah;Klasifikasi;Frekuensi Pemutakhiran;Terakhir Dimutakhirkan;Kata Kunci\n"
           f"IMP-{tag}-1;Data posyandu;Dinkes;internal;monthly;31/10/2026;\"kesehatan; balita\"\n"
           f"IMP-{tag}-2;Data puskesmas;DINKES;public;yearly;2026-01-02;kesehatan\n")
    r = admin.post(f"{BASE}/import", data=csv.encode(), headers=CSV)
    assert r.status_code == 201, support.describe(r)
    assert r.json()["rows"] == 2
    assert len(r.json()["created"]) == 2
    first = admin.get(f"{BASE}/{r.json()['created'][0]}").json()
    assert first["code"] == f"IMP-{tag}-1"
    assert first["last_updated"] == "2026-10-31"
    assert first["owner_agency_id"] == support.demo_agency_id(admin, "Dinkes")
    entries = admin.get("/api/v1/audit", params={"entity_type": "dataset", "entity_id": r.json()["created"][1]}).json()["items"]
    assert [e["action"] for e in entries] == ["dataset.create"]


def test_an_xlsx_workbook_is_imported_with_dates_and_yes_no(admin):
    tag = stamp()
    import datetime as dt
    data = workbook([
        ["Code", "Title", "Agency", "Classification", "Update frequency", "Last updated", "Master data", "Data key"],
        [f"IMPX-{tag}", "Data kependudukan uji", "Disdukcapil", "restricted", "monthly", dt.date(2026, 3, 31), "ya", "nik"],
    ])
    r = admin.post(f"{BASE}/import", data=data, headers=XLSX)
    assert r.status_code == 201, support.describe(r)
    d = admin.get(f"{BASE}/{r.json()['created'][0]}").json()
    assert (d["last_updated"], d["master_data"], d["data_key"]) == ("2026-03-31", True, "nik")


def test_errors_are_listed_by_row_and_column_and_nothing_is_written(admin):
    tag = stamp()
    csv = (f"Kode,Judul,Perangkat Daerah,Klasifikasi,Terakhir Dimutakhirkan,Frekuensi Pemutakhiran\n"
           f"IMPE-{tag}-1,Baris benar,Dinkes,internal,2026-01-01,yearly\n"
           f"IMPE-{tag}-2,,Dinkes,rahasia negara,2026-01-01,yearly\n"
           f"IMPE-{tag}-3,Dinas tak dikenal,Dinas Antariksa,internal,31/02/2026,yearly\n"
           f"IMPE-{tag}-1,Kode terulang,Dinkes,internal,2026-01-01,yearly\n")
    r = admin.post(f"{BASE}/import", data=csv.encode(), headers=CSV)
    problem = assert_problem(r, 422, "import-invalid")
    assert problem["rows"] == 4
    where = {(e["row"], e.get("column", "")) for e in problem["errors"]}
    assert (3, "B") in where, problem  # the title is required (the registry's own rule)
    assert (3, "D") in where, problem  # not a classification
    assert (4, "C") in where, problem  # no such agency
    assert (4, "E") in where, problem  # 31 February
    assert (5, "A") in where, problem  # the code repeats row 2
    repeated = next(e for e in problem["errors"] if (e["row"], e.get("column")) == (5, "A"))
    assert "baris 2" in repeated["message"]
    assert [e["row"] for e in problem["errors"]] == sorted(e["row"] for e in problem["errors"])
    assert codes_in_region(admin, f"IMPE-{tag}") == [], "nothing of the file was written"


def test_a_code_already_in_the_region_is_an_error_of_that_row(admin):
    tag = stamp()
    first = admin.post(f"{BASE}/import", data=f"Kode,Judul,Perangkat Daerah,Klasifikasi,Frekuensi Pemutakhiran\nIMPD-{tag},A,Dinkes,internal,yearly\n".encode(), headers=CSV)
    assert first.status_code == 201
    again = admin.post(f"{BASE}/import", data=f"Kode,Judul,Perangkat Daerah,Klasifikasi,Frekuensi Pemutakhiran\nIMPD2-{tag},B,Dinkes,internal,yearly\nIMPD-{tag},C,Dinkes,internal,yearly\n".encode(),
                       headers=CSV)
    problem = assert_problem(again, 422, "import-invalid")
    assert [(e["row"], e["column"]) for e in problem["errors"]] == [(3, "A")]
    assert codes_in_region(admin, f"IMPD2-{tag}") == []


def test_a_dry_run_checks_without_writing(admin):
    tag = stamp()
    r = admin.post(f"{BASE}/import", params={"dry_run": "true"},
                   data=f"Kode,Judul,Perangkat Daerah,Klasifikasi,Frekuensi Pemutakhiran\nIMPR-{tag},A,Dinkes,internal,yearly\n".encode(), headers=CSV)
    assert r.status_code == 200, support.describe(r)
    assert r.json() == {"rows": 1, "valid": True}
    assert codes_in_region(admin, f"IMPR-{tag}") == []


def test_an_operator_imports_for_their_own_agency_only(own):
    tag = stamp()
    csv = f"Kode,Judul,Perangkat Daerah,Klasifikasi,Frekuensi Pemutakhiran\nIMPO-{tag}-1,A,Dinkes,internal,yearly\nIMPO-{tag}-2,B,Bappeda,internal,yearly\n"
    problem = assert_problem(own.post(f"{BASE}/import", data=csv.encode(), headers=CSV), 422, "import-invalid")
    assert [e["row"] for e in problem["errors"]] == [3]
    assert "perangkat daerah Anda sendiri" in problem["errors"][0]["message"]
    ok = own.post(f"{BASE}/import", data=f"Kode,Judul,Perangkat Daerah,Klasifikasi,Frekuensi Pemutakhiran\nIMPO-{tag}-1,A,Dinkes,internal,yearly\n".encode(), headers=CSV)
    assert ok.status_code == 201, support.describe(ok)


def test_unknown_and_missing_headers_are_reported_on_row_one(admin):
    r = admin.post(f"{BASE}/import", data=b"Kode,Warna\nX-1,merah\n", headers=CSV)
    problem = assert_problem(r, 422, "import-invalid")
    assert {(e["row"], e.get("column", "")) for e in problem["errors"]} >= {(1, "B")}
    assert any(e["field"] == "title" for e in problem["errors"]), problem  # the required column is missing


@pytest.mark.parametrize("content, headers, status, slug", [
    (b"%PDF-1.4 not a sheet", {"Content-Type": "application/pdf"}, 415, "unsupported-file-type"),
    (b"PK\x03\x04broken", XLSX, 422, "unreadable-file"),
    ("Kode;Judul\nA;Surabaya\xe9\n".encode("latin-1"), CSV, 422, "unreadable-file"),
    (b"Kode,Judul,Perangkat Daerah,Klasifikasi,Frekuensi Pemutakhiran\n", CSV, 422, "unreadable-file"),
])
def test_files_that_cannot_be_imported_are_explained(admin, content, headers, status, slug):
    assert_problem(admin.post(f"{BASE}/import", data=content, headers=headers), status, slug)


def test_the_template_has_the_header_row(admin):
    r = admin.get(f"{BASE}/import-template.xlsx")
    assert r.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(r.content)).active
    header = [c.value for c in next(sheet.iter_rows(max_row=1))]
    assert header[:3] == ["Kode", "Judul", "Perangkat Daerah"]


# ---- the same import on another registry: applications ----------------------------------

def test_applications_import_from_xlsx_with_their_own_rules(admin):
    tag = stamp()
    data = workbook([
        ["Kode", "Nama", "Perangkat Daerah Pemilik", "Kategori", "Perangkat Daerah Pengguna", "Jenis Lisensi"],
        [f"APPI-{tag}-1", "Aplikasi antrean puskesmas", "Dinkes", "agency_special", "Dinkes; Bappeda", "open_source"],
        [f"APPI-{tag}-2", "Aplikasi arsip", "Diskominfo", "common", None, "proprietary"],
    ])
    r = admin.post("/api/v1/applications/import", data=data, headers=XLSX)
    assert r.status_code == 201, support.describe(r)
    first = admin.get(f"/api/v1/applications/{r.json()['created'][0]}").json()
    assert first["lifecycle"] == "planned"  # every imported application starts at the beginning
    assert sorted(first["user_agency_ids"]) == sorted([support.demo_agency_id(admin, "Dinkes"),
                                                       support.demo_agency_id(admin, "Bappeda")])
    assert first["copyright_owner"].endswith("Kota Madiun")


def test_applications_import_refuses_a_lifecycle_column_and_bad_categories(admin):
    tag = stamp()
    data = workbook([
        ["Kode", "Nama", "Perangkat Daerah Pemilik", "Kategori", "Perangkat Daerah Pengguna"],
        [f"APPJ-{tag}", "Aplikasi uji", "Dinkes", "aplikasi hebat", "Dinas Antariksa"],
    ])
    problem = assert_problem(admin.post("/api/v1/applications/import", data=data, headers=XLSX), 422, "import-invalid")
    assert {(e["row"], e["column"]) for e in problem["errors"]} == {(2, "E")}, problem  # the unreadable cell first
    fixed = workbook([
        ["Kode", "Nama", "Perangkat Daerah Pemilik", "Kategori"],
        [f"APPJ-{tag}", "Aplikasi uji", "Dinkes", "aplikasi hebat"],
    ])
    problem = assert_problem(admin.post("/api/v1/applications/import", data=fixed, headers=XLSX), 422, "import-invalid")
    found = {(e["row"], e.get("column"), e["field"]): e["message"] for e in problem["errors"]}
    assert set(found) == {(2, "D", "category"), (2, None, "licence_kind")}, problem
    assert "Jenis Lisensi" in found[(2, None, "licence_kind")]  # a required column the sheet lacks is named
    lifecycle = workbook([["Kode", "Nama", "Perangkat Daerah Pemilik", "Siklus"], [f"APPJ-{tag}", "X", "Dinkes", "in_production"]])
    problem = assert_problem(admin.post("/api/v1/applications/import", data=lifecycle, headers=XLSX), 422, "import-invalid")
    assert (1, "D") in {(e["row"], e["column"]) for e in problem["errors"]}


# ---- hosts: a data center named, the placement rule of the regulation -------------------

def test_hosts_import_names_the_data_center_and_keeps_the_placement_rule(admin):
    facilities = admin.get("/api/v1/facilities").json()["items"]
    data_center = next(f for f in facilities if f["kind"] == "data_center")
    tag = stamp().lower()
    good = (f"Nama,Perangkat Daerah Pemilik,Jenis,Pusat Data,Komitmen Uptime (%),Alamat IP\n"
            f"vps-imp-{tag},Dinkes,vps,{data_center['name']},\"99,5\",10.99.1.5\n")
    r = admin.post("/api/v1/hosts/import", data=good.encode(), headers=CSV)
    assert r.status_code == 201, support.describe(r)
    host = admin.get(f"/api/v1/hosts/{r.json()['created'][0]}").json()
    assert host["facility_id"] == data_center["id"]
    bad = (f"Nama,Perangkat Daerah Pemilik,Jenis,Pusat Data\n"
           f"vps-imq-{tag},Dinkes,vps,\n"
           f"vps-imr-{tag},Dinkes,vps,Gudang Belakang\n")
    problem = assert_problem(admin.post("/api/v1/hosts/import", data=bad.encode(), headers=CSV), 422, "import-invalid")
    found = {(e["row"], e.get("column")): e["message"] for e in problem["errors"]}
    assert "Pasal 14" in found[(2, "D")], problem  # a VPS outside the data center: the regulation's article
    assert "tidak ditemukan" in found[(3, "D")], problem  # no facility of that name


# ---- services ----------------------------------------------------------------------------

def test_services_import_with_participating_agencies(admin):
    tag = stamp()
    csv = (f"Kode;Nama;Perangkat Daerah Pemilik;Jenis;Kanal;Perangkat Daerah Terlibat\n"
           f"LYN-{tag};Layanan rujukan terpadu;Dinkes;public;web;Bappeda; Disdukcapil\n")
    r = admin.post("/api/v1/services/import", data=csv.encode(), headers=CSV)
    problem = assert_problem(r, 422, "import-invalid")  # ";" separates fields here: Disdukcapil falls outside
    assert {(e["row"], e["column"]) for e in problem["errors"]} == {(2, "G")}
    csv = (f"Kode;Nama;Perangkat Daerah Pemilik;Jenis;Kanal;Perangkat Daerah Terlibat\n"
           f"LYN-{tag};Layanan rujukan terpadu;Dinkes;public;web;\"Bappeda; Disdukcapil\"\n")
    r = admin.post("/api/v1/services/import", data=csv.encode(), headers=CSV)
    assert r.status_code == 201, support.describe(r)
    service = admin.get(f"/api/v1/services/{r.json()['created'][0]}").json()
    assert service["kind"] == "public" and service["channels"] == ["web"]
    assert len(service["participating_agency_ids"]) == 2


def test_an_import_and_single_changes_around_it_keep_one_unbroken_audit_chain(admin):
    tag = stamp()
    rows = "".join(f"CHN-{tag}-{i},Rantai {i},Dinkes,internal,yearly\n" for i in range(30))
    before = admin.get("/api/v1/audit", params={"limit": 1}).json()["items"][0]["seq"]
    r = admin.post(f"{BASE}/import", data=("Kode,Judul,Perangkat Daerah,Klasifikasi,Frekuensi Pemutakhiran\n" + rows).encode(),
                   headers=CSV)
    assert r.status_code == 201, support.describe(r)
    single = admin.post(BASE, json={"code": f"CHN-{tag}-X", "title": "Sesudah impor", "owner_agency_id": support.demo_agency_id(admin, "Dinkes"),
                                    "classification": "internal", "update_frequency": "yearly"})
    assert single.status_code == 201, support.describe(single)
    latest = admin.get("/api/v1/audit", params={"limit": 31}).json()["items"]
    assert [e["seq"] for e in latest] == list(range(before + 31, before, -1)), "one entry per record, numbered in order"
    assert latest[0]["entity_id"] == str(single.json()["id"])
    verify = admin.get("/api/v1/audit/verify").json()
    assert verify["ok"] is True and verify["first_broken"] is None, verify
