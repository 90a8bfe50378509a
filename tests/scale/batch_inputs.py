"""Small story files for the batch tests: plain text, an AO3-style page, a sample EPUB (an
allowed tuning story), a zip archive of two stories, and files that cannot be read."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"
SAMPLE_EPUB = CORPUS / "15-fair-hands.epub"  # a tuning story

HARBOUR = """The Harbour Light

by Wren Calloway

Maren Holt climbed the lighthouse stairs with the lamp oil. "You're late," said Tobias Fenn.

"The tide was wrong," Maren said. She set the can down. "And you never fixed the door."

Tobias laughed. "I'll fix it when you stop leaving it open, Maren."
"""
ORCHARD = """Chapter 1: The Orchard

I walk between the apple trees every morning. Ilse waits by the gate with her basket.

"Are you coming to the market?" Ilse asks me.

"Not today," I tell her. "Grandmother needs the ladder."
"""
PAGE = """<!DOCTYPE html><html><head><title>Salt and Cedar</title></head><body>
<h1>Salt and Cedar</h1>
<p>Odile rowed out past the breakwater while the gulls screamed overhead.</p>
<p>"Turn back," Corentin shouted from the jetty. "The weather is turning!"</p>
<p>"Not yet," Odile called. "Not until I find the buoy."</p>
</body></html>
"""


def write_corpus(folder: Path) -> Path:
    """Write the batch corpus into ``folder`` and return it: three good files, a zip of two
    stories, an empty file, a broken EPUB and a file that is no story."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "harbour.txt").write_text(HARBOUR, encoding="utf-8")
    (folder / "orchard.md").write_text(ORCHARD, encoding="utf-16")
    (folder / "salt.html").write_text(PAGE, encoding="utf-8")
    shutil.copy(SAMPLE_EPUB, folder / "fair-hands.epub")
    with zipfile.ZipFile(folder / "pack.zip", "w") as pack:
        pack.writestr("inner/harbour-again.txt", HARBOUR.replace("Maren", "Ysolde"))
        pack.writestr("inner/orchard-again.txt", ORCHARD.replace("Ilse", "Greta"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "broken.epub").write_bytes(b"PK\x03\x04 this is not a zip archive")
    (folder / "notes.json").write_text("{}", encoding="utf-8")
    return folder


GOOD = (
    "fair-hands.epub",
    "harbour.txt",
    "orchard.md",
    "pack.zip!inner/harbour-again.txt",
    "pack.zip!inner/orchard-again.txt",
    "salt.html",
)
REJECTED = ("broken.epub", "empty.txt")
SKIPPED = ("notes.json",)
