"""The national SPBE evaluation (PermenPANRB 59/2020): campaigns, the Tim Asesor Internal,
answers with their explanations, verification by the person in charge, the sign-off of the
Berita Acara Penilaian Mandiri and its reopening, the index computed live, the trend.

Contract: docs/evaluation-contract.md, "The index" and "Campaigns, the assessor team and sign-off".
Runs on the shared demo server. The demo holds campaigns for recent years, and other tests make
their own, so each test makes campaigns in free years far ahead and assumes nothing else.
The team of a test's campaign, all demo users: walikota (coordinator), auditor (person in charge),
operator.bappeda (data entry), sekda (member); admin manages but is not on it; operator.dinkes is
on no team.
"""
from __future__ import annotations

import random
import threading
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import pytest

import support
from support import assert_audited, assert_problem, describe, field_names, traced

BASE = "/api/v1/evaluation"
FRAMEWORK = "permenpanrb-59-2020"


# --------------------------------------------------------------------------- helpers


def new_campaign(admin, **fields) -> dict:
    """A campaign in a free year (2040-2100), created by the superadmin."""
    for _ in range(60):
        body = {"year": random.randint(2040, 2100), "kind": "evaluation", **fields}
        r = admin.post(BASE + "/campaigns", json=body, headers=traced())
        if r.status_code == 409:
            continue
        assert r.status_code == 201, describe(r)
        assert r.headers["Location"] == f"{BASE}/campaigns/{r.json()['id']}"
        assert r.headers["ETag"] == f'"{r.json()["version"]}"'
        return r.json()
    pytest.fail("no free year for a campaign")


@pytest.fixture(scope="module")
def people(server, login_as) -> dict:
    """Signed-in sessions of the team and of the others, with their user ids."""
    sessions = {
        "admin": login_as("superadmin"),
        "coordinator": login_as("leadership"),        # walikota
        "pic": login_as("auditor"),
        "data_entry": login_as("operator_other"),     # operator.bappeda
        "member": support.signed_in(server, "sekda"),
        "outsider": login_as("operator_own"),         # operator.dinkes, on no team
        "citizen": login_as("citizen"),
    }
    ids = {name: s.user["id"] for name, s in sessions.items()}
    return {"s": sessions, "id": ids}


def put_team(admin, campaign_id: int, people) -> None:
    for who, role in (("coordinator", "coordinator"), ("pic", "person_in_charge"), ("data_entry", "data_entry"),
                      ("member", "member")):
        r = admin.put(f"{BASE}/campaigns/{campaign_id}/assessors/{people['id'][who]}",
                      json={"role": role, "unit": "Unit " + who})
        assert r.status_code in (200, 201), describe(r)


def indicators(session, campaign_id: int, **params) -> list[dict]:
    r = session.get(f"{BASE}/campaigns/{campaign_id}/indicators", params=params)
    assert r.status_code == 200, describe(r)
    return r.json()["items"]


def answer(session, campaign_id: int, no: int, level, explanation="Dokumen kebijakan sudah ditetapkan.",
           etag: str | None = None, **extra):
    path = f"{BASE}/campaigns/{campaign_id}/indicators/{no}"
    if etag is None:
        got = session.get(path)
        assert got.status_code == 200, describe(got)
        etag = got.headers["ETag"]
    body = {"level": level, "explanation": explanation, **extra}
    return session.put(path, json=body, headers=traced(**{"If-Match": etag}))


def verify(session, campaign_id: int, no: int, method: str = "POST"):
    path = f"{BASE}/campaigns/{campaign_id}/indicators/{no}"
    etag = session.get(path).headers["ETag"]
    return session.request(method, path + "/verification", headers=traced(**{"If-Match": etag}))


def campaign_etag(session, campaign_id: int) -> str:
    r = session.get(f"{BASE}/campaigns/{campaign_id}")
    assert r.status_code == 200, describe(r)
    return r.headers["ETag"]


def fill(campaign_id: int, people, levels: dict[int, int]) -> None:
    """Every level answered by the data entry officer, then verified by the person in charge."""
    for no, level in levels.items():
        r = answer(people["s"]["data_entry"], campaign_id, no, level)
        assert r.status_code == 200, describe(r)
    for no in levels:
        r = verify(people["s"]["pic"], campaign_id, no)
        assert r.status_code == 200, describe(r)


