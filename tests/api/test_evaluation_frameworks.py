"""Evaluation frameworks as data: the built-in PermenPANRB 59/2020, listed and shown whole; a
second framework (the reported Indeks Pemdi, tests/fixtures/frameworks/pemdi-draft.yaml)
imported into the region, refused twice and refused when broken; and a campaign on it whose
index follows its aspects and bands.

Contract: docs/evaluation-contract.md "Frameworks as data" and "The index";
docs/evaluation-frameworks.md for the file format. Runs on the shared demo server, where other
tests may import frameworks too: each import here takes a code of its own.
"""
from __future__ import annotations

import random
import uuid
from decimal import Decimal

import pytest

import support
from support import assert_audited, assert_problem, describe, traced

BASE = "/api/v1/evaluation"
SPBE = "permenpanrb-59-2020"
FIXTURES = support.REPO_ROOT / "tests" / "fixtures" / "frameworks"


def pemdi_yaml(code: str) -> str:
    text = (FIXTURES / "pemdi-draft.yaml").read_text(encoding="utf-8")
    assert "code: pemdi-draft\n" in text
    return text.replace("code: pemdi-draft\n", f"code: {code}\n")


def fresh_code() -> str:
    return "pemdi-draft-" + uuid.uuid4().hex[:8]


def import_framework(admin, yaml_text: str):
    return admin.post(BASE + "/frameworks", json={"yaml": yaml_text}, headers=traced())


@pytest.fixture(scope="module")
def pemdi(admin) -> dict:
    """The Pemdi fixture imported once for the module, under a code of its own."""
    code = fresh_code()
    r = import_framework(admin, pemdi_yaml(code))
    assert r.status_code == 201, describe(r)
    return r.json()


def test_list_shows_the_builtin_framework(admin, login_as):
    for session in (admin, login_as("operator_own"), login_as("auditor")):
        r = session.get(BASE + "/frameworks")
        assert r.status_code == 200, describe(r)
        body = r.json()
        assert body["default_code"] == SPBE
        spbe = next(f for f in body["items"] if f["code"] == SPBE)
        assert spbe["builtin"] is True
        assert spbe["status"] == "in_force"
        assert spbe["index_name"] == "Indeks SPBE"
        assert (spbe["domains"], spbe["aspects"], spbe["indicators"]) == (4, 8, 47)
        assert "Nomor 59 Tahun 2020" in spbe["citation"]
        assert spbe["effective_from"] == "2021-01-01"
    assert login_as("citizen").get(BASE + "/frameworks").status_code == 403


def test_detail_is_the_whole_framework(admin):
    r = admin.get(f"{BASE}/frameworks/{SPBE}")
    assert r.status_code == 200, describe(r)
    f = r.json()
    assert f["decimals"] == 2 and f["default_target_level"] == 3
    assert [(b["from"], b["name"]) for b in f["bands"]] == [
        ("4.20", "Memuaskan"), ("3.50", "Sangat Baik"), ("2.60", "Baik"), ("1.80", "Cukup"), ("1.00", "Kurang")]
    scales = {s["key"]: s for s in f["scales"]}
    assert [l["name"] for l in scales["process"]["levels"]] == [
        "Rintisan", "Terkelola", "Terdefinisi", "Terpadu dan Terukur", "Optimum"]
    assert [l["value"] for l in scales["service"]["levels"]] == [1, 2, 3, 4, 5]
    assert all(l["criteria"] for s in f["scales"] for l in s["levels"])
    assert [d["weight"] for d in f["domains"]] == ["13.00", "25.00", "16.50", "45.50"]
    indicators = [i for d in f["domains"] for a in d["aspects"] for i in a["indicators"]]
    assert [i["number"] for i in indicators] == list(range(1, 48))
    assert sum(Decimal(i["weight"]) for i in indicators) == Decimal("100.00")
    for d in f["domains"]:
        assert sum(Decimal(a["weight"]) for a in d["aspects"]) == Decimal(d["weight"])
        for a in d["aspects"]:
            assert sum(Decimal(i["weight"]) for i in a["indicators"]) == Decimal(a["weight"])
    by_no = {i["number"]: i for i in indicators}
    assert by_no[1]["weight"] == "1.30" and by_no[1]["scale"] == "process"
    assert by_no[32]["weight"] == "2.75" and by_no[32]["scale"] == "service"
    assert by_no[42]["suggestion"] == "complaint_channel" and len(by_no[42]["criteria"]) == 5
    assert by_no[43]["suggestion"] is None and by_no[43]["criteria"] == []
    assert [n for n, i in by_no.items() if i["renamable"]] == [45, 46, 47]
    assert by_no[21]["criteria"][3]["name"] == "Terpadu dan Terukur"

    missing = admin.get(f"{BASE}/frameworks/no-such-framework")
    assert_problem(missing, 404, "not-found")


