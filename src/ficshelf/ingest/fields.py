"""Parsing the values of metadata fields that story files state as text: dates, counts,
"3/?" chapter counts, "Label:" names of tag kinds, comma-separated tag lists."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from ficshelf.model import TagType

_DATE_FORMATS = (
    "%Y-%m-%d",
    "%Y/%m/%d",
    "%d %b %Y",
    "%d %B %Y",
    "%b %d, %Y",
    "%B %d, %Y",
    "%b %d %Y",
    "%B %d %Y",
    "%m/%d/%Y",
    "%d.%m.%Y",
)
_ISO_PREFIX = re.compile(r"\d{4}-\d{2}-\d{2}")
_CHAPTERS = re.compile(r"(\d[\d,]*)\s*(?:/\s*(\d[\d,]*|\?))?")
_SPACE = re.compile(r"\s+")

# "Label:" names (lower case, no colon) of the kinds of tags, singular and plural as AO3 and
# FanFicFare write them.
TAG_LABELS: dict[str, TagType] = {
    "rating": TagType.RATING,
    "ratings": TagType.RATING,
    "archive warning": TagType.WARNING,
    "archive warnings": TagType.WARNING,
    "warning": TagType.WARNING,
    "warnings": TagType.WARNING,
    "category": TagType.CATEGORY,
    "categories": TagType.CATEGORY,
    "fandom": TagType.FANDOM,
    "fandoms": TagType.FANDOM,
    "relationship": TagType.RELATIONSHIP,
    "relationships": TagType.RELATIONSHIP,
    "pairing": TagType.RELATIONSHIP,
    "pairings": TagType.RELATIONSHIP,
    "ships": TagType.RELATIONSHIP,
    "character": TagType.CHARACTER,
    "characters": TagType.CHARACTER,
    "additional tag": TagType.FREEFORM,
    "additional tags": TagType.FREEFORM,
    "freeform": TagType.FREEFORM,
    "freeforms": TagType.FREEFORM,
    "genre": TagType.FREEFORM,
    "genres": TagType.FREEFORM,
    "tags": TagType.FREEFORM,
}

AO3_CATEGORIES = frozenset({"Gen", "F/M", "M/M", "F/F", "Multi", "Other"})


def label_key(label: str) -> str:
    """Return a "Label:" reduced for lookup: lower case, single spaces, no colon."""
    return _SPACE.sub(" ", label).strip().rstrip(":").strip().lower()


def parse_date(value: str) -> date | None:
    """Return the date written in ``value`` (ISO 8601 or a common English form), else None."""
    value = _SPACE.sub(" ", value).strip()
    iso = _ISO_PREFIX.match(value)
    if iso:
        try:
            return date.fromisoformat(iso.group(0))
        except ValueError:
            return None
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    return None


def parse_count(value: str) -> int | None:
    """Return the number written in ``value`` ("4,559" gives 4559), else None."""
    digits = re.sub(r"[,.\s\u00a0]", "", value.strip())
    return int(digits) if digits.isascii() and digits.isdigit() else None


@dataclass(frozen=True, slots=True)
class ChapterCount:
    """Chapters posted and expected ("3/?": 3 and None), and whether the work is complete."""

    posted: int
    expected: int | None
    complete: bool | None


def parse_chapters(value: str) -> ChapterCount | None:
    """Parse "3/?", "1/1", "2/5" or a bare "4"; return None when it is none of these.

    Complete is True when posted equals expected, False when the total is unknown or larger,
    None for a bare count (which says nothing either way).
    """
    match = _CHAPTERS.fullmatch(value.strip())
    if match is None:
        return None
    posted = int(match.group(1).replace(",", ""))
    total = match.group(2)
    if total is None:
        return ChapterCount(posted, None, None)
    if total == "?":
        return ChapterCount(posted, None, False)
    expected = int(total.replace(",", ""))
    return ChapterCount(posted, expected, posted >= expected)


def split_list(value: str) -> list[str]:
    """Split a comma-separated list of names, dropping empty entries and surrounding space."""
    return [part for part in (_SPACE.sub(" ", p).strip() for p in value.split(",")) if part]


def parse_status(value: str) -> bool | None:
    """Return True for "Complete(d)", False for "In-Progress"/"WIP"/"Incomplete", else None."""
    key = value.strip().lower().replace("-", " ")
    if key.startswith(("complete", "finished")):
        return True
    if key.startswith(("in progress", "wip", "incomplete", "ongoing", "abandoned", "hiatus")):
        return False
    return None
