"""Round spk28 (docs/speakers.md): a line that calls two people and closes on a question
is answered by the one its closing question calls, not by the first called. Short texts
written for the test."""

from __future__ import annotations

from collections.abc import Callable

from dialogue_texts import said

from ficshelf.model import Span
from ficshelf.understand.question_calls import asked_first, closing_question

NAMES = {"Hester": "Hester", "Owen": "Owen", "Mabel": "Mabel"}

# Hester calls Mabel, then asks Owen: the untagged reply is Owen's.
ORCHARD = (
    "Hester kept the orchard above the mill. Owen mended her fences in the spring, and "
    "her niece Mabel picked the plums in August.\n\n"
    "It was raining when Hester came down the path. Owen was under the wall with his "
    "hammer, and Mabel was nowhere to be seen.\n\n"
    "\u201cMabel! Mabel, the baskets are out in the wet. Owen, have you seen the girl?\u201d\n\n"
    "\u201cShe went down to the mill an hour since.\u201d\n\n"
    "\u201cThen I shall fetch her myself.\u201d\n"
)


def test_the_one_the_closing_question_calls_answers() -> None:
    assert said(ORCHARD, NAMES)[1] == ("She went down to the mill an hour since.", "Owen")


def test_without_a_closing_question_the_first_called_answers() -> None:
    statement = ORCHARD.replace("Owen, have you seen the girl?", "Owen, the gate is open.")
    assert said(statement, NAMES)[1] == ("She went down to the mill an hour since.", "Mabel")


def _calls(names: list[str]) -> Callable[[str, Span], list[str]]:
    """A stand-in for ``Cast.addressed``: the names of ``names`` inside the span."""

    def addressed(text: str, span: Span) -> list[str]:
        part = text[span.start : span.end]
        return sorted((n for n in names if n in part), key=part.index)

    return addressed


def test_closing_question_is_the_last_sentence() -> None:
    text = "\u201cAnn, sit down. Bob, will you pour?\u201d"
    question = closing_question(text, Span(0, len(text)))
    assert question is not None
    assert text[question.start : question.end].strip() == "Bob, will you pour?"
    plain = "\u201cAnn, sit down. Bob, pour.\u201d"
    assert closing_question(plain, Span(0, len(plain))) is None


def test_asked_first_puts_the_questioned_name_first() -> None:
    text = "\u201cAnn, sit down. Bob, will you pour?\u201d"
    quote = Span(0, len(text))
    addressed = _calls(["Ann", "Bob"])
    assert asked_first(text, quote, ["Ann", "Bob"], addressed) == ["Bob", "Ann"]
    # one name called: nothing to reorder
    assert asked_first(text, quote, ["Ann"], addressed) == ["Ann"]
