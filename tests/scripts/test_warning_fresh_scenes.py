"""The fresh-scene measure of the warnings (scripts/warning_fresh_scenes.py)."""

from __future__ import annotations

import re

import pytest

from script_loading import load_script


def test_the_measure_scores_every_scene_and_prints_the_totals(
    capsys: pytest.CaptureFixture[str],
) -> None:
    module = load_script("warning_fresh_scenes")
    from theme_fresh_scenes import FRESH_SCENES

    assert module.main([]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == len(FRESH_SCENES) + 1
    total = re.fullmatch(
        r"(\d+) scenes: warnings (\d+)/(\d+)/(\d+) \(true/false/missed\) .* "
        r"(\d+) scenes exactly right",
        out[-1],
    )
    assert total is not None and int(total[1]) == len(FRESH_SCENES)
    gold = sum(len(scene[3]) for scene in FRESH_SCENES)
    assert int(total[2]) + int(total[4]) == gold  # every gold warning found or missed


def test_the_sixth_round_is_scored_with_round_sixth(capsys: pytest.CaptureFixture[str]) -> None:
    module = load_script("warning_fresh_scenes", "warning_fresh_scenes_sixth")
    from theme_fresh_sixth import SIXTH_SCENES

    assert module.main(["--quiet", "--round", "sixth"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert line.startswith(f"{len(SIXTH_SCENES)} scenes: warnings ")
