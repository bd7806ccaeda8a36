"""Knowledge management (Manajemen Pengetahuan, Perwali Madiun 39/2021 Pasal 37): articles through
collection, processing and storage (ayat (2)), each publishing kept as a revision; full-text
search; the suggestions offered while a ticket is written (the issue's "a knowledge article
suggested for a matching ticket"), ranked up by the chosen application; ratings; links from
tickets as uses; review dates; transfers of knowledge.

Contract: docs/management-processes-contract.md, "Knowledge management".
Runs on the shared demo server (Kota Madiun): operator_own is the operator of Dinkes,
operator_other of Bappeda. Each test writes its own articles around a word of its own, so the
demo's articles and other tests never match.
"""
from __future__ import annotations

import datetime as dt
import uuid

import pytest

import support
from support import MINIMAL_PDF, assert_audited, assert_problem, describe, field_names, traced

BASE = "/api/v1/knowledge"


def word() -> str:
    return "uji" + uuid.uuid4().hex[:10]


def if_match(article: dict) -> dict:
    return {"If-Match": f'"{article["version"]}"'}


def write(session, expect: int = 201, **fields) -> dict:
    body = {"kind": "how_to", "title": "Panduan uji " + word(), "summary": "Ringkasan singkat.",
            "body": "Langkah pertama.\n\nLangkah kedua."}
    body.update(fields)
    r = session.post(BASE, json=body, headers=traced())
    assert r.status_code == expect, describe(r)
    if expect == 201:
        assert r.headers.get("ETag") == f'"{r.json()["version"]}"'
    return r.json()


def step(session, article: dict, action: str, expect: int = 200, **fields) -> dict:
    r = session.post(f"{BASE}/{article['id']}/actions", json={"action": action, **fields}, headers=if_match(article))
    assert r.status_code == expect, describe(r)
    return r.json() if expect == 200 else r


def published(session, **fields) -> dict:
    a = write(session, **fields)
    a = step(session, a, "submit_for_review")
    return step(session, a, "publish")


def search(session, **params) -> list[dict]:
    r = session.get(BASE, params=params)
    assert r.status_code == 200, describe(r)
    return r.json()["items"]


def suggestions(session, text: str, **params) -> list[dict]:
    r = session.get(BASE + "/suggestions", params={"text": text, **params})
    assert r.status_code == 200, describe(r)
    return r.json()["items"]


def test_an_article_is_collected_processed_then_published_as_a_revision(own, admin, dinkes):
    # A known error must say what the user sees and how to get round it.
    r = own.post(BASE, json={"kind": "known_error", "title": "Galat uji", "summary": "s", "body": "b", "cause": "c",
                             "colour": "x"})
    assert_problem(r, 422, "validation-failed")
    assert set(field_names(r.json())) >= {"colour"}
    r = own.post(BASE, json={"kind": "known_error", "title": "Galat uji", "summary": "s", "body": "b"})
    assert set(field_names(r.json())) == {"symptom", "workaround"}, describe(r)
    a = write(own, kind="known_error", symptom="Layar putih", cause="Cache", workaround="Hapus cache peramban",
              keywords=["SIMPEG", "cache"])
    assert a["status"] == "collected" and a["agency"]["id"] == dinkes and a["owner"]["id"] == own.user["id"]
    assert a["allowed_actions"] == ["submit_for_review", "archive"]
    assert a["obligation"]["article"] == "Pasal 37 ayat (2)"

    # Storage comes after processing (Pasal 37 ayat (2)): refused with the region's article.
    r = step(own, a, "publish", expect=409)
    assert_problem(r, 409, "invalid-transition")
    assert "Pasal 37 ayat (2)" in r.json()["detail"], r.json()

    a = step(own, a, "submit_for_review")
    assert a["status"] == "processed"
    a = step(own, a, "publish")
    assert (a["status"], a["revision"]) == ("published", 1)
    today = support.region_today()
    due = dt.date.fromisoformat(a["review_due_on"])
    assert due.year == today.year + 1 and due.month == today.month, a["review_due_on"]
    assert [r["revision"] for r in a["revisions"]] == [1]
    assert [e["action"] for e in a["events"]] == ["create", "submit_for_review", "publish"]

    # A published article is not changed in place; back to draft (with a note), edited, published again.
    assert_problem(own.patch(f"{BASE}/{a['id']}", json={"title": "Baru"}, headers=if_match(a)), 409, "invalid-transition")
    assert_problem(step(own, a, "return_to_draft", expect=422), 422, "validation-failed")
    a = step(own, a, "return_to_draft", note="Perbarui langkah")
    r = own.patch(f"{BASE}/{a['id']}", json={"title": "Galat uji diperbarui"}, headers={**if_match(a), **traced()})
    assert r.status_code == 200, describe(r)
    assert_audited(admin, r, "knowledge_article.update", str(a["id"]))
    a = step(own, step(own, r.json(), "submit_for_review"), "publish")
    assert a["revision"] == 2 and len(a["revisions"]) == 2
    first = own.get(f"{BASE}/{a['id']}/revisions/1").json()
    assert first["title"].startswith("Panduan uji")
    assert own.get(f"{BASE}/{a['id']}/revisions/2").json()["title"] == "Galat uji diperbarui"

    # Reading is a pure read; the page counts its view with POST …/views.
    views = a["usage"]["views"]
    assert own.get(f"{BASE}/{a['id']}").json()["usage"]["views"] == views
    counted = own.post(f"{BASE}/{a['id']}/views")
    assert counted.status_code == 200, counted.text
    assert counted.json() == {"views": views + 1}
    assert own.get(f"{BASE}/{a['id']}").json()["usage"]["views"] == views + 1


