"""The web UI: files under the web root, index.html for client-side routes, nothing outside.

The fixture's web root holds index.html and assets/app-abc123.js; a file named
secret.txt sits in its parent directory, where no request may reach it.
"""
from __future__ import annotations

import pytest

from support import APP_JS, INDEX_HTML, SECRET_TEXT, media_type, read_response

IMMUTABLE = "public, max-age=31536000, immutable"


def cache_directives(value: str | None) -> set[str]:
    return {d.strip().lower() for d in (value or "").split(",") if d.strip()}


def test_root_serves_index_html_without_caching(server):
    r = server.get("/")
    assert r.status_code == 200
    assert media_type(r.headers.get("Content-Type")) == "text/html"
    assert r.text == INDEX_HTML
    assert "no-cache" in cache_directives(r.headers.get("Cache-Control"))


def test_index_html_by_name_is_served(server):
    r = server.get("/index.html")
    assert r.status_code == 200
    assert r.text == INDEX_HTML
    assert "immutable" not in cache_directives(r.headers.get("Cache-Control"))


def test_hashed_asset_is_javascript_cached_forever(server):
    r = server.get("/assets/app-abc123.js")
    assert r.status_code == 200
    assert media_type(r.headers.get("Content-Type")) in ("text/javascript", "application/javascript")
    assert r.text == APP_JS
    assert cache_directives(r.headers.get("Cache-Control")) == cache_directives(IMMUTABLE)


def test_asset_content_length_matches_the_file(server):
    r = server.get("/assets/app-abc123.js")
    assert int(r.headers["Content-Length"]) == len(APP_JS.encode())


@pytest.mark.parametrize("path", ["/layanan/123", "/pengaduan", "/layanan/123/edit?tab=riwayat", "/a/b/c/d"])
def test_client_side_route_serves_index_html(server, path):
    r = server.get(path)
    assert r.status_code == 200
    assert media_type(r.headers.get("Content-Type")) == "text/html"
    assert r.text == INDEX_HTML
    assert "no-cache" in cache_directives(r.headers.get("Cache-Control"))


def test_missing_asset_is_never_cached_as_immutable(server):
    """Whatever a missing asset gets (404, or index.html), it must not be cached for a year."""
    r = server.get("/assets/app-doesnotexist.js")
    assert "immutable" not in cache_directives(r.headers.get("Cache-Control")), (r.status_code, r.headers)
    assert r.status_code in (200, 404)


TRAVERSALS = [
    "/../secret.txt",
    "/../../../../../../etc/passwd",
    "/assets/../../secret.txt",
    "/assets/..%2f..%2fsecret.txt",
    "/assets/..%2f..%2f..%2f..%2f..%2f..%2fetc/passwd",
    "/%2e%2e/secret.txt",
    "/%2e%2e%2fsecret.txt",
    "/assets/%2e%2e/%2e%2e/secret.txt",
    "/..%2fsecret.txt",
    "/..%5csecret.txt",
    "/..\\secret.txt",
    "/assets/..%252f..%252fsecret.txt",
    "//etc/passwd",
    "/%2fetc%2fpasswd",
    "/assets/%c0%ae%c0%ae/%c0%ae%c0%ae/secret.txt",
    "/assets/app-abc123.js%00/../../secret.txt",
    "/etc/passwd",
]


@pytest.mark.parametrize("path", TRAVERSALS)
def test_path_traversal_never_leaks_files_outside_the_web_root(server, path):
    with server.raw_socket() as s:
        s.sendall(f"GET {path} HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n".encode("latin-1"))
        resp = read_response(s)
    if resp is None:
        return  # closing the connection leaks nothing
    body = resp.body.decode(errors="replace")
    assert SECRET_TEXT.strip() not in body, f"{path} leaked the file next to the web root"
    assert "root:x:0:0" not in body and "root:*:0:0" not in body, f"{path} leaked /etc/passwd"
    assert resp.status in (200, 400, 403, 404), resp.status
    if resp.status == 200:
        assert body == INDEX_HTML, f"{path} answered 200 with something other than index.html"


def test_static_files_only_answer_get_and_head(server):
    r = server.request("POST", "/layanan/123", data=b"x", headers={"Content-Type": "text/plain"})
    assert r.status_code in (404, 405), r.status_code
    assert media_type(r.headers.get("Content-Type")) == "application/problem+json"


def test_head_on_index_has_headers_and_no_body(server):
    r = server.request("HEAD", "/")
    assert r.status_code == 200
    assert media_type(r.headers.get("Content-Type")) == "text/html"
    assert r.content == b""
