"""ICT assets (Manajemen Aset TIK, Perwali Madiun 39/2021 Pasal 35; Perwali Kendari 41/2021
Pasal 19 ayat (8), (11), (12) and Pasal 29): the register with its lifecycle (planning →
procurement → in use ⇄ maintenance → disposed), edits with If-Match, operators kept to their own
agency, the compatibility gate of Kendari, expiry warnings, the all-or-nothing import and the
inventory report for the regional asset office.

Contract: docs/management-processes-contract.md, "ICT assets".
Runs on the shared demo server (Kota Madiun) except where a Kendari region is made with
`simpul init`. Every test makes its own assets with unique codes, so nothing assumes what other
tests or the demo made.
"""
from __future__ import annotations

import datetime as dt
import io
import uuid

import openpyxl

import support
from support import assert_audited, assert_problem, describe, field_names, traced

BASE = "/api/v1/assets"
CSV = {"Content-Type": "text/csv"}


def today() -> dt.date:
    # Both regions used here keep WIB/WITA; a few hours either way do not matter to these dates.
    return (dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=7)).date()


def days(n: int) -> str:
    return (today() + dt.timedelta(days=n)).isoformat()


def stamp() -> str:
    return uuid.uuid4().hex[:8].upper()


def new_asset(session, agency_id: int, expect: int = 201, **fields) -> dict:
    body = {"kind": "hardware", "category": "computer", "code": f"UJI/PC/{stamp()}",
            "name": "PC Desktop Lenovo ThinkCentre M70s", "owner_agency_id": agency_id}
    body.update(fields)
    r = session.post(BASE, json=body, headers=traced())
    assert r.status_code == expect, describe(r)
    if expect == 201:
        assert r.headers.get("ETag") == f'"{r.json()["version"]}"'
    return r.json()


def act(session, asset: dict, action: str, expect: int = 200, **body) -> dict:
    r = session.post(f"{BASE}/{asset['id']}/actions", json={"action": action, **body},
                     headers={"If-Match": f'"{asset["version"]}"'})
    assert r.status_code == expect, describe(r)
    return r.json()


# --------------------------------------------------------------------------- register


def test_create_and_edit_need_the_version_the_caller_saw(admin, dinkes):
    a = new_asset(admin, dinkes, value=14_500_000, acquired_on=days(-30), serial_number="SN-MJ0ABC12")
    assert (a["stage"], a["stage_since"], a["owner_agency_name"]) == ("planning", today().isoformat(), "Dinas Kesehatan")
    assert [e["action"] for e in a["events"]] == ["create"]
    path = f"{BASE}/{a['id']}"
    assert_problem(admin.request("PATCH", path, json={"location": "Ruang Server"}), 428, "precondition-required")
    r = admin.request("PATCH", path, json={"location": "Ruang Server Lt. 2"}, headers=traced(**{"If-Match": '"1"'}))
    assert r.status_code == 200, describe(r)
    assert (r.json()["location"], r.json()["version"]) == ("Ruang Server Lt. 2", 2)
    assert_audited(admin, r, "asset.update", a["id"])
    stale = admin.request("PATCH", path, json={"location": "Gudang"}, headers={"If-Match": '"1"'})
    assert_problem(stale, 412, "precondition-failed")
    # Fields are checked together: a hardware asset has no licence, the code is the region's own.
    bad = admin.request("PATCH", path, json={"licence_until": days(10), "stage": "in_use"}, headers={"If-Match": '"2"'})
    assert set(field_names(assert_problem(bad, 422, "validation-failed"))) == {"stage"}
    bad = admin.request("PATCH", path, json={"licence_until": days(10)}, headers={"If-Match": '"2"'})
    assert field_names(assert_problem(bad, 422, "validation-failed")) == ["licence_until"]
    dup = new_asset(admin, dinkes, expect=422, code=a["code"])
    assert "code" in field_names(dup)
    assert field_names(new_asset(admin, dinkes, expect=422, kind="software", category="server")) == ["category"]
    assert field_names(new_asset(admin, dinkes, expect=422, value=-1)) == ["value"]