def sign_off(session, campaign_id: int):
    return session.post(f"{BASE}/campaigns/{campaign_id}/sign-off",
                        headers=traced(**{"If-Match": campaign_etag(session, campaign_id)}))


def levels_for(numbers: list[int], seed: int) -> dict[int, int]:
    rnd = random.Random(seed)
    return {no: rnd.randint(1, 5) for no in numbers}


def published(value: Fraction) -> str:
    return str((Decimal(value.numerator) / Decimal(value.denominator)).quantize(Decimal("0.01"), ROUND_HALF_UP))


def hand_index(rows: list[dict], levels: dict[int, int]) -> dict:
    """PermenPANRB 59/2020 §B.4 by hand, from the indicator weights the list shows."""
    weight = {r["number"]: Fraction(Decimal(r["weight"])) for r in rows}
    aspects, domains = {}, {}
    for r in rows:
        a, d = r["aspect"]["number"], r["domain"]["number"]
        for table, key in ((aspects, a), (domains, d)):
            s, w = table.get(key, (Fraction(0), Fraction(0)))
            table[key] = (s + levels[r["number"]] * weight[r["number"]], w + weight[r["number"]])
    overall = sum(levels[n] * weight[n] for n in weight) / sum(weight.values())
    return {"overall": overall, "aspects": {k: s / w for k, (s, w) in aspects.items()},
            "domains": {k: s / w for k, (s, w) in domains.items()}}


def predicate_of(value: str) -> str:
    v = Decimal(value)
    if v >= Decimal("4.2"):
        return "Memuaskan"
    if v >= Decimal("3.5"):
        return "Sangat Baik"
    if v >= Decimal("2.6"):
        return "Baik"
    if v >= Decimal("1.8"):
        return "Cukup"
    return "Kurang"


# --------------------------------------------------------------------------- campaigns


def test_create_campaign_with_defaults_and_refusals(people):
    admin = people["s"]["admin"]
    k = new_campaign(admin, target_index="2.60", decree_reference="Keputusan Wali Kota Nomor 1 Tahun 2040")
    assert k["framework_code"] == FRAMEWORK
    assert k["status"] == "open" and k["target_level"] == 3 and k["target_index"] == "2.60"
    assert k["answered"] == 0 and k["indicators"] == 47 and k["team"] == [] and k["events"] == []
    assert k["index"]["overall"] is None

    r = admin.post(BASE + "/campaigns", json={"year": k["year"], "kind": "monitoring"})
    assert_problem(r, 409, "conflict")
    for body, field in (({"year": 2017, "kind": "evaluation"}, "year"),
                        ({"year": 2099, "kind": "yearly"}, "kind"),
                        ({"year": 2099, "kind": "evaluation", "framework_code": "tidak-ada"}, "framework_code"),
                        ({"year": 2099, "kind": "evaluation", "target_level": 6}, "target_level"),
                        ({"year": 2099, "kind": "evaluation", "target_index": "5.10"}, "target_index"),
                        ({"year": 2099, "kind": "evaluation", "colour": "red"}, "colour")):
        r = admin.post(BASE + "/campaigns", json=body)
        assert r.status_code == 422, describe(r)
        assert field in field_names(r.json()), describe(r)

    listed = admin.get(BASE + "/campaigns").json()["items"]
    years = [c["year"] for c in listed]
    assert years == sorted(years, reverse=True)
    mine = next(c for c in listed if c["id"] == k["id"])
    assert mine == {"id": k["id"], "year": k["year"], "kind": "evaluation", "framework_code": FRAMEWORK,
                    "status": "open", "answered": 0, "indicators": 47, "verified": 0, "index": None,
                    "predicate": None, "complete": False}


def test_patch_campaign_needs_if_match_and_is_audited(people):
    admin = people["s"]["admin"]
    k = new_campaign(admin)
    path = f"{BASE}/campaigns/{k['id']}"
    assert_problem(admin.patch(path, json={"kind": "monitoring"}), 428, "precondition-required")
    r = admin.patch(path, json={"kind": "monitoring", "target_level": 4}, headers=traced(**{"If-Match": '"1"'}))
    assert r.status_code == 200, describe(r)
    assert r.json()["kind"] == "monitoring" and r.json()["target_level"] == 4 and r.headers["ETag"] == '"2"'
    assert_audited(admin, r, "evaluation_campaign.update", k["id"])
    assert_problem(admin.patch(path, json={"kind": "evaluation"}, headers={"If-Match": '"1"'}), 412,
                   "precondition-failed")


