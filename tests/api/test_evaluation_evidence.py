"""Evidence (data dukung), questions to agencies and external results of an SPBE evaluation
campaign (docs/evaluation-contract.md, "Evidence, questions to agencies and external results").

Each module builds its own campaigns in years no other campaign uses: an open one with a team
(admin the coordinator, auditor the person in charge) and one signed off after every indicator
was answered and verified. operator.dinkes and operator.bappeda are on no team.
"""
from __future__ import annotations

import random

import pytest

import support
from support import assert_problem, field_names

BASE = "/api/v1/evaluation"
PDF = support.MINIMAL_PDF


def free_year(admin) -> int:
    r = admin.get(BASE + "/campaigns")
    assert r.status_code == 200, support.describe(r)
    taken = {c["year"] for c in r.json()["items"]}
    return random.choice([y for y in range(2040, 2101) if y not in taken])


def new_campaign(admin, login_as) -> int:
    for _ in range(5):  # another module may take the same year at the same moment
        r = admin.post(BASE + "/campaigns", json={"year": free_year(admin), "kind": "evaluation"})
        if r.status_code == 201:
            break
    assert r.status_code == 201, support.describe(r)
    campaign_id = r.json()["id"]
    for role, who in (("coordinator", "superadmin"), ("person_in_charge", "auditor")):
        user_id = login_as(who).user["id"]
        t = admin.put(f"{BASE}/campaigns/{campaign_id}/assessors/{user_id}", json={"role": role, "unit": "TIK"})
        assert t.status_code in (200, 201), support.describe(t)
    return campaign_id


def answer_everything_and_sign_off(admin, auditor, campaign_id: int) -> dict[int, int]:
    """Every indicator answered (levels 1..5 in turn), verified, then signed off; the levels."""
    r = admin.get(f"{BASE}/campaigns/{campaign_id}/indicators")
    assert r.status_code == 200, support.describe(r)
    levels = {}
    for item in r.json()["items"]:
        no = item.get("number", item.get("indicator_no"))
        levels[no] = 1 + no % 5
        put = admin.put(f"{BASE}/campaigns/{campaign_id}/indicators/{no}",
                        json={"level": levels[no], "explanation": f"Penjelasan indikator {no}."})
        assert put.status_code in (200, 201), support.describe(put)
        verify = auditor.post(f"{BASE}/campaigns/{campaign_id}/indicators/{no}/verification",
                              headers={"If-Match": put.headers["etag"]})
        assert verify.status_code == 200, support.describe(verify)
    campaign = admin.get(f"{BASE}/campaigns/{campaign_id}")
    signed = admin.post(f"{BASE}/campaigns/{campaign_id}/sign-off", headers={"If-Match": campaign.headers["etag"]})
    assert signed.status_code == 200, support.describe(signed)
    return levels


def evidence_path(campaign_id: int, no: int = 21) -> str:
    return f"{BASE}/campaigns/{campaign_id}/indicators/{no}/evidence"


def questions_path(campaign_id: int, no: int = 21) -> str:
    return f"{BASE}/campaigns/{campaign_id}/indicators/{no}/questions"


@pytest.fixture(scope="module")
def campaign(admin, login_as) -> int:
    return new_campaign(admin, login_as)


@pytest.fixture(scope="module")
def signed(admin, login_as, dinkes):
    """A signed-off campaign with one piece of Dinkes evidence and one question to Dinkes,
    both made before the sign-off; and the levels it was signed with."""
    campaign_id = new_campaign(admin, login_as)
    e = admin.post(evidence_path(campaign_id), json={"kind": "url", "url": "https://dinkes.madiunkota.go.id/risiko",
                                                     "agency_id": dinkes})
    assert e.status_code == 201, support.describe(e)
    q = admin.post(questions_path(campaign_id), json={"agency_id": dinkes, "question": "Register risiko 2025?"})
    assert q.status_code == 201, support.describe(q)
    levels = answer_everything_and_sign_off(admin, login_as("auditor"), campaign_id)
    return {"id": campaign_id, "evidence": e.json(), "question": q.json(), "levels": levels}


