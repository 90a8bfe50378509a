"""The narrator an author's note names (understand/narrator_notes.py)."""

from __future__ import annotations

import pytest

from ficshelf.model import Span
from ficshelf.understand.narrator_notes import narrator_in_notes


def named(note: str) -> str | None:
    found = narrator_in_notes(note, [Span(0, len(note))])
    if found is None:
        return None
    assert note[found.start : found.end] == found.name
    return found.name


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("A/N: Ishmael narrates, because of course he does.", "Ishmael"),
        ("Told from Wren's point of view, for once.", "Wren"),
        ("Sherlock's POV. Set after the fall.", "Sherlock"),
        ("POV: Hermione Granger", "Hermione Granger"),
        ("This one is narrated by Mary Anne Lisle.", "Mary Anne Lisle"),
        ("The whole thing through Oisin's eyes.", "Oisin"),
        ("In This Story Kit narrates", "Kit"),
        ("Ishmael's POV. Ishmael narrates.", "Ishmael"),
        ("Narrator: Quill", "Quill"),
    ],
)
def test_a_note_saying_who_tells_the_story_names_the_narrator(note: str, name: str) -> None:
    assert named(note) == name


@pytest.mark.parametrize(
    "note",
    [
        "Alternating POV: Jo and Laurie.",
        "alternating POV, Jo",
        "Jo's POV, then Laurie's POV.",
        "First person POV.",
        "Her POV.",
        "The narrator's perspective is an odd one.",
        "Oisin's eyes were blue, and he was tired.",
        "Thanks to Ginny for the beta read!",
        "",
    ],
)
def test_a_note_naming_no_one_or_two_tellers_names_no_narrator(note: str) -> None:
    assert named(note) is None


def test_only_the_notes_are_read() -> None:
    text = "Story first. Wren narrates.\n\nA/N: thanks for reading!"
    assert narrator_in_notes(text, [Span(29, len(text))]) is None
    assert narrator_in_notes(text, []) is None
