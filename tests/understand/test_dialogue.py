"""The "dialogue" stage: quotations in every style, apostrophes, unbalanced marks, notes."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest
from dialogue_texts import SPEECH, quotes_of
from hypothesis import given, settings
from hypothesis import strategies as st

from ficshelf.ingest import read_document
from ficshelf.model import RawDocument, Span
from ficshelf.understand.dialogue import (
    _ALNUM,
    _SINGLE_OPENER,
    left_open,
    quote_spans,
    uses_single_quotes,
)
from ficshelf.understand.pipeline import run


def test_straight_and_curly_double_quotes() -> None:
    text = 'She said nothing.\n\n"Straight," he said.\n\n“Curly,” she said.\n'
    assert quotes_of(text) == ["Straight,", "Curly,"]


def test_a_line_split_by_its_tag_is_two_quotes() -> None:
    assert quotes_of('"Hi," she said, "how are you?"\n') == ["Hi,", "how are you?"]


def test_spans_leave_the_marks_out_and_score_balanced_quotes_1() -> None:
    text = "“Go home,” said Alex.\n"
    analysis = run(RawDocument(text, "t.txt", "txt"), ["text", "notes", "dialogue"])
    (quote,) = analysis.layer("quotes")
    assert (quote.text_of(text), quote.label, quote.score) == ("Go home,", "", 1.0)


def test_single_quote_dialogue_with_apostrophes() -> None:
    text = (
        "‘I don’t know,’ said Jo. ‘The Smiths’ dog took ’em all in the ’70s.’\n\n"
        "‘Rock ’n’ roll,’ said Laurie. ‘It’s the Joneses’ fault.’\n\n"
        "'Tis a pity,' Jo said. 'The lads' boots are muddy.'\n"
    )
    assert uses_single_quotes(text)
    assert quotes_of(text) == [
        "I don’t know,",
        "The Smiths’ dog took ’em all in the ’70s.",
        "Rock ’n’ roll,",
        "It’s the Joneses’ fault.",
        "'Tis a pity,",
        "The lads' boots are muddy.",
    ]


def test_single_quotes_nested_in_double_quotes_stay_inside() -> None:
    text = '"He told me, \'Never again,\' and left," said Ann.\n\n"Well," said Bo.\n'
    assert not uses_single_quotes(text)
    assert quotes_of(text) == ["He told me, 'Never again,' and left,", "Well,"]


def test_a_speech_over_several_paragraphs_is_one_quote_per_paragraph() -> None:
    analysis = run(RawDocument(SPEECH, "t.txt", "txt"), ["text", "notes", "dialogue"])
    quotes = analysis.layer("quotes")
    assert [q.text_of(SPEECH) for q in quotes] == [
        "We sail at dawn. Every man who wants to go home richer than he came will be at his post.",
        "Every man who does not can stay on the quay and explain to his wife why.",
    ]
    assert left_open(SPEECH, quotes[0]) and not left_open(SPEECH, quotes[1])
    assert quotes[0].score < 1.0


def test_an_unbalanced_quote_never_swallows_the_next_paragraphs() -> None:
    text = '"Wait, she said, and ran.\n\nThe door slammed.\n\nThe house was quiet for an hour.\n'
    assert quotes_of(text) == ["Wait, she said, and ran."]
    analysis = run(RawDocument(text, "t.txt", "txt"), ["text", "notes", "dialogue"])
    assert analysis.layer("quotes")[0].score < 0.9


def test_a_closing_mark_nothing_opened_starts_a_quote_at_the_paragraph_start() -> None:
    assert quotes_of('I know," he said.\n') == ["I know,"]


def test_tokenised_sentence_per_line_text_runs_a_quote_on_to_its_closing_mark() -> None:
    text = '" Stop !\nPlease stop .\nI beg you , " she said .\n" No . "\n'
    assert quotes_of(text) == ["Stop !\nPlease stop .\nI beg you ,", "No ."]


def test_scare_quotes_and_titles_are_not_dialogue() -> None:
    text = 'The so-called "experts" had read "War and Peace" twice.\n\n"Really?" asked Mo.\n'
    assert quotes_of(text) == ["Really?"]


def test_terms_names_and_titles_inside_a_sentence_are_not_dialogue() -> None:
    text = (
        "The old hands called the tide “the grey mare.” Nobody knew why.\n\n"
        "Her cane was the sort known as a “pilgrim stick.” It had a brass tip.\n\n"
        "He had sung “Over the Low Hills and Far Away” at every wedding, and\n"
        "he went on about “the boat that sank with all its silver” to anyone.\n\n"
        "She asked, “Is it far?”\n\n"
        "The twins kept talking of “Where shall we live when the mill shuts?”\n\n"
        "Ted said “Fine.” and left.\n"
    )
    assert quotes_of(text) == [
        "Is it far?",
        "Where shall we live when the mill shuts?",
        "Fine.",
    ]


def test_a_short_quote_with_a_speech_verb_after_it_is_dialogue() -> None:
    assert quotes_of('He shouted "stop" she said nothing.\n') == ["stop"]


def test_a_quotation_nested_in_the_same_marks_stays_inside() -> None:
    text = (
        "“She reads nothing but the “Gazette,” and sleeps by nine,” said Rua. "
        "“Truly?” asked Ken.\n\n"
        "“Wait. “Stop!” He never listens,” she said.\n"
    )
    assert quotes_of(text) == [
        "She reads nothing but the “Gazette,” and sleeps by nine,",
        "Truly?",
        "Wait.",
        "Stop!",
    ]


def test_a_short_quote_that_its_sentence_goes_on_from_is_a_term() -> None:
    text = (
        "Before the war, “the mill” had fed the valley. A girl, “clever” and quick, ran it.\n\n"
        "He said, “yes” and nothing more.\n"
    )
    assert quotes_of(text) == ["yes"]


def test_words_imagined_habitual_or_denied_are_not_dialogue() -> None:
    text = (
        "She shrugged, as if to say, “Whatever you like, I am not fussy at all.” He grinned.\n\n"
        "Grandad used to say, “Never trust a dry harbour.” We laughed at him.\n\n"
        "Jo didn't say “sorry” and left. Later she said, “I was wrong.”\n"
    )
    assert quotes_of(text) == ["I was wrong."]


def test_a_verb_of_speaking_after_a_short_quote_needs_a_subject_to_tag_it() -> None:
    text = 'Aunt May, always "so sensible," left without comment.\n\n"Tea," Ben said.\n'
    assert quotes_of(text) == ["Tea,"]


def test_inches_and_feet_are_not_quote_marks() -> None:
    text = 'He was 6\'2" and she was 5\'4".\n\n"Tall," she said.\n'
    assert quotes_of(text) == ["Tall,"]


def test_quotes_in_notes_are_labelled_note() -> None:
    text = (
        "The Long Road\nby Ann Writer\n\n"
        "“Every road is long at night.” — Old saying\n\n"
        "The lamps were out.\n\n“Come on,” said Alex.\n\n"
        "A/N: “Thanks,” as my editor says, for reading.\n"
    )
    analysis = run(RawDocument(text, "t.txt", "txt"), ["text", "notes", "dialogue"])
    labelled = [(q.text_of(text), q.label) for q in analysis.layer("quotes")]
    assert ("Come on,", "") in labelled
    assert ("Every road is long at night.", "note") in labelled
    assert all(label == "note" for quote, label in labelled if quote != "Come on,")


def test_quotes_in_headings_are_left_out() -> None:
    text = 'Chapter 1: "Run"\n\n"Run," she said.\n'
    assert quotes_of(text) == ["Run,"]


@pytest.mark.parametrize(
    "text",
    [
        "",
        '"',
        "''''",
        '"""""' * 1000,
        "“" * 5000,
        "no quotes at all",
        "ALL CAPITALS “SHOUTED,” HE SAID.",
        "Он сказал: «Привет». „Hallo“, sagte sie.",
        '"' + "a" * 1_000_000,
    ],
)
def test_never_crashes_and_quotes_stay_in_bounds(text: str) -> None:
    analysis = run(RawDocument(text, "t.txt", "txt"), ["text", "notes", "dialogue"])
    previous_end = -1
    for quote in analysis.layer("quotes"):
        assert 0 <= quote.start <= quote.end <= len(text)
        assert quote.start >= previous_end
        previous_end = quote.end