def an_application(admin, agency_id: int | None = None) -> dict:
    items = admin.get("/api/v1/applications").json()["items"]
    for app in items:
        if agency_id is None or app.get("owner_agency_id", app.get("agency_id")) == agency_id:
            return app
    return items[0]


# --------------------------------------------------------------------------- evidence


def test_an_assessor_adds_file_record_and_url_evidence(admin, campaign, dinkes):
    stored = support.upload_file(admin, PDF + support.unique_name("bukti").encode(), name="register-risiko.pdf")
    path = evidence_path(campaign)

    as_file = admin.post(path, json={"kind": "file", "file_sha256": stored["sha256"], "note": "Hasil rapat"})
    assert as_file.status_code == 201, support.describe(as_file)
    body = as_file.json()
    assert body["kind"] == "file" and body["title"] == "register-risiko.pdf"  # the file's name when no title
    assert body["file"] == {"sha256": stored["sha256"], "name": "register-risiko.pdf",
                            "href": f"/api/v1/files/{stored['sha256']}"}
    assert body["agency"] is None and body["note"] == "Hasil rapat" and body["added_by"] == "admin"
    assert admin.get(body["file"]["href"]).status_code == 200

    app = an_application(admin)
    as_record = admin.post(path, json={"kind": "record", "record_kind": "application", "record_id": str(app["id"]),
                                       "agency_id": dinkes})
    assert as_record.status_code == 201, support.describe(as_record)
    record = as_record.json()["record"]
    assert record["kind"] == "application" and record["id"] == str(app["id"])
    assert record["title"] == app["name"] and record["href"] == f"/elemen/aplikasi/{app['id']}"
    assert as_record.json()["agency"] == {"id": dinkes, "short_name": "Dinkes"}

    as_url = admin.post(path, json={"kind": "url", "url": "https://jdih.madiunkota.go.id/perwali-39-2021",
                                    "title": "Perwali 39/2021"})
    assert as_url.status_code == 201, support.describe(as_url)
    assert as_url.json()["url"] == "https://jdih.madiunkota.go.id/perwali-39-2021"

    listed = admin.get(path)
    assert listed.status_code == 200, support.describe(listed)
    ids = [e["id"] for e in listed.json()["items"]]
    assert {as_file.json()["id"], as_record.json()["id"], as_url.json()["id"]} <= set(ids)


def test_every_record_kind_is_listed_and_checked(admin, campaign):
    kinds = admin.get(BASE + "/record-kinds")
    assert kinds.status_code == 200, support.describe(kinds)
    names = [k["kind"] for k in kinds.json()["items"]]
    for wanted in ("application", "dataset", "risk_register", "ict_audit", "complaint", "competency_plan"):
        assert wanted in names
    # A record that does not exist is 422 naming the kind, for every kind (each kind's query runs).
    for kind in kinds.json()["items"]:
        r = admin.post(evidence_path(campaign), json={"kind": "record", "record_kind": kind["kind"],
                                                      "record_id": "999999999"})
        assert_problem(r, 422, "validation-failed")
        assert field_names(r.json()) == ["record_id"], r.json()
        assert kind["label_id"] in r.json()["errors"][0]["message"]


def test_unknown_file_record_kind_or_bad_address_is_422(admin, campaign):
    path = evidence_path(campaign)
    cases = [
        ({"kind": "file", "file_sha256": "0" * 64}, "file_sha256"),
        ({"kind": "record", "record_kind": "spaceship", "record_id": "1"}, "record_kind"),
        ({"kind": "url", "url": "ftp://files.madiunkota.go.id/a.pdf"}, "url"),
        ({"kind": "url", "url": "madiunkota.go.id"}, "url"),
        ({"kind": "url"}, "url"),
        ({"kind": "file", "url": "https://x.go.id"}, "url"),  # a field of another kind
        ({"kind": "photo"}, "kind"),
        ({"kind": "url", "url": "https://x.go.id", "agency_id": 999999999}, "agency_id"),
        ({"kind": "url", "url": "https://x.go.id", "colour": "red"}, "colour"),
    ]
    for body, field in cases:
        r = admin.post(path, json=body)
        assert_problem(r, 422, "validation-failed")
        assert field in field_names(r.json()), (body, r.json())


