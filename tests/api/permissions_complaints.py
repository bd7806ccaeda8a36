"""Who may call the public complaint and notification routes (docs/service-desk-contract.md,
"Public complaints (no account)" and "Notifications").

The public complaint channel needs no account (Kendari Pasal 21 ayat 6, Madiun Pasal 23 ayat 4
huruf h): everyone may open the form, file (an empty body is 422), follow and reply (a code
no complaint has is 404). The notification outbox is the ICT office's (service_desk_manage).
"""
from __future__ import annotations

from permission_roles import ALL, SUPERADMIN

DECISIONS = {
    ("GET", "/api/v1/public/complaint-options"): ALL,
    ("POST", "/api/v1/public/complaints"): ALL,
    ("GET", "/api/v1/public/complaints/{}"): ALL,
    ("POST", "/api/v1/public/complaints/{}/replies"): ALL,
    ("GET", "/api/v1/notifications"): SUPERADMIN,
    ("POST", "/api/v1/notifications/{}/retry"): SUPERADMIN,
}

BODIES = {
    ("POST", "/api/v1/public/complaints"): {},
    ("POST", "/api/v1/public/complaints/{}/replies"): {},
}
