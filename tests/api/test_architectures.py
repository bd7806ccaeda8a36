"""The SPBE architecture (Arsitektur SPBE) in five-year versions: the reference architecture
and six domains with their coordinating agencies (Perwali Madiun 39/2021 Pasal 6 ayat 5-9),
enacted by decree (ayat 3), reviewed at mid-term and in the final year or on demand, with the
grounds of ayat (11).

Contract: docs/governance-contract.md, "Architecture" and "Who may do what". The demo region
runs the Madiun profile.

Tests share one database with the rest of the suite: versions that are not superseded may not
overlap, so each test takes a period no such version covers yet (free_start) and creates as
few versions as it can.
"""
from __future__ import annotations

import datetime as dt
import io

import openpyxl
import pytest

import support
from support import (agencies_by_short_name, assert_audited, assert_problem, describe, field_names, in_parallel, traced,
                     unique_name)

BASE = "/api/v1/architectures"
DOMAINS = ["business_process", "data_information", "infrastructure", "application", "security", "service"]
ARCH_FIELDS = {"id", "title", "start_year", "end_year", "mid_term_year", "reference_summary", "decree_number", "decree_date",
               "decree_article", "status", "next_statuses", "domains", "reviews", "review_schedule", "review_kinds",
               "review_reason_options", "due_reviews", "version", "created_at", "updated_at"}


def today() -> dt.date:
    return support.region_today("Asia/Jakarta")


def versions(session, **params) -> list[dict]:
    r = session.get(BASE, params=params)
    assert r.status_code == 200, describe(r)
    return r.json()["items"]


def free_start(session, lo: int = 2030, hi: int | None = None, span: int = 5) -> int:
    """A first year whose five-year period overlaps no version that is not superseded."""
    taken = [(v["start_year"], v["end_year"]) for v in versions(session) if v["status"] != "superseded"]
    for start in range(lo, (2101 - span if hi is None else hi) + 1):
        if all(end < start or begin > start + span - 1 for begin, end in taken):
            return start
    pytest.fail("no free five-year period left for an architecture version")


# Versions the running test created; each is superseded when the test ends, so its period
# is free again for later tests and later runs on the same database.
_created: list[int] = []


@pytest.fixture(autouse=True)
def retire_created_versions(admin):
    _created.clear()
    yield
    for version_id in _created:
        for _ in range(4):
            v = admin.get(f"{BASE}/{version_id}").json()
            if v["status"] == "superseded":
                break
            step = {"draft": {"to": "in_review"}, "in_review": {"to": "enacted"}, "enacted": {"to": "superseded"}}[v["status"]]
            if v["status"] == "in_review" and not v["decree_number"]:
                step.update(decree_number="188/uji", decree_date=today().isoformat())
            r = admin.post(f"{BASE}/{version_id}/transition", json=step, headers=etag(v))
            assert r.status_code == 200, describe(r)


def create(admin, start: int, **extra) -> dict:
    body = {"title": "Arsitektur SPBE " + unique_name("as"), "start_year": start, "end_year": start + 4,
            "reference_summary": "Referensi arsitektur mengacu pada Arsitektur SPBE Nasional.", **extra}
    r = admin.post(BASE, json=body, headers=traced())
    assert r.status_code == 201, describe(r)
    _created.append(r.json()["id"])
    return r.json()


def etag(version: dict) -> dict:
    return {"If-Match": f'"{version["version"]}"'}


def move(admin, version: dict, to: str, **extra):
    return admin.post(f"{BASE}/{version['id']}/transition", json={"to": to, **extra}, headers=traced(**etag(version)))


def enacted_version(admin, start: int, decree_date: str) -> dict:
    v = create(admin, start)
    r = move(admin, v, "in_review")
    assert r.status_code == 200, describe(r)
    r = move(admin, r.json(), "enacted", decree_number="188.45/" + unique_name("kep")[4:], decree_date=decree_date)
    assert r.status_code == 200, describe(r)
    return r.json()


