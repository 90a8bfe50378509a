"""docs/api.md documents every route the app registers, and its JSON examples are JSON that
shows every key the routes send."""

from __future__ import annotations

import dataclasses
import json
import re
import typing
from pathlib import Path

from flask import Flask
from flask.testing import FlaskClient
from web_library import Library

from ficshelf.store.work_views import ChapterLink, ChapterView, NoteView, TagView, WorkDetail

API_DOC = Path(__file__).resolve().parents[2] / "docs" / "api.md"


def documented(rule: str) -> str:
    """``/works/<id:work_id>`` → ``/works/<work_id>``, as the docs write routes."""
    return re.sub(r"<(?:[^:>]+:)?([^>]+)>", r"<\1>", rule)


def test_every_route_is_documented(app: Flask) -> None:
    doc = API_DOC.read_text()
    rules = [documented(rule.rule) for rule in app.url_map.iter_rules()]
    assert len(rules) >= 16
    missing = [rule for rule in rules if f"`{rule}`" not in doc]
    assert not missing, f"routes missing from docs/api.md: {missing}"


def test_json_examples_parse() -> None:
    blocks = re.findall(r"```json\n(.*?)```", API_DOC.read_text(), flags=re.DOTALL)
    assert len(blocks) >= 8
    for block in blocks:
        json.loads(block)


# The JSON examples' headings and the route of the invented library each one shows.
EXAMPLE_ROUTES = {
    "`/index.json`": "/index.json",
    "`/works.json?page=3`": "/works.json?tag=fandom:GC",
    "`/works/<work_id>.json`, `/works/<work_id>/chapters/<number>.json`": "/works/{ridge}.json",
    "`/works/<work_id>/similar.json`": "/works/{lamp}/similar.json",
    "`/works/<work_id>/chapters.json`": "/works/{ridge}/chapters.json",
    "`/tags.json`": "/tags.json",
    "`/tags/<tag_type>.json`": "/tags/fandom.json",
    "`/tags/<tag_type>/<name>.json`": "/tags/fandom/Gullrock%20Chronicles.json",
    "`/search.json?q=lamp&include=fandom:GC`": "/search.json?q=lamp&include=fandom:GC",
    "`/autocomplete.json?q=ma`": "/autocomplete.json?q=ma",
    "`/browse.json`, `/browse/<fandom>.json`, `/browse/<fandom>/<character>.json`": (
        "/browse/Gullrock%20Chronicles.json"
    ),
    "`/health`": "/health",
}
LEFT_OUT = {"evidence_url", "evidence_json_url", "similar"}
"""Keys the docs say their examples leave out (tags' evidence links, a work page's
``similar`` entries shown on /similar.json)."""


def key_paths(value: object, prefix: str = "") -> set[str]:
    """Every key path of a JSON value (``works.items[].id``); an object with a ``"..."``
    key (an abbreviated one in the docs) stands for any keys."""
    found: set[str] = set()
    if isinstance(value, dict):
        if "..." in value:
            return {prefix + "..."}
        for key, item in value.items():
            found.add(prefix + key)
            found |= key_paths(item, f"{prefix}{key}.")
    elif isinstance(value, list):
        for item in value:
            found |= key_paths(item, prefix + "[].")
    return found


def documented_keys(headings: typing.Container[str]) -> dict[str, set[str]]:
    """The key paths of the JSON examples of docs/api.md under each of ``headings``."""
    doc = API_DOC.read_text()
    shown: dict[str, set[str]] = {}
    for match in re.finditer(r"```json\n(.*?)```", doc, flags=re.DOTALL):
        heading = re.findall(r"^#+ (.*)$", doc[: match.start()], flags=re.MULTILINE)[-1]
        if heading in headings:
            shown.setdefault(heading, set()).update(key_paths(json.loads(match.group(1))))
    return shown


def unshown_keys(answer: object, keys: set[str]) -> list[str]:
    """The key paths of ``answer`` that an example showing ``keys`` leaves out, its
    abbreviated objects and the keys the docs say they leave out (``LEFT_OUT``) aside."""
    abbreviated = {p.removesuffix("...") for p in keys if p.endswith("...")}
    return sorted(
        path
        for path in key_paths(answer)
        if path not in keys
        and not any(path.startswith(a) for a in abbreviated)
        and not any(part in LEFT_OUT for part in path.split("."))
    )


def test_json_examples_show_every_key_sent(client: FlaskClient, library: Library) -> None:
    """Each example in docs/api.md holds every key the route sends (the invented library's
    answer), abbreviated objects and the keys the docs say they leave out aside."""
    shown = documented_keys(EXAMPLE_ROUTES)
    checked = []
    for heading, keys in shown.items():
        route = EXAMPLE_ROUTES[heading]
        answer = client.get(route.format(lamp=library.lamp, ridge=library.ridge))
        assert answer.status_code == 200, route
        missing = unshown_keys(answer.get_json(), keys)
        assert not missing, f"{heading}: keys sent but not in the example: {missing}"
        checked.append(heading)
    assert sorted(checked) == sorted(EXAMPLE_ROUTES)


def test_every_nullable_work_field_is_documented_as_such() -> None:
    """The fields of a work, its tags, notes and chapters that may be ``None`` (``null``
    in the JSON), read from the dataclasses the JSON is made of, are each named in the
    paragraph of docs/api.md that says which fields may be null."""
    doc = API_DOC.read_text()
    nulls = doc[doc.index("**Null.**") :].split("\n\n", 1)[0]
    nullable = [
        f.name
        for view in (WorkDetail, TagView, NoteView, ChapterLink, ChapterView)
        for f in dataclasses.fields(view)
        if type(None) in typing.get_args(typing.get_type_hints(view)[f.name])
    ]
    assert "complete" in nullable and "kudos" in nullable
    missing = [name for name in nullable if f"`{name}`" not in nulls]
    assert not missing, f"nullable fields not said to be null in docs/api.md: {missing}"
