"""Reading gold files and choosing which to score."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from ficshelf.evaluation.gold import (
    EIGHTEENTH_HELD_OUT_STORIES,
    EIGHTH_HELD_OUT_STORIES,
    EIGHTH_TUNING_STORIES,
    ELEVENTH_HELD_OUT_STORIES,
    ELEVENTH_TUNING_STORIES,
    FIFTEENTH_HELD_OUT_STORIES,
    FIFTEENTH_TUNING_STORIES,
    FIFTH_HELD_OUT_STORIES,
    FIFTH_TUNING_STORIES,
    FIRST_HELD_OUT_STORIES,
    FOURTEENTH_HELD_OUT_STORIES,
    FOURTEENTH_TUNING_STORIES,
    FOURTH_HELD_OUT_STORIES,
    FOURTH_TUNING_STORIES,
    FRESH_HELD_OUT_STORIES,
    HELD_OUT_STORIES,
    NINETEENTH_HELD_OUT_STORIES,
    NINTH_HELD_OUT_STORIES,
    NINTH_TUNING_STORIES,
    SEVENTEENTH_HELD_OUT_STORIES,
    SEVENTEENTH_TUNING_STORIES,
    SEVENTH_HELD_OUT_STORIES,
    SEVENTH_TUNING_STORIES,
    SIXTEENTH_HELD_OUT_STORIES,
    SIXTEENTH_TUNING_STORIES,
    SIXTH_HELD_OUT_STORIES,
    SIXTH_TUNING_STORIES,
    TENTH_HELD_OUT_STORIES,
    TENTH_TUNING_STORIES,
    THIRD_HELD_OUT_STORIES,
    THIRD_TUNING_STORIES,
    THIRTEENTH_HELD_OUT_STORIES,
    THIRTEENTH_TUNING_STORIES,
    TUNING_STORIES,
    TWELFTH_HELD_OUT_STORIES,
    TWELFTH_TUNING_STORIES,
    TWENTIETH_HELD_OUT_STORIES,
    TWENTY_FIRST_HELD_OUT_STORIES,
    TWENTY_FOURTH_HELD_OUT_STORIES,
    TWENTY_SECOND_HELD_OUT_STORIES,
    TWENTY_THIRD_HELD_OUT_STORIES,
    GoldFormatError,
    GoldStory,
    find_gold_files,
    load_gold,
)
from ficshelf.ingest import read_document

CORPUS_STORIES = sorted(
    path.name.removesuffix(".gold.json")
    for path in (Path(__file__).resolve().parents[2] / "examples" / "corpus").glob("*.gold.json")
)


def write(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_every_sample_gold_file_loads(corpus_dir: Path) -> None:
    files = find_gold_files([corpus_dir])
    assert len(files) == 420
    for path in files:
        gold = load_gold(path)
        assert gold.source.is_file(), gold.source
        assert gold.pov in ("first", "second", "third")
        assert all(q.text for q in gold.quotes)


def test_match_picks_a_subset(corpus_dir: Path) -> None:
    first_held_out = find_gold_files([corpus_dir], FIRST_HELD_OUT_STORIES)
    assert [p.name[:2] for p in first_held_out] == [str(n) for n in range(16, 31)]
    fresh = find_gold_files([corpus_dir], FRESH_HELD_OUT_STORIES)
    assert [p.name[:2] for p in fresh] == [str(n) for n in range(41, 51)]
    third = find_gold_files([corpus_dir], THIRD_HELD_OUT_STORIES)
    assert [int(p.name.split("-")[0]) for p in third] == list(range(111, 121))
    fourth = find_gold_files([corpus_dir], FOURTH_HELD_OUT_STORIES)
    assert [int(p.name.split("-")[0]) for p in fourth] == list(range(131, 141))
    fifth = find_gold_files([corpus_dir], FIFTH_HELD_OUT_STORIES)
    assert [int(p.name.split("-")[0]) for p in fifth] == list(range(141, 151))
    sixth = find_gold_files([corpus_dir], SIXTH_HELD_OUT_STORIES)
    assert [int(p.name.split("-")[0]) for p in sixth] == list(range(151, 161))
    seventh = find_gold_files([corpus_dir], SEVENTH_HELD_OUT_STORIES)
    assert [int(p.name.split("-")[0]) for p in seventh] == list(range(161, 171))
    eighth = find_gold_files([corpus_dir], EIGHTH_HELD_OUT_STORIES)
    assert [int(p.name.split("-")[0]) for p in eighth] == list(range(171, 181))
    ninth = find_gold_files([corpus_dir], NINTH_HELD_OUT_STORIES)
    assert [int(p.name.split("-")[0]) for p in ninth] == list(range(181, 191))
    tenth = find_gold_files([corpus_dir], TENTH_HELD_OUT_STORIES)
    assert [int(p.name.split("-")[0]) for p in tenth] == list(range(191, 201))
    eleventh = find_gold_files([corpus_dir], ELEVENTH_HELD_OUT_STORIES)
    assert [int(p.name.split("-")[0]) for p in eleventh] == list(range(201, 211))
    twelfth = find_gold_files([corpus_dir], TWELFTH_HELD_OUT_STORIES)
    assert [int(p.name.split("-")[0]) for p in twelfth] == list(range(211, 221))
    thirteenth = find_gold_files([corpus_dir], THIRTEENTH_HELD_OUT_STORIES)
    assert [int(p.name.split("-")[0]) for p in thirteenth] == list(range(221, 231))
    fourteenth = find_gold_files([corpus_dir], FOURTEENTH_HELD_OUT_STORIES)
    assert [int(p.name.split("-")[0]) for p in fourteenth] == list(range(231, 241))
    fifteenth = find_gold_files([corpus_dir], FIFTEENTH_HELD_OUT_STORIES)
    assert [int(p.name.split("-")[0]) for p in fifteenth] == list(range(241, 251))
    sixteenth = find_gold_files([corpus_dir], SIXTEENTH_HELD_OUT_STORIES)
    assert [int(p.name.split("-")[0]) for p in sixteenth] == list(range(251, 261))
    seventeenth = find_gold_files([corpus_dir], SEVENTEENTH_HELD_OUT_STORIES)
    assert [int(p.name.split("-")[0]) for p in seventeenth] == list(range(261, 271))
    eighteenth = find_gold_files([corpus_dir], EIGHTEENTH_HELD_OUT_STORIES)
    assert [int(p.name.split("-")[0]) for p in eighteenth] == list(range(281, 291))
    nineteenth = find_gold_files([corpus_dir], NINETEENTH_HELD_OUT_STORIES)
    assert [int(p.name.split("-")[0]) for p in nineteenth] == list(range(301, 311))
    twentieth = find_gold_files([corpus_dir], TWENTIETH_HELD_OUT_STORIES)
    assert [int(p.name.split("-")[0]) for p in twentieth] == list(range(321, 331))
    twenty_first = find_gold_files([corpus_dir], TWENTY_FIRST_HELD_OUT_STORIES)
    assert [int(p.name.split("-")[0]) for p in twenty_first] == list(range(341, 351))
    twenty_second = find_gold_files([corpus_dir], TWENTY_SECOND_HELD_OUT_STORIES)
    assert [int(p.name.split("-")[0]) for p in twenty_second] == list(range(361, 371))
    twenty_third = find_gold_files([corpus_dir], TWENTY_THIRD_HELD_OUT_STORIES)
    assert [int(p.name.split("-")[0]) for p in twenty_third] == list(range(381, 391))
    twenty_fourth = find_gold_files([corpus_dir], TWENTY_FOURTH_HELD_OUT_STORIES)
    assert [int(p.name.split("-")[0]) for p in twenty_fourth] == list(range(401, 411))
    held_out = find_gold_files([corpus_dir], HELD_OUT_STORIES)
    assert held_out == sorted(
        first_held_out
        + fresh
        + third
        + fourth
        + fifth
        + sixth
        + seventh
        + eighth
        + ninth
        + tenth
        + eleventh
        + twelfth
        + thirteenth
        + fourteenth
        + fifteenth
        + sixteenth
        + seventeenth
        + eighteenth
        + nineteenth
        + twentieth
        + twenty_first
        + twenty_second
        + twenty_third
        + twenty_fourth
    )
    tuning = find_gold_files([corpus_dir], TUNING_STORIES)
    numbers = [
        *range(1, 16),
        *range(31, 41),
        *range(51, 111),
        *range(121, 131),
        *range(271, 281),
        *range(291, 301),
        *range(311, 321),
        *range(331, 341),
        *range(351, 361),
        *range(371, 381),
        *range(391, 401),
        *range(411, 421),
    ]
    assert sorted(int(p.name.split("-")[0]) for p in tuning) == numbers
    assert not set(tuning) & set(held_out)
    assert len(tuning) + len(held_out) == len(find_gold_files([corpus_dir]))
    by_name = find_gold_files([corpus_dir], ["01-*"])
    assert [p.name for p in by_name] == ["01-ferrymans-fee.gold.json"]


def test_fresh_held_out_and_later_tuning_patterns_cover_their_stories_only(tmp_path: Path) -> None:
    for number in range(1, 422):
        write(tmp_path / f"{number:02d}-story.gold.json", {"source": f"{number:02d}-story.txt"})
    fresh = find_gold_files([tmp_path], FRESH_HELD_OUT_STORIES)
    assert [p.name[:2] for p in fresh] == [str(n) for n in range(41, 51)]
    third = find_gold_files([tmp_path], THIRD_TUNING_STORIES)
    assert [p.name[:2] for p in third] == [str(n) for n in range(51, 61)]
    fourth = find_gold_files([tmp_path], FOURTH_TUNING_STORIES)
    assert [p.name[:2] for p in fourth] == [str(n) for n in range(61, 71)]
    fifth = find_gold_files([tmp_path], FIFTH_TUNING_STORIES)
    assert [p.name[:2] for p in fifth] == [str(n) for n in range(71, 81)]
    sixth = find_gold_files([tmp_path], SIXTH_TUNING_STORIES)
    assert [p.name[:2] for p in sixth] == [str(n) for n in range(81, 91)]
    seventh = find_gold_files([tmp_path], SEVENTH_TUNING_STORIES)
    assert sorted(int(p.name.split("-")[0]) for p in seventh) == list(range(91, 101))
    eighth = find_gold_files([tmp_path], EIGHTH_TUNING_STORIES)
    assert sorted(int(p.name.split("-")[0]) for p in eighth) == list(range(101, 111))
    third = find_gold_files([tmp_path], THIRD_HELD_OUT_STORIES)
    assert sorted(int(p.name.split("-")[0]) for p in third) == list(range(111, 121))
    ninth = find_gold_files([tmp_path], NINTH_TUNING_STORIES)
    assert sorted(int(p.name.split("-")[0]) for p in ninth) == list(range(121, 131))
    fourth = find_gold_files([tmp_path], FOURTH_HELD_OUT_STORIES)
    assert sorted(int(p.name.split("-")[0]) for p in fourth) == list(range(131, 141))
    fifth = find_gold_files([tmp_path], FIFTH_HELD_OUT_STORIES)
    assert sorted(int(p.name.split("-")[0]) for p in fifth) == list(range(141, 151))
    sixth = find_gold_files([tmp_path], SIXTH_HELD_OUT_STORIES)
    assert sorted(int(p.name.split("-")[0]) for p in sixth) == list(range(151, 161))
    seventh = find_gold_files([tmp_path], SEVENTH_HELD_OUT_STORIES)
    assert sorted(int(p.name.split("-")[0]) for p in seventh) == list(range(161, 171))
    eighth = find_gold_files([tmp_path], EIGHTH_HELD_OUT_STORIES)
    assert sorted(int(p.name.split("-")[0]) for p in eighth) == list(range(171, 181))
    ninth = find_gold_files([tmp_path], NINTH_HELD_OUT_STORIES)
    assert sorted(int(p.name.split("-")[0]) for p in ninth) == list(range(181, 191))
    tenth = find_gold_files([tmp_path], TENTH_HELD_OUT_STORIES)
    assert sorted(int(p.name.split("-")[0]) for p in tenth) == list(range(191, 201))
    eleventh = find_gold_files([tmp_path], ELEVENTH_HELD_OUT_STORIES)
    assert sorted(int(p.name.split("-")[0]) for p in eleventh) == list(range(201, 211))
    twelfth = find_gold_files([tmp_path], TWELFTH_HELD_OUT_STORIES)
    assert sorted(int(p.name.split("-")[0]) for p in twelfth) == list(range(211, 221))
    thirteenth = find_gold_files([tmp_path], THIRTEENTH_HELD_OUT_STORIES)
    assert sorted(int(p.name.split("-")[0]) for p in thirteenth) == list(range(221, 231))
    fourteenth = find_gold_files([tmp_path], FOURTEENTH_HELD_OUT_STORIES)
    assert sorted(int(p.name.split("-")[0]) for p in fourteenth) == list(range(231, 241))
    fifteenth = find_gold_files([tmp_path], FIFTEENTH_HELD_OUT_STORIES)
    assert sorted(int(p.name.split("-")[0]) for p in fifteenth) == list(range(241, 251))
    sixteenth = find_gold_files([tmp_path], SIXTEENTH_HELD_OUT_STORIES)
    assert sorted(int(p.name.split("-")[0]) for p in sixteenth) == list(range(251, 261))
    seventeenth = find_gold_files([tmp_path], SEVENTEENTH_HELD_OUT_STORIES)
    assert sorted(int(p.name.split("-")[0]) for p in seventeenth) == list(range(261, 271))
    tenth_tuning = find_gold_files([tmp_path], TENTH_TUNING_STORIES)
    assert sorted(int(p.name.split("-")[0]) for p in tenth_tuning) == list(range(271, 281))
    eighteenth = find_gold_files([tmp_path], EIGHTEENTH_HELD_OUT_STORIES)
    assert sorted(int(p.name.split("-")[0]) for p in eighteenth) == list(range(281, 291))
    eleventh_tuning = find_gold_files([tmp_path], ELEVENTH_TUNING_STORIES)
    assert sorted(int(p.name.split("-")[0]) for p in eleventh_tuning) == list(range(291, 301))
    nineteenth = find_gold_files([tmp_path], NINETEENTH_HELD_OUT_STORIES)
    assert sorted(int(p.name.split("-")[0]) for p in nineteenth) == list(range(301, 311))
    twelfth_tuning = find_gold_files([tmp_path], TWELFTH_TUNING_STORIES)
    assert sorted(int(p.name.split("-")[0]) for p in twelfth_tuning) == list(range(311, 321))
    twentieth = find_gold_files([tmp_path], TWENTIETH_HELD_OUT_STORIES)
    assert sorted(int(p.name.split("-")[0]) for p in twentieth) == list(range(321, 331))
    thirteenth_tuning = find_gold_files([tmp_path], THIRTEENTH_TUNING_STORIES)
    assert sorted(int(p.name.split("-")[0]) for p in thirteenth_tuning) == list(range(331, 341))
    twenty_first = find_gold_files([tmp_path], TWENTY_FIRST_HELD_OUT_STORIES)
    assert sorted(int(p.name.split("-")[0]) for p in twenty_first) == list(range(341, 351))
    fourteenth_tuning = find_gold_files([tmp_path], FOURTEENTH_TUNING_STORIES)
    assert sorted(int(p.name.split("-")[0]) for p in fourteenth_tuning) == list(range(351, 361))
    twenty_second = find_gold_files([tmp_path], TWENTY_SECOND_HELD_OUT_STORIES)
    assert sorted(int(p.name.split("-")[0]) for p in twenty_second) == list(range(361, 371))
    fifteenth_tuning = find_gold_files([tmp_path], FIFTEENTH_TUNING_STORIES)
    assert sorted(int(p.name.split("-")[0]) for p in fifteenth_tuning) == list(range(371, 381))
    twenty_third = find_gold_files([tmp_path], TWENTY_THIRD_HELD_OUT_STORIES)
    assert sorted(int(p.name.split("-")[0]) for p in twenty_third) == list(range(381, 391))
    sixteenth_tuning = find_gold_files([tmp_path], SIXTEENTH_TUNING_STORIES)
    assert sorted(int(p.name.split("-")[0]) for p in sixteenth_tuning) == list(range(391, 401))
    twenty_fourth = find_gold_files([tmp_path], TWENTY_FOURTH_HELD_OUT_STORIES)
    assert sorted(int(p.name.split("-")[0]) for p in twenty_fourth) == list(range(401, 411))
    seventeenth_tuning = find_gold_files([tmp_path], SEVENTEENTH_TUNING_STORIES)
    assert sorted(int(p.name.split("-")[0]) for p in seventeenth_tuning) == list(range(411, 421))
    held_out = find_gold_files([tmp_path], HELD_OUT_STORIES)
    assert not set(held_out) & set(find_gold_files([tmp_path], TUNING_STORIES))


def test_gold_files_can_be_named_one_by_one(corpus_dir: Path) -> None:
    one = corpus_dir / "02-yellow-road.gold.json"
    assert find_gold_files([one, one]) == [one]


def test_minimal_gold_file(tmp_path: Path) -> None:
    gold = load_gold(write(tmp_path / "a.gold.json", {"source": "a.txt"}))
    assert gold.source == tmp_path / "a.txt"
    assert gold.name == "a"
    assert gold.characters == () and gold.title is None


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        ([], "one JSON object"),
        ({"title": "x"}, "'source'"),
        ({"source": "a.txt", "authors": "me"}, "'authors'"),
        ({"source": "a.txt", "characters": [{"aliases": []}]}, "'name'"),
        ({"source": "a.txt", "relationships": [{"kind": "romantic", "characters": ["A"]}]}, "two"),
        ({"source": "a.txt", "quotes": [{"speaker": "A"}]}, "'text'"),
    ],
)
def test_malformed_gold_files_are_reported(tmp_path: Path, data: object, problem: str) -> None:
    with pytest.raises(GoldFormatError, match=problem):
        load_gold(write(tmp_path / "bad.gold.json", data))


def test_not_json_and_wrong_paths(tmp_path: Path) -> None:
    bad = tmp_path / "x.gold.json"
    bad.write_text("{", encoding="utf-8")
    with pytest.raises(GoldFormatError, match="cannot read"):
        load_gold(bad)
    with pytest.raises(GoldFormatError, match="not a folder"):
        find_gold_files([tmp_path / "story.txt"])


def _story_and_notes(gold: GoldStory) -> tuple[str, list[str]]:
    """The text the pipeline reads for a gold story, and the notes its file carries apart."""
    doc = read_document(str(gold.source), gold.source.read_bytes())
    given = [note.text for note in doc.given.notes]
    if doc.given.summary:
        given.append(doc.given.summary)
    return doc.text, given


def _squash(text: str) -> str:
    return " ".join(text.split())


# A double-quoted passage: up to its closing mark or, for a speech that goes on in the next
# paragraph, to the end of its paragraph (where the next paragraph opens the mark again).
DOUBLE_QUOTED = re.compile(r'“([^“”\n]*)(?:”|(?=\n))|"([^"\n]*)(?:"|(?=\n))')


def _double_quoted(text: str) -> list[str]:
    """Return the passages of ``text`` in double quotation marks, in order."""
    return [
        (m.group(1) if m.group(1) is not None else m.group(2)).strip()
        for m in DOUBLE_QUOTED.finditer(text + "\n")
    ]


@pytest.mark.parametrize("name", CORPUS_STORIES)
def test_sample_gold_agrees_with_its_story(corpus_dir: Path, name: str) -> None:
    """Every gold quote is in the story verbatim and in order, said by a gold character; every
    alias, relationship member and note is there too."""
    gold = load_gold(corpus_dir / f"{name}.gold.json")
    text, given = _story_and_notes(gold)
    names = {c.name for c in gold.characters}
    assert len(names) == len(gold.characters), "two gold characters share a name"
    position = 0
    for quote in gold.quotes:
        found = text.find(quote.text, position)
        assert found >= 0, f"quote not found after offset {position}: {quote.text!r}"
        position = found + len(quote.text)
        assert quote.speaker in names, f"{quote.speaker!r} says {quote.text!r}"
    folded = text.casefold()
    for character in gold.characters:
        for alias in character.aliases:
            assert alias.casefold() in folded, f"alias {alias!r} of {character.name!r}"
    for relationship in gold.relationships:
        assert set(relationship.characters) <= names, relationship
    squashed = _squash(text)
    given_notes = {_squash(note) for note in given}
    for note in gold.notes:
        assert _squash(note.text) in squashed or _squash(note.text) in given_notes, note
    if gold.narrator is not None:
        assert gold.narrator in names


@pytest.mark.parametrize("name", CORPUS_STORIES)
def test_sample_gold_has_every_quotation(corpus_dir: Path, name: str) -> None:
    """In a story that quotes with double marks, the gold quotes are exactly its quotations
    outside the notes (stories quoting with single marks, where an apostrophe can pass for
    one, are checked by ``test_sample_gold_agrees_with_its_story`` only; a double-quoted
    remark nested inside one of their quotations is part of that quotation)."""
    gold = load_gold(corpus_dir / f"{name}.gold.json")
    text, _ = _story_and_notes(gold)
    for note in gold.notes:  # the note's own place: a title may come again inside a line
        text = text.replace(note.text, "", 1)
    found = [
        inner
        for inner in _double_quoted(text)
        if not any(
            f'"{inner}"' in quote.text or f"\u201c{inner}\u201d" in quote.text
            for quote in gold.quotes
        )
    ]
    if found:
        assert found == [quote.text.strip() for quote in gold.quotes]
