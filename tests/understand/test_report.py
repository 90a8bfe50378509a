"""The analyze contract: analysis_to_dict from layers, its JSON Schema, the readable report."""

from __future__ import annotations

from pathlib import Path
from types import MappingProxyType
from typing import Any

import jsonschema
import pytest

from ficshelf.ingest import read_document
from ficshelf.model import (
    Analysis,
    GivenMetadata,
    GivenNote,
    GivenTag,
    NoteKind,
    RawDocument,
    Span,
    TagType,
)
from ficshelf.understand import analyze
from ficshelf.understand.relationships import relationship_label
from ficshelf.understand.report import analysis_to_dict, load_schema, report_lines

TEXT = (
    "Lanterns\n"
    "by Wren Hollis\n\n"
    "“Kit,” said Theo Vance, “come here.”\n\n"
    "Kit laughed. Theo kissed him.\n"
)


def _at(needle: str, label: str = "", score: float = 1.0, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(needle, start + 1)
    return Span(start, start + len(needle), label, score)


def layered(given: GivenMetadata | None = None) -> Analysis:
    """An analysis of TEXT with every layer the contract reads, set by hand."""
    doc = RawDocument(TEXT, "lanterns.txt", "txt", given=given or GivenMetadata())
    kit, come = _at("Kit,"), _at("come here.")
    layers = {
        "notes": (_at("Lanterns", "title"), _at("by Wren Hollis", "byline")),
        "authors": (_at("Wren Hollis", "author"),),
        "chapters": (Span(_at("“Kit").start, len(TEXT) - 1, ""),),
        "body": (_at("“Kit,” said Theo Vance, “come here.”"), _at("Kit laughed. Theo kissed him.")),
        "language": (Span(0, len(TEXT), "en", 0.9),),
        "quotes": (Span(kit.start, kit.end, ""), Span(come.start, come.end, "")),
        "pov": (Span(0, len(TEXT), "third", 0.8),),
        "tense": (Span(0, len(TEXT), "past", 0.95),),
        "mentions": (
            _at("Kit", "Christopher Hale"),
            _at("Theo Vance", "Theodora Vance"),
            _at("Kit", "Christopher Hale", nth=1),
            _at("Theo", "Theodora Vance", nth=1),
        ),
        "characters": (
            _at("Theo Vance", "Theodora Vance", 1.0),
            _at("Kit", "Christopher Hale", 0.7),
        ),
        "narrator": (),
        "speakers": (
            Span(kit.start, kit.end, "Theodora Vance", 0.9),
            Span(come.start, come.end, "Theodora Vance", 0.8),
        ),
        "relationships": (
            _at(
                "Kit laughed. Theo kissed him.",
                relationship_label("romantic", "major", "Theodora Vance", "Christopher Hale"),
                0.75,
            ),
        ),
        "fandoms": (_at("Theo Vance", "Lanterns (TV)", 0.6),),
        "warnings": (_at("kissed", "sexual content", 0.3),),
        "rating": (Span(0, len(TEXT), "Teen", 0.7),),
        "summary": (_at("Kit laughed."),),
    }
    return Analysis(doc, MappingProxyType(layers))


def valid(result: dict[str, Any]) -> None:
    jsonschema.validate(result, load_schema())


def test_characters_of_the_unnamed_layer_are_marked_unnamed() -> None:
    plain = layered()
    kit = _at("Kit", "Christopher Hale", 0.7)
    analysis = Analysis(plain.doc, MappingProxyType({**plain.layers, "unnamed": (kit,)}))
    result = analysis_to_dict(analysis)
    valid(result)
    assert {c["name"]: c["named"] for c in result["characters"]} == {
        "Theodora Vance": True,
        "Christopher Hale": False,
    }
    assert "  Christopher Hale (unnamed): 2 mentions, 0 quotes; also Kit" in report_lines(result)


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        (
            'Tom sat by the fire.\n\n"It is late," said her sister.\n\n"So it is," said Tom.',
            "her sister",
        ),
        (
            'The clerk raised his pen.\n\n"Now, boys!" said Tom.\n\n"What is it?"\n\n"Nothing."',
            "boys",
        ),
    ],
)
def test_a_speaker_no_character_is_is_listed_as_an_unnamed_character(text: str, voice: str) -> None:
    analysis = analyze(RawDocument(text, "voices.txt", "txt"))
    assert voice not in {c.label for c in analysis.layer("characters")}
    assert [v.label for v in analysis.layer("voices")] == [voice]
    result = analysis_to_dict(analysis)
    valid(result)
    listed = {c["name"]: c for c in result["characters"]}
    assert listed[voice]["named"] is False and listed[voice]["quotes"] == 1
    assert all(q["speaker"] is None or q["speaker"] in listed for q in result["quotes"])


