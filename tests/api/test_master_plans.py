"""The SPBE master plan (Rencana Induk SPBE): vision, missions, goals, targets, policy
directions and strategies for five years (Perwali Batam 40/2021 Pasal 6 ayat 2; Perwali
Kendari 41/2021 Pasal 10 ayat 3), enacted by decree, reviewed yearly or as the profile says.

Contract: docs/governance-contract.md, "Master plan" and "Who may do what". The demo region
runs the Madiun profile, which names no master plan article: reviews are yearly (12 months)
and nothing is cited.

Tests share one database with the rest of the suite: each creates its own plans, and enacted
plans take periods no enacted plan covers yet (only enacted plans may not overlap).
"""
from __future__ import annotations

import datetime as dt
import io

import openpyxl
import pytest

import support
from support import assert_audited, assert_problem, describe, field_names, traced, unique_name

BASE = "/api/v1/master-plans"
PLAN_FIELDS = {"id", "title", "start_year", "end_year", "vision", "missions", "goals", "targets", "policy_directions",
               "strategies", "rpjmd_reference", "decree_number", "decree_date", "status", "enacted_at", "superseded_at",
               "superseded_by", "supersede_note", "reviews", "review_months", "review_article", "next_review_due",
               "review_state", "review_reason_options", "contents_article", "allowed_actions", "version", "created_at",
               "updated_at"}


def today() -> dt.date:
    return support.region_today("Asia/Jakarta")


def plans(session, **params) -> list[dict]:
    r = session.get(BASE, params=params)
    assert r.status_code == 200, describe(r)
    return r.json()["items"]


def free_start(session, lo: int = 2000, hi: int | None = None, span: int = 5) -> int:
    """A first year whose five-year period overlaps no enacted plan."""
    taken = [(p["start_year"], p["end_year"]) for p in plans(session, status="enacted")]
    for start in range(lo, (2101 - span if hi is None else hi) + 1):
        if all(end < start or begin > start + span - 1 for begin, end in taken):
            return start
    pytest.fail("no free five-year period left for an enacted master plan")


def contents(**overrides) -> dict:
    body = {"title": "Rencana Induk SPBE " + unique_name("ri"),
            "vision": "Terwujudnya SPBE yang terpadu dan menyeluruh",
            "missions": ["Menata tata kelola SPBE", "Mengembangkan layanan publik elektronik"],
            "goals": ["Birokrasi berkinerja tinggi"],
            "targets": ["Indeks SPBE 3,5"],
            "policy_directions": ["Integrasi aplikasi umum"],
            "strategies": ["Satu data, satu jaringan"],
            "rpjmd_reference": "Perda RPJMD 2021-2026"}
    body.update(overrides)
    return body


# Plans the running test created; the enacted ones are superseded when the test ends, so
# their periods are free again for later tests and later runs on the same database.
_created: list[int] = []


@pytest.fixture(autouse=True)
def retire_enacted_plans(admin):
    _created.clear()
    yield
    for plan_id in _created:
        plan = admin.get(f"{BASE}/{plan_id}").json()
        if plan["status"] == "enacted":
            r = admin.post(f"{BASE}/{plan_id}/supersede", json={"note": "uji selesai"}, headers=etag(plan))
            assert r.status_code == 200, describe(r)


def create(admin, start: int, **overrides) -> dict:
    r = admin.post(BASE, json=contents(start_year=start, end_year=start + 4, **overrides), headers=traced())
    assert r.status_code == 201, describe(r)
    _created.append(r.json()["id"])
    return r.json()


def etag(plan: dict) -> dict:
    return {"If-Match": f'"{plan["version"]}"'}


def enact(admin, plan: dict, decree_date: str, **extra) -> dict:
    r = admin.post(f"{BASE}/{plan['id']}/enact", json={"decree_number": "188.45/" + unique_name("kep")[4:], "decree_date": decree_date,
                                                      **extra}, headers=traced(**etag(plan)))
    assert r.status_code == 200, describe(r)
    return r.json()


def enacted_plan(admin, decree_date: str | None = None) -> dict:
    start = free_start(admin, lo=2000, hi=today().year - 5)
    return enact(admin, create(admin, start), decree_date or f"{start}-02-01")


