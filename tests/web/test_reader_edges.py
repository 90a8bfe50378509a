"""Rough edges a new reader found: page messages, blank exclusions, unknown languages,
evidence links in the JSON, inferred tags marked in facets and on tag pages, and
full-width letters in a query (both backends)."""

from __future__ import annotations

from typing import Any

from flask.testing import FlaskClient
from web_library import Library, save

from ficshelf.model import TagType
from ficshelf.store.db import Database
from ficshelf.store.search_index import rebuild_index
from ficshelf.store.tags import set_editor_tag


def test_past_the_end_says_pages_alike_everywhere(client: FlaskClient, library: Library) -> None:
    # PER_PAGE is 2: the Lamp alone is one page of search results, the works three pages.
    search = client.get("/search.json?q=lamp&page=9").get_json()
    assert search["error"]["message"] == "page 9 is past the end (there is 1 page)"
    works = client.get("/works.json?page=9").get_json()
    assert works["error"]["message"] == "page 9 is past the end (there are 3 pages)"
    tags = client.get("/tags/fandom.json?page=9").get_json()
    assert tags["error"]["message"] == "page 9 is past the end (there is 1 page)"


def test_a_huge_page_number_is_past_the_end(client: FlaskClient, library: Library) -> None:
    huge = "99999999999999999999999"
    for path in (f"/search?page={huge}", f"/works.json?page={huge}", f"/tags/fandom?page={huge}"):
        assert client.get(path).status_code == 404, path
    assert client.get("/search?page=" + "9" * 5000).status_code == 404
    assert client.get("/search?page=0").status_code == 400
    assert client.get("/search?page=x").status_code == 400


def test_search_past_the_end_keeps_the_form(client: FlaskClient, library: Library) -> None:
    page = client.get("/search?q=lamp&page=99999999")
    html = page.get_data(as_text=True)
    assert page.status_code == 404
    assert 'id="search-q"' in html and 'value="lamp"' in html  # the form, filled in
    assert "page 99999999 is past the end (there is 1 page)" in html
    assert 'class="last-page" href="/search?q=lamp&amp;page=1"' in html
    works = client.get("/works?page=7").get_data(as_text=True)
    assert 'class="last-page" href="/works?page=3"' in works


def test_a_blank_exclusion_is_refused(client: FlaskClient, library: Library) -> None:
    blank = client.post("/exclusions", data={"add": "  "})
    assert blank.status_code == 400 and "ficshelf_exclude" not in str(blank.headers)
    assert "A blank tag cannot be hidden" in blank.get_data(as_text=True)
    empty = client.post("/exclusions", data={"add": ""})
    assert empty.status_code == 400
    # a form that only removes sends no add: still a 303
    assert client.post("/exclusions", data={"remove": "rating:Teen"}).status_code == 303


def notices(client: FlaskClient, query: str) -> list[str]:
    data = client.get(f"/search.json?{query}").get_json()
    return list(data["result"]["notices"])


def test_a_language_no_work_is_in_says_so(client: FlaskClient, library: Library) -> None:
    assert notices(client, "language=klingon") == ["No work in the library is in Klingon."]
    assert notices(client, "language=tlh") == ["No work in the library is in Klingon."]
    unknown = notices(client, "language=elvish")
    assert unknown and unknown[0].startswith("No language named 'elvish' is known")
    for spelling in ("English", "en", "ENGLISH", "anglais"):  # names and codes alike
        data = client.get(f"/search.json?language={spelling}").get_json()
        assert data["result"]["notices"] == [], spelling
        assert data["result"]["total"] == 1, spelling
    html = client.get("/search?language=klingon").get_data(as_text=True)
    assert '<p class="notice">No work in the library is in Klingon.</p>' in html


def test_full_width_letters_match_plain_ones(client: FlaskClient, library: Library) -> None:
    plain = client.get("/search.json?q=lamp").get_json()["result"]
    wide = client.get("/search.json?q=ｌａｍｐ").get_json()["result"]
    assert wide["total"] == plain["total"] == 1
    assert wide["query"] == "lamp"
    assert client.get("/search.json?q=ＬＡＭＰ －storm").get_json()["result"]["total"] == 0


def test_inferred_tags_link_their_evidence_in_json(client: FlaskClient, library: Library) -> None:
    work = client.get(f"/works/{library.lamp}.json").get_json()["work"]
    by_name = {tag["name"]: tag for tag in work["tags"]}
    pair = by_name["Maren Holt/Ivo Brandt"]
    assert pair["provenance"] == "inferred"
    base = f"/works/{library.lamp}/evidence/relationship/Maren%20Holt*s*Ivo%20Brandt"
    assert pair["evidence_url"] == base and pair["evidence_json_url"] == base + ".json"
    evidence = client.get(pair["evidence_json_url"]).get_json()
    assert evidence["tag"]["name"] == "Maren Holt/Ivo Brandt"
    assert client.get(pair["evidence_url"]).status_code == 200
    given = by_name["Maren Holt"]
    assert given["evidence_url"] is None and given["evidence_json_url"] is None
    # every list of works carries the same links: the works index, a tag page, a search
    for path, items in (
        ("/works.json?page=2", lambda d: d["works"]["items"]),
        ("/tags/fandom/Gullrock%20Chronicles.json", lambda d: d["works"]["items"]),
        ("/search.json?q=lamp", lambda d: [h["work"] for h in d["result"]["hits"]["items"]]),
    ):
        for blurb in items(client.get(path).get_json()):
            for tag in blurb["tags"]:
                linked = tag["evidence_url"] is not None
                assert linked == (tag["provenance"] == "inferred" or tag["stated"]), path
                if blurb["id"] == library.lamp and tag["name"] == "profanity":
                    warning = f"/works/{library.lamp}/evidence/warning/profanity"
                    assert tag["evidence_url"] == warning


