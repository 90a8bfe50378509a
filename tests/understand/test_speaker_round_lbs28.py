"""Speaker rules of round lbs28 (LitBank speakers): each on a short text written for the
test."""

from __future__ import annotations

from dialogue_texts import tag_after_name

from ficshelf.model import RawDocument
from ficshelf.understand import analyze
from ficshelf.understand.relational_tags import spouse_in_cast, spouse_subject
from ficshelf.understand.report import analysis_to_dict


def test_a_verb_that_speaks_with_in_after_it_tags_the_line() -> None:
    names = {"Brannock": "Brannock", "Ysolde": "Ysolde"}
    assert tag_after_name("Brannock put in.", names) == "Brannock"
    assert tag_after_name("Brannock chimed in eagerly.", names) == "Brannock"
    assert tag_after_name("cut in Ysolde, frowning.", names) == "Ysolde"
    assert tag_after_name("she broke in.", names) == "she"


def test_a_particle_verb_with_a_thing_after_it_or_no_in_is_no_tag() -> None:
    names = {"Brannock": "Brannock"}
    assert tag_after_name("Brannock put in the last log and sat down.", names) is None
    assert tag_after_name("Brannock put the kettle on.", names) is None
    assert tag_after_name("Brannock cut a slice of bread.", names) is None


def test_a_spouse_tag_subject_is_read_from_its_possessive_and_noun() -> None:
    assert spouse_subject(["his", "wife"])
    assert spouse_subject(["her", "own", "husband"])
    assert spouse_subject(["his", "lady"])
    # "her lady" is the lady she serves; a cousin is no spouse
    assert not spouse_subject(["her", "lady"])
    assert not spouse_subject(["his", "cousin"])
    assert not spouse_subject(["the", "wife"])


def test_the_spouse_is_the_one_of_the_other_gender_with_the_same_surname() -> None:
    names = ["Mrs. Varley", "Varley", "Miss Varley", "Tobias Crane"]
    gender = {"Mrs. Varley": "f", "Varley": "m", "Miss Varley": "f", "Tobias Crane": "m"}
    assert spouse_in_cast("Mrs. Varley", names, gender, "m") == "Varley"
    # the unmarried title is a daughter or a sister, never the wife
    assert spouse_in_cast("Varley", names, gender, "f") == "Mrs. Varley"
    assert spouse_in_cast("Tobias Crane", names, gender, "f") == ""
    # two men of the name: no one can tell which is her husband
    two = [*names, "Mr. Varley"]
    assert spouse_in_cast("Mrs. Varley", two, {**gender, "Mr. Varley": "m"}, "m") == ""


def test_her_husband_in_a_tag_is_the_man_of_her_surname_not_the_narrated_man() -> None:
    text = (
        "Mrs. Halloran sat on the porch with Mr. Dewitt, who had come to call. Halloran"
        " came out with his hat and his stick.\n\n"
        '"I am off to the club," said Halloran.\n\n'
        '"Go on, then," said Mrs. Halloran. "Mr. Dewitt will keep me company."\n\n'
        "Dewitt said that he would, and settled deeper into his chair. He lit a cigar and"
        " watched the road.\n\n"
        '"Don\'t let him keep you up past ten, Margaret," instructed her husband as he went'
        " down the steps.\n"
    )
    analysis = analyze(RawDocument(text=text, source="spouse.txt", format="txt"))
    quotes = analysis_to_dict(analysis)["quotes"]
    assert quotes[-1]["text"].startswith("Don't let him")
    assert quotes[-1]["speaker"] == "Halloran"
