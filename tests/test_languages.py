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