@pytest.fixture(scope="module")
def coordinators(admin) -> dict[str, dict]:
    r = admin.get("/api/v1/organisation")
    assert r.status_code == 200, describe(r)
    return {c["domain"]: c for c in r.json()["architecture_coordinators"]}


# --------------------------------------------------------------------------- create, read, update


def test_create_fills_the_six_domains_from_the_coordinators(admin, login_as, coordinators):
    start = free_start(admin)
    r = admin.post(BASE, json={"title": "Arsitektur SPBE Kota Madiun", "start_year": start, "end_year": start + 4},
                   headers=traced())
    assert r.status_code == 201, describe(r)
    v = r.json()
    _created.append(v["id"])
    assert set(v) == ARCH_FIELDS, sorted(set(v) ^ ARCH_FIELDS)
    assert r.headers["Location"] == f"{BASE}/{v['id']}" and r.headers["ETag"] == '"1"'
    assert v["status"] == "draft" and v["next_statuses"] == ["in_review"]
    assert v["mid_term_year"] == start + 2 and v["reference_summary"] == ""
    assert v["decree_article"] == "Pasal 6 ayat (3)"
    assert [d["domain"] for d in v["domains"]] == DOMAINS
    for d in v["domains"]:
        # Madiun Pasal 6 ayat (9): the Bagian Organisasi, Bappeda and the Dinas coordinate.
        assert d["agency_id"] == coordinators[d["domain"]]["agency_id"], d
        assert d["article"] == coordinators[d["domain"]]["article"] and d["article"].startswith("Pasal 6 ayat (9)"), d
        assert d["agency_name"] and d["label"]["id"] and d["label"]["en"] and d["description"] == "", d
    assert v["review_schedule"] == {"kind": "mid_term_and_final_year", "article": "Pasal 6 ayat (10)"}
    assert sorted(v["review_kinds"]) == ["final_year", "mid_term", "on_demand"]
    options = {o["code"]: o["article"] for o in v["review_reason_options"]}
    assert options == {"national_architecture_change": "Pasal 6 ayat (11) huruf a", "evaluation_results": "Pasal 6 ayat (11) huruf b",
                       "element_change": "Pasal 6 ayat (11) huruf c", "rpjmd_change": "Pasal 6 ayat (11) huruf d"}
    assert [(d["kind"], d["year"], d["due_date"], d["state"]) for d in v["due_reviews"]] == [
        ("mid_term", start + 2, f"{start + 2}-12-31", "not_in_force"), ("final_year", start + 4, f"{start + 4}-12-31", "not_in_force")]
    assert_audited(admin, r, "architecture.create", v["id"])
    for role in ("operator_own", "leadership", "auditor"):
        got = login_as(role).get(f"{BASE}/{v['id']}")
        assert got.status_code == 200 and got.json()["domains"] == v["domains"], describe(got)
    assert v["id"] in [x["id"] for x in versions(admin, status="draft")]
    assert_problem(admin.get(BASE, params={"status": "bogus"}), 400, "bad-request")
    assert_problem(admin.get(f"{BASE}/999999999"), 404, "not-found")


@pytest.mark.parametrize("period,field", [((2021, 2024), "end_year"), ((2021, 2030), "end_year"), ((2024, 2020), "end_year"),
                                          ((1995, 1999), "start_year")])
def test_invalid_periods(admin, period, field):
    r = admin.post(BASE, json={"title": "Arsitektur", "start_year": period[0], "end_year": period[1]})
    assert field in field_names(assert_problem(r, 422, "validation-failed"))


def test_invalid_fields(admin):
    r = admin.post(BASE, json={"title": "", "start_year": 2031.5, "decree_date": "2021-02-30", "domains": []})
    fields = field_names(assert_problem(r, 422, "validation-failed"))
    for f in ("title", "start_year", "end_year", "decree_date", "domains"):
        assert f in fields, (f, fields)


