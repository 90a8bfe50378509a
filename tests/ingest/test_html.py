"""Saved web pages: the story found among navigation, scripts, sidebars and comments."""

from __future__ import annotations

import pytest

from ficshelf.errors import DecodeError, EmptyDocument, UnsupportedFormat
from ficshelf.ingest import read_document

STORY_PARAGRAPHS = [
    "Mara had walked for three days before she saw the river. Her boots were cracked, her "
    "water was gone, and the hills ahead looked the same as the hills behind.",
    "\u201cKeep going,\u201d she told herself. \u201cJust a little more.\u201d The words did "
    "not help, but saying them did.",
    "At dusk she found the ferryman asleep in his boat, a lantern hanging from the prow.",
]

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>The Long Road | StoryHost</title>
<script>window.tracker = "SCRIPT-TEXT";</script><style>body {{ color: red }}</style></head>
<body onload="steal()">
<nav class="menu"><a href="/">Home</a> <a href="/browse">Browse NAV-TEXT</a></nav>
<header><span class="site">StoryHost HEADER-TEXT</span></header>
<div id="main">
  <article class="story">
    <h1>The Long Road</h1>
    <p>{}</p>
    <p>{}</p>
    <!-- HTML-COMMENT-TEXT -->
    <p>{}</p>
  </article>
  <aside>Popular this week: SIDEBAR-TEXT</aside>
</div>
<div id="comments"><h3>Comments</h3><p>COMMENT-TEXT: great story, update soon!</p></div>
<footer>Copyright StoryHost FOOTER-TEXT</footer>
</body></html>
""".format(*STORY_PARAGRAPHS)


def test_saved_page_keeps_the_story_and_drops_the_rest() -> None:
    doc = read_document("saved/long-road.html", PAGE.encode("utf-8"))
    assert doc.format == "html"
    assert doc.given.title == "The Long Road"
    assert doc.text == "\n\n".join(STORY_PARAGRAPHS)
    for junk in ("SCRIPT", "NAV", "HEADER", "SIDEBAR", "COMMENT", "FOOTER", "color: red"):
        assert junk not in doc.text
    [chapter] = doc.chapters
    assert (chapter.start, chapter.end) == (0, len(doc.text))
    assert chapter.html is not None and "Mara had walked" in chapter.html
    assert "SCRIPT-TEXT" not in chapter.html and "The Long Road</h1>" not in chapter.html


def test_page_title_falls_back_to_the_title_element() -> None:
    page = "<html><head><title>Quiet Harbour</title></head><body><p>{}</p></body></html>"
    doc = read_document("q.htm", page.format(STORY_PARAGRAPHS[0]).encode())
    assert doc.given.title == "Quiet Harbour"
    assert doc.text == STORY_PARAGRAPHS[0]


def test_page_with_chapter_headings_is_split_into_chapters() -> None:
    body = (
        "<h1>Lantern Work</h1><p>A note before it starts.</p>"
        "<h2>Chapter 1: Wick</h2><p>Ida trimmed the wick.</p><p>It caught.</p>"
        "<h2>Chapter 2</h2><p>The oil ran low.</p>"
    )
    doc = read_document("lantern.html", f"<html><body>{body}</body></html>".encode())
    assert doc.given.title == "Lantern Work"
    assert [c.title for c in doc.chapters] == [None, "Wick", None]
    texts = [doc.text[c.start : c.end] for c in doc.chapters]
    assert texts == [
        "A note before it starts.",
        "Ida trimmed the wick.\n\nIt caught.",
        "The oil ran low.",
    ]
    assert doc.chapters[1].html is not None and "Ida trimmed" in doc.chapters[1].html


def test_line_breaks_and_preformatted_text() -> None:
    body = "<p>Roses are red,<br>violets are blue</p><pre>  two  spaces\n  kept</pre>"
    doc = read_document("poem.html", f"<html><body>{body}</body></html>".encode())
    assert doc.text == "Roses are red,\nviolets are blue\n\n  two  spaces\n  kept"


@pytest.mark.parametrize(
    "page",
    [b"", b"   \n", b"<html><head><title>x</title></head><body><script>1</script></body></html>"],
    ids=["empty", "blank", "no-text"],
)
def test_html_without_story_text_is_empty(page: bytes) -> None:
    with pytest.raises(EmptyDocument, match=r"^blank\.html: no story text in it"):
        read_document("blank.html", page)


def test_binary_named_html_is_a_decode_error() -> None:
    with pytest.raises(DecodeError, match=r"^pic\.html: binary data"):
        read_document("pic.html", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)))


def test_unknown_extension_is_unsupported() -> None:
    with pytest.raises(UnsupportedFormat, match=r"^notes\.json: not a story format .*\(\.json\)"):
        read_document("notes.json", b"{}")
