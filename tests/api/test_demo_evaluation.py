"""The demo's SPBE evaluation history (src/app/demo_evaluation.h): the campaigns of the last two
years signed off by the Sekda with the external assessors' results, and this year's campaign
open with its Tim Asesor Internal, about two thirds answered, some verified, evidence linked to
the demo's own records and documents, and questions to agencies (Dinas Kesehatan's still open).
Read through the API on the shared demo server; determinism on databases of its own.
"""
from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal

import pytest

import support
from support import describe, run_cli, sql_query

BASE = "/api/v1/evaluation"
FRAMEWORK = "permenpanrb-59-2020"


def this_year() -> int:
    # The demo region keeps WIB (+07): its campaign is of the region's year.
    return (dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=7)).year


def demo_campaigns(admin) -> dict[int, dict]:
    """The demo's three campaigns by year (other tests add campaigns in other years)."""
    r = admin.get(BASE + "/campaigns")
    assert r.status_code == 200, describe(r)
    year = this_year()
    mine = {k["year"]: k for k in r.json()["items"] if k["year"] in (year - 2, year - 1, year)}
    assert sorted(mine) == [year - 2, year - 1, year], sorted(mine)
    return mine


def indicators(session, campaign_id: int) -> list[dict]:
    r = session.get(f"{BASE}/campaigns/{campaign_id}/indicators")
    assert r.status_code == 200, describe(r)
    return r.json()["items"]


def published(levels: dict[int, int], weights: dict[int, Decimal]) -> Decimal:
    """Indeks SPBE by hand: Σ level × weight / 100 over the 47 indicators, half up to 2 places."""
    exact = sum(Decimal(level) * weights[no] for no, level in levels.items()) / 100
    return exact.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def predicate(value: Decimal, bands: list[dict]) -> str:
    return next(b["name"] for b in bands if value >= Decimal(b["from"]))


@pytest.fixture(scope="module")
def framework(admin) -> dict:
    r = admin.get(f"{BASE}/frameworks/{FRAMEWORK}")
    assert r.status_code == 200, describe(r)
    return r.json()


def test_the_demo_has_two_signed_off_years_and_this_years_campaign_open(admin):
    year = this_year()
    campaigns = demo_campaigns(admin)
    for y, k in campaigns.items():
        assert k["framework_code"] == FRAMEWORK, k
        # Pemantauan and Evaluasi alternate: an odd year is an Evaluasi.
        assert k["kind"] == ("evaluation" if y % 2 else "monitoring"), k
    for y in (year - 2, year - 1):
        k = campaigns[y]
        assert k["status"] == "signed_off" and k["complete"] and k["answered"] == k["indicators"] == 47, k
        assert k["verified"] == 47, k
        detail = admin.get(f"{BASE}/campaigns/{k['id']}").json()
        signed = [e for e in detail["events"] if e["kind"] == "signed_off"]
        assert len(signed) == 1 and signed[0]["by"] == "sekda", detail["events"]
        # The Berita Acara keeps the levels and the index as signed: the same the answers give now.
        assert signed[0]["index"] == k["index"], (signed[0], k)
        answers = {i["number"]: i["level"] for i in indicators(admin, k["id"])}
        assert {int(no): level for no, level in signed[0]["levels"].items()} == answers
    assert campaigns[year]["status"] == "open", campaigns[year]


def test_past_years_have_the_external_results_of_their_stages(admin):
    year = this_year()
    for y, k in demo_campaigns(admin).items():
        r = admin.get(f"{BASE}/campaigns/{k['id']}/external")
        assert r.status_code == 200, describe(r)
        items = r.json()["items"]
        staged = {stage: [i for i in items if i[stage] is not None] for stage in ("document", "interview", "visit")}
        if y == year:
            assert not any(staged.values()), "this year's campaign is not signed off yet"
            continue
        assert len(staged["document"]) == 47, "the document review covers every indicator"
        if k["kind"] == "evaluation":  # Evaluasi: interview for some, visit for a few
            assert 0 < len(staged["interview"]) < 47 and 0 < len(staged["visit"]) < len(staged["interview"]), \
                {s: len(v) for s, v in staged.items()}
        else:  # Pemantauan: the document review only (PermenPANRB 59/2020 §D)
            assert not staged["interview"] and not staged["visit"]
        for i in items:  # the result is the latest stage entered; the difference is result − self
            latest = next(i[s] for s in ("visit", "interview", "document") if i[s] is not None)
            assert i["result"] == latest["level"], i
            assert i["difference"] == i["result"] - i["self"], i


def test_the_trend_rises_and_the_predicates_are_those_the_levels_give(admin, framework):
    year = this_year()
    campaigns = demo_campaigns(admin)
    r = admin.get(BASE + "/trend")
    assert r.status_code == 200, describe(r)
    trend = {t["year"]: t for t in r.json()["years"] if t["year"] in campaigns}
    bands = framework["bands"]
    values = {}
    for y in (year - 2, year - 1):
        k = campaigns[y]
        rows = indicators(admin, k["id"])
        weights = {i["number"]: Decimal(i["weight"]) for i in rows}
        self_levels = {i["number"]: i["level"] for i in rows}
        result_levels = {i["number"]: i["external"]["result"] for i in rows}
        own, result = published(self_levels, weights), published(result_levels, weights)
        assert Decimal(trend[y]["self"]["value"]) == own and trend[y]["self"]["predicate"] == predicate(own, bands), trend[y]
        assert Decimal(trend[y]["result"]["value"]) == result, trend[y]
        assert trend[y]["result"]["predicate"] == predicate(result, bands), trend[y]
        assert trend[y]["official"]["source"] == "result", trend[y]
        values[y] = (own, result)
    # The region grows: Cukup two years ago, Baik last year, and the external results follow.
    assert values[year - 2][0] < values[year - 1][0] and values[year - 2][1] < values[year - 1][1], values
    assert predicate(values[year - 2][0], bands) == "Cukup" and predicate(values[year - 1][0], bands) == "Baik", values