def test_overlapping_versions_are_refused(admin):
    start = free_start(admin, span=10)  # room for this test's two versions and nobody else's
    first = create(admin, start)
    r = admin.post(BASE, json={"title": "Tumpang tindih", "start_year": start + 3, "end_year": start + 7})
    problem = assert_problem(r, 409, "conflict")
    assert problem["conflicts_with"]["id"] == first["id"], problem
    assert first["title"] in problem["detail"], problem
    assert not [v for v in versions(admin) if v["title"] == "Tumpang tindih"], "nothing was saved"

    # Changing another version's period onto the first is refused the same way.
    second = create(admin, free_start(admin, lo=start + 5))
    r = admin.patch(f"{BASE}/{second['id']}", json={"start_year": start + 1, "end_year": start + 5}, headers=etag(second))
    assert assert_problem(r, 409, "conflict")["conflicts_with"]["id"] == first["id"]
    assert admin.get(f"{BASE}/{second['id']}").json()["start_year"] == second["start_year"]

    # Once the first is superseded its period is free again.
    first = move(admin, first, "in_review").json()
    first = move(admin, first, "enacted", decree_number="188/1/2030", decree_date=today().isoformat()).json()
    assert move(admin, first, "superseded").status_code == 200
    replacement = create(admin, start)
    assert replacement["status"] == "draft"


def test_two_overlapping_versions_created_at_once(admin):
    start = free_start(admin, span=7)
    calls = [("POST", BASE, {"title": "Serentak " + unique_name("a"), "start_year": start, "end_year": start + 4}),
             ("POST", BASE, {"title": "Serentak " + unique_name("b"), "start_year": start + 2, "end_year": start + 6})]
    answers = in_parallel(admin, calls)
    assert sorted(a.status_code for a in answers) == [201, 409], [describe(a) for a in answers]
    created = next(a for a in answers if a.status_code == 201).json()
    _created.append(created["id"])
    assert assert_problem(next(a for a in answers if a.status_code == 409), 409, "conflict")["conflicts_with"]["id"] == created["id"]


def test_two_edits_from_the_same_version(admin):
    v = create(admin, free_start(admin))
    path = f"{BASE}/{v['id']}"
    assert_problem(admin.patch(path, json={"title": "Tanpa versi"}), 428, "precondition-required")

    # Sent at once with the same If-Match: one wins, the other gets 412.
    racer = support.ApiSession(admin.srv)
    racer.headers.update(admin.headers)
    racer.headers.update(etag(v))
    answers = in_parallel(racer, [("PATCH", path, {"title": "Judul A"}), ("PATCH", path, {"title": "Judul B"})])
    assert sorted(a.status_code for a in answers) == [200, 412], [describe(a) for a in answers]
    winner = next(a for a in answers if a.status_code == 200).json()["title"]
    assert_problem(next(a for a in answers if a.status_code == 412), 412, "precondition-failed")
    now = admin.get(path).json()
    assert now["title"] == winner and now["version"] == 2

    # One after the other from the same version: the second gets 412, the first's change stays.
    first = admin.patch(path, json={"reference_summary": "Perubahan pertama"}, headers=etag(now))
    assert first.status_code == 200, describe(first)
    second = admin.patch(path, json={"reference_summary": "Perubahan kedua"}, headers=etag(now))
    assert_problem(second, 412, "precondition-failed")
    assert admin.get(path).json()["reference_summary"] == "Perubahan pertama"


# --------------------------------------------------------------------------- the life cycle


