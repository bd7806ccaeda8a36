"""Who may call the ICT audit routes (docs/risk-security-audit-contract.md, "ICT audits").

Every role but citizen reads. The ICT office (superadmin) keeps the objects and the programme
and takes the audit steps; the auditor (and the superadmin) completes audits and records and
closes findings; follow-ups are for the superadmin and operators (the route narrows an operator
to findings their agency owns: tested in test_ict_audits.py, where the records exist).
"""
from __future__ import annotations

from permission_roles import AUDIT_READERS, STAFF, SUPERADMIN

BASE = "/api/v1/ict-audits"
FOLLOW_UP = frozenset({"superadmin", "operator_own", "operator_other"})

DECISIONS = {
    ("GET", BASE + "/objects"): STAFF,
    ("POST", BASE + "/objects"): SUPERADMIN,
    ("POST", BASE + "/objects/sync"): SUPERADMIN,
    ("GET", BASE + "/objects/{}"): STAFF,
    ("PATCH", BASE + "/objects/{}"): SUPERADMIN,
    ("GET", BASE + "/programme"): STAFF,
    ("GET", BASE + "/overdue"): STAFF,
    ("GET", BASE + "/settings"): STAFF,
    ("PUT", BASE + "/settings"): SUPERADMIN,
    ("GET", BASE): STAFF,
    ("POST", BASE): SUPERADMIN,
    ("GET", BASE + "/{}"): STAFF,
    ("PATCH", BASE + "/{}"): SUPERADMIN,
    # pre_evaluate, start and report_to_head are the superadmin's, complete the auditor's too.
    ("POST", BASE + "/{}/actions"): AUDIT_READERS,
    ("POST", BASE + "/{}/findings"): AUDIT_READERS,
    ("PATCH", BASE + "/findings/{}"): AUDIT_READERS,
    ("POST", BASE + "/findings/{}/follow-ups"): FOLLOW_UP,
    ("POST", BASE + "/findings/{}/close"): AUDIT_READERS,
    ("POST", BASE + "/findings/{}/reopen"): AUDIT_READERS,
}

# Empty bodies fail validation (422) or lack If-Match (428); an id of no record gives 404.
# The sync is harmless: it only adds the objects the registries call for, once.
BODIES = {
    ("PUT", BASE + "/settings"): {},
    ("POST", BASE + "/objects"): {},
    ("POST", BASE + "/objects/sync"): {},
    ("PATCH", BASE + "/objects/{}"): {},
    ("POST", BASE): {},
    ("PATCH", BASE + "/{}"): {},
    ("POST", BASE + "/{}/actions"): {},
    ("POST", BASE + "/{}/findings"): {},
    ("PATCH", BASE + "/findings/{}"): {},
    ("POST", BASE + "/findings/{}/follow-ups"): {},
    ("POST", BASE + "/findings/{}/close"): {},
    ("POST", BASE + "/findings/{}/reopen"): {},
}
