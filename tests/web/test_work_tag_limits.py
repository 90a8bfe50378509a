"""A work with more tags of a type than its page shows (``web.shown_tags``): the work page,
its chapters and parts, and the JSON twins show the first ``TAGS_SHOWN`` in the page's
order (a person's and the file's first, then the inferred ones, the surest first), say how
many more there are and link the work's full list of that type (``/works/<id>/tags/<type>``,
paged, with its JSON twin); a work with fewer shows them all, as before."""

from __future__ import annotations

import re

import pytest
from flask.testing import FlaskClient
from web_library import Library, build_library, given, inferred, save

from ficshelf.model import TagType
from ficshelf.store.db import Database
from ficshelf.store.tags import set_editor_tag
from ficshelf.web import shown_tags
from ficshelf.web.shown_tags import TAGS_SHOWN

GIVEN = [f"Given Person {n:02}" for n in range(5)]
INFERRED = [f"Inferred Person {n:02}" for n in range(TAGS_SHOWN + 5)]  # the surest first


@pytest.fixture
def crowded(db: Database) -> int:
    """A three-chapter work with 5 character tags from the file, one a person added and
    55 inferred (confidence falling with the number), and two relationships."""
    tags = [given(TagType.CHARACTER, name) for name in GIVEN]
    tags += [
        inferred(TagType.CHARACTER, name, round(0.99 - n / 100, 2))
        for n, name in enumerate(INFERRED)
    ]
    tags += [given(TagType.RELATIONSHIP, "Given Person 00/Given Person 01")]
    tags += [given(TagType.FANDOM, "Gullrock Chronicles")]
    work_id = save(
        db,
        "The Crowd",
        [("One", "A crowd came."), ("Two", "It stayed."), ("Three", "It went.")],
        added=9,
        tags=tuple(tags),
    )
    with db.begin() as conn:
        set_editor_tag(conn, work_id, TagType.CHARACTER, "Edited Person")
    return work_id


# The page's order: the file's and the person's by name, then the inferred, surest first.
ORDER = ["Edited Person", *GIVEN, *INFERRED]


TAG_NAME = r'class="tag(?: [^"]*)?"[^>]*>([^<]+)<'


def _characters(html: str) -> list[str]:
    listed = html.split('<dd class="meta-character">', 1)[1].split("</dd>", 1)[0]
    return re.findall(TAG_NAME, listed)


def test_the_work_page_shows_the_first_of_each_type_and_links_the_rest(
    client: FlaskClient, crowded: int
) -> None:
    for path in (
        f"/works/{crowded}",
        f"/works/{crowded}/chapters/2",
        f"/works/{crowded}?view=full",
    ):
        html = client.get(path).get_data(as_text=True)
        assert _characters(html) == ORDER[:TAGS_SHOWN], path
        more = f'href="/works/{crowded}/tags/character">and 11 more characters</a>'
        assert f'<a class="tags-more" {more}' in html, path
        assert (
            "tags-more" not in html.split('<dd class="meta-relationship">', 1)[1].split("</dd>")[0]
        )
    data = client.get(f"/works/{crowded}.json").get_json()
    names = [t["name"] for t in data["work"]["tags"] if t["type"] == "character"]
    assert names == ORDER[:TAGS_SHOWN]
    assert data["tags_more"] == [
        {
            "type": "character",
            "more": 11,
            "total": TAGS_SHOWN + 11,
            "url": f"/works/{crowded}/tags/character",
            "json_url": f"/works/{crowded}/tags/character.json",
        }
    ]
    for path in (
        f"/works/{crowded}/dialogue.json",
        f"/works/{crowded}/evidence/character/Inferred%20Person%2000.json",
    ):
        data = client.get(path).get_json()
        assert len(data["work"]["tags"]) == TAGS_SHOWN + 2, path
        assert data["tags_more"][0]["more"] == 11, path


def test_the_works_full_list_of_a_type_is_paged(
    client: FlaskClient, crowded: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    html = client.get(f"/works/{crowded}/tags/character").get_data(as_text=True)
    assert "<h1>Characters</h1>" in html and "61 characters on this work" in html
    assert re.findall(TAG_NAME, html.split("<h1>", 1)[1]) == ORDER
    assert f'<a href="/works/{crowded}">The Crowd</a>' in html
    assert "0.99</span> why?" in html  # inferred ones keep their confidence and evidence link
    monkeypatch.setattr(shown_tags, "TAGS_PER_LIST_PAGE", 25)
    monkeypatch.setattr("ficshelf.web.views.works.TAGS_PER_LIST_PAGE", 25)
    data = client.get(f"/works/{crowded}/tags/character.json?page=3").get_json()
    assert data["tag_pages"] == {"page": 3, "pages": 3, "per_page": 25, "total": 61}
    assert [t["name"] for t in data["work"]["tags"]] == ORDER[50:]
    assert data["work"]["title"] == "The Crowd" and data["work"]["authors"] == ["quillwright"]
    assert data["work"]["tags"][0]["evidence_url"].startswith(f"/works/{crowded}/evidence/")
    assert data["tag_type"] == "character"
    page = client.get(f"/works/{crowded}/tags/character?page=2").get_data(as_text=True)
    assert f'href="/works/{crowded}/tags/character?page=3"' in page
    assert client.get(f"/works/{crowded}/tags/character?page=4").status_code == 404
    assert client.get(f"/works/{crowded}/tags/colour").status_code == 404
    assert client.get(f"/works/{crowded + 100}/tags/character").status_code == 404
    empty = client.get(f"/works/{crowded}/tags/freeform.json").get_json()
    assert empty["work"]["tags"] == [] and empty["tag_pages"]["pages"] == 1


def test_a_work_with_few_tags_shows_them_all(db: Database, client: FlaskClient) -> None:
    library: Library = build_library(db)
    data = client.get(f"/works/{library.lamp}.json").get_json()
    assert data["tags_more"] == [] and len(data["work"]["tags"]) == 8
    assert "tags-more" not in client.get(f"/works/{library.lamp}").get_data(as_text=True)
