"""Helpers for the black-box API tests: running `simpul`, talking HTTP at several
levels (requests, http.client, raw sockets) and checking RFC 9457 problems.

Nothing here knows the server's internals; everything goes through the binary,
its command line and the wire, as docs/http-contract.md describes them.
"""
from __future__ import annotations

import http.client
import itertools
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
import requests.adapters

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
    env.update(SUITE_ENV)
    env.update(extra or {})
    return env


# Settings every simpul process of the run gets through its environment (conftest sets
# SIMPUL_INSTANCE_KEY here, so servers and `simpul audit …` share one audit signing key
# in the run's temp dir instead of creating var/instance-key.pem in the checkout).
SUITE_ENV: dict[str, str] = {}


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


# --------------------------------------------------------------------------- identity (docs/identity-contract.md)

DEMO_PASSWORD = "Demo-Simpul-2026"
SESSION_COOKIE = "simpul_session"
# The demo users `simpul demo` creates, by the role name the tests use.
DEMO_USERS = {
    "superadmin": "admin",
    "operator_own": "operator.dinkes",     # agency_operator of Dinkes
    "operator_other": "operator.bappeda",  # agency_operator of Bappeda (the planning office)
    "leadership": "walikota",
    "auditor": "auditor",
    "citizen": "warga",
}
# Some of the demo's agencies, by short name (their ids depend on the profile's order).
DEMO_AGENCIES = {"Diskominfo": "Dinas Komunikasi dan Informatika",
                 "Bappeda": "Badan Perencanaan Pembangunan Daerah",
                 "Dinkes": "Dinas Kesehatan"}
USER_FIELDS = {"id", "region_id", "username", "display_name", "role", "agency_id", "locked", "locked_until",
               "must_change_password", "version", "created_at", "updated_at"}
TOKEN_FIELDS = {"id", "name", "scopes", "owner", "created_at", "expires_at", "last_used_at", "revoked_at"}
AUDIT_FIELDS = {"seq", "at", "actor", "action", "entity_type", "entity_id", "changes", "request_id", "client",
                "prev_hash", "hash"}


class ApiSession(requests.Session):
    """A requests.Session bound to one server: paths instead of URLs, the suite's timeout
    and TLS verification, no redirects. A signed-in session carries its cookie in an
    explicit Cookie header and X-CSRF-Token on every request; a bearer session carries
    Authorization. Attributes: user (dict), csrf_token, cookie (the session value),
    login (the login response), token (the bearer token)."""

    def __init__(self, srv: "ServerProcess"):
        super().__init__()
        self.srv = srv
        self.user: dict | None = None
        self.csrf_token: str | None = None
        self.cookie: str | None = None
        self.login: requests.Response | None = None
        self.token: str | None = None

    def request(self, method, url, *args, **kwargs):  # type: ignore[override]
        if url.startswith("/"):
            url = self.srv.url(url)
        kwargs.setdefault("timeout", TIMEOUT)
        kwargs.setdefault("verify", self.srv.verify)
        kwargs.setdefault("allow_redirects", False)
        return super().request(method, url, *args, **kwargs)

    def without_csrf(self) -> "ApiSession":
        """The same session cookie, but no X-CSRF-Token header."""
        other = ApiSession(self.srv)
        other.headers.update({k: v for k, v in self.headers.items() if k.lower() != "x-csrf-token"})
        other.user, other.cookie = self.user, self.cookie
        return other


# The server throttles sign-ins per client address and per username, counting every
# attempt (see test_auth_login.py). A suite that signs in hundreds of times from
# 127.0.0.1 would trip it, so sign-ins come from rotating loopback source addresses
# (127.0.0.2 … 127.0.0.254; on Linux all of 127/8 reaches a server on 127.0.0.1), as
# distinct clients would. Tests of the throttle pass one fixed `source`.
_next_loopback = itertools.cycle(range(2, 255))


def next_source_address() -> str:
    return f"127.0.0.{next(_next_loopback)}"


class SourceAddressAdapter(requests.adapters.HTTPAdapter):
    """Connects from a given local address."""

    def __init__(self, source: str, **kwargs):
        self.source = source
        super().__init__(**kwargs)

    def init_poolmanager(self, *args, **kwargs):
        kwargs["source_address"] = (self.source, 0)
        return super().init_poolmanager(*args, **kwargs)


