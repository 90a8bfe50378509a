"""The OPDS 1.2 catalogue: /opds, /opds/tags/<type>, /opds/authors, /opds/works and
/opds/search.xml. Every feed is parsed as XML (lxml, no entities or network), its links are
followed with the test client, and its paging, facets, search, escaping and exclusions are
checked on each backend."""

from __future__ import annotations

import http.client
from urllib.parse import urlsplit

import pytest
from browser_support import served_by_waitress
from flask import Flask
from flask.testing import FlaskClient
from lxml import etree
from sqlalchemy import Connection
from web_library import LAMP_SUMMARY, PER_PAGE, Library, build_library, given, save

from ficshelf.model import TagType
from ficshelf.store.accounts import create_account
from ficshelf.store.bookmarks import save_bookmark
from ficshelf.store.db import Database
from ficshelf.store.search import SearchRequest, SearchResult, search
from ficshelf.store.tags import set_editor_tag
from ficshelf.web.views import opds as opds_views

NS = {
    "a": "http://www.w3.org/2005/Atom",
    "opds": "http://opds-spec.org/2010/catalog",
    "os": "http://a9.com/-/spec/opensearch/1.1/",
    "dc": "http://purl.org/dc/terms/",
    "thr": "http://purl.org/syndication/thread/1.0",
    "x": "http://www.w3.org/1999/xhtml",
    "osd": "http://a9.com/-/spec/opensearch/1.1/",
}
NAVIGATION = "application/atom+xml;profile=opds-catalog;kind=navigation"
ACQUISITION = "application/atom+xml;profile=opds-catalog;kind=acquisition"
ACQUIRE = "http://opds-spec.org/acquisition"
FACET = "http://opds-spec.org/facet"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def parse(body: bytes) -> etree._Element:
    return etree.fromstring(body, _PARSER)


def feed(client: FlaskClient, path: str, kind: str = ACQUISITION, **get: object) -> etree._Element:
    """GET ``path``, check it is a feed of ``kind``, and return its parsed root."""
    answer = client.get(path, **get)  # type: ignore[arg-type]
    assert answer.status_code == 200, answer.get_data(as_text=True)
    assert answer.headers["Content-Type"] == kind
    root = parse(answer.data)
    assert root.tag == "{http://www.w3.org/2005/Atom}feed"
    for required in ("a:id", "a:title", "a:updated", "a:author/a:name"):
        assert root.xpath(f"string({required})", namespaces=NS), f"{path}: no {required}"
    assert root.xpath("a:link[@rel='self']/@type", namespaces=NS) == [kind]
    assert root.xpath("a:link[@rel='start']/@href", namespaces=NS)
    return root


def x(element: etree._Element, path: str) -> list[object]:
    found: list[object] = element.xpath(path, namespaces=NS)
    return found


def local(href: str) -> str:
    """An absolute URL of the test client's host as the path (and query) to GET."""
    parts = urlsplit(href)
    assert parts.scheme == "http" and parts.netloc == "localhost", href
    return parts.path + (f"?{parts.query}" if parts.query else "")


def links(element: etree._Element, rel: str) -> list[etree._Element]:
    return [e for e in x(element, "a:link") if e.get("rel") == rel]  # type: ignore[union-attr]


def entry_titled(root: etree._Element, title: str) -> etree._Element:
    (found,) = [e for e in x(root, "a:entry") if e.findtext(f"{{{NS['a']}}}title") == title]  # type: ignore[union-attr]
    return found


def all_entries(client: FlaskClient, path: str) -> list[etree._Element]:
    """Every entry of an acquisition feed, following its ``next`` links."""
    found: list[etree._Element] = []
    url: str | None = path
    while url:
        root = feed(client, url)
        found += x(root, "a:entry")  # type: ignore[arg-type]
        following = links(root, "next")
        url = local(following[0].get("href", "")) if following else None
    return found


