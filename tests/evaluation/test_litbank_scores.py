"""LitBank scores: quote matching, speaker names against coreference chains, name clusters."""

from __future__ import annotations

from pathlib import Path
from types import MappingProxyType
from typing import Any

from litbank_builders import make_litbank

from ficshelf.evaluation.litbank import LitBankDoc, Mention, read_doc
from ficshelf.evaluation.litbank_scoring import (
    evaluate_litbank,
    gold_characters,
    match_overlap,
    score_doc,
)
from ficshelf.evaluation.scores import Accuracy, Counts
from ficshelf.model import Analysis, RawDocument, Span


def _doc(tmp_path: Path) -> LitBankDoc:
    return read_doc(make_litbank(tmp_path / "lb", ["a"]), "a")


def _span(doc: LitBankDoc, needle: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(needle, start + 1)
    return start, start + len(needle)


def _result(
    doc: LitBankDoc, quotes: list[tuple[str, str | None]], chars: list[Any]
) -> dict[str, Any]:
    out = []
    for needle, speaker in quotes:
        s, e = _span(doc, needle)
        out.append({"start": s, "end": e, "text": doc.text[s:e], "speaker": speaker})
    return {"quotes": out, "characters": chars}


def _analysis(doc: LitBankDoc, mentions: list[tuple[str, int, str]]) -> Analysis:
    spans = []
    for needle, nth, label in mentions:
        s, e = _span(doc, needle, nth)
        spans.append(Span(s, e, label))
    layers = {"mentions": tuple(sorted(spans, key=lambda m: m.start))}
    return Analysis(RawDocument(doc.text, "a.txt", "txt"), MappingProxyType(layers))


def test_overlap_matching_is_one_to_one_in_order() -> None:
    gold = [(0, 10), (20, 30), (40, 50)]
    predicted = [(2, 5), (6, 9), (25, 45)]
    assert match_overlap(gold, predicted) == {0: 0, 1: 2}


def test_perfect_quotes_speakers_and_names(tmp_path: Path) -> None:
    doc = _doc(tmp_path)
    result = _result(
        doc,
        [
            ("Hello, Jane,", "Mr. Ash"),
            ("Don't go.", "Ash"),
            ("It's late. I must.", "Jane"),
            ("Then go,", None),
        ],
        [{"name": "Mr. Ash", "aliases": ["Mr. Ash"]}, {"name": "Jane", "aliases": ["Jane"]}],
    )
    analysis = _analysis(
        doc, [("Mr. Ash", 0, "Mr. Ash"), ("Jane", 0, "Jane"), ("Mr. Ash", 1, "Mr. Ash")]
    )
    score = score_doc(doc, analysis, result)
    assert score.quotes_exact == Counts(4, 0, 0)
    assert score.speakers == Accuracy(3, 3)
    assert score.characters == Counts(2, 0, 0)
    assert score.name_mentions == Counts(3, 0, 0)
    assert score.b3 == (3.0, 3, 3.0, 3)


def test_mistakes_are_counted(tmp_path: Path) -> None:
    doc = _doc(tmp_path)
    result = _result(
        doc,
        [
            ("Hello, Jane", "Jane"),  # boundary off: overlap only; wrong speaker
            ("It's late.", "Narrator"),  # Jane says "I" only in her own line: no narrator
            ("in the hills", None),  # not a quote
        ],
        [{"name": "Ash", "aliases": ["Ash", "Mr. Ash"]}, {"name": "Hills", "aliases": ["Hills"]}],
    )
    # One cluster wrongly joins Mr. Ash and Jane; the second "Mr. Ash" is not found.
    analysis = _analysis(
        doc, [("Mr. Ash", 0, "X"), ("Jane", 0, "X"), ("the hills", 0, "the hills")]
    )
    score = score_doc(doc, analysis, result)
    assert score.quotes_exact == Counts(0, 3, 4)
    assert score.quotes_overlap == Counts(2, 1, 2)
    assert score.speakers == Accuracy(0, 2)
    assert score.speakers_end_to_end == Accuracy(0, 3)
    assert score.characters == Counts(1, 1, 1)
    assert score.name_mentions == Counts(2, 0, 1)
    # B3: each predicted mention's cluster {Ash, Jane} is half right; gold Mr. Ash has 1 of 2
    # found with its partner, Jane 1 of 1.
    p_sum, p_n, r_sum, r_n = score.b3
    assert (p_sum, p_n) == (1.0, 2)
    assert (r_sum, r_n) == (1.5, 3)


def test_an_ambiguous_short_name_is_not_enough(tmp_path: Path) -> None:
    root = make_litbank(tmp_path / "lb", ["a"])
    ann = root / "coref" / "tsv" / "a.ann"
    # A second chain also called "Ash" (in the sentence "Mr. Ash" of the quote tag).
    ann.write_text(
        ann.read_text("utf-8").replace("COREF\tT3\tMr_Ash-0", "COREF\tT3\tOld_Ash-9"), "utf-8"
    )
    doc = read_doc(root, "a")
    result = _result(doc, [("Hello, Jane,", "Ash"), ("Don't go.", "Mr. Ash")], [])
    score = score_doc(doc, _analysis(doc, []), result)
    assert score.speakers == Accuracy(1, 2)


def test_evaluate_runs_the_pipeline_on_a_split(tmp_path: Path) -> None:
    root = make_litbank(tmp_path / "lb", [f"{i:02d}" for i in range(21)])
    result = evaluate_litbank(root, "test")
    assert [d.name for d in result.docs] == [f"{i:02d}" for i in range(1, 21)]
    data = result.to_dict()
    assert data["split"] == "test" and data["docs"] == 20
    assert data["scores"]["quotes (exact)"]["fn"] + data["scores"]["quotes (exact)"]["tp"] == 80
    assert set(data["scores"]) >= {"speakers", "characters", "name clusters (B3)"}


def test_a_speaker_named_by_a_description_of_the_chain_is_right() -> None:
    from ficshelf.evaluation.litbank import GoldQuote, Mention
    from ficshelf.evaluation.litbank_scoring import _Chains

    text = "The old man nodded. Ash Grey smiled at me. He left; Grey Ash stayed."
    spans = {
        "The old man": ("ash-0", "NOM"),
        "Ash Grey": ("ash-0", "PROP"),
        "me": ("narrator-1", "PRON"),
        "He": ("ash-0", "PRON"),
        "Grey Ash": ("grey-2", "PROP"),
    }
    mentions = tuple(
        Mention(text.index(t), text.index(t) + len(t), e, "PER", kind)
        for t, (e, kind) in spans.items()
    )
    chains = _Chains(LitBankDoc("d", text, (GoldQuote(0, 1, "ash-0"),), mentions))
    assert chains.speaker_is("the old man", "ash-0")
    assert chains.speaker_is("Ash Grey", "ash-0")
    assert not chains.speaker_is("Grey", "ash-0")  # also a name of grey-2
    assert not chains.speaker_is("he", "ash-0")  # pronouns never name a speaker
    assert not chains.speaker_is("old", "ash-0")
    assert chains.speaker_is("Narrator", "narrator-1")
    assert not chains.speaker_is("Narrator", "ash-0")
    assert not chains.speaker_is(None, "ash-0")


def test_narrator_is_the_chain_saying_i_outside_the_quotations() -> None:
    from ficshelf.evaluation.litbank import GoldQuote, Mention
    from ficshelf.evaluation.litbank_scoring import _Chains

    text = "I stood by the door. 'I am going,' said Ash. 'Go, then,' I told him."
    said_by_ash = GoldQuote(text.index("I am"), text.index("going") + 5, "ash-0")
    mine = GoldQuote(text.index("Go,"), text.index("then") + 4, "me-1")
    at = [i for i in range(len(text)) if text.startswith("I ", i)]
    mentions = (
        Mention(at[0], at[0] + 1, "me-1", "PER", "PRON"),
        Mention(at[1], at[1] + 1, "ash-0", "PER", "PRON"),  # Ash's "I", in his own line
        Mention(text.index("Ash"), text.index("Ash") + 3, "ash-0", "PER", "PROP"),
        Mention(at[2], at[2] + 1, "me-1", "PER", "PRON"),
    )
    chains = _Chains(LitBankDoc("d", text, (said_by_ash, mine), mentions))
    assert chains.speaker_is("Narrator", "me-1")
    assert not chains.speaker_is("Narrator", "ash-0")


def test_quote_edges_are_trimmed_alike_on_both_sides() -> None:
    from ficshelf.evaluation.litbank import GoldQuote

    text = '"\'Tis late," he said.'
    gold = GoldQuote(1, 11, None)  # the annotated tokens start with the elided "'Tis"
    doc = LitBankDoc("d", text, (gold,), ())
    result = {"quotes": [{"start": 1, "end": 11, "speaker": None}], "characters": []}
    analysis = Analysis(RawDocument(text, "d.txt", "txt"), MappingProxyType({}))
    score = score_doc(doc, analysis, result)
    assert score.quotes_exact == Counts(1, 0, 0)


def test_unnamed_speakers_are_scored_apart_and_unnamed_characters_are_no_false_positive(
    tmp_path: Path,
) -> None:
    root = make_litbank(tmp_path / "lb", ["a"])
    # "he" of the last quote's tag is a chain with no proper name, described as "the lamp".
    coref = root / "coref" / "tsv" / "a.ann"
    coref.write_text(
        coref.read_text("utf-8")
        + "MENTION\tT7\t5\t5\t5\t5\the\tPER\tPRON\nCOREF\tT7\tStranger-3\n"
        + "MENTION\tT8\t5\t11\t5\t12\tthe lamp\tPER\tNOM\nCOREF\tT8\tStranger-3\n",
        "utf-8",
    )
    quotes = root / "quotations" / "tsv" / "a.ann"
    quotes.write_text(quotes.read_text("utf-8") + "ATTRIB\tQ4\tStranger-3\n", "utf-8")
    doc = read_doc(root, "a")
    chars = [
        {"name": "Mr. Ash", "aliases": ["Mr. Ash"], "named": True},
        {"name": "Jane", "aliases": ["Jane"]},
        {"name": "the lamp", "aliases": ["the lamp"], "named": False},
        {"name": "Narrator", "aliases": [], "named": False},
    ]
    right = _result(doc, [("Hello, Jane,", "Mr. Ash"), ("Then go,", "the lamp")], chars)
    score = score_doc(doc, _analysis(doc, []), right)
    assert score.speakers == Accuracy(2, 2)
    assert score.speakers_unnamed == Accuracy(1, 1)
    assert score.characters == Counts(2, 0, 0)
    wrong = _result(doc, [("Then go,", "Jane")], chars)
    assert score_doc(doc, _analysis(doc, []), wrong).speakers_unnamed == Accuracy(0, 1)


def test_a_gold_name_is_scored_without_the_modifiers_of_its_noun_phrase() -> None:
    # LitBank marks the whole noun phrase of a proper mention; the character's name starts
    # at its first capital, so "Miss Birch" finds the chain only ever called "poor Miss Birch".
    text = "They pitied poor Miss Birch. The little one slept."
    start = text.index("poor")
    doc = LitBankDoc(
        "a",
        text,
        (),
        (
            Mention(start, start + len("poor Miss Birch"), "Birch-0", "PER", "PROP"),
            Mention(text.index("The"), text.index(" slept"), "One-1", "PER", "NOM"),
        ),
    )
    assert gold_characters(doc)[1] == [frozenset({"poor miss birch", "miss birch"})]
    analysis = Analysis(RawDocument(text, "a.txt", "txt"), MappingProxyType({}))
    found = {"quotes": [], "characters": [{"name": "Miss Birch", "aliases": ["Birch"]}]}
    assert score_doc(doc, analysis, found).characters == Counts(1, 0, 0)
    missed = {"quotes": [], "characters": [{"name": "Birch Hall", "aliases": []}]}
    assert score_doc(doc, analysis, missed).characters == Counts(0, 1, 1)
