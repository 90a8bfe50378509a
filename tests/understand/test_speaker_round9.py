"""Speaker rules of round S9 (unnamed speakers and many-voice exchanges): each on a short
text written for the test."""

from __future__ import annotations

from dialogue_texts import said, with_cast

from ficshelf.understand.speakers import speaker_candidates


def _guessed_paragraphs(lines: list[tuple[str, str]]) -> str:
    """A paragraph at every sentence that opens with a quotation mark (as LitBank's reader
    lays a text out), so a speech tag ends its paragraph."""
    return "".join(f'"{line}"{tag}\n\n' for line, tag in lines)


def _rules(text: str, cast: dict[str, str]) -> list[tuple[str, str]]:
    return [(q.label, q.rule) for q, _ in speaker_candidates(with_cast(text, cast))]


def test_a_manner_verb_in_lower_case_after_an_exclamation_is_the_line_s_tag() -> None:
    text = (
        "Nell and Oskar sat on the harbour wall.\n\n"
        '"Look at the gulls!" laughed Oskar.\n\n'
        '"They want your bread!" she giggled.\n\n'
        '"Then they shall have it!" Oskar laughed. Nell threw a crust.\n'
    )
    cast = {"Nell": "Nell Rowe", "Oskar": "Oskar Lind"}
    rules = _rules(text, cast)
    assert rules[0] == ("Oskar Lind", "tag_after")
    assert rules[1][0] == "Nell Rowe" and rules[1][1].startswith("pronoun")
    # a capital opens a new sentence: "Oskar laughed." is a beat, not a tag
    assert rules[2] == ("Oskar Lind", "beat")


def test_in_guessed_paragraphs_a_line_with_its_own_pronoun_tag_does_not_go_on() -> None:
    exchange = [
        ("The ferry is late again,", " said Ann."),
        ("It always is on Sundays,", " he answered."),
        ("Then we shall walk,", " said Ann."),
        ("It is six miles.", ""),
    ]
    cast = {"Ann": "Ann Gray", "Ben": "Ben Hale"}
    text = "Ann met Ben at the quay.\n\n" + _guessed_paragraphs(exchange * 6)
    rules = _rules(text, cast)
    assert rules[1][0] == "Ben Hale" and rules[1][1] != "continued"
    assert [who for _, who in said(text, cast)][:2] == ["Ann Gray", "Ben Hale"]
