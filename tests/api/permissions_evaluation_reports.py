"""Who may download the evaluation's documents (docs/evaluation-contract.md, "Reports"): the
Berita Acara Penilaian Mandiri and the result report are read with evaluation_read, every staff
role; a citizen may not. The matrix calls them with an id no campaign has (404 after the
permission check); test_evaluation_reports.py reads them on a real campaign.
"""
from __future__ import annotations

from permission_roles import STAFF

CAMPAIGN = "/api/v1/evaluation/campaigns/{}"

DECISIONS = {
    ("GET", CAMPAIGN + "/self-assessment.pdf"): STAFF,
    ("GET", CAMPAIGN + "/result.pdf"): STAFF,
    ("GET", CAMPAIGN + "/result.xlsx"): STAFF,
}
