"""The cue-word finder of the relationships stage (``relationship_cues.find_cues``).

``find_cues`` looks words up in a table; these tests hold it to the single regular expression
it replaced (kept here as the reference, with the kin words the table gained after it:
plurals, step-siblings, godparents): the same cues, kinds, weights and spans on varied
texts written for the tests, on generated ones, and on the sample corpus.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ficshelf.ingest import read_document
from ficshelf.understand.relationship_cues import (
    addresses_as,
    find_cues,
    is_kin_name,
    kin_generation,
    kin_of_each_other,
    parent_gender,
)

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"

_STRONG = r"""
    kiss(?:ed|es|ing)? | married | marry(?:ing)? | marries | marriage | wedding | wed | wedded
  | husband | husbands | wife | wives | fianc[eé]e? | engaged | engagement | betrothed
  | betrothal | lovers? | courting | courted | courtship | sweethearts? | proposed | proposal
  | bride | bridegroom | honeymoon | in\s+love | girlfriend | boyfriend | spouse
  | made\s+love | ex-(?:wife|husband|girlfriend|boyfriend|fianc[eé]e?) | suitors? | beaux?
  | woo(?:ed|ing|s)?
"""
_WEAK = r"""
    loves? | loved | loving | beloved | darling | dearest | my\s+dear | embrace[ds]?
  | embracing | held\s+hands | holding\s+hands | hand\s+in\s+hand | caress(?:ed|es)?
  | blush(?:ed|es|ing)? | adore[ds]? | dated | dating | admirers? | flirt(?:s|ed|ing|ation)?
  | jealous | jealousy
"""
_FAMILY = r"""
    mother | father | mothers | fathers | mom | mum | mommy | mummy | mama | mamma | momma
  | papa | pa | dad | daddy | parents? | brother | brothers | sister | sisters | siblings?
  | son | sons | daughter | daughters | aunt | auntie | aunty | uncle | nephew | niece
  | cousin | cousins | grandfather | grandmother | grandpa | grandma | granny | gran
  | grandson | granddaughter | grandchild | grandchildren | twins? | stepmother
  | stepfather | stepson | stepdaughter | half-brother | half-sister | in-law | in-laws
  | brother-in-law | sister-in-law | father-in-law | mother-in-law | son-in-law
  | daughter-in-law | family | kin | kinsman | kinswoman | marmee
  | aunts | uncles | nephews | nieces | grandparents | grandsons | granddaughters
  | stepsisters? | stepbrothers? | godfather | godmother | godson | goddaughter | godchild
  | godparents
