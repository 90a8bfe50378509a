"""A given name and a patronymic used only to call someone is the one addressed
(understand/patronymic_calls.py); forms it leaves alone."""

from __future__ import annotations

from cast_builders import aliases, owner

from ficshelf.understand.names import Candidate
from ficshelf.understand.patronymic_calls import patronymic_form

_OPENING = (
    "The samovar had been lit since noon, and Dunya Orlova kept the cups moving while "
    "Zhukov sat by the window with his newspaper.\n\n"
)


def test_a_patronymic_called_and_answered_is_the_one_who_answers() -> None:
    text = _OPENING + (
        "\u201cThere is a letter from the town,\u201d said Zhukov.\n\n"
        "\u201cRead it to me, then, Semyon Lukich,\u201d said Dunya Orlova.\n\n"
        "\u201cIt is only about the rent,\u201d said Zhukov, folding it.\n\n"
        "\u201cThen it can wait, Semyon Lukich,\u201d said Dunya Orlova. \u201cEverything "
        "about the rent can wait.\u201d\n\n"
        "Zhukov went back to his newspaper."
    )
    found = aliases(text)
    assert owner(found, "Semyon Lukich") == owner(found, "Zhukov")


def test_a_patronymic_the_narration_uses_is_a_name_of_its_own() -> None:
    text = _OPENING + (
        "Semyon Lukich came in from the yard with snow on his collar.\n\n"
        "\u201cThere is a letter from the town,\u201d said Zhukov.\n\n"
        "\u201cRead it to me, then, Semyon Lukich,\u201d said Dunya Orlova.\n\n"
        "\u201cIt is only about the rent,\u201d said Zhukov, folding it.\n\n"
        "Semyon Lukich sat down by the stove and said nothing."
    )
    found = aliases(text)
    assert owner(found, "Semyon Lukich") != owner(found, "Zhukov")


def _cand(key: str, title: str = "") -> Candidate:
    return Candidate(0, len(key), key, tuple(key.split()), title)


def test_what_a_patronymic_form_is() -> None:
    assert patronymic_form(_cand("Fyodor Ilyich"))
    assert patronymic_form(_cand("Marya Ivanovna"))
    assert patronymic_form(_cand("Alexei Ivanych"))
    assert not patronymic_form(_cand("Ilyich"))
    assert not patronymic_form(_cand("Ivan Petrov"))
    assert not patronymic_form(_cand("Henry Aldrich"))  # a surname; a patronymic ends -ich too
