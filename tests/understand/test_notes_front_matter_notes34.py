"""Front and end matter as fan writers post it (round notes34), on invented texts: verse
epigraphs with no quotation marks or attribution, quoted epigraphs with a dashed attribution
line before a labelled summary, end notes after the last scene break under variant labels,
unlabelled summaries under the byline beside chatty unlabelled notes, and rating lines. Every
layout failed before round notes34 except those in ``GUARDS``: story openings in short lines
that must stay story, and layouts of the same classes the stage already read right (quoted
epigraphs with a dashed attribution, chatty end notes under variant labels, short summaries,
rating lines right under the byline)."""

from __future__ import annotations

import pytest
from note_layouts import Entry, build

from ficshelf.model import RawDocument
from ficshelf.understand import analyze

HARBOUR = [
    "The harbour had been empty since the storm, and Maren walked its length twice before "
    "she admitted that the boat was not coming back.",
    '"You\'ll catch your death out here," said Olwen from the steps of the inn.',
    "Maren did not answer. She pulled her shawl tighter and went on watching the water.",
]
FORGE = [
    "Bram had worked the forge for eleven years, and in all that time nobody had ever "
    "asked him to make a key.",
    "The woman at the door held out a drawing on a scrap of vellum. It showed a key with "
    "three teeth and a bow shaped like a wren.",
    '"Can you make it by morning?" she asked.',
]
ORCHARD = [
    "It rained the whole week of the harvest, and Tobiah spent most of it in the barn "
    "sorting apples by the light of a lamp.",
    "His sister came in on the Thursday with mud to her knees and a letter in her hand.",
    '"It\'s from Father," said Ness. "He isn\'t coming home."',
    "Tobiah put down the apple he was holding. He wiped his hands on his apron and took "
    "the letter from her, and for a long while he only turned it over and over.",
]


VERSE_EPIGRAPHS = [
    pytest.param(
        [
            ("title|byline", "Low Tide\nby saltmarsh"),
            (
                "epigraph",
                "the sea takes what it's given\nand gives back what it likes\n"
                "and the ones on the shore\nkeep counting",
            ),
        ],
        HARBOUR,
        [],
        id="verse epigraph then story",
    ),
    pytest.param(
        [
            ("title|byline", "The Wren Key\nby ironbell"),
            (
                "epigraph",
                "Iron for the hinge and brass for the bell,\nsilver for the lock "
                "and a secret to tell,\nand a key for the door that nobody knows.",
            ),
            ("authors_note", "A/N: Written for the winter swap. Thanks to my beta!"),
        ],
        FORGE,
        [],
        id="verse epigraph then labelled note",
    ),
    pytest.param(
        [
            ("title", "Windfall"),
            ("byline", "by pippin_and_quince"),
            (
                "epigraph",
                "Apples in the loft,\nrain upon the roof,\nno word from the road,\n"
                "no word, no word.",
            ),
        ],
        ORCHARD,
        [],
        id="verse epigraph under separate title and byline",
    ),
]

VERSE_EPIGRAPHS += [
    pytest.param(
        [
            ("title|byline", "Low Tide\nby saltmarsh"),
            (
                "epigraph",
                "she walked the shore at dawn\nhe never came home\n\n"
                "the gulls cried all day\nand the tide went out",
            ),
        ],
        HARBOUR,
        [],
        id="verse in two stanzas told in the past",
    ),
    pytest.param(
        [
            ("title|byline", "The Wren Key\nby ironbell"),
            (
                "epigraph",
                "Oh, a key will open any door that it was made to open,\n"
                "and a smith will make a key for any hand that pays,\n"
                "and the door will never ask who made it.",
            ),
        ],
        ['"Is it finished?" asked the woman at the door.', *FORGE],
        [],
        id="verse with long lines then dialogue",
    ),
]

