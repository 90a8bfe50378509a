"""Front matter laid out in many shapes (round notes32), on invented texts: epigraphs the
"notes" stage must find whether quoted or not, with their source in brackets on the same line
or the next, or after a dash; an epigraph standing before or after the summary, with or
without a scene break before the story; a paragraph of any kind standing between the title
block and a labelled note; and openings right under the byline that are the story itself and
must stay story (a one-line opening sentence, a line of dialogue, a short paragraph of
narration, an aside in brackets)."""

from __future__ import annotations

import pytest

from ficshelf.model import RawDocument
from ficshelf.understand import analyze
from ficshelf.understand.note_epigraphs import (
    ends_in_source_comment,
    is_epigraph_shaped,
    is_source_comment,
    is_source_comment_line,
)

STORY = (
    "Mara lit the lamp and sat down to wait. The wind had been rising since noon, and the "
    "shutters rattled in their frames.\n\nThe storm came in after midnight."
)
PRESENT = (
    "The ferry is late again. Jonah counts the gulls on the rail and gets a different number "
    "every time.\n\nBy six the light is going."
)
TITLE = "Salt and Iron"
BY = "by quillfeather"
DISCLAIMER = "Disclaimer: the harbour and everyone in it belong to their creator, not me."
SUMMARY = "Summary: Mara waits for the boats. The boats do not come."
AN = "A/N: Set the winter after the finale. Warnings for a storm and some grief."
HI = "Hi all! First time writing these two, so be gentle with me."
BREAK = "* * *"

Shape = tuple[list[str], list[tuple[str, str]]]


def notes_and_first(text: str) -> tuple[list[tuple[str, str]], str]:
    """Return the (kind, text) notes of a text and its first story paragraph."""
    analysis = analyze(RawDocument(text, "test.txt", "txt"))
    found = [(s.label, s.text_of(text)) for s in analysis.layer("notes")]
    body = analysis.layer("body")
    return found, body[0].text_of(text) if body else ""


def head(*kinds_and_texts: tuple[str, str]) -> list[tuple[str, str]]:
    return list(kinds_and_texts)


T, B, D = ("title", TITLE), ("byline", BY), ("disclaimer", DISCLAIMER)
S, A, H = ("summary", SUMMARY), ("authors_note", AN), ("authors_note", HI)


def epi(text: str) -> tuple[str, str]:
    return ("epigraph", text)


