"""The notification outbox (docs/service-desk-contract.md, "Notifications"): every ticket step that
someone outside should hear of queues an e-mail in the same transaction, once per step and
recipient (the dedupe key); a dispatcher sends them - here the spool sender, which writes .eml
files - and marks them sent; a failed send is retried with back-off and given up after 8
attempts, after which the ICT office can retry it (Madiun Pasal 39 ayat 7-11, Probolinggo Pasal 27).

The suite's servers do not dispatch on their own (SIMPUL_NOTIFICATION_INTERVAL_MS=0): tests send
with `simpul notifications send`, and one starts a server that dispatches every 200 ms.
"""
from __future__ import annotations

import base64
import re
import time
import uuid
from pathlib import Path

import pytest

import support
from support import assert_audited, assert_problem, describe, traced

BASE = "/api/v1/notifications"
ITEM_FIELDS = {"id", "channel", "recipient", "subject", "body", "ticket", "status", "attempts", "next_attempt_at",
               "sent_at", "last_error", "created_at"}


def complaint(session, service_id: int, email: str | None) -> dict:
    rep = {"name": "Warga Uji"} | ({"email": email} if email else {})
    r = session.post("/api/v1/public/complaints", json={
        "service_id": service_id, "title": "Aplikasi pendaftaran tidak bisa dibuka " + uuid.uuid4().hex[:6],
        "description": "Setiap kali dibuka muncul pesan galat.", "reporter": rep})
    assert r.status_code == 201, describe(r)
    return r.json()


def of_ticket(admin, number: str, status: str | None = None) -> list[dict]:
    params = {"status": status} if status else {}
    return [n for n in support.all_pages(admin, BASE, **params) if n["ticket"] and n["ticket"]["number"] == number]


def send(database: str, **env) -> str:
    result = support.run_cli("notifications", "send", "--database", database, env=env)
    assert result.returncode == 0, f"stdout: {result.stdout}\nstderr: {result.stderr}"
    return result.stdout


def spool_dir() -> Path:
    return Path(support.SUITE_ENV["SIMPUL_NOTIFICATION_SPOOL_DIR"])


def decoded_subject(eml: str) -> str:
    found = re.search(r"^Subject: =\?UTF-8\?B\?([A-Za-z0-9+/=]+)\?=\r$", eml, re.M)
    assert found, eml[:500]
    return base64.b64decode(found.group(1)).decode()


@pytest.fixture(scope="module")
def service_of_dinkes(public, dinkes) -> int:
    r = public.get("/api/v1/public/complaint-options")
    assert r.status_code == 200, describe(r)
    return next(s["id"] for s in r.json()["services"] if s["agency_id"] == dinkes)


def test_a_complaint_with_an_email_queues_one_confirmation(public, admin, service_of_dinkes):
    email = f"warga.{uuid.uuid4().hex[:8]}@contoh.id"
    answer = complaint(public, service_of_dinkes, email)
    mine = [n for n in of_ticket(admin, answer["number"]) if n["recipient"] == email]
    assert len(mine) == 1, mine
    n = mine[0]
    assert set(n) == ITEM_FIELDS
    assert n["status"] == "pending" and n["attempts"] == 0 and n["channel"] == "email"
    assert answer["number"] in n["subject"]
    assert answer["number"] in n["body"] and "/lacak" in n["body"]
    # The tracking code is never e-mailed: the outbox would keep it in the database.
    assert answer["tracking_code"] not in n["body"] and answer["tracking_code"].replace("-", "") not in n["body"]


def tier1_addresses(admin, agency_id: int) -> set[str]:
    return {p["email"].lower() for p in support.all_pages(admin, "/api/v1/people", agency_id=agency_id)
            if "tier1" in p["spbe_roles"] and p["email"]}


