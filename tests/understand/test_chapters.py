"""Chapter headings and scene breaks, line by line."""

from __future__ import annotations

import pytest

from ficshelf.understand.chapters import Heading, is_scene_break, parse_heading


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Chapter 3", ""),
        ("Chapter 3: The Long Road", "The Long Road"),
        ("Chapter Three", ""),
        ("CHAPTER THREE", ""),
        ("Chapter Twenty-One - Salt", "Salt"),
        ("chapter 12.", ""),
        ("Ch. 3 - Title", "Title"),
        ("Ch 4: Lost", "Lost"),
        ("Chap. 5", ""),
        ("Part II", ""),
        ("Part 2: Title", "Title"),
        ("PART IV — The Return", "The Return"),
        ("Book One", ""),
        ("Chapter One The Beginning", "The Beginning"),
        ("~ Chapter 7 ~", ""),
        ("=== Part 2: Storm ===", "Storm"),
        ("*Chapter 9*", ""),
        ("Prologue", "Prologue"),
        ("Epilogue: Ten Years Later", "Ten Years Later"),
        ("INTERLUDE", "INTERLUDE"),
        ("Interlude - Hook", "Hook"),
    ],
)
def test_headings(line: str, title: str) -> None:
    assert parse_heading(line) == Heading(title)


@pytest.mark.parametrize("line", ["1", "II.", "~ 3 ~", "# 4", "XII", "I"])
def test_bare_numerals_are_marked(line: str) -> None:
    assert parse_heading(line) == Heading("", numeral_only=True)


@pytest.mark.parametrize(
    "line",
    [
        "",
        "Part of me wanted to stay.",
        "Chapter and verse, she thought.",
        "Chapter 3 was the worst part of the book.",
        "The prologue was long.",
        "Epilogues are for cowards, he said",
        "Did",
        "Chapter 1: " + "x" * 130,
        "Chapter 1\nChapter 2",
    ],
)
def test_not_headings(line: str) -> None:
    assert parse_heading(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "* * *",
        "***",
        "~~~",
        "oOo",
        "-x-",
        "~*~*~",
        "#",
        "---",
        "xXx",
        "________",
        "◇◆◇",
        "OoOoO",
        "xxx",
        "o0o",
        "+ + +",
        "• • •",
        "....",
        ". . . .",
        "~o~O~o~",
    ],
)
def test_scene_breaks(line: str) -> None:
    assert is_scene_break(line)


@pytest.mark.parametrize(
    "line",
    ["", "...", "…", "?!", "“…”", "x", "xx", "Hi", "Oh.", "#1", "—fin—", "* * * Then", "* " * 40],
)
def test_not_scene_breaks(line: str) -> None:
    assert not is_scene_break(line)
