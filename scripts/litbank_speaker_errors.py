"""List the wrong speakers on a range of LitBank's dev files, for classifying them.

For each wrong quote of the files studied: the sieve's rule and choice, the final choice
(after the ranker), the candidates the ranker saw, whether the gold speaker is among them
(judged as ``ficshelf eval`` judges a name), whether the gold chain has a proper name, the
gold chain's names and descriptions, and the text around the quote. Ends with the counts
by cause (gold among the candidates or not, named or not) and by sieve rule.

Files are chosen by their position in the dev split, sorted by name (``--files 1-40``, the
default, is the half rounds L21 and L23 studied; 41-80 is the half they only scored);
``--parity odd`` or ``even`` keeps only the files at odd or even positions of that range
(round lbs30 studied the odd ones of 1-80). The test split (the last 20 files) is never
read.

``--totals`` prints only how many quotes were scored and how many are right, and
``--by-rule`` adds, per sieve rule, how many quotes it decided and how many of them the
sieve and the final choice get right: aggregate figures, for a half that is only
confirmed (its wrong lines are never printed then).

Usage: .venv/bin/python scripts/litbank_speaker_errors.py [--litbank DIR] [--files 1-40]
       [--parity odd|even] [--quiet] [--totals] [--by-rule]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ficshelf.evaluation.litbank import LitBankDoc, doc_names, read_doc
from ficshelf.evaluation.litbank_scoring import match_overlap, speaker_tests
from ficshelf.model import RawDocument
from ficshelf.understand import analyze
from ficshelf.understand.report import analysis_to_dict
from ficshelf.understand.speaker_vectors import vetoed
from ficshelf.understand.speakers import speaker_candidates

ROOT = Path(__file__).resolve().parents[1]
CONTEXT = 300  # characters of text shown before a wrong quote (and half as many after)


@dataclass(frozen=True)
class Wrong:
    """One quote whose final speaker the scorer counts wrong."""

    doc: str
    rule: str  # the sieve rule that decided it ("" when the sieve chose no one)
    sieve: str
    final: str
    candidates: tuple[str, ...]
    gold_among: tuple[str, ...]  # the candidates the scorer would count right
    named: bool  # the gold chain has a proper name
    gold_names: tuple[str, ...]
    before: str
    quote: str
    after: str

    @property
    def cause(self) -> str:
        where = "gold among the candidates" if self.gold_among else "gold no candidate"
        return f"{where}, {'named' if self.named else 'unnamed'}"


def parse_files(spec: str, total: int) -> range:
    """Return the 0-based positions of the 1-based inclusive range ``spec`` ("1-40"),
    clipped to ``total`` files. Raises ``ValueError`` for anything else."""
    first, _, last = spec.partition("-")
    lo, hi = int(first), int(last or first)
    if lo < 1 or hi < lo:
        raise ValueError(f"bad file range {spec!r} (use e.g. 1-40)")
    return range(lo - 1, min(hi, total))


def _gold_chain(doc: LitBankDoc, entity: str) -> tuple[bool, tuple[str, ...]]:
    """Return whether the chain ``entity`` has a proper name, and its names and
    descriptions (no pronouns), in order of first mention."""
    names: dict[str, None] = {}
    named = False
    for mention in doc.mentions:
        if mention.entity != entity or mention.type == "PRON":
            continue
        named = named or mention.type == "PROP"
        names.setdefault(" ".join(doc.text[mention.start : mention.end].split()), None)
    return named, tuple(names)


@dataclass
class RuleFigures:
    """Per sieve rule: the quotes it decided, and how many of them the sieve's choice and
    the final choice get right ("(none)" for the quotes the sieve left open)."""

    quotes: Counter[str] = field(default_factory=Counter)
    sieve_right: Counter[str] = field(default_factory=Counter)
    final_right: Counter[str] = field(default_factory=Counter)

    def add(self, rule: str, sieve_right: bool, final_right: bool) -> None:
        self.quotes[rule] += 1
        self.sieve_right[rule] += sieve_right
        self.final_right[rule] += final_right

    def lines(self) -> list[str]:
        """Return the table, the rules that decided most quotes first."""
        out = ["by sieve rule, every scored quote (quotes / sieve right / final right):"]
        for rule, n in self.quotes.most_common():
            out.append(f"  {n:4d} {self.sieve_right[rule]:4d} {self.final_right[rule]:4d}  {rule}")
        return out


def doc_errors(doc: LitBankDoc, rules: RuleFigures | None = None) -> tuple[int, list[Wrong]]:
    """Return the number of scored quotes of one sample and its wrong ones; ``rules``, when
    given, takes every scored quote's sieve rule and whether the sieve and the final
    choice are right."""
    text = doc.text
    analysis = analyze(RawDocument(text=text, source=f"{doc.name}.txt", format="txt"))
    result = analysis_to_dict(analysis)
    quotes = result["quotes"]
    tests = speaker_tests(doc, result)
    spans = [(q["start"], q["end"]) for q in quotes]
    gold_of = {
        p: g for g, p in match_overlap([(q.start, q.end) for q in doc.quotes], spans).items()
    }
    by_span = {(s.span.start, s.span.end): (s, c) for s, c in speaker_candidates(analysis)}
    wrong = []
    for p, test in sorted(tests.items()):
        state, found = by_span.get(spans[p], (None, []))
        right = test(quotes[p]["speaker"] or "")
        if rules is not None:
            decided = state is not None and bool(state.label)
            rule = state.rule if state is not None and decided else "(none)"
            rules.add(rule, decided and state is not None and test(state.label), right)
        if right:
            continue
        names = tuple(c.name for c in found if not vetoed(c.features))
        entity = doc.quotes[gold_of[p]].speaker if p in gold_of else None
        named, gold_names = _gold_chain(doc, entity) if entity else (False, ())
        start, end = spans[p]
        wrong.append(
            Wrong(
                doc.name,
                state.rule if state is not None and state.label else "",
                state.label if state is not None else "",
                quotes[p]["speaker"] or "",
                names,
                tuple(n for n in names if test(n)),
                named,
                gold_names,
                " ".join(text[max(0, start - CONTEXT) : start].split()),
                " ".join(text[start:end].split()),
                " ".join(text[end : end + CONTEXT // 2].split()),
            )
        )
    return len(tests), wrong


def _print_wrong(w: Wrong) -> None:
    print(f"--- {w.cause}: said {w.final!r}; sieve {w.sieve!r} by {w.rule or '(none)'}")
    print(f"    gold {list(w.gold_names[:6])}; right candidates {list(w.gold_among)}")
    print(f"    candidates {list(w.candidates[:8])}")
    print(f"    before: ...{w.before}")
    print(f"    QUOTE:  {w.quote}")
    print(f"    after:  {w.after}...")


def summary(wrong: Sequence[Wrong]) -> list[str]:
    """Return the summary lines: wrong quotes by cause, then by sieve rule."""
    lines = ["by cause:"]
    lines += [f"  {n:4d}  {cause}" for cause, n in Counter(w.cause for w in wrong).most_common()]
    lines.append("by sieve rule (gold among the candidates / no candidate):")
    among = Counter(w.rule or "(none)" for w in wrong if w.gold_among)
    missing = Counter(w.rule or "(none)" for w in wrong if not w.gold_among)
    for rule, n in (among + missing).most_common():
        lines.append(f"  {n:4d}  {rule} ({among[rule]} / {missing[rule]})")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    """List the wrong speakers of the chosen dev files; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--litbank", type=Path, default=ROOT.parent / "shared/data/litbank")
    parser.add_argument("--files", default="1-40", help="dev files by position, e.g. 1-40")
    parser.add_argument(
        "--parity", choices=("odd", "even"), help="only the files at odd or even positions"
    )
    parser.add_argument("--quiet", action="store_true", help="only the summary")
    parser.add_argument(
        "--totals", action="store_true", help="only the count of quotes scored and right"
    )
    parser.add_argument(
        "--by-rule", action="store_true", help="add each sieve rule's quotes and right ones"
    )
    args = parser.parse_args(argv)
    if not args.litbank.is_dir():
        print(f"no LitBank at {args.litbank}", file=sys.stderr)
        return 1
    names = doc_names(args.litbank, "dev")
    try:
        positions = parse_files(args.files, len(names))
    except ValueError as error:
        print(error, file=sys.stderr)
        return 2
    wanted = {"odd": 1, "even": 0}.get(args.parity or "")
    chosen = [names[k] for k in positions if wanted is None or (k + 1) % 2 == wanted]
    scored, wrong = 0, []
    rules = RuleFigures() if args.by_rule else None
    for name in chosen:
        total, found = doc_errors(read_doc(args.litbank, name), rules)
        scored += total
        if found and not (args.quiet or args.totals):
            print(f"=== {name}")
            for w in found:
                _print_wrong(w)
        wrong += found
    print(f"{len(chosen)} files, {scored} quotes scored, {scored - len(wrong)} right")
    if not args.totals:
        print("\n".join(summary(wrong)))
    if rules is not None:
        print("\n".join(rules.lines()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
