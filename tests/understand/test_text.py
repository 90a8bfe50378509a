"""The "text" stage: paragraphs, sentences and word helpers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ficshelf.model import RawDocument, Span
from ficshelf.understand import run
from ficshelf.understand.text import (
    count_words,
    paragraph_spans,
    sentence_spans,
    words,
    wrap_width,
)


def paragraphs(text: str) -> list[str]:
    return [s.text_of(text) for s in paragraph_spans(text)]


def sentences(text: str) -> list[str]:
    return [s.text_of(text) for s in sentence_spans(text, 0, len(text))]


def test_blank_lines_separate_paragraphs_and_lines_inside_blocks_split() -> None:
    text = "  Title line  \n\nFirst para.\nSecond line of it?\n \n\t\nLast one.  \n"
    assert paragraphs(text) == ["Title line", "First para.", "Second line of it?", "Last one."]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_every_kind_of_line_break(newline: str) -> None:
    text = newline.join(["One.", "", "Two a.", "Two b.", "", "", "Three."])
    assert paragraphs(text) == ["One.", "Two a.", "Two b.", "Three."]


def test_one_paragraph_per_line_without_blank_lines() -> None:
    text = 'She ran.\r\n"Wait!" he called.\r\nShe did not wait, and the door slammed.\r\n'
    assert paragraphs(text) == [
        "She ran.",
        '"Wait!" he called.',
        "She did not wait, and the door slammed.",
    ]


@pytest.mark.parametrize("text", ["", "   ", "\n\n\r\n", "\t \r"])
def test_no_paragraphs(text: str) -> None:
    assert paragraph_spans(text) == ()
    analysis = run(RawDocument(text, "t.txt", "txt"), ["text"])
    assert analysis.layer("paragraphs") == ()
    assert analysis.layer("sentences") == ()


WRAPPED = (
    "The lamps along the quay had been lit an hour ago, and the fog was\n"
    "thick enough that each one stood in its own small room of light. She\n"
    "walked from one to the next without hurrying.\n"
    "\n"
    "Nobody followed her. She had made sure of that twice over before she\n"
    "left the boarding house, and once more at the corner of the market.\n"
)


def test_hard_wrapped_lines_run_on_within_a_paragraph() -> None:
    assert len(paragraphs(WRAPPED)) == 2
    assert paragraphs(WRAPPED)[1].startswith("Nobody followed her.")
    assert "\n" in paragraphs(WRAPPED)[0]


def test_hard_wrapped_text_with_indented_paragraphs_and_no_blank_lines() -> None:
    text = WRAPPED.replace("\n\n", "\n    ").replace("The lamps", "    The lamps")
    assert [p[:10] for p in paragraphs(text)] == ["The lamps ", "Nobody fol"]


def test_short_lines_in_a_wrapped_text_stay_paragraphs() -> None:
    text = "THE QUAY\nby Someone\n\n" + WRAPPED
    assert paragraphs(text)[:2] == ["THE QUAY", "by Someone"]


def test_wrap_width() -> None:
    assert wrap_width([70, 68, 71, 30, 69, 72, 66, 12]) == 71  # the 90th percentile
    assert wrap_width([300, 20, 150, 80, 400]) is None
    assert wrap_width([70, 70]) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr. Smith met Dr. Jones at St. Mungo's. They talked.",
            ["Mr. Smith met Dr. Jones at St. Mungo's.", "They talked."],
        ),
        ("J. R. R. Tolkien wrote it. So?", ["J. R. R. Tolkien wrote it.", "So?"]),
        ('"Go." She left.', ['"Go."', "She left."]),
        ("“Go!” she said. “Now.”", ["“Go!” she said.", "“Now.”"]),
        ("Well... I don't know. Maybe… yes.", ["Well...", "I don't know.", "Maybe… yes."]),
        ("Wait. . . What? Really?!", ["Wait. . .", "What?", "Really?!"]),
        ('"But—" He stopped.', ['"But—"', "He stopped."]),
        ("No. I won't.", ["No.", "I won't."]),
        ("see e.g. the map. Then go", ["see e.g. the map.", "Then go"]),
        ("It cost 5.50 today. (Cheap.) Fine.", ["It cost 5.50 today.", "(Cheap.)", "Fine."]),
        ("no ending punctuation", ["no ending punctuation"]),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_sentences_stay_inside_their_paragraph() -> None:
    text = "Head.\n\nOne. Two.\r\n\r\nThree"
    analysis = run(RawDocument(text, "t.txt", "txt"), ["text"])
    assert [s.text_of(text) for s in analysis.layer("sentences")] == [
        "Head.",
        "One.",
        "Two.",
        "Three",
    ]


def test_words() -> None:
    text = "Don't stop — twenty-one, 3 times! Café’s open."
    assert [s.text_of(text) for s in words(text)] == [
        "Don't",
        "stop",
        "twenty-one",
        "3",
        "times",
        "Café’s",
        "open",
    ]
    assert count_words(text) == 7
    assert count_words(text, 0, 10) == 2
    assert [s.text_of(text) for s in words(text, 6, 10)] == ["stop"]


_TEXTISH = st.text(alphabet=st.sampled_from(list("ab .!?\"“”'\r\n\t-—…MrJ")), max_size=200)


@given(_TEXTISH)
def test_paragraphs_and_sentences_are_trimmed_ordered_and_cover_the_text(text: str) -> None:
    paras = paragraph_spans(text)
    _check_spans(text, paras)
    covered = "".join(p.text_of(text) for p in paras)
    assert sorted("".join(covered.split())) == sorted("".join(text.split()))
    for para in paras:
        sents = sentence_spans(text, para.start, para.end)
        _check_spans(text, tuple(sents))
        assert sents[0].start == para.start and sents[-1].end == para.end
        inside = "".join(s.text_of(text) for s in sents)
        assert "".join(inside.split()) == "".join(para.text_of(text).split())


def _check_spans(text: str, spans: tuple[Span, ...]) -> None:
    last_end = 0
    for span in spans:
        assert last_end <= span.start < span.end <= len(text)
        piece = span.text_of(text)
        assert piece == piece.strip()
        last_end = span.end
