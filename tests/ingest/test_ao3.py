"""AO3 downloads: every field the real HTML and EPUB files carry (see the README beside them),
and the AO3 markup variations (singular/plural labels, series, chapter summaries)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ficshelf.errors import EmptyDocument
from ficshelf.ingest import read_document
from ficshelf.model import GivenNote, NoteKind, Placement, RawDocument, TagType

ONE_SHOT = ("htmlTest.html", "epubTest.epub")
UNFINISHED = ("incompleteWork.html", "incompleteWork.epub")


def _read(folder: Path, name: str) -> RawDocument:
    return read_document(name, (folder / name).read_bytes())


def _tags(doc: RawDocument, kind: TagType) -> list[str]:
    return [t.name for t in doc.given.tags if t.type is kind]


def _notes(
    doc: RawDocument, kind: NoteKind, placement: Placement, chapter: int | None
) -> list[str]:
    return [
        n.text
        for n in doc.given.notes
        if (n.kind, n.placement, n.chapter) == (kind, placement, chapter)
    ]


@pytest.mark.parametrize("name", ONE_SHOT)
def test_complete_one_shot_keeps_every_field(ao3_downloads: Path, name: str) -> None:
    doc = _read(ao3_downloads, name)
    given = doc.given
    assert doc.format == ("ao3-html" if name.endswith(".html") else "epub")
    assert given.title == "My Aim Is Steady And True"
    assert given.authors == ("nianeyna",)
    assert given.url == "https://archiveofourown.org/works/23009290"
    assert _tags(doc, TagType.RATING) == ["Teen And Up Audiences"]
    assert _tags(doc, TagType.WARNING) == ["Graphic Depictions Of Violence"]
    assert _tags(doc, TagType.CATEGORY) == ["M/M"]
    assert _tags(doc, TagType.FANDOM) == ["Final Fantasy XIV"]
    assert _tags(doc, TagType.RELATIONSHIP) == ["Honoroit Banlardois/Emmanellain de Fortemps"]
    assert _tags(doc, TagType.CHARACTER) == ["Honoroit Banlardois", "Emmanellain de Fortemps"]
    assert _tags(doc, TagType.FREEFORM) == [
        "Hurt/Comfort",
        "Stabbing",
        "Chest Wounds",
        "Fantasy Medicine",
        "Future Fic",
        "Adult!Honoroit",
        "Angst with a Happy Ending",
        "Id Fic",
    ]
    assert given.language == "English"
    assert (given.series, given.series_part) == (None, None)
    assert given.published == date(2020, 3, 4)
    assert given.updated is None
    assert given.word_count == 4559
    assert (given.chapters_posted, given.chapters_expected, given.complete) == (1, 1, True)
    assert given.summary == (
        "100 percent all-natural fandom-grade h/c. Please ignore all the reasons canonical, "
        "medical, and logical why this doesn't make sense. shh. just come."
    )
    assert _notes(doc, NoteKind.SUMMARY, Placement.FRONT, None) == [given.summary]
    assert _notes(doc, NoteKind.AUTHORS_NOTE, Placement.FRONT, None) == [
        "Beta'd by the inimitable Cascaper."
    ]
    [end_note] = _notes(doc, NoteKind.AUTHORS_NOTE, Placement.END, None)
    assert end_note.startswith("Dedicated to everyone over at #the-emmhono-corner, ")
    assert end_note.endswith('I hope "the stabbing fic" lives up to the hype.')
    [chapter] = doc.chapters
    assert chapter.title is None
    assert (chapter.start, chapter.end) == (0, len(doc.text))
    assert doc.text.startswith("Their contact was late.\n\nSo was Emmanellain, ")
    assert doc.text.endswith("\u201cI rather like the sound of that.\u201d")
    assert chapter.html is not None and "<strike" in chapter.html  # body HTML kept as given
    # No preface, notes or afterword text leaks into the story text.
    for leak in ("Beta'd", "Dedicated to", "Teen And Up", "Posted originally", "Summary"):
        assert leak not in doc.text


@pytest.mark.parametrize("name", UNFINISHED)
def test_unfinished_multi_chapter_work_keeps_every_field(ao3_downloads: Path, name: str) -> None:
    doc = _read(ao3_downloads, name)
    given = doc.given
    assert given.title == "Fire and Feather"
    assert given.authors == ("nianeyna",)
    assert given.url == "https://archiveofourown.org/works/218676"
    assert _tags(doc, TagType.RATING) == ["General Audiences"]
    assert _tags(doc, TagType.WARNING) == ["No Archive Warnings Apply"]
    assert _tags(doc, TagType.CATEGORY) == ["Gen"]
    assert _tags(doc, TagType.FANDOM) == ["Valdemar Series - Mercedes Lackey"]
    assert _tags(doc, TagType.RELATIONSHIP) == []
    assert _tags(doc, TagType.CHARACTER) == ["Original Characters"]  # label "Character:"
    assert _tags(doc, TagType.FREEFORM) == []
    assert given.language == "English"
    assert given.series is None
    assert given.published == date(2006, 7, 9)
    assert given.updated == date(2007, 6, 25)  # the EPUB's dc:date says the same
    assert given.word_count == 7526
    assert (given.chapters_posted, given.chapters_expected, given.complete) == (3, None, False)
    assert given.summary is not None
    assert given.summary.startswith("In a small village on the western border of Jkatha, ")
    assert given.summary.endswith("PLEASE DON'T READ IT KTHXBAI.)")
    assert _notes(doc, NoteKind.AUTHORS_NOTE, Placement.FRONT, None) == [
        "This is my first fanfic ever. Judge accordingly. *hides* Faithfully reproduced "
        "exactly as it was on ff.net, unfortunately."
    ]
    assert _notes(doc, NoteKind.AUTHORS_NOTE, Placement.END, None) == [
        "I think this is my longest published work to date. That's depressing."
    ]
    assert [c.title for c in doc.chapters] == ["Festival", "Riversong K'Vala", "Conversations"]
    [ch2_note] = _notes(doc, NoteKind.AUTHORS_NOTE, Placement.FRONT, 1)
    assert ch2_note.startswith("Only one more chapter of this, and then I'm done posting")
    assert _notes(doc, NoteKind.AUTHORS_NOTE, Placement.END, 1) == [
        "oh bb!Nia, why so many italics?"
    ]
    [ch3_end] = _notes(doc, NoteKind.AUTHORS_NOTE, Placement.END, 2)
    assert ch3_end.startswith("Seriously, so many italics.")
    assert _notes(doc, NoteKind.AUTHORS_NOTE, Placement.FRONT, 0) == []
    # Chapter offsets cover each chapter's text exactly, in order, separated by a blank line.
    first, second, third = doc.chapters
    assert doc.text[first.start : first.end].startswith("A/N: Yay! My first fanfic!")
    assert doc.text[first.start : first.end].endswith("Now. Review!")
    assert doc.text[second.start : second.end].startswith("Aaaaaaaaand, Chapter Two is up!")
    assert doc.text[third.start : third.end].endswith("loved and cherished muchly.")
    assert first.start == 0 and third.end == len(doc.text)
    assert doc.text[first.end : second.start] == "\n\n"
    assert doc.text[second.end : third.start] == "\n\n"
    for chapter in doc.chapters:
        assert chapter.html and chapter.html.lstrip().startswith("<p")


@pytest.mark.parametrize("pair", [ONE_SHOT, UNFINISHED], ids=["one-shot", "unfinished"])
def test_html_and_epub_of_one_work_read_the_same(
    ao3_downloads: Path, pair: tuple[str, str]
) -> None:
    html_doc, epub_doc = (_read(ao3_downloads, name) for name in pair)
    assert html_doc.text == epub_doc.text
    assert [(c.title, c.start, c.end) for c in html_doc.chapters] == [
        (c.title, c.start, c.end) for c in epub_doc.chapters
    ]
    assert html_doc.given.tags == epub_doc.given.tags
    assert [(n.kind, n.placement, n.chapter, n.text) for n in html_doc.given.notes] == [
        (n.kind, n.placement, n.chapter, n.text) for n in epub_doc.given.notes
    ]


def test_notes_keep_their_html(ao3_downloads: Path) -> None:
    doc = _read(ao3_downloads, "incompleteWork.html")
    note = next(n for n in doc.given.notes if n.text.startswith("This is my first fanfic"))
    assert isinstance(note, GivenNote)
    assert note.html is not None
    assert 'href="http://www.fanfiction.net/s/3144867/1/Fire_and_Feather"' in note.html


PREFACE = """<!DOCTYPE html><html><head><title>T</title></head><body>
<div id="preface">
  <p class="message"><b>Salt and Lanterns</b><br/>Posted originally on the
    <a href="https://archiveofourown.org/">Archive of Our Own</a> at
    <a href="https://archiveofourown.org/works/111">https://archiveofourown.org/works/111</a>.</p>
  <div class="meta"><dl class="tags">
    <dt>Ratings:</dt><dd><a href="#">Explicit</a></dd>
    <dt>Archive Warnings:</dt><dd><a href="#">Major Character Death</a>,
        <a href="#">Graphic Depictions Of Violence</a></dd>
    <dt>Categories:</dt><dd><a href="#">F/F</a>, <a href="#">Multi</a></dd>
    <dt>Fandoms:</dt><dd><a href="#">Lighthouse Keepers (TV)</a>, <a href="#">Tide Songs</a></dd>
    <dt>Relationships:</dt>
    <dd><a href="#">Ada Moss/Bea Lark</a>, <a href="#">Ada Moss &amp; Cy</a></dd>
    <dt>Character:</dt><dd><a href="#">Ada Moss</a></dd>
    <dt>Additional Tags:</dt><dd><a href="#">Slow Burn</a></dd>
    <dt>Language:</dt><dd>Fran\u00e7ais</dd>
    <dt>Series:</dt>
    <dd>Part 2 of <a href="#">The Harbour Cycle</a>, Part 1 of <a href="#">Other</a></dd>
    <dt>Collections:</dt><dd><a href="#">Sea Fest 2021</a></dd>
    <dt>Stats:</dt><dd>Published: 2021-01-02 Completed: 2021-03-04 Words: 1,234 Chapters: 2/2</dd>
  </dl>
  <h1>Salt and Lanterns</h1>
  <div class="byline">by <a rel="author" href="#">gullwing</a>,
    <a rel="author" href="#">tern (pier)</a></div>
  </div>
