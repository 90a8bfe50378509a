"""Round spk44 (docs/history/speakers.md): a "he"/"she" tag on the first line of a scene
goes to the person the new scene names, not to a subject named before the break, nor to
one the same pronoun was just shown not to be (``scene_referents``). Each on a short
text written for the test."""

from __future__ import annotations

from dialogue_texts import sieve_choices

_MEN = {"Arthur": "Arthur", "Colin": "Colin", "Dennis": "Dennis"}

# Arthur and Dennis talk; after the break Arthur meets Colin, whom the new scene brings on
_AFTER_BREAK = (
    "Arthur sat on the wall while Dennis mended the net.\n\n"
    '"You\'ll want more twine," said Dennis.\n\n'
    '"I know," said Arthur. "I\'ll fetch some."\n\n'
    "* * *\n\n"
    "On the way home along the cliff path, Arthur met Colin.\n\n"
    "He was carrying a coil of rope over one shoulder, and his boots were white with salt. "
    "He stopped when he saw Arthur.\n\n"
    '"Evening," he said. "Where are you off to?"\n'
)

_WOMEN = {"Beth": "Beth", "Nora": "Nora", "Ivy": "Ivy"}

# Nora spoke before the break; in the shop the "she" who sees Nora is Ivy
_BOUND = (
    "Beth and Nora walked down to the village in the rain.\n\n"
    '"We shall be soaked," said Nora.\n\n'
    "* * *\n\n"
    "The shop was warm and smelled of oranges, and behind the counter, weighing out tea, "
    "stood Ivy.\n\n"
    "She looked up from the scales and went pink. Then she saw Nora.\n\n"
    '"Oh!" she said. "You came after all."\n'
)


def test_a_he_tag_after_a_break_goes_to_the_man_the_scene_names() -> None:
    speaker, rule = sieve_choices(_AFTER_BREAK, _MEN)[-2]
    assert (speaker, rule) == ("Colin", "pronoun_recent")


def test_a_she_tag_skips_the_woman_the_same_she_just_saw() -> None:
    speaker, rule = sieve_choices(_BOUND, _WOMEN)[-2]
    assert (speaker, rule) == ("Ivy", "pronoun_recent")
