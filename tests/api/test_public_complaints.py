"""Public complaints without an account (Kendari Pasal 21 ayat 6, Madiun Pasal 23 ayat 4 huruf h;
Probolinggo Pasal 27: the service desk as single point of contact that tells the status).

Contract: docs/service-desk-contract.md, "Public complaints (no account)". A citizen files a
complaint about a service or an agency, is shown an unguessable tracking code once, follows the
complaint's status and public replies with it, and replies. Codes cannot be enumerated (one 404
for malformed and unknown codes, and a limit per client address); bodies are small plain text;
the reporter's personal data and the staff's names never appear publicly.

Runs on the shared demo server (Kota Madiun); the tests of the limits start their own server
on the same database with small allowances.
"""
from __future__ import annotations

import re
import secrets
import time
import uuid

import pytest

import support
from support import assert_problem, describe, field_names

BASE = "/api/v1/public/complaints"
CODE = re.compile(r"^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$")
PUBLIC_FIELDS = {"number", "title", "description", "status", "agency", "service", "opened_at", "resolved_at",
                 "resolution", "updates"}
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


# --------------------------------------------------------------------------- helpers


def random_code() -> str:
    plain = "".join(secrets.choice(CROCKFORD) for _ in range(16))
    return "-".join(plain[i:i + 4] for i in range(0, 16, 4))


def reporter(tag: str | None = None) -> dict:
    tag = tag or uuid.uuid4().hex[:8]
    return {"name": f"Warga Pelapor {tag}", "email": f"warga.{tag}@contoh.id", "phone": "+62 812-3456-7890"}


def complaint_body(service_id: int | None = None, **fields) -> dict:
    b = {"title": "Antrean pendaftaran terlalu lama " + uuid.uuid4().hex[:6],
         "description": "Saya menunggu lebih dari tiga jam.\nMohon diperbaiki.",
         "reporter": reporter(), "website": ""}
    if service_id is not None:
        b["service_id"] = service_id
    b.update(fields)
    return b


def file_complaint(session, body: dict) -> dict:
    r = session.post(BASE, json=body)
    assert r.status_code == 201, describe(r)
    return r.json()


def follow(session, code: str) -> dict:
    r = session.get(f"{BASE}/{code}")
    assert r.status_code == 200, describe(r)
    return r.json()


def ticket_id_of(admin, number: str) -> int:
    r = admin.get("/api/v1/tickets", params={"q": number, "status": "new,in_progress,waiting_reporter,resolved,closed"})
    assert r.status_code == 200, describe(r)
    found = [t["id"] for t in r.json()["items"] if t["number"] == number]
    assert found, f"ticket {number} not found by the staff search: {r.text[:500]}"
    return found[0]


def ticket(admin, ticket_id: int):
    r = admin.get(f"/api/v1/tickets/{ticket_id}")
    assert r.status_code == 200, describe(r)
    return r


def step(admin, ticket_id: int, action: str, reason: str | None = None) -> dict:
    etag = ticket(admin, ticket_id).headers["ETag"]
    body = {"action": action} | ({"reason": reason} if reason else {})
    r = admin.post(f"/api/v1/tickets/{ticket_id}/actions", json=body, headers={"If-Match": etag})
    assert r.status_code == 200, describe(r)
    return r.json()


@pytest.fixture(scope="module")
def options(public) -> dict:
    r = public.get("/api/v1/public/complaint-options")
    assert r.status_code == 200, describe(r)
    return r.json()


@pytest.fixture(scope="module")
def puskesmas(options, dinkes) -> dict:
    """An active public service of Dinkes (the demo's Pendaftaran Pasien Puskesmas Daring)."""
    services = [s for s in options["services"] if s["agency_id"] == dinkes]
    assert services, options["services"]
    return services[0]


@pytest.fixture(scope="module")
def filed(public, puskesmas) -> dict:
    body = complaint_body(puskesmas["id"])
    answer = file_complaint(public, body)
    return {"body": body, "answer": answer, "code": answer["tracking_code"]}


# --------------------------------------------------------------------------- the form


