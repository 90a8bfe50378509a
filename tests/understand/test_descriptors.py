"""Unnamed characters: descriptor phrases, their evidence, and which of them are characters."""

from __future__ import annotations

import pytest

from ficshelf.model import RawDocument
from ficshelf.understand import analyze
from ficshelf.understand.characters import NARRATOR, characters_of
from ficshelf.understand.descriptor_phrases import DescriptorMention, scan_descriptors
from ficshelf.understand.descriptors import unnamed_characters
from ficshelf.understand.narrator_fallbacks import plain_quotes
from ficshelf.understand.report import analysis_to_dict
from ficshelf.understand.text import paragraph_spans


def scan(text: str) -> list[DescriptorMention]:
    paragraphs = paragraph_spans(text)
    return list(scan_descriptors(text, paragraphs, plain_quotes(text, paragraphs)))


def unnamed(text: str) -> dict[str, list[str]]:
    """Unnamed character name -> the surface forms of its mentions."""
    return {
        c.name: [text[m.start : m.end] for m in c.mentions]
        for c in unnamed_characters(scan(text), [])
    }


def test_definite_and_possessive_phrases_with_modifiers_are_found() -> None:
    text = (
        "The old man sat by the fire. Her father slept, and the tall thin stranger "
        "watched my mother."
    )
    assert [d.key for d in scan(text)] == [
        "the old man",
        "her father",
        "the tall thin stranger",
        "my mother",
    ]


def test_generic_groups_and_vague_phrases_are_not_descriptors() -> None:
    text = (
        "A man came in. The men laughed, every woman frowned, the other girl left, "
        "the first boy ran, some children sang and the window her mother had opened banged. "
        "The older man, an epithet for someone named, nodded."
    )
    assert [d.key for d in scan(text)] == ["her mother"]


def test_a_person_noun_modifying_another_noun_is_no_person() -> None:
    text = (
        "The chief reason was money. The chief said no. The master bedroom was cold, "
        "and the elder sister and the lady doctor talked. The chief rode off; the guest "
        "room stayed empty."
    )
    assert [d.key for d in scan(text)] == [
        "the chief",
        "the elder sister",
        "the lady doctor",
        "the chief",
    ]


def test_speech_tags_next_to_a_quote_are_evidence() -> None:
    text = (
        '"Sit down," said the old man.\n\n'
        'The girl cried, "Wait!"\n\n'
        "The boy said nothing for a while and the nurse nodded.\n"
    )
    found = {d.key: d for d in scan(text)}
    assert found["the old man"].speech
    assert found["the girl"].speech
    assert not found["the boy"].speech  # no quotation next to it
    assert found["the nurse"].subject and not found["the nurse"].speech


def test_a_names_possessive_keeps_the_name_and_spans_only_the_noun() -> None:
    text = '"Halt!" said Gisborne\'s soldier. "Halt," Gisborne\'s soldier said again.'
    found = scan(text)
    assert [d.key for d in found] == ["Gisborne's soldier", "Gisborne's soldier"]
    assert {text[d.start : d.end] for d in found} == {"soldier"}
    assert unnamed(text) == {"Gisborne's soldier": ["soldier", "soldier"]}


def test_a_described_owner_makes_one_phrase_and_never_speaks_itself() -> None:
    text = (
        "\"I'll go,\" said the child's nurse. The ship's captain nodded. The doctor's desk was big."
    )
    found = {d.key: d for d in scan(text)}
    assert list(found) == ["the child's nurse", "the ship's captain", "the doctor"]
    assert found["the child's nurse"].speech
    assert text[found["the ship's captain"].start :].startswith("The ship's captain")
    assert found["the doctor"].possessive and not found["the doctor"].subject
    told = '"Who is it?" said the doctor\'s wife.'
    assert [(d.key, d.speech) for d in scan(told)] == [("the doctor's wife", True)]


def test_inside_a_quote_is_not_narration() -> None:
    text = '"Where is the ferryman?" Ann asked.'
    (found,) = scan(text)
    assert found.in_quote and not found.speech and not found.subject


