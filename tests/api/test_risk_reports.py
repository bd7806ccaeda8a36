"""Risk contexts (Formulir 2.0), monitoring reports (Formulir 5.0) and the register workbook
(Formulir 2.0-5.0) of PermenPANRB 5/2020, the method of the region's risk-management article
(Perwali Madiun 39/2021 Pasal 32).

Contract: docs/risk-security-audit-contract.md, "Risk contexts, monitoring reports and the register
workbook". Runs on the shared demo server (Kota Madiun, WIB): operator_own is the operator of Dinkes,
operator_other of Bappeda. Tests work in past years (2011-2019) that the demo leaves empty, so the
periods there have ended and nothing depends on what other tests made; the "too early" cases use the
current and the next year.
"""
from __future__ import annotations

import io

import openpyxl
import pytest

import support
from support import assert_audited, assert_problem, describe, field_names, traced

CONTEXTS = "/api/v1/risk-contexts"
REPORTS = "/api/v1/risk-reports"
WORKBOOK = "/api/v1/risk-register.xlsx"


# --------------------------------------------------------------------------- helpers


def if_match(record: dict) -> dict:
    return traced(**{"If-Match": f'"{record["version"]}"'})


def person_of(admin, agency_id: int) -> dict:
    r = admin.get("/api/v1/people", params={"agency_id": agency_id, "limit": 5})
    assert r.status_code == 200 and r.json()["items"], describe(r)
    return r.json()["items"][0]


def new_risk(session, agency_id: int, year: int, **fields) -> dict:
    body = {"agency_id": agency_id, "year": year, "polarity": "negative",
            "spbe_goal": "Layanan rekam medis elektronik tersedia 99%", "indicator": "Ketersediaan SIMRS",
            "event": "Server SIMRS puskesmas mati berhari-hari", "cause": "Catu daya tidak stabil dan tanpa UPS",
            "category": "infrastruktur", "impact": "Pelayanan pasien kembali manual", "impact_area": "layanan_organisasi",
            "controls": ["sop"], "likelihood": 4, "likelihood_note": "Terjadi 10 kali setahun",
            "impact_level": 4, "impact_note": "Layanan terhenti lebih dari sehari"}
    body.update(fields)
    r = session.post("/api/v1/risks", json=body)
    assert r.status_code == 201, describe(r)
    return r.json()


def draft(session, agency_id: int, year: int, period: str):
    return session.post(REPORTS, json={"agency_id": agency_id, "year": year, "period": period}, headers=traced())


def drafted(session, agency_id: int, year: int, period: str) -> dict:
    r = draft(session, agency_id, year, period)
    assert r.status_code == 201, describe(r)
    assert r.headers["ETag"] == f'"{r.json()["version"]}"'
    return r.json()


def workbook(session, **params) -> openpyxl.Workbook:
    r = session.get(WORKBOOK, params=params)
    assert r.status_code == 200, describe(r)
    assert r.headers["Content-Type"].startswith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    assert "register-risiko-" in r.headers["Content-Disposition"]
    return openpyxl.load_workbook(io.BytesIO(r.content))


def rows_of(sheet) -> list[list]:
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def header_row(sheet, first: str) -> tuple[int, list]:
    """The row (1-based) whose first cell is FIRST: the column headings below a form's heading block."""
    for i, row in enumerate(rows_of(sheet), start=1):
        if row and row[0] == first:
            return i, row
    raise AssertionError(f"no heading row starting with {first!r} in {sheet.title}")


# --------------------------------------------------------------------------- contexts