def test_search_finds_a_published_article_by_a_body_word_but_not_another_agencys_draft(own, other):
    w = word()
    mine = published(own, body=f"Buka menu pengaturan lalu pilih {w} untuk mengganti sandi.")
    theirs = write(other, body=f"Draf Bappeda tentang {w}.")
    seen_by_own = [a["id"] for a in search(own, q=w)]
    assert seen_by_own == [mine["id"]]
    found = search(own, q=w)[0]
    assert w in found["snippet"] and found["rank"] > 0
    # The owner agency sees its draft too; filters narrow.
    assert {a["id"] for a in search(other, q=w)} == {mine["id"], theirs["id"]}
    assert [a["id"] for a in search(other, q=w, status="collected")] == [theirs["id"]]
    # Prefixes match; what the user types is never query syntax.
    assert [a["id"] for a in search(own, q=w[:-2])] == [mine["id"]]
    for typed in (f'"{w}', f"{w} OR", f"{w} & !x:*", "(", "NOT"):
        r = own.get(BASE, params={"q": typed})
        assert r.status_code == 200, (typed, describe(r))
    # Another agency's draft is not opened by id either.
    assert_problem(own.get(f"{BASE}/{theirs['id']}"), 403, "forbidden")


def test_an_article_is_suggested_for_a_matching_ticket_and_its_use_is_counted(own, admin, dinkes):
    w = word()
    article = published(own, title=f"Printer jaringan {w} tidak terdeteksi setelah pembaruan Windows",
                        summary="Pasang ulang driver printer jaringan.",
                        body="Buka Pengaturan, Perangkat, lalu tambahkan printer dengan alamat IP-nya.")
    # The Tier 1 operator writes a ticket; the text typed so far brings the article up.
    typed = f"Printer {w} di ruang keuangan tidak terdeteksi sejak pembaruan Windows kemarin"
    items = suggestions(own, typed)
    assert items and items[0]["id"] == article["id"], items
    top = items[0]
    assert {"printer", w, "terdeteksi", "windows"} <= set(top["matched"]), top
    assert w in top["why"]["id"] and top["kind"] == "how_to" and top["linked_to_application"] is False
    assert suggestions(own, "di ke") == []  # no words worth matching
    # A draft is never suggested.
    draft = write(own, title=f"Draf {w} printer")
    assert draft["id"] not in [s["id"] for s in suggestions(own, typed, limit=10)]

    # The operator opens the ticket and uses the article on it: a use.
    r = own.post("/api/v1/tickets", json={"kind": "incident", "title": typed[:150], "description": "Sudah dicoba restart.",
                                          "agency_id": dinkes})
    assert r.status_code == 201, describe(r)
    ticket = r.json()
    r = own.post(f"{BASE}/{article['id']}/links", json={"kind": "ticket", "target_id": ticket["id"], "used": True},
                 headers=traced())
    assert r.status_code == 201, describe(r)
    assert r.json()["used"] is True and ticket["number"] in r.json()["target"]["label"]
    assert_audited(admin, r, "knowledge_article.use", str(article["id"]))
    assert_problem(own.post(f"{BASE}/{article['id']}/links", json={"kind": "ticket", "target_id": ticket["id"]}),
                   409, "conflict")
    assert [a["id"] for a in search(own, ticket_id=ticket["id"])] == [article["id"]]
    assert suggestions(own, typed)[0]["uses"] == 1
    assert_problem(own.post(f"{BASE}/{article['id']}/links", json={"kind": "ticket", "target_id": 999999999}),
                   422, "validation-failed")


