"""The data catalog (Data dan Informasi) and data-sharing agreements between agencies.

Each agency records its datasets with a walidata, a classification and DCAT-like metadata
(Perwali Madiun 39/2021 Pasal 10 ayat 2 and Pasal 11; master data keyed by NIK or NIP: Perbup
OKI 32/2022 Pasal 11 ayat 4-5). Who sees a dataset depends on its classification; a restricted
dataset opens to another agency only under an active, unexpired data-sharing agreement (Madiun
Pasal 10 ayat 4). Public, active datasets form the open catalog, read without signing in.

Contract: docs/registries-contract.md, "Datasets". Runs on the shared demo server (Kota Madiun):
operator_own is the operator of Dinkes, operator_other of Bappeda. Every test makes its own
records with unique codes, so nothing assumes what other tests made.
"""
from __future__ import annotations

import datetime as dt
import io
import re
import uuid

import openpyxl
import pytest

import support
from support import assert_audited, assert_problem, describe, field_names, signed_in, traced

BASE = "/api/v1/datasets"
PUBLIC = "/api/v1/public/datasets"
AGREEMENTS = "/api/v1/data-sharing-agreements"
REGION = {"region_id": support.DEMO_REGION}
DATASET_FIELDS = {"id", "code", "title", "description", "owner_agency_id", "owner_agency_name", "owner_agency_short_name",
                  "data_steward_id", "data_steward", "classification", "update_frequency", "last_updated",
                  "next_update_due", "update_overdue", "formats", "keywords", "theme", "temporal_coverage",
                  "spatial_coverage", "licence", "landing_page", "access_url", "contact_point", "issued", "master_data",
                  "reference_data", "data_key", "status", "version", "created_at", "updated_at", "shared_with"}


# --------------------------------------------------------------------------- helpers


def today() -> dt.date:
    """The date in Kota Madiun (WIB, UTC+7), as the server judges dates."""
    return (dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=7)).date()


def days(n: int) -> str:
    return (today() + dt.timedelta(days=n)).isoformat()


def new_code(prefix: str = "UJI") -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8].upper()}"


def body(agency_id: int, **fields) -> dict:
    b = {"owner_agency_id": agency_id, "code": new_code(), "title": "Data uji " + uuid.uuid4().hex[:6],
         "classification": "internal", "update_frequency": "yearly", "last_updated": days(-10),
         "formats": ["csv", "XLSX"], "keywords": ["uji", "kesehatan"], "theme": "Kesehatan",
         "spatial_coverage": "Kota Madiun", "contact_name": "Walidata Uji", "contact_email": "data@madiunkota.go.id"}
    b.update(fields)
    return b


def create(session, agency_id: int, **fields) -> dict:
    r = session.post(BASE, json=body(agency_id, **fields), headers=traced())
    assert r.status_code == 201, describe(r)
    return r.json()


def get(session, dataset_id: int) -> dict:
    r = session.get(f"{BASE}/{dataset_id}")
    assert r.status_code == 200, describe(r)
    return r.json()


def if_match(record: dict) -> dict:
    return traced(**{"If-Match": f'"{record["version"]}"'})


def listed_codes(session, **params) -> list[str]:
    params.setdefault("limit", 100)
    codes, cursor = [], None
    while True:
        if cursor:
            params["cursor"] = cursor
        r = session.get(BASE, params=params)
        assert r.status_code == 200, describe(r)
        codes += [d["code"] for d in r.json()["items"]]
        cursor = r.json()["next_cursor"]
        if not cursor:
            return codes


def agreement_body(provider: int, consumer: int, dataset_ids: list[int], **fields) -> dict:
    b = {"provider_agency_id": provider, "consumer_agency_id": consumer, "title": "Perjanjian uji " + uuid.uuid4().hex[:6],
         "purpose": "Verifikasi sasaran layanan", "scope": "Kolom yang diperlukan saja", "access_mode": "api",
         "interoperability_standard": "REST/JSON", "valid_from": days(-1), "expires_on": days(180),
         "dataset_ids": dataset_ids}
    b.update(fields)
    return b