def test_the_shipped_schema_is_a_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(load_schema())


def test_every_field_comes_from_its_layer() -> None:
    result = analysis_to_dict(layered())
    valid(result)
    assert result["title"] == "Lanterns"
    assert result["authors"] == ["Wren Hollis"]
    assert result["pov"] == {"value": "third", "confidence": 0.8}
    assert result["tense"] == {"value": "past", "confidence": 0.95}
    assert result["language"] == "en"
    theo, kit = result["characters"]
    assert theo == {
        "name": "Theodora Vance",
        "aliases": ["Theo Vance", "Theo"],
        "mentions": 2,
        "quotes": 2,
        "named": True,
    }
    assert kit == {
        "name": "Christopher Hale",
        "aliases": ["Kit"],
        "mentions": 2,
        "quotes": 0,
        "named": True,
    }
    [rel] = result["relationships"]
    assert rel["characters"] == ["Christopher Hale", "Theodora Vance"]
    assert (rel["kind"], rel["prominence"], rel["score"]) == ("romantic", "major", 0.75)
    assert [q["text"] for q in result["quotes"]] == ["Kit,", "come here."]
    assert {q["speaker"] for q in result["quotes"]} == {"Theodora Vance"}
    assert result["fandoms"][0]["name"] == "Lanterns (TV)"
    assert result["fandoms"][0]["provenance"] == "inferred"
    assert result["warnings"][0]["tag"] == "sexual content"
    assert result["rating"] == "Teen"
    assert [n["kind"] for n in result["notes"]] == ["title", "byline"]
    assert result["word_count"] == 11
    assert result["summary"] == "Kit laughed."


def test_offsets_index_the_text() -> None:
    result = analysis_to_dict(layered())
    for quote in result["quotes"]:
        assert TEXT[quote["start"] : quote["end"]] == quote["text"]
    for note in result["notes"]:
        assert TEXT[note["start"] : note["end"]] == note["text"]
    for item in result["fandoms"] + result["warnings"] + result["relationships"]:
        for span in item["evidence"]:
            assert 0 <= span["start"] <= span["end"] <= len(TEXT)


def test_what_the_file_states_wins() -> None:
    given = GivenMetadata(
        title="Lanterns, Revised",
        authors=("wren_h",),
        tags=(
            GivenTag(TagType.FANDOM, "Lanterns (TV)"),
            GivenTag(TagType.FANDOM, "Original Work"),
            GivenTag(TagType.RATING, "Teen And Up Audiences"),
            GivenTag(TagType.WARNING, "Graphic Depictions Of Violence"),
            GivenTag(TagType.WARNING, "No Archive Warnings Apply"),
        ),
        notes=(GivenNote(NoteKind.SUMMARY, "Two people and a lantern."),),
    )
    result = analysis_to_dict(layered(given))
    valid(result)
    assert result["title"] == "Lanterns, Revised"
    assert result["authors"] == ["wren_h"]
    assert [(f["name"], f["provenance"]) for f in result["fandoms"]] == [
        ("Lanterns (TV)", "author"),
        ("Original Work", "author"),
    ]
    assert result["rating"] == "Teen" and result["rating_confidence"] == 1.0
    # AO3's warnings outside the vocabulary are not themes; the synonym is mapped
    tags = [(w["tag"], w["provenance"]) for w in result["warnings"]]
    assert tags == [("graphic violence", "author"), ("sexual content", "inferred")]
    assert result["given_notes"] == [
        {
            "kind": "summary",
            "text": "Two people and a lantern.",
            "placement": "front",
            "chapter": None,
        }
    ]


def test_quotes_inside_notes_are_not_dialogue() -> None:
    analysis = layered()
    quotes = analysis.layer("quotes")
    layers = dict(analysis.layers)
    layers["quotes"] = (Span(quotes[0].start, quotes[0].end, "note"), quotes[1])
    result = analysis_to_dict(Analysis(analysis.doc, MappingProxyType(layers)))
    assert [q["text"] for q in result["quotes"]] == ["come here."]


def test_layers_left_empty_give_the_defaults() -> None:
    doc = RawDocument("", "empty.txt", "txt")
    result = analysis_to_dict(Analysis(doc))
    valid(result)
    assert result["pov"] == {"value": "third", "confidence": 0.0}
    assert result["tense"] == {"value": "past", "confidence": 0.0}
    assert (result["rating"], result["rating_confidence"]) == ("General", 0.0)
    assert result["title"] is None and result["characters"] == [] and result["word_count"] == 0


def test_an_unlabelled_speaker_is_null_with_no_confidence() -> None:
    analysis = layered()
    layers = dict(analysis.layers)
    layers["speakers"] = tuple(Span(s.start, s.end, "", 0.4) for s in layers["speakers"])
    result = analysis_to_dict(Analysis(analysis.doc, MappingProxyType(layers)))
    assert [(q["speaker"], q["confidence"]) for q in result["quotes"]] == [(None, 0.0)] * 2
    assert all(c["quotes"] == 0 for c in result["characters"])


