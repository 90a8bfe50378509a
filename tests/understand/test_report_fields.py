"""The fields ``skipped_stages`` names come from the stages themselves (``Stage.fields``):
an English-only stage must declare them, each is a field of the ``analyze --json`` object,
and they are exactly the fields that stage's layers fill (emptying the layers of one stage
changes those fields of the report and no others)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from ficshelf.ingest import read_document
from ficshelf.model import Analysis, Span
from ficshelf.understand import analyze, pipeline, stage
from ficshelf.understand.pipeline import Stage, registered
from ficshelf.understand.report import analysis_to_dict, load_schema

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"
# tuning stories where every English-only stage fills something (08: a named narrator,
# warnings and a rating; 01: a third-person story with relationships)
STORIES = ("08-wine-of-anjou.txt", "01-ferrymans-fee.txt")
ENGLISH_ONLY = [st for st in registered().values() if st.english_only]


@pytest.fixture
def registry(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(pipeline, "_REGISTRY", {})
    monkeypatch.setattr(pipeline, "_defaults_loaded", True)
    yield


def _nothing(analysis: Analysis) -> Mapping[str, tuple[Span, ...]]:
    return {"x": ()}


def test_an_english_only_stage_must_declare_its_fields(registry: None) -> None:
    with pytest.raises(ValueError, match="must declare the fields"):
        stage("new", assigns=("x",), english_only=True)(_nothing)
    stage("new", assigns=("x",), english_only=True, fields=())(_nothing)
    assert registered()["new"].fields == ()


@pytest.mark.parametrize("st", ENGLISH_ONLY, ids=lambda st: st.name)
def test_each_field_is_one_of_the_json_object(st: Stage) -> None:
    properties = load_schema()["properties"]
    assert st.fields
    for field in st.fields:
        name, _, part = field.partition(".")
        assert name in properties, field
        if part:
            assert part in properties[name]["items"]["properties"], field


def _by_field(result: dict[str, Any], voices: set[str]) -> dict[str, Any]:
    """The report's values by the field names stages declare. A quote's speaker (and its
    confidence) is "quotes.speaker", and so is a character's count of quotes and each
    speaker no listed character is (a ``voices`` entry among the characters)."""
    fields = {k: v for k, v in result.items() if k not in ("quotes", "characters")}
    fields["rating"] = (fields.pop("rating"), fields.pop("rating_confidence"))
    quotes, characters = result["quotes"], result["characters"]
    fields["quotes"] = [
        {k: v for k, v in q.items() if k not in ("speaker", "confidence")} for q in quotes
    ]
    fields["quotes.speaker"] = (
        [(q["speaker"], q["confidence"]) for q in quotes],
        sorted(c["name"] for c in characters if c["name"] in voices),
    )
    fields["characters"] = [
        {k: v for k, v in c.items() if k != "quotes"} for c in characters if c["name"] not in voices
    ]
    return fields


@pytest.mark.parametrize("name", STORIES)
def test_a_stage_fills_exactly_the_fields_it_declares(name: str) -> None:
    path = CORPUS / name
    analysis = analyze(read_document(str(path), path.read_bytes()))
    voices = {v.label for v in analysis.layer("voices")}
    full = _by_field(analysis_to_dict(analysis), voices)
    for st in ENGLISH_ONLY:
        layers = {k: () if k in st.assigns else v for k, v in analysis.layers.items()}
        statements = {k: () if k in st.states else v for k, v in analysis.statements.items()}
        without = _by_field(analysis_to_dict(Analysis(analysis.doc, layers, statements)), voices)
        changed = {field for field, value in full.items() if without[field] != value}
        assert changed <= set(st.fields), (st.name, changed)
        if name == STORIES[0]:
            assert changed == set(st.fields), (st.name, changed)
