"""Who may call the ticket routes (docs/service-desk-contract.md, "Roles" and "Tickets").

Every role but citizen reads the queue and the ticket page (service_desk_read); the superadmin
(Tier 2) and agency operators (Tier 1) open, edit and work on tickets (service_desk_work). The
routes narrow operators to their own agency's tickets, and Tier 2 steps to the superadmin; that
needs existing tickets and is tested in test_tickets.py.
"""
from __future__ import annotations

from permission_roles import STAFF

BASE = "/api/v1/tickets"
SERVICE_DESK_READERS = STAFF
SERVICE_DESK_WORKERS = frozenset({"superadmin", "operator_own", "operator_other"})

DECISIONS = {
    ("GET", BASE): SERVICE_DESK_READERS,
    ("POST", BASE): SERVICE_DESK_WORKERS,
    ("GET", BASE + "/{}"): SERVICE_DESK_READERS,
    ("PATCH", BASE + "/{}"): SERVICE_DESK_WORKERS,
    ("POST", BASE + "/{}/actions"): SERVICE_DESK_WORKERS,
    ("POST", BASE + "/{}/comments"): SERVICE_DESK_WORKERS,
    ("POST", BASE + "/{}/attachments"): SERVICE_DESK_WORKERS,
    ("POST", BASE + "/{}/links"): SERVICE_DESK_WORKERS,
    ("DELETE", BASE + "/{}/links/{}"): SERVICE_DESK_WORKERS,
}

# Empty bodies fail validation (422) or lack If-Match (428); an id of no ticket gives 404.
BODIES = {
    ("POST", BASE): {},
    ("PATCH", BASE + "/{}"): {},
    ("POST", BASE + "/{}/actions"): {},
    ("POST", BASE + "/{}/comments"): {},
    ("POST", BASE + "/{}/attachments"): {},
    ("POST", BASE + "/{}/links"): {},
}
