"""Print the accuracy tables of docs/accuracy.md (Markdown), measured now.

Runs the same scoring as ``ficshelf eval``: the sample corpus's first tuning stories (01-15),
its second tuning set (31-40, added later and reported apart so that its figures from before
any rule saw it stay visible), its third (51-60, more training data for the learned models),
its held-out stories (16-30) and its fresh held-out stories
(41-50, written after this release's rules and reported apart, since no rule has seen them),
then each split's totals with every story's canon known and left out of the fandom table (as
``ficshelf eval --unseen-canon``: how the pipeline reads a canon it has never met), then
LitBank's dev and test splits when ``../shared/data/litbank`` is present. Paste the output
into docs/accuracy.md.

Usage: python benchmarks/accuracy_report.py [--corpus examples/corpus] [--litbank DIR]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from machine import commit_of, describe  # noqa: E402

from ficshelf.evaluation.corpus import CorpusScore, analyze_file, evaluate  # noqa: E402
from ficshelf.evaluation.gold import (  # noqa: E402
    EIGHTEENTH_HELD_OUT_STORIES,
    EIGHTH_HELD_OUT_STORIES,
    EIGHTH_TUNING_STORIES,
    ELEVENTH_HELD_OUT_STORIES,
    ELEVENTH_TUNING_STORIES,
    FIFTEENTH_HELD_OUT_STORIES,
    FIFTEENTH_TUNING_STORIES,
    FIFTH_HELD_OUT_STORIES,
    FIFTH_TUNING_STORIES,
    FIRST_HELD_OUT_STORIES,
    FIRST_TUNING_STORIES,
    FOURTEENTH_HELD_OUT_STORIES,
    FOURTEENTH_TUNING_STORIES,
    FOURTH_HELD_OUT_STORIES,
    FOURTH_TUNING_STORIES,
    FRESH_HELD_OUT_STORIES,
    NINETEENTH_HELD_OUT_STORIES,
    NINTH_HELD_OUT_STORIES,
    NINTH_TUNING_STORIES,
    SECOND_TUNING_STORIES,
    SEVENTEENTH_HELD_OUT_STORIES,
    SEVENTEENTH_TUNING_STORIES,
    SEVENTH_HELD_OUT_STORIES,
    SEVENTH_TUNING_STORIES,
    SIXTEENTH_HELD_OUT_STORIES,
    SIXTEENTH_TUNING_STORIES,
    SIXTH_HELD_OUT_STORIES,
    SIXTH_TUNING_STORIES,
    TENTH_HELD_OUT_STORIES,
    TENTH_TUNING_STORIES,
    THIRD_HELD_OUT_STORIES,
    THIRD_TUNING_STORIES,
    THIRTEENTH_HELD_OUT_STORIES,
    THIRTEENTH_TUNING_STORIES,
    TWELFTH_HELD_OUT_STORIES,
    TWELFTH_TUNING_STORIES,
    TWENTIETH_HELD_OUT_STORIES,
    TWENTY_FIRST_HELD_OUT_STORIES,
    TWENTY_FOURTH_HELD_OUT_STORIES,
    TWENTY_SECOND_HELD_OUT_STORIES,
    TWENTY_THIRD_HELD_OUT_STORIES,
    find_gold_files,
    load_gold,
)
from ficshelf.evaluation.litbank import is_litbank  # noqa: E402
from ficshelf.evaluation.litbank_scoring import evaluate_litbank  # noqa: E402
from ficshelf.evaluation.unseen_canon import unseen_canon_analyzer  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def _f(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def corpus_score(corpus: Path, match: tuple[str, ...], unseen_canon: bool = False) -> CorpusScore:
    """Return the scores of one subset of the sample corpus (with ``unseen_canon``, each
    story analysed with its canon left out of the fandom table: ``eval --unseen-canon``)."""
    files = find_gold_files([corpus], match)
    if unseen_canon:
        return evaluate(files, unseen_canon_analyzer(map(load_gold, files), analyze_file))
    return evaluate(files)


def corpus_table(label: str, score: CorpusScore) -> list[str]:
    """Return the Markdown tables of one subset's scores."""
    data = score.to_dict()
    lines = [f"**{label}** ({data['stories']} stories)", ""]
    lines += ["| field | P | R | F1 | tp/fp/fn |", "|---|---|---|---|---|"]
    for name, c in data["fields"].items():
        lines.append(
            f"| {name} | {_f(c['precision'])} | {_f(c['recall'])} | **{_f(c['f1'])}** "
            f"| {c['tp']}/{c['fp']}/{c['fn']} |"
        )
    lines += ["", "| accuracy | value | correct/total |", "|---|---|---|"]
    for name, a in data["accuracy"].items():
        lines.append(f"| {name} | **{_f(a['accuracy'])}** | {a['correct']}/{a['total']} |")
    return lines + [""]


