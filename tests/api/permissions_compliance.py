"""Who may call the compliance routes (docs/compliance-contract.md, "Routes").

Every staff role reads compliance - the region, an agency, the obligations, the calendar, the
statements (a finding's evidence links them) and the snapshots (compliance_read). The ICT office
and the agency operators record and withdraw statements (compliance_attest; the route narrows an
operator to their own agency's subjects and leaves the region's own duties to the ICT office,
tested in test_compliance.py). Only the ICT office takes a snapshot on demand (compliance_manage).
The leadership dashboard is for the leadership, the auditors and the ICT office (dashboard_read).
"""
from __future__ import annotations

from permission_roles import AGENCY_EDITORS, STAFF, SUPERADMIN

BASE = "/api/v1/compliance"

DECISIONS = {
    ("GET", BASE): STAFF,
    ("GET", BASE + "/agencies/{}"): STAFF,
    ("GET", BASE + "/obligations"): STAFF,
    ("GET", BASE + "/obligations/{}"): STAFF,
    ("GET", BASE + "/calendar"): STAFF,
    ("GET", BASE + "/statements"): STAFF,
    ("POST", BASE + "/statements"): AGENCY_EDITORS,
    ("GET", BASE + "/statements/{}"): STAFF,
    ("POST", BASE + "/statements/{}/withdraw"): AGENCY_EDITORS,
    ("GET", BASE + "/snapshots"): STAFF,
    ("POST", BASE + "/snapshots"): SUPERADMIN,
    ("GET", BASE + "/report.pdf"): STAFF,
    ("GET", BASE + "/report.xlsx"): STAFF,
    ("GET", "/api/v1/dashboard"): frozenset({"superadmin", "leadership", "auditor"}),
}

# An empty statement fails validation (422); a withdrawal without If-Match is 428.
BODIES = {
    ("POST", BASE + "/statements"): {},
    ("POST", BASE + "/statements/{}/withdraw"): {},
}
