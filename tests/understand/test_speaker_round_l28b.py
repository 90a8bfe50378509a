"""Round L28b (docs/history/speakers.md): a speech tag whose subject is no person noun ('…," said
the lame goose') makes that subject a character when the text speaks of it again ("a lame
goose", "the goose"), so the tag's line goes to it; a one-off epithet of someone the text
names ("said the tearful retainer") does not. "acquaintance" names a person. Each on a
short text written for the test."""

from __future__ import annotations

from dialogue_texts import cast_and_lines

from ficshelf.model import Span
from ficshelf.understand.descriptor_phrases import scan_descriptors

_POND = """\
Down by the mill pond there lived a lame goose, older than any creature on the farm, and \
Wilf Barrow fed her every morning.

The goose was waiting at the gate when he came with the pail.

"You are late again," said the lame goose; "the ducks have eaten half of it."

"Then they will be fat and you will be wise," said Wilf Barrow.
"""


def _paragraphs(text: str) -> list[Span]:
    spans, at = [], 0
    for block in text.split("\n\n"):
        spans.append(Span(at, at + len(block)))
        at += len(block) + 2
    return spans


def _quotes(text: str) -> list[Span]:
    spans, at = [], text.find('"')
    while at >= 0:
        end = text.find('"', at + 1)
        spans.append(Span(at + 1, end))
        at = text.find('"', end + 1)
    return spans


def _tag_keys(text: str) -> list[str]:
    found = scan_descriptors(text, _paragraphs(text), _quotes(text))
    return [d.key for d in found if d.speech]


def test_a_creature_in_a_tag_the_text_speaks_of_again_speaks_its_line() -> None:
    names, lines = cast_and_lines(_POND)
    assert "the lame goose" in names
    assert lines[0] == ("You are late again,", "the lame goose")
    assert lines[1] == ("the ducks have eaten half of it.", "the lame goose")
    assert lines[2] == ("Then they will be fat and you will be wise,", "Wilf Barrow")


def test_an_epithet_used_once_is_no_new_character() -> None:
    text = (
        "Orla Venn had kept the house for thirty years.\n\n"
        '"I shall not stay a day after the master goes," said the tearful retainer, '
        "who loved the old man dearly.\n\n"
        '"Hush," said Orla Venn.'
    )
    assert "the tearful retainer" not in _tag_keys(text)


def test_only_a_single_noun_closing_the_tag_is_read() -> None:
    pond = "A grey heron stood by the reeds, and the heron watched the geese.\n\n"
    # a plural, a vague word, a voice and an adverb are no one speaker of this kind
    for tag in ("said the herons", "said the other", "said the voice", "said the heron softly"):
        text = pond + f'"Fish," {tag}.\n\n"Fish indeed," said Ned.'
        assert "the heron" not in _tag_keys(text), tag
    # a superlative picks one of a group, whom the text most often names
    text = pond + 'The eldest of the herons was grey.\n\n"Fish," said the eldest.'
    assert "the eldest" not in _tag_keys(text)
    assert "the heron" in _tag_keys(pond + '"Fish," said the heron.\n\n"Fish indeed," said Ned.')
    # the verb must follow a line: narration that merely reports speech is no tag
    text = pond + "Later that day cried the heron, and nobody heard.\n\n" + '"Yes," said Ned.'
    assert "the heron" not in _tag_keys(text)


def test_an_acquaintance_is_a_person() -> None:
    text = (
        "Mirelle Dousse met a stranger on the ferry, a woman with a green umbrella.\n\n"
        '"You are going to Lausanne too," Mirelle\'s new acquaintance continued; "so am I."\n\n'
        '"Only for a week," said Mirelle Dousse.'
    )
    names, lines = cast_and_lines(text)
    assert "Mirelle's new acquaintance" in names
    assert lines[0][1] == "Mirelle's new acquaintance"


def test_a_noun_counts_as_used_again_only_as_a_whole_word_after_a_determiner() -> None:
    from ficshelf.understand.descriptor_phrases import _NounUses

    uses = _NounUses("The Goose honked. Geese flew; a goosefoot grew by my old grey goose.")
    assert uses.used_again("goose")  # "The Goose" and "my old grey goose", any case
    assert not _NounUses("The goose saw the goosegirls.").used_again("goose")
    assert not _NounUses("A goose. Goose, goose, goose!").used_again("goose")
    assert not _NounUses("").used_again("goose")


def test_a_tag_subject_is_read_only_right_after_a_quote() -> None:
    from ficshelf.understand.descriptor_phrases import _tag_subjects
    from ficshelf.understand.names import QuoteIndex

    text = 'Later said the old goose. "Hush," said the old goose, "listen."'
    quote = text.index('"Hush,"')
    paragraphs = [Span(0, len(text))]
    index = QuoteIndex([Span(quote, quote + len('"Hush,"'))])
    found = _tag_subjects(text, paragraphs, index)
    assert [(m.group("verb"), m.start("verb")) for m in found[0]] == [
        ("said", quote + len('"Hush," '))
    ]


def test_a_tag_two_quote_ends_stand_before_is_read_once() -> None:
    from ficshelf.understand.descriptor_phrases import _tag_subjects
    from ficshelf.understand.names import QuoteIndex

    text = '"Hi,""" said the old goose.'
    index = QuoteIndex([Span(0, 5), Span(5, 7)])  # '"Hi,"' and an empty '""' after it
    found = _tag_subjects(text, [Span(0, len(text))], index)
    assert [m.start("verb") for m in found[0]] == [text.index("said")]