def test_an_operator_adds_evidence_for_their_own_agency_only(login_as, campaign, dinkes, bappeda):
    operator = login_as("operator_own")  # operator.dinkes, not on the team
    path = evidence_path(campaign)
    own = operator.post(path, json={"kind": "url", "url": "https://dinkes.madiunkota.go.id/sop", "agency_id": dinkes})
    assert own.status_code == 201, support.describe(own)
    assert own.json()["agency"]["short_name"] == "Dinkes"

    other = operator.post(path, json={"kind": "url", "url": "https://x.go.id", "agency_id": bappeda})
    assert_problem(other, 403, "forbidden")
    assert "sendiri" in other.json()["detail"]
    none = operator.post(path, json={"kind": "url", "url": "https://x.go.id"})
    assert_problem(none, 403, "forbidden")


def test_someone_neither_on_the_team_nor_an_operator_adds_nothing(login_as, campaign, dinkes):
    r = login_as("leadership").post(evidence_path(campaign), json={"kind": "url", "url": "https://x.go.id",
                                                                   "agency_id": dinkes})
    assert_problem(r, 403, "forbidden")


def test_removal_keeps_the_row_and_an_operator_removes_only_their_agencys(admin, login_as, campaign, dinkes, bappeda):
    path = evidence_path(campaign, 5)
    operator = login_as("operator_own")
    theirs = admin.post(path, json={"kind": "url", "url": "https://bappeda.madiunkota.go.id/a", "agency_id": bappeda})
    mine = operator.post(path, json={"kind": "url", "url": "https://dinkes.madiunkota.go.id/a", "agency_id": dinkes})
    assert theirs.status_code == mine.status_code == 201

    refused = operator.delete(f"{BASE}/evidence/{theirs.json()['id']}")
    assert_problem(refused, 403, "forbidden")
    removed = operator.delete(f"{BASE}/evidence/{mine.json()['id']}")
    assert removed.status_code == 204, support.describe(removed)
    again = operator.delete(f"{BASE}/evidence/{mine.json()['id']}")
    assert_problem(again, 409, "invalid-transition")
    by_assessor = admin.delete(f"{BASE}/evidence/{theirs.json()['id']}")
    assert by_assessor.status_code == 204, support.describe(by_assessor)

    live = [e["id"] for e in admin.get(path).json()["items"]]
    assert mine.json()["id"] not in live and theirs.json()["id"] not in live
    everything = {e["id"]: e for e in admin.get(path, params={"removed": "true"}).json()["items"]}
    assert everything[mine.json()["id"]]["removed_by"] == "operator.dinkes"
    assert everything[theirs.json()["id"]]["removed_at"]
    assert_problem(admin.delete(f"{BASE}/evidence/999999999"), 404, "not-found")


def test_evidence_of_an_unknown_campaign_or_indicator_is_404(admin, campaign):
    assert_problem(admin.get(evidence_path(999999999)), 404, "not-found")
    assert_problem(admin.get(evidence_path(campaign, 999)), 404, "not-found")
    assert_problem(admin.post(evidence_path(campaign, 999), json={"kind": "url", "url": "https://x.go.id"}),
                   404, "not-found")


def test_adding_evidence_is_audited(admin, campaign):
    added = admin.post(evidence_path(campaign, 7), json={"kind": "url", "url": "https://audit.madiunkota.go.id/"})
    assert added.status_code == 201
    log = admin.get("/api/v1/audit", params={"entity_type": "evaluation_evidence", "entity_id": str(added.json()["id"])})
    assert log.status_code == 200, support.describe(log)
    actions = [e["action"] for e in log.json()["items"]]
    assert "evaluation_evidence.add" in actions, actions