# Each shape: the front matter's paragraphs (the story follows after a blank line) and the
# notes expected of them, in order.
FRONT_SHAPES: dict[str, Shape] = {
    "unquoted, comment on the next line, then summary and a chatty note": (
        [
            f"{TITLE}\n{BY}",
            DISCLAIMER,
            "The sea keeps what it takes.\n(my own line, no use looking for it in the book)",
            SUMMARY,
            HI,
        ],
        [
            T,
            B,
            D,
            epi("The sea keeps what it takes.\n(my own line, no use looking for it in the book)"),
            S,
            H,
        ],
    ),
    "quoted, comment on the same line": (
        [f"{TITLE}\n{BY}", "“Nobody owns the tide.” (a saying of the quay, or so Gran says)"],
        [T, B, epi("“Nobody owns the tide.” (a saying of the quay, or so Gran says)")],
    ),
    "quoted, comment on the next line, before the summary": (
        [
            f"{TITLE}\n{BY}",
            '"Nobody owns the tide."\n(a proverb, or so the harbourmaster says)',
            SUMMARY,
        ],
        [T, B, epi('"Nobody owns the tide."\n(a proverb, or so the harbourmaster says)'), S],
    ),
    "citation of book and chapter in brackets": (
        [f"{TITLE}\n{BY}", DISCLAIMER, "Every harbour is a promise. (The Tidewright, ch. 3)"],
        [T, B, D, epi("Every harbour is a promise. (The Tidewright, ch. 3)")],
    ),
    "citation in square brackets": (
        [f"{TITLE}\n{BY}", "Row slow and come home. [Boatmen's Psalter, 4:12]"],
        [T, B, epi("Row slow and come home. [Boatmen's Psalter, 4:12]")],
    ),
    "verse on one line with a slash and a comment": (
        [
            f"{TITLE}\n{BY}",
            DISCLAIMER,
            "Out past the harbour light / the water keeps its counsel (half-remembered from a "
            "song my uncle sang)",
            SUMMARY,
        ],
        [
            T,
            B,
            D,
            epi(
                "Out past the harbour light / the water keeps its counsel (half-remembered from "
                "a song my uncle sang)"
            ),
            S,
        ],
    ),
    "two unquoted lines of verse and a comment under them": (
        [
            f"{TITLE}\n{BY}",
            "Out past the harbour light\nthe water keeps its counsel.\n(traditional, more or less)",
        ],
        [
            T,
            B,
            epi(
                "Out past the harbour light\nthe water keeps its counsel.\n(traditional, "
                "more or less)"
            ),
        ],
    ),
    "comment as a paragraph of its own after a quoted line": (
        [f"{TITLE}\n{BY}", '"Nobody owns the tide."\n\n(an old saying; I did not make it up)'],
        [T, B, epi('"Nobody owns the tide."\n\n(an old saying; I did not make it up)')],
    ),
    "comment as a paragraph of its own after an unquoted line": (
        [f"{TITLE}\n{BY}", DISCLAIMER, "Salt keeps, and so do grudges.\n\n(my own, sorry)"],
        [T, B, D, epi("Salt keeps, and so do grudges.\n\n(my own, sorry)")],
    ),
    "summary first, epigraph after it, then a scene break": (
        [
            f"{TITLE}\n{BY}",
            SUMMARY,
            "The sea keeps what it takes. (a harbour saying)",
            BREAK,
        ],
        [T, B, S, epi("The sea keeps what it takes. (a harbour saying)")],
    ),
    "epigraph with a comment, then a scene break": (
        [f"{TITLE}\n{BY}", "Salt keeps, and so do grudges.\n(my own line)", BREAK],
        [T, B, epi("Salt keeps, and so do grudges.\n(my own line)")],
    ),
    "epigraph with a comment before an A/N": (
        [f"{TITLE}\n{BY}", "Salt keeps, and so do grudges. (made up by me)", AN],
        [T, B, epi("Salt keeps, and so do grudges. (made up by me)"), A],
    ),
    "epigraph with a comment before a warning field": (
        [
            f"{TITLE}\n{BY}",
            "Salt keeps, and so do grudges. (paraphrased from the film)",
            "Warnings: a storm, a drowning mentioned.",
        ],
        [
            T,
            B,
            epi("Salt keeps, and so do grudges. (paraphrased from the film)"),
            ("authors_note", "Warnings: a storm, a drowning mentioned."),
        ],
    ),
    "epigraph between the byline and the disclaimer": (
        [f"{TITLE}\n{BY}", "“Nobody owns the tide.”\n(source unknown)", DISCLAIMER],
        [T, B, epi("“Nobody owns the tide.”\n(source unknown)"), D],
    ),
    "epigraph in italics with its comment in italics": (
        [f"{TITLE}\n{BY}", "*The sea keeps what it takes.*\n*(my own line)*", SUMMARY],
        [T, B, epi("*The sea keeps what it takes.*\n*(my own line)*"), S],
    ),
    "dash attribution and a comment epigraph one after the other": (
        [
            f"{TITLE}\n{BY}",
            "“Nobody owns the tide.” — Captain Ro",
            "Salt keeps, and so do grudges. (my own line)",
        ],
        [
            T,
            B,
            epi("“Nobody owns the tide.” — Captain Ro"),
            epi("Salt keeps, and so do grudges. (my own line)"),
        ],
    ),
    "unquoted prose with its dash attribution on the next paragraph, then summary": (
        [f"{TITLE}\n{BY}", "No harbour keeps a ship forever.\n\n— The Book of Tides", SUMMARY],
        [T, B, epi("No harbour keeps a ship forever.\n\n— The Book of Tides"), S],
    ),
    "quoted question between the disclaimer and the summary": (
        [f"{TITLE}\n{BY}", DISCLAIMER, '"Where does the tide go when it goes?"', SUMMARY],
        [T, B, D, epi('"Where does the tide go when it goes?"'), S],
    ),
    "quoted line with a comment that names no source, before the summary": (
        [f"{TITLE}\n{BY}", DISCLAIMER, '"Nobody owns the tide." (Mum, every winter)', SUMMARY],
        [T, B, D, epi('"Nobody owns the tide." (Mum, every winter)'), S],
    ),
    "unquoted line with no source between the byline and the summary": (
        [f"{TITLE}\n{BY}", "The sea keeps what it takes.", SUMMARY],
        # a bare saying is an epigraph (round notes41; an author's note before it)
        [T, B, epi("The sea keeps what it takes."), S],
    ),
    "a gift note between the byline and an A/N": (
        [f"{TITLE}\n{BY}", "For Odile, who asked about the boats.", AN],
        [T, B, ("authors_note", "For Odile, who asked about the boats."), A],
    ),
    "a plain remark between the disclaimer and the summary": (
        [
            f"{TITLE}\n{BY}",
            DISCLAIMER,
            "Takes place the winter the harbour froze over.",
            SUMMARY,
        ],
        [T, B, D, ("authors_note", "Takes place the winter the harbour froze over."), S],
    ),
    "the whole run: epigraph, summary, A/N, scene break": (
        [
            f"{TITLE}\n{BY}",
            DISCLAIMER,
            "Salt keeps, and so do grudges.\n(a fishwife's proverb)",
            SUMMARY,
            AN,
            BREAK,
        ],
        [T, B, D, epi("Salt keeps, and so do grudges.\n(a fishwife's proverb)"), S, A],
    ),
    "rating field, epigraph, story told in the present": (
        [f"{TITLE}\n{BY}", "Rating: T", "Salt keeps, and so do grudges. (Tidewright, act II)"],
        [
            T,
            B,
            ("authors_note", "Rating: T"),
            epi("Salt keeps, and so do grudges. (Tidewright, act II)"),
        ],
    ),
    "title with no byline, epigraph, summary": (
        [TITLE, "“Nobody owns the tide.”\n(a line from the show, misquoted)", SUMMARY],
        [T, epi("“Nobody owns the tide.”\n(a line from the show, misquoted)"), S],
    ),
    "two quoted lines and their comment": (
        [f"{TITLE}\n{BY}", '"Mind the tide."\n"Always."\n(a song the net-menders sing)'],
        [T, B, epi('"Mind the tide."\n"Always."\n(a song the net-menders sing)')],
    ),
    "a proverb with he in it": (
        [f"{TITLE}\n{BY}", "He who rows slow comes home. (a proverb, they say)", SUMMARY],
        [T, B, epi("He who rows slow comes home. (a proverb, they say)"), S],
    ),
}


