"""The gender a line's calls give its listener ("Yes, sir.")."""

from __future__ import annotations

import pytest

from ficshelf.model import Span
from ficshelf.understand.listener_gender import called_gender, role_calls, turn_called_gender


def _called(line: str) -> str:
    return called_gender(line, Span(0, len(line)))


@pytest.mark.parametrize(
    ("line", "gender"),
    [
        ("Professor of what, sir?", "m"),
        ("My lord -- the gate is open.", "m"),
        ("Come here, boy.", "m"),
        ("It is a heron, lady. Not a crane.", "f"),
        ("Yes, mamma.", "f"),
        ("Madam, the carriage waits.", "f"),
        ("Thank you, ma'am!", "f"),
    ],
)
def test_a_title_said_as_a_call_gives_the_listener_its_gender(line: str, gender: str) -> None:
    assert _called(line) == gender


@pytest.mark.parametrize(
    "line",
    [
        "Sir Hugh is at the door.",  # a title before a name is no call
        "I told Mother, and she laughed.",  # a word in the sentence, not set off
        "No, mother would never.",
        "Yes, sir. No, madam.",  # both: no verdict
        "The boy ran off.",
        "",
    ],
)
def test_words_that_are_no_call_give_nothing(line: str) -> None:
    assert _called(line) == ""


def test_a_long_speech_is_read_at_its_ends_only() -> None:
    line = "Yes, sir. " + "The rain went on. " * 200 + "Good night."
    assert _called(line) == "m"
    middle = "It rained. " * 60 + "Well, madam, " + "it rained. " * 60
    assert _called(middle) == ""


def test_role_calls_read_a_long_speech_at_its_ends_only_in_order() -> None:
    line = "Yes, uncle. " + "The rain went on. " * 60 + "Well, captain, " + "rain. " * 80
    line += "Good night, doctor. Good night, mamma."
    assert role_calls(line, Span(0, len(line))) == ["uncle", "doctor", "mamma"]
    short = "Doctor, no. Yes, uncle. Oh, doctor!"
    assert role_calls(short, Span(0, len(short))) == ["doctor", "uncle"]


def test_a_turn_s_calls_must_agree() -> None:
    text = '"Yes, sir." "At once, sir." "No, madam."'
    spans = [Span(m, m + len(q)) for q, m in ((q, text.index(q)) for q in text.split('"')[1::2])]
    spans = [s for s in spans if s.end > s.start and text[s.start : s.end].strip()]
    assert turn_called_gender(text, spans[:2]) == "m"
    assert turn_called_gender(text, spans) == ""


def test_the_call_word_tries_match_where_the_plain_alternations_do() -> None:
    # the tries (``trie_regex``) are a speed-up only: the same matches, group by group
    import re

    from ficshelf.understand import listener_gender as lg

    tail = r"(?=\s*(?:[,.!?;:…—–]|-{2}|\Z))"
    plain_call = (
        rf"(?:(?:oh|o|ah|yes|no|well)\s+)?(?:(?P<m>{lg._MALE_CALLS})|(?P<f>{lg._FEMALE_CALLS}))"
        + tail
    )
    plain_role = rf"(?:(?:oh|o|ah|yes|no|well|dear|my)\s+)?(?P<r>{lg._ROLE_CALLS})" + tail
    pairs = [
        (re.compile(plain_call, re.IGNORECASE), lg._CALL_AT_START),
        (re.compile(r"[,;:.!?…—–]\s*" + plain_call, re.IGNORECASE), lg._CALL_AFTER),
        (re.compile(plain_role, re.IGNORECASE), lg._ROLE_AT_START),
        (re.compile(r"[,;:.!?…—–]\s*" + plain_role, re.IGNORECASE), lg._ROLE_AFTER),
    ]
    words = lg._words(lg._MALE_CALLS) + lg._words(lg._FEMALE_CALLS) + lg._words(lg._ROLE_CALLS)
    lines = []
    for word in words:
        for form in (word, word.title(), word.upper(), word + "s", word[:-1]):
            lines += [
                f"{form}, wait for me.",
                f"Well, {form}. It's late -- oh {form}!",
                f"No, {form}-- no {form}, said the {form} man; yes {form}",
                f"I told {form} it was dear {form}; my {form}? Ah {form}…",
            ]
    for plain, tried in pairs:
        for line in lines:
            for lo in (0, 3):
                assert [(m.span(), m.groupdict()) for m in plain.finditer(line, lo)] == [
                    (m.span(), m.groupdict()) for m in tried.finditer(line, lo)
                ], line
                found, want = tried.match(line, lo), plain.match(line, lo)
                assert (found and (found.span(), found.groupdict())) == (
                    want and (want.span(), want.groupdict())
                )


def test_role_calls_among_some_words_only_those_and_skips_lines_without_them() -> None:
    line = "Oh, Captain, wait. Sister, no. Yes, uncle!"
    whole = Span(0, len(line))
    assert role_calls(line, whole) == ["captain", "sister", "uncle"]
    assert role_calls(line, whole, {"uncle": [], "captain": []}) == ["captain", "uncle"]
    assert role_calls(line, whole, {"nurse"}) == []
