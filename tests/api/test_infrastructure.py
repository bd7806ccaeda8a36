"""The SPBE infrastructure registry: facilities (Pusat Data / Pusat Pemulihan Data), hosts and
VPS with placement and uptime (Perwali Madiun 39/2021 Pasal 14; Perbup OKI 32/2022 Pasal 12),
networks (WAN / LAN, Madiun Pasal 18), LAN diagrams (Madiun Pasal 20), IP ranges with overlap
detection (OKI Pasal 20), domains and e-mail addresses under the naming rule (Madiun Pasal 21
ayat 2, OKI Pasal 22), reported backups (Madiun Pasal 16), and PD Mandiri TIK (Madiun Pasal 45).

Contract: docs/registries-contract.md, "Infrastructure". Runs on the shared demo server (Kota
Madiun, which has PD Mandiri TIK): operator_own is the operator of Dinkes, operator_other of
Bappeda, neither self-sufficient. Every test makes its own records with unique names.
"""
from __future__ import annotations

import io
import ipaddress
import uuid

import openpyxl
import pytest

import support
from support import assert_audited, assert_problem, describe, field_names, signed_in, traced, unique_name

SS = "/api/v1/self-sufficiency/assessments"


def tag() -> str:
    return uuid.uuid4().hex[:8]


def if_match(record: dict) -> dict:
    return traced(**{"If-Match": f'"{record["version"]}"'})


def created(r) -> dict:
    assert r.status_code == 201, describe(r)
    assert r.headers.get("ETag"), r.headers
    return r.json()


def problem_text(r) -> str:
    body = r.json()
    return body.get("detail", "") + " " + " ".join(e.get("message", "") for e in body.get("errors", []))


def random_block(prefix_len: int = 24) -> str:
    """A /24 in 100.64.0.0/10 (shared address space, unused by the demo), different per call."""
    n = uuid.uuid4().int
    return f"100.{64 + n % 64}.{(n >> 8) % 256}.0/{prefix_len}"


@pytest.fixture(scope="module")
def facilities(admin) -> dict:
    """A data center and a recovery center of this module's own."""
    out = {}
    for kind in ("data_center", "recovery_center"):
        out[kind] = created(admin.post("/api/v1/facilities", json={"name": f"Fasilitas Uji {kind} {tag()}", "kind": kind,
                                                                    "location": "Gedung Uji"}, headers=traced()))
    return out


def host_body(agency_id: int, facility_id=None, **fields) -> dict:
    b = {"owner_agency_id": agency_id, "name": f"srv-uji-{tag()}", "kind": "vps", "facility_id": facility_id,
         "uptime_commitment": 99.5, "operating_system": "Debian 12", "purpose": "Aplikasi uji",
         "addresses": ["10.99.0.5"]}
    b.update(fields)
    return b


# --------------------------------------------------------------------------- facilities


def test_facility_create_edit_versions_and_history(server, admin, agencies, login_as):
    r = admin.post("/api/v1/facilities", json={"name": f"Pusat Data Uji {tag()}", "kind": "data_center", "tier": "Tier III",
                                               "location": "Jl. Uji No. 1"}, headers=traced())
    f = created(r)
    assert f["operator_agency_id"] == agencies["Diskominfo"]["id"], f  # the ICT office runs it
    assert (f["kind"], f["tier"], f["version"]) == ("data_center", "Tier III", 1), f
    assert_audited(admin, r, "facility.create", f["id"])
    path = f"/api/v1/facilities/{f['id']}"
    assert_problem(admin.patch(path, json={"notes": "x"}), 428, "precondition-required")
    assert_problem(admin.patch(path, json={"notes": "x"}, headers={"If-Match": '"7"'}), 412, "precondition-failed")
    r = admin.patch(path, json={"notes": "UPS 2 x 10 kVA"}, headers=if_match(f))
    assert r.status_code == 200, describe(r)
    assert (r.json()["notes"], r.json()["version"], r.headers["ETag"]) == ("UPS 2 x 10 kVA", 2, '"2"')
    history = admin.get(path + "/history").json()["items"]
    assert [h["action"] for h in history] == ["facility.update", "facility.create"], history
    r = admin.post("/api/v1/facilities", json={"name": "", "kind": "cloud", "extra": 1})
    assert_problem(r, 422, "validation-failed")
    assert set(field_names(r.json())) == {"name", "kind", "extra"}, r.json()
    r = admin.post("/api/v1/facilities", json={"name": f["name"].upper(), "kind": "recovery_center"})
    assert_problem(r, 422, "validation-failed")
    assert field_names(r.json()) == ["name"], r.json()
    for role in ("operator_own", "leadership", "auditor"):
        assert_problem(login_as(role).post("/api/v1/facilities", json={"name": "x", "kind": "data_center"}), 403, "forbidden")
    assert any(x["id"] == f["id"] for x in login_as("auditor").get("/api/v1/facilities", params={"limit": 100}).json()["items"])


