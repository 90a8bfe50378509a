"""Inferred tags from hand-made layers: names, confidences, evidence, and given tags winning."""

from __future__ import annotations

import re
from dataclasses import replace
from types import MappingProxyType

from analysis_builders import STORY, story_analysis
from ficshelf.analysis_records import build_characters, build_quotes
from ficshelf.inferred_tags import (
    MAX_EVIDENCE,
    infer_tags,
    keep_inferred,
    narration_sentences,
    narration_tags,
    relationship_name,
    spread,
)
from ficshelf.model import (
    Analysis,
    CharacterRecord,
    Provenance,
    RawDocument,
    Span,
    TagRecord,
    TagType,
)
from ficshelf.pairings import UNNAMED_NARRATOR
from ficshelf.understand import characters
from ficshelf.understand.relationships import relationship_label


def tags_of(analysis: Analysis) -> dict[tuple[TagType, str], TagRecord]:
    characters = build_characters(analysis, build_quotes(analysis))
    return {(t.type, t.name): t for t in infer_tags(analysis, characters)}


def evidence_text(tag: TagRecord, text: str = STORY) -> list[str]:
    return [text[start:end] for start, end in tag.evidence]


def given(tag_type: TagType, name: str) -> TagRecord:
    return TagRecord(tag_type, name, Provenance.AUTHOR)


def test_every_layer_becomes_inferred_tags_with_evidence() -> None:
    tags = tags_of(story_analysis())
    assert set(tags) == {
        (TagType.FANDOM, "Gullrock Chronicles"),
        (TagType.CHARACTER, "Maren Holt"),
        (TagType.CHARACTER, "Ivo Brandt"),
        (TagType.RELATIONSHIP, "Ivo Brandt/Maren Holt"),
        (TagType.WARNING, "profanity"),
        (TagType.RATING, "Teen"),
        (TagType.POV, "Third Person"),
        (TagType.TENSE, "Past Tense"),
    }
    assert all(t.provenance is Provenance.INFERRED for t in tags.values())
    assert all(0.0 < (t.confidence or 0) <= 1.0 for t in tags.values())
    assert evidence_text(tags[(TagType.CHARACTER, "Maren Holt")]) == [
        "Maren Holt",
        "Maren",
        "Maren",
    ]
    assert evidence_text(tags[(TagType.RELATIONSHIP, "Ivo Brandt/Maren Holt")]) == [
        "Maren kissed him anyway.",
        "Ivo swore at the gulls, and Maren laughed at him.",
    ]
    # The rating's evidence is that of the warnings behind it.
    assert evidence_text(tags[(TagType.RATING, "Teen")]) == ["Ivo swore at the gulls"]
    assert tags[(TagType.FANDOM, "Gullrock Chronicles")].confidence == 0.9


def test_pov_and_tense_evidence_is_narration_outside_quotes() -> None:
    tags = tags_of(story_analysis())
    for key in ((TagType.POV, "Third Person"), (TagType.TENSE, "Past Tense")):
        shown = evidence_text(tags[key])
        assert shown and all('"' not in sentence for sentence in shown), shown
    assert "Maren kissed him anyway." in evidence_text(tags[(TagType.POV, "Third Person")])


def test_first_person_evidence_skips_a_roman_numeral_i() -> None:
    sentences = [
        "Nobody had mended the wall since World War I.",
        "The chapel was older still, built for King Edward I by monks.",
        "I mended it the summer I turned twelve.",
    ]
    text = " ".join(sentences)
    spans, at = [], 0
    for sentence in sentences:
        start = text.index(sentence, at)
        spans.append(Span(start, start + len(sentence)))
        at = start + len(sentence)
    layers = {
        "body": (Span(0, len(text)),),
        "sentences": tuple(spans),
        "quotes": (),
        "pov": (Span(0, len(text), "first", 0.9),),
    }
    analysis = Analysis(RawDocument(text, "x.txt", "txt"), MappingProxyType(layers))
    (pov,) = narration_tags(analysis)
    assert pov.name == "First Person"
    assert evidence_text(pov, text) == ["I mended it the summer I turned twelve."]


def test_minor_descriptors_and_unnamed_narrators_are_not_character_tags() -> None:
    characters = [
        CharacterRecord("Maren Holt", mentions=((0, 5),)),  # one mention, never speaks
        CharacterRecord("Ivo Brandt", quotes=1),  # speaks once: a tag
        CharacterRecord("her father", mentions=((0, 3), (5, 8)), quotes=2),
        CharacterRecord("Narrator", quotes=5),
        CharacterRecord("Osei", mentions=((0, 4), (6, 10))),
    ]
    analysis = Analysis(RawDocument("x" * 20, "x.txt", "txt"))
    names = [t.name for t in infer_tags(analysis, characters)]
    assert names == ["Ivo Brandt", "Osei"]


