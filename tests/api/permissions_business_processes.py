"""Who may call the business process routes (docs/governance-contract.md, "Business processes").

Every role but citizen reads. Agency operators draft, edit, submit and link processes; the
route narrows them to their own agency (tested in test_business_processes.py, where the
records exist). Coordinating and returning are for the organisation bureau (Kendari Pasal 9
ayat 3): the superadmin, or an operator of the agency with the organization_bureau role -
neither demo operator (Dinkes, Bappeda) is one, so both get 403 even for an unknown id.
"""
from __future__ import annotations

from permission_roles import AGENCY_EDITORS, GOVERNANCE_READERS, SUPERADMIN

BASE = "/api/v1/business-processes"

DECISIONS = {
    ("GET", BASE): GOVERNANCE_READERS,
    ("POST", BASE): AGENCY_EDITORS,
    ("GET", BASE + "/map"): GOVERNANCE_READERS,
    ("GET", BASE + "/export.json"): GOVERNANCE_READERS,
    ("GET", BASE + "/export.xlsx"): GOVERNANCE_READERS,
    ("GET", BASE + "/{}"): GOVERNANCE_READERS,
    ("PATCH", BASE + "/{}"): AGENCY_EDITORS,
    ("GET", BASE + "/{}/history"): GOVERNANCE_READERS,
    ("POST", BASE + "/{}/submit"): AGENCY_EDITORS,
    ("POST", BASE + "/{}/coordinate"): SUPERADMIN,
    ("POST", BASE + "/{}/return"): SUPERADMIN,
    ("POST", BASE + "/{}/links"): AGENCY_EDITORS,
    ("DELETE", "/api/v1/business-process-links/{}"): AGENCY_EDITORS,
}

# Empty bodies fail validation (422) or lack If-Match (428); an id of no record gives 404.
BODIES = {
    ("POST", BASE): {},
    ("PATCH", BASE + "/{}"): {},
    ("POST", BASE + "/{}/submit"): {},
    ("POST", BASE + "/{}/coordinate"): {},
    ("POST", BASE + "/{}/return"): {},
    ("POST", BASE + "/{}/links"): {},
}
