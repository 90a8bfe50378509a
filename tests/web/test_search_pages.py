"""The search page, autocomplete, browse and saved exclusions over HTTP (both backends)."""

from __future__ import annotations

from flask.testing import FlaskClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from web_library import Library

from ficshelf.store.db import Database
from search_library import build_bay


def titles(data: dict[str, object]) -> list[str]:
    hits = data["result"]["hits"]["items"]  # type: ignore[index]
    return [hit["work"]["title"] for hit in hits]


def test_search_page_and_its_json_twin(client: FlaskClient, library: Library) -> None:
    page = client.get("/search?q=lamp")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "The Lamp on Gullrock" in html and "<mark>lamp</mark>" in html
    assert 'href="/search.json?q=lamp"' in html  # the twin keeps the search
    data = client.get("/search.json?q=lamp").get_json()
    assert titles(data) == ["The Lamp on Gullrock"]
    assert data["result"]["query"] == "lamp" and data["result"]["sort"] == "relevance"
    snippet = data["result"]["hits"]["items"][0]["snippet"]["parts"]
    assert ["lamp", True] in snippet


def test_filters_facets_and_paging(client: FlaskClient, library: Library) -> None:
    data = client.get("/search.json?include=fandom:GC&exclude=rating:Teen").get_json()
    assert titles(data) == ["Gulls", "Letters from the Ridge"]  # two a page in the tests
    fandoms = next(f for f in data["result"]["facets"] if f["type"] == "fandom")
    gullrock = {"type": "fandom", "name": "Gullrock Chronicles", "works": 2, "inferred": 0}
    assert fandoms["tags"][0] == gullrock
    html = client.get("/search?include=fandom:GC").get_data(as_text=True)
    # facets link to the same search narrowed further, and chips remove a filter
    assert "/search?include=fandom:GC&amp;exclude=rating:Teen" in html
    second = client.get("/search.json?sort=title&page=2").get_json()
    assert second["result"]["hits"]["page"] == 2
    assert client.get("/search?page=99").status_code == 404


def test_friendly_errors_never_500(client: FlaskClient, library: Library) -> None:
    long = client.get("/search?q=" + "word " * 300)
    assert long.status_code == 400 and "too long" in long.get_data(as_text=True)
    assert 'id="search-q"' in long.get_data(as_text=True)  # the form comes back
    assert client.get("/search.json?q=" + "w " * 40).get_json()["error"]["status"] == 400
    for query in ["don't", '"', "“½”", "-", "OR", "a\x00b", "%", "東京*", "((", "NEAR("]:
        assert client.get("/search", query_string={"q": query}).status_code == 200, query
    for bad in ["words_min=ten", "sort=best", "updated_from=2024-13-01", "min_confidence=2"]:
        response = client.get(f"/search.json?{bad}")
        assert response.status_code == 400, bad
        assert response.get_json()["error"]["message"]
    assert client.get("/search?include=fandom:").status_code == 400
    # PostgreSQL text cannot hold NUL: such values match nothing rather than fail
    for nul in ["include=fandom:A%00B", "exclude=%00", "language=en%00", "q=a%00b"]:
        assert client.get(f"/search.json?{nul}").status_code == 200, nul
    assert client.get("/autocomplete.json?q=g%00").status_code == 200
    assert client.get("/browse/A%00B.json").status_code == 404
    assert client.get("/tags/fandom/A%00B.json").status_code == 404


def test_a_bad_argument_brings_the_form_back_with_its_message(
    client: FlaskClient, library: Library
) -> None:
    bad = client.get("/search?words_min=abc&q=lamp")
    html = bad.get_data(as_text=True)
    assert bad.status_code == 400
    assert 'id="search-q"' in html and 'value="lamp"' in html  # the form, as it was filled
    assert "words_min must be a whole number of words, not &#39;abc&#39;" in html
    message = client.get("/search.json?words_min=abc").get_json()["error"]["message"]
    assert message == "words_min must be a whole number of words, not 'abc'"


