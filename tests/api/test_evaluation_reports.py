"""The evaluation's documents (docs/evaluation-contract.md, "Reports"): the Berita Acara Penilaian
Mandiri (PDF) and the result report (PDF and XLSX), read back with pdftotext (poppler-utils) and
openpyxl. Their index and predicate equal GET …/index, every indicator of the framework is named,
the record says "DRAF" until the coordinator signs it off and names the coordinator (with the NIP
of the staff record linked to their account) after; the result report counts the external results
once every indicator has one, and its workbook holds the same levels and values as the JSON.
A citizen may read none of them.

Runs on the shared demo server with campaigns of its own in free years far ahead (2040-2100).
"""
from __future__ import annotations

import io
import random
import re
import shutil
import subprocess
import tempfile

import openpyxl
import pytest

import support
from support import assert_problem, describe, traced

BASE = "/api/v1/evaluation"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DRAFT = "DRAF \u2014 belum ditandatangani"

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")


# --------------------------------------------------------------------------- helpers


def pdf_text(content: bytes) -> str:
    """The PDF's text in the order it was written (-raw: a table cell's lines stay together),
    every run of white space as one space, so a phrase reads the same wherever a cell broke it."""
    with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
        f.write(content)
        f.flush()
        out = subprocess.run(["pdftotext", "-q", "-raw", f.name, "-"], check=True, capture_output=True, timeout=60).stdout
    return re.sub(r"\s+", " ", out.decode("utf-8"))


def comma(value: str) -> str:
    return value.replace(".", ",")


def ok(r, status: int = 200):
    assert r.status_code == status, describe(r)
    return r


def new_campaign(admin, year_range: range, **fields) -> dict:
    for _ in range(60):
        r = admin.post(BASE + "/campaigns", json={"year": random.choice(year_range), "kind": "evaluation", **fields})
        if r.status_code == 409:
            continue
        return ok(r, 201).json()
    pytest.fail("no free year for a campaign")


def indicators(session, campaign_id: int) -> list[dict]:
    return ok(session.get(f"{BASE}/campaigns/{campaign_id}/indicators")).json()["items"]


def answer(session, campaign_id: int, no: int, level: int, explanation: str):
    path = f"{BASE}/campaigns/{campaign_id}/indicators/{no}"
    etag = ok(session.get(path)).headers["ETag"]
    ok(session.put(path, json={"level": level, "explanation": explanation}, headers=traced(**{"If-Match": etag})))


def verify(session, campaign_id: int, no: int):
    path = f"{BASE}/campaigns/{campaign_id}/indicators/{no}"
    etag = ok(session.get(path)).headers["ETag"]
    ok(session.post(path + "/verification", headers=traced(**{"If-Match": etag})))


def coordinator_step(session, campaign_id: int, step: str, **body):
    etag = ok(session.get(f"{BASE}/campaigns/{campaign_id}")).headers["ETag"]
    return ok(session.post(f"{BASE}/campaigns/{campaign_id}/{step}", json=body or None,
                           headers=traced(**{"If-Match": etag})))


def index_of(session, campaign_id: int) -> dict:
    return ok(session.get(f"{BASE}/campaigns/{campaign_id}/index")).json()


def documents(session, campaign_id: int) -> dict:
    """The three files of the campaign: texts of the PDFs and the workbook."""
    path = f"{BASE}/campaigns/{campaign_id}"
    record = ok(session.get(path + "/self-assessment.pdf"))
    result = ok(session.get(path + "/result.pdf"))
    book = ok(session.get(path + "/result.xlsx"))
    return {"record": record, "record_text": pdf_text(record.content), "result": result,
            "result_text": pdf_text(result.content), "xlsx": book,
            "book": openpyxl.load_workbook(io.BytesIO(book.content))}


def sheet_table(book, name: str, first_header: str) -> list[dict]:
    rows = [r for r in book[name].values if any(c is not None for c in r)]
    start = next(i for i, r in enumerate(rows) if r[0] == first_header)
    return [dict(zip(rows[start], r)) for r in rows[start + 1:]]


def summary(book) -> dict:
    return {r["Kode"]: r["Nilai"] for r in sheet_table(book, "Ringkasan", "Butir")}


