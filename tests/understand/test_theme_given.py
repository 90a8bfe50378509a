"""The warnings an AO3 download states in its own metadata (``themes.given_warnings``): its
summary and notes (kept out of the story text) read as a note in the text is read, and its
freeform tags that name a warning. Texts written for the tests."""

from __future__ import annotations

import pytest

from ficshelf.model import GivenMetadata, GivenNote, GivenTag, NoteKind, RawDocument, TagType
from ficshelf.understand import analyze
from ficshelf.understand.themes import given_warnings

QUIET = (
    "The ferry left at nine. Ada stood at the rail and watched the harbour lights go small, "
    "and thought about the letter in her coat, and did not open it.\n\n"
    "In the morning there were gulls, and rain, and a grey line of hills that was the island."
)


def freeform(*names: str) -> GivenMetadata:
    return GivenMetadata(tags=tuple(GivenTag(TagType.FREEFORM, n) for n in names))


def noted(text: str, kind: NoteKind = NoteKind.AUTHORS_NOTE) -> GivenMetadata:
    return GivenMetadata(notes=(GivenNote(kind, text),))


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (("Grief/Mourning", "Fluff"), {"death/grief"}),
        (("Past Character Death",), {"death/grief"}),
        (("Mentioned Character Death", "Letters"), {"death/grief"}),
        (("Major Character Death",), {"major character death"}),
        (("Mentions of Drug Use", "Morphine"), {"drug use"}),
        (("Pregnancy Discussion",), {"pregnancy"}),
        (("Past Infidelity",), {"infidelity"}),
        (("Alcohol", "Domestic Violence"), {"alcohol", "domestic violence"}),
        (("Suicide",), {"suicide"}),
        (("Abusive Parents",), {"child abuse"}),
        (("Canon-Typical Language",), {"profanity"}),
        # what only shares a word with a warning, or denies it, is nothing
        (("No Character Death", "Not Suicide", "Drunk on Love", "Memory Loss"), set()),
        (("Death Eaters", "Pregnancy Scare Averted", "Hurt/Comfort", "Sex Pollen"), set()),
    ],
)
def test_freeform_tags_that_name_a_warning(names: tuple[str, ...], expected: set[str]) -> None:
    assert set(given_warnings(freeform(*names))) == expected


def test_the_files_notes_are_read_as_notes_in_the_text_are() -> None:
    found = given_warnings(
        noted("Content notes: the heroine takes laudanum, a baby who died, and infidelity.")
    )
    assert {"death/grief", "infidelity"} <= set(found)
    assert set(given_warnings(noted("No warnings apply, nobody died, pure fluff."))) == set()
    # a note with no warning label states nothing
    assert given_warnings(noted("Mentions of an illness, but nothing on the page.")) == {}
    # the violence of "domestic violence" is not graphic violence
    assert set(given_warnings(noted("Warnings: domestic violence on the page."))) == {
        "domestic violence"
    }


def test_a_warning_from_the_files_metadata_reaches_the_layers() -> None:
    given = GivenMetadata(
        tags=(GivenTag(TagType.FREEFORM, "Grief/Mourning"),),
        notes=(GivenNote(NoteKind.AUTHORS_NOTE, "Content warning: domestic violence."),),
    )
    analysis = analyze(RawDocument(QUIET + "\n", "ferry.html", "html", given))
    found = {s.label for s in analysis.layer("warnings")}
    assert found == {"death/grief", "domestic violence"}
    # no sentence of the text tells it: an empty span at the story start marks it
    assert all(s.start == s.end for s in analysis.layer("warnings"))
    (rating,) = analysis.layer("rating")
    assert rating.label == "Mature"  # an author's warning of abuse at home
    plain = analyze(RawDocument(QUIET + "\n", "ferry.txt", "txt"))
    assert plain.layer("warnings") == ()