def test_context_create_read_edit_and_history(admin, own, dinkes, bappeda):
    person = person_of(admin, dinkes)
    pact = support.upload_file(own, support.MINIMAL_PDF + b"% pakta integritas dinkes 2016", name="pakta-integritas.pdf")
    body = {"agency_id": dinkes, "year": 2016, "duties": "  Melaksanakan urusan pemerintahan bidang kesehatan  ",
            "functions": "Perumusan kebijakan teknis kesehatan",
            "goals": [{"unit_goal": "Layanan kesehatan digital", "spbe_goal": "SIMRS terintegrasi",
                       "indicator": "Persentase puskesmas terhubung", "target": "100%"}],
            "structure": {"owner": person["id"], "coordinator": None, "manager": person["id"]},
            "stakeholders": [{"name": "Dinas Kominfo", "relation": "Penyedia jaringan dan pusat data"}],
            "regulations": [{"name": "Perwali Madiun 39/2021", "mandate": "Manajemen risiko SPBE (Pasal 32)"}],
            "integrity_pact_sha256": pact["sha256"]}
    r = own.post(CONTEXTS, json=body, headers=traced())
    assert r.status_code == 201, describe(r)
    ctx = r.json()
    assert r.headers["ETag"] == f'"{ctx["version"]}"'
    assert_audited(admin, r, "risk_context.create", ctx["id"])
    assert ctx["agency"]["id"] == dinkes and ctx["year"] == 2016
    assert ctx["duties"] == "Melaksanakan urusan pemerintahan bidang kesehatan"
    assert ctx["structure"]["owner"]["id"] == person["id"] and ctx["structure"]["owner"]["name"] == person["name"]
    assert ctx["structure"]["coordinator"] is None
    assert ctx["integrity_pact"]["sha256"] == pact["sha256"]
    criteria = ctx["criteria"]  # Formulir 2.6-2.10 with the context
    assert len(criteria["matrix"]) == 5 and len(criteria["levels"]) >= 1 and criteria["categories"]

    listed = admin.get(CONTEXTS, params={"year": 2016, "agency_id": dinkes}).json()["items"]
    assert [c["id"] for c in listed] == [ctx["id"]]
    assert admin.get(CONTEXTS, params={"year": 2016, "agency_id": bappeda}).json()["items"] == []

    r = own.patch(f"{CONTEXTS}/{ctx['id']}", json={"stakeholders": [], "functions": "Pelaksanaan kebijakan kesehatan"},
                  headers=if_match(ctx))
    assert r.status_code == 200, describe(r)
    edited = r.json()
    assert edited["version"] == ctx["version"] + 1 and edited["stakeholders"] == []
    assert edited["goals"] == ctx["goals"]  # untouched fields stay
    assert_audited(admin, r, "risk_context.update", ctx["id"])

    history = admin.get(f"{CONTEXTS}/{ctx['id']}/history").json()["items"]
    assert [h["action"] for h in history][:2] == ["risk_context.update", "risk_context.create"]

    # The unit and year never change; unknown fields are refused.
    r = own.patch(f"{CONTEXTS}/{ctx['id']}", json={"year": 2017, "colour": "merah"}, headers=if_match(edited))
    assert sorted(field_names(assert_problem(r, 422, "validation-failed"))) == ["colour", "year"]


def test_duplicate_context_is_refused_with_409(admin, bappeda):
    first = admin.post(CONTEXTS, json={"agency_id": bappeda, "year": 2015})
    assert first.status_code == 201, describe(first)
    problem = assert_problem(admin.post(CONTEXTS, json={"agency_id": bappeda, "year": 2015}), 409, "conflict")
    assert "2015" in problem["detail"]


def test_structure_names_people_of_the_unit_and_the_pact_a_stored_file(admin, own, dinkes, bappeda):
    stranger = person_of(admin, bappeda)
    r = own.post(CONTEXTS, json={"agency_id": dinkes, "year": 2014, "structure": {"owner": stranger["id"]},
                                 "integrity_pact_sha256": "0" * 64})
    assert sorted(field_names(assert_problem(r, 422, "validation-failed"))) == ["integrity_pact_sha256", "structure.owner"]
    r = own.post(CONTEXTS, json={"agency_id": dinkes, "year": 2014, "goals": [{"unit_goal": "", "spbe_goal": 3}],
                                 "structure": {"manager": "Budi"}})
    assert field_names(assert_problem(r, 422, "validation-failed")) == ["goals[0].unit_goal", "goals[0].spbe_goal",
                                                                        "structure.manager"]
    assert admin.get(CONTEXTS, params={"year": 2014, "agency_id": dinkes}).json()["items"] == []  # nothing half-written


