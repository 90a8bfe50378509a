"""Count the speaker ranker's decisions against the sieve's, by rule and kind (round ranker40).

Runs the whole pipeline (in sample, as ``ficshelf eval`` does) on LitBank dev files and/or
tuning stories and records every call of ``Ranker.choose``: the sieve's choice and rule, the
candidates' probabilities, and the ranker's answer. Each call is one kind:

- ``kept``: a kept rule made the sieve's choice; the stage builds no features for such a
  quote, so the in-sample run cannot say what the ranker would have chosen (``--out-of-fold``
  can: ``kept-differs``, the training quotes have every rule's features);
- ``margin``: the ranker's best replaced the sieve's choice, being at least ``margin`` more
  probable;
- ``held``: the ranker's best is another candidate, but within ``margin``: the sieve's stays;
- ``veto``: the sieve's choice is vetoed or not among the candidates (or the sieve chose no
  one), and the ranker gave the line to another;
- ``agree``: the ranker's best is the sieve's choice.

Each line scored by the gold is counted by whether the sieve's choice and the ranker's
answer (before carry and parity) are right. Rows by kind and rule, by kind and probability
band of the ranker's best, with the stories each outcome comes from. ``--list`` prints the
lines of a kind. The test split of LitBank and held-out stories are never read.

Usage: .venv/bin/python scripts/ranker_decisions.py --litbank-files 1-80 [--list margin]
       .venv/bin/python scripts/ranker_decisions.py --stories 51-110 [--unseen-canon]
       .venv/bin/python scripts/ranker_decisions.py --out-of-fold  (about a minute of CPU)
"""

from __future__ import annotations

import argparse
import inspect
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_speaker_errors import parse_range, story_number  # noqa: E402
from litbank_speaker_errors import parse_files  # noqa: E402

from ficshelf.evaluation.corpus import speaker_tests as corpus_tests  # noqa: E402
from ficshelf.evaluation.gold import TUNING_STORIES, find_gold_files, load_gold  # noqa: E402
from ficshelf.evaluation.litbank import doc_names, read_doc  # noqa: E402
from ficshelf.evaluation.litbank_scoring import speaker_tests as litbank_tests  # noqa: E402
from ficshelf.evaluation.unseen_canon import canon_left_out  # noqa: E402
from ficshelf.ingest import read_document  # noqa: E402
from ficshelf.model import Analysis, RawDocument  # noqa: E402
from ficshelf.understand import analyze  # noqa: E402
from ficshelf.understand.report import analysis_to_dict  # noqa: E402
from ficshelf.understand.speaker_ranker import Ranker  # noqa: E402
from ficshelf.understand.speaker_vectors import vetoed  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Call:
    """One call of ``Ranker.choose``."""

    span: tuple[int, int]
    sieve: str
    rule: str
    names: tuple[str, ...]
    probs: tuple[float, ...]  # over all candidates, vetoed ones included
    allowed: tuple[bool, ...]
    answer: str
    kind: str
    best: str  # the most probable allowed candidate
    p_best: float
    p_sieve: float  # -1 when the sieve's choice is no allowed candidate


@dataclass(frozen=True)
class Line:
    """One scored line's ranker call, judged."""

    doc: str
    call: Call
    sieve_right: bool
    answer_right: bool
    best_right: bool
    final_right: bool
    quote: str


CALLS: list[Call] = []
_original = Ranker.choose


def _recording(self: Ranker, candidates: Sequence[Any], sieve: str, rule: str) -> tuple[str, float]:
    answer = _original(self, candidates, sieve, rule)
    quote = inspect.currentframe().f_back.f_locals["quote"]  # type: ignore[union-attr]
    probs = self.probabilities(candidates)
    allowed = tuple(not vetoed(c.features) for c in candidates)
    names = tuple(c.name for c in candidates)
    sub = [p for p, a in zip(probs, allowed, strict=True) if a]
    total = sum(sub) or 1.0
    sub_names = [n for n, a in zip(names, allowed, strict=True) if a]
    norm = [p / total for p in sub]
    if norm:
        k = max(range(len(norm)), key=norm.__getitem__)
        best, p_best = sub_names[k], norm[k]
    else:
        best, p_best = "", 0.0
    p_sieve = norm[sub_names.index(sieve)] if sieve in sub_names else -1.0
    if sieve and rule in self.kept_rules and (sieve in names or not names):
        kind = "kept"
    elif p_sieve < 0:
        kind = "veto" if answer[0] else "none"
    elif best == sieve:
        kind = "agree"
    elif answer[0] == sieve:
        kind = "held"
    else:
        kind = "margin"
    CALLS.append(
        Call(
            (quote.span.start, quote.span.end),
            sieve,
            rule,
            names,
            tuple(probs),
            allowed,
            answer[0],
            kind,
            best,
            p_best,
            p_sieve,
        )
    )
    return answer


