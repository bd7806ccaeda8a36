"""Uploaded files (docs/registries-contract.md, "Files"): stored by content hash, with
size and type checks; the same bytes uploaded twice are stored once; downloads keep the
name and type; only the region's editors upload, its readers download."""
from __future__ import annotations

import hashlib
import os
import uuid

import pytest

from support import MINIMAL_PDF, assert_problem, signed_in, upload_file


def unique_pdf() -> bytes:
    return MINIMAL_PDF + f"% {uuid.uuid4()}\n".encode()


def test_upload_answers_the_hash_and_the_file_downloads_as_uploaded(admin, login_as):
    content = unique_pdf()
    r = admin.post("/api/v1/files", params={"name": "Laporan Uji – SIMPEG.pdf"}, data=content,
                   headers={"Content-Type": "application/pdf"})
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["sha256"] == hashlib.sha256(content).hexdigest()
    assert body["name"] == "Laporan Uji – SIMPEG.pdf"
    assert body["media_type"] == "application/pdf"
    assert body["size_bytes"] == len(content)
    assert body["uploaded_by"] == admin.user["username"]
    assert body["url"] == f"/api/v1/files/{body['sha256']}"
    assert r.headers["Location"] == body["url"]

    # Any reader of the region gets the same bytes back, under the same name.
    d = login_as("auditor").get(body["url"])
    assert d.status_code == 200
    assert d.content == content
    assert d.headers["Content-Type"].startswith("application/pdf")
    assert "filename*=UTF-8''Laporan%20Uji%20%E2%80%93%20SIMPEG.pdf" in d.headers["Content-Disposition"]
    assert d.headers["Content-Disposition"].startswith("attachment;")
    assert d.headers["ETag"] == f'"{body["sha256"]}"'


def test_the_same_bytes_uploaded_twice_are_stored_once(admin, login_as):
    content = unique_pdf()
    first = upload_file(admin, content, name="pertama.pdf", expect=(201,))
    again = admin.post("/api/v1/files", params={"name": "kedua.pdf"}, data=content,
                       headers={"Content-Type": "application/pdf"})
    assert again.status_code == 200, again.text
    assert again.json() == first  # the record that already holds these bytes, first name kept
    # An operator uploading the same bytes also lands on the one stored copy.
    by_operator = login_as("operator_own").post("/api/v1/files", params={"name": "x.pdf"}, data=content,
                                                headers={"Content-Type": "application/pdf"})
    assert by_operator.status_code == 200
    assert by_operator.json()["sha256"] == first["sha256"]


def test_upload_is_audited_once(admin):
    content = unique_pdf()
    sha = upload_file(admin, content, expect=(201,))["sha256"]
    upload_file(admin, content, expect=(200,))
    entries = admin.get("/api/v1/audit", params={"entity_type": "file", "entity_id": sha}).json()["items"]
    assert [e["action"] for e in entries] == ["file.upload"]
    assert entries[0]["changes"]["size_bytes"]["after"] == len(content)


@pytest.mark.parametrize("media_type, content", [
    ("image/png", b"\x89PNG\r\n\x1a\n" + os.urandom(16)),
    ("image/jpeg", b"\xff\xd8\xff\xe0" + os.urandom(16)),
    ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", b"PK\x03\x04" + os.urandom(16)),
    ("text/csv", "nama;nik\nSiti;3577\n".encode() + uuid.uuid4().bytes.hex().encode()),
])
def test_accepted_types(admin, media_type, content):
    body = upload_file(admin, content, media_type=media_type, name="berkas")
    assert body["media_type"] == media_type


def test_a_type_that_is_not_accepted_is_refused_with_the_accepted_ones(admin):
    r = admin.post("/api/v1/files", params={"name": "halaman.html"}, data=b"<html><script>alert(1)</script>",
                   headers={"Content-Type": "text/html"})
    assert_problem(r, 415, "unsupported-file-type")
    assert "PDF" in r.json()["detail"]


def test_content_that_is_not_what_its_type_says_is_refused(admin):
    r = admin.post("/api/v1/files", params={"name": "bukan.pdf"}, data=b"MZ\x90\x00 this is a program",
                   headers={"Content-Type": "application/pdf"})
    assert_problem(r, 422, "unacceptable-file")
    assert "bukan PDF" in r.json()["detail"]


def test_an_empty_file_is_refused(admin):
    r = admin.post("/api/v1/files", params={"name": "kosong.pdf"}, data=b"", headers={"Content-Type": "application/pdf"})
    assert_problem(r, 422, "unacceptable-file")
    assert "kosong" in r.json()["detail"]


def test_a_name_with_folders_keeps_only_the_file_name(admin):
    body = upload_file(admin, unique_pdf(), name="../../etc/passwd")
    assert body["name"] == "passwd"


def test_uploads_larger_than_the_json_limit_are_accepted_up_to_the_upload_limit(start_server):
    srv = start_server("--max-body-bytes", "2048", "--max-upload-bytes", "65536")
    session = signed_in(srv, "admin")
    big = MINIMAL_PDF + os.urandom(20_000)
    ok = session.post("/api/v1/files", params={"name": "besar.pdf"}, data=big, headers={"Content-Type": "application/pdf"})
    assert ok.status_code in (200, 201), ok.text
    too_big = session.post("/api/v1/files", params={"name": "terlalu.pdf"}, data=MINIMAL_PDF + os.urandom(70_000),
                           headers={"Content-Type": "application/pdf"})
    assert_problem(too_big, 413, "payload-too-large")
    assert "65536" in too_big.json()["detail"]
    # Other routes keep the small limit.
    other = session.post("/api/v1/business-processes", data=b"{" + b" " * 4000 + b"}",
                         headers={"Content-Type": "application/json"})
    assert_problem(other, 413, "payload-too-large")


def test_unknown_or_malformed_hashes_are_not_found(admin):
    for path in ["0" * 64, "not-a-hash", "A" * 64]:
        assert_problem(admin.get("/api/v1/files/" + path), 404, "not-found")


def test_citizens_and_strangers_cannot_upload_or_download(admin, login_as, server):
    sha = upload_file(admin, unique_pdf())["sha256"]
    citizen = login_as("citizen")
    assert_problem(citizen.get(f"/api/v1/files/{sha}"), 403, "forbidden")
    assert_problem(citizen.post("/api/v1/files", data=unique_pdf(), headers={"Content-Type": "application/pdf"}), 403,
                   "forbidden")
    import requests
    assert requests.get(server.url(f"/api/v1/files/{sha}"), timeout=10).status_code == 401


def test_the_demo_documents_download_as_pdfs(admin):
    in_production = admin.get("/api/v1/applications", params={"lifecycle": "in_production"}).json()["items"]
    assert in_production, "the demo has an application in production"
    documents = admin.get(f"/api/v1/applications/{in_production[0]['id']}/documents").json()
    items = documents["items"] if isinstance(documents, dict) else documents
    assert items, "with its documents"
    url = items[0]["file"]["url"]
    r = admin.get(url)
    assert r.status_code == 200, r.text
    assert r.content.startswith(b"%PDF-1.4") and r.content.rstrip().endswith(b"%%EOF")
