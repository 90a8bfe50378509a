"""The name-swap generalisation check (scripts/name_swap.py)."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from ficshelf.evaluation.gold import GoldCharacter, GoldQuote, GoldStory
from script_loading import load_script


def _script() -> ModuleType:
    return load_script("name_swap")


def test_name_tokens_keep_titles_kin_roles_and_epithets() -> None:
    tokens = _script().name_tokens
    assert tokens(["Mr. Quillon Darrow", "Quill's", "Aunt Bessa"]) == {
        "Quillon",
        "Darrow",
        "Quill",
        "Bessa",
    }
    assert tokens(["the Ferryman", "my uncle", "Vane the Bold", "J. Pell", "Henri IV"]) == {
        "Vane",
        "Pell",
        "Henri",
    }


def test_the_swap_is_seeded_keeps_length_case_and_possessives() -> None:
    script = _script()
    text = "Quillon laughed. QUILLON! Quillon's hat, said Mr. Darrow to Quillonby."
    swap = script.NameSwap.build({"Quillon", "Darrow"}, text, "43:story")
    assert swap.table == script.NameSwap.build({"Darrow", "Quillon"}, text, "43:story").table
    swapped = swap.swap(text)
    new = swap.table["Quillon"]
    assert len(new) == len("Quillon") and new[0].isupper() and new[1:].islower()
    assert swapped.startswith(f"{new} laughed. {new.upper()}! {new}'s hat, said Mr. ")
    assert swapped.endswith(" to Quillonby.")  # a longer word is not the name
    assert swap.unswap(swapped) == text
    known = script.known_words()
    assert all(v.lower() not in known for v in swap.table.values())


def test_swap_value_changes_names_but_not_fandoms_or_paths() -> None:
    script = _script()
    story = GoldStory(
        path=Path("Quillon.gold.json"),
        source=Path("Quillon.txt"),
        title="Quillon at sea",
        authors=(),
        fandoms=("Quillon Tales",),
        pov="third",
        tense="past",
        narrator=None,
        characters=(GoldCharacter("Quillon Darrow", ("Quillon",), "main"),),
        relationships=(),
        warnings=(),
        rating=None,
        notes=(),
        quotes=(GoldQuote("Come, Quillon.", "Quillon Darrow"),),
    )
    swapped = script.swap_value(story, lambda s: s.replace("Quillon", "Zebodir"))
    assert swapped.characters[0].aliases == ("Zebodir",)
    assert swapped.quotes[0].speaker == "Zebodir Darrow"
    assert swapped.title == "Zebodir at sea"
    assert swapped.fandoms == ("Quillon Tales",) and swapped.source == Path("Quillon.txt")


def test_the_carrier_is_the_strongest_table_that_knew_the_name() -> None:
    carrier = _script().carrier
    assert carrier(["Margaret Zebodir"], True) == "census given name"
    assert carrier(["Peggy"], True) == "nickname table"
    assert carrier(["Zebodir Quxley"], True) == "no table"


def test_a_pronoun_tag_after_a_quote_is_found() -> None:
    tagged = _script().pronoun_tagged
    text = "“Come here,” she said. “Now,” Quillon said."
    assert tagged(text, "Come here,")
    assert not tagged(text, "Now,")


def test_a_short_form_keeps_the_opening_it_shares_with_the_full_name() -> None:
    swap = _script().NameSwap.build({"Quillon", "Quil", "Darrow"}, "", "43:story")
    assert swap.table["Quillon"].startswith(swap.table["Quil"])
