"""What a story of a canon the fandom table has not met gets from its characters, and how
a fandom the file or the notes state is spelled: the tests take the canon out of a copy of
the table (``fandom_names.fandom_table``), as a story of a new canon meets it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

from handmade import handmade

from ficshelf.model import Analysis, GivenMetadata, GivenTag, TagType
from ficshelf.understand.fandom import fandoms_of
from ficshelf.understand.fandom_finding import (
    _known_name_words,
    name_words,
    shared_name,
    weak_name,
)
from ficshelf.understand.fandom_names import (
    Fandom,
    fandom_table,
    find_fandom,
    load_fandoms,
    name_key,
)
from ficshelf.understand.fandom_stated import stated_fandoms

POLLYANNA = "Pollyanna - Eleanor H. Porter"
SILAS_MARNER = "Silas Marner - George Eliot"
LITTLE_WOMEN = "Little Women - Louisa May Alcott"
MIDDLEMARCH = "Middlemarch - George Eliot"
OTHELLO = "Othello - Shakespeare"


@contextmanager
def without(*names: str) -> Iterator[None]:
    """The shipped table without the fandoms ``names``."""
    shipped = load_fandoms()
    assert all(any(f.name == n for f in shipped) for n in names)
    with fandom_table(f for f in shipped if f.name not in names):
        yield


def inferred(text: str, names: dict[str, str]) -> dict[str, float]:
    return {f.name: f.confidence for f in fandoms_of(handmade(text, names))}


def tagged(analysis: Analysis, fandom: str) -> Analysis:
    """``analysis`` of a file whose own tags give the fandom ``fandom`` (an AO3 download)."""
    given = GivenMetadata(tags=(GivenTag(TagType.FANDOM, fandom),))
    return replace(analysis, doc=replace(analysis.doc, given=given))


def test_the_table_in_use_can_be_a_copy_without_a_canon() -> None:
    assert find_fandom("Pollyanna") is not None
    with without(POLLYANNA):
        assert find_fandom("Pollyanna") is None
        assert len(load_fandoms()) == len(set(load_fandoms()))
    assert find_fandom("Pollyanna") is not None


def test_titles_kin_titles_and_epithets_are_no_words_of_a_name() -> None:
    assert name_words(name_key("Aunt Polly")) == ["polly"]
    assert name_words(name_key("Old Tom")) == ["tom"]
    assert name_words(name_key("Richard the Lionheart")) == ["richard", "lionheart"]
    assert weak_name(name_key("Aunt Polly")) and weak_name(name_key("Prince John"))
    assert weak_name(name_key("Mr. Brooke")) and weak_name(name_key("the King"))
    assert not weak_name(name_key("Miss Havisham")) and not weak_name(name_key("Tom Sawyer"))


def test_an_aunt_and_an_old_man_of_a_new_canon_tell_no_fandom() -> None:
    # Tom Sawyer has an Aunt Polly and a Tom; so has many a story. Before the table knew
    # Pollyanna, this gave "The Adventures of Tom Sawyer" at 0.501.
    text = (
        "Aunt Polly folded the letter twice. Old Tom leaned on his rake by the gate. "
        "'Is it bad news, Miss Polly?' Tom asked. Aunt Polly did not answer him."
    )
    names = {"Aunt Polly": "Aunt Polly", "Old Tom": "Old Tom", "Tom": "Old Tom"}
    with without(POLLYANNA):
        assert inferred(text, names) == {}


def test_a_full_name_that_differs_votes_for_no_namesake() -> None:
    # "Godfrey Cass" is not The Moonstone's Godfrey Ablewhite, whatever "Mr. Godfrey" says.
    text = (
        "Godfrey Cass came in from the yard. 'Mr. Godfrey,' said Nancy, 'the tea is cold.' "
        "Godfrey sat down without a word, and Nancy poured for him."
    )
    names = {"Godfrey Cass": "Godfrey Cass", "Mr. Godfrey": "Godfrey Cass"}
    names |= {"Godfrey": "Godfrey Cass", "Nancy": "Nancy"}
    with without(SILAS_MARNER):
        assert inferred(text, names) == {}


def test_a_known_characters_name_words_follow_the_table_in_use() -> None:
    # (worked out per known character when a story's name first matches it, and forgotten
    # when the table changes, as the whole table's were)
    harbour = Fandom(
        "Harbour Lights - Invented", (), (("Wilmot Tresk", ("Old Wil", "Captain Tresk")),)
    )
    with fandom_table([harbour]):
        words = _known_name_words(harbour.name, "Wilmot Tresk")
        assert words == {"wilmot", "tresk", "old", "wil", "captain"}
        assert _known_name_words(harbour.name, "Ned Pike") == frozenset()
    with fandom_table([replace(harbour, characters=(("Wilmot Tresk", ("Willie",)),))]):
        assert _known_name_words(harbour.name, "Wilmot Tresk") == {"wilmot", "tresk", "willie"}


def test_one_character_by_a_weak_name_tells_no_fandom() -> None:
    # Little Women's tutor: "Mr. Brooke" is Middlemarch's too, and "Brooke" three of its
    # people's; before, this gave Middlemarch at 0.518.
    text = (
        "Mr. Brooke bowed to the girls and went out. Brooke was always punctual, and "
        "Brooke never forgot a lesson."
    )
    with without(LITTLE_WOMEN):
        assert inferred(text, {"Mr. Brooke": "John Brooke", "Brooke": "John Brooke"}) == {}
        assert inferred(text, {"Mr. Brooke": "Mr. Brooke", "Brooke": "Mr. Brooke"}) == {}


def test_a_surname_several_canons_share_tells_no_fandom() -> None:
    # Emma has a Miss and a Mrs. Bates, Oliver Twist a Charley Bates, and many a story a
    # Bates family of its own: "Miss Bates" with her mother is no Emma story.
    text = (
        "Miss Bates set the kettle on and talked of the weather. Mrs. Bates nodded in her "
        "chair by the fire, and Miss Bates talked on."
    )
    names = {"Miss Bates": "Miss Bates", "Mrs. Bates": "Mrs. Bates"}
    assert shared_name(name_words(name_key("Miss Bates")))
    assert not shared_name(name_words(name_key("Miss Havisham")))
    assert inferred(text, names) == {}
    # names canons share tell one when enough of the story's people agree on it
    isle = (
        "Prospero watched the sea. Ariel sang above the rocks, Miranda slept, and "
        "Ferdinand carried logs up from the shore for Prospero."
    )
    four = {n: n for n in ("Prospero", "Ariel", "Miranda", "Ferdinand")}
    assert shared_name(name_words(name_key("Prospero")))
    assert "The Tempest - Shakespeare" in inferred(isle, four)
    # beside a name only that canon has, the Bateses still count for it
    known = text + " Mr. Knightley came in from the rain."
    assert "Emma - Jane Austen" in inferred(known, names | {"Mr. Knightley": "Mr. Knightley"})


def test_several_characters_of_a_canon_still_tell_it() -> None:
    text = (
        "Dorothea Brooke laid down the plans for the cottages. Celia watched her from the "
        "window, and Mr. Casaubon went on reading in the library."
    )
    names = {"Dorothea Brooke": "Dorothea Brooke", "Celia": "Celia"}
    names["Mr. Casaubon"] = "Mr. Casaubon"
    with without(LITTLE_WOMEN):
        assert MIDDLEMARCH in inferred(text, names)


def test_a_title_and_author_the_table_writes_otherwise_is_the_known_fandom() -> None:
    found = find_fandom("Othello - William Shakespeare")
    assert found is not None and found.name == OTHELLO
    assert find_fandom("Othello - Someone Else") is None


def othello_scene() -> Analysis:
    """A scene whose characters tell Othello, with no note."""
    text = (
        "Emilia took the pins from Desdemona's hair. Iago was below with the soldiers, and "
        "Michael Cassio sang louder than any of them. Desdemona did not look round."
    )
    names = {n: n for n in ("Emilia", "Desdemona", "Iago", "Michael Cassio")}
    return handmade(text, names)


def test_the_files_own_fandom_tag_spells_the_fandom() -> None:
    analysis = othello_scene()
    assert [f.name for f in fandoms_of(analysis)] == [OTHELLO]
    analysis = tagged(analysis, "Othello - William Shakespeare")
    assert [f.name for f in fandoms_of(analysis)] == ["Othello - William Shakespeare"]


CASTERBRIDGE = "The Mayor of Casterbridge - Thomas Hardy"
BARCHESTER = "Barchester Towers - Anthony Trollope"


def stated(text: str) -> list[str]:
    return [f.name for f in stated_fandoms(handmade(text, {"Mara": "Mara Quill"}))]


def test_a_new_canon_stated_with_its_authors_possessive_gets_the_ao3_form() -> None:
    # The table knows Thomas Hardy by his other novels: "Hardy's" is no guess.
    text = (
        "A Mayor of Casterbridge fic by wessex_reader\n\n"
        "Disclaimer: Hardy's, not mine.\n\nMara waited by the window."
    )
    with without(CASTERBRIDGE):
        assert stated(text) == ["Mayor of Casterbridge - Thomas Hardy"]
        with_the = text + " She had read The Mayor of Casterbridge twice."
        assert stated(with_the) == [CASTERBRIDGE]


def test_an_author_the_table_does_not_know_is_taken_as_written() -> None:
    text = (
        "Barchester Towers fanfiction | by archdeaconry\n\n"
        "Disclaimer: Barchester and its clergy belong to Anthony Trollope.\n\nMara waited."
    )
    with without(BARCHESTER):
        assert stated(text) == [BARCHESTER]
    blackmore = (
        "A Harrowgate Chronicles fic, by quill\n\n"
        "Disclaimer: Harrowgate is R. D. Blackmore’s, and so is the moor.\n\nMara waited."
    )
    assert stated(blackmore) == ["Harrowgate Chronicles - R. D. Blackmore"]


def test_no_author_is_invented() -> None:
    plain = "A/N: first time writing for Harrowgate Chronicles!\n\nMara waited by the window."
    assert stated(plain) == ["Harrowgate Chronicles"]
    # the story's writer, a character's possessive, a titled character and two authors
    # are no author of the work
    writer = "A Harrowgate Chronicles fic by Quill Penwright\n\nMara waited."
    assert stated(writer.replace("by Quill", "by quill")) == ["Harrowgate Chronicles"]
    character = (
        "A/N: a Harrowgate Chronicles fic. Mara's garden, Lady Sneerwell's drawing room."
        "\n\nMara waited."
    )
    assert stated(character) == ["Harrowgate Chronicles"]
    two = "A/N: a Harrowgate Chronicles fic. Hardy's moors, Trollope's clergy.\n\nMara waited."
    assert stated(two) == ["Harrowgate Chronicles"]


def test_the_fandom_of_the_writers_other_work_is_not_this_storys() -> None:
    text = (
        "A/N: thank you to everyone who still comments on my old Helstone fic!\n\n"
        "Mara waited by the window."
    )
    assert stated(text) == []
    assert stated(text.replace("my old Helstone fic", "this Helstone fic")) == ["Helstone"]


def test_an_author_is_looked_for_in_hostile_notes_without_trouble() -> None:
    for run in ("Q" * 200_000, "Q. " * 50_000, "Qq Q.Q " * 20_000):
        endless = f"A Harrowgate Chronicles fic\n\nA/N: {run}'s\n\nMara waited."
        assert stated(endless) == ["Harrowgate Chronicles"]
    assert stated("") == [] and stated("A/N:\n\n") == []


def test_a_known_authors_shorter_name_ends_on_whole_words() -> None:
    # "May Alcott" is Louisa May Alcott; "Mas Hardy" and "Beth Gaskell" are other people,
    # whose names only end in the letters of a known author's.
    def text(author: str) -> str:
        return (
            "A Harrowgate Chronicles fic, by quill\n\n"
            f"Disclaimer: Harrowgate belongs to {author}.\n\nMara waited."
        )

    assert stated(text("May Alcott")) == ["Harrowgate Chronicles - Louisa May Alcott"]
    assert stated(text("Mas Hardy")) == ["Harrowgate Chronicles - Mas Hardy"]
    assert stated(text("Beth Gaskell")) == ["Harrowgate Chronicles - Beth Gaskell"]


def test_an_author_credited_with_a_civil_title_is_known_by_the_name() -> None:
    # the civil titles are the one table of name_tables, English and borrowed alike
    def text(author: str) -> str:
        return (
            "A Harrowgate Chronicles fic, by quill\n\n"
            f"Disclaimer: Harrowgate belongs to {author}.\n\nMara waited."
        )

    assert stated(text("Mrs. Gaskell")) == ["Harrowgate Chronicles - Elizabeth Gaskell"]
    assert stated(text("Monsieur Dumas")) == ["Harrowgate Chronicles - Alexandre Dumas"]
    assert stated(text("Sir Walter Scott")) == ["Harrowgate Chronicles - Walter Scott"]


def test_a_work_a_note_names_in_passing_is_no_fandom_when_the_file_tags_its_own() -> None:
    text = (
        "A/N: Sorry this took so long. I am meant to be finishing an essay on Beowulf "
        "tonight, so this is my reward.\n\n"
        "Emilia took the pins from Desdemona's hair. Iago was below with the soldiers, and "
        "Michael Cassio sang louder than any of them. Desdemona did not look round."
    )
    names = {n: n for n in ("Emilia", "Desdemona", "Iago", "Michael Cassio")}
    analysis = handmade(text, names)
    assert "Beowulf" in [f.name for f in stated_fandoms(analysis)]  # the note is all we have
    analysis = tagged(analysis, "Othello - William Shakespeare")
    assert [f.name for f in fandoms_of(analysis)] == ["Othello - William Shakespeare"]
    # a fandom the file tags keeps the note's words as its evidence
    analysis = tagged(analysis, "Beowulf")
    assert "Beowulf" in [f.name for f in stated_fandoms(analysis)]


def test_a_fandom_the_characters_tell_is_dropped_when_the_files_own_tags_omit_it() -> None:
    analysis = othello_scene()
    assert [f.name for f in fandoms_of(analysis)] == [OTHELLO]
    # an AO3 download tagged with a retelling the table has not met: its people are the
    # retelling's, as the library reads the file's own tags (which the report lists)
    analysis = tagged(analysis, "The Moor of Harrowgate - Quentin Marsh")
    assert fandoms_of(analysis) == []
