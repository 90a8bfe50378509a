"""Works a story's notes name with their author ("Title (Author)", "Title by Author",
"Author's Title" …) and works they name in passing, read as the story's fandom in AO3's
"Title - Author" form when the fandom table has not met the canon (``fandom_works``)."""

from __future__ import annotations

from handmade import handmade

from ficshelf.understand.fandom_names import find_fandom
from ficshelf.understand.fandom_stated import stated_fandoms

WORK = "Harrowgate Hall - Quentin Marsh"  # a work and an author the table does not know


def stated(notes: str) -> list[str]:
    text = f"{notes}\n\nMara waited by the window. The rain kept on.\n\nShe left at dawn."
    return [f.name for f in stated_fandoms(handmade(text, {"Mara": "Mara Quill"}))]


def test_the_invented_work_is_unknown_to_the_table() -> None:
    assert find_fandom("Harrowgate Hall") is None and find_fandom(WORK) is None


def test_a_work_credited_with_its_author_is_the_fandom_in_ao3_form() -> None:
    for note in (
        "A/N: Harrowgate Hall (Quentin Marsh) has lived in my head since school.",
        "A/N: I wept over Harrowgate Hall by Quentin Marsh all weekend, so here we are.",
        "Disclaimer: Harrowgate Hall is by Quentin Marsh, not me.",
        "A/N: Quentin Marsh's Harrowgate Hall is the best book nobody has read.",
        "A/N: a Harrowgate Hall (Quentin Marsh) fic, set after the novel's last chapter.",
        "Fandom: Harrowgate Hall - Quentin Marsh",
    ):
        assert stated(note) == [WORK], note
    # the words that lead the sentence are no part of the title; a title's own
    # abbreviations are
    assert stated("A/N: Based on Harrowgate Hall by Quentin Marsh.") == [WORK]
    assert stated("A/N: Spoilers for Harrowgate Hall by Quentin Marsh!") == [WORK]
    affair = "A/N: The Strange Affair of Dr. Fell by Quentin Marsh, sort of."
    assert stated(affair) == ["The Strange Affair of Dr. Fell - Quentin Marsh"]
    # an initial opens an author's name as well as a given name does
    assert stated("A/N: Harrowgate Hall (Q. R. Marsh) again!") == ["Harrowgate Hall - Q. R. Marsh"]
    # a known author by the surname only one of the table's authors has
    assert stated("A/N: my take on Harrowgate Hall (Trollope).") == [
        "Harrowgate Hall - Anthony Trollope"
    ]


def test_a_credited_work_and_a_fic_statement_are_one_fandom() -> None:
    note = "A Harrowgate Hall fic by quill\n\nDisclaimer: Harrowgate Hall is by Quentin Marsh."
    assert stated(note) == [WORK]


def test_a_title_a_song_or_a_picture_credited_in_a_note_is_no_canon() -> None:
    for note in (
        "A/N: Title from Harrowgate Hall by Quentin Marsh, a song I love.",
        "A/N: Cover art by Quentin Marsh, who is a genius.",
        "A/N: Inspired by Quentin Marsh and her terrible cat.",
        "A/N: the lyrics are from Grey Morning by Quentin Marsh.",
        "A/N: spoilers up to Book Eight (Quentin Marsh) ahead.",
    ):
        assert stated(note) == [], note
    # a title never runs across a sentence's end
    assert stated("A/N: Happy birthday, Anna Lee! Chapter One by Quentin Marsh.") == []
    # "everything", "everyone" and "nothing" are no work a disclaimer gives away
    assert stated("Disclaimer: Everything belongs to Quentin Marsh.") == []
    # the story's own writer is no author of the work
    assert stated("A Harrowgate Hall fic by Quentin Marsh") == ["Harrowgate Hall"]
    # nor a name whose first word is neither a given name nor an initial
    assert stated("A/N: Harrowgate Hall (Revised Edition) ahead.") == []


def test_people_credited_to_an_author_are_no_work() -> None:
    assert stated("A/N: Austen's Elizabeth Bennet deserved better.") == []
    assert stated("A/N: Austen's Mr. Darcy deserved worse.") == []


