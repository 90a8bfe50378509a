"""Count where the speaker ranker overrules the sieve, out of fold (round L31).

For every ranked training quote (LitBank dev and the tuning stories, as
``train_speaker_ranker`` reads them; a kept rule's quotes are left out) whose out-of-fold
choice (``train_speaker_ranker.cross_validate`` and ``choices``, with the kept rules, margin
and threshold the training procedure chooses) is not the sieve's: whether the sieve was
right and the ranker wrong ("sieve"), the ranker right and the sieve wrong ("ranker"), both
wrong or both right. Printed by sieve rule, by set (``speaker_stage_folds.set_of``), by
the number of candidates, and by how much more probable the ranker's choice was; then the
right quotes per set for a range of margins. Per line, as the training's CV scores them:
``speaker_stage_folds.py`` is the yardstick for a change through the whole stage.

Usage (from the repository root; about a minute of CPU):

    .venv/bin/python scripts/speaker_overrules.py
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import speaker_stage_folds as F  # noqa: E402
import train_speaker_ranker as T  # noqa: E402

KINDS = ("sieve", "ranker", "both wrong", "both right")
MARGINS = (0.0, 0.05, 0.1, 0.2, 0.3, 0.5, 1.0)


def outcome(quote: T.Quote, chosen: int) -> str:
    """Return who was right where the ranker's choice ``chosen`` is not the sieve's: "sieve",
    "ranker", "both wrong" or "both right"; "" when the ranker did not overrule (the sieve
    chose no one, or the same candidate)."""
    if quote.sieve < 0 or chosen < 0 or chosen == quote.sieve:
        return ""
    ranker = quote.labels[chosen]
    if quote.sieve_right:
        return "both right" if ranker else "sieve"
    return "ranker" if ranker else "both wrong"


def _gap_bucket(gap: float) -> str:
    for top in (0.1, 0.2, 0.3, 0.5):
        if gap < top:
            return f"< {top}"
    return ">= 0.5"


def overrules(
    quotes: Sequence[T.Quote],
    probs: np.ndarray,
    chosen: Sequence[int],
    set_of: Callable[[T.Quote], str],
) -> dict[str, Counter[str]]:
    """Return the outcomes of the overrules (see ``outcome``) counted per row of the
    report: "rule <r>", "set <s>", "candidates <n>" (4 for four or more) and "gap <b>" (the
    ranker's probability less the sieve's choice's). ``probs`` holds every quote's
    candidates in order, as ``cross_validate`` returns them."""
    rows: dict[str, Counter[str]] = defaultdict(Counter)
    r = 0
    for quote, k in zip(quotes, chosen, strict=True):
        n = len(quote.features)
        p = probs[r : r + n]
        r += n
        kind = outcome(quote, k)
        if not kind:
            continue
        for row in (
            f"rule {quote.rule}",
            f"set {set_of(quote)}",
            f"candidates {min(n, 4)}",
            f"gap {_gap_bucket(float(p[k] - p[quote.sieve]))}",
        ):
            rows[row][kind] += 1
    return dict(rows)


def right_by_set(
    quotes: Sequence[T.Quote],
    probs: np.ndarray,
    kept: Sequence[str],
    margin: float,
    set_of: Callable[[T.Quote], str],
) -> Counter[str]:
    """Return the right quotes per set when the ranker must beat the sieve's choice by
    ``margin`` (threshold 0)."""
    out: Counter[str] = Counter()
    for quote, k in zip(quotes, T.choices(quotes, probs, (margin, 0.0), kept), strict=True):
        out[set_of(quote)] += k >= 0 and quote.labels[k]
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Print the overrules' outcomes and the right quotes per margin; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--litbank", default=str(T.LITBANK), help="LitBank folder, or 'none'")
    parser.add_argument("--corpus", default=str(T.CORPUS), help="sample corpus folder")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--l2", type=float, default=T.L2)
    args = parser.parse_args(argv)
    logging.disable(logging.WARNING)
    litbank = Path("/nonexistent") if args.litbank == "none" else Path(args.litbank)
    docs = F.load_docs(litbank, Path(args.corpus))
    litbank_order = [d.group for d in docs if d.source == "litbank"]
    set_by_group = {d.group: F.set_of(d, litbank_order) for d in docs}
    quotes = [q for doc in docs for q in F.quotes_of(doc)]
    names = T.feature_names(quotes)
    kept, fallback = F.chosen_procedure(quotes, names, args.folds, args.l2)
    probs = T.cross_validate(quotes, names, args.folds, args.l2)
    chosen = T.choices(quotes, probs, fallback, kept)

    def set_of(quote: T.Quote) -> str:
        return set_by_group[quote.group]

    print(f"{len(quotes)} quotes; margin {fallback[0]}, threshold {fallback[1]}")
    print(f"{'overruled (who was right)':<34}" + "".join(f"{k:>12}" for k in KINDS))
    for row, counts in sorted(overrules(quotes, probs, chosen, set_of).items()):
        print(f"{row:<34}" + "".join(f"{counts[k]:>12}" for k in KINDS))
    sets = (*F.SETS, "all")
    print("right quotes by margin (threshold 0)")
    print(f"{'margin':<8}" + "".join(f"{s:>15}" for s in sets))
    for margin in MARGINS:
        right = right_by_set(quotes, probs, kept, margin, set_of)
        right["all"] = sum(right.values())
        print(f"{margin:<8}" + "".join(f"{right[s]:>15}" for s in sets))
    return 0


if __name__ == "__main__":
    sys.exit(main())