def test_a_specific_role_that_speaks_once_is_a_character() -> None:
    text = '"Two coins," said the ferryman. Ann paid.'
    assert unnamed(text) == {"the ferryman": ["the ferryman"]}


def test_trades_of_fairs_and_parties_are_roles_that_speak() -> None:
    text = (
        '"More wine?" the caterer asks. Ann shook her head.\n\n'
        '"Three guineas and not a penny less," said the dealer.\n\n'
        '"Are you done, miss?" the milker called across the yard.'
    )
    assert unnamed(text) == {
        "the caterer": ["the caterer"],
        "the dealer": ["the dealer"],
        "the milker": ["the milker"],
    }


def test_a_generic_noun_needs_more_than_one_line() -> None:
    once = '"Go," said the girl. Ann went.'
    assert unnamed(once) == {}
    twice = '"Go," said the girl. Ann stayed.\n\n"Go now," the girl said.'
    assert list(unnamed(twice)) == ["the girl"]
    spoken_and_told = 'The girl waited by the door.\n\n"Go," said the girl.'
    assert list(unnamed(spoken_and_told)) == ["the girl"]


def test_a_silent_role_matters_when_the_narration_keeps_showing_it() -> None:
    text = (
        "The lamplighter walked up the street. The lamplighter climbed his ladder. "
        "Later the lamplighter stopped at the corner."
    )
    assert list(unnamed(text)) == ["the lamplighter"]
    assert unnamed("The lamplighter walked up the street.") == {}


def test_possessive_kinship_needs_lines_since_the_possessor_changes() -> None:
    one = '"Come in," said her father. Ann sat.'
    assert unnamed(one) == {}
    two = '"Come in," said her father. Ann sat.\n\n"Tea?" her father asked.'
    assert list(unnamed(two)) == ["her father"]
    mine = '"Come in," said my father.'
    assert list(unnamed(mine)) == ["my father"]
    friend = '"Come in," said my friend.'  # a role someone named often takes
    assert unnamed(friend) == {}


def test_a_bare_phrase_joins_the_one_modified_phrase_of_its_noun() -> None:
    text = (
        'The old man came to the gate. "Who is there?" said the old man.\n\n'
        '"A friend," Ann said. The man opened the gate.\n'
    )
    assert unnamed(text) == {"the old man": ["The old man", "the old man", "The man"]}


def test_phrases_overlapping_a_name_are_left_out() -> None:
    text = '"Two coins," said the ferryman.'
    found = scan(text)
    assert unnamed_characters(found, [(found[0].start, found[0].end)]) == []


def test_the_stage_marks_descriptor_characters_and_the_narrator_unnamed() -> None:
    text = (
        '"Two coins," says the ferryman.\n\n"I have one," Mara says.\n\n'
        '"Then you swim," the ferryman says.\n'
    )
    found = characters_of(text, paragraph_spans(text))
    assert {c.label for c in found.unnamed} == {"the ferryman"}
    assert {c.label for c in found.characters} == {"the ferryman", "Mara"}
    first = '"Stop," I said.\n\nThe road was long.\n'
    found = characters_of(first, paragraph_spans(first), None, "first")
    assert [c.label for c in found.unnamed] == [NARRATOR]


def test_a_title_held_by_one_named_character_is_that_character() -> None:
    text = (
        'Dr. Archie lit the lamp. The doctor opened the door.\n\n"Any hurry?" the doctor asked.\n'
    )
    found = characters_of(text, paragraph_spans(text))
    assert found.unnamed == ()
    assert [c.label for c in found.characters] == ["Dr. Archie"]
    assert len(found.mentions) == 3


def test_a_role_in_apposition_joins_the_name_but_not_a_possessive() -> None:
    text = (
        'Her father, Mr. Gray, was late. "Sit," said her father.\n\n'
        '"No," Ann said. "Again," said her father.\n\n'
        "Larry, the doctor's man, lit the lamp.\n"
    )
    found = characters_of(text, paragraph_spans(text))
    labels = {text[m.start : m.end]: m.label for m in found.mentions}
    assert labels["her father"] == "Mr. Gray"
    assert labels.get("the doctor") is None


