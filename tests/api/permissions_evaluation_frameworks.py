"""Who may read and import evaluation frameworks, and read the suggested levels
(docs/evaluation-contract.md, "Frameworks as data" and "Suggested levels").

Every staff role reads the frameworks and the levels Simpul's records suggest; only the ICT
office (superadmin, evaluation_manage) imports a framework. The matrix calls the import with an
empty body (422 after the permission check) and the suggestions with an id no campaign has
(404); test_evaluation_frameworks.py and test_evaluation_suggestions.py use real ones.
"""
from __future__ import annotations

from permission_roles import STAFF, SUPERADMIN

BASE = "/api/v1/evaluation"

DECISIONS = {
    ("GET", BASE + "/frameworks"): STAFF,
    ("POST", BASE + "/frameworks"): SUPERADMIN,
    ("GET", BASE + "/frameworks/{}"): STAFF,
    ("GET", BASE + "/campaigns/{}/suggestions"): STAFF,
    ("GET", BASE + "/campaigns/{}/suggestions/{}"): STAFF,
}

BODIES = {
    ("POST", BASE + "/frameworks"): {},
}
