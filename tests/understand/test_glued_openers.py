"""A common word opening a sentence is cut off the name after it where the story writes the
word in lower case and never the pair inside a sentence (understand/glued_openers.py), and
the names that open with an English word are kept whole."""

from __future__ import annotations

from cast_builders import aliases

from ficshelf.understand.glued_openers import GluedOpeners, glued_first_word
from ficshelf.understand.names import QuoteIndex, scan_names
from ficshelf.understand.narrator_fallbacks import plain_quotes
from ficshelf.understand.text import paragraph_spans


def _keys(text: str) -> set[str]:
    paragraphs = paragraph_spans(text)
    quotes = QuoteIndex(plain_quotes(text, paragraphs))
    return {c.key for c in scan_names(text, paragraphs, quotes)}


def test_an_adverb_opening_the_sentence_is_no_part_of_the_name() -> None:
    text = (
        "Tobias Wren mended nets on the quay all morning, and afterward he slept.\n\n"
        "Afterward Tobias could not say who had spoken first. He only knew that Tobias "
        "had been the one to shout."
    )
    keys = _keys(text)
    assert "Afterward Tobias" not in keys
    assert "Tobias" in keys


def test_a_glued_word_in_a_line_leaves_the_named_one_alone() -> None:
    text = (
        "Corwenna sat by the fire, and her brother Idris sat across from her.\n\n"
        "\u201cWho do you take after?\u201d asked Idris.\n\n"
        "\u201cLike Corwenna, I suppose. Like all of us,\u201d said Idris, and she "
        "laughed at him like a sister."
    )
    found = aliases(text)
    assert not any("Like Corwenna" in forms for forms in found.values())
    assert "Like Corwenna" not in found


def test_a_name_that_opens_with_an_english_word_stays_whole() -> None:
    # written inside a sentence too: a name of its own
    text = (
        "The men of the valley feared only one rider, and they called him Fighting "
        "Osric.\n\nFighting Osric rode down from the hills at dusk, and the fighting "
        "was over by dawn."
    )
    assert "Fighting Osric" in _keys(text)


def test_a_word_never_written_in_lower_case_is_kept() -> None:
    text = "Limping Maelis came in from the yard. Limping Maelis sat down by the hearth."
    assert "Limping Maelis" in _keys(text)


def test_which_words_may_be_glued() -> None:
    assert glued_first_word("Afterward")
    assert glued_first_word("Like")
    assert not glued_first_word("Maid")  # a person noun: "Maid Marian"
    assert not glued_first_word("Rose")  # a given name
    assert not glued_first_word("Captain")  # a title
    assert not glued_first_word("Mother")


def test_the_story_decides_each_pair_once() -> None:
    text = "afterward. Afterward Tobias left. And Afterward Tobias came back, said Afterward Ann."
    glued = GluedOpeners(text)
    assert not glued.is_glued("Afterward", "Afterward Tobias")  # "And Afterward Tobias"
    assert glued.is_glued("Afterward", "Afterward Ann") is False  # after a word
    assert GluedOpeners("Read Ovid, she said. We read.").is_glued("Read", "Read Ovid")