def test_scanning_is_safe_on_odd_text() -> None:
    for text in ("", "the", "THE OLD MAN SAID", "the " * 1000, '"' * 7 + "said the girl"):
        assert isinstance(unnamed(text), dict)


def test_an_indefinite_phrase_that_tags_a_line_introduces_a_speaker() -> None:
    text = (
        'Ann sat at the table.\n\n"You could learn it," broke in a thin, elderly gentleman.\n\n'
        '"Mercy on us!" exclaimed a man in the crowd.\n\n'
        'A tired young nurse said, "Visiting hours are over."\n'
    )
    assert unnamed(text) == {
        "a thin, elderly gentleman": ["a thin, elderly gentleman"],
        "a man in the crowd": ["a man in the crowd"],
        "a tired young nurse": ["A tired young nurse"],
    }


def test_an_indefinite_phrase_that_tags_no_line_is_no_one() -> None:
    text = (
        'A man walked past the window.\n\n"Who was that?" asked Ann in a small voice.\n\n'
        '"A man in a hat," said Ben. A girl waved.\n'
    )
    assert unnamed(text) == {}


def test_a_voice_is_no_new_person() -> None:
    text = (
        '"You are talking to a fish," said a voice behind me.\n\n'
        'A girl\'s voice said, "Not again."\n'
    )
    assert unnamed(text) == {}


def test_the_definite_phrase_after_an_introduction_is_the_same_person() -> None:
    text = (
        '"Learn it," broke in a thin, elderly gentleman.\n\n"No," said Ann.\n\n'
        '"There is the University," said the thin gentleman.\n\n'
        "The tall gentleman in the corner laughed.\n"
    )
    assert unnamed(text) == {
        "a thin, elderly gentleman": ["a thin, elderly gentleman", "the thin gentleman"]
    }


def test_the_stage_gives_a_line_to_the_speaker_its_tag_introduces() -> None:
    text = (
        'Ann waited by the fire.\n\n"Surely she could learn," broke in a thin, elderly '
        'gentleman.\n\n"I doubt it," said Ann.\n\n"Mercy on us!" exclaimed a man in the '
        'crowd. "Is there no hope?"\n'
    )
    result = analysis_to_dict(analyze(RawDocument(text=text, source="t.txt", format="txt")))
    assert [q["speaker"] for q in result["quotes"]] == [
        "a thin, elderly gentleman",
        "Ann",
        "a man in the crowd",
        "a man in the crowd",
    ]


def test_a_compound_of_a_generic_noun_names_a_role() -> None:
    # "the lad" must show more before it is one person; "the fisher-lad" is a role
    text = (
        "The fisher-lad stood by the nets.\n\n"
        "\u201cI seen her first,\u201d the fisher-lad said.\n\n"
        "\u201cI seen her first,\u201d the lad said.\n\n"
        "The gentlewoman wept. The gentlewoman prayed. The gentlewoman slept."
    )
    found = unnamed(text)
    assert "the fisher-lad" in found
    assert "the lad" not in found
    assert found["the gentlewoman"] == ["The gentlewoman"] * 3


def test_a_voice_the_narration_goes_on_with_is_someone_new() -> None:
    text = (
        "\u201cUp you get, lad,\u201d said a gruff voice. Tom blinked at the speaker.\n\n"
        "\u201cWhat time is it?\u201d asked Tom.\n\n"
        "\u201cPast seven,\u201d said the gruff voice."
    )
    found = unnamed(text)
    assert sorted(found["the gruff voice"]) == ["a gruff voice", "the gruff voice", "the speaker"]


