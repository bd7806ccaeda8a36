"""Helpers for the black-box API tests: running `simpul`, talking HTTP at several
levels (requests, http.client, raw sockets) and checking RFC 9457 problems.

Nothing here knows the server's internals; everything goes through the binary,
its command line and the wire, as docs/http-contract.md describes them.
"""
from __future__ import annotations

import http.client
import json
import os
import re
import signal
import socket
import ssl
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

import requests

REPO_ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 10  # seconds for any single HTTP exchange
PROBLEM_CONTENT_TYPE = "application/problem+json"
PROBLEM_TYPE_PREFIX = "urn:simpul:problem:"
DEMO_REGION = "kota-madiun"

# The small web root every server gets (see conftest.web_root).
INDEX_HTML = (
    "<!doctype html>\n<html lang=\"id\"><head><meta charset=\"utf-8\"><title>Simpul (uji)</title>"
    "<script type=\"module\" src=\"/assets/app-abc123.js\"></script></head>"
    "<body><div id=\"app\">simpul-test-index-marker</div></body></html>\n"
)
APP_JS = "// simpul-test-asset-marker\nconsole.log('simpul');\n"
SECRET_TEXT = "simpul-test-secret-outside-web-root\n"


def simpul_bin() -> str:
    path = Path(os.environ.get("SIMPUL_BIN", "build/simpul"))
    if not path.is_absolute():
        # Relative to the current directory when it exists there, else to the repository.
        path = path if path.exists() else REPO_ROOT / path
    return str(path)