def from_address(source: str) -> requests.Session:
    s = requests.Session()
    s.mount("http://", SourceAddressAdapter(source))
    s.mount("https://", SourceAddressAdapter(source))
    return s


def login_response(srv: "ServerProcess", username: str, password: str, source: str | None = None,
                   headers: dict | None = None, **extra) -> requests.Response:
    """POST /api/v1/auth/login from SOURCE (default: the next rotating loopback address)."""
    body = {"username": username, "password": password, **extra}
    with from_address(source or next_source_address()) as s:
        return s.post(srv.url("/api/v1/auth/login"), json=body, headers=headers, timeout=TIMEOUT,
                      verify=srv.verify, allow_redirects=False)


def session_cookie_value(resp: requests.Response) -> str | None:
    """The simpul_session value a response sets ('' when it clears it), None when it sets none."""
    for header in set_cookie_headers(resp):
        name, _, rest = header.partition("=")
        if name.strip() == SESSION_COOKIE:
            return rest.split(";")[0].strip().strip('"')
    return None


def set_cookie_headers(resp: requests.Response) -> list[str]:
    raw = getattr(resp.raw, "headers", None)
    if raw is not None and hasattr(raw, "getlist"):
        return list(raw.getlist("Set-Cookie"))
    value = resp.headers.get("Set-Cookie")
    return [value] if value else []


def cookie_attributes(header: str) -> dict[str, str]:
    """Attributes of one Set-Cookie header, lower-cased names: {'path': '/', 'httponly': '', …}."""
    attrs = {}
    for part in header.split(";")[1:]:
        name, _, value = part.strip().partition("=")
        if name:
            attrs[name.strip().lower()] = value.strip()
    return attrs


def signed_in(srv: "ServerProcess", username: str, password: str = DEMO_PASSWORD, **extra) -> ApiSession:
    """Logs in and returns an ApiSession carrying the cookie and X-CSRF-Token. Later
    requests of the session come from 127.0.0.1 (the login from a rotating address)."""
    resp = login_response(srv, username, password, **extra)
    assert resp.status_code == 200, f"login as {username} failed: HTTP {resp.status_code} {resp.text[:500]}"
    body = resp.json()
    cookie = session_cookie_value(resp)
    assert cookie, f"login as {username} set no {SESSION_COOKIE} cookie: {set_cookie_headers(resp)}"
    assert body.get("csrf_token"), f"login as {username} returned no csrf_token: {body}"
    s = ApiSession(srv)
    s.headers["Cookie"] = f"{SESSION_COOKIE}={cookie}"
    s.headers["X-CSRF-Token"] = body["csrf_token"]
    s.user, s.csrf_token, s.cookie, s.login = body.get("user"), body["csrf_token"], cookie, resp
    return s


def with_cookie(srv: "ServerProcess", cookie: str, csrf_token: str | None = None) -> ApiSession:
    s = ApiSession(srv)
    s.headers["Cookie"] = f"{SESSION_COOKIE}={cookie}"
    if csrf_token is not None:
        s.headers["X-CSRF-Token"] = csrf_token
    s.cookie, s.csrf_token = cookie, csrf_token
    return s


def with_bearer(srv: "ServerProcess", token: str) -> ApiSession:
    s = ApiSession(srv)
    s.headers["Authorization"] = f"Bearer {token}"
    s.token = token
    return s


def anonymous(srv: "ServerProcess") -> ApiSession:
    return ApiSession(srv)


def unique_name(prefix: str = "uji") -> str:
    import uuid

    return f"{prefix}.{uuid.uuid4().hex[:10]}"


def strong_password() -> str:
    """A password that passes every rule: 12-128 characters, no username in it, not one
    character repeated, not a well-known one."""
    import uuid

    return "Kopi-Tubruk-" + uuid.uuid4().hex[:12]


def create_user(admin: ApiSession, role: str, agency_id: int | None = None, password: str | None = None,
                username: str | None = None, display_name: str | None = None) -> requests.Response:
    body = {"username": username or unique_name(), "display_name": display_name or "Pengguna Uji",
            "role": role}
    if agency_id is not None:
        body["agency_id"] = agency_id
    if password is not None:
        body["password"] = password
    return admin.post("/api/v1/users", json=body)


