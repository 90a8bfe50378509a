"""Round notes40: an author named only by the signature closing an author's note, and a
byline opening the file with no title above it. Invented snippets only."""

from __future__ import annotations

import pytest

from ficshelf.model import Analysis, RawDocument
from ficshelf.understand import analyze
from ficshelf.understand.note_signatures import is_signature_paragraph, note_signature
from ficshelf.understand.notes import authors_of, title_of

STORY = (
    "The barges came down the canal at first light, and Wenna counted them from the lock "
    "keeper's step. There were nine, which was one too many, and she went in to tell her "
    "father.\n\nHe did not look up from the ledger. He only said that the ninth would pay "
    "like the others, and went on writing."
)
END_NOTE = "A/N: Thank you so much for reading! This one sat in my drafts for a whole year."
FRONT_NOTE = "A/N: My first go at this pairing, so please be kind!"


def analysed(text: str) -> Analysis:
    return analyze(RawDocument(text, "test.txt", "txt"))


def notes_of(analysis: Analysis) -> list[tuple[str, str]]:
    return [(s.label, s.text_of(analysis.text)) for s in analysis.layer("notes")]


@pytest.mark.parametrize(
    "signed",
    [
        END_NOTE + "\n— tinderbox_owl",  # a dash on the note's last line of its own
        END_NOTE + "\n-- tinderbox_owl",
        END_NOTE + " xx tinderbox_owl",  # after the last sentence of the note
        END_NOTE + "\n~tinderbox_owl",
        END_NOTE + "\nLove, tinderbox_owl",
        END_NOTE + " —tinderbox_owl",
    ],
)
def test_an_end_note_signed_names_the_author(signed: str) -> None:
    analysis = analysed("Canal Hours\n\n" + STORY + "\n\n" + signed)
    assert authors_of(analysis) == ("tinderbox_owl",)
    assert title_of(analysis) == "Canal Hours"
    assert notes_of(analysis)[-1] == ("authors_note", signed)


def test_a_signature_in_a_paragraph_of_its_own_closes_the_note() -> None:
    analysis = analysed(STORY + "\n\n" + END_NOTE + "\n\n— tinderbox_owl")
    assert authors_of(analysis) == ("tinderbox_owl",)
    assert notes_of(analysis) == [("authors_note", END_NOTE + "\n\n— tinderbox_owl")]
    assert not any("tinderbox" in s.text_of(analysis.text) for s in analysis.layer("body"))


def test_a_front_note_signed_names_the_author() -> None:
    analysis = analysed(FRONT_NOTE + " ~Pell Marrow\n\n" + STORY)
    assert authors_of(analysis) == ("Pell Marrow",)


def test_a_byline_wins_over_a_signature() -> None:
    analysis = analysed(
        "by quill_and_thimble\n\n" + STORY + "\n\n" + END_NOTE + "\n— tinderbox_owl"
    )
    assert authors_of(analysis) == ("quill_and_thimble",)


@pytest.mark.parametrize(
    "ending",
    [
        " It was meant to be short — or so I thought.",  # a dash aside closing a sentence
        " Thanks, everyone",
        " xx",  # kisses alone
        "\n— everyone",
        " I wrote it in one sitting, which is the best way — honestly",
        "\nLove, the whole of me.",
    ],
)
def test_what_signs_for_no_one(ending: str) -> None:
    analysis = analysed("Canal Hours\n\n" + STORY + "\n\n" + END_NOTE + ending)
    assert authors_of(analysis) == ()


def test_an_epigraph_attribution_is_no_signature() -> None:
    epigraph = '"Every lock keeps its own water."\n— Hamlet'
    analysis = analysed("Canal Hours\n\n" + epigraph + "\n\n" + STORY)
    assert authors_of(analysis) == ()
    assert note_signature('A/N: As they say, "a lock keeps its water."\n— Hamlet') is None


def test_a_letter_signed_inside_the_story_is_no_author() -> None:
    letter = "Dear Wenna,\n\nCome home before the frost.\n\nLove, Father"
    analysis = analysed("Canal Hours\n\n" + letter + "\n\n" + STORY)
    assert authors_of(analysis) == ()


def test_signature_shapes() -> None:
    assert note_signature("Enjoy! — tinderbox_owl") == (9, 22)
    assert note_signature("Enjoy it, dear — tinderbox_owl") is None  # no finished sentence
    assert note_signature("Enjoy!\nCheers, Pell Marrow") == (15, 26)
    assert note_signature("Enjoy!\nLove,\ntinderbox_owl") == (13, 26)  # one paragraph
    assert is_signature_paragraph("— tinderbox_owl")
    assert is_signature_paragraph("~tinderbox_owl")
    assert not is_signature_paragraph("— or so I thought")
    assert not is_signature_paragraph("xx")


# --- a byline with no title line above it ----------------------------------------------------


@pytest.mark.parametrize("byline", ["by tinderbox_owl", "By: tinderbox_owl", "by Pell Marrow"])
def test_a_byline_opening_the_file_is_no_title(byline: str) -> None:
    text = byline + "\n\nDisclaimer: none of them are mine.\n\n" + STORY
    analysis = analysed(text)
    assert title_of(analysis) is None
    assert authors_of(analysis) == (byline.split(" ", 1)[1],)
    assert notes_of(analysis)[0] == ("byline", byline)


def test_a_by_title_above_a_byline_stays_the_title() -> None:
    analysis = analysed("By Lamplight\n\nby tinderbox_owl\n\n" + STORY)
    assert title_of(analysis) == "By Lamplight"
    assert authors_of(analysis) == ("tinderbox_owl",)


def test_kisses_sign_after_any_word() -> None:
    assert note_signature("see you next week <3 xx tinderbox_owl") == (24, 37)
    assert note_signature("thanks for sticking with me, xoxo Pell Marrow") is not None
    assert note_signature("see you next week <3 — tinderbox_owl") is None  # a dash needs a stop
