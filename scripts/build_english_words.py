"""Build the English word list the name finder uses: the lower-case words of SCOWL.

A capitalised word seen only where every word is capitalised (sentence and quote starts:
"Wedlock suits you", "Wake up, Philip") is a name only if it is not an English word. The
LitBank list (``build_common_words.py``) is too small for that (about 12,000 words); this
one holds every all-lower-case alphabetic word of SCOWL's "small" word lists (size 35:
rare words such as "calliope" are left out, as they are more often names) as Debian
packages them (``apt-get install wamerican-small wbritish-small``:
/usr/share/dict/american-english-small and british-english-small, Copyright 2000-2011
Kevin Atkinson, free to use, copy and distribute with its notice; see docs/characters.md).
Only the derived list is shipped, as ``src/ficshelf/understand/english_words.txt.gz``.

Usage: python scripts/build_english_words.py [WORD_LIST...]
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = (
    Path("/usr/share/dict/american-english-small"),
    Path("/usr/share/dict/british-english-small"),
)
OUT = ROOT / "src" / "ficshelf" / "understand" / "english_words.txt.gz"


def lower_case_words(paths: list[Path]) -> set[str]:
    """Return the all-lower-case alphabetic words of the word lists at ``paths``."""
    words: set[str] = set()
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            word = line.strip()
            if word.isalpha() and word.islower() and word.isascii():
                words.add(word)
    return words


def main() -> int:
    paths = [Path(p) for p in sys.argv[1:]] or [p for p in SOURCES if p.exists()]
    if not paths:
        print("no word list: apt-get install wamerican-small wbritish-small", file=sys.stderr)
        return 1
    words = sorted(lower_case_words(paths))
    OUT.write_bytes(gzip.compress("\n".join(words).encode("utf-8") + b"\n", mtime=0))
    print(f"{len(words)} words from {', '.join(map(str, paths))} -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