# --------------------------------------------------------------------------- questions


def test_a_question_to_an_agency_is_answered_by_its_operator(admin, login_as, campaign, dinkes, bappeda):
    asked = admin.post(questions_path(campaign), json={"agency_id": dinkes, "question": "Mana register risiko Dinkes?",
                                                       "due_on": "2031-03-31"})
    assert asked.status_code == 201, support.describe(asked)
    q = asked.json()
    assert q["agency"]["short_name"] == "Dinkes" and q["answer"] is None and q["open"] is True
    assert q["overdue"] is False
    assert q["indicator_no"] == 21 and q["indicator_name"] and q["due_on"] == "2031-03-31"
    assert asked.headers["etag"] == '"1"'
    answer_path = f"{BASE}/questions/{q['id']}/answer"

    own, other = login_as("operator_own"), login_as("operator_other")
    inbox = own.get(BASE + "/questions", params={"open": "true"})  # their own agency's by default
    assert inbox.status_code == 200
    assert q["id"] in [i["id"] for i in inbox.json()["items"]]
    assert all(i["agency"]["id"] == dinkes for i in inbox.json()["items"])
    assert q["id"] not in [i["id"] for i in other.get(BASE + "/questions").json()["items"]]

    assert_problem(other.post(answer_path, json={"answer": "Bukan urusan kami"}, headers={"If-Match": '"1"'}),
                   403, "forbidden")
    assert_problem(own.post(answer_path, json={"answer": "Ada di Simpul"}), 428, "precondition-required")
    assert_problem(own.post(answer_path, json={"answer": "  "}, headers={"If-Match": '"1"'}), 422, "validation-failed")
    answered = own.post(answer_path, json={"answer": "Ada di Simpul, menu Risiko."}, headers={"If-Match": '"1"'})
    assert answered.status_code == 200, support.describe(answered)
    assert answered.json()["answer"] == "Ada di Simpul, menu Risiko." and answered.json()["answered_by"] == "operator.dinkes"
    assert answered.headers["etag"] == '"2"'
    stale = own.post(answer_path, json={"answer": "Ganti"}, headers={"If-Match": '"1"'})
    assert_problem(stale, 412, "precondition-failed")
    replaced = own.post(answer_path, json={"answer": "Register terlampir."}, headers={"If-Match": '"2"'})
    assert replaced.status_code == 200 and replaced.json()["answer"] == "Register terlampir."

    # The evidence answering it: the same agency; another agency's does not fit the question.
    evidence = own.post(evidence_path(campaign), json={"kind": "url", "url": "https://dinkes.madiunkota.go.id/register",
                                                       "agency_id": dinkes, "question_id": q["id"]})
    assert evidence.status_code == 201, support.describe(evidence)
    assert evidence.json()["question_id"] == q["id"]
    wrong = admin.post(evidence_path(campaign), json={"kind": "url", "url": "https://x.go.id", "agency_id": bappeda,
                                                      "question_id": q["id"]})
    assert_problem(wrong, 422, "validation-failed")
    assert field_names(wrong.json()) == ["question_id"]
    elsewhere = admin.post(evidence_path(campaign, 22), json={"kind": "url", "url": "https://x.go.id",
                                                              "agency_id": dinkes, "question_id": q["id"]})
    assert_problem(elsewhere, 422, "validation-failed")

    listed = {i["id"]: i for i in admin.get(questions_path(campaign)).json()["items"]}
    assert listed[q["id"]]["evidence_count"] == 1 and listed[q["id"]]["open"] is False
    assert q["id"] not in [i["id"] for i in own.get(BASE + "/questions", params={"open": "true"}).json()["items"]]
    by_campaign = admin.get(BASE + "/questions", params={"campaign_id": campaign, "agency_id": dinkes})
    assert q["id"] in [i["id"] for i in by_campaign.json()["items"]]


