"""Round spk34 (docs/history/speakers.md): a name standing as a sentence of its own inside a line
is talked about, not called, when "he"/"she" goes on about that person right after it or
when the sentence before gives a name or a bare description (``named_aside``). On lines
written for the test."""

from __future__ import annotations

from dialogue_texts import with_cast

from ficshelf.understand.speakers import speaker_candidates

CAST = {"Mara": "Mara", "Tobias": "Tobias", "Wren": "Wren"}


def _calls(text: str) -> list[tuple[list[str], list[str]]]:
    """(addressed, talked about) of every quote of ``text``."""
    return [
        (state.addressed, state.about) for state, _ in speaker_candidates(with_cast(text, CAST))
    ]


def test_a_name_between_sentences_about_him_is_talked_about() -> None:
    text = (
        "Mara sat by the fire with her sewing, and Wren watched her.\n\n"
        "\"He'd be at sea by now. Tobias. He'd be nineteen,\" said Mara.\n"
    )
    assert _calls(text) == [([], ["Tobias"])]


def test_a_name_after_his_name_or_a_description_is_talked_about() -> None:
    text = (
        "Mara sat by the fire with her sewing, and Wren watched her.\n\n"
        '"And you said his name. Tobias." Mara put down the needle.\n\n'
        '"And the other one. The clerk. Tobias." Wren shook her head.\n'
    )
    assert _calls(text) == [([], ["Tobias"]), ([], ["Tobias"])]


def test_a_name_before_an_order_is_still_a_call() -> None:
    text = (
        "Mara sat by the fire with her sewing, and Wren watched her.\n\n"
        "\"He'd be at sea by now. Tobias. He'd be nineteen.\" Mara looked up. "
        '"Tobias. Fetch the lantern."\n'
    )
    first, second = _calls(text)
    assert first == ([], ["Tobias"])
    assert second == (["Tobias"], [])


def test_a_he_after_a_woman_s_name_is_someone_else() -> None:
    text = (
        "Mara sat by the fire with her sewing. She did not look up.\n\n"
        '"And you said his name. Tobias. He\'d be nineteen," said Wren.\n\n'
        '"Mara. He is awake," said Wren. "He is asking for you."\n'
    )
    # "Tobias. He ..." is talked about; "Mara. He ..." calls her: "he" is another
    assert _calls(text) == [([], ["Tobias"]), (["Mara"], []), ([], [])]