def create_agreement(session, provider, consumer, dataset_ids, **fields) -> dict:
    r = session.post(AGREEMENTS, json=agreement_body(provider, consumer, dataset_ids, **fields), headers=traced())
    assert r.status_code == 201, describe(r)
    return r.json()


def agreement_step(session, agreement: dict, action: str, json=None):
    return session.post(f"{AGREEMENTS}/{agreement['id']}/{action}", json=json if json is not None else {},
                        headers=if_match(agreement))


@pytest.fixture(scope="module")
def stranger(server, admin, agencies) -> support.ApiSession:
    """An operator of a third agency (Diskominfo), party to none of the agreements tested."""
    user, password = support.ready_user(server, admin, "agency_operator", agency_id=agencies["Diskominfo"]["id"])
    return signed_in(server, user["username"], password)


@pytest.fixture(scope="module")
def dinkes_person(admin, dinkes) -> dict:
    r = admin.get("/api/v1/people", params={"agency_id": dinkes, "limit": 5})
    assert r.status_code == 200 and r.json()["items"], describe(r)
    return r.json()["items"][0]


# --------------------------------------------------------------------------- records


def test_create_read_update_and_history(admin, own, dinkes, dinkes_person):
    code = new_code("DINKES")
    r = own.post(BASE, json=body(dinkes, code=code.lower(), data_steward_id=dinkes_person["id"], master_data=True,
                                 data_key="nik", issued="2024-01-15", landing_page="https://data.madiunkota.go.id/x"),
                 headers=traced())
    assert r.status_code == 201, describe(r)
    d = r.json()
    assert set(d) >= DATASET_FIELDS, sorted(DATASET_FIELDS - set(d))
    assert r.headers["Location"] == f"{BASE}/{d['id']}"
    assert r.headers["ETag"] == '"1"'
    assert d["code"] == code, "a lower case code is raised"
    assert d["formats"] == ["CSV", "XLSX"], "formats are upper case"
    assert (d["owner_agency_id"], d["owner_agency_short_name"], d["status"], d["version"]) == (dinkes, "Dinkes", "active", 1)
    assert d["data_steward"] == {"id": dinkes_person["id"], "name": dinkes_person["name"]}
    assert (d["master_data"], d["data_key"], d["update_overdue"]) == (True, "nik", False)
    assert d["contact_point"] == {"name": "Walidata Uji", "email": "data@madiunkota.go.id"}
    assert d["shared_with"] == []
    assert_audited(admin, r, "dataset.create", d["id"])

    assert get(admin, d["id"]) == get(own, d["id"])
    r = own.patch(f"{BASE}/{d['id']}", json={"title": "Data uji berubah", "description": "Uraian baru",
                                             "keywords": None, "data_steward_id": None}, headers=if_match(d))
    assert r.status_code == 200, describe(r)
    changed = r.json()
    assert (changed["title"], changed["keywords"], changed["data_steward"], changed["version"]) == (
        "Data uji berubah", [], None, 2)
    assert r.headers["ETag"] == '"2"'
    assert_audited(admin, r, "dataset.update", d["id"])

    history = own.get(f"{BASE}/{d['id']}/history")
    assert history.status_code == 200, describe(history)
    items = history.json()["items"]
    assert [i["action"] for i in items] == ["dataset.update", "dataset.create"]
    assert items[0]["changes"]["title"] == {"before": d["title"], "after": "Data uji berubah"}
    assert items[1]["changes"]["code"]["after"] == code

    # A PATCH that changes nothing keeps the version; a stale or missing If-Match is refused.
    r = own.patch(f"{BASE}/{d['id']}", json={"title": "Data uji berubah"}, headers=if_match(changed))
    assert r.status_code == 200 and r.json()["version"] == 2, describe(r)
    assert_problem(own.patch(f"{BASE}/{d['id']}", json={"title": "Lagi"}, headers=if_match(d)), 412, "precondition-failed")
    assert_problem(own.patch(f"{BASE}/{d['id']}", json={"title": "Lagi"}), 428, "precondition-required")
    assert get(own, d["id"])["title"] == "Data uji berubah"


