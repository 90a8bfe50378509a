"""Classify the wrong speakers of a range of tuning stories by cause (round S33).

For each tuning story whose number lies in ``--stories`` (61-85 by default; a held-out story
is refused), every line the scorer counts wrong is put in one class:

- ``no character``: the gold speaker is none of the story's characters (``no character:
  unnamed`` when the gold calls them by a description, "the boatman", "a voice");
- ``no candidate``: a character, but not among the line's candidates (``no candidate:
  vetoed`` when they are one, vetoed: the line was read as calling them, or a "he"/"she"
  tag as not the narrator);
- ``ranker overruled``: the sieve chose the gold speaker and the stage's final choice is
  another;
- ``carried``: the sieve was wrong too, and an earlier wrong line explains it: the line
  before in the same paragraph (``same paragraph``) or in the paragraph before (``line
  before``), or, for a line turn-taking decided (``run_parity.COUNTED``), the turn two
  back in the run of consecutive paragraphs (``the turn two back``);
- otherwise, the first wrong line of its run, by what decided it: ``tag`` (a named tag or
  the name a beat gives), ``pronoun`` (a "he"/"she" resolved to another), ``count`` (a rule
  of turn-taking: ``alternation``, ``partner``, anchors, ``recent``...), ``narration`` (the
  narration's subject or a name near the line), ``call`` (``addressed_before`` and other
  rules reading a call), ``other``; each marked ``after break`` when a scene break or
  heading stands between the line and the scored line before it.

Per class it also counts whether the gold speaker is the voice two back by the gold (the
run's count would have been right), the last voice going on, or a third voice, and how
many lines went to a neighbour's voice (the gold speaker of the line before or after: a
run's phase flipped, not its pair).

Usage (from the repository root; a few seconds per story). Only the stories under study
are listed line by line; a half only confirmed is counted with ``--quiet`` (totals only):

    .venv/bin/python scripts/corpus_speaker_errors.py --stories 61-85
    .venv/bin/python scripts/corpus_speaker_errors.py --stories 86-110 --quiet

With ``--unseen-canon`` each story is analysed with its canon left out of the fandom table,
as ``ficshelf eval --unseen-canon`` scores it.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ficshelf.evaluation.corpus import speaker_tests
from ficshelf.evaluation.gold import TUNING_STORIES, GoldStory, find_gold_files, load_gold
from ficshelf.evaluation.matching import match_quotes
from ficshelf.evaluation.unseen_canon import canon_left_out
from ficshelf.ingest import read_document
from ficshelf.model import Analysis
from ficshelf.understand import analyze
from ficshelf.understand.report import analysis_to_dict
from ficshelf.understand.run_parity import COUNTED
from ficshelf.understand.speaker_vectors import vetoed
from ficshelf.understand.speakers import speaker_candidates

ROOT = Path(__file__).resolve().parents[1]
CONTEXT = 240  # characters of text shown before a wrong quote (and half as many after)

TAG_RULES = ("tag", "introduced", "same_paragraph", "continued", "beat", "answered")
CALL_RULES = ("addressed", "called", "opening_call", "vocative")
DESCRIPTION_OPENERS = frozenset(("the", "a", "an", "one", "another", "some"))
NARRATION_RULES = ("narration", "closing_subject", "paragraph_mention", "reaction", "subject")


@dataclass(frozen=True)
class Line:
    """One scored line of a story, as the stage left it."""

    story: str
    gold: str
    final: str
    sieve: str
    rule: str
    right: bool
    sieve_right: bool
    character: bool  # the gold speaker is one of the story's characters
    candidate: bool  # ... and one of the line's candidates
    flip: bool  # the final speaker is the gold speaker of the scored line before or after
    para: int
    end_para: int
    scene: int  # scene breaks and headings before the line's paragraph
    quote: str
    before: str
    after: str
    vetoed: bool = False  # the gold speaker is a candidate of the line, but vetoed


def story_number(path: Path) -> int:
    """Return the number a story file's name starts with (0 when none)."""
    head = path.name.split("-", 1)[0]
    return int(head) if head.isdigit() else 0


