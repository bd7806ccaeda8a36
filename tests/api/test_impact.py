"""Links between SPBE elements and the impact graph: "what breaks if this host goes down" and
"which services use this dataset" (issue 6), walking the links "from uses to" backwards (impact)
or forwards (dependencies), through cycles, with a restricted dataset hidden from an agency that
may not see it (Perwali Madiun 39/2021 Pasal 11 ayat 3 huruf a).

Contract: docs/registries-contract.md, "Services and links". Runs on the shared demo server
(Kota Madiun): operator_own is the operator of Dinkes, operator_other of Bappeda. Every test
makes its own elements with unique codes and names.
"""
from __future__ import annotations

import uuid

import pytest

import support
from support import assert_audited, assert_problem, describe, field_names, traced

LINKS = "/api/v1/element-links"


def tag() -> str:
    return uuid.uuid4().hex[:8].upper()


def ref(kind: str, record: dict) -> dict:
    return {"kind": kind, "id": record["id"]}


def key(kind: str, record: dict) -> str:
    return f"{kind}:{record['id']}"


def link(session, frm: dict, to: dict, **extra):
    return session.post(LINKS, json={"from": frm, "to": to, **extra}, headers=traced())


def linked(session, frm: dict, to: dict) -> dict:
    r = link(session, frm, to)
    assert r.status_code == 201, describe(r)
    return r.json()


def impact(session, kind: str, record: dict, **params):
    r = session.get("/api/v1/impact", params={"kind": kind, "id": record["id"], **params})
    assert r.status_code == 200, describe(r)
    return r.json()


def dependencies(session, kind: str, record: dict, **params):
    r = session.get("/api/v1/dependencies", params={"kind": kind, "id": record["id"], **params})
    assert r.status_code == 200, describe(r)
    return r.json()


def depths(answer: dict) -> dict[str, int]:
    return {n["key"]: n["depth"] for group in answer["by_kind"].values() for n in group}


@pytest.fixture(scope="module")
def kominfo(agencies) -> int:
    return agencies["Diskominfo"]["id"]


@pytest.fixture(scope="module")
def new_service(admin):
    def make(agency_id: int, session=None) -> dict:
        t = tag()
        r = (session or admin).post("/api/v1/services", json={"owner_agency_id": agency_id, "code": f"IMP-{t}",
                                                              "name": f"Layanan dampak {t}", "kind": "public"})
        assert r.status_code == 201, describe(r)
        return r.json()
    return make


@pytest.fixture(scope="module")
def new_application(admin):
    def make(agency_id: int) -> dict:
        t = tag()
        r = admin.post("/api/v1/applications", json={"owner_agency_id": agency_id, "code": f"APP-{t}",
                                                     "name": f"Aplikasi dampak {t}", "category": "agency_special",
                                                     "licence_kind": "open_source"})
        assert r.status_code == 201, describe(r)
        return r.json()
    return make


@pytest.fixture(scope="module")
def new_dataset(admin):
    def make(agency_id: int, classification: str = "internal") -> dict:
        t = tag()
        r = admin.post("/api/v1/datasets", json={"owner_agency_id": agency_id, "code": f"DS-{t}",
                                                 "title": f"Data dampak {t}", "classification": classification,
                                                 "update_frequency": "monthly"})
        assert r.status_code == 201, describe(r)
        return r.json()
    return make


@pytest.fixture(scope="module")
def new_host(admin, kominfo):
    def make() -> dict:
        r = admin.post("/api/v1/hosts", json={"owner_agency_id": kominfo, "name": f"srv-dampak-{tag().lower()}",
                                              "kind": "virtual_machine"})
        assert r.status_code == 201, describe(r)
        return r.json()
    return make


# --------------------------------------------------------------------------- links