def test_transitions(admin):
    v = create(admin, free_start(admin))
    assert_problem(move(admin, v, "enacted", decree_number="1/2030", decree_date=today().isoformat()), 409, "invalid-transition")
    assert_problem(move(admin, v, "superseded"), 409, "invalid-transition")
    assert_problem(admin.post(f"{BASE}/{v['id']}/transition", json={"to": "in_review"}), 428, "precondition-required")
    assert field_names(assert_problem(move(admin, v, "archived"), 422, "validation-failed")) == ["to"]

    r = move(admin, v, "in_review")
    assert r.status_code == 200, describe(r)
    v = r.json()
    assert v["status"] == "in_review" and v["next_statuses"] == ["draft", "enacted"]
    assert_audited(admin, r, "architecture.transition", v["id"])
    v = move(admin, v, "draft").json()  # returned for changes
    v = move(admin, v, "in_review").json()

    problem = assert_problem(move(admin, v, "enacted"), 422, "validation-failed")
    assert set(field_names(problem)) == {"decree_number", "decree_date"}
    assert "Pasal 6 ayat (3)" in " ".join(e["message"] for e in problem["errors"])
    half = move(admin, v, "enacted", decree_number="188/2/2030")
    assert field_names(assert_problem(half, 422, "validation-failed")) == ["decree_date"]

    r = move(admin, v, "enacted", decree_number="188.45/77/401.012/2026", decree_date=today().isoformat())
    assert r.status_code == 200, describe(r)
    v = r.json()
    assert v["status"] == "enacted" and v["decree_number"] == "188.45/77/401.012/2026" and v["next_statuses"] == ["superseded"]
    assert all(d["state"] != "not_in_force" for d in v["due_reviews"])
    assert_problem(move(admin, v, "in_review"), 409, "invalid-transition")
    assert_problem(admin.patch(f"{BASE}/{v['id']}", json={"title": "Ubah"}, headers=etag(v)), 409, "invalid-transition")

    v = move(admin, v, "superseded").json()
    assert v["status"] == "superseded" and v["next_statuses"] == []
    for to in ("draft", "in_review", "enacted", "superseded"):
        assert_problem(move(admin, v, to), 409, "invalid-transition")
    history = [i["action"] for i in admin.get(f"{BASE}/{v['id']}/history").json()["items"]]
    assert history.count("architecture.transition") == 5 and history[-1] == "architecture.create", history


def test_domains(admin, login_as, coordinators):
    v = create(admin, free_start(admin))
    path = f"{BASE}/{v['id']}/domains/security"
    dinkes = agencies_by_short_name(admin)["Dinkes"]["id"]
    assert_problem(admin.patch(path, json={"description": "x"}), 428, "precondition-required")
    assert_problem(admin.patch(f"{BASE}/{v['id']}/domains/reference", json={}, headers=etag(v)), 404, "not-found")
    bad = admin.patch(path, json={"agency_id": 999999999, "colour": 1}, headers=etag(v))
    assert set(field_names(assert_problem(bad, 422, "validation-failed"))) == {"colour"}
    bad = admin.patch(path, json={"agency_id": 999999999}, headers=etag(v))
    assert field_names(assert_problem(bad, 422, "validation-failed")) == ["agency_id"]

    r = admin.patch(path, json={"description": "Keamanan informasi berlapis", "agency_id": dinkes}, headers=traced(**etag(v)))
    assert r.status_code == 200, describe(r)
    v = r.json()
    security = next(d for d in v["domains"] if d["domain"] == "security")
    assert security["description"] == "Keamanan informasi berlapis" and security["agency_id"] == dinkes
    assert security["article"] is None, "the regulation names another coordinator"
    assert_audited(admin, r, "architecture.domain_update", v["id"])
    v = admin.patch(path, json={"agency_id": coordinators["security"]["agency_id"]}, headers=etag(v)).json()
    security = next(d for d in v["domains"] if d["domain"] == "security")
    assert security["article"] == coordinators["security"]["article"]

    changes = login_as("auditor").get(f"{BASE}/{v['id']}/history").json()["items"]
    latest, earlier = changes[0]["changes"], changes[1]["changes"]
    assert latest == {"domains.security.agency_id": {"before": dinkes, "after": coordinators["security"]["agency_id"]}}, latest
    assert earlier["domains.security.description"] == {"before": "", "after": "Keamanan informasi berlapis"}

    # Once enacted, descriptions are fixed but the coordinating agency may still change.
    v = move(admin, v, "in_review").json()
    v = move(admin, v, "enacted", decree_number="188/5/2030", decree_date=today().isoformat()).json()
    assert_problem(admin.patch(path, json={"description": "Baru"}, headers=etag(v)), 409, "invalid-transition")
    r = admin.patch(f"{BASE}/{v['id']}/domains/service", json={"agency_id": dinkes}, headers=etag(v))
    assert r.status_code == 200, describe(r)
    v = move(admin, r.json(), "superseded").json()
    assert_problem(admin.patch(path, json={"agency_id": dinkes}, headers=etag(v)), 409, "invalid-transition")