"""
_SPOUSE = r"husband | wife | spouse | widow | widower | bride | bridegroom | fianc[eé]e?"
REFERENCE = re.compile(
    rf"\b(?:(?P<spouse>{_SPOUSE})|(?P<strong>{_STRONG})|(?P<weak>{_WEAK})|(?P<family>{_FAMILY}))\b",
    re.VERBOSE,
)
_KINDS = {"spouse": "spouse", "strong": "romantic", "weak": "romantic", "family": "family"}
_WEIGHTS = {"spouse": 1.0, "strong": 1.0, "weak": 0.5, "family": 1.0}


def reference(text: str, lo: int, hi: int) -> list[tuple[int, int, str, float]]:
    """The regex the word table replaced (on text whose lower case keeps its length)."""
    lowered = text[lo:hi].lower()
    return [
        (lo + m.start(), lo + m.end(), _KINDS[m.lastgroup or ""], _WEIGHTS[m.lastgroup or ""])
        for m in REFERENCE.finditer(lowered)
    ]


TEXTS = [
    "",
    "No cues here at all.",
    "Mara kissed her husband, and his ex-wife watched from the door.",
    "They were in love.  They had made\nlove once, held  hands, walked hand in hand in hand.",
    "My dear, my dearest, my\tdear friend: dear me.",
    "Her brother-in-law and his half-brother met the in-laws; her mother-in-law did not.",
    "Sex-wife is no word, nor is wifely, nor grandmothers' or unclear.",
    "PAPA! Papa's pa said MA'AM to Grandma and to the kin of kings.",
    "The fiancé and the FIANCÉE, the fiancee and an ex-fiancé, wed and wedded.",
    "Loved, loving, lovers, lover, beloved; courting—courted—courtship.",
    "Her suitor, a beau who wooed and woos her; suitors, beaux, wooing; an admirer flirted.",
    "Flirt, flirts, flirting, a flirtation; jealous, jealousy; admirers; wooden, beauty.",
    "in-law-abiding; ex--wife; ex- wife; half brother; the in law; x-in-law.",
    "hand in hand in hand in love made love in love",
    "a_wife wife_b 2wife wife2 _mother mother_",
    "«Mother», ‘sister’, “Brother!”, (aunt) [uncle] {cousin}.",
    "Deux frères et une sœur; el hermano de mi padre; der Bruder.",
    "My godmother's sister, his stepbrothers, our grandparents and the godchild's aunts.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_same_cues_as_the_regex_it_replaced(text: str) -> None:
    assert find_cues(text, 0, len(text)) == reference(text, 0, len(text))


def test_a_range_is_read_as_if_it_were_the_whole_text() -> None:
    text = "grandmother kissed the brother"
    # "mother" at 5 starts a word of the range, as it did for the regex.
    assert (
        find_cues(text, 5, 22)
        == reference(text, 5, 22)
        == [(5, 11, "family", 1.0), (12, 18, "romantic", 1.0)]
    )


def test_phrases_are_one_cue_and_never_overlap() -> None:
    text = "hand in hand in hand; in love; ex-wife"
    assert find_cues(text, 0, len(text)) == [
        (0, 12, "romantic", 0.5),
        (22, 29, "romantic", 1.0),
        (31, 38, "romantic", 1.0),
    ]


def test_a_capital_dotted_i_keeps_the_offsets() -> None:
    text = "İstanbul: her husband İN LOVE with his wife."
    found = find_cues(text, 0, len(text))
    assert [text[s:e] for s, e, _, _ in found] == ["husband", "İN LOVE", "wife"]
    assert [k for _, _, k, _ in found] == ["spouse", "romantic", "spouse"]


_PIECES = st.sampled_from(
    [
        "wife",
        "ex",
        "in",
        "love",
        "made",
        "hand",
        "hands",
        "held",
        "my",
        "dear",
        "half",
        "brother",
        "law",
        "laws",
        "sister",
        "mother",
        "kiss",
        "fiancé",
        "pa",
        "x",
        "Mara",
        "WIFE",
        "Love",
        "the",
        "_",
        "2",
    ]
)
_GLUE = st.sampled_from([" ", "  ", "\n", "-", "--", ", ", "'", "’s ", "", ".", "\t"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_PIECES, _GLUE), max_size=30))
def test_same_cues_on_generated_texts(parts: list[tuple[str, str]]) -> None:
    text = "".join(word + glue for word, glue in parts)
    assert find_cues(text, 0, len(text)) == reference(text, 0, len(text))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_characters="İ"), max_size=200))
def test_same_cues_on_any_text(text: str) -> None:
    if len(text.lower()) != len(text):
        return
    assert find_cues(text, 0, len(text)) == reference(text, 0, len(text))


def test_same_cues_on_the_sample_corpus() -> None:
    stories = sorted(CORPUS.glob("[01]*.txt"))
    assert stories
    for path in stories:
        text = read_document(str(path), path.read_bytes()).text
        assert find_cues(text, 0, len(text)) == reference(text, 0, len(text)), path.name


def test_find_pronouns_reads_her_only_as_a_possessive() -> None:
    from ficshelf.understand.relationship_cues import find_pronouns

    text = "He kissed her. She lifted her knee and gave her a cup; HER hand, his hat, herself."
    found = find_pronouns(text, 0)
    words = [text[at:].split()[0].strip(" ;,.") for at, _ in found]
    assert words == ["He", "She", "her", "HER", "his", "herself"]
    assert [g for _, g in found] == ["M", "F", "F", "F", "M", "F"]
    assert find_pronouns(text, 20) == [p for p in found if p[0] >= 20]
    # a text whose lower case changes length ("İ") is read case-blind all the same
    assert [g for _, g in find_pronouns("İ " + text, 0)] == [g for _, g in found]


def test_pa_and_ma_are_kin_names_and_kin_vocatives_but_maam_is_a_title() -> None:
    assert is_kin_name("Pa") and is_kin_name("Ma") and is_kin_name("your Ma")
    assert not is_kin_name("Ma'am") and not is_kin_name("Ma’am") and not is_kin_name("Pablo")
    assert addresses_as("Pa, the kettle has boiled dry again.")[0] == "pa"
    assert addresses_as("I only asked where the key was, Ma.")[0] == "ma"
    assert addresses_as("Yes, Ma'am.")[0] == ""


def test_a_household_word_before_a_name_is_part_of_the_name_not_kin() -> None:
    # "Ma", "Pa", "Dad" are household names alone, but also names of their own ("Ma Wen",
    # a surname and a given name): followed by a capitalised name they are not kin
    assert not is_kin_name("Ma Wen") and not is_kin_name("Pa Lin") and not is_kin_name("Dad Okoro")
    assert not is_kin_name("Son Hae-jin") and not is_kin_name("Mum O'Dowd")
    # a kinship title before a name still names a relative
    assert is_kin_name("Aunt Wilhelmina") and is_kin_name("Uncle Bartholomew")
    assert is_kin_name("Cousin Letty") and is_kin_name("Grandpa Tobias")
    # and a household word alone, or before a word that is no name, is kin as before
    assert is_kin_name("Ma") and is_kin_name("my Dad") and is_kin_name("Pa himself")


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Pa", "m"),
        ("Mamma", "f"),
        ("my father", "m"),
        ("Marmee", "f"),
        ("Father Anselm", ""),
        ("your mother", ""),
        ("Aunt Sal", ""),
        ("Grandpa", ""),
    ],
)
def test_parent_gender_reads_a_parents_kin_name_alone(name: str, gender: str) -> None:
    assert parent_gender(name) == gender


@pytest.mark.parametrize(
    ("name", "generation"),
    [
        ("Aunt Tibby", ("parent's sibling", "F")),
        ("your father", ("parent", "M")),
        ("Grandma", ("grandparent", "F")),
        ("Ma", ("parent", "F")),
        ("her brother", ("sibling", "M")),
        ("Cousin Lark", None),
        ("my son", None),
        ("Mr. Ashby", None),
    ],
)
def test_kin_generation_places_a_relative_by_the_kin_word(
    name: str, generation: tuple[str, str] | None
) -> None:
    assert kin_generation(name) == generation


@pytest.mark.parametrize(
    ("a", "b", "kin"),
    [
        ("Aunt Tibby", "Aunt Morwen", True),  # sisters, or sisters-in-law
        ("Aunt Tibby", "Papa", True),  # his sister, or his wife's
        ("Uncle Quill", "my mother", True),
        ("her sister", "her mother", True),
        ("Grandpa", "Aunt Tibby", True),
        ("my brother", "my sister", True),
        ("Aunt Tibby", "Uncle Quill", False),  # maybe husband and wife
        ("Mother", "Father", False),
        ("Grandma", "Grandpa", False),
        ("Mother", "Mamma", False),  # one place: one person named twice, or a stepmother
        ("Cousin Lark", "Aunt Tibby", False),  # the word does not say whose child
    ],
)
def test_kin_of_one_person_are_kin_of_each_other_unless_they_may_be_a_couple(
    a: str, b: str, kin: bool
) -> None:
    assert kin_of_each_other(a, b) is kin
    assert kin_of_each_other(b, a) is kin