def test_link_is_recorded_audited_listed_and_removed(admin, own, dinkes, new_service):
    a, b = new_service(dinkes), new_service(dinkes)
    r = link(own, ref("service", a), ref("service", b), note="  memakai data pendaftaran  ")
    assert r.status_code == 201, describe(r)
    l = r.json()
    assert r.headers["Location"] == f"{LINKS}/{l['id']}"
    assert (l["from"]["key"], l["to"]["key"], l["note"]) == (key("service", a), key("service", b), "memakai data pendaftaran")
    assert (l["from"]["name"], l["to"]["agency_short_name"], l["to"]["hidden"]) == (a["name"], "Dinkes", False)
    assert l["created_by"] == own.user["username"]
    assert_audited(admin, r, "element_link.create", l["id"])

    listed = admin.get(LINKS, params={"kind": "service", "id": a["id"]})
    assert listed.status_code == 200, describe(listed)
    assert [i["id"] for i in listed.json()["items"]] == [l["id"]]
    detail = admin.get(f"/api/v1/services/{a['id']}").json()
    assert [u["to"]["key"] for u in detail["uses"]] == [key("service", b)] and detail["used_by"] == []
    assert [u["from"]["key"] for u in admin.get(f"/api/v1/services/{b['id']}").json()["used_by"]] == [key("service", a)]

    history = admin.get(f"/api/v1/services/{a['id']}/history").json()["items"]
    assert history[0]["action"] == "element_link.create"
    assert history[0]["changes"]["uses"]["after"]["to"] == ref("service", b)
    assert admin.get(f"/api/v1/services/{b['id']}/history").json()["items"][0]["changes"]["used_by"]["after"]["id"] == l["id"]

    r = own.delete(f"{LINKS}/{l['id']}", headers=traced())
    assert r.status_code == 204, describe(r)
    assert_audited(admin, r, "element_link.delete", l["id"])
    assert admin.get(LINKS, params={"kind": "service", "id": a["id"]}).json()["items"] == []
    assert admin.get(f"/api/v1/services/{a['id']}/history").json()["items"][0]["action"] == "element_link.delete"
    assert_problem(own.delete(f"{LINKS}/{l['id']}"), 404, "not-found")


def test_links_page_through_the_region(admin, dinkes, new_service):
    hub = new_service(dinkes)
    made = [linked(admin, ref("service", new_service(dinkes)), ref("service", hub))["id"] for _ in range(3)]
    page = admin.get(LINKS, params={"kind": "service", "id": hub["id"], "limit": 2}).json()
    seen = [i["id"] for i in page["items"]]
    assert len(seen) == 2 and page["next_cursor"]
    page = admin.get(LINKS, params={"kind": "service", "id": hub["id"], "limit": 2, "cursor": page["next_cursor"]}).json()
    assert seen + [i["id"] for i in page["items"]] == made and page["next_cursor"] is None


def test_refused_pairs_duplicates_and_unknown_elements(admin, dinkes, new_service):
    a, b = new_service(dinkes), new_service(dinkes)
    linked(admin, ref("service", a), ref("service", b))
    r = link(admin, ref("service", a), ref("service", b))
    problem = assert_problem(r, 409, "conflict")
    assert "sudah dicatat" in problem["detail"], problem
    assert_problem(link(admin, ref("service", a), ref("service", a)), 422, "validation-failed")
    r = link(admin, {"kind": "facility", "id": 1}, ref("service", a))
    assert field_names(assert_problem(r, 422, "validation-failed")) == ["from.kind"]
    r = link(admin, {"kind": "host", "id": 1}, ref("service", a))
    assert field_names(assert_problem(r, 422, "validation-failed")) == ["to.kind"]
    r = link(admin, ref("service", a), {"kind": "gadget", "id": 1})
    assert field_names(assert_problem(r, 422, "validation-failed")) == ["to.kind"]
    r = link(admin, ref("service", a), {"kind": "service", "id": 999999999})
    assert field_names(assert_problem(r, 422, "validation-failed")) == ["to.id"]
    r = link(admin, {"kind": "service", "id": 999999999}, ref("service", a))
    assert field_names(assert_problem(r, 422, "validation-failed")) == ["from.id"]
    r = admin.post(LINKS, json={"from": ref("service", a), "to": ref("service", b), "weight": 3})
    assert field_names(assert_problem(r, 422, "validation-failed")) == ["weight"]
    r = admin.post(LINKS, json={"from": ref("service", a), "to": ref("service", b)}, headers={"Accept-Language": "en"})
    assert "already recorded" in assert_problem(r, 409, "conflict")["detail"]


def test_only_the_owner_of_the_from_side_keeps_a_link(admin, own, other, dinkes, bappeda, new_service):
    mine, theirs = new_service(dinkes), new_service(bappeda)
    # Another agency's service may be used (the link is kept by the user's owner) ...
    l = linked(own, ref("service", mine), ref("service", theirs))
    # ... but not linked from, nor unlinked, by anyone else.
    problem = assert_problem(link(other, ref("service", mine), ref("service", new_service(bappeda))), 403, "forbidden")
    assert "from" in problem["detail"], problem
    assert_problem(other.delete(f"{LINKS}/{l['id']}"), 403, "forbidden")
    assert linked(other, ref("service", theirs), ref("service", mine))["from"]["agency_short_name"] == "Bappeda"
    assert admin.delete(f"{LINKS}/{l['id']}").status_code == 204, "the ICT office keeps every link"


