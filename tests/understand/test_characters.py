"""The characters stage: names, aliases, canonical names, descriptors, the narrator."""

from __future__ import annotations

from cast_builders import aliases, cast_of

from ficshelf.model import Analysis, RawDocument, Span
from ficshelf.understand import analyze
from ficshelf.understand.characters import NARRATOR, Cast, characters_of

VANCE = """Theodora Vance came down the stairs at nine. Nobody in the hall looked up.

"You're late," said Marcus Webb.

"Theo is never late," Vance said. "The clocks here are early."

Webb laughed. Dr. Vance poured herself a cup of tea and sat by the window, and Marcus
watched her over his newspaper until she asked him what he was looking at.

"Nothing, Theo," he said. On Tuesday they drove to London together.
"""


def test_aliases_cluster_into_one_character_with_the_full_name() -> None:
    found = cast_of(VANCE)
    names = aliases(VANCE, found)
    assert names["Theodora Vance"] == {"Theodora Vance", "Theo", "Vance", "Dr. Vance"}
    assert names["Marcus Webb"] == {"Marcus Webb", "Webb", "Marcus"}
    assert set(names) == {"Theodora Vance", "Marcus Webb"}  # no Tuesday, no London


def test_mentions_are_in_text_order_and_labelled_with_canonical_names() -> None:
    found = cast_of(VANCE)
    starts = [m.start for m in found.mentions]
    assert starts == sorted(starts)
    assert {m.label for m in found.mentions} == {c.label for c in found.characters}
    assert all(0.0 <= c.score <= 1.0 for c in found.characters)
    assert found.characters[0].score == 1.0


def test_nicknames_join_the_full_given_name() -> None:
    text = (
        "Christopher Marlowe Hale had not slept. At dawn Kit went down to the river, "
        'where Hale\'s boat was tied.\n\n"Kit, wait," said Anna.\n'
    )
    names = aliases(text, cast_of(text))
    assert {"Kit", "Christopher Marlowe Hale", "Hale"} <= names["Christopher Marlowe Hale"]


def test_a_surname_with_a_title_joins_the_full_name() -> None:
    text = (
        "Ama Osei had run the clinic for ten years. Dr. Osei never took a holiday.\n\n"
        '"Good morning, Dr. Osei," said the porter.\n'
    )
    names = aliases(text, cast_of(text))
    assert names["Ama Osei"] == {"Ama Osei", "Dr. Osei"}


def test_unnamed_speakers_are_characters_by_their_descriptor() -> None:
    text = (
        '"Two coins," says the ferryman.\n\n"I have one," Mara says.\n\n'
        '"Then you swim," the ferryman says.\n'
    )
    names = aliases(text, cast_of(text))
    assert "the ferryman" in names
    assert "Mara" in names


def test_a_role_in_apposition_is_a_mention_of_that_character() -> None:
    text = (
        "Mrs. Reynolds, the housekeeper, showed them the gallery. Later the housekeeper "
        'said it had been cold.\n\n"Come in," said the housekeeper.\n'
    )
    found = cast_of(text)
    assert aliases(text, found) == {"Mrs. Reynolds": {"Mrs. Reynolds", "the housekeeper"}}


def test_exclamations_days_and_places_are_not_characters() -> None:
    text = (
        '"Oh God," said Nell. "Lord, what a Monday."\n\nIn Paris it rained. Nell walked to '
        "Baker Street in the rain, and on Friday she and Sam ate out.\n"
    )
    names = set(aliases(text, cast_of(text)))
    assert names == {"Nell", "Sam"}


def test_first_person_narrator_named_in_someone_elses_line() -> None:
    text = (
        "I had been waiting at the station for an hour when the train came in.\n\n"
        '"Thanks, Kit," she said, taking the bag from me. "You are a saint."\n\n'
        '"Anything for you, Jess," I said.\n\nJess laughed and took my arm.\n'
    )
    found = cast_of(text, pov="first")
    assert [n.label for n in found.narrator] == ["Kit"]
    assert found.narrator[0].text_of(text) == "Kit"


