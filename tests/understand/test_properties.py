"""The whole pipeline on random, mutated and hostile text: it never crashes, and its output
keeps the contract.

Invariants checked on every input (``check``):

* every span of every layer lies inside the text;
* quotes are in text order and never overlap; speakers give one span per quote, with the
  quote's offsets, each naming a listed character or nobody; unnamed characters are listed
  characters;
* the ``analyze --json`` object is valid against the shipped JSON Schema, its offsets slice
  the text to the strings it reports, and every speaker is one of its characters.

Mutated text starts from the tuning stories of the sample corpus (01-11, plain text) and
cuts, duplicates, inserts quotation marks, capitalises, strips newlines and reorders
paragraphs.
"""

from __future__ import annotations

import string
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ficshelf.model import (
    Analysis,
    GivenMetadata,
    GivenNote,
    GivenTag,
    NoteKind,
    RawDocument,
    TagType,
)
from ficshelf.understand import analyze
from ficshelf.understand.pipeline import reads_english
from ficshelf.understand.report import analysis_to_dict, load_schema
from ficshelf.understand.theme_stated import given_warnings
from ficshelf.vocabulary import WARNINGS

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"
QUICK = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@cache
def samples() -> tuple[str, ...]:
    """The plain-text tuning stories (01-11) of the sample corpus."""
    paths = sorted(CORPUS.glob("0*.txt")) + sorted(CORPUS.glob("1[01]-*.txt"))
    return tuple(p.read_text(encoding="utf-8") for p in paths)


def check(text: str) -> tuple[Analysis, dict[str, Any]]:
    """Analyse ``text`` and assert the invariants of the module docstring."""
    analysis = analyze(RawDocument(text, "property.txt", "txt"))
    for name, spans in analysis.layers.items():
        for span in spans:
            assert 0 <= span.start <= span.end <= len(text), (name, span)
    quotes = analysis.layers.get("quotes", ())
    for before, after in zip(quotes, quotes[1:], strict=False):
        assert before.end <= after.start, ("overlapping quotes", before, after)
    characters = {c.label for c in analysis.layers.get("characters", ())}
    voices = {v.label for v in analysis.layers.get("voices", ())}
    assert not voices & characters, "a voice is a speaker no character is"
    characters |= voices
    speakers = analysis.layers.get("speakers", ())
    if reads_english(analysis):
        assert [(s.start, s.end) for s in speakers] == [(q.start, q.end) for q in quotes]
    else:  # the English-only stages did not run, and the JSON says so
        assert speakers == () and analysis.layers.get("characters") == ()
        skipped = {s["stage"] for s in analysis_to_dict(analysis)["skipped_stages"]}
        assert {"narration", "characters", "speakers", "themes"} <= skipped
    for said in speakers:
        assert said.label == "" or said.label in characters, said.label
    assert set(analysis.layers.get("unnamed", ())) <= set(analysis.layers.get("characters", ()))
    result = analysis_to_dict(analysis)
    jsonschema.validate(result, load_schema())
    names = {c["name"] for c in result["characters"]}
    assert len(names) == len(result["characters"])
    for quote in result["quotes"]:
        assert text[quote["start"] : quote["end"]] == quote["text"]
        assert quote["speaker"] is None or quote["speaker"] in names
    for note in result["notes"]:
        assert text[note["start"] : note["end"]] == note["text"]
    return analysis, result


# --- random text ------------------------------------------------------------------------

_STORY_ALPHABET = st.sampled_from(
    list(string.ascii_letters + string.digits + "     .,;:!?-'\"*~()")
    + list("\n\n\r\t“”‘’—–…éüßñ«»")
) | st.characters(codec="utf-8", exclude_categories=("Cs",))


@QUICK
@given(st.text(_STORY_ALPHABET, max_size=600))
def test_random_text(text: str) -> None:
    check(text)


_TAG_WORDS = st.sampled_from(
    "Past Mentioned Non-Graphic Graphic Violence Grief/Mourning Death Drunk (past) of on "
    "Mentions Character Major Alcohol Rated T M for hence the there's some a lot".split()
)


@QUICK
@given(
    st.lists(st.lists(_TAG_WORDS, max_size=4).map(" ".join) | st.text(max_size=30), max_size=5),
    st.text(_STORY_ALPHABET, max_size=300),
)
def test_random_file_metadata(tags: list[str], note: str) -> None:
    # the warnings a file's own tags and notes state (review16): any tag or note is read
    # without error, into the vocabulary's warnings, and the report stays in its schema
    given = GivenMetadata(
        tags=tuple(GivenTag(TagType.FREEFORM, t) for t in tags),
        notes=(GivenNote(NoteKind.AUTHORS_NOTE, note),),
    )
    assert set(given_warnings(given)) <= set(WARNINGS)
    story = "The ferry left at nine. Ada stood at the rail and did not open the letter.\n"
    result = analysis_to_dict(analyze(RawDocument(story, "property.html", "html", given)))
    jsonschema.validate(result, load_schema())


