"""A line "a voice" says goes to the character the narration names as they come in."""

from __future__ import annotations

from dialogue_texts import said, with_cast

from ficshelf.understand.speakers import _sieve
from ficshelf.understand.voice_entrances import voice_owners

_NAMES = {
    "Greta Moss": "Greta Moss",
    "Greta": "Greta Moss",
    "Olaf Brand": "Olaf Brand",
    "Olaf": "Olaf Brand",
    "Pim Hollis": "Pim Hollis",
    "Pim": "Pim Hollis",
}


def test_a_voice_tag_goes_to_the_name_that_follows() -> None:
    text = (
        "Greta Moss counted the crates on the quay. Olaf Brand held the lamp for her.\n\n"
        '"Nine," said Greta. "Where is the tenth?"\n\n'
        '"Ask the boy," said Olaf.\n\n'
        '"Under the tarpaulin," said a voice from the boat. "I sat on it."\n\n'
        "Pim Hollis climbed up the ladder, yawning.\n"
    )
    lines = dict(said(text, _NAMES))
    assert lines["Under the tarpaulin,"] == "Pim Hollis"
    assert lines["I sat on it."] == "Pim Hollis"


def test_a_voice_the_narration_brings_in_before_the_line() -> None:
    text = (
        "Greta Moss sat by the stove with Olaf Brand, mending nets.\n\n"
        '"It will snow," said Olaf.\n\n'
        '"Let it," said Greta.\n\n'
        "Then the gate banged, and a voice, and the door swung open.\n\n"
        '"Is there soup? I have walked from the mill." Pim stopped on the mat.\n'
    )
    lines = dict(said(text, _NAMES))
    assert lines["Is there soup? I have walked from the mill."] == "Pim Hollis"


def test_the_listener_turning_is_not_the_voice() -> None:
    text = (
        "Greta Moss and Olaf Brand stood on the quay in the dark.\n\n"
        '"Nobody is here," said Olaf.\n\n'
        '"Somebody is," said a voice behind them. Greta turned round.\n'
    )
    _, ctx, _ = _sieve(with_cast(text, _NAMES))
    assert voice_owners(ctx) == {}


def test_a_manner_is_not_a_voice() -> None:
    text = (
        "Greta Moss and Olaf Brand stood on the quay in the dark.\n\n"
        '"Nobody is here," said Olaf.\n\n'
        'Greta answered in a low voice: "Then we wait." Olaf nodded.\n'
    )
    lines = dict(said(text, _NAMES))
    assert lines["Then we wait."] == "Greta Moss"
