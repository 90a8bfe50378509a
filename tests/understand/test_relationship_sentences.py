"""Whom a romantic word in a line of dialogue binds when its other side is "I", "me" or
"you" (``relationship_sentences``), on invented scenes with hand-made character layers."""

from __future__ import annotations

from handmade import handmade

from ficshelf.understand.relationships import Relationship, gather, relationships_of


def _kinds(found: list[Relationship]) -> dict[tuple[str, str], str]:
    return {(r.a, r.b): r.kind for r in found}


NAMES = {
    "Nell": "Nell Hawes",
    "Bertie": "Bertie Crane",
    "Mrs. Crane": "Mrs. Crane",
    "Selden": "Selden",
    "Lily": "Lily",
    "Percy": "Percy Gale",
}


def test_me_beside_a_romantic_word_is_the_speaker() -> None:
    # The Cranes want Nell to marry Bertie; Mrs. Crane, named nearer, is no side of it.
    text = (
        '"Why do you stay with them?" asked Selden.\n\n'
        '"Because Mrs. Crane wants me to marry Bertie, I think," said Nell.\n\n'
        '"And will you?" said Selden.\n'
    )
    found = _kinds(relationships_of(handmade(text, NAMES, ["Selden", "Nell Hawes", "Selden"])))
    assert found.get(("Bertie Crane", "Nell Hawes")) == "romantic"
    assert ("Bertie Crane", "Mrs. Crane") not in found


def test_you_beside_a_romantic_word_is_the_listener() -> None:
    text = (
        '"I am tired of all of them," said Lily.\n\n'
        '"You could have married Percy," Selden says mildly.\n\n'
        '"I could have," said Lily.\n'
    )
    found = _kinds(relationships_of(handmade(text, NAMES, ["Lily", "Selden", "Lily"])))
    assert found.get(("Lily", "Percy Gale")) == "romantic"
    assert ("Percy Gale", "Selden") not in found


def test_a_romantic_word_about_me_and_someone_unnamed_binds_no_one_named() -> None:
    # "the dairyman" is unnamed: Mrs. Crane, named after it, is not whom Nell would marry.
    text = (
        '"We shall all be here for ever," said Lily.\n\n'
        '"I might be married to the dairyman by then, if Mrs. Crane goes first," said Nell.\n\n'
        '"Nell!" said Lily.\n'
    )
    found = _kinds(relationships_of(handmade(text, NAMES, ["Lily", "Nell Hawes", "Lily"])))
    assert ("Mrs. Crane", "Nell Hawes") not in found


def test_you_and_me_around_a_strong_word_are_speaker_and_listener() -> None:
    text = (
        '"It is late," said Bertie.\n\n'
        '"Will you marry me, then?" said Nell.\n\n'
        '"Yes," said Bertie. "Yes, I will."\n'
    )
    found = _kinds(relationships_of(handmade(text, NAMES, ["Bertie Crane", "Nell Hawes"] * 2)))
    assert found.get(("Bertie Crane", "Nell Hawes")) == "romantic"


def test_a_romantic_word_that_is_a_mention_ties_its_character_to_the_owner() -> None:
    # The characters stage took "girlfriend" as a mention of Clara.
    text = (
        "Harris set up the group chat and named it after the boat.\n\n"
        "Harris's girlfriend Clara replies with a single thumbs-up and leaves the group.\n"
    )
    names = {"Harris": "Harris", "girlfriend": "Clara", "Clara": "Clara"}
    assert _kinds(relationships_of(handmade(text, names))).get(("Clara", "Harris")) == "romantic"


def test_a_shouted_or_capitalised_me_or_you_is_still_the_speaker_or_listener() -> None:
    shouted_you = (
        '"I am tired of all of them," said Lily.\n\n'
        '"YOU could have married Percy," Selden says mildly.\n\n'
        '"I could have," said Lily.\n'
    )
    found = _kinds(relationships_of(handmade(shouted_you, NAMES, ["Lily", "Selden", "Lily"])))
    assert found.get(("Lily", "Percy Gale")) == "romantic"
    assert ("Percy Gale", "Selden") not in found
    shouted_me = (
        '"Why are you so cross?" asked Selden.\n\n'
        '"Because Mrs. Crane wants ME to marry Bertie," said Nell.\n\n'
        '"And will you?" said Selden.\n'
    )
    speakers = ["Selden", "Nell Hawes", "Selden"]
    found = _kinds(relationships_of(handmade(shouted_me, NAMES, speakers)))
    assert found.get(("Bertie Crane", "Nell Hawes")) == "romantic"
    assert ("Bertie Crane", "Mrs. Crane") not in found


def test_a_name_after_a_romantic_mention_is_as_near_as_its_first_word() -> None:
    # "girlfriend" is a mention of Clara; the name after it starts four characters away,
    # nearer than Tom before it, however long that name runs.
    text = (
        "The rain had stopped by the time the party broke up.\n\n"
        "Tom waited at the door until the girlfriend of Sir Bartholomew Ashcombe came in.\n"
    )
    names = {
        "Tom": "Tom",
        "girlfriend": "Clara",
        "Sir Bartholomew Ashcombe": "Sir Bartholomew Ashcombe",
    }
    found = _kinds(relationships_of(handmade(text, names)))
    assert found.get(("Clara", "Sir Bartholomew Ashcombe")) == "romantic"
    assert found.get(("Clara", "Tom")) != "romantic"