# --------------------------------------------------------------------------- impact and dependencies


def test_impact_and_dependencies_through_a_chain_with_a_cycle(admin, own, dinkes, new_service):
    # s1 uses s2 uses s3 uses s4, and s4 uses s2 again (a cycle); s5 uses s3.
    s = [new_service(dinkes) for _ in range(5)]
    for frm, to in ((0, 1), (1, 2), (2, 3), (3, 1), (4, 2)):
        linked(admin, ref("service", s[frm]), ref("service", s[to]))

    down = impact(own, "service", s[3])
    assert down["direction"] == "impact" and down["start"]["key"] == key("service", s[3])
    assert depths(down) == {key("service", s[2]): 1, key("service", s[1]): 2, key("service", s[0]): 3,
                            key("service", s[4]): 2}
    assert down["total"] == 4
    first = next(n for n in down["by_kind"]["service"] if n["id"] == s[0]["id"])
    assert first["path"] == [key("service", s[i]) for i in (0, 1, 2, 3)], "one path, in 'uses' order"
    assert {n["key"] for n in down["nodes"]} == {key("service", x) for x in s}
    assert next(n for n in down["nodes"] if n["key"] == key("service", s[3]))["depth"] == 0
    assert len(down["edges"]) == 5, "every link among the elements, the cycle's too"

    up = dependencies(own, "service", s[0])
    assert depths(up) == {key("service", s[1]): 1, key("service", s[2]): 2, key("service", s[3]): 3}
    last = next(n for n in up["by_kind"]["service"] if n["id"] == s[3]["id"])
    assert last["path"] == [key("service", s[i]) for i in (0, 1, 2, 3)]
    assert depths(impact(own, "service", s[0])) == {}, "nothing uses s1"


def test_impact_query_parameters(admin):
    for params in ({}, {"kind": "host"}, {"kind": "server", "id": 1}, {"kind": "host", "id": "x"},
                   {"kind": "host", "id": 1, "only": "servers"}):
        assert_problem(admin.get("/api/v1/impact", params=params), 400, "bad-request")
    assert_problem(admin.get("/api/v1/impact", params={"kind": "service", "id": 999999999}), 404, "not-found")
    assert_problem(admin.get("/api/v1/dependencies", params={"kind": "host", "id": 999999999}), 404, "not-found")


def test_what_breaks_when_a_host_goes_down(admin, own, dinkes, new_service, new_application, new_dataset, new_host):
    host = new_host()
    data = new_dataset(dinkes)
    app = new_application(dinkes)
    service, unrelated = new_service(dinkes), new_service(dinkes)
    linked(own, ref("dataset", data), ref("host", host))
    linked(own, ref("application", app), ref("dataset", data))
    linked(own, ref("service", service), ref("application", app))
    linked(own, ref("service", unrelated), ref("application", new_application(dinkes)))

    down = impact(own, "host", host)
    assert depths(down) == {key("dataset", data): 1, key("application", app): 2, key("service", service): 3}
    assert [n["name"] for n in down["by_kind"]["service"]] == [service["name"]]
    assert down["by_kind"]["service"][0]["path"] == [key("service", service), key("application", app),
                                                     key("dataset", data), key("host", host)]
    # "Which services use this dataset": impact narrowed to services.
    users = impact(own, "dataset", data, only="service")
    assert users["total"] == 1 and [n["id"] for n in users["by_kind"]["service"]] == [service["id"]]
    assert users["by_kind"]["application"] == [] and len(users["nodes"]) == 3, "the diagram keeps the path"

    up = dependencies(own, "service", service)
    assert depths(up) == {key("application", app): 1, key("dataset", data): 2, key("host", host): 3}
    # A host may not use a dataset.
    assert field_names(assert_problem(link(admin, ref("host", host), ref("dataset", data)), 422,
                                      "validation-failed")) == ["to.kind"]