def test_guillemets_and_low_quotes() -> None:
    assert quotes_of("«Bonjour», dit-elle.\n\n„Hallo“, sagte er.\n") == ["Bonjour", "Hallo"]


CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"

_ALPHABET = st.sampled_from(list("ab '\"‘’“”\n.,!?—") + ["said Jo", "\n\n"])


@settings(max_examples=150, deadline=None)
@given(st.lists(_ALPHABET, max_size=80).map("".join))
def test_quotes_never_overlap_and_stay_in_their_text(text: str) -> None:
    analysis = run(RawDocument(text, "t.txt", "txt"), ["text", "notes", "dialogue"])
    spans = analysis.layer("quotes")
    for a, b in zip(spans, spans[1:], strict=False):
        assert a.end <= b.start
    for span in spans:
        assert span.end <= len(text) and span.text_of(text).strip() == span.text_of(text)
        assert span.label in ("", "note") and 0 < span.score <= 1


def test_quote_spans_with_labels_skip_unlabelled_paragraphs() -> None:
    text = '"One," he said.\n"Two," she said.'
    paragraphs = (Span(0, 15), Span(16, len(text)))
    assert [q.text_of(text) for q in quote_spans(text, paragraphs, ["", None])] == ["One,"]


def _tuning_golds() -> list[str]:
    return sorted(p.name for p in CORPUS.glob("*.gold.json") if int(p.name.split("-")[0]) <= 15)


