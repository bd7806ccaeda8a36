"""Who may call the evaluation routes of campaigns, answers, sign-off and the index
(docs/evaluation-contract.md, "Campaigns, the assessor team and sign-off").

Every staff role reads the evaluation (evaluation_read) and may call the assessing routes
(evaluation_assess); the route then checks the caller's place in the campaign's Tim Asesor
Internal: any member chooses levels, only the person in charge verifies, only the coordinator
signs off and reopens. Opening a campaign and putting its team together is for the ICT office
(evaluation_manage: the superadmin). The matrix calls these with an id no campaign has (404
after the permission check); TEAM_DECISIONS below is tried on a real campaign by
test_evaluation_campaigns.py, with the team TEAM.
"""
from __future__ import annotations

from permission_roles import STAFF, SUPERADMIN

BASE = "/api/v1/evaluation"
CAMPAIGN = BASE + "/campaigns/{}"
INDICATOR = CAMPAIGN + "/indicators/{}"

DECISIONS = {
    ("GET", BASE + "/campaigns"): STAFF,
    ("POST", BASE + "/campaigns"): SUPERADMIN,
    ("GET", CAMPAIGN): STAFF,
    ("PATCH", CAMPAIGN): SUPERADMIN,
    ("PUT", CAMPAIGN + "/assessors/{}"): SUPERADMIN,
    ("DELETE", CAMPAIGN + "/assessors/{}"): SUPERADMIN,
    ("GET", CAMPAIGN + "/indicators"): STAFF,
    ("GET", INDICATOR): STAFF,
    ("PUT", INDICATOR): STAFF,
    ("POST", INDICATOR + "/verification"): STAFF,
    ("DELETE", INDICATOR + "/verification"): STAFF,
    ("POST", CAMPAIGN + "/sign-off"): STAFF,
    ("POST", CAMPAIGN + "/reopen"): STAFF,
    ("GET", CAMPAIGN + "/index"): STAFF,
    ("GET", BASE + "/trend"): STAFF,
}

# Empty bodies fail validation (422); steps without If-Match are 428; the rest meet no campaign (404).
BODIES = {
    ("POST", BASE + "/campaigns"): {},
    ("PATCH", CAMPAIGN): {},
    ("PUT", CAMPAIGN + "/assessors/{}"): {},
    ("PUT", INDICATOR): {},
    ("POST", CAMPAIGN + "/reopen"): {},
}

# The matrix's roles on the team of the campaign the route-level checks use; the superadmin and
# operator_own stay off it (a superadmin manages the campaign but scores only when on the team).
TEAM = {"leadership": "coordinator", "auditor": "person_in_charge", "operator_other": "data_entry"}

# The assessing routes at the route level: who gets past the team check (the others get 403).
# Bodies and If-Match are chosen so an allowed caller changes nothing (422 or 412).
TEAM_DECISIONS = {
    ("PUT", INDICATOR): frozenset(TEAM),
    ("POST", INDICATOR + "/verification"): frozenset({"auditor"}),
    ("DELETE", INDICATOR + "/verification"): frozenset({"auditor"}),
    ("POST", CAMPAIGN + "/sign-off"): frozenset({"leadership"}),
    ("POST", CAMPAIGN + "/reopen"): frozenset({"leadership"}),
}
TEAM_BODIES = {
    ("PUT", INDICATOR): {"level": 9},
    ("POST", CAMPAIGN + "/reopen"): {"reason": "Uji hak akses"},
}