def test_team_seats_and_staff_only(people):
    admin = people["s"]["admin"]
    k = new_campaign(admin)
    put_team(admin, k["id"], people)
    team = admin.get(f"{BASE}/campaigns/{k['id']}").json()["team"]
    assert [m["role"] for m in team] == ["coordinator", "person_in_charge", "data_entry", "member"]
    assert all(m["display_name"] for m in team)
    # The coordinator's seat is held: another user cannot take it.
    r = admin.put(f"{BASE}/campaigns/{k['id']}/assessors/{people['id']['outsider']}", json={"role": "coordinator"})
    assert_problem(r, 409, "conflict")
    # A citizen cannot be an assessor.
    r = admin.put(f"{BASE}/campaigns/{k['id']}/assessors/{people['id']['citizen']}", json={"role": "member"})
    assert r.status_code == 422 and "user_id" in field_names(r.json()), describe(r)
    # A second member is fine; then removed.
    r = admin.put(f"{BASE}/campaigns/{k['id']}/assessors/{people['id']['outsider']}", json={"role": "member"},
                  headers=traced())
    assert r.status_code == 201, describe(r)
    assert_audited(admin, r, "evaluation_assessor.put", k["id"])
    r = admin.delete(f"{BASE}/campaigns/{k['id']}/assessors/{people['id']['outsider']}")
    assert r.status_code == 204, describe(r)
    r = admin.delete(f"{BASE}/campaigns/{k['id']}/assessors/{people['id']['outsider']}")
    assert_problem(r, 404, "not-found")


# --------------------------------------------------------------------------- the workflow


def test_whole_workflow(people):
    s, admin = people["s"], people["s"]["admin"]
    k = new_campaign(admin)
    cid = k["id"]
    put_team(admin, cid, people)
    rows = indicators(s["member"], cid)
    numbers = [r["number"] for r in rows]
    assert numbers == list(range(1, 48))
    assert rows[0]["weight"] and rows[0]["level"] is None and rows[0]["target"] == 3

    # A member and the data entry officer score, with explanations.
    r = answer(s["member"], cid, 1, 2, "Kebijakan internal arsitektur dalam bentuk konsep.")
    assert r.status_code == 200, describe(r)
    assert r.json()["level"] == 2 and r.json()["answer"]["level"] == 2 and r.headers["ETag"] == '"1"'
    assert_audited(admin, r, "evaluation_answer.set", f"{cid}/1")
    levels = levels_for(numbers, seed=cid)
    for no, level in levels.items():
        assert answer(s["data_entry"], cid, no, level).status_code == 200

    # Only the person in charge verifies.
    r = verify(s["member"], cid, 1)
    assert_problem(r, 403, "forbidden")
    r = verify(s["coordinator"], cid, 1)
    assert_problem(r, 403, "forbidden")
    for no in numbers[:-1]:
        assert verify(s["pic"], cid, no).status_code == 200
    assert [r["number"] for r in indicators(s["pic"], cid, unverified="true")] == [47]

    # The sign-off is refused while indicator 47 is unverified, with the list.
    r = sign_off(s["coordinator"], cid)
    assert_problem(r, 409, "invalid-transition")
    assert "47" in r.json()["detail"]
    # Not by the person in charge either.
    assert_problem(sign_off(s["pic"], cid), 403, "forbidden")
    assert verify(s["pic"], cid, 47).status_code == 200
    r = sign_off(s["coordinator"], cid)
    assert r.status_code == 200, describe(r)
    assert r.json()["status"] == "signed_off"
    assert_audited(admin, r, "evaluation_campaign.sign_off", cid)
    event = r.json()["events"][-1]
    assert event["kind"] == "signed_off" and event["levels"] == {str(n): l for n, l in levels.items()}
    assert event["index"] == r.json()["index"]["overall"]

    # Signed off: answers and verification cannot change.
    r = answer(s["member"], cid, 5, 1)
    assert_problem(r, 409, "conflict")
    assert "buka kembali" in r.json()["detail"].lower() or "reopen" in r.json()["detail"].lower()
    assert_problem(verify(s["pic"], cid, 5, "DELETE"), 409, "conflict")

    # Reopening needs a reason.
    path = f"{BASE}/campaigns/{cid}/reopen"
    r = s["coordinator"].post(path, json={"reason": "  "}, headers={"If-Match": campaign_etag(admin, cid)})
    assert r.status_code == 422 and "reason" in field_names(r.json()), describe(r)
    r = s["member"].post(path, json={"reason": "Koreksi"}, headers={"If-Match": campaign_etag(admin, cid)})
    assert_problem(r, 403, "forbidden")
    r = s["coordinator"].post(path, json={"reason": "Data dukung indikator 5 diperbarui."},
                              headers=traced(**{"If-Match": campaign_etag(admin, cid)}))
    assert r.status_code == 200, describe(r)
    assert r.json()["status"] == "open"
    assert r.json()["events"][-1]["kind"] == "reopened"
    assert r.json()["events"][-1]["reason"] == "Data dukung indikator 5 diperbarui."
    assert_audited(admin, r, "evaluation_campaign.reopen", cid)

    # A change clears its verification; the sign-off waits for it again.
    new_level = 1 if levels[5] != 1 else 2
    r = answer(s["member"], cid, 5, new_level)
    assert r.status_code == 200 and r.json()["verified"] is None, describe(r)
    assert_problem(sign_off(s["coordinator"], cid), 409, "invalid-transition")
    assert verify(s["pic"], cid, 5).status_code == 200
    r = sign_off(s["coordinator"], cid)
    assert r.status_code == 200, describe(r)
    assert [e["kind"] for e in r.json()["events"]] == ["signed_off", "reopened", "signed_off"]
    assert r.json()["events"][-1]["levels"]["5"] == new_level


