"""Round notes41b, on invented texts: a work's title named only inside an author's note ("title
is under the floorboards bc …", "This one is called The Long Table because …") and the near
misses that name no title ("title from Hozier", "the title is a placeholder", "called him a
fool", "this chapter is called …"); and a story's first paragraph under a disclaimer, told in
the past with present asides ("as it can rain only …"), which is no summary."""

from __future__ import annotations

import pytest

from ficshelf.model import RawDocument
from ficshelf.records import build_work_record
from ficshelf.understand import analyze
from ficshelf.understand.note_blurbs import Blurb, blurb_shape
from ficshelf.understand.note_titles import named_title
from ficshelf.understand.notes import title_of

STORY = (
    "The mill had stood empty since the flood, and Tamsin crossed its yard twice before she "
    "admitted that her brother was not going to meet her there.\n\n"
    '"You\'ll catch cold," said Corwin from the gate.\n\n'
    "Tamsin did not answer. She pulled her coat tighter and went on watching the road.\n"
)


@pytest.mark.parametrize(
    ("note", "title"),
    [
        (
            "ok so title is under the floorboards bc that's where gran kept them lol",
            "under the floorboards",
        ),
        ("title is Under the Floorboards bc that's where gran kept them", "Under the Floorboards"),
        ("This one is called The Long Table because everyone ends up at it.", "The Long Table"),
        ("this one's called lamp oil since that's what the whole house smells of", "lamp oil"),
        ("Title: Salt Roads. Written for the winter exchange!", "Salt Roads"),
        ("A/N: title: salt roads bc i have no imagination", "salt roads"),
        ("'Lamp Oil' is the title because of the last scene.", "Lamp Oil"),
        ("Low Water is the title, for obvious reasons.", "Low Water"),
        ("I called it Low Water since the river is the whole story.", "Low Water"),
        ("Thanks for reading! This story is titled “Mary’s Lamb” for reasons.", "Mary’s Lamb"),
        ("the title is *Ferry Weather* because of course it is", "Ferry Weather"),
    ],
)
def test_named_title(note: str, title: str) -> None:
    found = named_title(note)
    assert found is not None and note[found[0] : found[1]] == title


@pytest.mark.parametrize(
    "note",
    [
        "title from Hozier, obviously.",
        "title is from a Hozier song bc of course it is",
        "the title's a placeholder, sorry!",
        "the title is a placeholder because I'm bad at titles",
        "the title is kind of a joke because it rhymes",
        "Title is still TBD, suggestions welcome!",
        "The title is pretty self-explanatory.",
        "the title is Hozier's fault",
        "This is the title.",
        "She called him a fool and I laughed the whole time writing it.",
        "this chapter is called The Reckoning because things happen",
        "the chapter title is Low Tide because the tide is low",
        "the working title was Fish Soup because reasons",
        "it's called the Blue Anchor, it's a real pub near my nan's",
        "This is called a drabble, apparently.",
        "this is set after the episode called The Long Night.",
    ],
)
def test_names_no_title(note: str) -> None:
    assert named_title(note) is None


def _title(text: str) -> str | None:
    return title_of(analyze(RawDocument(text, "test.txt", "txt")))


def _notes(text: str) -> list[tuple[str, str]]:
    analysis = analyze(RawDocument(text, "test.txt", "txt"))
    return [(s.label, s.text_of(text)) for s in analysis.layer("notes")]


FRONT_NOTE = "ok so title is under the floorboards bc that's where the letters were lol. enjoy!!"
END_NOTE = "This one is called The Mill Gate because I could not think of anything else. Thanks!"


def test_title_from_a_front_note() -> None:
    text = f"{FRONT_NOTE}\n\n{STORY}"
    assert _title(text) == "under the floorboards"
    assert _notes(text) == [("authors_note", FRONT_NOTE)]  # the note stays a note, no title one


def test_title_from_an_end_note() -> None:
    text = f"{STORY}\n* * *\n\n{END_NOTE}\n"
    assert _title(text) == "The Mill Gate"
    assert _notes(text) == [("authors_note", END_NOTE)]