def add_months(date: dt.date, months: int) -> dt.date:
    import calendar

    month = date.month - 1 + months
    year, month = date.year + month // 12, month % 12 + 1
    return dt.date(year, month, min(date.day, calendar.monthrange(year, month)[1]))


# --------------------------------------------------------------------------- create, read, update


def test_create_and_read(admin, login_as):
    start = free_start(admin, lo=2040)
    r = admin.post(BASE, json=contents(start_year=start, end_year=start + 4), headers=traced())
    assert r.status_code == 201, describe(r)
    plan = r.json()
    assert set(plan) == PLAN_FIELDS, sorted(set(plan) ^ PLAN_FIELDS)
    assert r.headers["Location"] == f"{BASE}/{plan['id']}"
    assert r.headers["ETag"] == '"1"'
    assert plan["status"] == "draft" and plan["version"] == 1
    assert plan["missions"] == ["Menata tata kelola SPBE", "Mengembangkan layanan publik elektronik"]
    assert (plan["start_year"], plan["end_year"]) == (start, start + 4)
    assert plan["decree_number"] is None and plan["next_review_due"] is None and plan["review_state"] is None
    assert plan["allowed_actions"] == ["edit", "enact"]
    # Madiun names no master plan review period: yearly, nothing to cite.
    assert plan["review_months"] == 12 and plan["review_article"] is None
    codes = {o["code"] for o in plan["review_reason_options"]}
    assert {"scheduled", "evaluation_results", "rpjmd_change"} <= codes
    assert all(o["label"]["id"] and o["label"]["en"] for o in plan["review_reason_options"])
    assert_audited(admin, r, "master_plan.create", plan["id"])

    for role in ("operator_own", "leadership", "auditor"):
        got = login_as(role).get(f"{BASE}/{plan['id']}")
        assert got.status_code == 200, describe(got)
        assert got.json()["title"] == plan["title"] and got.headers["ETag"] == '"1"'
    assert plan["id"] in [p["id"] for p in plans(admin, status="draft")]
    assert plan["id"] not in [p["id"] for p in plans(admin, status="enacted")]
    assert_problem(admin.get(BASE, params={"status": "bogus"}), 400, "bad-request")


@pytest.mark.parametrize("period,field", [((2021, 2024), "end_year"), ((2021, 2026), "end_year"), ((2025, 2021), "end_year"),
                                          ((1990, 1994), "start_year"), ((2098, 2102), "end_year")])
def test_invalid_periods(admin, period, field):
    r = admin.post(BASE, json=contents(start_year=period[0], end_year=period[1]))
    problem = assert_problem(r, 422, "validation-failed")
    assert field in field_names(problem), problem


def test_invalid_fields(admin):
    r = admin.post(BASE, json={"start_year": "2021", "end_year": 2025, "missions": ["ok", ""], "goals": "satu",
                               "decree_number": "188/1/2021", "colour": "merah"})
    problem = assert_problem(r, 422, "validation-failed")
    fields = field_names(problem)
    for f in ("title", "start_year", "missions.1", "goals", "decree_date", "colour"):
        assert f in fields, (f, problem)
    # Both languages: the default is Indonesian, English on request.
    r = admin.post(BASE, json={"title": "x", "start_year": 2021, "end_year": 2024}, headers={"Accept-Language": "en"})
    problem = assert_problem(r, 422, "validation-failed")
    assert "five years" in problem["errors"][0]["message"] or "5 years" in problem["errors"][0]["message"], problem
    # A decree date in the future.
    future = (today() + dt.timedelta(days=3)).isoformat()
    r = admin.post(BASE, json=contents(start_year=2041, end_year=2045, decree_number="1/2041", decree_date=future))
    assert "decree_date" in field_names(assert_problem(r, 422, "validation-failed"))