def test_verification_needs_level_and_explanation(people):
    s, admin = people["s"], people["s"]["admin"]
    k = new_campaign(admin)
    put_team(admin, k["id"], people)
    assert_problem(verify(s["pic"], k["id"], 3), 409, "invalid-transition")
    r = answer(s["member"], k["id"], 3, 2, explanation="")
    assert r.status_code == 200, describe(r)
    assert_problem(verify(s["pic"], k["id"], 3), 409, "invalid-transition")
    assert answer(s["member"], k["id"], 3, 2, explanation="Ada").status_code == 200
    r = verify(s["pic"], k["id"], 3)
    assert r.status_code == 200 and r.json()["verified"]["by"] == "auditor", describe(r)
    assert_audited(admin, r, "evaluation_answer.verify")
    r = verify(s["pic"], k["id"], 3, "DELETE")
    assert r.status_code == 200 and r.json()["verified"] is None, describe(r)


def test_who_may_score(people):
    s, admin = people["s"], people["s"]["admin"]
    k = new_campaign(admin)
    put_team(admin, k["id"], people)
    # Not on the team: the superadmin, an operator.
    assert_problem(answer(admin, k["id"], 1, 3), 403, "forbidden")
    assert_problem(answer(s["outsider"], k["id"], 1, 3), 403, "forbidden")
    # The citizen has no evaluation permission at all.
    assert_problem(s["citizen"].get(f"{BASE}/campaigns"), 403, "forbidden")
    # Level 6 is beyond the scale, with the range in words.
    r = answer(s["member"], k["id"], 1, 6)
    assert r.status_code == 422 and "level" in field_names(r.json()), describe(r)
    assert "1" in r.text and "5" in r.text
    # An unknown indicator.
    assert_problem(answer(s["member"], k["id"], 48, 3, etag='"0"'), 404, "not-found")
    # Once the superadmin puts themself on the team, they score.
    r = admin.put(f"{BASE}/campaigns/{k['id']}/assessors/{people['id']['admin']}", json={"role": "member"})
    assert r.status_code == 201, describe(r)
    assert answer(admin, k["id"], 1, 3).status_code == 200


