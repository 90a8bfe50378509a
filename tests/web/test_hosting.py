"""Serving the archive under a sub-path behind a reverse proxy, through waitress as
``ficshelf serve`` runs it: every link, redirect, form action, static URL and JSON link
keeps the prefix, and X-Forwarded-* count from the trusted proxy only."""

from __future__ import annotations

import http.client
import json
import logging
import re
from collections.abc import Iterator
from typing import Any

import pytest
from browser_support import served_by_waitress
from web_library import Library, build_library

from ficshelf.errors import ConfigError
from ficshelf.store.db import Database
from ficshelf.web.hosting import url_prefix

PREFIX = "/fics"


def fetch(
    port: int, path: str, method: str = "GET", body: str | None = None, **headers: str
) -> tuple[int, http.client.HTTPMessage, str]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        wanted = {k.replace("_", "-"): v for k, v in headers.items()}
        conn.request(method, path, body=body, headers=wanted)
        response = conn.getresponse()
        return response.status, response.headers, response.read().decode()
    finally:
        conn.close()


def site_paths(page: str) -> list[str]:
    """Every root-absolute URL of an HTML page: links, scripts, styles, form actions,
    hidden ``next`` fields and the autocomplete lookup."""
    found = re.findall(r'(?:href|src|action|value|data-autocomplete)="(/[^"]*)"', page)
    return [p for p in found if not p.startswith("//")]


def json_paths(value: Any) -> list[str]:
    """Every string in a JSON document that is a path on this site."""
    if isinstance(value, dict):
        return [p for v in value.values() for p in json_paths(v)]
    if isinstance(value, list):
        return [p for v in value for p in json_paths(v)]
    return [value] if isinstance(value, str) and re.match(r"/[a-z]", value) else []


@pytest.fixture
def served(db: Database) -> Iterator[tuple[Library, int]]:
    library = build_library(db)
    with served_by_waitress(db, url_prefix="fics/", trusted_proxy="127.0.0.1") as port:
        yield library, port


def test_pages_link_inside_the_prefix(served: tuple[Library, int]) -> None:
    library, port = served
    pages = ["/", "/works", f"/works/{library.ridge}", "/tags", "/search?exclude=warning:x"]
    for page in pages:
        status, _, body = fetch(port, PREFIX + page)
        assert status == 200, page
        paths = site_paths(body)
        assert paths, page
        outside = [p for p in paths if not p.startswith(PREFIX + "/")]
        assert not outside, (page, outside)
    _, _, search = fetch(port, PREFIX + "/search?exclude=warning:x")
    assert 'data-autocomplete="/fics/autocomplete.json"' in search
    assert 'name="next" value="/fics/search?exclude=warning:x"' in search


def test_static_files_json_links_and_redirects_keep_the_prefix(
    served: tuple[Library, int],
) -> None:
    library, port = served
    status, _, _ = fetch(port, PREFIX + "/static/search.js")
    assert status == 200
    _, _, body = fetch(port, f"{PREFIX}/works/{library.lamp}.json")
    paths = json_paths(json.loads(body))
    assert paths and all(p.startswith(PREFIX + "/") for p in paths), paths
    status, headers, _ = fetch(port, f"{PREFIX}/works/{library.ridge}/chapters?chapter=2")
    assert status == 303
    assert headers["Location"] == f"{PREFIX}/works/{library.ridge}/chapters/2"
    status, headers, _ = fetch(port, f"{PREFIX}/tags/fandom/GC")
    assert status == 302
    assert headers["Location"].startswith(PREFIX + "/tags/fandom/")


def test_a_proxy_may_strip_the_prefix_or_pass_it_on(served: tuple[Library, int]) -> None:
    """nginx's ``proxy_pass http://127.0.0.1:8000/;`` strips /fics, without the slash it
    passes it on: both answer the same, with links inside the prefix."""
    _, port = served
    stripped = fetch(port, "/works")
    passed = fetch(port, PREFIX + "/works")
    assert stripped[0] == passed[0] == 200
    assert stripped[2] == passed[2]
    assert all(p.startswith(PREFIX + "/") for p in site_paths(stripped[2]))


def test_the_exclusions_form_behind_the_proxy(served: tuple[Library, int]) -> None:
    """The same-site check sees the host the reader asked the proxy for; the answer goes
    back inside the prefix and the cookie stays in it."""
    _, port = served
    proxy = {"X_Forwarded_Host": "archive.example", "X_Forwarded_Proto": "https"}
    _, page_headers, page = fetch(port, PREFIX + "/exclusions", **proxy)
    session = page_headers["Set-Cookie"]
    assert "ficshelf_session=" in session and "Path=/fics/" in session
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)  # type: ignore[union-attr]
    form = f"add=warning:illness&next=/fics/search?q=lamp&csrf_token={token}"
    forwarded = {
        "Content_Type": "application/x-www-form-urlencoded",
        "Origin": "https://archive.example",
        "Referer": "https://archive.example/fics/exclusions",  # CSRF checks it over HTTPS
        "Cookie": session.split(";", 1)[0],
        **proxy,
        "X_Forwarded_For": "203.0.113.9",
    }
    status, headers, _ = fetch(port, PREFIX + "/exclusions", "POST", form, **forwarded)
    assert status == 303
    assert headers["Location"] == "/fics/search?q=lamp"
    exclusion = next(c for c in headers.get_all("Set-Cookie") if "ficshelf_exclude" in c)
    assert "Path=/fics/" in exclusion
    assert "Secure" in exclusion  # the reader asked over HTTPS
    del forwarded["X_Forwarded_Host"]
    # The host seen is then not the one the page came from: over HTTPS the CSRF check's
    # Referer test refuses it (400) before the form's own same-site check would (403).
    assert fetch(port, PREFIX + "/exclusions", "POST", form, **forwarded)[0] in (400, 403)


def test_forwarded_headers_count_only_from_the_trusted_proxy(
    db: Database, caplog: pytest.LogCaptureFixture
) -> None:
    build_library(db)
    caplog.set_level(logging.INFO, logger="ficshelf.access")
    with served_by_waitress(db, trusted_proxy="127.0.0.1") as port:
        fetch(port, "/health", X_Forwarded_For="203.0.113.9")
    with served_by_waitress(db, trusted_proxy="192.0.2.1") as port:
        fetch(port, "/health?again=1", X_Forwarded_For="203.0.113.9")
    lines = [r.getMessage() for r in caplog.records if r.name == "ficshelf.access"]
    assert any(line.startswith('203.0.113.9 "GET /health"') for line in lines), lines
    assert any(line.startswith('127.0.0.1 "GET /health?again=1"') for line in lines), lines


def test_url_prefix_is_normalised() -> None:
    assert url_prefix("") == url_prefix("/") == ""
    assert url_prefix("fics/") == url_prefix("/fics") == "/fics"
    assert url_prefix("/a/b/") == "/a/b"
    for bad in ("http://x/fics", "/fics?x=1", "/a//b"):
        with pytest.raises(ConfigError):
            url_prefix(bad)