def titles(entries: list[etree._Element]) -> list[str | None]:
    return [e.findtext(f"{{{NS['a']}}}title") for e in entries]


def check_link(client: FlaskClient, href: str, media: str | None) -> None:
    """GET a link of a feed: 200, of the type the link says."""
    answer = client.get(local(href))
    assert answer.status_code == 200, href
    if media is None:
        return
    if media.startswith("application/atom+xml"):
        assert answer.headers["Content-Type"] == media, href
        parse(answer.data)
    else:
        assert answer.mimetype == media.split(";")[0], href


def test_root_is_a_navigation_feed_of_everything_to_browse(
    client: FlaskClient, library: Library
) -> None:
    root = feed(client, "/opds", NAVIGATION)
    assert set(root.nsmap.values()) >= {NS["a"], NS["opds"], NS["os"], NS["dc"]}
    assert titles(x(root, "a:entry")) == [  # type: ignore[arg-type]
        "Newest works",
        "Most kudos",
        "By fandom",
        "By relationship",
        "By character",
        "By author",
        "By series",
        "Search",
    ]
    for entry in x(root, "a:entry"):
        for required in ("a:id", "a:updated", "a:content"):
            assert x(entry, f"string({required})")  # type: ignore[arg-type]
    newest = entry_titled(root, "Newest works")
    assert links(newest, "http://opds-spec.org/sort/new")[0].get("type") == ACQUISITION
    popular = entry_titled(root, "Most kudos")
    assert "sort=kudos" in links(popular, "http://opds-spec.org/sort/popular")[0].get("href", "")
    (search,) = links(root, "search")
    assert search.get("type") == "application/opensearchdescription+xml"


def test_every_link_of_the_root_resolves(client: FlaskClient, library: Library) -> None:
    root = feed(client, "/opds", NAVIGATION)
    hrefs = x(root, "//a:link")
    assert len(hrefs) >= 10
    for link in hrefs:
        media = link.get("type")  # type: ignore[union-attr]
        check_link(client, link.get("href"), media)  # type: ignore[union-attr]


def test_every_link_of_an_acquisition_page_resolves(client: FlaskClient, library: Library) -> None:
    root = feed(client, "/opds/works?sort=added&page=2")
    seen = x(root, "//a:link")
    kinds = {link.get("rel") for link in seen}  # type: ignore[union-attr]
    assert {"self", "start", "up", "first", "previous", "next", "last", "search"} <= kinds
    assert {ACQUIRE, "alternate", FACET} <= kinds
    for link in seen:
        check_link(client, link.get("href"), link.get("type"))  # type: ignore[union-attr]
    for author in x(root, "//a:author/a:uri/text()"):
        check_link(client, str(author), None)
    for category in x(root, "//a:category/@scheme"):
        check_link(client, str(category), None)