def test_patch_needs_if_match_and_history_lists_changes(admin, login_as):
    plan = create(admin, free_start(admin, lo=2050))
    path = f"{BASE}/{plan['id']}"
    assert_problem(admin.patch(path, json={"title": "Tanpa versi"}), 428, "precondition-required")

    r = admin.patch(path, json={"title": "Rencana Induk SPBE (perbaikan)", "strategies": ["Strategi baru"], "vision": None},
                    headers=traced(**etag(plan)))
    assert r.status_code == 200, describe(r)
    changed = r.json()
    assert changed["version"] == 2 and r.headers["ETag"] == '"2"'
    assert changed["strategies"] == ["Strategi baru"] and changed["vision"] == ""
    assert changed["missions"] == plan["missions"], "fields not named stay as they were"
    assert_audited(admin, r, "master_plan.update", plan["id"])

    # Nothing changed: no new version.
    same = admin.patch(path, json={"title": "Rencana Induk SPBE (perbaikan)"}, headers=etag(changed))
    assert same.status_code == 200 and same.json()["version"] == 2, describe(same)

    h = login_as("auditor").get(path + "/history")
    assert h.status_code == 200, describe(h)
    items = h.json()["items"]
    assert [i["action"] for i in items] == ["master_plan.update", "master_plan.create"], items
    newest = items[0]
    assert newest["actor"]["username"] == "admin"
    assert newest["changes"]["title"] == {"before": plan["title"], "after": "Rencana Induk SPBE (perbaikan)"}
    assert newest["changes"]["strategies"]["after"] == ["Strategi baru"]
    assert "missions" not in newest["changes"]
    assert items[1]["changes"]["title"]["after"] == plan["title"]

    assert_problem(admin.get(f"{BASE}/999999999/history"), 404, "not-found")


def test_two_edits_from_the_same_version(admin):
    plan = create(admin, free_start(admin, lo=2060))
    path = f"{BASE}/{plan['id']}"
    first = admin.patch(path, json={"title": "Edit pertama"}, headers=etag(plan))
    assert first.status_code == 200, describe(first)
    second = admin.patch(path, json={"title": "Edit kedua"}, headers=etag(plan))
    assert_problem(second, 412, "precondition-failed")
    now = admin.get(path).json()
    assert now["title"] == "Edit pertama" and now["version"] == 2


# --------------------------------------------------------------------------- enacting and superseding


def test_enacting_needs_the_decree_and_every_part(admin):
    plan = create(admin, free_start(admin, lo=2000, hi=today().year - 5), vision=None, goals=[])
    path = f"{BASE}/{plan['id']}"
    assert_problem(admin.post(path + "/enact", json={}), 428, "precondition-required")
    problem = assert_problem(admin.post(path + "/enact", json={}, headers=etag(plan)), 422, "validation-failed")
    assert set(field_names(problem)) == {"decree_number", "decree_date", "vision", "goals"}, problem

    plan = admin.patch(path, json={"vision": "Visi", "goals": ["Tujuan"]}, headers=etag(plan)).json()
    decree_date = f"{plan['start_year']}-03-15"
    r = admin.post(path + "/enact", json={"decree_number": "188.45/12/401.012/2021", "decree_date": decree_date},
                   headers=traced(**etag(plan)))
    assert r.status_code == 200, describe(r)
    enacted = r.json()
    assert enacted["status"] == "enacted" and enacted["decree_date"] == decree_date
    assert support.RFC3339_UTC.match(enacted["enacted_at"])
    assert enacted["allowed_actions"] == ["edit", "supersede", "review"]
    # Yearly from the decree; long past, so overdue.
    assert enacted["next_review_due"] == f"{plan['start_year'] + 1}-03-15"
    assert enacted["review_state"] == "overdue"
    assert_audited(admin, r, "master_plan.enact", plan["id"])

    again = admin.post(path + "/enact", json={}, headers=etag(enacted))
    assert_problem(again, 409, "invalid-transition")
    # The period of an enacted plan stays; its contents may be revised.
    moved = admin.patch(path, json={"start_year": plan["start_year"] - 1, "end_year": plan["end_year"] - 1}, headers=etag(enacted))
    assert_problem(moved, 409, "invalid-transition")
    cleared = admin.patch(path, json={"decree_number": None, "decree_date": None}, headers=etag(enacted))
    assert "decree_number" in field_names(assert_problem(cleared, 422, "validation-failed"))
    revised = admin.patch(path, json={"targets": ["Sasaran direvisi"]}, headers=etag(enacted))
    assert revised.status_code == 200 and revised.json()["targets"] == ["Sasaran direvisi"], describe(revised)


