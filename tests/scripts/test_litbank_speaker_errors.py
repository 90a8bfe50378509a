"""The LitBank wrong-speaker listing (scripts/litbank_speaker_errors.py)."""

from __future__ import annotations

from types import ModuleType

import pytest

from script_loading import load_script


def _script() -> ModuleType:
    return load_script("litbank_speaker_errors")


def test_a_file_range_is_one_based_inclusive_and_clipped() -> None:
    parse = _script().parse_files
    assert parse("1-40", 80) == range(0, 40)
    assert parse("41-80", 80) == range(40, 80)
    assert parse("75-90", 80) == range(74, 80)
    assert parse("3", 80) == range(2, 3)
    for bad in ("0-4", "9-2", "a-b"):
        with pytest.raises(ValueError):
            parse(bad, 80)


def test_the_summary_counts_wrong_quotes_by_cause_and_rule() -> None:
    script = _script()

    def wrong(rule: str, among: tuple[str, ...], named: bool) -> object:
        return script.Wrong("doc", rule, "Ada", "Ada", ("Ada", "Bo"), among, named, (), "", "", "")

    lines = script.summary(
        [
            wrong("alternation", ("Bo",), True),
            wrong("alternation", (), False),
            wrong("", ("Bo",), True),
        ]
    )
    assert "     2  gold among the candidates, named" in lines
    assert "     1  gold no candidate, unnamed" in lines
    assert "     2  alternation (1 / 1)" in lines
    assert "     1  (none) (1 / 0)" in lines


def test_the_rule_table_counts_every_quote_the_sieve_and_the_final_choice_get_right() -> None:
    figures = _script().RuleFigures()
    figures.add("tag_after", True, True)
    figures.add("alternation", False, True)
    figures.add("alternation", True, False)
    figures.add("alternation", False, False)
    figures.add("(none)", False, True)
    lines = figures.lines()
    assert lines[1] == "     3    1    1  alternation"
    assert "     1    1    1  tag_after" in lines
    assert "     1    0    1  (none)" in lines