def test_a_voice_heard_once_or_named_after_is_no_one_new() -> None:
    once = "\u201cYou are late,\u201d said a voice behind me.\n\nI did not turn round."
    named = (
        "\u201cYou are late,\u201d said a cold voice. The voice belonged to Severus.\n\n"
        "\u201cYou are late,\u201d the voice said again."
    )
    assert unnamed(once) == {}
    assert unnamed(named) == {}


def test_the_voice_of_someone_continues_no_voice() -> None:
    text = (
        "\u201cNo!\u201d cried a voice from the end of the table.\n\n"
        "Above it all rose the voice of the clever lady."
    )
    assert unnamed(text) == {}


def test_someone_the_narration_brings_in_who_then_speaks_is_a_character() -> None:
    text = (
        "A nurse had let him in, and took him up the stairs. At the landing she stopped.\n\n"
        "\u201cYou'll not stay long, sir,\u201d she said.\n\n"
        "He went past the nurse on the stairs."
    )
    assert unnamed(text) == {"the nurse": ["A nurse", "the nurse"]}


def test_an_introduction_whose_line_another_says_or_never_told_again_is_not_kept() -> None:
    once = "A porter was sweeping the platform.\n\n\u201cLast train,\u201d he said."
    assert unnamed(once) == {}
    # a name stands between the introduction and the line: the line is hers
    text = (
        "A porter was sweeping the platform when Jane arrived.\n\n"
        "\u201cIs this the last train?\u201d he asked.\n\n"
        "The porter shook his head."
    )
    jane = text.index("Jane")
    assert [c.name for c in unnamed_characters(scan(text), [])] == ["the porter"]
    assert unnamed_characters(scan(text), [(jane, jane + 4)]) == []


def test_a_man_s_voice_is_not_every_man_after_it() -> None:
    text = (
        "\u201cI beg your pardon.\u201d A man\u2019s voice beside her made her start. She "
        "had noticed the speaker before.\n\n"
        "The man at the rail was reading.\n\n"
        "\u201cYes?\u201d said the man."
    )
    assert unnamed(text)["the speaker"] == ["A man", "the speaker"]


def test_a_described_generic_the_narration_keeps_showing_is_a_character() -> None:
    text = (
        "The old woman sat by the fire. Ann watched the old woman's hands.\n\n"
        "Ann thanked the old woman for the bread and went out."
    )
    assert list(unnamed(text)) == ["the old woman"]
    twice = "The old woman sat by the fire. Ann watched the old woman's hands."
    assert unnamed(twice) == {}


def test_trades_of_the_countryside_and_the_castle_are_roles() -> None:
    text = '"God keep you," the old forester said, and went out.'
    assert list(unnamed(text)) == ["the old forester"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # a group that speaks as one is a character
            "Wamba banged his cup on the board.\n\n"
            '"Out!" cried the thralls along the lower tables, all at once.\n\n'
            "The men by the door only laughed at him.",
            ["the thralls"],
            id="speaks",
        ),
        pytest.param(  # a group the narration only mentions is none
            "The sailors hauled on the ropes. The sailors sang as they worked.\n\n"
            "Later the sailors slept below, and the sailors dreamed.",
            [],
            id="mentioned",
        ),
    ],
)
def test_a_group_is_a_character_when_it_speaks_as_one(text: str, expected: list[str]) -> None:
    assert list(unnamed(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # a singular noun for a body of people speaks as one too
            "Mr. Pell tapped his baton on the stand.\n\n"
            '"Once more from the top, sir," the chorus answered, tired and hoarse.',
            ["the chorus"],
            id="collective",
        ),
        pytest.param(
            "The toast went round the long table.\n\n"
            '"To the bride!" cries the merry company, on their feet.',
            ["the merry company"],
            id="collective-after-verb",
        ),
        pytest.param(  # a short place between the group and its verb stays in its name
            "Nell set the jug down on the bench.\n\n"
            '"Another round!" the sailors at the bar shouted.',
            ["the sailors at the bar"],
            id="place",
        ),
        pytest.param(  # a collective noun the narration only mentions is none
            "The crowd pressed closer to the gate. The company of players went in.",
            [],
            id="collective-mentioned",
        ),
    ],
)
def test_a_company_or_a_placed_group_is_a_character_when_it_speaks_as_one(
    text: str, expected: list[str]
) -> None:
    assert list(unnamed(text)) == expected