def test_options_list_agencies_and_active_public_services_only(public, options, admin, dinkes):
    assert options["region"]["name"] == "Kota Madiun"
    assert any(a["id"] == dinkes and a["short_name"] == "Dinkes" for a in options["agencies"])
    for a in options["agencies"]:
        assert set(a) == {"id", "name", "short_name"}, a
    for s in options["services"]:
        assert set(s) == {"id", "name", "agency_id"}, s
    staff_view = {s["id"]: s for s in support.all_pages(admin, "/api/v1/services")}
    offered = {s["id"] for s in options["services"]}
    expected = {i for i, s in staff_view.items() if s.get("kind") == "public" and s.get("status") == "active"}
    assert offered == expected
    r = public.get("/api/v1/public/complaint-options", params={"region_id": "kota-tidak-ada"})
    assert_problem(r, 404, "not-found")


# --------------------------------------------------------------------------- file and follow


def test_filing_shows_the_code_once_and_the_code_follows_the_complaint(public, filed, puskesmas):
    answer = filed["answer"]
    assert set(answer) == {"tracking_code", "number", "status", "opened_at"}
    assert CODE.match(answer["tracking_code"]), answer
    assert re.match(r"^LYN-\d{4}-\d{6}$", answer["number"]), answer
    assert answer["status"] == "new"
    view = follow(public, filed["code"])
    assert set(view) == PUBLIC_FIELDS
    assert view["number"] == answer["number"]
    assert view["title"] == filed["body"]["title"]
    assert view["description"] == filed["body"]["description"]
    assert view["status"] == "new"
    assert view["agency"] == {"name": "Dinas Kesehatan"}
    assert view["service"] == {"name": puskesmas["name"]}
    assert view["opened_at"] == answer["opened_at"]
    assert view["resolved_at"] is None and view["resolution"] is None
    assert view["updates"][0] == {"at": answer["opened_at"], "kind": "status", "status": "new", "from": "reporter"}


def test_the_code_is_read_ignoring_case_and_dashes(public, filed):
    plain = filed["code"].replace("-", "").lower()
    assert follow(public, plain)["number"] == filed["answer"]["number"]


def test_unknown_and_malformed_codes_get_the_same_404(public, filed):
    answers = [public.get(f"{BASE}/{code}") for code in (random_code(), "ABC", "7QK2-M9XD-R4TB-HC8U", "%27%20OR%201")]
    details = set()
    for r in answers:
        problem = assert_problem(r, 404, "not-found")
        details.add(problem["detail"])
    assert len(details) == 1, details


def test_the_code_is_not_kept_or_shown_to_staff(admin, filed):
    ticket_id = ticket_id_of(admin, filed["answer"]["number"])
    assert filed["code"] not in ticket(admin, ticket_id).text
    r = admin.get("/api/v1/notifications", params={"limit": 100})
    assert r.status_code == 200, describe(r)
    assert filed["code"] not in r.text
    assert filed["code"].replace("-", "") not in r.text


def test_the_code_never_reaches_the_server_log(server, public, filed):
    def log() -> str:
        return server.stdout_text() + server.stderr_text()

    reply_route = '"path":"/api/v1/public/complaints/{tracking_code}/replies"'
    replies_logged = log().count(reply_route)
    follow(public, filed["code"])
    r = public.post(f"{BASE}/{filed['code'].lower()}/replies", json={"body": "Apakah ada kabar?"})
    assert r.status_code == 201, describe(r)
    # The access log is written in batches: wait until the reply's line is out (the lookup's is before it).
    deadline = time.monotonic() + 10
    while log().count(reply_route) == replies_logged and time.monotonic() < deadline:
        time.sleep(0.1)
    text = log()
    assert text.count(reply_route) > replies_logged
    for form in (filed["code"], filed["code"].lower(), filed["code"].replace("-", ""), filed["code"].lower().replace("-", "")):
        assert form not in text


def test_agency_only_complaint_lands_at_that_agency(public, admin, bappeda):
    answer = file_complaint(public, complaint_body(agency_id=bappeda))
    view = follow(public, answer["tracking_code"])
    assert view["agency"] == {"name": "Badan Perencanaan Pembangunan Daerah"}
    assert view["service"] is None
    t = ticket(admin, ticket_id_of(admin, answer["number"])).json()
    assert (t["kind"], t["channel"], t["priority"], t["tier"]) == ("complaint", "public_portal", "medium", "tier1")
    assert t["agency"]["id"] == bappeda