UNSEEN_FIELDS = ("characters", "relationships", "fandoms", "warnings")


def unseen_canon_table(scores: dict[str, tuple[CorpusScore, CorpusScore]]) -> list[str]:
    """Return the Markdown table of each split's totals with its canons known and left out."""
    lines = [
        "**With each story's canon left out of the fandom table** (`ficshelf eval --unseen-canon`)",
        "",
        "| split | canon | " + " | ".join(UNSEEN_FIELDS) + " | speakers |",
        "|---|---|" + "---|" * (len(UNSEEN_FIELDS) + 1),
    ]
    for split, pair in scores.items():
        for mode, score in zip(("known", "left out"), pair, strict=True):
            counts, accuracy = score.total()
            cells = [
                f"{_f(counts[name].f1)} ({counts[name].tp}/{counts[name].fp}/{counts[name].fn})"
                for name in UNSEEN_FIELDS
            ]
            speakers = accuracy["speakers"]
            cells.append(f"{_f(speakers.value)} ({speakers.correct}/{speakers.total})")
            lines.append(f"| {split} | {mode} | " + " | ".join(cells) + " |")
    return lines + [""]


def _cell(value: dict[str, Any]) -> str:
    if "accuracy" in value:
        return f"**{_f(value['accuracy'])}** ({value['correct']}/{value['total']})"
    return f"P {_f(value['precision'])} R {_f(value['recall'])} **F1 {_f(value['f1'])}**"


def litbank_table(root: Path) -> list[str]:
    """Return the Markdown table of LitBank's dev and test splits."""
    splits = {name: evaluate_litbank(root, name).to_dict() for name in ("dev", "test")}
    header = " | ".join(f"{name} ({d['docs']} samples)" for name, d in splits.items())
    lines = [f"| measure | {header} |", "|---|---|---|"]
    for measure in splits["dev"]["scores"]:
        cells = " | ".join(_cell(d["scores"][measure]) for d in splits.values())
        lines.append(f"| {measure} | {cells} |")
    return lines + [""]