def test_data_center_holding_a_vps_cannot_become_a_recovery_center(server, admin, dinkes):
    dc = created(admin.post("/api/v1/facilities", json={"name": f"DC Uji {tag()}", "kind": "data_center"}))
    created(admin.post("/api/v1/hosts", json=host_body(dinkes, dc["id"])))
    r = admin.patch(f"/api/v1/facilities/{dc['id']}", json={"kind": "recovery_center"}, headers=if_match(dc))
    assert_problem(r, 409, "invalid-transition")
    assert "Pasal 14 ayat (5)" in problem_text(r), r.text


# --------------------------------------------------------------------------- hosts


def test_host_registered_by_the_ict_office_in_the_data_center(server, admin, dinkes, facilities):
    r = admin.post("/api/v1/hosts", json=host_body(dinkes, facilities["data_center"]["id"],
                                                  addresses=["10.99.0.5", "2001:DB8::5"]), headers=traced())
    h = created(r)
    assert (h["owner_agency_id"], h["agency_short_name"], h["kind"], h["uptime_commitment"]) == (dinkes, "Dinkes", "vps", 99.5), h
    assert h["facility"] == {"id": facilities["data_center"]["id"], "name": facilities["data_center"]["name"], "kind": "data_center"}
    assert h["addresses"] == ["10.99.0.5", "2001:db8::5"] and h["status"] == "active", h
    assert_audited(admin, r, "host.create", h["id"])
    r = admin.patch(f"/api/v1/hosts/{h['id']}", json={"uptime_commitment": 99.9, "status": "retired"}, headers=if_match(h))
    assert r.status_code == 200, describe(r)
    assert (r.json()["uptime_commitment"], r.json()["status"], r.json()["version"]) == (99.9, "retired", 2)
    listed = admin.get("/api/v1/hosts", params={"agency_id": dinkes, "kind": "vps", "limit": 100}).json()
    assert any(x["id"] == h["id"] for x in listed["items"]) and listed["summary"]["by_kind"]["vps"] >= 1, listed
    assert_problem(admin.get("/api/v1/hosts", params={"kind": "mainframe"}), 400, "bad-request")


def test_vps_outside_the_data_center_is_refused_with_the_citation(server, admin, dinkes, facilities):
    for facility in (None, facilities["recovery_center"]["id"]):
        r = admin.post("/api/v1/hosts", json=host_body(dinkes, facility))
        assert_problem(r, 422, "validation-failed")
        assert field_names(r.json()) == ["facility_id"], r.json()
        assert "Perwali Madiun 39/2021 Pasal 14 ayat (5)" in problem_text(r), r.text
    # A physical server may stay in the agency's own room in Madiun (Pasal 14 ayat (4)).
    created(admin.post("/api/v1/hosts", json=host_body(dinkes, None, kind="physical_server")))
    # Moving a VPS out of the data center is refused the same way.
    h = created(admin.post("/api/v1/hosts", json=host_body(dinkes, facilities["data_center"]["id"])))
    r = admin.patch(f"/api/v1/hosts/{h['id']}", json={"facility_id": facilities["recovery_center"]["id"]}, headers=if_match(h))
    assert_problem(r, 422, "validation-failed")
    assert admin.get(f"/api/v1/hosts/{h['id']}").json()["facility_id"] == facilities["data_center"]["id"]


