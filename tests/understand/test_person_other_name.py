"""The first-person narrator's titled surname (understand/person_other_name.py)."""

from __future__ import annotations

from cast_builders import aliases, cast_of

from ficshelf.understand.person_other_name import surname_of

STORY = (
    "I had been walking the lanes since noon, and my brother Fergus Harlow had gone home "
    "before me.\n\n"
    '"Thanks, Gilbert," said Rose, when I came in at last with the basket. "Fergus ate '
    'all the bread."\n\n'
    '"Gilbert, you are soaked," said Fergus, and I said I was.\n\n'
    "Fergus laughed at that and went out.\n\n"
    '"Gilbert Harlow, you will be late to your own wedding," my mother used to say.\n\n'
    '"Good evening, Mr. Harlow," said Mrs. Vane from the door. "Your mother asked me to '
    'call."\n\n'
    '"Good evening, Mrs. Vane," I said, and Rose went to find a chair for her.\n'
)


def test_a_titled_surname_others_call_the_narrator_is_the_narrator() -> None:
    found = cast_of(STORY, pov="first")
    assert [n.label for n in found.narrator] == ["Gilbert Harlow"]
    names = aliases(STORY, found)
    assert "Mr. Harlow" in names["Gilbert Harlow"]
    assert "Mr. Harlow" not in names


def test_the_narrators_titled_surname_in_a_third_person_story_is_its_own() -> None:
    names = aliases(STORY.replace("I had", "Tom had").replace(" I ", " Tom "), pov="third")
    assert "Mr. Harlow" not in names.get("Gilbert Harlow", set())


def test_a_title_of_the_other_gender_is_not_the_narrator() -> None:
    text = STORY.replace('"Good evening, Mr. Harlow,"', '"Good evening, Mrs. Harlow,"')
    names = aliases(text, cast_of(text, pov="first"))
    assert "Mrs. Harlow" not in names.get("Gilbert Harlow", set())


def test_a_titled_surname_never_called_by_it_is_not_the_narrator() -> None:
    # spoken of, not to: as likely the narrator's father
    text = STORY.replace(
        '"Good evening, Mr. Harlow," said Mrs. Vane from the door.',
        '"Mr. Harlow sends his love," said Mrs. Vane from the door.',
    )
    names = aliases(text, cast_of(text, pov="first"))
    assert "Mr. Harlow" not in names.get("Gilbert Harlow", set())


def test_the_surname_is_the_last_word_of_the_fullest_name() -> None:
    assert surname_of(["Gilbert", "Gilbert Markham"]) == "Markham"
    assert surname_of(["Mr. Markham"]) == ""
    assert surname_of(["Jan", "", "John Ridd"]) == "Ridd"
    assert surname_of([]) == ""
