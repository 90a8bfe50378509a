"""The speaker tests the ranker's training labels come from: the scorers' own matching."""

from __future__ import annotations

from pathlib import Path

from litbank_builders import make_litbank
from test_corpus_scoring import perfect

from ficshelf.evaluation.corpus import speaker_tests as corpus_speaker_tests
from ficshelf.evaluation.gold import load_gold
from ficshelf.evaluation.litbank import read_doc
from ficshelf.evaluation.litbank_scoring import speaker_tests as litbank_speaker_tests


def test_litbank_speaker_tests_judge_names_as_the_scorer_does(tmp_path: Path) -> None:
    doc = read_doc(make_litbank(tmp_path / "lb", ["a"]), "a")
    quotes = []
    for needle in ("Hello, Jane", "Don't go.", "It's late.", "Then go,"):
        start = doc.text.index(needle)
        quotes.append({"start": start, "end": start + len(needle), "speaker": None})
    tests = litbank_speaker_tests(doc, {"quotes": quotes, "characters": []})
    assert sorted(tests) == [0, 1, 2]  # "Then go," has no gold speaker
    assert tests[0]("Mr. Ash") and tests[0]("Ash") and not tests[0]("Jane")
    # Jane says "I" only inside her own line: she is no narrator.
    assert tests[2]("Jane") and not tests[2]("Narrator")
    assert not tests[1]("")


def test_corpus_speaker_tests_judge_names_as_the_scorer_does(corpus_dir: Path) -> None:
    gold = load_gold(corpus_dir / "01-ferrymans-fee.gold.json")
    predicted = perfect(gold)
    predicted["quotes"] = [{"text": q.text, "speaker": None} for q in gold.quotes]
    tests = corpus_speaker_tests(gold, predicted)
    spoken = [k for k, q in enumerate(gold.quotes) if q.speaker]
    assert sorted(tests) == spoken
    for k in spoken:
        speaker = gold.quotes[k].speaker
        assert speaker is not None and tests[k](speaker) and not tests[k]("Nobody at all")
