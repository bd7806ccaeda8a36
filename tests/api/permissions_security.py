"""Who may call the information security routes (docs/risk-security-audit-contract.md,
"Information security").

Every role but citizen reads the programme, the policies with their acknowledgements and the
incidents (operators only their own agency's incidents: the route narrows them, tested in
test_security.py). The ICT office (superadmin) keeps the programme and the policies and, as the
CSIRT (OKI Pasal 26 ayat 7), takes the handling steps. Agency operators report their agency's
incidents, record its notices and links, and acknowledge policies for their agency.
"""
from __future__ import annotations

from permission_roles import AGENCY_EDITORS, STAFF, SUPERADMIN

BASE = "/api/v1/security"

DECISIONS = {
    ("GET", BASE + "/programme"): STAFF,
    ("PUT", BASE + "/programme"): SUPERADMIN,
    ("GET", BASE + "/policies"): STAFF,
    ("POST", BASE + "/policies"): SUPERADMIN,
    ("GET", BASE + "/policies/{}"): STAFF,
    ("PATCH", BASE + "/policies/{}"): SUPERADMIN,
    ("GET", BASE + "/policies/{}/history"): STAFF,
    ("POST", BASE + "/policies/{}/publish"): SUPERADMIN,
    ("GET", BASE + "/policies/{}/acknowledgements"): STAFF,
    ("POST", BASE + "/policies/{}/acknowledgements"): AGENCY_EDITORS,
    ("GET", BASE + "/incidents"): STAFF,
    ("POST", BASE + "/incidents"): AGENCY_EDITORS,
    ("GET", BASE + "/incidents/overdue"): STAFF,
    ("GET", BASE + "/incidents/{}"): STAFF,
    ("PATCH", BASE + "/incidents/{}"): AGENCY_EDITORS,
    ("GET", BASE + "/incidents/{}/history"): STAFF,
    ("POST", BASE + "/incidents/{}/actions"): SUPERADMIN,
    ("POST", BASE + "/incidents/{}/notices"): AGENCY_EDITORS,
    ("POST", BASE + "/incidents/{}/links"): AGENCY_EDITORS,
    ("DELETE", BASE + "/incidents/{}/links/{}"): AGENCY_EDITORS,
}

# Empty bodies fail validation (422) or lack If-Match (428); an id of no record gives 404.
BODIES = {
    ("PUT", BASE + "/programme"): {},
    ("POST", BASE + "/policies"): {},
    ("PATCH", BASE + "/policies/{}"): {},
    ("POST", BASE + "/policies/{}/publish"): {},
    ("POST", BASE + "/policies/{}/acknowledgements"): {},
    ("POST", BASE + "/incidents"): {},
    ("PATCH", BASE + "/incidents/{}"): {},
    ("POST", BASE + "/incidents/{}/actions"): {},
    ("POST", BASE + "/incidents/{}/notices"): {},
    ("POST", BASE + "/incidents/{}/links"): {},
}