def test_the_chosen_applications_articles_rank_up(admin, dinkes):
    w = word()
    # Two articles alike but for a word the ticket does not type; without an application the later one leads.
    first = published(admin, agency_id=dinkes, title=f"VPN kantor {w} terputus", body="Sambungkan ulang klien VPN aaaa.")
    second = published(admin, agency_id=dinkes, title=f"VPN kantor {w} terputus", body="Sambungkan ulang klien VPN bbbb.")
    typed = f"VPN {w} terputus terus"
    assert [s["id"] for s in suggestions(admin, typed)][:2] == [second["id"], first["id"]]
    app = admin.get("/api/v1/applications", params={"limit": 1}).json()["items"][0]
    r = admin.post(f"{BASE}/{first['id']}/links", json={"kind": "application", "target_id": app["id"]})
    assert r.status_code == 201, describe(r)
    items = suggestions(admin, typed, application_id=app["id"])
    assert [s["id"] for s in items][:2] == [first["id"], second["id"]], items
    assert items[0]["linked_to_application"] is True and app["name"] in items[0]["why"]["id"]
    assert [a["id"] for a in search(admin, application_id=app["id"], q=w)] == [first["id"]]
    link_id = r.json()["id"]
    r = admin.delete(f"{BASE}/{first['id']}/links/{link_id}")
    assert r.status_code == 204, describe(r)
    assert [s["id"] for s in suggestions(admin, typed, application_id=app["id"])][:2] == [second["id"], first["id"]]


def test_a_second_rating_replaces_the_first(own, other, admin):
    a = published(own)
    path = f"{BASE}/{a['id']}/ratings"
    assert_problem(other.post(path, json={"stars": 6}), 422, "validation-failed")
    r = other.post(path, json={"stars": 5, "comment": "Sangat membantu"})
    assert r.status_code == 200, describe(r)
    r = other.post(path, json={"stars": 2})
    assert r.json()["rating"] == {"average": 2.0, "count": 1} and r.json()["my_rating"]["stars"] == 2
    r = admin.post(path, json={"stars": 5})
    assert r.json()["rating"] == {"average": 3.5, "count": 2}
    got = other.get(f"{BASE}/{a['id']}").json()
    assert got["usage"]["rating_average"] == 3.5 and got["my_rating"] == {"stars": 2, "comment": None}
    assert got["version"] == a["version"]  # use does not change the record
    assert_problem(other.post(f"{BASE}/{write(own)['id']}/ratings", json={"stars": 4}), 403, "forbidden")
    draft = write(own)
    assert_problem(own.post(f"{BASE}/{draft['id']}/ratings", json={"stars": 4}), 409, "invalid-transition")


def test_an_operator_cannot_edit_another_agencys_article(own, other, bappeda):
    a = write(own)
    assert_problem(other.patch(f"{BASE}/{a['id']}", json={"title": "Diambil alih"}, headers=if_match(a)), 403, "forbidden")
    assert_problem(step(other, a, "submit_for_review", expect=403), 403, "forbidden")
    assert_problem(other.post(f"{BASE}/{a['id']}/transfers", json={}), 403, "forbidden")
    assert_problem(own.post(BASE, json={"kind": "faq", "title": "Bukan milik", "summary": "s", "body": "b",
                                        "agency_id": bappeda}), 403, "forbidden")
    # Linking another agency's published article to a ticket of the operator's own agency is a use, allowed;
    # linking it to an application of another agency is not.
    p = published(own)
    apps = other.get("/api/v1/applications", params={"limit": 100}).json()["items"]
    foreign = next(x for x in apps if x["owner_agency_id"] != bappeda)
    assert_problem(other.post(f"{BASE}/{p['id']}/links", json={"kind": "application", "target_id": foreign["id"]}),
                   403, "forbidden")


