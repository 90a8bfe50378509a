"""End to end: importing the sample corpus yields inferred tags with evidence, shown on the
work pages, each opening the passages behind it, and usable as filters."""

from __future__ import annotations

from pathlib import Path

from flask import Flask, url_for
from test_pages import get_html, get_json

from ficshelf.importer import import_paths
from ficshelf.store.db import Database
from ficshelf.web.app import create_app
from ficshelf.web.urls import tag_slug


def test_imported_corpus_shows_inferred_tags_with_evidence(
    sqlite_db: Database, corpus_dir: Path
) -> None:
    summary = import_paths(sqlite_db, [corpus_dir])
    assert not summary.rejected and summary.counts["imported"] >= 20
    app: Flask = create_app(sqlite_db, {"TESTING": True})
    client = app.test_client()
    works = get_json(client, "/works.json?page=1")["works"]
    assert works["total"] == summary.counts["imported"]
    checked = 0
    for page in range(1, works["pages"] + 1):
        for blurb in get_json(client, f"/works.json?page={page}")["works"]["items"]:
            inferred = [t for t in blurb["tags"] if t["provenance"] == "inferred"]
            # Every story gets its point of view and tense from the pipeline, unless the
            # file's own tags say them ("Present Tense" as an AO3 additional tag wins).
            given = " ".join(t["name"] for t in blurb["tags"] if t["provenance"] == "author")
            expected = {"pov", "tense"} - {
                kind for kind, word in (("pov", " Person"), ("tense", " Tense")) if word in given
            }
            assert expected <= {t["type"] for t in inferred}, blurb["title"]
            html = get_html(client, f"/works/{blurb['id']}")
            for tag in inferred:
                with app.test_request_context():
                    url = url_for(
                        "evidence.evidence",
                        work_id=blurb["id"],
                        tag_type=tag["type"],
                        name=tag_slug(tag["name"]),
                    )
                assert f'href="{url}"' in html
                evidence = get_json(client, f"{url}.json")
                assert evidence["tag"]["provenance"] == "inferred"
                if tag["type"] != "rating":
                    assert evidence["tag"]["evidence"] and evidence["passages"], url
                    assert "<mark>" in get_html(client, url)
                checked += 1
            dialogue = get_json(client, f"/works/{blurb['id']}/dialogue.json")
            assert dialogue["analysed"] and dialogue["passages"]
    assert checked >= 2 * summary.counts["imported"] - 2
    first_person = get_json(client, "/works.json?tag=pov:First%20Person")["works"]["total"]
    third_person = get_json(client, "/works.json?tag=pov:Third%20Person")["works"]["total"]
    assert first_person and third_person
