"""Who may import spreadsheets into the registries (docs/registries-contract.md, "Import").

Those who register records one by one (superadmin, agency operators; the route narrows
operators to their own agency, row by row) also import them and fetch the template. An
empty JSON body is not a spreadsheet (415) once the permission check has passed.
"""
from __future__ import annotations

from permission_roles import AGENCY_EDITORS

REGISTRIES = ["/api/v1/datasets", "/api/v1/applications", "/api/v1/hosts", "/api/v1/services"]

DECISIONS = {}
BODIES = {}
for _base in REGISTRIES:
    DECISIONS[("GET", _base + "/import-template.xlsx")] = AGENCY_EDITORS
    DECISIONS[("POST", _base + "/import")] = AGENCY_EDITORS
    BODIES[("POST", _base + "/import")] = {}