def test_operators_manage_only_their_own_agencys_assets(admin, own, dinkes, bappeda):
    mine = new_asset(own, dinkes)
    theirs = new_asset(admin, bappeda)
    refused = new_asset(own, bappeda, expect=403)
    assert "perangkat daerah Anda sendiri" in refused["detail"]
    assert_problem(own.request("PATCH", f"{BASE}/{theirs['id']}", json={"notes": "x"}, headers={"If-Match": '"1"'}),
                   403, "forbidden")
    assert_problem(own.post(f"{BASE}/{theirs['id']}/actions", json={"action": "procure"}, headers={"If-Match": '"1"'}),
                   403, "forbidden")
    # Nor may an operator give their asset away to another agency.
    assert_problem(own.request("PATCH", f"{BASE}/{mine['id']}", json={"owner_agency_id": bappeda},
                               headers={"If-Match": '"1"'}), 403, "forbidden")
    assert own.get(f"{BASE}/{theirs['id']}").status_code == 200  # reading is for everyone on the staff


def test_lifecycle_steps_in_order_and_a_disposed_asset_is_read_only(admin, dinkes):
    a = new_asset(admin, dinkes, category="network_device", name="Switch Cisco Catalyst 2960")
    early = act(admin, a, "put_in_use", expect=409)
    assert early["type"].endswith("invalid-transition")
    assert "perencanaan" in early["detail"] and "pengadaan" in early["detail"]
    a = act(admin, a, "procure", note="Pengadaan e-katalog")  # Madiun has no compatibility gate
    a = act(admin, a, "put_in_use")
    assert (a["stage"], a["acquired_on"]) == ("in_use", today().isoformat())
    a = act(admin, a, "start_maintenance", note="Port uplink rusak")
    a = act(admin, a, "end_maintenance")
    missing = act(admin, a, "dispose", expect=422)
    assert set(field_names(missing)) == {"reason", "decree_reference"}
    future = act(admin, a, "dispose", expect=422, on=days(3), reason="Rusak berat", decree_reference="SK-1")
    assert field_names(future) == ["on"]
    r = admin.post(f"{BASE}/{a['id']}/actions", json={"action": "dispose", "reason": "Rusak berat, tidak ekonomis diperbaiki",
                                                       "decree_reference": "188.45/12/401.102/2026"},
                   headers=traced(**{"If-Match": f'"{a["version"]}"'}))
    assert r.status_code == 200, describe(r)
    assert_audited(admin, r, "asset.dispose", a["id"])
    a = r.json()
    assert a["disposal"] == {"on": today().isoformat(), "reason": "Rusak berat, tidak ekonomis diperbaiki",
                             "decree_reference": "188.45/12/401.102/2026"}
    twice = act(admin, a, "dispose", expect=409, reason="Lagi", decree_reference="SK-2")
    assert f"sudah dihapus pada {today().isoformat()}" in twice["detail"]
    assert_problem(admin.request("PATCH", f"{BASE}/{a['id']}", json={"notes": "x"}, headers={"If-Match": f'"{a["version"]}"'}),
                   409, "invalid-transition")
    events = admin.get(f"{BASE}/{a['id']}/events").json()["items"]
    assert [(e["action"], e["from_stage"], e["to_stage"]) for e in events] == [
        ("create", None, "planning"), ("procure", "planning", "procurement"), ("put_in_use", "procurement", "in_use"),
        ("start_maintenance", "in_use", "maintenance"), ("end_maintenance", "maintenance", "in_use"),
        ("dispose", "in_use", "disposed")]


