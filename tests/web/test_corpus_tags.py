"""End to end: importing the sample corpus yields inferred tags with evidence, shown on the
work pages, each opening the passages behind it, and usable as filters."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote

from flask import Flask, url_for
from markupsafe import escape
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
            # ... and then the file's word is the work's pov and tense tag.
            assert {"pov", "tense"} <= {t["type"] for t in blurb["tags"]}, blurb["title"]
            html = get_html(client, f"/works/{blurb['id']}")
            for tag in inferred:
                with app.test_request_context():
                    url = url_for(
                        "evidence.evidence",
                        work_id=blurb["id"],
                        tag_type=tag["type"],
                        name=tag_slug(tag["name"]),
                    )
                assert f'href="{escape(url)}"' in html
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

    # The search form's examples are tags and words of the sample corpus.
    form = get_html(client, "/search")
    examples = re.findall(r'placeholder="e\.g\. ([^"]+)"', form)
    assert len(examples) == 2
    for ref in examples:
        assert get_json(client, f"/search.json?include={quote(ref)}")["result"]["hits"]["total"]
    query = re.search(r"id=\"search-q\"[^>]*placeholder='([^']+)'", form)
    assert (
        query
        and get_json(client, f"/search.json?q={quote(query.group(1))}")["result"]["hits"]["total"]
    )
