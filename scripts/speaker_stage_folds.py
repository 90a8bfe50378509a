"""Judge a speaker-ranker retraining by out-of-fold weights run through the whole stage.

The per-line cross-validation of ``train_speaker_ranker.py`` scores each quote alone, while
at run time the lines the ranker mends carry their runs with them (``speaker_carry``,
``run_parity``): round S25 found that the two measures disagree by more than a feature
moves them, and that in-sample ``ficshelf eval`` differences of three to five lines between
two retrainings are noise of the fit. This script is the yardstick round S25 asked for:
the same training quotes (LitBank dev and the tuning stories ``gold.TUNING_STORIES``; never a
held-out story nor LitBank test), the same 5 folds by file (``GroupKFold``), the kept rules
and the margin and threshold the training procedure chooses on all the quotes (or fixed
ones); each fold's weights are fitted on the other folds and the whole speakers stage
(``speakers.speaker_spans``: the ranker, carry and parity, the one-line speakers) runs with
them on the fold's own files. It prints the right lines per set, out of fold, next to the
shipped weights' (in-sample for the files they were trained on, as ``ficshelf eval``) and,
when ``--weights`` names one, a weights file's (a retraining written with ``--out``).

Sets: 61-85 and 86-110 (the study and confirm halves of the later tuning stories), 121-130
(written at stop 26), 271-280, 291-300, 311-320, 331-340, 351-360, 371-380, 391-400 and
411-420 (written at stops 41 to 48, each in ten canons of its own), 01-15 and 51-60
(validation), 31-40, LitBank dev files 1-40 and 41-80 by name, and all.

Usage (from the repository root; about a minute of CPU):

    .venv/bin/python scripts/speaker_stage_folds.py
    .venv/bin/python scripts/speaker_stage_folds.py --fallback 0.05,0 --kept shipped
    .venv/bin/python scripts/speaker_stage_folds.py --train-without '*/27[1-9]-*' \
        --train-without '*/280-*'    # the same folds, fitted without 271-280
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.model_selection import GroupKFold

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_speaker_ranker as T  # noqa: E402

from ficshelf.evaluation.corpus import speaker_tests as corpus_speaker_tests  # noqa: E402
from ficshelf.evaluation.gold import (  # noqa: E402
    TUNING_STORIES,
    find_gold_files,
    load_gold,
    matches_any,
)
from ficshelf.evaluation.litbank import doc_names, read_doc  # noqa: E402
from ficshelf.evaluation.litbank_scoring import speaker_tests as litbank_speaker_tests  # noqa: E402
from ficshelf.ingest import read_document  # noqa: E402
from ficshelf.model import Analysis, RawDocument  # noqa: E402
from ficshelf.understand import analyze  # noqa: E402
from ficshelf.understand.report import analysis_to_dict  # noqa: E402
from ficshelf.understand.speaker_ranker import Ranker, ranker_from_dict, shipped_ranker  # noqa: E402
from ficshelf.understand.speakers import speaker_spans  # noqa: E402

Tests = dict[int, Callable[[str], bool]]


@dataclass
class Doc:
    """One training file: its group (as the training quotes name it), its source, its
    analysis and the scorer's tests of its matched quotes."""

    group: str
    source: str  # "litbank" or "corpus"
    analysis: Analysis
    tests: Tests
    spans: list[tuple[int, int]] = field(default_factory=list)  # ``analyze --json``'s quotes

    def __post_init__(self) -> None:
        result = analysis_to_dict(self.analysis)
        self.spans = [(q["start"], q["end"]) for q in result["quotes"]]


def set_of(doc: Doc, litbank_order: Sequence[str]) -> str:
    """Return the set a file is reported in: "61-85", "86-110", "121-130", "271-280",
    "291-300", "311-320", "331-340", "351-360", "371-380", "391-400", "411-420", "01-15",
    "31-40", "51-60", "LitBank 1-40" or "LitBank 41-80" (LitBank files by their place in name
    order)."""
    if doc.source == "litbank":
        return "LitBank 1-40" if litbank_order.index(doc.group) < 40 else "LitBank 41-80"
    number = T._number(doc.group)
    if number <= 15:
        return "01-15"
    if 31 <= number <= 40:
        return "31-40"
    if 51 <= number <= 60:
        return "51-60"
    if number > 410:
        return "411-420"
    if number > 390:
        return "391-400"
    if number > 370:
        return "371-380"
    if number > 350:
        return "351-360"
    if number > 330:
        return "331-340"
    if number > 310:
        return "311-320"
    if number > 290:
        return "291-300"
    if number > 270:
        return "271-280"
    if number > 120:
        return "121-130"
    return "61-85" if number <= 85 else "86-110"


