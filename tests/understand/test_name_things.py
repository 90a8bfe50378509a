"""Names of animals and things (understand/name_things.py), as the name rules read them."""

from __future__ import annotations

import pytest
from cast_builders import people

from ficshelf.model import Span
from ficshelf.understand.characters import characters_of
from ficshelf.understand.name_things import noted_things, owns_a_named_thing, thing_cue
from ficshelf.understand.text import paragraph_spans


def cue(text: str, name: str, apposed: str = "") -> tuple[bool, bool]:
    start = text.index(name)
    return thing_cue(text, start, start + len(name), Span(0, len(text)), apposed)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # what only an animal does, later in its clause
        ("Rufus trotted on ahead of us, barking at the gulls.", "Rufus"),
        # what only an animal has, later in its clause
        ("Rufus is asleep by the stove with his chin on his paws.", "Rufus"),
        # what kind of animal it is, right after the name or in the next sentence
        ("Rufus was a spaniel of great age.", "Rufus"),
        ("Rufus lay by the gate. He is a wire-haired terrier and proud of it.", "Rufus"),
        # a possessive name before the word for the animal, the name in apposition
        ("Dunstan's pony, Pepper, was stabled at the inn.", "Pepper"),
        # the word for the animal opening a sentence, after a capital "The" (chr34b)
        ("It rained. The pony Pepper, who hated rain, stood by the gate.", "Pepper"),
        # which animal it is, with "the" or an owner, the word ending its phrase
        ("The milk was gone. (Pickle was the cat.)", "Pickle"),
        (
            "Someone scratched. It is Rufus. It is the Reverend Mr. Dunstan's fat terrier, who",
            "Rufus",
        ),
        # carried under an arm, whistled, a fit of barking (round chr33)
        ("The vicar's wife sailed in with Biscuit tucked under her arm.", "Biscuit"),
        ("He whistled Biscuit back from the hedge and went on.", "Biscuit"),
        ("She whistled up Biscuit at the stile.", "Biscuit"),
        ("At the knock Biscuit went off into a fit of yapping.", "Biscuit"),
    ],
)
def test_the_text_shows_the_name_is_an_animal_or_a_thing(text: str, name: str) -> None:
    assert cue(text, name) == (True, False)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("She has a doll. The doll is called Lady Pim.", "Lady Pim"),
        # a relative about a thing that names it
        ("We sat under the big oak tree by the pond, the one the boys call Goliath.", "Goliath"),
        # a name given to an "it"
        ("The kitten mewed all night. Ada named it Pickle in the end.", "Pickle"),
        # a place phrase between the thing and "is called"
        ("The kettle on the shelf by the door is called Horace.", "Horace"),
        ("The old van behind Dunstan's garage was named Bluebell.", "Bluebell"),
    ],
)
def test_a_thing_called_so_is_said_outright(text: str, name: str) -> None:
    assert cue(text, name) == (True, True)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rufus walked home with his hands in his pockets.", "Rufus"),
        ("Rufus was a mule about it, and would not say sorry.", "Rufus"),  # an insult
        ("Rufus was the cat burglar of the village.", "Rufus"),  # the word goes on
        ("Rufus was the dog's keeper for a year.", "Rufus"),
        ("Rufus is the horse-dealer.", "Rufus"),
        ("Rufus lay by the gate with Kate. He is a terrier man.", "Rufus"),  # another name
        ("Rufus took the dog, barking mad as it was, to Kate.", "Kate"),
        ("Rufus went to call Kate from the tree house.", "Kate"),
        ("Dunstan's pony boy, Peter, was at the inn.", "Peter"),  # not the pony itself
        ("She called it, Rufus said, a day.", "Rufus"),  # "it" is no thing named
        # a person after "is called", with no thing word heading the phrase before it
        ("The man in the kitchen is called Horace.", "Horace"),
        # the place phrase ends the thing's clause: the man is the one called
        ("He fixed the kettle in the kitchen; his uncle was called Horace.", "Horace"),
        # whistled for, whistled to, and the noise of a dog heard by a person
        ("Rufus whistled for Kate, who came down the stairs.", "Kate"),
        ("Rufus whistled to Kate across the yard.", "Kate"),
        ("Kate heard the sound of barking from the yard.", "Kate"),
        ("Kate stood under the arch with her arm in a sling.", "Kate"),
    ],
)
def test_a_person_is_no_thing(text: str, name: str) -> None:
    assert cue(text, name) == (False, False)


def test_named_animals_and_a_doll_with_a_title_are_not_people() -> None:
    text = (
        "Rufus trotted on ahead of us, barking at the gulls. Nell laughed at him.\n\n"
        "Nell carried her doll everywhere. The doll is called Lady Pim, and Lady Pim "
        "wore a blue hat. Nell set Lady Pim on the wall and sat down.\n\n"
        '"Come along," said Nell.'
    )
    found = people(text)
    assert "Nell" in found
    assert "Rufus" not in found
    assert not any("Pim" in name for name in found)


def test_a_doll_called_so_outright_is_no_person_though_it_goes_about() -> None:
    # "goes" is a speech verb ("and she goes, 'No!'"); the naming said outright outweighs it
    text = (
        "Nell carried her doll everywhere. The doll is called Lady Pim and has one shoe.\n\n"
        '"Nell, Lady Pim will want her coat," said Mrs. Ash.\n\n'
        "But Lady Pim goes down to the garden after all, under Nell's arm.\n\n"
        '"Come along," said Nell.'
    )
    found = people(text)
    assert "Nell" in found
    assert not any("Pim" in name for name in found)


