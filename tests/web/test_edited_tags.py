"""On the web a person's tags are marked (as inferred ones are: a mark a screen reader reads
and a legend), and a work no file names an author of says so in the words the terminal uses."""

from __future__ import annotations

from flask.testing import FlaskClient
from web_library import Library, save

from ficshelf.model import TagType
from ficshelf.showing import work_lines
from ficshelf.store.db import Database
from ficshelf.store.tags import set_editor_tag
from ficshelf.store.work_lookup import find_work

MARKED = (
    '<a href="/tags/freeform/Mended%20Nets" class="tag tag-edited" title="set by a person">'
    'Mended Nets<span class="edited-mark" aria-hidden="true">✎</span>'
    '<span class="visually-hidden"> (set by a person)</span></a>'
)


def _html(client: FlaskClient, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.get_data(as_text=True)


def test_a_persons_tags_are_marked(client: FlaskClient, library: Library, db: Database) -> None:
    page = _html(client, f"/works/{library.lamp}")
    assert "tag-edited" not in page and "were set by a person" not in page
    assert "were set by a person" not in _html(client, "/works")
    with db.begin() as conn:
        set_editor_tag(conn, library.lamp, TagType.FREEFORM, "Mended Nets")
    page = _html(client, f"/works/{library.lamp}")
    assert MARKED in page
    assert "were set by a person; they win over the file's tags and the inferred ones" in page
    for url in ("/works?tag=freeform:Mended%20Nets", "/search?q=&include=freeform:Mended%20Nets"):
        listed = _html(client, url)
        assert f'id="work-{library.lamp}"' in listed and MARKED in listed, url
        assert listed.count("were set by a person") == 1, url


def test_a_work_with_no_author_says_so_alike(client: FlaskClient, db: Database) -> None:
    work = save(db, "The Unsigned Letter", [(None, "Nobody signed it.")], added=1, authors=())
    assert "by an unknown author" in _html(client, f"/works/{work}")
    assert "by an unknown author" in _html(client, "/works")
    with db.connect() as conn:
        detail = find_work(conn, str(work))
    assert detail is not None
    assert "by an unknown author" in list(work_lines(detail))
    page = _html(client, f"/works/{work}")
    assert "Anonymous" not in page


def test_a_persons_rating_is_the_only_badge(
    client: FlaskClient, library: Library, db: Database
) -> None:
    with db.begin() as conn:
        set_editor_tag(conn, library.lamp, TagType.RATING, "Mature")
    listed = _html(client, "/works?tag=rating:Mature")
    start = listed.index('<ul class="badges">', listed.index(f'id="work-{library.lamp}"'))
    badges = listed[start : listed.index("</ul>", start)]
    assert "rating-mature" in badges and "rating-teen" not in badges
    assert f'id="work-{library.lamp}"' not in _html(client, "/works?tag=rating:Teen")
    page = _html(client, f"/works/{library.lamp}")
    assert ">Mature<" in page and ">Teen<" not in page
    with db.begin() as conn:
        set_editor_tag(conn, library.lamp, TagType.RATING, "Mature", removed=True)
    assert f'id="work-{library.lamp}"' in _html(client, "/works?tag=rating:Teen")
