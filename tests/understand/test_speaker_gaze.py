"""Round spk29 (docs/history/speakers.md): a turn that calls no one by name is answered by whom its
speaker looks at ("He looked at Walter." / the untagged reply is Walter's), not by the
voice two back. Short texts written for the test."""

from __future__ import annotations

from dialogue_texts import said, with_cast

from ficshelf.understand.speaker_gaze import _LOOK_AT_SELF, _SELF_WORD
from ficshelf.understand.speakers import speaker_candidates

NAMES = {"Bridget": "Bridget", "Oskar": "Oskar", "Walter": "Walter"}

# Bridget speaks, Oskar answers her and looks at Walter: the untagged reply is Walter's.
KITCHEN = (
    "Bridget and Oskar were already at the table when Walter came in from the yard, "
    "stamping the snow off his boots.\n\n"
    "\u201cThe well is frozen again,\u201d said Bridget.\n\n"
    "\u201cThen we melt snow,\u201d said Oskar. He put down his spoon and looked at Walter. "
    "\u201cUnless somebody means to chop through it.\u201d\n\n"
    "\u201cI chopped through it yesterday. My arms are still sore.\u201d\n\n"
    "Nobody offered to do it today.\n"
)
REPLY = "I chopped through it yesterday. My arms are still sore."


def test_the_one_looked_at_answers() -> None:
    assert said(KITCHEN, NAMES)[3] == (REPLY, "Walter")


def test_a_look_at_no_one_leaves_the_count() -> None:
    away = KITCHEN.replace("looked at Walter", "looked at the window")
    assert said(away, NAMES)[3] == (REPLY, "Bridget")


def test_turning_to_someone_is_a_look() -> None:
    turned = KITCHEN.replace("He put down his spoon and looked at Walter.", "He turned to Walter.")
    assert said(turned, NAMES)[3] == (REPLY, "Walter")


def test_a_line_that_calls_someone_is_answered_by_the_one_called() -> None:
    # the call decides, the look does not: "Bridget, ..." is answered by Bridget
    called = KITCHEN.replace("\u201cUnless somebody", "\u201cBridget, unless somebody")
    assert said(called, NAMES)[3] == (REPLY, "Bridget")


# A first-person story: the narrator is the one looked at ("He looked at me").
LANE = (
    "My uncle Ezra and his wife Martha were by the stove when I came in with the milk.\n\n"
    "\u201cYou are late,\u201d said Martha.\n\n"
    "\u201cThe lane was under water all morning,\u201d said Ezra. He looked at me over his "
    "spectacles. \u201cWas it not?\u201d\n\n"
    "\u201cUp to my knees, and the cow would not cross.\u201d\n\n"
    "Martha poured the milk into the pan.\n"
)
LANE_NAMES = {"Ezra": "Ezra", "Martha": "Martha", "Hal": "Hal"}
LANE_REPLY = "Up to my knees, and the cow would not cross."


def test_a_look_at_me_is_a_look_at_the_narrator() -> None:
    lines = said(LANE, LANE_NAMES, pov="first", narrator="Hal")
    assert lines[3] == (LANE_REPLY, "Hal")


def test_without_the_look_the_count_gives_the_reply_back() -> None:
    plain = LANE.replace(" He looked at me over his spectacles.", "")
    lines = said(plain, LANE_NAMES, pov="first", narrator="Hal")
    assert lines[3] == (LANE_REPLY, "Martha")


def test_someone_elses_look_says_nothing_of_the_listener() -> None:
    # Oskar looks at Walter, but Bridget speaks the line: the reply is not Walter's by the
    # look (the sieve counts the exchange on instead)
    other = (
        "Bridget and Oskar were already at the table when Walter came in from the yard, "
        "stamping the snow off his boots.\n\n"
        "\u201cThe well is frozen again,\u201d said Oskar.\n\n"
        "Oskar looked at Walter. \u201cThen we melt snow,\u201d said Bridget.\n\n"
        "\u201cI chopped through it yesterday. My arms are still sore.\u201d\n"
    )
    states = speaker_candidates(with_cast(other, NAMES))
    assert (states[2][0].label, states[2][0].rule) == ("Oskar", "alternation")
    looked = other.replace("Oskar looked at Walter.", "She looked at Walter.")
    states = speaker_candidates(with_cast(looked, NAMES))
    assert (states[2][0].label, states[2][0].rule) == ("Walter", "addressed_before")


# Round speed36: a stretch is scanned for looks at the narrator only where the narrator's
# word stands after a space, as every such look ends ("glanced at ME", "smiled across at\nyou").
LOOKS_AT_SELF = [
    "She glanced at ME and laughed.",
    "He smiled across at\nme, then went on.",
    "They were staring at You all evening.",
    "He looked sideways at   yoU.",
]


def test_every_look_at_the_narrator_holds_the_narrators_word() -> None:
    for sentence in LOOKS_AT_SELF:
        look = _LOOK_AT_SELF.search(sentence)
        assert look is not None
        word = look.group(1).lower()
        assert _SELF_WORD[word].search(sentence, 0, len(sentence)) is not None


def test_a_stretch_without_the_word_is_not_read() -> None:
    assert _SELF_WORD["me"].search("Some men came home at the time.") is None
    assert _SELF_WORD["you"].search("The young ones, yours and youths.") is None
