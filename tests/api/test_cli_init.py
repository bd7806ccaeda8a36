"""Starting a region from the command line: `simpul init`, the seeded `simpul demo`, and
`simpul profile list|check`.

Contract: docs/organisation-contract.md and docs/profiles.md; the command line conventions
of docs/http-contract.md ("a bad flag: a clear message on stderr, exit code 2"):
  simpul init --profile NAME --region "Kota X" --admin EMAIL [--database URL]
      creates the region from a built-in profile with its agencies, positions and bodies and
      prints the first administrator's username (the e-mail) and a generated password
  simpul demo [--seed N] [--agencies N] [--people-per-agency N]   deterministic from the seed
  simpul profile list | simpul profile check FILE
Each test uses databases of its own (fresh_database), on the suite's backend.
"""
from __future__ import annotations

import re
import textwrap

import pytest

import support
from support import DEMO_PASSWORD, describe, run_cli, signed_in

DEMO_TIMEOUT = 300


def regions_in(url: str) -> list[str]:
    """The region ids a database holds; none when it has no schema yet."""
    try:
        return [row[0] for row in support.sql_query(url, "SELECT region_id FROM regions")]
    except Exception:  # no such table, or no database file: nothing was created
        return []


def profile_of(session, name: str) -> dict:
    r = session.get(f"/api/v1/profiles/{name}")
    assert r.status_code == 200, describe(r)
    return r.json()


# --------------------------------------------------------------------------- simpul init


@pytest.mark.parametrize("profile,region", [("madiun", "Kota Madiun"), ("oki", "Kabupaten Ogan Komering Ilir"),
                                            ("kendari", "Kota Kendari")])
def test_init_creates_the_region_and_prints_a_login_that_works(initialised_server, profile, region):
    admin_email = f"kominfo.{profile}@uji.go.id"
    srv, session, result = initialised_server(profile, region=region, admin=admin_email)
    assert result.username == admin_email, result.stdout
    assert len(result.password) >= 12 and result.password != DEMO_PASSWORD, result.stdout
    assert session.user["username"] == admin_email and session.user["role"] == "superadmin", session.user

    got = session.get("/api/v1/region").json()
    assert (got["name"], got["profile"]) == (region, profile), got
    p = profile_of(session, profile)
    assert got["kind"] == p["region"]["kind"] and got["citation"]["short"] == p["citation"]["short"], got

    org = session.get("/api/v1/organisation").json()
    assert sorted(a["short_name"] for a in org["agencies"]) == sorted(a["short_name"] for a in p["agencies"]), \
        "init creates exactly the agencies the regulation names"
    for a in p["agencies"]:
        made = next(x for x in org["agencies"] if x["short_name"] == a["short_name"])
        assert (made["name"], made["kind"], sorted(made["roles"])) == (a["name"], a["kind"], sorted(a["roles"])), made

    def body_keys(bodies):
        for b in bodies:
            yield b["key"]
            yield from body_keys(b.get("working_groups") or [])

    assert sorted(k["key"] for k in org["committees"]) == sorted(body_keys(p["bodies"])), org["committees"]
    positions = session.get("/api/v1/positions").json()["items"]
    assert sorted(x["key"] for x in positions if x["key"]) == sorted(x["key"] for x in p["positions"]), positions
    for k in org["committees"]:
        for m in k["members"]:
            assert m["position_id"] is None or m["position_id"] in {x["id"] for x in positions}, m
    # Nobody but the first administrator exists yet, and no invented staff.
    users = session.get("/api/v1/users").json()["items"]
    assert [u["username"] for u in users] == [admin_email], users
    # What init did is in the audit log, done by the system.
    creates = support.all_pages(session, "/api/v1/audit", action="agency.create")
    assert sorted(e["entity_id"] for e in creates) == sorted(str(a["id"]) for a in org["agencies"]), creates
    assert all(e["actor"] is None or e["actor"]["role"] == "system" for e in creates), creates


def test_the_first_login_must_choose_a_new_password_or_works_at_once(init_region, start_server):
    result = init_region("oki", region="Kabupaten Ogan Komering Ilir")
    srv = start_server(database=result.database)
    r = support.login_response(srv, result.username, result.password)
    assert r.status_code == 200, describe(r)
    wrong = support.login_response(srv, result.username, result.password + "x")
    assert wrong.status_code == 401, describe(wrong)


