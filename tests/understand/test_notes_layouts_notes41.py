"""Front and end matter as fan writers post it (round notes41), on invented texts: end notes
of two paragraphs (one note a paragraph), unlabelled summaries carrying a fan writer's tags
("Oneshot.", "Hurt/comfort, fluff."), and epigraphs of one bare saying with no quotation
marks or attribution. Every layout in ``LAYOUTS`` failed before round notes41; ``GUARDS``
are the near misses that must stay as they were (a note quoting across a blank line, a
sign-off, a story opening on a short line of narration, a note about the story's people)."""

from __future__ import annotations

import pytest
from note_layouts import Entry, build

from ficshelf.model import RawDocument
from ficshelf.understand import analyze
from ficshelf.understand.note_blurbs import without_tags
from ficshelf.understand.note_chat import runs_on
from ficshelf.understand.note_epigraphs import is_bare_saying

MILL = [
    "The mill had stood empty since the flood, and Tamsin crossed its yard twice before she "
    "admitted that her brother was not going to meet her there.",
    '"You\'ll catch cold," said Corwin from the gate.',
    "Tamsin did not answer. She pulled her coat tighter and went on watching the road.",
]
MILL_NOW = [
    "The mill stands empty since the flood, and Tamsin crosses its yard twice before she "
    "admits that her brother is not going to meet her there.",
    '"You\'ll catch cold," says Corwin from the gate.',
    "Tamsin does not answer. She pulls her coat tighter and goes on watching the road.",
]
HEAD = ("title|byline", "Mill Water\nby fernlight")
BREAK = ("BREAK", "~*~")
DISCLAIMER = ("disclaimer", "Disclaimer: nothing here belongs to me.")


def note(text: str) -> Entry:
    return ("authors_note", text)


LAYOUTS = [
    pytest.param(
        [HEAD],
        MILL,
        [
            note("A/N: the mill is made up, the flood really happened, my nan remembers it."),
            note("Thank you so much for reading! Comments make my week."),
        ],
        id="end: a labelled note, then an unlabelled thank-you",
    ),
    pytest.param(
        [HEAD],
        MILL,
        [
            note(
                "okay so this got away from me!! it was meant to be a drabble and then "
                "Tamsin had opinions."
            ),
            note(
                "thank you all for reading, and for the lovely comments on the last one. "
                "xx fernlight"
            ),
        ],
        id="end: two chatty paragraphs, a signature closing the second",
    ),
    pytest.param(
        [HEAD],
        MILL,
        [
            note("Author's note: Corwin is my favourite and I regret nothing."),
            note("Next part soon, I promise!"),
            note("Thanks for reading!"),
        ],
        id="end: three paragraphs, three notes",
    ),
    pytest.param(
        [HEAD, ("summary", "Tamsin waits for a brother who does not come home. Oneshot.")],
        MILL,
        [],
        id="summary with 'Oneshot.' under the byline",
    ),
    pytest.param(
        [
            HEAD,
            DISCLAIMER,
            (
                "summary",
                "Tamsin waits at the mill, and Corwin waits with her. Hurt/comfort, fluff.",
            ),
        ],
        MILL,
        [],
        id="summary with genre tags after the disclaimer",
    ),
    pytest.param(
        [
            HEAD,
            (
                "summary",
                "Tamsin waits at the mill for a brother who does not come, and Corwin has "
                "other ideas. Post-canon, spoilers for the finale.",
            ),
        ],
        MILL,
        [],
        id="summary with canon and spoiler tags",
    ),
    pytest.param(
        [HEAD, ("summary", "Tamsin waits at the mill. Corwin brings bread. Rated T for language.")],
        MILL,
        [],
        id="summary with a rating sentence",
    ),
    pytest.param(
        [HEAD, ("epigraph", "The river keeps what it takes."), BREAK],
        MILL,
        [],
        id="bare saying between the byline and the first scene break",
    ),
    pytest.param(
        [HEAD, ("epigraph", "The river keeps what it takes.")],
        MILL,
        [],
        id="bare saying between the byline and a story told in the past",
    ),
    pytest.param(
        [
            HEAD,
            (
                "epigraph",
                "All the water in the hills runs down to the mill in the end, and the wheel "
                "gives nothing back to the ones who wait by it.",
            ),
        ],
        MILL,
        [],
        id="bare saying of one paragraph, no break",
    ),
    pytest.param(
        [HEAD, DISCLAIMER, ("epigraph", "Nothing that floods can stay."), BREAK],
        MILL,
        [],
        id="bare saying after the disclaimer",
    ),
]

