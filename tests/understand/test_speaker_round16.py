"""Speaker rules and ranker features of round S16: each on a short text written for the
test."""

from __future__ import annotations

from dialogue_texts import said, with_cast

from ficshelf.understand.speakers import speaker_candidates


def _narrator_features(text: str, quote: int) -> dict[str, float]:
    """The ranker's features of the first-person narrator for the ``quote``-th quote."""
    found = speaker_candidates(
        with_cast(text, {"Oswin": "Oswin"}, pov="first", narrator="Wren Hale")
    )
    return next(c.features for c in found[quote][1] if c.name == "Wren Hale")


def test_a_roman_numeral_i_is_not_the_narrator_in_the_narration() -> None:
    text = (
        "Oswin unrolled the map of the old kingdom.\n\n"
        '"Who built the bridge?" Oswin asked.\n\n'
        "It was finished the year they crowned Harold I.\n\n"
        '"Nobody remembers."\n'
    )
    assert "self_before" not in _narrator_features(text, 1)
    # the same line with the narrator in it: "I" is the narrator
    text = text.replace("they crowned Harold I.", "I told Oswin I knew.")
    assert _narrator_features(text, 1)["self_before"] == 1.0


def test_a_chapter_numeral_i_is_not_the_narrator() -> None:
    text = (
        '"Read it," Oswin said.\n\n'
        "The ledger lay open at Part I of the accounts.\n\n"
        '"Which page?"\n'
    )
    assert "self_before" not in _narrator_features(text, 1)
    text = text.replace("lay open at Part I of", "was open; I read")
    assert _narrator_features(text, 1)["self_before"] == 1.0


def test_oh_my_is_an_exclamation_not_the_narrator_s_own() -> None:
    text = (
        "The kitchen was warm after the long walk back from the village.\n\n"
        'Oswin set the kettle down. "Will you have some tea?"\n\n'
        "Oh my, the rain came down hard.\n\n"
        '"Yes, please."\n'
    )
    assert "self_object_before" not in _narrator_features(text, 1)
    text = text.replace("Oh my, the rain", "The rain soaked my coat; it")
    assert _narrator_features(text, 1)["self_object_before"] == 1.0


JETTY = (
    "The tide was turning when they came down to the jetty, Ames and Bram with the lantern, "
    "and Cara behind them with the rope over her shoulder.\n\n"
    '"Is the boat ready?" Ames asked.\n\n'
    '"Nearly. Cara, fetch the oars."\n\n'
    '"They are in the shed."\n\n'
    '"Then go and get them."\n\n'
    '"I will help her," said Ames.\n'
)
JETTY_CAST = {"Ames": "Ames", "Bram": "Bram", "Cara": "Cara"}


def test_a_count_back_from_a_tag_does_not_overrule_the_name_the_last_line_called() -> None:
    # a third voice comes in: Cara answers the line that called her, though the tag two
    # turns on names Ames
    found = speaker_candidates(with_cast(JETTY, JETTY_CAST))
    assert (found[2][0].label, found[2][0].rule) == ("Cara", "addressed_before")
    assert [who for _, who in said(JETTY, JETTY_CAST)] == ["Ames", "Bram", "Cara", "Bram", "Ames"]


KITCHEN = (
    "The kitchen was quiet after the others had gone up, and the kettle ticked as it cooled.\n\n"
    '"Is that the one from the bank?" Jonah asked.\n\n'
    '"It is."\n\n'
    "Mira turned the letter over in her hands and did not open it.\n\n"
    '"You\'re stalling," Jonah said.\n\n'
    '"I\'m reading the stamp."\n\n'
    "\"You're stalling. Esk, tell her she's stalling.\"\n\n"
    '"My dear," said Esk gravely, "you are stalling."\n'
)


def test_a_count_back_from_a_tag_does_not_overrule_the_partner_the_narration_named() -> None:
    # Mira, the subject of the narration that opens the exchange, answers Jonah; Esk, whom
    # Jonah calls, comes in two turns on as a third voice
    cast = {"Mira": "Mira", "Jonah": "Jonah", "Esk": "Esk"}
    found = speaker_candidates(with_cast(KITCHEN, cast))
    assert (found[3][0].label, found[3][0].rule) == ("Mira", "partner")
    assert [who for _, who in said(KITCHEN, cast)][2:5] == ["Jonah", "Mira", "Jonah"]
