"""Where the parts of a long chapter, of an entire work and of the dialogue view begin and
end (``ficshelf.text_parts``)."""

from __future__ import annotations

import re

from ficshelf.ingest.sanitize import clean_html
from ficshelf.text_parts import (
    PART_CHARS,
    Piece,
    html_part,
    part_bounds,
    part_count,
    text_ranges,
    work_layout,
)


def paragraphs(count: int, words: int = 150) -> list[str]:
    """``count`` numbered paragraphs of about ``words`` words each."""
    return [
        f"<p>Paragraph {n}: " + " ".join(["lamp"] * words) + f" end{n}.</p>" for n in range(count)
    ]


def test_part_count_grows_with_the_length() -> None:
    assert part_count(0) == 1
    assert part_count(PART_CHARS) == 1
    assert part_count(PART_CHARS + 1) == 2
    assert part_count(25_000_000) == 250
    assert part_count(500, size=100) == 5


def test_parts_cover_a_chapter_once_cut_between_paragraphs() -> None:
    html = "\n".join(paragraphs(600))  # about 460,000 characters
    count = part_count(len(html))
    bounds = [part_bounds(html, k, count) for k in range(count)]
    assert count == 5
    assert bounds[0][0] == 0 and bounds[-1][1] == len(html)
    assert all(bounds[k][1] == bounds[k + 1][0] for k in range(count - 1))
    for k, (start, end) in enumerate(bounds):
        assert end - start <= PART_CHARS + 1_000  # even parts, give or take a paragraph
        if k < count - 1:
            assert html[:end].endswith("</p>")
    parts = [html_part(html, k, count) for k in range(count)]
    assert "".join(parts) == html  # plain paragraphs: nothing opened again
    shown = [re.findall(r"end(\d+)\.", part) for part in parts]
    assert [int(n) for numbers in shown for n in numbers] == list(range(600))


def test_a_short_chapter_is_one_part_as_it_is() -> None:
    html = "".join(paragraphs(3))
    assert part_count(len(html)) == 1
    assert part_bounds(html, 0, 1) == (0, len(html))
    assert html_part(html, 0, 1) == html


def test_a_part_opens_again_the_elements_it_begins_inside() -> None:
    inner = "\n".join(paragraphs(300))
    html = f'<div class="userstuff"><blockquote lang="en">{inner}</blockquote></div><p>After.</p>'
    count = part_count(len(html))
    second = html_part(html, 1, count)
    assert second.startswith('<div class="userstuff"><blockquote lang="en">\n<p>Paragraph')
    cleaned = clean_html(second)
    assert cleaned.count("<blockquote") == cleaned.count("</blockquote>") == 1
    last = html_part(html, count - 1, count)
    assert last.endswith("<p>After.</p>")


def test_a_paragraph_longer_than_a_part_is_cut_at_a_space() -> None:
    words = " ".join(f"w{n}" for n in range(60_000))  # one paragraph of 408,897 characters
    html = f"<p>{words}</p>"
    count = part_count(len(html))
    parts = [html_part(html, k, count) for k in range(count)]
    assert count == 5
    assert all(part.startswith("<p>") for part in parts)
    seen = [w for part in parts for w in re.sub(r"</?p>", " ", part).split()]
    assert seen == words.split()  # no word cut in two, none lost or repeated


def test_a_cut_never_falls_inside_a_tag_or_a_character_reference() -> None:
    run = (
        "&amp;" * 50_000 + '<a href="https://example.org/' + "x" * 200 + '">x</a>' + "&lt;" * 50_000
    )
    html = f"<p>{run}</p>"
    count = part_count(len(html))
    for k in range(count):
        start, end = part_bounds(html, k, count)
        for at in (start, end):
            before = html[:at]
            assert before.rfind("<") <= before.rfind(">")  # not inside a tag
            assert before.rfind("&") <= before.rfind(";")  # not inside a reference


def test_an_entire_work_fits_its_chapters_and_parts_on_pages() -> None:
    layout = work_layout([30_000, 40_000, 50_000, 250_000, 10_000])
    assert layout == (
        (Piece(1, 0, 1), Piece(2, 0, 1)),
        (Piece(3, 0, 1),),
        (Piece(4, 0, 3),),
        (Piece(4, 1, 3),),
        (Piece(4, 2, 3), Piece(5, 0, 1)),
    )
    assert layout[2][0].first and not layout[2][0].last and layout[4][0].last
    assert work_layout([]) == ((),)
    assert work_layout([500]) == ((Piece(1, 0, 1),),)


def test_the_dialogue_views_parts_are_stretches_of_whole_paragraphs() -> None:
    text = "a" * 60 + "\n\n" + "b" * 50 + "\n\n" + "c " * 150 + "\n\n" + "d" * 10
    blocks = [(0, 60), (62, 112), (114, 414), (416, 426)]
    ranges = text_ranges(text, blocks, size=100)
    assert ranges[0] == (0, 60)  # the next paragraph would not fit
    assert ranges[1] == (62, 112)
    long_parts = [r for r in ranges if 114 <= r[0] < 414]
    assert len(long_parts) == 3 and long_parts[0][0] == 114 and long_parts[-1][1] == 414
    assert all(text[r[1] - 1] == " " for r in long_parts[:-1])  # cut after a space
    assert ranges[-1] == (416, 426)
    assert text_ranges("", []) == ((0, 0),)
