"""Short forms of a name part joining the one character they shorten (understand/diminutives.py)."""

from __future__ import annotations

from cast_builders import aliases

from ficshelf.understand.diminutives import diminutive_links


def test_a_pet_ending_on_a_stem_joins_the_surname_it_shortens() -> None:
    text = (
        "Oswald Pemberton had come home late. Nobody asked where he had been.\n\n"
        '"You look dreadful," said Pembie, and Pembie laughed at him.\n\n'
        '"Thank you," said Oswald, and sat down by the fire.\n'
    )
    names = aliases(text)
    assert {"Pembie", "Oswald Pemberton", "Oswald"} <= names["Oswald Pemberton"]
    assert "Pembie" not in names


def test_a_clipped_name_joins_the_longer_part() -> None:
    text = (
        "Marigold Thistlewood kept the lamp. Every night Thistlewood climbed the stair.\n\n"
        '"Not tonight," said Thistle, and Thistle climbed it anyway.\n'
    )
    names = aliases(text)
    assert "Thistle" in names["Marigold Thistlewood"]


def test_a_short_form_of_two_characters_stays_apart() -> None:
    forms = {
        0: [("", "Algernon Moncrieff", ("Algernon", "Moncrieff"))],
        1: [("", "Algar Finch", ("Algar", "Finch"))],
        2: [("", "Algy", ("Algy",))],
    }
    assert diminutive_links(forms) == {}
    assert diminutive_links({k: v for k, v in forms.items() if k != 1}) == {2: 0}


def test_a_census_name_needs_a_long_stem_and_a_lone_census_name_is_no_source() -> None:
    # "Mary" is no short form of Martin; "Laurie" is no short form of a lone "Lauren".
    assert (
        diminutive_links(
            {0: [("", "Martin Hale", ("Martin", "Hale"))], 1: [("", "Mary", ("Mary",))]}
        )
        == {}
    )
    assert (
        diminutive_links({0: [("", "Lauren", ("Lauren",))], 1: [("", "Laurie", ("Laurie",))]}) == {}
    )
    # A titled or many-worded cluster is no short form.
    assert (
        diminutive_links(
            {0: [("", "Tinker Bell", ("Tinker", "Bell"))], 1: [("mr", "Tink", ("Tink",))]}
        )
        == {}
    )


def test_a_given_name_with_an_epithet_is_the_one_so_named() -> None:
    text = (
        "Lucy Thornbury kept the nets, and Lucy walked with a stick.\n\n"
        '"Where is she?" said Limping Lucy. Limping Lucy looked at the sea.\n'
    )
    found = aliases(text)
    assert "Limping Lucy" in found["Lucy Thornbury"]
    assert "Limping Lucy" not in found


def test_an_epithet_before_a_name_no_one_else_has_stays_its_own() -> None:
    text = (
        "Tom Thornbury kept the nets, and Tom walked with a stick.\n\n"
        '"Where is she?" said Limping Lucy. Limping Lucy looked at the sea.\n'
    )
    assert "Limping Lucy" in aliases(text)


def test_another_form_of_a_given_name_joins_the_one_character_so_named() -> None:
    forms = {
        0: [("", "Phillip Dorne", ("Phillip", "Dorne"))],
        1: [("", "Rose-Ellen Marsh", ("Rose-Ellen", "Marsh"))],
        2: [("miss", "Maggie", ("Maggie",)), ("", "Maggie", ("Maggie",))],
        3: [("", "Philip", ("Philip",))],  # a letter doubled or not
        4: [("", "Rose", ("Rose",))],  # the first name of a hyphenated one
        5: [("", "Magsie", ("Magsie",))],  # another short form of Margaret
    }
    assert diminutive_links(forms) == {3: 0, 4: 1, 5: 2}


def test_short_forms_of_one_full_name_that_start_differently_stay_apart() -> None:
    # "Lizzie" and "Betty" are both Elizabeth, but may well be two women
    forms = {
        0: [("", "Betty Muxworthy", ("Betty", "Muxworthy"))],
        1: [("", "Lizzie", ("Lizzie",))],
    }
    assert diminutive_links(forms) == {}


def test_a_variant_of_two_characters_names_stays_apart() -> None:
    forms = {
        0: [("", "Lily Bart", ("Lily", "Bart"))],
        1: [("", "Lily Dale", ("Lily", "Dale"))],
        2: [("", "Lilly", ("Lilly",))],
    }
    assert diminutive_links(forms) == {}