GUARDS = [
    pytest.param(
        [HEAD],
        MILL,
        [
            note(
                'A/N: the song Tamsin hums is an old one, "the wheel turns round,\n\n'
                'and the water goes down." Thanks for reading!'
            )
        ],
        id="one end note quoting a song across a blank line",
    ),
    pytest.param(
        [HEAD],
        MILL,
        [note("A/N: thanks for reading, comments make my day!\n\n~fernlight")],
        id="end note with its signature alone under it",
    ),
    pytest.param(
        [HEAD],
        MILL,
        [
            note(
                "A/N: thank you to everyone who asked for more of these two, especially:\n\n"
                "marigold, for the beta, and tam, for the title!"
            )
        ],
        id="end note running on past a colon",
    ),
    pytest.param(
        [HEAD],
        ["The brother did not come back.", *MILL],
        [],
        id="story opening on a short line of narration",
    ),
    pytest.param(
        [HEAD],
        ["Grey skies over the mill.", *MILL],
        [],
        id="story opening on a fragment of scene",
    ),
    pytest.param(
        [HEAD],
        ["It is cold at the mill tonight.", *MILL],
        [],
        id="story opening in the present over a past story",
    ),
    pytest.param(
        [HEAD],
        ["The mill is quiet.", *MILL_NOW],
        [],
        id="present story opening on a short line",
    ),
    pytest.param(
        [HEAD],
        ["The wheel turns. The water goes with it.", "~*~", *MILL_NOW],
        [],
        id="present story's one-line opening over a break",
    ),
    pytest.param(
        [HEAD, note("Tamsin waits at the mill. Corwin is my favourite, thanks to my beta!")],
        MILL,
        [],
        id="a note on the story's people in the writer's voice",
    ),
    pytest.param(
        [HEAD, ("summary", "Tamsin waits at the mill. Corwin has other ideas.")],
        MILL,
        [],
        id="a summary with no tags",
    ),
]


@pytest.mark.parametrize(("front", "story", "end"), LAYOUTS + GUARDS)
def test_layouts(front: list[Entry], story: list[str], end: list[Entry]) -> None:
    text, expected = build(front, story, end)
    analysis = analyze(RawDocument(text, "test.txt", "txt"))
    found = [(s.label, s.text_of(text).strip()) for s in analysis.layer("notes")]
    assert found == expected
    body = analysis.layer("body")
    assert body and body[0].text_of(text).strip() == story[0]
    assert body[-1].text_of(text).strip() == story[-1]


def test_without_tags() -> None:
    assert without_tags("Tamsin waits. Oneshot.") == "Tamsin waits."
    assert (
        without_tags("Tamsin waits. Tamsin/Corwin, slow burn.")
        == "Tamsin waits. Tamsin/Corwin, slow burn."
    )
    assert without_tags("Tamsin waits. Tamsin/Corwin, angst.") == "Tamsin waits."
    assert (
        without_tags("Set during the flood. Tamsin waits.") == "Set during the flood. Tamsin waits."
    )
    assert without_tags("Angst with a happy ending.") == ""
    assert without_tags("For the mill? The light.") == "For the mill? The light."


def test_runs_on() -> None:
    assert runs_on('the song goes "over the weir,')
    assert runs_on("thanks especially to:")
    assert not runs_on("Thanks for reading!")
    assert not runs_on('She sang "the weir song" all night.')


@pytest.mark.parametrize(
    ("para", "saying"),
    [
        ("The river keeps what it takes.", True),
        ("Nothing that floods can stay.", True),
        ("He who waits by the wheel goes hungry.", True),
        ("The brother did not come back.", False),
        ("She is not coming back.", False),
        ("Tamsin keeps what she takes.", False),
        ("It is cold at the mill tonight.", False),
        ("Grey skies over the mill.", False),
        ('"The river keeps what it takes."', False),
        ("I keep what I take.", False),
        ("You keep what you take.", False),
        ("There is a boat by the mill.", False),
    ],
)
def test_is_bare_saying(para: str, saying: bool) -> None:
    assert is_bare_saying(para) is saying
