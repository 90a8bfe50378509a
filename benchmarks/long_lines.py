"""Measure a story with no line breaks against the same words in paragraphs.

A story saved without its line breaks is one paragraph of a megabyte or more: a pass that
does work per paragraph for each sentence, quote or match in it would grow with the square
of its length. This times the whole pipeline (``ficshelf.understand.analyze`` after reading
the file with ``ficshelf.ingest.read_document``) on two texts at each of ``--sizes``:

* ``words``: the random words of the issue (``'the sea was grey and the boat went out'``,
  seed 1), joined by spaces on one line, and the same words parted into paragraphs of 100
  words by blank lines;
* ``prose``: the tuning stories of the sample corpus (held-out stories are never read) one
  after another, repeated until long enough, as they are (paragraphs) and with every run of
  line breaks turned into one space (one line).

Each run is a fresh subprocess that imports and warms the pipeline on a short text, then
analyses the file once; the figure is its CPU time (wall time is shown too) and its peak
RSS. The last column is the one-line text's time per word over the paragraphed text's at
the same size: near 1 when nothing is quadratic in the length of a paragraph.

Usage: python benchmarks/long_lines.py [--sizes 1,2] (MB)
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from machine import commit_of, describe  # noqa: E402

import ficshelf  # noqa: E402
from ficshelf.evaluation.gold import TUNING_STORIES, matches_any  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "examples" / "corpus"
MB = 1 << 20
PARAGRAPH_WORDS = 100

_RUN = """
import json, resource, sys, time
from ficshelf.ingest import read_document
from ficshelf.understand import analyze
from ficshelf.understand.text import count_words
analyze(read_document("warm.txt", b"The sea was grey. \\"Go,\\" she said. The boat went out."))
data = open(sys.argv[1], "rb").read()
wall, cpu = time.perf_counter(), time.process_time()
analysis = analyze(read_document(sys.argv[1], data))
cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"cpu": cpu, "wall": wall, "rss": rss, "words": count_words(analysis.text)}))
"""


def random_words(size: int, seed: int = 1) -> list[str]:
    """Return the issue's random words (seed 1), as many as fill ``size`` characters."""
    rng = random.Random(seed)
    vocabulary = "the sea was grey and the boat went out".split()
    words: list[str] = []
    length = -1
    while length < size:
        words.append(rng.choice(vocabulary))
        length += len(words[-1]) + 1
    return words


def words_texts(size: int) -> tuple[str, str]:
    """Return (one line, paragraphs) of the same random words, about ``size`` characters."""
    words = random_words(size)
    line = " ".join(words)
    paragraphs = "\n\n".join(
        " ".join(words[i : i + PARAGRAPH_WORDS]) for i in range(0, len(words), PARAGRAPH_WORDS)
    )
    return line, paragraphs


def tuning_prose(corpus: Path = CORPUS) -> str:
    """Return the plain-text tuning stories of ``corpus`` one after another."""
    texts = [
        path.read_text("utf-8")
        for path in sorted(corpus.glob("*.txt"))
        if matches_any(path, TUNING_STORIES)
    ]
    return "\n\n".join(texts)


def prose_texts(size: int, prose: str) -> tuple[str, str]:
    """Return (one line, paragraphs) of ``prose`` repeated to ``size`` characters (cut at a
    paragraph break)."""
    text = prose
    while len(text) < size:
        text = text + "\n\n" + prose
    cut = text.rfind("\n\n", 0, size)
    paragraphs = text[: cut if cut > 0 else size]
    return re.sub(r"\s*\n\s*", " ", paragraphs), paragraphs


def measure(path: Path) -> dict[str, float]:
    """Return the CPU and wall seconds, peak RSS (MB) and words of one fresh analysis."""
    done = subprocess.run(
        [sys.executable, "-c", _RUN, str(path)], capture_output=True, text=True, check=True
    )
    result: dict[str, float] = json.loads(done.stdout.splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1,2", help="sizes in MB, comma-separated")
    args = parser.parse_args()
    sizes = [float(size) for size in args.sizes.split(",")]
    print(f"machine: {describe()}")
    source = Path(ficshelf.__file__).resolve().parent
    print(f"ficshelf: {source} (commit {commit_of(source) or 'unknown: not a checkout'})")
    print("text  | MB   | layout     | words   | CPU s  | wall s | µs/word | peak MB | one line ÷")
    prose = tuning_prose()
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            chars = int(size * MB)
            for kind, (line, paragraphs) in (
                ("words", words_texts(chars)),
                ("prose", prose_texts(chars, prose)),
            ):
                per_word: dict[str, float] = {}
                for layout, text in (("paragraphs", paragraphs), ("one line", line)):
                    path = Path(folder) / f"{kind}-{size}-{layout.replace(' ', '-')}.txt"
                    path.write_text(text, "utf-8")
                    got = measure(path)
                    per_word[layout] = got["cpu"] / max(1.0, got["words"]) * 1e6
                    ratio = (
                        f"{per_word['one line'] / per_word['paragraphs']:.2f}×"
                        if layout == "one line"
                        else ""
                    )
                    print(
                        f"{kind} | {len(text.encode()) / MB:4.2f} | {layout:10} | "
                        f"{int(got['words']):7,} | {got['cpu']:6.2f} | {got['wall']:6.2f} | "
                        f"{per_word[layout]:7.2f} | {got['rss']:7.0f} | {ratio}",
                        flush=True,
                    )


if __name__ == "__main__":
    main()