def test_a_pet_name_in_a_call_is_the_character_of_that_given_name() -> None:
    text = (
        "Lily Bart came down the steps at two in the morning.\n\n"
        '"It is two, Lil," said Gerty, and sat on the step above her.\n\n'
        '"An oat latte for Lilly?" the barista called, and Lily took it.\n'
    )
    names = aliases(text)
    assert {"Lil", "Lilly"} <= names["Lily Bart"]


def test_a_doubled_consonant_pet_form_joins_a_lone_given_name() -> None:
    # "Rosamund" has no surname and is a census name, yet "Rossy" (her start, the last
    # consonant doubled, "-y") is her pet form; "Roswell" is no source (no vowel after "Ros").
    forms = {
        0: [("", "Rosamund", ("Rosamund",))],
        1: [("", "Rossy", ("Rossy",))],
        2: [("", "Peter Quill", ("Peter", "Quill"))],
    }
    assert diminutive_links(forms) == {1: 0}
    assert diminutive_links({**forms, 0: [("", "Roswell", ("Roswell",))]}) == {}
    text = (
        "Clementine Oakes buttered the toast. Clemmie, her brother said, always burnt it.\n\n"
        '"I never do," said Clemmie, and she laughed.\n\n'
        '"You do," said Clementine\'s brother.\n'
    )
    names = aliases(text)
    assert "Clemmie" in names["Clementine Oakes"]
    assert "Clemmie" not in names


def test_a_doubled_pet_form_of_two_given_names_stays_apart() -> None:
    forms = {
        0: [("", "Matilda", ("Matilda",))],
        1: [("", "Matias Brand", ("Matias", "Brand"))],
        2: [("", "Matty", ("Matty",))],
    }
    assert diminutive_links(forms) == {}


def test_a_doubled_pet_form_of_the_other_gender_stays_apart() -> None:
    # "Danny" and "Sonny" are men's names, "Daniela" and "Sonia" women's (review16).
    assert (
        diminutive_links({0: [("", "Daniela", ("Daniela",))], 1: [("", "Danny", ("Danny",))]}) == {}
    )
    sonia = [("", "Sonia Petrova", ("Sonia", "Petrova"))]
    assert diminutive_links({0: sonia, 1: [("", "Sonny", ("Sonny",))]}) == {}
    # the same gender, or a pet form the census does not know, still joins
    assert diminutive_links({0: [("", "Donald", ("Donald",))], 1: [("", "Donny", ("Donny",))]}) == {
        1: 0
    }


def test_a_foreign_pet_form_joins_the_full_name_of_its_given_name() -> None:
    # "Volodya" is Vladimir (the nickname table): the one full name with that given name.
    forms = {
        0: [("", "Vladimir Sergeyich", ("Vladimir", "Sergeyich"))],
        1: [("", "Volodya", ("Volodya",))],
        2: [("", "Marfa", ("Marfa",))],
    }
    assert diminutive_links(forms) == {1: 0}
    # must stay apart: a pet form the census lists as a name of its own ("Tom" beside a
    # "Thomas Hale" may be his son)
    forms = {0: [("", "Thomas Hale", ("Thomas", "Hale"))], 1: [("", "Tom", ("Tom",))]}
    assert diminutive_links(forms) == {}


def test_a_pet_form_said_only_in_address_shortens_a_lone_census_name() -> None:
    forms = {0: [("", "Prudence", ("Prudence",))], 1: [("", "Prudy", ("Prudy",))]}
    assert diminutive_links(forms) == {}  # spoken of in the narration: a name of its own
    assert diminutive_links(forms, frozenset({1})) == {1: 0}
    # a short stem or a census name is no pet form of a lone name
    assert diminutive_links({0: forms[0], 1: [("", "Prue", ("Prue",))]}, frozenset({1})) == {}
    assert (
        diminutive_links(
            {0: [("", "Lauren", ("Lauren",))], 1: [("", "Laurie", ("Laurie",))]}, frozenset({1})
        )
        == {}
    )


def test_a_call_by_a_pet_form_is_the_sisters_not_the_speaker_before() -> None:
    text = (
        "Henrietta Vale came into the parlour after the funeral. Her sister Prudence stood "
        "by the hearth with the poker in her hand.\n\n"
        '"Sit down. Martha, bring Mrs. Vale some tea," Prudence said.\n\n'
        '"Yes, Miss," said Martha, and went for the tea.\n\n'
        "\"I'm not pale, Prudy. It's the grey.\"\n\n"
        '"It is not the grey. You are not sleeping."\n'
    )
    names = aliases(text)
    assert "Prudy" in names["Prudence"]
    assert "Prudy" not in names.get("Martha", set())
