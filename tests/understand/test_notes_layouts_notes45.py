"""A chatty opening note above the title line, and kisses after a signature (round notes45),
on invented texts: at the top of a text, an informal paragraph (no note on its own cue words)
with the title line right under it is a note, and the line under it the title
(``note_title_lines.title_under``); a signature followed by kisses ("love, username x")
names the writer without them (``note_signatures.note_signature``). The near misses stay as
they were: the same paragraph with story under it, narration or a paragraph with only a weak
cue above a short title-cased line, a note closing on kisses with no name, a name in capitals
ending in "X"."""

from __future__ import annotations

import pytest

from ficshelf.model import RawDocument
from ficshelf.understand import analyze
from ficshelf.understand.note_signatures import note_signature
from ficshelf.understand.notes import authors_of, title_of

OPENING = (
    "ok so this is set the winter after the flood, which I know is a bit before the book "
    "really gets going but I wanted the whole village in the one chapel. the miller would "
    "never say any of this himself obviously. that's sort of the point."
)
TITLE = "The Winter Chapel"
STORY = [
    "There is a particular cold to a chapel in January, a cold of wet stone and old "
    "hassocks, and I have always found it oddly restful. I had been up since six, sweeping, "
    "and by eight I was standing by the stove with my coat still on.",
    "'You are a saint,' said the miller's wife, coming in with her arms full of holly. "
    "'I don't know what we should do without you.'",
    "I took the holly from her and laid it on the pew. The stove ticked as it warmed.",
]


def read(parts: list[str]) -> tuple[str | None, list[str], list[tuple[str, str]], str]:
    """Return the title, authors, (kind, text) notes and first body paragraph of a text made
    of ``parts``, one paragraph each."""
    text = "\n\n".join(parts) + "\n"
    analysis = analyze(RawDocument(text, "test.txt", "txt"))
    notes = [(s.label, s.text_of(text).strip()) for s in analysis.layer("notes")]
    first = analysis.layer("body")[0].text_of(text).strip()
    return title_of(analysis), list(authors_of(analysis)), notes, first


def test_an_informal_opening_above_the_title_line_is_a_note() -> None:
    title, _, notes, first = read([OPENING, TITLE, *STORY])
    assert title == TITLE
    assert notes == [("authors_note", OPENING), ("title", TITLE)]
    assert first == STORY[0]


@pytest.mark.parametrize(
    "parts",
    [
        pytest.param([OPENING, *STORY], id="the informal opening with story under it"),
        pytest.param([STORY[0], TITLE, *STORY[1:]], id="narration above a short title-cased line"),
        pytest.param(
            ["I kept thinking about the chapel all winter. Spoilers for the end.", TITLE, *STORY],
            id="a weak cue, not informal, above a title-cased line",
        ),
    ],
)
def test_near_misses_stay_story(parts: list[str]) -> None:
    title, _, notes, first = read(parts)
    assert (title, notes, first) == (None, [], parts[0])


def test_kisses_after_a_signature_are_not_the_name() -> None:
    _, authors, notes, _ = read([TITLE, *STORY, "thanks for reading!! love, reedwarbler x"])
    assert authors == ["reedwarbler"]
    assert notes[-1] == ("authors_note", "thanks for reading!! love, reedwarbler x")


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("Thanks for reading. — reedwarbler xx", "reedwarbler"),
        ("see you next week! xx reedwarbler xoxo", "reedwarbler"),
        ("Thank you for reading x", None),
        ("That is all. — Malcolm X", "Malcolm X"),
    ],
)
def test_signature_kisses(note: str, name: str | None) -> None:
    found = note_signature(note)
    assert (note[found[0] : found[1]] if found else None) == name
