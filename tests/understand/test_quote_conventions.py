"""Quotation conventions the dialogue stage must read: apostrophes ending a word inside
single-quoted speech or eliding an "h" at its start, British stories with nested double
quotations, French-spaced guillemets, a quotation that lost its closing mark before the next
one opens or before its tag. Every sentence here is made up for the test."""

from __future__ import annotations

from dialogue_texts import quotes_of
from hypothesis import given, settings
from hypothesis import strategies as st

from ficshelf.model import RawDocument
from ficshelf.understand.dialogue import uses_single_quotes
from ficshelf.understand.pipeline import run


def test_a_plural_possessive_before_a_word_does_not_end_a_single_quoted_speech() -> None:
    # British logical punctuation: the closing mark stands before the comma or full stop,
    # so every closer follows a letter, as the possessives do.
    text = (
        "'The Pikes' cousin has come', said Wyn. 'He wants the goats' halters back'.\n\n"
        "'Tell him no', said her uncle.\n"
    )
    assert uses_single_quotes(text)
    assert quotes_of(text) == [
        "The Pikes' cousin has come",
        "He wants the goats' halters back",
        "Tell him no",
    ]


def test_a_speech_over_two_paragraphs_keeps_its_possessives() -> None:
    text = (
        "'I'll tell you,' said Orrin. 'The mules' feed is short, and the hens' coop leaks.\n\n"
        "'So we leave at first light.'\n\n"
        "Nobody answered him.\n"
    )
    assert quotes_of(text) == [
        "I'll tell you,",
        "The mules' feed is short, and the hens' coop leaks.",
        "So we leave at first light.",
    ]


def test_a_closing_mark_after_a_word_still_ends_a_speech_its_tag_follows() -> None:
    text = "'Bring the girls' she said, 'and the lanterns.'\n\n'Which lanterns?' asked Bel.\n"
    assert quotes_of(text) == ["Bring the girls", "and the lanterns.", "Which lanterns?"]


def test_a_single_quoted_term_after_a_word_keeps_its_closing_mark() -> None:
    text = (
        "'Fine,' said Dov. He called the shed a 'workshop' and laughed at it.\n\n"
        "'It is one,' said Ama.\n"
    )
    assert quotes_of(text) == ["Fine,", "It is one,"]


def test_a_dropped_h_in_single_quoted_dialect_is_an_apostrophe() -> None:
    # "'ouse", "'orrible", "'appy": no English word, but one with an "h" before it
    text = (
        "The lane was muddy.\n\n"
        "'Shut the door of my 'ouse,' said the old woman. 'And mind that 'orrible cat.'\n\n"
        "'I'm that 'appy to see you,' said Nell, 'and so's my 'usband, and a fine 'un he is.'\n"
    )
    assert quotes_of(text) == [
        "Shut the door of my 'ouse,",
        "And mind that 'orrible cat.",
        "I'm that 'appy to see you,",
        "and so's my 'usband, and a fine 'un he is.",
    ]
    # a word in lower case after a tag still opens the second half of its line
    assert quotes_of("'Well,' said Nell, 'and then we went home.'\n") == [
        "Well,",
        "and then we went home.",
    ]


def test_a_right_single_mark_at_a_word_start_is_an_apostrophe_when_quotes_open_with_left() -> None:
    # Curly single quotes: speeches open with ‘, so a ’ after a space, before a letter, is
    # the apostrophe of an elision, even where the rest is a word ("’ear") or capitalised.
    text = (
        "The yard was wet.\n\n"
        "‘Evening,’ says the carter. ‘Glad to ’ear it. I can’t stay long.’\n\n"
        "‘Where is your brother?’\n\n"
        "‘Out, miss. ’E went to the ’arbour, an’ ’e won’t be back, not till the ’90s.’\n"
    )
    assert quotes_of(text) == [
        "Evening,",
        "Glad to ’ear it. I can’t stay long.",
        "Where is your brother?",
        "Out, miss. ’E went to the ’arbour, an’ ’e won’t be back, not till the ’90s.",
    ]