def test_bad_host_input_names_every_field(server, admin, dinkes):
    r = admin.post("/api/v1/hosts", json={"owner_agency_id": dinkes, "name": "", "kind": "mainframe", "uptime_commitment": 101,
                                          "addresses": ["10.0.0.300"], "facility_id": "dc"})
    assert_problem(r, 422, "validation-failed")
    assert set(field_names(r.json())) == {"name", "kind", "uptime_commitment", "addresses.0", "facility_id"}, r.json()
    h = created(admin.post("/api/v1/hosts", json=host_body(dinkes, None, kind="physical_server")))
    r = admin.post("/api/v1/hosts", json=host_body(dinkes, None, kind="physical_server", name=h["name"].upper()))
    assert_problem(r, 422, "validation-failed")
    assert field_names(r.json()) == ["name"]
    assert_problem(admin.post("/api/v1/hosts", json=host_body(999999, None, kind="physical_server")), 422, "validation-failed")


def test_operator_of_an_agency_that_is_not_pd_mandiri_tik_is_refused_citing_pasal_45(server, admin, own, dinkes):
    r = own.post("/api/v1/hosts", json=host_body(dinkes, None, kind="physical_server"))
    assert_problem(r, 403, "forbidden")
    assert "Perwali Madiun 39/2021 Pasal 45" in r.json()["detail"], r.text
    h = created(admin.post("/api/v1/hosts", json=host_body(dinkes, None, kind="physical_server")))
    r = own.patch(f"/api/v1/hosts/{h['id']}", json={"purpose": "x"}, headers=if_match(h))
    assert_problem(r, 403, "forbidden")
    assert "Pasal 45" in r.json()["detail"]
    r = own.post("/api/v1/networks", json={"name": f"LAN Uji {tag()}", "kind": "lan", "owner_agency_id": dinkes})
    assert_problem(r, 403, "forbidden")
    assert "Pasal 45" in r.json()["detail"]


def test_a_pd_mandiri_tik_operator_runs_its_own_hosts_and_lan_only(server, admin, dinkes, facilities):
    chair = signed_in(server, support.DEMO_CHAIR)
    suffix = tag()
    agency = created(admin.post("/api/v1/agencies", json={"name": f"Dinas Uji Infra {suffix}", "short_name": f"Infra{suffix}",
                                                          "kind": "dinas"}))
    keys = [c["key"] for c in admin.get("/api/v1/organisation").json()["self_sufficiency"]["criteria"]]
    a = created(admin.post(SS, json={"agency_id": agency["id"], "criteria": {k: {"met": True, "note": "ok"} for k in keys},
                                     "note": "uji"}))
    assert admin.post(f"{SS}/{a['id']}/propose").status_code == 200
    decision = {"decision": "granted", "decree_number": f"800/{suffix}/401.012/2026",
                "decree_date": support.region_today("Asia/Jakarta").isoformat()}
    r = chair.post(f"{SS}/{a['id']}/decide", json=decision)
    assert r.status_code == 200, describe(r)
    user, password = support.ready_user(server, admin, "agency_operator", agency["id"])
    operator = signed_in(server, user["username"], password)

    h = created(operator.post("/api/v1/hosts", json=host_body(agency["id"], None, kind="physical_server")))
    r = operator.patch(f"/api/v1/hosts/{h['id']}", json={"purpose": "Server aplikasi layanan"}, headers=if_match(h))
    assert r.status_code == 200, describe(r)
    created(operator.post("/api/v1/networks", json={"name": f"LAN {suffix}", "kind": "lan", "owner_agency_id": agency["id"]}))
    # Still only its own agency, and never the WAN.
    assert_problem(operator.post("/api/v1/hosts", json=host_body(dinkes, facilities["data_center"]["id"])), 403, "forbidden")
    assert_problem(operator.post("/api/v1/networks", json={"name": f"WAN {suffix}", "kind": "wan"}), 403, "forbidden")