Ranker.choose = _recording  # type: ignore[method-assign]


def judge(
    doc: str, analysis: Analysis, tests_of: Callable[[dict[str, Any]], dict[int, Any]]
) -> list[Line]:
    """Return the scored lines of one analysis whose quote the ranker was called on."""
    result = analysis_to_dict(analysis)
    quotes = result["quotes"]
    tests = tests_of(result)
    by_span = {c.span: c for c in CALLS}
    CALLS.clear()
    out = []
    for p, test in sorted(tests.items()):
        span = (quotes[p]["start"], quotes[p]["end"])
        call = by_span.get(span)
        if call is None:
            continue
        out.append(
            Line(
                doc,
                call,
                bool(call.sieve) and test(call.sieve),
                bool(call.answer) and test(call.answer),
                bool(call.best) and test(call.best),
                test(quotes[p]["speaker"] or ""),
                " ".join(analysis.text[span[0] : span[1]].split())[:80],
            )
        )
    return out


def band(p: float) -> str:
    """Return the band of a probability the rows count by."""
    for top in (0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
        if p < top:
            return f"<{top}"
    return ">=0.9"


def gap_band(gap: float) -> str:
    """Return the band of the ranker's lead over the sieve's choice."""
    for top in (0.05, 0.1, 0.2, 0.3, 0.5):
        if gap < top:
            return f"<{top}"
    return ">=0.5"


def report(lines: Sequence[Line], listing: str) -> None:
    """Print the counts of ``lines`` by kind and rule and by kind and band."""
    rows: dict[str, Counter[str]] = defaultdict(Counter)
    docs: dict[tuple[str, str], set[str]] = defaultdict(set)
    kept: Counter[bool] = Counter()
    for line in lines:
        c = line.call
        kind = c.kind
        if kind == "kept":
            kind = "kept-differs" if c.names and c.best != c.sieve else "kept"
        if kind == "kept":
            kept[line.sieve_right] += 1
            continue
        if line.sieve_right == line.best_right:
            if kind in ("kept-same", "agree") or line.sieve_right:
                outcome = "both right" if line.sieve_right else "both wrong"
            else:
                outcome = "both wrong"
        else:
            outcome = "sieve only" if line.sieve_right else "best only"
        gap = c.p_best - c.p_sieve if c.p_sieve >= 0 else 1.0
        for row in (
            f"{kind:<13} rule {c.rule or '-'}",
            f"{kind:<13} p {band(c.p_best)}",
            f"{kind:<13} gap {gap_band(gap)}",
        ):
            rows[row][outcome] += 1
            docs[(row, outcome)].add(line.doc)
        if listing and kind == listing and outcome in ("sieve only", "best only"):
            print(
                f"{line.doc[:28]:<28} {c.rule:<22} {outcome:<10} sieve {c.sieve!r} "
                f"{c.p_sieve:.2f} best {c.best!r} {c.p_best:.2f} final "
                f"{'R' if line.final_right else 'W'} | {line.quote}"
            )
    _print_rows(rows, docs)
    print(f"kept (not ranked): {sum(kept.values())} lines, the sieve right on {kept[True]}")
    print(f"lines {len(lines)}; final right {sum(x.final_right for x in lines)}")


def out_of_fold(litbank: Path, corpus: Path, sets: dict[str, Callable[[Any], bool]]) -> None:
    """Print, per set, the training's out-of-fold choices (``speaker_overrules``' procedure)
    against the sieve's, by kind (``margin``, ``held``, ``kept-differs``: a kept rule whose
    quote the ranker would have given another) and rule, and by kind and band."""
    import speaker_stage_folds as F
    import train_speaker_ranker as T

    docs = F.load_docs(litbank, corpus)
    quotes = [q for doc in docs for q in F.quotes_of(doc)]
    names = T.feature_names(quotes)
    kept, fallback = F.chosen_procedure(quotes, names, 5, T.L2)
    probs = T.cross_validate(quotes, names, 5, T.L2)
    chosen = T.choices(quotes, probs, fallback, kept)
    print(f"{len(quotes)} quotes; kept {kept}; fallback {fallback}")
    for label, wanted in sets.items():
        rows: dict[str, Counter[str]] = defaultdict(Counter)
        docs_of: dict[tuple[str, str], set[str]] = defaultdict(set)
        r = 0
        for quote, k in zip(quotes, chosen, strict=True):
            n = len(quote.features)
            p = probs[r : r + n]
            r += n
            if not wanted(quote) or n == 0 or quote.sieve < 0:
                continue
            best = int(np.argmax(p))
            if best == quote.sieve:
                continue
            if quote.rule in kept:
                kind = "kept-differs"
            elif k == quote.sieve:
                kind = "held"
            else:
                kind = "margin"
            if quote.sieve_right == quote.labels[best]:
                outcome = "both right" if quote.sieve_right else "both wrong"
            else:
                outcome = "sieve only" if quote.sieve_right else "best only"
            gap = float(p[best] - p[quote.sieve])
            for row in (
                f"{kind:<13} rule {quote.rule}",
                f"{kind:<13} p {band(float(p[best]))}",
                f"{kind:<13} gap {gap_band(gap)}",
            ):
                rows[row][outcome] += 1
                docs_of[(row, outcome)].add(quote.group)
        print(f"== {label} (out of fold)")
        _print_rows(rows, docs_of)


def _print_rows(rows: dict[str, Counter[str]], docs: dict[tuple[str, str], set[str]]) -> None:
    kinds = ("sieve only", "best only", "both wrong", "both right")
    print(
        f"{'row (sieve only: overrule loses; best only: wins)':<44}"
        + "".join(f"{k:>16}" for k in kinds)
    )
    for row in sorted(rows):
        cells = []
        for k in kinds:
            n = rows[row][k]
            d = len(docs[(row, k)])
            cells.append(f"{n:>10} in {d:>3}" if n else f"{'':>16}")
        print(f"{row:<44}" + "".join(cells))


def main(argv: Sequence[str] | None = None) -> int:
    """Print the ranker's decisions on the chosen files; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--litbank", type=Path, default=ROOT.parent / "shared/data/litbank")
    parser.add_argument("--litbank-files", default="", help="dev files by position, e.g. 1-80")
    parser.add_argument("--corpus", type=Path, default=ROOT / "examples/corpus")
    parser.add_argument("--stories", default="", help="tuning story numbers, e.g. 51-110")
    parser.add_argument("--unseen-canon", action="store_true")
    parser.add_argument("--list", default="", help="print the lines of this kind")
    parser.add_argument("--out-of-fold", action="store_true", help="the training's CV choices")
    args = parser.parse_args(argv)
    if args.out_of_fold:
        import train_speaker_ranker as T

        lb = doc_names(args.litbank, "dev")[:80]
        out_of_fold(
            args.litbank,
            args.corpus,
            {
                "LitBank dev 1-80": lambda q: q.source == "litbank" and q.group in lb,
                "tuning 51-110": lambda q: q.source == "corpus" and 51 <= T._number(q.group) <= 110,
                "confirm 01-15, 31-40, 121-130": lambda q: (
                    q.source == "corpus" and not 51 <= T._number(q.group) <= 110
                ),
            },
        )
        return 0
    lines: list[Line] = []
    if args.litbank_files:
        names = doc_names(args.litbank, "dev")
        for k in parse_files(args.litbank_files, len(names)):
            doc = read_doc(args.litbank, names[k])
            analysis = analyze(RawDocument(text=doc.text, source=f"{doc.name}.txt", format="txt"))
            lines += judge(doc.name, analysis, lambda r, d=doc: litbank_tests(d, r))
    if args.stories:
        wanted = parse_range(args.stories)
        for path in find_gold_files([args.corpus], TUNING_STORIES):
            if story_number(path) not in wanted:
                continue
            gold = load_gold(path)
            with canon_left_out(gold) if args.unseen_canon else nullcontext():
                analysis = analyze(read_document(str(gold.source), gold.source.read_bytes()))
            lines += judge(path.name, analysis, lambda r, g=gold: corpus_tests(g, r))
    report(lines, args.list)
    return 0


if __name__ == "__main__":
    sys.exit(main())