def test_an_operator_keeps_only_their_own_units_context(admin, own, other, dinkes, bappeda):
    assert_problem(own.post(CONTEXTS, json={"agency_id": bappeda, "year": 2013}), 403, "forbidden")
    r = other.post(CONTEXTS, json={"agency_id": bappeda, "year": 2013, "duties": "Perencanaan pembangunan daerah"})
    assert r.status_code == 201, describe(r)
    ctx = r.json()
    assert_problem(own.patch(f"{CONTEXTS}/{ctx['id']}", json={"duties": "Diubah"}, headers=if_match(ctx)), 403, "forbidden")
    # Reading stays open to every risk reader (the committee's transparency).
    assert own.get(f"{CONTEXTS}/{ctx['id']}").status_code == 200
    assert admin.get(f"{CONTEXTS}/{ctx['id']}").json()["duties"] == "Perencanaan pembangunan daerah"


def test_concurrent_context_edits_meet_412_and_428(admin, own, dinkes):
    r = own.post(CONTEXTS, json={"agency_id": dinkes, "year": 2012})
    assert r.status_code == 201, describe(r)
    ctx = r.json()
    first = own.patch(f"{CONTEXTS}/{ctx['id']}", json={"duties": "Versi pertama"}, headers=if_match(ctx))
    assert first.status_code == 200, describe(first)
    assert_problem(admin.patch(f"{CONTEXTS}/{ctx['id']}", json={"duties": "Versi kedua"}, headers=if_match(ctx)),
                   412, "precondition-failed")
    assert_problem(admin.patch(f"{CONTEXTS}/{ctx['id']}", json={"duties": "Tanpa versi"}), 428, "precondition-required")
    assert admin.get(f"{CONTEXTS}/{ctx['id']}").json()["duties"] == "Versi pertama"
    assert_problem(admin.get(f"{CONTEXTS}/999999999"), 404, "not-found")


# --------------------------------------------------------------------------- reports


def test_report_draft_refresh_submit_and_read_only(admin, own, dinkes):
    risk = new_risk(own, dinkes, 2019)
    report = drafted(own, dinkes, 2019, "q2")
    assert report["status"] == "draft" and report["period_ends_on"] == "2019-06-30" and report["due_on"] == "2019-07-10"
    [entry] = [e for e in report["entries"] if e["risk_id"] == risk["id"]]
    assert entry["magnitude"] == risk["magnitude"] and entry["level"] == risk["level"]
    assert entry["projected_magnitude"] == risk["magnitude"]  # no residual yet: current
    assert entry["treatments_done"] == [] and entry["schedule"] is None
    assert report["allowed_actions"] == ["refresh", "submit"]

    # A done treatment with a residual: the refreshed snapshot projects the residual.
    r = own.post(f"/api/v1/risks/{risk['id']}/treatments",
                 json={"treatment_option": "mitigate", "actions": "Pasang UPS di server SIMRS", "output": "UPS terpasang",
                       "starts_on": "2019-04-01", "due_on": "2019-06-30", "status": "done", "done_on": "2019-06-20",
                       "residual_likelihood": 2, "residual_impact_level": 3})
    assert r.status_code == 201, describe(r)
    treatment = r.json()
    r = own.post(f"{REPORTS}/{report['id']}/refresh", headers=if_match(report))
    assert r.status_code == 200, describe(r)
    refreshed = r.json()
    assert refreshed["version"] == report["version"] + 1
    assert_audited(admin, r, "risk_report.refresh", report["id"])
    [entry] = [e for e in refreshed["entries"] if e["risk_id"] == risk["id"]]
    assert entry["projected_magnitude"] == treatment["residual"]["magnitude"] != risk["magnitude"]
    assert entry["projected_level"] == treatment["residual"]["level"]
    assert [t["actions"] for t in entry["treatments_done"]] == ["Pasang UPS di server SIMRS"]
    assert entry["schedule"] == {"starts_on": "2019-04-01", "due_on": "2019-06-30"}

    r = own.patch(f"{REPORTS}/{report['id']}", json={"summary": "Risiko server SIMRS turun ke level sedang."},
                  headers=if_match(refreshed))
    assert r.status_code == 200, describe(r)
    r = own.post(f"{REPORTS}/{report['id']}/submit", headers=if_match(r.json()))
    assert r.status_code == 200, describe(r)
    submitted = r.json()
    assert submitted["status"] == "submitted" and submitted["submitted_at"] and submitted["allowed_actions"] == []
    assert submitted["submitted_by"]["id"]
    assert_audited(admin, r, "risk_report.submit", report["id"])

    for attempt in (own.patch(f"{REPORTS}/{report['id']}", json={"summary": "Diubah"}, headers=if_match(submitted)),
                    own.post(f"{REPORTS}/{report['id']}/refresh", headers=if_match(submitted)),
                    own.post(f"{REPORTS}/{report['id']}/submit", headers=if_match(submitted))):
        problem = assert_problem(attempt, 409, "invalid-transition")
        assert "disampaikan" in problem["detail"] or "submitted" in problem["detail"]
    assert admin.get(f"{REPORTS}/{report['id']}").json()["summary"] == "Risiko server SIMRS turun ke level sedang."
    history = admin.get(f"{REPORTS}/{report['id']}/history").json()["items"]
    assert {"risk_report.create", "risk_report.refresh", "risk_report.update", "risk_report.submit"} <= \
        {h["action"] for h in history}

    # One report per unit, year and period.
    assert_problem(draft(admin, dinkes, 2019, "q2"), 409, "conflict")


