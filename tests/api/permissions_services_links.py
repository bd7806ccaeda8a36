"""Who may call the service, link and impact routes (docs/registries-contract.md, "Services and links").

Every role but citizen reads services, links, impact and dependencies. Services are registered
and changed by the superadmin and agency operators, whom the route narrows to their own agency;
links are kept by the superadmin or an operator of the agency owning the `from` element (tested
in test_services.py and test_impact.py, where the records exist). Recording the ICT office's
coordination of an integration across agencies (Madiun Pasal 30 ayat 3) is the superadmin's:
operators get 403 even for an unknown id. Without `kind` and `id`, impact and dependencies are
400; empty bodies fail validation (422) or lack If-Match (428); an id of no record gives 404.
"""
from __future__ import annotations

from permission_roles import AGENCY_EDITORS, STAFF, SUPERADMIN

REGISTRY_READERS = STAFF
SERVICES = "/api/v1/services"
LINKS = "/api/v1/element-links"

DECISIONS = {
    ("GET", SERVICES): REGISTRY_READERS,
    ("POST", SERVICES): AGENCY_EDITORS,
    ("GET", SERVICES + "/export.json"): REGISTRY_READERS,
    ("GET", SERVICES + "/export.xlsx"): REGISTRY_READERS,
    ("GET", SERVICES + "/{}"): REGISTRY_READERS,
    ("PATCH", SERVICES + "/{}"): AGENCY_EDITORS,
    ("GET", SERVICES + "/{}/history"): REGISTRY_READERS,
    ("GET", SERVICES + "/{}/export.json"): REGISTRY_READERS,
    ("GET", SERVICES + "/{}/export.xlsx"): REGISTRY_READERS,
    ("POST", SERVICES + "/{}/coordinate-integration"): SUPERADMIN,
    ("GET", LINKS): REGISTRY_READERS,
    ("POST", LINKS): AGENCY_EDITORS,
    ("DELETE", LINKS + "/{}"): AGENCY_EDITORS,
    ("GET", "/api/v1/impact"): REGISTRY_READERS,
    ("GET", "/api/v1/dependencies"): REGISTRY_READERS,
}

BODIES = {
    ("POST", SERVICES): {},
    ("PATCH", SERVICES + "/{}"): {},
    ("POST", SERVICES + "/{}/coordinate-integration"): {},
    ("POST", LINKS): {},
}
