"""Every story file of the bundled corpus reads; decoding and chapter layout keep offsets."""

from __future__ import annotations

import string
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ficshelf.ingest import InputFile, iter_inputs, read_document
from ficshelf.ingest.decode import decode_text
from ficshelf.ingest.markup import ChapterPart, layout


def test_every_corpus_story_reads(corpus_dir: Path) -> None:
    inputs = [i for i in iter_inputs([corpus_dir]) if isinstance(i, InputFile)]
    if not inputs:
        pytest.skip("examples/corpus holds no story files yet")
    for item in inputs:
        doc = read_document(item.path, item.read())
        assert doc.text.strip(), item.path
        for chapter in doc.chapters:
            assert 0 <= chapter.start <= chapter.end <= len(doc.text)


# Text as stories hold it: letters, punctuation, smart quotes, accents, CRLF or LF.
_STORY_CHARS = st.characters(
    codec="utf-8",
    exclude_categories=("Cc", "Cs"),
) | st.sampled_from(list("\r\n\t\u201c\u201d\u2019\u2014\u00e9") + list(string.printable[:94]))


@given(st.text(_STORY_CHARS, min_size=1, max_size=200))
def test_utf8_and_utf16_round_trip_exactly(text: str) -> None:
    for data in (text.encode("utf-8"), b"\xff\xfe" + text.encode("utf-16-le")):
        decoded = decode_text(data, "p.txt")
        assert decoded.text == text
        assert data.decode(decoded.encoding) == text


_PARAGRAPH = st.text(st.characters(exclude_categories=("Cc", "Cs", "Zs")), min_size=1, max_size=30)


@given(st.lists(st.tuples(st.none() | _PARAGRAPH, st.lists(_PARAGRAPH, max_size=4)), max_size=5))
def test_layout_offsets_cover_each_chapter_exactly(
    chapters: list[tuple[str | None, list[str]]],
) -> None:
    text, laid_out = layout(ChapterPart(title, paras, None) for title, paras in chapters)
    assert len(laid_out) == len(chapters)
    for (title, paras), chapter in zip(chapters, laid_out, strict=True):
        assert chapter.title == title
        assert text[chapter.start : chapter.end] == "\n\n".join(paras)
    bodies = ["\n\n".join(p) for _, p in chapters]
    assert text == "\n\n".join(b for b in bodies if b)