def test_a_title_line_wins() -> None:
    assert _title(f"Lamp Oil\nby fernlight\n\n{FRONT_NOTE}\n\n{STORY}") == "Lamp Oil"


def test_the_story_names_no_title() -> None:
    said = "She called it The Long Table because everyone ended up at it, and Corwin laughed."
    assert _title(f"{said}\n\n{STORY}") is None
    assert _title(f"A/N: title from Hozier, obviously. enjoy!\n\n{STORY}") is None


def test_the_work_takes_the_named_title() -> None:
    doc = RawDocument(f"{STORY}\n* * *\n\n{END_NOTE}\n", "03-mill.txt", "txt")
    assert build_work_record(analyze(doc)).title == "The Mill Gate"


RAIN = (
    "It rained over Tamsin and the mill as it can rain only in the valleys of the north, "
    "where there is a great deal of slate for it to fall upon, and nothing whatever to do "
    "until supper."
)


@pytest.mark.parametrize(
    ("front", "kind"),
    [("Disclaimer: nothing here belongs to me.", "disclaimer"), ("by fernlight", "byline")],
)
def test_a_story_opening_under_front_matter_is_no_summary(front: str, kind: str) -> None:
    text = f"{front}\n\n{RAIN}\n\n{STORY}"
    assert _notes(text) == [(kind, front)]
    assert blurb_shape(RAIN) is Blurb.NONE


@pytest.mark.parametrize(
    "blurb",
    [
        "When the mill floods, Tamsin is the only one who can reach the far bank in time.",
        "A flooded mill, a brother who won't write, and Tamsin, who only wants to get home.",
        "The drowned village is all Tamsin has left, and Corwin wants it too.",
        "Tamsin was a ferrywoman once. Now she is the only one Corwin trusts with the crossing.",
    ],
)
def test_a_summary_in_the_present_stays_one(blurb: str) -> None:
    text = f"Mill Water\nby fernlight\n\n{blurb}\n\n{STORY}"
    assert ("summary", blurb) in _notes(text)


FERRY_HEAD = "Ferry Weather\nby fernlight\n\nSummary: Ilse waits for the last ferry of the year."
FERRY_STORY = (
    "The water was grey. Nobody came down the ramp for a long time, and when somebody finally "
    "did, it was only the harbourmaster, who nodded to her and walked on.\n"
)


@pytest.mark.parametrize(
    "opening",
    [
        "I wrote to him every week that winter, and he never once wrote back. The ferry ran "
        "twice a day and I met it both times.",
        "She is reading his letter again when the ferry comes in, and she does not look up.",
    ],
)
def test_the_story_after_a_summary_and_a_blank_line_is_story(opening: str) -> None:
    text = f"{FERRY_HEAD}\n\n{opening}\n\n{FERRY_STORY}"
    summary = "Summary: Ilse waits for the last ferry of the year."
    assert _notes(text) == [
        ("title", "Ferry Weather"),
        ("byline", "by fernlight"),
        ("summary", summary),
    ]


@pytest.mark.parametrize(
    ("more", "under"),
    [
        ("A story of ferries, weather and one very long wait.", FERRY_STORY),
        (
            "Tamsin posts the letters. Corwin never writes back.",
            "* * *\n\n" + FERRY_STORY,
        ),
        ("A story about Ilse, who is tired of ferries and of waiting.", FERRY_STORY),
    ],
)
def test_more_of_the_summary_after_a_blank_line_continues_it(more: str, under: str) -> None:
    text = f"{FERRY_HEAD}\n\n{more}\n\n{under}"
    summary = f"Summary: Ilse waits for the last ferry of the year.\n\n{more}"
    assert ("summary", summary) in _notes(text)


def test_a_present_story_opening_after_a_summary_is_story() -> None:
    opening = "Ilse is reading his letter again when the ferry comes in. She does not look up."
    rest = "The water is grey. Nobody comes down the ramp for a long time.\n"
    text = f"{FERRY_HEAD}\n\n{opening}\n\n{rest}"
    assert _notes(text)[-1] == ("summary", "Summary: Ilse waits for the last ferry of the year.")