def test_too_early_drafts_and_submissions_are_refused_citing_the_article(admin, agencies):
    this_year = support.region_today().year
    dinkes = agencies["Dinkes"]["id"]
    problem = assert_problem(draft(admin, dinkes, this_year + 1, "q1"), 409, "invalid-transition")
    assert f"{this_year + 1}-01-01" in problem["detail"] and "Pasal 32" in problem["detail"], problem

    # The annual report of the current year: drafted any time in the year, submitted only after 31 December.
    taken = {r["agency"]["id"] for r in admin.get(REPORTS, params={"year": this_year}).json()["items"]
             if r["period"] == "annual"}
    unit = next(a["id"] for a in agencies.values() if a["id"] not in taken)
    report = drafted(admin, unit, this_year, "annual")
    r = admin.patch(f"{REPORTS}/{report['id']}", json={"recommendations": "Perkuat pusat pemulihan data."},
                    headers=if_match(report))
    assert r.status_code == 200, describe(r)
    problem = assert_problem(admin.post(f"{REPORTS}/{report['id']}/submit", headers=if_match(r.json())), 409,
                             "invalid-transition")
    assert f"{this_year}-12-31" in problem["detail"] and "Pasal 32" in problem["detail"], problem
    assert admin.get(f"{REPORTS}/{report['id']}").json()["status"] == "draft"


def test_recommendations_belong_to_the_annual_report_and_it_needs_them(admin, own, other, dinkes, bappeda):
    quarterly = drafted(own, dinkes, 2018, "q1")
    r = own.patch(f"{REPORTS}/{quarterly['id']}", json={"recommendations": "Tambah anggaran."}, headers=if_match(quarterly))
    assert field_names(assert_problem(r, 422, "validation-failed")) == ["recommendations"]

    annual = drafted(own, dinkes, 2018, "annual")
    r = own.post(f"{REPORTS}/{annual['id']}/submit", headers=if_match(annual))
    assert field_names(assert_problem(r, 422, "validation-failed")) == ["recommendations"]
    r = own.patch(f"{REPORTS}/{annual['id']}", json={"recommendations": "Anggarkan UPS untuk seluruh puskesmas."},
                  headers=if_match(annual))
    assert r.status_code == 200, describe(r)
    assert r.json()["allowed_actions"] == ["refresh", "submit"]
    r = own.post(f"{REPORTS}/{annual['id']}/submit", headers=if_match(r.json()))
    assert r.status_code == 200, describe(r)

    # Operators draft and change only their own unit's reports.
    assert_problem(draft(own, bappeda, 2018, "q1"), 403, "forbidden")
    assert_problem(own.patch(f"{REPORTS}/{quarterly['id']}", json={"summary": "x"}), 428, "precondition-required")
    assert_problem(other.patch(f"{REPORTS}/{quarterly['id']}", json={"summary": "x"}, headers=if_match(quarterly)),
                   403, "forbidden")
    r = draft(own, dinkes, 2018, "q4")
    assert field_names(assert_problem(r, 422, "validation-failed")) == ["period"]