_WORDS = st.sampled_from(
    "Theo Vance said asked she he I you the a and was is “ ” \" ' ‘ ’ . , ! ? — \n \n\n "
    "Dr. Mr. Kit A/N: Chapter 1 * * * laughed kissed mother brother Hi her old girl "
    "Kit's chief Pa Ma Where's Mamma Lavvy Lavinia Rated T for hence there's some "
    "gin NON-GRAPHIC violence DEAD".split(" ")
    + ["\n", "\n\n", "* * *", "Chapter 2: Home"]
)


@QUICK
@given(st.lists(_WORDS, max_size=300))
def test_random_story_shaped_text(words: list[str]) -> None:
    check(" ".join(words))


# --- mutated sample stories ---------------------------------------------------------------


@st.composite
def mutated(draw: st.DrawFn) -> str:
    text = draw(st.sampled_from(samples()))
    start = draw(st.integers(0, len(text)))
    text = text[start : start + draw(st.integers(0, 5000))]
    for _ in range(draw(st.integers(0, 4))):
        op = draw(st.sampled_from(["cut", "duplicate", "quote", "capitals", "newlines", "reorder"]))
        a = draw(st.integers(0, len(text)))
        b = draw(st.integers(a, len(text)))
        if op == "cut":
            text = text[:a] + text[b:]
        elif op == "duplicate":
            text = text[:b] + text[a:b] + text[b:]
        elif op == "quote":
            mark = draw(st.sampled_from(['"', "“", "”", "'", "‘", "’"]))
            text = text[:a] + mark + text[a:]
        elif op == "capitals":
            text = text[:a] + text[a:b].upper() + text[b:]
        elif op == "newlines":
            text = text[:a] + text[a:b].replace("\n", " ") + text[b:]
        else:
            paragraphs = text.split("\n\n")
            text = "\n\n".join(draw(st.permutations(paragraphs)))
    return text


@QUICK
@given(mutated())
def test_mutated_sample_stories(text: str) -> None:
    check(text)


def test_every_whole_sample_story() -> None:
    for text in samples():
        _, result = check(text)
        assert result["quotes"], "a sample story with no dialogue found"


# --- bad input ----------------------------------------------------------------------------

NON_ENGLISH = {
    "fr": "Elle ouvrit la porte. « Tu es en retard », dit-elle. Il haussa les épaules et "
    "posa son manteau sur la chaise près de la fenêtre.\n\n« Je sais », répondit-il.",
    "ru": "Она открыла дверь. — Ты опоздал, — сказала она. Он пожал плечами и "
    "повесил пальто на спинку стула у окна.\n\n— Знаю, — ответил он.",
    "zh": "她打开了门。“你迟到了，”她说。他耸了耸肩，把外套挂在窗边的椅子上。"
    "\n\n“我知道，”他回答。",
    "ja": "彼女はドアを開けた。「遅いよ」と彼女は言った。\n\n「わかってる」と彼は答えた。",
}


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\n\n\n",
        "\r\n\r\n",
        "...",
        "“",
        "”",
        '"' * 500,
        "“" * 300 + "word",
        "no sentence end and no capital letter anywhere in this line at all",
        "She waited. Nobody came. The kettle boiled and she let it.",
        "“Open the door, she said, and then the whole rest of the story has no closing mark.\n\n"
        "He did. Hours later, she spoke again: “Why",
        "“Hi,” she said.” Then: “” “”",
        "\x00\x01\x02 binary\x7f junk\ufffd",
        "* * *\n\n~~~\n\noOo",
        "Chapter 1\n\nChapter 2\n\nChapter 3",
        "A/N: " * 200,
    ],
    ids=lambda t: repr(t[:24]),
)
def test_bad_input(text: str) -> None:
    check(text)


def test_all_capitals() -> None:
    text = "\n\n".join(samples()[:3]).upper()
    _, result = check(text)
    assert result["quotes"]


@pytest.mark.parametrize("code", sorted(NON_ENGLISH))
def test_non_english_text(code: str) -> None:
    analysis, result = check(NON_ENGLISH[code])
    assert result["language"] in (code, None)


@pytest.mark.slow
def test_a_five_megabyte_single_line() -> None:
    story = " ".join(samples()[0].split())  # one story, every newline gone
    text = (story + " ") * (5_000_000 // (len(story) + 1) + 1)
    text = text[:5_000_000]
    _, result = check(text)
    assert len(result["chapters"]) <= 1
