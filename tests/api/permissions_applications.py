"""Who may call the application routes (docs/registries-contract.md, "Applications").

Every role but citizen reads. The superadmin and agency operators register, edit, attach
documents, record tests and move the lifecycle; the route narrows operators to their own
agency's applications (tested in test_applications.py, where the records exist). The GCIO
approval is for superadmin and leadership by permission; the route then answers 404 for an
unknown id, 409 where the regulation has no GCIO gate, and 403 unless the caller's account is
linked to the GCIO holder (test_applications.py, on a Batam region).
"""
from __future__ import annotations

from permission_roles import AGENCY_EDITORS, STAFF

BASE = "/api/v1/applications"
REGISTRY_READERS = STAFF
GCIO_CALLERS = frozenset({"superadmin", "leadership"})

DECISIONS = {
    ("GET", BASE): REGISTRY_READERS,
    ("POST", BASE): AGENCY_EDITORS,
    ("GET", BASE + "/export.json"): REGISTRY_READERS,
    ("GET", BASE + "/export.xlsx"): REGISTRY_READERS,
    ("GET", BASE + "/{}"): REGISTRY_READERS,
    ("PATCH", BASE + "/{}"): AGENCY_EDITORS,
    ("GET", BASE + "/{}/history"): REGISTRY_READERS,
    ("GET", BASE + "/{}/export.json"): REGISTRY_READERS,
    ("GET", BASE + "/{}/export.xlsx"): REGISTRY_READERS,
    ("GET", BASE + "/{}/documents"): REGISTRY_READERS,
    ("POST", BASE + "/{}/documents"): AGENCY_EDITORS,
    ("GET", BASE + "/{}/tests"): REGISTRY_READERS,
    ("POST", BASE + "/{}/tests"): AGENCY_EDITORS,
    ("POST", BASE + "/{}/gcio-approval"): GCIO_CALLERS,
    ("POST", BASE + "/{}/lifecycle"): AGENCY_EDITORS,
    ("GET", BASE + "/{}/production-readiness"): REGISTRY_READERS,
}

# Empty bodies fail validation (422) or lack If-Match (428); an id of no record gives 404.
BODIES = {
    ("POST", BASE): {},
    ("PATCH", BASE + "/{}"): {},
    ("POST", BASE + "/{}/documents"): {},
    ("POST", BASE + "/{}/tests"): {},
    ("POST", BASE + "/{}/gcio-approval"): {},
    ("POST", BASE + "/{}/lifecycle"): {},
}