# --------------------------------------------------------------------------- networks


def test_wan_by_the_ict_office_and_lans_per_agency(server, admin, own, dinkes):
    r = admin.post("/api/v1/networks", json={"name": f"WAN Uji {tag()}", "kind": "wan", "description": "fiber optic"},
                   headers=traced())
    wan = created(r)
    assert (wan["owner_agency_id"], wan["kind"]) == (None, "wan"), wan
    assert_audited(admin, r, "network.create", wan["id"])
    assert_problem(own.patch(f"/api/v1/networks/{wan['id']}", json={"description": "x"}, headers=if_match(wan)), 403, "forbidden")
    lan = created(admin.post("/api/v1/networks", json={"name": f"LAN Uji {tag()}", "kind": "lan", "owner_agency_id": dinkes}))
    r = admin.patch(f"/api/v1/networks/{lan['id']}", json={"name": lan["name"] + " baru"}, headers=if_match(lan))
    assert r.status_code == 200 and r.json()["version"] == 2, describe(r)
    r = admin.patch(f"/api/v1/networks/{lan['id']}", json={"kind": "wan"}, headers=if_match(r.json()))
    assert_problem(r, 422, "validation-failed")  # kind and owner are fixed
    r = admin.post("/api/v1/networks", json={"name": "x", "kind": "lan"})
    assert field_names(r.json()) == ["owner_agency_id"], r.json()
    r = admin.post("/api/v1/networks", json={"name": "y", "kind": "wan", "owner_agency_id": dinkes})
    assert field_names(r.json()) == ["owner_agency_id"], r.json()
    kinds = [n["kind"] for n in admin.get("/api/v1/networks", params={"limit": 100}).json()["items"]]
    assert kinds[0] == "wan" and "lan" in kinds, kinds  # the WAN first


# --------------------------------------------------------------------------- IP ranges


def test_ip_range_overlap_is_refused_naming_the_other_range(server, admin, dinkes, bappeda):
    block = random_block(24)
    r = admin.post("/api/v1/ip-ranges", json={"agency_id": dinkes, "cidr": block, "purpose": "LAN uji"}, headers=traced())
    first = created(r)
    assert (first["cidr"], first["family"], first["allocated_by"]) == (block, 4, "admin"), first
    assert_audited(admin, r, "ip_range.create", first["id"])
    base = block.rsplit(".", 1)[0]
    for overlapping in (block, f"{base}.128/25", f"{base}.7/32", block.split(".")[0] + "." + block.split(".")[1] + ".0.0/16"):
        r = admin.post("/api/v1/ip-ranges", json={"agency_id": bappeda, "cidr": overlapping})
        assert_problem(r, 409, "conflict")
        assert block in r.json()["detail"] and "Dinkes" in r.json()["detail"], r.text
        assert r.json()["overlaps"]["cidr"] == block and r.json()["overlaps"]["id"] == first["id"], r.json()
    # The next block is adjacent, not overlapping.
    third = int(block.split(".")[2])
    if third < 255:
        adjacent = f"{block.split('.')[0]}.{block.split('.')[1]}.{third + 1}.0/24"
        r = admin.post("/api/v1/ip-ranges", json={"agency_id": bappeda, "cidr": adjacent})
        if r.status_code != 409:  # another test may own that block
            created(r)


