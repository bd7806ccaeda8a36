"""Routing failures, HTTP parsing and the server's limits (docs/http-contract.md, "Errors").

Several tests start their own server with small limits; they talk over raw sockets
where a client library would hide what the server does.
"""
from __future__ import annotations

import json
import socket
import struct
import threading
import time

import pytest
import requests

from support import (ResponseReader, assert_http_problem, assert_problem, check_problem, parse_raw_response, read_response,
                     wait_closed)

VALID_REPORT = {"message": "Tombol simpan tidak merespons", "page": "/layanan/123"}

# --------------------------------------------------------------------------- routing


@pytest.mark.parametrize("path", ["/api/v1/no-such-route", "/api/no-such-version", "/api/v2/status",
                                  "/api/v1/regions/kota-madiun/no-such-child"])
def test_unknown_route_under_api_is_a_404_problem(server, path):
    assert_problem(server.get(path), 404, "not-found", instance=path)


def test_unknown_api_route_is_not_answered_with_the_web_ui(server):
    r = server.get("/api/v1/layanan")
    assert "simpul-test-index-marker" not in r.text
    assert r.status_code == 404


@pytest.mark.parametrize("method", ["DELETE", "PUT", "POST", "PATCH"])
def test_wrong_method_on_status_is_405_with_allow(server, method):
    r = server.request(method, "/api/v1/status")
    assert_problem(r, 405, "method-not-allowed", instance="/api/v1/status")
    allowed = [m.strip() for m in r.headers.get("Allow", "").split(",")]
    assert "GET" in allowed, r.headers.get("Allow")
    assert method not in allowed


def test_wrong_method_on_regions_is_405_with_allow(server):
    r = server.request("DELETE", "/api/v1/regions/kota-madiun")
    assert_problem(r, 405, "method-not-allowed")
    assert "GET" in r.headers.get("Allow", "")


def test_unparseable_request_line_is_a_400_problem(server):
    with server.raw_socket() as s:
        s.sendall(b"THIS IS NOT HTTP\r\n\r\n")
        resp = read_response(s)
    assert resp is not None, "the server closed without answering an unparseable request"
    assert_http_problem(resp, 400, "bad-request")


# --------------------------------------------------------------------------- keep-alive


def test_several_requests_share_one_keep_alive_connection(server):
    conn = server.http_connection()
    try:
        exchanges = [("GET", "/healthz", None, {}),
                     ("GET", "/api/v1/regions", None, {}),
                     ("POST", "/api/v1/client-errors", json.dumps(VALID_REPORT), {"Content-Type": "application/json"}),
                     ("GET", "/api/v1/regions/no-such-region", None, {}),
                     ("GET", "/api/v1/status", None, {})]
        expected = [200, 200, 202, 404, 200]
        first_socket = None
        for (method, path, body, headers), status in zip(exchanges, expected):
            conn.request(method, path, body=body, headers=headers)
            resp = conn.getresponse()
            resp.read()
            assert resp.status == status, (method, path, resp.status)
            assert (resp.getheader("Connection") or "").lower() != "close", (method, path)
            if first_socket is None:
                first_socket = conn.sock
            assert conn.sock is first_socket, f"the connection was re-opened before {method} {path}"
    finally:
        conn.close()