def test_every_init_generates_another_password(init_region):
    first = init_region("madiun", region="Kota Madiun", admin="kominfo@madiunkota.go.id")
    second = init_region("madiun", region="Kota Madiun", admin="kominfo@madiunkota.go.id")
    assert first.username == second.username == "kominfo@madiunkota.go.id"
    assert first.password != second.password, "the first administrator's password is generated, never fixed"
    for result in (first, second):
        assert result.password not in (DEMO_PASSWORD, "kominfo@madiunkota.go.id") and len(result.password) >= 12


def test_init_refuses_an_unknown_profile_with_exit_code_2(init_region):
    result = init_region("jakarta", region="Kota Jakarta", expect_success=False)
    assert result.returncode == 2, f"exit {result.returncode}\nstdout: {result.stdout}\nstderr: {result.stderr}"
    assert "jakarta" in result.stderr, result.stderr
    for known in support.PROFILE_NAMES:
        assert known in result.stderr, f"the message should name the built-in profiles:\n{result.stderr}"
    assert "password" not in result.stdout.lower(), result.stdout
    assert regions_in(result.database) == []


def test_init_refuses_a_second_init_of_the_same_region(init_region, start_server):
    first = init_region("kendari", region="Kota Kendari", admin="kominfo@kendarikota.go.id")
    again = init_region("kendari", region="Kota Kendari", admin="orang.lain@kendarikota.go.id",
                        database=first.database, expect_success=False)
    assert again.returncode != 0, f"second init succeeded:\n{again.stdout}"
    assert again.stderr.strip(), "a refusal says why on stderr"
    assert "orang.lain@kendarikota.go.id" not in again.stdout and not re.search(r"(?im)^\s*password\s*:", again.stdout)
    assert len(regions_in(first.database)) == 1
    srv = start_server(database=first.database)
    session = support.first_sign_in(srv, first.username, first.password)
    assert [u["username"] for u in session.get("/api/v1/users").json()["items"]] == ["kominfo@kendarikota.go.id"]
    assert support.login_response(srv, "orang.lain@kendarikota.go.id", "x" * 16).status_code == 401


@pytest.mark.parametrize("drop", ["--profile", "--region", "--admin"])
def test_init_without_a_required_flag_exits_2(fresh_database, drop):
    args = {"--profile": "madiun", "--region": "Kota Madiun", "--admin": "kominfo@madiunkota.go.id"}
    del args[drop]
    url = fresh_database()
    result = run_cli("init", *[x for kv in args.items() for x in kv], "--database", url)
    assert result.returncode == 2, f"exit {result.returncode}\nstderr: {result.stderr}"
    assert drop in result.stderr, result.stderr
    assert regions_in(url) == []


def test_init_refuses_an_admin_that_is_not_an_email(init_region):
    result = init_region("madiun", region="Kota Madiun", admin="administrator", expect_success=False)
    assert result.returncode == 2, f"exit {result.returncode}\nstderr: {result.stderr}"
    assert "--admin" in result.stderr, result.stderr
    assert regions_in(result.database) == []


# --------------------------------------------------------------------------- simpul demo --seed


def demo_on_new_database(fresh_database, *flags: str) -> str:
    url = fresh_database()
    result = run_cli("demo", *flags, "--database", url, timeout=DEMO_TIMEOUT)
    assert result.returncode == 0, f"`simpul demo {' '.join(flags)}` exited {result.returncode}\n{result.stderr}"
    return url


def snapshot(srv) -> dict:
    """What a demo region holds, by natural keys (never by generated ids)."""
    s = signed_in(srv, "admin", DEMO_PASSWORD)
    agencies = s.get("/api/v1/agencies").json()["items"]
    short = {a["id"]: a["short_name"] for a in agencies}
    people = support.all_pages(s, "/api/v1/people")
    positions = s.get("/api/v1/positions").json()["items"]
    return {
        "agencies": sorted((a["name"], a["short_name"], a["kind"], tuple(sorted(a["roles"])),
                            short.get(a["parent_agency_id"])) for a in agencies),
        "people": sorted((p["nip"] or "", p["name"], short.get(p["agency_id"]) or "", tuple(sorted(p["spbe_roles"])))
                         for p in people),
        "positions": sorted((x["title"], short.get(x["agency_id"]) or "", x["is_head"],
                             (x["holder"] or {}).get("nip") or "", (x["holder"] or {}).get("name") or "")
                            for x in positions),
    }


