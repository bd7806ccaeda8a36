"""Who may upload and download files (docs/registries-contract.md, "Files").

Uploading is for those who register elements (superadmin, agency operators); every role
but citizen downloads. An empty body is refused (422) after the permission check; an
unknown hash is 404.
"""
from __future__ import annotations

from permission_roles import AGENCY_EDITORS, GOVERNANCE_READERS

DECISIONS = {
    ("POST", "/api/v1/files"): AGENCY_EDITORS,
    ("GET", "/api/v1/files/{}"): GOVERNANCE_READERS,
}

BODIES = {
    ("POST", "/api/v1/files"): {},
}