def ready_user(srv: "ServerProcess", admin: ApiSession, role: str, agency_id: int | None = None
               ) -> tuple[dict, str]:
    """A new user of ROLE who has already made the forced first password change.
    Returns (user, password)."""
    if role == "agency_operator" and agency_id is None:
        agency_id = demo_agency_id(admin, "Dinkes")
    first = strong_password()
    r = create_user(admin, role, agency_id=agency_id, password=first)
    assert r.status_code == 201, f"creating a {role} user: HTTP {r.status_code} {r.text[:500]}"
    user = r.json()
    s = signed_in(srv, user["username"], first)
    final = strong_password()
    r = s.post("/api/v1/auth/password", json={"current_password": first, "new_password": final})
    assert r.status_code == 204, f"first password change: HTTP {r.status_code} {r.text[:500]}"
    return user, final


def problem_type(resp: requests.Response) -> str | None:
    try:
        body = resp.json()
    except ValueError:
        return None
    t = body.get("type") if isinstance(body, dict) else None
    return t[len(PROBLEM_TYPE_PREFIX):] if isinstance(t, str) and t.startswith(PROBLEM_TYPE_PREFIX) else t


def describe(resp: requests.Response) -> str:
    return f"{resp.request.method} {resp.request.path_url} -> HTTP {resp.status_code} {resp.text[:300]}"


def parse_time(text: str):
    """An RFC 3339 UTC timestamp as an aware datetime."""
    import datetime as dt

    assert RFC3339_UTC.match(text), f"not an RFC 3339 UTC timestamp: {text!r}"
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def shift_stored_time(text: str, delta_seconds: float) -> str:
    """A timestamp as the database stores it (RFC 3339, with or without fraction, 'Z' or
    '+00:00', 'T' or ' '), moved by DELTA_SECONDS and written back in the same form."""
    import datetime as dt

    m = re.fullmatch(r"(\d{4}-\d{2}-\d{2})([T ])(\d{2}:\d{2}:\d{2})(\.\d+)?(Z|[+-]\d{2}:?\d{2})?", text.strip())
    assert m, f"cannot read the stored timestamp {text!r}"
    date, sep, clock, frac, zone = m.groups()
    when = dt.datetime.fromisoformat(f"{date}T{clock}{frac or ''}")
    moved = when + dt.timedelta(seconds=delta_seconds)
    out = moved.strftime(f"%Y-%m-%d{sep}%H:%M:%S")
    if frac:
        digits = len(frac) - 1
        out += "." + f"{moved.microsecond:06d}"[:digits].ljust(digits, "0")
    return out + (zone or "")


# --------------------------------------------------------------------------- organisation (docs/organisation-contract.md)

# The term keys every region answers (docs/profiles.md, "Fixed vocabularies").
TERM_KEYS = ("region_head", "region_secretary", "agency", "ict_office", "planning_office", "organization_bureau",
             "committee", "tier1", "tier2", "gcio", "ict_self_sufficient", "data_steward", "service_desk")
PROFILE_NAMES = ("madiun", "kendari", "oki", "probolinggo", "batam")
AGENCY_KINDS = {"sekretariat", "dinas", "badan", "bagian", "inspektorat", "kecamatan", "kelurahan", "satuan",
                "rumah_sakit", "kantor", "lainnya"}
AGENCY_ROLES = ("ict_office", "planning_office", "organization_bureau")
SPBE_ROLES = {"tier1", "tier2", "data_steward", "ict_staff", "pranata_komputer", "csirt"}
MEMBER_ROLES = {"chair", "vice_chair", "secretary", "coordinator", "deputy_coordinator", "member", "advisor"}
ARCHITECTURE_DOMAINS = ("reference", "business_process", "data_information", "infrastructure", "application",
                        "security", "service")
REGION_DETAIL_FIELDS = {"id", "name", "kind", "time_zone", "domain", "profile", "citation", "terms", "version",
                        "created_at", "updated_at"}
AGENCY_FIELDS = {"id", "name", "short_name", "kind", "parent_agency_id", "roles", "head", "ict_self_sufficient",
                 "ict_self_sufficient_decree", "ict_self_sufficient_since", "may_do_itself", "people_count", "version",
                 "created_at", "updated_at"}
PERSON_FIELDS = {"id", "agency_id", "nip", "name", "email", "phone", "spbe_roles", "user_id", "version", "created_at",
                 "updated_at"}
POSITION_FIELDS = {"id", "agency_id", "key", "title", "is_head", "holder", "version", "created_at", "updated_at"}
COMMITTEE_FIELDS = {"id", "key", "kind", "name", "article", "formed_by", "parent_committee_id", "decree_number",
                    "decree_date", "members", "version"}