# Story openings in short lines that stay story.
SHORT_LINE_OPENINGS = [
    pytest.param(
        [("title|byline", "Low Tide\nby saltmarsh")],
        ["Day one.\nNo boat.\nDay two.\nNo boat.", *HARBOUR],
        [],
        id="short sentences each on a line",
    ),
    pytest.param(
        [("title|byline", "The Wren Key\nby ironbell")],
        ["Bram: are you up\nNessa: no\nBram: there's someone at the forge", *FORGE],
        [],
        id="chat log",
    ),
]

QUOTED_EPIGRAPHS_LONG_SOURCE = [
    pytest.param(
        [
            ("title|byline", "Low Tide\nby saltmarsh"),
            (
                "epigraph",
                '"The sea keeps no promises."\n— something my grandmother used to say when '
                "the boats were late, somewhere up on the north coast",
            ),
            ("summary", "Summary: Maren waits for a boat, and Olwen waits for Maren."),
            ("BREAK", "* * *"),
        ],
        HARBOUR,
        [],
        id="quoted epigraph with a long attribution",
    ),
    pytest.param(
        [
            ("title", "Windfall"),
            ("byline", "by pippin_and_quince"),
            (
                "epigraph",
                "“Rain at harvest, tears by Christmas.”\n– a farmer at the market in "
                "Ledbury, who swore his own father had it from a gypsy woman",
            ),
            ("summary", "Summary: Tobiah sorts apples while Ness reads a letter."),
            ("BREAK", "oOo"),
        ],
        ORCHARD,
        [],
        id="curly quoted epigraph with a long en dash attribution",
    ),
]

BARE_LABELS = [
    pytest.param(
        [
            ("title|byline", "Low Tide\nby saltmarsh"),
            ("epigraph", '"Never trust the sea."\n— a fisherman, somewhere near Whitby'),
            ("summary", "Summary:\nMaren waits for a boat, and Olwen waits for Maren."),
            ("BREAK", "* * *"),
        ],
        HARBOUR,
        [],
        id="quoted epigraph then summary under its bare label",
    ),
    pytest.param(
        [
            ("title|byline", "The Wren Key\nby ironbell"),
            ("summary", "Summary:\nBram makes a key for a stranger who pays in silver."),
            ("BREAK", "* * *"),
        ],
        FORGE,
        [],
        id="summary text on the line under its label",
    ),
    pytest.param(
        [
            ("title|byline", "Windfall\nby pippin_and_quince"),
            (
                "summary",
                "**Summary:**\n\nNess brings Tobiah a letter in the middle of the harvest.",
            ),
            ("BREAK", "oOo"),
        ],
        ORCHARD,
        [],
        id="summary text a paragraph under its label",
    ),
    pytest.param(
        [
            ("title|byline", "Low Tide\nby saltmarsh"),
            ("disclaimer", "Disclaimer:\nnone of it is mine"),
        ],
        HARBOUR,
        [],
        id="disclaimer text on the line under its label",
    ),
]

QUOTED_EPIGRAPHS = [
    pytest.param(
        [
            ("title|byline", "Low Tide\nby saltmarsh"),
            ("epigraph", '"The sea keeps no promises."\n— a fisherman, somewhere in Cornwall'),
            ("summary", "Summary: Maren waits for a boat. Olwen waits for Maren."),
            ("BREAK", "~*~"),
        ],
        HARBOUR,
        [],
        id="quoted epigraph dash attribution summary break",
    ),
    pytest.param(
        [
            ("title|byline", "The Wren Key\nby ironbell"),
            (
                "epigraph",
                "“Every lock was made by someone who feared a thief.”\n– old smiths' saying",
            ),
            ("summary", "Summary: Bram makes a key he shouldn't, for a woman he can't refuse."),
            ("BREAK", "* * *"),
        ],
        FORGE,
        [],
        id="curly quoted epigraph en dash attribution",
    ),
    pytest.param(
        [
            ("title", "Windfall"),
            ("byline", "by pippin_and_quince"),
            ("epigraph", '"Not every harvest comes in."\n-- my grandfather, every autumn'),
            ("summary", "Summary: Tobiah and Ness wait out a wet harvest and bad news."),
            ("BREAK", "oOo"),
        ],
        ORCHARD,
        [],
        id="quoted epigraph double hyphen attribution",
    ),
]

