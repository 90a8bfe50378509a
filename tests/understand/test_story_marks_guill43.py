"""Speakers in a story quoted in guillemets or single marks (round guill43): the stages
after ``dialogue`` read such a story's quotation marks as curly double marks
(``story_marks``), and a sentence ends before a closing guillemet. Every sentence here is
made up for the test."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest

from ficshelf.errors import PipelineError
from ficshelf.model import Analysis, RawDocument, Span
from ficshelf.understand.pipeline import _viewed, run
from ficshelf.understand.story_marks import double_marked

_WELL = (
    "The Well\n\n"
    "Nell Ambry sat on the step of the cottage while old Jory Tamsin drew water from the "
    "well. She had a pebble in her fist and turned it over and over.\n\n"
    "«Did you know my father?»\n\n"
    "«A little, my girl. He came by in the spring, once or twice.»\n\n"
    "«He gave me this stone. He said it came from the sea.»\n\n"
    "«I know.»\n\n"
    "«I never saw the sea. I never saw anything but this lane, and the mill, and you.» Her "
    "voice broke. «Is that a sad thing to say?»\n\n"
    "«No.»\n\n"
    "«He said I should go with him.»\n\n"
    "«I know he did.»\n\n"
    "«I wanted you to say I should not.»\n\n"
    "«You should not, Nell.» Jory set the bucket down and sat beside her.\n"
)

_TEA = (
    "Sunday Tea\n\n"
    "You sit in the front room with your Aunt Harriet Loame and say nothing, because there "
    "is nothing you can say that she would not answer better. Your cousin Ada sits by the "
    "window with her sewing.\n\n"
    "'You are very quiet today,' says your aunt.\n\n"
    "'I am tired.'\n\n"
    "'You are sulking. It is not the same thing.'\n\n"
    "You do not answer that. Ada looks up from her sewing and down again.\n\n"
    "The housekeeper comes in with the tea.\n\n"
    "'The Captain's compliments, ma'am, and he'll take his in the study.'\n\n"
    "'Of course he will,' says your Aunt Harriet. 'Thank you, Bessie.'\n\n"
    "'Will there be anything else, ma'am?'\n\n"
    "'Nothing else.'\n"
)


def _speakers(text: str) -> list[tuple[str, str]]:
    analysis = run(RawDocument(text=text, source="story.txt", format="txt"))
    return [(text[s.start : s.end], s.label) for s in analysis.layer("speakers")]


@pytest.mark.parametrize(
    "restyle",
    [
        lambda t: t,
        lambda t: t.replace("«", "« ").replace("»", " »"),  # French spacing
        lambda t: t.replace("«", "\0").replace("»", "«").replace("\0", "»"),  # German » «
    ],
    ids=["guillemets", "french-spacing", "german"],
)
def test_turns_in_guillemets_alternate_as_in_double_marks(restyle: Callable[[str], str]) -> None:
    double = _WELL.replace("«", "“").replace("»", "”")
    said = [label for _, label in _speakers(restyle(_WELL))]
    assert said == [label for _, label in _speakers(double)]
    # turn-taking from the first line, a vocative ("my girl") and a beat ("Her voice broke")
    nell, jory = "Nell Ambry", "Jory Tamsin"
    assert said[:7] == [nell, jory, nell, jory, nell, nell, jory]


def test_a_tag_after_a_single_quoted_line_with_apostrophes_names_its_speaker() -> None:
    said = dict(_speakers(_TEA))
    assert said["Of course he will,"] == "Harriet Loame"
    assert said["Nothing else."] == "Harriet Loame"


def test_a_sentence_ends_before_a_closing_guillemet() -> None:
    text = "«I am tired.» Nell sat down. «Is it late?» Jory looked at the clock.\n"
    analysis = run(RawDocument(text=text, source="story.txt", format="txt"))
    sentences = [text[s.start : s.end] for s in analysis.layer("sentences")]
    assert sentences == [
        "«I am tired.»",
        "Nell sat down.",
        "«Is it late?»",
        "Jory looked at the clock.",
    ]


def test_guillemets_and_their_nested_marks_become_curly_double_and_single_marks() -> None:
    text = "«He wrote “stay” and left,» said Ana. «Good.»\n"
    quotes = [Span(1, 25), Span(37, 42)]
    assert double_marked(text, quotes) == "“He wrote ‘stay’ and left,” said Ana. “Good.”\n"
    french = "« Oui », dit-il.\n"
    assert double_marked(french, [Span(2, 5)]) == "“ Oui ”, dit-il.\n"


def test_single_marks_are_rewritten_only_when_asked_and_apostrophes_stay() -> None:
    text = "'Don't go,' said Ivo. 'It's late.'\n"
    quotes = [Span(1, 10), Span(23, 33)]
    assert double_marked(text, quotes) is text
    assert double_marked(text, quotes, single=True) == "“Don't go,” said Ivo. “It's late.”\n"
    plain = '"Go," said Ivo.\n'
    assert double_marked(plain, [Span(1, 4)], single=True) is plain


def test_the_run_returns_the_text_as_it_came() -> None:
    analysis = run(RawDocument(text=_WELL, source="story.txt", format="txt"))
    assert analysis.text == _WELL


def test_a_view_that_moves_an_offset_is_refused() -> None:
    analysis = Analysis(RawDocument(text="«Oui.»\n", source="s.txt", format="txt"))

    def shorter(a: Analysis) -> Analysis:
        return dataclasses.replace(a, doc=dataclasses.replace(a.doc, text="Oui.\n"))

    with pytest.raises(PipelineError):
        _viewed("dialogue", shorter, analysis)