# --------------------------------------------------------------------------- reviews


def test_reviews_and_their_due_dates(admin, login_as):
    start = free_start(admin, lo=2000, hi=today().year - 5)  # a period already over: every review is past
    draft = create(admin, free_start(admin))
    r = admin.post(f"{BASE}/{draft['id']}/reviews", json={"kind": "on_demand", "review_date": today().isoformat(),
                                                          "reasons": ["rpjmd_change"]})
    assert_problem(r, 409, "invalid-transition")

    v = enacted_version(admin, start, f"{start}-02-01")
    path = f"{BASE}/{v['id']}/reviews"
    mid, final = start + 2, start + 4
    assert [(d["kind"], d["state"]) for d in v["due_reviews"]] == [("mid_term", "overdue"), ("final_year", "overdue")]

    bad = admin.post(path, json={"kind": "annual", "review_date": f"{mid}-06-01", "reasons": ["rpjmd_change"]})
    assert field_names(assert_problem(bad, 422, "validation-failed")) == ["kind"]  # Madiun: mid-term and final year
    bad = admin.post(path, json={"kind": "mid_term", "review_date": f"{mid}-06-01", "reasons": ["regional_needs"]})
    assert field_names(assert_problem(bad, 422, "validation-failed")) == ["reasons"]  # not one of Madiun's grounds
    early = admin.post(path, json={"kind": "mid_term", "review_date": f"{start + 1}-06-01"})
    assert field_names(assert_problem(early, 422, "validation-failed")) == ["review_date"]
    no_reason = admin.post(path, json={"kind": "on_demand", "review_date": f"{start + 1}-06-01"})
    assert field_names(assert_problem(no_reason, 422, "validation-failed")) == ["reasons"]
    half = admin.post(path, json={"kind": "mid_term", "review_date": f"{mid}-06-01", "decree_number": "188/9"})
    assert field_names(assert_problem(half, 422, "validation-failed")) == ["decree_date"]

    r = admin.post(path, json={"kind": "mid_term", "review_date": f"{mid}-06-01", "reasons": ["evaluation_results"],
                               "note": "Reviu paruh waktu", "decree_number": "188.45/30/2023", "decree_date": f"{mid}-07-01"},
                   headers=traced(**etag(v)))
    assert r.status_code == 201, describe(r)
    v = r.json()
    review = v["reviews"][0]
    assert (review["kind"], review["review_date"], review["reasons"]) == ("mid_term", f"{mid}-06-01", ["evaluation_results"])
    assert review["decree_number"] == "188.45/30/2023" and review["recorded_by"] == "admin"
    assert [(d["kind"], d["state"], d["review_id"]) for d in v["due_reviews"]] == [
        ("mid_term", "done", review["id"]), ("final_year", "overdue", None)]
    assert_audited(admin, r, "architecture.review", v["id"])

    twice = admin.post(path, json={"kind": "mid_term", "review_date": f"{mid}-09-01"})
    assert field_names(assert_problem(twice, 422, "validation-failed")) == ["kind"]
    r = admin.post(path, json={"kind": "on_demand", "review_date": f"{mid + 1}-03-01",
                               "reasons": ["national_architecture_change", "rpjmd_change"]})
    assert r.status_code == 201, describe(r)
    r = admin.post(path, json={"kind": "final_year", "review_date": f"{final}-10-01"})
    assert r.status_code == 201, describe(r)
    v = r.json()
    assert [d["state"] for d in v["due_reviews"]] == ["done", "done"]
    assert [x["kind"] for x in v["reviews"]] == ["final_year", "on_demand", "mid_term"]  # newest first
    history = login_as("leadership").get(f"{BASE}/{v['id']}/history").json()["items"]
    assert [i["action"] for i in history[:3]] == ["architecture.review"] * 3


