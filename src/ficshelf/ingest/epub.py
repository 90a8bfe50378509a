"""Reading EPUB files (format ``epub``) with zipfile and lxml.

Three kinds are told apart:

- AO3 EPUBs: their first spine documents carry the same preface as AO3's HTML download
  (``dl.tags``, summary, notes), so the bodies of all spine documents are joined into one
  tree and read by the AO3 parser; the package metadata only fills gaps (its ``dc:date`` is
  the last update, and its subjects do not say which kind each tag is).
- EPUBs with a title page of "Label: value" lines (FanFicFare): the title page gives typed
  tags, status and dates; the other documents are chapters.
- Any other EPUB: package title, creators, subjects (as freeform tags), language and dates;
  each spine document with text is a chapter, titled by its leading heading.

Members are read with the archive limits (an EPUB is a zip and can be a zip bomb too).
"""

from __future__ import annotations

import copy
import io
import posixpath
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, replace
from urllib.parse import unquote

from lxml import etree

from ficshelf.errors import CorruptFile, EmptyDocument, UnsafeArchive, UnsupportedFormat
from ficshelf.ingest.ao3 import is_ao3_download
from ficshelf.ingest.archive import ZIP_ERRORS, ExpandedBudget, read_member
from ficshelf.ingest.decode import decode_markup
from ficshelf.ingest.fields import parse_date
from ficshelf.ingest.html import ao3_document, merge_given
from ficshelf.ingest.limits import Limits
from ficshelf.ingest.markup import (
    HEADING_TAGS,
    ChapterPart,
    MarkupError,
    body_of,
    chapter_title,
    classes,
    inline_text,
    inner_html,
    layout,
    paragraphs,
    parse_html,
    parse_xhtml,
    parse_xml,
    remove_keeping_tail,
    text_of,
)
from ficshelf.ingest.titlepage import is_title_page, parse_title_page
from ficshelf.model import GivenMetadata, GivenTag, RawDocument, TagType

EPUB_FORMAT = "epub"

_NS = {
    "c": "urn:oasis:names:tc:opendocument:xmlns:container",
    "opf": "http://www.idpf.org/2007/opf",
    "dc": "http://purl.org/dc/elements/1.1/",
}
_OPF_EVENT = "{http://www.idpf.org/2007/opf}event"
_OPF_ROLE = "{http://www.idpf.org/2007/opf}role"
_OPF_SCHEME = "{http://www.idpf.org/2007/opf}scheme"
_XHTML_TYPES = frozenset({"application/xhtml+xml", "text/html", "application/html"})
_SKIPPED_PAGES = frozenset({"fff_coverpage", "fff_tocpage", "fff_logpage"})
_GENERIC_SUBJECTS = frozenset({"fanworks", "fanfiction", "fan fiction", "fiction"})
_CONTENTS_TITLES = frozenset({"contents", "table of contents", "toc"})
_FONT_OBFUSCATION = frozenset(
    {"http://www.idpf.org/2008/embedding", "http://ns.adobe.com/pdf/enc#RC"}
)


@dataclass(frozen=True)
class _Spine:
    """A spine document: its member name and parsed body."""

    name: str
    body: etree._Element


def read_epub(path: str, data: bytes, limits: Limits | None = None) -> RawDocument:
    """Read an EPUB file's bytes into a document.

    Returns the document with the EPUB's metadata and one chapter per story document.
    Raises ``CorruptFile`` for a truncated or malformed EPUB, ``UnsafeArchive``/``TooLarge``
    when its content passes the limits, ``UnsupportedFormat`` for a DRM-protected one and
    ``EmptyDocument`` when it holds no story text.
    """
    limits = limits or Limits()
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (*ZIP_ERRORS, UnicodeDecodeError) as exc:
        raise CorruptFile(path, f"not a readable EPUB: truncated or damaged ({exc})") from exc
    with archive:
        if len(archive.infolist()) > limits.max_members:
            raise UnsafeArchive(path, f"the EPUB lists over {limits.max_members:,} entries")
        try:
            return _read(_Book(archive, path, limits))
        except ZIP_ERRORS as exc:
            raise CorruptFile(path, f"the EPUB is truncated or damaged ({exc})") from exc