def test_the_agencys_tier1_staff_hear_of_a_new_complaint_once_per_address(public, admin, service_of_dinkes, dinkes):
    # Two Tier 1 people of Dinkes with one address (written differently), one other person without the duty.
    address = f"tier1.{uuid.uuid4().hex[:8]}@dinkes.madiunkota.go.id"
    for name, email, roles in (("Petugas Layanan", address, ["tier1"]), ("Petugas Cadangan", address.upper(), ["tier1"]),
                               ("Walidata", f"walidata.{uuid.uuid4().hex[:6]}@contoh.id", ["data_steward"])):
        r = admin.post("/api/v1/people", json={"agency_id": dinkes, "nip": support.new_nip(),
                                               "name": f"{name} {uuid.uuid4().hex[:4]}",
                                               "email": email, "spbe_roles": roles})
        assert r.status_code == 201, describe(r)
    answer = complaint(public, service_of_dinkes, None)
    recipients = [n["recipient"] for n in of_ticket(admin, answer["number"])]
    assert sorted(recipients) == sorted(tier1_addresses(admin, dinkes))
    assert recipients.count(address) == 1, recipients
    n = next(n for n in of_ticket(admin, answer["number"]) if n["recipient"] == address)
    assert "Tiket baru" in n["subject"] and answer["number"] in n["body"]


def test_dispatch_writes_eml_files_and_marks_them_sent(public, admin, service_of_dinkes, demo_database):
    email = f"warga.{uuid.uuid4().hex[:8]}@contoh.id"
    answer = complaint(public, service_of_dinkes, email)
    out = send(demo_database)
    assert re.search(r"\d+ notifications? sent", out), out
    n = next(n for n in of_ticket(admin, answer["number"]) if n["recipient"] == email)
    assert n["status"] == "sent" and n["sent_at"] and n["attempts"] == 1 and n["last_error"] is None
    eml = (spool_dir() / f"notification-{n['id']}.eml").read_bytes().decode()
    assert f"To: {email}\r\n" in eml
    assert answer["number"] in decoded_subject(eml)
    assert "Content-Type: text/plain; charset=UTF-8" in eml
    # Nothing is sent twice: a second pass leaves it alone.
    before = (spool_dir() / f"notification-{n['id']}.eml").stat().st_mtime_ns
    send(demo_database)
    assert (spool_dir() / f"notification-{n['id']}.eml").stat().st_mtime_ns == before
    assert of_ticket(admin, answer["number"], "sent")


def test_a_failing_sender_retries_then_gives_up_and_can_be_retried(isolated_server, workdir):
    srv = isolated_server()
    admin = support.signed_in(srv, support.DEMO_USERS["superadmin"])
    anon = support.anonymous(srv)
    options = anon.get("/api/v1/public/complaint-options").json()
    email = f"warga.{uuid.uuid4().hex[:8]}@contoh.id"
    answer = complaint(anon, options["services"][0]["id"], email)
    broken = workdir / f"not-a-folder-{uuid.uuid4().hex[:6]}"
    broken.write_text("a file where the spool folder should be")
    failing = {"SIMPUL_NOTIFICATION_SPOOL_DIR": str(broken), "SIMPUL_NOTIFICATION_BACKOFF_SECONDS": "0"}

    out = send(srv.database, **failing)
    assert "to retry" in out, out
    n = next(n for n in of_ticket(admin, answer["number"]) if n["recipient"] == email)
    assert (n["status"], n["attempts"]) == ("pending", 1)
    assert "spool" in n["last_error"]
    for _ in range(7):
        send(srv.database, **failing)
    n = next(n for n in of_ticket(admin, answer["number"]) if n["recipient"] == email)
    assert (n["status"], n["attempts"]) == ("failed", 8), n
    assert n["sent_at"] is None
    assert n in support.all_pages(admin, BASE, status="failed")
    send(srv.database, **failing)  # a given-up message is not tried again
    assert next(x for x in of_ticket(admin, answer["number"]) if x["id"] == n["id"])["attempts"] == 8

    r = admin.post(f"{BASE}/{n['id']}/retry", headers=traced())
    assert r.status_code == 200, describe(r)
    assert (r.json()["status"], r.json()["attempts"]) == ("pending", 0)
    assert_audited(admin, r, "notification.retry")
    assert_problem(admin.post(f"{BASE}/{n['id']}/retry"), 409, "invalid-transition")
    assert_problem(admin.post(f"{BASE}/999999999/retry"), 404, "not-found")
    send(srv.database)
    n = next(x for x in of_ticket(admin, answer["number"]) if x["id"] == n["id"])
    assert n["status"] == "sent"


