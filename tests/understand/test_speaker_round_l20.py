"""Round L20 (docs/history/speakers.md): one-line speakers in a crowd ("cried one of the women",
"said another", "somebody asked") say their own lines and no others. Each on a short text
written for the test."""

from __future__ import annotations

from ficshelf.model import RawDocument
from ficshelf.understand import analyze
from ficshelf.understand.one_line_speakers import is_one_line
from ficshelf.understand.report import analysis_to_dict

# A village meeting: two named people talk, three voices of the crowd each put in one line.
MEETING = (
    "Mara stood at the gate with Tobin beside her, and the villagers pressed in behind.\n\n"
    '"The river is high tonight," said Mara.\n\n'
    '"It will flood the lower field," cried one of the women. "We should move the sheep."\n\n'
    '"Nobody will go out in this," said another.\n\n'
    '"I will," said Tobin.\n\n'
    '"You are brave, Tobin," Mara said.\n\n'
    '"Who holds the lantern, then?" somebody asked.\n\n'
    '"Only me."\n\n'
    '"And the boat," someone else put in, "is it tied?"\n\n'
    '"Since noon," Tobin said.\n\n'
    '"Not with the wind this high," one of the old men grumbled.\n'
)


def _said(text: str) -> list[tuple[str, str | None]]:
    result = analysis_to_dict(analyze(RawDocument(text=text, source="t.txt", format="txt")))
    return [(q["text"].strip(",.?!"), q["speaker"]) for q in result["quotes"]]


def test_a_crowd_voice_says_the_line_its_tag_stands_by() -> None:
    found = dict(_said(MEETING))
    assert found["It will flood the lower field"] == "one of the women"
    assert found["Nobody will go out in this"] == "another"
    assert found["Not with the wind this high"] == "one of the old men"
    assert found["Who holds the lantern, then"] == "somebody"


def test_a_crowd_voice_keeps_the_rest_of_its_paragraph_and_a_split_line() -> None:
    found = dict(_said(MEETING))
    assert found["We should move the sheep"] == "one of the women"
    assert found["And the boat"] == found["is it tied"] == "someone else"


def test_a_crowd_voice_takes_no_line_by_turn_taking() -> None:
    found = dict(_said(MEETING))
    # the untagged answer after "somebody asked" is no crowd voice's
    assert found["Only me"] not in {"somebody", "another", "one of the women", "someone else"}
    assert found["I will"] == "Tobin"


def test_the_same_words_outside_a_tag_make_no_one() -> None:
    text = (
        '"We leave at dawn," said Mara.\n\n'
        "Another day went by. One of the women was mending a net, and somebody had left "
        "a lamp burning.\n\n"
        '"The lamp is still lit," Tobin said.\n'
    )
    result = analysis_to_dict(analyze(RawDocument(text=text, source="t.txt", format="txt")))
    names = {c["name"] for c in result["characters"]}
    assert not any(is_one_line(n) for n in names)


def test_one_line_names() -> None:
    assert is_one_line("one of the women")
    assert is_one_line("one of the young men")
    assert is_one_line("another")
    assert is_one_line("someone else")
    assert not is_one_line("the old man")
    assert not is_one_line("another man")
