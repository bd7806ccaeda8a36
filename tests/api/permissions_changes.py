"""Who may call the change-management routes (docs/management-processes-contract.md, "Change management").

Every role but citizen reads. Requests for change are made and edited by the ICT office
(superadmin) and agency operators (the route narrows an operator to their own agency: tested in
test_changes.py, where the records exist). The steps route answers the requesters and the
approvers (superadmin, leadership: change_approve); which step a caller may take, and that only
the approver named by the region's regulation approves, is tested in test_changes.py.
"""
from __future__ import annotations

from permission_roles import STAFF

BASE = "/api/v1/changes"
REQUESTERS = frozenset({"superadmin", "operator_own", "operator_other"})
STEP_TAKERS = REQUESTERS | {"leadership"}

DECISIONS = {
    ("GET", BASE): STAFF,
    ("POST", BASE): REQUESTERS,
    ("GET", BASE + "/calendar"): STAFF,
    ("GET", BASE + "/export.xlsx"): STAFF,
    ("GET", BASE + "/{}"): STAFF,
    ("PATCH", BASE + "/{}"): REQUESTERS,
    ("POST", BASE + "/{}/actions"): STEP_TAKERS,
    ("GET", BASE + "/{}/history"): STAFF,
    ("GET", BASE + "/{}/export.json"): STAFF,
    ("GET", BASE + "/{}/export.xlsx"): STAFF,
}

# Empty bodies fail validation (422) or lack If-Match (428); an id of no record gives 404.
BODIES = {
    ("POST", BASE): {},
    ("PATCH", BASE + "/{}"): {},
    ("POST", BASE + "/{}/actions"): {},
}
