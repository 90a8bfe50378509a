"""Score the themes stage on the fifth recall round (``tests/understand/theme_fresh_scenes.py``)
or, with ``--round sixth``, the sixth (``theme_fresh_sixth.py``) or ``--round seventh`` the
seventh (``theme_fresh_warn28.py``) or ``--round eighth``, ``ninth`` or ``tenth`` the rounds
of ``theme_fresh_warn33.py`` (each written after the rules of the one before): whole fresh
scenes with the warnings a reader would tag, several with none.

Prints, per scene, the gold warnings, what the stage tags (missed ``-``, false ``+``) and the
rating; then the totals (true / false / missed, P, R, F1) and how many scenes are exactly right.
The scenes are a measure, never a tuning set: run this once before a change and once after.

Usage: .venv/bin/python scripts/warning_fresh_scenes.py [--quiet]
    [--round fifth|sixth|seventh|eighth|ninth|tenth]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ficshelf.model import RawDocument
from ficshelf.understand import analyze

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "understand"))

from theme_fresh_scenes import FRESH_SCENES  # noqa: E402
from theme_fresh_sixth import SIXTH_SCENES  # noqa: E402
from theme_fresh_warn28 import SEVENTH_SCENES  # noqa: E402
from theme_fresh_warn33 import EIGHTH_SCENES, NINTH_SCENES, TENTH_SCENES  # noqa: E402

ROUNDS = {
    "fifth": FRESH_SCENES,
    "sixth": SIXTH_SCENES,
    "seventh": SEVENTH_SCENES,
    "eighth": EIGHTH_SCENES,
    "ninth": NINTH_SCENES,
    "tenth": TENTH_SCENES,
}


def main(argv: list[str] | None = None) -> int:
    """Print the per-scene results and the totals; return 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quiet", action="store_true", help="totals only")
    parser.add_argument("--round", choices=sorted(ROUNDS), default="fifth", help="which scenes")
    args = parser.parse_args(argv)
    scenes = ROUNDS[args.round]
    tp = fp = fn = exact = 0
    for name, register, text, gold in scenes:
        analysis = analyze(RawDocument(text + "\n", f"{name}.txt", "txt"))
        found = {s.label for s in analysis.layer("warnings")}
        (rating,) = analysis.layer("rating")
        tp += len(found & gold)
        fp += len(found - gold)
        fn += len(gold - found)
        exact += found == set(gold)
        if not args.quiet:
            marks = [*sorted(found & gold), *(f"-{t}" for t in sorted(gold - found))]
            marks += [f"+{t}" for t in sorted(found - gold)]
            print(f"{name:32} {rating.label:9} {', '.join(marks) or '(none)'}  [{register}]")
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(
        f"{len(scenes)} scenes: warnings {tp}/{fp}/{fn} (true/false/missed) "
        f"P {p:.3f} R {r:.3f} F1 {f1:.3f}; {exact} scenes exactly right"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
