"""Round S31 (docs/history/speakers.md): a run's last speaker who smiles or laughs *while saying*
the line ("She smiled a little as she said it.") made a gesture while speaking; the run's
voices are not swapped as for the listener's reaction ("She laughed at that."). Short texts
written for the test."""

from __future__ import annotations

from dialogue_texts import said

from ficshelf.understand.conversation_backwards import _said_while
from ficshelf.understand.speaker_cues import FEMALE, MALE

NAMES = {"Nell": "Nell", "Jonah": "Jonah"}

# Jonah comes home late; the untagged run alternates from him, and the narration after the
# run says Nell smiled as she said her last line.
GATE = (
    "The rain had stopped by the time Jonah came up the lane. His sister Nell was waiting at "
    "the gate with her shawl over her head, and he could see she had been there a while.\n\n"
    "\u201cIs supper still warm?\u201d\n\n"
    "\u201cIt was an hour ago.\u201d\n\n"
    "\u201cThe cart lost a wheel at the ford.\u201d\n\n"
    "\u201cThen you had better come in and eat it cold.\u201d\n\n"
    "{after}\n"
)


def test_a_smile_while_saying_the_line_keeps_the_runs_voices() -> None:
    text = GATE.format(after="She smiled a little as she said it, and he knew he was forgiven.")
    assert [speaker for _, speaker in said(text, NAMES)] == ["Jonah", "Nell", "Jonah", "Nell"]


def test_a_laugh_at_the_line_is_still_the_listeners_reaction() -> None:
    text = GATE.format(after="She laughed at that, and he knew he was forgiven.")
    assert [speaker for _, speaker in said(text, NAMES)] == ["Nell", "Jonah", "Nell", "Jonah"]


def test_said_while_reads_the_speaker_of_the_same_gender() -> None:
    assert _said_while(" a little as she said it, and he knew", FEMALE)
    assert _said_while(" while he spoke, and looked away", MALE)
    # someone else speaking while the one reacting smiles: a reaction after all
    assert not _said_while(" as he said it", FEMALE)
    assert not _said_while(" at that, and said nothing", FEMALE)
