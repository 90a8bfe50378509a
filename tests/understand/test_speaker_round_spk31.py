"""Round spk31 (docs/history/speakers.md): a beat that opens the paragraph after a tagged line is
read as the new line's beat (the tag's sentence ended with the paragraph before), and a name
in a clause that describes a noun ("the letters Nell went on about") is no speech tag's
subject. Short texts written for the test."""

from __future__ import annotations

from dialogue_texts import sieve_choices

NAMES = {"Tom": "Tom Reed", "Kit": "Kit Reed", "Nell": "Nell Hart", "Ada": "Ada Moss"}

PORCH = (
    "\u201cI think it will rain by noon, Kit,\u201d Tom said, and went on looking at the "
    "sky as if it owed him money.\n\n"
    "Nell laughed from the porch. \u201cIt never rains here in June.\u201d\n"
)

LEDGER = (
    "Ada had kept count for Nell since they were girls at the mill: the cups Nell broke, "
    "the letters Nell went on about for weeks. She is a clerk now. She counts for a "
    "living.\n\n"
    "\u201cI counted them once,\u201d she says.\n"
)


def test_a_beat_opening_the_paragraph_after_a_tagged_line_is_its_line_s_beat() -> None:
    # Tom's tag ends with his own paragraph: "Nell laughed from the porch." is Nell's beat,
    # not the rest of Tom's tag, so the line is hers and not Kit's (whom Tom called)
    lines = sieve_choices(PORCH, NAMES)
    assert lines[0] == ("Tom Reed", "tag_after")
    assert lines[1] == ("Nell Hart", "beat")


def test_the_tag_s_own_sentence_is_still_passed_over_in_its_paragraph() -> None:
    # the rest of Tom's tag in his own paragraph names Nell; the next line, alone in its
    # paragraph, is not hers by that tag's narration
    text = PORCH.replace(
        "and went on looking at the sky as if it owed him money.\n\nNell laughed from the porch. ",
        "and Nell watched him.\n\n",
    )
    lines = sieve_choices(text, NAMES)
    assert lines[1][1] != "beat"


def test_a_name_in_a_clause_describing_a_noun_is_no_tag_subject() -> None:
    # "the letters Nell went on about": "went on" is no speech tag there, so the "she" of the
    # line is Ada, whom the narration follows, not Nell
    lines = sieve_choices(LEDGER, NAMES)
    assert lines[0][0] == "Ada Moss"


def test_a_name_before_went_on_after_a_line_is_still_a_tag_subject() -> None:
    text = (
        "\u201cWe should go,\u201d Ada said. \u201cIt is late.\u201d\n\n"
        "\u201cNot yet,\u201d Nell went on. \u201cI have not finished.\u201d\n"
    )
    lines = sieve_choices(text, NAMES)
    assert lines[2] == ("Nell Hart", "tag_after")