def nip_today() -> str:
    """A NIP (18 digits: birth date, appointment month, sex, serial) no one else has."""
    return f"19850512201001{random.choice('12')}{random.randint(100, 999)}"


# --------------------------------------------------------------------------- the campaign's story


@pytest.fixture(scope="module")
def story(server, admin, login_as) -> dict:
    """A campaign taken from first answers to external results, with the documents at each step:
    the draft (everything answered and verified, not signed), signed off, and with a complete
    document review. Its coordinator is a new account linked to a staff record with a NIP; the
    year before has a campaign of its own for the trend."""
    coordinator, password = support.ready_user(server, admin, "leadership")
    coord = support.signed_in(server, coordinator["username"], password)
    name, nip = "Drs. Hartono Wibisono, M.Si.", nip_today()
    ok(admin.post("/api/v1/people", json={"name": name, "nip": nip, "user_id": coordinator["id"]}), 201)

    pic, data_entry, citizen = login_as("auditor"), login_as("operator_other"), login_as("citizen")
    for _ in range(30):
        earlier = new_campaign(admin, range(2040, 2099), target_index="2.60")
        r = admin.post(BASE + "/campaigns", json={"year": earlier["year"] + 1, "kind": "evaluation", "target_index": "2.60"})
        if r.status_code == 201:
            break
    campaign = ok(r, 201).json()
    cid = campaign["id"]
    for user_id, role in ((coordinator["id"], "coordinator"), (pic.user["id"], "person_in_charge"),
                          (data_entry.user["id"], "data_entry")):
        for k in (earlier["id"], cid):
            r = admin.put(f"{BASE}/campaigns/{k}/assessors/{user_id}", json={"role": role, "unit": "Unit uji"})
            assert r.status_code in (200, 201), describe(r)

    rows = indicators(admin, cid)
    rnd = random.Random(cid)
    levels = {r["number"]: rnd.randint(1, 5) for r in rows}
    for no in list(levels)[:10]:
        answer(data_entry, earlier["id"], no, 2, "Tahun sebelumnya.")
    for no, level in levels.items():
        answer(data_entry, cid, no, level, f"Penjelasan indikator {no} tingkat {level}.")
        verify(pic, cid, no)
    evidence_title = "Perwali Arsitektur SPBE " + support.unique_name("bukti")
    ok(data_entry.post(f"{BASE}/campaigns/{cid}/indicators/1/evidence",
                       json={"kind": "url", "title": evidence_title, "url": "https://jdih.madiunkota.go.id/perwali"}), 201)

    story = {"campaign": campaign, "earlier": earlier, "rows": rows, "levels": levels, "coordinator": coordinator,
             "coord_name": name, "nip": nip, "evidence": evidence_title, "citizen": citizen}
    story["draft"] = documents(admin, cid)
    story["draft_index"] = index_of(admin, cid)

    coordinator_step(coord, cid, "sign-off")
    story["signed"] = documents(admin, cid)
    story["signed_index"] = index_of(admin, cid)

    # The document review of every indicator: one level lower where it can be.
    result = {no: max(1, level - 1) for no, level in levels.items()}
    r = admin.put(f"{BASE}/campaigns/{cid}/external/document", json={"levels": {str(k): v for k, v in result.items()}})
    assert r.status_code in (200, 201), describe(r)
    story["result_levels"] = result
    story["external"] = documents(admin, cid)
    story["external_index"] = index_of(admin, cid)
    story["external_rows"] = indicators(admin, cid)
    story["trend"] = ok(admin.get(f"{BASE}/trend")).json()["years"]
    return story


# --------------------------------------------------------------------------- the Berita Acara


def test_the_files_are_named_downloads(story):
    year, region = story["campaign"]["year"], "kota-madiun"
    d = story["draft"]
    assert d["record"].headers["content-type"].startswith("application/pdf")
    assert d["record"].content.startswith(b"%PDF-") and d["result"].content.startswith(b"%PDF-")
    assert d["record"].headers["content-disposition"] == f'attachment; filename="penilaian-mandiri-{region}-{year}.pdf"'
    assert d["result"].headers["content-disposition"] == f'attachment; filename="hasil-evaluasi-spbe-{region}-{year}.pdf"'
    assert d["xlsx"].headers["content-type"].startswith(XLSX)
    assert d["xlsx"].headers["content-disposition"] == f'attachment; filename="hasil-evaluasi-spbe-{region}-{year}.xlsx"'


