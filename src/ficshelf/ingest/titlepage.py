"""Reading a title page of "Label: value" lines, as FanFicFare writes at the front of its
EPUBs ("Category:", "Genre:", "Characters:", "Status:", "Published:", ...), in its line layout
(``<b>Label:</b> value<br/>``) or its table layout (label and value in two cells), or as
a definition list (``<dl><dt>Label:</dt><dd>value</dd></dl>``), as ficshelf's own EPUB
and HTML exports write it (``export.pages.title_page``).

In a definition list each ``dt`` and ``dd`` is one field alone, whatever its label: a label
this module does not know ("Content Warning (inferred by ficshelf)") is a field of its own
that is ignored, never part of the value before it. What ficshelf inferred is not read as
the author's: its title page marks each inferred tag (``<i class="inferred">``) and labels
its inferred content warnings apart, and both are left out; importing the book analyses
the story again, which infers them anew (with their confidence and evidence). A tag a file
or a person gave, including a point of view or tense a person set, is read back as given."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from typing import Any

from lxml import etree

from ficshelf.ingest.fields import (
    AO3_CATEGORIES,
    TAG_LABELS,
    label_key,
    parse_chapters,
    parse_count,
    parse_date,
    parse_status,
    split_list,
)
from ficshelf.ingest.markup import classes, inline_text, paragraphs, remove_keeping_tail
from ficshelf.model import GivenMetadata, GivenTag, TagType

_LINE = re.compile(r"^([A-Za-z][A-Za-z /'&-]{0,40}?)\s*:\s*(.*)$", re.S)
_SERIES_INDEX = re.compile(r"^(?P<name>.*?)\s*\[(?P<part>\d+)\]$")
_PART_OF = re.compile(r"^Part\s+(?P<part>\d+)\s+of\s+(?P<name>.+)$", re.S)
_PAIRING = re.compile(r"\[([^\]]+)\]")
_MIN_LABELS = 2

_Fields = dict[str, Any]


def _text_field(name: str) -> Callable[[str, _Fields], None]:
    def apply(value: str, fields: _Fields) -> None:
        fields[name] = value

    return apply


def _date_field(name: str) -> Callable[[str, _Fields], None]:
    def apply(value: str, fields: _Fields) -> None:
        fields[name] = parse_date(value)

    return apply


def _words(value: str, fields: _Fields) -> None:
    fields["word_count"] = parse_count(value)


def _chapters(value: str, fields: _Fields) -> None:
    count = parse_chapters(value)
    if count is not None:
        fields["chapters_posted"] = count.posted
        fields["chapters_expected"] = count.expected
        if count.complete is not None:
            fields.setdefault("complete", count.complete)


def _status(value: str, fields: _Fields) -> None:
    status = parse_status(value)
    if status is not None:
        fields["complete"] = status


def _authors(value: str, fields: _Fields) -> None:
    fields["authors"] = tuple(split_list(value))


def _series(value: str, fields: _Fields) -> None:
    # FanFicFare's "Name [2]", or AO3's (and ficshelf's own title page's) "Part 2 of Name"
    match = _SERIES_INDEX.match(value.strip()) or _PART_OF.match(value.strip())
    if match:
        name, part = match.group("name", "part")
        fields["series"], fields["series_part"] = name, int(part)
    else:
        fields["series"] = value.strip()


_FIELDS: dict[str, Callable[[str, _Fields], None]] = {
    "title": _text_field("title"),
    "author": _authors,
    "authors": _authors,
    "summary": _text_field("summary"),
    "description": _text_field("summary"),
    "language": _text_field("language"),
    "story url": _text_field("url"),
    "url": _text_field("url"),
    "source": _text_field("url"),
    "published": _date_field("published"),
    "updated": _date_field("updated"),
    "last updated": _date_field("updated"),
    "completed": _date_field("updated"),
    "words": _words,
    "word count": _words,
    "chapters": _chapters,
    "status": _status,
    "series": _series,
}
_IGNORED = frozenset({"packaged", "site", "story id", "author id", "reviews", "favs", "follows"})
_OWN_TAG_LABELS = {"point of view": TagType.POV, "tense": TagType.TENSE}
"""Tag rows of ficshelf's own title page no other title page has."""
_INFERRED_CLASS = "inferred"
"""The class ficshelf's title page gives each tag it inferred (``export.pages``)."""


def is_title_page(body: etree._Element) -> bool:
    """Return True when ``body`` is a FanFicFare title page or at least reads like one
    (two or more known "Label: value" lines)."""
    if "fff_titlepage" in classes(body):
        return True
    return sum(1 for label, _ in _entries(body) if _known(label)) >= _MIN_LABELS


