"""Reading LitBank: tokens back to text with offsets, gold quotes and coreference chains."""

from __future__ import annotations

from pathlib import Path

import pytest
from litbank_builders import SENTENCES, make_litbank

from ficshelf.errors import ConfigError
from ficshelf.evaluation.litbank import (
    QUOTE_MARKS,
    detokenise,
    doc_names,
    is_litbank,
    read_doc,
)

SHARED_LITBANK = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "litbank"


def test_detokenise_spaces_punctuation_quotes_and_clitics() -> None:
    text, offsets = detokenise([s.split(" ") for s in SENTENCES])
    assert text == (
        "Chapter 1 Mr. Ash lived alone, in the hills.\n\n"
        "“Hello, Jane,” said Mr. Ash. “Don't go.” She didn't answer.\n\n"
        "“It's late. I must.”\n\n"
        '"Then go," he said; "and take the lamp (it\'s mine)." _Never_, she thought.'
    )
    for sentence, spans in zip(SENTENCES, offsets, strict=True):
        assert [text[s:e] for s, e in spans] == sentence.split(" ")


def test_a_sentence_opening_with_a_quotation_mark_starts_a_paragraph() -> None:
    text, _ = detokenise([["“", "A", "."], ["B", ".", "”"], ["“", "C", ".", "”"], ["D", "."]])
    assert text == "“A. B.”\n\n“C.” D."


def test_a_stray_straight_quote_does_not_flip_the_quotations_after_it() -> None:
    sentences = [
        ["'", "Wooed", "'", ".", "'"],  # a stray mark at the end
        ["'", "Edith", "!", "'"],
        ["said", "Margaret", ",", "'", "Edith", "!", "'"],
    ]
    text, _ = detokenise(sentences)
    assert text == "'Wooed'.'\n\n'Edith!' said Margaret, 'Edith!'"


def test_marks_are_read_from_their_neighbours_so_a_lost_one_does_not_flip_the_rest() -> None:
    sentences = [
        ['"', "Yours", ",", '"', "ASH", ".", '"'],  # the mark before "ASH" reopens: one is lost
        ["It", "rained", "."],
        ["She", "said", ",", '"', "For", "luck", ",", '"', "and", "left", "."],
    ]
    text, _ = detokenise(sentences)
    assert text.startswith('"Yours,') and text.endswith(' rained. She said, "For luck," and left.')


def test_an_opening_mark_left_at_a_sentence_end_opens_the_next_paragraph() -> None:
    sentences = [
        ["'", "Come", "!", "'"],
        ["She", "heard", "it", ".", "'"],  # the tokeniser left the next opening mark here
        ["I", "am", "tired", ".", "'"],
        ["'", "So", "am", "I", ".", "'"],
    ]
    text, _ = detokenise(sentences)
    assert text == "'Come!' She heard it.\n\n'I am tired.'\n\n'So am I.'"


def test_two_marks_ending_a_sentence_close_one_quotation_and_open_the_next() -> None:
    sentences = [
        ['"', "It", "is", "late", ".", '"', '"'],  # the next opening mark was left here
        ["'", "Rest", ",", "'", '"', "sang", "Jo", ",", '"', "'", "and", "sleep", ".", "'", '"'],
    ]
    text, _ = detokenise(sentences)
    assert text == '"It is late."\n\n"\'Rest,\'" sang Jo, "\'and sleep.\'"'


def test_a_double_mark_glued_to_a_single_one_is_read_as_the_double_mark() -> None:
    sentences = [
        ['"', "Odd", "place", ",", '"', "said", "Kit", ",", '"', "to", "meet", ".", '"'],
        ["Rain", "fell", "."],
        ["\"'", "Twas", "ever", "so", ",", '"', "said", "Kit", ":", '"', "go", "on", ".", '"'],
        ['"', "Yes", ".", '"'],
    ]
    text, _ = detokenise(sentences)
    assert text == (
        '"Odd place," said Kit, "to meet." Rain fell.\n\n'
        '"\'Twas ever so," said Kit: "go on."\n\n"Yes."'
    )


