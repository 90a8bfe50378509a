"""The writer owning up to the canon's liberties (round notes48), on invented texts: a note's
talk of what the writer invented or bent ("I made them up", "my own invention", "I've fudged
the timeline", "liberties with the timeline") and of a loosely placed setting ("this is set a
bit after the fair") counts as talk about the work in ``note_voice`` (2 points), so an
unlabelled chatty note under the title line with only such talk in it is a note. The story's
own uses of the words stay story: "I made up my mind", "made it up to her", "set a bit back
from the road", a first-person narrator's "of my own invention", accounts that were fudged."""

from __future__ import annotations

import pytest

from ficshelf.model import RawDocument
from ficshelf.understand import analyze
from ficshelf.understand import note_voice as voice
from ficshelf.understand.notes import title_of

TITLE = "The Lantern Fair"
STORY = [
    "Margery Lusk had walked the three miles into Hollin with a basket on each arm, and by "
    "the time she reached the green the fair was already half built. Men were hammering at "
    "the booths and a boy was chasing a goose between the carts.",
    "“You’re late,” said her brother, who was sitting on a barrel doing nothing at all.",
    "She set the baskets down and looked at him until he got up.",
]
FIRST_PERSON = voice.StoryVoice(first_person=True, past=True)
THIRD_PERSON = voice.StoryVoice(first_person=False, past=True)


def read(parts: list[str]) -> tuple[str | None, list[tuple[str, str]], str]:
    """Return the title, (kind, text) notes and first body paragraph of a text made of
    ``parts``, one paragraph each."""
    text = "\n\n".join(parts) + "\n"
    analysis = analyze(RawDocument(text, "test.txt", "txt"))
    notes = [(s.label, s.text_of(text).strip()) for s in analysis.layer("notes")]
    return title_of(analysis), notes, analysis.layer("body")[0].text_of(text).strip()


@pytest.mark.parametrize(
    "note",
    [
        pytest.param(
            "ok so I went back to the book over the summer and kept thinking about the fair. "
            "this is set a little after the harvest, before the wedding. the goose boy is my "
            "own invention.",
            id="set a little after; my own invention",
        ),
        pytest.param(
            "ok so I went back to the book over the summer and kept thinking about Margery. "
            "This is set a bit before the harvest. Please don't check the dates of the fair, "
            "I made them up.",
            id="set a bit before; I made them up",
        ),
        pytest.param(
            "so I finally got round to the last book and I have fudged the timeline so that "
            "Margery can be at the fair. her brother is as useless as ever.",
            id="fudged the timeline",
        ),
    ],
)
def test_a_chatty_note_under_the_title_owning_up_to_liberties_is_a_note(note: str) -> None:
    title, notes, first = read([TITLE, note, *STORY])
    assert title == TITLE
    assert notes == [("title", TITLE), ("authors_note", note)]
    assert first == STORY[0]


@pytest.mark.parametrize(
    "phrase",
    [
        "I made them up",
        "I've made all of it up",
        "i made that up",
        "the fiddler is my own invention",
        "I have fudged the timeline a little",
        "the timeline is slightly fudged",
        "I took liberties with the order of things",
        "this is set a bit after the fair",
        "it's set shortly before the wedding",
        "it's set the week after the fair",
    ],
)
def test_owning_up_to_liberties_is_talk_about_the_work(phrase: str) -> None:
    assert voice._WORK.search(phrase) is not None


@pytest.mark.parametrize(
    "phrase",
    [
        "I made up my mind to go",
        "I made it up to her with plums",
        "I made up the bed in the back room",
        "a lamp of his own invention",
        "the house was set a bit back from the road",
        "he had fudged the accounts",
        "he took liberties with the maid",
    ],
)
def test_the_storys_own_uses_are_not(phrase: str) -> None:
    assert voice._WORK.search(phrase) is None


@pytest.mark.parametrize(
    "para",
    [
        "I had fitted the cart with a brake of my own invention, and it held on the hill all "
        "the way down to the mill.",
        "I did not know the words of the song, so I made them up as I went along, and nobody "
        "at the fair seemed to mind.",
    ],
)
def test_a_narrators_inventions_stay_under_the_threshold(para: str) -> None:
    for story in (FIRST_PERSON, THIRD_PERSON):
        assert voice.voice_score(para, story) < voice.NOTE_THRESHOLD


def test_the_narrators_invention_at_the_top_stays_story() -> None:
    opening = (
        "I had fitted the cart with a brake of my own invention, and it held on the hill "
        "all the way down to Hollin."
    )
    title, notes, first = read([TITLE, opening, *STORY])
    assert (title, notes, first) == (TITLE, [("title", TITLE)], opening)
