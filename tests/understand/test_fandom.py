"""The "fandom" stage and its table: stated fandoms from bylines and notes, canonical names,
fandoms inferred from the characters, crossovers, and the table's own consistency."""

from __future__ import annotations

import pytest
from handmade import handmade

from ficshelf.model import RawDocument
from ficshelf.understand import analyze
from ficshelf.understand.canon_roster import story_canon
from ficshelf.understand.fandom import fandoms_of, find_fandoms, known_characters
from ficshelf.understand.fandom_finding import MAX_EVIDENCE, fandoms_named_by
from ficshelf.understand.fandom_names import (
    FANDOMS,
    canon_friends,
    canon_relation,
    character_index,
    fandom_character_words,
    fandom_characters,
    find_fandom,
    name_key,
)

SHERLOCK = "Sherlock Holmes - Arthur Conan Doyle"
DRACULA = "Dracula - Bram Stoker"
PERSUASION = "Persuasion - Jane Austen"


def names_of(text: str, names: dict[str, str] | None = None) -> dict[str, float]:
    analysis = handmade(text, names or {"Mara": "Mara Quill"})
    return {f.name: f.confidence for f in fandoms_of(analysis)}


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Peter Pan", "Peter Pan - J. M. Barrie"),
        ("the three musketeers", "The Three Musketeers - Alexandre Dumas"),
        ("Sherlock Holmes’s", SHERLOCK),
        ("Little Women fanfic", "Little Women - Louisa May Alcott"),
        ("Pride & Prejudice", "Pride and Prejudice - Jane Austen"),
        ("Arthurian legend", "Arthurian Mythology & Legends"),
        ("Wizard of Oz", "The Wonderful Wizard of Oz - L. Frank Baum"),
        (DRACULA, DRACULA),
        ("King Lear", "King Lear - Shakespeare"),
        ("Much Ado", "Much Ado About Nothing - Shakespeare"),
        ("Importance of Being Earnest", "The Importance of Being Earnest - Oscar Wilde"),
        ("Notre Dame de Paris", "The Hunchback of Notre-Dame - Victor Hugo"),
    ],
)
def test_aliases_find_the_canonical_name(written: str, canonical: str) -> None:
    fandom = find_fandom(written)
    assert fandom is not None and fandom.name == canonical


def test_unknown_names_find_nothing() -> None:
    assert find_fandom("Harrowgate Chronicles") is None
    assert find_fandom("") is None


def test_a_byline_names_a_known_fandom() -> None:
    text = "Salt Roads\n\nA Peter Pan fic by quillwright\n\nMara waited by the window."
    assert names_of(text) == {"Peter Pan - J. M. Barrie": 0.95}


def test_a_chatty_note_and_a_byline_name_new_fandoms() -> None:
    text = (
        "ok so this is my first Much Ado fic!! I wrote it on a train, sorry for typos\n\n"
        "~~~\n\nMara waited by the window."
    )
    assert names_of(text) == {"Much Ado About Nothing - Shakespeare": 0.95}
    text = "Salt Roads\n\na King Lear fic by quillwright\n\nMara waited by the window."
    assert names_of(text) == {"King Lear - Shakespeare": 0.95}


def test_a_note_names_a_fandom_in_passing() -> None:
    text = (
        "Disclaimer: Sherlock Holmes belongs to its author, not me.\n\n"
        "Mara waited by the window, and the fog came up the street."
    )
    assert names_of(text) == {SHERLOCK: 0.95}


def test_an_unknown_stated_fandom_keeps_its_written_name() -> None:
    text = "A/N: first time writing for Harrowgate Chronicles!\n\nMara waited by the window."
    assert names_of(text) == {"Harrowgate Chronicles": 0.8}


def test_a_shorter_name_of_a_stated_fandom_is_the_same_fandom() -> None:
    text = (
        "Harrowgate Chronicles fanfiction | by quill\n\n"
        "Disclaimer: Harrowgate and its people belong to somebody else.\n\n"
        "Mara waited by the window."
    )
    assert names_of(text) == {"Harrowgate Chronicles": 0.8}
    two = "A/N: a Harrowgate fic, and a Harrowgate Chronicles fic.\n\nMara waited."
    assert names_of(two) == {"Harrowgate Chronicles": 0.8}