def test_pipelined_requests_are_answered_in_order(server):
    with server.raw_socket() as s:
        s.sendall(b"GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n"
                  b"GET /api/v1/regions/no-such-region HTTP/1.1\r\nHost: t\r\n\r\n"
                  b"GET /readyz HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
        reader = ResponseReader(s)
        statuses = []
        for _ in range(3):
            resp = reader.next()
            assert resp is not None
            statuses.append(resp.status)
    assert statuses == [200, 404, 200]


# --------------------------------------------------------------------------- body limit


def test_body_over_max_body_bytes_is_a_413_problem(start_server):
    srv = start_server("--max-body-bytes", "1024")
    body = json.dumps({"message": "x" * 1500, "page": "/p"})
    assert len(body) > 1024
    r = srv.post("/api/v1/client-errors", data=body, headers={"Content-Type": "application/json"})
    assert_problem(r, 413, "payload-too-large")


def test_body_under_max_body_bytes_is_still_accepted(start_server):
    srv = start_server("--max-body-bytes", "1024")
    body = json.dumps({"message": "x" * 900, "page": "/p"})
    assert len(body) < 1024
    r = srv.post("/api/v1/client-errors", data=body, headers={"Content-Type": "application/json"})
    assert r.status_code == 202, r.text


def test_chunked_body_over_max_body_bytes_is_a_413_problem(start_server):
    srv = start_server("--max-body-bytes", "1024")
    with srv.raw_socket() as s:
        head = (b"POST /api/v1/client-errors HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n"
                b"Transfer-Encoding: chunked\r\n\r\n")
        chunk = b'{"message":"' + b"x" * 2000 + b'","page":"/p"}'
        s.sendall(head + b"%x\r\n" % len(chunk) + chunk + b"\r\n0\r\n\r\n")
        resp = read_response(s, "POST")
    assert resp is not None, "the server closed without answering an oversized chunked body"
    assert_http_problem(resp, 413, "payload-too-large")


def test_declared_content_length_over_the_limit_is_refused_before_the_body(start_server):
    """A client announcing 10 MB gets 413 without having to send it."""
    srv = start_server("--max-body-bytes", "1024")
    with srv.raw_socket(timeout=5) as s:
        s.sendall(b"POST /api/v1/client-errors HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n"
                  b"Content-Length: 10485760\r\n\r\n" + b"{" * 100)
        resp = read_response(s, "POST")
    assert resp is not None
    assert_http_problem(resp, 413, "payload-too-large")


def test_default_body_limit_is_one_mebibyte(server):
    """Just under 1 MiB is read (and then fails validation); just over is refused as too large."""
    def post_of_size(size):
        body = json.dumps({"message": "m", "page": "/p", "detail": "d" * size})
        return server.post("/api/v1/client-errors", data=body, headers={"Content-Type": "application/json"})

    assert_problem(post_of_size(1_000_000), 422, "validation-failed")
    assert_problem(post_of_size(1_100_000), 413, "payload-too-large")


# --------------------------------------------------------------------------- header limit


def test_headers_over_max_header_bytes_are_a_431_problem(server):
    r = server.get("/healthz", headers={"X-Padding": "a" * 20 * 1024})
    assert_problem(r, 431, "headers-too-large")


def test_headers_just_under_the_default_limit_are_accepted(server):
    r = server.get("/healthz", headers={"X-Padding": "a" * 8 * 1024})
    assert r.status_code == 200


def test_many_small_headers_over_the_limit_are_a_431_problem(server):
    headers = {f"X-Pad-{i}": "b" * 100 for i in range(250)}  # ~27 KB in total
    r = server.get("/healthz", headers=headers)
    assert_problem(r, 431, "headers-too-large")


def test_lower_max_header_bytes_flag_is_enforced(start_server):
    srv = start_server("--max-header-bytes", "2048")
    assert srv.get("/healthz", headers={"X-Padding": "a" * 512}).status_code == 200
    assert_problem(srv.get("/healthz", headers={"X-Padding": "a" * 4096}), 431, "headers-too-large")


# --------------------------------------------------------------------------- slow clients


def test_slow_client_gets_a_408_problem_after_the_request_timeout(start_server):
    srv = start_server("--request-timeout-ms", "500")
    with srv.raw_socket() as s:
        s.sendall(b"GET /healthz HTTP/1.1\r\nHost: t\r\nX-Slow:")  # and then nothing
        started = time.monotonic()
        data = wait_closed(s, timeout=5)
        waited = time.monotonic() - started
    assert data is not None, "the server kept a stalled request open for more than 5 s (timeout 500 ms)"
    assert waited >= 0.3, f"closed after {waited:.2f}s, before the 500 ms timeout"
    assert data, "the connection was closed without the 408 answer"
    status, headers, body = parse_raw_response(data)
    check_problem(status, headers, body, 408, "request-timeout")


def test_slow_body_gets_a_408_problem(start_server):
    srv = start_server("--request-timeout-ms", "500")
    with srv.raw_socket() as s:
        s.sendall(b"POST /api/v1/client-errors HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n"
                  b"Content-Length: 100\r\n\r\n{\"message\":")
        data = wait_closed(s, timeout=5)
    assert data is not None, "the server waited more than 5 s for a body (timeout 500 ms)"
    assert data, "the connection was closed without the 408 answer"
    status, headers, body = parse_raw_response(data)
    check_problem(status, headers, body, 408, "request-timeout")


def test_trickling_client_cannot_extend_the_request_timeout(start_server):
    """One byte every 200 ms keeps a socket busy but must not reset the 500 ms budget."""
    srv = start_server("--request-timeout-ms", "500")
    request = b"GET /healthz HTTP/1.1\r\nHost: t\r\nX-Trickle: " + b"a" * 40 + b"\r\n\r\n"
    started = time.monotonic()
    closed_after = None
    with srv.raw_socket() as s:
        try:
            for byte in request[:-4]:
                s.sendall(bytes([byte]))
                time.sleep(0.2)
                if time.monotonic() - started > 4:
                    break
        except (BrokenPipeError, ConnectionResetError):
            closed_after = time.monotonic() - started
        if closed_after is None:
            data = wait_closed(s, timeout=2)
            closed_after = time.monotonic() - started if data is not None else None
    assert closed_after is not None and closed_after < 4, \
        "a client sending one byte every 200 ms kept its request open past 4 s with a 500 ms timeout"


def test_server_serves_others_while_clients_stall(start_server):
    """Even with one worker thread: a stalled client must not occupy a thread."""
    srv = start_server("--request-timeout-ms", "3000", "--threads", "1")
    stalled = [srv.raw_socket() for _ in range(3)]
    try:
        for s in stalled:
            s.sendall(b"GET /healthz HTTP/1.1\r\nHo")
        started = time.monotonic()
        r = srv.get("/healthz", timeout=2)
        assert r.status_code == 200
        assert time.monotonic() - started < 1.0, "a healthy request waited for the stalled ones"
    finally:
        for s in stalled:
            s.close()


# --------------------------------------------------------------------------- connection limit


def test_connection_over_max_connections_gets_a_503_problem(start_server):
    srv = start_server("--max-connections", "2")
    idle = [srv.raw_socket(), srv.raw_socket()]
    try:
        time.sleep(0.3)  # let the server accept both
        with srv.raw_socket() as third:
            third.sendall(b"GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n")
            resp = read_response(third)
        assert resp is not None, "the third connection was closed without a 503 answer"
        assert_http_problem(resp, 503, "unavailable")
    finally:
        for s in idle:
            s.close()


def test_capacity_returns_when_connections_close(start_server):
    srv = start_server("--max-connections", "2")
    idle = [srv.raw_socket(), srv.raw_socket()]
    time.sleep(0.3)
    for s in idle:
        s.close()
    deadline = time.monotonic() + 3
    status = None
    while time.monotonic() < deadline:
        try:
            status = srv.get("/healthz", timeout=2, headers={"Connection": "close"}).status_code
        except requests.RequestException:
            status = None
        if status == 200:
            break
        time.sleep(0.1)
    assert status == 200, f"after closing the idle connections the server answers {status}"


def test_many_concurrent_clients_within_the_limit_are_all_served(server):
    results: list[int] = []
    lock = threading.Lock()

    def worker():
        for _ in range(5):
            code = server.get("/api/v1/regions").status_code
            with lock:
                results.append(code)

    threads = [threading.Thread(target=worker) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert results == [200] * 80


def test_an_abruptly_closed_connection_does_not_hurt_the_server(server):
    for _ in range(20):
        s = server.raw_socket()
        s.sendall(b"POST /api/v1/client-errors HTTP/1.1\r\nHost: t\r\nContent-Length: 50\r\n\r\n{")
        s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        s.close()  # RST
    assert server.get("/healthz").status_code == 200