def test_a_stale_version_is_refused(own):
    a = write(own)
    path = f"{BASE}/{a['id']}"
    assert own.patch(path, json={"summary": "Pertama"}, headers=if_match(a)).status_code == 200
    assert_problem(own.patch(path, json={"summary": "Kedua"}, headers=if_match(a)), 412, "precondition-failed")
    assert_problem(own.patch(path, json={"summary": "Ketiga"}), 428, "precondition-required")
    assert_problem(step(own, a, "submit_for_review", expect=412), 412, "precondition-failed")


def test_review_due_articles_are_flagged_and_a_review_moves_the_date(own, other, admin, database_url):
    a = published(own)
    yesterday = (support.region_today() - dt.timedelta(days=1)).isoformat()
    support.sql_execute(database_url, f"UPDATE knowledge_articles SET review_due_on = '{yesterday}' WHERE article_id = {a['id']}")
    due = own.get(BASE + "/review-due").json()["items"]
    flagged = next(x for x in due if x["id"] == a["id"])
    assert flagged["review_due"] is True
    assert a["id"] in [x["id"] for x in search(own, review_due="true", limit=100)]
    a = own.get(f"{BASE}/{a['id']}").json()
    assert_problem(step(own, a, "review", expect=422), 422, "validation-failed")
    a = step(own, a, "review", note="Langkah masih sesuai")
    assert a["review_due"] is False and a["review_due_on"] > support.region_today().isoformat()
    assert a["last_reviewed_at"] and a["events"][-1]["note"] == "Langkah masih sesuai"
    assert a["id"] not in [x["id"] for x in own.get(BASE + "/review-due").json()["items"]]
    # The review period is the ICT office's.
    s = admin.get(BASE + "/settings")
    assert s.status_code == 200 and s.json()["review_months"] >= 1
    assert_problem(other.put(BASE + "/settings", json={"review_months": 6}, headers={"If-Match": s.headers["ETag"]}),
                   403, "forbidden")
    assert_problem(admin.put(BASE + "/settings", json={"review_months": 61}, headers={"If-Match": s.headers["ETag"]}),
                   422, "validation-failed")


def test_a_transfer_of_knowledge_keeps_its_file(own, dinkes, bappeda):
    a = published(own)
    f = support.upload_file(own, MINIMAL_PDF + word().encode(), name="daftar-hadir.pdf")
    held = support.region_today().isoformat()
    body = {"kind": "session", "held_on": held, "title": "Berbagi pengetahuan SIMPEG", "audience": "Operator SIMPEG",
            "agency_ids": [dinkes, bappeda], "participants": 24, "sha256": f["sha256"]}
    tomorrow = (support.region_today() + dt.timedelta(days=1)).isoformat()
    r = own.post(f"{BASE}/{a['id']}/transfers", json={**body, "held_on": tomorrow})
    assert set(field_names(r.json())) == {"held_on"}, describe(r)
    r = own.post(f"{BASE}/{a['id']}/transfers", json={**body, "sha256": "0" * 64})
    assert set(field_names(r.json())) == {"sha256"}, describe(r)
    r = own.post(f"{BASE}/{a['id']}/transfers", json=body)
    assert r.status_code == 201, describe(r)
    t = r.json()
    assert t["file"]["name"] == "daftar-hadir.pdf" and [x["id"] for x in t["agencies"]] == [dinkes, bappeda]
    assert own.get(f"{BASE}/{a['id']}").json()["transfers"][0]["id"] == t["id"]
    assert own.delete(f"{BASE}/{a['id']}/transfers/{t['id']}").status_code == 204
    assert own.get(f"{BASE}/{a['id']}").json()["transfers"] == []
