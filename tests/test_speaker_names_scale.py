"""``speaker_names.tagged_names`` indexes the tags by word instead of comparing every
character with every tag: its answers are the pair loop's, on a cast of thousands."""

from __future__ import annotations

import json
import random
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import pytest

from ficshelf import speaker_names
from ficshelf.inferred_tags import name_words, same_person
from ficshelf.speaker_names import _given_words, _key, tagged_names
from ficshelf.understand.nicknames import NICKNAMES

CORPUS = Path(__file__).resolve().parents[1] / "examples" / "corpus"


def pair_loop(
    characters: Iterable[tuple[str, Sequence[str]]], tags: Sequence[tuple[str, str]]
) -> Mapping[str, str]:
    """``tagged_names`` as it was before the index: every character against every tag."""
    by_key: dict[str, str] = {}
    for carried, canonical in tags:
        by_key.setdefault(_key(carried), canonical)
        by_key.setdefault(_key(canonical), canonical)
    words = [(name_words(c), _given_words(c), canonical) for c, canonical in tags]
    found: dict[str, str] = {}
    for name, aliases in characters:
        exact = next((by_key[k] for k in map(_key, (name, *aliases)) if k in by_key), None)
        if exact is None:
            mine = name_words(name)
            matches = {
                canonical
                for full, given, canonical in words
                if same_person(mine, given if len(mine) == 1 else full)
            }
            exact = matches.pop() if len(matches) == 1 else None
        if exact is not None:
            found[name] = exact
    return found


def corpus_cast() -> list[tuple[str, tuple[str, ...]]]:
    """Every character of the sample corpus's gold files, as one story's cast (the joined
    corpus of docs/benchmarks.md): thousands of names, many sharing a word."""
    cast = []
    for gold in sorted(CORPUS.glob("*.gold.json")):
        for person in json.loads(gold.read_text())["characters"]:
            cast.append((person["name"], tuple(person["aliases"])))
    return cast


def tags_for(cast: Sequence[tuple[str, Sequence[str]]], seed: int) -> list[tuple[str, str]]:
    """Character tags as a library would carry them for ``cast``: some by the story's
    name, some qualified by a fandom, some by a short or a longer form of a given name,
    some a family name with a title; a few left out, so some characters are found by
    their words alone and some by none."""
    rng = random.Random(seed)
    shorts = {given: short for short, names in NICKNAMES.items() for given in names}
    tags = []
    for name, _ in cast:
        words = name.split()
        roll = rng.random()
        if roll < 0.15:
            continue
        if roll < 0.35:
            tags.append((f"{name} (Fandom {rng.randint(1, 40)})", name))
        elif roll < 0.5 and words[0].casefold() in shorts:
            tags.append((" ".join([shorts[words[0].casefold()].title(), *words[1:]]), name))
        elif roll < 0.6 and words[0].casefold() in NICKNAMES:
            longer = sorted(NICKNAMES[words[0].casefold()])[0].title()
            tags.append((" ".join([longer, *words[1:], "Vane"]), name + " Vane"))
        elif roll < 0.7:
            tags.append((f"Mr. {words[-1]}", f"Mr. {words[-1]}"))
        else:
            tags.append((name, name))
    rng.shuffle(tags)
    return tags


def test_the_index_answers_as_the_pair_loop_on_a_big_cast() -> None:
    # A third of the corpus's characters: the pair loop takes seconds on all 4,615.
    cast = corpus_cast()[::3]
    assert len(cast) > 1500
    for seed in range(2):
        tags = tags_for(cast, seed)
        found = tagged_names(cast, tags)
        assert found == pair_loop(cast, tags)
        # Both tests are exercised: names by a tag's name, and by their words alone;
        # and some characters no tag names.
        keys = {_key(name) for tag in tags for name in tag}
        by_words = [n for n, aliases in cast if n in found and _key(n) not in keys]
        assert len(by_words) > 50
        assert len(found) < len({n for n, _ in cast})


def test_short_forms_and_given_names_find_each_other_through_the_index() -> None:
    tags = [("Francis Vell", "Francis Vell"), ("Kit Marlowe", "Christopher Marlowe")]
    cast = [("Frank", ("Frank",)), ("Christopher", ("Christopher",)), ("Vell", ("Vell",))]
    assert (
        tagged_names(cast, tags)
        == pair_loop(cast, tags)
        == {
            "Frank": "Francis Vell",
            "Christopher": "Christopher Marlowe",
        }
    )


def test_a_character_is_compared_with_the_tags_sharing_a_word_not_with_every_tag(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cast = corpus_cast()
    tags = tags_for(cast, 0)
    compared = 0

    def counted(a: frozenset[str], b: frozenset[str]) -> bool:
        nonlocal compared
        compared += 1
        return same_person(a, b)

    monkeypatch.setattr(speaker_names, "same_person", counted)
    tagged_names(cast, tags)
    # The pair loop compares about 4,600 × 3,900 times; the index a few times a character.
    assert compared < 20 * len(cast)