def test_named_narrators_and_speakers_with_a_particle_are_character_tags() -> None:
    """The narrator named once by another's line is a tag, and so is a speaker whose name
    opens with a lower-case particle ("d'Artagnan"), also when the file names characters."""
    characters = [
        CharacterRecord("d'Artagnan", mentions=((0, 3), (5, 8)), quotes=10, salience=0.9),
        CharacterRecord("Quasimodo", mentions=((0, 5),), narrator=True, salience=0.9),
        CharacterRecord("de Winter", quotes=1),
        CharacterRecord("the ferryman", quotes=4, salience=0.9),
    ]
    analysis = Analysis(RawDocument("x" * 20, "x.txt", "txt"))
    names = [t.name for t in infer_tags(analysis, characters)]
    assert names == ["d'Artagnan", "Quasimodo", "de Winter"]
    names = [t.name for t in infer_tags(analysis, characters, [given(TagType.CHARACTER, "Athos")])]
    assert names == ["d'Artagnan", "Quasimodo", "de Winter"]


def test_relationship_names_and_background_pairings() -> None:
    assert relationship_name("romantic", "A", "B") == "A/B"
    assert relationship_name("family", "A", "B") == "A & B"
    text = "Ann and Bea met. Ann and Cy talked."
    layers = {
        "relationships": (
            Span(0, 16, relationship_label("platonic", "major", "Bea", "Ann"), 0.8),
            Span(17, 35, relationship_label("romantic", "background", "Cy", "Ann"), 0.6),
            Span(17, 35, relationship_label("family", "background", "Di", "Ann"), 0.15),
            Span(17, 35, "not a label", 0.9),
        )
    }
    analysis = Analysis(RawDocument(text, "x.txt", "txt"), MappingProxyType(layers))
    cast = [CharacterRecord(name, quotes=1) for name in ("Ann", "Bea", "Cy", "Di")]
    found = infer_tags(analysis, cast)
    tags = {t.name: t for t in found if t.type == TagType.RELATIONSHIP}
    assert set(tags) == {"Ann & Bea", "Ann/Cy"}
    assert tags["Ann & Bea"].confidence == 0.8
    assert tags["Ann/Cy"].confidence == 0.3  # background: never ranks with the main pairing
    # "Ann & Di" (a background pair at 0.15, so 0.075) is too faint to be a tag.


def test_evidence_is_spread_and_bounded() -> None:
    spans = [(i * 10, i * 10 + 3) for i in range(100)]
    picked = spread(spans, MAX_EVIDENCE)
    assert len(picked) == MAX_EVIDENCE
    assert picked[0] == (0, 3) and picked[-1] == (990, 993)
    assert list(picked) == sorted(picked)
    assert spread(spans[:3], 8) == tuple(spans[:3])


def test_narration_sentences_on_empty_layers() -> None:
    analysis = Analysis(RawDocument("", "x.txt", "txt"))
    assert narration_sentences(analysis, re.compile("x"), 3) == []
    assert infer_tags(analysis, ()) == ()


def test_given_tags_win() -> None:
    inferred = infer_tags(
        story_analysis(), build_characters(story_analysis(), build_quotes(story_analysis()))
    )
    file_tags = [
        given(TagType.RATING, "Teen And Up Audiences"),
        given(TagType.FANDOM, "Gullrock Chronicles (TV)"),
        given(TagType.CHARACTER, "Maren Holt (Gullrock Chronicles)"),
        given(TagType.WARNING, "Profanity"),
        given(TagType.FREEFORM, "Third Person POV"),
    ]
    kept = {(t.type, t.name) for t in keep_inferred(file_tags, inferred)}
    assert kept == {
        (TagType.CHARACTER, "Ivo Brandt"),
        (TagType.RELATIONSHIP, "Ivo Brandt/Maren Holt"),
        (TagType.TENSE, "Past Tense"),
    }