def test_ipv6_overlap_and_edits_are_checked_too(server, admin, dinkes, bappeda):
    h = uuid.uuid4().hex
    block = str(ipaddress.ip_network(f"fd{h[:2]}:{h[2:6]}:{h[6:10]}::/48"))  # as the server writes it
    first = created(admin.post("/api/v1/ip-ranges", json={"agency_id": dinkes, "cidr": block.upper()}))
    assert first["family"] == 6 and first["cidr"] == block, first
    inside = str(next(ipaddress.ip_network(block).subnets(new_prefix=64)))
    assert_problem(admin.post("/api/v1/ip-ranges", json={"agency_id": bappeda, "cidr": inside}), 409, "conflict")
    elsewhere = random_block(24)
    second = created(admin.post("/api/v1/ip-ranges", json={"agency_id": bappeda, "cidr": elsewhere}))
    r = admin.patch(f"/api/v1/ip-ranges/{second['id']}", json={"cidr": inside}, headers=if_match(second))
    assert_problem(r, 409, "conflict")
    assert r.json()["overlaps"]["cidr"] == block
    r = admin.patch(f"/api/v1/ip-ranges/{second['id']}", json={"purpose": "LAN Bappeda"}, headers=if_match(second))
    assert r.status_code == 200 and r.json()["version"] == 2, describe(r)


def test_bad_cidr_and_who_may_allocate(server, admin, own, dinkes):
    for bad, words in (("10.20.1.0/16", "10.20.0.0/16"), ("10.0.0.0/33", "0-32"), ("bukan-ip", "bukan-ip")):
        r = admin.post("/api/v1/ip-ranges", json={"agency_id": dinkes, "cidr": bad})
        assert_problem(r, 422, "validation-failed")
        assert field_names(r.json()) == ["cidr"] and words in problem_text(r), r.text
    assert_problem(own.post("/api/v1/ip-ranges", json={"agency_id": dinkes, "cidr": random_block()}), 403, "forbidden")


# --------------------------------------------------------------------------- domains


def test_domain_naming_rule_refused_with_pattern_and_citation(server, admin, own, dinkes):
    good = f"u{tag()}.dinkes.madiunkota.go.id"
    r = own.post("/api/v1/domains", json={"agency_id": dinkes, "name": good.upper(), "kind": "website"}, headers=traced())
    d = created(r)
    assert (d["name"], d["agency_short_name"]) == (good, "Dinkes"), d
    assert_audited(admin, r, "domain.create", d["id"])
    r = own.post("/api/v1/domains", json={"agency_id": dinkes, "name": f"dinkes{tag()}.com", "kind": "website"})
    assert_problem(r, 422, "validation-failed")
    assert field_names(r.json()) == ["name"]
    text = problem_text(r)
    assert "{agency}.madiunkota.go.id" in text and "dinkes.madiunkota.go.id" in text, text
    assert "Perwali Madiun 39/2021 Pasal 21 ayat (2)" in text, text
    # Another agency's label is not Dinkes's; the same name twice is refused.
    assert_problem(own.post("/api/v1/domains", json={"agency_id": dinkes, "name": f"x{tag()}.bappeda.madiunkota.go.id",
                                                     "kind": "website"}), 422, "validation-failed")
    r = own.post("/api/v1/domains", json={"agency_id": dinkes, "name": good, "kind": "website"})
    assert_problem(r, 422, "validation-failed")
    assert "sudah terdaftar" in problem_text(r) or "already registered" in problem_text(r)
    # Madiun names no rule for e-mail: any valid address of the agency.
    created(own.post("/api/v1/domains", json={"agency_id": dinkes, "name": f"humas.{tag()}@madiunkota.go.id", "kind": "email"}))
    r = own.post("/api/v1/domains", json={"agency_id": dinkes, "name": "bukan alamat", "kind": "email"})
    assert field_names(r.json()) == ["name"]
    rules = admin.get("/api/v1/domains").json()["naming_rules"]
    assert {"kind": "website", "pattern": "{agency}.madiunkota.go.id",
            "citation": "Perwali Madiun 39/2021 Pasal 21 ayat (2)"} in rules, rules