</div>
<div id="chapters" class="userstuff">
  <div class="meta group"><h2 class="heading">Chapter 1</h2>
    <p>Chapter Summary</p><blockquote class="userstuff"><p>The lamp goes out.</p></blockquote>
  </div>
  <div class="userstuff"><p>Ada climbed the stairs.</p><p>The lamp was cold.</p></div>
  <div class="meta group"><h2 class="heading">Homecoming</h2></div>
  <div class="userstuff"><p>Bea rowed in at dawn.</p></div>
</div>
</body></html>"""


def test_plural_labels_series_completed_date_and_chapter_summary() -> None:
    doc = read_document("salt.htm", PREFACE.encode("utf-8"))
    given = doc.given
    assert doc.format == "ao3-html"
    assert _tags(doc, TagType.RATING) == ["Explicit"]
    assert _tags(doc, TagType.WARNING) == [
        "Major Character Death",
        "Graphic Depictions Of Violence",
    ]
    assert _tags(doc, TagType.CATEGORY) == ["F/F", "Multi"]
    assert _tags(doc, TagType.FANDOM) == ["Lighthouse Keepers (TV)", "Tide Songs"]
    assert _tags(doc, TagType.RELATIONSHIP) == ["Ada Moss/Bea Lark", "Ada Moss & Cy"]
    assert _tags(doc, TagType.CHARACTER) == ["Ada Moss"]
    assert _tags(doc, TagType.FREEFORM) == ["Slow Burn"]
    assert given.language == "Fran\u00e7ais"
    assert (given.series, given.series_part) == ("The Harbour Cycle", 2)
    assert (given.published, given.updated) == (date(2021, 1, 2), date(2021, 3, 4))
    assert (given.word_count, given.chapters_posted, given.complete) == (1234, 2, True)
    assert given.authors == ("gullwing", "tern (pier)")
    assert given.url == "https://archiveofourown.org/works/111"
    assert [c.title for c in doc.chapters] == [None, "Homecoming"]  # bare "Chapter 1" → None
    assert _notes(doc, NoteKind.SUMMARY, Placement.FRONT, 0) == ["The lamp goes out."]
    assert given.summary is None  # a chapter summary is not the work's summary
    assert doc.text == "Ada climbed the stairs.\n\nThe lamp was cold.\n\nBea rowed in at dawn."


def test_ao3_download_without_chapter_text_is_empty() -> None:
    hollow = PREFACE.split('<div id="chapters"')[0] + "</body></html>"
    with pytest.raises(EmptyDocument, match=r"^hollow\.html: no story text in it"):
        read_document("hollow.html", hollow.encode())


def test_kudos_and_hits_in_the_stats_are_kept() -> None:
    stats = "Words: 1,234 Chapters: 2/2 Comments: 12 Kudos: 1,502 Bookmarks: 40 Hits: 20,311"
    page = PREFACE.replace("Words: 1,234 Chapters: 2/2</dd>", f"{stats}</dd>")
    given = read_document("salt.htm", page.encode("utf-8")).given
    assert (given.kudos, given.hits, given.word_count) == (1502, 20311, 1234)
    assert read_document("salt.htm", PREFACE.encode("utf-8")).given.kudos is None
    odd = PREFACE.replace("Chapters: 2/2</dd>", "Chapters: 2/2 Kudos: \u00b2 Hits: lots</dd>")
    assert (read_document("salt.htm", odd.encode("utf-8")).given.kudos) is None