def test_service_and_agency_must_agree(public, puskesmas, bappeda):
    r = public.post(BASE, json=complaint_body(puskesmas["id"], agency_id=bappeda))
    assert field_names(assert_problem(r, 422, "validation-failed")) == ["agency_id"]
    r = public.post(BASE, json=complaint_body(999999999))
    assert field_names(assert_problem(r, 422, "validation-failed")) == ["service_id"]
    r = public.post(BASE, json=complaint_body())
    assert "agency_id" in field_names(assert_problem(r, 422, "validation-failed"))


# --------------------------------------------------------------------------- abuse


def test_oversize_body_is_413(public, puskesmas):
    r = public.post(BASE, json=complaint_body(puskesmas["id"], description="x" * 17000))
    assert_problem(r, 413, "payload-too-large")
    r = public.post(f"{BASE}/{random_code()}/replies", json={"body": "y" * 17000})
    assert_problem(r, 413, "payload-too-large")


def test_malformed_json_is_400(public):
    r = public.post(BASE, data=b'{"title": "tanpa penutup"', headers={"Content-Type": "application/json"})
    assert_problem(r, 400, "malformed-json")


def test_the_trap_field_refuses_robots(public, puskesmas):
    r = public.post(BASE, json=complaint_body(puskesmas["id"], website="http://promo.example"))
    assert field_names(assert_problem(r, 422, "validation-failed")) == ["website"]


def test_control_characters_are_refused_but_line_breaks_kept(public, puskesmas):
    r = public.post(BASE, json=complaint_body(puskesmas["id"], description="Teks dengan \x1b[2J kendali di dalamnya"))
    assert field_names(assert_problem(r, 422, "validation-failed")) == ["description"]
    r = public.post(BASE, json=complaint_body(puskesmas["id"], title="Judul\x00dengan nol"))
    assert field_names(assert_problem(r, 422, "validation-failed")) == ["title"]


def test_bad_fields_are_named_all_at_once(public):
    r = public.post(BASE, json={"title": "abc", "description": "pendek", "reporter": {"name": "A", "email": "x"},
                                "warna": "merah"})
    fields = set(field_names(assert_problem(r, 422, "validation-failed")))
    assert {"title", "description", "reporter.name", "reporter.email", "warna", "agency_id"} <= fields


def test_markup_is_stored_literally(public, puskesmas):
    title = "<script>alert('x')</script> & <b>tebal</b>"
    answer = file_complaint(public, complaint_body(puskesmas["id"], title=title))
    r = public.get(f"{BASE}/{answer['tracking_code']}")
    assert r.headers["Content-Type"].startswith("application/json")
    assert r.json()["title"] == title


# --------------------------------------------------------------------------- replies


def test_staff_public_reply_appears_and_internal_comment_does_not(public, admin, filed):
    ticket_id = ticket_id_of(admin, filed["answer"]["number"])
    public_text = "Terima kasih, laporan sedang kami periksa " + uuid.uuid4().hex[:6]
    internal_text = "Catatan internal rahasia " + uuid.uuid4().hex[:6]
    for body, visibility in ((public_text, "public"), (internal_text, "internal")):
        r = admin.post(f"/api/v1/tickets/{ticket_id}/comments", json={"body": body, "visibility": visibility})
        assert r.status_code == 201, describe(r)
    r = public.get(f"{BASE}/{filed['code']}")
    view = r.json()
    replies = [u for u in view["updates"] if u["kind"] == "reply"]
    assert {"at", "kind", "body", "from"} <= set(replies[-1])
    assert replies[-1]["body"] == public_text and replies[-1]["from"] == "staff"
    assert internal_text not in r.text
    assert admin.user["display_name"] not in r.text
    assert admin.user["username"] not in r.text


