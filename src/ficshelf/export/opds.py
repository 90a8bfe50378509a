"""OPDS 1.2 catalogue documents: Atom feeds of navigation (lists of lists) and of
acquisition (works with their download links), and the OpenSearch description document
of the catalogue's search.

The documents are built as ``lxml`` element trees from the records below and serialised
by lxml, so every title, name and summary is escaped by the library (and characters XML
cannot hold, control characters, are dropped first). Nothing here knows the web: the
caller (``web.views.opds``) hands over absolute URLs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any, Literal

from lxml import etree

ATOM_NS = "http://www.w3.org/2005/Atom"
OPDS_NS = "http://opds-spec.org/2010/catalog"
OPENSEARCH_NS = "http://a9.com/-/spec/opensearch/1.1/"
DC_NS = "http://purl.org/dc/terms/"
THREAD_NS = "http://purl.org/syndication/thread/1.0"
XHTML_NS = "http://www.w3.org/1999/xhtml"

Kind = Literal["navigation", "acquisition"]
CATALOG_TYPE = "application/atom+xml;profile=opds-catalog"
FEED_TYPES: dict[Kind, str] = {
    "navigation": f"{CATALOG_TYPE};kind=navigation",
    "acquisition": f"{CATALOG_TYPE};kind=acquisition",
}
"""The media type of each kind of feed, as OPDS 1.2 declares them."""
OPENSEARCH_TYPE = "application/opensearchdescription+xml"

ACQUISITION_REL = "http://opds-spec.org/acquisition"
FACET_REL = "http://opds-spec.org/facet"
SORT_NEW_REL = "http://opds-spec.org/sort/new"
SORT_POPULAR_REL = "http://opds-spec.org/sort/popular"

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
"""The ``updated`` of a feed of an empty library."""

# lxml-stubs types nsmap as str → str, but lxml takes None for the default namespace.
_NSMAP: Any = {
    None: ATOM_NS,
    "opds": OPDS_NS,
    "opensearch": OPENSEARCH_NS,
    "dc": DC_NS,
    "thr": THREAD_NS,
}
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _default_ns(uri: str) -> Any:
    """An ``nsmap`` making ``uri`` the default namespace."""
    return {None: uri}


def xml_text(value: str) -> str:
    """Return ``value`` without the characters XML 1.0 cannot hold (control characters,
    lone surrogates, U+FFFE/U+FFFF): lxml escapes the rest."""
    return _NOT_XML.sub("", value)


def moment(value: date | datetime) -> datetime:
    """Return ``value`` as an aware UTC datetime (a date: its midnight, UTC)."""
    if not isinstance(value, datetime):
        value = datetime.combine(value, time())
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def atom_date(value: date | datetime) -> str:
    """Return ``value`` as an Atom (RFC 3339) date-time in UTC: ``2023-06-02T00:00:00Z``."""
    return moment(value).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True, slots=True)
class Link:
    """An Atom link; a facet link (``rel`` ``FACET_REL``) names its ``facet_group``, says
    whether it is the ``active`` one and how many works it leaves (``count``)."""

    href: str
    rel: str
    type: str | None = None
    title: str | None = None
    facet_group: str | None = None
    active: bool = False
    count: int | None = None


@dataclass(frozen=True, slots=True)
class Paging:
    """Where a page of a feed stands in its list: ``total`` items, ``per_page`` a page,
    the page's first item numbered ``start_index`` (from 1)."""

    total: int
    per_page: int
    start_index: int


@dataclass(frozen=True, slots=True)
class Feed:
    """A feed's own elements: a stable ``id``, ``title``, ``updated``, its ``kind``, its
    ``links`` (self, start, up, paging, search, facets) and, for a paged list, ``paging``."""

    id: str
    title: str
    updated: datetime
    kind: Kind
    links: tuple[Link, ...]
    paging: Paging | None = None


@dataclass(frozen=True, slots=True)
class NavigationEntry:
    """An entry of a navigation feed: a list to go to (its ``links``, one usually), with
    a line of ``content`` saying what it holds."""

    id: str
    title: str
    updated: datetime
    content: str
    links: tuple[Link, ...]


@dataclass(frozen=True, slots=True)
class Author:
    """A work's author: the name, and the catalogue's feed of their works (``uri``)."""

    name: str
    uri: str | None = None


@dataclass(frozen=True, slots=True)
class Category:
    """A tag on a work: ``scheme`` names the kind of tag (the archive's page of that tag
    type), ``term`` and ``label`` the tag."""

    scheme: str
    term: str
    label: str


@dataclass(frozen=True, slots=True)
class WorkEntry:
    """An entry of an acquisition feed: one work, with its download links (``links``:
    acquisition links first, then the alternate HTML page). ``facts`` are the lines of
    the content (words, chapters, status; the warnings of each vocabulary), ``summary`` the
    work's summary as plain text."""

    id: str
    title: str
    authors: tuple[Author, ...]
    updated: datetime
    published: date | None
    language: str | None
    summary: str | None
    categories: tuple[Category, ...]
    facts: tuple[str, ...]
    extent: str
    links: tuple[Link, ...]