@pytest.mark.parametrize("gold_name", _tuning_golds())
def test_sample_corpus_story_quotes_match_the_gold(gold_name: str) -> None:
    gold = json.loads((CORPUS / gold_name).read_text(encoding="utf-8"))
    source = CORPUS / gold["source"]
    doc = read_document(str(source), source.read_bytes())
    analysis = run(doc, ["text", "notes", "dialogue"])
    found = [" ".join(q.text_of(doc.text).split()) for q in analysis.layer("quotes") if not q.label]
    assert found == [" ".join(q["text"].split()) for q in gold["quotes"]]


def test_single_openers_are_those_of_the_plain_pattern() -> None:
    # the opener pattern leads with the mark (fast to skip to) and looks behind it: it must
    # find what the plain form, with the line start and the space before the mark, finds
    plain = re.compile(
        r"(?:^|(?<=[\s(\[—–-]))['‘‹](?:(?![a-z]*['’]\w)(?=[^\W\d_])|[ ](?=[A-Z]))",
        re.MULTILINE,
    )
    alphabet = "'‘‹’ \n\t(-—aZé1_.\"em"
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        for pos in (0, min(2, len(text))):
            fast = [m.span() for m in _SINGLE_OPENER.finditer(text, pos)]
            assert fast == [m.span() for m in plain.finditer(text, pos)], (text, pos)


def test_a_quote_needs_a_letter_or_digit_as_str_isalnum_tells() -> None:
    # the quote filter finds one with a regex: it must agree with str.isalnum everywhere
    every = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    assert _ALNUM.findall(every) == [c for c in every if c.isalnum()]


def test_a_stage_direction_in_brackets_splits_its_quotation() -> None:
    text = (
        "Tom burst into the kitchen.\n\n"
        '"Mabel! Rosa! (shouting up the stairs) The soup is burning, come down!"\n\n'
        '"We know. (to the cat) And you, off the table."\n\n'
        '"I told her (well, more or less) that we would come."\n'
    )
    assert quotes_of(text) == [
        "Mabel! Rosa!",
        "The soup is burning, come down!",
        "We know.",
        "And you, off the table.",
        "I told her (well, more or less) that we would come.",
    ]


def test_a_quotation_that_lost_its_closer_long_ago_is_dropped() -> None:
    short = 'The bell rang.\n\n"Come in, it is open, he said and waited.\n\nNobody came.\n'
    # kept, and cut before the tag that ends it (the closing mark after "open," was lost)
    assert quotes_of(short) == ["Come in, it is open,"]
    narration = " ".join(["The valley was quiet and the river ran slow under the bridge."] * 6)
    long = f'CHAPTER ONE "Hope is a small bird. {narration}\n\nNobody came.\n'
    assert quotes_of(long) == []
    lost = f"“Stay here. {narration} Then she said, “Go.”\n"
    assert quotes_of(lost) == ["Go."]


def test_thoughts_imagined_and_habits_as_tags_are_not_dialogue() -> None:
    text = (
        "She kept smiling; a guest would think, “What a happy family they are!” and go home.\n\n"
        "Her look seemed to say, “Not now, and not here either.” He waited.\n\n"
        "“Dry as a sermon,” we used to say of the place. Nobody minded.\n\n"
        "“Come in,” he would say to me, “and mind the dog.”\n\n"
        "“We have no bread left.” She didn't say more, and left.\n"
    )
    assert quotes_of(text) == ["Come in,", "and mind the dog.", "We have no bread left."]


def test_the_dialect_elision_en_is_no_closing_mark() -> None:
    text = "‘Let ’en come,’ said the carter. ‘Fetch ’en the lantern, lad.’\n"
    assert quotes_of(text) == ["Let ’en come,", "Fetch ’en the lantern, lad."]
