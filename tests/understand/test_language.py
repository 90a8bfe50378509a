"""The "language" stage: the body's language from a bounded sample, "" on too little text."""

from __future__ import annotations

import pytest

from ficshelf.model import Analysis, RawDocument, Span
from ficshelf.understand import analyze
from ficshelf.understand.language import SAMPLE_CHARS, identify, sample
from ficshelf.understand.pipeline import reads_english

ENGLISH = (
    "The lamps along the harbour wall were lit one by one, and the boats came in slowly "
    "with their nets full. Nobody on the quay said a word while the last of them tied up."
)
FRENCH = (
    "Les lampes du port s'allumaient une à une, et les bateaux rentraient lentement avec "
    "leurs filets pleins. Personne sur le quai ne disait un mot pendant que le dernier "
    "accostait."
)
GERMAN = (
    "Die Lampen an der Hafenmauer wurden eine nach der anderen angezündet, und die Boote "
    "kamen langsam mit vollen Netzen herein. Niemand auf dem Kai sagte ein Wort."
)


def language_of(text: str) -> Span:
    (span,) = analyze(RawDocument(text, "story.txt", "txt")).layer("language")
    return span


@pytest.mark.parametrize(("text", "code"), [(ENGLISH, "en"), (FRENCH, "fr"), (GERMAN, "de")])
def test_the_language_of_a_story(text: str, code: str) -> None:
    span = language_of(text)
    assert span.label == code
    assert span.score > 0.9
    assert (span.start, span.end) == (0, len(text))


def test_the_body_decides_not_an_english_note() -> None:
    text = "A/N: my first try at writing in French, be kind and review!\n\n" + "\n\n".join(
        [FRENCH] * 3
    )
    assert language_of(text).label == "fr"


@pytest.mark.parametrize("text", ["", "   ", "Hi.", "12345 678", "*** ~~~ ***"])
def test_too_little_text_is_unknown(text: str) -> None:
    analysis = analyze(RawDocument(text, "story.txt", "txt"))
    (span,) = analysis.layer("language")
    assert span.label == ""
    assert reads_english(analysis)


def test_all_capitals_is_still_english() -> None:
    assert language_of(ENGLISH.upper()).label == "en"


def test_is_english_follows_the_layer() -> None:
    doc = RawDocument(FRENCH, "story.txt", "txt")
    assert not reads_english(Analysis(doc, {"language": (Span(0, 1, "fr"),)}))
    assert reads_english(Analysis(doc, {"language": (Span(0, 1, "en"),)}))
    assert reads_english(Analysis(doc, {}))


def test_the_sample_is_bounded_and_takes_start_middle_and_end() -> None:
    paras = [f"Paragraph number {i} of a long story." for i in range(10_000)]
    text = "\n\n".join(paras)
    spans, pos = [], 0
    for p in paras:
        spans.append(Span(pos, pos + len(p)))
        pos += len(p) + 2
    got = sample(text, spans)
    assert len(got) <= SAMPLE_CHARS + 3 * 200
    assert "number 0 " in got and "number 5000 " in got and "number 9999 " in got


def test_a_huge_single_line_is_sampled_not_read_whole() -> None:
    text = ENGLISH * 30_000
    assert len(sample(text, [Span(0, len(text))])) <= SAMPLE_CHARS
    assert language_of(text).label == "en"


def test_identify_refuses_a_few_letters() -> None:
    assert identify("ok then") == ("", 0.0)
