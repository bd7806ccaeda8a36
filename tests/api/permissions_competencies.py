"""Who may call the competency routes (docs/management-processes-contract.md, "Competency management").

Every role but citizen reads (operators read every agency's gaps: the committee's transparency).
The ICT office (superadmin) keeps the catalogue and the requirements; staff records and training
plans are kept by the superadmin and agency operators (the route narrows an operator to their own
agency: tested in test_competencies.py, where the records exist).
"""
from __future__ import annotations

from permission_roles import STAFF, SUPERADMIN

BASE = "/api/v1/competencies"
EDITORS = frozenset({"superadmin", "operator_own", "operator_other"})

DECISIONS = {
    ("GET", BASE + "/catalogue"): STAFF,
    ("POST", BASE + "/catalogue"): SUPERADMIN,
    ("GET", BASE + "/catalogue/{}"): STAFF,
    ("PATCH", BASE + "/catalogue/{}"): SUPERADMIN,
    ("GET", BASE + "/requirements"): STAFF,
    ("POST", BASE + "/requirements"): SUPERADMIN,
    ("DELETE", BASE + "/requirements/{}"): SUPERADMIN,
    ("GET", BASE + "/people"): STAFF,
    ("GET", BASE + "/people/{}"): STAFF,
    ("GET", BASE + "/gaps"): STAFF,
    ("GET", BASE + "/gaps/export.xlsx"): STAFF,
    ("GET", BASE + "/gaps/{}"): STAFF,
    ("GET", BASE + "/plans"): STAFF,
    ("POST", BASE + "/plans"): EDITORS,
    ("GET", BASE + "/plans/{}"): STAFF,
    ("PATCH", BASE + "/plans/{}"): EDITORS,
    ("GET", BASE + "/plans/{}/history"): STAFF,
    ("GET", BASE + "/plans/{}/export.json"): STAFF,
    ("GET", BASE + "/plans/{}/export.xlsx"): STAFF,
    ("POST", BASE + "/plans/{}/items"): EDITORS,
    ("PATCH", BASE + "/plans/{}/items/{}"): EDITORS,
}
for _kind in ("competencies", "certificates", "trainings"):
    DECISIONS[("POST", f"{BASE}/people/{{}}/{_kind}")] = EDITORS
    DECISIONS[("PATCH", f"{BASE}/people/{{}}/{_kind}/{{}}")] = EDITORS
    DECISIONS[("DELETE", f"{BASE}/people/{{}}/{_kind}/{{}}")] = EDITORS

# Empty bodies fail validation (422) or lack If-Match (428); an id of no record gives 404.
BODIES = {key: {} for key in DECISIONS if key[0] in ("POST", "PATCH")}