MEMBER_FIELDS = {"id", "role", "position_id", "position_title", "holder", "selector"}
ASSESSMENT_FIELDS = {"id", "agency_id", "agency_name", "status", "criteria", "note", "assessed_by", "assessed_at",
                     "proposed_by", "proposed_at", "decision", "decided_by", "decided_at", "decree_number",
                     "decree_date", "decision_note", "version", "created_at", "updated_at"}
# The demo user linked to the person holding the Sekretaris Daerah position, chair of the Tim Koordinasi
# SPBE, who decides PD Mandiri TIK (Perwali Madiun 39/2021 Pasal 45 ayat 6). Not one of the matrix roles.
DEMO_CHAIR = "sekda"
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ZONE_OFFSETS = {"Asia/Jakarta": 7, "Asia/Makassar": 8, "Asia/Jayapura": 9}


def region_today(time_zone: str = "Asia/Jakarta"):
    """Today's date in a region's time zone (WIB, WITA, WIT have no daylight saving)."""
    import datetime as dt

    return (dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=ZONE_OFFSETS[time_zone])).date()


def nip_problem(nip, today=None) -> str | None:
    """Why NIP breaks the rule of docs/organisation-contract.md ("People and positions"), or None:
    18 digits = birth date YYYYMMDD + appointment YYYYMM + sex 1|2 + serial 001-999, the birth
    date real, the appointment at least 18 years after birth and not in the future."""
    import datetime as dt

    today = today or region_today()
    if not isinstance(nip, str) or not re.fullmatch(r"[0-9]{18}", nip):
        return "not 18 digits"
    try:
        born = dt.date(int(nip[0:4]), int(nip[4:6]), int(nip[6:8]))
    except ValueError:
        return "birth date does not exist"
    year, month = int(nip[8:12]), int(nip[12:14])
    if not 1 <= month <= 12:
        return "appointment month does not exist"
    if (year, month) < (born.year + 18, born.month):
        return "appointed before 18"
    if (year, month) > (today.year, today.month):
        return "appointed in the future"
    if nip[14] not in "12":
        return "sex digit"
    if nip[15:] == "000":
        return "serial 000"
    return None


_issued_nips: set[str] = set()


def new_nip(female: bool | None = None) -> str:
    """A valid NIP no other test of the run has used: born 1960-1964 (outside the demo's
    1965-1996), appointed at 25."""
    import random

    while True:
        year, month, day = random.randint(1960, 1964), random.randint(1, 12), random.randint(1, 28)
        sex = random.choice("12") if female is None else ("2" if female else "1")
        nip = f"{year:04d}{month:02d}{day:02d}{year + 25:04d}{random.randint(1, 12):02d}{sex}{random.randint(1, 999):03d}"
        if nip not in _issued_nips:
            _issued_nips.add(nip)
            assert nip_problem(nip) is None, nip
            return nip


def demo_agency_id(session: ApiSession, short_name: str) -> int:
    return agencies_by_short_name(session)[short_name]["id"]


def agencies_by_short_name(session: ApiSession) -> dict[str, dict]:
    r = session.get("/api/v1/agencies")
    assert r.status_code == 200, describe(r)
    return {a["short_name"]: a for a in r.json()["items"]}


def agency_with_role(session: ApiSession, role: str) -> dict:
    holders = [a for a in agencies_by_short_name(session).values() if role in a.get("roles", [])]
    assert len(holders) == 1, f"expected exactly one agency with the role {role}: {holders}"
    return holders[0]


def all_pages(session: ApiSession, path: str, **params) -> list[dict]:
    """Every item of a cursor-paged listing."""
    items, cursor = [], None
    for _ in range(1000):
        q = {"limit": 100, **params}
        if cursor:
            q["cursor"] = cursor
        r = session.get(path, params=q)
        assert r.status_code == 200, describe(r)
        body = r.json()
        items += body["items"]
        cursor = body.get("next_cursor")
        if not cursor:
            return items
    raise AssertionError(f"{path} never ended")


def new_request_id() -> str:
    import uuid

    return "uji-" + uuid.uuid4().hex


