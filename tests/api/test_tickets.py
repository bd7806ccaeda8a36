"""Service desk tickets: a ticket lands at its agency's Service Desk Tier 1, which resolves it or
escalates it with a reason to Tier 2 at the ICT office; Tier 2 can hand it back; every step is
recorded (Perwali Madiun 39/2021 Pasal 39 ayat 3 and 7-11, Batam Pasal 40, OKI Pasal 39, Kendari
Pasal 33, Probolinggo Pasal 27). SLA clocks run in business minutes and pause while waiting for
the reporter.

Contract: docs/service-desk-contract.md, "Tickets". Runs on the shared demo server (Kota Madiun):
operator_own is the operator of Dinkes, operator_other of Bappeda. Every test opens its own
tickets and finds them again by a unique word, so nothing assumes what other tests made.
"""
from __future__ import annotations

import re
import uuid

import pytest

import support
from support import assert_audited, assert_problem, describe, field_names, traced

BASE = "/api/v1/tickets"
NUMBER = re.compile(r"^LYN-\d{4}-\d{6}$")
SUMMARY_FIELDS = {"id", "number", "kind", "title", "agency", "service", "priority", "status", "tier", "escalated",
                  "assignee", "opened_at", "paused", "sla", "version"}
TICKET_FIELDS = SUMMARY_FIELDS | {"description", "channel", "application", "reporter", "reporter_hidden",
                                  "first_response_at", "resolved_at", "closed_at", "events", "comments", "attachments",
                                  "links", "allowed_actions", "public", "created_at", "updated_at"}


# --------------------------------------------------------------------------- helpers


def word() -> str:
    """A word no other ticket holds, to find this test's tickets by full-text search."""
    return "uji" + uuid.uuid4().hex[:10]


def open_ticket(session, agency_id: int | None, expect: int = 201, **fields):
    body = {"kind": "incident", "title": "Jaringan kantor putus " + word(), "description": "Sejak pagi tidak ada internet."}
    if agency_id is not None:
        body["agency_id"] = agency_id
    body.update(fields)
    r = session.post(BASE, json=body, headers=traced())
    assert r.status_code == expect, describe(r)
    return r.json() if expect == 201 else r


def get(session, ticket_id: int) -> dict:
    r = session.get(f"{BASE}/{ticket_id}")
    assert r.status_code == 200, describe(r)
    return r.json()


def if_match(ticket: dict) -> dict:
    return traced(**{"If-Match": f'"{ticket["version"]}"'})


def act(session, ticket: dict, action: str, reason: str | None = None, expect: int = 200):
    body = {"action": action}
    if reason is not None:
        body["reason"] = reason
    r = session.post(f"{BASE}/{ticket['id']}/actions", json=body, headers=if_match(ticket))
    assert r.status_code == expect, describe(r)
    return r.json() if expect == 200 else r


def listed(session, **params) -> list[dict]:
    r = session.get(BASE, params=params)
    assert r.status_code == 200, describe(r)
    return r.json()["items"]


@pytest.fixture(scope="module")
def leadership(login_as):
    return login_as("leadership")


@pytest.fixture(scope="module")
def auditor(login_as):
    return login_as("auditor")


@pytest.fixture(scope="module")
def dinkes_service(admin, dinkes) -> dict:
    """A service owned by Dinkes (made here, so the test does not depend on the demo's services)."""
    code = "LYN-" + uuid.uuid4().hex[:6].upper()
    r = admin.post("/api/v1/services", json={"owner_agency_id": dinkes, "code": code, "name": "Layanan uji " + code,
                                             "kind": "public"})
    if r.status_code != 201:
        items = support.all_pages(admin, "/api/v1/services")
        owned = [s for s in items if s.get("owner_agency_id") == dinkes]
        assert owned, describe(r)
        return owned[0]
    return r.json()


# --------------------------------------------------------------------------- opening


