"""Error statuses and bodies, security headers on every response, and story markup that
must come out inert."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from web_library import Library

from ficshelf.web.security import CONTENT_SECURITY_POLICY

TEMPLATES = Path(__file__).resolve().parents[2] / "src" / "ficshelf" / "web" / "templates"


def assert_json_error(client: FlaskClient, url: str, status: int, says: str) -> None:
    response = client.get(url)
    assert response.status_code == status
    assert response.mimetype == "application/json"
    body = response.get_json()
    assert set(body) == {"error"}
    assert body["error"]["status"] == status
    assert says in body["error"]["message"]


def assert_html_error(client: FlaskClient, url: str, status: int, says: str) -> None:
    response = client.get(url)
    assert response.status_code == status
    assert response.mimetype == "text/html"
    page = response.get_data(as_text=True)
    assert f'<p class="error-status">{status}</p>' in page
    assert says in page


@pytest.mark.parametrize(
    ("path", "says"),
    [
        ("/works/{missing}", "no work with id"),
        ("/works/{ridge}/chapters/4", "has no chapter 4"),
        ("/works/{missing}/chapters/1", "no work with id"),
        ("/works/{missing}/chapters", "no work with id"),
        ("/works/99999999999999999999", "no work with id 99999999999999999999"),
        ("/works/0", "no work with id 0"),
        ("/works/abc", "no work with id abc"),
        ("/works/{ridge}/chapters/0", "work {ridge} has no chapter 0"),
        ("/works/{ridge}/chapters/x", "work {ridge} has no chapter x"),
        ("/works/abc/chapters/1", "no work with id abc"),
        ("/works/0/evidence/character/Maren%20Holt", "no work with id 0"),
        ("/tags/fandom/Nowhere%20Town", "no fandom tag named 'Nowhere Town'"),
        ("/tags/flavour", "no tag type 'flavour'"),
        ("/tags/flavour/Mint", "no tag type 'flavour'"),
        ("/works?page=4", "page 4 is past the end (there are 3 pages)"),
        ("/tags/fandom/Gullrock%20Chronicles?page=3", "page 3 is past the end"),
        ("/no/such/page", "no page at /no/such/page"),
    ],
)
def test_not_found_in_html_and_json(
    client: FlaskClient, library: Library, path: str, says: str
) -> None:
    url = path.format(missing=library.hostile + 100, ridge=library.ridge)
    says = says.format(ridge=library.ridge)
    path_part, _, query = url.partition("?")
    json_url = path_part + ".json" + (f"?{query}" if query else "")
    assert_html_error(client, url, 404, says.replace("'", "&#39;"))
    assert_json_error(client, json_url, 404, says)


@pytest.mark.parametrize(
    ("query", "says"),
    [
        ("page=abc", "page must be a whole number from 1, not 'abc'"),
        ("page=0", "page must be a whole number from 1"),
        ("page=-2", "page must be a whole number from 1"),
        ("page=1.5", "page must be a whole number from 1"),
    ],
)
def test_bad_page_numbers_are_400(
    client: FlaskClient, library: Library, query: str, says: str
) -> None:
    for path in ("/works", "/tags/fandom", "/tags/fandom/Gullrock%20Chronicles"):
        assert_html_error(client, f"{path}?{query}", 400, says.replace("'", "&#39;"))
        assert_json_error(client, f"{path}.json?{query}", 400, says)


def test_other_bad_arguments_are_400(client: FlaskClient, library: Library) -> None:
    assert_json_error(client, f"/works/{library.ridge}.json?view=sideways", 400, "view must be")
    assert_html_error(client, f"/works/{library.ridge}?view=sideways", 400, "view must be")
    assert_json_error(
        client, f"/works/{library.ridge}/chapters.json?chapter=x", 400, "chapter must"
    )


def test_the_favicon_is_the_archives_own_icon(client: FlaskClient) -> None:
    with client.get("/favicon.ico") as response:
        assert response.status_code == 200
        assert response.mimetype == "image/svg+xml"
        assert response.get_data(as_text=True).startswith("<svg")
        assert "max-age" in response.headers["Cache-Control"]


def test_json_error_for_an_accept_header(client: FlaskClient) -> None:
    response = client.get("/nowhere", headers={"Accept": "application/json"})
    assert response.status_code == 404 and response.get_json()["error"]["status"] == 404


def test_method_not_allowed_keeps_its_allow_header(client: FlaskClient) -> None:
    response = client.post("/works")
    assert response.status_code == 405
    assert "GET" in response.headers["Allow"]
    assert "405" in response.get_data(as_text=True)


def test_unexpected_errors_are_a_500_without_details(db_url: str, app: Flask) -> None:
    app.config["TESTING"] = False  # let the handler answer instead of re-raising

    @app.route("/boom.json")
    def boom() -> str:
        raise RuntimeError("secret detail")

    response = app.test_client().get("/boom.json")
    assert response.status_code == 500
    assert response.get_json()["error"]["status"] == 500
    assert "secret" not in response.get_data(as_text=True)
    assert response.headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY


def every_kind_of_response(library: Library) -> list[str]:
    return [
        "/",
        "/index.json",
        "/works",
        "/works.json",
        f"/works/{library.lamp}",
        f"/works/{library.ridge}/chapters/2.json",
        f"/works/{library.ridge}/chapters?chapter=2",  # redirect
        "/tags/fandom/GC",  # redirect
        "/tags/fandom",
        "/tags/fandom/Gullrock%20Chronicles.json",
        "/health",
        "/static/ficshelf.css",
        "/static/reader.js",
        "/works?page=abc",  # 400
        "/works/12345",  # 404
        "/nope.json",  # 404
    ]


def test_security_headers_on_every_response(client: FlaskClient, library: Library) -> None:
    for url in every_kind_of_response(library):
        with client.get(url) as response:  # static files stay open until closed
            headers = response.headers
        assert headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY, url
        assert headers["X-Content-Type-Options"] == "nosniff", url
        assert headers["X-Frame-Options"] == "DENY", url
        assert headers["Referrer-Policy"] == "same-origin", url
    assert client.post("/").headers["X-Frame-Options"] == "DENY"


def test_policy_forbids_inline_script() -> None:
    directives = dict(d.split(" ", 1) for d in CONTENT_SECURITY_POLICY.split("; "))
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert directives["default-src"] == "'self'"
    assert "unsafe" not in CONTENT_SECURITY_POLICY


def test_hostile_story_markup_is_inert(client: FlaskClient, library: Library) -> None:
    page = client.get(f"/works/{library.hostile}").get_data(as_text=True)
    scripts = re.findall(r"<script\b[^>]*>", page)
    assert scripts == ['<script src="/static/reader.js">']
    for bad in ("alert(", "onerror", "onclick", "javascript:", "<iframe", "evil.example"):
        assert bad not in page, bad
    assert "Before" in page and "After" in page and "A note" in page
    data = client.get(f"/works/{library.hostile}.json").get_json()
    story = data["chapters"][0]["html"]
    note = data["work"]["notes"][0]["html"]
    for bad in ("<script", "onerror", "onclick", "javascript:", "<iframe"):
        assert bad not in story and bad not in note


def test_titles_and_names_are_escaped(client: FlaskClient, library: Library) -> None:
    for url in (
        f"/works/{library.markup}",
        "/works?page=2",
        "/",
        "/tags/fandom/Starfall%20Academy",
    ):
        page = client.get(url).get_data(as_text=True)
        assert "<b>x</b>" not in page and "<i>anon</i>" not in page, url
        assert "&lt;b&gt;x&lt;/b&gt;" in page, url
    page = client.get(f"/works/{library.markup}").get_data(as_text=True)
    assert "Nothing to see &lt;here&gt;." in page
    assert client.get(f"/works/{library.markup}.json").get_json()["work"]["title"] == "<b>x</b>"


def test_only_http_source_urls_are_linked(client: FlaskClient, library: Library) -> None:
    page = client.get(f"/works/{library.markup}").get_data(as_text=True)
    assert "javascript:" not in page
    assert 'rel="nofollow noopener noreferrer"' in client.get(f"/works/{library.lamp}").get_data(
        as_text=True
    )


def test_templates_never_mark_anything_safe() -> None:
    for template in TEMPLATES.glob("*.html"):
        text = template.read_text()
        assert "|safe" not in text.replace(" ", ""), template.name
        assert "autoescape false" not in text, template.name


def test_pages_hold_no_inline_script_or_style(client: FlaskClient, library: Library) -> None:
    pages = [url for url in every_kind_of_response(library) if not url.startswith("/static/")]
    pages += [f"/works/{library.ridge}", f"/works/{library.hostile}", "/tags/fandom/GC"]
    for url in pages:
        page = client.get(url, follow_redirects=True).get_data(as_text=True)
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", page), url
        assert not re.search(r"<style\b|\sstyle=|\son[a-z]+=", page), url


def test_unknown_query_arguments_never_break_a_page(client: FlaskClient, library: Library) -> None:
    for query in ("fmt=x", "_method=POST", "work_id=abc", "_external=1&_anchor=x", "page=1"):
        response = client.get(f"/works/{library.lamp}?{query}")
        assert response.status_code == 200, query
        assert b"_anchor" not in response.data
    assert client.get("/works?fmt=x").status_code == 200
