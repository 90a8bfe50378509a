"""Out-of-fold weights run through the speakers stage (scripts/speaker_stage_folds.py,
round S27), on made-up stories."""

from __future__ import annotations

from functools import cache
from types import ModuleType

import pytest

from ficshelf.model import Analysis, RawDocument
from ficshelf.understand import analyze
from ficshelf.understand.report import analysis_to_dict
from script_loading import load_script

STORY = (
    "Nell Ashby waited on the pier with her bag. Owen Pryce came down the steps.\n\n"
    '"You came after all," Nell said.\n\n'
    '"I said I would," said Owen.\n\n'
    '"You say a great many things."\n\n'
    '"And I do most of them."\n'
)


def _script() -> ModuleType:
    pytest.importorskip("sklearn")
    return load_script("speaker_stage_folds")


@cache
def _analysis() -> Analysis:
    return analyze(RawDocument(text=STORY, source="t.txt", format="txt"))


def _doc(script: ModuleType, group: str, source: str = "corpus") -> object:
    analysis = _analysis()  # the stage reads an analysis, never changes it
    assert len(analysis_to_dict(analysis)["quotes"]) == 4
    gold = ["Nell", "Owen", "Nell", "Owen"]
    tests = {p: (lambda name, want=want: want in name) for p, want in enumerate(gold)}
    return script.Doc(group, source, analysis, tests)


def test_each_file_is_reported_in_its_set() -> None:
    script = _script()
    litbank = [f"{k:03d}_book" for k in range(80)]
    cases = {
        ("07-a.gold.json", "corpus"): "01-15",
        ("33-b.gold.json", "corpus"): "31-40",
        ("60-c.gold.json", "corpus"): "51-60",
        ("85-d.gold.json", "corpus"): "61-85",
        ("86-e.gold.json", "corpus"): "86-110",
        ("125-f.gold.json", "corpus"): "121-130",
        ("275-g.gold.json", "corpus"): "271-280",
        ("291-h.gold.json", "corpus"): "291-300",
        ("315-i.gold.json", "corpus"): "311-320",
        ("335-j.gold.json", "corpus"): "331-340",
        ("360-k.gold.json", "corpus"): "351-360",
        ("039_book", "litbank"): "LitBank 1-40",
        ("040_book", "litbank"): "LitBank 41-80",
    }
    for (group, source), label in cases.items():
        doc = script.Doc.__new__(script.Doc)
        doc.group, doc.source = group, source
        assert script.set_of(doc, litbank) == label


def test_the_stage_is_scored_on_the_scorers_quotes() -> None:
    script = _script()
    doc = _doc(script, "61-a.gold.json")
    assert len(doc.spans) == 4
    # the tagged lines are right whatever the weights; the shipped stage gets them all
    assert script.right_lines(doc, None) == 4


def test_every_file_gets_its_folds_weights() -> None:
    script = _script()
    docs = [_doc(script, f"6{k}-s.gold.json") for k in range(1, 5)]
    quotes = [q for doc in docs for q in script.quotes_of(doc)]
    names = script.T.feature_names(quotes)
    right = script.out_of_fold(docs, quotes, names, 2, 5.0, script.T.KEPT_RULES, (0.05, 0.0))
    assert set(right) == {doc.group for doc in docs}
    assert all(0 <= r <= 4 for r in right.values())


def test_files_left_out_of_the_fits_are_still_scored() -> None:
    script = _script()
    docs = [_doc(script, f"27{k}-s.gold.json") for k in range(1, 3)]
    docs += [_doc(script, f"6{k}-s.gold.json") for k in range(1, 3)]
    quotes = [q for doc in docs for q in script.quotes_of(doc)]
    names = script.T.feature_names(quotes)
    fitted: list[int] = []
    real_fit = script.T.fit

    def counting_fit(design: object, l2: float) -> object:
        fitted.append(design.quotes)  # type: ignore[attr-defined]
        return real_fit(design, l2)

    script.T.fit = counting_fit
    try:
        right = script.out_of_fold(
            docs, quotes, names, 2, 5.0, script.T.KEPT_RULES, (0.05, 0.0), ("*/27[1-9]-*",)
        )
    finally:
        script.T.fit = real_fit
    assert set(right) == {doc.group for doc in docs}  # 271 and 272 scored all the same
    per_file = len(quotes) // len(docs)
    # each fold fits on the other fold's files less 271 and 272: one file's quotes, not two
    assert sorted(fitted) == [per_file, per_file]
