"""The fandom's synonym decisions without a database: names decided again with the
fandom's qualified synonyms open, and the second pass for names with several fuller forms."""

from __future__ import annotations

from ficshelf.character_synonyms import decided_again, fandom_synonyms
from ficshelf.store.library import CharacterTag

FANDOM = "Harrowgate Chronicles"


def tag(
    tag_id: int, name: str, canonical: str | None = None, synonyms: bool = False
) -> CharacterTag:
    return CharacterTag(tag_id, name, canonical is not None, synonyms, {FANDOM: 1}, canonical)


def test_a_name_decided_in_the_first_pass_counts_by_its_canonical_in_the_second() -> None:
    tags = [tag(1, "Harry"), tag(2, "Henry Vance"), tag(3, "Henry Vance Ashdown")]
    # "Harry" has two fuller forms until "Henry Vance" stands for "Henry Vance Ashdown".
    assert fandom_synonyms(FANDOM, tags) == [
        (FANDOM, "Harry", "Henry Vance Ashdown"),
        (FANDOM, "Henry Vance", "Henry Vance Ashdown"),
    ]
    # Two people who share the short name stay apart.
    apart = [tag(1, "Harry"), tag(2, "Henry Vance"), tag(3, "Harry Blake")]
    assert fandom_synonyms(FANDOM, apart) == []


def test_the_qualified_synonyms_are_decided_again_as_if_never_made() -> None:
    made = [
        tag(1, f"Harry ({FANDOM})", canonical="Henry Vance"),
        tag(2, "Henry Vance", synonyms=True),
        tag(3, "Ama Osei"),
    ]
    current, decided = decided_again(FANDOM, made)
    assert current == {"Harry": "Henry Vance"}
    assert decided == {"Harry": "Henry Vance"}
    # A second fuller name arrives: "Harry" is no longer decided.
    current, decided = decided_again(FANDOM, [*made, tag(4, "Harry Blake")])
    assert current == {"Harry": "Henry Vance"} and "Harry" not in decided
    # The canonical gains a fuller name: "Harry" follows it there.
    current, decided = decided_again(FANDOM, [*made, tag(5, "Henry Vance Ashdown")])
    assert decided["Harry"] == "Henry Vance Ashdown"
    assert decided["Henry Vance"] == "Henry Vance Ashdown"
    # Another fandom's qualified tag is an ordinary name here.
    other = [tag(6, "Harry (Saltmarsh Tales)", canonical="Harry Okafor")]
    assert decided_again(FANDOM, other)[0] == {}


def test_a_title_with_an_article_is_no_short_form_of_a_name_holding_the_article() -> None:
    # "The Duke" is all title but "the": "Richard the Lionheart" holds no word of his name.
    assert fandom_synonyms(FANDOM, [tag(1, "The Duke"), tag(2, "Richard the Lionheart")]) == []
    assert fandom_synonyms(FANDOM, [tag(1, "The Doctor"), tag(2, "Osric the Steward")]) == []
    # The article aside, the name's own words still find their fuller name.
    assert fandom_synonyms(FANDOM, [tag(1, "Richard"), tag(2, "Richard the Lionheart")]) == [
        (FANDOM, "Richard", "Richard the Lionheart")
    ]
