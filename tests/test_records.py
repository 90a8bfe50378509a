"""Building work records: titles from file names, the duplicate hash, reader HTML, notes."""

from __future__ import annotations

from ficshelf.model import NoteKind, Placement, RawDocument, Span
from ficshelf.records import build_work_record, paragraphs_html, text_hash, title_from_path
from ficshelf.understand import analyze


def test_title_from_path() -> None:
    assert title_from_path("/x/03-the_long-road.txt") == "The Long Road"
    assert title_from_path("fics.zip!dir/Midnight Oil.md") == "Midnight Oil"
    assert title_from_path("42.txt") == "42"
    assert title_from_path("/f/Oh no! Not again.txt") == "Oh no! Not again"
    assert title_from_path("/f/Surprise!.txt") == "Surprise!"
    assert title_from_path("/f/caf\\xe9 noir.txt") == "Caf\ufffd Noir"


def test_text_hash_ignores_encoding_artefacts_but_not_words() -> None:
    plain = 'He said, "don\'t go."\n\nShe went.'
    assert text_hash(plain) == text_hash("He said, “don’t go.”\r\n\r\nShe  went.\n")
    assert text_hash(plain) != text_hash(plain.replace("went", "stayed"))


def test_paragraphs_html_escapes_and_marks_breaks_and_verse() -> None:
    text = "<b>bold</b> & more\n\n* * *\n\nRoses are red,\nviolets are blue."
    paras = [Span(0, 18), Span(20, 25), Span(27, 59)]
    html = paragraphs_html(text, paras, [Span(20, 25)])
    assert html.splitlines()[0] == "<p>&lt;b&gt;bold&lt;/b&gt; &amp; more</p>"
    assert '<hr class="scene-break">' in html
    assert "Roses are red,<br>" in html


def test_record_places_front_end_and_chapter_notes() -> None:
    text = (
        "Harbour Lights\n\nby Wren Calloway\n\n"
        "Chapter 1\n\nA/N: This chapter is short.\n\n"
        "The boats came in at dusk, one after another.\n\nAN: More soon!\n\n"
        "Chapter 2\n\nA/N: Sorry this one is late!\n\n"
        "Nobody on the quay said a word when the last one did not.\n\n"
        "Thanks for reading, please review!\n"
    )
    record = build_work_record(analyze(RawDocument(text, "harbour.txt", "txt")))
    assert record.title == "Harbour Lights" and record.authors == ("Wren Calloway",)
    assert [c.title for c in record.chapters] == [None, None]
    assert [c.word_count for c in record.chapters] == [9, 13]
    placed = {(n.kind, n.placement, n.chapter) for n in record.notes}
    assert (NoteKind.TITLE, Placement.FRONT, None) in placed
    assert (NoteKind.AUTHORS_NOTE, Placement.FRONT, 0) in placed
    assert (NoteKind.AUTHORS_NOTE, Placement.END, 0) in placed
    assert (NoteKind.AUTHORS_NOTE, Placement.FRONT, 1) in placed
    assert (NoteKind.AUTHORS_NOTE, Placement.END, None) in placed
    assert "A/N" not in record.chapters[1].html and "review" not in record.chapters[1].html


def test_record_language_is_given_or_detected() -> None:
    from ficshelf.model import GivenMetadata

    english = (
        "The lamp burned low while the keeper wrote the night's entry in the log. Outside, "
        "the storm pulled at the shutters, and the gulls had long since gone to ground.\n\n"
    ) * 3
    french = (
        "La lampe brûlait doucement pendant que le gardien écrivait dans son cahier. Dehors, "
        "la tempête secouait les volets et les mouettes s'étaient cachées depuis longtemps.\n\n"
    ) * 3
    assert build_work_record(analyze(RawDocument(english, "a.txt", "txt"))).language == "English"
    assert build_work_record(analyze(RawDocument(french, "b.txt", "txt"))).language == "French"
    # what the file states, in any spelling, is stored by its English name, as detected ones
    for given, stored in (("en-GB", "English"), ("Deutsch", "German"), ("fr", "French")):
        stated = RawDocument(english, "c.html", "html", GivenMetadata(language=given))
        assert build_work_record(analyze(stated)).language == stored, given
    unknown = RawDocument(english, "c.html", "html", GivenMetadata(language="Sylvan Cant"))
    assert build_work_record(analyze(unknown)).language == "Sylvan Cant"
    assert build_work_record(analyze(RawDocument("", "d.txt", "txt"))).language is None


def test_notes_inside_a_files_own_chapters_are_shown_apart() -> None:
    from ficshelf.ingest import read_document

    page = (
        "<html><body><h2>Chapter 1</h2><p>A/N: my first story here, be kind!</p>"
        "<p>The boats came in at dusk, <em>one after another</em>.</p>"
        "<p>Thanks for reading, please review!</p>"
        "<h2>Chapter 2</h2><p><b>Disclaimer:</b> the harbour is not mine.</p>"
        "<p>Nobody on the quay said a word when the last one did not.</p></body></html>"
    )
    record = build_work_record(analyze(read_document("harbour.html", page.encode())))
    assert [c.word_count for c in record.chapters] == [9, 13]
    first, second = (c.html for c in record.chapters)
    assert "<em>one after another</em>" in first
    assert "A/N" not in first and "review" not in first and "Disclaimer" not in second
    assert "Nobody on the quay" in second
    placed = {(n.kind, n.placement, n.chapter, n.text) for n in record.notes}
    assert placed == {
        (NoteKind.AUTHORS_NOTE, Placement.FRONT, 0, "A/N: my first story here, be kind!"),
        (NoteKind.AUTHORS_NOTE, Placement.END, 0, "Thanks for reading, please review!"),
        (NoteKind.DISCLAIMER, Placement.FRONT, 1, "Disclaimer: the harbour is not mine."),
    }