def test_an_operator_opens_a_ticket_for_their_own_agency(own, admin, dinkes):
    r = own.post(BASE, json={"kind": "incident", "title": "Printer loket rusak", "description": "Tidak bisa mencetak.",
                             "agency_id": dinkes, "priority": "high"}, headers=traced())
    assert r.status_code == 201, describe(r)
    t = r.json()
    assert set(t) == TICKET_FIELDS
    assert NUMBER.match(t["number"]), t["number"]
    assert r.headers["ETag"] == f'"{t["version"]}"'
    assert t["status"] == "new" and t["tier"] == "tier1" and not t["escalated"]
    assert t["agency"]["id"] == dinkes and t["agency"]["short_name"] == "Dinkes"
    assert t["priority"] == "high" and t["channel"] == "staff"
    assert t["sla"]["response"]["state"] in ("running", "breached")
    assert t["sla"]["resolution"]["due_at"] > t["opened_at"]
    assert [e["action"] for e in t["events"]] == ["open"]
    assert t["events"][0]["to_status"] == "new" and t["events"][0]["to_tier"] == "tier1"
    assert t["allowed_actions"] == ["start", "escalate", "resolve"]
    assert_audited(admin, r, "ticket.create", t["id"])
    # Numbers count up per region and year.
    second = open_ticket(own, dinkes)
    assert second["number"][:9] == t["number"][:9]
    assert int(second["number"][-6:]) > int(t["number"][-6:])


def test_an_operator_cannot_open_a_ticket_for_another_agency(own, bappeda):
    r = open_ticket(own, bappeda, expect=403)
    assert_problem(r, 403, "forbidden")


def test_a_service_lands_the_ticket_at_its_owner(own, admin, dinkes, bappeda, dinkes_service):
    t = open_ticket(admin, None, service_id=dinkes_service["id"])
    assert t["agency"]["id"] == dinkes
    assert t["service"] == {"id": dinkes_service["id"], "name": dinkes_service["name"]}
    r = open_ticket(admin, bappeda, expect=422, service_id=dinkes_service["id"])
    assert field_names(assert_problem(r, 422, "validation-failed")) == ["agency_id"]


def test_bad_bodies_are_refused_field_by_field(own, dinkes):
    r = own.post(BASE, json={"kind": "gossip", "title": "ab", "description": "", "priority": "urgent", "extra": 1})
    assert set(field_names(assert_problem(r, 422, "validation-failed"))) == {"kind", "title", "description", "priority",
                                                                          "extra", "agency_id"}
    r = own.post(BASE, json={"kind": "incident", "title": "Judul cukup", "description": "x", "agency_id": 99999999})
    assert field_names(assert_problem(r, 422, "validation-failed")) == ["agency_id"]
    r = own.post(BASE, json={"kind": "incident", "title": "Judul cukup", "description": "x", "agency_id": dinkes,
                             "reporter": {"name": "A", "email": "bukan"}})
    assert field_names(assert_problem(r, 422, "validation-failed")) == ["reporter.name", "reporter.email"]
    r = own.post(BASE, data=b"{not json", headers={"Content-Type": "application/json"})
    assert r.status_code == 400, describe(r)


# --------------------------------------------------------------------------- the path through the tiers