def test_a_work_named_in_passing_needs_an_author_and_no_other_statement() -> None:
    spoilers = "A/N: spoilers for Harrowgate Hall, obviously!"
    assert stated(spoilers) == []  # no author: a work named in passing is not enough
    credited = f"{spoilers} With apologies to Quentin Marsh."
    assert stated(credited) == [WORK]
    assert stated("A/N: my first Harrowgate Hall story. All hail Quentin Marsh's genius.") == []
    assert stated("A/N: my first Harrowgate Hall story. It belongs to Quentin Marsh.") == [WORK]
    # another statement wins over a work named in passing
    other = f"A Fenwick Abbey fic by quill\n\n{credited}"
    assert stated(other) == ["Fenwick Abbey - Quentin Marsh"]


def test_a_work_that_belongs_to_its_author_is_credited() -> None:
    # two authors named: the one the work belongs to is its author, not a guess
    note = "Disclaimer: Harrowgate Hall belongs to Quentin Marsh. Cover art by Ida Fenn."
    assert stated(note) == [WORK]
    note = "Disclaimer: Harrowgate Hall and everyone in it belong to Quentin Marsh."
    assert stated(note) == [WORK]


def test_a_list_of_the_story_s_people_that_belong_to_an_author_is_no_work() -> None:
    note = "Disclaimer: Mara, Jory and the attic belong to Quentin Marsh."
    text = f"{note}\n\nMara waited by the window. Jory kept the fire.\n\nShe left at dawn."
    found = stated_fandoms(handmade(text, {"Mara": "Mara Quill", "Jory": "Jory Quill"}))
    assert [f.name for f in found] == []


def test_a_title_set_off_in_italics_or_quotes_is_the_work_its_author_credits() -> None:
    for note in (
        "A/N: I love *Harrowgate Hall* so much. Quentin Marsh's novel, not mine.",
        "A/N: I love _Harrowgate Hall_ so much. Quentin Marsh's novel, not mine.",
        "A/N: I love “Harrowgate Hall” so much. From the book by Quentin Marsh.",
    ):
        assert stated(note) == [WORK], note
    # no author named: a title in italics may be any book the writer loves
    assert stated("A/N: I love *Harrowgate Hall* so much.") == []
    # a quoted line is no title
    assert stated("A/N: “Stay Here,” she said, is my favourite line. By Quentin Marsh.") == []


def test_a_chapter_of_a_work_names_the_work_and_ends_at_its_sentence() -> None:
    note = "A/N: set during chapter 12 of Harrowgate Hall. Everything belongs to Quentin Marsh."
    assert stated(note) == [WORK]


def test_a_work_and_author_line_alone_at_the_top_of_the_story_is_credited() -> None:
    for header in ("Harrowgate Hall - Quentin Marsh", "*Harrowgate Hall* by Quentin Marsh"):
        text = (
            f"Rain at Noon\n\nby quillpen\n\n{header}\n\nMara waited by the window. The rain "
            "kept on and on, and she counted the drops.\n\nShe left at dawn."
        )
        found = stated_fandoms(handmade(text, {"Mara": "Mara Quill"}))
        assert [f.name for f in found] == [WORK], header
    # the story's own title and writer are no work
    text = (
        "Rain at Noon\n\nby quillpen\n\nRain at Noon - quillpen\n\nMara waited by the window."
        " The rain kept on and on, and she counted the drops.\n\nShe left at dawn."
    )
    assert stated_fandoms(handmade(text, {"Mara": "Mara Quill"})) == []


def test_an_authors_work_set_off_in_italics_or_quotes_is_credited() -> None:
    for note in (
        "A/N: Quentin Marsh's novel *Harrowgate Hall* ruined me.",
        "A/N: Quentin Marsh's “Harrowgate Hall” ruined me.",
    ):
        assert stated(note) == [WORK], note


def test_a_name_set_off_for_emphasis_is_no_work_but_a_hero_named_in_passing_is() -> None:
    text = (
        "A/N: I love *Mara* so much. Everything belongs to Quentin Marsh.\n\n"
        "Mara waited by the window.\n\nShe left at dawn."
    )
    assert stated_fandoms(handmade(text, {"Mara": "Mara Quill"})) == []
    text = text.replace("I love *Mara* so much", "My first Mara Quill story")
    found = stated_fandoms(handmade(text, {"Mara": "Mara Quill"}))
    assert [f.name for f in found] == ["Mara Quill - Quentin Marsh"]