def test_a_stated_list_of_characters_is_not_a_fandom() -> None:
    text = (
        "Disclaimer: Sherlock Holmes, Dr. Watson and Mrs. Hudson belong to Arthur Conan Doyle."
        "\n\nMara waited by the window."
    )
    assert names_of(text) == {SHERLOCK: 0.95}


def test_the_characters_tell_the_fandom_with_evidence() -> None:
    text = (
        "Jo March looked up from her writing. Beth was asleep by the fire, and Meg was "
        "darning by the lamp. Laurie knocked at the window."
    )
    names = {n: n for n in ("Jo March", "Beth", "Meg", "Laurie")}
    analysis = handmade(text, names)
    (found,) = fandoms_of(analysis)
    assert found.name == "Little Women - Louisa May Alcott"
    assert 0.5 <= found.confidence <= 0.95
    assert {text[s:e] for s, e in found.evidence} == set(names)
    spans = find_fandoms(analysis)["fandoms"]
    assert {s.label for s in spans} == {found.name}
    assert {s.score for s in spans} == {found.confidence}


def test_everyday_names_alone_tell_no_fandom() -> None:
    text = "John and Mary walked to the shop. Elizabeth waved at them."
    names = {n: n for n in ("John", "Mary", "Elizabeth")}
    assert fandoms_of(handmade(text, names)) == []


def test_a_crossover_gets_both_fandoms() -> None:
    text = (
        "Holmes lit his pipe while Watson read the letter aloud. Mina Harker had written "
        "it, and Van Helsing had added a line. Mrs. Hudson brought the tea."
    )
    names = {
        "Holmes": "Sherlock Holmes",
        "Watson": "John Watson",
        "Mina Harker": "Mina Harker",
        "Van Helsing": "Abraham Van Helsing",
        "Mrs. Hudson": "Mrs. Hudson",
    }
    assert set(names_of(text, names)) == {SHERLOCK, DRACULA}


def test_known_characters_maps_story_names_to_canon() -> None:
    text = "Beth coughed. Jo March held her hand, and Meg March brought the tea."
    names = {"Beth": "Beth", "Jo March": "Jo March", "Meg March": "Meg March"}
    known = known_characters(handmade(text, names))
    assert known["Beth"] == [("Little Women - Louisa May Alcott", "Elizabeth March")]
    assert known["Jo March"] == [("Little Women - Louisa May Alcott", "Josephine March")]


def test_a_civil_title_before_a_name_canon_lists_is_that_character() -> None:
    # "Floy" is a listed name of Florence Dombey: "Miss Floy" is she. "Wildeve" is Damon
    # Wildeve's surname: "Mrs. Wildeve" is his wife (or mother), not he.
    dombey = "Dombey and Son - Charles Dickens"
    text = "Miss Floy poured the tea. Captain Cuttle took his cup and thanked her."
    names = {"Miss Floy": "Miss Floy", "Captain Cuttle": "Captain Cuttle"}
    known = known_characters(handmade(text, names), [dombey])
    assert known["Miss Floy"] == [(dombey, "Florence Dombey")]
    native = "The Return of the Native - Thomas Hardy"
    text = "Mrs. Wildeve stood at the door. Diggory Venn touched his hat to her."
    names = {"Mrs. Wildeve": "Mrs. Wildeve", "Diggory Venn": "Diggory Venn"}
    known = known_characters(handmade(text, names), [native])
    assert "Mrs. Wildeve" not in known
    assert known["Diggory Venn"] == [(native, "Diggory Venn")]


def test_the_stage_runs_on_hostile_text() -> None:
    for text in ("", "A fic by", "Fandom: " + "X" * 10_000, "THEY FIC BY ME\n\nTHE END."):
        analysis = analyze(RawDocument(text, "x.txt", "txt"))
        for span in analysis.layer("fandoms"):
            assert 0 <= span.start <= span.end <= len(text)
            assert 0 < span.score <= 1