class _Book:
    """An open EPUB: reads its members within the limits and knows its package."""

    def __init__(self, archive: zipfile.ZipFile, path: str, limits: Limits) -> None:
        self.archive = archive
        self.path = path
        self.limits = limits
        self.budget = ExpandedBudget()
        self.opf_name = self._package_name()
        try:
            self.opf = parse_xml(self.member(self.opf_name))
        except MarkupError as exc:
            raise CorruptFile(path, f"its package document is malformed ({exc})") from exc

    def member(self, name: str) -> bytes:
        try:
            info = self.archive.getinfo(name)
        except KeyError as exc:
            raise CorruptFile(self.path, f"the EPUB lacks {name}") from exc
        return read_member(self.archive, info, f"{self.path}!{name}", self.limits, self.budget)

    def _package_name(self) -> str:
        names = set(self.archive.namelist())
        if "META-INF/container.xml" in names:
            try:
                container = parse_xml(self.member("META-INF/container.xml"))
            except MarkupError as exc:
                raise CorruptFile(self.path, f"its container.xml is malformed ({exc})") from exc
            for rootfile in container.iterfind(".//c:rootfile", _NS):
                full_path = rootfile.get("full-path")
                if full_path and full_path in names:
                    return full_path
        candidates = sorted(n for n in names if n.lower().endswith(".opf"))
        if not candidates:
            raise CorruptFile(self.path, "not an EPUB: it has no package document (.opf)")
        return candidates[0]

    def resolve(self, href: str) -> str:
        base = posixpath.dirname(self.opf_name)
        return posixpath.normpath(posixpath.join(base, unquote(href.split("#")[0])))

    def spine(self) -> Iterator[_Spine]:
        manifest = {
            item.get("id"): item for item in self.opf.iterfind("opf:manifest/opf:item", _NS)
        }
        encrypted = self._encrypted()
        for ref in self.opf.iterfind("opf:spine/opf:itemref", _NS):
            item = manifest.get(ref.get("idref"))
            if item is None or ref.get("linear") == "no":
                continue
            if item.get("media-type") not in _XHTML_TYPES:
                continue
            if "nav" in (item.get("properties") or "").split():
                continue
            name = self.resolve(item.get("href") or "")
            if name in encrypted:
                raise UnsupportedFormat(self.path, "the EPUB is DRM-protected (encrypted)")
            if name not in self.archive.NameToInfo:
                continue  # a broken reference: read what is there
            yield _Spine(name, self._body(name))

    def _body(self, name: str) -> etree._Element:
        decoded = decode_markup(self.member(name), f"{self.path}!{name}")
        try:
            return body_of(parse_xhtml(decoded.text))
        except MarkupError:
            return etree.Element("body")

    def _encrypted(self) -> set[str]:
        if "META-INF/encryption.xml" not in self.archive.NameToInfo:
            return set()
        try:
            root = parse_xml(self.member("META-INF/encryption.xml"))
        except MarkupError:
            return set()
        names = set()
        for data in root.iter("{*}EncryptedData"):
            method = data.find("{*}EncryptionMethod")
            if method is not None and method.get("Algorithm") in _FONT_OBFUSCATION:
                continue
            for ref in data.iter("{*}CipherReference"):
                names.add(posixpath.normpath(unquote(ref.get("URI") or "")))
        return names


def _read(book: _Book) -> RawDocument:
    package = _package_metadata(book.opf)
    documents = list(book.spine())
    if not documents:
        raise CorruptFile(book.path, "the EPUB's spine lists no readable documents")
    joined = etree.Element("html")
    joined_body = etree.SubElement(joined, "body")
    for document in documents:
        joined_body.extend(copy.deepcopy(list(document.body)))
    if is_ao3_download(joined):
        return ao3_document(joined, book.path, EPUB_FORMAT, "utf-8", fallback=package.ao3)
    return _chapters_document(book.path, documents, package.generic)


@dataclass(frozen=True)
class _Package:
    """Package metadata, as fallback for AO3 EPUBs and as the metadata of other EPUBs."""

    ao3: GivenMetadata
    generic: GivenMetadata


def _chapters_document(path: str, documents: list[_Spine], package: GivenMetadata) -> RawDocument:
    given = package
    parts: list[ChapterPart] = []
    for index, document in enumerate(documents):
        body = document.body
        if set(classes(body)) & _SKIPPED_PAGES or _is_contents_page(body):
            continue
        if index < 3 and not parts and is_title_page(body):
            page = parse_title_page(body)
            given = merge_given(page, replace(package, tags=()))
            continue
        part = _chapter(body)
        if part is not None:
            parts.append(part)
    text, chapters = layout(parts)
    if not text.strip():
        raise EmptyDocument(path, "no story text in it (the EPUB's documents are empty)")
    return RawDocument(text, path, EPUB_FORMAT, given, chapters, "utf-8")


def _is_contents_page(body: etree._Element) -> bool:
    for heading in body.iter(*HEADING_TAGS):
        return inline_text(heading).lower() in _CONTENTS_TITLES
    return False


