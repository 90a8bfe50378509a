"""Each page in HTML and as its JSON twin, on both database backends."""

from __future__ import annotations

from typing import Any

from flask.testing import FlaskClient
from web_library import LAMP_SUMMARY, PER_PAGE, RIDGE_OPENING, Library, save

from ficshelf.store.db import Database


def get_json(client: FlaskClient, url: str, status: int = 200) -> Any:
    response = client.get(url)
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == "application/json"
    return response.get_json()


def get_html(client: FlaskClient, url: str, status: int = 200) -> str:
    response = client.get(url)
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == "text/html"
    return response.get_data(as_text=True)


def tag_names(work: dict[str, Any], tag_type: str) -> list[str]:
    return [t["name"] for t in work["tags"] if t["type"] == tag_type]


def test_home_page_and_json(client: FlaskClient, library: Library) -> None:
    data = get_json(client, "/index.json")
    assert data["stats"] == {
        "works": 5,
        "authors": 2,
        "fandoms": 2,
        "words": data["stats"]["words"],
    }
    assert data["stats"]["words"] > 30
    assert [w["title"] for w in data["recent"]][:2] == ["Hostile Markup", "Gulls"]
    fandoms = {f["name"]: f["works"] for f in data["fandoms"]["items"]}
    # "GC" is a synonym of Gullrock Chronicles: its work counts there, and it is not listed.
    assert fandoms == {"Gullrock Chronicles": 3, "Starfall Academy": 2}
    page = get_html(client, "/")
    assert "Recently added" in page
    assert "Gullrock Chronicles" in page and ">GC<" not in page
    assert 'href="/index.json"' in page


def test_empty_library_home_and_works(client: FlaskClient) -> None:
    assert get_json(client, "/index.json")["stats"] == {
        "works": 0,
        "authors": 0,
        "fandoms": 0,
        "words": 0,
    }
    assert "No works yet" in get_html(client, "/")
    data = get_json(client, "/works.json")
    assert data["works"] == {
        "items": [],
        "page": 1,
        "per_page": PER_PAGE,
        "total": 0,
        "hidden": 0,
        "pages": 1,
    }


def test_works_index_paginates_newest_first(client: FlaskClient, library: Library) -> None:
    first = get_json(client, "/works.json")["works"]
    assert (first["page"], first["per_page"], first["total"], first["pages"]) == (1, 2, 5, 3)
    assert [w["id"] for w in first["items"]] == [library.hostile, library.synonym]
    last = get_json(client, "/works.json?page=3")["works"]
    assert [w["id"] for w in last["items"]] == [library.lamp]
    page = get_html(client, "/works?page=2")
    assert "Page 2 of 3" in page
    assert 'href="/works?page=1"' in page and 'href="/works?page=3"' in page


def test_blurb_carries_the_ao3_fields(client: FlaskClient, library: Library) -> None:
    works = get_json(client, "/works.json?page=3")["works"]["items"]
    lamp = works[0]
    assert lamp["title"] == "The Lamp on Gullrock"
    assert lamp["authors"] == ["quillwright"]
    assert lamp["summary"] == LAMP_SUMMARY and lamp["excerpt"] is None
    assert tag_names(lamp, "fandom") == ["Gullrock Chronicles"]
    assert tag_names(lamp, "character") == ["Maren Holt", "Ivo Brandt"]  # given before inferred
    assert (lamp["chapter_count"], lamp["complete"], lamp["language"]) == (1, True, "English")
    assert lamp["updated"] == "2023-06-02"
    html = get_html(client, "/works?page=3")
    for text in ("Gullrock Chronicles", "Maren Holt/Ivo Brandt", "Storms", "1/1", "Teen"):
        assert text in html
    assert "2 June 2023" in html