def parse_range(spec: str) -> range:
    """Return the story numbers of the inclusive range ``spec`` ("61-85")."""
    first, _, last = spec.partition("-")
    lo, hi = int(first), int(last or first)
    if lo < 1 or hi < lo:
        raise ValueError(f"bad story range {spec!r} (use e.g. 61-85)")
    return range(lo, hi + 1)


def story_lines(path: Path, unseen_canon: bool = False) -> list[Line]:
    """Return the scored lines of one gold story, in text order; with ``unseen_canon``, as
    analysed with its canon left out of the fandom table (``evaluation.unseen_canon``)."""
    gold = load_gold(path)
    with canon_left_out(gold) if unseen_canon else nullcontext():
        analysis = analyze(read_document(str(gold.source), gold.source.read_bytes()))
    result = analysis_to_dict(analysis)
    quotes = result["quotes"]
    names = [c["name"] for c in result["characters"]]
    tests = speaker_tests(gold, result)
    spans = [(q["start"], q["end"]) for q in quotes]
    gold_of = _gold_speakers(gold, quotes)
    states = speaker_candidates(analysis)
    by_span = {(s.span.start, s.span.end): (s, c) for s, c in states}
    text = analysis.text
    breaks = _scene_counts(analysis)
    lines = []
    order = sorted(tests)
    for i, p in enumerate(order):
        test = tests[p]
        near = [tests[order[j]] for j in (i - 1, i + 1) if 0 <= j < len(order)]
        state, found = by_span.get(spans[p], (None, []))
        if state is None:
            continue
        start, end = spans[p]
        final = quotes[p]["speaker"] or ""
        lines.append(
            Line(
                path.name,
                gold_of.get(p, ""),
                final,
                state.label,
                state.rule if state.label else "",
                test(final),
                bool(state.label) and test(state.label),
                any(test(n) for n in names),
                any(test(c.name) for c in found if not vetoed(c.features)),
                bool(final) and not test(final) and any(t(final) for t in near),
                state.para,
                state.end_para,
                breaks[state.para] if state.para < len(breaks) else 0,
                " ".join(text[start:end].split()),
                " ".join(text[max(0, start - CONTEXT) : start].split()),
                " ".join(text[end : end + CONTEXT // 2].split()),
                any(test(c.name) for c in found if vetoed(c.features)),
            )
        )
    return lines


def _gold_speakers(gold: GoldStory, quotes: Sequence[dict[str, Any]]) -> dict[int, str]:
    """Return the gold speaker of each predicted quote matched to a gold one."""
    golds = gold.quotes
    matched = match_quotes([q.text for q in golds], [str(q["text"]) for q in quotes])
    return {p: golds[g].speaker for g, p in matched.items()}


def _scene_counts(analysis: Analysis) -> list[int]:
    """Per paragraph, how many paragraphs outside the body (breaks, headings) stand before
    it (as the sieve's ``Context.breaks`` counts them)."""
    body = {span.start for span in analysis.layer("body")}
    counts, n = [], 0
    for para in analysis.layer("paragraphs"):
        n += para.start not in body
        counts.append(n)
    return counts


def _kind(rule: str) -> str:
    if not rule:
        return "none"
    if rule.startswith("pronoun"):
        return "pronoun"
    if rule in COUNTED:
        return "count"
    if any(rule.startswith(r) for r in CALL_RULES):
        return "call"
    if any(rule.startswith(r) for r in TAG_RULES):
        return "tag"
    if any(r in rule for r in NARRATION_RULES):
        return "narration"
    return "other"


def classify(lines: Sequence[Line], k: int) -> str:
    """Return the class of the wrong line ``lines[k]`` (see the module docstring)."""
    line = lines[k]
    if not line.character:
        return "no character: unnamed" if unnamed(line.gold) else "no character"
    if not line.candidate:
        return "no candidate: vetoed" if line.vetoed else "no candidate"
    if line.sieve_right:
        return "ranker overruled"
    prev = lines[k - 1] if k else None
    if prev is not None and not prev.right and line.para <= prev.end_para:
        return "carried: same paragraph"
    if prev is not None and not prev.right and line.para == prev.end_para + 1:
        return "carried: line before"
    back = _turn_back(lines, k)
    if line.rule in COUNTED and back is not None and not back.right:
        return "carried: the turn two back"
    where = " after break" if prev is not None and prev.scene != line.scene else ""
    return f"first: {_kind(line.rule)}{where}"


def unnamed(gold: str) -> bool:
    """Whether a gold speaker is given by a description ("the boatman", "a voice", "the
    man in the bar") rather than a name."""
    return gold.split(" ", 1)[0] in DESCRIPTION_OPENERS


def _turn_back(lines: Sequence[Line], k: int) -> Line | None:
    """Return the first line of the turn two back from ``lines[k]`` in a run of consecutive
    paragraphs (the turn an ``alternation`` count reads), or None."""
    turns: list[Line] = []
    line = lines[k]
    for j in range(k - 1, -1, -1):
        other = lines[j]
        if other.para == line.para:
            continue
        if other.end_para + 1 < (turns[-1].para if turns else line.para):
            return None
        if turns and other.para == turns[-1].para:
            turns[-1] = other
            continue
        turns.append(other)
        if len(turns) == 3:
            break
    return turns[1] if len(turns) >= 2 else None


def voice_before(lines: Sequence[Line], k: int) -> str:
    """Return whom the gold speaker of ``lines[k]`` is among the gold voices before it:
    "two back", "last going on", "third voice" or "start" (fewer than two lines before)."""
    if k < 2:
        return "start"
    gold, last, back = lines[k].gold, lines[k - 1].gold, lines[k - 2].gold
    if gold == last:
        return "last going on"
    if gold == back:
        return "two back"
    return "third voice"


def main(argv: Sequence[str] | None = None) -> int:
    """Print the wrong lines of the chosen stories and their counts; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "examples/corpus")
    parser.add_argument("--stories", default="61-85", help="story numbers, e.g. 61-85")
    parser.add_argument("--quiet", action="store_true", help="only the counts")
    parser.add_argument(
        "--unseen-canon",
        action="store_true",
        help="analyse each story with its canon left out of the fandom table",
    )
    args = parser.parse_args(argv)
    try:
        wanted = parse_range(args.stories)
    except ValueError as error:
        print(error, file=sys.stderr)
        return 2
    paths = [p for p in find_gold_files([args.corpus], TUNING_STORIES) if story_number(p) in wanted]
    classes: Counter[str] = Counter()
    voices: Counter[tuple[str, str]] = Counter()
    rules: Counter[tuple[str, str]] = Counter()
    flips: Counter[tuple[str, bool]] = Counter()
    scored = right = 0
    for path in paths:
        lines = story_lines(path, args.unseen_canon)
        scored += len(lines)
        right += sum(line.right for line in lines)
        for k, line in enumerate(lines):
            if line.right:
                continue
            kind = classify(lines, k)
            classes[kind] += 1
            voices[(kind, voice_before(lines, k))] += 1
            rules[(kind, line.rule or "(none)")] += 1
            flips[(kind, line.flip)] += 1
            if not args.quiet:
                print(
                    f"--- {line.story} [{kind}] gold {line.gold!r}; said {line.final!r}; "
                    f"sieve {line.sieve!r} by {line.rule or '(none)'}; "
                    f"gold voice {voice_before(lines, k)}"
                    f"{'; FLIP' if line.flip else ''}"
                )
                print(f"    before: ...{line.before}")
                print(f"    QUOTE:  {line.quote}")
                print(f"    after:  {line.after}...")
    print(f"{len(paths)} stories, {scored} lines scored, {right} right, {scored - right} wrong")
    for kind, n in classes.most_common():
        by_voice = ", ".join(f"{v} {c}" for (k, v), c in sorted(voices.items()) if k == kind)
        by_rule = ", ".join(f"{r} {c}" for (k, r), c in rules.most_common() if k == kind)
        print(f"{n:4d}  {kind}  ({by_voice}; given to a neighbour's voice {flips[(kind, True)]})")
        print(f"        rules: {by_rule}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