def test_a_role_that_enters_and_says_the_next_line_is_a_character() -> None:
    # Seen once: someone who comes on the scene (or is heard from off it) just before a
    # line of their own, a paragraph alone with no tag, or a "he"/"she" line.
    text = (
        "Wren waited by the window.\n\n"
        "Steps sounded on the landing, and the porter opened the door.\n\n"
        '"Lady Quill, miss, and her brother."\n\n'
        "Wren stood up.\n\n"
        "Down on the quay the ferryman shouts at the children to keep off the ropes.\n\n"
        '"Mind your toes there!"'
    )
    assert set(unnamed(text)) == {"the porter", "the ferryman"}


def test_a_servant_or_a_boy_who_enters_and_says_the_next_line_is_a_character() -> None:
    # A noun that names anyone by office or age enters as "the porter" does; "the man" who
    # comes in is as often someone named already, described again.
    text = (
        "Wren sat by the fire.\n\n"
        "Then the servant came in with a letter on a tray.\n\n"
        '"From the Hall, miss," he said.\n\n'
        "Wren read it twice.\n\n"
        "Later the man came in from the yard.\n\n"
        '"Snow tonight," he said.'
    )
    assert set(unnamed(text)) == {"the servant"}


def test_a_role_seen_once_without_entering_or_before_anothers_line_is_no_character() -> None:
    text = (
        "Wren waited by the window.\n\n"
        "The porter turned round slowly.\n\n"  # already there: a named one's role, as often
        '"You are late."\n\n'
        "The carriage stopped, and the groom opened the door, and her uncle got down.\n\n"
        '"Wren."\n\n'  # her uncle's line, not the groom's
        "The maid came in. Wren looked up.\n\n"
        "Nobody spoke for a while.\n\n"
        '"Tea?"'  # not the next paragraph
    )
    assert unnamed(text) == {}


def test_a_role_that_enters_after_a_relative_clause_and_speaks_is_a_character() -> None:
    # The verb after a clause set off by commas is the role's: "The cook, who …, came in".
    text = (
        "Wren sat by the fire.\n\n"
        "The cook, who had waited on the back stairs since noon, came in with the tray.\n\n"
        '"Bread and cheese, miss, and no more till supper."\n\n'
        "Wren laughed."
    )
    assert list(unnamed(text)) == ["the cook"]
    # only an entrance is read after the clause: a role already there is as often someone
    # the text has named
    still = (
        "Wren sat by the fire.\n\n"
        "The cook, who had waited on the back stairs since noon, looked up from the tray.\n\n"
        '"Bread and cheese, miss, and no more till supper."'
    )
    assert unnamed(still) == {}


def test_someone_brought_in_whose_line_the_same_noun_tags_is_a_character() -> None:
    # "A boy …" brings someone new on; the line right after, tagged "said the boy", is his.
    text = (
        "Wren was mending the net when a shadow fell across it.\n\n"
        "A boy ran up from the harbour, barefoot and out of breath.\n\n"
        '"The boats are coming in early," said the boy, and was off again.\n\n'
        "Wren went on with the net."
    )
    assert unnamed(text) == {"the boy": ["A boy", "the boy"]}
    # the tag names another noun: nobody new says it
    other = (
        "A boy ran up from the harbour, barefoot and out of breath.\n\n"
        '"The boats are coming in early," said the girl.'
    )
    assert "the boy" not in unnamed(other)


def test_a_modified_tag_of_the_introduced_noun_is_the_introduced_one_s() -> None:
    text = (
        "A thin boy ran up from the harbour, barefoot and out of breath.\n\n"
        '"The boats are coming in early," the thin boy gasped.'
    )
    assert unnamed(text) == {"the thin boy": ["A thin boy", "the thin boy"]}
    # a tag whose words before the noun are no modifiers ("the man to the boy") is another's
    other = (
        "A boy ran up from the harbour, barefoot and out of breath.\n\n"
        '"The boats are coming in early," said the man to the boy.'
    )
    assert "the boy" not in unnamed(other)


