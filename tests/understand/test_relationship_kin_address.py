"""Whose kin a kinship name or a kin vocative makes someone (``relationship_pairs``): a kin
title in the narration ("Cousin Brannock") is the viewpoint character's relative, and "Papa"
said by someone who also calls the listener "Sir Aldous" is no child's word. Invented scenes
with hand-made character layers."""

from __future__ import annotations

from handmade import handmade

from ficshelf.understand.relationship_cues import addresses_as
from ficshelf.understand.relationships import Relationship, relationships_of


def _kinds(found: list[Relationship]) -> dict[tuple[str, str], str]:
    return {(r.a, r.b): r.kind for r in found}


def test_a_kin_title_in_the_narration_is_the_viewpoint_characters_relative() -> None:
    # The story is Wenna's: the narration calls him "Cousin Brannock" as she does, so he is
    # her cousin, not the cousin of the stable boy who happens to stand beside him.
    text = (
        "Wenna came down to the yard before the sun was up.\n\n"
        "Wenna counted the horses twice. By the mounting block Pell was holding a bridle "
        "out at arm's length, and Cousin Brannock was shouting at it.\n\n"
        "Wenna led the grey out herself and did not look back.\n\n"
        "Wenna rode as far as the ford and let the grey drink.\n"
    )
    names = {"Wenna": "Wenna Tregear", "Cousin Brannock": "Cousin Brannock", "Pell": "Pell"}
    found = _kinds(relationships_of(handmade(text, names)))
    assert found.get(("Cousin Brannock", "Wenna Tregear")) == "family"
    assert ("Cousin Brannock", "Pell") not in found


def test_an_uncle_named_beside_a_child_of_the_house_is_still_the_leads_uncle() -> None:
    # "Uncle Ferris" beside the little girl Posy: the uncle of the one whose story it is.
    text = (
        "Hal had been sent to fetch the lamp oil and had forgotten it.\n\n"
        "Hal stood in the doorway. Posy sat on the floor with her doll, and Uncle Ferris "
        "sat at the table above her.\n\n"
        "Hal went back out into the rain for the oil.\n\n"
        "Hal was wet through when he came in again.\n"
    )
    names = {"Hal": "Hal Morrow", "Uncle Ferris": "Uncle Ferris", "Posy": "Posy"}
    found = _kinds(relationships_of(handmade(text, names)))
    assert found.get(("Hal Morrow", "Uncle Ferris")) == "family"
    assert ("Posy", "Uncle Ferris") not in found


def test_a_kin_name_a_speaker_calls_someone_still_binds_the_speaker() -> None:
    # In a line, "Cousin Brannock" is the speaker's cousin as before, whoever the lead is.
    text = (
        "Wenna came down to the yard before the sun was up.\n\n"
        '"Cousin Brannock wants the bay saddled," said Pell.\n\n'
        "Wenna counted the horses twice.\n\n"
        "Wenna rode as far as the ford.\n"
    )
    names = {"Wenna": "Wenna Tregear", "Cousin Brannock": "Cousin Brannock", "Pell": "Pell"}
    found = _kinds(relationships_of(handmade(text, names, ["Pell"])))
    assert found.get(("Cousin Brannock", "Pell")) == "family"


_PAPA_SCENE = (
    "The library fire had gone out, and nobody had come to light it.\n\n"
    '"You are late, {a}," said Sir Aldous.\n\n'
    '"The roads were bad. I only asked, Papa," said {b}.\n\n'
    '"Then ask again tomorrow," said Sir Aldous.\n\n'
    '"I shall," said {b}. "{c}"\n'
)


def test_papa_said_by_someone_who_calls_him_sir_aldous_is_no_childs_word() -> None:
    # Tamsin calls him "Sir Aldous" in a line of her own: a daughter does not; the "Papa"
    # given to her is another speaker's line, and the two are no family.
    text = _PAPA_SCENE.format(a="Miss Tamsin", b="Tamsin", c="Good night, Sir Aldous.")
    names = {"Sir Aldous": "Sir Aldous", "Tamsin": "Tamsin Vell", "Miss Tamsin": "Tamsin Vell"}
    speakers = ["Sir Aldous", "Tamsin Vell", "Sir Aldous", "Tamsin Vell", "Tamsin Vell"]
    found = _kinds(relationships_of(handmade(text, names, speakers)))
    assert found.get(("Sir Aldous", "Tamsin Vell")) != "family"


def test_papa_said_by_someone_who_calls_him_by_name_alone_is_family() -> None:
    # The same scene with no title between them: "Papa" makes them father and daughter.
    text = _PAPA_SCENE.format(a="Tamsin", b="Tamsin", c="Good night.")
    names = {"Sir Aldous": "Sir Aldous", "Tamsin": "Tamsin Vell"}
    speakers = ["Sir Aldous", "Tamsin Vell", "Sir Aldous", "Tamsin Vell", "Tamsin Vell"]
    found = _kinds(relationships_of(handmade(text, names, speakers)))
    assert found.get(("Sir Aldous", "Tamsin Vell")) == "family"


