"""Tags the file's own tags state in other words: pov and tense in freeforms, the
characters its relationship tags name."""

from __future__ import annotations

import pytest

from ficshelf.inferred_tags import infer_tags
from ficshelf.model import Analysis, Provenance, RawDocument, Span, TagRecord, TagType
from ficshelf.stated_tags import relationship_members, stated_narration, stated_tags


def author(tag_type: TagType, name: str) -> TagRecord:
    return TagRecord(tag_type, name, Provenance.AUTHOR)


@pytest.mark.parametrize(
    ("freeform", "stated"),
    [
        ("First Person", [(TagType.POV, "First Person")]),
        ("2nd person POV", [(TagType.POV, "Second Person")]),
        ("Second Person Reader-Insert", [(TagType.POV, "Second Person")]),
        ("third-person limited", [(TagType.POV, "Third Person")]),
        ("present tense", [(TagType.TENSE, "Present Tense")]),
        (
            "1st Person Past Tense",
            [(TagType.POV, "First Person"), (TagType.TENSE, "Past Tense")],
        ),
        ("Fluff and Angst", []),
        ("First Date", []),
    ],
)
def test_what_a_freeform_says_of_pov_and_tense(
    freeform: str, stated: list[tuple[TagType, str]]
) -> None:
    assert stated_narration(freeform) == stated


def test_a_freeform_pov_becomes_the_works_pov_tag_and_the_inferred_one_goes() -> None:
    given = [author(TagType.FREEFORM, "First Person"), author(TagType.FREEFORM, "Present Tense")]
    found = stated_tags(given)
    assert found == (
        TagRecord(TagType.POV, "First Person", Provenance.AUTHOR, sources=("tag: First Person",)),
        TagRecord(
            TagType.TENSE, "Present Tense", Provenance.AUTHOR, sources=("tag: Present Tense",)
        ),
    )
    text = "He walks. He talks."
    layers = {"pov": (Span(0, len(text), "third", 0.9),), "tense": (Span(0, 9, "past", 0.8),)}
    analysis = Analysis(RawDocument(text, "x.txt", "txt"), layers)  # type: ignore[arg-type]
    inferred = infer_tags(analysis, [], given=(*given, *found))
    assert [t for t in inferred if t.type in (TagType.POV, TagType.TENSE)] == []


def test_a_given_pov_tag_wins_over_a_freeform() -> None:
    given = [author(TagType.POV, "Third Person"), author(TagType.FREEFORM, "First Person POV")]
    assert stated_tags(given) == ()


def test_the_people_of_a_relationship_tag_are_character_tags() -> None:
    given = [
        author(TagType.CHARACTER, "Jean Valjean"),
        author(TagType.CHARACTER, "Cosette (Les Misérables)"),
        author(TagType.RELATIONSHIP, "Fantine & Jean Valjean"),
        author(TagType.RELATIONSHIP, "Cosette/Marius Pontmercy (Les Misérables)"),
        author(TagType.RELATIONSHIP, "Fantine/Félix Tholomyès"),
    ]
    found = {t.name: t for t in stated_tags(given)}
    assert set(found) == {"Fantine", "Marius Pontmercy", "Félix Tholomyès"}
    assert found["Fantine"].type == TagType.CHARACTER
    assert found["Fantine"].provenance == Provenance.AUTHOR
    assert found["Fantine"].sources == (
        "tag: Fantine & Jean Valjean",
        "tag: Fantine/Félix Tholomyès",
    )


def test_relationship_members() -> None:
    assert relationship_members("A/B/C") == ["A", "B", "C"]
    assert relationship_members("Percy & Andrew (The Scarlet Pimpernel)") == ["Percy", "Andrew"]