def test_a_given_pairing_or_first_name_hides_the_inferred_one() -> None:
    inferred = [
        TagRecord(TagType.RELATIONSHIP, "Ivo Brandt & Maren Holt", Provenance.INFERRED, 0.7),
        TagRecord(TagType.RELATIONSHIP, "Ivo Brandt/Saoirse", Provenance.INFERRED, 0.5),
        TagRecord(TagType.CHARACTER, "Hermione", Provenance.INFERRED, 0.9),
        TagRecord(TagType.CHARACTER, "Ron Weasley", Provenance.INFERRED, 0.9),
        TagRecord(TagType.CHARACTER, "Professor Van Helsing", Provenance.INFERRED, 0.9),
        TagRecord(TagType.WARNING, "graphic violence", Provenance.INFERRED, 0.9),
        TagRecord(TagType.POV, "First Person", Provenance.INFERRED, 0.9),
    ]
    file_tags = [
        given(TagType.RELATIONSHIP, "Maren Holt/Ivo Brandt"),
        given(TagType.CHARACTER, "Hermione Granger"),
        given(TagType.CHARACTER, "Abraham Van Helsing"),
        given(TagType.WARNING, "Graphic Depictions Of Violence"),
    ]
    kept = [t.name for t in keep_inferred(file_tags, inferred)]
    assert kept == ["Ivo Brandt/Saoirse", "Ron Weasley", "First Person"]


def test_a_given_short_form_of_a_name_hides_the_inferred_full_one() -> None:
    inferred = [
        TagRecord(TagType.CHARACTER, "Francis Vell", Provenance.INFERRED, 0.9),
        TagRecord(TagType.CHARACTER, "Tony", Provenance.INFERRED, 0.9),
        TagRecord(TagType.CHARACTER, "Robert Acre", Provenance.INFERRED, 0.9),
        TagRecord(TagType.CHARACTER, "Ada Marsh", Provenance.INFERRED, 0.9),
        TagRecord(TagType.CHARACTER, "Frank Hollis", Provenance.INFERRED, 0.9),
        TagRecord(TagType.RELATIONSHIP, "Francis Vell/Ida Quell", Provenance.INFERRED, 0.7),
        TagRecord(TagType.CHARACTER, "Vera Pavlovna", Provenance.INFERRED, 0.9),
        TagRecord(TagType.CHARACTER, "Ivan Petrovich", Provenance.INFERRED, 0.9),
    ]
    file_tags = [
        given(TagType.CHARACTER, "Frank Vell"),
        given(TagType.CHARACTER, "Anthony Marsh"),
        given(TagType.CHARACTER, "Bob Acre"),
        given(TagType.RELATIONSHIP, "Frank Vell/Ida Quell"),
        given(TagType.CHARACTER, "Vera Orlova"),
        given(TagType.CHARACTER, "Pyotr Ivanovich Orlov"),
    ]
    kept = [t.name for t in keep_inferred(file_tags, inferred)]
    # another given name of the same family, the same short form of another family, or a
    # patronymic that is the father's given name, stays; a patronymic is no family name
    assert kept == ["Ada Marsh", "Frank Hollis", "Ivan Petrovich"]


def test_tags_from_a_long_text_stay_bounded() -> None:
    text = ("Maren walked. " * 5000).strip()
    mentions = tuple(Span(m.start(), m.end(), "Maren", 0.9) for m in re.finditer("Maren", text))
    layers = {
        "mentions": mentions,
        "characters": (Span(0, 5, "Maren", 1.0),),
        "sentences": tuple(Span(m.start(), m.end()) for m in re.finditer(r"Maren walked\.", text)),
        "body": (Span(0, len(text)),),
        "tense": (Span(0, len(text), "past", 0.9),),
    }
    analysis = Analysis(RawDocument(text, "x.txt", "txt"), MappingProxyType(layers))
    tags = tags_of(analysis)
    assert len(tags[(TagType.CHARACTER, "Maren")].evidence) <= MAX_EVIDENCE
    assert len(tags[(TagType.TENSE, "Past Tense")].evidence) == 3


