"""Who may upload and download files (docs/registries-contract.md, "Files").

Every role but citizen uploads (a file only stored by its hash is nobody's evidence until a
route that links it, with its own permission, attaches it: an assessor of the SPBE evaluation
may be the Sekda or an auditor) and downloads. An empty body is refused (422) after the permission check; an
unknown hash is 404.
"""
from __future__ import annotations

from permission_roles import GOVERNANCE_READERS, STAFF

DECISIONS = {
    ("POST", "/api/v1/files"): STAFF,
    ("GET", "/api/v1/files/{}"): GOVERNANCE_READERS,
}

BODIES = {
    ("POST", "/api/v1/files"): {},
}