def test_table_is_consistent() -> None:
    names = [f.name for f in FANDOMS]
    assert len(names) == len(set(names))
    for fandom in FANDOMS:
        assert find_fandom(fandom.name) is fandom
        characters = {canonical for canonical, _ in fandom.characters}
        assert len(characters) == len(fandom.characters), fandom.name
        for a, b, kind in fandom.relations:
            assert {a, b} <= characters, (fandom.name, a, b)
            assert kind in ("romantic", "family")
            assert canon_relation(fandom.name, b, a) == kind
    assert all(key == name_key(key) for key in character_index())


def test_character_lookups() -> None:
    women = fandom_characters("Little Women")
    assert women[name_key("Laurie")] == "Theodore Laurence"
    words = fandom_character_words(DRACULA)
    assert words["lucy"] == "Lucy Westenra"
    assert "harker" not in words  # Jonathan and Mina share it
    assert fandom_characters("Harrowgate Chronicles") == {}
    assert canon_relation(DRACULA, "Mina Harker", "Jonathan Harker") == "romantic"
    assert canon_relation(DRACULA, "Mina Harker", "Lucy Westenra") is None
    assert canon_friends(DRACULA, "Mina Harker", "Lucy Westenra")
    assert canon_friends(DRACULA, "Lucy Westenra", "Mina Harker")
    assert not canon_friends(DRACULA, "Mina Harker", "Jonathan Harker")
    assert not canon_friends("Harrowgate Chronicles", "Mina Harker", "Lucy Westenra")


GREAT_EXPECTATIONS = "Great Expectations - Charles Dickens"


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Hamlet", "Hamlet - Shakespeare"),
        ("Hamlet - William Shakespeare", "Hamlet - Shakespeare"),  # the table's old name
        ("Romeo & Juliet", "Romeo and Juliet - Shakespeare"),
        ("Oliver Twist", "Oliver Twist - Charles Dickens"),
        ("the scottish play", "Macbeth - Shakespeare"),
        ("Les Mis fic", "Les Misérables - Victor Hugo"),
        ("20,000 Leagues Under the Sea", "Twenty Thousand Leagues Under the Sea - Jules Verne"),
        ("Arabian Nights", "One Thousand and One Nights"),
        ("Story of the Stone", "Dream of the Red Chamber - Cao Xueqin"),
        ("Old Testament", "Bible (Old Testament)"),
    ],
)
def test_the_grown_table_knows_more_canons(written: str, canonical: str) -> None:
    fandom = find_fandom(written)
    assert fandom is not None and fandom.name == canonical


def test_a_byline_names_a_newly_known_fandom_by_its_ao3_name() -> None:
    text = "Salt Roads\n\nAn Oliver Twist fic by quillwright\n\nMara waited by the window."
    assert names_of(text) == {"Oliver Twist - Charles Dickens": 0.95}


def test_a_note_thanking_someone_named_like_a_canon_states_no_fandom() -> None:
    text = (
        "Author's note: thanks to Heidi for the beta, and to Homer for the title.\n\n"
        "Mara waited by the window."
    )
    assert names_of(text) == {}
    text = "Summary: Mara is Kidnapped, and nobody notices.\n\nMara waited by the window."
    assert names_of(text) == {}
    text = "Salt Roads\n\nA Heidi fic by quillwright\n\nMara waited by the window."
    assert names_of(text) == {"Heidi - Johanna Spyri": 0.95}


def test_pip_estella_and_miss_havisham_tell_great_expectations() -> None:
    text = (
        "Pip climbed the stair with the candle. Estella walked ahead and did not look back. "
        "Miss Havisham sat by the stopped clocks and watched them both."
    )
    names = {n: n for n in ("Pip", "Estella", "Miss Havisham")}
    (found,) = fandoms_of(handmade(text, names))
    assert found.name == GREAT_EXPECTATIONS
    known = known_characters(handmade(text, names))
    assert known["Miss Havisham"] == [(GREAT_EXPECTATIONS, "Miss Havisham")]


def test_a_john_and_a_mary_tell_no_fandom_in_the_grown_table() -> None:
    text = "John put the kettle on. Mary laughed at him from the doorway."
    assert fandoms_of(handmade(text, {"John": "John", "Mary": "Mary"})) == []


