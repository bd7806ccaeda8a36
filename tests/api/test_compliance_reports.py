"""Compliance reports (docs/compliance-contract.md, "Reports"): the PDF a Kepala Dinas signs and
the XLSX beside it, for one agency (?agency_id=) or for the region. Read back with pdftotext
(poppler-utils) and openpyxl: the right agency, the regulation's citation and articles, the counts
per status equal to GET /api/v1/compliance/agencies/{id}, the sign-off block with the head's name;
the region report's per-agency table; an unknown agency 404, a citizen 403.

Runs on the shared demo server (Kota Madiun) and only reads.
"""
from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile

import openpyxl
import pytest

from support import assert_problem, describe

BASE = "/api/v1/compliance"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
STATUSES = ["overdue", "not_met", "due_soon", "met", "not_applicable"]
LABELS = {"overdue": "Terlambat", "not_met": "Belum dipenuhi", "due_soon": "Segera jatuh tempo", "met": "Dipenuhi",
          "not_applicable": "Tidak berlaku"}

MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")


def pdf_text(content: bytes, layout: bool = False) -> str:
    with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
        f.write(content)
        f.flush()
        args = ["pdftotext", "-q"] + (["-layout"] if layout else []) + [f.name, "-"]
        return subprocess.run(args, check=True, capture_output=True, timeout=60).stdout.decode("utf-8")


def flat(text: str) -> str:
    """Wrapped lines joined: a phrase reads the same whichever line breaks the table made."""
    return re.sub(r"\s+", " ", text)


def pdf_counts(content: bytes) -> dict[str, int]:
    """The summary table of the PDF: one line per status with its count."""
    text = pdf_text(content, layout=True)
    counts = {}
    for status, label in LABELS.items():
        m = re.search(rf"^\s*{label}\s+(\d+)\s*$", text, re.M)
        assert m, f"no summary line for {label} in\n{text[:3000]}"
        counts[status] = int(m.group(1))
    return counts


def sheet_rows(book, name: str) -> list[tuple]:
    return [r for r in book[name].values if any(c is not None for c in r)]


def xlsx_counts(book) -> dict[str, int]:
    return {r[1]: r[2] for r in sheet_rows(book, "Ringkasan") if len(r) > 2 and r[1] in STATUSES}


def table(book, name: str, first_header: str) -> list[dict]:
    rows = sheet_rows(book, name)
    start = next(i for i, r in enumerate(rows) if r[0] == first_header)
    header = rows[start]
    return [dict(zip(header, r)) for r in rows[start + 1:]]


@pytest.fixture(scope="module")
def dinkes_view(admin, dinkes) -> dict:
    r = admin.get(f"{BASE}/agencies/{dinkes}")
    assert r.status_code == 200, describe(r)
    return r.json()


@pytest.fixture(scope="module")
def dinkes_pdf(admin, dinkes):
    r = admin.get(f"{BASE}/report.pdf", params={"agency_id": dinkes})
    assert r.status_code == 200, describe(r)
    return r


@pytest.fixture(scope="module")
def dinkes_xlsx(admin, dinkes):
    r = admin.get(f"{BASE}/report.xlsx", params={"agency_id": dinkes})
    assert r.status_code == 200, describe(r)
    return r


@pytest.fixture(scope="module")
def region_pdf(admin):
    r = admin.get(f"{BASE}/report.pdf")
    assert r.status_code == 200, describe(r)
    return r


@pytest.fixture(scope="module")
def region_xlsx(admin):
    r = admin.get(f"{BASE}/report.xlsx")
    assert r.status_code == 200, describe(r)
    return openpyxl.load_workbook(io.BytesIO(r.content))


def test_agency_pdf_is_a_named_pdf_download(dinkes_pdf, dinkes_view):
    assert dinkes_pdf.headers["content-type"].startswith("application/pdf")
    assert dinkes_pdf.content.startswith(b"%PDF-")
    assert dinkes_pdf.headers["content-disposition"] == \
        f'attachment; filename="kepatuhan-dinkes-{dinkes_view["as_of"]}.pdf"'


def test_agency_pdf_names_the_agency_the_regulation_and_the_date(dinkes_pdf, dinkes_view):
    text = flat(pdf_text(dinkes_pdf.content))
    assert "Laporan Kepatuhan SPBE" in text
    assert dinkes_view["agency"]["name"] in text
    assert "Kota Madiun" in text
    citation = dinkes_view["findings"][0]["obligation"]["citation"]
    article = dinkes_view["findings"][0]["obligation"]["article"]
    short_name = citation[: -len(article)].strip()
    assert short_name in text
    year, month, day = (int(x) for x in dinkes_view["as_of"].split("-"))
    assert f"{day} {MONTHS[month - 1]} {year}" in text
    assert re.search(r"Halaman 1 dari \d+", text)


def test_agency_pdf_counts_equal_the_json(dinkes_pdf, dinkes_view):
    tally = dinkes_view["tally"]
    assert pdf_counts(dinkes_pdf.content) == {s: tally[s] for s in STATUSES}
    text = pdf_text(dinkes_pdf.content, layout=True)
    m = re.search(r"^\s*Kewajiban yang berlaku\s+(\d+)\s*$", text, re.M)
    assert m and int(m.group(1)) == tally["applicable"]
    if tally["share_met"] is not None:
        assert f"{tally['share_met'] * 100:.1f}%".replace(".", ",") in text