def test_domains_of_another_agency_and_the_region_domain_are_refused(server, admin, own, other, dinkes):
    d = created(admin.post("/api/v1/domains", json={"agency_id": dinkes, "name": f"s{tag()}.dinkes.madiunkota.go.id",
                                                    "kind": "agency_subdomain"}))
    assert_problem(other.patch(f"/api/v1/domains/{d['id']}", json={"purpose": "x"}, headers=if_match(d)), 403, "forbidden")
    assert_problem(other.post("/api/v1/domains", json={"agency_id": dinkes, "name": f"t{tag()}.dinkes.madiunkota.go.id",
                                                       "kind": "website"}), 403, "forbidden")
    assert_problem(own.post("/api/v1/domains", json={"name": f"k{tag()}.go.id", "kind": "region_domain"}), 403, "forbidden")
    r = own.patch(f"/api/v1/domains/{d['id']}", json={"purpose": "Subdomain layanan"}, headers=if_match(d))
    assert r.status_code == 200 and r.json()["version"] == 2, describe(r)
    assert [h["action"] for h in admin.get(f"/api/v1/domains/{d['id']}/history").json()["items"]] == ["domain.update", "domain.create"]


def test_oki_names_and_server_placement(initialised_server):
    srv, admin, _ = initialised_server("oki")
    agencies = support.agencies_by_short_name(admin)
    kominfo = agencies["Diskominfo"]["id"]
    r = admin.post("/api/v1/domains", json={"agency_id": kominfo, "name": "kominfo.oki@gmail.com", "kind": "email"})
    assert_problem(r, 422, "validation-failed")
    text = problem_text(r)
    assert "{agency}@kaboki.go.id" in text and "Perbup OKI 32/2022 Pasal 22 ayat (6)" in text, text
    created(admin.post("/api/v1/domains", json={"agency_id": kominfo, "name": "diskominfo@kaboki.go.id", "kind": "email"}))
    created(admin.post("/api/v1/domains", json={"name": "kaboki.go.id", "kind": "region_domain"}))
    r = admin.post("/api/v1/domains", json={"name": "oki.go.id", "kind": "region_domain"})
    assert "Pasal 22 ayat (2)" in problem_text(r), r.text
    r = admin.post("/api/v1/domains", json={"agency_id": kominfo, "name": "kominfo.oki.go.id", "kind": "agency_subdomain"})
    assert "{agency}.kaboki.go.id" in problem_text(r), r.text
    # OKI Pasal 12 ayat (7): every server in the data center, not only a VPS.
    r = admin.post("/api/v1/hosts", json=host_body(kominfo, None, kind="physical_server"))
    assert_problem(r, 422, "validation-failed")
    assert "Perbup OKI 32/2022 Pasal 12 ayat (7)" in problem_text(r), r.text
    dc = created(admin.post("/api/v1/facilities", json={"name": "Pusat Data Kabupaten OKI", "kind": "data_center"}))
    # Pasal 20 ayat (1): a computer uses an IP address the ICT office manages - from an allocated range.
    r = admin.post("/api/v1/hosts", json=host_body(kominfo, dc["id"], kind="physical_server", addresses=["10.1.0.5"]))
    assert_problem(r, 422, "validation-failed")
    assert field_names(r.json()) == ["addresses.0"] and "Pasal 20 ayat (1)" in problem_text(r), r.text
    # IP numbering is the ICT office's (Pasal 20 ayat (2)): the overlap refusal cites it.
    created(admin.post("/api/v1/ip-ranges", json={"agency_id": kominfo, "cidr": "10.1.0.0/16"}))
    created(admin.post("/api/v1/hosts", json=host_body(kominfo, dc["id"], kind="physical_server", addresses=["10.1.0.5"])))
    r = admin.post("/api/v1/ip-ranges", json={"agency_id": kominfo, "cidr": "10.1.2.0/24"})
    assert_problem(r, 409, "conflict")
    assert "Pasal 20 ayat (2)" in r.json()["detail"], r.text


# --------------------------------------------------------------------------- LAN diagrams