def test_the_list_filters_pages_and_follows_links(admin, dinkes):
    tag = stamp()
    pc = new_asset(admin, dinkes, code=f"LST/{tag}/1", serial_number=f"SER{tag}")
    office = new_asset(admin, dinkes, code=f"LST/{tag}/2", kind="software", category="office_software",
                       name="Lisensi Microsoft Office 2021", licence_kind="perpetual", seats=25)
    r = admin.get(BASE, params={"q": f"lst/{tag.lower()}", "per_page": 1, "page": 2})
    assert r.status_code == 200, describe(r)
    body = r.json()
    assert (body["total"], body["page"], body["per_page"], [i["code"] for i in body["items"]]) == (2, 2, 1, [office["code"]])
    assert [i["id"] for i in admin.get(BASE, params={"q": f"ser{tag.lower()}"}).json()["items"]] == [pc["id"]]
    assert [i["id"] for i in admin.get(BASE, params={"q": tag, "kind": "software"}).json()["items"]] == [office["id"]]
    assert_problem(admin.get(BASE, params={"stage": "lost"}), 400, "bad-request")
    application = admin.get("/api/v1/applications", params={"limit": 1}).json()["items"][0]
    link = admin.post(f"{BASE}/{pc['id']}/links", json={"kind": "application", "target_id": application["id"]}, headers=traced())
    assert link.status_code == 201, describe(link)
    assert link.json()["target_name"] == application["name"]
    assert_audited(admin, link, "asset.link", pc["id"])
    again = admin.post(f"{BASE}/{pc['id']}/links", json={"kind": "application", "target_id": application["id"]})
    assert_problem(again, 409, "conflict")
    assert_problem(admin.post(f"{BASE}/{pc['id']}/links", json={"kind": "host", "target_id": 999999999}), 404, "not-found")
    linked = admin.get(BASE, params={"application_id": application["id"], "q": tag}).json()["items"]
    assert [i["id"] for i in linked] == [pc["id"]]
    assert admin.delete(f"{BASE}/{pc['id']}/links/{link.json()['id']}").status_code == 204
    assert admin.get(BASE, params={"application_id": application["id"], "q": tag}).json()["total"] == 0
    sheet = admin.get(f"{BASE}/export.xlsx", params={"q": tag})
    assert sheet.status_code == 200, describe(sheet)
    rows = list(openpyxl.load_workbook(io.BytesIO(sheet.content)).active.values)
    assert [r[0] for r in rows[1:]] == [pc["code"], office["code"]]


def test_the_search_finds_assets_by_the_beginnings_of_their_words(admin, dinkes, bappeda):
    tag = stamp()
    laptop = new_asset(admin, dinkes, code=f"CARI/{tag}/1", category="laptop", serial_number=f"PF{tag}X",
                       name=f"Laptop Lenovo ThinkPad E14 {tag}")
    theirs = new_asset(admin, bappeda, code=f"CARI/{tag}/2", name=f"PC Desktop Dell OptiPlex {tag}")

    def found(**params):
        body = admin.get(BASE, params=params).json()
        assert body["total"] == len(body["items"]), body
        return [i["id"] for i in body["items"]]

    # Every word typed begins a word of the code, name or serial number, in any case and order.
    assert found(q=f"think {tag}") == [laptop["id"]]
    assert found(q=f"{tag.lower()} LENOVO") == [laptop["id"]]
    assert found(q=f"cari/{tag}") == [laptop["id"], theirs["id"]]
    assert found(q=f"pf{tag[:4]}") == [laptop["id"]]
    assert found(q=f"{tag} inkpad") == [], "the middle of a word is no beginning"
    # Quotes, operators and brackets are only separators.
    assert found(q=f'"{tag}" -think* (lenovo') == [laptop["id"]]
    assert found(q=f"optiplex {tag}", agency_id=dinkes) == []
    assert found(q=f"optiplex {tag}", agency_id=bappeda) == [theirs["id"]]
    # An edit is found by its new name at once, no longer by the old one.
    r = admin.request("PATCH", f"{BASE}/{theirs['id']}", json={"name": f"PC All-in-One HP ProOne {tag}"},
                      headers={"If-Match": '"1"'})
    assert r.status_code == 200, describe(r)
    assert found(q=f"optiplex {tag}") == []
    assert found(q=f"proone {tag}", kind="hardware") == [theirs["id"]]
    # The demo's assets are in the search index too.
    listed = admin.get(BASE, params={"q": "thinkpad", "per_page": 100}).json()["items"]
    demo = [i for i in listed if not i["code"].startswith(("UJI/", "CARI/", "LST/", "EXP/", "IMP/"))]
    assert demo and all("ThinkPad" in i["name"] for i in demo), listed