def audit_entries_for(reader: ApiSession, request_id: str, pages: int = 3) -> list[dict]:
    """The audit entries written by the request with REQUEST_ID (sent as X-Request-Id), looked
    up among the newest entries (newest first)."""
    found, cursor = [], None
    for _ in range(pages):
        q = {"limit": 100}
        if cursor:
            q["cursor"] = cursor
        r = reader.get("/api/v1/audit", params=q)
        assert r.status_code == 200, describe(r)
        body = r.json()
        found += [e for e in body["items"] if e.get("request_id") == request_id]
        cursor = body.get("next_cursor")
        if not cursor:
            break
    return found


def assert_audited(reader: ApiSession, resp: requests.Response, action: str | re.Pattern,
                   entity_id=None) -> dict:
    """Asserts RESP's request left an audit entry with ACTION (a name or a pattern) and, when
    given, ENTITY_ID; returns it."""
    request_id = resp.request.headers.get("X-Request-Id") or resp.headers.get("X-Request-Id")
    assert request_id, "the request carried no X-Request-Id"
    entries = audit_entries_for(reader, request_id)

    def matches(e):
        ok = re.fullmatch(action, e["action"]) if isinstance(action, re.Pattern) else e["action"] == action
        return ok and (entity_id is None or str(e["entity_id"]) == str(entity_id))

    hits = [e for e in entries if matches(e)]
    assert hits, (f"no audit entry {getattr(action, 'pattern', action)!r} (entity {entity_id}) for "
                  f"{describe(resp)}; entries of that request: {[(e['action'], e['entity_id']) for e in entries]}")
    return hits[0]


def traced(**headers) -> dict:
    """Headers with a fresh X-Request-Id, to find the request's audit entries afterwards."""
    return {"X-Request-Id": new_request_id(), **headers}


def etag_of(session: ApiSession, path: str) -> str:
    r = session.get(path)
    assert r.status_code == 200, describe(r)
    etag = r.headers.get("ETag")
    assert etag == f'"{r.json()["version"]}"', (etag, r.json().get("version"))
    return etag


# --------------------------------------------------------------------------- simpul init


def parse_init_login(stdout: str) -> tuple[str, str]:
    """The first administrator's username and password as `simpul init` prints them
    ("username: …" and "password: …", in either order, any case)."""
    user = re.search(r"(?im)^\s*(?:username|user|pengguna)\s*[:=]\s*(\S+)\s*$", stdout)
    password = re.search(r"(?im)^\s*(?:password|kata sandi)\s*[:=]\s*(\S+)\s*$", stdout)
    assert user and password, f"`simpul init` printed no username and password lines:\n{stdout}"
    return user.group(1), password.group(1)


def first_sign_in(srv: "ServerProcess", username: str, password: str) -> ApiSession:
    """Signs in; when the account must change its password first, changes it and signs in
    again. Returns a session that may use the API."""
    s = signed_in(srv, username, password)
    if s.login.json().get("must_change_password"):
        final = strong_password()
        r = s.post("/api/v1/auth/password", json={"current_password": password, "new_password": final})
        assert r.status_code == 204, f"first password change: HTTP {r.status_code} {r.text[:500]}"
        s = signed_in(srv, username, final)
        s.password = final  # type: ignore[attr-defined]
    return s


def in_parallel(session: ApiSession, calls: list[tuple[str, str, dict | None]]) -> list[requests.Response]:
    """Sends CALLS ((method, path, json body) each) at once, each on its own connection
    with SESSION's credentials; returns the responses in the order of CALLS."""
    from concurrent.futures import ThreadPoolExecutor
    import threading

    barrier = threading.Barrier(len(calls))

    def send(call):
        method, path, body = call
        s = ApiSession(session.srv)
        s.headers.update(session.headers)
        barrier.wait(timeout=TIMEOUT)
        return s.request(method, path, json=body)

    with ThreadPoolExecutor(max_workers=len(calls)) as pool:
        return list(pool.map(send, calls))


# ---- Files (docs/registries-contract.md, "Files") ----------------------------------------

MINIMAL_PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def upload_file(session, content: bytes = MINIMAL_PDF, media_type: str = "application/pdf",
                name: str = "dokumen.pdf", expect: tuple[int, ...] = (200, 201)) -> dict:
    """Uploads `content` as one file and returns its JSON ({sha256, name, …}); a unique
    document per test needs unique bytes (e.g. MINIMAL_PDF + a marker)."""
    r = session.post("/api/v1/files", params={"name": name}, data=content, headers={"Content-Type": media_type})
    assert r.status_code in expect, r.text
    return r.json()
