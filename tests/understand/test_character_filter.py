"""The learned filter over named characters (understand/character_filter.py)."""

from __future__ import annotations

import math

import pytest

from ficshelf.understand import character_filter as cf
from ficshelf.understand.characters import characters_of
from ficshelf.understand.names import Candidate, QuoteIndex, scan_names
from ficshelf.understand.narrator_fallbacks import plain_quotes
from ficshelf.understand.text import paragraph_spans


def _candidates(text: str, key: str) -> list[Candidate]:
    """Return the name candidates of ``key`` in ``text``."""
    paragraphs = paragraph_spans(text)
    index = QuoteIndex(plain_quotes(text, paragraphs))
    found = [c for c in scan_names(text, paragraphs, index) if c.key == key]
    assert found, f"no candidate {key!r}"
    return found


def _features(text: str, key: str) -> dict[str, float]:
    """Return the named features of the candidates of ``key`` in ``text``."""
    return dict(zip(cf.FEATURES, cf.features(text, _candidates(text, key)), strict=True))


def test_features_of_a_speaking_titled_person() -> None:
    text = (
        '"Sit down," said Mr. Alder Quint. Quint smiled at the fire.\n\n'
        "Quint's dog slept. Quint said nothing more, and he waited."
    )
    f = _features(text, "Quint")
    assert f["log_mentions"] == pytest.approx(math.log1p(3))
    assert f["speech"] > 0 and f["possessive"] > 0 and f["person_verb"] > 0
    assert f["narration_only"] == 1.0 and f["dialogue_only"] == 0.0
    f = _features(text, "Alder Quint")
    assert f["titled"] == 1.0 and f["single"] == 1.0 and f["words"] == 0.5


def test_features_of_a_place_and_a_word() -> None:
    text = (
        "They took the train to Paris. In Paris the rain fell for a week.\n\n"
        "Silence. Nobody spoke of it."
    )
    f = _features(text, "Paris")
    assert f["place_name"] == 1.0 and f["place"] + f["object_of"] > 0
    assert f["speech"] == f["vocative"] == f["titled"] == 0.0
    assert _features(text, "Silence")["english_word"] == 1.0


def test_features_of_a_call_inside_a_quote() -> None:
    text = '"Come back, Bran!" she shouted.'
    f = _features(text, "Bran")
    assert f["vocative"] == 1.0 and f["dialogue_only"] == 1.0 and f["in_quote"] == 1.0


def test_no_candidates_give_zeros() -> None:
    assert cf.features("", []) == [0.0] * len(cf.FEATURES)


def test_shipped_weights_load_and_decide() -> None:
    model = cf.shipped_model()
    assert len(model.weights) == len(cf.FEATURES)
    assert 0.0 < model.threshold <= 0.5
    text = (
        '"Sit down," said Mr. Alder Quint. Quint smiled at the fire.\n\n'
        "Quint's dog slept. Quint said nothing more, and he waited."
    )
    person = cf.features(text, _candidates(text, "Quint"))
    thing = _features("The men of the Guards marched to Ottershaw.", "Ottershaw")
    assert model.keeps(person)
    assert model.probability(person) > model.probability(list(thing.values()))


def test_malformed_weights_are_refused() -> None:
    with pytest.raises(ValueError):
        cf.model_from_dict({"features": ["x"], "weights": [1.0], "bias": 0, "threshold": 0.1})
    with pytest.raises(ValueError):
        cf.model_from_dict({"features": list(cf.FEATURES)})


def _drop_all(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the model drop every character it may drop."""
    model = cf.Model(tuple(0.0 for _ in cf.FEATURES), -100.0, 0.5)
    monkeypatch.setattr(cf, "shipped_model", lambda: model)


STORY = (
    '"Morning, Pip," said Joe. Joe went out. Later Wembley sat by the fire.\n\n'
    "Wembley slept, and Wembley dreamed."
)


def test_the_filter_drops_but_never_speakers_or_calls(monkeypatch: pytest.MonkeyPatch) -> None:
    before = {c.label for c in characters_of(STORY, paragraph_spans(STORY), pov="third").characters}
    assert {"Pip", "Joe", "Wembley"} <= before
    _drop_all(monkeypatch)
    found = characters_of(STORY, paragraph_spans(STORY), pov="third")
    labels = {c.label for c in found.characters}
    assert {"Pip", "Joe"} <= labels and "Wembley" not in labels
    assert all(m.label != "Wembley" for m in found.mentions)


def test_the_filter_never_drops_the_narrator(monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        '"Hurry up, Nell," Tam called to me. I ran.\n\n'
        '"Nell, wait," Tam said again. I waited for him.'
    )
    before = characters_of(text, paragraph_spans(text), pov="first")
    assert before.narrator and before.narrator[0].label == "Nell"
    _drop_all(monkeypatch)
    after = characters_of(text, paragraph_spans(text), pov="first")
    assert after.narrator == before.narrator
    assert "Nell" in {c.label for c in after.characters}


def test_recording_keeps_everything_and_records(monkeypatch: pytest.MonkeyPatch) -> None:
    _drop_all(monkeypatch)
    with cf.recording() as recorded:
        found = characters_of(STORY, paragraph_spans(STORY), pov="third")
    assert "Wembley" in {c.label for c in found.characters}
    assert set(recorded) >= {"Pip", "Joe", "Wembley"}
    assert recorded["Joe"].protected and not recorded["Wembley"].protected
    assert len(recorded["Wembley"].features) == len(cf.FEATURES)


def test_the_filter_never_drops_a_titled_name_but_may_drop_a_saint(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = (
        "Duchesse de Morlaix wrote to him once. He sailed past St. Brannock at dawn, and St. "
        "Brannock was grey. Later Wembley sat by the fire, and Wembley slept."
    )
    _drop_all(monkeypatch)
    labels = {c.label for c in characters_of(text, paragraph_spans(text), pov="third").characters}
    assert any("Morlaix" in label for label in labels)
    assert not any("Brannock" in label for label in labels)
    assert "Wembley" not in labels


def test_the_filter_never_drops_a_name_said_to_be_someone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # "X, who ...": the text says what person X is (chr34b); a place or an animal with a
    # "who" after it ("at Thornbury, who", "the Labrador, who", "The cat Pumpkin, who") is
    # still the model's to drop
    text = (
        "Gran talked of the weather, and of Pellingham, who had sent her a bill, and of her "
        "sister at Thornbury, who wrote every week.\n\n"
        "The cat Pumpkin, who hated rain, slept on the stairs. Wembley slept too. The "
        "deed was signed by the first Harrowgate, who built the house."
    )
    _drop_all(monkeypatch)
    labels = {c.label for c in characters_of(text, paragraph_spans(text), pov="third").characters}
    assert "Pellingham" in labels
    assert not {"Thornbury", "Pumpkin", "Wembley", "Harrowgate"} & labels
