"""The command line: version, usage errors, configuration layers, migrations.

Contract: invalid configuration or a bad flag → a clear message on stderr, usage, exit 2.
Precedence: flag > environment (SIMPUL_*) > config file > default.
"""
from __future__ import annotations

import json
import re
import socket
import subprocess

import pytest

import support
from support import free_port, run_cli, sql_execute, sql_query, table_columns

USAGE = re.compile(r"usage", re.IGNORECASE)


def serve_expecting_failure(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """Runs `simpul serve …` that must refuse to start; fails the test if it keeps running."""
    try:
        return run_cli("serve", *args, env=env, timeout=15)
    except subprocess.TimeoutExpired:
        pytest.fail(f"`simpul serve {' '.join(args)}` started serving instead of refusing")


def assert_usage_error(result: subprocess.CompletedProcess, *mentions: str) -> None:
    assert result.returncode == 2, f"exit {result.returncode}, expected 2\nstderr: {result.stderr}"
    assert USAGE.search(result.stderr), f"no usage on stderr:\n{result.stderr}"
    for m in mentions:
        assert m in result.stderr, f"stderr does not mention {m!r}:\n{result.stderr}"


def assert_config_error(result: subprocess.CompletedProcess, *mentions: str) -> None:
    assert result.returncode == 2, f"exit {result.returncode}, expected 2\nstderr: {result.stderr}"
    for m in mentions:
        assert m in result.stderr, f"stderr does not mention {m!r}:\n{result.stderr}"


@pytest.fixture
def config_file(tmp_path):
    def write(text: str):
        path = tmp_path / "simpul.yaml"
        path.write_text(text)
        return path
    return write


# --------------------------------------------------------------------------- version and usage


def test_version_prints_simpul_and_the_version(simpul_binary):
    result = run_cli("version")
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(r"simpul \d+\.\d+\.\d+\S*\n?", result.stdout), repr(result.stdout)


def test_unknown_subcommand_exits_non_zero_with_usage(simpul_binary):
    result = run_cli("frobnicate")
    assert result.returncode != 0
    assert USAGE.search(result.stderr), f"no usage on stderr:\n{result.stderr}"
    assert "frobnicate" in result.stderr


def test_no_subcommand_exits_non_zero_with_usage(simpul_binary):
    result = run_cli()
    assert result.returncode != 0
    assert USAGE.search(result.stderr), f"no usage on stderr:\n{result.stderr}"


def test_unknown_flag_exits_2_with_usage(simpul_binary):
    assert_usage_error(serve_expecting_failure("--no-such-flag", "1"), "--no-such-flag")


def test_flag_without_its_value_exits_2(simpul_binary):
    assert_usage_error(serve_expecting_failure("--listen"), "--listen")


def test_unknown_flag_on_migrate_exits_2(simpul_binary):
    assert_usage_error(run_cli("migrate", "--frobnicate"), "--frobnicate")


@pytest.mark.parametrize("flag,value,key", [
    ("--max-connections", "abc", "max_connections"),
    ("--max-body-bytes", "12kb", "max_body_bytes"),
    ("--request-timeout-ms", "1.5", "request_timeout_ms"),
    ("--log-level", "loud", "log_level"),
    ("--listen", "not-an-address", "listen"),
    ("--listen", "127.0.0.1:99999", "listen"),
    ("--database", "mysql://root@localhost/x", "database"),
])
def test_bad_flag_value_exits_2_naming_the_setting(simpul_binary, flag, value, key):
    result = serve_expecting_failure(flag, value)
    assert result.returncode == 2, f"exit {result.returncode}\nstderr: {result.stderr}"
    assert key in result.stderr or flag in result.stderr, result.stderr
    assert value in result.stderr, f"the bad value is not quoted back:\n{result.stderr}"


def test_bad_environment_value_exits_2_naming_the_variable_or_setting(simpul_binary):
    result = serve_expecting_failure(env={"SIMPUL_MAX_BODY_BYTES": "lots"})
    assert result.returncode == 2, result.stderr
    assert "SIMPUL_MAX_BODY_BYTES" in result.stderr or "max_body_bytes" in result.stderr, result.stderr


def test_tls_certificate_without_key_exits_2(simpul_binary, tls_files):
    cert, _ = tls_files
    result = serve_expecting_failure("--listen", f"127.0.0.1:{free_port()}", "--tls-cert", str(cert))
    assert_config_error(result)
    assert "tls" in result.stderr.lower()


def test_missing_tls_files_stop_start_up_with_a_message(simpul_binary, tmp_path, database_url):
    missing = tmp_path / "no-such-cert.pem"
    result = serve_expecting_failure("--database", database_url, "--listen", f"127.0.0.1:{free_port()}",
                                     "--tls-cert", str(missing), "--tls-key", str(tmp_path / "no-such-key.pem"))
    assert result.returncode != 0
    assert "no-such-cert.pem" in result.stderr or "no-such-key.pem" in result.stderr, result.stderr


# --------------------------------------------------------------------------- config files


def test_config_file_with_an_unknown_key_stops_start_up(simpul_binary, config_file, database_url):
    path = config_file(f"database: {json.dumps(database_url)}\nlisten: 127.0.0.1:{free_port()}\n"
                       "max_conections: 10\n")
    assert_config_error(serve_expecting_failure("--config", str(path)), "max_conections")


@pytest.mark.parametrize("listen", ["nowhere", "127.0.0.1:notaport", "127.0.0.1:70000", ":8080"])
def test_config_file_with_a_bad_listen_address_stops_start_up(simpul_binary, config_file, database_url, listen):
    path = config_file(f"database: {json.dumps(database_url)}\nlisten: {json.dumps(listen)}\n")
    assert_config_error(serve_expecting_failure("--config", str(path)), "listen")


def test_config_file_that_is_not_a_mapping_stops_start_up(simpul_binary, config_file):
    path = config_file("- just\n- a list\n")
    result = serve_expecting_failure("--config", str(path))
    assert result.returncode == 2, result.stderr
    assert str(path) in result.stderr or "simpul.yaml" in result.stderr, result.stderr


def test_config_file_with_broken_yaml_stops_start_up(simpul_binary, config_file):
    path = config_file("listen: [127.0.0.1\n")
    result = serve_expecting_failure("--config", str(path))
    assert result.returncode == 2, result.stderr
    assert "simpul.yaml" in result.stderr, result.stderr


def test_missing_config_file_stops_start_up(simpul_binary, tmp_path):
    result = serve_expecting_failure("--config", str(tmp_path / "absent.yaml"))
    assert result.returncode == 2, result.stderr
    assert "absent.yaml" in result.stderr, result.stderr


def test_all_problems_in_a_config_are_reported_together(simpul_binary, config_file):
    path = config_file("listen: nowhere\nmax_conections: 10\nlog_level: loud\n")
    result = serve_expecting_failure("--config", str(path))
    assert_config_error(result, "listen", "max_conections", "log_level")


def test_listen_address_in_use_stops_start_up_with_a_message(simpul_binary, database_url, web_root):
    with socket.socket() as blocker:
        blocker.bind(("127.0.0.1", 0))
        blocker.listen()
        port = blocker.getsockname()[1]
        result = serve_expecting_failure("--database", database_url, "--web-root", str(web_root),
                                         "--listen", f"127.0.0.1:{port}")
    assert result.returncode != 0
    assert str(port) in result.stderr, result.stderr


# --------------------------------------------------------------------------- configuration layers


def post_2kb(srv):
    body = json.dumps({"message": "x" * 1900, "page": "/p"})
    return srv.post("/api/v1/client-errors", data=body, headers={"Content-Type": "application/json"})


def test_config_file_settings_take_effect(start_server, config_file):
    srv = start_server("--config", str(config_file("max_body_bytes: 1024\n")))
    assert post_2kb(srv).status_code == 413


def test_environment_beats_config_file(start_server, config_file):
    srv = start_server("--config", str(config_file("max_body_bytes: 1024\n")),
                       env={"SIMPUL_MAX_BODY_BYTES": "65536"})
    assert post_2kb(srv).status_code == 202


def test_flag_beats_environment(start_server):
    srv = start_server("--max-body-bytes", "65536", env={"SIMPUL_MAX_BODY_BYTES": "1024"})
    assert post_2kb(srv).status_code == 202


def test_environment_alone_takes_effect(start_server):
    srv = start_server(env={"SIMPUL_MAX_BODY_BYTES": "1024"})
    assert post_2kb(srv).status_code == 413


# --------------------------------------------------------------------------- migrate and demo


def applied_migrations(url: str) -> list[tuple]:
    return sql_query(url, "SELECT * FROM schema_migrations ORDER BY version")


def test_migrate_creates_the_schema_and_is_idempotent(simpul_binary, fresh_database):
    url = fresh_database()
    first = run_cli("migrate", "--database", url)
    assert first.returncode == 0, first.stderr
    after_first = applied_migrations(url)
    assert after_first, "migrate recorded nothing in schema_migrations"
    second = run_cli("migrate", "--database", url)
    assert second.returncode == 0, second.stderr
    assert applied_migrations(url) == after_first


def test_migrate_on_the_suite_database_is_a_no_op(simpul_binary, server, demo_database):
    before = server.get("/readyz").json()["schema_version"]
    result = run_cli("migrate", "--database", demo_database)
    assert result.returncode == 0, result.stderr
    assert server.get("/readyz").json()["schema_version"] == before


def test_serve_migrates_an_empty_database_first(start_server, fresh_database):
    srv = start_server(database=fresh_database())
    ready = srv.get("/readyz").json()
    assert ready["schema_version"] >= 1
    page = srv.get("/api/v1/regions").json()
    assert page == {"items": [], "next_cursor": None}


def test_demo_twice_keeps_one_demo_region(simpul_binary, server, demo_database):
    before = [r["id"] for r in server.get("/api/v1/regions", params={"limit": 100}).json()["items"]]
    result = run_cli("demo", "--database", demo_database)
    assert result.returncode == 0, result.stderr
    after = [r["id"] for r in server.get("/api/v1/regions", params={"limit": 100}).json()["items"]]
    assert after == before
    assert after.count("kota-madiun") == 1


def migrate_then_add_version_9999(url: str) -> int:
    """Migrates URL, then records a migration from "the future" (a copy of the newest
    row with version 9999), as a newer binary would have left it. Returns the newest
    version this binary knows."""
    result = run_cli("migrate", "--database", url)
    assert result.returncode == 0, result.stderr
    known = max(int(row[0]) for row in sql_query(url, "SELECT version FROM schema_migrations"))
    columns = table_columns(url, "schema_migrations")
    assert "version" in columns, columns
    values = ["9999" if c == "version" else ("'from_the_future'" if c == "name" else c) for c in columns]
    sql_execute(url, f"INSERT INTO schema_migrations ({', '.join(columns)}) "
                     f"SELECT {', '.join(values)} FROM schema_migrations WHERE version = {known}")
    return known


def test_a_database_newer_than_the_binary_is_refused(simpul_binary, fresh_database):
    url = fresh_database()
    known = migrate_then_add_version_9999(url)
    result = run_cli("migrate", "--database", url)
    output = result.stdout + result.stderr
    assert result.returncode != 0, f"migrate accepted a database at version 9999\n{output}"
    assert "9999" in output, f"the message does not name the database's version:\n{output}"
    assert re.search(rf"\b{known}\b", output), f"the message does not name the binary's version {known}:\n{output}"


def test_serve_refuses_a_database_newer_than_the_binary(simpul_binary, fresh_database, web_root):
    url = fresh_database()
    migrate_then_add_version_9999(url)
    result = serve_expecting_failure("--database", url, "--web-root", str(web_root),
                                     "--listen", f"127.0.0.1:{free_port()}")
    assert result.returncode != 0
    assert "9999" in result.stdout + result.stderr


def test_unreachable_database_fails_migrate_with_a_message(simpul_binary, database_url, tmp_path):
    if support.backend_of(database_url) == "sqlite":
        not_a_dir = tmp_path / "a-file"
        not_a_dir.write_text("")
        url = f"sqlite:{not_a_dir}/simpul.db"  # its parent is a file: cannot be opened
    else:
        url = f"postgresql://postgres@127.0.0.1:{free_port()}/simpul_test"
    result = run_cli("migrate", "--database", url, timeout=60)
    assert result.returncode != 0
    assert result.stderr.strip(), "no message on stderr"
