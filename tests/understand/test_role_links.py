"""Roles the text gives to a named character (understand/role_links.py)."""

from __future__ import annotations

from cast_builders import aliases


def test_a_role_right_before_a_name_is_that_character() -> None:
    text = (
        "The children were put to bed by their nurse Hesketh, who sang to them.\n\n"
        '"Lights out," said the nurse. "Lights out, I said." The nurse sighed.\n\n'
        '"Goodnight," said the nurse.'
    )
    found = aliases(text)
    assert "the nurse" in found["Hesketh"]
    assert "the nurse" not in found


def test_a_copula_makes_the_role_that_character() -> None:
    text = (
        "Oswin Prior was the ferryman, and had been for forty years.\n\n"
        '"Fare," said the ferryman. The ferryman held out his hand.\n\n'
        '"Fare, I said," the ferryman repeated.'
    )
    found = aliases(text)
    assert "the ferryman" in found["Oswin Prior"]


def test_a_speaker_naming_their_own_role() -> None:
    text = (
        '"Today I am a tinker from Barnsdale," Robin said. Marian laughed at him.\n\n'
        "The tinker limped to the mark. The tinker drew his bow, and the tinker shot.\n\n"
        '"A tinker," Marian said. "A tinker, Robin."'
    )
    found = aliases(text)
    assert "The tinker" in found["Robin"]
    assert "the tinker" not in found and "The tinker" not in found


def test_two_people_in_one_line_name_no_role() -> None:
    text = (
        '"I am the doctor here," said Ambrose to Tilda, and Tilda said nothing.\n\n'
        "The doctor went out. The doctor came back. The doctor sat down."
    )
    found = aliases(text)
    assert "Tilda" in found
    assert "The doctor" not in found.get("Tilda", set())


def test_a_role_right_after_the_one_named_person_of_its_gender_is_that_person() -> None:
    text = (
        "Eliza was at the window when Mrs. Pell came in, out of breath.\n\n"
        '"Begging your pardon, madam," said the housekeeper. "A carriage is stuck."\n\n'
        '"Then we must go," said Eliza. The housekeeper nodded.'
    )
    found = aliases(text)
    assert "the housekeeper" in found["Mrs. Pell"]
    assert "the housekeeper" not in found and "The housekeeper" not in found


def test_a_role_after_someone_with_tags_of_their_own_stays_apart() -> None:
    text = (
        '"Row on," said Mrs. Pell. She sat down in the boat.\n\n'
        '"Fare first," said the ferrywoman. The ferrywoman held out her hand.\n\n'
        '"Fare," the ferrywoman said again.'
    )
    found = aliases(text)
    assert "the ferrywoman" not in found.get("Mrs. Pell", set())


def test_a_noun_that_names_anyone_is_no_role_of_one_person() -> None:
    text = (
        '"I am only a girl," Tilda said. Tom Reed was the man for the job.\n\n'
        '"Go away," said the girl. The man laughed, and the man left. "No," said the girl.'
    )
    found = aliases(text)
    assert "the girl" not in found.get("Tilda", set())
    assert "the man" not in found.get("Tom Reed", set())


def test_a_title_alone_is_the_one_name_given_it_in_apposition() -> None:
    text = (
        "Tobias Greenleaf, professor of botany, climbed the stair. Axel followed him.\n\n"
        '"Wait," said the Professor. "Listen." Axel listened, and the Professor smiled.\n'
    )
    found = aliases(text)
    assert "Professor" not in found
    assert "the Professor" in found["Tobias Greenleaf"] or "Professor" in found["Tobias Greenleaf"]


def test_a_title_given_in_apposition_to_two_names_stays_apart() -> None:
    text = (
        "Tobias Greenleaf, professor of botany, met Edwin Marsh, professor of Greek.\n\n"
        '"Wait," said the Professor. "Listen." Axel listened, and the Professor smiled.\n'
    )
    found = aliases(text)
    assert not any("Professor" in v or "the Professor" in v for k, v in found.items() if " " in k)


def test_kin_owned_by_a_role_after_the_one_named_person_is_that_person() -> None:
    text = (
        "Nell was mending nets when Mr. Quill came up the path, cap in hand.\n\n"
        '"Father sent me with the eels," said the ferryman\'s son. "Three of them."\n\n'
        '"Put them by the door," said Nell. The ferryman\'s son nodded.'
    )
    found = aliases(text)
    assert "the ferryman's son" in found["Mr. Quill"]
    assert "the ferryman's son" not in found


def test_kin_owned_by_a_pronoun_stays_someone_else() -> None:
    text = (
        "Nell was mending nets when Mr. Quill came up the path, cap in hand.\n\n"
        '"He sent me with the eels," said his father. "Three of them."\n\n'
        '"Put them by the door," said Nell. His father nodded.'
    )
    found = aliases(text)
    assert "his father" not in found.get("Mr. Quill", set())