def test_plain_given_names_shared_with_a_canon_tell_no_fandom() -> None:
    # Rachel, Leah, Isaac and Benjamin are all in Genesis, and in any modern family.
    names = {n: n for n in ("Rachel", "Leah", "Isaac", "Benjamin")}
    text = "Rachel and Leah argued over dinner. Isaac and Benjamin cleared the plates."
    assert fandoms_of(handmade(text, names)) == []


def test_full_names_from_a_new_canon_tell_it() -> None:
    names = {n: n for n in ("Olga Prozorova", "Irina Prozorova", "Masha Prozorova", "Vershinin")}
    text = (
        "Olga Prozorova corrected the exercise books. Irina Prozorova dreamed of Moscow. "
        "Masha Prozorova whistled, and Vershinin talked about the future."
    )
    (found,) = fandoms_of(handmade(text, names))
    assert found.name == "Three Sisters - Anton Chekhov"


def test_a_canon_family_of_a_new_fandom_is_known() -> None:
    assert canon_relation("Great Expectations - Charles Dickens", "Estella", "Miss Havisham") == (
        "family"
    )
    assert canon_relation("Macbeth - Shakespeare", "Macbeth", "Lady Macbeth") == "romantic"
    assert canon_relation("Macbeth - Shakespeare", "Macbeth", "Banquo") is None


def test_a_word_of_a_known_name_does_not_map_a_different_full_name() -> None:
    text = "Holmes read the letter. James Pennington waited, and James lit the lamp."
    names = {
        "Holmes": "Sherlock Holmes",
        "James Pennington": "James Pennington",
        "James": "James Pennington",
    }
    known = known_characters(handmade(text, names), [SHERLOCK])
    assert "James Pennington" not in known  # "James" is a word of James Moriarty only
    assert known["Sherlock Holmes"] == [(SHERLOCK, "Sherlock Holmes")]
    text = "Walter Elliot admired the mirror. Walter smiled at himself."
    names = {"Walter Elliot": "Walter Elliot", "Walter": "Walter Elliot"}
    known = known_characters(handmade(text, names), [PERSUASION])
    assert known["Walter Elliot"] == [(PERSUASION, "Sir Walter Elliot")]


def test_a_note_naming_two_canons_in_passing_states_both() -> None:
    text = (
        "Disclaimer: The Count of Monte Cristo and Dracula belong to their authors; "
        "Draculas and Hamletting are my own words.\n\nMara waited by the window."
    )
    assert names_of(text) == {
        "The Count of Monte Cristo - Alexandre Dumas": 0.95,
        DRACULA: 0.95,
    }


def test_two_canons_sharing_a_cast_are_told_apart() -> None:
    names = ("Huck Finn", "Jim", "Tom Sawyer", "Aunt Sally", "Pap Finn")
    text = (
        "Huck Finn and Jim drifted on the raft. Tom Sawyer had stayed behind with Aunt Sally. "
        "Pap Finn was dead."
    )
    assert list(names_of(text, {n: n for n in names})) == [
        "Adventures of Huckleberry Finn - Mark Twain"
    ]
    names = ("Tom Sawyer", "Huck Finn", "Becky Thatcher", "Aunt Polly")
    text = (
        "Tom Sawyer whitewashed the fence. Huck Finn watched. Becky Thatcher laughed, and "
        "Aunt Polly called."
    )
    assert list(names_of(text, {n: n for n in names})) == [
        "The Adventures of Tom Sawyer - Mark Twain"
    ]


def test_first_names_a_play_also_uses_tell_no_fandom() -> None:
    names = {n: n for n in ("Miranda", "Sebastian", "Antonio", "Daniel")}
    text = "Miranda, Sebastian and Antonio had lunch with Daniel on the terrace."
    assert fandoms_of(handmade(text, names)) == []


def test_every_everyday_first_name_is_a_plain_name() -> None:
    """``fandoms_named_by`` reads a name as plain (no distinctive evidence) with
    ``plain_name`` alone, which holds only while the everyday names are plain ones."""
    from ficshelf.understand.fandom_finding import COMMON_FIRST_NAMES, plain_name

    assert all(plain_name(name) for name in COMMON_FIRST_NAMES)


