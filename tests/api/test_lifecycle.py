"""Graceful shutdown and TLS.

There is no deliberately slow endpoint, so a request cannot be held "in flight" on
purpose. The shutdown tests check what can be checked honestly from outside: a
clean exit 0 in time with a keep-alive connection open, that the open connection is
closed rather than left hanging, that a request racing the signal gets a whole
answer or a clean close, and that nobody can connect afterwards.
"""
from __future__ import annotations

import re
import signal
import socket
import time

import pytest
import requests

from support import check_problem, parse_raw_response, read_response, wait_closed

# --------------------------------------------------------------------------- shutdown


def test_sigterm_with_an_open_keep_alive_connection_exits_0(start_server):
    srv = start_server()
    conn = srv.http_connection()
    conn.request("GET", "/healthz")
    resp = conn.getresponse()
    resp.read()
    assert resp.status == 200
    try:
        started = time.monotonic()
        code = srv.terminate(timeout=srv.grace_seconds + 3)
        took = time.monotonic() - started
        assert code == 0, f"exit code {code} after SIGTERM\n{srv.output_tail()}"
        assert took <= srv.grace_seconds + 3
    finally:
        conn.close()


def test_idle_keep_alive_connection_is_closed_by_the_shutdown(start_server):
    srv = start_server()
    with srv.raw_socket() as s:
        s.sendall(b"GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n")
        first = read_response(s)
        assert first is not None and first.status == 200
        srv.proc.send_signal(signal.SIGTERM)
        rest = wait_closed(s, timeout=srv.grace_seconds + 3)
        assert rest is not None, "the keep-alive connection stayed open past the shutdown grace"
        assert rest == b"", f"unexpected bytes on an idle connection at shutdown: {rest[:200]!r}"
    assert srv.proc.wait(timeout=5) == 0


def test_request_racing_sigterm_gets_a_whole_answer_or_a_clean_close(start_server):
    srv = start_server()
    with srv.raw_socket() as s:
        s.sendall(b"GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n")
        first = read_response(s)
        assert first is not None and first.status == 200
        s.sendall(b"GET /api/v1/regions HTTP/1.1\r\nHost: t\r\n\r\n")
        srv.proc.send_signal(signal.SIGTERM)
        data = wait_closed(s, timeout=srv.grace_seconds + 3)
    assert data is not None, "the connection was neither answered nor closed within the grace period"
    if data:
        status, headers, body = parse_raw_response(data)
        if status == 200:
            assert int(headers["content-length"]) == len(body), "a truncated answer at shutdown"
            assert b'"items"' in body
        else:
            check_problem(status, headers, body, 503, "unavailable")
    assert srv.proc.wait(timeout=5) == 0


def test_after_shutdown_new_connections_are_refused(start_server):
    srv = start_server()
    assert srv.get("/healthz").status_code == 200
    assert srv.terminate() == 0
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection((srv.host, srv.port), timeout=2).close()


def test_sigint_also_shuts_down_cleanly(start_server):
    srv = start_server()
    srv.proc.send_signal(signal.SIGINT)
    assert srv.proc.wait(timeout=srv.grace_seconds + 3) == 0


# --------------------------------------------------------------------------- TLS


def test_https_serves_health_with_hsts(start_server, tls_files):
    srv = start_server(tls=tls_files)
    r = srv.get("/healthz")  # verified against the self-signed certificate itself
    assert r.status_code == 200
    assert r.json() == {"status": "ok"}
    hsts = r.headers.get("Strict-Transport-Security", "")
    m = re.search(r"max-age=(\d+)", hsts)
    assert m and int(m.group(1)) > 0, f"Strict-Transport-Security is {hsts!r}"


def test_https_problems_and_request_ids_work_too(start_server, tls_files):
    srv = start_server(tls=tls_files)
    r = srv.get("/api/v1/regions/no-such-region")
    check_problem(r.status_code, r.headers, r.content, 404, "not-found")


def test_https_keeps_a_connection_alive(start_server, tls_files):
    srv = start_server(tls=tls_files)
    conn = srv.http_connection()
    try:
        sockets = []
        for path in ("/healthz", "/api/v1/status", "/api/v1/regions"):
            conn.request("GET", path)
            resp = conn.getresponse()
            resp.read()
            assert resp.status == 200, path
            sockets.append(conn.sock)
        assert all(s is sockets[0] for s in sockets), "the TLS connection was re-opened between requests"
    finally:
        conn.close()


def test_plain_http_to_the_tls_port_fails(start_server, tls_files):
    srv = start_server(tls=tls_files)
    try:
        r = requests.get(f"http://{srv.host}:{srv.port}/healthz", timeout=5)
    except requests.RequestException:
        return
    assert r.status_code != 200 or r.text.strip() != '{"status":"ok"}', \
        "a TLS server answered plain HTTP as if it were HTTPS"
    assert r.status_code >= 400


def test_tls_server_survives_a_plain_http_client(start_server, tls_files):
    srv = start_server(tls=tls_files)
    with socket.create_connection((srv.host, srv.port), timeout=5) as s:
        s.sendall(b"GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n")
        wait_closed(s, timeout=5)
    assert srv.get("/healthz").status_code == 200