def test_a_parent_called_pa_is_family_of_the_child_who_calls_him_so() -> None:
    # "Pa" is the father's name in his household: the daughter who calls him so is his kin.
    text = (
        "The bakery van was late, and the kitchen smelt of burnt toast.\n\n"
        '"Pa, the kettle has boiled dry again," said Nettie.\n\n'
        '"Has it?" said Pa, not looking up from the crossword.\n\n'
        '"It has. Pa. Look at it."\n'
    )
    names = {"Nettie": "Nettie Crabbe", "Pa": "Pa"}
    speakers = ["Nettie Crabbe", "Pa", "Nettie Crabbe"]
    found = _kinds(relationships_of(handmade(text, names, speakers)))
    assert found.get(("Nettie Crabbe", "Pa")) == "family"


def test_a_parent_called_ma_in_the_narration_is_the_viewpoint_characters_parent() -> None:
    # "Ma" is Nettie's mother, the story being Nettie's; the lodger named beside her is not
    # her child.
    text = (
        "Nettie came home late and found the kitchen full.\n\n"
        "Nettie hung up her coat. The lodger Mr. Pim sat by the fire, and Ma sat at the "
        "head of the table.\n\n"
        "Nettie ate her supper standing and thought about the bakery.\n\n"
        "Nettie went up to bed at ten.\n"
    )
    names = {"Nettie": "Nettie Crabbe", "Ma": "Ma", "Mr. Pim": "Mr. Pim"}
    found = _kinds(relationships_of(handmade(text, names)))
    assert found.get(("Ma", "Nettie Crabbe")) == "family"
    assert ("Ma", "Mr. Pim") not in found


def test_a_kin_name_after_a_possessive_is_kin_of_the_possessor_only() -> None:
    # The character called "Aunt" is Mr. Dodd's aunt, and "Son" the ferryman's boy: neither is
    # kin of whoever stands nearest in the paragraph.
    text = (
        "The parlour was cold, and the tea was weak.\n\n"
        "Mr. Dodd's Aunt sat in the best chair. Hobbs, who had carried her in, kept by the "
        "door.\n\n"
        "Later the ferryman's Son came up the path, and Hobbs let him in.\n\n"
        "Mr. Dodd poured the tea.\n"
    )
    names = {"Aunt": "Aunt", "Mr. Dodd": "Mr. Dodd", "Hobbs": "Hobbs", "Son": "Son"}
    found = _kinds(relationships_of(handmade(text, names)))
    assert found.get(("Aunt", "Mr. Dodd")) == "family"
    assert ("Aunt", "Hobbs") not in found
    assert ("Hobbs", "Son") not in found


def test_a_kin_name_after_a_contracted_is_has_no_possessor() -> None:
    # "Where's Papa?" and "There's Mamma": the "'s" is "is", not a possessive (review16).
    names = {"Sally": "Sally Reed", "Papa": "Papa", "Tom": "Tom Hale", "Mamma": "Mamma"}
    spoken = (
        "The farmhouse was dark when the cart came up the lane.\n\n"
        '"Where\'s Papa?" cried Sally, running to the gate.\n\n'
        '"In the barn," said Tom.\n'
    )
    found = _kinds(relationships_of(handmade(spoken, names, ["Sally Reed", "Tom Hale"])))
    assert found.get(("Papa", "Sally Reed")) == "family"
    thought = (
        "Sally ran into the kitchen at noon.\n\n"
        "Sally looked round. There's Mamma by the stove, she thought, and Tom at the table.\n\n"
        "Sally sat down.\n"
    )
    found = _kinds(relationships_of(handmade(thought, names)))
    assert found.get(("Mamma", "Sally Reed")) == "family"


def test_a_he_or_she_beside_a_romantic_word_is_its_other_side() -> None:
    # "He kisses Lady Ash's hand. He kisses Mrs. Vell's.": the "he" kisses each lady, so
    # neither sentence makes the two ladies a pair; the man of the sentence before still
    # may be the "he".
    names = {"Lady Ash": "Lady Ash", "Mrs. Vell": "Mrs. Vell", "Sir Orrin": "Sir Orrin"}
    text = (
        "Sir Orrin came into the drawing room at last, late and smiling.\n\n"
        "Sir Orrin bows low. He kisses Lady Ash's hand. He kisses Mrs. Vell's. "
        "The ladies exchange a look.\n"
    )
    gathered = gather(handmade(text, names))
    assert gathered is not None
    ladies = gathered.pairs.get(("Lady Ash", "Mrs. Vell"))
    assert ladies is None or ladies.romantic == 0.0
    assert gathered.pairs[("Lady Ash", "Sir Orrin")].romantic > 0.0