END_NOTE_GUARDS = [
    pytest.param(
        [("title|byline", "Low Tide\nby saltmarsh"), ("authors_note", "Notes: For my mum.")],
        HARBOUR,
        [("authors_note", "Notes again: thank you all for reading this far, it means a lot.")],
        id="notes again",
    ),
    pytest.param(
        [("title|byline", "The Wren Key\nby ironbell")],
        FORGE,
        [("authors_note", "More notes: the wren key is based on a real lock I saw once.")],
        id="more notes",
    ),
    pytest.param(
        [("title|byline", "Windfall\nby pippin_and_quince")],
        ORCHARD,
        [("authors_note", "End notes: Ness gets her own story next, I promise.")],
        id="end notes",
    ),
    pytest.param(
        [("title|byline", "Low Tide\nby saltmarsh"), ("authors_note", "A/N: Unbeta'd.")],
        HARBOUR,
        [("authors_note", "A/N 2: Sorry for the sad ending, have a cookie.")],
        id="numbered A/N",
    ),
    pytest.param(
        [("title|byline", "The Wren Key\nby ironbell")],
        FORGE,
        [("authors_note", "Final note: reviews feed the muse, so please leave one.")],
        id="final note",
    ),
    pytest.param(
        [("title|byline", "Windfall\nby pippin_and_quince")],
        ORCHARD,
        [("authors_note", "Closing notes: the apple varieties are all real ones.")],
        id="closing notes",
    ),
]

END_NOTES = [
    pytest.param(
        [("title|byline", "Low Tide\nby saltmarsh")],
        HARBOUR,
        [("authors_note", "Notes again: the inn on the harbour is based on one in Whitby.")],
        id="notes again plain",
    ),
    pytest.param(
        [("title|byline", "The Wren Key\nby ironbell")],
        FORGE,
        [("authors_note", "Last note: the smith's charm in the second scene is an old one.")],
        id="last note plain",
    ),
    pytest.param(
        [("title|byline", "Windfall\nby pippin_and_quince")],
        ORCHARD,
        [("authors_note", "Another note: Ness's letter is in the next part.")],
        id="another note plain",
    ),
]

SUMMARY_GUARDS = [
    pytest.param(
        [
            ("title|byline", "Low Tide\nby saltmarsh"),
            (
                "summary",
                "Maren waits on the harbour wall for a boat that has not come home, and "
                "Olwen brings her tea and stays.",
            ),
            (
                "authors_note",
                "I wrote this because I couldn't stop thinking about the last chapter. "
                "Thanks for reading!",
            ),
        ],
        HARBOUR,
        [],
        id="summary then chatty note",
    ),
    pytest.param(
        [
            ("title|byline", "The Wren Key\nby ironbell"),
            (
                "summary",
                "Bram makes a key for a stranger, and the stranger opens a door he has "
                "spent eleven years forgetting.",
            ),
        ],
        FORGE,
        [],
        id="summary alone under byline",
    ),
    pytest.param(
        [
            ("title|byline", "Windfall\nby pippin_and_quince"),
            (
                "authors_note",
                "Thanks for reading my little autumn fic, I had so much fun writing it.",
            ),
            (
                "summary",
                "Tobiah sorts apples in the barn, Ness brings a letter, and nothing is the "
                "same after.",
            ),
        ],
        ORCHARD,
        [],
        id="chatty note then summary",
    ),
]

