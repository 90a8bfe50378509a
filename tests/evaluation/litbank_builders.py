"""A LitBank-shaped folder for tests (the layout of ../shared/data/litbank, made-up text)."""

from __future__ import annotations

from pathlib import Path

SENTENCES = [
    "Chapter 1 Mr. Ash lived alone , in the hills .",
    "“ Hello , Jane , ” said Mr. Ash . “ Do n't go . ”",
    "She did n't answer .",
    "“ It 's late .",
    "I must . ”",
    '" Then go , " he said ; " and take the lamp ( it \'s mine ) . "',
    "_ Never _ , she thought .",
]
QUOTES = [
    "QUOTE\tQ1\t1\t0\t1\t5\t“ Hello , Jane , ”",
    "QUOTE\tQ2\t1\t10\t1\t15\t“ Do n't go . ”",
    "QUOTE\tQ3\t3\t0\t4\t3\t“ It 's late . I must . ”",
    'QUOTE\tQ4\t5\t0\t5\t4\t" Then go , "',
    "ATTRIB\tQ1\tMr_Ash-0",
    "ATTRIB\tQ2\tMr_Ash-0",
    "ATTRIB\tQ3\tJane-1",
]
COREF = [
    "MENTION\tT1\t0\t2\t0\t3\tMr. Ash\tPER\tPROP",
    "MENTION\tT2\t1\t3\t1\t3\tJane\tPER\tPROP",
    "MENTION\tT3\t1\t7\t1\t8\tMr. Ash\tPER\tPROP",
    "MENTION\tT4\t2\t0\t2\t0\tShe\tPER\tPRON",
    "MENTION\tT5\t0\t8\t0\t9\tthe hills\tLOC\tNOM",
    "MENTION\tT6\t4\t0\t4\t0\tI\tPER\tPRON",
    "COREF\tT1\tMr_Ash-0",
    "COREF\tT2\tJane-1",
    "COREF\tT3\tMr_Ash-0",
    "COREF\tT4\tJane-1",
    "COREF\tT5\tthe_hills-2",
    "COREF\tT6\tJane-1",
]


def make_litbank(root: Path, names: list[str]) -> Path:
    """A LitBank-shaped folder whose samples all hold the sentences above."""
    for folder in ("quotations", "coref"):
        (root / folder / "tsv").mkdir(parents=True)
    for name in names:
        for folder, ann in (("quotations", QUOTES), ("coref", COREF)):
            (root / folder / "tsv" / f"{name}.txt").write_text("\n".join(SENTENCES) + "\n", "utf-8")
            (root / folder / "tsv" / f"{name}.ann").write_text("\n".join(ann) + "\n", "utf-8")
    return root
