"""The old man of a story (understand/person_epithets.py)."""

from __future__ import annotations

from cast_builders import aliases, cast_of

STORY = (
    "They came across the common at three, old Mr. Hartley in a straw hat and Kit a little "
    "behind him.\n\n"
    '"You are quite right," said the old man, delighted. "It is happier in the garden."\n\n'
    '"It is," said Kit, and Mr. Hartley laughed at him.\n\n'
    "The old man sat down under the tree and went to sleep.\n"
)


def test_the_old_man_is_the_one_man_the_text_calls_old() -> None:
    names = aliases(STORY, cast_of(STORY, pov="third"))
    assert "the old man" in names["Mr. Hartley"]
    assert "the old man" not in names


def test_the_old_man_of_a_story_with_two_old_men_is_his_own() -> None:
    text = STORY.replace("and Kit a little", "and old Mr. Penrose a little")
    names = aliases(text, cast_of(text, pov="third"))
    assert "the old man" not in names.get("Mr. Hartley", set())
    assert "the old man" not in names.get("Mr. Penrose", set())


def test_the_old_woman_is_not_the_old_man() -> None:
    text = STORY.replace("the old man", "the old woman").replace("The old man", "The old woman")
    names = aliases(text, cast_of(text, pov="third"))
    assert "the old woman" not in names.get("Mr. Hartley", set())


def test_the_boy_is_the_one_boy_the_text_calls_little() -> None:
    text = (
        "When I reached the porch little Arthur was on the step with the dog.\n\n"
        '"He knew it was us," the boy said. "He always knows."\n\n'
        '"Come in, Arthur," said Mrs. Graham, and the boy went in.\n\n'
        '"Goodnight," said the boy from the stair.\n'
    )
    names = aliases(text, cast_of(text, pov="third"))
    assert "the boy" in names["Arthur"]
    assert "the boy" not in names
