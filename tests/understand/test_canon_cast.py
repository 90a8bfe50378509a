"""What a fan reader knows of the canon's cast (``canon_roster``, ``canon_cast``), on short
texts written for these tests: the story's canon, names joined by the roster, roles and
canon non-persons."""

from __future__ import annotations

import pytest
from cast_builders import aliases

from ficshelf.understand import canon_roster, character_canon, characters
from ficshelf.understand.canon_roster import Roster, roster, story_canon
from ficshelf.understand.characters import Cast, characters_of
from ficshelf.understand.text import paragraph_spans


def cast_in(text: str, *fandoms: str) -> Cast:
    return characters_of(text, paragraph_spans(text), None, "third", (), fandoms)


@pytest.fixture
def no_canon(monkeypatch: pytest.MonkeyPatch) -> None:
    """The characters stage as it was before it knew any canon."""
    monkeypatch.setattr(character_canon, "story_canon", lambda *args: None)


MARMEE = """Mrs. March came in from the snow with her basket and set it down by the fire.

The girls crowded round her. Jo took the basket, and Meg took the shawl.

"There is a letter from Father," Marmee said, and sat down to read it to them.

Beth leaned against the arm of the chair. Amy wanted to hear it twice.
"""


STEWARD = (
    "Malvolio walked in the garden with his chain of office.\n\n"
    '"This is my lady\'s hand," said the steward, and held the letter to the light.\n\n'
    "Malvolio read it again.\n"
)

DOLL = """Sara Crewe sat on the floor of the attic. Emily sat on the chair.

"Are you cold?" Sara asked her.

Emily says nothing. Emily never says anything, and Sara likes her for it.

Sara Crewe wrapped her in the shawl and Emily stared at the window.
"""


def test_without_a_canon_a_second_name_is_a_second_character(no_canon: None) -> None:
    assert {"Mrs. March", "Marmee"} <= set(aliases(MARMEE, cast_in(MARMEE, "Little Women")))
    assert "Emily" in aliases(DOLL, cast_in(DOLL, "A Little Princess"))


def test_the_stated_canon_joins_a_name_only_a_reader_links() -> None:
    names = aliases(MARMEE, cast_in(MARMEE, "Little Women"))
    assert "Marmee" not in names
    assert {"Mrs. March", "Marmee"} <= names["Mrs. March"]


def test_the_canon_comes_from_the_names_when_no_note_states_it() -> None:
    text = (
        "Jo March ran down the lane to the Laurence house, where Laurie was waiting. "
        "Meg March and Beth March watched from the window, and Amy March pouted.\n\n"
        "Mrs. March stood on the step.\n\n"
        '"Come in, my girls," Marmee said, when they all came back.\n'
    )
    names = aliases(text, cast_in(text))
    assert "Marmee" not in names and "Marmee" in names["Mrs. March"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Mrs. March came in from the snow.\n\n"
            '"You are late," said Marmee.\n\n'
            '"The roads are bad," Mrs. March answered.\n',
            id="speaking-in-one-exchange",
        ),
        pytest.param(
            "Mrs. March came in from the snow. Marmee and Mrs. March sat by the fire.\n\n"
            "Marmee laughed at something. Mrs. March did not.\n",
            id="named-in-one-sentence",
        ),
    ],
)
def test_two_names_the_text_shows_apart_stay_two_people(text: str) -> None:
    names = aliases(text, cast_in(text, "Little Women"))
    assert "Marmee" in names and "Mrs. March" in names


