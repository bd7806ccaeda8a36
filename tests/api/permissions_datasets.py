"""Who may call the data catalog and data-sharing routes (docs/registries-contract.md, "Datasets").

Every role but citizen reads the catalog (each dataset then by its classification, tested in
test_datasets.py where the records exist); the open catalog under /api/v1/public is for
everyone, without signing in (an anonymous caller naming no region gets 400, an unknown id
404). Agency operators record datasets and draft agreements; the routes narrow them to their
own agency (the provider, for agreements).
"""
from __future__ import annotations

from permission_roles import AGENCY_EDITORS, ALL, GOVERNANCE_READERS

BASE = "/api/v1/datasets"
AGREEMENTS = "/api/v1/data-sharing-agreements"

DECISIONS = {
    ("GET", BASE): GOVERNANCE_READERS,
    ("POST", BASE): AGENCY_EDITORS,
    ("GET", BASE + "/export.json"): GOVERNANCE_READERS,
    ("GET", BASE + "/export.xlsx"): GOVERNANCE_READERS,
    ("GET", BASE + "/{}"): GOVERNANCE_READERS,
    ("PATCH", BASE + "/{}"): AGENCY_EDITORS,
    ("GET", BASE + "/{}/history"): GOVERNANCE_READERS,
    ("GET", BASE + "/{}/export.json"): GOVERNANCE_READERS,
    ("GET", BASE + "/{}/export.xlsx"): GOVERNANCE_READERS,
    ("GET", "/api/v1/public/datasets"): ALL,
    ("GET", "/api/v1/public/datasets/{}"): ALL,
    ("GET", AGREEMENTS): GOVERNANCE_READERS,
    ("POST", AGREEMENTS): AGENCY_EDITORS,
    ("GET", AGREEMENTS + "/{}"): GOVERNANCE_READERS,
    ("PATCH", AGREEMENTS + "/{}"): AGENCY_EDITORS,
    ("GET", AGREEMENTS + "/{}/history"): GOVERNANCE_READERS,
    ("POST", AGREEMENTS + "/{}/activate"): AGENCY_EDITORS,
    ("POST", AGREEMENTS + "/{}/end"): AGENCY_EDITORS,
}

# Empty bodies fail validation (422) or lack If-Match (428); an id of no record gives 404.
BODIES = {
    ("POST", BASE): {},
    ("PATCH", BASE + "/{}"): {},
    ("POST", AGREEMENTS): {},
    ("PATCH", AGREEMENTS + "/{}"): {},
    ("POST", AGREEMENTS + "/{}/activate"): {},
    ("POST", AGREEMENTS + "/{}/end"): {},
}
