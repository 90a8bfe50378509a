"""Round L28 (docs/history/speakers.md): a speech tag whose verb and subject stand apart by a manner
set off in commas ('…," put in, more gently, a young mother, "…') still tags its line: the
person the subject introduces becomes a character and speaks the line and its second half.
Each on a short text written for the test."""

from __future__ import annotations

from dialogue_texts import cast_and_lines

from ficshelf.understand.speech_tags import _WORD_TOKEN, _aside

_MARKET = """\
The traders of the square had gathered under the awning, and Oswin Pike spoke first.

"The toll should be doubled before the fair," said Oswin Pike. "Nobody pays it now."

"Well, but," broke in, rather timidly, a young weaver, who carried a bolt of cloth under \
his arm, "half of us could never find the money."

"Then half of you should stay at home," said Oswin Pike.
"""


def test_a_manner_between_verb_and_subject_still_tags_the_line() -> None:
    names, lines = cast_and_lines(_MARKET)
    assert "a young weaver" in names
    assert lines[2] == ("Well, but,", "a young weaver")
    assert lines[3] == ("half of us could never find the money.", "a young weaver")
    assert lines[4] == ("Then half of you should stay at home,", "Oswin Pike")


def _aside_of(narration: str) -> int:
    words = list(_WORD_TOKEN.finditer(narration))[1:]  # the words after the verb
    return _aside(narration, words)


def test_only_a_manner_in_commas_ending_in_an_adverb_is_skipped() -> None:
    assert _aside_of(" cried, rather timidly, a young weaver") == 2
    assert _aside_of(" said, softly, the old miller") == 1
    # no comma after the verb, or no adverb in -ly: the subject follows at once
    assert _aside_of(" said softly the old miller") == 0
    assert _aside_of(" said, at last, the old miller") == 0
    assert _aside_of(" said, the old miller, slowly") == 0


def test_a_name_after_the_verb_is_read_as_before() -> None:
    text = (
        _MARKET.replace("a young weaver, who carried", "Tamsin Hale, who carried")
        .replace("his arm", "her arm")
        .replace("spoke first.", "spoke first, while Tamsin Hale listened.")
    )
    names, lines = cast_and_lines(text)
    assert "Tamsin Hale" in names
    assert lines[2] == ("Well, but,", "Tamsin Hale")