TUNING_SETS = (
    ("Tuning set, stories 01–15", FIRST_TUNING_STORIES),
    ("Tuning stories 31–40", SECOND_TUNING_STORIES),
    ("Tuning stories 51–60 (training data for the two learned models)", THIRD_TUNING_STORIES),
    ("Tuning stories 61–70 (training data for the two learned models)", FOURTH_TUNING_STORIES),
    ("Tuning stories 71–80 (training data for the two learned models)", FIFTH_TUNING_STORIES),
    ("Tuning stories 81–90 (training data for the two learned models)", SIXTH_TUNING_STORIES),
    ("Tuning stories 91–100 (training data for the two learned models)", SEVENTH_TUNING_STORIES),
    ("Tuning stories 101–110 (training data for the two learned models)", EIGHTH_TUNING_STORIES),
    (
        "Tuning stories 121–130 (written at stop 26, in canons no story had used)",
        NINTH_TUNING_STORIES,
    ),
    (
        "Tuning stories 271–280 (written at stop 41, in canons no story had used)",
        TENTH_TUNING_STORIES,
    ),
    (
        "Tuning stories 291–300 (written at stop 42, in canons no story had used)",
        ELEVENTH_TUNING_STORIES,
    ),
    (
        "Tuning stories 311–320 (written at stop 43, in canons no story had used)",
        TWELFTH_TUNING_STORIES,
    ),
    (
        "Tuning stories 331–340 (written at stop 44, in canons no story had used)",
        THIRTEENTH_TUNING_STORIES,
    ),
    (
        "Tuning stories 351–360 (written at stop 45, in canons no story had used)",
        FOURTEENTH_TUNING_STORIES,
    ),
    (
        "Tuning stories 371–380 (written at stop 46, in canons no story had used)",
        FIFTEENTH_TUNING_STORIES,
    ),
    (
        "Tuning stories 391–400 (written at stop 47, in canons no story had used)",
        SIXTEENTH_TUNING_STORIES,
    ),
    (
        "Tuning stories 411–420 (written at stop 48, in canons no story had used)",
        SEVENTEENTH_TUNING_STORIES,
    ),
)
HELD_OUT_SETS = (
    ("Held out, stories 16–30", FIRST_HELD_OUT_STORIES),
    ("Held out, stories 41–50 (written after stop 8's rules)", FRESH_HELD_OUT_STORIES),
    (
        "Held out, stories 111–120 (written at stop 15, in canons no story had used)",
        THIRD_HELD_OUT_STORIES,
    ),
    (
        "Held out, stories 131–140 (written at stop 28, in canons no story had used)",
        FOURTH_HELD_OUT_STORIES,
    ),
    (
        "Held out, stories 141–150 (written at stop 29, in canons no story had used)",
        FIFTH_HELD_OUT_STORIES,
    ),
    (
        "Held out, stories 151–160 (written at stop 30, in canons no story had used)",
        SIXTH_HELD_OUT_STORIES,
    ),
    (
        "Held out, stories 161–170 (written at stop 31, in canons no story had used)",
        SEVENTH_HELD_OUT_STORIES,
    ),
    (
        "Held out, stories 171–180 (written at stop 32, in canons no story had used)",
        EIGHTH_HELD_OUT_STORIES,
    ),
    (
        "Held out, stories 181–190 (written at stop 33, in canons no story had used)",
        NINTH_HELD_OUT_STORIES,
    ),
    (
        "Held out, stories 191–200 (written at stop 34, in canons no story had used)",
        TENTH_HELD_OUT_STORIES,
    ),
    (
        "Held out, stories 201–210 (written at stop 35, in canons no story had used)",
        ELEVENTH_HELD_OUT_STORIES,
    ),
    (
        "Held out, stories 211–220 (written at stop 36, in canons no story had used)",
        TWELFTH_HELD_OUT_STORIES,
    ),
    (
        "Held out, stories 221–230 (written at stop 37, in canons no story had used)",
        THIRTEENTH_HELD_OUT_STORIES,
    ),
    (
        "Held out, stories 231–240 (written at stop 38, in canons no story had used)",
        FOURTEENTH_HELD_OUT_STORIES,
    ),
    (
        "Held out, stories 241–250 (written at stop 39, in canons no story had used)",
        FIFTEENTH_HELD_OUT_STORIES,
    ),
    (
        "Held out, stories 251–260 (written at stop 40, in canons no story had used)",
        SIXTEENTH_HELD_OUT_STORIES,
    ),
    (
        "Held out, stories 261–270 (written at stop 41, in canons no story had used)",
        SEVENTEENTH_HELD_OUT_STORIES,
    ),
    (
        "Held out, stories 281–290 (written at stop 42, in canons no story had used)",
        EIGHTEENTH_HELD_OUT_STORIES,
    ),
    (
        "Held out, stories 301–310 (written at stop 43, in canons no story had used)",
        NINETEENTH_HELD_OUT_STORIES,
    ),
    (
        "Held out, stories 321–330 (written at stop 44, in canons no story had used)",
        TWENTIETH_HELD_OUT_STORIES,
    ),
    (
        "Held out, stories 341–350 (written at stop 45, in canons no story had used)",
        TWENTY_FIRST_HELD_OUT_STORIES,
    ),
    (
        "Held out, stories 361–370 (written at stop 46, in canons no story had used)",
        TWENTY_SECOND_HELD_OUT_STORIES,
    ),
    (
        "Held out, stories 381–390 (written at stop 47, in canons no story had used)",
        TWENTY_THIRD_HELD_OUT_STORIES,
    ),
    (
        "Held out, stories 401–410 (written at stop 48, in canons no story had used)",
        TWENTY_FOURTH_HELD_OUT_STORIES,
    ),
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "examples" / "corpus")
    parser.add_argument("--litbank", type=Path, default=ROOT.parent / "shared" / "data" / "litbank")
    args = parser.parse_args()
    print(f"Measured at commit {commit_of(ROOT) or 'unknown'} on {describe()}.\n")
    splits: dict[str, tuple[CorpusScore, CorpusScore]] = {}
    for split, sets in (("tuning", TUNING_SETS), ("held out", HELD_OUT_SETS)):
        known = []
        for label, match in sets:
            score = corpus_score(args.corpus, match)
            known += score.stories
            print("\n".join(corpus_table(label, score)))
        every = tuple(pattern for _, match in sets for pattern in match)
        splits[split] = (CorpusScore(known), corpus_score(args.corpus, every, unseen_canon=True))
    print("\n".join(unseen_canon_table(splits)))
    if is_litbank(args.litbank):
        print("\n".join(litbank_table(args.litbank)))
    else:
        print(f"(LitBank not found at {args.litbank}: skipped)")


if __name__ == "__main__":
    main()