def child_env(extra: dict | None = None) -> dict:
    """The environment for a simpul process: ours without SIMPUL_* settings (so a
    developer's exported SIMPUL_LOG_LEVEL cannot change results), plus EXTRA."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("SIMPUL_") or k == "SIMPUL_BIN" or k.startswith("SIMPUL_TEST_")}
    env.update(extra or {})
    return env


def run_cli(*args: str, env: dict | None = None, timeout: float = 60) -> subprocess.CompletedProcess:
    """Runs `simpul ARGS…` to completion and returns its exit code and output."""
    full_env = child_env(env)
    return subprocess.run(
        [simpul_bin(), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=full_env,
    )


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --------------------------------------------------------------------------- databases


def backend_of(url: str) -> str:
    """'sqlite' or 'postgresql', as /readyz and /api/v1/status name it."""
    return "postgresql" if url.startswith(("postgresql://", "postgres://")) else "sqlite"


def sqlite_path(url: str) -> str:
    assert url.startswith("sqlite:"), url
    return url[len("sqlite:"):]


def pg_url_with_database(url: str, database: str) -> str:
    parts = urllib.parse.urlsplit(url)
    return urllib.parse.urlunsplit(parts._replace(path="/" + database))


def psql(url: str, sql: str) -> str:
    """Runs SQL with psql against the database of URL; returns unaligned tuples-only output."""
    result = subprocess.run(
        ["psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-d", url, "-c", sql],
        capture_output=True,
        text=True,
        timeout=60,
    )
    if result.returncode != 0:
        raise RuntimeError(f"psql failed ({result.returncode}): {result.stderr.strip()}")
    return result.stdout


def sql_query(url: str, sql: str) -> list[tuple]:
    """Rows of a query on either backend, every value as text (None for NULL)."""
    if backend_of(url) == "sqlite":
        import sqlite3

        con = sqlite3.connect(sqlite_path(url))
        try:
            return [tuple(None if v is None else str(v) for v in row) for row in con.execute(sql)]
        finally:
            con.close()
    out = psql(url, sql)
    return [tuple(line.split("|")) for line in out.splitlines() if line]


def sql_execute(url: str, sql: str) -> None:
    if backend_of(url) == "sqlite":
        import sqlite3

        con = sqlite3.connect(sqlite_path(url))
        try:
            con.execute(sql)
            con.commit()
        finally:
            con.close()
    else:
        psql(url, sql)


def table_columns(url: str, table: str) -> list[str]:
    if backend_of(url) == "sqlite":
        return [row[1] for row in sql_query(url, f"PRAGMA table_info({table})")]
    rows = sql_query(
        url,
        "SELECT column_name FROM information_schema.columns "
        f"WHERE table_name = '{table}' AND table_schema = current_schema() ORDER BY ordinal_position",
    )
    return [r[0] for r in rows]


# --------------------------------------------------------------------------- servers


class ServerProcess:
    """One running `simpul serve`, with its output captured in files."""

    def __init__(self, args: list[str], port: int, workdir: Path, scheme: str = "http",
                 verify: bool | str = True, env: dict | None = None, grace_seconds: float = 10.0):
        self.args = args
        self.port = port
        self.host = "127.0.0.1"
        self.scheme = scheme
        self.verify = verify
        self.grace_seconds = grace_seconds
        workdir.mkdir(parents=True, exist_ok=True)
        self.stdout_path = workdir / f"serve-{port}.stdout"
        self.stderr_path = workdir / f"serve-{port}.stderr"
        full_env = child_env(env)
        self._stdout = open(self.stdout_path, "wb")
        self._stderr = open(self.stderr_path, "wb")
        self.proc = subprocess.Popen(args, stdout=self._stdout, stderr=self._stderr,
                                     stdin=subprocess.DEVNULL, env=full_env)

    # -- addresses
    @property
    def base_url(self) -> str:
        return f"{self.scheme}://{self.host}:{self.port}"

    def url(self, path: str) -> str:
        return self.base_url + path

    # -- output
    def stdout_text(self) -> str:
        self._stdout.flush()
        return self.stdout_path.read_text(errors="replace")

    def stderr_text(self) -> str:
        self._stderr.flush()
        return self.stderr_path.read_text(errors="replace")

    def output_tail(self, lines: int = 30) -> str:
        out = self.stdout_text().splitlines()[-lines:]
        err = self.stderr_text().splitlines()[-lines:]
        return "--- stdout (tail) ---\n" + "\n".join(out) + "\n--- stderr (tail) ---\n" + "\n".join(err)

    # -- HTTP through requests
    def request(self, method: str, path: str, **kwargs) -> requests.Response:
        kwargs.setdefault("timeout", TIMEOUT)
        kwargs.setdefault("verify", self.verify)
        kwargs.setdefault("allow_redirects", False)
        return requests.request(method, self.url(path), **kwargs)

    def get(self, path: str, **kwargs) -> requests.Response:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, **kwargs) -> requests.Response:
        return self.request("POST", path, **kwargs)

    # -- lower levels
    def http_connection(self) -> http.client.HTTPConnection:
        """An HTTP/1.1 connection that keeps paths exactly as given (no normalisation)."""
        if self.scheme == "https":
            ctx = ssl.create_default_context(cafile=self.verify if isinstance(self.verify, str) else None)
            if self.verify is False:
                ctx.check_hostname = False
                ctx.verify_mode = ssl.CERT_NONE
            return http.client.HTTPSConnection(self.host, self.port, timeout=TIMEOUT, context=ctx)
        return http.client.HTTPConnection(self.host, self.port, timeout=TIMEOUT)

    def raw_socket(self, timeout: float = TIMEOUT) -> socket.socket:
        s = socket.create_connection((self.host, self.port), timeout=timeout)
        s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return s

    # -- life cycle
    def running(self) -> bool:
        return self.proc.poll() is None

    def wait_ready(self, timeout: float = 20.0) -> None:
        deadline = time.monotonic() + timeout
        last = "no answer"
        while time.monotonic() < deadline:
            if not self.running():
                raise AssertionError(
                    f"simpul serve exited with {self.proc.returncode} before it was ready\n"
                    f"command: {' '.join(self.args)}\n{self.output_tail()}")
            try:
                r = self.get("/readyz", timeout=2)
                if r.status_code == 200:
                    return
                last = f"HTTP {r.status_code}: {r.text[:200]}"
            except requests.RequestException as e:
                last = repr(e)
            time.sleep(0.1)
        self.kill()
        raise AssertionError(f"simpul serve not ready after {timeout}s (last: {last})\n{self.output_tail()}")

    def terminate(self, timeout: float | None = None) -> int | None:
        """Sends SIGTERM and waits; returns the exit code, or None when it did not exit in time."""
        if timeout is None:
            timeout = self.grace_seconds + 5
        if self.running():
            self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            return None

    def kill(self) -> None:
        if self.running():
            self.proc.kill()
            self.proc.wait(timeout=10)
        self.close_files()

    def close_files(self) -> None:
        for f in (self._stdout, self._stderr):
            if not f.closed:
                f.close()

    def stop_and_check(self) -> None:
        """SIGTERM, then assert a clean exit (code 0) within the grace period plus a margin."""
        if not self.running():
            code = self.proc.returncode
            self.close_files()
            assert code == 0, f"simpul serve had already exited with {code}\n{self.output_tail()}"
            return
        code = self.terminate()
        if code is None:
            tail = self.output_tail()
            self.kill()
            raise AssertionError(
                f"simpul serve did not exit within {self.grace_seconds + 5:.0f}s of SIGTERM\n{tail}")
        tail = self.output_tail() if code != 0 else ""
        self.close_files()
        assert code == 0, f"simpul serve exited with {code} after SIGTERM\n{tail}"


def serve_args(database: str, port: int, web_root: Path, extra: list[str] | None = None) -> list[str]:
    return [simpul_bin(), "serve", "--database", database, "--listen", f"127.0.0.1:{port}",
            "--web-root", str(web_root), *(extra or [])]


# --------------------------------------------------------------------------- wire helpers


class ResponseReader:
    """Reads successive HTTP responses from one raw socket (pipelining, keep-alive).

    http.client buffers what it reads, so every response on a socket must come
    through the same buffered reader; this keeps one and hands it to each response.
    """

    class _Buffered:
        def __init__(self, fp):
            self._fp = fp

        def __getattr__(self, name):
            return getattr(self._fp, name)

        def close(self):  # http.client closes its file after each body; keep ours open
            pass

    def __init__(self, sock: socket.socket):
        self._file = self._Buffered(sock.makefile("rb"))

    def makefile(self, *args, **kwargs):
        return self._file

    def next(self, method: str = "GET") -> http.client.HTTPResponse | None:
        return read_response(self, method)  # type: ignore[arg-type]


def read_response(sock, method: str = "GET") -> http.client.HTTPResponse | None:
    """Reads one HTTP response from a raw socket; None when the server closed without a byte."""
    resp = http.client.HTTPResponse(sock, method=method)
    try:
        resp.begin()
    except (http.client.RemoteDisconnected, ConnectionResetError):
        return None
    resp.body = resp.read()  # type: ignore[attr-defined]
    return resp


def wait_closed(sock: socket.socket, timeout: float) -> bytes | None:
    """Reads until the peer closes; returns everything received, or None on timeout."""
    sock.settimeout(timeout)
    data = b""
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            chunk = sock.recv(65536)
            if not chunk:
                return data
            data += chunk
    except socket.timeout:
        return None
    except ConnectionResetError:
        return data
    return None


def parse_raw_response(data: bytes) -> tuple[int, dict[str, str], bytes]:
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ")[1])
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return status, headers, body


def media_type(content_type: str | None) -> str:
    return (content_type or "").split(";")[0].strip().lower()


def check_problem(status: int, headers, body: bytes | str, expected_status: int, slug: str,
                  instance: str | None = None) -> dict:
    """Asserts an RFC 9457 problem as the contract shapes it; returns the parsed body."""
    text = body.decode() if isinstance(body, bytes) else body
    assert status == expected_status, f"expected HTTP {expected_status}, got {status}: {text[:500]}"
    ctype = headers.get("content-type") if hasattr(headers, "get") else None
    assert media_type(ctype) == PROBLEM_CONTENT_TYPE, f"content-type is {ctype!r}, body {text[:300]}"
    problem = json.loads(text)
    assert isinstance(problem, dict), problem
    assert problem.get("type") == PROBLEM_TYPE_PREFIX + slug, f"type is {problem.get('type')!r}: {problem}"
    assert problem.get("status") == expected_status, problem
    assert isinstance(problem.get("title"), str) and problem["title"].strip(), problem
    assert isinstance(problem.get("detail"), str) and problem["detail"].strip(), problem
    if instance is not None:
        assert problem.get("instance") == instance, problem
    request_id = headers.get("x-request-id") if hasattr(headers, "get") else None
    assert request_id, "a problem response must carry X-Request-Id"
    assert problem.get("request_id") == request_id, (problem.get("request_id"), request_id)
    return problem


def assert_problem(resp: requests.Response, expected_status: int, slug: str,
                   instance: str | None = None) -> dict:
    return check_problem(resp.status_code, resp.headers, resp.content, expected_status, slug, instance)


def assert_http_problem(resp: http.client.HTTPResponse, expected_status: int, slug: str,
                        instance: str | None = None) -> dict:
    headers = {k.lower(): v for k, v in resp.getheaders()}
    body = getattr(resp, "body", None)
    if body is None:
        body = resp.read()
    return check_problem(resp.status, headers, body, expected_status, slug, instance)


def field_names(problem: dict) -> list[str]:
    errors = problem.get("errors")
    assert isinstance(errors, list) and errors, f"a validation problem lists its field errors: {problem}"
    for e in errors:
        assert isinstance(e.get("field"), str) and e["field"], e
        assert isinstance(e.get("message"), str) and e["message"].strip(), e
    return [e["field"] for e in errors]


RFC3339_UTC = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$")


def log(*args) -> None:
    print(*args, file=sys.stderr)
