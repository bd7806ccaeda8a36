"""Permission decisions for the master plan and the architecture (docs/governance-contract.md,
"Who may do what"): every role but citizens reads them, their history and exports; only the
ICT office (the superadmin) creates, edits, enacts, reviews and moves them along."""
from __future__ import annotations

from permission_roles import GOVERNANCE_READERS, SUPERADMIN

_MASTER = "/api/v1/master-plans"
_ARCH = "/api/v1/architectures"

DECISIONS = {
    ("GET", _MASTER): GOVERNANCE_READERS,
    ("POST", _MASTER): SUPERADMIN,
    ("GET", _MASTER + "/{}"): GOVERNANCE_READERS,
    ("PATCH", _MASTER + "/{}"): SUPERADMIN,
    ("POST", _MASTER + "/{}/enact"): SUPERADMIN,
    ("POST", _MASTER + "/{}/supersede"): SUPERADMIN,
    ("POST", _MASTER + "/{}/reviews"): SUPERADMIN,
    ("GET", _MASTER + "/{}/history"): GOVERNANCE_READERS,
    ("GET", _MASTER + "/{}/export.json"): GOVERNANCE_READERS,
    ("GET", _MASTER + "/{}/export.xlsx"): GOVERNANCE_READERS,
    ("GET", _ARCH): GOVERNANCE_READERS,
    ("POST", _ARCH): SUPERADMIN,
    ("GET", _ARCH + "/{}"): GOVERNANCE_READERS,
    ("PATCH", _ARCH + "/{}"): SUPERADMIN,
    ("POST", _ARCH + "/{}/transition"): SUPERADMIN,
    ("PATCH", _ARCH + "/{}/domains/{}"): SUPERADMIN,
    ("POST", _ARCH + "/{}/reviews"): SUPERADMIN,
    ("GET", _ARCH + "/{}/history"): GOVERNANCE_READERS,
    ("GET", _ARCH + "/{}/export.json"): GOVERNANCE_READERS,
    ("GET", _ARCH + "/{}/export.xlsx"): GOVERNANCE_READERS,
}

# Empty bodies fail validation (422) or lack If-Match (428); ids of no record give 404.
BODIES = {key: {} for key in DECISIONS if key[0] in ("POST", "PATCH")}