def test_the_full_path_through_tier1_and_tier2(own, admin, dinkes):
    t = open_ticket(own, dinkes, reporter={"name": "Siti Aminah", "email": "siti@contoh.id"})
    t = act(own, t, "start")
    assert t["status"] == "in_progress" and t["first_response_at"]
    assert t["assignee"]["display_name"], "the one who starts takes the ticket"

    r = act(own, t, "wait_for_reporter", expect=422)
    assert field_names(assert_problem(r, 422, "validation-failed")) == ["reason"]
    t = act(own, t, "wait_for_reporter", "Mohon kirim foto pesan galatnya.")
    assert t["status"] == "waiting_reporter" and t["paused"]
    assert t["sla"]["resolution"]["state"] == "paused"
    assert t["comments"][-1]["visibility"] == "public" and t["comments"][-1]["body"] == "Mohon kirim foto pesan galatnya."

    t = act(own, t, "resume")
    assert t["status"] == "in_progress" and not t["paused"]
    assert t["sla"]["resolution"]["state"] in ("running", "breached")

    r = act(own, t, "escalate", expect=422)
    assert field_names(assert_problem(r, 422, "validation-failed")) == ["reason"]
    r = own.post(f"{BASE}/{t['id']}/actions", json={"action": "escalate", "reason": "Perlu akses server pusat data."},
                 headers=if_match(t))
    assert r.status_code == 200, describe(r)
    assert_audited(admin, r, "ticket.escalate", t["id"])
    t = r.json()
    assert (t["status"], t["tier"], t["escalated"], t["assignee"]) == ("new", "tier2", True, None)
    assert t["allowed_actions"] == []

    # At Tier 2 the agency's operator reads and comments, but no longer takes steps.
    r = act(own, t, "start", expect=403)
    detail = assert_problem(r, 403, "forbidden")["detail"]
    assert "Tier 2" in detail
    # The refusal names the article that gives the ICT office its Tier 2 (the demo region is Madiun).
    assert "Pasal 39 ayat (7) huruf b" in detail, detail
    r = own.post(f"{BASE}/{t['id']}/comments", json={"body": "Kami menunggu Tier 2.", "visibility": "internal"})
    assert r.status_code == 201, describe(r)
    t = get(admin, t["id"])
    assert "hand_back" in t["allowed_actions"]

    t = act(admin, t, "hand_back", "Masalah ada di perangkat kantor, bukan di server.")
    assert (t["status"], t["tier"], t["escalated"]) == ("new", "tier1", True)
    t = act(own, get(own, t["id"]), "escalate", "Perangkat kantor perlu diganti oleh Kominfo.")
    assert t["tier"] == "tier2"
    t = act(admin, get(admin, t["id"]), "resolve", "Switch kantor sudah diganti.")
    assert t["status"] == "resolved" and t["resolved_at"] and t["sla"]["resolution"]["state"] in ("met", "breached")
    t = act(admin, t, "close")
    assert t["status"] == "closed" and t["closed_at"]

    steps = [(e["action"], e["from_status"], e["to_status"], e["from_tier"], e["to_tier"])
             for e in t["events"] if e["to_status"]]
    assert steps == [
        ("open", None, "new", None, "tier1"),
        ("start", "new", "in_progress", "tier1", "tier1"),
        ("wait_for_reporter", "in_progress", "waiting_reporter", "tier1", "tier1"),
        ("resume", "waiting_reporter", "in_progress", "tier1", "tier1"),
        ("escalate", "in_progress", "new", "tier1", "tier2"),
        ("hand_back", "new", "new", "tier2", "tier1"),
        ("escalate", "new", "new", "tier1", "tier2"),
        ("resolve", "new", "resolved", "tier2", "tier2"),
        ("close", "resolved", "closed", "tier2", "tier2"),
    ]
    reasons = {e["action"]: e["reason"] for e in t["events"]}
    assert reasons["resolve"] == "Switch kantor sudah diganti."
    assert all(e["actor"]["display_name"] for e in t["events"])

    # A step from the wrong status: 409 with a plain explanation.
    r = act(admin, t, "close", expect=409)
    detail = assert_problem(r, 409, "invalid-transition")["detail"]
    assert "Ditutup" in detail and "Selesai" in detail, detail  # closed; "close" only from resolved
    t = act(admin, t, "reopen", "Pelapor: masih putus.")
    assert t["status"] == "in_progress" and t["resolved_at"] is None


def test_only_the_superadmin_hands_back(own, admin, dinkes):
    t = open_ticket(own, dinkes)
    r = act(own, t, "hand_back", "x", expect=403)
    assert_problem(r, 403, "forbidden")
    r = act(admin, t, "hand_back", "x", expect=409)
    assert_problem(r, 409, "invalid-transition")