def test_this_years_campaign_has_its_team_and_work_in_progress(admin):
    k = demo_campaigns(admin)[this_year()]
    detail = admin.get(f"{BASE}/campaigns/{k['id']}").json()
    roles = {}
    for a in detail["team"]:
        roles.setdefault(a["role"], []).append(a["username"])
    assert roles["coordinator"] == ["sekda"], roles
    assert roles["person_in_charge"] == ["admin"], roles
    assert len(roles["data_entry"]) == 1, roles
    entry = roles["data_entry"][0]
    users = admin.get("/api/v1/users", params={"limit": 100}).json()["items"]
    diskominfo = support.demo_agency_id(admin, "Diskominfo")
    assert next(u for u in users if u["username"] == entry)["agency_id"] == diskominfo, entry
    assert "operator.bappeda" in roles["member"], roles
    rows = indicators(admin, k["id"])
    answered = [i for i in rows if i["level"] is not None]
    verified = [i for i in answered if i["verified"]]
    assert len(answered) == len(rows) * 2 // 3, len(answered)
    assert 0 < len(verified) < len(answered), len(verified)
    assert all(i["explanation"] for i in answered)
    assert all(i["verified"]["by"] == "admin" for i in verified)
    assert sum(i["evidence_count"] for i in rows) > 0


def test_operator_dinkes_has_an_open_question_and_bappeda_answered_one(admin, login_as):
    k = demo_campaigns(admin)[this_year()]
    dinkes = support.demo_agency_id(admin, "Dinkes")
    r = login_as("operator_own").get(BASE + "/questions", params={"open": "true"})
    assert r.status_code == 200, describe(r)
    inbox = [q for q in r.json()["items"] if q["campaign_id"] == k["id"]]
    assert inbox and all(q["agency"]["id"] == dinkes and q["open"] for q in inbox), inbox
    everything = admin.get(BASE + "/questions", params={"campaign_id": k["id"]}).json()["items"]
    answered = [q for q in everything if not q["open"]]
    assert any(q["answered_by"] == "operator.bappeda" and q["evidence_count"] > 0 for q in answered), everything


def web_routes() -> list[re.Pattern]:
    """The page patterns of web/src/routes.ts: exact strings and regular expressions."""
    source = (support.REPO_ROOT / "web" / "src" / "routes.ts").read_text()
    patterns = []
    for exact, regex in re.findall(r"pattern: (?:'([^']*)'|/(\^.*?\$)/)", source):
        patterns.append(re.compile(regex.replace("\\/", "/")) if regex else re.compile(re.escape(exact) + "$"))
    return patterns


def test_every_evidence_resolves_to_a_page_or_a_file(admin):
    pages = web_routes()
    assert len(pages) > 20
    kinds, files = set(), 0
    for k in demo_campaigns(admin).values():
        for row in indicators(admin, k["id"]):
            if not row["evidence_count"]:
                continue
            r = admin.get(f"{BASE}/campaigns/{k['id']}/indicators/{row['number']}/evidence")
            assert r.status_code == 200, describe(r)
            for e in r.json()["items"]:
                if e["kind"] == "record":
                    rec = e["record"]
                    assert rec["exists"] and rec["title"].strip(), e
                    path = rec["href"].split("?")[0]
                    assert any(p.match(path) for p in pages), rec
                    kinds.add(rec["kind"])
                elif e["kind"] == "file":
                    got = admin.get(e["file"]["href"])
                    assert got.status_code == 200 and got.content.startswith(b"%PDF"), (e, got.status_code)
                    files += 1
    assert files and {"application", "risk_register", "ict_audit"} <= kinds, (files, kinds)


def levels_of(url: str) -> list[tuple]:
    return sql_query(url, "SELECT c.year, a.indicator_no, a.level, a.verified_at IS NOT NULL FROM evaluation_answers a "
                          "JOIN evaluation_campaigns c ON c.campaign_id = a.campaign_id ORDER BY c.year, a.indicator_no")


def results_of(url: str) -> list[tuple]:
    return sql_query(url, "SELECT c.year, r.indicator_no, r.stage, r.level FROM evaluation_external_results r "
                          "JOIN evaluation_campaigns c ON c.campaign_id = r.campaign_id ORDER BY 1, 2, 3")


def test_two_demos_with_the_same_seed_give_the_same_levels(fresh_database):
    urls = [fresh_database(), fresh_database()]
    for url in urls:
        done = run_cli("demo", "--database", url, "--seed", "7", timeout=300)
        assert done.returncode == 0, done.stdout + done.stderr
    assert levels_of(urls[0]) == levels_of(urls[1]) and len(levels_of(urls[0])) == 47 + 47 + 31
    assert results_of(urls[0]) == results_of(urls[1])
    # Every write of the history has its audit entry, and the chain holds.
    actions = dict(sql_query(urls[0], "SELECT action, COUNT(*) FROM audit_log WHERE action LIKE 'evaluation%' GROUP BY action"))
    assert int(actions["evaluation_answer.set"]) == 47 + 47 + 31, actions
    assert int(actions["evaluation_campaign.sign_off"]) == 2 and int(actions["evaluation_campaign.create"]) == 3, actions
    verified = run_cli("audit", "verify", "--database", urls[0], timeout=120)
    assert verified.returncode == 0, verified.stdout + verified.stderr
