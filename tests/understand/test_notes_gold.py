"""The "notes" stage against the gold annotations of the plain-text stories in examples/corpus.

Each story's title, authors and notes (kind and text, compared after stripping) must match its
gold file. ``note_scores`` also gives precision and recall per note kind, split into the files
used while developing the rules (01–15, 31–40 and 51–60) and the held-out ones (16–30 and
41–50), the corpus's gold split (docs/accuracy.md)::

    .venv/bin/python -m tests.understand.test_notes_gold
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from ficshelf.evaluation.gold import HELD_OUT_STORIES, find_gold_files
from ficshelf.ingest import read_document
from ficshelf.model import RawDocument
from ficshelf.understand import analyze
from ficshelf.understand.notes import authors_of, title_of

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"
HELD_OUT = frozenset(find_gold_files([CORPUS], HELD_OUT_STORIES))


def gold_stories() -> list[Path]:
    """Return the plain-text stories of the corpus that have a gold file."""
    return sorted(p for p in CORPUS.glob("*.txt") if p.with_suffix(".gold.json").is_file())


# Stories added after the rules were written (held out, or the later tuning sets), on
# which the stage is known to be wrong: each is an expected failure (strict, so fixing the stage
# shows up here) until the rules owner looks at it.
KNOWN_GAPS: dict[str, str] = {
    "116-the-mauve-homburg": "held out (stop 15): an unlabelled opening note under the byline "
    "is read as story",
    "117-the-hours-at-genoa": "held out (stop 15): a 'Rated for ...' line joins the disclaimer "
    "and the unlabelled end note after the last scene break is read as story",
    "187-regular-fellows": "held out (stop 33): an unlabelled summary after the disclaimer is "
    "read as an author's note",
    "197-the-flash-again": "held out (stop 34): an unlabelled summary under the byline is read "
    "as an author's note",
    "217-the-bread-and-the-lamp": "held out (stop 36): a quoted epigraph whose dash attribution "
    "is the author's own aside is read as an author's note",
    "238-the-second-door": "held out (stop 38): an epigraph of one unquoted, unattributed line "
    "between the byline and the first scene break is read as story",
    "245-the-letter-from-glenalla": "held out (stop 39): an epigraph of one unquoted, unattributed "
    "paragraph between the byline and the story, with no scene break, is read as story",
    "286-in-which-rabbit-counts-everybody": "held out (stop 42): an opening note under the title "
    "line that names itself in its first words is read as story",
    "289-the-sermon-at-breakfast": "held out (stop 42): an unquoted epigraph under the byline, "
    "attributed on its own '-- from' line, is read as story",
    "309-behind-the-mangle": "held out (stop 43): fails at base aed2a975 as in round "
    "notes43's tree; the reason was not looked at (held out)",
    "316-what-the-tide-brought": "tuning (stop 43, left by notes43: one instance): the writer "
    "named in the label of an opening note ('A/N from username:') is not read as the author",
    "317-what-she-came-for": "tuning (stop 43, left by notes43: one instance): a short "
    "cue-less paragraph between two end-note paragraphs after the last scene break is read as "
    "story, so the note starts under it",
    "323-heat-lightning-over-maycomb": "held out (stop 44): fails at the stop's start (906a01cd "
    "with the new stories); the reason was not looked at (held out)",
    "326-the-art-room-in-november": "held out (stop 44): fails at the stop's start (906a01cd "
    "with the new stories); the reason was not looked at (held out)",
    "330-water-from-the-creek": "held out (stop 44): fails at the stop's start (906a01cd "
    "with the new stories); the reason was not looked at (held out)",
    "343-the-cheese-and-the-night": "held out (stop 45): fails at the stop's start (ade20671 "
    "with the new stories); the reason was not looked at (held out)",
    "349-what-the-hedges-keep": "held out (stop 45): fails at the stop's start (ade20671 "
    "with the new stories); the reason was not looked at (held out)",
    "367-soup-for-the-western-biological": "held out (stop 46): fails at the stop's start "
    "(7ad5be59 with the new stories); the reason was not looked at (held out)",
    "381-devilled-kidneys-and-a-pince-nez": "held out (stop 47): fails at the stop's start "
    "(the commit with the new stories); the reason was not looked at (held out)",
    "408-the-frog-on-the-blackboard": "held out (stop 48): fails at the stop's start "
    "(the commit with the new stories); the reason was not looked at (held out)",
}


def gold_params() -> list[object]:
    """Return the stories of ``gold_stories``, the known gaps marked as expected failures."""
    return [
        pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[p.stem]))
        if p.stem in KNOWN_GAPS
        else p
        for p in gold_stories()
    ]


def held_out(path: Path) -> bool:
    """Return whether a story was kept unseen while the rules were written."""
    return path.with_suffix(".gold.json") in HELD_OUT


def read_story(path: Path) -> RawDocument:
    """Read a story as the importer does."""
    return read_document(str(path), path.read_bytes())


def predicted(path: Path) -> tuple[str | None, list[str], list[tuple[str, str]]]:
    """Return the title, authors and (kind, text) notes the pipeline finds in a story."""
    analysis = analyze(read_story(path))
    text = analysis.text
    notes = [(s.label, s.text_of(text).strip()) for s in analysis.layer("notes")]
    return title_of(analysis), list(authors_of(analysis)), notes


def expected(path: Path) -> tuple[str | None, list[str], list[tuple[str, str]]]:
    """Return the gold title, authors and (kind, text) notes of a story."""
    gold = json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))
    notes = [(n["kind"], n["text"].strip()) for n in gold.get("notes", [])]
    return gold.get("title"), list(gold.get("authors", [])), notes


@pytest.mark.parametrize("path", gold_params(), ids=lambda p: p.stem)
def test_front_and_end_matter_match_gold(path: Path) -> None:
    title, authors, notes = predicted(path)
    gold_title, gold_authors, gold_notes = expected(path)
    assert title == gold_title
    assert authors == gold_authors
    assert Counter(notes) == Counter(gold_notes)


def note_scores(paths: list[Path]) -> dict[str, tuple[int, int, int]]:
    """Return, per note kind, (true positives, predicted, gold) over the stories."""
    scores: dict[str, list[int]] = {}
    for path in paths:
        got = Counter(predicted(path)[2])
        want = Counter(expected(path)[2])
        for kind, _ in got | want:
            scores.setdefault(kind, [0, 0, 0])
        for key, count in got.items():
            scores[key[0]][1] += count
            scores[key[0]][0] += min(count, want[key])
        for key, count in want.items():
            scores[key[0]][2] += count
    return {kind: (tp, pred, gold) for kind, (tp, pred, gold) in sorted(scores.items())}


def _report() -> str:
    lines = []
    stories = gold_stories()
    for name, part in (
        ("developed on", [p for p in stories if not held_out(p)]),
        ("held out", [p for p in stories if held_out(p)]),
    ):
        lines.append(f"{name}: {len(part)} stories")
        for kind, (tp, pred, gold) in note_scores(part).items():
            precision = tp / pred if pred else 1.0
            recall = tp / gold if gold else 1.0
            lines.append(f"  {kind:13} P={precision:.2f} R={recall:.2f} ({tp}/{pred} of {gold})")
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover
    print(_report())