def test_steps_need_the_version_the_caller_saw(own, dinkes):
    t = open_ticket(own, dinkes)
    r = own.post(f"{BASE}/{t['id']}/actions", json={"action": "start"})
    assert_problem(r, 428, "precondition-required")
    stale = dict(t)
    act(own, t, "start")
    r = act(own, stale, "escalate", "terlambat", expect=412)
    assert_problem(r, 412, "precondition-failed")
    r = own.patch(f"{BASE}/{t['id']}", json={"priority": "low"}, headers=if_match(stale))
    assert_problem(r, 412, "precondition-failed")


# --------------------------------------------------------------------------- editing


def test_edits_recompute_due_times_and_check_the_assignee(own, other, admin, dinkes):
    t = open_ticket(own, dinkes, priority="low")
    r = own.patch(f"{BASE}/{t['id']}", json={"priority": "critical", "title": "Server SIMPUS mati total"},
                  headers=if_match(t))
    assert r.status_code == 200, describe(r)
    edited = r.json()
    assert edited["priority"] == "critical" and edited["version"] == t["version"] + 1
    assert edited["sla"]["resolution"]["due_at"] < t["sla"]["resolution"]["due_at"]
    assert edited["sla"]["response"]["due_at"] < t["sla"]["response"]["due_at"]
    assert edited["events"][-1]["action"] == "update"
    assert_audited(admin, r, "ticket.update", t["id"])

    bappeda_operator = other.user["id"]
    r = own.patch(f"{BASE}/{t['id']}", json={"assignee_user_id": bappeda_operator}, headers=if_match(edited))
    assert field_names(assert_problem(r, 422, "validation-failed")) == ["assignee_user_id"]
    r = own.patch(f"{BASE}/{t['id']}", json={"assignee_user_id": own.user["id"]}, headers=if_match(edited))
    assert r.status_code == 200 and r.json()["assignee"]["id"] == own.user["id"], describe(r)
    r = own.patch(f"{BASE}/{t['id']}", json={"assignee_user_id": None}, headers=if_match(r.json()))
    assert r.status_code == 200 and r.json()["assignee"] is None, describe(r)
    r = own.patch(f"{BASE}/{t['id']}", json={"status": "closed"}, headers=if_match(r.json()))
    assert field_names(assert_problem(r, 422, "validation-failed")) == ["status"]


# --------------------------------------------------------------------------- who sees what


def test_an_operator_of_another_agency_can_neither_read_nor_act(own, other, dinkes, bappeda):
    t = open_ticket(own, dinkes)
    assert_problem(other.get(f"{BASE}/{t['id']}"), 403, "forbidden")
    assert_problem(act(other, t, "start", expect=403), 403, "forbidden")
    r = other.post(f"{BASE}/{t['id']}/comments", json={"body": "Halo", "visibility": "internal"})
    assert_problem(r, 403, "forbidden")
    r = other.patch(f"{BASE}/{t['id']}", json={"priority": "low"}, headers=if_match(t))
    assert_problem(r, 403, "forbidden")
    assert all(item["agency"]["id"] == bappeda for item in listed(other, limit=100))
    assert_problem(other.get(BASE, params={"agency_id": dinkes}), 403, "forbidden")
    assert_problem(other.get(f"{BASE}/999999999"), 404, "not-found")


def test_the_reporters_personal_data_is_shown_only_to_those_handling_it(own, admin, leadership, auditor, dinkes):
    reporter = {"name": "Budi Santoso", "email": "budi@contoh.id", "phone": "+62 812 3456 789"}
    t = open_ticket(own, dinkes, reporter=reporter)
    for handler in (own, admin):
        seen = get(handler, t["id"])
        assert seen["reporter"] == reporter and seen["reporter_hidden"] is False
    for reader in (leadership, auditor):
        seen = get(reader, t["id"])
        assert seen["reporter"] is None and seen["reporter_hidden"] is True
        assert "budi" not in str(seen).lower()
        assert seen["allowed_actions"] == []
    # Readers may not work on tickets at all.
    r = leadership.post(f"{BASE}/{t['id']}/comments", json={"body": "Halo", "visibility": "internal"})
    assert_problem(r, 403, "forbidden")
    # The audit log (read by auditors) keeps no personal data of the reporter either.
    history = support.all_pages(auditor, "/api/v1/audit", entity_type="ticket", entity_id=str(t["id"]))
    assert history and "budi" not in str(history).lower()