def test_unknown_dataset_is_404(admin):
    for path in (f"{BASE}/999999999", f"{BASE}/999999999/history", f"{BASE}/999999999/export.json", f"{BASE}/abc",
                 f"{AGREEMENTS}/999999999"):
        assert_problem(admin.get(path), 404, "not-found")


def test_invalid_fields_name_each_field(admin, dinkes):
    r = admin.post(BASE, json={"owner_agency_id": dinkes, "code": "01 data", "title": "", "classification": "rahasia",
                               "update_frequency": "sometimes", "last_updated": days(3), "formats": ["C S V"],
                               "keywords": [""], "landing_page": "data.madiunkota.go.id", "contact_email": "bukan-surel",
                               "data_key": "npwp", "master_data": "ya", "colour": "merah"})
    problem = assert_problem(r, 422, "validation-failed")
    fields = set(field_names(problem))
    assert fields >= {"code", "title", "classification", "update_frequency", "last_updated", "formats", "keywords",
                      "landing_page", "contact_email", "data_key", "master_data", "colour"}, fields
    r = admin.post(BASE, json={})
    assert set(field_names(assert_problem(r, 422, "validation-failed"))) >= {
        "owner_agency_id", "code", "title", "classification", "update_frequency"}
    # English when asked.
    r = admin.post(BASE, json=body(dinkes, code="x"), headers={"Accept-Language": "en"})
    problem = assert_problem(r, 422, "validation-failed")
    assert any("capital letters" in e["message"] for e in problem["errors"]), problem


def test_references_uniqueness_and_master_data_key(admin, dinkes, bappeda):
    first = create(admin, dinkes)
    assert field_names(assert_problem(admin.post(BASE, json=body(bappeda, code=first["code"])), 422,
                                      "validation-failed")) == ["code"]
    assert field_names(assert_problem(admin.post(BASE, json=body(999999999)), 422,
                                      "validation-failed")) == ["owner_agency_id"]
    assert field_names(assert_problem(admin.post(BASE, json=body(dinkes, data_steward_id=999999999)), 422,
                                      "validation-failed")) == ["data_steward_id"]
    # Master data needs its key (NIK for population data, NIP for staff data).
    problem = assert_problem(admin.post(BASE, json=body(dinkes, master_data=True)), 422, "validation-failed")
    assert field_names(problem) == ["data_key"]
    assert "nik" in problem["errors"][0]["message"]
    # The owner cannot move; nothing was half-written by the refused requests.
    r = admin.patch(f"{BASE}/{first['id']}", json={"owner_agency_id": bappeda}, headers=if_match(first))
    assert field_names(assert_problem(r, 422, "validation-failed")) == ["owner_agency_id"]
    assert get(admin, first["id"])["version"] == 1


def test_operators_manage_only_their_own_agency(admin, own, other, dinkes, bappeda):
    before = listed_codes(admin, agency_id=bappeda)
    r = own.post(BASE, json=body(bappeda))
    assert_problem(r, 403, "forbidden")
    assert listed_codes(admin, agency_id=bappeda) == before, "nothing was written"
    theirs = create(other, bappeda, classification="public")
    assert_problem(own.patch(f"{BASE}/{theirs['id']}", json={"title": "Bukan milik saya"}, headers=if_match(theirs)),
                   403, "forbidden")
    assert get(admin, theirs["id"])["title"] == theirs["title"]


# --------------------------------------------------------------------------- update frequency