def test_a_stated_fandom_ends_at_an_exclamation() -> None:
    text = (
        "A/N: First time writing for Zenda! I could not stop thinking about the moat.\n\n"
        "Colonel Sapt drank his coffee cold and looked at the castle across the water.\n"
    )
    names = [f.name for f in fandoms_of(analyze(RawDocument(text, "x.txt", "txt")))]
    assert names == ["The Prisoner of Zenda - Anthony Hope"]


def test_inferred_evidence_is_each_first_mention_then_the_next_ones_in_text_order() -> None:
    # Many mentions of a few characters and one the table does not know: the evidence is the
    # first mention of each matched character (in the order they first appear), then their
    # further mentions in text order, MAX_EVIDENCE in all (one pass over the layer would give
    # the same).
    line = "Beth sang while Meg sewed, and Pell the cat watched Laurie and Jo March. "
    text = line * 6
    names = {n: n for n in ("Jo March", "Beth", "Meg", "Laurie", "Pell")}
    analysis = handmade(text, names)
    (found,) = fandoms_of(analysis)
    mentions = analysis.layers["mentions"]
    matched = {"Jo March", "Beth", "Meg", "Laurie"}
    firsts: dict[str, tuple[int, int]] = {}
    others: list[tuple[int, int]] = []
    for m in mentions:
        if m.label in matched and m.label not in firsts:
            firsts[m.label] = (m.start, m.end)
        elif m.label in matched and len(others) < MAX_EVIDENCE:
            others.append((m.start, m.end))
    expected = list(firsts.values())[:MAX_EVIDENCE]
    expected += others[: MAX_EVIDENCE - len(expected)]
    assert found.evidence == sorted(expected)
    assert len(found.evidence) == MAX_EVIDENCE
    assert all(text[s:e] != "Pell" for s, e in found.evidence)


@pytest.mark.parametrize("surname", ["Thornton", "Crawford", "Gibson"])
def test_one_character_by_a_surname_two_canon_people_share_tells_no_fandom(surname: str) -> None:
    # The canon lists two people of the surname (a man and his mother, two brothers): the
    # one story character's name fits both, but it is still one character of the story.
    name = f"Mr. {surname}"
    text = (
        f"{name} came in out of the rain. {surname} shook out his coat, and the housekeeper "
        f"took it from him. {name} sat down by the fire and said nothing for an hour."
    )
    assert names_of(text, {name: name, surname: name}) == {}


def test_the_full_name_of_the_story_s_main_person_tells_the_canon() -> None:
    # One character, but the story is about him and the canon's cast gives his full name.
    text = (
        "Gabriel Oak counted the ewes twice before dark. Oak had lost two in the last storm, "
        "and the shepherd's lantern swung in the wind. A farmer from Weatherbury stopped at "
        "the gate to talk about the price of wool, and Gabriel Oak listened and said little."
    )
    (found, *_) = fandoms_of(handmade(text, {"Gabriel Oak": "Gabriel Oak", "Oak": "Gabriel Oak"}))
    assert found.name == "Far from the Madding Crowd - Thomas Hardy"
    assert found.confidence == 0.5


def test_the_full_name_of_a_minor_person_alone_tells_no_canon() -> None:
    # Mary Lennox is named once in passing in a story about somebody else.
    text = (
        "Edith Crale walked to the station in the rain. Edith bought a paper and read it on "
        "the platform, and Edith thought about her sister. At the bookstall a girl asked for "
        "Mary Lennox, who had gone home early. Edith caught the late train."
    )
    names = {"Edith Crale": "Edith Crale", "Edith": "Edith Crale", "Mary Lennox": "Mary Lennox"}
    assert fandoms_of(handmade(text, names)) == []


def test_one_main_person_by_a_full_name_gives_the_tag_but_not_the_roster() -> None:
    # The roster rewrites a story's clusters ("Mrs. Lennox" would join Mary Lennox): one
    # name is enough for the fandom tag, not for the characters stage's canon.
    names = {"Mary Lennox": {"mary lennox", "mary"}}
    salience = {"Mary Lennox": 1.0}
    (found,) = fandoms_named_by(names, salience)
    assert found[0] == "The Secret Garden - Frances Hodgson Burnett"
    assert fandoms_named_by(names, salience, lone_full_name=False) == []
    assert story_canon((), names, salience) is None


