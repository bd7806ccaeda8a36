"""Who may call the evidence, question and external result routes of the SPBE evaluation
(docs/evaluation-contract.md, "Evidence, questions to agencies and external results").

Every staff role reads them (evaluation_read). Adding and removing evidence and answering a
question is evaluation_evidence and asking one is evaluation_assess: every staff role passes
the permission, and the route then narrows it to the campaign's assessor team, or to an agency
operator for their own agency (tested with real campaigns in test_evaluation_evidence.py).
External results are entered and removed by the ICT office only (evaluation_manage).
"""
from __future__ import annotations

from permission_roles import STAFF, SUPERADMIN

BASE = "/api/v1/evaluation"
INDICATOR = BASE + "/campaigns/{}/indicators/{}"

DECISIONS = {
    ("GET", BASE + "/record-kinds"): STAFF,
    ("GET", INDICATOR + "/evidence"): STAFF,
    ("POST", INDICATOR + "/evidence"): STAFF,
    ("DELETE", BASE + "/evidence/{}"): STAFF,
    ("GET", INDICATOR + "/questions"): STAFF,
    ("POST", INDICATOR + "/questions"): STAFF,
    ("GET", BASE + "/questions"): STAFF,
    ("POST", BASE + "/questions/{}/answer"): STAFF,
    ("GET", BASE + "/campaigns/{}/external"): STAFF,
    ("PUT", BASE + "/campaigns/{}/external/{}"): SUPERADMIN,
    ("PUT", BASE + "/campaigns/{}/external/{}/{}"): SUPERADMIN,
    ("DELETE", BASE + "/campaigns/{}/external/{}/{}"): SUPERADMIN,
}

# Empty bodies: a caller who may call the route meets validation (422), a missing If-Match
# (428) or the unknown campaign (404), never 401 or 403.
BODIES = {
    ("POST", INDICATOR + "/evidence"): {},
    ("POST", INDICATOR + "/questions"): {},
    ("POST", BASE + "/questions/{}/answer"): {},
    ("PUT", BASE + "/campaigns/{}/external/{}"): {},
    ("PUT", BASE + "/campaigns/{}/external/{}/{}"): {},
}