def test_a_work_entry_carries_what_a_reader_needs(client: FlaskClient, library: Library) -> None:
    lamp = entry_titled(feed(client, "/opds/works?page=3"), "The Lamp on Gullrock")
    assert x(lamp, "string(a:id)") == "https://example.org/works/1"  # the EPUB's identifier
    assert x(lamp, "a:author/a:name/text()") == ["quillwright"]
    assert x(lamp, "string(a:updated)") == "2023-06-02T00:00:00Z"
    assert x(lamp, "string(a:published)") == "2023-05-01T00:00:00Z"
    assert x(lamp, "string(dc:language)") == "en"
    assert x(lamp, "string(a:summary)") == LAMP_SUMMARY
    assert x(lamp, "a:summary/@type") == ["text"]
    categories = {
        (str(c.get("scheme")).rsplit("/", 1)[1], c.get("term"))  # type: ignore[union-attr]
        for c in x(lamp, "a:category")
    }
    assert categories == {
        ("rating", "Teen"),
        ("warning#inferred", "profanity"),  # see the test below
        ("fandom", "Gullrock Chronicles"),
        ("relationship", "Maren Holt/Ivo Brandt"),
        ("character", "Maren Holt"),
        ("character", "Ivo Brandt"),
        ("freeform", "Storms"),
        ("freeform", "Lighthouses"),
    }
    content = x(lamp, "string(a:content[@type='xhtml']/x:div)")
    assert "15 words" in str(content) and "Chapters: 1/1" in str(content)
    acquisition = [(e.get("type"), e.get("href")) for e in links(lamp, ACQUIRE)]
    assert acquisition == [
        ("application/epub+zip", f"http://localhost/works/{library.lamp}/download.epub"),
        ("text/html", f"http://localhost/works/{library.lamp}/download.html"),
        ("text/plain", f"http://localhost/works/{library.lamp}/download.txt"),
    ]
    (alternate,) = links(lamp, "alternate")
    assert alternate.get("href") == f"http://localhost/works/{library.lamp}"
    assert alternate.get("type") == "text/html"
    ridge = entry_titled(feed(client, "/opds/works?page=2"), "Letters from the Ridge")
    assert x(ridge, "string(a:id)") == f"urn:ficshelf:work:{library.ridge}"
    assert "Chapters: 3/?" in str(x(ridge, "string(a:content)"))
    assert "In progress" in str(x(ridge, "string(a:content)"))


def test_entries_show_the_archives_tags_a_persons_edits_winning(
    client: FlaskClient, library: Library, db: Database
) -> None:
    with db.begin() as conn:
        set_editor_tag(conn, library.lamp, TagType.RATING, "Mature")
        set_editor_tag(conn, library.lamp, TagType.CHARACTER, "Ivo Brandt", removed=True)
    entries = all_entries(client, "/opds/works")
    lamp = next(e for e in entries if e.findtext(f"{{{NS['a']}}}title") == "The Lamp on Gullrock")
    terms = x(lamp, "a:category/@term")
    assert "Mature" in terms and "Teen" not in terms and "Ivo Brandt" not in terms
    gulls = next(e for e in entries if e.findtext(f"{{{NS['a']}}}title") == "Gulls")
    # a synonym shows as its canonical tag; a tag a person took off is gone
    assert x(gulls, "a:category/@term") == ["Gullrock Chronicles"]


def test_entries_tell_archive_warnings_from_inferred_content_warnings(
    client: FlaskClient, library: Library, db: Database
) -> None:
    """As the work page does: the warnings the file or a person gave are "Archive
    Warnings", those ficshelf inferred "Content Warnings (inferred by ficshelf)", in the
    categories (label and scheme) and in the content."""
    lamp_path = "/opds/works?page=3"
    only_inferred = entry_titled(feed(client, lamp_path), "The Lamp on Gullrock")
    content = str(x(only_inferred, "string(a:content)"))
    assert "Content Warning (inferred by ficshelf): profanity" in content
    assert "Archive Warning" not in content
    with db.begin() as conn:
        set_editor_tag(conn, library.lamp, TagType.WARNING, "No Archive Warnings Apply")
        set_editor_tag(conn, library.lamp, TagType.WARNING, "Graphic Depictions Of Violence")
    lamp = entry_titled(feed(client, lamp_path), "The Lamp on Gullrock")
    warnings = {
        (c.get("scheme"), c.get("term"), c.get("label"))  # type: ignore[union-attr]
        for c in x(lamp, "a:category")
        if "/tags/warning" in str(c.get("scheme"))  # type: ignore[union-attr]
    }
    scheme = "http://localhost/tags/warning"
    assert warnings == {
        (scheme, "No Archive Warnings Apply", "Archive Warning: No Archive Warnings Apply"),
        (
            scheme,
            "Graphic Depictions Of Violence",
            "Archive Warning: Graphic Depictions Of Violence",
        ),
        (
            scheme + "#inferred",
            "profanity",
            "Content Warning (inferred by ficshelf): profanity",
        ),
    }
    lines = x(lamp, "a:content/x:div/x:p/text()")
    assert "Archive Warnings: Graphic Depictions Of Violence, No Archive Warnings Apply" in lines
    assert "Content Warning (inferred by ficshelf): profanity" in lines
    # other tags keep their names as labels
    assert ("Teen", "Teen") in {
        (c.get("term"), c.get("label"))  # type: ignore[union-attr]
        for c in x(lamp, "a:category")
    }


