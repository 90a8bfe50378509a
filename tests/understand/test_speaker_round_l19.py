"""Speaker rules of round L19 (LitBank speakers): each on a short text written for the
test."""

from __future__ import annotations

from typing import cast

from dialogue_texts import said, tag_after_name, with_cast

from ficshelf.model import Span
from ficshelf.understand.speaker_cues import build_cast
from ficshelf.understand.speaker_ranker import Ranker
from ficshelf.understand.speaker_split import continues_split_line
from ficshelf.understand.speaker_vectors import Candidate
from ficshelf.understand.speakers import speaker_spans
from ficshelf.understand.speech_tags import tag_before


def test_a_subject_with_an_ing_verb_is_an_absolute_phrase_not_a_tag() -> None:
    names = {"Wilma": "Wilma"}
    assert tag_after_name("Wilma answering, they set off up the lane.", names) is None
    # a finite verb, or an -ing form after an auxiliary, is still the tag
    assert tag_after_name("Wilma answered, and they set off up the lane.", names) == "Wilma"
    assert tag_after_name("Wilma was saying, when the bell rang.", names) == "Wilma"


def test_began_past_an_adverb_before_to_is_no_verb_of_speaking() -> None:
    names = {"Piers": "Piers"}
    assert tag_after_name("Piers began slowly to stack the plates.", names) is None
    assert tag_after_name("Piers began slowly, and then stopped.", names) == "Piers"


def test_a_verb_of_saying_after_to_with_an_object_is_an_intention() -> None:
    names = {"Edna": "Edna"}
    assert tag_after_name("Edna longed to reply something clever.", names) is None
    assert tag_after_name("Edna ventured to reply.", names) == "Edna"


def test_a_split_line_is_one_line_split_by_its_tag() -> None:
    text = '"Put it down," she said, "on the bench." "Now," Tom said. "Go," he said. "Run."'
    spans = [
        Span(text.index(q), text.index(q) + len(q))
        for q in ("Put it down,", "on the bench.", "Now,", "Go,", "Run.")
    ]
    assert continues_split_line(text, spans[0], spans[1])
    # a tag that ends its sentence, or a first half that ends its own, splits nothing
    assert not continues_split_line(text, spans[2], spans[3])
    assert not continues_split_line(text, spans[3], spans[4])
    # narration with no verb of speaking is no tag
    moved = '"Put it down," she turned, "on the bench."'
    assert not continues_split_line(moved, Span(1, 13), Span(moved.index("on"), len(moved) - 1))
    # a title's period does not end the tag's sentence
    titled = '"Put it down," said Mr. Vane, "on the bench."'
    assert continues_split_line(titled, Span(1, 13), Span(titled.index("on"), len(titled) - 1))


class _ContraryOnce:
    """A ranker that overrules the sieve on the first quote it is asked about (with the
    first rival candidate) and keeps the sieve's choice after that."""

    kept_rules: frozenset[str] = frozenset()

    def __init__(self) -> None:
        self.asked = 0

    def choose(self, candidates: list[Candidate], label: str, rule: str) -> tuple[str, float]:
        self.asked += 1
        rivals = [c.name for c in candidates if c.name != label]
        return (rivals[0], 0.9) if rivals and self.asked == 1 else ("", 0.0)


def test_the_halves_of_a_split_line_keep_one_speaker_after_the_ranker() -> None:
    text = (
        "Nell and Hugo carried the crates into the barn.\n\n"
        '"Leave that one," she said, "by the door."\n'
    )
    analysis = with_cast(text, {"Nell": "Nell", "Hugo": "Hugo"})
    first, second = speaker_spans(analysis, cast(Ranker, _ContraryOnce()))
    assert first.label == second.label == "Hugo"


def test_a_speech_word_after_its_owner_is_a_noun_not_a_tag_verb() -> None:
    text = (
        "The clerk read the notice aloud.\n\n"
        '"Closed," said Ivo, with whose mood the clerk\'s remarks were in tune, "until Monday."\n'
    )
    analysis = with_cast(text, {"Ivo": "Ivo", "clerk": "the clerk"})
    narration = text[text.index("with whose") : text.index('"until')]
    cast_ = build_cast(text, analysis.layer("mentions"), analysis.layer("characters"), (), (), "")
    assert [who for _, who in said(text, {"Ivo": "Ivo", "clerk": "the clerk"})] == ["Ivo", "Ivo"]
    tag = tag_before(cast_, narration, 0, len(narration))
    assert tag is None or tag.name != "the clerk"
    plain = "the clerk remarks quietly, "
    tag = tag_before(cast_, plain, 0, len(plain))
    assert tag is not None and tag.name == "the clerk"


def test_a_name_right_after_a_description_is_the_tag_s_subject() -> None:
    names = {"Orla": "Orla Kent", "Kent": "Orla Kent", "Bram": "Bram"}
    assert tag_after_name("replied the painter Orla, without looking up.", names) == "Orla Kent"
    assert tag_after_name("said her friend Bram.", names) == "Bram"
    # a name after a preposition, or set off by a comma, is someone else
    assert tag_after_name("said the painter to Bram.", names) != "Bram"
    assert tag_after_name("said the painter, Bram.", names) != "Bram"
