"""The title line of a work's front matter (used by the "notes" stage's front scanner,
``note_edges.scan_front``).

``is_title`` tells the title line among the first paragraphs of a document: a short line
that is not a sentence, set off as titles are (see its docstring). ``title_under`` tells a
paragraph with that title line right under it: fan writers often open the file with a
chatty note and put the title under it ("ok so this is my first time posting for …" /
"The Long Table" / the story), and story never stands above the title, so a paragraph in
the writer's informal first person there is front matter (round notes45).
"""

from __future__ import annotations

from ficshelf.understand import note_chat as chat
from ficshelf.understand import note_patterns as pat
from ficshelf.understand.note_doc import Paragraphs, Segment, front_kind

# What decorates a title line ("~ X ~", "**X**").
TITLE_DECORATION = " \t*_~=#"


def is_title(doc: Paragraphs, i: int, seg: Segment) -> bool:
    """Return whether paragraph i of the document's front matter is its title line: a short
    line that is not a sentence, followed by a note (byline, disclaimer, …), or by a blank
    line when it opens the document or is in title case, or in title case between two
    scene-break rules. A byline ("by X") is never the title, the first line of the document
    included, unless another byline stands right under it ("By Lamplight" / "by X"). The last
    line before the first chapter heading ("Salt Roads" above
    "Chapter One") is the title on the same terms as one above a blank line."""
    line = doc.para(i)
    if not pat.is_title_line(line) or chat.cue_strength(line) == 2 or pat.labelled_kind(line):
        return False
    if i + 1 >= seg.hi:
        return (
            i + 1 == seg.hi
            and seg.hi in doc.headings
            and doc.blank_before(i + 1)
            and (i == 0 or _title_cased(line))
            and pat.byline(line) is None
        )
    if i + 1 in doc.breaks:
        # A title set off between rules ("---", "* * *") above and below.
        return i - 1 in doc.breaks and _title_cased(line) and pat.byline(line) is None
    follower = doc.para(i + 1)
    noted = front_kind(follower) is not None or chat.cue_strength(follower) == 2
    if pat.byline(line) is not None and pat.byline(follower) is None:
        return False  # a byline, wherever it stands; a title only above another byline
    if line.rstrip(TITLE_DECORATION)[-1:] in "!?" and not _title_cased(line):
        return False
    if noted:
        return True
    return doc.blank_before(i + 1) and (i == 0 or _title_cased(line))


def _title_cased(line: str) -> bool:
    words = [w for w in line.split() if len(w) > 3]
    return len(line.split()) > 1 and all(w[0].isupper() for w in words)


def title_under(doc: Paragraphs, i: int, seg: Segment) -> bool:
    """Return whether paragraph i has the document's title line right under it (``is_title``,
    past a blank line): the paragraph stands above the title, where only front matter
    stands."""
    j = i + 1
    return j < seg.hi and j not in doc.breaks and doc.blank_before(j) and is_title(doc, j, seg)