def test_a_kitten_named_it_is_no_person() -> None:
    text = (
        "The kitten came in September. Ada named it Pickle, and the dog Biscuit.\n\n"
        "Pickle has moved to the pillow and is asleep against her cheek.\n\n"
        '"Goodnight," said Ada.'
    )
    found = people(text)
    assert "Ada" in found
    assert "Pickle" not in found and "Biscuit" not in found


def test_a_machine_named_after_a_phrase_is_no_person() -> None:
    text = (
        "The kettle in the Ashes' kitchen is called Horace, and Horace is failing.\n\n"
        '"It\'s Horace again," said Nell.\n\n'
        "Horace lives to boil another day, and Nell goes back to bed."
    )
    found = people(text)
    assert "Nell" in found
    assert "Horace" not in found


@pytest.mark.parametrize(
    ("note", "names"),
    [
        ("A/N: Pepperpot the pony is my invention, sorry to the author.", {"Pepperpot"}),
        ("Author's note: Thunderer is Marlow's rifle, not a cousin!!", {"Thunderer"}),
        ("A/N: also Sir Crumb the old cat is real.", {"Sir Crumb", "Crumb"}),
        ("A/N: Tansy is my own terrier and she wanted in.", {"Tansy"}),
        # "is a dog" is said of people in jest; a person's role is no thing
        ("A/N: Marlow is a dog in this chapter. Ada the cook is mine.", set()),
    ],
)
def test_a_note_says_a_name_is_an_animal_or_a_thing(note: str, names: set[str]) -> None:
    found = noted_things(note, [Span(0, len(note))])
    assert names <= found
    assert not found & {"Marlow", "Ada"}


STORY_WITH_NOTE = (
    "Marlow rode out at dawn on Thunderer, with Ada beside him.\n\n"
    '"We shall be late," said Ada.\n\n'
    "Marlow patted Thunderer and looked at the hill. Thunderer was tired too.\n\n"
    '"Not if Thunderer has his way," said Marlow.\n\n'
    "A/N: Thunderer is Marlow's old horse, in case it was unclear!"
)


def _cast_with_note(text: str) -> set[str]:
    spans = paragraph_spans(text)
    body, note = spans[:-1], spans[-1:]
    return {c.label for c in characters_of(text, body, None, "third", note).characters}


def test_an_animal_the_notes_name_is_no_character() -> None:
    assert "Thunderer" in _cast_with_note(STORY_WITH_NOTE.rsplit("\n\n", 1)[0] + "\n\nThe end.")
    found = _cast_with_note(STORY_WITH_NOTE)
    assert {"Marlow", "Ada"} <= found
    assert "Thunderer" not in found


def test_a_talking_animal_the_notes_name_stays_a_character() -> None:
    text = STORY_WITH_NOTE.replace("Thunderer was tired too.", '"I am tired," said Thunderer.')
    assert "Thunderer" in _cast_with_note(text)


def test_a_plural_owner_of_common_words_names_a_body() -> None:
    assert cue("The Widows’ Fund wrote to say there was no money left.", "Fund")[0]
    assert cue("and half the Sailors' Rest came out to watch.", "Rest")[0]
    # a name's own possessive is no plural owner
    assert not cue("Then Agnes' Tom wrote to say he was well.", "Tom")[0]


def test_what_a_plural_owner_holds_is_no_person() -> None:
    text = (
        '"When the Farmers’ Guild wrote and said no," Agnes said, "Father wept."\n\n'
        '"Half the Farmers’ Guild came to the door," said Agnes.'
    )
    assert set(people(text)) == {"Agnes"}


@pytest.mark.parametrize(
    ("text", "name", "owns"),
    [
        # a thing's or a place's own name after its owner (chr34b)
        ("They threw him down Noah's Chimney, the men call it.", "Noah", True),
        ("We walked out along Crispin's Causeway at dusk.", "Crispin", True),
        # a work's title runs on with "and" or "of": its owner is its author
        ("He read Mabbott's Decline and Fall all winter.", "Mabbott", False),
        # a person, a kin word, a body of people, a lower-case word after the name
        ("It was Crispin's Ellen who answered.", "Crispin", False),
        ("She asked for Crispin's Mother at the door.", "Crispin", False),
        ("The Bishop's Guards rode in.", "Bishop", False),
        ("She took Crispin's hand.", "Crispin", False),
    ],
)
def test_a_possessive_before_a_capitalised_word_names_a_thing(
    text: str, name: str, owns: bool
) -> None:
    end = text.index(name) + len(name)
    assert owns_a_named_thing(text, end, len(text)) is owns


def test_the_owner_in_a_things_name_is_no_character() -> None:
    text = (
        "Martin looked down at the water. Noah's Chimney, the servants called it, a chute "
        "of old planks.\n\nMartin swore. Nobody had come down Noah's Chimney alive."
    )
    found = characters_of(text, paragraph_spans(text), pov="third")
    labels = {c.label for c in found.characters}
    assert "Martin" in labels and "Noah" not in labels


def test_a_full_or_titled_name_owning_a_things_name_is_still_someone() -> None:
    # "Robin Hood's Well", "St. George's Day": the people a place or a day remembers
    text = (
        "We rode past Walter Pennick's Well and on to the inn.\n\nMartin laughed. Walter "
        "Pennick was his grandfather."
    )
    found = characters_of(text, paragraph_spans(text), pov="third")
    assert "Walter Pennick" in {c.label for c in found.characters}