def test_a_tale_told_over_many_sentences_stays_one_quotation() -> None:
    # a narrator's long tale in one quotation: its closing mark comes 19 sentences on
    tale = [["We", "heard", "the", "tide", "turn", "."]] * 18
    sentences = [
        ['"', "Mind", "the", "rope", ",", '"', "said", "Ivo", "."],
        ["Then", "he", "said", ",", "softly", "--", '"', "I", "was", "young", "once", "."],
        *tale,
        ["It", "was", "long", "ago", ".", '"'],
    ]
    text, _ = detokenise(sentences)
    assert text.startswith('"Mind the rope," said Ivo. Then he said, softly -- "I was young')
    assert text.endswith('It was long ago."')


def test_text_the_tokeniser_glued_to_a_chapter_heading_is_a_paragraph_of_its_own() -> None:
    sentences = [
        ["CHAPTER", "ONE", "THE", "FERRY", '"', "Wait", "!", '"', "cried", "Ada", "."],
        ["She", "ran", "."],
        ["Chapter", "2", "Rain", "fell", "."],
        ["PART", "I", "CHAPTER", "III", "“", "THE", "MILL", "”", "stood", "there", "."],
        ["Book", "IV", "‘", "Home", "’", "Rain", "."],
    ]
    text, _ = detokenise(sentences)
    assert text == (
        'CHAPTER ONE THE FERRY\n\n"Wait!" cried Ada. She ran. Chapter 2 Rain fell.'
        " PART I CHAPTER III “THE MILL” stood there. Book IV ‘Home’ Rain."
    )
    glued = ["CHAPTER", "I.", "Down", "the", "Hill", "Ada", "was", "tired", ",", "“", "Why", "?"]
    text, _ = detokenise([[*glued, "”", "thought", "Ada", "."]])
    assert text == "CHAPTER I. Down the Hill Ada was tired, “Why?” thought Ada."


def test_apostrophes_of_dialect_and_plurals_do_not_flip_single_quotations() -> None:
    sentences = [
        "' I 'm goin ' home wi ' the lads , ' said Tam .".split(),
        ["'", "The", "sailors", "'", "huts", "are", "cold", "!", "'"],
        ["'", "Aye", ".", "'"],
    ]
    text, _ = detokenise(sentences)
    assert text == (
        "'I'm goin' home wi' the lads,' said Tam.\n\n'The sailors' huts are cold!'\n\n'Aye.'"
    )


def test_a_word_elided_at_its_start_keeps_its_space_and_tis_is_one_word() -> None:
    sentences = [
        ['"', *"'T is late , and they 'll feed 'em more 'n once .".split()],
        [*"We 'd stay , 't was warm .".split(), '"'],
    ]
    text, _ = detokenise(sentences)
    assert text == "\"'Tis late, and they'll feed 'em more 'n once. We'd stay, 'twas warm.\""


def test_a_text_that_opens_sentences_with_single_marks_quotes_with_them() -> None:
    sentences = [
        ["'", "Morning", ",", "Mrs", "Gill", "!", "'"],
        ["He", "read", "the", '"', "Times", '"', "."],
        ["'", "Thanks", "!", "'", "said", "she", "."],
    ]
    text, _ = detokenise(sentences)
    assert text == "'Morning, Mrs Gill!' He read the \"Times\".\n\n'Thanks!' said she."


def test_a_lone_apostrophe_is_an_elision_where_double_quotes_are_used() -> None:
    text, _ = detokenise([['"', "Good", "mawnin", "'", ",", "suh", ",", '"', "he", "said", "."]])
    assert text == '"Good mawnin\', suh," he said.'


