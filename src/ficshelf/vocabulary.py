"""The tag vocabulary (DESIGN.md): canonical ratings and warnings, and the AO3 spellings that
are synonyms of them. Pure data and lookups; the importer records the synonyms in the store."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ficshelf.model import TagRecord, TagType

RATINGS = ("General", "Teen", "Mature", "Explicit", "Not Rated")

WARNINGS = (
    "alcohol",
    "drug use",
    "domestic violence",
    "child abuse",
    "graphic violence",
    "major character death",
    "death/grief",
    "illness",
    "mental illness",
    "self-harm",
    "suicide",
    "sexual content",
    "infidelity",
    "pregnancy",
    "profanity",
)

CATEGORIES = ("Gen", "F/M", "M/M", "F/F", "Multi", "Other")

# AO3's own names for ratings and archive warnings, mapped to ficshelf's vocabulary. Names
# that differ only in case ("Major Character Death") are already the same tag.
AO3_SYNONYMS: dict[tuple[TagType, str], str] = {
    (TagType.RATING, "general audiences"): "General",
    (TagType.RATING, "teen and up audiences"): "Teen",
    (TagType.RATING, "not rated"): "Not Rated",
    (TagType.WARNING, "graphic depictions of violence"): "graphic violence",
}


def canonical_name(type_: TagType, name: str) -> str | None:
    """Return the vocabulary name ``name`` is a synonym of, or ``None`` if it is not one."""
    key = " ".join(name.split()).casefold()
    canonical = AO3_SYNONYMS.get((type_, key))
    return canonical if canonical is not None and canonical.casefold() != key else None


def synonyms(tags: Iterable[TagRecord]) -> Iterator[tuple[TagType, str, str]]:
    """Yield ``(type, name, canonical name)`` for each tag whose name is a known synonym."""
    for tag in tags:
        canonical = canonical_name(tag.type, tag.name)
        if canonical is not None:
            yield tag.type, tag.name, canonical
