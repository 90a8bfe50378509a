"""Front and end matter as fan writers post it (round notes33), on invented texts: unlabelled
summaries (a short blurb about the plot, in the present tense and the third person, naming the
story's people) beside unlabelled author's notes (chatty, first person, to the readers), in any
order after the title, byline and disclaimer; rating and warning lines; epigraphs followed by a
summary; labels in bold and in capitals; end notes after the last scene break. Each layout
failed before round notes33 (the guards at the end excepted: story openings that must stay
story under the new rule)."""

from __future__ import annotations

import pytest
from note_layouts import Entry, build

from ficshelf.model import RawDocument
from ficshelf.understand import analyze
from ficshelf.understand.note_blurbs import Blurb, blurb_shape, names_in, told_in_past

PAST = [
    '"You\'re late," Tamsin said, not looking up from the map.',
    "Corwin dropped his pack by the fire and held his hands to it. The rain had found "
    "its way "
    "through every seam of his coat, and his boots squelched when he moved.",
    '"The bridge was out," he said. "I had to go round by the mill."',
]
SNOW = [
    "The snow had started before dawn, and by the time Ilse reached the station it was "
    "over "
    "her boots.",
    "She stamped her feet on the platform and looked down the line. No train. There was "
    "never "
    "a train when you wanted one.",
    '"Cold enough for you?" asked the porter.',
]
PRESENT = [
    "The ferry is late again. Priya counts the gulls on the rail and gets a different "
    "number "
    "every time.",
    '"You could just sit down," says Dev. "It won\'t come faster if you stand."',
    "She doesn't sit down.",
]
FIRST = [
    "I never meant to steal the horse. I want that on the record before anything else.",
    "It was standing in the lane with its saddle on and nobody near it, and when I said "
    '"hello" '
    "it followed me, and what was I supposed to do?",
    "By the time the farmer caught up with us we were halfway to Blackmere.",
]
PRESENT_LIMIT = (
    "a plain blurb over a story told in the present, with the story's own first paragraph "
    "right under it, has nothing that sets it apart from the story's opening"
)
NOTE_OVER_BLURB = (
    "an informal note right under the title with a blurb, not front matter, under it is "
    "not "
    "placed where notes stand, and scores too low in the writer's voice"
)
TITLE_SOURCE_LIMIT = (
    "a note on where the title comes from scores 2.75 in the writer's voice: its 'used to' "
    "counts as the past of narration"
)
HISTORY_LIMIT = (
    "a note on what is made up and what is history talks in the past of the story's own "
    "world, like its narration"
)
SEQUEL_TEASE_LIMIT = (
    "a sequel teased in the third person and the future ('Nell will be back.') names no "
    "work "
    "and holds no courtesy"
)
# A front-matter entry: its kinds ("title|byline" for a block of two lines, each a note of
# its own; "BREAK" for a scene break) and its text.