def test_the_record_is_a_draft_until_signed_off(story):
    draft, signed = story["draft"]["record_text"], story["signed"]["record_text"]
    assert DRAFT in draft
    assert "DRAF" not in signed
    assert "Berita Acara Penilaian Mandiri SPBE" in signed
    assert "Ditandatangani" in signed


def test_the_record_shows_the_index_and_predicate_of_the_index_route(story):
    for step, index in (("draft", "draft_index"), ("signed", "signed_index")):
        overall = story[index]["self"]["overall"]
        text = story[step]["record_text"]
        assert f"{comma(overall['value'])} (predikat {overall['predicate']})" in text, step


def test_the_record_names_every_indicator_with_its_level_explanation_and_evidence(story):
    text = story["signed"]["record_text"]
    assert len(story["rows"]) == 47
    for row in story["rows"]:
        assert row["name"] in text, row["name"]
        assert f"Penjelasan indikator {row['number']} tingkat {story['levels'][row['number']]}." in text
    assert story["evidence"] in text
    assert "Kota Madiun" in text
    assert "Peraturan Menteri" in text


def test_the_signed_record_names_the_team_and_the_coordinator_with_the_nip(story):
    text = story["signed"]["record_text"]
    for role in ("Koordinator SPBE", "Penanggung jawab", "Pelaksana entri data"):
        assert role in text
    assert story["coord_name"] in text
    assert f"NIP {story['nip']}" in text
    # The sign-off sentence names the coordinator and the index as signed.
    value = comma(story["signed_index"]["self"]["overall"]["value"])
    assert f"ditandatangani oleh {story['coord_name']} selaku Koordinator SPBE" in text
    assert value in text


# --------------------------------------------------------------------------- the result report


def test_the_result_report_has_the_official_layout_and_every_indicator(story):
    text = story["external"]["result_text"]
    for heading in ("Ringkasan Eksekutif", "Dasar Hukum", "Metodologi", "Indeks", "Kekuatan dan Kelemahan",
                    "Rekomendasi", "Tingkat Kematangan Setiap Indikator"):
        assert heading in text, heading
    for row in story["rows"]:
        assert row["name"] in text, row["name"]
    # The legal basis: the framework's citation and the region's own regulation.
    assert "Peraturan Menteri" in text
    assert "Perwali Madiun" in text
    # The predicate table comes from the framework's bands.
    for band in ("Memuaskan", "Sangat Baik", "Baik", "Cukup", "Kurang"):
        assert band in text


def test_the_result_report_counts_the_self_assessment_until_every_result_is_in(story):
    overall = story["signed_index"]["self"]["overall"]
    text = story["signed"]["result_text"]
    assert f"{comma(overall['value'])} (predikat {overall['predicate']})" in text
    assert "memakai tingkat penilaian mandiri" in text
    assert "Penilaian Dokumen belum ada hasil" in text


def test_the_result_report_counts_the_external_results_once_complete(story):
    result = story["external_index"]["result"]
    assert result is not None and result["complete"]
    text = story["external"]["result_text"]
    overall = result["overall"]
    assert f"{comma(overall['value'])} (predikat {overall['predicate']})" in text
    assert "Penilaian Dokumen dilaksanakan" in text
    # The radar compares both series; the trend shows the year before.
    assert "Hasil penilaian eksternal" in text
    assert str(story["earlier"]["year"]) in text


def test_recommendations_name_the_next_level_for_indicators_below_target(story):
    text = story["external"]["result_text"]
    below = [r for r in story["external_rows"] if r["external"]["result"] < r["target"]]
    if not below:
        pytest.skip("every indicator reached its target")
    assert "Menuju tingkat" in text
    for r in below:
        assert f"{r['name']} (aspek {r['aspect']['number']}) dari {r['external']['result']} (" in text, r["name"]


# --------------------------------------------------------------------------- the workbook