def test_overdue_flag_and_filter(own, dinkes):
    late = create(own, dinkes, update_frequency="monthly", last_updated=days(-70))
    assert late["update_overdue"] is True
    assert late["next_update_due"] < today().isoformat()
    on_time = create(own, dinkes, update_frequency="weekly", last_updated=days(-7))
    assert on_time["update_overdue"] is False, "the due day itself is still on time"
    assert on_time["next_update_due"] == today().isoformat()
    irregular = create(own, dinkes, update_frequency="irregular", last_updated="2001-01-01")
    assert (irregular["update_overdue"], irregular["next_update_due"]) == (False, None)
    never = create(own, dinkes, update_frequency="yearly", last_updated=None)
    assert never["update_overdue"] is True, "a regular dataset with no update recorded is overdue"

    overdue = listed_codes(own, overdue="true")
    current = listed_codes(own, overdue="false")
    assert late["code"] in overdue and never["code"] in overdue
    assert on_time["code"] in current and irregular["code"] in current
    assert not set(overdue) & set(current)
    r = own.get(BASE, params={"overdue": "maybe"})
    assert_problem(r, 400, "bad-request")

    # Retiring it ends the duty to update it.
    r = own.patch(f"{BASE}/{late['id']}", json={"status": "retired"}, headers=if_match(late))
    assert r.status_code == 200 and r.json()["update_overdue"] is False, describe(r)


def test_list_pages_and_filters(own, dinkes):
    tag = uuid.uuid4().hex[:6]
    made = [create(own, dinkes, keywords=[f"halaman{tag}"]) for _ in range(3)]
    r = own.get(BASE, params={"q": f"halaman{tag}", "limit": 2})
    assert r.status_code == 200, describe(r)
    page = r.json()
    assert page["total"] == 3 and len(page["items"]) == 2 and page["next_cursor"]
    r = own.get(BASE, params={"q": f"halaman{tag}", "limit": 2, "cursor": page["next_cursor"]})
    rest = r.json()
    assert len(rest["items"]) == 1 and rest["next_cursor"] is None
    assert sorted(d["code"] for d in page["items"] + rest["items"]) == sorted(d["code"] for d in made)
    assert listed_codes(own, q=f"halaman{tag}", classification="public") == []
    assert_problem(own.get(BASE, params={"classification": "rahasia"}), 400, "bad-request")


# --------------------------------------------------------------------------- access by classification


def test_restricted_dataset_is_for_its_owner_oversight_and_agreements(server, admin, own, other, public, login_as,
                                                                         bappeda):
    restricted = create(other, bappeda, classification="restricted")
    path = f"{BASE}/{restricted['id']}"
    # Another agency's operator: 403 with the article, and left out of lists and exports.
    problem = assert_problem(own.get(path), 403, "forbidden")
    assert "Pasal 11" in problem["detail"], problem
    for sub in ("/history", "/export.json", "/export.xlsx"):
        assert_problem(own.get(path + sub), 403, "forbidden")
    assert restricted["code"] not in listed_codes(own)
    exported = own.get(f"{BASE}/export.json")
    assert restricted["code"] not in [d["code"] for d in exported.json()["items"]]
    # Its owner, the superadmin, leadership and auditors see it.
    for session in (other, admin, login_as("leadership"), login_as("auditor")):
        assert get(session, restricted["id"])["classification"] == "restricted"
        assert restricted["code"] in listed_codes(session, agency_id=bappeda)
    # The public: not found, as if it did not exist; citizens have no catalog access at all.
    assert_problem(public.get(f"{PUBLIC}/{restricted['id']}", params=REGION), 404, "not-found")
    assert_problem(login_as("citizen").get(path), 403, "forbidden")
    assert_problem(public.get(path), 401, "authentication-required")


def test_secret_dataset_is_for_its_owner_and_the_superadmin_only(admin, own, other, login_as, dinkes):
    secret = create(own, dinkes, classification="secret")
    assert get(own, secret["id"])["classification"] == "secret"
    assert get(admin, secret["id"])["id"] == secret["id"]
    for session in (other, login_as("leadership"), login_as("auditor")):
        assert_problem(session.get(f"{BASE}/{secret['id']}"), 403, "forbidden")
        assert secret["code"] not in listed_codes(session, agency_id=dinkes)


def test_internal_dataset_is_for_every_signed_in_role_but_citizen(own, other, public, dinkes):
    internal = create(own, dinkes, classification="internal")
    assert get(other, internal["id"])["id"] == internal["id"]
    assert internal["code"] in listed_codes(other, agency_id=dinkes)
    assert_problem(public.get(f"{PUBLIC}/{internal['id']}", params=REGION), 404, "not-found")