def test_serve_dispatches_on_its_own(start_server, public, admin, service_of_dinkes, workdir):
    spool = workdir / f"spool-{uuid.uuid4().hex[:6]}"
    srv = start_server(env={"SIMPUL_NOTIFICATION_INTERVAL_MS": "200", "SIMPUL_NOTIFICATION_SPOOL_DIR": str(spool)})
    email = f"warga.{uuid.uuid4().hex[:8]}@contoh.id"
    answer = complaint(support.anonymous(srv), service_of_dinkes, email)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        n = next(n for n in of_ticket(admin, answer["number"]) if n["recipient"] == email)
        if n["status"] == "sent":
            break
        time.sleep(0.2)
    assert n["status"] == "sent", n
    assert (spool / f"notification-{n['id']}.eml").exists()


def test_list_filters_and_pages(admin):
    assert_problem(admin.get(BASE, params={"status": "lost"}), 400, "bad-request")
    r = admin.get(BASE, params={"limit": 1})
    assert r.status_code == 200, describe(r)
    assert len(r.json()["items"]) == 1 and r.json()["next_cursor"]
    second = admin.get(BASE, params={"limit": 1, "cursor": r.json()["next_cursor"]}).json()["items"]
    assert second and second[0]["id"] < r.json()["items"][0]["id"]


def test_escalation_tells_tier2_and_a_question_tells_the_reporter(public, admin, service_of_dinkes, agencies):
    tier2 = f"tier2.{uuid.uuid4().hex[:8]}@kominfo.madiunkota.go.id"
    r = admin.post("/api/v1/people", json={"agency_id": agencies["Diskominfo"]["id"], "nip": support.new_nip(),
                                           "name": "Petugas Tier 2 Uji",
                                           "email": tier2, "spbe_roles": ["tier2"]})
    assert r.status_code == 201, describe(r)
    email = f"warga.{uuid.uuid4().hex[:8]}@contoh.id"
    answer = complaint(public, service_of_dinkes, email)
    found = admin.get("/api/v1/tickets", params={"q": answer["number"]}).json()["items"]
    ticket_id = next(t["id"] for t in found if t["number"] == answer["number"])

    def act(action: str, reason: str | None = None) -> None:
        etag = admin.get(f"/api/v1/tickets/{ticket_id}").headers["ETag"]
        body = {"action": action} | ({"reason": reason} if reason else {})
        r = admin.post(f"/api/v1/tickets/{ticket_id}/actions", json=body, headers={"If-Match": etag})
        assert r.status_code == 200, describe(r)

    act("start")
    question = "Mohon sebutkan nomor antrean Anda."
    act("wait_for_reporter", question)
    to_reporter = [n for n in of_ticket(admin, answer["number"]) if n["recipient"] == email]
    assert len(to_reporter) == 2, to_reporter  # the confirmation and the question
    assert any(question in n["body"] for n in to_reporter)
    assert not any(answer["tracking_code"] in n["body"] for n in to_reporter)
    act("escalate", "Perlu akses basis data pusat.")
    to_tier2 = [n for n in of_ticket(admin, answer["number"]) if n["recipient"] == tier2]
    assert len(to_tier2) == 1, to_tier2
    assert "Perlu akses basis data pusat." in to_tier2[0]["body"] and "Tier 2" in to_tier2[0]["subject"]