def test_acquisition_feeds_page_through_every_work(client: FlaskClient, library: Library) -> None:
    first = feed(client, "/opds/works")
    assert x(first, "string(os:totalResults)") == "5"
    assert x(first, "string(os:itemsPerPage)") == str(PER_PAGE)
    assert x(first, "string(os:startIndex)") == "1"
    assert not links(first, "previous")
    assert links(first, "last")[0].get("href") == "http://localhost/opds/works?page=3"
    second = feed(client, "/opds/works?page=2")
    assert x(second, "string(os:startIndex)") == "3"
    assert links(second, "previous")[0].get("href") == "http://localhost/opds/works"
    assert links(second, "next")[0].get("href") == "http://localhost/opds/works?page=3"
    third = feed(client, "/opds/works?page=3")
    assert not links(third, "next")
    every = titles(all_entries(client, "/opds/works"))
    assert every == ["Hostile Markup", "Gulls", "<b>x</b>", "Letters from the Ridge",
                     "The Lamp on Gullrock"]  # fmt: skip
    assert client.get("/opds/works?page=4").status_code == 404
    assert client.get("/opds/works?page=0").status_code == 400
    assert x(second, "string(a:id)") == x(first, "string(a:id)")  # one feed, its pages


def test_sort_and_rating_facets(client: FlaskClient, library: Library) -> None:
    root = feed(client, "/opds/works?sort=kudos")
    facets = links(root, FACET)
    groups = {f.get(f"{{{NS['opds']}}}facetGroup") for f in facets}
    assert groups == {"Sort", "Rating"}
    active = [f.get("title") for f in facets if f.get(f"{{{NS['opds']}}}activeFacet") == "true"]
    assert active == ["Most kudos", "Any rating"]
    ratings = {
        f.get("title"): f.get(f"{{{NS['thr']}}}count")
        for f in facets
        if f.get(f"{{{NS['opds']}}}facetGroup") == "Rating"
    }
    assert ratings == {"Any rating": "5", "General": "1", "Teen": "1"}
    teen = next(f for f in facets if f.get("title") == "Teen")
    chosen = feed(client, local(teen.get("href", "")))
    assert titles(x(chosen, "a:entry")) == ["The Lamp on Gullrock"]  # type: ignore[arg-type]
    chosen_facets = links(chosen, FACET)
    now_active = [
        f.get("title") for f in chosen_facets if f.get(f"{{{NS['opds']}}}activeFacet") == "true"
    ]
    assert now_active == ["Most kudos", "Teen"]  # the sort is kept
    # the counts stay those of the feed without its rating filter
    assert {f.get("title"): f.get(f"{{{NS['thr']}}}count") for f in chosen_facets[-3:]} == {
        "Any rating": "5",
        "General": "1",
        "Teen": "1",
    }
    # choosing another rating replaces the first; "Any rating" drops it
    general = next(f for f in chosen_facets if f.get("title") == "General")
    assert titles(x(feed(client, local(general.get("href", ""))), "a:entry")) == [  # type: ignore[arg-type]
        "Letters from the Ridge"
    ]
    anything = next(f for f in chosen_facets if f.get("title") == "Any rating")
    assert "include" not in anything.get("href", "")
    # the best-match order is offered only for a text query
    assert "Best match" not in [f.get("title") for f in facets]
    searched = links(feed(client, "/opds/works?q=lamp"), FACET)
    assert [f.get("title") for f in searched if f.get(f"{{{NS['opds']}}}activeFacet")][0] == (
        "Best match"
    )


