"""Who may call the ICT asset routes (docs/management-processes-contract.md, "ICT assets").

Every role but citizen reads (assets, expiries, events, compatibility, inventory reports).
The superadmin and agency operators record, edit, step, state compatibility, link and import;
the route narrows operators to their own agency's assets (tested in test_assets.py, where the
records exist). The warning window and the inventory report for the regional asset office are
the ICT office's (superadmin).
"""
from __future__ import annotations

from permission_roles import AGENCY_EDITORS, STAFF, SUPERADMIN

BASE = "/api/v1/assets"

DECISIONS = {
    ("GET", BASE): STAFF,
    ("POST", BASE): AGENCY_EDITORS,
    ("GET", BASE + "/export.xlsx"): STAFF,
    ("GET", BASE + "/import-template.xlsx"): AGENCY_EDITORS,
    ("POST", BASE + "/import"): AGENCY_EDITORS,
    ("GET", BASE + "/settings"): STAFF,
    ("PUT", BASE + "/settings"): SUPERADMIN,
    ("GET", BASE + "/expiring"): STAFF,
    ("GET", BASE + "/inventory-reports"): STAFF,
    ("POST", BASE + "/inventory-reports"): SUPERADMIN,
    ("GET", BASE + "/inventory-reports/{}"): STAFF,
    ("POST", BASE + "/inventory-reports/{}/submit"): SUPERADMIN,
    ("GET", BASE + "/inventory-reports/{}/export.xlsx"): STAFF,
    ("GET", BASE + "/{}"): STAFF,
    ("PATCH", BASE + "/{}"): AGENCY_EDITORS,
    ("POST", BASE + "/{}/actions"): AGENCY_EDITORS,
    ("GET", BASE + "/{}/events"): STAFF,
    ("GET", BASE + "/{}/compatibility"): STAFF,
    ("PUT", BASE + "/{}/compatibility"): AGENCY_EDITORS,
    ("POST", BASE + "/{}/links"): AGENCY_EDITORS,
    ("DELETE", BASE + "/{}/links/{}"): AGENCY_EDITORS,
    ("GET", BASE + "/{}/history"): STAFF,
    ("GET", BASE + "/{}/export.json"): STAFF,
    ("GET", BASE + "/{}/export.xlsx"): STAFF,
}

# Empty bodies fail validation (422) or lack If-Match (428); an id of no record gives 404.
BODIES = {
    ("POST", BASE): {},
    ("POST", BASE + "/import"): {},
    ("PUT", BASE + "/settings"): {},
    ("POST", BASE + "/inventory-reports"): {},
    ("POST", BASE + "/inventory-reports/{}/submit"): {},
    ("PATCH", BASE + "/{}"): {},
    ("POST", BASE + "/{}/actions"): {},
    ("PUT", BASE + "/{}/compatibility"): {},
    ("POST", BASE + "/{}/links"): {},
}