def test_a_name_called_in_the_roles_own_line_is_not_the_role() -> None:
    # "Walter" is said inside the quote: he is spoken to, not the landlord who speaks
    text = (
        "You lean on the bar of the inn while the rain comes down the glass.\n\n"
        '"Nothing left but mutton, Walter," the landlord says, wiping his hands. '
        '"Come back at noon."\n\n'
        '"Mutton will do."\n\n'
        "The landlord wraps it in paper and you go out into the rain."
    )
    found = aliases(text, pov="second")
    assert "the landlord" not in found.get("Walter", set())
    assert "the landlord" in found


def test_a_name_after_a_kin_word_is_a_person() -> None:
    text = (
        '"Tea, ma\'am?" said Dorcas. Mrs. Pell shook her head at the window.\n\n'
        "She was thinking of the sea, and of her own brother Absalom, who had gone out "
        "on the herring boats one March and never come home.\n\n"
        '"No tea," said Mrs. Pell. "Not today, Dorcas."'
    )
    assert "Absalom" in aliases(text)


def test_a_role_after_the_one_name_the_narration_gives_of_unknown_gender_is_that_person() -> None:
    text = (
        "Rain fell on the square all evening.\n\n"
        "Quennell unbarred the gate of Ashby's yard and looked out. The old footman did not "
        'move. "The yard is shut, sir."\n\n'
        '"Shut?" said Tamsin Hale. "Since when?"\n\n'
        '"Since noon, miss," said the footman. The footman shook his head.'
    )
    found = aliases(text)
    assert "The old footman" in found["Quennell"]
    assert "The old footman" not in found


def test_a_role_after_two_names_of_unknown_gender_stays_apart() -> None:
    text = (
        "Rain fell on the square all evening.\n\n"
        "Quennell and Ashby unbarred the gate of the yard and looked out. The old footman did "
        'not move. "The yard is shut, sir."\n\n'
        '"Shut?" said Tamsin Hale. "Since when?"\n\n'
        '"Since noon, miss," said the footman. The footman shook his head.\n\n'
        "Quennell laughed at that, and Ashby went home in the rain."
    )
    found = aliases(text)
    assert {"Quennell", "Ashby"} <= found.keys()
    assert "The old footman" not in found.get("Quennell", set())
    assert "The old footman" not in found.get("Ashby", set())


def test_a_trade_no_noun_table_holds_is_the_name_it_is_apposed_to() -> None:
    text = (
        "Mrs. Hollis kept the inn at the crossroads, and the snow came early that year.\n\n"
        "Mr. Barton, the carrier, came in an hour after dark. He stamped his boots.\n\n"
        '"The road is shut at Elm Hill," said the carrier.\n\n'
        '"Then you will stay," said Mrs. Hollis.'
    )
    found = aliases(text)
    assert "the carrier" in found["Mr. Barton"]
    assert "the carrier" not in found


def test_a_trade_apposed_after_it_names_the_one_that_follows() -> None:
    text = (
        "The carrier, Mr. Barton, came in an hour after dark, stamping his boots.\n\n"
        "Mrs. Hollis looked up from the fire.\n\n"
        '"The road is shut at Elm Hill," said the carrier.\n\n'
        '"Then you will stay," said Mrs. Hollis.'
    )
    found = aliases(text)
    assert "the carrier" in found["Mr. Barton"]


def test_a_trade_never_apposed_to_a_name_stays_its_own() -> None:
    text = (
        "Mrs. Hollis kept the inn at the crossroads, and Mr. Barton kept the mill.\n\n"
        "The carrier came in an hour after dark. He stamped his boots.\n\n"
        '"The road is shut at Elm Hill," said the carrier.\n\n'
        '"Then you will stay," said Mrs. Hollis.'
    )
    found = aliases(text)
    assert "the carrier" not in found.get("Mr. Barton", ())


def test_a_name_opening_the_clause_after_a_role_is_no_apposition() -> None:
    # "Behind the gardener, Sir Hugo coughed": Sir Hugo is the clause's subject, not the
    # gardener; "the gardener, Sir Hugo, coughed" would set them side by side.
    text = (
        "The gardener had worked at Ashcombe for a year and nobody knew where he came from.\n\n"
        "Lady Ross came down to the terrace with her brother. Behind the gardener, "
        "Sir Hugo coughed and looked at his watch.\n\n"
        '"Roses," said the gardener. "They want cutting back."\n\n'
        '"Then cut them," said Lady Ross.'
    )
    found = aliases(text)
    assert "the gardener" not in found.get("Sir Hugo", set())
    apposed = text.replace("Sir Hugo coughed", "Sir Hugo, coughed")
    assert "the gardener" in aliases(apposed).get("Sir Hugo", set())