def test_read_doc_maps_gold_to_offsets(tmp_path: Path) -> None:
    root = make_litbank(tmp_path / "lb", ["a"])
    doc = read_doc(root, "a")
    quotes = [(doc.text[q.start : q.end], q.speaker) for q in doc.quotes]
    assert quotes == [
        ("Hello, Jane,", "Mr_Ash-0"),
        ("Don't go.", "Mr_Ash-0"),
        ("It's late. I must.", "Jane-1"),
        ("Then go,", None),
    ]
    mentions = [(doc.text[m.start : m.end], m.entity, m.type) for m in doc.mentions]
    assert ("Mr. Ash", "Mr_Ash-0", "PROP") in mentions
    assert ("the hills", "the_hills-2", "NOM") in mentions
    assert len(mentions) == 6


def test_an_appositive_joins_the_chain_of_the_mention_it_stands_beside(tmp_path: Path) -> None:
    root = make_litbank(tmp_path / "lb", ["a"])
    ann = root / "coref" / "tsv" / "a.ann"
    # "the hills" read as an appositive of "Mr. Ash" (no COREF line of its own), and a
    # second appositive of that one, listed first: both name Mr. Ash's chain.
    lines = [
        line for line in ann.read_text("utf-8").splitlines() if line != "COREF\tT5\tthe_hills-2"
    ]
    lines += ["MENTION\tT9\t0\t7\t0\t7\tin\tPER\tNOM", "APPOS\tT9\tT5", "APPOS\tT5\tT1"]
    ann.write_text("\n".join(lines) + "\n", "utf-8")
    doc = read_doc(root, "a")
    entities = {doc.text[m.start : m.end]: m.entity for m in doc.mentions}
    assert entities["the hills"] == "Mr_Ash-0"
    assert entities["in"] == "Mr_Ash-0"
    assert len(doc.mentions) == 7


def test_split_is_fixed_by_name(tmp_path: Path) -> None:
    names = [f"{i:03d}_book" for i in range(25)]
    root = make_litbank(tmp_path / "lb", names)
    assert is_litbank(root) and not is_litbank(tmp_path)
    assert doc_names(root, "test") == names[5:]
    assert doc_names(root, "dev") == names[:5]
    assert doc_names(root) == names
    with pytest.raises(ConfigError, match="split"):
        doc_names(root, "train")
    with pytest.raises(ConfigError, match="not a LitBank"):
        doc_names(tmp_path / "lb" / "coref")


def test_an_annotation_outside_the_text_is_an_error(tmp_path: Path) -> None:
    root = make_litbank(tmp_path / "lb", ["a"])
    (root / "coref" / "tsv" / "a.ann").write_text(
        "MENTION\tT1\t40\t0\t40\t1\tX\tPER\tPROP\n", "utf-8"
    )
    with pytest.raises(ConfigError, match="outside"):
        read_doc(root, "a")


def _trim_marks(tokens: list[str]) -> list[str]:
    while tokens and set(tokens[0]) <= QUOTE_MARKS:
        tokens = tokens[1:]
    while tokens and set(tokens[-1]) <= QUOTE_MARKS:
        tokens = tokens[:-1]
    return tokens


def test_real_litbank_quotes_align_with_their_annotated_text() -> None:
    if not SHARED_LITBANK.is_dir():
        pytest.skip("../shared/data/litbank is not present")
    names = doc_names(SHARED_LITBANK)
    assert len(names) == 100 and len(doc_names(SHARED_LITBANK, "test")) == 20
    for name in names:
        doc = read_doc(SHARED_LITBANK, name)
        ann = (SHARED_LITBANK / "quotations" / "tsv" / f"{name}.ann").read_text("utf-8")
        annotated = sorted(
            "".join(_trim_marks(line.split("\t")[6].split()))
            for line in ann.splitlines()
            if line.startswith("QUOTE")
        )
        found = sorted("".join(doc.text[q.start : q.end].split()) for q in doc.quotes)
        assert found == sorted(a for a in annotated if a), name