def test_missing_reports_list_ended_periods_without_a_submitted_report(admin, own, dinkes, bappeda):
    new_risk(own, dinkes, 2017, event="Kebocoran data pasien dari aplikasi pendaftaran")
    submitted = drafted(own, dinkes, 2017, "q1")
    r = own.post(f"{REPORTS}/{submitted['id']}/submit", headers=if_match(submitted))
    assert r.status_code == 200, describe(r)
    waiting = drafted(own, dinkes, 2017, "q2")

    body = admin.get(REPORTS, params={"year": 2017, "agency_id": dinkes}).json()
    assert body["year"] == 2017
    assert {(i["period"], i["status"]) for i in body["items"]} == {("q1", "submitted"), ("q2", "draft")}
    missing = {m["period"]: m for m in body["missing"]}
    assert set(missing) == {"q2", "q3", "annual"}
    assert missing["q2"]["draft_report_id"] == waiting["id"] and missing["q3"]["draft_report_id"] is None
    assert missing["annual"]["due_on"] == "2018-01-10"
    assert all(m["overdue"] and m["agency"]["id"] == dinkes for m in body["missing"])
    assert [i for i in body["items"] if i["period"] == "q2"][0]["overdue"] is True

    # A unit with neither context nor risks that year owns no risks: nothing is missing for it.
    assert admin.get(REPORTS, params={"year": 2011, "agency_id": bappeda}).json()["missing"] == []
    assert_problem(admin.get(REPORTS, params={"year": "dua ribu"}), 400, "bad-request")


# --------------------------------------------------------------------------- workbook