def test_reply_resumes_a_complaint_waiting_for_the_reporter(public, admin, puskesmas):
    answer = file_complaint(public, complaint_body(puskesmas["id"]))
    code = answer["tracking_code"]
    ticket_id = ticket_id_of(admin, answer["number"])
    step(admin, ticket_id, "start")
    question = "Di puskesmas mana dan tanggal berapa Anda mendaftar?"
    step(admin, ticket_id, "wait_for_reporter", question)
    view = follow(public, code)
    assert view["status"] == "waiting_reporter"
    assert any(u["kind"] == "reply" and u["body"] == question and u["from"] == "staff" for u in view["updates"])

    reply = "Puskesmas Oro-oro Ombo, 2 Desember."
    r = public.post(f"{BASE}/{code.lower()}/replies", json={"body": reply})
    assert r.status_code == 201, describe(r)
    assert r.json()["status"] == "in_progress"
    view = follow(public, code)
    assert view["status"] == "in_progress"
    assert view["updates"][-1]["from"] == "reporter"
    assert any(u["kind"] == "reply" and u["body"] == reply and u["from"] == "reporter" for u in view["updates"])
    staff = ticket(admin, ticket_id).json()
    assert staff["status"] == "in_progress" and staff["paused"] is False
    assert staff["events"][-1]["action"] == "resume" and staff["events"][-1]["actor"] is None
    assert any(c["body"] == reply and c["author"] is None and c["visibility"] == "public" for c in staff["comments"])

    # Replying again leaves the status alone.
    r = public.post(f"{BASE}/{code}/replies", json={"body": "Tambahan: antrean nomor 58."})
    assert r.status_code == 201 and r.json()["status"] == "in_progress", describe(r)


def test_replies_are_checked(public, filed):
    r = public.post(f"{BASE}/{random_code()}/replies", json={"body": "Halo"})
    assert_problem(r, 404, "not-found")
    r = public.post(f"{BASE}/{filed['code']}/replies", json={"body": ""})
    assert field_names(assert_problem(r, 422, "validation-failed")) == ["body"]
    r = public.post(f"{BASE}/{filed['code']}/replies", json={"body": "ok", "visibility": "internal"})
    assert "visibility" in field_names(assert_problem(r, 422, "validation-failed"))


def test_resolution_is_shown_to_the_citizen(public, admin, puskesmas):
    answer = file_complaint(public, complaint_body(puskesmas["id"]))
    ticket_id = ticket_id_of(admin, answer["number"])
    resolution = "Jadwal pendaftaran daring ditambah mulai pekan depan."
    step(admin, ticket_id, "resolve", resolution)
    view = follow(public, answer["tracking_code"])
    assert view["status"] == "resolved"
    assert view["resolution"] == resolution
    assert view["resolved_at"]
    step(admin, ticket_id, "close")
    r = public.post(f"{BASE}/{answer['tracking_code']}/replies", json={"body": "Masih belum beres."})
    assert_problem(r, 409, "invalid-transition")


# --------------------------------------------------------------------------- personal data


def test_personal_data_is_absent_publicly_and_from_leadership(public, admin, login_as, filed):
    r = public.get(f"{BASE}/{filed['code']}")
    who = filed["body"]["reporter"]
    for value in who.values():
        assert value not in r.text
    ticket_id = ticket_id_of(admin, filed["answer"]["number"])
    as_admin = ticket(admin, ticket_id).json()
    assert as_admin["reporter"] == who
    for role in ("leadership", "auditor"):
        r = login_as(role).get(f"/api/v1/tickets/{ticket_id}")
        assert r.status_code == 200, describe(r)
        assert r.json()["reporter"] is None and r.json()["reporter_hidden"] is True
        for value in who.values():
            assert value not in r.text, role
    r = login_as("operator_other").get(f"/api/v1/tickets/{ticket_id}")
    assert r.status_code in (403, 404), describe(r)


# --------------------------------------------------------------------------- limits per client address


@pytest.fixture(scope="module")
def limited(demo_database, web_root, workdir):
    """A server on the demo database allowing 205 lookups per 10 minutes and 2 complaints per hour."""
    port = support.free_port()
    env = {"SIMPUL_COMPLAINT_LOOKUPS_PER_CLIENT": "205", "SIMPUL_COMPLAINTS_PER_CLIENT_PER_HOUR": "2"}
    proc = support.ServerProcess(support.serve_args(demo_database, port, web_root, ["--shutdown-grace-ms", "2000"]),
                                 port, workdir / "logs", env=env, grace_seconds=2)
    proc.wait_ready()
    yield proc
    proc.stop_and_check()