def test_blurb_without_summary_shows_the_opening_lines(
    client: FlaskClient, library: Library
) -> None:
    works = get_json(client, "/works.json?page=2")["works"]["items"]
    ridge = next(w for w in works if w["id"] == library.ridge)
    assert ridge["summary"] is None
    # The title, byline and author's note found in the text are not the story's opening.
    assert ridge["excerpt"].startswith(RIDGE_OPENING)
    assert "A/N" not in ridge["excerpt"]
    html = get_html(client, "/works?page=2")
    assert "3/?" in html and RIDGE_OPENING in html


def test_one_shot_work_page(client: FlaskClient, library: Library) -> None:
    data = get_json(client, f"/works/{library.lamp}.json")
    assert data["view"] == "full" and data["chapter"] is None
    assert [c["number"] for c in data["chapters"]] == [1]
    assert "forty years" in data["chapters"][0]["html"]
    work = data["work"]
    assert (work["series"], work["series_part"], work["format"]) == ("Gullrock Tales", 2, "txt")
    assert [n["text"] for n in work["notes"]] == [
        "Written for a winter swap.",
        "Thanks for reading, friends.",
    ]
    html = get_html(client, f"/works/{library.lamp}")
    front = html.index("Written for a winter swap.")
    story = html.index("forty years")
    end = html.index("Thanks for reading, friends.")
    assert front < story < end
    assert html.index(LAMP_SUMMARY) < story
    for text in ("Published:", "2023-05-01", "English", "txt"):
        assert text in html
    assert f'Part 2 of <a href="/series/{work["series_id"]}">Gullrock Tales</a>' in html
    assert 'href="https://example.org/works/1"' in html
    assert 'id="chapter-select"' not in html  # one chapter: no chapter navigation


def test_multi_chapter_work_opens_on_chapter_one(client: FlaskClient, library: Library) -> None:
    data = get_json(client, f"/works/{library.ridge}.json")
    assert (data["view"], data["chapter"]) == ("chapter", 1)
    assert [c["number"] for c in data["chapters"]] == [1]
    assert [(c["number"], c["title"]) for c in data["work"]["chapters"]] == [
        (1, "Early Snow"),
        (2, "The Thaw"),
        (3, None),
    ]
    html = get_html(client, f"/works/{library.ridge}")
    assert "Chapter 1: Early Snow" in html
    assert "the goats are furious" in html and "the thaw has come" not in html
    assert f'href="/works/{library.ridge}/chapters/2"' in html  # next
    assert f'href="/works/{library.ridge}?view=full"' in html  # entire work
    assert 'id="chapter-select"' in html
    assert html.index("Snow chapter notes.") < html.index("the goats are furious")
    # The work's end notes wait for the last chapter; its title and byline notes are not
    # shown again (the preface has them), the author's note is.
    assert "The work&#39;s last word." not in html
    assert "A/N: my first try at this fandom!" in html
    assert html.count("by quillwright") == 1


def test_chapter_pages_navigate(client: FlaskClient, library: Library) -> None:
    base = f"/works/{library.ridge}/chapters"
    second = get_html(client, f"{base}/2")
    assert "Chapter 2: The Thaw" in second and "the thaw has come" in second
    assert f'href="{base}/1"' in second and f'href="{base}/3"' in second
    assert second.index("the thaw has come") < second.index("Thaw end notes.")
    assert '<option value="2" selected>' in second
    third = get_html(client, f"{base}/3")
    assert "Chapter 3<" in third  # untitled chapter
    assert f'href="{base}/4"' not in third
    assert "The work&#39;s last word." in third
    data = get_json(client, f"{base}/2.json")
    assert (data["view"], data["chapter"]) == ("chapter", 2)
    assert data["chapters"][0]["title"] == "The Thaw"