SETS = (
    "61-85",
    "86-110",
    "121-130",
    "271-280",
    "291-300",
    "311-320",
    "331-340",
    "351-360",
    "371-380",
    "391-400",
    "411-420",
    "01-15",
    "51-60",
    "31-40",
    "LitBank 1-40",
    "LitBank 41-80",
)


def _tests(doc_source: str, analysis: Analysis, gold_or_doc: Any) -> Tests:
    result = analysis_to_dict(analysis)
    if doc_source == "litbank":
        return litbank_speaker_tests(gold_or_doc, result)
    return corpus_speaker_tests(gold_or_doc, result)


def load_docs(litbank: Path, corpus: Path) -> list[Doc]:
    """Return the training files analysed, with the scorer's tests of their quotes (keyed by
    the place of a quote in ``analyze --json``'s quotes, as ``span_of`` reads them)."""
    docs = []
    if litbank.is_dir():
        for name in doc_names(litbank, "dev"):
            doc = read_doc(litbank, name)
            raw = RawDocument(text=doc.text, source=f"{name}.txt", format="txt")
            analysis = analyze(raw)
            docs.append(Doc(name, "litbank", analysis, _tests("litbank", analysis, doc)))
    for path in find_gold_files([corpus], TUNING_STORIES):
        gold = load_gold(path)
        analysis = analyze(read_document(str(gold.source), gold.source.read_bytes()))
        docs.append(Doc(path.name, "corpus", analysis, _tests("corpus", analysis, gold)))
    return docs


def quotes_of(doc: Doc) -> list[T.Quote]:
    """Return a file's training quotes, as ``train_speaker_ranker`` makes them."""
    result = analysis_to_dict(doc.analysis)
    return T._quotes_of(doc.group, doc.source, doc.analysis, result, doc.tests)


def right_lines(doc: Doc, ranker: Ranker | None) -> int:
    """Return how many of a file's matched quotes the speakers stage gets right with
    ``ranker`` (``None``: the shipped one)."""
    said = {(s.start, s.end): s.label for s in speaker_spans(doc.analysis, ranker)}
    right = 0
    for p, test in doc.tests.items():
        label = said.get(doc.spans[p], "")
        right += bool(label) and test(label)
    return right


def chosen_procedure(
    quotes: Sequence[T.Quote], names: Sequence[str], folds: int, l2: float
) -> tuple[tuple[str, ...], T.Fallback]:
    """Return the kept rules and the fallback the training script would ship."""
    probs = T.cross_validate(quotes, names, folds, l2)
    fallback = T._best_fallback(quotes, probs, T.KEPT_RULES)
    table = T.rule_table(quotes, probs, fallback)
    per_fold = T.fold_kept(quotes, probs, fallback, folds)
    kept = T.stable_kept(T.kept_by_cv(table), per_fold)
    return kept, T._best_fallback(quotes, probs, kept)


