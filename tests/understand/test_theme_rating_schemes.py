"""Round warn40: a rating an author's note states in another scheme than AO3's
(FanFiction.net's K to MA, the film scale, Fiction Ratings' FR ages) is read and mapped to
AO3's scale; a letter that stands elsewhere in a note is no rating, and a denied one is none.
Every note here is invented for the test."""

from __future__ import annotations

import pytest
from theme_probes import analysed

from ficshelf.model import GivenMetadata, GivenTag, RawDocument, TagType
from ficshelf.understand import analyze
from ficshelf.understand.report import analysis_to_dict
from ficshelf.understand.theme_stated import stated_rating
from ficshelf.vocabulary import RATINGS, SCHEME_RATINGS, ao3_rating

QUIET = (
    "The bus was late again. Wren counted the puddles on the far kerb, lost count at eleven, "
    "and started over while the rain kept on."
)


def stated(note: str) -> str | None:
    """The rating the note states before a quiet scene, or ``None``."""
    analysis = analysed(f"{note}\n\n{QUIET}\n")
    return stated_rating(analysis.text, analysis.layer("notes"))


def rating_of(note: str) -> str:
    (span,) = analysed(f"{note}\n\n{QUIET}\n").layer("rating")
    return span.label


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        # FanFiction.net's letters
        ("A/N: Rated K, fluff all the way down.", "General"),
        ("A/N: Rated K+ for one grumpy goose.", "General"),
        ("A/N: rated K+ (a bit of slapstick)", "General"),
        ("A/N: Rated MA for the second half.", "Explicit"),
        ("A/N: Rating: MA", "Explicit"),
        ("Author's note: Rated: Fiction T - English - Humor/Family", "Teen"),
        # the film scale
        ("A/N: Rating: G. Just a picnic.", "General"),
        ("A/N: Rated PG for a few rude words about pigeons.", "General"),
        ("A/N: Rated PG-13 for the knife fight.", "Teen"),
        ("A/N: Rating - PG13", "Teen"),
        ("A/N: Rated R for what the storm does.", "Mature"),
        ("A/N: Rating: R (mostly for Wren's mouth)", "Mature"),
        ("A/N: Rated NC-17. Please mind the tags.", "Explicit"),
        ("A/N: the rest of it comes later, hence the NC17.", "Explicit"),
        # Fiction Ratings by age
        ("A/N: Rated FR13 for peril.", "Teen"),
        ("A/N: Rating: FR15", "Mature"),
        ("A/N: Rated FR-18 for the honeymoon.", "Explicit"),
        # a rating the note denies, then the one it is
        ("A/N: Not rated NC-17 after all: rated PG-13.", "Teen"),
        # the video games' all-ages rung, and AO3's E
        ("A/N: Rated E for Everyone, like a cartoon.", "General"),
        ("A/N: Rated E. You have been warned.", "Explicit"),
    ],
)
def test_a_rating_in_another_scheme_is_mapped_to_ao3s_scale(note: str, expected: str) -> None:
    assert stated(note) == expected
    assert rating_of(note) == expected


@pytest.mark.parametrize(
    "note",
    [
        # a letter that rates nothing
        "A/N: Thanks to R for the beta and to M for the title.",
        "A/N: Part T of the alphabet challenge. Plan B was worse.",
        "A/N: we went to see a PG film and I wrote this on the bus after.",
        "A/N: Route K+ is the bus Wren takes; the MA is her degree.",
        # a rating denied
        "A/N: This is not rated R, whatever my friends say.",
        "A/N: It isn't even rated PG-13.",
        "A/N: I never rated it NC-17.",
        # an age Fiction Ratings has no label for
        "A/N: Rated FR11.",
    ],
)
def test_a_letter_elsewhere_or_a_denied_rating_states_none(note: str) -> None:
    assert stated(note) is None


def test_a_rating_in_another_scheme_lists_its_reasons_as_warnings() -> None:
    analysis = analysed(f"A/N: Rated NC-17 for sex.\n\n{QUIET}\n")
    assert "sexual content" in {s.label for s in analysis.layer("warnings")}


def test_every_scheme_rating_is_a_rung_of_ao3s_scale() -> None:
    assert set(SCHEME_RATINGS.values()) <= set(RATINGS) - {"Not Rated"}
    assert ao3_rating("pg-13") == ao3_rating("PG 13") == "Teen"
    assert ao3_rating("fr 15") == "Mature"
    assert ao3_rating("FR11") is None


@pytest.mark.parametrize(
    ("given", "expected"),
    [("Fiction K+", "General"), ("Fiction T", "Teen"), ("NC-17", "Explicit"), ("Mature", "Mature")],
)
def test_a_files_rating_tag_in_another_scheme_is_the_stories_rating(
    given: str, expected: str
) -> None:
    # a FanFicFare download of a FanFiction.net story tags its rating "Fiction T"
    metadata = GivenMetadata(tags=(GivenTag(TagType.RATING, given),))
    story = analysis_to_dict(analyze(RawDocument(QUIET + "\n", "bus.html", "html", metadata)))
    assert story["rating"] == expected
