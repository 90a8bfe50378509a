"""Dialogue opened by dashes: which stories use it, tags, run-on speech, narration after it."""

from __future__ import annotations

from dialogue_texts import quotes_of
from hypothesis import given, settings
from hypothesis import strategies as st

from ficshelf.model import Span
from ficshelf.understand.dash_dialogue import dash_openers, uses_dash_dialogue
from ficshelf.understand.dialogue import left_open, quote_spans

# Paragraphs as print has them: every speech opens its own paragraph.
PARAGRAPHED = (
    "The ferry came in late.\n\n"
    "— You missed the tide, Orla said. We waited an hour for you.\n\n"
    "— The engine stalled, said the boatman, and nobody came to help.\n\n"
    "— Did you call?\n\n"
    "He shrugged and tied the rope.\n"
)

# The same kind of exchange with its paragraph breaks lost, as in LitBank's token files.
RUN_TOGETHER = (
    "Orla climbed onto the pier and called out: — Hurry up, you slow old fool! "
    "Nobody waits for the tide. The boatman grumbled and threw her the rope. "
    "— Mind your feet! he said sharply. Those planks are rotten. He stepped back. "
    "She laughed at him: -- I know these planks better than you. "
    "He answered: -- Do you now? The gulls circled overhead."
)


def test_paragraphs_opened_by_dashes_are_speech_without_their_tags() -> None:
    assert quotes_of(PARAGRAPHED) == [
        "You missed the tide,",
        "We waited an hour for you.",
        "The engine stalled,",
        "and nobody came to help.",
        "Did you call?",
    ]


def test_a_speech_stops_at_a_sentence_that_reads_as_narration() -> None:
    assert quotes_of(RUN_TOGETHER) == [
        "Hurry up, you slow old fool! Nobody waits for the tide.",
        "Mind your feet!",
        "Those planks are rotten.",
        "I know these planks better than you.",
        "Do you now?",
    ]


def test_a_tag_set_off_by_its_own_dash_is_no_speech() -> None:
    text = (
        "— Where are you going? — asked Anna. — It is late.\n\n"
        "— Out, — said Piet.\n\n— With whom?\n\nHe did not answer.\n"
    )
    assert quotes_of(text) == ["Where are you going?", "It is late.", "Out,", "With whom?"]


def test_asides_after_sentences_do_not_make_a_dash_dialogue_story() -> None:
    text = (
        "What do you see? -- Crowds along the quay. He looked on. -- Fatal sight! "
        "The wharf was empty. -- Nothing stirred. She said nothing. -- Alas!\n"
    )
    openers, sure = dash_openers(text, [Span(0, len(text))])
    assert len(openers) == 4 and sure == 0
    assert not uses_dash_dialogue(text, openers, sure)
    assert quotes_of(text) == []


def test_a_story_quoting_with_marks_is_not_a_dash_story() -> None:
    text = (
        '"Come in," she said. — Not yet: — later.\n\n'
        '"Why?" he asked.\n\n"Because," she said.\n\n— Fine.\n\n— Go.\n\n— Now.\n'
    )
    assert quotes_of(text) == ["Come in,", "Why?", "Because,"]


def test_a_part_number_between_dashes_is_no_speech() -> None:
    text = "— IV —\n\n" + PARAGRAPHED
    assert quotes_of(text)[0] == "You missed the tide,"


def test_a_dash_speech_is_never_left_open() -> None:
    paragraphs = [Span(0, 0)]
    start = 0
    for block in PARAGRAPHED.split("\n\n"):
        paragraphs.append(Span(start, start + len(block.rstrip("\n"))))
        start += len(block) + 2
    quotes = quote_spans(PARAGRAPHED, paragraphs[1:], [""] * (len(paragraphs) - 1))
    assert quotes and not any(left_open(PARAGRAPHED, q) for q in quotes)


def test_no_crash_on_dashes_alone() -> None:
    text = "— — —\n\n--\n\n— a\n\n:— \n\n— x —" * 3
    assert quotes_of(text) == []


_PIECES = st.sampled_from(
    [
        "— ",
        "-- ",
        "–",
        ": ",
        ". ",
        "! ",
        "? ",
        ", ",
        " he said",
        " said Ann",
        "You ",
        "we ",
        "He walked",
        "the cracked",
        "* * *",
        "\n",
        "\n\n",
        "“",
        "”",
        "'",
        "IV —",
        "x",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=80))
def test_dash_quotes_stay_in_order_in_bounds_and_apart(pieces: list[str]) -> None:
    text = "— Go: — Now: — Then: — " + "".join(pieces)
    paragraphs = []
    start = 0
    for block in text.split("\n\n"):
        paragraphs.append(Span(start, start + len(block)))
        start += len(block) + 2
    quotes = quote_spans(text, paragraphs, [""] * len(paragraphs))
    for q in quotes:
        assert 0 <= q.start < q.end <= len(text) and text[q.start : q.end].strip()
    for a, b in zip(quotes, quotes[1:], strict=False):
        assert a.end <= b.start


def test_the_opener_skipping_to_dashes_matches_what_the_plain_pattern_did() -> None:
    import re

    from ficshelf.understand import dash_dialogue

    plain = re.compile(
        r"(?:[—―–]|--)(?!-)[ \t]*(?=[^\W\d_]|['‘\"“])"
        r"(?![\w.]{1,5}[ \t]*[—―–])"
    )
    assert dash_dialogue._OPENER.pattern != plain.pattern
    text = (
        "— Where now? she asked.\n―Home, he said. -- Not yet — IV — the book.\n"
        "--- a rule; – “Quoted,” and —'tis late. -x -- 12 —— Done.\n--Yes."
    )
    found = [m.span() for m in dash_dialogue._OPENER.finditer(text)]
    assert found == [m.span() for m in plain.finditer(text)]
    assert len(found) >= 4
