"""Round lit46 (docs/history/speakers.md): a first-person narrator who meets someone the
narration brings on with "a"/"an" inside a sentence of the narrator's ("I faced a tall old
woman", "I once asked a young fellow, who …") hands that newcomer the "he"/"she" line right
after (``described_tags._met_newcomer``). Each on a short text written for the test."""

from __future__ import annotations

from dialogue_texts import speakers_by_line

from ficshelf.understand.described_tags import newcomer_phrase


def _met(narration: str, pronoun: str) -> str | None:
    span = newcomer_phrase(narration, 0, len(narration), pronoun, [])
    return None if span is None else narration[span[0] : span[1]]


def test_the_narrator_meets_a_newcomer_as_the_object_of_a_sentence() -> None:
    assert _met("At the bottom of the lane I met a tall old woman with a basket. ", "she") == (
        "a tall old woman"
    )
    assert _met("I once asked a young fellow, who was sweeping the steps. ", "he") == (
        "a young fellow"
    )


def test_no_newcomer_is_met_after_a_copula_a_preposition_or_a_pronoun() -> None:
    for narration, pronoun in (
        ("When I was a boy the river froze every winter. ", "he"),  # the narrator, once
        ("I knew him for a sailor before he spoke. ", "he"),  # "him": already there
        ("I thought of a woman I had known in Lyons. ", "she"),  # "of a": no one met
        ("She came up to me. I nodded at a man by the door. ", "she"),  # not her gender
        ("The shop was empty, and the bell rang when a man came in. ", "he"),  # no "I"
    ):
        assert _met(narration, pronoun) is None, narration


_MET = (
    "I had walked all day, and the inn at the crossroads was the first light I saw. "
    "I knocked, and after a while I faced a small grey-haired woman holding a lamp.\n\n"
    '"You are late for supper," she said.\n\n'
    '"I am sorry," I said. "The road was longer than I thought."\n'
)


def test_a_he_or_she_line_after_a_newcomer_the_narrator_meets_is_that_newcomer() -> None:
    said, characters = speakers_by_line(_MET)
    assert said["You are late for supper,"] == "a small grey-haired woman"
    assert "a small grey-haired woman" not in characters


def test_a_name_in_the_narrators_sentence_keeps_the_line_from_the_newcomer() -> None:
    text = (
        "Martha Quill waited for me at the gate. I pointed at a woman on the far bank.\n\n"
        '"She fishes there every morning," she said.\n\n'
        '"Every morning?" I said.\n'
    )
    said, _ = speakers_by_line(text)
    assert said["She fishes there every morning,"] != "a woman"
