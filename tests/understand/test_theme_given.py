"""The warnings an AO3 download states in its own metadata (``theme_stated.given_warnings``): its
summary and notes (kept out of the story text) read as a note in the text is read, and its
freeform tags that name a warning. Texts written for the tests."""

from __future__ import annotations

from types import MappingProxyType

import pytest

from ficshelf.model import (
    Analysis,
    GivenMetadata,
    GivenNote,
    GivenTag,
    NoteKind,
    RawDocument,
    Span,
    Statement,
    TagType,
)
from ficshelf.understand import analyze
from ficshelf.understand.report import analysis_to_dict
from ficshelf.understand.theme_stated import given_warnings, note_warnings

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
        # violence the tag itself calls mild is no graphic violence (review16)
        (("Non-Graphic Violence", "Implied Violence", "Mentions of Violence"), set()),
        (("Graphic Violence",), {"graphic violence"}),
    ],
)
def test_freeform_tags_that_name_a_warning(names: tuple[str, ...], expected: set[str]) -> None:
    assert set(given_warnings(freeform(*names))) == expected


def test_the_freeform_terms_are_compiled_when_a_file_gives_freeform_tags() -> None:
    # (round speed39: compiled at import, for every process; a plain-text story gives none)
    from ficshelf.understand import theme_stated

    theme_stated._freeform_terms.cache_clear()
    assert set(given_warnings(GivenMetadata())) == set()
    assert theme_stated._freeform_terms.cache_info().currsize == 0
    assert set(given_warnings(freeform("Hangovers"))) == {"alcohol"}
    assert theme_stated._freeform_terms.cache_info().currsize == 1


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


def test_a_warning_from_the_files_metadata_rates_the_story_and_is_the_authors() -> None:
    given = GivenMetadata(
        tags=(GivenTag(TagType.FREEFORM, "Grief/Mourning"),),
        notes=(GivenNote(NoteKind.AUTHORS_NOTE, "Content warning: domestic violence."),),
    )
    analysis = analyze(RawDocument(QUIET + "\n", "ferry.html", "html", given))
    # no sentence of the text tells it: no evidence span, so no inferred warning
    assert analysis.layer("warnings") == ()
    (rating,) = analysis.layer("rating")
    assert rating.label == "Mature"  # an author's warning of abuse at home
    # the analysis keeps them as statements naming their source, with no span
    assert analysis.statements["stated_warnings"] == (
        Statement("domestic violence", "author's note: Content warning: domestic violence."),
        Statement("death/grief", "tag: Grief/Mourning"),
    )
    warnings = analysis_to_dict(analysis)["warnings"]
    assert [(w["tag"], w["sources"]) for w in warnings] == [
        ("domestic violence", ["author's note: Content warning: domestic violence."]),
        ("death/grief", ["tag: Grief/Mourning"]),
    ]
    assert all(w["provenance"] == "author" and w["evidence"] == [] for w in warnings)
    plain = analyze(RawDocument(QUIET + "\n", "ferry.txt", "txt"))
    assert analysis_to_dict(plain)["warnings"] == []
    assert plain.statements["stated_warnings"] == ()


def test_a_stated_warning_with_cues_in_the_text_keeps_both_kinds_of_evidence() -> None:
    story = (
        "The funeral was on a Tuesday. Nell stood by the grave in the rain and wept for "
        "her brother, and the mourners went home.\n\nShe kept his coat for a year.\n"
    )
    given = GivenMetadata(tags=(GivenTag(TagType.FREEFORM, "Grief/Mourning"),))
    (grief,) = analysis_to_dict(analyze(RawDocument(story, "grave.html", "html", given)))[
        "warnings"
    ]
    assert grief["tag"] == "death/grief" and grief["provenance"] == "inferred"
    assert grief["evidence"] and grief["sources"] == ["tag: Grief/Mourning"]