def test_if_match_on_answers_and_concurrent_edits(people):
    s, admin = people["s"], people["s"]["admin"]
    k = new_campaign(admin)
    put_team(admin, k["id"], people)
    path = f"{BASE}/campaigns/{k['id']}/indicators/2"
    # The first answer may come without If-Match; from then on it is required.
    r = s["member"].put(path, json={"level": 2, "explanation": "Awal"})
    assert r.status_code == 200, describe(r)
    assert_problem(s["member"].put(path, json={"level": 3, "explanation": "Lagi"}), 428, "precondition-required")
    etag = r.headers["ETag"]
    results = []

    def put(who, level):
        results.append(s[who].put(path, json={"level": level, "explanation": f"oleh {who}"}, headers={"If-Match": etag}))

    threads = [threading.Thread(target=put, args=("member", 4)), threading.Thread(target=put, args=("data_entry", 5))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    codes = sorted(r.status_code for r in results)
    assert codes == [200, 412], [describe(r) for r in results]
    winner = next(r for r in results if r.status_code == 200)
    now = s["member"].get(path).json()
    assert now["answer"]["level"] == winner.json()["answer"]["level"]
    assert now["answer"]["explanation"] == winner.json()["answer"]["explanation"]
    assert now["answer"]["version"] == 2


def test_indicator_detail_and_filters(people):
    s, admin = people["s"], people["s"]["admin"]
    k = new_campaign(admin)
    put_team(admin, k["id"], people)
    r = s["member"].get(f"{BASE}/campaigns/{k['id']}/indicators/1")
    assert r.status_code == 200 and r.headers["ETag"] == '"0"', describe(r)
    body = r.json()
    assert [l["value"] for l in body["levels"]] == [1, 2, 3, 4, 5]
    assert all(l["criteria"] for l in body["levels"])
    assert body["answer"]["level"] is None and body["external_results"] == []
    assert body["evidence_count"] == 0 and body["open_questions"] == 0
    assert body["external"]["result"] is None
    rows = indicators(s["member"], k["id"], aspect=1)
    assert rows and all(r["aspect"]["number"] == 1 for r in rows)
    assert s["member"].get(f"{BASE}/campaigns/{k['id']}/indicators", params={"aspect": "x"}).status_code == 400
    assert s["member"].get(f"{BASE}/campaigns/999999999/indicators").status_code == 404


# --------------------------------------------------------------------------- the index and the trend


def test_index_of_a_full_campaign_equals_a_hand_computation(people):
    s, admin = people["s"], people["s"]["admin"]
    k = new_campaign(admin, target_level=4)
    put_team(admin, k["id"], people)
    rows = indicators(s["member"], k["id"])
    levels = levels_for([r["number"] for r in rows], seed=7)
    fill(k["id"], people, levels)
    r = s["member"].get(f"{BASE}/campaigns/{k['id']}/index")
    assert r.status_code == 200, describe(r)
    body = r.json()
    expected = hand_index(rows, levels)
    self_index = body["self"]
    assert self_index["complete"] is True and self_index["answered"] == 47 == self_index["indicators"]
    assert self_index["overall"]["value"] == published(expected["overall"])
    assert abs(self_index["overall"]["exact"] - float(expected["overall"])) < 1e-9
    assert self_index["overall"]["predicate"] == predicate_of(self_index["overall"]["value"])
    for a in self_index["aspects"]:
        assert a["value"] == published(expected["aspects"][a["number"]]), a
    for d in self_index["domains"]:
        assert d["value"] == published(expected["domains"][d["number"]]), d
    assert sum(Decimal(d["weight"]) for d in self_index["domains"]) == 100
    assert body["result"] is None and body["differences"] == []
    # Weakest aspects first; the gaps to target 4, largest first.
    values = {a["number"]: expected["aspects"][a["number"]] for a in self_index["aspects"]}
    assert body["weakest_aspects"] == sorted(values, key=lambda n: (values[n], n))
    gaps = [g["gap"] for g in body["gaps"]]
    assert gaps == sorted(gaps, reverse=True)
    assert {g["indicator"] for g in body["gaps"]} == {n for n, l in levels.items() if l < 4}
    assert all(g["gap"] == 4 - levels[g["indicator"]] and g["target"] == 4 for g in body["gaps"])
    # The campaign shows the same figure.
    detail = s["member"].get(f"{BASE}/campaigns/{k['id']}").json()
    assert detail["index"]["overall"] == self_index["overall"]["value"] and detail["complete"] is True


def test_partial_index_is_marked_incomplete(people):
    s, admin = people["s"], people["s"]["admin"]
    k = new_campaign(admin)
    put_team(admin, k["id"], people)
    assert answer(s["member"], k["id"], 1, 4).status_code == 200
    body = s["member"].get(f"{BASE}/campaigns/{k['id']}/index").json()
    assert body["self"]["complete"] is False and body["self"]["answered"] == 1
    assert body["self"]["overall"]["value"] == "4.00"


def test_trend_over_two_years(people):
    s, admin = people["s"], people["s"]["admin"]
    first = new_campaign(admin)
    second = new_campaign(admin)
    for k, seed in ((first, 1), (second, 2)):
        put_team(admin, k["id"], people)
        fill(k["id"], people, levels_for(list(range(1, 48)), seed=seed))
    r = s["member"].get(BASE + "/trend")
    assert r.status_code == 200, describe(r)
    years = r.json()["years"]
    assert [y["year"] for y in years] == sorted(y["year"] for y in years)
    for k in (first, second):
        entry = next(y for y in years if y["campaign_id"] == k["id"])
        index = s["member"].get(f"{BASE}/campaigns/{k['id']}/index").json()["self"]
        assert entry["self"]["value"] == index["overall"]["value"]
        assert entry["result"] is None
        assert entry["official"]["value"] == entry["self"]["value"]
        assert entry["framework_code"] == FRAMEWORK
        assert [a["value"] for a in entry["aspects"]] == [a["value"] for a in index["aspects"]]
        assert len(entry["domains"]) == len(index["domains"])


# --------------------------------------------------------------------------- the team at the route level


def test_route_level_team_checks(login_as, people):
    """permissions_evaluation.TEAM_DECISIONS on a real campaign: the team check of each assessing route."""
    import permissions_evaluation as pe
    from permission_roles import STAFF

    admin = people["s"]["admin"]
    k = new_campaign(admin)
    for role, team_role in pe.TEAM.items():
        r = admin.put(f"{BASE}/campaigns/{k['id']}/assessors/{login_as(role).user['id']}", json={"role": team_role})
        assert r.status_code == 201, describe(r)
    for (method, path), allowed in pe.TEAM_DECISIONS.items():
        concrete = path.replace("{}", str(k["id"]), 1).replace("{}", "1")
        for role in sorted(STAFF):
            r = login_as(role).request(method, concrete, json=pe.TEAM_BODIES.get((method, path)),
                                       headers={"If-Match": '"999"'})
            where = f"{role} {method} {path}: {describe(r)}"
            if role in allowed:
                assert r.status_code in (412, 422), where
            else:
                assert_problem(r, 403, "forbidden")
    # Nothing changed.
    after = admin.get(f"{BASE}/campaigns/{k['id']}").json()
    assert after["status"] == "open" and after["answered"] == 0 and after["events"] == []


def test_external_results_in_the_index_and_the_trend(people):
    """The result level is the latest stage entered; the index of the results, the differences
    (result − self) and the official figure of the trend follow it (entered with the external
    results' bulk route, PUT …/external/{stage})."""
    s, admin = people["s"], people["s"]["admin"]
    k = new_campaign(admin)
    cid = k["id"]
    put_team(admin, cid, people)
    rows = indicators(s["member"], cid)
    self_levels = levels_for([r["number"] for r in rows], seed=11)
    fill(cid, people, self_levels)
    assert sign_off(s["coordinator"], cid).status_code == 200
    document = {n: max(1, l - 1) for n, l in self_levels.items()}
    r = admin.put(f"{BASE}/campaigns/{cid}/external/document", json={"levels": {str(n): l for n, l in document.items()}})
    assert r.status_code == 200, describe(r)
    r = admin.put(f"{BASE}/campaigns/{cid}/external/interview", json={"levels": {"1": 5, "2": self_levels[2]}})
    assert r.status_code == 200, describe(r)
    result = {**document, 1: 5, 2: self_levels[2]}

    body = s["member"].get(f"{BASE}/campaigns/{cid}/index").json()
    expected = hand_index(rows, result)
    assert body["result"]["complete"] is True
    assert body["result"]["overall"]["value"] == published(expected["overall"])
    values = {a: expected["aspects"][a] for a in expected["aspects"]}
    assert body["weakest_aspects"] == sorted(values, key=lambda n: (values[n], n))
    assert body["differences"] == [{"indicator": n, "self": self_levels[n], "result": result[n],
                                    "difference": result[n] - self_levels[n]}
                                   for n in sorted(result) if result[n] != self_levels[n]]
    one = indicators(s["member"], cid, aspect=1)[0]
    assert one["number"] == 1 and one["external"]["document"] == document[1]
    assert one["external"]["interview"] == 5 and one["external"]["result"] == 5
    assert one["external"]["difference"] == 5 - self_levels[1]

    entry = next(y for y in s["member"].get(BASE + "/trend").json()["years"] if y["campaign_id"] == cid)
    assert entry["result"]["value"] == body["result"]["overall"]["value"]
    assert entry["official"] == {"value": entry["result"]["value"], "predicate": entry["result"]["predicate"],
                                 "source": "result"}