# --------------------------------------------------------------------------- the queue


def test_the_queue_filters_searches_and_sorts_by_time_left(own, admin, dinkes, bappeda):
    tag = word()
    critical = open_ticket(own, dinkes, priority="critical", title="Kritis " + tag)
    low = open_ticket(own, dinkes, priority="low", title="Rendah " + tag, kind="request")
    waiting = open_ticket(own, dinkes, priority="critical", title="Tunggu " + tag)
    waiting = act(own, act(own, waiting, "start"), "wait_for_reporter", "Nomor NIK pelapor?")
    elsewhere = open_ticket(admin, bappeda, priority="critical", title="Bappeda " + tag)

    items = listed(admin, q=tag)
    assert set(items[0]) == SUMMARY_FIELDS
    # Resolution time left, tickets paused for the reporter last.
    assert [i["id"] for i in items] == [critical["id"], elsewhere["id"], low["id"], waiting["id"]] or \
        [i["id"] for i in items] == [elsewhere["id"], critical["id"], low["id"], waiting["id"]]
    assert items[-1]["paused"] and items[-1]["sla"]["resolution"]["state"] == "paused"
    # The open queue (read through its own indexes) keeps the same order.
    assert [i["id"] for i in listed(admin, q=tag, status="open")] == [i["id"] for i in items]
    assert [i["id"] for i in listed(own, q=tag, status="open")] == [i["id"] for i in items if i["id"] != elsewhere["id"]]

    assert [i["id"] for i in listed(admin, q=tag, sort="-opened")] == \
        [elsewhere["id"], waiting["id"], low["id"], critical["id"]]
    assert [i["id"] for i in listed(admin, q=tag, kind="request")] == [low["id"]]
    assert [i["id"] for i in listed(admin, q=tag, status="waiting_reporter")] == [waiting["id"]]
    assert {i["id"] for i in listed(admin, q=tag, status="open", priority="critical")} == \
        {critical["id"], waiting["id"], elsewhere["id"]}
    assert {i["id"] for i in listed(admin, q=tag, agency_id=bappeda)} == {elsewhere["id"]}
    assert {i["id"] for i in listed(own, q=tag)} == {critical["id"], low["id"], waiting["id"]}
    assert [i["id"] for i in listed(own, q=tag, assignee="me")] == [waiting["id"]]
    assert {i["id"] for i in listed(own, q=tag, assignee="none")} == {critical["id"], low["id"]}
    assert listed(admin, q=tag, tier="tier2") == []

    # Pages: one ticket at a time, following next_cursor, in the same order.
    seen, cursor = [], None
    while True:
        params = {"q": tag, "limit": 1} | ({"cursor": cursor} if cursor else {})
        r = admin.get(BASE, params=params)
        assert r.status_code == 200, describe(r)
        seen += [i["id"] for i in r.json()["items"]]
        cursor = r.json()["next_cursor"]
        if not cursor:
            break
    assert seen == [i["id"] for i in items]

    for bad in ({"status": "lost"}, {"sort": "random"}, {"limit": 0}, {"cursor": "zzz"}, {"assignee": "someone"}):
        assert admin.get(BASE, params=bad).status_code == 400, bad


def test_search_finds_a_ticket_by_a_word_of_a_comment_and_by_its_number(own, admin, dinkes):
    t = open_ticket(own, dinkes)
    tag = word()
    r = own.post(f"{BASE}/{t['id']}/comments", json={"body": f"Kabel {tag} diganti teknisi.", "visibility": "internal"})
    assert r.status_code == 201, describe(r)
    comment = r.json()
    assert comment["visibility"] == "internal" and comment["author"]["id"] == own.user["id"]
    assert [i["id"] for i in listed(admin, q=tag)] == [t["id"]]
    assert [i["id"] for i in listed(admin, q=tag[:8])] == [t["id"]], "words match as prefixes"
    assert t["id"] in [i["id"] for i in listed(admin, q=t["number"])]
    assert listed(admin, q=word()) == []


