"""The callers of the permission matrix and the sets of them the decisions use.

test_permissions.py decides the identity and organisation routes; each later area
keeps its decisions in its own permissions_<area>.py (DECISIONS and BODIES, built
from these sets), which test_permissions.py merges.
"""
from __future__ import annotations

ROLES = ("anonymous", "superadmin", "operator_own", "operator_other", "leadership", "auditor", "citizen")
ALL = frozenset(ROLES)
SIGNED_IN = ALL - {"anonymous"}
STAFF = SIGNED_IN - {"citizen"}
SUPERADMIN = frozenset({"superadmin"})
AUDIT_READERS = frozenset({"superadmin", "auditor"})
# docs/organisation-contract.md, "Who may do what".
ORGANISATION_READERS = STAFF  # "read the organisation, people, positions, committees, assessments": all but citizens
STAFF_EDITORS = frozenset({"superadmin", "operator_own", "operator_other"})  # people and positions (operators: own agency)
# Deciding a PD Mandiri TIK proposal is for the chair of the deciding body only (Pasal 45 ayat 6): in the
# demo that is the user `sekda`, who is none of the matrix's roles; `walikota` (leadership) is not the chair.
CHAIR_ONLY = frozenset()
# SPBE governance (docs/governance-contract.md): plans are read by all staff; the ICT office
# (superadmin) keeps the master plan, architecture and roadmap; budget plans and business
# processes are kept by each agency's operator for their own agency (the route narrows it).
GOVERNANCE_READERS = STAFF
AGENCY_EDITORS = frozenset({"superadmin", "operator_own", "operator_other"})