def test_overlapping_enacted_plans_are_refused_unless_superseded(admin):
    start = free_start(admin, lo=2070, span=10)  # the old plan, the newer one, and no other enacted plan
    old = enact(admin, create(admin, start), today().isoformat())
    newer = create(admin, start + 2)  # overlaps three years
    path = f"{BASE}/{newer['id']}"

    r = admin.post(path + "/enact", json={"decree_number": "188/9/2026", "decree_date": today().isoformat()}, headers=etag(newer))
    problem = assert_problem(r, 409, "conflict")
    assert [c["id"] for c in problem["conflicts_with"]] == [old["id"]], problem
    assert old["title"] in problem["detail"]
    assert admin.get(path).json()["status"] == "draft", "nothing was saved"

    r = admin.post(path + "/enact", json={"decree_number": "188/9/2026", "decree_date": today().isoformat(),
                                          "supersede_overlapping": True}, headers=traced(**etag(newer)))
    assert r.status_code == 200, describe(r)
    assert r.json()["status"] == "enacted"
    replaced = admin.get(f"{BASE}/{old['id']}").json()
    assert replaced["status"] == "superseded" and replaced["superseded_by"] == newer["id"], replaced
    assert replaced["allowed_actions"] == [] and replaced["next_review_due"] is None
    assert_audited(admin, r, "master_plan.supersede", old["id"])
    assert_audited(admin, r, "master_plan.enact", newer["id"])

    # A superseded plan changes no more.
    assert_problem(admin.patch(f"{BASE}/{old['id']}", json={"title": "x"}, headers=etag(replaced)), 409, "invalid-transition")
    # Drafts may overlap anything.
    assert create(admin, start + 1)["status"] == "draft"


def test_supersede_by_hand(admin):
    plan = enact(admin, create(admin, free_start(admin, lo=2080)), today().isoformat())
    path = f"{BASE}/{plan['id']}"
    draft = create(admin, free_start(admin, lo=2080))
    assert_problem(admin.post(f"{BASE}/{draft['id']}/supersede", json={}, headers=etag(draft)), 409, "invalid-transition")
    assert_problem(admin.post(path + "/supersede", json={}), 428, "precondition-required")
    assert_problem(admin.post(path + "/supersede", json={}, headers={"If-Match": '"99"'}), 412, "precondition-failed")
    r = admin.post(path + "/supersede", json={"note": "Dicabut oleh Perwali baru"}, headers=traced(**etag(plan)))
    assert r.status_code == 200, describe(r)
    assert r.json()["status"] == "superseded" and r.json()["supersede_note"] == "Dicabut oleh Perwali baru"
    assert r.json()["superseded_by"] is None
    assert_audited(admin, r, "master_plan.supersede", plan["id"])
    assert_problem(admin.post(path + "/supersede", json={}, headers=etag(r.json())), 409, "invalid-transition")


# --------------------------------------------------------------------------- reviews


def test_reviews(admin, login_as):
    draft = create(admin, free_start(admin, lo=2085))
    r = admin.post(f"{BASE}/{draft['id']}/reviews", json={"review_date": today().isoformat(), "reasons": ["scheduled"],
                                                          "outcome": "unchanged"})
    assert_problem(r, 409, "invalid-transition")

    plan = enacted_plan(admin)
    path = f"{BASE}/{plan['id']}/reviews"
    bad = admin.post(path, json={"review_date": "2999-01-01", "reasons": ["bogus"], "outcome": "maybe", "extra": 1})
    assert set(field_names(assert_problem(bad, 422, "validation-failed"))) == {"review_date", "reasons", "outcome", "extra"}
    none = admin.post(path, json={"review_date": today().isoformat(), "reasons": [], "outcome": "revised"})
    assert field_names(assert_problem(none, 422, "validation-failed")) == ["reasons"]
    early = admin.post(path, json={"review_date": f"{plan['start_year'] - 1}-12-01", "reasons": ["scheduled"], "outcome": "revised"})
    assert field_names(assert_problem(early, 422, "validation-failed")) == ["review_date"]
    stale = admin.post(path, json={"review_date": today().isoformat(), "reasons": ["scheduled"], "outcome": "unchanged"},
                       headers={"If-Match": f'"{plan["version"] + 5}"'})
    assert_problem(stale, 412, "precondition-failed")

    review_date = today() - dt.timedelta(days=20)
    r = admin.post(path, json={"review_date": review_date.isoformat(), "reasons": ["evaluation_results", "rpjmd_change"],
                               "outcome": "revised", "note": "Penyesuaian RPJMD"}, headers=traced(**etag(plan)))
    assert r.status_code == 201, describe(r)
    reviewed = r.json()
    assert reviewed["version"] == plan["version"] + 1 and r.headers["ETag"] == f'"{reviewed["version"]}"'
    review = reviewed["reviews"][0]
    assert review["reasons"] == ["evaluation_results", "rpjmd_change"] and review["outcome"] == "revised"
    assert review["recorded_by"] == "admin" and review["note"] == "Penyesuaian RPJMD"
    # The next review is a year after the last one.
    due = add_months(review_date, 12)
    assert reviewed["next_review_due"] == due.isoformat()
    assert reviewed["review_state"] == ("due_soon" if (due - today()).days <= 30 else "on_track")
    assert_audited(admin, r, "master_plan.review", plan["id"])
    history = login_as("leadership").get(f"{BASE}/{plan['id']}/history").json()["items"]
    assert history[0]["action"] == "master_plan.review"
    assert history[0]["changes"]["review"]["after"]["outcome"] == "revised"