def test_public_catalog_without_signing_in(own, public, dinkes, dinkes_person):
    tag = uuid.uuid4().hex[:6]
    open_data = create(own, dinkes, classification="public", keywords=[f"terbuka{tag}"],
                       data_steward_id=dinkes_person["id"], licence="CC-BY-4.0")
    r = public.get(PUBLIC, params={**REGION, "q": f"terbuka{tag}"})
    assert r.status_code == 200, describe(r)
    items = r.json()["items"]
    assert [d["code"] for d in items] == [open_data["code"]]
    d = items[0]
    assert "data_steward" not in d and "data_steward_id" not in d, "no walidata personal data in public"
    assert (d["owner_agency_short_name"], d["licence"], d["contact_point"]["email"]) == (
        "Dinkes", "CC-BY-4.0", "data@madiunkota.go.id")
    r = public.get(f"{PUBLIC}/{open_data['id']}", params=REGION)
    assert r.status_code == 200 and r.json()["title"] == open_data["title"], describe(r)
    # A retired dataset leaves the open catalog.
    r = own.patch(f"{BASE}/{open_data['id']}", json={"status": "retired"}, headers=if_match(open_data))
    assert r.status_code == 200, describe(r)
    assert_problem(public.get(f"{PUBLIC}/{open_data['id']}", params=REGION), 404, "not-found")
    assert public.get(PUBLIC, params={**REGION, "q": f"terbuka{tag}"}).json()["items"] == []
    # The region must be named without a session; an unknown one is not found.
    assert_problem(public.get(PUBLIC), 400, "bad-request")
    assert_problem(public.get(PUBLIC, params={"region_id": "kota-tidak-ada"}), 404, "not-found")


# --------------------------------------------------------------------------- sharing agreements


def test_agreement_grants_access_and_expiry_takes_it_away(admin, own, other, dinkes, bappeda):
    restricted = create(other, bappeda, classification="restricted")
    path = f"{BASE}/{restricted['id']}"
    assert_problem(own.get(path), 403, "forbidden")

    r = other.post(AGREEMENTS, json=agreement_body(bappeda, dinkes, [restricted["id"]], expires_on=days(20)),
                   headers=traced())
    assert r.status_code == 201, describe(r)
    a = r.json()
    assert (a["status"], a["state"], a["grants_access"], a["dataset_ids"]) == ("draft", "draft", False,
                                                                                 [restricted["id"]])
    assert_audited(admin, r, "data_sharing_agreement.create", a["id"])
    assert_problem(own.get(path), 403, "forbidden")  # a draft grants nothing

    # Putting it into force needs the agreement's number (Pasal 10 ayat 4 cited).
    problem = assert_problem(agreement_step(other, a, "activate"), 409, "invalid-transition")
    assert "Pasal 10 ayat (4)" in problem["detail"], problem
    r = other.patch(f"{AGREEMENTS}/{a['id']}", json={"document_number": "470/001/401.102/2026"}, headers=if_match(a))
    assert r.status_code == 200, describe(r)
    r = agreement_step(other, r.json(), "activate")
    assert r.status_code == 200, describe(r)
    a = r.json()
    assert (a["status"], a["state"], a["grants_access"], a["expiring_soon"]) == ("active", "active", True, True)
    assert a["activated_by"] == other.user["username"]

    # The consumer's operator now sees the dataset, in lists too; the dataset shows who shares it.
    seen = get(own, restricted["id"])
    assert [s["agreement_id"] for s in seen["shared_with"]] == [a["id"]]
    assert restricted["code"] in listed_codes(own, agency_id=bappeda)
    r = own.get(AGREEMENTS, params={"expiring_soon": "true"})
    assert a["id"] in [x["id"] for x in r.json()["items"]]

    # It expired yesterday: access stops at once, without anyone ending it.
    r = other.patch(f"{AGREEMENTS}/{a['id']}", json={"valid_from": days(-30), "expires_on": days(-1)},
                    headers=if_match(a))
    assert r.status_code == 200, describe(r)
    a = r.json()
    assert (a["status"], a["state"], a["grants_access"]) == ("active", "expired", False)
    assert_problem(own.get(path), 403, "forbidden")
    assert restricted["code"] not in listed_codes(own, agency_id=bappeda)

    history = admin.get(f"{AGREEMENTS}/{a['id']}/history").json()["items"]
    assert [h["action"] for h in history] == ["data_sharing_agreement.update", "data_sharing_agreement.activate",
                                              "data_sharing_agreement.update", "data_sharing_agreement.create"]


