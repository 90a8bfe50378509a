"""Round L32 (docs/history/speakers.md): where paragraphs were guessed, a "he"/"she" tag resolved
to whom the last line called (the sieve's ``pronoun_called``) is left to the ranker. Which
quote was the last line is itself a guess there, so the rule's choice is weighed as its own
kind (``pronoun_called_guessed``) instead of being kept. On short texts written for the
test."""

from __future__ import annotations

from dialogue_texts import with_cast

from ficshelf.understand.speaker_ranker import shipped_ranker
from ficshelf.understand.speakers import RANKED_WHERE_GUESSED, speaker_candidates

CAST = {"Ann": "Ann Gray", "Ben": "Ben Hale", "Cora": "Cora Vane"}
_OPENING = "Ben sat on the porch with his sisters.\n\n"
_EXCHANGE = [
    ("Are you walking to the fair, Cora?", " asked Ben."),
    ("I might,", " she said."),
    ("The road is muddy, Ann,", " said Ben."),
    ("Then I will take the cart,", " she said."),
]


def _laid_out(lines: list[tuple[str, str]]) -> str:
    """The lines as a reader that guesses paragraphs lays them out: one at every sentence
    that opens with a quotation mark."""
    return "".join(f'"{line}"{tag}\n\n' for line, tag in lines)


def _rules(text: str) -> list[tuple[str, str, list[str]]]:
    """(sieve's choice, rule, the features' rule marks of its candidates) per quote."""
    out = []
    for quote, candidates in speaker_candidates(with_cast(text, CAST)):
        marks = sorted({k for c in candidates for k in c.features if k.startswith("rule_")})
        out.append((quote.label, quote.rule, marks))
    return out


def test_a_pronoun_tag_resolved_to_whom_the_last_line_called_is_ranked_where_guessed() -> None:
    # every paragraph opens with a quote and there are many of them: guessed paragraphs
    guessed = _rules(_OPENING + _laid_out(_EXCHANGE * 6))
    assert guessed[1][:2] == ("Cora Vane", "pronoun_called_guessed")
    assert guessed[3][:2] == ("Ann Gray", "pronoun_called_guessed")
    assert "rule_pronoun_called_guessed" in guessed[1][2]


def test_with_the_author_s_paragraphs_the_rule_stays_what_it_was() -> None:
    real = _rules(_OPENING + _laid_out(_EXCHANGE))
    assert real[1][:2] == ("Cora Vane", "pronoun_called")
    assert real[3][:2] == ("Ann Gray", "pronoun_called")


def test_the_guessed_form_is_never_a_kept_rule() -> None:
    assert RANKED_WHERE_GUESSED == frozenset({"pronoun_called"})
    ranker = shipped_ranker()
    assert ranker is not None
    assert all(f"{rule}_guessed" not in ranker.kept_rules for rule in RANKED_WHERE_GUESSED)