def test_register_workbook_in_the_layout_of_the_national_forms(admin, own, dinkes, bappeda, agencies):
    person = person_of(admin, dinkes)
    r = own.post(CONTEXTS, json={"agency_id": dinkes, "year": 2011, "duties": "Urusan kesehatan",
                                 "goals": [{"unit_goal": "Puskesmas terhubung", "spbe_goal": "SIMRS terintegrasi"}],
                                 "structure": {"owner": person["id"]}})
    assert r.status_code == 201, describe(r)
    risk = new_risk(own, dinkes, 2011, event="Jaringan puskesmas terputus saat hujan lebat", likelihood=5, impact_level=5)
    r = own.post(f"/api/v1/risks/{risk['id']}/treatments",
                 json={"treatment_option": "mitigate", "actions": "Bangun jalur cadangan radio", "starts_on": "2011-02-01",
                       "due_on": "2011-08-31", "supporting_agencies": [bappeda]})
    assert r.status_code == 201, describe(r)
    report = drafted(own, dinkes, 2011, "q3")

    book = workbook(admin, agency_id=dinkes, year=2011)
    assert book.sheetnames == ["Formulir 2.0 Konteks", "Formulir 3.0 Penilaian", "Formulir 4.0 Penanganan",
                               "Formulir 5.0 Pemantauan"]

    assessment = book["Formulir 3.0 Penilaian"]
    top = rows_of(assessment)
    assert top[1][:2] == ["Nama UPR", agencies["Dinkes"]["name"]] and top[2][:2] == ["Periode", "2011"]
    at, heading = header_row(assessment, "No")
    assert heading == ["No", "Sasaran SPBE", "Indikator Kinerja", "Jenis Risiko", "Kejadian", "Penyebab", "Kategori",
                       "Dampak", "Area Dampak", "Sistem Pengendalian", "Kemungkinan Level", "Kemungkinan Penjelasan",
                       "Dampak Level", "Dampak Penjelasan", "Besaran Risiko", "Level Risiko", "Keputusan Penanganan",
                       "Prioritas Risiko"]
    column = {name: i for i, name in enumerate(heading)}
    [row_number] = [i for i, row in enumerate(rows_of(assessment), start=1) if row[column["Kejadian"]] == risk["event"]]
    row = rows_of(assessment)[row_number - 1]
    assert row[column["No"]] == risk["number"]
    assert row[column["Jenis Risiko"]] == "Negatif"
    assert row[column["Kategori"]] == risk["category_name"] and row[column["Area Dampak"]] == risk["impact_area_name"]
    assert row[column["Sistem Pengendalian"]] == "SOP"
    assert row[column["Kemungkinan Level"]] == 5 and row[column["Dampak Level"]] == 5
    assert row[column["Besaran Risiko"]] == risk["magnitude"] == 25
    assert row[column["Level Risiko"]] == f"{risk['level']} - {risk['level_name']}"
    assert row[column["Keputusan Penanganan"]] == "Ya" and row[column["Prioritas Risiko"]] == 1
    fill = assessment.cell(row=row_number, column=column["Level Risiko"] + 1).fill
    assert fill.fgColor.rgb[-6:].lower() == risk["colour"].lstrip("#").lower(), fill.fgColor.rgb

    treatments = book["Formulir 4.0 Penanganan"]
    assert rows_of(treatments)[2][0] == "Waktu Penerapan"
    _, heading = header_row(treatments, "Prioritas Risiko")
    assert heading[:6] == ["Prioritas Risiko", "No Risiko", "Kejadian", "Opsi Penanganan", "Rencana Aksi", "Keluaran"]
    [line] = [row for row in rows_of(treatments) if row[4] == "Bangun jalur cadangan radio"]
    assert line[3] == "Mitigasi Risiko" and line[6] == "2011-02-01" and line[7] == "2011-08-31"
    assert line[8] == agencies["Dinkes"]["name"] and line[9] == agencies["Bappeda"]["name"]

    context_rows = rows_of(book["Formulir 2.0 Konteks"])
    assert ["2.1 Tugas", "Urusan kesehatan"] == context_rows[[r[0] for r in context_rows].index("2.1 Tugas")][:2]
    assert any(r[1] == "Pemilik Risiko" and r[2] == person["name"] for r in context_rows)

    monitoring = book["Formulir 5.0 Pemantauan"]
    _, heading = header_row(monitoring, "No")
    assert heading[:7] == ["No", "Sasaran SPBE", "Risiko", "Besaran Saat Ini", "Level Saat Ini", "Besaran Proyeksi",
                           "Level Proyeksi"]
    monitoring_rows = rows_of(monitoring)
    assert any(r[1] == "Periode" and r[2] == "Triwulan III 2011" for r in monitoring_rows)
    assert any(r[2] == risk["event"] and r[3] == 25 for r in monitoring_rows)
    assert report["entries"]

    # The region: one block per unit, Bappeda included once it owns a risk that year.
    new_risk(admin, bappeda, 2011, event="Data perencanaan hilang karena tidak dicadangkan", category="data_informasi")
    region = workbook(admin, year=2011)
    blocks = [r[0] for r in rows_of(region["Formulir 3.0 Penilaian"]) if isinstance(r[0], str) and r[0].startswith("UPR: ")]
    assert f"UPR: {agencies['Dinkes']['name']}" in blocks and f"UPR: {agencies['Bappeda']['name']}" in blocks

    assert_problem(admin.get(WORKBOOK, params={"agency_id": 999999999}), 404, "not-found")


def test_the_demo_region_has_contexts_reports_and_missing_ones(admin):
    """The demo's units keep contexts and reports for this year and last: most submitted, some drafts,
    some ended periods still missing, so the committee's overdue list has something to show."""
    this_year = support.region_today().year
    reports, missing = [], []
    for year in (this_year - 1, this_year):
        body = admin.get(REPORTS, params={"year": year}).json()
        reports += body["items"]
        missing += body["missing"]
    assert {r["status"] for r in reports} == {"draft", "submitted"}
    assert missing and any(m["overdue"] for m in missing)
    contexts = admin.get(CONTEXTS, params={"year": this_year - 1}).json()["items"] + \
        admin.get(CONTEXTS, params={"year": this_year}).json()["items"]
    assert contexts and all(c["goals"] and c["structure"]["owner"] for c in contexts)
    some = admin.get(f"{REPORTS}/{reports[0]['id']}").json()
    assert some["entries"] and some["entries"][0]["event"]
