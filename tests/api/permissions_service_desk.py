"""Who may call the service desk settings and report routes (docs/service-desk-contract.md,
"Calendar, SLA targets, Tier 1 coverage, reports").

Every role but citizen reads the calendar, the SLA targets, the Tier 1 coverage and the reports
(service_desk_read; the report routes narrow operators to their own agency, tested in
test_service_desk.py). Only the ICT office (superadmin, service_desk_manage) changes the business
hours, the holidays and the targets.
"""
from __future__ import annotations

from permission_roles import STAFF, SUPERADMIN

BASE = "/api/v1/service-desk"

DECISIONS = {
    ("GET", BASE + "/calendar"): STAFF,
    ("PUT", BASE + "/calendar"): SUPERADMIN,
    ("POST", BASE + "/holidays"): SUPERADMIN,
    ("DELETE", BASE + "/holidays/{}"): SUPERADMIN,
    ("GET", BASE + "/sla-targets"): STAFF,
    ("PUT", BASE + "/sla-targets"): SUPERADMIN,
    ("GET", BASE + "/tier1-coverage"): STAFF,
    ("GET", BASE + "/reports"): STAFF,
    ("GET", BASE + "/reports/periodic.xlsx"): STAFF,
}

# Empty bodies lack If-Match (428) or fail validation (422); an id of no holiday gives 404.
BODIES = {
    ("PUT", BASE + "/calendar"): {},
    ("POST", BASE + "/holidays"): {},
    ("PUT", BASE + "/sla-targets"): {},
}