def _sub(
    parent: etree._Element, tag: str, text: str | None = None, ns: str = ATOM_NS, **attrs: str
) -> etree._Element:
    """Append element ``{ns}tag`` to ``parent`` with ``text`` and ``attrs`` (attribute
    names may be ``{namespace}name``), both cleaned by ``xml_text``; return it."""
    element = etree.SubElement(parent, f"{{{ns}}}{tag}")
    if text is not None:
        element.text = xml_text(text)
    for name, value in attrs.items():
        element.set(name, xml_text(value))
    return element


def _link(parent: etree._Element, link: Link) -> None:
    attrs = {"rel": link.rel, "href": link.href}
    if link.type:
        attrs["type"] = link.type
    if link.title:
        attrs["title"] = link.title
    if link.facet_group is not None:
        attrs[f"{{{OPDS_NS}}}facetGroup"] = link.facet_group
        if link.active:
            attrs[f"{{{OPDS_NS}}}activeFacet"] = "true"
    if link.count is not None:
        attrs[f"{{{THREAD_NS}}}count"] = str(link.count)
    _sub(parent, "link", **attrs)


def _navigation_entry(parent: etree._Element, entry: NavigationEntry) -> None:
    element = _sub(parent, "entry")
    _sub(element, "title", entry.title)
    _sub(element, "id", entry.id)
    _sub(element, "updated", atom_date(entry.updated))
    _sub(element, "content", entry.content, type="text")
    for link in entry.links:
        _link(element, link)


def _paragraphs(text: str) -> list[str]:
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]


def _work_entry(parent: etree._Element, entry: WorkEntry) -> None:
    element = _sub(parent, "entry")
    _sub(element, "title", entry.title)
    _sub(element, "id", entry.id)
    for author in entry.authors:
        person = _sub(element, "author")
        _sub(person, "name", author.name)
        if author.uri:
            _sub(person, "uri", author.uri)
    _sub(element, "updated", atom_date(entry.updated))
    if entry.published is not None:
        _sub(element, "published", atom_date(entry.published))
    if entry.language:
        _sub(element, "language", entry.language, ns=DC_NS)
    _sub(element, "extent", entry.extent, ns=DC_NS)
    for category in entry.categories:
        _sub(element, "category", scheme=category.scheme, term=category.term, label=category.label)
    if entry.summary:
        _sub(element, "summary", entry.summary, type="text")
    content = _sub(element, "content", type="xhtml")
    body = etree.SubElement(content, f"{{{XHTML_NS}}}div", nsmap=_default_ns(XHTML_NS))
    for line in (*entry.facts, *_paragraphs(entry.summary or "")):
        _sub(body, "p", line, ns=XHTML_NS)
    for link in entry.links:
        _link(element, link)


def _document(root: etree._Element) -> bytes:
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))


def feed_document(feed: Feed, entries: Sequence[NavigationEntry | WorkEntry]) -> bytes:
    """Return the feed as a UTF-8 XML document: its id, title, updated, links, the
    OpenSearch counts of a paged list, and its entries in order."""
    root = etree.Element(f"{{{ATOM_NS}}}feed", nsmap=_NSMAP)
    _sub(root, "id", feed.id)
    _sub(root, "title", feed.title)
    _sub(root, "updated", atom_date(feed.updated))
    _sub(_sub(root, "author"), "name", "ficshelf")
    for link in feed.links:
        _link(root, link)
    if feed.paging is not None:
        _sub(root, "totalResults", str(feed.paging.total), ns=OPENSEARCH_NS)
        _sub(root, "itemsPerPage", str(feed.paging.per_page), ns=OPENSEARCH_NS)
        _sub(root, "startIndex", str(feed.paging.start_index), ns=OPENSEARCH_NS)
    for entry in entries:
        if isinstance(entry, WorkEntry):
            _work_entry(root, entry)
        else:
            _navigation_entry(root, entry)
    return _document(root)


def opensearch_document(short_name: str, description: str, template: str) -> bytes:
    """Return an OpenSearch 1.1 description document whose one ``Url`` is ``template``
    (holding ``{searchTerms}``), answered by an acquisition feed."""
    root = etree.Element(
        f"{{{OPENSEARCH_NS}}}OpenSearchDescription", nsmap=_default_ns(OPENSEARCH_NS)
    )
    _sub(root, "ShortName", short_name, ns=OPENSEARCH_NS)
    _sub(root, "Description", description, ns=OPENSEARCH_NS)
    _sub(root, "InputEncoding", "UTF-8", ns=OPENSEARCH_NS)
    _sub(root, "OutputEncoding", "UTF-8", ns=OPENSEARCH_NS)
    _sub(root, "Url", ns=OPENSEARCH_NS, type=FEED_TYPES["acquisition"], template=template)
    return _document(root)
