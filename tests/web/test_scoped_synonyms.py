"""The pages of a library whose wrangler scoped a first name to one fandom: the work page,
the tag page, the search filter and the search box show each work by its own fandom's
synonym; on both database backends."""

from __future__ import annotations

from typing import Any

from flask import Flask
from flask.testing import FlaskClient

from ficshelf.library import reconcile
from ficshelf.model import Provenance, SourceRecord, TagRecord, TagType
from ficshelf.store.db import Database
from ficshelf.store.works import save_work
from work_builders import one_chapter_work

HARROWGATE = "Harrowgate Chronicles"


def _save(db: Database, text: str, tags: list[TagRecord]) -> int:
    record = one_chapter_work(text, title=text[:24], tags=tags)
    source = SourceRecord(f"/fics/{record.text_hash[:12]}.txt", record.text_hash, 1, "txt")
    with db.begin() as conn:
        return save_work(conn, record, source).work_id


def _char(name: str) -> TagRecord:
    return TagRecord(TagType.CHARACTER, name, Provenance.INFERRED, 0.8, ((0, 4),))


def _fandom(name: str) -> TagRecord:
    return TagRecord(TagType.FANDOM, name, Provenance.AUTHOR, None, ())


def _characters(work: dict[str, Any]) -> set[str]:
    return {t["name"] for t in work["tags"] if t["type"] == "character"}


def _ids(data: dict[str, Any]) -> set[int]:
    return {hit["work"]["id"] for hit in data["result"]["hits"]["items"]}


def test_pages_show_each_work_by_its_own_fandom(db: Database, app: Flask) -> None:
    lamp = _save(db, "Henry Vance trimmed the wick.", [_fandom(HARROWGATE), _char("Henry Vance")])
    pier = _save(db, "Harry waited on the pier.", [_fandom(HARROWGATE), _char("Harry")])
    stray = _save(db, "Harry walked alone by the sea.", [_char("Harry")])
    with db.begin() as conn:
        reconcile(conn)
    client: FlaskClient = app.test_client()
    assert _characters(client.get(f"/works/{pier}.json").get_json()["work"]) == {"Henry Vance"}
    assert _characters(client.get(f"/works/{stray}.json").get_json()["work"]) == {"Harry"}
    html = client.get(f"/works/{stray}").get_data(as_text=True)
    assert "Henry Vance" not in html and 'href="/tags/character/Harry"' in html
    page = client.get("/tags/character/Henry%20Vance.json").get_json()
    assert page["tag"]["synonyms"] == [f"Harry ({HARROWGATE})"]
    assert {w["id"] for w in page["works"]["items"]} == {lamp, pier}
    page = client.get("/tags/character/Harry.json").get_json()
    assert page["tag"]["name"] == "Harry" and page["tag"]["synonyms"] == []
    assert {w["id"] for w in page["works"]["items"]} == {stray}
    found = client.get("/search.json?include=character:Henry Vance").get_json()
    assert _ids(found) == {lamp, pier}
    found = client.get("/search.json?include=character:Harry").get_json()
    assert _ids(found) == {stray}
    found = client.get('/search.json?q="Henry Vance"').get_json()
    assert _ids(found) == {lamp, pier}
