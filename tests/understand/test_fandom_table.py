"""The fandom table file (``fandoms.toml``): its shape, AO3-style canonical names, and that
moving it out of Python kept every entry the table had before."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest

from ficshelf.understand.fandom_names import (
    FandomTableError,
    find_fandom,
    load_fandoms,
    name_key,
    parse_fandoms,
)

BEFORE = Path(__file__).parent / "data" / "fandoms_before_toml.json"
# Canonical names the table changed to AO3's form when it moved out of Python.
RENAMED = {
    "Hamlet - William Shakespeare": "Hamlet - Shakespeare",
    "Romeo and Juliet - William Shakespeare": "Romeo and Juliet - Shakespeare",
}
# "Title - Author", or a tradition's name ("Norse Mythology", "Robin Hood (Traditional)",
# "Cinderella (Fairy Tale)"): no trailing punctuation, no doubled spaces, no bare author.
_AO3_WORK = re.compile(r"^\S.*\S - \S.*\S$")
_TRADITION = re.compile(r"^[^-]+$|^[^-]+ \([A-Z][\w ]+\)$")


def test_every_relation_names_listed_characters() -> None:
    for fandom in load_fandoms():
        listed = {canonical for canonical, _ in fandom.characters}
        assert len(listed) == len(fandom.characters), fandom.name
        pairs = set()
        for a, b, kind in fandom.relations:
            assert {a, b} <= listed, (fandom.name, a, b)
            assert a != b and kind in ("romantic", "family")
            assert frozenset((a, b)) not in pairs, (fandom.name, a, b)  # one kind per pair
            pairs.add(frozenset((a, b)))


def test_no_name_is_claimed_twice_within_a_fandom() -> None:
    for fandom in load_fandoms():
        owner: dict[str, str] = {}
        for canonical, aliases in fandom.characters:
            for alias in {name_key(n) for n in (canonical, *aliases)}:
                assert owner.setdefault(alias, canonical) == canonical, (fandom.name, alias)


def test_no_fandom_alias_is_claimed_twice() -> None:
    owner: dict[str, str] = {}
    for fandom in load_fandoms():
        title = fandom.name.split(" - ")[0]
        for alias in {name_key(n) for n in (fandom.name, title, *fandom.aliases)}:
            assert owner.setdefault(alias, fandom.name) == fandom.name, (fandom.name, alias)
        assert find_fandom(fandom.name) is fandom


def test_canonical_names_are_in_ao3_form() -> None:
    for fandom in load_fandoms():
        name = fandom.name
        assert name == name.strip() and "  " not in name, name
        assert _AO3_WORK.match(name) or _TRADITION.match(name), name
        assert " - William Shakespeare" not in name  # AO3 writes "Hamlet - Shakespeare"
        assert 1 <= len(fandom.characters), name


def test_the_table_has_grown_past_its_first_forty() -> None:
    assert len(load_fandoms()) >= 120


def test_every_entry_from_before_the_move_is_kept() -> None:
    before = json.loads(BEFORE.read_text(encoding="utf-8"))
    assert len(before) == 40
    by_name = {f.name: f for f in load_fandoms()}
    for old in before:
        fandom = by_name[RENAMED.get(old["name"], old["name"])]
        # Kept: every character, in order, with its names before the move first; the
        # roster may only grow (nicknames, titles and roles added after the move).
        now = {c: [c, *a] for c, a in fandom.characters}
        assert [c for c, _ in fandom.characters if c in {o[0] for o in old["characters"]}] == [
            o[0] for o in old["characters"]
        ], fandom.name
        for names in old["characters"]:
            assert now[names[0]][: len(names)] == names, (fandom.name, names[0])
        # Relations may only grow too (kin and couples of canon added after the move).
        relations = [list(r) for r in fandom.relations]
        assert relations[: len(old["relations"])] == old["relations"], fandom.name
        assert set(old["aliases"]) <= set(fandom.aliases), fandom.name
        for alias in (old["name"], old["name"].split(" - ")[0], *old["aliases"]):
            found = find_fandom(alias)
            assert found is not None and found.name == fandom.name, alias


def test_the_table_is_read_once() -> None:
    assert load_fandoms() is load_fandoms()


def test_a_shipped_file_with_the_sample_entry_parses() -> None:
    document = tomllib.loads(
        """
        [[fandom]]
        name = "Harrowgate Chronicles - Mara Quill"
        aliases = ["Harrowgate"]
        characters = [["Ada Fenn", "Ada"], ["Tobias Fenn"]]
        relations = ["Ada Fenn & Tobias Fenn"]
        """
    )
    (fandom,) = parse_fandoms(document)
    assert fandom.characters == (("Ada Fenn", ("Ada",)), ("Tobias Fenn", ()))
    assert fandom.relations == (("Ada Fenn", "Tobias Fenn", "family"),)


def test_friendships_are_read_and_must_be_written_with_an_ampersand() -> None:
    document = tomllib.loads(
        """
        [[fandom]]
        name = "Harrowgate Chronicles - Mara Quill"
        characters = [["Ada Fenn"], ["Tobias Fenn"], ["Wren Hale"]]
        friendships = ["Ada Fenn & Wren Hale"]
        """
    )
    (fandom,) = parse_fandoms(document)
    assert fandom.friendships == (("Ada Fenn", "Wren Hale"),)
    assert parse_fandoms({"fandom": [{"name": "X - Y", "characters": []}]})[0].friendships == ()
    for bad in (["Ada Fenn / Wren Hale"], ["Ada Fenn"], [" & Wren Hale"], "Ada Fenn & Wren"):
        with pytest.raises(FandomTableError):
            parse_fandoms({"fandom": [{"name": "X - Y", "friendships": bad}]})


def test_every_friendship_names_two_listed_characters_canon_does_not_relate() -> None:
    total = 0
    for fandom in load_fandoms():
        characters = {canonical for canonical, _ in fandom.characters}
        related = {frozenset((a, b)) for a, b, _ in fandom.relations}
        seen: set[frozenset[str]] = set()
        for a, b in fandom.friendships:
            pair = frozenset((a, b))
            assert {a, b} <= characters and a != b, (fandom.name, a, b)
            assert pair not in related and pair not in seen, (fandom.name, a, b)
            seen.add(pair)
            total += 1
    assert total >= 300


@pytest.mark.parametrize(
    "entry",
    [
        'aliases = ["X"]',
        'name = "X - Y"\ncharacters = [[]]',
        'name = "X - Y"\naliases = "X"',
        'name = "X - Y"\ncharacters = [["A"], ["B"]]\nrelations = ["A and B"]',
    ],
)
def test_a_malformed_entry_is_refused(entry: str) -> None:
    with pytest.raises(FandomTableError):
        parse_fandoms(tomllib.loads("[[fandom]]\n" + entry))


def test_no_canon_lists_the_narrator_every_first_person_story_has() -> None:
    for fandom in load_fandoms():
        for canonical, aliases in fandom.characters:
            assert "narrator" not in {name_key(n) for n in (canonical, *aliases)}, fandom.name


def test_a_character_that_is_no_person_is_written_as_a_table_with_its_kind() -> None:
    document = tomllib.loads(
        """
        [[fandom]]
        name = "Harrowgate Chronicles - Mara Quill"
        characters = [
          ["Ada Fenn", "Ada", "the miller"], { names = ["Pip", "old Pip"], kind = "animal" },
          { names = ["Clementine"], kind = "thing" }, { names = ["Tobias Fenn"] },
        ]
        """
    )
    (fandom,) = parse_fandoms(document)
    assert [c for c, _ in fandom.characters] == ["Ada Fenn", "Pip", "Clementine", "Tobias Fenn"]
    assert fandom.characters[1] == ("Pip", ("old Pip",))
    assert fandom.kinds == (("Pip", "animal"), ("Clementine", "thing"))
    for bad in ({"names": ["Pip"], "kind": "ghost"}, {"names": ["Pip"], "sort": "animal"}, {}):
        with pytest.raises(FandomTableError):
            parse_fandoms({"fandom": [{"name": "X - Y", "characters": [bad]}]})


def test_the_shipped_table_marks_only_canon_animals_and_things() -> None:
    kinds = {(f.name, c): k for f in load_fandoms() for c, k in f.kinds}
    assert kinds[("A Little Princess - Frances Hodgson Burnett", "Emily")] == "thing"
    assert kinds[("A Little Princess - Frances Hodgson Burnett", "Melchisedec")] == "animal"
    # Animals that talk in their canon are people there.
    assert not any(f.kinds for f in load_fandoms() if f.name.startswith("The Jungle Book"))
    listed = {(f.name, c) for f in load_fandoms() for c, _ in f.characters}
    assert set(kinds) <= listed