def test_import_the_second_framework(admin, pemdi):
    f = pemdi
    assert f["builtin"] is False and f["status"] == "draft"
    assert f["index_name"] == "Indeks Pemerintah Digital"
    assert len(f["domains"]) == 7
    assert [a["name"] for d in f["domains"] for a in d["aspects"]][-1] == "Kepuasan Pengguna Layanan Digital Pemerintah"
    assert [i["number"] for d in f["domains"] for a in d["aspects"] for i in a["indicators"]] == list(range(1, 21))
    assert [b["from"] for b in f["bands"]] == ["4.00", "3.50", "2.50", "1.50", "1.00"]
    assert f["imported_by"] == "admin" and f["imported_at"]
    listed = admin.get(BASE + "/frameworks").json()
    item = next(i for i in listed["items"] if i["code"] == f["code"])
    assert item["builtin"] is False and item["imported_by"] == "admin"
    assert (item["domains"], item["aspects"], item["indicators"]) == (7, 7, 20)
    assert listed["default_code"] == SPBE  # a draft never becomes the default
    shown = admin.get(f"{BASE}/frameworks/{f['code']}")
    assert shown.status_code == 200 and shown.json()["scales"][0]["levels"][4]["name"] == "Unggul"


def test_import_is_audited_and_located(admin):
    code = fresh_code()
    r = import_framework(admin, pemdi_yaml(code))
    assert r.status_code == 201, describe(r)
    assert r.headers["Location"] == f"{BASE}/frameworks/{code}"
    entry = assert_audited(admin, r, "evaluation_framework.import", code)
    assert entry["entity_type"] == "evaluation_framework"


def test_import_again_is_refused(admin, pemdi):
    again = import_framework(admin, pemdi_yaml(pemdi["code"]))
    problem = assert_problem(again, 409, "conflict")
    assert pemdi["code"] in problem["detail"]
    # The built-in code cannot be taken either.
    builtin = pemdi_yaml("x").replace("code: x\n", f"code: {SPBE}\n")
    assert_problem(import_framework(admin, builtin), 409, "conflict")


def test_import_of_a_broken_file_lists_every_error(admin):
    text = (FIXTURES / "broken" / "aspect-weight.yaml").read_text(encoding="utf-8")
    r = import_framework(admin, text)
    problem = assert_problem(r, 422, "framework-invalid")
    messages = [e["message"] for e in problem["errors"]]
    assert {e["field"] for e in problem["errors"]} == {"yaml"}
    assert "import.yaml: domains[0].aspects[0].weight: 50.00 but its indicators add up to 60.00" in messages
    assert len(messages) == 2, messages
    assert "2" in problem["detail"]

    not_yaml = import_framework(admin, "code: [unclosed")
    assert "not valid YAML" in assert_problem(not_yaml, 422, "framework-invalid")["errors"][0]["message"]

    # The body itself is read strictly.
    assert_problem(admin.post(BASE + "/frameworks", json={"yaml": pemdi_yaml(fresh_code()), "force": True}),
                   422, "validation-failed")
    assert_problem(admin.post(BASE + "/frameworks", json={}), 422, "validation-failed")


