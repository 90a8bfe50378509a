"""Round L21 (docs/history/speakers.md): speakers known only by a description. A voice in a tag
whose owner the narration brings in right after ("a man", "a woman") is that person, who
says the lines "he"/"she" tags next (``voice_owners``); a described person who opens the
last sentence of the narration before an untagged line says it (``closing_subjects``).
Each on a short text written for the test."""

from __future__ import annotations

from ficshelf.model import RawDocument
from ficshelf.understand import analyze
from ficshelf.understand.report import analysis_to_dict

# A ferry crossing: Ilse, alone at the rail, is spoken to by someone she has not seen yet.
FERRY = (
    "Ilse Marten leaned on the rail and watched the harbour lights slide away. The wind "
    "smelled of tar and rain, and she pulled her scarf tighter.\n\n"
    '"Cold night for a crossing," said a voice at her shoulder.\n\n'
    '"It is," she answered. She had not noticed a man come up beside her. He wore a grey '
    "coat buttoned to the chin, and his hands were red from the wind.\n\n"
    '"You are going to the islands, then?" he asked.\n\n'
    '"To my aunt," said Ilse.\n\n'
    '"I know the islands well," he said. "The north one is the prettiest."\n\n'
    '"So I have heard."\n\n'
    "The man smiled and looked out at the water.\n\n"
    '"You will like it," he said.\n'
)


def _said(text: str) -> tuple[dict[str, str | None], list[dict[str, object]]]:
    result = analysis_to_dict(analyze(RawDocument(text=text, source="t.txt", format="txt")))
    said = {str(q["text"]).strip(' ,.?!"“”'): q["speaker"] for q in result["quotes"]}
    return said, result["characters"]


def test_a_voice_is_the_stranger_the_narration_brings_in_after_it() -> None:
    said, characters = _said(FERRY)
    stranger = next(c for c in characters if not c.get("named", True) and c["name"] != "Ilse")
    assert stranger["name"] in ("a man", "the man")
    assert said["Cold night for a crossing"] == stranger["name"]


def test_the_stranger_says_the_lines_he_tags_next() -> None:
    said, characters = _said(FERRY)
    stranger = said["Cold night for a crossing"]
    assert stranger != "Ilse Marten"
    assert said["You are going to the islands, then"] == stranger
    assert said["I know the islands well"] == stranger
    assert said["To my aunt"] == "Ilse Marten"


def test_a_voice_named_before_any_stranger_is_no_one_new() -> None:
    text = (
        "Ilse Marten leaned on the rail and watched the harbour lights.\n\n"
        '"Cold night for a crossing," said a voice at her shoulder.\n\n'
        "She turned. Piet Damen stood there, grinning, and behind him a man was coiling "
        "rope.\n\n"
        '"Piet! You came after all," said Ilse.\n'
    )
    _, characters = _said(text)
    assert all(c["name"] not in ("a man", "the man") for c in characters)


def test_a_voice_whose_owner_is_never_shown_stays_no_one() -> None:
    text = (
        "Ilse Marten leaned on the rail and watched the harbour lights.\n\n"
        '"Cold night for a crossing," said a voice at her shoulder.\n\n'
        "She did not turn. The lights went out one by one, and the engine throbbed under "
        "her feet.\n\n"
        '"It is," said Ilse.\n'
    )
    _, characters = _said(text)
    assert [c["name"] for c in characters] == ["Ilse Marten"]


# A horse fair: the narration names the seller last, by a description only, and his
# untagged sales talk follows; the bids are someone else's.
FAIR = (
    "Nell Harrow and her brother Tam had walked since dawn to reach the fair. They found "
    "the ring crowded, and Nell pushed to the front with Tam at her heels. A grey mare was "
    "led in on a halter by the dealer, and Nell frowned: the dealer had once sold their "
    "father a lame pony. The dealer began by slapping the mare's neck and turning her "
    "about.\n\n"
    '"Sound in wind and limb, and not yet six! Who will start me at ten pounds?"\n\n'
    '"Eight."\n\n'
    '"Eight for a mare like this? I would sooner ride her home myself."\n'
)


def test_a_described_person_who_closes_the_narration_speaks_first() -> None:
    said, characters = _said(FAIR)
    assert any(c["name"] == "the dealer" for c in characters)
    assert said["Sound in wind and limb, and not yet six! Who will start me at ten pounds"] == (
        "the dealer"
    )
