"""Build the common-word list the name finder uses: words LitBank writes in lower case.

A capitalised word seen only at sentence starts ("Sit down.", "Consider the lamp.") is a
name only if it is not an ordinary word; this list of ordinary words is every token that the
LitBank training split (all files but the last 20 by name, which are held out for the
person-name scores) writes in lower case. LitBank (Bamman et al., CC BY 4.0)
is read from ``../shared/data/litbank`` and never copied; only the derived word list is
shipped, as ``src/ficshelf/understand/common_words.txt.gz``.

Usage: python scripts/build_common_words.py [LITBANK_DIR]
"""

from __future__ import annotations

import gzip
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LITBANK = ROOT.parent / "shared" / "data" / "litbank"
OUT = ROOT / "src" / "ficshelf" / "understand" / "common_words.txt.gz"
HELD_OUT = 20
MIN_COUNT = 1


def training_files(litbank: Path) -> list[Path]:
    """Return the LitBank entity files of the training split (all but the last 20)."""
    files = sorted((litbank / "entities" / "tsv").glob("*.tsv"))
    return files[:-HELD_OUT]


def lower_case_words(files: list[Path]) -> Counter[str]:
    """Return how often each all-lower-case alphabetic token occurs in ``files``."""
    counts: Counter[str] = Counter()
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            token = line.split("\t", 1)[0]
            if token.isalpha() and token.islower():
                counts[token] += 1
    return counts


def main() -> int:
    litbank = Path(sys.argv[1]) if len(sys.argv) > 1 else LITBANK
    if not litbank.is_dir():
        print(f"LitBank not found at {litbank}", file=sys.stderr)
        return 1
    files = training_files(litbank)
    counts = lower_case_words(files)
    words = sorted(w for w, n in counts.items() if n >= MIN_COUNT)
    OUT.write_bytes(gzip.compress("\n".join(words).encode("utf-8") + b"\n", mtime=0))
    print(f"{len(words)} words from {len(files)} LitBank files -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