def test_expiring_shows_running_ones_soonest_first_then_ended_ones(admin, bappeda):
    tag = stamp()
    expired = new_asset(admin, bappeda, code=f"EXP/{tag}/1", warranty_until=days(-1))
    soon = new_asset(admin, bappeda, code=f"EXP/{tag}/2", kind="software", category="security_software",
                     name="Antivirus Kaspersky Endpoint", licence_kind="subscription", licence_until=days(10))
    edge = new_asset(admin, bappeda, code=f"EXP/{tag}/3", warranty_until=days(90))
    new_asset(admin, bappeda, code=f"EXP/{tag}/4", warranty_until=days(91))
    gone = new_asset(admin, bappeda, code=f"EXP/{tag}/5", warranty_until=days(5), stage="in_use")
    act(admin, gone, "dispose", reason="Hilang", decree_reference="SK-HILANG-1")
    r = admin.get(f"{BASE}/expiring", params={"agency_id": bappeda, "limit": 500})
    assert r.status_code == 200, describe(r)
    body = r.json()
    assert body["warning_days"] == 90
    mine = [(i["code"], i["what"], i["days_left"], i["status"]) for i in body["items"] if f"/{tag}/" in i["code"]]
    assert mine == [(soon["code"], "licence", 10, "expiring"), (edge["code"], "warranty", 90, "expiring"),
                    (expired["code"], "warranty", -1, "expired")]
    assert body["totals"]["expired"] >= 1 and body["totals"]["expiring"] >= 2
    listed = admin.get(BASE, params={"q": f"exp/{tag.lower()}", "expiring_within_days": 90}).json()
    assert [i["code"] for i in listed["items"]] == [expired["code"], soon["code"], edge["code"]]
    assert listed["items"][1]["licence_days_left"] == 10


def test_import_is_all_or_nothing_with_errors_by_row_and_column(admin, own):
    tag = stamp()
    header = "Kode,Nama,Jenis,Kategori,Perangkat Daerah Pemilik,Nilai,Garansi Sampai\n"
    bad = (header
           + f"IMP/{tag}/1,Laptop ASUS ExpertBook B1,hardware,laptop,Dinkes,12500000,2027-01-31\n"
           + f"IMP/{tag}/2,Printer Epson L3210,hardware,mesin_tik,Dinkes,2800000,\n"
           + f"IMP/{tag}/1,Kode terulang,hardware,laptop,Dinkes,,\n")
    problem = assert_problem(admin.post(f"{BASE}/import", data=bad.encode(), headers=CSV), 422, "import-invalid")
    assert {(e["row"], e.get("column")) for e in problem["errors"]} == {(3, "D"), (4, "A")}, problem
    assert admin.get(BASE, params={"q": f"imp/{tag.lower()}"}).json()["total"] == 0, "nothing of the file was written"
    foreign = header + f"IMP/{tag}/3,Router MikroTik RB4011,hardware,network_device,Bappeda,,\n"
    refused = assert_problem(own.post(f"{BASE}/import", data=foreign.encode(), headers=CSV), 422, "import-invalid")
    assert [e["row"] for e in refused["errors"]] == [2]
    good = header + f"IMP/{tag}/1,Laptop ASUS ExpertBook B1,hardware,laptop,Dinkes,12500000,2027-01-31\n"
    r = own.post(f"{BASE}/import", data=good.encode(), headers=CSV)
    assert r.status_code == 201, describe(r)
    made = admin.get(f"{BASE}/{r.json()['created'][0]}").json()
    assert [i["id"] for i in admin.get(BASE, params={"q": f"expertbook imp/{tag}"}).json()["items"]] == [made["id"]]
    assert (made["stage"], made["value"], made["warranty_until"]) == ("in_use", 12_500_000, "2027-01-31")
    template = own.get(f"{BASE}/import-template.xlsx")
    assert template.status_code == 200
    assert list(openpyxl.load_workbook(io.BytesIO(template.content)).active.values)[0][:3] == ("Kode", "Nama", "Jenis")


# --------------------------------------------------------------------------- Kendari