def test_a_parent_who_calls_the_speaker_miss_is_no_parent() -> None:
    # "Father!" given to Tamsin, who is "Miss Vell" to the man she calls so: no father says it.
    text = (
        "The mill yard was full of carts.\n\n"
        '"Good day to you, Miss Vell," said Gorran.\n\n'
        '"Father!" said Tamsin.\n\n'
        '"Aye, I heard," said Gorran.\n'
    )
    names = {"Gorran": "Gorran", "Tamsin": "Tamsin Vell", "Miss Vell": "Tamsin Vell"}
    speakers = ["Gorran", "Tamsin Vell", "Gorran"]
    found = _kinds(relationships_of(handmade(text, names, speakers)))
    assert found.get(("Gorran", "Tamsin Vell")) != "family"


def test_mother_said_to_a_man_makes_no_family_of_the_two() -> None:
    # "This is Mr. Penhale, mother" introduces him to the speaker's mother, whom the scene
    # does not name; Mr. Penhale, the one other speaker, is a man and no one's "Mother".
    text = (
        "The drawing-room was full of the smell of lilies.\n\n"
        '"This is Mr. Penhale, mother," said Hester.\n\n'
        '"I have come about the lease," said Mr. Penhale. He set his hat on his knee.\n\n'
        "Mr. Penhale looked at the lilies.\n"
    )
    names = {"Hester": "Hester Lyle", "Mr. Penhale": "Mr. Penhale"}
    speakers = ["Hester Lyle", "Mr. Penhale"]
    found = _kinds(relationships_of(handmade(text, names, speakers)))
    assert found.get(("Hester Lyle", "Mr. Penhale")) != "family"


def test_mother_said_to_a_woman_still_makes_family() -> None:
    text = (
        "The drawing-room was full of the smell of lilies.\n\n"
        '"Mrs. Lyle, there is a man about the lease," said the maid.\n\n'
        '"Let me alone, Mother," said Hester. "I am reading."\n\n'
        '"You are always reading," said Mrs. Lyle. She put down her work.\n'
    )
    names = {"Hester": "Hester Lyle", "Mrs. Lyle": "Mrs. Lyle"}
    speakers = ["", "Hester Lyle", "Hester Lyle", "Mrs. Lyle"]
    found = _kinds(relationships_of(handmade(text, names, speakers)))
    assert found.get(("Hester Lyle", "Mrs. Lyle")) == "family"


def test_my_father_pointing_someone_out_addresses_no_one() -> None:
    # "My father." as its own sentence, or "My sister, sir, …" with "sir" the address, point a
    # relative out to the listener; "My dear father," and "Good night, my son." address them.
    assert addresses_as("My father. The one by the gate.")[0] == ""
    assert addresses_as("My sister, sir, who keeps the house, is out.")[0] == ""
    assert addresses_as("My dear father, I beg you.")[0] == "father"
    assert addresses_as("My son, listen to me.")[0] == "son"
    assert addresses_as("Good night, my son.")[0] == "son"
    assert addresses_as("Father. You came.")[0] == "father"


def test_a_kin_word_opening_a_later_sentence_of_a_line_addresses_the_listener() -> None:
    # The line turns to its listener with "Papa," after a first sentence said to the room;
    # a list of kin ("Father, mother and I") and "My father, …" mid-line call no one.
    assert addresses_as("It was late when we got in. Papa, you promised.")[0] == "papa"
    assert addresses_as("Leave it there. Sister, help me with the door.")[0] == "sister"
    assert addresses_as("The cart broke. Father, mother and I walked home.")[0] == ""
    assert addresses_as("Nobody came. My father, you see, was away.")[0] == ""
    assert addresses_as("The tea is cold. Darling, don't fret.")[1]
    assert not addresses_as("The tea is cold. Darling Street is shut.")[1]


_MAMMA_SCENE = (
    "The parlour was dark, and the rain came down the window in sheets.\n\n"
    '"Will you let him try the cider?" said {guest}. "It will warm him."\n\n'
    "The boy went white.\n\n"
    '"No," said Tobias. "It makes me ill. Mamma, I needn\'t, need I?"\n\n'
    '"No, you needn\'t," said {answer}. "Go and find the dog."\n'
)


def test_mamma_said_after_a_mans_line_goes_to_the_woman_who_answers() -> None:
    # Tobias breaks into the guest's talk with "Mamma, …": Mrs. Wren, who answers him, is his
    # mother; the man who spoke last is no one's "Mamma".
    text = _MAMMA_SCENE.format(guest="Corin", answer="Mrs. Wren")
    names = {"Corin": "Corin Hale", "Tobias": "Tobias", "Mrs. Wren": "Mrs. Wren"}
    speakers = ["Corin Hale", "Corin Hale", "Tobias", "Tobias", "Mrs. Wren", "Mrs. Wren"]
    found = _kinds(relationships_of(handmade(text, names, speakers)))
    assert found.get(("Mrs. Wren", "Tobias")) == "family"
    assert found.get(("Corin Hale", "Tobias")) != "family"


