"""The evidence audit of round evidence36: a sentence that does not show a warning (a
supposed one, a figure, another sense of the word, a name) is no evidence of it, and the
confidence of a tag drops with it. Every sentence here is invented for the test."""

from __future__ import annotations

from theme_probes import analysed, cue_score


def evidence(text: str, tag: str) -> list[str]:
    """Return the sentences the warnings layer gives as evidence of ``tag`` in ``text``."""
    a = analysed(text)
    spans = [s for s in a.layer("warnings") if s.label == tag]
    return [" ".join(a.text[s.start : s.end].split()) for s in spans]


DRINKING = (
    "Pell drank steadily all evening. By ten he was blind drunk, and the barman took his keys. "
    "He finished the bottle of rum on the stairs.\n\n"
)


def test_a_supposed_warning_is_no_evidence() -> None:
    supposed = "If Oren was drunk, he hid it well."
    assert cue_score(supposed + "\n", "alcohol") == 0.0
    assert supposed not in evidence(DRINKING + supposed + "\n", "alcohol")
    assert "Pell drank steadily all evening." in evidence(DRINKING + supposed + "\n", "alcohol")