LONG_SUMMARY = (
    "Maren waits on the harbour wall every evening for the boat that took her brother, and "
    "Olwen, who keeps the inn and has loved her since they were girls, brings her tea and a "
    "shawl and stays a little longer every night, until the evening the boat finally comes "
    "round the headland and neither of them knows what to do with the news it brings."
)
SUMMARIES = [
    pytest.param(
        [
            ("title|byline", "Low Tide\nby saltmarsh"),
            ("summary", LONG_SUMMARY),
            ("authors_note", "A/N: For the harbour prompt."),
        ],
        HARBOUR,
        [],
        id="long summary then labelled note",
    ),
    pytest.param(
        [
            ("title|byline", "Low Tide\nby saltmarsh"),
            ("summary", LONG_SUMMARY),
            (
                "authors_note",
                "I wrote this because the last episode broke me. Thanks for reading!",
            ),
        ],
        HARBOUR,
        [],
        id="long summary then chatty note",
    ),
    pytest.param(
        [
            ("title|byline", "The Wren Key\nby ironbell"),
            (
                "summary",
                "Bram keeps the forge. A stranger wants a key. The key opens a door in the "
                "hill. Bram has seen that door before, and so has his father.",
            ),
            ("disclaimer", "Disclaimer: the smithy is mine, the rest isn't."),
        ],
        FORGE,
        [],
        id="four-sentence summary then disclaimer",
    ),
]

RATING_GUARDS = [
    pytest.param(
        [
            ("title|byline", "Low Tide\nby saltmarsh"),
            ("authors_note", "Rated Teen for grief and some swearing."),
            ("summary", "Summary: Maren waits for a boat that isn't coming."),
        ],
        HARBOUR,
        [],
        id="rated teen for",
    ),
    pytest.param(
        [
            ("title|byline", "The Wren Key\nby ironbell"),
            ("authors_note", "Rating: M"),
            ("disclaimer", "Disclaimer: I own nothing but the plot."),
        ],
        FORGE,
        [],
        id="rating M",
    ),
    pytest.param(
        [
            ("title|byline", "Low Tide\nby saltmarsh"),
            ("authors_note", "Rating: Teen and Up"),
            (
                "summary",
                "Maren waits on the harbour wall, and Olwen brings her tea and stays.",
            ),
        ],
        HARBOUR,
        [],
        id="rating teen and up then unlabelled summary",
    ),
]

RATINGS = [
    pytest.param(
        [
            ("title", "Windfall"),
            ("byline", "by pippin_and_quince"),
            ("disclaimer", "Disclaimer: not mine, never was."),
            ("authors_note", "Rated Mature for a later chapter."),
        ],
        ORCHARD,
        [],
        id="rated mature after disclaimer",
    ),
    pytest.param(
        [
            ("title|byline", "The Wren Key\nby ironbell"),
            ("disclaimer", "Disclaimer: I own nothing but the plot."),
            ("authors_note", "Rated Teen for a little blood."),
        ],
        FORGE,
        [],
        id="rated teen after disclaimer",
    ),
]

# Layouts the stage already read right before round notes34: guards of the same classes.
GUARDS = SHORT_LINE_OPENINGS + QUOTED_EPIGRAPHS + END_NOTE_GUARDS + SUMMARY_GUARDS + RATING_GUARDS


@pytest.mark.parametrize(
    ("front", "story", "end"),
    VERSE_EPIGRAPHS
    + QUOTED_EPIGRAPHS_LONG_SOURCE
    + BARE_LABELS
    + END_NOTES
    + SUMMARIES
    + RATINGS
    + GUARDS,
)
def test_front_and_end_matter_layouts(
    front: list[Entry], story: list[str], end: list[Entry]
) -> None:
    text, expected = build(front, story, end)
    analysis = analyze(RawDocument(text, "test.txt", "txt"))
    found = [(s.label, s.text_of(text).strip()) for s in analysis.layer("notes")]
    body = analysis.layer("body")
    assert found == expected
    assert body and body[0].text_of(text).strip() == story[0].split("\n")[0]
    assert body[-1].text_of(text).strip() == story[-1]
