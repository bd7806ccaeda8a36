"""Who may call the risk context, monitoring report and register workbook routes
(docs/risk-security-audit-contract.md, "Risk contexts, monitoring reports and the register workbook").

Every role but citizen reads contexts, reports, the missing-reports list and the workbook (the
committee's transparency). Agency operators and the superadmin write their unit's context and
reports; the route narrows operators to their own agency (tested in test_risk_reports.py, where
the records exist).
"""
from __future__ import annotations

from permission_roles import AGENCY_EDITORS, STAFF

CONTEXTS = "/api/v1/risk-contexts"
REPORTS = "/api/v1/risk-reports"

DECISIONS = {
    ("GET", CONTEXTS): STAFF,
    ("POST", CONTEXTS): AGENCY_EDITORS,
    ("GET", CONTEXTS + "/{}"): STAFF,
    ("PATCH", CONTEXTS + "/{}"): AGENCY_EDITORS,
    ("GET", CONTEXTS + "/{}/history"): STAFF,
    ("GET", REPORTS): STAFF,
    ("POST", REPORTS): AGENCY_EDITORS,
    ("GET", REPORTS + "/{}"): STAFF,
    ("PATCH", REPORTS + "/{}"): AGENCY_EDITORS,
    ("POST", REPORTS + "/{}/refresh"): AGENCY_EDITORS,
    ("POST", REPORTS + "/{}/submit"): AGENCY_EDITORS,
    ("GET", REPORTS + "/{}/history"): STAFF,
    ("GET", "/api/v1/risk-register.xlsx"): STAFF,
}

# Empty bodies fail validation (422) or lack If-Match (428); an id of no record gives 404.
BODIES = {
    ("POST", CONTEXTS): {},
    ("PATCH", CONTEXTS + "/{}"): {},
    ("POST", REPORTS): {},
    ("PATCH", REPORTS + "/{}"): {},
    ("POST", REPORTS + "/{}/refresh"): {},
    ("POST", REPORTS + "/{}/submit"): {},
}
