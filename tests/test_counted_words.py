"""``counted_words``: counts in words, and the one line that counts skipped inputs by reason
(``import``, ``batch`` and ``reanalyze`` print it alike)."""

from __future__ import annotations

from collections import Counter

from ficshelf.counted_words import counted, skipped_by_reason


def test_counted_has_thousands_separators() -> None:
    assert counted(1, "work") == "1 work"
    assert counted(12_345, "work") == "12,345 works"


def test_skipped_by_reason_most_common_first_with_thousands_separators() -> None:
    skipped = Counter({"its file is gone": 2, "not a story file (.json)": 1_340})
    assert skipped_by_reason(skipped) == (
        "skipped: not a story file (.json): 1,340; its file is gone: 2"
    )
    assert skipped_by_reason(Counter()) is None
