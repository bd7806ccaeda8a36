"""Who may call the risk register routes (docs/risk-security-audit-contract.md, "Risk management").

Every role but citizen reads the register, the heat map, the region view and the criteria (the
committee's transparency). Agency operators and the superadmin record risks and treatments; the
route narrows operators to their own agency (tested in test_risks.py, where the records exist).
The region's criteria are set by the ICT office (superadmin) alone.
"""
from __future__ import annotations

from permission_roles import AGENCY_EDITORS, STAFF, SUPERADMIN

BASE = "/api/v1/risks"

DECISIONS = {
    ("GET", BASE): STAFF,
    ("POST", BASE): AGENCY_EDITORS,
    ("GET", BASE + "/heat-map"): STAFF,
    ("GET", BASE + "/region-view"): STAFF,
    ("GET", BASE + "/overdue-treatments"): STAFF,
    ("GET", BASE + "/{}"): STAFF,
    ("PATCH", BASE + "/{}"): AGENCY_EDITORS,
    ("GET", BASE + "/{}/history"): STAFF,
    ("GET", BASE + "/{}/export.json"): STAFF,
    ("GET", BASE + "/{}/export.xlsx"): STAFF,
    ("POST", BASE + "/{}/treatments"): AGENCY_EDITORS,
    ("PATCH", BASE + "/{}/treatments/{}"): AGENCY_EDITORS,
    ("GET", "/api/v1/risk-criteria"): STAFF,
    ("PUT", "/api/v1/risk-criteria"): SUPERADMIN,
}

# Empty bodies fail validation (422) or lack If-Match (428); an id of no record gives 404.
BODIES = {
    ("POST", BASE): {},
    ("PATCH", BASE + "/{}"): {},
    ("POST", BASE + "/{}/treatments"): {},
    ("PATCH", BASE + "/{}/treatments/{}"): {},
    ("PUT", "/api/v1/risk-criteria"): {},
}