def test_only_the_team_asks_and_a_question_names_a_real_agency(admin, login_as, campaign, dinkes):
    late = admin.post(questions_path(campaign, 3), json={"agency_id": dinkes, "question": "Sudah lewat?",
                                                         "due_on": "2020-01-31"})
    assert late.status_code == 201 and late.json()["overdue"] is True
    by_operator = login_as("operator_own").post(questions_path(campaign), json={"agency_id": dinkes, "question": "?"})
    assert_problem(by_operator, 403, "forbidden")
    unknown = admin.post(questions_path(campaign), json={"agency_id": 999999999, "question": "Ada?"})
    assert_problem(unknown, 422, "validation-failed")
    assert field_names(unknown.json()) == ["agency_id"]
    empty = admin.post(questions_path(campaign), json={"agency_id": dinkes, "question": "", "due_on": "31-03-2031"})
    assert_problem(empty, 422, "validation-failed")
    assert set(field_names(empty.json())) == {"question", "due_on"}


# --------------------------------------------------------------------------- a signed-off campaign


def test_a_signed_off_campaign_takes_no_evidence_and_no_answers(admin, login_as, signed, dinkes):
    path = evidence_path(signed["id"])
    add = admin.post(path, json={"kind": "url", "url": "https://x.go.id"})
    assert_problem(add, 409, "conflict")
    assert "Buka kembali" in add.json()["detail"]
    by_operator = login_as("operator_own").post(path, json={"kind": "url", "url": "https://x.go.id", "agency_id": dinkes})
    assert_problem(by_operator, 409, "conflict")
    assert_problem(admin.delete(f"{BASE}/evidence/{signed['evidence']['id']}"), 409, "conflict")
    assert_problem(admin.post(questions_path(signed["id"]), json={"agency_id": dinkes, "question": "Lagi?"}),
                   409, "conflict")
    answer = login_as("operator_own").post(f"{BASE}/questions/{signed['question']['id']}/answer",
                                           json={"answer": "Terlambat"}, headers={"If-Match": '"1"'})
    assert_problem(answer, 409, "conflict")
    # Reading goes on.
    assert admin.get(path).status_code == 200


# --------------------------------------------------------------------------- external results


def test_external_results_wait_for_the_sign_off(admin, campaign):
    single = admin.put(f"{BASE}/campaigns/{campaign}/external/1/document", json={"level": 3})
    assert_problem(single, 409, "conflict")
    assert "ditandatangani" in single.json()["detail"]
    bulk = admin.put(f"{BASE}/campaigns/{campaign}/external/document", json={"levels": {"1": 3}})
    assert_problem(bulk, 409, "conflict")
    overview = admin.get(f"{BASE}/campaigns/{campaign}/external")
    assert overview.status_code == 200 and overview.json()["entry_open"] is False