def test_an_empty_range_or_an_unknown_type_is_said(client: FlaskClient, library: Library) -> None:
    data = client.get("/search.json?words_min=3000&words_max=100").get_json()["result"]
    assert data["hits"]["total"] == 0
    assert any("range of words is empty" in n and "words_min (3000)" in n for n in data["notices"])
    dates = (
        "updated_from=2024-03-02&updated_to=2024-03-01&added_from=2030-01-01&added_to=2020-01-01"
    )
    notices = client.get(f"/search.json?{dates}").get_json()["result"]["notices"]
    assert [n.split(":")[0] for n in notices] == [
        "The range of dates updated is empty",
        "The range of dates added is empty",
    ]
    assert (
        client.get("/search.json?words_min=100&words_max=100").get_json()["result"]["notices"] == []
    )
    notices = client.get("/search.json?include=nosuch:thing").get_json()["result"]["notices"]
    assert notices == [
        "'nosuch' is not a tag type (the types are fandom, character, relationship, rating,"
        " warning, category, freeform, pov, tense), and no tag is named nosuch:thing."
    ]
    html = client.get("/search?include=Nowhere Town").get_data(as_text=True)
    assert "No tag named Nowhere Town is in the library." in html


def test_scalar_filters_over_http(client: FlaskClient, library: Library) -> None:
    data = client.get("/search.json?status=in-progress&length=multi").get_json()
    assert titles(data) == ["Letters from the Ridge"]
    data = client.get("/search.json?language=english&words_min=5").get_json()
    assert titles(data) == ["The Lamp on Gullrock"]
    data = client.get("/search.json?include=relationship:Maren Holt/Ivo Brandt&tags=author")
    assert titles(data.get_json()) == []
    data = client.get("/search.json?include=relationship:Maren Holt/Ivo Brandt&min_confidence=0.7")
    assert titles(data.get_json()) == ["The Lamp on Gullrock"]


def test_autocomplete(client: FlaskClient, library: Library) -> None:
    found = client.get("/autocomplete.json?q=ma").get_json()
    assert [t["ref"] for t in found["tags"]] == [
        "character:Maren Holt",
        "relationship:Maren Holt/Ivo Brandt",
    ]
    by_synonym = client.get("/autocomplete.json?q=gc&type=fandom").get_json()
    assert by_synonym["tags"] == [
        {
            "type": "fandom",
            "name": "Gullrock Chronicles",
            "works": 3,
            "ref": "fandom:Gullrock Chronicles",
        }
    ]
    assert client.get("/autocomplete.json?q=").get_json()["tags"] == []
    assert client.get("/autocomplete.json?q=%25").get_json()["tags"] == []
    assert client.get("/autocomplete.json?q=a&type=colour").status_code == 400


def test_browse_fandom_characters_relationships(client: FlaskClient, library: Library) -> None:
    fandoms = client.get("/browse.json").get_json()["fandoms"]["items"]
    assert {"type": "fandom", "name": "Gullrock Chronicles", "works": 3} in fandoms
    gullrock = client.get("/browse/Gullrock%20Chronicles.json").get_json()
    assert {c["name"]: c["works"] for c in gullrock["characters"]} == {
        "Ivo Brandt": 1,
        "Maren Holt": 1,
    }
    assert [r["name"] for r in gullrock["relationships"]] == ["Maren Holt/Ivo Brandt"]
    maren = client.get("/browse/Gullrock%20Chronicles/Maren%20Holt.json").get_json()
    assert maren["character"] == "Maren Holt" and len(maren["relationships"]) == 1
    html = client.get("/browse/Gullrock%20Chronicles").get_data(as_text=True)
    assert "/browse/Gullrock%20Chronicles/Maren%20Holt" in html
    assert client.get("/browse/Nowhere").status_code == 404


def test_saved_exclusions_apply_to_every_listing(client: FlaskClient, library: Library) -> None:
    saved = client.post("/exclusions", data={"add": "fandom:Starfall Academy", "next": "/works"})
    assert saved.status_code == 303 and saved.headers["Location"] == "/works"
    cookie = saved.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    listed = client.get("/works.json?page=1").get_json()["works"]
    assert listed["total"] == 3
    assert client.get("/search.json").get_json()["result"]["hits"]["total"] == 3
    assert all(
        w["title"] not in ("Hostile Markup", "<b>x</b>")
        for w in client.get("/index.json").get_json()["recent"]
    )
    gullrock = client.get("/tags/fandom/Gullrock%20Chronicles.json").get_json()
    assert gullrock["works"]["total"] == 3
    page = client.get("/exclusions.json").get_json()
    assert page["exclusions"] == [
        {
            "type": "fandom",
            "name": "Starfall Academy",
            "ref": "fandom:Starfall Academy",
            "known": True,
        }
    ]
    client.post("/exclusions", data={"remove": "fandom:Starfall Academy"})
    assert client.get("/works.json").get_json()["works"]["total"] == 5


