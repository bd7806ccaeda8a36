"""The regulation profiles over HTTP: GET /api/v1/profiles and /api/v1/profiles/{name}.

Contract: docs/organisation-contract.md, "Profiles"; the profile's parts and vocabularies:
docs/profiles.md. Any signed-in user may read them (anonymous callers: see test_permissions.py).
"""
from __future__ import annotations

import re

import pytest

import support
from support import PROFILE_NAMES, TERM_KEYS, assert_problem

# docs/profiles.md, the table of the five regulations.
REGULATIONS = {
    "madiun": ("Kota Madiun", "kota"),
    "kendari": ("Kota Kendari", "kota"),
    "oki": ("Kabupaten Ogan Komering Ilir", "kabupaten"),
    "probolinggo": ("Kota Probolinggo", "kota"),
    "batam": ("Kota Batam", "kota"),
}
ARTICLE = re.compile(r"^Pasal \d+( ayat \(\d+\))?( huruf [a-z])?( angka \d+)?$")
PERIOD = re.compile(r"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$")
IDENTIFIER = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
BINDS = {"region", "region_head", "every_agency", "ict_office", "planning_office", "organization_bureau", "committee",
         "gcio", "each_application", "each_dataset", "each_host", "each_network", "each_service", "each_website",
         "each_employee"}
WHEN = {"application_common", "application_shared_special", "application_agency_special", "public_service",
        "ict_self_sufficient", "not_ict_self_sufficient", "runs_own_services"}
# Rule kind -> (required fields, optional fields), docs/profiles.md "Rule kinds".
RULE_FIELDS = {
    "periodic_submission": ({"evidence", "period"}, set()),
    "periodic_event": ({"event", "period"}, {"scope", "lead"}),
    "required_record": ({"record"}, {"fields"}),
    "required_role": ({"role", "min"}, set()),
    "required_documents": ({"before", "documents"}, set()),
    "approval_gate": ({"action", "approver"}, set()),
    "placement": ({"what", "where"}, set()),
    "naming": ({"what", "pattern"}, set()),
    "deadline": ({"trigger", "action", "within"}, set()),
    "required_link": ({"from", "to"}, set()),
    "prohibition": ({"what"}, set()),
}
PERIOD_FIELDS = {"period", "lead", "within"}


def get_profile(session, name: str) -> dict:
    r = session.get(f"/api/v1/profiles/{name}")
    assert r.status_code == 200, support.describe(r)
    return r.json()


def summaries(session) -> dict[str, dict]:
    r = session.get("/api/v1/profiles")
    assert r.status_code == 200, support.describe(r)
    items = r.json()["items"]
    by_name = {p["name"]: p for p in items}
    assert len(by_name) == len(items), f"a profile is listed twice: {[p['name'] for p in items]}"
    return by_name


def is_period(text) -> bool:
    m = isinstance(text, str) and PERIOD.fullmatch(text)
    return bool(m) and any(g and int(g) > 0 for g in m.groups())


# --------------------------------------------------------------------------- the list


def test_list_has_the_five_profiles(server, admin):
    by_name = summaries(admin)
    assert set(by_name) == set(PROFILE_NAMES), sorted(by_name)
    for name, p in by_name.items():
        assert set(p) >= {"name", "citation", "region", "obligation_count"}, p
        assert isinstance(p["citation"]["title"], str) and p["citation"]["title"].startswith("Peraturan"), p
        assert isinstance(p["citation"]["short"], str) and p["citation"]["short"].strip(), p
        assert (p["region"]["name"], p["region"]["kind"]) == REGULATIONS[name], p
        assert isinstance(p["obligation_count"], int) and p["obligation_count"] > 0, p


@pytest.mark.parametrize("role", ["citizen", "operator_own", "leadership", "auditor"])
def test_every_signed_in_role_reads_the_profiles(server, login_as, role):
    session = login_as(role)
    assert set(summaries(session)) == set(PROFILE_NAMES)
    assert get_profile(session, "madiun")["name"] == "madiun"


# --------------------------------------------------------------------------- one profile


def test_madiun_profile_in_full(server, admin):
    p = get_profile(admin, "madiun")
    assert set(p) >= {"name", "citation", "region", "terms", "agencies", "positions", "bodies", "gcio",
                      "architecture_domains", "ict_self_sufficiency", "obligations"}, sorted(p)
    assert p["citation"]["short"] == "Perwali Madiun 39/2021", p["citation"]
    assert "Madiun" in p["citation"]["title"] and "39" in p["citation"]["title"], p["citation"]
    assert p["region"]["name"] == "Kota Madiun" and p["region"]["time_zone"] == "Asia/Jakarta", p["region"]
    for key in TERM_KEYS:
        term = p["terms"].get(key)
        assert isinstance(term, dict) and term.get("id", "").strip() and term.get("en", "").strip(), (key, term)
    assert [a for a in p["agencies"] if "ict_office" in (a.get("roles") or [])], "no agency with the role ict_office"
    assert any("Sekretaris Daerah" in pos["title"] for pos in p["positions"]), p["positions"]
    # Pasal 45: PD Mandiri TIK, decided by the chair of the Tim Koordinasi SPBE.
    s = p["ict_self_sufficiency"]
    assert isinstance(s, dict), "Perwali Madiun 39/2021 Pasal 45 is PD Mandiri TIK; the profile has none"
    assert s["article"].startswith("Pasal 45"), s
    keys = [c["key"] for c in s["criteria"]]
    assert keys and len(set(keys)) == len(keys), s["criteria"]
    for c in s["criteria"]:
        assert c["article"].startswith("Pasal 45") and ARTICLE.match(c["article"]), c
        assert c["text"].strip(), c
    assert s["grants"] and all(IDENTIFIER.match(g) for g in s["grants"]), s["grants"]
    assert s["decided_by"]["role"] == "chair", s
    deciding = [b for b in p["bodies"] if b["key"] == s["decided_by"]["body"]]
    assert deciding, f"the deciding body {s['decided_by']['body']} is not among the bodies"