def test_entire_work_view(client: FlaskClient, library: Library) -> None:
    data = get_json(client, f"/works/{library.ridge}.json?view=full")
    assert data["view"] == "full"
    assert [c["number"] for c in data["chapters"]] == [1, 2, 3]
    html = get_html(client, f"/works/{library.ridge}?view=full")
    order = ["Snow chapter notes.", "furious", "the thaw has come", "Thaw end notes.", "scarf"]
    positions = [html.index(text) for text in order]
    assert positions == sorted(positions)
    assert html.index("scarf") < html.index("The work&#39;s last word.")


def test_chapter_index_and_jump(client: FlaskClient, library: Library) -> None:
    base = f"/works/{library.ridge}/chapters"
    html = get_html(client, base)
    assert "Chapter 2: The Thaw" in html
    data = get_json(client, f"{base}.json")
    assert len(data["work"]["chapters"]) == 3
    jump = client.get(f"{base}?chapter=2")
    assert jump.status_code == 303 and jump.headers["Location"] == f"{base}/2"
    jump = client.get(f"{base}.json?chapter=3")
    assert jump.headers["Location"] == f"{base}/3.json"


def test_tag_pages_resolve_synonyms(client: FlaskClient, library: Library) -> None:
    data = get_json(client, "/tags/fandom/Gullrock%20Chronicles.json")
    assert data["tag"]["name"] == "Gullrock Chronicles" and data["tag"]["synonyms"] == ["GC"]
    assert data["works"]["total"] == 3
    listed = get_json(client, "/tags/fandom/Gullrock%20Chronicles.json?page=2")["works"]["items"]
    assert [w["id"] for w in listed] == [library.lamp]
    # A synonym, or another spelling, redirects to the canonical tag.
    moved = client.get("/tags/fandom/GC")
    assert moved.status_code == 302
    assert moved.headers["Location"] == "/tags/fandom/Gullrock%20Chronicles"
    moved = client.get("/tags/fandom/gullrock%20chronicles.json?page=2")
    assert moved.headers["Location"] == "/tags/fandom/Gullrock%20Chronicles.json?page=2"
    # The synonym's work shows the canonical name.
    gulls = get_json(client, f"/works/{library.synonym}.json")["work"]
    assert tag_names(gulls, "fandom") == ["Gullrock Chronicles"]
    html = get_html(client, "/tags/fandom/Gullrock%20Chronicles")
    assert "Also known as: GC" in html and "3 works" in html


def test_tag_names_with_slashes_and_dots(client: FlaskClient, library: Library) -> None:
    html = get_html(client, f"/works/{library.lamp}")
    assert 'href="/tags/relationship/Maren%20Holt*s*Ivo%20Brandt"' in html
    data = get_json(client, "/tags/relationship/Maren%20Holt*s*Ivo%20Brandt.json")
    assert data["tag"]["name"] == "Maren Holt/Ivo Brandt"
    assert [w["id"] for w in data["works"]["items"]] == [library.lamp]


def test_tags_of_a_type(client: FlaskClient, library: Library) -> None:
    data = get_json(client, "/tags/character.json")
    assert [(t["name"], t["works"]) for t in data["tags"]["items"]] == [
        ("Ivo Brandt", 1),
        ("Maren Holt", 1),
    ]
    assert data["tag_type"] == "character"
    html = get_html(client, "/tags/fandom")
    assert "Gullrock Chronicles" in html and "(3)" in html
    assert get_json(client, "/tags/category.json")["tags"]["total"] == 0


def test_tags_index_lists_each_type_in_use_with_its_most_used_tags(
    client: FlaskClient, library: Library
) -> None:
    data = get_json(client, "/tags.json")
    types = {t["type"]: t for t in data["types"]}
    # a work page's order; no work carries a category, so it is left out
    assert [t["type"] for t in data["types"]] == [
        t
        for t in (
            "rating",
            "warning",
            "fandom",
            "relationship",
            "character",
            "freeform",
            "pov",
            "tense",
        )
        if t in types
    ]
    assert "category" not in types
    assert types["fandom"]["tags"] == get_json(client, "/tags/fandom.json")["tags"]["total"] == 2
    assert [(t["name"], t["works"]) for t in types["character"]["top"]] == [
        ("Ivo Brandt", 1),
        ("Maren Holt", 1),
    ]
    # a removed link counts nowhere
    assert [t["name"] for t in types["freeform"]["top"]] == ["Lighthouses", "Storms"]
    html = get_html(client, "/tags")
    assert '<a href="/tags/fandom">Fandoms</a>' in html
    assert 'href="/tags/fandom/Gullrock%20Chronicles"' in html
    # the navigation's "Tags" opens the index
    assert '<a href="/tags">Tags</a>' in get_html(client, "/")