def test_every_listing_says_how_many_works_exclusions_hid(
    client: FlaskClient, library: Library
) -> None:
    client.post("/exclusions", data={"add": "rating:Teen"})  # hides the Lamp, and only it
    works = client.get("/works.json").get_json()["works"]
    assert (works["total"], works["hidden"]) == (4, 1)
    teen = client.get("/works.json?tag=rating:Teen").get_json()["works"]
    assert (teen["total"], teen["hidden"]) == (0, 1)
    page = client.get("/tags/rating/Teen").get_data(as_text=True)
    assert "1 more work is hidden here by your saved exclusions" in page
    assert "Every work with this tag is hidden by your saved exclusions." in page
    assert "No works carry" not in client.get("/works?tag=rating:Teen").get_data(as_text=True)
    assert (
        client.get("/tags/fandom/GC.json", follow_redirects=True).get_json()["works"]["hidden"] == 1
    )
    result = client.get("/search.json?include=fandom:GC").get_json()["result"]
    assert (result["hits"]["total"], result["hidden"]) == (2, 1)
    assert "1 more work would match" in client.get("/search").get_data(as_text=True)
    # counts agree with the lists they link to
    fandoms = client.get("/tags/fandom.json").get_json()
    assert {t["name"]: t["works"] for t in fandoms["tags"]["items"]}["Gullrock Chronicles"] == 2
    assert fandoms["hidden_works"] == 1
    browse = client.get("/browse.json").get_json()["fandoms"]["items"]
    assert {"type": "fandom", "name": "Gullrock Chronicles", "works": 2} in browse
    home = client.get("/index.json").get_json()
    assert {t["name"]: t["works"] for t in home["fandoms"]["items"]}["Gullrock Chronicles"] == 2
    gullrock = client.get("/browse/Gullrock%20Chronicles.json").get_json()
    assert gullrock["characters"] == [] and gullrock["relationships"] == []
    assert gullrock["hidden_works"] == 1
    html = client.get("/browse/Gullrock%20Chronicles").get_data(as_text=True)
    assert "The counts leave out the 1 work your saved exclusions hide" in html
    client.post("/exclusions", data={"clear": "1"})
    assert client.get("/works.json").get_json()["works"]["hidden"] == 0
    assert "hidden_works" in client.get("/tags.json").get_json()


def test_exclusions_form_refuses_other_sites(client: FlaskClient, library: Library) -> None:
    forged = client.post(
        "/exclusions", data={"clear": "1"}, headers={"Origin": "https://evil.example"}
    )
    assert forged.status_code == 403
    cross = client.post(
        "/exclusions", data={"clear": "1"}, headers={"Sec-Fetch-Site": "cross-site"}
    )
    assert cross.status_code == 403
    away = client.post("/exclusions", data={"add": "x", "next": "https://evil.example/"})
    assert away.headers["Location"] == "/exclusions"
    blank = client.post("/exclusions", data={"add": "rating:"})
    assert blank.status_code == 400 and 'id="exclude-add"' in blank.get_data(as_text=True)


def test_one_exclusion_too_many_keeps_the_page(client: FlaskClient, library: Library) -> None:
    client.post("/exclusions", data={"add": [f"freeform:Shade {i}" for i in range(50)]})
    refused = client.post("/exclusions", data={"add": "warning:illness"})
    html = refused.get_data(as_text=True)
    assert refused.status_code == 400 and "ficshelf_exclude" not in str(refused.headers)
    assert "At most 50 tags can be saved as exclusions" in html
    assert 'id="exclude-add"' in html and "freeform:Shade 49" in html
    assert len(client.get("/exclusions.json").get_json()["exclusions"]) == 50


def test_header_has_a_search_box(client: FlaskClient, library: Library) -> None:
    html = client.get("/").get_data(as_text=True)
    assert 'class="header-search"' in html and 'action="/search"' in html


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(q=st.text(max_size=40), include=st.text(max_size=20))
def test_any_query_string_is_a_page_or_a_400(client: FlaskClient, q: str, include: str) -> None:
    response = client.get("/search.json", query_string={"q": q, "include": include})
    assert response.status_code in (200, 400), (q, include)


def test_every_word_of_a_query_counts(client: FlaskClient, db: Database) -> None:
    """Stop words ("the", "to", "or", "s") count on PostgreSQL as on SQLite."""
    build_bay(db)
    expected = {
        "the": {"Night Wind", "Shut Door"},
        '"door the"': {"Night Wind"},
        "storm -the": {"Quiet Bay"},
        "to be or not": {"Quiet Bay"},
        "s*": {"Shut Door", "Quiet Bay"},
    }
    for query, wanted in expected.items():
        data = client.get("/search.json", query_string={"q": query}).get_json()
        assert set(titles(data)) == wanted, query
        assert data["result"]["hits"]["total"] == len(wanted)