def test_madiun_obligations_have_article_text_and_rule(server, admin):
    obligations = get_profile(admin, "madiun")["obligations"]
    assert obligations
    for o in obligations:
        assert set(o) >= {"id", "article", "text", "binds", "when", "rule"}, o
        assert ARTICLE.match(o["article"]), o
        assert len(o["text"].split()) >= 3, o
        assert o["rule"]["kind"] in RULE_FIELDS, o


def test_madiun_has_an_annual_periodic_submission(server, admin):
    """e.g. each agency submits its LAN diagram every year (docs/profiles.md)."""
    annual = [o for o in get_profile(admin, "madiun")["obligations"]
              if o["rule"]["kind"] == "periodic_submission" and o["rule"].get("period") == "P1Y"]
    assert annual, "Perwali Madiun 39/2021 has no periodic_submission with period P1Y in the profile"
    for o in annual:
        assert IDENTIFIER.match(o["rule"]["evidence"]), o


@pytest.mark.parametrize("name", PROFILE_NAMES)
def test_every_obligation_is_well_formed(server, admin, name):
    p = get_profile(admin, name)
    assert p["name"] == name
    assert len(p["obligations"]) == summaries(admin)[name]["obligation_count"]
    ids = [o["id"] for o in p["obligations"]]
    assert len(set(ids)) == len(ids), f"duplicate obligation ids in {name}"
    for o in p["obligations"]:
        where = f"{name}: {o.get('id')}"
        assert re.fullmatch(r"[a-z0-9]+([-_][a-z0-9]+)*", o["id"]), where
        assert ARTICLE.match(o["article"]), (where, o["article"])
        assert isinstance(o["text"], str) and o["text"].strip(), where
        assert o["binds"] in BINDS, (where, o["binds"])
        assert o["when"] is None or o["when"] in WHEN, (where, o["when"])
        rule = o["rule"]
        required, optional = RULE_FIELDS[rule["kind"]]
        fields = set(rule) - {"kind"}
        assert fields >= required, (where, rule)
        assert fields <= required | optional, (where, rule)
        for f in fields & PERIOD_FIELDS:
            assert is_period(rule[f]), (where, f, rule[f])
        if rule["kind"] == "required_role":
            assert isinstance(rule["min"], int) and rule["min"] >= 1, (where, rule)
        if rule["kind"] == "required_documents":
            assert rule["documents"] and len(set(rule["documents"])) == len(rule["documents"]), (where, rule)


@pytest.mark.parametrize("name", PROFILE_NAMES)
def test_bodies_name_positions_the_profile_defines(server, admin, name):
    p = get_profile(admin, name)
    positions = {pos["key"] for pos in p["positions"]}
    agencies = {a["key"] for a in p["agencies"]}

    def check(body, where):
        for m in body["members"]:
            assert m["role"] in support.MEMBER_ROLES, (where, m)
            assert (m.get("position") is None) != (m.get("selector") is None), (where, m)
            if m.get("position") is not None:
                assert m["position"] in positions, (where, m)
        for group in body.get("working_groups") or []:
            check(group, f"{where}/{group['key']}")

    for body in p["bodies"]:
        check(body, f"{name}/{body['key']}")
    for pos in p["positions"]:
        assert pos.get("agency") is None or pos["agency"] in agencies, pos
    for d in p["architecture_domains"]:
        assert d["domain"] in support.ARCHITECTURE_DOMAINS and d["coordinator"] in agencies, d


def test_batam_names_a_gcio(server, admin):
    """Perwali Batam 40/2021 Pasal 46: the GCIO."""
    gcio = get_profile(admin, "batam")["gcio"]
    assert isinstance(gcio, dict) and gcio["article"].startswith("Pasal 46"), gcio


def test_region_terms_are_the_profiles_words(server, admin):
    region = admin.get("/api/v1/region").json()
    profile = get_profile(admin, region["profile"])
    assert region["terms"] == profile["terms"], (region["terms"], profile["terms"])
    assert region["citation"]["short"] == profile["citation"]["short"]
    assert region["citation"]["title"] == profile["citation"]["title"]


@pytest.mark.parametrize("name", ["tidak-ada", "madiun.yaml"])
def test_unknown_profile_is_404(server, admin, name):
    assert_problem(admin.get(f"/api/v1/profiles/{name}"), 404, "not-found")