def test_the_report_reads_the_statements_not_the_files_metadata_again() -> None:
    given = GivenMetadata(tags=(GivenTag(TagType.FREEFORM, "Major Character Death"),))
    analysis = analyze(RawDocument(QUIET + "\n", "ferry.html", "html", given))
    assert [w["tag"] for w in analysis_to_dict(analysis)["warnings"]] == ["major character death"]
    # without the themes stage's statements the report states nothing on its own
    bare = Analysis(analysis.doc, analysis.layers)
    assert analysis_to_dict(bare)["warnings"] == []
    # and a statement alone, whatever the metadata, is listed with its source
    stated = Analysis(
        RawDocument(QUIET, "ferry.txt", "txt"),
        analysis.layers,
        MappingProxyType({"stated_warnings": (Statement("suicide", "tag: Suicide"),)}),
    )
    assert analysis_to_dict(stated)["warnings"] == [
        {
            "tag": "suicide",
            "confidence": 1.0,
            "evidence": [],
            "provenance": "author",
            "sources": ["tag: Suicide"],
        }
    ]


def note_tags(note: str) -> set[str]:
    analysis = analyze(RawDocument(f"A/N: {note}\n\n{QUIET}\n", "ferry.txt", "txt"))
    return {s.label for s in analysis.layer("warnings")}


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        # a rating with its reasons, and "there is some ..." name the warnings
        ("Rated T for language and a great deal of cider.", {"profanity", "alcohol"}),
        ("There's a lot of whisky and some bad language.", {"alcohol", "profanity"}),
        ("There is also a fair amount of champagne, sorry.", {"alcohol"}),
        ("Warning for an uncle who drank.", {"alcohol"}),
        ("Warnings: she is pregnant and thinks of drowning herself.", {"pregnancy", "suicide"}),
        # a character death the note calls minor is grief, not a major character death
        ("Rated M for character death (a footman, not one of the leads).", {"death/grief"}),
        ("Warnings for minor character death.", {"death/grief"}),
        ("Warnings for character death (you know who).", {"major character death", "death/grief"}),
        # no label, a negation, or "there is no": nothing
        ("I drank far too much tea writing this.", set()),
        ("There is no wine in this one, just tea.", set()),
        ("Rated G for general niceness.", set()),
        # violence the note calls non-graphic is not graphic violence (review16)
        ("Warnings: non-graphic violence, a brawl in a tavern.", set()),
        # "there is some ..." and a rating's reasons reach to the end of their sentence only:
        # a character named like a drink later in the note is no drink
        ("There's some fluff in this one. Sherry is my own character.", set()),
        ("There are a few cameos. Gin and Rum are the twins' cats.", set()),
        ("Rated T for language. My beta Ginny drank all the coffee.", {"profanity"}),
    ],
)
def test_a_note_that_states_warnings_informally(note: str, expected: set[str]) -> None:
    assert note_tags(note) == expected


def test_a_long_note_of_unclosed_asides_states_nothing() -> None:
    # every "character death (" read its aside to the note's end looking for "not the
    # leads": 56 s for a note of 176,000 characters (review16)
    text = "A/N: Warnings: " + "no character death (a " * 8000 + "\n\nThe end."
    assert note_warnings(text, [Span(0, len(text) - 10, "authors_note")]) == {}

    # nor a note of many "there's some" and no full stop
    text = "A/N: " + "there's some " * 8000 + "\n\nThe end."
    assert note_warnings(text, [Span(0, len(text) - 10, "authors_note")]) == {}


def test_a_notes_source_quotes_the_sentence_that_states_the_warning() -> None:
    note = (
        "Thank you so much to everyone who left kudos on the first part, it means the world "
        "to me and I read every comment twice. Warnings for a car crash and a lot of grief "
        "in this one. Next part soon!"
    )
    found = given_warnings(noted(note))
    assert found["death/grief"].sources == (
        "author's note: Warnings for a car crash and a lot of grief in this one.",
    )
    # after a label, from the label to the end of the sentence that names the warning
    listed = "My laptop died twice this month. Warnings: heavy drinking, a funeral. Enjoy!"
    assert given_warnings(noted(listed))["alcohol"].sources == (
        "author's note: Warnings: heavy drinking, a funeral.",
    )
