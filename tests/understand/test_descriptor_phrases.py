"""Tests of ``descriptor_phrases`` and ``descriptor_evidence`` helpers (the phrases
themselves are tested through ``descriptors`` and ``characters``)."""

from __future__ import annotations

import itertools
import re

from ficshelf.model import Span
from ficshelf.understand.descriptor_evidence import _word_before
from ficshelf.understand.descriptor_phrases import scan_descriptors

# What ``_word_before`` replaces: a regex tried at every position of the window.
_REGEX = re.compile(r"([A-Za-z]+)[ \t]+\Z")


def _by_regex(window: str, end: int | None = None) -> tuple[str, int] | None:
    m = _REGEX.search(window, 0, len(window) if end is None else end)
    return None if m is None else (m.group(1), m.start())


def test_the_word_before_a_phrase() -> None:
    assert _word_before('"Go," said ') == ("said", 6)
    assert _word_before("broke in ", 6) == ("broke", 0)
    assert _word_before("said") is None  # no space after it
    assert _word_before("said\n") is None  # a line break is no space here
    assert _word_before("1999 ") is None  # no letters
    assert _word_before("") is None


def test_the_word_before_agrees_with_the_regex_on_every_short_window() -> None:
    alphabet = "aZ \t\n,é1"
    for size in range(6):
        for chars in itertools.product(alphabet, repeat=size):
            window = "".join(chars)
            assert _word_before(window) == _by_regex(window), window
            for end in range(len(window) + 1):
                assert _word_before(window, end) == _by_regex(window, end), (window, end)


def test_a_long_paragraph_with_no_apostrophe_has_no_described_owner() -> None:
    # The described owner's lookahead ("the old man's") used to scan every determiner's
    # words to the paragraph's end for an apostrophe: 70 s for 320,000 characters with no
    # punctuation at all (review16); bounded, a fraction of a second. The test keeps the
    # long input without a timed assertion: a regression shows as a slow suite.
    text = "the Plague and the Whisky and the Blood " * 8000
    assert list(scan_descriptors(text, [Span(0, len(text), "p")], [])) == []
    # a described owner is still found
    owner = "Then the old man's daughter came in."
    (found,) = scan_descriptors(owner, [Span(0, len(owner), "p")], [])
    assert owner[found.start : found.end] == "the old man's daughter"