def facet_tag(data: dict[str, Any], tag_type: str, name: str) -> dict[str, Any]:
    facet = next(f for f in data["result"]["facets"] if f["type"] == tag_type)
    return dict(next(t for t in facet["tags"] if t["name"] == name))


def test_facets_say_which_counts_are_inferred(client: FlaskClient, library: Library) -> None:
    data = client.get("/search.json?q=lamp").get_json()
    assert facet_tag(data, "character", "Ivo Brandt") == {
        "type": "character", "name": "Ivo Brandt", "works": 1, "inferred": 1
    }  # fmt: skip
    assert facet_tag(data, "character", "Maren Holt")["inferred"] == 0
    html = client.get("/search?q=lamp").get_data(as_text=True)
    assert 'class="facet-include tag-inferred"' in html
    assert '<span class="count">(1, inferred)</span>' in html
    assert '<span class="count">(1)</span>' in html  # Maren Holt, given
    given = client.get("/search.json?q=lamp&tags=author").get_json()
    assert all(t["inferred"] == 0 for f in given["result"]["facets"] for t in f["tags"])


def test_a_facet_count_mixing_provenances_says_how_many_are_inferred(
    client: FlaskClient, library: Library, db: Database
) -> None:
    # Ivo Brandt given to a second work: two works, one of them inferred
    with db.begin() as conn:
        set_editor_tag(conn, library.ridge, TagType.CHARACTER, "Ivo Brandt")
    data = client.get("/search.json?include=fandom:Gullrock%20Chronicles").get_json()
    assert facet_tag(data, "character", "Ivo Brandt")["works"] == 2
    assert facet_tag(data, "character", "Ivo Brandt")["inferred"] == 1
    html = client.get("/search?include=fandom:Gullrock%20Chronicles").get_data(as_text=True)
    assert '<span class="count">(2, 1 inferred)</span>' in html


def test_tag_pages_say_how_each_work_carries_the_tag(client: FlaskClient, library: Library) -> None:
    data = client.get("/tags/character/Ivo%20Brandt.json").get_json()
    (carried,) = data["carried"]
    assert carried["work"] == library.lamp
    (tag,) = carried["tags"]
    assert tag["provenance"] == "inferred" and tag["confidence"] == 0.83
    assert tag["evidence_url"] == f"/works/{library.lamp}/evidence/character/Ivo%20Brandt"
    html = client.get("/tags/character/Ivo%20Brandt").get_data(as_text=True)
    assert '<span class="tag-inferred">inferred by ficshelf</span>, confidence 0.83' in html
    assert f'href="/works/{library.lamp}/evidence/character/Ivo%20Brandt"' in html
    given = client.get("/tags/character/Maren%20Holt").get_data(as_text=True)
    assert '<p class="tag-here">given by the file</p>' in given


def test_full_width_story_text_is_found_by_plain_words(
    client: FlaskClient, library: Library, db: Database
) -> None:
    wide = save(db, "Wide Night", [(None, "The ｌａｍｐ burned by the ﬁre all night.")], added=9)
    for query in ("lamp", "ｌａｍｐ", "fire", "ﬁre", '"burned by the fire"'):
        found = client.get(f"/search.json?q={query}").get_json()["result"]["hits"]["items"]
        assert wide in [hit["work"]["id"] for hit in found], query
    with db.begin() as conn:
        assert rebuild_index(conn) == 6  # the bulk rebuild writes the same documents
    found = client.get("/search.json?q=fire").get_json()["result"]["hits"]["items"]
    assert [hit["work"]["id"] for hit in found] == [wide]


def test_applied_filters_fold_the_form_into_a_line(client: FlaskClient, library: Library) -> None:
    html = client.get("/search?q=lamp&include=fandom:GC&min_confidence=0.5&tags=all&sort=title")
    page = html.get_data(as_text=True)
    assert "<summary>Change filters (2 applied)</summary>" in page
    assert '<details class="filters">' in page  # folded: the results come first
    assert 'aria-label="Remove the filter fandom:GC"' in page
    assert 'aria-label="Remove the filter confidence at least 0.5"' in page
    refused = client.get("/search?include=fandom:GC&words_min=abc").get_data(as_text=True)
    assert '<details class="filters" open>' in refused  # open to mend the bad argument
    assert "<summary>Filters</summary>" in client.get("/search?q=lamp").get_data(as_text=True)