def test_ending_an_agreement_stops_access(own, other, dinkes, bappeda):
    restricted = create(other, bappeda, classification="restricted")
    a = create_agreement(other, bappeda, dinkes, [restricted["id"]], document_number="470/002/2026")
    a = agreement_step(other, a, "activate").json()
    assert get(own, restricted["id"])["id"] == restricted["id"]
    # The consumer cannot end it; the provider can.
    assert_problem(agreement_step(own, a, "end"), 403, "forbidden")
    r = agreement_step(other, a, "end", {"reason": "Layanan sudah tidak memerlukan data ini"})
    assert r.status_code == 200, describe(r)
    ended = r.json()
    assert (ended["status"], ended["end_reason"], ended["grants_access"]) == (
        "ended", "Layanan sudah tidak memerlukan data ini", False)
    assert_problem(own.get(f"{BASE}/{restricted['id']}"), 403, "forbidden")
    assert_problem(agreement_step(other, ended, "end"), 409, "invalid-transition")
    assert_problem(other.patch(f"{AGREEMENTS}/{a['id']}", json={"title": "Lagi"}, headers=if_match(ended)), 409,
                   "invalid-transition")


def test_agreement_rules(admin, own, other, stranger, dinkes, bappeda):
    mine = create(own, dinkes, classification="restricted")
    theirs = create(other, bappeda, classification="restricted")
    secret = create(own, dinkes, classification="secret")
    # Only the provider (or the superadmin) makes it.
    assert_problem(own.post(AGREEMENTS, json=agreement_body(bappeda, dinkes, [theirs["id"]])), 403, "forbidden")
    # Only the provider's own datasets, never a secret one; two different agencies; sensible dates.
    r = own.post(AGREEMENTS, json=agreement_body(dinkes, bappeda, [theirs["id"], secret["id"], 999999999]))
    problem = assert_problem(r, 422, "validation-failed")
    assert field_names(problem).count("dataset_ids") == 3, problem
    assert any("rahasia" in e["message"] for e in problem["errors"]), problem
    r = own.post(AGREEMENTS, json=agreement_body(dinkes, dinkes, [mine["id"]], valid_from=days(10), expires_on=days(5)))
    assert set(field_names(assert_problem(r, 422, "validation-failed"))) == {"consumer_agency_id", "expires_on"}
    r = own.post(AGREEMENTS, json={"access_mode": "fax", "dataset_ids": "semua", "valid_from": "kemarin"})
    assert set(field_names(assert_problem(r, 422, "validation-failed"))) >= {
        "provider_agency_id", "consumer_agency_id", "title", "purpose", "access_mode", "dataset_ids", "valid_from",
        "expires_on"}
    # The signed document must have been uploaded.
    unknown = "ab" * 32
    r = own.post(AGREEMENTS, json=agreement_body(dinkes, bappeda, [mine["id"]], document_sha256=unknown))
    assert field_names(assert_problem(r, 422, "validation-failed")) == ["document_sha256"]
    pdf = b"%PDF-1.4\n% perjanjian bagi pakai data " + uuid.uuid4().hex.encode() + b"\n%%EOF\n"
    up = own.post("/api/v1/files", params={"name": "perjanjian.pdf"}, data=pdf, headers={"Content-Type": "application/pdf"})
    assert up.status_code in (200, 201), describe(up)
    a = create_agreement(own, dinkes, bappeda, [mine["id"]], document_sha256=up.json()["sha256"])
    assert a["document"]["sha256"] == up.json()["sha256"]
    assert [d["code"] for d in a["datasets"]] == [mine["code"]]
    # The parties cannot change; a third agency's operator neither sees nor lists it.
    r = own.patch(f"{AGREEMENTS}/{a['id']}", json={"consumer_agency_id": dinkes}, headers=if_match(a))
    assert field_names(assert_problem(r, 422, "validation-failed")) == ["consumer_agency_id"]
    assert_problem(stranger.get(f"{AGREEMENTS}/{a['id']}"), 403, "forbidden")
    assert a["id"] not in [x["id"] for x in stranger.get(AGREEMENTS, params={"limit": 100}).json()["items"]]
    assert_problem(other.get(f"{BASE}/{mine['id']}"), 403, "forbidden")  # a draft grants nothing
    assert other.get(f"{AGREEMENTS}/{a['id']}").status_code == 200, "the consumer sees it"
    assert a["id"] in [x["id"] for x in admin.get(AGREEMENTS, params={"agency_id": bappeda, "limit": 100}).json()["items"]]