# --------------------------------------------------------------------------- exports


def test_exports(admin, login_as, coordinators):
    start = free_start(admin, lo=2000, hi=today().year - 5)
    v = enacted_version(admin, start, f"{start}-02-01")
    v = admin.post(f"{BASE}/{v['id']}/reviews", json={"kind": "mid_term", "review_date": f"{start + 2}-05-02",
                                                      "reasons": ["rpjmd_change"], "note": "Sesuai RPJMD baru"}).json()
    reader = login_as("operator_own")

    r = reader.get(f"{BASE}/{v['id']}/export.json")
    assert r.status_code == 200, describe(r)
    assert "attachment" in r.headers["Content-Disposition"]
    assert r.json() == reader.get(f"{BASE}/{v['id']}").json()

    r = reader.get(f"{BASE}/{v['id']}/export.xlsx")
    assert r.status_code == 200, describe(r)
    assert r.headers["Content-Type"].startswith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    book = openpyxl.load_workbook(io.BytesIO(r.content))
    assert book.sheetnames == ["Arsitektur", "Domain", "Reviu", "Jadwal Reviu"]
    summary = {row[0]: row[1] for row in book["Arsitektur"].iter_rows(min_row=2, values_only=True)}
    assert summary["Judul"] == v["title"] and summary["Status"] == "enacted"
    assert summary["Tahun awal"] == start and summary["Tahun akhir"] == start + 4
    assert summary["Nomor keputusan"] == v["decree_number"] and summary["Tanggal keputusan"] == f"{start}-02-01"
    domains = list(book["Domain"].iter_rows(values_only=True))
    assert domains[0] == ("Domain", "Kode", "Uraian", "Koordinator", "ID koordinator", "Pasal")
    assert [row[1] for row in domains[1:]] == DOMAINS
    data = next(row for row in domains if row[1] == "data_information")
    assert data[0] == "Data dan Informasi" and data[4] == coordinators["data_information"]["agency_id"]
    assert data[5] == coordinators["data_information"]["article"]
    reviews = list(book["Reviu"].iter_rows(min_row=2, values_only=True))
    assert reviews == [("mid_term", f"{start + 2}-05-02", "Perubahan RPJMD", "Sesuai RPJMD baru", None, None, "admin")]
    due = list(book["Jadwal Reviu"].iter_rows(min_row=2, values_only=True))
    assert due == [("mid_term", start + 2, f"{start + 2}-12-31", "done"), ("final_year", start + 4, f"{start + 4}-12-31", "overdue")]


# --------------------------------------------------------------------------- who may


def test_only_the_superadmin_writes(server, admin, login_as):
    v = create(admin, free_start(admin))
    path = f"{BASE}/{v['id']}"
    writes = [("POST", BASE, {"title": "Arsitektur", "start_year": 2097, "end_year": 2101}),
              ("PATCH", path, {"title": "Diubah"}),
              ("POST", path + "/transition", {"to": "in_review"}),
              ("PATCH", path + "/domains/security", {"description": "x"}),
              ("POST", path + "/reviews", {"kind": "on_demand", "review_date": today().isoformat(), "reasons": ["rpjmd_change"]})]
    for role in ("operator_own", "operator_other", "leadership", "auditor", "citizen"):
        session = login_as(role)
        for method, target, body in writes:
            assert_problem(session.request(method, target, json=body, headers=etag(v)), 403, "forbidden")
    for target in (BASE, path, path + "/history", path + "/export.json", path + "/export.xlsx"):
        assert_problem(login_as("citizen").get(target), 403, "forbidden")
        assert_problem(support.anonymous(server).get(target), 401, "authentication-required")
    assert admin.get(path).json()["version"] == 1, "nothing changed"
