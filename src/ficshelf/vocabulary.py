"""The tag vocabulary (DESIGN.md): canonical ratings and warnings, and the AO3 spellings that
are synonyms of them. Pure data and lookups; the importer records the synonyms in the store."""

from __future__ import annotations

import re
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

# The tag types a work has one value of: one rating on AO3's scale, and the one point of view
# and tense the pipeline infers per work. A person's value of one of them is the work's value;
# the file's and the inferred values stay stored, set aside, until the person's is taken off.
SINGLE_VALUED_TYPES = frozenset({TagType.RATING, TagType.POV, TagType.TENSE})

# AO3's own names for ratings and archive warnings, mapped to ficshelf's vocabulary. Names
# that differ only in case ("Major Character Death") are already the same tag.
AO3_SYNONYMS: dict[tuple[TagType, str], str] = {
    (TagType.RATING, "general audiences"): "General",
    (TagType.RATING, "teen and up audiences"): "Teen",
    (TagType.RATING, "not rated"): "Not Rated",
    (TagType.WARNING, "graphic depictions of violence"): "graphic violence",
}


def canonical_name(type_: TagType, name: str) -> str | None:
    """Return the vocabulary name ``name`` is a synonym of, or ``None`` if it is not one; a
    rating in another scheme ("Fiction T", "PG-13", "K+") is a synonym of its rung on AO3's
    scale (``ao3_rating``)."""
    key = " ".join(name.split()).casefold()
    canonical = AO3_SYNONYMS.get((type_, key))
    if canonical is None and type_ == TagType.RATING:
        canonical = ao3_rating(name)
    return canonical if canonical is not None and canonical.casefold() != key else None


# A rating in any scheme, written as ``_key`` writes it (capitals, no spaces or hyphens),
# and its rung on AO3's scale (round warn40; ``understand.theme_rating_schemes``' docstring
# gives the reason of each step).
SCHEME_RATINGS: dict[str, str] = {
    # AO3's own
    "GENERAL": "General",
    "G": "General",
    "TEEN": "Teen",
    "T": "Teen",
    "MATURE": "Mature",
    "M": "Mature",
    "EXPLICIT": "Explicit",
    "E": "Explicit",
    # FanFiction.net (Fiction Ratings' letters)
    "K": "General",
    "K+": "General",
    "MA": "Explicit",
    # the film scale, by FanFiction.net's own conversion of it (PG-13 → T, R → M, …)
    "PG": "General",
    "PG13": "Teen",
    "R": "Mature",
    "NC17": "Explicit",
    # Fiction Ratings' labels by age (and its letters after "FR")
    "FRK": "General",
    "FRK+": "General",
    "FR7": "General",
    "FR9": "General",
    "FR13": "Teen",
    "FR15": "Mature",
    "FR16": "Mature",
    "FR17": "Mature",
    "FR18": "Explicit",
    "FR21": "Explicit",
    # the video-game scale's all-ages rungs, as fans joke with them
    "EFOREVERYONE": "General",
    "E10+": "General",
}

_NOT_KEY = re.compile(r"[^0-9A-Z+]")
# FanFiction.net writes its ratings "Fiction K+", and a FanFicFare download keeps the word.
_FFN_PREFIX = re.compile(r"\A\s*fiction\s+", re.IGNORECASE)


def _key(token: str) -> str:
    """The form ``SCHEME_RATINGS`` knows ``token`` by: capitals, no spaces or hyphens, no
    "Fiction" before it."""
    return _NOT_KEY.sub("", _FFN_PREFIX.sub("", token).upper())


def ao3_rating(token: str) -> str | None:
    """Return the rung of AO3's scale ("General", "Teen", "Mature", "Explicit") that the
    rating ``token`` (a match of ``RATING_TOKEN``, "K+", "PG-13", "FR15", "Teen", or a
    file's rating tag, "Fiction T") stands for in its scheme, or ``None`` for a token no
    scheme knows (an age Fiction Ratings has no label for, "FR11"; "Not Rated")."""
    return SCHEME_RATINGS.get(_key(token))


def synonyms(tags: Iterable[TagRecord]) -> Iterator[tuple[TagType, str, str]]:
    """Yield ``(type, name, canonical name)`` for each tag whose name is a known synonym."""
    for tag in tags:
        canonical = canonical_name(tag.type, tag.name)
        if canonical is not None:
            yield tag.type, tag.name, canonical