def test_different_genders_keep_two_names_of_one_roster_entry_apart(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made_up = Roster("Made Up", {"alex grey": "Alex Grey", "sandy": "Alex Grey"}, {}, {}, {})
    monkeypatch.setattr(canon_roster, "roster", lambda name: made_up)
    text = (
        "Alex Grey walked to the harbour, and she bought bread on the way.\n\n"
        "Sandy was already there, and he waved his cap at the boats.\n\n"
        "Alex Grey smiled, and she sat down. Sandy laughed, and he sat down too.\n"
    )
    names = aliases(text, cast_in(text, "Made Up"))
    assert "Sandy" in names and "Alex Grey" in names


def test_the_roster_name_the_text_writes_is_the_canonical_name() -> None:
    text = (
        "Toby Belch sat in the kitchen with his boots on the table.\n\n"
        '"More ale," said Sir Toby Belch, and Maria laughed at him.\n\n'
        "Toby Belch sang until the candles went out.\n"
    )
    names = aliases(text, cast_in(text, "Twelfth Night"))
    assert "Sir Toby Belch" in names and "Toby Belch" not in names


def test_without_a_canon_a_role_is_someone_unnamed(no_canon: None) -> None:
    assert "the steward" in aliases(STEWARD, cast_in(STEWARD, "Twelfth Night"))


def test_a_roster_role_is_a_mention_of_the_named_holder() -> None:
    names = aliases(STEWARD, cast_in(STEWARD, "Twelfth Night"))
    assert "the steward" not in names and "the steward" in names["Malvolio"]


def test_a_canon_thing_is_no_character_unless_the_text_makes_it_speak() -> None:
    assert "Emily" not in aliases(DOLL, cast_in(DOLL))  # Sara Crewe and Emily: the canon
    assert "Emily" not in aliases(DOLL, cast_in(DOLL, "A Little Princess"))
    speaking = DOLL + '\n"I am cold," said Emily, to everyone\'s surprise.\n'
    assert "Emily" in aliases(speaking, cast_in(speaking, "A Little Princess"))


def test_the_canon_is_the_one_stated_fandom_the_table_knows() -> None:
    assert story_canon(["Little Women"], {}, {}) == roster("Little Women")
    assert story_canon(["Little Women", "Dracula"], {}, {}) is None  # a crossover
    assert story_canon(["A fandom nobody has heard of"], {}, {}) is None
    assert story_canon([], {"Someone": {"someone"}}, {"Someone": 1.0}) is None


def test_a_roster_knows_roles_and_non_persons() -> None:
    twelfth = roster("Twelfth Night")
    assert twelfth is not None and twelfth.roles["the steward"] == "Malvolio"
    princess = roster("A Little Princess")
    assert princess is not None and princess.kinds["Emily"] == "thing"
    assert roster("No Such Canon") is None


def test_a_long_single_line_of_canon_names_and_quotes_does_not_break_the_stage() -> None:
    piece = (
        '"Marmee, look," said Jo. Mrs. March smiled, and Marmee and Mrs. March and Emily '
        "and Malvolio, the steward, said nothing. "
    )
    text = piece * 2000
    for fandom in ("Little Women", "Twelfth Night", "A Little Princess", ""):
        found = cast_in(text, fandom)
        assert found.characters and all(0 <= m.start < m.end <= len(text) for m in found.mentions)


def test_the_learned_filter_never_drops_a_character_the_roster_knows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def drop_all_it_may(
        text: str, names: list[str], candidates: object, named: object, keep: set[int]
    ) -> list[int]:
        return [i for i in range(len(names)) if i not in keep]

    monkeypatch.setattr(characters, "dropped", drop_all_it_may)
    text = (
        "Silas Marner sat by the loom, and Eppie sat by the fire.\n\n"
        "Dunsey Cass had taken the gold, Eppie said. Jem Foxley had gone to sea.\n"
    )
    names = aliases(text, cast_in(text, "Silas Marner"))
    assert {"Silas Marner", "Eppie"} <= set(names)
    assert any("Dunsey Cass" in forms for forms in names.values())
    assert "Jem Foxley" not in names


ERNEST = (
    "Jack Worthing stood at the window.\n\n"
    '"You are called Jack in the country and Ernest in town," said Algernon.\n\n'
    '"Ernest, do be quiet," said Gwendolen.\n'
)
PYRAMUS = (
    "Nick Bottom stood up on the stump and cleared his throat for the rehearsal.\n\n"
    '"O grim-looked night!" cried Pyramus, and Peter Quince groaned.\n\n'
    "Pyramus went on to the end of the speech. Bottom bowed.\n"
)
KINGS_SON = (
    "Ferdinand sat on the wet sand and wrung the sea out of his sleeve.\n\n"
    '"Where is my father?" asked the King\u2019s son, and no one answered him.\n\n'
    "Ferdinand walked along the shore.\n"
)
PARIS = (
    "Juliet Capulet sat at the window, and the Nurse sat with her.\n\n"
    '"You must think of Paris," said the Nurse, and Juliet did not answer.\n'
)


@pytest.mark.parametrize(
    ("text", "fandom", "present", "absent", "joined"),
    [
        # a name given as a name in one sentence is no second person
        pytest.param(
            ERNEST,
            "The Importance of Being Earnest",
            ["Jack Worthing"],
            ["Ernest"],
            ("Jack Worthing", "Ernest"),
            id="alias",
        ),
        # a part in the canon's play is no character, even when it speaks
        pytest.param(
            PYRAMUS, "A Midsummer Night's Dream", ["Nick Bottom"], ["Pyramus"], None, id="part"
        ),
        # a descriptor the roster lists is its holder's, however written
        pytest.param(
            KINGS_SON,
            "The Tempest",
            ["Ferdinand"],
            ["King\u2019s son", "the King\u2019s son"],
            None,
            id="listed-descriptor",
        ),
        # a roster name the name rules turn down is a person in its stated canon, not elsewhere
        pytest.param(PARIS, "Romeo and Juliet", ["Paris"], [], None, id="stated-canon-readmits"),
        # (with no note, "Juliet Capulet" and "the Nurse" point to the canon by themselves:
        # the story of no canon is one whose names point nowhere)
        pytest.param(
            PARIS.replace("Capulet", "Marlowe").replace("the Nurse", "Hester"),
            "",
            [],
            ["Paris"],
            None,
            id="no-canon-a-city",
        ),
    ],
)
def test_the_roster_decides_who_is_who(
    text: str,
    fandom: str,
    present: list[str],
    absent: list[str],
    joined: tuple[str, str] | None,
) -> None:
    names = aliases(text, cast_in(text, fandom) if fandom else cast_in(text))
    assert set(present) <= set(names) and not set(absent) & set(names)
    if joined is not None:  # the other name is a mention of the character
        assert joined[1] in names[joined[0]]


def test_a_new_canons_roster_joins_a_given_name_and_a_titled_surname() -> None:
    text = (
        "Miss Halcombe walked down to the boat-house in the rain.\n\n"
        '"Laura is asleep," said Marian, and shut the door behind her.\n\n'
        "Count Fosco watched her from the terrace.\n"
    )
    names = aliases(text, cast_in(text, "The Woman in White"))
    assert "Marian" not in names and {"Miss Halcombe", "Marian"} <= names["Miss Halcombe"]


def test_a_name_the_roster_gives_to_someone_of_another_gender_is_split_off() -> None:
    # The roster calls David "Trotwood" and his aunt "Miss Trotwood"; the name rules join
    # "Miss Trotwood" to the bare "Trotwood", and a fan reader parts them again.
    text = (
        "David Copperfield came home late, and he found the parlour full of smoke.\n\n"
        '"Trotwood, is that you?" The voice was his aunt\'s.\n\n'
        "Miss Trotwood sat by the fire with her bonnet on. Miss Trotwood did not get up.\n\n"
        "David sat down by her, and he took her hand.\n"
    )
    names = aliases(text, cast_in(text, "David Copperfield"))
    assert "Miss Trotwood" in names
    assert "Trotwood" not in names["Miss Trotwood"]
    assert {"David Copperfield", "Trotwood"} <= names["David Copperfield"]


def test_the_roster_alone_parts_no_two_names_of_one_gender(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # "Mr. Hale" is the father's name in the roster, but the text may call the son so.
    made_up = Roster(
        "Made Up",
        {"tom hale": "Tom Hale", "tom": "Tom Hale", "mr. hale": "Edward Hale"},
        {},
        {},
        {},
        {"Tom Hale": "m", "Edward Hale": "m"},
    )
    monkeypatch.setattr(canon_roster, "roster", lambda name: made_up)
    text = (
        "Tom Hale came down to the shop at nine, and he opened the shutters.\n\n"
        "Mr. Hale was always first in, the girls said. Tom Hale swept the step.\n"
    )
    names = aliases(text, cast_in(text, "Made Up"))
    assert {"Tom Hale", "Mr. Hale"} <= names["Tom Hale"]


def test_a_roster_knows_the_gender_its_names_agree_on() -> None:
    cast = roster("David Copperfield")
    assert cast is not None
    assert cast.genders["Betsey Trotwood"] == "f"
    assert cast.genders["David Copperfield"] == "m"


def test_a_character_takes_the_fuller_roster_name_of_the_name_the_text_gives(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made_up = Roster(
        "Made Up",
        {
            "nell hale": "Nell Hale",
            "nell": "Nell Hale",
            "sir edward hale": "Sir Edward Hale",
            "sir edward": "Sir Edward Hale",
            "ned hale": "Ned Hale",
            "mrs. hale": "Ada Hale",
        },
        {"ned": "Ned Hale", "ada": "Ada Hale", "nell": "Nell Hale"},
        {},
        {},
    )
    monkeypatch.setattr(canon_roster, "roster", lambda name: made_up)
    text = (
        "Nell ran down to the quay, and she waved at the boat.\n\n"
        "Mrs. Hale called her back, and she came. Mrs. Hale was cross.\n\n"
        "Sir Edward rode past. \u201cNed, you are late,\u201d said Nell, and Ned laughed.\n"
    )
    # (a call joins "Ned" to "Sir Edward" by the nickname table; a "Ned" only narrated
    # would be a namesake of his, ``name_cluster_facts.namesakes``)
    names = aliases(text, cast_in(text, "Made Up"))
    assert "Nell Hale" in names  # "Nell" takes the fuller name a reader knows
    assert "Mrs. Hale" in names  # a civil title stays: a wife, not a sister
    assert "Sir Edward Hale" not in names  # one of its names is another's ("Ned")


def test_a_titled_form_is_the_canon_character_the_rest_of_its_words_name() -> None:
    # The roster lists "de Hamal"; the text writes the name only with a rank before it.
    text = (
        "Alfred sent flowers again on Tuesday, and Alfred signed the card with a flourish.\n\n"
        "Ginevra read it twice. Colonel de Hamal, she thought, could spell no better than a "
        "child.\n"
    )
    names = aliases(text, cast_in(text, "Villette"))
    assert {"Alfred", "Colonel de Hamal"} <= next(
        forms for forms in names.values() if "Alfred" in forms
    )
    # must stay: a title of the other gender names someone else (a mother, a sister)
    text = text.replace("Colonel de Hamal", "Madame de Hamal")
    names = aliases(text, cast_in(text, "Villette"))
    assert "Madame de Hamal" not in next(forms for forms in names.values() if "Alfred" in forms)


def test_a_given_name_only_a_roster_alias_holds_is_that_character() -> None:
    # The roster's canonical name is "Dr. Chilton"; "Thomas" is only in its alias
    # "Thomas Chilton", and no other canon character's names hold it.
    text = (
        "Dr. Chilton stood at the bottom of the garden, and he did not open the gate.\n\n"
        "Aunt Polly watched him from the porch with her hands folded.\n\n"
        '"Thomas," she said at last, "you had better come up."\n\n'
        "Dr. Chilton came up the path slowly.\n"
    )
    names = aliases(text, cast_in(text, "Pollyanna"))
    assert "Thomas" not in names
    assert {"Dr. Chilton", "Thomas"} <= names["Dr. Chilton"]


def test_a_word_two_canon_characters_names_share_names_neither(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cast = roster("Pollyanna")
    assert cast is not None
    assert cast.name_words["thomas"] == "Dr. Chilton"
    assert "whittier" not in cast.name_words  # Pollyanna's, Jennie's and John's surname
    assert "dr" not in cast.name_words and "dr." not in cast.name_words  # a title
    # a made-up roster with no such words joins nothing by them
    made_up = Roster("Made Up", {"mr. hale": "Edward Hale"}, {}, {}, {})
    monkeypatch.setattr(canon_roster, "roster", lambda name: made_up)
    text = "Mr. Hale opened the shop at nine.\n\nThomas swept the step, and he whistled.\n"
    assert "Thomas" in aliases(text, cast_in(text, "Made Up"))


def test_a_french_or_italian_spelling_of_a_roster_given_name_is_that_character() -> None:
    # The roster knows "Lucy Honeychurch"; a suitor who likes Italy calls her "Lucia".
    text = (
        "Lucy carried the racquets out to the lawn and dropped them on the bench.\n\n"
        '"Lucia," said Cecil from his deck chair, "you will spoil the grass."\n\n'
        "She did not answer him. She went back indoors for the balls.\n"
    )
    names = aliases(text, cast_in(text, "A Room with a View"))
    assert "Lucia" not in names
    assert "Lucia" in next(forms for forms in names.values() if "Lucy" in forms)
    # a titled French form: "Miss Snowe" and "Mademoiselle Lucie" are the roster's Lucy Snowe
    cast = roster("Villette")
    assert cast is not None
    assert canon_roster._titled("mademoiselle lucie", cast) == "Lucy Snowe"
    assert canon_roster._titled("monsieur lucie", cast) is None  # a man's title: not her


def test_an_english_spelling_is_no_foreign_roster_name(monkeypatch: pytest.MonkeyPatch) -> None:
    # must stay apart: the English "-y" form is a name of its own ("Mary" is no "Maria"),
    # and "Georgia" is no "Georgy", a boy.
    made_up = Roster(
        "Made Up",
        {"maria hale": "Maria Hale", "georgy": "Georgy Osborne"},
        {"maria": "Maria Hale", "hale": "Maria Hale"},
        {},
        {},
        {"Maria Hale": "f", "Georgy Osborne": "m"},
        {"maria": "Maria Hale", "hale": "Maria Hale", "georgy": "Georgy Osborne"},
    )
    assert canon_roster._respelt("mary", made_up.name_words, made_up) is None
    assert canon_roster._respelt("georgia", made_up.name_words, made_up) is None
    assert canon_roster._respelt("maria", {"mary": "Mary Hale"}, made_up) == "Mary Hale"


ROUND_TABLE = (
    "Bedivere knelt by the water and washed the blood from his hands.\n\n"
    '"Is it done?" Arthur asked him.\n\n'
    '"It is done, my lord," said Bedivere.\n\n'
    "Mordred lay dead on the field behind them, and Lancelot was far over the sea. Arthur "
    "thought of Guinevere in the cold house of the nuns, who would hear of it last of all.\n"
)


def test_an_inferred_canon_re_admits_a_name_its_roster_lists() -> None:
    # No note states the canon: the accepted names point to it, and its roster knows the
    # name seen once in the narration.
    assert "Guinevere" in aliases(ROUND_TABLE, cast_in(ROUND_TABLE))


def test_without_a_canon_a_name_seen_once_stays_out(no_canon: None) -> None:
    assert "Guinevere" not in aliases(ROUND_TABLE, cast_in(ROUND_TABLE))


def test_an_untitled_name_the_roster_gives_another_man_is_split_off() -> None:
    # Called in a line spoken to Bedivere, "Gawain" is joined to him as a pet name; the
    # roster gives it to another knight, and no word of it is one of Bedivere's names.
    text = (
        "Bedivere came back up the hill with the sword still in his hand.\n\n"
        '"I have heard them all go," Arthur said to Bedivere. "Gawain, last night, in my '
        'sleep. Now all the rest."\n\n'
        '"Rest, my lord," said Bedivere. Mordred was dead, and Lucan too.\n'
    )
    names = aliases(text, cast_in(text, "Arthurian Legends"))
    assert "Gawain" not in names.get("Bedivere", set())
    assert "Gawain" in names


def test_a_canon_people_is_no_character_unless_it_speaks() -> None:
    text = (
        "Weena slept by the fire, and the Time Traveller watched the dark between the trees.\n\n"
        "The Morlocks were out there somewhere. The Morlocks did not like the fire.\n\n"
        "Filby would never believe a word of it, the Time Traveller thought.\n"
    )
    assert "Morlocks" not in aliases(text, cast_in(text, "The Time Machine"))


def test_a_canon_ship_is_no_character() -> None:
    text = (
        "Captain Nemo stood at the great window, and Conseil beside him.\n\n"
        "The Nautilus sank slowly through the green water. The Nautilus was never still.\n\n"
        '"Monsieur will see the reef soon," said Conseil to Aronnax.\n'
    )
    assert "Nautilus" not in aliases(text, cast_in(text, "Twenty Thousand Leagues Under the Sea"))


def test_a_name_with_an_honorific_after_it_is_the_canon_character_the_rest_names() -> None:
    # The roster lists "Creighton" (Colonel Creighton); the text calls him "the Colonel"
    # and names him once with "Sahib" after the name.
    text = (
        "The Colonel folded the map and put it in his desk, and the Colonel locked it.\n\n"
        '"Creighton Sahib will not be pleased," said the boy at the door, and ran.\n'
    )
    names = aliases(text, cast_in(text, "Kim"))
    # (after "the" the title's mention takes in the article: ``title_descriptions``)
    assert {"the Colonel", "Creighton Sahib"} <= next(
        forms for forms in names.values() if "the Colonel" in forms
    )


def test_a_canon_only_the_clusters_find_re_admits_its_roster_names(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The names read apart point to no one canon (as "Katya" and "Mitya" point to two
    # Russian novels); the clusters point to one, and its roster still re-admits the name
    # seen once.
    monkeypatch.setattr(characters, "early_canon", lambda *args: None)
    assert "Guinevere" in aliases(ROUND_TABLE, cast_in(ROUND_TABLE))