def test_a_work_the_writer_read_or_finished_is_the_canon_where_nothing_else_is() -> None:
    for note in (
        "A/N: I finished Harrowgate Hall for my book club and could not stop thinking.",
        "A/N: so I reread Harrowgate Hall for a seminar and here we are.",
        "A/N: everyone reads Harrowgate Hall for the ghost, but the maid is the best.",
    ):
        assert stated(note) == ["Harrowgate Hall"], note
    # with its author credited, in AO3's form
    credited = "A/N: I reread Harrowgate Hall on a train. With apologies to Quentin Marsh."
    assert stated(credited) == [WORK]
    # another statement wins over a work the writer read
    other = "A Fenwick Abbey fic by quill\n\nA/N: I finished Harrowgate Hall last week."
    assert stated(other) == ["Fenwick Abbey"]
    # the story's people, and a title that starts past the verb, are no work read
    assert stated("A/N: I reread Mara Quill's letters twice.") == []
    assert stated("A/N: I read Mara Quill a story once, and she wept.") == []
    assert stated("A/N: I read No Harrowgate for a week, then this.") == []


def test_a_work_that_is_its_authors_is_credited() -> None:
    assert stated("Disclaimer: Harrowgate Hall is Quentin Marsh's. The rain is mine.") == [WORK]
    # a possessive before a noun is somebody's thing, not a credit
    assert stated("A/N: Harrowgate Hall is Quentin Marsh's favourite place to set a scene.") == []


def test_a_name_followed_by_everyone_else_is_one_of_the_people() -> None:
    note = "Disclaimer: Jory Fenn and everyone else here belong to Quentin Marsh."
    assert stated(note) == []
    note = "Disclaimer: Harrowgate Hall and everyone in it belong to Quentin Marsh."
    assert stated(note) == [WORK]


def test_the_author_a_disclaimer_credits_is_no_fandom() -> None:
    # "…, and the wheel belongs to nobody" once read "George Eliot" as a second work, which
    # then took its own author: "George Eliot - George Eliot".
    known = "Disclaimer: Daniel Deronda belongs to George Eliot, and the wheel belongs to nobody."
    assert stated(known) == ["Daniel Deronda - George Eliot"]
    invented = "Disclaimer: Harrowgate Hall belongs to Quentin Marsh, and the moor to nobody."
    assert stated(invented) == [WORK]


def test_a_work_and_its_characters_that_are_an_authors_property_is_credited() -> None:
    note = "DISCLAIMER: Harrowgate Hall and all its characters are the property of Quentin Marsh."
    assert stated(note) == [WORK]
    # an estate is no author, but the title still stands
    note = "Disclaimer: Harrowgate Hall and all its people are the property of the Marsh estate."
    assert stated(note) == ["Harrowgate Hall"]


def test_a_title_cut_to_its_initials_is_no_fandom() -> None:
    assert stated("A/N: thanks to everyone who still reads HH fic after all these years.") == []
    note = "A/N: my first HH fic! Harrowgate Hall belongs to Quentin Marsh."
    assert stated(note) == [WORK]


def test_a_list_of_people_led_by_the_hero_s_full_name_is_the_hero_s_work() -> None:
    def listed(note: str) -> list[str]:
        text = f"{note}\n\nMara Quill waited by the window. Jory kept the fire.\n\nShe left."
        cast = {"Mara": "Mara Quill", "Jory": "Jory Fenn"}
        return [f.name for f in stated_fandoms(handmade(text, cast))]

    note = "Disclaimer: Mara Quill, Jory Fenn and the attic all belong to Quentin Marsh."
    assert listed(note) == ["Mara Quill - Quentin Marsh"]
    note = "Disclaimer: Mara Quill, the Fenn family and Jory are the property of Quentin Marsh."
    assert listed(note) == ["Mara Quill - Quentin Marsh"]
    # a one-word name or an honorific leads a list of people, not a work
    assert listed("Disclaimer: Mara, Jory Fenn and the attic belong to Quentin Marsh.") == []
    assert listed("Disclaimer: Miss Quill, Jory Fenn and the attic belong to Quentin Marsh.") == []