def test_a_dataset_shows_other_agencies_only_their_own_agreements(admin, own, other, stranger, dinkes, bappeda):
    internal = create(other, bappeda, classification="internal")
    a = create_agreement(other, bappeda, dinkes, [internal["id"]])
    for session in (other, own, admin):
        assert [s["agreement_id"] for s in get(session, internal["id"])["shared_with"]] == [a["id"]]
    assert get(stranger, internal["id"])["shared_with"] == [], "a third agency sees the dataset, not whom it is shared with"


# --------------------------------------------------------------------------- exports and demo


def test_exports(own, dinkes):
    d = create(own, dinkes, update_frequency="monthly", last_updated=days(-70))
    r = own.get(f"{BASE}/export.xlsx")
    assert r.status_code == 200, describe(r)
    assert r.headers["Content-Type"].startswith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    assert re.search(r'attachment; filename="?katalog-data', r.headers["Content-Disposition"]), r.headers
    book = openpyxl.load_workbook(io.BytesIO(r.content))
    assert book.sheetnames == ["Katalog Data"]
    rows = list(book["Katalog Data"].iter_rows(values_only=True))
    header = rows[0]
    assert header[:5] == ("Kode", "Judul", "Perangkat Daerah", "Walidata", "Klasifikasi")
    row = {r[0]: dict(zip(header, r)) for r in rows[1:]}[d["code"]]
    assert (row["Judul"], row["Perangkat Daerah"], row["Klasifikasi"], row["Terlambat"]) == (
        d["title"], "Dinas Kesehatan", "Internal", "Ya")

    r = own.get(f"{BASE}/{d['id']}/export.json")
    assert r.status_code == 200, describe(r)
    assert r.json()["dataset"]["code"] == d["code"]
    r = own.get(f"{BASE}/{d['id']}/export.xlsx")
    assert r.status_code == 200, describe(r)
    rows = list(openpyxl.load_workbook(io.BytesIO(r.content))["Katalog Data"].iter_rows(values_only=True))
    assert [r[0] for r in rows[1:]] == [d["code"]]


def test_demo_catalog(own, other, public):
    """The demo: Disdukcapil's population data is NIK-keyed master data, restricted, shared
    with Dinkes under an active agreement; Dinkes' immunisation data is overdue."""
    codes = listed_codes(own)
    assert "DUKCAPIL-PENDUDUK" in codes, "Dinkes sees it under the demo agreement"
    assert "DUKCAPIL-PENDUDUK" not in listed_codes(other), "Bappeda has no agreement"
    population = [d for d in own.get(BASE, params={"q": "DUKCAPIL-PENDUDUK"}).json()["items"]][0]
    assert (population["classification"], population["master_data"], population["data_key"]) == ("restricted", True, "nik")
    assert [s["state"] for s in get(own, population["id"])["shared_with"]] == ["active"]
    assert "DINKES-IMUNISASI" in listed_codes(own, overdue="true")
    open_codes = [d["code"] for d in public.get(PUBLIC, params={**REGION, "limit": 100}).json()["items"]]
    assert "DUKCAPIL-AGREGAT" in open_codes and "DUKCAPIL-PENDUDUK" not in open_codes