def test_lan_diagram_submission_and_staleness(server, admin, own, dinkes, bappeda):
    pdf = support.upload_file(own, support.MINIMAL_PDF + f"% diagram {tag()}\n".encode(), name="diagram-lan-dinkes.pdf")
    today = support.region_today("Asia/Jakarta").isoformat()
    r = own.post("/api/v1/lan-diagrams", json={"agency_id": dinkes, "submitted_on": today, "file_sha256": pdf["sha256"],
                                               "note": "Diagram LAN terkini"}, headers=traced())
    d = created(r)
    assert (d["agency_id"], d["submitted_on"], d["file_sha256"], d["submitted_by"]) == (dinkes, today, pdf["sha256"], own.user["username"])
    assert_audited(admin, r, "lan_diagram.create", d["id"])
    assert d["id"] == admin.get("/api/v1/lan-diagrams", params={"agency_id": dinkes}).json()["items"][0]["id"]  # newest first
    status = admin.get("/api/v1/lan-diagrams/status").json()
    assert status["period"] == "P1Y" and status["citation"] == "Perwali Madiun 39/2021 Pasal 20 ayat (1)", status
    by_short = {a["agency_short_name"]: a for a in status["agencies"]}
    assert by_short["Dinkes"]["latest_submitted_on"] == today and by_short["Dinkes"]["stale"] is False, by_short["Dinkes"]
    # The demo's Bappeda diagram is more than a year old.
    assert by_short["Bappeda"]["stale"] is True and by_short["Bappeda"]["never_submitted"] is False, by_short["Bappeda"]
    never = {a["agency_short_name"] for a in status["never_submitted"]}
    assert "Inspektorat" in never and "Dinkes" not in never, never
    assert by_short["Inspektorat"]["stale"] is True


def test_lan_diagram_refusals(server, admin, own, dinkes, bappeda):
    pdf = support.upload_file(own, support.MINIMAL_PDF + f"% diagram {tag()}\n".encode(), name="lan.pdf")
    today = support.region_today("Asia/Jakarta").isoformat()
    assert_problem(own.post("/api/v1/lan-diagrams", json={"agency_id": bappeda, "submitted_on": today,
                                                          "file_sha256": pdf["sha256"]}), 403, "forbidden")
    r = own.post("/api/v1/lan-diagrams", json={"agency_id": dinkes, "submitted_on": today, "file_sha256": "ab" * 32})
    assert_problem(r, 422, "validation-failed")
    assert field_names(r.json()) == ["file_sha256"]
    r = own.post("/api/v1/lan-diagrams", json={"agency_id": dinkes, "submitted_on": "2999-01-01", "file_sha256": pdf["sha256"]})
    assert field_names(r.json()) == ["submitted_on"]
    r = own.post("/api/v1/lan-diagrams", json={"agency_id": dinkes, "submitted_on": "31-12-2025", "file_sha256": "XYZ"})
    assert set(field_names(r.json())) == {"submitted_on", "file_sha256"}


# --------------------------------------------------------------------------- backups


def test_backups_reported_to_the_data_center(server, admin, own, dinkes, bappeda, facilities):
    h = created(admin.post("/api/v1/hosts", json=host_body(dinkes, facilities["data_center"]["id"])))
    today = support.region_today("Asia/Jakarta").isoformat()
    body = {"agency_id": dinkes, "host_id": h["id"], "subject": "Basis data SIMPUS", "done_on": today, "kind": "full",
            "facility_id": facilities["data_center"]["id"], "result": "ok"}
    r = own.post("/api/v1/backups", json=body, headers=traced())
    b = created(r)
    assert (b["host_name"], b["facility"]["kind"], b["reported_by"]) == (h["name"], "data_center", own.user["username"]), b
    assert_audited(admin, r, "backup.create", b["id"])
    latest = {a["agency_short_name"]: a for a in admin.get("/api/v1/backups/latest").json()["agencies"]}
    assert latest["Dinkes"]["latest_done_on"] == today and latest["Dinkes"]["latest_ok_on"] == today, latest["Dinkes"]
    # Madiun Pasal 16 ayat (1): to a server in the data center.
    r = own.post("/api/v1/backups", json={**body, "facility_id": facilities["recovery_center"]["id"]})
    assert_problem(r, 422, "validation-failed")
    assert field_names(r.json()) == ["facility_id"] and "Pasal 16 ayat (1)" in problem_text(r), r.text
    r = own.post("/api/v1/backups", json={k: v for k, v in body.items() if k != "facility_id"})
    assert field_names(r.json()) == ["facility_id"]
    assert_problem(own.post("/api/v1/backups", json={**body, "agency_id": bappeda, "host_id": None}), 403, "forbidden")
    r = own.post("/api/v1/backups", json={"agency_id": dinkes, "done_on": "kemarin", "kind": "daily", "result": "?"})
    assert set(field_names(r.json())) == {"done_on", "kind", "result", "subject"}, r.json()
    r = own.post("/api/v1/backups", json={**body, "host_id": None, "subject": "  "})
    assert field_names(r.json()) == ["subject"], r.json()  # what was backed up must be said