@pytest.mark.parametrize(
    "key",
    [
        "john",
        "prince john",
        "polly",
        "aunt polly",
        "old tom",
        "the king",
        "havisham",
        "tom sawyer",
        "mr brooke",
        "richard the lionheart",
        "wardle",
        "jo march",
    ],
)
def test_a_key_s_figures_are_those_the_weight_and_weak_name_give(key: str) -> None:
    # (speed31a: ``fandoms_named_by`` works out a key's worth once, not once per known
    # character it matches; the weight of each match is the one the stage gave before it)
    from ficshelf.understand.fandom_finding import (
        COMMON_FIRST_NAMES,
        COMMON_NAME_WEIGHT,
        PLAIN_NAME_WEIGHT,
        _capped_weight,
        _key_figures,
        name_words,
        weak_name,
    )

    def weight(listed: bool, fandoms: int) -> float:
        # the weight of one match as written before the figures were worked out per key
        found = 1.0 / fandoms
        if not listed:
            found /= 2
        words = name_words(key)
        if len(words) == 1 and words[0] in COMMON_FIRST_NAMES:  # "john", "prince john"
            found = min(found, COMMON_NAME_WEIGHT)
        elif weak_name(key):  # "polly", "aunt polly", "old tom"
            found = min(found, PLAIN_NAME_WEIGHT)
        return found

    weak, cap, full = _key_figures(key)
    assert weak == weak_name(key)
    assert full == (not weak and len(name_words(key)) >= 2)
    assert cap in (COMMON_NAME_WEIGHT, PLAIN_NAME_WEIGHT, None)
    assert (cap is None) == (not weak)
    for entry in character_index().get(key, ()):
        for fandoms in (1, 2, 3):
            assert _capped_weight(entry.listed, fandoms, cap) == weight(entry.listed, fandoms)


def test_a_key_s_cap_is_the_common_name_s_then_the_plain_name_s() -> None:
    from ficshelf.understand.fandom_finding import (
        COMMON_NAME_WEIGHT,
        PLAIN_NAME_WEIGHT,
        _capped_weight,
        _key_figures,
    )

    assert _key_figures("prince john") == (True, COMMON_NAME_WEIGHT, False)
    assert _key_figures("aunt polly") == (True, PLAIN_NAME_WEIGHT, False)
    assert _key_figures("tom sawyer") == (False, None, True)
    assert _key_figures("havisham") == (False, None, False)
    assert _capped_weight(False, 1, None) == 0.5
    assert _capped_weight(True, 4, PLAIN_NAME_WEIGHT) == 0.25
    assert _capped_weight(True, 1, COMMON_NAME_WEIGHT) == COMMON_NAME_WEIGHT


def test_a_one_word_name_votes_only_for_a_namesake() -> None:
    # A story's governess called by one name, whom a teasing line also calls "Diogenes":
    # her one name is no word of the dog's, so the dog's canon gets no vote from her (the
    # Paul and the Polly beside her are everyday names and tell no canon on their own).
    names = {
        "Mademoiselle Aurore": {"mademoiselle aurore", "aurore", "diogenes"},
        "Paul": {"paul"},
        "Polly": {"polly"},
    }
    salience = {"Mademoiselle Aurore": 0.9, "Paul": 0.6, "Polly": 0.2}
    found = [fandom for fandom, _, _ in fandoms_named_by(names, salience)]
    assert "Dombey and Son - Charles Dickens" not in found
    # The namesake's own name still votes: Diogenes is Diogenes.
    names["Diogenes"] = {"diogenes"}
    names["Mademoiselle Aurore"] = {"mademoiselle aurore", "aurore"}
    names["Florence"] = {"florence dombey", "florence"}
    found = [fandom for fandom, _, _ in fandoms_named_by(names, salience)]
    assert "Dombey and Son - Charles Dickens" in found