def test_a_boy_or_man_a_described_owner_holds_is_a_role_that_speaks_once() -> None:
    # "the boy" who says one line is anyone; "the baker's boy" says what he does, as "the
    # ferryman" does. A name's possessive ("Wren's boy") is no such role.
    text = (
        "Wren stood at the counter while the loaves cooled.\n\n"
        '"Two for the Hall, miss," the baker\'s boy said.\n\n'
        "Wren counted the coins.\n\n"
        '"Thank you," said the boy.'
    )
    assert set(unnamed(text)) == {"the baker's boy"}
    plain = (
        "Wren stood at the counter while the loaves cooled.\n\n"
        '"Two for the Hall, miss," the boy said.\n\n'
        "Wren counted the coins."
    )
    assert unnamed(plain) == {}


def test_the_players_who_cry_out_together_are_a_group() -> None:
    text = (
        "Marlow read his part too fast again and tripped on the last word.\n\n"
        '"Oh, Marlow!" the players groan. "Slower!"\n\n'
        "The record player in the corner went on turning."
    )
    assert set(unnamed(text)) == {"the players"}


@pytest.mark.parametrize(
    ("noun", "line"),
    [
        ("poet", '"A rhyme for orange," said the poet, "there is none."'),
        ("chairman", '"Order, order," the chairman says.'),
        ("lodger", '"The rent is on the shelf," said the lodger.'),
        ("portress", '"Someone at the gate," said the portress.'),
    ],
)
def test_a_person_noun_the_tables_lacked_tags_a_line(noun: str, line: str) -> None:
    text = f"Wren looked up from her book.\n\n{line}\n\nWren went back to reading."
    assert set(unnamed(text)) == {f"the {noun}"}


def test_a_guy_or_a_bloke_names_anyone_as_the_man_does() -> None:
    # two lines of his own make him someone; coming in before one line does not, as it
    # does not make "the man" someone
    text = (
        "Wren waited at the bus stop.\n\n"
        '"It\'s late again," the guy said.\n\n'
        "Wren shrugged.\n\n"
        '"Always is," said the guy.'
    )
    assert set(unnamed(text)) == {"the guy"}
    entering = (
        'Wren waited at the counter.\n\nThen the bloke came in from the yard.\n\n"Shut," he said.'
    )
    assert unnamed(entering) == {}


def test_a_bare_noun_after_the_one_compound_of_it_is_that_person() -> None:
    text = (
        "At dusk the stable-boy came round the corner with a lantern and a bucket.\n\n"
        "Agnes counted the spoons again while the rain ran down the window.\n\n"
        '"Is the grey mare to be sold, miss?" the boy asked.'
    )
    assert unnamed(text) == {"the stable-boy": ["the stable-boy", "the boy"]}


def test_a_bare_noun_before_the_compound_stays_apart() -> None:
    text = (
        '"Where is the grey mare?" the boy asked. "Gone?" said the boy.\n\n'
        "At dusk the stable-boy came round the corner with a lantern.\n\n"
        "The stable-boy set the bucket down. The stable-boy went in."
    )
    found = unnamed(text)
    assert found["the boy"] == ["the boy", "the boy"]
    assert "the boy" not in found["the stable-boy"]


def test_a_described_newcomer_seen_once_before_his_line_is_someone() -> None:
    text = (
        "Agnes walked down to the harbour in the last of the light.\n\n"
        "A lame fisherman was coiling rope on the quay as she went by.\n\n"
        '"Storm by morning, miss," he said. "Mind the steps."'
    )
    assert "a lame fisherman" in unnamed(text)


def test_a_newcomer_named_by_a_noun_for_anyone_seen_once_is_no_one_new() -> None:
    text = (
        "Agnes walked down to the harbour in the last of the light.\n\n"
        "A tall man was coiling rope on the quay as she went by.\n\n"
        '"Storm by morning, miss," he said. "Mind the steps."'
    )
    assert unnamed(text) == {}