def _chapter(body: etree._Element) -> ChapterPart | None:
    """Return the document as a chapter titled by its leading heading (the heading is not
    part of the text), or None when it has no text besides the heading."""
    texts = paragraphs(body)
    if not texts:
        return None
    heading_text: str | None = None
    for heading in body.iter(*HEADING_TAGS):
        if inline_text(heading) == texts[0]:
            heading_text = texts[0]
            remove_keeping_tail(heading)
        break
    texts = paragraphs(body)
    if not texts:
        return None
    return ChapterPart(chapter_title(heading_text), texts, inner_html(body))


def _package_metadata(opf: etree._Element) -> _Package:
    metadata = opf.find("opf:metadata", _NS)
    if metadata is None:
        return _Package(GivenMetadata(), GivenMetadata())

    def texts(tag: str) -> list[str]:
        return [t for t in (inline_text(e) for e in metadata.iterfind(tag, _NS)) if t]

    title = next(iter(texts("dc:title")), None)
    authors = tuple(
        inline_text(e)
        for e in metadata.iterfind("dc:creator", _NS)
        if inline_text(e) and e.get(_OPF_ROLE) in (None, "aut") and not _refined_role(opf, e)
    )
    language = next(iter(texts("dc:language")), None)
    summary = _description(next(iter(texts("dc:description")), None))
    published = updated = undated = None
    for element in metadata.iterfind("dc:date", _NS):
        when = parse_date(inline_text(element))
        event = element.get(_OPF_EVENT)
        if event == "publication":
            published = when
        elif event == "modification":
            updated = when
        elif event is None and undated is None:
            undated = when
    url = _url(metadata)
    series, part = _series(metadata)
    subjects = [s for s in texts("dc:subject") if s.lower() not in _GENERIC_SUBJECTS]
    common = GivenMetadata(
        title=title,
        authors=authors,
        summary=summary,
        language=language,
        url=url,
        series=series,
        series_part=part,
    )
    # AO3 writes one dc:date, the last update; other EPUBs mean the publication date.
    ao3 = replace(common, updated=updated or undated)
    generic = replace(
        common,
        published=published or undated,
        updated=updated,
        tags=tuple(GivenTag(TagType.FREEFORM, s) for s in dict.fromkeys(subjects)),
    )
    return _Package(ao3, generic)


def _refined_role(opf: etree._Element, creator: etree._Element) -> bool:
    """Return True when EPUB 3 metadata gives this creator a role other than author."""
    ident = creator.get("id")
    if not ident:
        return False
    for meta in opf.iterfind("opf:metadata/opf:meta", _NS):
        if meta.get("refines") == f"#{ident}" and meta.get("property") == "role":
            return inline_text(meta) != "aut"
    return False


def _description(value: str | None) -> str | None:
    if not value:
        return None
    if "<" not in value:
        return value
    try:
        return text_of(body_of(parse_html(value))) or None
    except MarkupError:
        return value


def _url(metadata: etree._Element) -> str | None:
    for element in metadata.iterfind("dc:source", _NS):
        if inline_text(element).startswith(("http://", "https://")):
            return inline_text(element)
    for element in metadata.iterfind("dc:identifier", _NS):
        value = inline_text(element).removeprefix("URL:")
        if element.get(_OPF_SCHEME, "").upper() == "URL" or value.startswith("http"):
            if value.startswith(("http://", "https://")):
                return value
    return None


def _series(metadata: etree._Element) -> tuple[str | None, int | None]:
    """The series and part the package states: calibre's ``calibre:series`` and
    ``calibre:series_index``, else EPUB 3's ``belongs-to-collection`` (of
    ``collection-type`` series, or of none) with its ``group-position``."""
    name: str | None = None
    index: int | None = None
    for meta in metadata.iterfind("opf:meta", _NS):
        if meta.get("name") == "calibre:series":
            name = meta.get("content") or None
        elif meta.get("name") == "calibre:series_index":
            index = _position(meta.get("content"))
    if name is None:
        return _collection(metadata)
    return name, index or None


def _collection(metadata: etree._Element) -> tuple[str | None, int | None]:
    metas = list(metadata.iterfind("opf:meta", _NS))
    for meta in metas:
        name = inline_text(meta)
        if meta.get("property") != "belongs-to-collection" or not name:
            continue
        refines = {
            m.get("property"): inline_text(m)
            for m in metas
            if meta.get("id") and m.get("refines") == f"#{meta.get('id')}"
        }
        if refines.get("collection-type", "series") == "series":
            return name, _position(refines.get("group-position")) or None
    return None, None


def _position(value: str | None) -> int | None:
    try:
        return int(float(value or ""))
    except (ValueError, OverflowError):
        return None
