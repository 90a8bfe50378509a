"""Invented front- and end-matter layouts for the notes tests: a layout is front entries, story
paragraphs and end entries; ``build`` writes its text and the notes expected of it."""

from __future__ import annotations

Entry = tuple[str, str]


def build(front: list[Entry], story: list[str], end: list[Entry]) -> tuple[str, list[Entry]]:
    """Return the text of a layout (paragraphs parted by blank lines; a scene break before the
    end notes) and the (kind, text) notes expected of it; "title|byline" is a block of two
    lines, each a note, "BREAK" a scene break."""
    paras: list[str] = []
    expected: list[Entry] = []
    for kinds, text in front:
        paras.append(text)
        if kinds != "BREAK":
            lines = text.split("\n") if "|" in kinds else [text]
            expected += zip(kinds.split("|"), lines, strict=True)
    paras += story
    if end:
        paras.append("* * *")
        for kind, text in end:
            paras.append(text)
            expected.append((kind, text))
    return "\n\n".join(paras) + "\n", expected