def parse_title_page(body: etree._Element) -> GivenMetadata:
    """Return the metadata a title page states: tags typed by their labels (a "Category"
    that is not an AO3 category is a fandom, as FanFicFare writes it), dates, counts,
    status, summary, series ("Name [2]", "Part 2 of Name") and, from its "Title by Author"
    heading, title and authors. Labels it does not know are ignored."""
    fields: _Fields = {}
    tags: list[GivenTag] = []
    for label, value in _entries(body):
        if label in _FIELDS:
            _FIELDS[label](value, fields)
        elif label in ("category", "categories"):
            tags.extend(
                GivenTag(TagType.CATEGORY if n in AO3_CATEGORIES else TagType.FANDOM, n)
                for n in split_list(value)
            )
        elif label in ("character", "characters"):
            tags.extend(_characters(value))
        elif label in TAG_LABELS:
            tags.extend(GivenTag(TAG_LABELS[label], n) for n in split_list(value))
        elif label in _OWN_TAG_LABELS:
            tags.extend(GivenTag(_OWN_TAG_LABELS[label], n) for n in split_list(value))
    heading_title, heading_authors = _heading(body)
    fields.setdefault("title", heading_title)
    if not fields.get("authors") and heading_authors:
        fields["authors"] = tuple(heading_authors)
    return GivenMetadata(tags=_unique(tags), **fields)


def _known(label: str) -> bool:
    return label in _FIELDS or label in TAG_LABELS or label in _IGNORED or label in _OWN_TAG_LABELS


def _entries(body: etree._Element) -> list[tuple[str, str]]:
    """Return (label key, value) pairs: each ``dt`` with its ``dd`` (its inferred tags left
    out), then the lines of the rest of the page, where lines without a known label
    continue the previous value (a summary of several lines, or the value cell of the
    table layout)."""
    listed = _listed_entries(body)
    if listed:
        body = copy.deepcopy(body)
        for dl in list(body.iter("dl")):
            remove_keeping_tail(dl)
    entries: list[tuple[str, list[str]]] = []
    for paragraph in paragraphs(body):
        for line in paragraph.split("\n"):
            line = line.strip()
            if not line:
                continue
            match = _LINE.match(line)
            if match and _known(label_key(match.group(1))):
                entries.append((label_key(match.group(1)), [match.group(2)]))
            elif entries:
                entries[-1][1].append(line)
    lines = [(label, "\n".join(v for v in values if v).strip()) for label, values in entries]
    return listed + lines


def _listed_entries(body: etree._Element) -> list[tuple[str, str]]:
    """The (label key, value) pair of each ``dt`` of the page's definition lists and the
    ``dd`` after it, the tags marked inferred left out of the value."""
    found: list[tuple[str, str]] = []
    for dl in body.iter("dl"):
        label: str | None = None
        for child in dl:
            if child.tag == "dt":
                label = label_key(inline_text(child))
            elif child.tag == "dd" and label is not None:
                found.append((label, _given_text(child)))
                label = None
    return found


def _given_text(dd: etree._Element) -> str:
    """The text of ``dd`` without the tags ficshelf marked inferred (and the commas that
    joined them to the rest)."""
    if not any(_INFERRED_CLASS in classes(e) for e in dd.iter()):
        return inline_text(dd)
    dd = copy.deepcopy(dd)
    for element in [e for e in dd.iter() if _INFERRED_CLASS in classes(e)]:
        remove_keeping_tail(element)
    return ", ".join(split_list(inline_text(dd)))


def _characters(value: str) -> list[GivenTag]:
    # fanfiction.net writes pairings in brackets: "[Harry P., Ginny W.] Hermione G."
    tags: list[GivenTag] = []
    for group in _PAIRING.findall(value):
        names = split_list(group)
        tags.extend(GivenTag(TagType.CHARACTER, n) for n in names)
        if len(names) >= 2:
            tags.append(GivenTag(TagType.RELATIONSHIP, "/".join(names)))
    tags.extend(GivenTag(TagType.CHARACTER, n) for n in split_list(_PAIRING.sub(",", value)))
    return tags


def _heading(body: etree._Element) -> tuple[str | None, list[str]]:
    for heading in body.iter("h1", "h2", "h3"):
        links = [inline_text(a) for a in heading.iter("a")]
        text = inline_text(heading)
        if len(links) >= 2 and " by " in text:
            return links[0] or None, [name for name in links[1:] if name]
        if " by " in text:
            title, _, authors = text.rpartition(" by ")
            return title.strip() or None, split_list(authors.replace(" and ", ", "))
        return text or None, []
    return None, []


def _unique(tags: list[GivenTag]) -> tuple[GivenTag, ...]:
    return tuple(dict.fromkeys(tags))