def test_the_workbook_holds_the_levels_and_values_of_the_json(story):
    book = story["external"]["book"]
    assert book.sheetnames == ["Ringkasan", "Indikator", "Aspek dan Domain", "Tren"]
    s = summary(book)
    index = story["external_index"]
    assert s["index"] == comma(index["result"]["overall"]["value"])
    assert s["predicate"] == index["result"]["overall"]["predicate"]
    assert s["self_index"] == comma(index["self"]["overall"]["value"])
    assert s["result_index"] == comma(index["result"]["overall"]["value"])
    assert s["basis"] == "Hasil penilaian eksternal"
    assert s["target_index"] == "2,60"
    assert s["target_met"] == ("Ya" if float(index["result"]["overall"]["value"]) >= 2.6 else "Tidak")
    rows = {r["No"]: r for r in sheet_table(book, "Indikator", "Domain")}
    assert len(rows) == 47
    for j in story["external_rows"]:
        row = rows[j["number"]]
        assert row["Indikator"] == j["name"]
        assert row["Mandiri"] == j["level"]
        assert row["Dokumen"] == j["external"]["document"]
        assert row["Hasil"] == j["external"]["result"] == story["result_levels"][j["number"]]
        assert row["Interviu"] is None and row["Visitasi"] is None
        assert row["Target"] == j["target"]
        assert row["Kesenjangan"] == max(0, j["target"] - j["external"]["result"])
        assert row["Bobot"] == comma(j["weight"])
        assert row["Penjelasan"] == j["explanation"]


def test_the_workbook_values_of_aspects_domains_and_years(story):
    book = story["external"]["book"]
    index = story["external_index"]
    values = {(r["Jenis"], r["No"]): r for r in sheet_table(book, "Aspek dan Domain", "Jenis")}
    for kind, key in (("Domain", "domains"), ("Aspek", "aspects")):
        for j in index["self"][key]:
            row = values[(kind, j["number"])]
            assert row["Mandiri"] == comma(j["value"])
        for j in index["result"][key]:
            assert values[(kind, j["number"])]["Hasil"] == comma(j["value"])
            assert values[(kind, j["number"])]["Digunakan"] == comma(j["value"])
    year = story["campaign"]["year"]
    trend = {r["Tahun"]: r for r in sheet_table(book, "Tren", "Tahun")}
    expected = {y["year"]: y for y in story["trend"] if y["year"] <= year and y["official"]["value"] is not None}
    assert set(trend) == set(expected)
    for y, j in expected.items():
        assert trend[y]["Indeks"] == comma(j["official"]["value"])
        assert trend[y]["Predikat"] == j["official"]["predicate"]
    assert summary(book)["previous_year"] == max(y for y in expected if y < year)


def test_the_draft_workbook_counts_the_self_assessment(story):
    s = summary(story["draft"]["book"])
    assert s["basis"] == "Penilaian mandiri"
    assert s["index"] == comma(story["draft_index"]["self"]["overall"]["value"])
    assert s["result_index"] is None
    assert s["signed_off_at"] is None
    assert summary(story["signed"]["book"])["signed_off_at"] is not None


# --------------------------------------------------------------------------- who may read them


@pytest.mark.parametrize("document", ["self-assessment.pdf", "result.pdf", "result.xlsx"])
def test_a_citizen_may_not_read_the_documents(story, document):
    r = story["citizen"].get(f"{BASE}/campaigns/{story['campaign']['id']}/{document}")
    assert r.status_code == 403, describe(r)


@pytest.mark.parametrize("document", ["self-assessment.pdf", "result.pdf", "result.xlsx"])
def test_an_unknown_campaign_is_not_found(admin, document):
    r = admin.get(f"{BASE}/campaigns/987654321/{document}")
    assert r.status_code == 404, describe(r)


def test_an_agency_operator_outside_the_team_may_read_them(story, login_as):
    r = login_as("operator_own").get(f"{BASE}/campaigns/{story['campaign']['id']}/result.pdf")
    ok(r)


def test_every_campaign_has_its_documents_also_unanswered_ones(admin):
    """The demo's campaigns, this module's and an empty one: none makes a writer fail."""
    new_campaign(admin, range(2040, 2101))
    campaigns = ok(admin.get(f"{BASE}/campaigns")).json()["items"]
    for k in campaigns:
        for document in ("self-assessment.pdf", "result.pdf", "result.xlsx"):
            ok(admin.get(f"{BASE}/campaigns/{k['id']}/{document}"))
        if k["index"] is None:
            assert "belum dapat dihitung" in pdf_text(ok(admin.get(f"{BASE}/campaigns/{k['id']}/result.pdf")).content)
