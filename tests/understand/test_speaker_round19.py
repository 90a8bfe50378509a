"""Round S19 (docs/history/speakers.md): who answers when an exchange restarts after narration.
Each on a short text written for the test."""

from __future__ import annotations

from dialogue_texts import said, with_cast

from ficshelf.understand.speakers import speaker_candidates

# A first-person story: an exchange between two others, then narration in which "I" sit
# down by one of them, who speaks to me.
FERRY = (
    '"Is the ferry running?" Tamsin asked.\n\n'
    '"Not till noon," said Hobb.\n\n'
    '"Then we wait."\n\n'
    "Hobb went back to his nets. I sat down on the step beside him and watched the tide "
    "come in over the mud.\n\n"
    '"You\'ll be the new schoolteacher," Hobb said.\n\n'
    '"I will."\n\n'
    '"Thought so."\n'
)
FERRY_CAST = {"Tamsin": "Tamsin Roe", "Hobb": "Hobb Cray"}


def _rules(text: str, cast: dict[str, str], pov: str, narrator: str) -> list[tuple[str, str]]:
    analysis = with_cast(text, cast, pov=pov, narrator=narrator)
    return [(state.label, state.rule) for state, _ in speaker_candidates(analysis)]


def test_a_reply_after_narration_that_holds_i_goes_to_the_first_person_narrator() -> None:
    found = said(FERRY, FERRY_CAST, pov="first", narrator="Ada Penn")
    assert found[-2:] == [("I will.", "Ada Penn"), ("Thought so.", "Hobb Cray")]
    rules = _rules(FERRY, FERRY_CAST, "first", "Ada Penn")
    assert rules[-2] == ("Ada Penn", "partner")


def test_the_narrator_of_a_second_person_story_answers_the_same_way() -> None:
    text = (
        '"Are the lamps trimmed?" Mrs. Oake asked.\n\n'
        '"Every one," said Dilys.\n\n'
        '"Then bring the tray."\n\n'
        "Dilys went out. Mrs. Oake turned in her chair and looked at you over her "
        "spectacles for a long moment.\n\n"
        '"You have been crying," she said.\n\n'
        '"No, ma\'am."\n\n'
        '"Don\'t lie to me."\n'
    )
    cast = {"Mrs. Oake": "Mrs. Oake", "Dilys": "Dilys Vaughan"}
    found = said(text, cast, pov="second", narrator="Bryony Hale")
    assert found[-2:] == [("No, ma'am.", "Bryony Hale"), ("Don't lie to me.", "Mrs. Oake")]


def test_narration_without_the_narrator_leaves_the_exchange_to_alternate() -> None:
    # the narration between names only the one who speaks next: the reply goes back to
    # the last voice of the exchange before it, as before
    text = FERRY.replace(" I sat down on the step beside him and watched", " The wind turned and")
    found = said(text, FERRY_CAST, pov="first", narrator="Ada Penn")
    assert found[-2:] == [("I will.", "Tamsin Roe"), ("Thought so.", "Hobb Cray")]


def test_a_third_person_story_is_unchanged() -> None:
    # "I" in the narration of a third-person story is nobody's (a letter quoted, a
    # thought): no narrator answers
    found = said(FERRY, FERRY_CAST, pov="third")
    assert found[-2][1] != "Ada Penn"


def test_a_name_alone_before_a_tag_that_the_speech_goes_on_after_calls_its_listener() -> None:
    text = (
        "Orla stood by the stove. Fenwick came in out of the rain and shook his hat.\n\n"
        '"Are the horses in?" Orla asked.\n\n'
        '"Not yet."\n\n'
        "Mr. Tull came down the stairs with the lamp.\n\n"
        '"Fenwick," Mr. Tull said. "The mare is lame again."\n\n'
        '"I know it."\n'
    )
    cast = {"Orla": "Orla Brand", "Fenwick": "Fenwick Dale", "Mr. Tull": "Mr. Tull"}
    analysis = with_cast(text, cast)
    states = [state for state, _ in speaker_candidates(analysis)]
    assert states[2].addressed == ["Fenwick Dale"]
    assert said(text, cast)[-1] == ("I know it.", "Fenwick Dale")


def test_a_name_alone_that_answers_or_is_echoed_is_not_a_call() -> None:
    # alone, the name answers ("Who did it?" / "Fenwick," she said.); echoed, the speech
    # talks about it ("Fenwick," he said. "Fenwick, who never wrote.")
    cast = {"Orla": "Orla Brand", "Fenwick": "Fenwick Dale", "Mr. Tull": "Mr. Tull"}
    for text in (
        '"Who left the gate open?" Mr. Tull asked.\n\n"Fenwick," Orla said.\n',
        '"Fenwick," Mr. Tull said. "Fenwick, who never once wrote to her."\n',
    ):
        states = [state for state, _ in speaker_candidates(with_cast(text, cast))]
        assert all(not state.addressed for state in states)
