"""Round spk33 (docs/history/speakers.md): a tag that says a line was spoken to the narrator ("she
asked me") makes the narrator its listener, who answers the untagged line after it, before
a namesake the line's call was read as. Short texts written for the test."""

from __future__ import annotations

from dialogue_texts import said

# The narrator shares his given name with the shepherd; the call "Walter" is read as the
# shepherd's, but "she asked me" says whom Annie asked.
NAMES = {
    "Walter Tuck": "Walter Tuck",
    "Walter": "Walter Tuck",
    "Tuck": "Walter Tuck",
    "Annie": "Annie",
}
SNOW = (
    "I kept the sheep on the high farm that winter with Walter Tuck, the old shepherd, and "
    "his niece Annie kept house for us both.\n\n"
    "The snow came on the third night. I went up the hill with the lantern and dug out the "
    "ewes one by one, and carried them down two at a time.\n\n"
    "Annie was at the door with a candle. She laughed to see me so white.\n\n"
    "\u201cDid you find them all, Walter?\u201d she asked me.\n\n"
    "\u201cAll but two.\u201d\n\n"
    "\u201cThen I am sorry for the two.\u201d\n"
)
REPLY = "All but two."


def test_the_narrator_asked_answers_before_the_namesake_called() -> None:
    lines = said(SNOW, NAMES, pov="first", narrator="Walter Brand")
    assert lines[1] == (REPLY, "Walter Brand")
    # without "me" the call decides
    plain = SNOW.replace("she asked me.", "she asked.")
    assert said(plain, NAMES, pov="first", narrator="Walter Brand")[1] == (REPLY, "Walter Tuck")
    # "told me that" begins reported speech, not the line's listener
    told = SNOW.replace("she asked me.", "she said, and told me that Tuck was asleep.")
    assert said(told, NAMES, pov="first", narrator="Walter Brand")[1] == (REPLY, "Walter Tuck")
