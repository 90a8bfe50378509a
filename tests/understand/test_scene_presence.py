"""Who is present in the scene at each line (round S25, ``scene_presence``)."""

from __future__ import annotations

from dialogue_texts import with_cast

from ficshelf.understand.scene_presence import LEFT, PRESENT, scene_presence
from ficshelf.understand.speaker_features import presence_features
from ficshelf.understand.speaker_vectors import Candidate
from ficshelf.understand.speakers import _sieve, speaker_candidates

CAST = {"Ann Vey": "Ann Vey", "Tom Hale": "Tom Hale", "Jack Rowe": "Jack Rowe", "Ben": "Ben"}


def _presence(text: str) -> list[dict[str, str]]:
    _, ctx, _ = _sieve(with_cast(text, CAST))
    return scene_presence(ctx)


def test_a_person_acting_in_the_narration_is_present_and_one_talked_about_is_not() -> None:
    text = (
        "Ann Vey sat by the stove with her mending.\n\n"
        '"My cousin Jack Rowe writes that the river is up," she said.\n\n'
        '"Then the ferry will not run."\n'
    )
    first, second = _presence(text)[:2]
    assert first == {"Ann Vey": PRESENT}
    # Jack Rowe is only talked about in the line: he is not in the room
    assert "Jack Rowe" not in second


def test_a_person_who_comes_in_is_present_even_when_not_the_subject() -> None:
    text = (
        "Ann Vey sat by the stove with her mending.\n\n"
        "Behind her the latch clicked and Tom Hale came in, wet to the knees.\n\n"
        '"Is the road open?"\n'
    )
    assert _presence(text)[0] == {"Ann Vey": PRESENT, "Tom Hale": PRESENT}


def test_a_person_who_goes_out_has_left_until_seen_again() -> None:
    text = (
        "Ann Vey and Tom Hale sat over the map.\n\n"
        '"We go at dawn," said Tom Hale.\n\n'
        "Tom Hale went out to see to the mules.\n\n"
        '"Dawn," Ann Vey repeated to the empty room.\n\n'
        "An hour later Tom Hale came back in with the lantern.\n\n"
        '"All fed."\n'
    )
    states = _presence(text)
    assert states[1]["Tom Hale"] == LEFT
    assert states[2]["Tom Hale"] == PRESENT


def test_a_name_called_in_a_line_puts_its_bearer_in_the_room() -> None:
    text = (
        "Ann Vey looked up from the ledger.\n\n"
        '"Sit down, Ben, and stop pacing."\n\n'
        '"I would rather stand."\n'
    )
    states = _presence(text)
    assert "Ben" not in states[0]  # not before the line that calls him
    assert states[1].get("Ben") == PRESENT


def test_a_name_in_passing_in_the_narration_is_no_sign_of_presence() -> None:
    text = (
        "Ann Vey sat alone and thought about the letter from Jack Rowe.\n\n"
        '"He could have written sooner."\n'
    )
    assert _presence(text)[0] == {"Ann Vey": PRESENT}


def test_a_scene_break_clears_the_record() -> None:
    text = (
        'Tom Hale stood at the gate.\n\n"Open up!"\n\n* * *\n\nAnn Vey poured the tea.\n\n"Milk?"\n'
    )
    states = _presence(text)
    assert states[0] == {"Tom Hale": PRESENT}
    assert states[-1] == {"Ann Vey": PRESENT}


def test_the_candidates_are_marked_present_absent_or_gone() -> None:
    candidates = [Candidate("Ann Vey"), Candidate("Tom Hale"), Candidate("Jack Rowe")]
    presence_features({"Ann Vey": PRESENT, "Tom Hale": LEFT}, candidates)
    ann, tom, jack = (c.features for c in candidates)
    assert ann == {"scene_present": 1.0, "scene_present_pair": 1.0}
    assert tom == {"scene_left": 1.0}
    assert jack == {"scene_absent": 1.0}
    # with no record at all, nothing is said of anyone
    quiet = [Candidate("Ann Vey")]
    presence_features({}, quiet)
    assert quiet[0].features == {}


def test_the_ranker_candidates_carry_the_presence_features() -> None:
    text = (
        "Ann Vey and Tom Hale sat over the map.\n\n"
        '"Jack Rowe knows the pass," said Tom Hale.\n\n'
        '"Then we ask him."\n'
    )
    found = speaker_candidates(with_cast(text, CAST))
    last = {c.name: c.features for c in found[-1][1]}
    assert last["Ann Vey"].get("scene_present") == 1.0
    assert last["Tom Hale"].get("scene_present") == 1.0
    assert last["Jack Rowe"].get("scene_absent") == 1.0