LAYOUTS = [
    pytest.param(
        [
            ("title|byline", "The Long Way Round\nby wrenna"),
            (
                "summary",
                (
                    "Tamsin and Corwin are stuck at a crossing for the night. Neither of "
                    "them is "
                    "happy about it."
                ),
            ),
        ],
        PAST,
        [],
        id="summary after byline",
    ),
    pytest.param(
        [
            ("title|byline", "The Long Way Round\nby wrenna"),
            (
                "summary",
                (
                    "Tamsin and Corwin are stuck at a crossing for the night. Neither of "
                    "them is "
                    "happy about it."
                ),
            ),
            (
                "authors_note",
                "ok so I reread the whole series last month and this happened. hope you like it!",
            ),
        ],
        PAST,
        [],
        id="summary then chatty note",
    ),
    pytest.param(
        [
            ("title|byline", "Salt Roads\nby marigold_ink"),
            ("authors_note", "hi everyone!! it's been ages, sorry. this one's for my sister."),
            (
                "summary",
                "Ilse waits for a train that isn't coming, and finds something else instead.",
            ),
        ],
        SNOW,
        [],
        id="chatty note then summary",
    ),
    pytest.param(
        [
            ("title", "Salt Roads"),
            ("byline", "by marigold_ink"),
            ("disclaimer", "Disclaimer: I don't own any of these characters."),
            ("authors_note", "Rated T for language."),
            ("summary", "Ilse misses the last train home. The porter has opinions."),
        ],
        SNOW,
        [],
        id="disclaimer rating summary",
    ),
    pytest.param(
        [
            ("title|byline", "Gull Count\nby seaglass"),
            ("authors_note", "Warnings: brief mention of a drowning."),
            (
                "summary",
                "Priya waits for the ferry with Dev. It is late, and so, she suspects, is she.",
            ),
        ],
        PRESENT,
        [],
        id="warnings then summary present story",
        marks=pytest.mark.xfail(
            strict=True,
            reason=PRESENT_LIMIT,
        ),
    ),
    pytest.param(
        [
            ("title", "Gull Count"),
            ("authors_note", "CW: grief, a funeral offscreen"),
            ("summary", "Priya has one last ferry to catch before the island closes for winter."),
        ],
        PRESENT,
        [],
        id="CW line",
        marks=pytest.mark.xfail(
            strict=True,
            reason=PRESENT_LIMIT,
        ),
    ),
    pytest.param(
        [
            ("title|byline", "The Horse Thief\nby ostler"),
            ("epigraph", '"Every road leads home, if you walk it long enough."\n— a saying'),
            ("summary", "Nell borrows a horse. The owner would like it back."),
        ],
        FIRST,
        [],
        id="epigraph then summary",
    ),
    pytest.param(
        [
            ("title|byline", "The Horse Thief\nby ostler"),
            ("epigraph", "Not all those who wander are lost,\nbut most of them are.\n— my nan"),
            ("summary", "Nell borrows a horse. The owner would like it back."),
        ],
        FIRST,
        [],
        id="unquoted epigraph then summary",
    ),
    pytest.param(
        [
            ("title", "The Long Way Round"),
            ("byline", "**Author:** wrenna"),
            ("summary", "**Summary:** Tamsin waits out the rain with Corwin."),
            ("authors_note", "**Notes:** Written for the autumn swap. Unbeta'd."),
        ],
        PAST,
        [],
        id="bold labels",
    ),
    pytest.param(
        [
            ("title|byline", "Salt Roads\nby marigold_ink"),
            ("authors_note", "A/N: For the winter exchange."),
            (
                "summary",
                "Ilse misses the last train and spends the night on a platform with a stranger.",
            ),
        ],
        SNOW,
        [],
        id="A/N then unlabelled summary",
    ),
    pytest.param(
        [
            ("title|byline", "Gull Count\nby seaglass"),
            (
                "summary",
                (
                    "Priya has waited for the ferry every morning for a year. What "
                    "happens when it "
                    "finally doesn't come?"
                ),
            ),
        ],
        PRESENT,
        [],
        id="summary ending in a question",
    ),
    pytest.param(
        [
            ("title", "Salt Roads"),
            ("byline", "by marigold_ink"),
            (
                "summary",
                (
                    "Ilse thinks she knows every inch of the line. Then the snow comes, "
                    "and the "
                    "porter starts talking..."
                ),
            ),
        ],
        SNOW,
        [],
        id="summary with ellipsis",
    ),
    pytest.param(
        [
            ("title|byline", "The Long Way Round\nby wrenna"),
            (
                "summary",
                (
                    "The night after the flood. Corwin comes back late, Tamsin has kept "
                    "the fire "
                    "going, and neither of them says what they mean."
                ),
            ),
        ],
        PAST,
        [],
        id="setting fragment summary",
    ),
    pytest.param(
        [
            ("title|byline", "The Long Way Round\nby wrenna"),
            ("summary", "Tamsin and Corwin wait for the river to go down."),
            ("authors_note", "A/N: My first attempt at these two."),
        ],
        PAST,
        [],
        id="summary then labelled note",
    ),
    pytest.param(
        [
            ("title|byline", "Gull Count\nby seaglass"),
            ("summary", "Priya and Dev wait for a ferry. It is a long wait."),
            ("BREAK", "* * *"),
        ],
        PRESENT,
        [],
        id="summary then break",
    ),
    pytest.param(
        [
            ("title", "The Horse Thief"),
            ("authors_note", "Soooo I wasn't going to post this but here we are."),
            ("summary", "Nell finds a horse in a lane and keeps it, for a while."),
            ("disclaimer", "I don't own anything, the characters belong to their creator."),
        ],
        FIRST,
        [],
        id="note summary disclaimer",
        marks=pytest.mark.xfail(
            strict=True,
            reason=NOTE_OVER_BLURB,
        ),
    ),
    pytest.param(
        [
            ("title|byline", "Salt Roads\nby marigold_ink"),
            ("authors_note", "Rated M for later chapters."),
            ("summary", "Ilse and the porter are snowed in at Harrowgate station for the night."),
        ],
        SNOW,
        [],
        id="rated line alone then summary",
    ),
    pytest.param(
        [
            ("title|byline", "Gull Count\nby seaglass"),
            ("epigraph", "“The sea is never the same twice.” — Priya’s grandmother"),
            (
                "summary",
                "Priya counts gulls. Dev counts the minutes. The ferry comes when it comes.",
            ),
        ],
        PRESENT,
        [],
        id="curly epigraph inline then summary",
        marks=pytest.mark.xfail(
            strict=True,
            reason=PRESENT_LIMIT,
        ),
    ),
    pytest.param(
        [
            ("title|byline", "The Long Way Round\nby wrenna"),
            (
                "summary",
                "Ferryman AU. Corwin runs the last crossing on the river; Tamsin keeps missing it.",
            ),
        ],
        PAST,
        [],
        id="AU blurb summary",
    ),
    pytest.param(
        [
            ("title|byline", "Salt Roads\nby marigold_ink"),
            ("authors_note", "For Juniper, who asked for snow."),
            (
                "summary",
                "Ilse is snowed in at a country station with a porter who will not stop talking.",
            ),
        ],
        SNOW,
        [],
        id="dedication then summary",
    ),
    pytest.param(
        [
            ("title|byline", "The Horse Thief\nby ostler"),
            ("authors_note", "Rating: T\nWarnings: none really"),
            (
                "summary",
                "Nell borrows a horse. The farmer would like it back. Nobody asks the horse.",
            ),
        ],
        FIRST,
        [],
        id="tags and warnings header",
    ),
    pytest.param(
        [
            ("title|byline", "Gull Count\nby seaglass"),
            (
                "summary",
                "Priya waits for a ferry that is always late, with a friend who is always early.",
            ),
            ("authors_note", "Enjoy!"),
        ],
        PRESENT,
        [],
        id="summary then enjoy",
    ),
    pytest.param(
        [
            ("title|byline", "Salt Roads\nby marigold_ink"),
            ("disclaimer", "Disclaimer: All characters belong to their respective owners."),
            (
                "summary",
                (
                    "When the last train is cancelled, Ilse has to share a waiting room "
                    "with the "
                    "one "
                    "person she swore never to speak to again."
                ),
            ),
        ],
        SNOW,
        [],
        id="two-sentence blurb under disclaimer",
    ),
    pytest.param(
        [
            ("title", "The Long Way Round"),
            ("summary", "In which Corwin learns to row and Tamsin learns to swear."),
        ],
        PAST,
        [],
        id="in which blurb",
    ),
    pytest.param(
        [
            ("title|byline", "Salt Roads\nby marigold_ink"),
            ("summary", "Five times Ilse missed the last train, and one time she didn't."),
        ],
        SNOW,
        [],
        id="five times blurb in the past",
    ),
    pytest.param(
        [
            ("title|byline", "Gull Count\nby seaglass"),
            ("summary", "Priya and Dev wait for the last ferry of the season."),
            ("disclaimer", "Disclaimer: I own nothing but the gulls."),
        ],
        PRESENT,
        [],
        id="blurb between byline and disclaimer, present story",
    ),
    pytest.param(
        [
            ("title|byline", "Gull Count\nby seaglass"),
            ("summary", "Priya counts gulls while Dev pretends not to be worried about the ferry."),
            ("authors_note", "first time posting anything here!! be gentle lol"),
        ],
        PRESENT,
        [],
        id="blurb then chatty note, present story",
    ),
    pytest.param(
        [
            ("title", "Gull Count"),
            ("byline", "by seaglass"),
            (
                "summary",
                (
                    "Dev has never missed a ferry in his life. So why is Priya still "
                    "waiting on "
                    "the "
                    "pier?"
                ),
            ),
        ],
        PRESENT,
        [],
        id="question blurb in a present story",
    ),
    pytest.param(
        [
            ("title|byline", "The Horse Thief\nby ostler"),
            ("disclaimer", "Disclaimer: not mine, just borrowing."),
            ("summary", "Nell only wanted a ride to Blackmere. The farmer wants his horse back..."),
        ],
        FIRST,
        [],
        id="ellipsis blurb, first person story",
    ),
    pytest.param(
        [
            ("title|byline", "The Long Way Round\nby wrenna"),
            ("authors_note", "Pairing: Tamsin/Corwin"),
            ("summary", "Corwin misses the ferry on purpose. Tamsin notices."),
        ],
        PAST,
        [],
        id="pairing field then blurb",
    ),
    pytest.param(
        [
            ("title|byline", "Salt Roads\nby marigold_ink"),
            ("authors_note", "Rated K+"),
            (
                "summary",
                (
                    "A snowed-in station, a porter who won't stop talking, and Ilse, who "
                    "only "
                    "wants "
                    "to get home."
                ),
            ),
        ],
        SNOW,
        [],
        id="rated K+ then blurb",
    ),
    pytest.param(
        [
            ("title|byline", "Gull Count\nby seaglass"),
            ("epigraph", "“Time and tide wait for no man.”\n— Chaucer, more or less"),
            ("summary", "Priya waits for the tide. The tide is not interested."),
            ("BREAK", "* * *"),
        ],
        PRESENT,
        [],
        id="epigraph blurb break, present story",
    ),
    pytest.param(
        [
            ("title|byline", "The Horse Thief\nby ostler"),
            ("summary", "Nell steals a horse, more or less by accident."),
        ],
        FIRST,
        [("authors_note", "Thanks for reading! Let me know if you want more of Nell.")],
        id="blurb and end note, first person",
    ),
    pytest.param(
        [
            ("title", "Salt Roads"),
            ("authors_note", "A/N: Written for the snow prompt. Unbeta'd, all mistakes mine."),
            ("summary", "Ilse is stuck at a station in the snow with the porter."),
            ("BREAK", "***"),
        ],
        SNOW,
        [],
        id="labelled note then blurb then break, past story",
    ),
    pytest.param(
        [
            ("title|byline", "Gull Count\nby seaglass"),
            (
                "summary",
                (
                    "Lighthouse keeper AU. Priya keeps the light on Gull Rock; Dev "
                    "brings the "
                    "post on "
                    "Tuesdays."
                ),
            ),
        ],
        PRESENT,
        [],
        id="AU blurb in a present story",
    ),
    pytest.param(
        [("title|byline", "Salt Roads\nby marigold_ink")],
        [
            (
                "The station at Harrowgate stands at the end of a long lane, and nobody "
                "goes there "
                "now."
            ),
            (
                "The snow had started before dawn, and by the time Ilse reached the "
                "station it was "
                "over her boots."
            ),
            (
                "She stamped her feet on the platform and looked down the line. No "
                "train. There "
                "was "
                "never a train when you wanted one."
            ),
            '"Cold enough for you?" asked the porter.',
        ],
        [],
        id="guard: an unnamed present first paragraph over a past story",
    ),
    pytest.param(
        [
            ("title|byline", "Salt Roads\nby marigold_ink"),
            ("authors_note", "Rated T for mild swearing."),
            ("disclaimer", "Nothing here belongs to me except the porter."),
        ],
        SNOW,
        [],
        id="a rating line, then a disclaimer worded 'nothing here belongs to me'",
    ),
    pytest.param(
        [("title|byline", "Salt Roads\nby marigold_ink")],
        SNOW,
        [("authors_note", "The title comes from an old railway song my grandfather used to sing.")],
        id="end note on where the title comes from",
        marks=pytest.mark.xfail(strict=True, reason=TITLE_SOURCE_LIMIT),
    ),
    pytest.param(
        [("title|byline", "Salt Roads\nby marigold_ink")],
        SNOW,
        [
            (
                "authors_note",
                "Harrowgate is made up, but the winter of 1947 really was that bad. "
                "The trains stopped for a week.",
            )
        ],
        id="end note on what is made up and what is history",
        marks=pytest.mark.xfail(strict=True, reason=HISTORY_LIMIT),
    ),
    pytest.param(
        [("title|byline", "Salt Roads\nby marigold_ink")],
        SNOW,
        # two paragraphs of end notes are two notes (round notes41)
        [
            ("authors_note", "I know, I know, the ending is open. That's on purpose!"),
            ("authors_note", "More soon, I promise!"),
        ],
        id="end notes: the writer on the ending, then 'More soon'",
    ),
    pytest.param(
        [("title|byline", "The Horse Thief\nby ostler")],
        FIRST,
        [("authors_note", "Nell will be back. She has more horses to steal.")],
        id="end note teasing a sequel in the third person",
        marks=pytest.mark.xfail(strict=True, reason=SEQUEL_TEASE_LIMIT),
    ),
    pytest.param(
        [
            ("title|byline", "Salt Roads\nby marigold_ink"),
            ("authors_note", "A/N: this is for the prompt 'stranded'.\nNot beta read, sorry."),
        ],
        SNOW,
        [],
        id="a second line in the block of an 'A/N:'",
    ),
    pytest.param(
        [("title", "Salt Roads"), ("BREAK", "Chapter One")],
        SNOW,
        [],
        id="a title above the first chapter heading",
    ),
    pytest.param(
        [("title|byline", "Gull Count\nby seaglass")],
        PRESENT,
        [],
        id="guard: a present-tense opening under the byline",
    ),
]


