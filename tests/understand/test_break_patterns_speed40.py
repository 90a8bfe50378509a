"""Round speed40's patterns find what the plain patterns they replace found.

The break patterns now skip in C to their marks (``compile_fast``) and the word patterns
are possessive; both are speed-ups only, so each is checked against the plain form it
replaced, match by match, on invented lines full of the marks, apostrophes, dashes and
letters the patterns turn on.
"""

from __future__ import annotations

import re

import pytest

from ficshelf.understand import narration, speech_tags, summary, unsaid_words

LINES = [
    "Wait. Wait! Was it you?! No... not me. . . never.",
    '"Go," she said. \u201cNow!\u201d he shouted; then\u2014nothing \u2014 and\u2013so.',
    "It\u2019s Ann\u2019s hat, isn\u2019t it? The boys\u2019 boots'\n\nNext line.\n",
    "\u00abOui,\u00bb dit-il. \u2018Fine\u2019 she said\u2026 (quietly.) [Later.] 'Done.'",
    "Dr. Grey met Mr. O'Hara at 10.30; tea_time? 2nd place, caf\u00e9 na\u00efve \u00c9mile.",
    "He said -- Stop!! ;;; ?? .\t.\nEnd",
    "\u00bd of 3\u00b2 is don''t and rock'n'roll, \u2018tis o\u2019 clock.",
    "",
]

PAIRS = [
    (re.compile(r"[.!?…]+[\"”’')\]]*\s+|\n"), narration._SENTENCE_BREAK),
    (re.compile(r"[.!?;](?=\s|$)|[—–](?=\s)|\n"), speech_tags._STOP_CANDIDATE),
    (re.compile(r"[.!?…][\"”’')]*\s|[\"“”‘’«»]"), unsaid_words._CLAUSE_BREAK),
    (re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*"), summary._WORD),
    (re.compile(r"\w+(?:['’]\w+)*"), narration._WORD),
]


def _found(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, start, end)]


@pytest.mark.parametrize("plain, fast", PAIRS, ids=lambda p: p.pattern[:20])
def test_the_faster_patterns_find_what_the_plain_ones_found(
    plain: re.Pattern[str], fast: re.Pattern[str]
) -> None:
    text = "\n".join(LINES)
    assert _found(fast, text, 0, len(text)) == _found(plain, text, 0, len(text))
    assert fast.findall(text) == plain.findall(text)
    # bounded as the stages call them: every start and end inside the text
    for start in range(0, len(text), 7):
        for end in range(start, len(text) + 1, 11):
            assert _found(fast, text, start, end) == _found(plain, text, start, end)
