"""POST /api/v1/client-errors and the problems bad bodies get.

Body: {"message": string 1-2000, "page": string 1-500, "detail"?: string ≤ 8000}
→ 202 {"status":"accepted"}; 422 validation-failed with `errors` for bad fields.
"""
from __future__ import annotations

import json

import pytest

from support import assert_problem, field_names, media_type

PATH = "/api/v1/client-errors"


def post_raw(server, body: bytes | str, content_type: str = "application/json", **kwargs):
    if isinstance(body, str):
        body = body.encode()
    return server.post(PATH, data=body, headers={"Content-Type": content_type, **kwargs.pop("headers", {})},
                       **kwargs)


def valid(**overrides) -> dict:
    body = {"message": "Tombol simpan tidak merespons", "page": "/layanan/123"}
    body.update(overrides)
    return {k: v for k, v in body.items() if v is not None}


# --------------------------------------------------------------------------- accepted


def test_valid_report_is_accepted(server):
    r = server.post(PATH, json=valid())
    assert r.status_code == 202, r.text
    assert media_type(r.headers.get("Content-Type")) == "application/json"
    assert r.json() == {"status": "accepted"}


def test_valid_report_with_detail_is_accepted(server):
    r = server.post(PATH, json=valid(detail="TypeError: x is undefined\n  at app.js:1:2"))
    assert r.status_code == 202, r.text


def test_fields_at_their_maximum_length_are_accepted(server):
    r = server.post(PATH, json=valid(message="m" * 2000, page="p" * 500, detail="d" * 8000))
    assert r.status_code == 202, r.text


def test_non_ascii_text_counts_as_characters_and_is_accepted(server):
    r = server.post(PATH, json=valid(message="Gagal menyimpan — coba lagi ✓", page="/pengaduan/é"))
    assert r.status_code == 202, r.text


def test_json_content_type_with_charset_is_accepted(server):
    r = post_raw(server, json.dumps(valid()), "application/json; charset=utf-8")
    assert r.status_code == 202, r.text


# --------------------------------------------------------------------------- malformed bodies


@pytest.mark.parametrize("body", ['{"message": "a", "page":', "{message: 'a'}", "not json at all",
                                  '{"message":"a","page":"b"} trailing', ""])
def test_malformed_json_is_a_400_problem(server, body):
    r = post_raw(server, body)
    assert_problem(r, 400, "malformed-json", instance=PATH)


@pytest.mark.parametrize("body", ["[]", '[{"message":"a","page":"b"}]', '"text"', "42", "true", "null"])
def test_json_that_is_not_an_object_is_a_400_problem(server, body):
    r = post_raw(server, body)
    assert_problem(r, 400, "malformed-json", instance=PATH)


def test_invalid_utf8_is_rejected(server):
    r = post_raw(server, b'{"message": "\xff\xfe", "page": "/x"}')
    assert r.status_code in (400, 422), r.text
    assert media_type(r.headers.get("Content-Type")) == "application/problem+json"


# --------------------------------------------------------------------------- field validation


@pytest.mark.parametrize("field", ["message", "page"])
def test_missing_required_field_is_named(server, field):
    r = server.post(PATH, json=valid(**{field: None}))
    problem = assert_problem(r, 422, "validation-failed", instance=PATH)
    assert field in field_names(problem)


@pytest.mark.parametrize("field", ["message", "page"])
def test_empty_required_field_is_named(server, field):
    r = server.post(PATH, json=valid(**{field: ""}))
    assert field in field_names(assert_problem(r, 422, "validation-failed"))


@pytest.mark.parametrize("field,length", [("message", 2001), ("page", 501), ("detail", 8001)])
def test_oversized_field_is_named(server, field, length):
    r = server.post(PATH, json=valid(**{field: "x" * length}))
    assert field in field_names(assert_problem(r, 422, "validation-failed"))


@pytest.mark.parametrize("field,value", [("message", 42), ("page", ["/a"]), ("detail", {"a": 1}),
                                         ("message", True)])
def test_field_of_the_wrong_type_is_named(server, field, value):
    r = server.post(PATH, json=valid(**{field: value}))
    assert field in field_names(assert_problem(r, 422, "validation-failed"))


def test_null_for_a_required_field_is_named(server):
    r = post_raw(server, json.dumps({"message": None, "page": "/x"}))
    assert "message" in field_names(assert_problem(r, 422, "validation-failed"))


def test_every_bad_field_is_reported_at_once(server):
    r = server.post(PATH, json={"detail": "d" * 8001})
    names = field_names(assert_problem(r, 422, "validation-failed"))
    assert {"message", "page", "detail"} <= set(names), names


def test_empty_object_names_both_required_fields(server):
    r = server.post(PATH, json={})
    assert {"message", "page"} <= set(field_names(assert_problem(r, 422, "validation-failed")))


# --------------------------------------------------------------------------- media type


def test_text_plain_body_is_a_415_problem(server):
    r = post_raw(server, json.dumps(valid()), "text/plain")
    assert_problem(r, 415, "unsupported-media-type", instance=PATH)


def test_form_body_is_a_415_problem(server):
    r = server.post(PATH, data={"message": "a", "page": "b"})  # application/x-www-form-urlencoded
    assert_problem(r, 415, "unsupported-media-type")


# --------------------------------------------------------------------------- method


def test_get_on_client_errors_is_405_with_allow_post(server):
    r = server.get(PATH)
    assert_problem(r, 405, "method-not-allowed")
    assert "POST" in [m.strip() for m in r.headers.get("Allow", "").split(",")]