def test_only_the_superadmin_imports(login_as):
    for role in ("operator_own", "auditor", "leadership"):
        r = import_framework(login_as(role), pemdi_yaml(fresh_code()))
        assert_problem(r, 403, "forbidden")


def test_indonesian_and_english_problem(admin):
    r = admin.post(BASE + "/frameworks", json={"yaml": "code: [unclosed"}, headers={"Accept-Language": "en"})
    assert "does not load" in assert_problem(r, 422, "framework-invalid")["detail"]
    r = admin.post(BASE + "/frameworks", json={"yaml": "code: [unclosed"}, headers={"Accept-Language": "id"})
    assert "tidak dapat dimuat" in assert_problem(r, 422, "framework-invalid")["detail"]


def test_campaign_on_the_imported_framework(admin, pemdi):
    """A campaign assessed against the Pemdi fixture: its 7 aspects and its own bands."""
    code = pemdi["code"]
    for _ in range(60):
        r = admin.post(BASE + "/campaigns", json={"year": random.randint(2040, 2100), "kind": "evaluation",
                                                  "framework_code": code})
        if r.status_code != 409:
            break
    assert r.status_code == 201, describe(r)
    campaign = r.json()
    assert campaign["framework_code"] == code
    cid = campaign["id"]
    # The superadmin puts themself on the team as coordinator, so they may score.
    r = admin.put(f"{BASE}/campaigns/{cid}/assessors/{admin.user['id']}", json={"role": "coordinator"})
    assert r.status_code in (200, 201), describe(r)

    # Aspect 7 (Kepuasan Pengguna, weight 25) at 4, every other indicator at 2:
    # (75 × 2 + 25 × 4) / 100 = 2.50 — Baik under the Pemdi bands (Cukup under 59/2020's).
    levels = {no: 2 for no in range(1, 19)} | {19: 4, 20: 4}
    for no, level in levels.items():
        path = f"{BASE}/campaigns/{cid}/indicators/{no}"
        got = admin.get(path)
        assert got.status_code == 200, describe(got)
        r = admin.put(path, json={"level": level, "explanation": "Uji kerangka kedua."},
                      headers={"If-Match": got.headers["ETag"]})
        assert r.status_code == 200, describe(r)
    r = admin.get(f"{BASE}/campaigns/{cid}/index")
    assert r.status_code == 200, describe(r)
    index = r.json()["self"]
    assert index["complete"] is True and index["answered"] == 20 == index["indicators"]
    assert index["overall"]["value"] == "2.50"
    assert index["overall"]["predicate"] == "Baik"
    assert [a["number"] for a in index["aspects"]] == list(range(1, 8))
    assert {a["number"]: a["value"] for a in index["aspects"]} == {n: "2.00" for n in range(1, 7)} | {7: "4.00"}
    assert len(index["domains"]) == 7
    # An indicator beyond the framework's 20 does not exist in this campaign.
    assert admin.get(f"{BASE}/campaigns/{cid}/indicators/21").status_code == 404


def test_cli_framework_check():
    good = support.run_cli("framework", "check", str(support.REPO_ROOT / "frameworks" / "permenpanrb-59-2020.yaml"),
                           str(FIXTURES / "pemdi-draft.yaml"))
    assert good.returncode == 0, good.stderr
    assert "permenpanrb-59-2020 (in_force): Indeks SPBE, 4 domains, 8 aspects, 47 indicators, weights 100.00" in good.stdout
    assert "pemdi-draft (draft): Indeks Pemerintah Digital, 7 domains, 7 aspects, 20 indicators" in good.stdout
    bad = support.run_cli("framework", "check", str(FIXTURES / "broken" / "unknown-scale.yaml"))
    assert bad.returncode == 1
    assert 'unknown-scale.yaml: domains[0].aspects[0].indicators[1].scale: no scale has the key "service"' in bad.stderr
    listed = support.run_cli("framework", "list")
    assert listed.returncode == 0 and listed.stdout.startswith("permenpanrb-59-2020 (in_force)")
    assert support.run_cli("framework", "check").returncode == 2