@pytest.mark.parametrize("story", [STORY, PRESENT], ids=["past", "present"])
@pytest.mark.parametrize("shape", list(FRONT_SHAPES), ids=list(FRONT_SHAPES))
def test_front_matter_shapes_are_notes_and_the_story_stays_story(shape: str, story: str) -> None:
    paragraphs, expected = FRONT_SHAPES[shape]
    text = "\n\n".join([*paragraphs, story])
    found, first = notes_and_first(text)
    assert found == expected
    assert first == story.split("\n\n")[0]


def test_an_epigraph_with_a_comment_under_a_chapter_heading() -> None:
    text = f"Chapter 1\n\nSalt keeps, and so do grudges. (my own line)\n\n{STORY}"
    found, first = notes_and_first(text)
    assert found == [epi("Salt keeps, and so do grudges. (my own line)")]
    assert first.startswith("Mara lit")


def test_an_epigraph_with_a_comment_at_the_very_top() -> None:
    text = f"“Nobody owns the tide.”\n(a proverb of the quay)\n\n{STORY}"
    found, first = notes_and_first(text)
    assert found == [epi("“Nobody owns the tide.”\n(a proverb of the quay)")]
    assert first.startswith("Mara lit")


# Openings right under the front matter that are the story's own first paragraph.
STORY_OPENINGS = [
    "Mara had never liked the sea.",
    '"Is the boat in yet?" asked Mara.',
    '"Nobody owns the tide."\n\n"Always," said Ilse, and laughed.',
    "The harbour was quiet. Mara walked the length of the quay twice, counting the empty "
    "moorings, and then went home to wait by the stove.",
    # an aside in brackets: a finished sentence of the narration, or a past tense after "she"
    "She hummed the tune again. (It was the only song she knew.)",
    "She hummed the tune again. (the one from the old song)",
    "Mara hummed the tune again (the only song she knew) and went down to the boats.",
    # a line of dialogue followed by an aside that names no source
    '"Mind the tide." (She always said that.)',
    "I keep the lighthouse now. (Nobody else would take it.)",
]


@pytest.mark.parametrize("opening", STORY_OPENINGS)
@pytest.mark.parametrize(
    "front",
    [[T, B], [T, B, D], [T, B, S]],
    ids=["byline", "disclaimer", "summary"],
)
def test_an_opening_under_the_front_matter_stays_story(
    opening: str, front: list[tuple[str, str]]
) -> None:
    paragraphs = [f"{TITLE}\n{BY}", *(note for _, note in front[2:])]
    text = "\n\n".join([*paragraphs, opening, STORY])
    found, first = notes_and_first(text)
    assert found == front
    assert first == opening.split("\n\n")[0]