# --------------------------------------------------------------------------- exports


@pytest.mark.parametrize("path,sheet,stem", [("/api/v1/hosts", "Server", "server"),
                                             ("/api/v1/ip-ranges", "Rentang IP", "rentang-ip"),
                                             ("/api/v1/domains", "Domain", "domain")])
def test_exports(server, login_as, path, sheet, stem):
    reader = login_as("auditor")
    r = reader.get(path + "/export.json")
    assert r.status_code == 200 and stem + ".json" in r.headers["Content-Disposition"], describe(r)
    items = r.json()["items"]
    assert items and r.json()["region_id"], r.json()
    r = reader.get(path + "/export.xlsx")
    assert r.status_code == 200 and r.headers["Content-Type"].startswith("application/vnd.openxmlformats"), describe(r)
    book = openpyxl.load_workbook(io.BytesIO(r.content))
    assert book.sheetnames == [sheet]
    assert book[sheet].max_row == len(items) + 1
    assert_problem(login_as("citizen").get(path + "/export.json"), 403, "forbidden")


def test_demo_infrastructure_is_there(server, admin):
    kinds = {f["kind"] for f in admin.get("/api/v1/facilities").json()["items"]}
    assert {"data_center", "recovery_center"} <= kinds
    names = {d["name"] for d in admin.get("/api/v1/domains", params={"kind": "region_domain"}).json()["items"]}
    names |= {d["name"] for d in admin.get("/api/v1/domains", params={"kind": "website", "limit": 100}).json()["items"]}
    assert {"madiunkota.go.id", "diskominfo.madiunkota.go.id"} <= names, names
    vps = admin.get("/api/v1/hosts", params={"kind": "vps", "limit": 100}).json()["items"]
    assert vps and all(h["facility"] and h["facility"]["kind"] == "data_center" for h in vps if h["status"] == "active")


def test_lists_are_paged_in_their_own_order(server, admin):
    everything = admin.get("/api/v1/hosts", params={"limit": 100}).json()
    seen, cursor = [], None
    while True:
        params = {"limit": 3, **({"cursor": cursor} if cursor else {})}
        page = admin.get("/api/v1/hosts", params=params).json()
        assert len(page["items"]) <= 3 and page["summary"]["total"] == everything["summary"]["total"], page
        seen += [h["id"] for h in page["items"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert seen == [h["id"] for h in everything["items"]][:len(seen)] and len(seen) == everything["summary"]["total"]
    assert_problem(admin.get("/api/v1/hosts", params={"limit": 0}), 400, "bad-request")
    assert_problem(admin.get("/api/v1/domains", params={"cursor": "bukan-kursor"}), 400, "bad-request")


def test_overlapping_allocations_sent_at_once_admit_one(server, admin, dinkes, bappeda):
    block = random_block(24)
    base = block.rsplit(".", 1)[0]
    calls = [("POST", "/api/v1/ip-ranges", {"agency_id": agency, "cidr": cidr})
             for agency, cidr in ((dinkes, block), (bappeda, block), (dinkes, f"{base}.0/25"), (bappeda, f"{base}.9/32"))]  # each overlaps every other
    answers = support.in_parallel(admin, calls)
    assert sorted(r.status_code for r in answers) == [201, 409, 409, 409], [describe(r) for r in answers]
    winner = next(r.json() for r in answers if r.status_code == 201)
    for r in answers:
        if r.status_code == 409:
            assert r.json()["overlaps"]["id"] == winner["id"], r.text