# --------------------------------------------------------------------------- exports


def test_exports(admin, login_as):
    plan = enacted_plan(admin)
    plan = admin.post(f"{BASE}/{plan['id']}/reviews", json={"review_date": today().isoformat(), "reasons": ["scheduled"],
                                                            "outcome": "unchanged", "note": "Tahunan"}).json()
    reader = login_as("auditor")

    r = reader.get(f"{BASE}/{plan['id']}/export.json")
    assert r.status_code == 200, describe(r)
    assert "attachment" in r.headers["Content-Disposition"]
    assert r.json() == reader.get(f"{BASE}/{plan['id']}").json()
    assert r.json()["reviews"][0]["note"] == "Tahunan"

    r = reader.get(f"{BASE}/{plan['id']}/export.xlsx")
    assert r.status_code == 200, describe(r)
    assert r.headers["Content-Type"].startswith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    assert ".xlsx" in r.headers["Content-Disposition"]
    book = openpyxl.load_workbook(io.BytesIO(r.content))
    assert book.sheetnames == ["Rencana Induk", "Isi", "Tinjauan"]
    summary = {row[0]: row[1] for row in book["Rencana Induk"].iter_rows(min_row=2, values_only=True)}
    assert summary["Judul"] == plan["title"]
    assert summary["Tahun awal"] == plan["start_year"] and summary["Tahun akhir"] == plan["end_year"]
    assert summary["Visi"] == plan["vision"] and summary["Status"] == "enacted"
    assert summary["Nomor keputusan"] == plan["decree_number"]
    assert summary["Tinjauan berikutnya"] == plan["next_review_due"]
    contents_rows = list(book["Isi"].iter_rows(values_only=True))
    assert contents_rows[0] == ("Bagian", "No", "Uraian")
    assert ("Misi", 2, "Mengembangkan layanan publik elektronik") in contents_rows
    assert ("Strategi", 1, "Satu data, satu jaringan") in contents_rows
    reviews = list(book["Tinjauan"].iter_rows(min_row=2, values_only=True))
    assert reviews == [(today().isoformat(), "Tinjauan berkala", "unchanged", "Tahunan", "admin")]

    assert_problem(reader.get(f"{BASE}/999999999/export.xlsx"), 404, "not-found")


# --------------------------------------------------------------------------- who may


def test_only_the_superadmin_writes(server, admin, login_as):
    plan = create(admin, free_start(admin, lo=2090))
    path = f"{BASE}/{plan['id']}"
    writes = [("POST", BASE, contents(start_year=2091, end_year=2095)),
              ("PATCH", path, {"title": "Diubah"}),
              ("POST", path + "/enact", {"decree_number": "1/2026", "decree_date": today().isoformat()}),
              ("POST", path + "/supersede", {}),
              ("POST", path + "/reviews", {"review_date": today().isoformat(), "reasons": ["scheduled"], "outcome": "unchanged"})]
    for role in ("operator_own", "operator_other", "leadership", "auditor", "citizen"):
        session = login_as(role)
        for method, target, body in writes:
            r = session.request(method, target, json=body, headers=etag(plan))
            assert_problem(r, 403, "forbidden")
    for target in (path, path + "/history", path + "/export.json", path + "/export.xlsx", BASE):
        assert_problem(login_as("citizen").get(target), 403, "forbidden")
        assert_problem(support.anonymous(server).get(target), 401, "authentication-required")
    assert admin.get(path).json()["version"] == 1, "nothing changed"
