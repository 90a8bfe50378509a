"""One vocabulary for a story's language: codes from every spelling a file uses."""

from __future__ import annotations

import pytest

from ficshelf.languages import language_code, language_name, language_spellings


@pytest.mark.parametrize(
    ("stated", "code"),
    [
        ("English", "en"),
        ("en", "en"),
        ("EN", "en"),
        ("en-GB", "en"),
        ("Deutsch", "de"),
        ("German", "de"),
        ("Español", "es"),
        ("Português brasileiro", "pt"),
        ("ptBR", "pt"),
        ("pt-BR", "pt"),
        ("中文-普通话 國語", "zh"),
        ("中文-广东话 粵語", "yue"),
        ("Русский", "ru"),
        ("日本語", "ja"),
        ("zh-Hant", "zh"),
        ("Toki Pona", "tok"),
    ],
)
def test_every_spelling_gives_one_code(stated: str, code: str) -> None:
    assert language_code(stated) == code


@pytest.mark.parametrize("stated", ["", "  ", "zxx", "Sylvan Cant", "xx", None])
def test_no_known_language_gives_none(stated: str | None) -> None:
    assert language_code(stated) is None


def test_names_and_spellings() -> None:
    assert language_name("Français") == language_name("fr") == "French"
    assert language_name("Sylvan Cant ") == "Sylvan Cant"
    assert set(language_spellings("Deutsch")) >= {"de", "german", "deutsch"}
    assert language_spellings("Sylvan Cant") == ("sylvan cant",)


@pytest.mark.parametrize(
    ("stated", "code"),
    [("iw", "he"), ("eng", "en"), ("ger", "de"), ("en_US", "en"), ("Kiswahili", "sw")],
)
def test_registry_codes_and_cldr_names(stated: str, code: str) -> None:
    # ISO 639-2 codes and deprecated ones read as the language's code (langcodes' registry)
    assert language_code(stated) == code


@pytest.mark.parametrize("stated", ["none", "mul", "und", "mis", "qaa", "Unknown"])
def test_no_one_language_gives_none(stated: str) -> None:
    # "none" is no glued tag of Norwegian; many, undetermined, private-use codes name none
    assert language_code(stated) is None


def test_spellings_take_the_names_in_every_language() -> None:
    spellings = language_spellings("German")
    assert {"de", "german", "deutsch", "allemand", "tedesco"} <= set(spellings)
    assert language_name("Қазақша") == "Kazakh"
