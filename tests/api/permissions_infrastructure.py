"""Who may call the infrastructure routes (docs/registries-contract.md, "Infrastructure").

Every role but citizen reads. The ICT office (the superadmin, infrastructure_manage) keeps the
facilities and the IP allocations (OKI Pasal 20 ayat 2). Hosts, networks, domains, LAN diagrams
and backups are registry_edit: the superadmin, and agency operators, whom the route narrows to
their own agency - and, in a region with PD Mandiri TIK (the Madiun demo), to a self-sufficient
agency for hosts and LANs (Pasal 45); those record-level rules are tested in
test_infrastructure.py. An empty body is refused with 422 before any record-level rule.
"""
from __future__ import annotations

from permission_roles import AGENCY_EDITORS, STAFF, SUPERADMIN

REGISTRY_READERS = STAFF

DECISIONS = {}
BODIES = {}

for _base, _create, _edit in (("/api/v1/facilities", SUPERADMIN, SUPERADMIN),
                              ("/api/v1/hosts", AGENCY_EDITORS, AGENCY_EDITORS),
                              ("/api/v1/networks", AGENCY_EDITORS, AGENCY_EDITORS),
                              ("/api/v1/ip-ranges", SUPERADMIN, SUPERADMIN),
                              ("/api/v1/domains", AGENCY_EDITORS, AGENCY_EDITORS)):
    DECISIONS[("GET", _base)] = REGISTRY_READERS
    DECISIONS[("POST", _base)] = _create
    DECISIONS[("GET", _base + "/{}")] = REGISTRY_READERS
    DECISIONS[("PATCH", _base + "/{}")] = _edit
    DECISIONS[("GET", _base + "/{}/history")] = REGISTRY_READERS
    BODIES[("POST", _base)] = {}
    BODIES[("PATCH", _base + "/{}")] = {}

for _base in ("/api/v1/hosts", "/api/v1/ip-ranges", "/api/v1/domains"):
    DECISIONS[("GET", _base + "/export.json")] = REGISTRY_READERS
    DECISIONS[("GET", _base + "/export.xlsx")] = REGISTRY_READERS

DECISIONS.update({
    ("GET", "/api/v1/lan-diagrams"): REGISTRY_READERS,
    ("POST", "/api/v1/lan-diagrams"): AGENCY_EDITORS,
    ("GET", "/api/v1/lan-diagrams/status"): REGISTRY_READERS,
    ("GET", "/api/v1/backups"): REGISTRY_READERS,
    ("POST", "/api/v1/backups"): AGENCY_EDITORS,
    ("GET", "/api/v1/backups/latest"): REGISTRY_READERS,
})
BODIES[("POST", "/api/v1/lan-diagrams")] = {}
BODIES[("POST", "/api/v1/backups")] = {}
