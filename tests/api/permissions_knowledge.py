"""Who may call the knowledge routes (docs/management-processes-contract.md, "Knowledge management").

Every staff role reads, searches, asks for suggestions and rates (knowledge_read); the ICT office
and the agency operators write articles, take their steps, link them and record transfers
(knowledge_edit; the route narrows an operator to their own agency's articles, tested in
test_knowledge.py where the records exist). The review period is the ICT office's.
"""
from __future__ import annotations

from permission_roles import AGENCY_EDITORS, STAFF, SUPERADMIN

BASE = "/api/v1/knowledge"

DECISIONS = {
    ("GET", BASE): STAFF,
    ("POST", BASE): AGENCY_EDITORS,
    ("GET", BASE + "/suggestions"): STAFF,
    ("GET", BASE + "/review-due"): STAFF,
    ("GET", BASE + "/settings"): STAFF,
    ("PUT", BASE + "/settings"): SUPERADMIN,
    ("GET", BASE + "/{}"): STAFF,
    ("PATCH", BASE + "/{}"): AGENCY_EDITORS,
    ("POST", BASE + "/{}/actions"): AGENCY_EDITORS,
    ("GET", BASE + "/{}/revisions/{}"): STAFF,
    ("GET", BASE + "/{}/history"): STAFF,
    ("GET", BASE + "/{}/export.json"): STAFF,
    ("POST", BASE + "/{}/ratings"): STAFF,
    ("POST", BASE + "/{}/views"): STAFF,
    ("POST", BASE + "/{}/links"): AGENCY_EDITORS,
    ("DELETE", BASE + "/{}/links/{}"): AGENCY_EDITORS,
    ("POST", BASE + "/{}/transfers"): AGENCY_EDITORS,
    ("DELETE", BASE + "/{}/transfers/{}"): AGENCY_EDITORS,
}

# Empty bodies fail validation (422) or lack If-Match (428); an id of no record gives 404.
BODIES = {
    ("POST", BASE): {},
    ("PUT", BASE + "/settings"): {},
    ("PATCH", BASE + "/{}"): {},
    ("POST", BASE + "/{}/actions"): {},
    ("POST", BASE + "/{}/ratings"): {},
    ("POST", BASE + "/{}/links"): {},
    ("POST", BASE + "/{}/transfers"): {},
}