def pages(session, **params) -> list[int]:
    """Every listed ticket's id, 100 a page, following next_cursor."""
    ids, cursor = [], None
    while True:
        r = session.get(BASE, params=params | {"limit": 100} | ({"cursor": cursor} if cursor else {}))
        assert r.status_code == 200, describe(r)
        ids += [i["id"] for i in r.json()["items"]]
        cursor = r.json()["next_cursor"]
        if not cursor:
            return ids


def test_a_word_in_many_tickets_lists_as_a_rare_word_does(own, admin, dinkes):
    # More tickets than the match set holds (kMatchSetCap = 2000, modules/tickets/search.h): the
    # list then checks the word on each row while it walks the index of its order. A rarer word
    # on some of them is still collected as a set; both must give the same order and pages.
    common, rare = word(), word()
    made = [open_ticket(own, dinkes, title=f"Aplikasi {common}" + (f" {rare}" if n % 150 == 0 else ""),
                        priority=("critical", "high", "medium", "low")[n % 4])["id"]
            for n in range(2040)]
    marked = set(made[::150])
    waiting = act(own, act(own, get(own, made[1]), "start"), "wait_for_reporter", "Nomor NIK pelapor?")
    act(own, act(own, get(own, made[150]), "start"), "resolve", "Aplikasi dipasang ulang.")

    newest_first = pages(admin, q=common, sort="-opened")
    assert newest_first == made[::-1]
    assert pages(admin, q=common, sort="opened") == made
    assert pages(admin, q=rare, sort="-opened") == [i for i in newest_first if i in marked]
    assert pages(admin, q=f"{common} {rare}", sort="opened") == [i for i in made if i in marked]

    # The queue page: open tickets by resolution time left, paused ones last.
    queue = pages(own, q=common, status="open", sort="time_left")
    assert sorted(queue) == sorted(set(made) - {made[150]})
    assert queue[-1] == waiting["id"]
    assert pages(own, q=rare, status="open", sort="time_left") == [i for i in queue if i in marked]
    assert pages(admin, q=common) == pages(admin, q=common, sort="time_left")
    assert pages(admin, q=rare) == [i for i in pages(admin, q=common) if i in marked]


def test_breached_tickets_are_found(own, admin, dinkes, demo_database):
    t = open_ticket(own, dinkes, title="Lewat tenggat " + word())
    fresh = open_ticket(own, dinkes, title="Masih ada waktu " + word())
    support.sql_execute(demo_database, f"UPDATE tickets SET response_due_at = '2020-01-01T00:00:00.000Z', "
                                       f"resolution_due_at = '2020-01-02T00:00:00.000Z' WHERE ticket_id = {t['id']}")
    ids = [i["id"] for i in support.all_pages(admin, BASE, breached="true", agency_id=dinkes)]
    assert t["id"] in ids and fresh["id"] not in ids
    seen = get(admin, t["id"])
    assert seen["sla"]["response"]["state"] == "breached" and seen["sla"]["response"]["minutes_left"] < 0
    assert seen["sla"]["resolution"]["state"] == "breached"


def test_a_public_comment_is_a_first_response(own, dinkes):
    t = open_ticket(own, dinkes)
    assert t["first_response_at"] is None
    r = own.post(f"{BASE}/{t['id']}/comments", json={"body": "Kami sedang memeriksa.", "visibility": "public"})
    assert r.status_code == 201, describe(r)
    seen = get(own, t["id"])
    assert seen["first_response_at"] and seen["sla"]["response"]["state"] in ("met", "breached")
    assert seen["version"] == t["version"] + 1
    assert [e["action"] for e in seen["events"]] == ["open", "comment"]
    assert_problem(own.post(f"{BASE}/{t['id']}/comments", json={"body": "x", "visibility": "public"},
                            headers=if_match(t)), 412, "precondition-failed")
    assert set(field_names(assert_problem(own.post(f"{BASE}/{t['id']}/comments", json={"body": ""}),
                                          422, "validation-failed"))) == {"body", "visibility"}


