"""Notes inside the chapters of real AO3 downloads (../shared/data/ao3-downloads; skipped when
absent): a work first posted elsewhere keeps its "A/N:" and disclaimer in the chapter text."""

from __future__ import annotations

from pathlib import Path

import pytest

from ficshelf.ingest import read_document
from ficshelf.model import Analysis
from ficshelf.understand import analyze

LABELS = ("A/N", "Disclaimer")


def _analysed(folder: Path, name: str) -> Analysis:
    return analyze(read_document(name, (folder / name).read_bytes()))


@pytest.mark.parametrize("name", ["incompleteWork.html", "incompleteWork.epub"])
def test_labelled_notes_inside_given_chapters_are_notes(ao3_downloads: Path, name: str) -> None:
    analysis = _analysed(ao3_downloads, name)
    text = analysis.text
    labelled = [p for p in analysis.layer("paragraphs") if text[p.start : p.end].startswith(LABELS)]
    notes = analysis.layer("notes")
    assert len(labelled) >= 4
    for para in labelled:  # each labelled paragraph lies inside a note
        assert any(n.start <= para.start and para.end <= n.end for n in notes), para
    body = [text[p.start : p.end] for p in analysis.layer("body")]
    assert not [s for s in body if s.startswith(LABELS)]
    assert len(analysis.layer("chapters")) == 3
    # the series' author, named in a disclaimer, is not a character of the story
    characters = {c.label for c in analysis.layer("characters")}
    assert "Mercedes Lackey" not in characters
    assert {"Kaia Fletcher", "Riversong K'Vala"} <= characters


@pytest.mark.parametrize("name", ["htmlTest.html", "epubTest.epub"])
def test_a_chapter_with_its_notes_as_markup_is_all_story(ao3_downloads: Path, name: str) -> None:
    analysis = _analysed(ao3_downloads, name)
    assert analysis.layer("notes") == ()
    assert analysis.layer("body")
