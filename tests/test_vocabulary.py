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