def test_a_described_newcomer_before_a_clause_and_an_inverted_tag_is_someone() -> None:
    text = (
        "Agnes walked down to the harbour in the last of the light.\n\n"
        "A lame fisherman, coiling rope on the quay below the inn, touched his hat.\n\n"
        '"Storm by morning, miss," said he. "Mind the steps."'
    )
    assert "a lame fisherman" in unnamed(text)


def test_a_described_newcomer_with_something_of_his_own_is_someone() -> None:
    text = (
        "Agnes walked down to the harbour in the last of the light.\n\n"
        "A lame fisherman with a tarred pigtail was coiling rope on the quay.\n\n"
        '"Storm by morning, miss," he said. "Mind the steps."'
    )
    assert "a lame fisherman" in unnamed(text)


def test_female_and_male_name_a_person_in_a_tag_but_not_before_a_noun() -> None:
    # round lbs30: "female" was no person noun, so "cried another female" introduced no one
    text = (
        'Nell scrubbed the step.\n\n"She ought to be ashamed," cried another female, '
        "the sharpest of the washerwomen.\n\n"
        '"Hush now," said a grey-bearded male by the pump.\n\n'
        "The female servant carried the basket. The male voice on the stair was gone.\n"
    )
    assert unnamed(text) == {
        "another female": ["another female"],
        "a grey-bearded male by the pump": ["a grey-bearded male by the pump"],
    }


def test_female_before_a_noun_in_a_tag_introduces_no_one() -> None:
    # "Fire and Feather" (AO3): with three modifiers taken, the indefinite phrase ended on
    # "female" and made "an amused, faintly accented female" a character with two lines;
    # the phrase is a voice heard once, as "The male voice" of a definite phrase is none.
    text = (
        "Kaia leaned out of the window.\n\n"
        '"I hope you are not afraid of heights," said an amused, faintly accented female '
        'voice from behind her. "It is difficult to be so."\n\n'
        '"Hush," said a tall, thin, stooped male guard.\n\n'
        '"Come," cried another female, the sharpest of them.\n'
    )
    assert unnamed(text) == {"another female": ["another female"]}


def test_a_man_known_by_where_he_is_who_speaks_or_acts_is_a_character() -> None:
    # The place after the noun tells this man from the others and is kept in his name.
    text = (
        "Agnes sat in the taproom with her cold hands round a cup.\n\n"
        '"Nobody crosses the moor in this," the man by the window said.\n\n'
        "Agnes did not answer him.\n\n"
        "At midnight the porter upstairs shouts down at them through the floor.\n\n"
        '"Quiet down there!"'
    )
    assert set(unnamed(text)) == {"the man by the window", "the porter upstairs"}


def test_a_man_by_a_place_who_neither_speaks_nor_enters_is_no_one_new() -> None:
    text = (
        "Agnes sat in the taproom with her cold hands round a cup.\n\n"
        "The man by the window looked at her.\n\n"
        '"Nobody crosses the moor in this."'
    )
    assert unnamed(text) == {}


def test_a_role_whose_tag_an_aside_parts_from_its_verb_speaks() -> None:
    # "the porter, <doing something>, said": the aside does not stop the tag being his.
    text = (
        "Agnes stood in the hall with her boxes.\n\n"
        "The porter, hurrying past with a lamp in each hand, said, \u201cThe coach is late, "
        "miss.\u201d\n\n"
        "Agnes sat down on the smallest box."
    )
    found = scan(text)
    assert [(d.key, d.speech) for d in found] == [("the porter", True)]
    assert list(unnamed(text)) == ["the porter"]