def test_kendari_needs_a_compatibility_statement_before_procuring_a_device(initialised_server):
    _, admin, _ = initialised_server("kendari")
    agency = support.agencies_by_short_name(admin)["BKAD"]["id"]
    new_pc = new_asset(admin, agency, name="PC All-in-One HP ProOne 400")
    refused = act(admin, new_pc, "procure", expect=409)
    assert refused["type"].endswith("invalid-transition")
    assert "Pasal 19 ayat (8)" in refused["detail"] and "kompatibel" in refused["detail"]
    software = new_asset(admin, agency, kind="software", category="operating_system", name="Windows 11 Pro")
    act(admin, software, "procure")  # the gate is for devices
    existing = new_asset(admin, agency, category="printer", name="Printer HP LaserJet M211", stage="in_use")
    compat = admin.get(f"{BASE}/{new_pc['id']}/compatibility").json()
    assert compat["required"] is True and "Pasal 19 ayat (8)" in compat["obligation"]["citation"]
    assert [c["id"] for c in compat["candidates"]] == [existing["id"]]
    bad = admin.put(f"{BASE}/{new_pc['id']}/compatibility", json={"compatible_with": [new_pc["id"]], "note": "x"},
                    headers={"If-Match": '"1"'})
    assert field_names(assert_problem(bad, 422, "validation-failed")) == ["compatible_with.0"]
    r = admin.put(f"{BASE}/{new_pc['id']}/compatibility",
                  json={"compatible_with": [existing["id"]], "note": "Driver printer dan domain kantor sudah diuji."},
                  headers={"If-Match": '"1"'})
    assert r.status_code == 200, describe(r)
    procured = act(admin, r.json(), "procure")
    assert procured["stage"] == "procurement"


def test_kendari_inventory_report_for_the_asset_office(initialised_server):
    _, admin, _ = initialised_server("kendari")
    agencies = support.agencies_by_short_name(admin)
    bkad = agencies["BKAD"]["id"]
    other = next(a["id"] for name, a in agencies.items() if name != "BKAD")
    new_asset(admin, bkad, value=10_000_000, stage="in_use", regional_asset_code="02.06.02.01.001")
    pending = new_asset(admin, bkad, value=5_000_000, stage="maintenance")
    gone = new_asset(admin, bkad, value=7_000_000, stage="in_use", regional_asset_code="02.06.02.01.002")
    act(admin, gone, "dispose", reason="Usang", decree_reference="SK-7")
    new_asset(admin, other, category="server", value=150_000_000, stage="in_use", regional_asset_code="X-1")
    settings = admin.get(f"{BASE}/settings")
    assert settings.json() == {"warning_days": 90, "version": 0}
    assert_problem(admin.put(f"{BASE}/settings", json={"warning_days": 30}), 428, "precondition-required")
    assert admin.put(f"{BASE}/settings", json={"warning_days": 30}, headers={"If-Match": '"0"'}).json()["version"] == 1
    year = today().year
    r = admin.post(f"{BASE}/inventory-reports", json={"year": year}, headers=traced())
    assert r.status_code == 201, describe(r)
    report = r.json()
    assert report["totals"] == {"count": 3, "value": 165_000_000}
    assert "Pasal 19 ayat (12)" in report["obligation"]["citation"]
    assert report["recipient_suggestion"] == "Badan Keuangan dan Aset Daerah"
    by_key = {(row["agency_id"], row["category"]): row for row in report["rows"]}
    assert {k: (v["in_use"], v["maintenance"], v["disposed"], v["count"], v["value"]) for k, v in by_key.items()} == {
        (bkad, "computer"): (1, 1, 1, 2, 15_000_000), (other, "server"): (1, 0, 0, 1, 150_000_000)}
    assert [m["asset_id"] for m in report["missing_regional_code"]] == [pending["id"]]
    assert report["missing_regional_code_count"] == 1
    assert_problem(admin.post(f"{BASE}/inventory-reports", json={"year": year + 1}), 422, "validation-failed")
    sent = admin.post(f"{BASE}/inventory-reports/{report['id']}/submit",
                      json={"sent_on": today().isoformat(), "recipient": report["recipient_suggestion"]},
                      headers={"If-Match": f'"{report["version"]}"'})
    assert sent.status_code == 200, describe(sent)
    assert (sent.json()["state"], sent.json()["sent_on"]) == ("sent", today().isoformat())
    assert_problem(admin.post(f"{BASE}/inventory-reports", json={"year": year}), 409, "invalid-transition")
    book = admin.get(f"{BASE}/inventory-reports/{report['id']}/export.xlsx")
    assert book.status_code == 200, describe(book)
    sheets = openpyxl.load_workbook(io.BytesIO(book.content)).sheetnames
    assert sheets == ["Ringkasan", "Tanpa Kode Aset Daerah"]
    assert [i["id"] for i in admin.get(f"{BASE}/inventory-reports").json()["items"]] == [report["id"]]