def test_feeds_count_the_rating_facet_alone(
    client: FlaskClient, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The feeds show no facet but the ratings', so their searches count only those (the
    counts themselves are the full count's: tests/store/test_facets.py)."""
    asked: list[SearchRequest] = []

    def recording(conn: Connection, request: SearchRequest) -> SearchResult:
        asked.append(request)
        return search(conn, request)

    monkeypatch.setattr(opds_views, "run_search", recording)
    feed(client, "/opds/works?sort=kudos")
    feed(client, "/opds/works?include=rating:Teen")
    assert len(asked) == 3
    assert all(request.facet_types == (TagType.RATING,) for request in asked)
    assert [request.facets for request in asked] == [True, False, True]
    # the site's search and its JSON still count every type
    assert client.get("/search.json").get_json()["result"]["facets"][2:]


def test_opensearch_finds_a_known_work_with_the_archives_query_syntax(
    client: FlaskClient, library: Library
) -> None:
    answer = client.get("/opds/search.xml")
    assert answer.status_code == 200
    assert answer.headers["Content-Type"] == "application/opensearchdescription+xml"
    description = parse(answer.data)
    (url,) = x(description, "osd:Url")
    assert url.get("type") == ACQUISITION  # type: ignore[union-attr]
    template = str(url.get("template"))  # type: ignore[union-attr]
    assert template == "http://localhost/opds/works?q={searchTerms}"
    found = feed(client, local(template.replace("{searchTerms}", "forty%20years")))
    assert titles(x(found, "a:entry")) == ["The Lamp on Gullrock"]  # type: ignore[arg-type]
    assert x(found, "string(a:title)") == "Search: forty years"
    phrase = feed(client, local(template.replace("{searchTerms}", '"the%20gulls"%20-lamp')))
    assert titles(x(phrase, "a:entry")) == ["Gulls"]  # type: ignore[arg-type]
    assert client.get("/opds/works?q=" + "a%20" * 600).status_code == 400


def test_navigation_feeds_list_tags_as_the_tag_pages_do(
    client: FlaskClient, library: Library
) -> None:
    root = feed(client, "/opds/tags/fandom", NAVIGATION)
    listed = {
        e.findtext(f"{{{NS['a']}}}title"): links(e, "subsection")[0]
        for e in x(root, "a:entry")  # type: ignore[union-attr]
    }
    assert list(listed) == ["Gullrock Chronicles", "Starfall Academy"]  # no "GC": merged
    gullrock = listed["Gullrock Chronicles"]
    assert gullrock.get(f"{{{NS['thr']}}}count") == "3"
    assert gullrock.get("type") == ACQUISITION
    works = all_entries(client, local(gullrock.get("href", "")))
    assert titles(works) == ["Gulls", "Letters from the Ridge", "The Lamp on Gullrock"]
    assert x(root, "string(os:totalResults)") == "2"
    assert links(root, "up")[0].get("href") == "http://localhost/opds"
    acquisition = feed(client, local(gullrock.get("href", "")))
    assert links(acquisition, "up")[0].get("href") == "http://localhost/opds/tags/fandom"
    relationships = feed(client, "/opds/tags/relationship", NAVIGATION)
    assert titles(x(relationships, "a:entry")) == ["Maren Holt/Ivo Brandt"]  # type: ignore[arg-type]
    assert client.get("/opds/tags/nosuch").status_code == 404
    assert client.get("/opds/tags/fandom?page=2").status_code == 404


def test_navigation_feeds_are_paged(
    client: FlaskClient, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(opds_views, "TAGS_PER_PAGE", 1)
    first = feed(client, "/opds/tags/fandom", NAVIGATION)
    assert titles(x(first, "a:entry")) == ["Gullrock Chronicles"]  # type: ignore[arg-type]
    (following,) = links(first, "next")
    assert following.get("href") == "http://localhost/opds/tags/fandom?page=2"
    second = feed(client, local(following.get("href", "")), NAVIGATION)
    assert titles(x(second, "a:entry")) == ["Starfall Academy"]  # type: ignore[arg-type]
    assert x(second, "string(os:startIndex)") == "2" and not links(second, "next")
    authors = feed(client, "/opds/authors?page=2", NAVIGATION)
    assert titles(x(authors, "a:entry")) == ["<i>anon</i>"]  # type: ignore[arg-type]


def test_works_by_author(client: FlaskClient, library: Library) -> None:
    root = feed(client, "/opds/authors", NAVIGATION)
    counts = {
        e.findtext(f"{{{NS['a']}}}title"): links(e, "subsection")[0].get(f"{{{NS['thr']}}}count")
        for e in x(root, "a:entry")  # type: ignore[union-attr]
    }
    assert counts == {"quillwright": "4", "<i>anon</i>": "1"}
    anon = entry_titled(root, "<i>anon</i>")
    by = feed(client, local(links(anon, "subsection")[0].get("href", "")))
    assert titles(x(by, "a:entry")) == ["<b>x</b>"]  # type: ignore[arg-type]
    assert links(by, "up")[0].get("href") == "http://localhost/opds/authors"
    # the search page takes the same filter
    found = client.get("/search.json?author=quillwright").get_json()
    assert found["result"]["total"] == 4
    assert "by quillwright" in client.get("/search?author=quillwright").get_data(as_text=True)
    assert client.get("/search.json?author=Quillwright").get_json()["result"]["total"] == 0


def test_titles_summaries_and_names_are_escaped(
    client: FlaskClient, library: Library, db: Database
) -> None:
    title = 'Tom & Jerry\'s "<Fight>" ]]> &amp;'
    summary = 'He said "<script>alert(1)</script>" & left\x0b. </summary>'
    save(
        db,
        title,
        [(None, "A chase & a cheese.")],
        added=6,
        summary=summary,
        authors=('A & "B" <c>',),
        tags=(given(TagType.FANDOM, 'Cats & "Mice" <Ltd>'),),
    )
    root = feed(client, "/opds/works")
    entry = entry_titled(root, title)
    assert x(entry, "string(a:summary)") == summary.replace("\x0b", "")
    assert x(entry, "a:author/a:name/text()") == ['A & "B" <c>']
    assert 'Cats & "Mice" <Ltd>' in x(entry, "a:category/@term")
    assert not x(root, "//x:script")  # escaped text, never markup
    fandoms = feed(client, "/opds/tags/fandom", NAVIGATION)
    assert 'Cats & "Mice" <Ltd>' in titles(x(fandoms, "a:entry"))  # type: ignore[arg-type]
    cats = entry_titled(fandoms, 'Cats & "Mice" <Ltd>')
    assert titles(all_entries(client, local(links(cats, "subsection")[0].get("href", "")))) == [
        title
    ]


def test_feeds_are_conditional(client: FlaskClient, library: Library) -> None:
    for path in ("/opds", "/opds/works?sort=kudos", "/opds/tags/fandom", "/opds/search.xml"):
        first = client.get(path)
        etag = first.headers["ETag"]
        assert "Cookie" in first.headers["Vary"]
        again = client.get(path, headers={"If-None-Match": etag})
        assert again.status_code == 304 and not again.data


def test_saved_exclusions_apply_and_nothing_private_leaks(
    app: Flask, library: Library, db: Database
) -> None:
    with db.begin() as conn:
        reader = create_account(conn, "ivo", "not a real hash")
        save_bookmark(
            conn, library.ridge, reader.id, note="SECRET NOTE", tags=["hidden-tag"], private=True
        )
    visitor = app.test_client()
    everything = b"".join(
        visitor.get(path).data
        for path in ("/opds", "/opds/works", "/opds/works?page=2", "/opds/works?page=3",
                     "/opds/tags/fandom", "/opds/tags/freeform", "/opds/authors")
    )  # fmt: skip
    assert b"SECRET" not in everything and b"hidden-tag" not in everything
    assert b"ivo" not in everything.replace(b"Ivo", b"")
    excluding = app.test_client()
    excluding.set_cookie("ficshelf_exclude", "fandom%3AStarfall%20Academy")
    shown = titles(all_entries(excluding, "/opds/works"))
    assert shown == ["Gulls", "Letters from the Ridge", "The Lamp on Gullrock"]
    fandoms = feed(excluding, "/opds/tags/fandom", NAVIGATION)
    assert titles(x(fandoms, "a:entry")) == ["Gullrock Chronicles"]  # type: ignore[arg-type]
    authors = feed(excluding, "/opds/authors", NAVIGATION)
    assert titles(x(authors, "a:entry")) == ["quillwright"]  # type: ignore[arg-type]
    assert x(authors, "string(a:entry/a:link/@thr:count)") == "3"


def test_feeds_keep_the_url_prefix(client: FlaskClient, library: Library) -> None:
    base = {"base_url": "http://localhost/fics"}
    for path in ("/opds", "/opds/works?page=2", "/opds/tags/fandom", "/opds/authors"):
        answer = client.get(path, **base)  # type: ignore[arg-type]
        assert answer.status_code == 200
        root = parse(answer.data)
        hrefs = [str(h) for h in x(root, "//a:link/@href | //a:uri/text() | //a:category/@scheme")]
        assert hrefs and all(h.startswith("http://localhost/fics/") for h in hrefs), path
    template = parse(client.get("/opds/search.xml", **base).data)  # type: ignore[arg-type]
    assert x(template, "string(osd:Url/@template)") == (
        "http://localhost/fics/opds/works?q={searchTerms}"
    )


def test_every_page_links_the_catalogue(client: FlaskClient, library: Library) -> None:
    tag = (
        '<link rel="related" type="application/atom+xml;profile=opds-catalog;kind=navigation"'
        ' href="{}"'
    )
    for path in ("/", "/works", f"/works/{library.lamp}", "/search?q=lamp"):
        assert tag.format("/opds") in client.get(path).get_data(as_text=True), path
    page = client.get("/works", base_url="http://localhost/fics").get_data(as_text=True)
    assert tag.format("/fics/opds") in page


def _fetch(port: int, path: str, **headers: str) -> tuple[int, str, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request("GET", path, headers={k.replace("_", "-"): v for k, v in headers.items()})
        answer = conn.getresponse()
        return answer.status, answer.headers["Content-Type"], answer.read()
    finally:
        conn.close()


def test_feeds_behind_the_proxy_link_where_the_reader_asked(db: Database) -> None:
    """Served by waitress under /fics from behind a trusted proxy that forwards an HTTPS
    host (docs/deployment.md's nginx): every URL of the feeds is the reader's, https and
    inside the prefix, whether the proxy passes the prefix on or strips it."""
    build_library(db)
    proxy = {"X_Forwarded_Host": "archive.example", "X_Forwarded_Proto": "https"}
    with served_by_waitress(db, url_prefix="/fics", trusted_proxy="127.0.0.1") as port:
        for path in ("/fics/opds", "/fics/opds/works?sort=kudos", "/opds/tags/fandom"):
            status, media, body = _fetch(port, path, **proxy)
            assert status == 200 and media.startswith("application/atom+xml;profile=opds")
            root = parse(body)
            hrefs = [str(h) for h in x(root, "//a:link/@href | //a:uri/text()")]
            assert hrefs and all(h.startswith("https://archive.example/fics/") for h in hrefs)
        status, _, body = _fetch(port, "/fics/opds/search.xml", **proxy)
        assert x(parse(body), "string(osd:Url/@template)") == (
            "https://archive.example/fics/opds/works?q={searchTerms}"
        )
    # from an address that is not the trusted proxy the headers do not count
    with served_by_waitress(db, url_prefix="/fics", trusted_proxy="192.0.2.1") as port:
        _, _, body = _fetch(port, "/fics/opds", **proxy)
        assert x(parse(body), "string(a:link[@rel='self']/@href)") == (
            f"http://127.0.0.1:{port}/fics/opds"
        )


def test_a_feed_that_excludes_tags_keeps_them_out_on_every_page(
    client: FlaskClient, library: Library
) -> None:
    """What an app that keeps no cookie is given instead of saved exclusions."""
    path = "/opds/works?exclude=fandom:Starfall%20Academy"
    shown = titles(all_entries(client, path))
    assert shown == ["Gulls", "Letters from the Ridge", "The Lamp on Gullrock"]
    root = feed(client, path)
    for link in links(root, "next") + links(root, FACET):
        assert "exclude=fandom:Starfall+Academy" in link.get("href", "")


def _counts(root: etree._Element) -> dict[str | None, str | None]:
    """A navigation feed's entries: title → the works its link counts."""
    return {
        e.findtext(f"{{{NS['a']}}}title"): links(e, "subsection")[0].get(f"{{{NS['thr']}}}count")
        for e in x(root, "a:entry")  # type: ignore[union-attr]
    }


def test_lists_reached_with_an_exclusion_count_only_the_works_shown(
    app: Flask, client: FlaskClient, library: Library
) -> None:
    """A catalogue given ``exclude=`` counts its tags and authors as a reader whose saved
    exclusions hold the same tags sees them on ``/tags/<type>`` (and in the feeds), and
    keeps the ``exclude`` on every link, down to the works and back up."""
    storms = "exclude=freeform:Storms"  # the lamp's tag
    fandoms = feed(client, f"/opds/tags/fandom?{storms}", NAVIGATION)
    assert _counts(fandoms) == {"Gullrock Chronicles": "2", "Starfall Academy": "2"}
    assert _counts(feed(client, "/opds/tags/fandom", NAVIGATION))["Gullrock Chronicles"] == "3"
    saved = app.test_client()
    saved.set_cookie("ficshelf_exclude", "freeform%3AStorms")
    tag_page = saved.get("/tags/fandom.json").get_json()["tags"]["items"]
    assert {t["name"]: str(t["works"]) for t in tag_page} == _counts(fandoms)
    assert _counts(feed(saved, "/opds/tags/fandom", NAVIGATION)) == _counts(fandoms)
    authors = feed(client, f"/opds/authors?{storms}", NAVIGATION)
    assert _counts(authors) == {"quillwright": "3", "<i>anon</i>": "1"}
    assert _counts(feed(client, "/opds/tags/freeform?exclude=fandom:GC", NAVIGATION)) == {}
    assert client.get("/opds/tags/fandom?exclude=fandom:").status_code == 400

    gullrock = links(entry_titled(fandoms, "Gullrock Chronicles"), "subsection")[0]
    works = feed(client, local(gullrock.get("href", "")))
    assert titles(x(works, "a:entry")) == ["Gulls", "Letters from the Ridge"]  # type: ignore[arg-type]
    for rel in ("up", "start", "search"):
        for root in (fandoms, works, authors):
            assert "exclude=freeform:Storms" in links(root, rel)[0].get("href", ""), rel
    start = feed(client, local(links(works, "start")[0].get("href", "")), NAVIGATION)
    for entry in x(start, "a:entry"):
        for link in x(entry, "a:link"):  # type: ignore[arg-type]
            assert "exclude=freeform:Storms" in link.get("href", "")  # type: ignore[union-attr]
    description = client.get(local(links(start, "search")[0].get("href", "")))
    template = x(parse(description.data), "string(//os:Url/@template)")
    assert "exclude=freeform:Storms" in str(template) and str(template).endswith("q={searchTerms}")