def test_unnamed_narrator_who_speaks_is_a_character() -> None:
    text = (
        "I had been waiting at the station for an hour.\n\n"
        '"You came," said Jess.\n\n"Of course," I said.\n'
    )
    found = cast_of(text, pov="first")
    assert found.narrator == ()
    assert NARRATOR in {c.label for c in found.characters}


def test_a_narrator_named_only_in_an_authors_note_is_that_character() -> None:
    # The body never names "I"; the note says who tells it.
    story = (
        "I had been waiting at the station for an hour when the train came in.\n\n"
        '"You came," said Jess, and took the bag from me.\n\n"Of course," I said.\n'
    )
    note = "A/N: Set the summer after the wedding. Wren narrates, as usual.\n\n"
    result = analyze(RawDocument(text=note + story, source="t.txt", format="txt"))
    narrator = result.layer("narrator")
    assert [n.label for n in narrator] == ["Wren"]
    assert narrator[0].text_of(result.text) == "Wren"
    labels = {c.label for c in result.layer("characters")}
    assert "Wren" in labels and NARRATOR not in labels
    # The note's name is the one mention of a narrator the body never names.
    assert [m.text_of(result.text) for m in result.layer("mentions") if m.label == "Wren"] == [
        "Wren"
    ]
    # A note naming a character the body names too: that character is the narrator.
    named = "A/N: Jess's POV this time.\n\n" + story.replace("said Jess", "said Wren")
    result = analyze(RawDocument(text=named, source="t.txt", format="txt"))
    assert [n.label for n in result.layer("narrator")] == ["Jess"]
    assert {c.label for c in result.layer("characters")} >= {"Jess", "Wren"}


def test_a_note_naming_a_teller_in_a_third_person_story_names_no_narrator() -> None:
    text = "A/N: Theo's POV.\n\n" + VANCE
    result = analyze(RawDocument(text=text, source="t.txt", format="txt"))
    assert result.layer("narrator") == ()


def test_third_person_story_has_no_narrator() -> None:
    found = cast_of(VANCE, pov="third")
    assert found.narrator == ()
    assert NARRATOR not in {c.label for c in found.characters}


def test_mentions_inside_notes_do_not_count() -> None:
    text = (
        "A/N: Thanks to Ginny for the beta read! Let me know what you think.\n\n"
        '"Come on," said Theo. Theo ran down to the boats.\n'
    )
    result = analyze(RawDocument(text=text, source="t.txt", format="txt"))
    labels = {c.label for c in result.layer("characters")}
    assert "Theo" in labels and "Ginny" not in labels


def test_stage_honours_given_quotes_and_empty_text() -> None:
    assert characters_of("", (), None, None) == Cast((), (), ())
    text = "'Morning, Pip,' said Joe."
    found = characters_of(text, (Span(0, len(text)),), [Span(1, 13)], "third")
    assert {"Pip", "Joe"} <= {c.label for c in found.characters}


def test_pipeline_assigns_the_layers() -> None:
    result = analyze(RawDocument(text=VANCE, source="t.txt", format="txt"))
    assert isinstance(result, Analysis)
    assert result.layer("characters")
    assert result.layer("narrator") == ()


def test_names_in_capitals_join_the_people_the_text_has_shown() -> None:
    text = (
        "JONATHAN HARKER'S JOURNAL\n\n"
        "Jonathan Harker left Munich at night, and he slept badly. Mr. Villars wrote to him.\n\n"
        '"HARKER!" shouted Mr. Villars. "MR. VILLARS," said Jonathan. NO ONE ELSE CAME.'
    )
    names = aliases(text, cast_of(text))
    assert {"JONATHAN HARKER", "HARKER", "Jonathan Harker"} <= names["Jonathan Harker"]
    assert "MR. VILLARS" in names["Mr. Villars"]
    assert set(names) == {"Jonathan Harker", "Mr. Villars"}


def test_a_text_in_capitals_has_no_known_names_to_find() -> None:
    text = '"HARRY, WAIT," SAID HERMIONE. HARRY DID NOT WAIT.\n\n' * 50
    found = cast_of(text)
    assert all(text[m.start : m.end].strip() for m in found.mentions)
