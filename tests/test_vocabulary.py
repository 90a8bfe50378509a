from ficshelf.model import Provenance, TagRecord, TagType
from ficshelf.vocabulary import canonical_name, synonyms


def test_ao3_names_map_to_the_vocabulary() -> None:
    assert canonical_name(TagType.RATING, "Teen And Up  Audiences") == "Teen"
    assert canonical_name(TagType.WARNING, "Graphic Depictions Of Violence") == "graphic violence"
    assert canonical_name(TagType.RATING, "Teen") is None
    assert canonical_name(TagType.FANDOM, "Teen And Up Audiences") is None


def test_a_name_is_never_its_own_synonym() -> None:
    tags = [
        TagRecord(TagType.WARNING, "Major Character Death", Provenance.AUTHOR),
        TagRecord(TagType.RATING, "General Audiences", Provenance.AUTHOR),
    ]
    assert list(synonyms(tags)) == [(TagType.RATING, "General Audiences", "General")]


def test_a_rating_in_another_scheme_is_a_synonym_of_its_rung() -> None:
    """A FanFiction.net download's rating ("Fiction T") or a film-scale one ("PG-13") is filed
    under AO3's rung by the import's synonyms, as the analysis reads it (round warn40)."""
    assert canonical_name(TagType.RATING, "Fiction T") == "Teen"
    assert canonical_name(TagType.RATING, "Fiction K+") == "General"
    assert canonical_name(TagType.RATING, "PG-13") == "Teen"
    assert canonical_name(TagType.RATING, "NC-17") == "Explicit"
    assert canonical_name(TagType.RATING, "Mature") is None
    assert canonical_name(TagType.RATING, "Not Rated") is None
    assert canonical_name(TagType.FREEFORM, "PG-13") is None
    tags = [TagRecord(TagType.RATING, "Fiction M", Provenance.AUTHOR)]
    assert list(synonyms(tags)) == [(TagType.RATING, "Fiction M", "Mature")]
