"""Speaker rules and ranker features of round S14 (the ranker's hand-over, lines given to a
first-person narrator): each on a short text written for the test."""

from __future__ import annotations

from dialogue_texts import GATE, GATE_CAST, said, with_cast

from ficshelf.model import Span
from ficshelf.understand.speaker_context import QuoteState
from ficshelf.understand.speaker_turns import voice_turns
from ficshelf.understand.speaker_vectors import vetoed
from ficshelf.understand.speakers import speaker_candidates


def _features(text: str, cast: dict[str, str], quote: int) -> dict[str, dict[str, float]]:
    """The ranker's features of each candidate of the ``quote``-th quote, by name."""
    found = speaker_candidates(with_cast(text, cast))
    return {c.name: c.features for c in found[quote][1]}


def _state(para: int, label: str, start: int = 0) -> QuoteState:
    return QuoteState(Span(start, start + 1), para, para, label=label)


def test_a_voice_going_on_in_its_paragraph_is_one_turn_for_turn_taking() -> None:
    corin, again, ada = _state(1, "Corin"), _state(1, "Corin", 5), _state(2, "")
    other = _state(1, "Ada", 9)
    turns = [[corin], [again], [ada]]
    assert voice_turns(turns) == [[corin, again], [ada]]
    assert turns == [[corin], [again], [ada]]  # the sieve's turns stay as they were
    # another voice in the same paragraph, or the same voice a paragraph on, is a turn
    assert len(voice_turns([[corin], [other], [ada]])) == 3
    assert len(voice_turns([[corin], [_state(2, "Corin")]])) == 2


def test_the_reply_after_a_long_paragraph_of_one_voice_is_counted_from_its_tag() -> None:
    features = _features(GATE, GATE_CAST, 2)
    # one turn back from Corin's tag, not two: the reply is the other voice's
    assert "anchor_prev_odd" in features["Corin Ashe"]
    assert "anchor_prev_even" not in features["Corin Ashe"]
    assert "turn_minus_2" not in features["Corin Ashe"]


def test_the_subject_of_a_paragraph_of_narration_before_a_line_is_a_feature() -> None:
    text = (
        "Ann Vey, Tom Hale and Ben Oduya sat at supper.\n\n"
        '"Go to bed, Tom," said Ann.\n\n'
        "Out in the hall, Ben found the brandy and poured two glasses.\n\n"
        '"Want some?"\n'
    )
    cast = {"Ann": "Ann Vey", "Tom": "Tom Hale", "Ben": "Ben Oduya"}
    features = _features(text, cast, 1)
    assert features["Ben Oduya"]["narration_para_subject"] == 1.0
    # Ann's name after the last line is that line's tag, and the narration between stands
    # in a paragraph of its own: not her beat
    assert features["Ann Vey"]["previous_line_narration"] == 1.0
    assert "narration_para" not in features["Ann Vey"]
    assert "previous_quote_speaker_gap_para" in features["Ann Vey"]
    assert "previous_quote_speaker_gap_beat" not in features["Ann Vey"]


def test_a_beat_in_the_line_s_own_paragraph_is_no_paragraph_of_narration() -> None:
    text = (
        "Ann Vey and Ben Oduya sat at supper.\n\n"
        '"Go to bed," said Ann. Ben found the brandy. "Or have some."\n'
    )
    features = _features(text, {"Ann": "Ann Vey", "Ben": "Ben Oduya"}, 1)
    assert "narration_para" not in features["Ben Oduya"]
    assert "narration_para_subject" not in features["Ben Oduya"]


def test_and_said_goes_on_from_the_nearest_subject_not_a_first_person_object() -> None:
    cast = {"Tom Hale": "Tom Hale", "Ann Vey": "Ann Vey"}
    narrator = "Jon Hark"
    text = 'Tom Hale and I met again. He held out his hand, as usual, and said, "Good morning."\n'
    assert said(text, cast, pov="first", narrator=narrator) == [("Good morning.", "Tom Hale")]
    text = (
        "Tom Hale sat on the step. Ann Vey came to the door. When I came close she "
        'bowed and said, "The Englishman?"\n'
    )
    assert said(text, cast, pov="first", narrator=narrator) == [("The Englishman?", "Ann Vey")]
    text = (
        "Tom Hale sat on the step. Ann Vey stood over him. She put the rosary round my "
        'neck, and said, "For your mother\'s sake."\n'
    )
    assert said(text, cast, pov="first", narrator=narrator)[0][1] == "Ann Vey"


def test_the_voice_of_a_character_is_that_character() -> None:
    text = 'The door opened.\n\n"Boh! Madam Mope!" cried the voice of John Reed; then he paused.\n'
    cast = {"John Reed": "John Reed"}
    found = speaker_candidates(with_cast(text, cast, pov="first", narrator="Jane Eyre"))
    assert [(q.label, q.rule) for q, _ in found] == [("John Reed", "tag_after")]


def test_returned_to_a_place_is_no_tag_but_returned_alone_replies() -> None:
    text = (
        "John Reed stood by the door.\n\n"
        '"What were you doing?" he asked.\n\n'
        '"I was reading."\n\n'
        '"Show the book." I returned to the window and fetched it.\n\n'
        '"Yes," I returned.\n'
    )
    found = said(text, {"John Reed": "John Reed"}, pov="first", narrator="Jane Eyre")
    assert [who for _, who in found] == ["John Reed", "Jane Eyre", "John Reed", "Jane Eyre"]


def test_the_first_person_narrator_in_the_narration_is_a_feature_of_the_narrator() -> None:
    text = (
        "John Fry came in with the lantern.\n\n"
        '"Thee\'st a fool," said John Fry, when I set them down.\n\n'
        '"You would, Fry."\n\n'
        'John Fry looked at me. "I would not."\n\n'
        '"Ask him," he said to me.\n'
    )
    found = speaker_candidates(
        with_cast(text, {"John Fry": "John Fry"}, pov="first", narrator="Jan Ridd")
    )
    second = {c.name: c.features for c in found[1][1]}
    assert second["Jan Ridd"]["self_before"] == 1.0
    assert "self_before_para" not in second["Jan Ridd"]  # in the line before's paragraph
    assert "self_before" not in second["John Fry"]
    third = {c.name: c.features for c in found[2][1]}
    assert third["Jan Ridd"]["self_object_before_para"] == 1.0  # "John Fry looked at me."
    assert "self_before" not in third["Jan Ridd"]
    # "he said": the narrator is vetoed, and never ranked
    fourth = {c.name: c.features for c in found[3][1]}
    assert vetoed(fourth["Jan Ridd"]) and "self_before" not in fourth["Jan Ridd"]
    # a third-person story has no narrator to find
    found = speaker_candidates(with_cast(text, {"John Fry": "John Fry"}))
    assert not any(k.startswith("self") for _, cs in found for c in cs for k in c.features)
