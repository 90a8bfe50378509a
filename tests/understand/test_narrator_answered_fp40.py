"""The first-person narrator named once, in someone else's untagged line that the narrator
answers in the next paragraph (round fp40, issue 3): the line is said to the narrator, so
its call names them. Invented scenes: a call opening the line or closing it, a title and
surname, a name among others talked about or called, the narrator's answer told in the
narration or given as the narrator's own tagged line; and scenes whose narrator is never
named, where the narrator's own call is answered by the one called or said again."""

from __future__ import annotations

from typing import Any

import pytest
from test_narrator_shapes_narr32 import narrator_of

from ficshelf.model import RawDocument, Span
from ficshelf.understand import analyze
from ficshelf.understand.narrator_answers import narrator_replies
from ficshelf.understand.report import analysis_to_dict

# (shape, scene, the narrator's name)
NAMED: list[tuple[str, str, str]] = [
    (
        "call_opens_line_reply_narrated",
        "The bell had gone ten minutes before, and the corridor was empty but for the "
        "caretaker's bucket. I walked as slowly as I dared.\n\n"
        "The headmistress was waiting at her door. She held it open and said nothing until I "
        "had gone past her into the room.\n\n"
        '"Perpetua, what became of the chemistry set?"\n\n'
        "I said I did not know. It was nearly true. She sat down behind the desk and folded "
        "her hands on the blotter and looked at them.",
        "Perpetua",
    ),
    (
        "call_ends_line_reply_narrated",
        "The car was already packed when I came downstairs. The boot would not close, and my "
        "father was leaning on it with both hands, swearing under his breath.\n\n"
        '"Get in the back, Oliver. We are late as it is."\n\n'
        "I said I had to fetch my coat. He said there was no time for coats. My mother came "
        "out with it over her arm and handed it to me through the window.",
        "Oliver",
    ),
    (
        "title_surname_answered_by_own_line",
        "The waiting room was full. I found the last chair, under the clock, and sat with my "
        "bag on my knees.\n\n"
        "A nurse came out with a clipboard and read from it without looking up.\n\n"
        '"Miss Price? The doctor will see you now."\n\n'
        '"Thank you," I said, and followed her down the corridor.',
        "Miss Price",
    ),
    (
        "among_names_talked_about_and_called",
        "Aunt Hester had the accounts spread over the kitchen table, and Uncle Amos was "
        "reading them over her shoulder with his pipe going.\n\n"
        '"Hester, leave it till the morning," he said. "Jory will have them straight by '
        'Friday."\n\n'
        "She did not leave it. She turned a page and ran her finger down the column, and "
        "then she looked up at me across the lamp.\n\n"
        '"Where were you on Thursday, Wenna? Jory says the till was short."\n\n'
        "I told her I had been at school all day, which was true. Uncle Amos took his pipe "
        "out of his mouth and looked at the ceiling.",
        "Wenna",
    ),
    (
        "father_question_answered_by_own_line",
        "The lamp was still lit in the parlour when I came in, and my father was sitting "
        "beside it in his coat.\n\n"
        '"Do you know what time it is, Anselm?"\n\n'
        '"I am sorry," I said. "The cart lost a wheel at Hobb\'s Cross."\n\n'
        "He did not believe me. I could see that he did not, and I could see that he was too "
        "tired to say so.",
        "Anselm",
    ),
]

# The narrator is never named: the call is the narrator's own, answered by the one called
# or said again by the narrator.
UNNAMED: list[tuple[str, str]] = [
    (
        "own_call_answered_by_the_one_called",
        "My brother was on the roof again. He had climbed up by the water butt, as he always "
        "did, and was sitting astride the ridge with his knees up.\n\n"
        '"Come down, Hugo, before Mother sees."\n\n'
        "He laughed and did not come down. I went in and told Mother, and she came out with "
        "the broom.",
    ),
    (
        "own_call_said_again",
        "The dog was asleep in the sun by the gate, and the cart was coming up the lane.\n\n"
        '"Move, Jasper. Move, you lump."\n\n'
        "I said it again, louder, before he lifted his head and thumped his tail.",
    ),
]


@pytest.mark.parametrize(
    ("text", "name"), [(t, n) for _, t, n in NAMED], ids=[s for s, _, _ in NAMED]
)
def test_a_call_in_a_line_the_narrator_answers_names_the_narrator(text: str, name: str) -> None:
    assert narrator_of(text) == name


@pytest.mark.parametrize("text", [t for _, t in UNNAMED], ids=[s for s, _ in UNNAMED])
def test_the_narrators_own_call_names_no_narrator(text: str) -> None:
    assert narrator_of(text) is None


@pytest.mark.parametrize(
    ("paragraph", "replies"),
    [
        ("I said I did not know.", True),
        ("I told her the truth.", True),
        ("I promised.", True),
        ("I quietly answered that I would.", True),
        ("I said it was Wednesday.", True),
        ("I said it twice more before he stirred.", False),
        ("I said it again, louder.", False),
        ("I held out my hand.", False),
        ("She nodded. I said nothing.", False),
        ("Instead I said that I had been reading.", False),
    ],
)
def test_a_reply_told_in_the_narration(paragraph: str, replies: bool) -> None:
    assert narrator_replies(paragraph, Span(0, len(paragraph))) is replies


def test_the_narrator_found_so_owns_the_first_person_lines() -> None:
    # Downstream: the narrator's character takes the name, the narrator's "I said" lines
    # go to it, and relationships are the named narrator's.
    text = (
        "Bramble Lane\n\n"
        "The car was already packed when I came downstairs. The boot would not close, and "
        "my father was leaning on it with both hands.\n\n"
        '"Get in the back, Oliver. We are late as it is."\n\n'
        "I said I had to fetch my coat. He said there was no time for coats.\n\n"
        '"Every week," my father said. "You will write every week."\n\n'
        '"I will," I said.\n'
    )
    found = assert_narrator_owns_lines(text, "Oliver", "I will")
    assert any("Oliver" in r["characters"] for r in found["relationships"])


def assert_narrator_owns_lines(text: str, name: str, line: str) -> dict[str, Any]:
    """Assert that the analysis of ``text`` names the narrator ``name``, whose character
    replaces "Narrator" and speaks the narrator's own line opening with ``line``; return
    the analysis as a dict."""
    found = analysis_to_dict(analyze(RawDocument(text=text, source="x.txt", format="txt")))
    assert found["narrator"] == name
    names = [c["name"] for c in found["characters"]]
    assert name in names and "Narrator" not in names
    assert [q["speaker"] for q in found["quotes"] if q["text"].startswith(line)] == [name]
    return found