def test_a_british_story_with_a_nested_double_quotation_in_most_speeches() -> None:
    text = (
        "'Did the card come?' asked Idris.\n\n"
        '\'It did. She wrote "Soon" on it, and "Love" under that.\'\n\n'
        "'The sign says \"Closed\", though,' said Idris.\n\n"
        "'Then \"closed\" it is,' said Bryn. 'We'll come back tomorrow.'\n"
    )
    assert uses_single_quotes(text)
    assert quotes_of(text) == [
        "Did the card come?",
        'It did. She wrote "Soon" on it, and "Love" under that.',
        'The sign says "Closed", though,',
        'Then "closed" it is,',
        "We'll come back tomorrow.",
    ]


def test_single_quoted_terms_inside_few_double_quoted_speeches_keep_the_double_marks() -> None:
    # Single marks opened right after a word are terms, not speech: they do not outvote
    # the story's double quotations.
    text = (
        "The hall was cold.\n\n"
        "\"Is it 'Captain' or 'Admiral' now, or just 'sir'?\" asked the clerk.\n"
    )
    assert quotes_of(text) == ["Is it 'Captain' or 'Admiral' now, or just 'sir'?"]


def test_french_spaced_guillemets() -> None:
    text = (
        "« Sit down », said the innkeeper, « and eat. »\n\n"
        "« Thank you », said Lise.\n\n"
        "»Then come,« he said. »Quickly.«\n"
    )
    assert quotes_of(text) == [
        "Sit down",
        "and eat.",
        "Thank you",
        "Then come,",
        "Quickly.",
    ]


def test_a_lost_closing_mark_before_a_new_speech_in_the_same_paragraph() -> None:
    # Three marks: read as a closer with the space on the wrong side, the second would
    # leave the third closing nothing; it opens a new speech, the first lost its closer.
    # The tag that ends the first one is narration: its closer was lost before the tag.
    assert quotes_of('"Halt, the guard shouted. "Halt or I fire!"\n') == [
        "Halt,",
        "Halt or I fire!",
    ]
    # With nothing closing after it, it is a closer typed with its space on the wrong side.
    assert quotes_of('"Not yet, "said Cole.\n\n"Now, "she said.\n') == ["Not yet,", "Now,"]


def test_a_quotation_that_lost_its_closing_mark_ends_before_its_tag() -> None:
    # Before the next speech in the paragraph: a question, an exclamation, a comma.
    assert quotes_of('The gate creaked. "Anyone in? Pia called. "I have the milk."\n') == [
        "Anyone in?",
        "I have the milk.",
    ]
    assert quotes_of('"Mind the step! cried the porter. "It is wet."\n') == [
        "Mind the step!",
        "It is wet.",
    ]
    assert quotes_of('"Not a word of this, Mr. Vane said quietly. "Not to anyone."\n') == [
        "Not a word of this,",
        "Not to anyone.",
    ]
    # At the paragraph's end, when the next paragraph is narration.
    assert quotes_of('"Sit by the stove, she told him.\n\nHe sat down.\n') == ["Sit by the stove,"]


def test_a_quotation_that_lost_its_closing_mark_keeps_words_that_are_no_tag() -> None:
    # No punctuation before the verb, no verb of speaking, or more words than a tag holds.
    text = '"We walked home and Father said.\n\nThe rain stopped.\n'
    assert quotes_of(text) == ["We walked home and Father said."]
    text = '"I looked for you, he waited. "There you are."\n'
    assert quotes_of(text) == ["I looked for you, he waited.", "There you are."]
    text = '"Go on, she said to me that day by the old red barn. "Go."\n'
    assert quotes_of(text) == ["Go on, she said to me that day by the old red barn.", "Go."]
    # A closed quotation keeps the tag it quotes ("I said", "they say") as it always did.
    text = '"It was late, I said, and nobody listened," Edda told him.\n'
    assert quotes_of(text) == ["It was late, I said, and nobody listened,"]


_ALPHABET = st.sampled_from(
    list("ab '\"«».,!?") + ["boys' ", " ' ", " « ", " » ", "said Jo", "\n\n", "s' k"]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_quotes_in_mixed_conventions_never_overlap_and_stay_in_their_text(text: str) -> None:
    analysis = run(RawDocument(text, "t.txt", "txt"), ["text", "notes", "dialogue"])
    spans = analysis.layer("quotes")
    for a, b in zip(spans, spans[1:], strict=False):
        assert a.end <= b.start
    for span in spans:
        assert 0 <= span.start < span.end <= len(text)
        assert span.text_of(text).strip() == span.text_of(text)
