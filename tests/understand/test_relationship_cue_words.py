"""``relationship_cues.find_cues`` finds a cue's last word by one regex over the text: the
cue words must be exactly the word tokens (runs of ``\\w``) that the cue tables hold, never
a cue word inside a longer word, with phrases read back from their last word."""

from __future__ import annotations

import re

import pytest

from ficshelf.understand import relationship_cues as cues


def _by_tokens(text: str) -> list[tuple[int, int, str, float]]:
    """The cues as the plain reading finds them: every word token (a run of ``\\w``) of the
    lower-cased text, looked up in the tables, a phrase read back from its last word."""
    lowered = text.replace("İ", "i").lower()
    found: list[tuple[int, int, str, float]] = []
    last_end = 0
    for m in re.finditer(r"\w+", lowered):
        token, start, end = m.group(), m.start(), m.end()
        entry = cues._WORDS.get(token)
        for before, kind, weight in cues._PHRASES.get(token, ()):
            begin = cues._phrase_start(lowered, start, before)
            if begin >= last_end:
                entry, start = (kind, weight), begin
                break
        if entry is not None:
            found.append((start, end, entry[0], entry[1]))
            last_end = end
    return found


# Invented lines: cue words inside longer words ("glove", "handsome", "grandson's",
# "person"), beside digits, underscores, apostrophes and hyphens, and phrases.
_LINES = [
    "She pulled on a glove; the handsome person beside her was nobody's son.",
    "His ex-wife and her new husband walked hand in hand, clearly in love.",
    "Brother_2 and sister3 were cousins, but their aunt's love was for the grandson alone.",
    "My dear, said her mother. Her father kissed her hand and married again in spring.",
    "İn the end the wife, the wives and the sons-in-law stayed: love, love, love.",
]


@pytest.mark.parametrize("text", _LINES)
def test_the_cue_words_are_the_tokens_the_tables_hold(text: str) -> None:
    assert cues.find_cues(text, 0, len(text)) == _by_tokens(text)
    assert cues.find_cues(text, 0, len(text))  # each line holds cues


def test_a_cue_word_inside_a_longer_word_is_no_cue() -> None:
    text = "A glove, a handsome person, a sonnet, a parent_teacher, brother2, lovely."
    assert cues.find_cues(text, 0, len(text)) == []


# Invented lines with a cue word as the very first word, as the last, and right after
# characters that end a word (punctuation, a dash, a line break, an accented letter).
_EDGES = [
    "Husband of three weeks, he still forgot the milk; ask his wife",
    "Sister!—Brother.\nMother—father: cousins, (aunt) and «uncle»",
    "Éwife and wifeé are no cues; the fiancé is, and so is the fiancée.",
]


@pytest.mark.parametrize("text", _EDGES)
def test_a_cue_word_at_the_edges_of_the_text_and_of_words(text: str) -> None:
    assert cues.find_cues(text, 0, len(text)) == _by_tokens(text)
    # a stretch that starts inside a word reads that word's rest as a word of its own
    for lo in range(1, 12):
        found = cues.find_cues(text, lo, len(text))
        shifted = [(lo + a, lo + b, k, w) for a, b, k, w in _by_tokens(text[lo:])]
        assert found == shifted
