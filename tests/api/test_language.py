"""Problems speak Bahasa Indonesia by default and English when Accept-Language prefers it."""
from __future__ import annotations

import pytest

from support import assert_problem, field_names

MISSING = "/api/v1/regions/no-such-region"


def problem_in(server, accept_language: str | None, path: str = MISSING) -> dict:
    headers = {"Accept-Language": accept_language} if accept_language is not None else {}
    return assert_problem(server.get(path, headers=headers), 404, "not-found")


def test_english_is_given_when_asked_for(server):
    problem = problem_in(server, "en")
    assert "not found" in problem["title"].lower(), problem["title"]


def test_indonesian_is_the_default(server):
    default = problem_in(server, None)
    english = problem_in(server, "en")
    assert default["title"] != english["title"]
    assert default["detail"] != english["detail"]


@pytest.mark.parametrize("header", ["id", "id-ID", "id-ID,id;q=0.9,en;q=0.5", "fr", "*", ""])
def test_indonesian_unless_english_is_preferred(server, header):
    assert problem_in(server, header)["title"] == problem_in(server, None)["title"], header


@pytest.mark.parametrize("header", ["en-US", "en-GB,en;q=0.9", "en;q=0.9,id;q=0.5", "fr, en;q=0.8"])
def test_english_when_preferred_over_indonesian(server, header):
    assert problem_in(server, header)["title"] == problem_in(server, "en")["title"], header


def test_field_messages_follow_the_language_too(server):
    def messages(lang):
        headers = {"Accept-Language": lang} if lang else {}
        r = server.post("/api/v1/client-errors", json={"page": "/x"}, headers=headers)
        problem = assert_problem(r, 422, "validation-failed")
        assert "message" in field_names(problem)
        return {e["field"]: e["message"] for e in problem["errors"]}

    assert messages(None)["message"] != messages("en")["message"]


def test_language_does_not_change_the_machine_readable_parts(server):
    default, english = problem_in(server, None), problem_in(server, "en")
    for key in ("type", "status", "instance"):
        assert default[key] == english[key], key


@pytest.mark.parametrize("method,path,body,content_type", [
    ("DELETE", "/api/v1/status", None, None),
    ("POST", "/api/v1/client-errors", b"{", "application/json"),
    ("POST", "/api/v1/client-errors", b"{}", "text/plain"),
    ("GET", "/api/v1/regions?limit=0", None, None),
    ("POST", "/api/v1/client-errors", b'{"page":"' + b"p" * 1_100_000 + b'"}', "application/json"),
], ids=["405", "400-malformed-json", "415", "400-bad-request", "413"])
def test_every_kind_of_problem_is_translated(server, method, path, body, content_type):
    def problem(lang):
        headers = {"Content-Type": content_type} if content_type else {}
        if lang:
            headers["Accept-Language"] = lang
        r = server.request(method, path, data=body, headers=headers)
        assert r.status_code >= 400
        return r.json()

    default, english = problem(None), problem("en")
    assert default["title"] != english["title"], (default, english)
    assert default["detail"] != english["detail"], (default, english)
