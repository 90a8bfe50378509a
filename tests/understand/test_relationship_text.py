"""Tests for the text helpers of the relationships stage (``relationship_text``)."""

from __future__ import annotations

from ficshelf.model import Span
from ficshelf.understand.relationship_text import container_index, group, titled_family_name


def test_container_index_finds_the_paragraph_of_each_item() -> None:
    paragraphs = [Span(0, 10, ""), Span(12, 20, ""), Span(30, 40, "")]
    items = [Span(1, 3, ""), Span(9, 11, ""), Span(10, 11, ""), Span(15, 20, ""), Span(35, 36, "")]
    # the second straddles a paragraph's end, the third lies between paragraphs
    assert container_index(items, paragraphs) == [0, -1, -1, 1, 2]
    assert container_index(items, []) == [-1] * 5
    assert container_index([], paragraphs) == []
    assert group(items, paragraphs) == [[items[0]], [items[3]], [items[4]]]


def test_container_index_with_overlapping_containers_steps_forward() -> None:
    # a long quote holding a short one: the ends do not rise, the items are read in order
    containers = [Span(0, 50, ""), Span(5, 10, ""), Span(60, 70, "")]
    items = [Span(6, 8, ""), Span(20, 30, ""), Span(61, 62, "")]
    assert container_index(items, containers) == [0, 0, 2]


def test_titled_family_name_reads_the_word_after_any_title() -> None:
    assert titled_family_name("Miss Brand") == "Brand"
    assert titled_family_name("Lady Orme") == "Orme"
    assert titled_family_name("Mr. Pell") == "Pell"
    assert titled_family_name("Brand") is None
    assert titled_family_name("Miss Clemency Brand") is None
    assert titled_family_name("Nurse Brand") is None
