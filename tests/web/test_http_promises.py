"""What the API promises a client over HTTP: conditional GET (ETag, 304), cross-origin
reads when the host allows them, empty arguments counting as absent, an access log line per
request."""

from __future__ import annotations

import logging

import pytest
from flask.testing import FlaskClient
from web_library import Library

from ficshelf.errors import ConfigError
from ficshelf.model import TagType
from ficshelf.store.db import Database
from ficshelf.store.tags import set_editor_tag
from ficshelf.web.app import create_app

READER = "https://reader.example"


@pytest.mark.parametrize("path", ["/works.json", "/works", "/", "/tags/fandom.json"])
def test_pages_and_json_answer_304_while_unchanged(
    client: FlaskClient, library: Library, path: str
) -> None:
    first = client.get(path)
    assert first.status_code == 200
    etag = first.headers["ETag"]
    assert first.headers["Cache-Control"] == "no-cache"
    assert "Cookie" in first.headers["Vary"]
    again = client.get(path, headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.data == b""
    assert again.headers["ETag"] == etag
    assert client.get(path, headers={"If-None-Match": '"other"'}).status_code == 200


def test_the_etag_changes_with_the_library_and_the_exclusions(
    client: FlaskClient, library: Library, db: Database
) -> None:
    work = f"/works/{library.lamp}.json"
    etag = client.get(work).headers["ETag"]
    with db.begin() as conn:
        set_editor_tag(conn, library.lamp, TagType.FREEFORM, "Lighthouses")
    changed = client.get(work, headers={"If-None-Match": etag})
    assert changed.status_code == 200
    assert changed.headers["ETag"] != etag
    listed = client.get("/tags/freeform/Lighthouses.json")
    client.set_cookie("ficshelf_exclude", "freeform%3ALighthouses")
    hidden = client.get(
        "/tags/freeform/Lighthouses.json", headers={"If-None-Match": listed.headers["ETag"]}
    )
    assert hidden.status_code == 200
    assert hidden.get_json()["works"]["total"] == 0


def test_errors_and_posts_are_not_conditional(client: FlaskClient, library: Library) -> None:
    assert "ETag" not in client.get("/works/999.json").headers
    assert "ETag" not in client.post("/exclusions", data={"clear": "1"}).headers


def test_no_cors_header_unless_the_host_allows_it(client: FlaskClient, library: Library) -> None:
    answer = client.get("/works.json", headers={"Origin": READER})
    assert "Access-Control-Allow-Origin" not in answer.headers
    preflight = client.options("/works.json", headers={"Origin": READER})
    assert "Access-Control-Allow-Origin" not in preflight.headers


def test_allowed_origins_may_read_the_json_api(db: Database, library: Library) -> None:
    app = create_app(db, {"TESTING": True, "FICSHELF_CORS_ORIGINS": [READER + "/"]})
    client = app.test_client()
    answer = client.get("/works.json", headers={"Origin": READER})
    assert answer.headers["Access-Control-Allow-Origin"] == READER
    assert answer.headers["Access-Control-Expose-Headers"] == "ETag"
    assert "Origin" in answer.headers["Vary"]
    assert (
        client.get("/health", headers={"Origin": READER}).headers["Access-Control-Allow-Origin"]
        == READER
    )
    preflight = client.options(
        "/search.json",
        headers={"Origin": READER, "Access-Control-Request-Method": "GET"},
    )
    assert preflight.status_code == 200
    assert preflight.headers["Access-Control-Allow-Origin"] == READER
    assert "GET" in preflight.headers["Access-Control-Allow-Methods"]
    other = client.get("/works.json", headers={"Origin": "https://elsewhere.example"})
    assert "Access-Control-Allow-Origin" not in other.headers
    page = client.get("/works", headers={"Origin": READER})
    assert "Access-Control-Allow-Origin" not in page.headers


def test_any_origin(db: Database, library: Library) -> None:
    client = create_app(db, {"TESTING": True, "FICSHELF_CORS_ORIGINS": ["*"]}).test_client()
    answer = client.get("/index.json", headers={"Origin": "https://any.example"})
    assert answer.headers["Access-Control-Allow-Origin"] == "*"


@pytest.mark.parametrize(
    "config",
    [
        {"FICSHELF_CORS_ORIGINS": ["reader.example"]},
        {"FICSHELF_CORS_ORIGINS": ["https://reader.example/path"]},
        {"FICSHELF_PER_PAGE": 0},
        {"FICSHELF_PER_PAGE": 101},
        {"FICSHELF_PER_PAGE": "5"},
    ],
)
def test_bad_settings_are_refused(db: Database, config: dict[str, object]) -> None:
    with pytest.raises(ConfigError):
        create_app(db, config)


@pytest.mark.parametrize(
    "path",
    [
        "/works.json?page=",
        "/search.json?page=",
        "/tags/fandom.json?page=",
        "/works.json?tag=",
        "/browse.json?page=",
    ],
)
def test_empty_arguments_count_as_absent(client: FlaskClient, library: Library, path: str) -> None:
    answer = client.get(path)
    assert answer.status_code == 200, answer.get_json()
    assert answer.get_json() == client.get(path.split("?")[0]).get_json()


def test_empty_view_and_chapter_count_as_absent(client: FlaskClient, library: Library) -> None:
    work = f"/works/{library.ridge}"
    assert client.get(work + ".json?view=").get_json() == client.get(work + ".json").get_json()
    assert client.get(work + "/chapters?chapter=").status_code == 200


def test_a_line_per_request_in_the_access_log(
    client: FlaskClient, library: Library, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="ficshelf.access")
    for path in ("/works.json?page=1", "/works/999"):
        client.get(path).close()  # as a server does once the answer is sent
    lines = [r.getMessage() for r in caplog.records if r.name == "ficshelf.access"]
    assert len(lines) == 2, lines
    assert lines[0].startswith('127.0.0.1 "GET /works.json?page=1" 200 ')
    assert lines[1].startswith('127.0.0.1 "GET /works/999" 404 ')
    assert all(line.endswith("ms") for line in lines)