def test_removed_tags_are_not_shown(client: FlaskClient, library: Library) -> None:
    gulls = get_json(client, f"/works/{library.synonym}.json")["work"]
    assert tag_names(gulls, "freeform") == []
    assert get_json(client, "/tags/fandom.json")["tags"]["total"] == 2
    listed = get_json(client, "/tags/freeform/Removed%20Later.json")
    assert listed["works"]["total"] == 0
    assert [t["name"] for t in get_json(client, "/tags/freeform.json")["tags"]["items"]] == [
        "Lighthouses",
        "Storms",
    ]


def test_inferred_tags_are_marked(client: FlaskClient, library: Library) -> None:
    html = get_html(client, f"/works/{library.lamp}")
    assert (
        '<a href="/tags/character/Ivo%20Brandt" class="tag tag-inferred" '
        'title="inferred, confidence 0.83">Ivo Brandt</a>'
    ) in html
    assert '<a href="/tags/character/Maren%20Holt" class="tag">Maren Holt</a>' in html
    assert "were inferred by ficshelf" in html
    data = get_json(client, f"/works/{library.lamp}.json")
    ivo = next(t for t in data["work"]["tags"] if t["name"] == "Ivo Brandt")
    evidence = f"/works/{library.lamp}/evidence/character/Ivo%20Brandt"
    assert ivo == {"type": "character", "name": "Ivo Brandt", "provenance": "inferred",
                   "confidence": 0.83, "stated": False, "evidence_url": evidence,
                   "evidence_json_url": f"{evidence}.json"}  # fmt: skip
    blurbs = get_html(client, "/works?page=3")
    assert 'class="tag tag-inferred" title="inferred, confidence 0.71"' in blurbs


def test_health(client: FlaskClient, db_url: str) -> None:
    data = get_json(client, "/health")
    assert data["status"] == "ok"
    assert data["database"] == ("sqlite" if db_url.startswith("sqlite") else "postgresql")


def test_completion_badge_as_ao3_reads_it(client: FlaskClient, db: Database) -> None:
    def parts(word: str) -> list[tuple[str | None, str]]:  # distinct texts: no duplicates
        return [("One", f"The first {word} part."), ("Two", f"The second {word} part.")]

    save(db, "Finished", parts("red"), added=1, complete=True)
    save(db, "Unfinished", parts("green"), added=2, complete=False)
    save(db, "Unknown", parts("blue"), added=3)  # plain text: the file does not say
    save(db, "One-shot", [(None, "All of it.")], added=4)
    html = get_html(client, "/works") + get_html(client, "/works?page=2")  # two per page
    blurbs = {b.split("</a>")[0].rsplit(">", 1)[-1]: b for b in html.split('<li class="blurb')[1:]}
    assert "Complete" in blurbs["Finished"] and "In progress" in blurbs["Unfinished"]
    assert "Complete" in blurbs["One-shot"]
    # several chapters and no known total: in progress, as its "2/?" says and the filter finds
    assert "In progress" in blurbs["Unknown"] and "Complete" not in blurbs["Unknown"]
    assert "2/?" in blurbs["Unknown"]
    unfinished = get_html(client, "/search?status=in-progress")
    assert "Unknown" in unfinished and "Unfinished" in unfinished and "Finished" not in unfinished