@pytest.mark.parametrize(("front", "story", "end"), LAYOUTS)
def test_front_and_end_matter_layouts(
    front: list[Entry], story: list[str], end: list[Entry]
) -> None:
    text, expected = build(front, story, end)
    analysis = analyze(RawDocument(text, "test.txt", "txt"))
    found = [(s.label, s.text_of(text).strip()) for s in analysis.layer("notes")]
    body = analysis.layer("body")
    assert found == expected
    assert body and body[0].text_of(text).strip() == story[0]


@pytest.mark.parametrize(
    ("para", "shape"),
    [
        (
            "Tamsin and Corwin are stuck at a crossing. Neither of them is happy about it.",
            Blurb.PLAIN,
        ),
        ("Priya has waited for a year. What happens when the ferry doesn't come?", Blurb.TEASER),
        ("Five times Ilse missed the last train, and one time she didn't.", Blurb.TEASER),
        ("Ferryman AU. Corwin runs the crossing; Tamsin keeps missing it.", Blurb.TEASER),
        ("Tamsin and Corwin wait for the river to go down.", Blurb.UNTENSED),
        ("ok so I reread the books and Tamsin is my favourite. hope you like it!", Blurb.NONE),
        ("Ilse stamped her feet and looked down the line at Harrowgate.", Blurb.NONE),
        ('"Are you coming?" Tamsin asks Corwin at the door.', Blurb.NONE),
        ("The station stands at the end of a long lane, and nobody goes there.", Blurb.NONE),
    ],
)
def test_blurb_shape(para: str, shape: Blurb) -> None:
    assert blurb_shape(para) is shape


def test_names_in_leaves_out_sentence_openings_that_are_words() -> None:
    assert names_in("The night after the flood. Corwin comes back, and Tamsin waits.") == {
        "Corwin",
        "Tamsin",
    }
    assert names_in("Hey all! Set after the finale.") == set()


def test_told_in_past_counts_the_third_persons_present() -> None:
    assert told_in_past(PAST + SNOW)
    assert not told_in_past(PRESENT * 3)