def test_restricted_dataset_is_a_hidden_node_for_another_agency(admin, own, other, dinkes, bappeda, new_service,
                                                                 new_dataset, new_host):
    host = new_host()
    secret_data = new_dataset(dinkes, "restricted")
    their_service = new_service(bappeda)
    linked(own, ref("dataset", secret_data), ref("host", host))
    # Bappeda cannot see the dataset, so it cannot link its service to it.
    r = link(other, ref("service", their_service), ref("dataset", secret_data))
    assert field_names(assert_problem(r, 422, "validation-failed")) == ["to.id"]
    # Dinkes links its own service; Bappeda then asks what breaks if the host goes down.
    mine = new_service(dinkes)
    linked(own, ref("service", mine), ref("dataset", secret_data))

    seen_by_owner = impact(own, "host", host)
    node = seen_by_owner["by_kind"]["dataset"][0]
    assert (node["hidden"], node["name"]) == (False, secret_data["title"])

    seen_by_other = impact(other, "host", host)
    node = seen_by_other["by_kind"]["dataset"][0]
    assert (node["hidden"], node["name"], node["agency_id"]) == (True, None, None), node
    assert [n["id"] for n in seen_by_other["by_kind"]["service"]] == [mine["id"]], "the impact is still complete"
    assert all(secret_data["title"] not in str(v) for v in seen_by_other.values())
    # Starting from the hidden dataset is refused, as in its own registry.
    assert_problem(other.get("/api/v1/impact", params={"kind": "dataset", "id": secret_data["id"]}), 403, "forbidden")
    assert other.get(f"/api/v1/datasets/{secret_data['id']}").status_code == 403
    assert_problem(other.get(LINKS, params={"kind": "dataset", "id": secret_data["id"]}), 403, "forbidden")
    listed = other.get(LINKS, params={"kind": "host", "id": host["id"]}).json()["items"]
    assert listed[0]["from"]["hidden"] is True and listed[0]["from"]["name"] is None


def test_demo_region_answers_what_breaks_if_the_database_server_goes_down(admin):
    """The demo links Kota Madiun's services to their applications, data and servers: the
    shared database server carries the personnel and the licensing services."""
    hosts = admin.get("/api/v1/hosts", params={"limit": 100})
    assert hosts.status_code == 200, describe(hosts)
    server = next(h for h in hosts.json()["items"] if h["name"] == "srv-db-01")
    down = impact(admin, "host", server, only="service")
    names = sorted(n["name"] for n in down["by_kind"]["service"])
    assert names == ["Layanan Kepegawaian ASN", "Perizinan Berusaha dan Non-Berusaha Daring"], names
    licensing = next(n for n in down["by_kind"]["service"] if n["name"].startswith("Perizinan"))
    assert licensing["depth"] == 2 and licensing["path"][-1] == key("host", server)
    facility_ids = {n["id"] for n in dependencies(admin, "host", server)["by_kind"]["facility"]}
    assert len(facility_ids) == 1, "the server sits in the data center"


def test_a_host_placed_in_a_facility_depends_on_it_without_a_link(admin, own, dinkes, kominfo, new_service,
                                                                    new_dataset):
    r = admin.post("/api/v1/facilities", json={"name": f"Ruang server uji {tag()}", "kind": "recovery_center"})
    assert r.status_code == 201, describe(r)
    facility = r.json()
    r = admin.post("/api/v1/hosts", json={"owner_agency_id": kominfo, "name": f"srv-tempat-{tag().lower()}",
                                          "kind": "physical_server", "facility_id": facility["id"]})
    assert r.status_code == 201, describe(r)
    host = r.json()
    data, service = new_dataset(dinkes), new_service(dinkes)
    linked(own, ref("dataset", data), ref("host", host))
    linked(own, ref("service", service), ref("dataset", data))

    down = impact(own, "facility", facility)
    assert depths(down) == {key("host", host): 1, key("dataset", data): 2, key("service", service): 3}
    placement = [e for e in down["edges"] if e["from"] == key("host", host)]
    assert placement == [{"id": None, "from": key("host", host), "to": key("facility", facility), "placement": True}]
    assert all(e["placement"] is False for e in down["edges"] if e["id"] is not None)
    up = dependencies(own, "service", service)
    assert depths(up) == {key("dataset", data): 1, key("host", host): 2, key("facility", facility): 3}
    # A link that says the same is drawn once, as the link.
    l = linked(admin, ref("host", host), ref("facility", facility))
    edges = [e for e in impact(own, "facility", facility)["edges"] if e["from"] == key("host", host)]
    assert edges == [{"id": l["id"], "from": key("host", host), "to": key("facility", facility), "placement": False}]