def test_codes_cannot_be_enumerated(limited, filed):
    client = support.from_address(support.next_source_address())
    for i in range(200):
        r = client.get(limited.url(f"{BASE}/{random_code()}"), timeout=support.TIMEOUT)
        assert r.status_code == 404, f"lookup {i}: {describe(r)}"
    statuses = [client.get(limited.url(f"{BASE}/{random_code()}"), timeout=support.TIMEOUT) for _ in range(10)]
    refused = [r for r in statuses if r.status_code == 429]
    assert refused, [r.status_code for r in statuses]
    assert_problem(refused[0], 429, "rate-limited")
    assert int(refused[0].headers["Retry-After"]) > 0
    # Once over the limit, even a right code waits: the limit is on the client, not on wrong guesses.
    r = client.get(limited.url(f"{BASE}/{filed['code']}"), timeout=support.TIMEOUT)
    assert_problem(r, 429, "rate-limited")
    # Another client address is not held up.
    other = support.from_address(support.next_source_address())
    assert other.get(limited.url(f"{BASE}/{filed['code']}"), timeout=support.TIMEOUT).status_code == 200


def test_complaints_per_client_are_limited(limited, puskesmas):
    client = support.from_address(support.next_source_address())
    url = limited.url(BASE)
    for _ in range(2):
        r = client.post(url, json=complaint_body(puskesmas["id"]), timeout=support.TIMEOUT)
        assert r.status_code == 201, describe(r)
    r = client.post(url, json=complaint_body(puskesmas["id"]), timeout=support.TIMEOUT)
    assert_problem(r, 429, "rate-limited")
    assert int(r.headers["Retry-After"]) > 0


# --------------------------------------------------------------------------- the whole path


def test_a_complaint_goes_from_tier1_to_tier2_and_the_citizen_reads_the_answer(public, admin, own, puskesmas, dinkes):
    """Citizen → the agency's Tier 1 → escalated to Tier 2 at the ICT office → resolved → the citizen sees it."""
    answer = file_complaint(public, complaint_body(puskesmas["id"]))
    ticket_id = ticket_id_of(admin, answer["number"])

    # It lands at the Tier 1 of the service's agency, where its operator starts it and escalates it.
    landed = ticket(own, ticket_id).json()
    assert (landed["tier"], landed["status"], landed["agency"]["id"]) == ("tier1", "new", dinkes)
    step(own, ticket_id, "start")
    reason = "Perlu perubahan konfigurasi server aplikasi pendaftaran; di luar kewenangan PD."
    escalated = step(own, ticket_id, "escalate", reason)
    assert (escalated["tier"], escalated["status"], escalated["escalated"]) == ("tier2", "new", True)
    assert "start" not in escalated["allowed_actions"], "Tier 1 no longer handles it"

    # Tier 2 (the ICT office) takes it, answers the citizen publicly and resolves it.
    step(admin, ticket_id, "start")
    reply = "Server pendaftaran sudah ditambah kapasitasnya oleh Diskominfo."
    r = admin.post(f"/api/v1/tickets/{ticket_id}/comments", json={"body": reply, "visibility": "public"})
    assert r.status_code == 201, describe(r)
    r = admin.post(f"/api/v1/tickets/{ticket_id}/comments",
                   json={"body": "Catatan internal: kapasitas dinaikkan ke 4 vCPU.", "visibility": "internal"})
    assert r.status_code == 201, describe(r)
    resolution = "Kapasitas layanan pendaftaran daring sudah dinaikkan; antrean kembali normal."
    resolved = step(admin, ticket_id, "resolve", resolution)
    assert (resolved["status"], resolved["tier"]) == ("resolved", "tier2")
    steps = [(e["action"], e["to_tier"]) for e in resolved["events"] if e["action"] in {"open", "start", "escalate", "resolve"}]
    assert steps == [("open", "tier1"), ("start", "tier1"), ("escalate", "tier2"), ("start", "tier2"), ("resolve", "tier2")]
    assert any(e["action"] == "escalate" and e["reason"] == reason for e in resolved["events"])

    # The citizen sees the reply and the resolution, never the internal note nor who wrote it.
    view = follow(public, answer["tracking_code"])
    assert view["status"] == "resolved" and view["resolution"] == resolution
    replies = [u["body"] for u in view["updates"] if u["kind"] == "reply"]
    assert reply in replies and not any("internal" in (b or "").lower() or "vCPU" in (b or "") for b in replies)
    assert all(u.get("from") in {"staff", "reporter", None} for u in view["updates"])