def test_agency_pdf_lists_the_open_duties_with_their_articles(dinkes_pdf, dinkes_view):
    text = flat(pdf_text(dinkes_pdf.content))
    open_findings = [f for f in dinkes_view["findings"] if f["status"] in ("overdue", "not_met", "due_soon")]
    assert f"Kewajiban yang harus ditindaklanjuti ({len(open_findings)})" in text
    # The article's cell may wrap ("Pasal 39 ayat" / "(8)") and pdftotext reads a table row by row,
    # so the PDF is asked for "Pasal 39"; the workbook carries the whole citation (below).
    for f in open_findings[:10]:
        assert " ".join(f["obligation"]["article"].split()[:2]) in text, f["obligation"]["article"]


def test_agency_pdf_is_signed_off_by_the_agency_head(admin, dinkes, dinkes_pdf):
    agency = admin.get(f"/api/v1/agencies/{dinkes}").json()
    text = flat(pdf_text(dinkes_pdf.content))
    assert "Mengetahui," in text
    assert "NIP " in text
    head = agency.get("head")
    if head:
        assert head["title"] in text
        if head.get("person"):
            assert head["person"]["name"] in text
    else:
        assert f"Kepala {agency['name']}" in text


def test_agency_xlsx_has_the_counts_and_every_duty_in_full(dinkes_xlsx, dinkes_view):
    assert dinkes_xlsx.headers["content-type"].startswith(XLSX)
    assert dinkes_xlsx.headers["content-disposition"] == \
        f'attachment; filename="kepatuhan-dinkes-{dinkes_view["as_of"]}.xlsx"'
    book = openpyxl.load_workbook(io.BytesIO(dinkes_xlsx.content))
    assert book.sheetnames == ["Ringkasan", "Kewajiban"]
    assert xlsx_counts(book) == {s: dinkes_view["tally"][s] for s in STATUSES}
    preamble = [r for r in sheet_rows(book, "Ringkasan") if r[0] == "Perangkat daerah"]
    assert preamble and preamble[0][1] == dinkes_view["agency"]["name"]

    duties = table(book, "Kewajiban", "Pasal")
    assert len(duties) == len(dinkes_view["findings"])
    # Same order as the JSON (worst and soonest first), the whole sentence and the citation.
    for row, f in zip(duties, dinkes_view["findings"]):
        assert row["Kode kewajiban"] == f["obligation"]["id"]
        assert row["Kode status"] == f["status"]
        assert row["Kewajiban"] == f["obligation"]["text"]
        assert row["Sitasi"] == f["obligation"]["citation"]
        assert row["Subjek"] == f["subject"]["name"]
        assert (row["Jatuh tempo"] or None) == f["due_on"]


def test_region_pdf_adds_the_agencies_and_their_chart(region_pdf, region_xlsx, admin):
    assert region_pdf.content.startswith(b"%PDF-")
    assert re.fullmatch(r'attachment; filename="kepatuhan-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.pdf"',
                        region_pdf.headers["content-disposition"])
    text = flat(pdf_text(region_pdf.content))
    assert "Seluruh perangkat daerah" in text
    assert "Kepatuhan per perangkat daerah" in text
    assert "Persentase dipenuhi per perangkat daerah" in text
    assert "Mengetahui," in text
    # The summary counts are those of the workbook, which lists every finding.
    counts = xlsx_counts(region_xlsx)
    assert pdf_counts(region_pdf.content) == counts
    open_count = counts["overdue"] + counts["not_met"] + counts["due_soon"]
    assert f"Kewajiban yang harus ditindaklanjuti ({open_count})" in text
    assert f"{counts['met']} kewajiban dipenuhi; rinciannya ada dalam berkas XLSX" in text


def test_region_xlsx_has_a_row_per_agency_equal_to_its_own_view(region_xlsx, admin, agencies, dinkes, bappeda):
    assert region_xlsx.sheetnames == ["Ringkasan", "Kewajiban", "Per Perangkat Daerah"]
    duties = table(region_xlsx, "Kewajiban", "Pasal")
    counts = xlsx_counts(region_xlsx)
    assert len(duties) == sum(counts.values())
    for s in STATUSES:
        assert sum(1 for d in duties if d["Kode status"] == s) == counts[s]

    rows = {r["ID"]: r for r in table(region_xlsx, "Per Perangkat Daerah", "Perangkat daerah")}
    assert {a["id"] for a in agencies.values()} <= set(rows)
    for agency_id in (dinkes, bappeda):
        view = admin.get(f"{BASE}/agencies/{agency_id}").json()
        row = rows[agency_id]
        assert row["Perangkat daerah"] == view["agency"]["name"]
        assert [row[LABELS[s]] for s in STATUSES] == [view["tally"][s] for s in STATUSES]


def test_every_reader_may_download_it(login_as, dinkes):
    for role in ("leadership", "auditor", "operator_other"):
        r = login_as(role).get(f"{BASE}/report.xlsx", params={"agency_id": dinkes})
        assert r.status_code == 200, f"{role}: {describe(r)}"


def test_citizen_is_refused(login_as, dinkes):
    citizen = login_as("citizen")
    assert_problem(citizen.get(f"{BASE}/report.pdf", params={"agency_id": dinkes}), 403, "forbidden")
    assert_problem(citizen.get(f"{BASE}/report.xlsx"), 403, "forbidden")


def test_unknown_agency_is_not_found(admin):
    assert_problem(admin.get(f"{BASE}/report.pdf", params={"agency_id": 987654321}), 404, "not-found")
    assert_problem(admin.get(f"{BASE}/report.xlsx", params={"agency_id": 987654321}), 404, "not-found")


def test_a_malformed_agency_id_is_a_bad_request(admin):
    r = admin.get(f"{BASE}/report.pdf", params={"agency_id": "dinkes"})
    assert r.status_code == 400, describe(r)


def test_signing_in_is_needed(public):
    assert public.get(f"{BASE}/report.pdf").status_code == 401