def test_report_lines_show_the_analysis() -> None:
    text = "\n".join(report_lines(analysis_to_dict(layered())))
    assert "Title:      Lanterns" in text
    assert "third person (80%), past tense (95%)" in text
    assert "Theodora Vance: 2 mentions, 2 quotes; also Theo Vance, Theo" in text
    assert "Christopher Hale/Theodora Vance: romantic, major (75%)" in text
    assert "Dialogue: 2 quotes, 2 attributed" in text


@pytest.mark.parametrize(
    "name",
    ["01-ferrymans-fee.txt", "12-greenwood-debts.html", "15-fair-hands.epub"],
)
def test_sample_stories_give_valid_output(corpus_dir: Path, name: str) -> None:
    path = corpus_dir / name
    doc = read_document(str(path), path.read_bytes())
    result = analysis_to_dict(analyze(doc))
    valid(result)
    assert result["title"]
    for quote in result["quotes"]:
        assert doc.text[quote["start"] : quote["end"]] == quote["text"]


# The keys DESIGN.md's contract names: the schema must require every one of them.
DESIGN_KEYS = {
    "": {
        "title", "authors", "fandoms", "pov", "tense", "narrator", "characters",
        "relationships", "warnings", "rating", "notes", "chapters", "quotes", "word_count",
        "summary",
    },
    "fandoms": {"name", "confidence", "evidence"},
    "pov": {"value", "confidence"},
    "tense": {"value", "confidence"},
    "characters": {"name", "aliases", "mentions", "quotes"},
    "relationships": {"characters", "kind", "prominence", "score", "evidence"},
    "warnings": {"tag", "confidence", "evidence"},
    "notes": {"kind", "start", "end"},
    "chapters": {"title", "start", "end"},
    "quotes": {"start", "end", "text", "speaker", "confidence"},
}  # fmt: skip


def test_the_schema_requires_every_key_of_the_design_contract() -> None:
    schema = load_schema()
    assert set(schema["required"]) == DESIGN_KEYS[""]
    for key, wanted in DESIGN_KEYS.items():
        if not key:
            continue
        node = schema["properties"][key]
        node = node.get("items", node)
        assert set(node["required"]) == wanted, key
    assert schema["properties"]["rating"]["enum"] == ["General", "Teen", "Mature", "Explicit"]


@pytest.mark.parametrize(
    ("stated", "code"),
    [(None, "en"), ("English", "en"), ("Français", "fr"), ("en-GB", "en"), ("Sylvan Cant", "en")],
)
def test_language_is_a_code_whatever_the_file_calls_it(stated: str | None, code: str) -> None:
    # an AO3 download says "English" or "Français", an EPUB "en-GB", plain text nothing
    # (the language detected, "en"); a name no code is known for leaves the detected one
    result = analysis_to_dict(layered(GivenMetadata(language=stated)))
    valid(result)
    assert result["language"] == code


def test_the_report_tells_the_files_summary_from_ficshelfs_extract() -> None:
    """The file's own summary and the sentences the summary stage picks are two things: each
    line says which it is (``--json`` keeps ``summary`` for the pick, as the contract says)."""
    text = (
        "The Keeper\nby Ann Lee\n\nSummary: Mara waits out a gale with the keeper.\n\n"
        "Mara climbed the stairs of the lighthouse. The keeper, old Tobias, was mending the "
        'great lamp again, and the storm was coming in from the west.\n\n"You are late," he '
        "said.\n"
    )
    result = analysis_to_dict(analyze(RawDocument(text, "keeper.txt", "txt")))
    lines = report_lines(result)
    assert "Summary:    Mara waits out a gale with the keeper. [the file's own summary]" in lines
    extract = [line for line in lines if line.startswith("Extract:    ")]
    assert extract == [
        f"Extract:    {result['summary']} [sentences ficshelf picked from the story; not the"
        " file's summary]"
    ]
    assert "gale" not in result["summary"]


def test_a_file_with_no_summary_has_only_the_extract() -> None:
    lines = report_lines(analysis_to_dict(layered()))
    assert not any(line.startswith("Summary:") for line in lines)
    assert any(line.startswith("Extract:    Kit laughed. [sentences ficshelf") for line in lines)


def test_an_ao3_summary_given_by_the_file_is_the_summary_line() -> None:
    given = GivenMetadata(notes=(GivenNote(NoteKind.SUMMARY, "Theo waits; Kit does not."),))
    lines = report_lines(analysis_to_dict(layered(given)))
    assert "Summary:    Theo waits; Kit does not. [the file's own summary]" in lines
