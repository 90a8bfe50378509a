"""Round spk28 (docs/history/speakers.md): a line that calls two people and closes on a question
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
    # (a closing sentence that opens on a call, "Owen, the gate is open.", is answered by the
    # one it calls: round spk36, ``closing_call``)
    statement = ORCHARD.replace("Owen, have you seen the girl?", "The gate is open, Owen.")
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


# A paragraph of narration that ends "... was Bess whispering, not to anyone:" introduces
# the next paragraph's line: Bess's, not the voice the turn-taking or the narration's
# first subject would give it.
LOFT = (
    "The four girls slept in the loft over the bakehouse.\n\n"
    "\u201cHe looked at me twice,\u201d said Nell.\n\n"
    "\u201cHe looks at everybody twice,\u201d said Jo.\n\n"
    "Nell fell asleep first, and then Jo, and the last thing Kit heard was Bess whispering, "
    "not to her, not to anyone:\n\n"
    "\u201cHe looked at me three times.\u201d\n\n"
    "In the morning the oven would not draw.\n"
)
LOFT_NAMES = {"Nell": "Nell", "Jo": "Jo", "Kit": "Kit", "Bess": "Bess"}


def test_a_paragraph_ending_on_a_tag_and_a_colon_introduces_the_next_line() -> None:
    assert said(LOFT, LOFT_NAMES)[2] == ("He looked at me three times.", "Bess")


def test_a_paragraph_ending_on_a_colon_without_a_tag_introduces_no_one() -> None:
    untagged = LOFT.replace("was Bess whispering, not to her, not to anyone:", "was the rain:")
    assert said(untagged, LOFT_NAMES)[2][1] != "Bess"


# "and I said, half laughing:": the manner's participle is no tag of its own; the verb
# before it is, with the first-person narrator as its subject.
PORCH = (
    "Will sat on the porch step with his boots off, and Kate was shelling peas beside him. "
    "When the dog came up the path with a shoe in its mouth I said, half laughing:\n\n"
    "\u201cWhose is that, then?\u201d\n\n"
    "\u201cNot mine,\u201d said Will.\n"
)


def test_a_tag_whose_last_verb_is_a_manners_participle_reads_the_verb_before() -> None:
    names = {"Will": "Will", "Kate": "Kate", "Jo": "Jo"}
    assert said(PORCH, names, pov="first", narrator="Jo")[0] == ("Whose is that, then?", "Jo")
