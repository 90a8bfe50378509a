"""The first-person narrator who speaks of himself by name in the third person, and the
frame narrator a call inside a teller's tale must not name (round narr41, issue 3:
``narrator_third_person``, ``narrator_tales``). Invented scenes; and scenes whose name is
someone else's: a brother the narrator speaks of, a listener inside the tale, a third
person obeying."""

from __future__ import annotations

import pytest
from test_narrator_shapes_narr32 import narrator_of

from ficshelf.model import RawDocument, Span
from ficshelf.understand import analyze
from ficshelf.understand.names import QuoteIndex
from ficshelf.understand.narrator_tales import told_in_tale
from ficshelf.understand.report import analysis_to_dict

# (shape, scene, the narrator's name)
SELF_NAMED: list[tuple[str, str, str]] = [
    (
        "thought_and_called_twice",
        "There were six of us, and we were very poor that winter. I will not say which of "
        "us I am, because it does not matter.\n\n"
        "Dora said we ought to dig for treasure in the garden. Oswald thought it a poor "
        "plan, but he said nothing, because he is the eldest.\n\n"
        '"Oswald, you fetch the spade," said Dora.\n\n'
        "I fetched it, and Dicky fetched the fork. We dug all afternoon and found only a "
        "rusty key.\n\n"
        '"This is no good, Oswald," said Dicky at last. "There is nothing here."\n\n'
        "I said we had not dug deep enough. Oswald always knew when to hold on, and the "
        "others grumbled but went on digging.",
        "Oswald",
    ),
    (
        "felt_and_answered",
        "Nobody asked the youngest what she thought, which was a pity, because she was "
        "the only one who had read the map.\n\n"
        "Millicent felt that this was unjust. She kept it to herself.\n\n"
        '"Millicent, hold the lantern," said Father.\n\n'
        "I held it up as high as I could. The cave went back much further than anyone "
        "had guessed.\n\n"
        '"Higher, Millicent," said Father. "I cannot see the floor."\n\n'
        "I told him my arm was tired, and he took the lantern from me.",
        "Millicent",
    ),
]

# (shape, scene): the name is not the narrator's.
NOT_SELF: list[tuple[str, str]] = [
    (
        "brother_beside_me",
        "There were six of us, and my eldest brother was the leader in everything.\n\n"
        "Dora said we ought to dig for treasure. Oswald thought it a poor plan, but he "
        "said nothing.\n\n"
        '"Oswald, you fetch the spade," said Dora.\n\n'
        "Oswald fetched it, and I fetched the fork. Oswald and I dug all afternoon.\n\n"
        '"This is no good, Oswald," said Dicky. "There is nothing here."\n\n'
        "He said we had not dug deep enough.",
    ),
    (
        "sister_beside_me",
        "We were sent out to dig the potatoes before tea. Meg thought it unfair, and so "
        "did I.\n\n"
        '"Meg, the spade," said Dora.\n\n'
        "I laughed. Meg fetched it from the shed and began at the far end.\n\n"
        '"Dig faster, Meg," said Dora. "It will rain."\n\n'
        "I held the sack open, and Meg dug faster.",
    ),
    (
        "third_person_obeys",
        "The office was at the top of four flights of stairs. Mr. Pemberton, the old "
        "porter, stood by the door with a lamp. Mr. Pemberton thought the clerk a fool.\n\n"
        '"Mr. Pemberton, the door," said the clerk.\n\n'
        "The porter shut it. I sat down on the bench and waited.\n\n"
        '"Mr. Pemberton, the lamp," said the clerk.\n\n'
        "The porter turned it up. I took out my letter.",
    ),
]

_TALE_OPEN = (
    "We sat on the deck of the yawl while the tide turned. Then the old captain knocked out "
    "his pipe on the rail and began, and I listened.\n\n"
    "\u201cIt was the winter I spent in Marseilles,\u201d he said. \u201cI had a room over "
    "a bakery, and I was young then.\n\n"
    "\u201cThere was a boy who carried bread for the baker. One morning he did not come, "
    "and I found him in a loft by the harbour.\n\n"
)
_TALE_CLOSE = (
    "He stopped, and lit his pipe again. I said nothing.\n\n"
    "\u201cYou should turn in,\u201d he said to me. \u201cIt is late.\u201d\n\n"
    "I said I would, but I stayed where I was."
)
# (shape, scene): a call inside the teller's tale names no narrator.
TALES: list[tuple[str, str]] = [
    (
        "curly_single_inside_double",
        _TALE_OPEN + "\u201c\u2018Emile,\u2019 I said to him, \u2018you cannot stay here.\u2019 "
        "He only looked at me. \u2018Emile, get up,\u2019 I said again, and he came.\n\n"
        "\u201cHe sailed with me after that. He was the best sailor I ever had.\u201d\n\n"
        + _TALE_CLOSE,
    ),
    (
        "teller_is_called_in_the_tale",
        _TALE_OPEN + "\u201cHe looked up at me. \u2018Captain Vane,\u2019 he said, "
        "\u2018take me with you.\u2019 \u2018Captain Vane, please,\u2019 he said again. "
        "So I took him.\n\n"
        "\u201cHe sailed with me after that.\u201d\n\n" + _TALE_CLOSE,
    ),
]


def _narrator(text: str) -> str | None:
    found = analysis_to_dict(analyze(RawDocument(text=text, source="x.txt", format="txt")))
    narrator = found["narrator"]
    return narrator if isinstance(narrator, str) else None


@pytest.mark.parametrize(
    ("text", "name"), [(t, n) for _, t, n in SELF_NAMED], ids=[s for s, _, _ in SELF_NAMED]
)
def test_a_narrator_who_tells_his_own_thoughts_by_name_is_named(text: str, name: str) -> None:
    assert narrator_of(text) == name


@pytest.mark.parametrize("text", [t for _, t in NOT_SELF], ids=[s for s, _ in NOT_SELF])
def test_a_brother_or_a_third_person_obeying_is_not_the_narrator(text: str) -> None:
    assert narrator_of(text) is None


@pytest.mark.parametrize("text", [t for _, t in TALES], ids=[s for s, _ in TALES])
def test_a_call_inside_a_tellers_tale_names_no_frame_narrator(text: str) -> None:
    assert _narrator(text) is None


@pytest.mark.parametrize(
    ("line", "name", "told"),
    [
        ("\u201c\u2018Emile,\u2019 I said to him.\u201d", "Emile", True),
        ("\"He said, 'Go home, Emile.' And I went.\"", "Emile", True),
        ('"Go home, Emile,"', "Emile", False),
        ('"She saw \'em, Emile, down by the quay."', "Emile", False),
        ('"Don\'t wait for me, Emile."', "Emile", False),
    ],
)
def test_a_name_inside_a_quotation_the_line_quotes_is_told(
    line: str, name: str, told: bool
) -> None:
    quotes = QuoteIndex([Span(0, len(line))])
    assert told_in_tale(line, line.index(name), quotes) is told