def test_demo_with_the_same_seed_makes_the_same_region(fresh_database, start_server):
    first = snapshot(start_server(database=demo_on_new_database(fresh_database, "--seed", "7")))
    second = snapshot(start_server(database=demo_on_new_database(fresh_database, "--seed", "7")))
    assert 30 <= len(first["agencies"]) <= 60, len(first["agencies"])
    assert len(first["people"]) > 2 * len(first["agencies"])
    for part in ("agencies", "people", "positions"):
        assert first[part] == second[part], f"{part} differ between two runs of `simpul demo --seed 7`"


def test_demo_with_another_seed_makes_other_people(fresh_database, start_server):
    seven = snapshot(start_server(database=demo_on_new_database(fresh_database, "--seed", "7",
                                                                 "--people-per-agency", "3")))
    eight = snapshot(start_server(database=demo_on_new_database(fresh_database, "--seed", "8",
                                                                 "--people-per-agency", "3")))
    nips7 = {p[0] for p in seven["people"] if p[0]}
    nips8 = {p[0] for p in eight["people"] if p[0]}
    assert nips7 != nips8, "the seed decides the people"
    assert seven["agencies"] == eight["agencies"] or len(seven["agencies"]) == len(eight["agencies"])


def test_demo_honours_agencies_and_people_per_agency(fresh_database, start_server):
    srv = start_server(database=demo_on_new_database(fresh_database, "--seed", "3", "--agencies", "35",
                                                     "--people-per-agency", "2"))
    s = signed_in(srv, "admin", DEMO_PASSWORD)
    agencies = s.get("/api/v1/agencies").json()["items"]
    assert len(agencies) == 35, len(agencies)
    assert all(a["people_count"] >= 2 for a in agencies), [(a["short_name"], a["people_count"]) for a in agencies]
    assert {"Diskominfo", "Bappeda", "Dinkes"} <= {a["short_name"] for a in agencies}
    for username in ("admin", "operator.dinkes", "operator.bappeda", "walikota", "sekda", "auditor", "warga"):
        assert support.login_response(srv, username, DEMO_PASSWORD).status_code == 200, username


@pytest.mark.parametrize("flags", [("--agencies", "5"), ("--agencies", "banyak"), ("--people-per-agency", "-1"),
                                   ("--seed", "tujuh")])
def test_demo_refuses_bad_numbers_with_exit_code_2(fresh_database, flags):
    url = fresh_database()
    result = run_cli("demo", *flags, "--database", url, timeout=DEMO_TIMEOUT)
    assert result.returncode == 2, f"exit {result.returncode}\nstderr: {result.stderr}"
    assert flags[0] in result.stderr, result.stderr
    assert regions_in(url) == []


# --------------------------------------------------------------------------- simpul profile list | check


def test_profile_list_names_the_five_profiles(simpul_binary):
    result = run_cli("profile", "list")
    assert result.returncode == 0, result.stderr
    for name in support.PROFILE_NAMES:
        assert re.search(rf"(?m)^{name}\b", result.stdout), f"{name} missing from:\n{result.stdout}"


SOURCE = textwrap.dedent("""\
    PERATURAN WALI KOTA UJI
    NOMOR 1 TAHUN 2024

    Pasal 1

    (1) Setiap Perangkat Daerah wajib menyampaikan diagram jaringan lokal kepada Dinas setiap tahun.

    Pasal 2

    (1) Tim Koordinasi SPBE diketuai oleh Sekretaris Daerah.
""")