def test_a_stage_in_bulk_then_a_correction_and_the_differences(admin, login_as, signed):
    cid, self_levels = signed["id"], signed["levels"]
    stage = f"{BASE}/campaigns/{cid}/external/document"

    # All or nothing: one bad level and nothing is stored.
    bad = admin.put(stage, json={"levels": {"1": 3, "2": 9, "999": 1}})
    assert_problem(bad, 422, "validation-failed")
    assert set(field_names(bad.json())) == {"levels.2", "levels.999"}
    assert all(i["document"] is None for i in admin.get(f"{BASE}/campaigns/{cid}/external").json()["items"])

    levels = {str(no): min(5, level + 1) for no, level in self_levels.items() if no <= 10}
    entered = admin.put(stage, json={"levels": levels, "note": "Penilaian Dokumen"})
    assert entered.status_code == 200, support.describe(entered)
    by_no = {i["number"]: i for i in entered.json()["items"]}
    for no in range(1, 11):
        assert by_no[no]["document"]["level"] == levels[str(no)]
        assert by_no[no]["result"] == levels[str(no)]
        assert by_no[no]["difference"] == levels[str(no)] - self_levels[no]
    assert by_no[11]["document"] is None and by_no[11]["result"] is None
    assert entered.json()["entry_open"] is True
    # The same stage again with the same levels changes nothing; another level needs the version
    # seen, and a stale one saves nothing of the request (all or nothing).
    assert admin.put(stage, json={"levels": {"1": levels["1"]}}).status_code == 200
    other = 1 if levels["1"] != 1 else 2
    differing = admin.put(stage, json={"levels": {"1": other, "11": 3}})
    assert_problem(differing, 409, "conflict")
    stale = admin.put(stage, json={"levels": {"1": other, "11": 3}, "versions": {"1": 7}})
    assert_problem(stale, 412, "precondition-failed")
    after_refusals = {i["number"]: i for i in admin.get(f"{BASE}/campaigns/{cid}/external").json()["items"]}
    assert after_refusals[1]["document"]["level"] == levels["1"] and after_refusals[11]["document"] is None
    # One request enters 11, corrects 2 and takes 3 off the stage, each on the version seen.
    other_2 = 1 if levels["2"] != 1 else 2
    both = admin.put(stage, json={"levels": {"11": 3, "2": other_2}, "remove": [3], "versions": {"2": 1, "3": 1}})
    assert both.status_code == 200, support.describe(both)
    by_no = {i["number"]: i for i in both.json()["items"]}
    assert by_no[11]["document"]["level"] == 3
    assert by_no[2]["document"]["level"] == other_2 and by_no[2]["document"]["version"] == 2
    assert by_no[3]["document"] is None
    assert_problem(admin.put(stage, json={"levels": {"4": 1}, "remove": [4]}), 422, "validation-failed")

    # A correction names the version it corrects.
    one = f"{BASE}/campaigns/{cid}/external/1/document"
    assert_problem(admin.put(one, json={"level": 2}), 428, "precondition-required")
    assert_problem(admin.put(one, json={"level": 2}, headers={"If-Match": '"7"'}), 412, "precondition-failed")
    assert_problem(admin.put(one, json={"level": 6}, headers={"If-Match": '"1"'}), 422, "validation-failed")
    corrected = admin.put(one, json={"level": 2, "note": "Salah ketik"}, headers={"If-Match": '"1"'})
    assert corrected.status_code == 200, support.describe(corrected)
    assert corrected.json()["level"] == 2 and corrected.headers["etag"] == '"2"'

    # A later stage is the result: the visit over the document.
    visit = admin.put(f"{BASE}/campaigns/{cid}/external/1/visit", json={"level": 4})
    assert visit.status_code == 201, support.describe(visit)
    overview = admin.get(f"{BASE}/campaigns/{cid}/external").json()
    first = next(i for i in overview["items"] if i["number"] == 1)
    assert first["document"]["level"] == 2 and first["visit"]["level"] == 4 and first["result"] == 4
    assert first["self"] == self_levels[1] and first["difference"] == 4 - self_levels[1]
    diffs = {d["indicator"]: d["difference"] for d in overview["differences"]}
    if 4 != self_levels[1]:
        assert diffs[1] == 4 - self_levels[1]

    # Removing the visit brings the document back as the result.
    assert_problem(admin.delete(f"{BASE}/campaigns/{cid}/external/1/visit", headers={"If-Match": '"9"'}),
                   412, "precondition-failed")
    assert admin.delete(f"{BASE}/campaigns/{cid}/external/1/visit").status_code == 204
    assert_problem(admin.delete(f"{BASE}/campaigns/{cid}/external/1/visit"), 404, "not-found")
    first = next(i for i in admin.get(f"{BASE}/campaigns/{cid}/external").json()["items"] if i["number"] == 1)
    assert first["visit"] is None and first["result"] == 2

    # Only the ICT office enters them; an unknown stage names nothing.
    assert_problem(login_as("auditor").put(f"{BASE}/campaigns/{cid}/external/2/visit", json={"level": 3}),
                   403, "forbidden")
    assert_problem(admin.put(f"{BASE}/campaigns/{cid}/external/2/hearing", json={"level": 3}), 404, "not-found")