def test_a_role_that_acts_after_a_participle_aside_is_the_subject_of_that_verb() -> None:
    # Seen twice and once acting: the verb after "leading the mare out," is the groom's.
    text = (
        "Agnes sat by the fire.\n\n"
        "The groom, leading the grey mare out of the yard, stumbled on the cobbles.\n\n"
        "Agnes laughed at the groom from the window."
    )
    assert list(unnamed(text)) == ["the groom"]
    # after a relative clause only an entrance is read, as before
    relative = text.replace("leading", "who was leading")
    assert unnamed(relative) == {}


def test_a_role_who_puts_a_head_round_the_door_before_a_line_enters() -> None:
    text = (
        "Agnes sat by the fire with her sewing.\n\n"
        "The cook put her floury head round the door.\n\n"
        '"Will you want supper in the parlour, miss?"\n\n'
        "Agnes said she would."
    )
    assert list(unnamed(text)) == ["the cook"]
    # a head put against someone's shoulder brings no one on
    still = text.replace("put her floury head round the door", "put her head against the wall")
    assert unnamed(still) == {}


def test_a_bare_noun_after_the_one_role_a_name_owns_is_that_person() -> None:
    # "Hester's old nurse" ... "the nurse": one nurse, seen twice and acting twice.
    text = (
        "The baby slept at last, and Hester's old nurse sat knitting by the cradle.\n\n"
        "Hester went down to the garden alone.\n\n"
        "When she came back the nurse nodded at her over the needles."
    )
    found = unnamed(text)
    assert list(found) == ["Hester's old nurse"]
    assert found["Hester's old nurse"] == ["old nurse", "the nurse"]


def test_a_described_child_seen_once_before_his_line_is_someone() -> None:
    # A noun of age with a modifier ("a small boy") is someone new, as "a lame fisherman"
    # is; "a tall man" still is not (test above).
    text = (
        "Agnes walked down to the harbour in the last of the light.\n\n"
        "A small girl with a heavy basket watched her from the harbour steps.\n\n"
        '"Are you the new teacher, miss?" she said.'
    )
    assert "a small girl" in unnamed(text)


def test_a_name_after_a_preposition_does_not_take_the_newcomer_s_line() -> None:
    # The one who acts in the paragraph says the line; Tom, looked at, does not.
    text = (
        "Tom walked down to the harbour in the last of the light.\n\n"
        "A lame fisherman was coiling rope on the quay, and nodded to Tom.\n\n"
        '"Storm by morning, sir," he said.'
    )
    cast = characters_of(text, paragraph_spans(text))
    assert "a lame fisherman" in {c.label for c in cast.unnamed}
    # a name that acts between them may be the one who speaks
    acting = text.replace("and nodded to Tom", "and Tom nodded to him")
    cast = characters_of(acting, paragraph_spans(acting))
    assert "a lame fisherman" not in {c.label for c in cast.unnamed}


# understand/line_groups.py
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # a past tense that is no speech verb
            "Nell led the pony up to the fence.\n\n"
            '"Can we ride him?" the small boys wanted to know. "Can we? Today?"',
            ["the small boys"],
            id="any-past-verb",
        ),
        pytest.param(  # a place whose last word is no lower-case word
            "Wren opened the window and sang to the street.\n\n"
            '"Go to bed!" the students in 7C shout up.',
            ["the students in 7C"],
            id="any-place",
        ),
        pytest.param(  # a group the story names, a capitalised plural
            "The colonel rode along the line.\n\n"
            '"Hurrah!" the Blues roared, all at once. "Hurrah!"',
            ["the Blues"],
            id="named-group",
        ),
        pytest.param(  # after a line closed on a full stop "the" opens no tag
            "Nell led the pony up to the fence.\n\n"
            '"Here he is." The small boys wanted to know more.',
            [],
            id="no-tag",
        ),
        pytest.param(  # a title in "-is" is one person, no plural (``group_voices``)
            "The colonel rode along the line.\n\n"
            '"Forward!" the Marquis roared, all at once. "Forward!"',
            [],
            id="no-plural",
        ),
    ],
)
def test_a_group_in_the_tag_right_after_its_line_speaks_it(text: str, expected: list[str]) -> None:
    assert list(unnamed(text)) == expected
