"""Fixtures for the black-box API suite.

The suite runs the real `simpul` binary:
  SIMPUL_BIN            the binary (default build/simpul)
  SIMPUL_TEST_DATABASE  database URL (default: a fresh SQLite file in a temp dir);
                        the runner sets it to the URL printed by scripts/pg-test-server.sh
                        for the PostgreSQL pass.

Session set-up: `simpul demo` on that database, then one `simpul serve` on a free port
with a small web root (index.html, assets/app-abc123.js). Tests that need other
flags (limits, TLS, timeouts) start their own servers with `start_server`. Every
server is stopped with SIGTERM and must exit 0 in time.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest

import support
from support import APP_JS, INDEX_HTML, SECRET_TEXT, ServerProcess, free_port, serve_args

# Short grace so teardown stays quick; tests assert exit within grace + a margin.
GRACE_MS = 2000


@pytest.fixture(scope="session", autouse=True)
def workdir(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("simpul")
    # One Ed25519 audit signing key for every server and command of the run (created by
    # the first process that needs it), kept out of the checkout.
    support.SUITE_ENV["SIMPUL_INSTANCE_KEY"] = str(path / "instance-key.pem")
    # Uploaded files of every server of the run, also those on PostgreSQL.
    support.SUITE_ENV["SIMPUL_FILES_DIR"] = str(path / "files")
    # Public complaints come from 127.0.0.1 in nearly every test: allowances large enough that
    # only the tests of the limits themselves (with their own servers) meet them.
    support.SUITE_ENV["SIMPUL_COMPLAINTS_PER_CLIENT_PER_HOUR"] = "100000"
    support.SUITE_ENV["SIMPUL_COMPLAINT_LOOKUPS_PER_CLIENT"] = "100000"
    # Notification e-mails are spooled in the run's temp dir; servers do not send on their
    # own (tests send with `simpul notifications send`, or start a server that does).
    support.SUITE_ENV["SIMPUL_NOTIFICATION_SPOOL_DIR"] = str(path / "notifications")
    support.SUITE_ENV["SIMPUL_NOTIFICATION_INTERVAL_MS"] = "0"
    return path


@pytest.fixture(scope="session")
def instance_key(workdir) -> Path:
    return Path(support.SUITE_ENV["SIMPUL_INSTANCE_KEY"])


@pytest.fixture(scope="session")
def simpul_binary() -> str:
    path = support.simpul_bin()
    if not os.access(path, os.X_OK):
        pytest.fail(f"simpul binary not found or not executable: {path} (build it or set SIMPUL_BIN)",
                    pytrace=False)
    return path


@pytest.fixture(scope="session")
def database_url(workdir) -> str:
    url = os.environ.get("SIMPUL_TEST_DATABASE")
    if url:
        return url
    return "sqlite:" + str(workdir / "simpul-test.db")


@pytest.fixture(scope="session")
def backend(database_url) -> str:
    return support.backend_of(database_url)


@pytest.fixture(scope="session")
def web_root(workdir) -> Path:
    """web/ with index.html and one hashed asset; a secret file sits next to it, outside."""
    root = workdir / "web"
    (root / "assets").mkdir(parents=True)
    (root / "index.html").write_text(INDEX_HTML)
    (root / "assets" / "app-abc123.js").write_text(APP_JS)
    (workdir / "secret.txt").write_text(SECRET_TEXT)
    return root


@pytest.fixture(scope="session")
def demo_run(simpul_binary, database_url) -> subprocess.CompletedProcess:
    result = support.run_cli("demo", "--database", database_url)
    assert result.returncode == 0, (
        f"`simpul demo --database {database_url}` exited {result.returncode}\n"
        f"stdout: {result.stdout}\nstderr: {result.stderr}")
    return result


@pytest.fixture(scope="session")
def demo_database(demo_run, database_url) -> str:
    return database_url


@pytest.fixture(scope="session")
def demo_agency_count(demo_run) -> int:
    """How many agencies `simpul demo` said it added (tests add more later)."""
    found = re.search(r"Demo region added: .*?, (\d+) agencies", demo_run.stdout)
    assert found, demo_run.stdout
    return int(found.group(1))


@pytest.fixture(scope="session")
def server(demo_database, web_root, workdir):
    """The shared server with default limits."""
    port = free_port()
    proc = ServerProcess(
        serve_args(demo_database, port, web_root, ["--shutdown-grace-ms", str(GRACE_MS)]),
        port, workdir / "logs", grace_seconds=GRACE_MS / 1000)
    try:
        proc.wait_ready()
    except Exception:
        proc.kill()
        raise
    yield proc
    proc.stop_and_check()


@pytest.fixture
def start_server(demo_database, web_root, workdir):
    """Factory: start_server("--max-connections", "2", tls=(cert, key), env={...}).

    Returns a ready ServerProcess on a free port, sharing the demo database and web
    root. Each is stopped with SIGTERM at the end of the test and must exit 0.
    """
    started: list[ServerProcess] = []

    def start(*flags: str, tls: tuple[Path, Path] | None = None, env: dict | None = None,
              database: str | None = None, wait: bool = True) -> ServerProcess:
        port = free_port()
        extra = ["--shutdown-grace-ms", str(GRACE_MS), *flags]
        scheme, verify = "http", True
        if tls:
            cert, key = tls
            extra += ["--tls-cert", str(cert), "--tls-key", str(key)]
            scheme, verify = "https", str(cert)
        proc = ServerProcess(serve_args(database or demo_database, port, web_root, extra), port,
                             workdir / "logs", scheme=scheme, verify=verify, env=env,
                             grace_seconds=GRACE_MS / 1000)
        started.append(proc)
        if wait:
            proc.wait_ready()
        return proc

    yield start

    failures = []
    for proc in started:
        try:
            proc.stop_and_check()
        except AssertionError as e:
            failures.append(str(e))
        finally:
            proc.kill()
    assert not failures, "\n\n".join(failures)


@pytest.fixture(scope="session")
def tls_files(workdir) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 / localhost, made with the openssl command."""
    if not shutil.which("openssl"):
        pytest.skip("the openssl command is not installed")
    d = workdir / "tls"
    d.mkdir(exist_ok=True)
    cert, key = d / "cert.pem", d / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
         "-nodes", "-keyout", str(key), "-out", str(cert), "-days", "2", "-subj", "/CN=localhost",
         "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"],
        check=True, capture_output=True, timeout=60)
    return cert, key


