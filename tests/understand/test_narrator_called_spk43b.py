"""The first-person narrator is the name others call, not a name they only talk about
(round spk43b, issue 3: ``narrator_called``). Invented scenes."""

from __future__ import annotations

from ficshelf.model import RawDocument
from ficshelf.understand import analyze
from ficshelf.understand.narrator_called import called_first
from ficshelf.understand.report import analysis_to_dict

# The narrator, Nell, is called four times in others' lines and named once by the
# narration (her sled); "Amos" is only talked about, twice, in Kitty's line.
TALKED_ABOUT = (
    "The river froze in the first week of the year, and I went down every morning to look "
    "at it before the others were up, dragging my sled with Nell painted on its side.\n\n"
    '"Nell," said Mrs. Dacre from the gate, "you will catch your death out there."\n\n'
    '"I am only looking," I said.\n\n'
    'Kitty came down the path with the milk cans. "Amos says the ice will hold by Sunday," '
    'she said. "Amos says he has seen it hold a cart."\n\n'
    'Mrs. Dacre laughed. "Come in now, Nell. The kettle is on."\n\n'
    "I went in. The kitchen was warm and smelled of bread.\n\n"
    '"Nell, fetch the cups," said Kitty.\n'
)


def test_called_name_beats_one_only_talked_about() -> None:
    found = analysis_to_dict(analyze(RawDocument(text=TALKED_ABOUT, source="x.txt", format="txt")))
    assert found["narrator"] == "Nell"
    assert [q["speaker"] for q in found["quotes"] if q["text"].startswith("I am only")] == ["Nell"]


def test_called_first_keeps_a_called_best_and_an_uncalled_one_alone() -> None:
    assert called_first([3, 1], {1, 3}) == 3
    assert called_first([3, 1, 2], {2}) == 2
    assert called_first([3, 1], set()) == 3
