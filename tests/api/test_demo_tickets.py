"""The demo's service desk tickets: `simpul demo --tickets N` fills a history of N tickets,
each opened as the service desk opens one and carried through steps of the contract's state
machine (docs/service-desk-contract.md, "States and steps"), so every ticket's events replay to
its status and tier, numbers are unique and never skipped, every step has its audit entry and
the audit chain verifies. The default demo has its own small history.
"""
from __future__ import annotations

import re
import uuid
from collections import Counter, defaultdict

import pytest

import support
from support import run_cli, sql_query

TICKETS = 200
OPEN = {"new", "in_progress", "waiting_reporter"}
# action → (statuses it may start from, status it leads to; None: the status it came from)
STEPS = {
    "start": ({"new"}, "in_progress"),
    "wait_for_reporter": ({"in_progress"}, "waiting_reporter"),
    "resume": ({"waiting_reporter"}, "in_progress"),
    "escalate": ({"new", "in_progress", "waiting_reporter"}, "new"),
    "hand_back": ({"new", "in_progress"}, "new"),
    "resolve": ({"new", "in_progress"}, "resolved"),
    "close": ({"resolved"}, "closed"),
    "reopen": ({"resolved", "closed"}, "in_progress"),
}


@pytest.fixture(scope="module")
def filled(database_url, workdir):
    """A database of its own with `simpul demo --tickets 200`; the finished run as .run."""
    name = "simpul_dt_" + uuid.uuid4().hex[:12]
    pg = support.backend_of(database_url) != "sqlite"
    admin_url = support.pg_url_with_database(database_url, "postgres") if pg else None
    if pg:
        support.psql(admin_url, f'CREATE DATABASE "{name}"')
        url = support.pg_url_with_database(database_url, name)
    else:
        url = "sqlite:" + str(workdir / f"{name}.db")
    result = run_cli("demo", "--database", url, "--tickets", str(TICKETS), timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    yield type("Filled", (), {"url": url, "run": result})
    if pg:
        support.psql(admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def present(value) -> bool:
    """A stored value, not NULL (psql prints NULL as an empty string)."""
    return value not in (None, "")


def tickets_of(url):
    rows = sql_query(url, "SELECT ticket_id, number, status, tier, escalated, channel, reporter_name, tracking_code_hash, "
                          "opened_at, first_response_at, resolved_at, closed_at, paused_since FROM tickets ORDER BY ticket_id")
    keys = ["id", "number", "status", "tier", "escalated", "channel", "reporter_name", "tracking_code_hash",
            "opened_at", "first_response_at", "resolved_at", "closed_at", "paused_since"]
    return [dict(zip(keys, r)) for r in rows]


def events_of(url):
    out = defaultdict(list)
    for ticket_id, at, action, from_status, to_status, from_tier, to_tier, reason in sql_query(
            url, "SELECT ticket_id, at, action, from_status, to_status, from_tier, to_tier, reason FROM ticket_events "
                 "ORDER BY ticket_id, event_id"):
        out[int(ticket_id)].append({"at": at, "action": action, "from_status": from_status, "to_status": to_status,
                                    "from_tier": from_tier, "to_tier": to_tier, "reason": reason})
    return out


def test_the_demo_says_how_many_tickets_it_filled(filled):
    assert f", {TICKETS} service desk tickets," in filled.run.stdout, filled.run.stdout
    assert int(sql_query(filled.url, "SELECT COUNT(*) FROM tickets")[0][0]) == TICKETS


def test_numbers_are_unique_and_none_is_skipped(filled):
    numbers = [t["number"] for t in tickets_of(filled.url)]
    assert len(set(numbers)) == len(numbers)
    by_year = defaultdict(list)
    for n in numbers:
        found = re.fullmatch(r"LYN-(\d{4})-(\d{6})", n)
        assert found, n
        by_year[found.group(1)].append(int(found.group(2)))
    for year, counted in by_year.items():
        assert sorted(counted) == list(range(1, len(counted) + 1)), year
        assert counted == sorted(counted), f"{year}: numbers follow the order of opening"


def test_every_ticket_replays_its_events_to_its_status_and_tier(filled):
    events = events_of(filled.url)
    for t in tickets_of(filled.url):
        history = [e for e in events[int(t["id"])] if e["action"] != "comment"]
        assert history[0]["action"] == "open" and history[0]["to_status"] == "new" and history[0]["to_tier"] == "tier1", t
        assert history[0]["at"] == t["opened_at"], t
        status, tier, escalated, at = "new", "tier1", False, t["opened_at"]
        for e in history[1:]:
            allowed_from, to = STEPS[e["action"]]
            assert e["from_status"] == status and status in allowed_from, (t["number"], e)
            assert e["to_status"] == to, (t["number"], e)
            assert e["from_tier"] == tier, (t["number"], e)
            if e["action"] == "escalate":
                assert tier == "tier1" and e["to_tier"] == "tier2" and e["reason"], (t["number"], e)
                escalated = True
            elif e["action"] == "hand_back":
                assert tier == "tier2" and e["to_tier"] == "tier1" and e["reason"], (t["number"], e)
            else:
                assert e["to_tier"] == tier, (t["number"], e)
            if e["action"] in ("wait_for_reporter", "resolve", "reopen"):
                assert e["reason"], (t["number"], e)
            assert e["at"] >= at, (t["number"], "events in order of time", e)
            status, tier, at = e["to_status"], e["to_tier"], e["at"]
        assert (t["status"], t["tier"], bool(int(t["escalated"]))) == (status, tier, escalated), t
        assert present(t["resolved_at"]) == (status in ("resolved", "closed")), t
        assert present(t["closed_at"]) == (status == "closed"), t
        assert present(t["paused_since"]) == (status == "waiting_reporter"), t
        if any(e["action"] in ("start", "wait_for_reporter", "resolve") for e in history):
            assert present(t["first_response_at"]), t


def test_the_history_has_what_a_service_desk_sees(filled):
    tickets = tickets_of(filled.url)
    statuses = Counter(t["status"] for t in tickets)
    assert statuses["closed"] > TICKETS // 2, statuses
    assert sum(statuses[s] for s in OPEN) > 0, statuses
    assert any(int(t["escalated"]) for t in tickets)
    portal = [t for t in tickets if t["channel"] == "public_portal"]
    assert portal and all(t["reporter_name"] and t["tracking_code_hash"] for t in portal)
    actions = {e["action"] for history in events_of(filled.url).values() for e in history}
    assert {"open", "start", "escalate", "wait_for_reporter", "resume", "resolve", "close", "comment"} <= actions, actions
    # A reporter's reply on the tracking page: a public comment without a staff author.
    replies = sql_query(filled.url, "SELECT COUNT(*) FROM ticket_comments WHERE author_user_id IS NULL AND visibility = 'public'")
    assert int(replies[0][0]) > 0
    # The search index holds every ticket.
    assert int(sql_query(filled.url, "SELECT COUNT(*) FROM ticket_search")[0][0]) == TICKETS


def test_every_step_has_its_audit_entry_and_the_chain_verifies(filled):
    steps = Counter(action for (action,) in sql_query(filled.url, "SELECT action FROM ticket_events"))
    audited = Counter(action for (action,) in sql_query(
        filled.url, "SELECT action FROM audit_log WHERE entity_type = 'ticket'"))
    assert audited["ticket.create"] == steps["open"] == TICKETS, (audited, steps)
    for action in STEPS:
        assert audited[f"ticket.{action}"] == steps[action], (action, audited, steps)
    assert audited["ticket.comment"] == steps["comment"], (audited, steps)
    result = run_cli("audit", "verify", "--database", filled.url, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_tickets_read_back_through_the_api(filled, start_server):
    srv = start_server(database=filled.url)
    admin = support.signed_in(srv, "admin")
    listed = admin.get("/api/v1/tickets", params={"status": "open", "limit": 100})
    assert listed.status_code == 200, listed.text
    stored_open = {t["number"] for t in tickets_of(filled.url) if t["status"] in OPEN}
    assert {t["number"] for t in listed.json()["items"]} <= stored_open
    closed = next(t for t in tickets_of(filled.url) if t["status"] == "closed")
    page = admin.get(f"/api/v1/tickets/{closed['id']}")
    assert page.status_code == 200, page.text
    body = page.json()
    assert body["status"] == "closed" and body["number"] == closed["number"]
    assert [e["action"] for e in body["events"]][0] == "open"
    assert body["events"][-1]["action"] == "close"


def test_the_default_demo_has_a_small_history(demo_database):
    opened = sql_query(demo_database, "SELECT COUNT(*) FROM audit_log WHERE action = 'ticket.create' AND request_id LIKE 'demo-%'")
    assert int(opened[0][0]) == 40


@pytest.mark.parametrize("value", ["-1", "2000001", "many"])
def test_a_wrong_number_of_tickets_is_refused(value, fresh_database):
    result = run_cli("demo", "--database", fresh_database(), "--tickets", value)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "--tickets must be a whole number from 0 to 2000000" in result.stderr