@pytest.mark.parametrize(
    "comment",
    [
        "my own line, no use looking for it in the book",
        "a proverb, or so the old man says",
        "The Tidewright, ch. 3",
        "Psalm 23:4",
        "S2E4",
        "traditional",
        "source unknown",
        "made it up, sorry",
    ],
)
def test_source_comments(comment: str) -> None:
    assert is_source_comment(comment)
    assert is_source_comment_line(f"({comment})")
    assert ends_in_source_comment(f"Salt keeps, and so do grudges. ({comment})")


@pytest.mark.parametrize(
    "comment",
    [
        "It was the only song she knew.",  # a finished sentence of the narration
        "Mum, every winter",  # who says it, but no word about a source
        "she always said that",
        "and nobody laughed",
    ],
)
def test_asides_are_no_source_comments(comment: str) -> None:
    assert not is_source_comment(comment)
    assert not ends_in_source_comment(f"Salt keeps, and so do grudges. ({comment})")


def test_a_comment_closes_only_short_lines_that_end_a_sentence_or_a_verse() -> None:
    assert not ends_in_source_comment("the sea keeps what it takes (my own line)")
    assert not ends_in_source_comment("Mara hummed the tune (an old song) again.")
    assert not ends_in_source_comment('"Hi," she said. "Bye." (an old song)')
    assert not ends_in_source_comment(("The sea keeps what it takes. " * 12) + "(my own line)")


def test_epigraph_shaped_front_matter() -> None:
    assert is_epigraph_shaped('"Where does the tide go?"')
    assert is_epigraph_shaped('"Nobody owns the tide." (Mum, every winter)')
    assert is_epigraph_shaped("“Nobody owns the tide.”\n— Captain Ro")
    assert not is_epigraph_shaped("The sea keeps what it takes.")
    assert not is_epigraph_shaped("Hi all! First time writing these two (be gentle).")


# --- what may continue a summary ----------------------------------------------------------------


def test_a_note_in_the_writers_voice_after_the_summary_is_a_note_of_its_own() -> None:
    text = "\n\n".join([f"{TITLE}\n{BY}", SUMMARY, HI, STORY])
    found, first = notes_and_first(text)
    assert found == [T, B, S, H]
    assert first.startswith("Mara lit")


def test_the_story_telling_itself_after_the_summary_is_not_summary() -> None:
    opening = "Mara had written to him every week that winter, and he had never once written back."
    text = "\n\n".join([f"{TITLE}\n{BY}", SUMMARY, opening, STORY])
    found, first = notes_and_first(text)
    assert found == [T, B, S]
    assert first == opening


def test_a_second_paragraph_about_the_story_still_continues_the_summary() -> None:
    more = "A story of boats, weather and one very long wait."
    text = "\n\n".join([f"{TITLE}\n{BY}", SUMMARY, more, BREAK, STORY])
    found, first = notes_and_first(text)
    assert found == [T, B, ("summary", f"{SUMMARY}\n\n{more}")]
    assert first.startswith("Mara lit")


# --- the story above a label the story itself may use ------------------------------------------

LEDGER = "Notes: the Heron sailed on the Tuesday, and nobody saw her come back."
LONG_NARRATION = (
    "Mara had kept the harbour ledger for eleven years. She wrote down every boat that went "
    "out and every boat that came back, and on the nights the two numbers did not match she "
    "walked the length of the quay with a lantern and stood at the end of it until her hands "
    "went numb. Nobody had ever asked her to. She opened it that morning to the last page "
    "and read what her father had written there."
)


@pytest.mark.parametrize(
    "opening",
    ['"Are the boats in?" she asked, and opened the ledger.', LONG_NARRATION],
    ids=["dialogue", "long narration"],
)
def test_the_story_above_a_label_stays_story(opening: str) -> None:
    text = "\n\n".join([f"{TITLE}\n{BY}", opening, LEDGER, STORY])
    found, first = notes_and_first(text)
    assert found == [T, B]
    assert first == opening


@pytest.mark.parametrize(
    "end", ["A/N: More soon!", "A/N: More soon!\n\nThanks for reading, please review!"]
)
def test_a_drabble_between_its_opening_and_closing_notes_stays_story(end: str) -> None:
    drabble = "The boats came in at dusk, one after another."
    text = f"Chapter 3\n\nA/N: Prompt was harbour lights.\n\n{drabble}\n\n{end}"
    found, first = notes_and_first(text)
    assert first == drabble
    assert ("authors_note", "A/N: Prompt was harbour lights.") in found
    assert all(drabble not in note for _, note in found)