def out_of_fold(
    docs: Sequence[Doc],
    quotes: Sequence[T.Quote],
    names: Sequence[str],
    folds: int,
    l2: float,
    kept: Sequence[str],
    fallback: T.Fallback,
    without: Sequence[str] = (),
    fold_of: dict[str, int] | None = None,
) -> dict[str, int]:
    """Return each file's right lines when the stage runs with the weights fitted on the
    other folds (the folds of ``train_speaker_ranker.cross_validate``), leaving out of
    every fit the files matching a pattern of ``without`` (they are still scored); when
    ``fold_of`` is given, it receives each scored file's fold (1 to ``folds``)."""
    groups = [q.group for q in quotes]
    by_group = {doc.group: doc for doc in docs}
    out: dict[str, int] = {}
    splits = GroupKFold(n_splits=folds).split(np.zeros(len(quotes)), groups=groups)
    for number, (train, test) in enumerate(splits, 1):
        fitted = [
            q
            for q in (quotes[k] for k in train)
            if not matches_any(Path("corpus", q.group), without)
        ]
        w = T.fit(T.Design(fitted, names), l2)
        weights = {n: float(v) for n, v in zip(names, w, strict=True) if abs(v) > 1e-6}
        ranker = ranker_from_dict(
            {
                "weights": weights,
                "margin": fallback[0],
                "threshold": fallback[1],
                "kept_rules": list(kept),
            }
        )
        for group in sorted({groups[k] for k in test}):
            out[group] = right_lines(by_group[group], ranker)
            if fold_of is not None:
                fold_of[group] = number
    for doc in docs:
        # a file with no training quote is in no fold: the stage's figure is the same
        # whatever the weights (it has no matched quote with a speaker)
        out.setdefault(doc.group, right_lines(doc, shipped_ranker()))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Print the out-of-fold and shipped-weight right lines per set; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--litbank", default=str(T.LITBANK), help="LitBank folder, or 'none'")
    parser.add_argument("--corpus", default=str(T.CORPUS), help="sample corpus folder")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--l2", type=float, default=T.L2)
    parser.add_argument(
        "--kept",
        default="procedure",
        help="kept rules: 'procedure' (as the training chooses), 'shipped' (the shipped "
        "file's) or a comma-separated list",
    )
    parser.add_argument(
        "--fallback", default="", help="margin,threshold (default: as the training chooses)"
    )
    parser.add_argument("--per-file", action="store_true", help="print each file's figures")
    parser.add_argument(
        "--train-without",
        action="append",
        default=[],
        help="a file-name pattern ('*/27[1-9]-*') whose files no fold's weights are fitted on "
        "(they are still scored): what adding them to the training data brings",
    )
    parser.add_argument(
        "--weights", help="a weights JSON to score in sample next to the shipped one"
    )
    args = parser.parse_args(argv)
    logging.disable(logging.WARNING)
    began = time.process_time()
    litbank = Path("/nonexistent") if args.litbank == "none" else Path(args.litbank)
    docs = load_docs(litbank, Path(args.corpus))
    quotes = [q for doc in docs for q in quotes_of(doc)]
    names = T.feature_names(quotes)
    kept, fallback = chosen_procedure(quotes, names, args.folds, args.l2)
    if args.kept == "shipped":
        shipped = json.loads(T.OUT.read_text(encoding="utf-8"))
        kept = tuple(shipped["kept_rules"])
    elif args.kept != "procedure":
        kept = tuple(r for r in args.kept.split(",") if r)
    if args.fallback:
        margin, threshold = (float(v) for v in args.fallback.split(","))
        fallback = (margin, threshold)
    print(f"{len(quotes)} quotes, {len(docs)} files, {len(names)} features")
    print(f"ranked rules: {', '.join(sorted(set(T.KEPT_RULES) - set(kept))) or 'none'}")
    print(f"margin {fallback[0]}, threshold {fallback[1]}")
    fold_of: dict[str, int] = {}
    oof = out_of_fold(
        docs, quotes, names, args.folds, args.l2, kept, fallback, tuple(args.train_without), fold_of
    )
    columns: list[dict[str, int]] = [oof, {doc.group: right_lines(doc, None) for doc in docs}]
    if args.weights:
        in_sample = ranker_from_dict(json.loads(Path(args.weights).read_text(encoding="utf-8")))
        columns.append({doc.group: right_lines(doc, in_sample) for doc in docs})
    litbank_order = [d.group for d in docs if d.source == "litbank"]
    fold_labels = [f"fold {k}" for k in range(1, args.folds + 1)]
    rows: dict[str, list[int]] = {s: [0] * (1 + len(columns)) for s in (*SETS, *fold_labels, "all")}
    for doc in docs:
        in_fold = [f"fold {fold_of[doc.group]}"] if doc.group in fold_of else []
        for label in (set_of(doc, litbank_order), *in_fold, "all"):
            row = rows[label]
            row[0] += len(doc.tests)
            for k, column in enumerate(columns):
                row[1 + k] += column[doc.group]
        if args.per_file:
            figures = "".join(f"{n:>6}" for n in (len(doc.tests), *(c[doc.group] for c in columns)))
            print(f"  {doc.group:<40}{figures}  {' '.join(in_fold)}")
    heads = ("out of fold", "shipped", "weights")[: len(columns)]
    print(f"{'set':<16}{'quotes':>8}" + "".join(f"{h:>13}" for h in heads))
    for label, (n, *figures) in rows.items():
        print(f"{label:<16}{n:>8}" + "".join(f"{f:>13}" for f in figures))
    print(f"{time.process_time() - began:.0f} s CPU")
    return 0


if __name__ == "__main__":
    sys.exit(main())