# --------------------------------------------------------------------------- attachments and links


def test_attachments_must_be_uploaded_files(own, admin, dinkes):
    t = open_ticket(own, dinkes)
    f = support.upload_file(own, support.MINIMAL_PDF + word().encode(), name="foto-galat.pdf")
    r = own.post(f"{BASE}/{t['id']}/attachments", json={"sha256": f["sha256"]}, headers=traced())
    assert r.status_code == 201, describe(r)
    a = r.json()
    assert a["sha256"] == f["sha256"] and a["name"] == "foto-galat.pdf" and a["media_type"] == "application/pdf"
    assert_audited(admin, r, "ticket.attach", t["id"])
    assert_problem(own.post(f"{BASE}/{t['id']}/attachments", json={"sha256": f["sha256"]}), 409, "conflict")
    r = own.post(f"{BASE}/{t['id']}/attachments", json={"sha256": "0" * 64})
    assert field_names(assert_problem(r, 422, "validation-failed")) == ["sha256"]
    r = own.post(f"{BASE}/{t['id']}/attachments", json={"sha256": "bukan"})
    assert field_names(assert_problem(r, 422, "validation-failed")) == ["sha256"]
    assert [x["sha256"] for x in get(own, t["id"])["attachments"]] == [f["sha256"]]


def test_links_join_tickets_the_caller_may_handle(own, admin, dinkes, bappeda):
    a = open_ticket(own, dinkes)
    b = open_ticket(own, dinkes)
    foreign = open_ticket(admin, bappeda)
    r = own.post(f"{BASE}/{a['id']}/links", json={"other_ticket_id": b["id"], "kind": "duplicate_of"}, headers=traced())
    assert r.status_code == 201, describe(r)
    link = r.json()
    assert link["direction"] == "outgoing" and link["ticket"]["number"] == b["number"]
    assert_audited(admin, r, "ticket.link", a["id"])
    assert_problem(own.post(f"{BASE}/{b['id']}/links", json={"other_ticket_id": a["id"], "kind": "relates_to"}),
                   409, "conflict")
    r = own.post(f"{BASE}/{a['id']}/links", json={"other_ticket_id": a["id"], "kind": "relates_to"})
    assert field_names(assert_problem(r, 422, "validation-failed")) == ["other_ticket_id"]
    r = own.post(f"{BASE}/{a['id']}/links", json={"other_ticket_id": 999999999, "kind": "relates_to"})
    assert field_names(assert_problem(r, 422, "validation-failed")) == ["other_ticket_id"]
    r = own.post(f"{BASE}/{a['id']}/links", json={"other_ticket_id": foreign["id"], "kind": "caused_by"})
    assert_problem(r, 403, "forbidden")
    r = admin.post(f"{BASE}/{a['id']}/links", json={"other_ticket_id": foreign["id"], "kind": "caused_by"})
    assert r.status_code == 201, describe(r)

    incoming = get(own, b["id"])["links"]
    assert [(l["id"], l["direction"], l["ticket"]["id"]) for l in incoming] == [(link["id"], "incoming", a["id"])]
    assert_problem(own.delete(f"{BASE}/{b['id']}/links/999999999"), 404, "not-found")
    r = own.delete(f"{BASE}/{b['id']}/links/{link['id']}", headers=traced())
    assert r.status_code == 204, describe(r)
    assert_audited(admin, r, "ticket.unlink", b["id"])
    assert get(own, b["id"])["links"] == []
    assert [l["ticket"]["id"] for l in get(admin, a["id"])["links"]] == [foreign["id"]]