def test_pairings_only_between_tagged_characters_never_descriptions() -> None:
    """A described person ("the ferryman") is never half of a pairing, however main a
    character who speaks: as a tag it would be one person across works."""
    text = "Ann rowed. The ferryman sang. Ann and Bea met by Gullrock."
    pairs = [
        ("Ann", "the ferryman"),
        ("Ann", "Bea"),
        ("Ann", "Gullrock"),
        ("Bea", "her aunt"),
        ("Ann", "the man"),
    ]
    layers = {
        "relationships": tuple(
            Span(0, 10, relationship_label("platonic", "major", a, b), 0.9) for a, b in pairs
        )
    }
    analysis = Analysis(RawDocument(text, "x.txt", "txt"), MappingProxyType(layers))
    cast = [
        CharacterRecord("Ann", mentions=((0, 3), (30, 33))),
        CharacterRecord("the ferryman", quotes=2, salience=0.8),
        CharacterRecord("her aunt", mentions=((0, 3), (4, 5)), salience=0.6),  # never speaks
        CharacterRecord("the man", quotes=1, salience=0.2),  # speaks, but in one scene
        CharacterRecord("Gullrock", mentions=((49, 57),)),  # once: not a character tag
    ]
    given_cast = [given(TagType.CHARACTER, "Bea Holt (Gullrock)")]
    names = [t.name for t in infer_tags(analysis, cast, given_cast)]
    # The file names characters: only inferred ones who speak are added (Ann does not).
    assert "Ann" not in names
    assert [n for n in names if "&" in n] == []  # Ann is in no pairing now
    names = [t.name for t in infer_tags(analysis, cast)]
    assert [n for n in names if "&" in n] == []
    assert "the ferryman" not in names
    # Named, the same speaker is a character tag and paired.
    named = [replace(c, name="Charon") if c.name == "the ferryman" else c for c in cast]
    renamed = {
        "relationships": (
            Span(0, 10, relationship_label("platonic", "major", "Ann", "Charon"), 0.9),
        )
    }
    analysis = Analysis(RawDocument(text, "x.txt", "txt"), MappingProxyType(renamed))
    assert "Ann & Charon" in [t.name for t in infer_tags(analysis, named)]


def test_a_capitalised_description_of_the_unnamed_layer_is_in_no_pairing() -> None:
    """The unnamed layer decides as well as the case: "the Old Man" or "Parsons" that the
    story never names as a person is no side of a relationship tag."""
    text = "Ann rowed. The Old Man sang."
    layers = {
        "relationships": (
            Span(0, 10, relationship_label("platonic", "major", "Ann", "The Old Man"), 0.9),
        ),
        "unnamed": (Span(11, 22, "The Old Man", 0.9),),
    }
    analysis = Analysis(RawDocument(text, "x.txt", "txt"), MappingProxyType(layers))
    cast = [
        CharacterRecord("Ann", mentions=((0, 3), (5, 6)), quotes=2, salience=0.9),
        CharacterRecord("The Old Man", mentions=((11, 22), (12, 13)), quotes=3, salience=0.9),
    ]
    assert [t.name for t in infer_tags(analysis, cast)] == ["Ann"]


def test_characters_of_the_unnamed_layer_are_not_character_tags() -> None:
    characters = [
        CharacterRecord("Gisborne's soldier", quotes=3),
        CharacterRecord("Ivo Brandt", quotes=1),
    ]
    layers = {"unnamed": (Span(0, 7, "Gisborne's soldier"),)}
    analysis = Analysis(RawDocument("x" * 20, "x.txt", "txt"), MappingProxyType(layers))
    assert [t.name for t in infer_tags(analysis, characters)] == ["Ivo Brandt"]


def test_an_unnamed_narrator_is_in_no_relationship_tag() -> None:
    """A first-person narrator the story never names ("Narrator") is no identity across
    works: neither a character tag nor half of a pairing, however much they speak; a named
    narrator is paired as any character."""
    text = "Marguerite laughed. I said nothing. Marguerite left."
    pairs = [("Marguerite", "Narrator"), ("Marguerite", "the ferryman")]
    layers = {
        "relationships": tuple(
            Span(0, 10, relationship_label("romantic", "major", a, b), 0.9) for a, b in pairs
        )
    }
    analysis = Analysis(RawDocument(text, "x.txt", "txt"), MappingProxyType(layers))
    cast = [
        CharacterRecord("Narrator", quotes=6, salience=0.9, narrator=True),
        CharacterRecord("Marguerite", mentions=((0, 10), (36, 46)), quotes=2, salience=0.8),
        CharacterRecord("the ferryman", quotes=2, salience=0.8),
    ]
    names = [t.name for t in infer_tags(analysis, cast)]
    assert "Narrator" not in names
    assert [n for n in names if "/" in n] == []
    named = [replace(cast[0], name="Percy", mentions=((20, 21), (30, 31)))] + cast[1:]
    renamed = {
        "relationships": (
            Span(0, 10, relationship_label("romantic", "major", "Marguerite", "Percy"), 0.9),
        )
    }
    analysis = Analysis(RawDocument(text, "x.txt", "txt"), MappingProxyType(renamed))
    assert "Marguerite/Percy" in [t.name for t in infer_tags(analysis, named)]


def test_the_pipeline_and_the_pairings_module_agree_on_the_unnamed_narrator() -> None:
    assert UNNAMED_NARRATOR == characters.NARRATOR
