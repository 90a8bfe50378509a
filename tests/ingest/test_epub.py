"""EPUBs that are not AO3's: FanFicFare title pages, plain EPUBs, and broken or hostile ones."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from ficshelf.errors import CorruptFile, EmptyDocument, TooLarge, UnsafeArchive, UnsupportedFormat
from ficshelf.ingest import Limits, read_document
from ficshelf.model import TagType

Builder = Callable[..., Path]
Page = Callable[..., str]

FFF_TITLE_PAGE = """
<h3><a href="https://www.fanfiction.net/s/42/1/">Orchard Hours</a> by
<a class="authorlink" href="https://www.fanfiction.net/u/7/">quill_and_pear</a></h3>
<div>
<b>Category:</b> Gardeners' World Saga<br />
<b>Genre:</b> Friendship, Hurt/Comfort<br />
<b>Language:</b> English<br />
<b>Characters:</b> [Nell T., Pip O.] Marta G.<br />
<b>Status:</b> In-Progress<br />
<b>Published:</b> 2019-05-01<br />
<b>Updated:</b> 2019-06-12<br />
<b>Packaged:</b> 2024-01-01 10:00:00<br />
<b>Rating:</b> Fiction T<br />
<b>Chapters:</b> 2<br />
<b>Words:</b> 3,210<br />
<b>Summary:</b> Two gardeners, one orchard,<br />and a frost nobody saw coming.<br />
</div>"""

FFF_METADATA = """
<dc:title>Orchard Hours</dc:title>
<dc:creator opf:role="aut">quill_and_pear</dc:creator>
<dc:contributor>FanFicFare [https://github.com/JimmXinu/FanFicFare]</dc:contributor>
<dc:language>en</dc:language>
<dc:date opf:event="publication">2019-05-01</dc:date>
<dc:date opf:event="modification">2019-06-12</dc:date>
<dc:subject>FanFiction</dc:subject><dc:subject>In-Progress</dc:subject>
<dc:source>https://www.fanfiction.net/s/42/1/</dc:source>
<meta name="calibre:series" content="Seasons"/><meta name="calibre:series_index" content="3.0"/>
"""


def _fff_epub(make_epub: Builder, page: Page) -> Path:
    chapter_one = (
        '<h3 class="fff_chapter_title">Chapter 1: Blossom</h3>'
        "<p>Nell pruned the pear.</p><p>Pip held the ladder.</p>"
    )
    chapter_two = '<h3 class="fff_chapter_title">Frost</h3><p>The <em>frost</em> came early.</p>'
    contents = "<h3>Table of Contents</h3><a href='file0001.xhtml'>One</a>"
    return make_epub(
        "orchard.epub",
        [
            ("title_page.xhtml", page(FFF_TITLE_PAGE, body_class="fff_titlepage")),
            ("toc_page.xhtml", page(contents, body_class="fff_tocpage")),
            ("file0001.xhtml", page(chapter_one, body_class="fff_chapter")),
            ("file0002.xhtml", page(chapter_two, body_class="fff_chapter")),
        ],
        metadata=FFF_METADATA,
    )


def test_fanficfare_title_page_gives_typed_metadata(make_epub: Builder, page: Page) -> None:
    path = _fff_epub(make_epub, page)
    doc = read_document(str(path), path.read_bytes())
    given = doc.given
    assert doc.format == "epub"
    assert given.title == "Orchard Hours"
    assert given.authors == ("quill_and_pear",)
    tags = {(t.type, t.name) for t in given.tags}
    assert tags == {
        (TagType.FANDOM, "Gardeners' World Saga"),
        (TagType.FREEFORM, "Friendship"),
        (TagType.FREEFORM, "Hurt/Comfort"),
        (TagType.CHARACTER, "Nell T."),
        (TagType.CHARACTER, "Pip O."),
        (TagType.CHARACTER, "Marta G."),
        (TagType.RELATIONSHIP, "Nell T./Pip O."),
        (TagType.RATING, "Fiction T"),
    }
    assert given.complete is False
    assert (given.published, given.updated) == (date(2019, 5, 1), date(2019, 6, 12))
    assert (given.word_count, given.chapters_posted) == (3210, 2)
    assert given.summary == "Two gardeners, one orchard,\nand a frost nobody saw coming."
    assert given.language == "English"
    assert given.url == "https://www.fanfiction.net/s/42/1/"
    assert (given.series, given.series_part) == ("Seasons", 3)
    assert [c.title for c in doc.chapters] == ["Blossom", "Frost"]
    assert doc.text == "Nell pruned the pear.\n\nPip held the ladder.\n\nThe frost came early."
    second = doc.chapters[1]
    assert doc.text[second.start : second.end] == "The frost came early."
    assert second.html is not None and "<em>frost</em>" in second.html
    assert "Table of Contents" not in doc.text and "Packaged" not in doc.text


def test_title_page_in_table_layout(make_epub: Builder, page: Page) -> None:
    table = """<h3>Quiet Lanes by Bram</h3><table class="full">
      <tr><td><b>Fandom:</b></td><td>Canal Boats</td></tr>
      <tr><td><b>Relationships:</b></td><td>Ida/Ro</td></tr>
      <tr><td><b>Status:</b></td><td>Completed</td></tr>
      <tr><td colspan="2"><b>Summary:</b> Locks and long afternoons.</td></tr></table>"""
    path = make_epub(
        "lanes.epub",
        [("t.xhtml", page(table)), ("c1.xhtml", page("<h2>One</h2><p>Ida tied the rope.</p>"))],
        metadata="<dc:title>Quiet Lanes</dc:title>",
    )
    doc = read_document(path.name, path.read_bytes())
    assert {(t.type, t.name) for t in doc.given.tags} == {
        (TagType.FANDOM, "Canal Boats"),
        (TagType.RELATIONSHIP, "Ida/Ro"),
    }
    assert doc.given.complete is True
    assert doc.given.authors == ("Bram",)
    assert doc.given.summary == "Locks and long afternoons."
    assert [c.title for c in doc.chapters] == ["One"]


def test_plain_epub_uses_package_metadata_and_documents(make_epub: Builder, page: Page) -> None:
    metadata = """<dc:title>Harbour Lights</dc:title><dc:creator>R. Vale</dc:creator>
      <dc:creator opf:role="edt">An Editor</dc:creator><dc:language>en</dc:language>
      <dc:subject>Sea</dc:subject><dc:subject>Fiction</dc:subject><dc:date>2018-02-03</dc:date>
      <dc:description>&lt;p&gt;A &lt;b&gt;quiet&lt;/b&gt; tale.&lt;/p&gt;</dc:description>"""
    path = make_epub(
        "harbour.epub",
        [
            ("cover.xhtml", page("<div><img src='cover.jpg' alt=''/></div>")),
            ("ch1.xhtml", page("<h1>Chapter 1</h1><p>The bell rang twice.</p>")),
            ("ch2.xhtml", page("<p>No heading here.</p><h2>Later heading</h2><p>More.</p>")),
            ("empty.xhtml", page("<h1>Only a heading</h1>")),
        ],
        metadata=metadata,
    )
    doc = read_document("harbour.epub", path.read_bytes())
    given = doc.given
    assert (given.title, given.authors, given.language) == ("Harbour Lights", ("R. Vale",), "en")
    assert [(t.type, t.name) for t in given.tags] == [(TagType.FREEFORM, "Sea")]
    assert given.published == date(2018, 2, 3)
    assert given.summary == "A quiet tale."
    assert [c.title for c in doc.chapters] == [None, None]
    assert doc.text == "The bell rang twice.\n\nNo heading here.\n\nLater heading\n\nMore."


def test_epub_with_only_empty_documents_is_empty(make_epub: Builder, page: Page) -> None:
    path = make_epub("blank.epub", [("a.xhtml", page("<p>  </p>"))])
    with pytest.raises(EmptyDocument, match=r"^blank\.epub: no story text in it"):
        read_document("blank.epub", path.read_bytes())


def test_truncated_epub_is_corrupt(ao3_downloads: Path) -> None:
    data = (ao3_downloads / "epubTest.epub").read_bytes()
    with pytest.raises(CorruptFile) as caught:
        read_document("shelf/cut.epub", data[: len(data) // 2])
    assert caught.value.path == "shelf/cut.epub"
    assert "truncated or damaged" in caught.value.reason


def test_epub_with_damaged_member_data_is_corrupt(make_epub: Builder, page: Page) -> None:
    path = make_epub("bad.epub", [("a.xhtml", page("<p>" + "Words here. " * 400 + "</p>"))])
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("OEBPS/a.xhtml")
    start = info.header_offset + 30 + len(info.filename) + 20
    data[start : start + 40] = b"\xff" * 40  # scribble over the compressed stream
    with pytest.raises(CorruptFile, match="bad.epub"):
        read_document("bad.epub", bytes(data))


def test_not_an_epub_at_all(make_zip: Callable[[str, dict[str, bytes]], Path]) -> None:
    path = make_zip("fake.epub", {"readme.txt": b"hello"})
    with pytest.raises(CorruptFile, match="no package document"):
        read_document("fake.epub", path.read_bytes())
    with pytest.raises(CorruptFile, match="not a readable EPUB"):
        read_document("text.epub", b"just some text, not a zip")


def test_epub_without_container_finds_its_package(make_epub: Builder, page: Page) -> None:
    path = make_epub("loose.epub", [("a.xhtml", page("<p>Found it.</p>"))], container=False)
    assert read_document("loose.epub", path.read_bytes()).text == "Found it."


def test_drm_protected_epub_is_refused(make_epub: Builder, page: Page) -> None:
    encryption = b"""<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container"
      xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData>
      <enc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes128-cbc"/>
      <enc:CipherData><enc:CipherReference URI="OEBPS/a.xhtml"/></enc:CipherData>
      </enc:EncryptedData></encryption>"""
    path = make_epub(
        "locked.epub",
        [("a.xhtml", page("<p>secret</p>"))],
        extra={"META-INF/encryption.xml": encryption},
    )
    with pytest.raises(UnsupportedFormat, match="DRM"):
        read_document("locked.epub", path.read_bytes())


def test_epub_member_bomb_is_refused_while_decompressing(make_epub: Builder, page: Page) -> None:
    huge = page("<p>" + "a" * (3 * 1024 * 1024) + "</p>")
    path = make_epub("bomb.epub", [("a.xhtml", huge)])
    with pytest.raises(UnsafeArchive, match=r"bomb\.epub!OEBPS/a\.xhtml: .*zip bomb"):
        read_document("bomb.epub", path.read_bytes())
    with pytest.raises(TooLarge, match="expands past the 1 MB limit"):
        read_document(
            "bomb.epub", path.read_bytes(), Limits(max_file_bytes=1024 * 1024, max_ratio=1e9)
        )