def test_mamma_answered_by_a_man_stays_with_the_one_who_spoke_last() -> None:
    # The one who answers is a man: he is no "Mamma" either, and the word makes no family.
    text = _MAMMA_SCENE.format(guest="Corin", answer="Mr. Wren")
    names = {"Corin": "Corin Hale", "Tobias": "Tobias", "Mr. Wren": "Mr. Wren"}
    speakers = ["Corin Hale", "Corin Hale", "Tobias", "Tobias", "Mr. Wren", "Mr. Wren"]
    found = _kinds(relationships_of(handmade(text, names, speakers)))
    assert found.get(("Mr. Wren", "Tobias")) != "family"


def test_your_before_a_kin_name_makes_it_the_listeners_relative() -> None:
    # The mention is "Aunt Hepzie"; the "your" before it says whose aunt she is: the
    # listener's, not the speaker's.
    text = (
        "The yard smelled of wet straw.\n\n"
        '"Where have you been all afternoon?" said Mr. Larch.\n\n'
        '"Only in the barn," said Nell.\n\n'
        '"Go and wash. Your Aunt Hepzie is coming to tea," said Mr. Larch.\n'
    )
    names = {"Mr. Larch": "Mr. Larch", "Nell": "Nell", "Aunt Hepzie": "Aunt Hepzie"}
    speakers = ["Mr. Larch", "Nell", "Mr. Larch", "Mr. Larch"]
    found = _kinds(relationships_of(handmade(text, names, speakers)))
    assert found.get(("Aunt Hepzie", "Nell")) == "family"
    assert ("Aunt Hepzie", "Mr. Larch") not in found


def test_a_kin_fragment_after_a_name_says_who_that_one_is() -> None:
    # "My little sister." standing alone after "Tamar" is an apposition: Tamar is the
    # speaker's sister.
    text = (
        "The wind came off the sea all night.\n\n"
        '"I wish Tamar could see this. My little sister. She always wanted the sea," said '
        "Bron.\n\n"
        '"Then bring her next time," said Pellam.\n'
    )
    names = {"Tamar": "Tamar", "Bron": "Bron Tally", "Pellam": "Pellam"}
    found = _kinds(relationships_of(handmade(text, names, ["Bron Tally", "Pellam"])))
    assert found.get(("Bron Tally", "Tamar")) == "family"


def test_a_kin_fragment_of_the_other_gender_names_no_one() -> None:
    # "My father." cannot be Mrs. Quell: the fragment points out someone unnamed.
    text = (
        "The wind came off the sea all night.\n\n"
        '"Mrs. Quell kept the lamp for years. My father. He never missed a night," said '
        "Bron.\n\n"
        '"I remember him," said Pellam.\n'
    )
    names = {"Mrs. Quell": "Mrs. Quell", "Bron": "Bron Tally", "Pellam": "Pellam"}
    found = _kinds(relationships_of(handmade(text, names, ["Bron Tally", "Pellam"])))
    assert found.get(("Bron Tally", "Mrs. Quell")) != "family"


_UMBRELLA = (
    "The rain had kept everyone indoors since noon.\n\n"
    "{owner} came in late, with her brother's umbrella and a wet hem.\n\n"
    "In the billiard-room Tobias Penrose was losing to Hale again.\n\n"
    "{other}"
)


def _umbrella_kinds(owner: str, other: str = "") -> dict[tuple[str, str], str]:
    text = _UMBRELLA.format(owner=owner, other=other)
    names = {
        "Miss Penrose": "Miss Penrose",
        "Mrs. Penrose": "Mrs. Penrose",
        "Tobias Penrose": "Tobias Penrose",
        "Hale": "Hale",
        "Jory Penrose": "Jory Penrose",
    }
    return _kinds(relationships_of(handmade(text, names)))


def test_an_unnamed_brother_is_the_one_man_of_his_sisters_surname() -> None:
    # Siblings share a surname: "her brother" of Miss Penrose is Tobias Penrose, though the
    # story never has them together.
    assert _umbrella_kinds("Miss Penrose").get(("Miss Penrose", "Tobias Penrose")) == "family"


def test_an_unnamed_brother_is_no_one_when_the_surname_does_not_tell() -> None:
    # A married woman's surname is her husband's; two men of the surname leave it open.
    assert ("Mrs. Penrose", "Tobias Penrose") not in _umbrella_kinds("Mrs. Penrose")
    two = _umbrella_kinds("Miss Penrose", "Jory Penrose stood by the fire.\n")
    assert ("Miss Penrose", "Tobias Penrose") not in two
    assert ("Jory Penrose", "Miss Penrose") not in two