@pytest.fixture
def fresh_database(database_url, workdir):
    """Factory for an empty database on the same backend as the suite.

    SQLite: a new file. PostgreSQL: a new database on the same server (created and
    dropped with psql), so tests that damage a schema never touch the shared one.
    """
    created_pg: list[str] = []

    def make() -> str:
        name = "simpul_t_" + uuid.uuid4().hex[:12]
        if support.backend_of(database_url) == "sqlite":
            return "sqlite:" + str(workdir / f"{name}.db")
        if not shutil.which("psql"):
            pytest.skip("psql is needed to create a separate PostgreSQL database")
        admin = support.pg_url_with_database(database_url, "postgres")
        support.psql(admin, f'CREATE DATABASE "{name}"')
        created_pg.append(name)
        return support.pg_url_with_database(database_url, name)

    yield make

    if created_pg:
        admin = support.pg_url_with_database(database_url, "postgres")
        for name in created_pg:
            try:
                support.psql(admin, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            except RuntimeError as e:  # leave a note, do not hide the test's own result
                print(f"could not drop {name}: {e}")


# --------------------------------------------------------------------------- identity fixtures


@pytest.fixture(scope="session")
def login_as(server):
    """Factory: login_as("superadmin" | "operator_own" | "operator_other" | "leadership" |
    "auditor" | "citizen") -> a signed-in support.ApiSession on the shared server, with the
    session cookie and X-CSRF-Token set. One login per role for the whole run (cached):
    never log these sessions out, lock or change the demo users on the shared server."""
    cache: dict[str, support.ApiSession] = {}

    def get(role: str) -> support.ApiSession:
        if role not in cache:
            cache[role] = support.signed_in(server, support.DEMO_USERS[role])
        return cache[role]

    return get


@pytest.fixture(scope="session")
def admin(login_as) -> support.ApiSession:
    """The demo superadmin, signed in on the shared server (CSRF header set)."""
    return login_as("superadmin")


@pytest.fixture(scope="session")
def bearer_token(server, login_as):
    """Factory: bearer_token("superadmin", scopes=("read", "write")) -> a support.ApiSession
    sending `Authorization: Bearer simpul_…` for a new API token of that demo user.
    The token's JSON (id, name, scopes …) is in .token_info."""
    def make(role: str = "superadmin", scopes=("read", "write"), days: int = 1) -> support.ApiSession:
        owner = login_as(role)
        r = owner.post("/api/v1/tokens", json={"name": support.unique_name("token"), "scopes": list(scopes),
                                                "expires_in_days": days})
        assert r.status_code == 201, f"creating a token for {role}: HTTP {r.status_code} {r.text[:500]}"
        info = r.json()
        s = support.with_bearer(server, info["token"])
        s.token_info = info  # type: ignore[attr-defined]
        return s

    return make


@pytest.fixture
def isolated_server(start_server, fresh_database):
    """Factory: isolated_server("--flag", "value", tls=…) -> a server on its own new database
    (fresh_database + `simpul demo`), for tests that lock accounts, trip the login throttle,
    change demo passwords or count audit entries. The URL is in .database."""
    def make(*flags: str, tls=None, env: dict | None = None):
        url = fresh_database()
        result = support.run_cli("demo", "--database", url)
        assert result.returncode == 0, f"`simpul demo` on a fresh database exited {result.returncode}\n" \
                                       f"stdout: {result.stdout}\nstderr: {result.stderr}"
        srv = start_server(*flags, tls=tls, env=env, database=url)
        srv.database = url
        return srv

    return make


# --------------------------------------------------------------------------- regions made by `simpul init`


@pytest.fixture
def init_region(fresh_database):
    """Factory: init_region("kendari", region="Kota Kendari", admin="kominfo@kendarikota.go.id",
    database=None) -> the finished `simpul init` (CompletedProcess) with .database, and for
    a successful run .username and .password as printed. A new database unless given one."""
    def run(profile: str, region: str | None = None, admin: str | None = None, database: str | None = None,
            expect_success: bool = True):
        url = database or fresh_database()
        region = region or f"Kota Uji {uuid.uuid4().hex[:6]}"
        admin = admin or f"admin.{uuid.uuid4().hex[:8]}@uji.go.id"
        result = support.run_cli("init", "--profile", profile, "--region", region, "--admin", admin,
                                 "--database", url)
        result.database, result.region, result.admin = url, region, admin
        if expect_success:
            assert result.returncode == 0, (f"`simpul init --profile {profile}` exited {result.returncode}\n"
                                            f"stdout: {result.stdout}\nstderr: {result.stderr}")
            result.username, result.password = support.parse_init_login(result.stdout)
        return result

    return run


@pytest.fixture
def initialised_server(init_region, start_server):
    """Factory: initialised_server("kendari") -> (server, session of the first administrator,
    the init result) for a region made by `simpul init` on its own new database; a forced
    password change is already done."""
    def make(profile: str, **kw):
        result = init_region(profile, **kw)
        srv = start_server(database=result.database)
        srv.database = result.database
        return srv, support.first_sign_in(srv, result.username, result.password), result

    return make


# The demo region's agencies and agency operators, as most registry tests use them.
@pytest.fixture(scope="module")
def agencies(admin) -> dict:
    """The demo agencies by short name (Dinkes, Bappeda, …)."""
    return support.agencies_by_short_name(admin)


@pytest.fixture(scope="module")
def dinkes(agencies) -> int:
    return agencies["Dinkes"]["id"]


@pytest.fixture(scope="module")
def bappeda(agencies) -> int:
    return agencies["Bappeda"]["id"]


@pytest.fixture(scope="module")
def own(login_as):
    """The operator of Dinkes (the agency of the records an operator test makes)."""
    return login_as("operator_own")


@pytest.fixture(scope="module")
def other(login_as):
    """The operator of Bappeda, another agency."""
    return login_as("operator_other")


@pytest.fixture(scope="module")
def public(server):
    """No one signed in."""
    return support.anonymous(server)
