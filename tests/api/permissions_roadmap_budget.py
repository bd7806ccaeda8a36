"""Permission decisions of the roadmap (Peta Rencana SPBE) and budget plan (Rencana dan
Anggaran SPBE) routes, docs/governance-contract.md "Roadmap" and "Budget plans".

Roadmaps are read by all staff and kept by the ICT office (the superadmin). Budget plans are
kept by each agency's operator for their own agency (the route answers 403 for another
agency's plan, tested in test_budget_plans.py); in the demo operator_other is the operator
of Bappeda, the planning office, who coordinates and returns plans and reads the
consolidated view; only the ICT office (here the superadmin) verifies.
"""
from permission_roles import AGENCY_EDITORS, GOVERNANCE_READERS, SUPERADMIN

PLANNING_OFFICE = frozenset({"superadmin", "operator_other"})
CONSOLIDATED_READERS = frozenset({"superadmin", "operator_other", "leadership", "auditor"})

DECISIONS = {
    ("GET", "/api/v1/roadmaps"): GOVERNANCE_READERS,
    ("POST", "/api/v1/roadmaps"): SUPERADMIN,
    ("GET", "/api/v1/roadmaps/{}"): GOVERNANCE_READERS,
    ("PATCH", "/api/v1/roadmaps/{}"): SUPERADMIN,
    ("POST", "/api/v1/roadmaps/{}/enact"): SUPERADMIN,
    ("POST", "/api/v1/roadmaps/{}/activities"): SUPERADMIN,
    ("POST", "/api/v1/roadmaps/{}/monitoring"): SUPERADMIN,
    ("GET", "/api/v1/roadmaps/{}/history"): GOVERNANCE_READERS,
    ("GET", "/api/v1/roadmaps/{}/export.json"): GOVERNANCE_READERS,
    ("GET", "/api/v1/roadmaps/{}/export.xlsx"): GOVERNANCE_READERS,
    ("GET", "/api/v1/roadmap-activities/{}"): GOVERNANCE_READERS,
    ("PATCH", "/api/v1/roadmap-activities/{}"): SUPERADMIN,
    ("DELETE", "/api/v1/roadmap-activities/{}"): SUPERADMIN,
    ("GET", "/api/v1/roadmap-activities/{}/history"): GOVERNANCE_READERS,
    ("GET", "/api/v1/budget-plans"): GOVERNANCE_READERS,
    ("POST", "/api/v1/budget-plans"): AGENCY_EDITORS,
    ("GET", "/api/v1/budget-plans/consolidated"): CONSOLIDATED_READERS,
    ("GET", "/api/v1/budget-plans/consolidated/export.json"): CONSOLIDATED_READERS,
    ("GET", "/api/v1/budget-plans/consolidated/export.xlsx"): CONSOLIDATED_READERS,
    ("GET", "/api/v1/budget-plans/{}"): GOVERNANCE_READERS,
    ("PATCH", "/api/v1/budget-plans/{}"): AGENCY_EDITORS,
    ("POST", "/api/v1/budget-plans/{}/lines"): AGENCY_EDITORS,
    ("POST", "/api/v1/budget-plans/{}/submit"): AGENCY_EDITORS,
    ("POST", "/api/v1/budget-plans/{}/coordinate"): PLANNING_OFFICE,
    ("POST", "/api/v1/budget-plans/{}/verify"): SUPERADMIN,
    ("POST", "/api/v1/budget-plans/{}/return"): PLANNING_OFFICE,
    ("GET", "/api/v1/budget-plans/{}/history"): GOVERNANCE_READERS,
    ("GET", "/api/v1/budget-plans/{}/export.json"): GOVERNANCE_READERS,
    ("GET", "/api/v1/budget-plans/{}/export.xlsx"): GOVERNANCE_READERS,
    ("PATCH", "/api/v1/budget-lines/{}"): AGENCY_EDITORS,
    ("DELETE", "/api/v1/budget-lines/{}"): AGENCY_EDITORS,
    ("GET", "/api/v1/budget-lines/{}/history"): GOVERNANCE_READERS,
}

# Empty bodies fail validation (422) or lack If-Match (428); ids of no record give 404.
BODIES = {
    ("POST", "/api/v1/roadmaps"): {},
    ("PATCH", "/api/v1/roadmaps/{}"): {},
    ("POST", "/api/v1/roadmaps/{}/enact"): {},
    ("POST", "/api/v1/roadmaps/{}/activities"): {},
    ("POST", "/api/v1/roadmaps/{}/monitoring"): {},
    ("PATCH", "/api/v1/roadmap-activities/{}"): {},
    ("POST", "/api/v1/budget-plans"): {},
    ("PATCH", "/api/v1/budget-plans/{}"): {},
    ("POST", "/api/v1/budget-plans/{}/lines"): {},
    ("POST", "/api/v1/budget-plans/{}/return"): {},
    ("PATCH", "/api/v1/budget-lines/{}"): {},
}