PROFILE = textwrap.dedent("""\
    name: uji
    citation:
      title: Peraturan Wali Kota Uji Nomor 1 Tahun 2024 tentang Sistem Pemerintahan Berbasis Elektronik
      short: Perwali Uji 1/2024
      instrument: perwali
      number: 1
      year: 2024
      source: sources/uji-1-2024.txt
    region:
      kind: kota
      name: Kota Uji
      time_zone: Asia/Jakarta
      domain: ujikota.go.id
    terms:
      region_head: {id: Wali Kota, en: Mayor}
      agency: {id: Perangkat Daerah, en: Regional Agency}
      ict_office: {id: Dinas Komunikasi dan Informatika, en: Communication and Informatics Office}
      committee: {id: Tim Koordinasi SPBE, en: SPBE Coordination Team}
      tier1: {id: Service Desk Tier 1, en: Service Desk Tier 1}
      tier2: {id: Service Desk Tier 2, en: Service Desk Tier 2}
    agencies:
      - key: setda
        name: Sekretariat Daerah
        short_name: Setda
        kind: sekretariat
      - key: diskominfo
        name: Dinas Komunikasi dan Informatika
        short_name: Diskominfo
        kind: dinas
        roles: [ict_office]
    positions:
      - key: sekda
        title: Sekretaris Daerah
        agency: setda
        head: true
    bodies:
      - key: tim_koordinasi
        kind: committee
        name: Tim Koordinasi SPBE
        article: Pasal 2 ayat (1)
        members:
          - {role: chair, position: sekda}
    obligations:
      - id: lan-diagram-annual
        article: Pasal 1 ayat (1)
        text: "Setiap Perangkat Daerah wajib menyampaikan diagram jaringan lokal kepada Dinas setiap tahun."
        binds: every_agency
        rule: {kind: periodic_submission, evidence: lan_diagram, period: P1Y}
      - id: lan-diagram-kept
        article: Pasal 1 ayat (1)
        text: "Setiap Perangkat Daerah wajib menyampaikan diagram jaringan lokal kepada Dinas setiap tahun."
        binds: every_agency
        rule: {kind: required_record, record: lan_diagram}
""")


@pytest.fixture
def profile_file(tmp_path):
    """Factory: profile_file(text) -> the path of uji.yaml (with its source text beside it)."""
    def write(text: str):
        (tmp_path / "sources").mkdir(exist_ok=True)
        (tmp_path / "sources" / "uji-1-2024.txt").write_text(SOURCE)
        path = tmp_path / "uji.yaml"
        path.write_text(text)
        return path
    return write


def test_profile_check_accepts_a_sound_profile(simpul_binary, profile_file):
    result = run_cli("profile", "check", str(profile_file(PROFILE)))
    assert result.returncode == 0, f"exit {result.returncode}\nstdout: {result.stdout}\nstderr: {result.stderr}"


def test_profile_check_names_the_place_of_an_unknown_rule_kind(simpul_binary, profile_file):
    broken = PROFILE.replace("{kind: required_record, record: lan_diagram}", "{kind: frobnicate, record: lan_diagram}")
    result = run_cli("profile", "check", str(profile_file(broken)))
    assert result.returncode == 1, f"exit {result.returncode}\n{result.stdout}{result.stderr}"
    out = result.stdout + result.stderr
    assert "uji.yaml" in out and "obligations[1]" in out and "frobnicate" in out, out
    assert re.search(r"obligations\[1\][^\n]*rule\.kind", out), out


def test_profile_check_names_the_place_of_a_bad_period(simpul_binary, profile_file):
    broken = PROFILE.replace("period: P1Y", "period: P1Q")
    result = run_cli("profile", "check", str(profile_file(broken)))
    assert result.returncode == 1, f"exit {result.returncode}\n{result.stdout}{result.stderr}"
    out = result.stdout + result.stderr
    assert re.search(r"uji\.yaml: obligations\[0\] \(lan-diagram-annual\)\.rule\.period", out), out
    assert "P1Q" in out, out


@pytest.mark.parametrize("period", ["P0Y", "PT1H", "1Y", "P1.5Y"])
def test_profile_check_rejects_other_bad_periods(simpul_binary, profile_file, period):
    result = run_cli("profile", "check", str(profile_file(PROFILE.replace("period: P1Y", f"period: {period}"))))
    assert result.returncode == 1, f"{period} accepted:\n{result.stdout}{result.stderr}"
    assert "rule.period" in result.stdout + result.stderr


def test_profile_check_reports_every_error_at_once(simpul_binary, profile_file):
    broken = (PROFILE.replace("period: P1Y", "period: P1Q")
              .replace("{kind: required_record, record: lan_diagram}", "{kind: frobnicate, record: lan_diagram}"))
    result = run_cli("profile", "check", str(profile_file(broken)))
    out = result.stdout + result.stderr
    assert result.returncode == 1 and "P1Q" in out and "frobnicate" in out, out


def test_profile_check_finds_a_misquoted_regulation(simpul_binary, profile_file):
    broken = PROFILE.replace("jaringan lokal kepada", "jaringan kepada", 1)  # the first obligation
    assert broken != PROFILE
    result = run_cli("profile", "check", str(profile_file(broken)))
    assert result.returncode == 1, f"a paraphrase passed:\n{result.stdout}{result.stderr}"
    assert "lan-diagram-annual" in result.stdout + result.stderr
