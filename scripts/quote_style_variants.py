"""Score quote detection with a text's quotation marks rewritten into other quoting styles.

A generalisation check: LitBank dev and the corpus tuning stories mostly quote with double
marks, so a convention they show seldom (single marks, guillemets) goes untested. This
script reads each document's marks (``mark_roles``), rewrites every quotation mark into a
style (``STYLES``: straight or curly double, straight or curly single, guillemets) and
scores the ``dialogue`` stage on the rewritten text: quotes P/R/F1 and speaker accuracy.

* **Marks and their roles.** A double mark is an opening or closing quotation mark, read
  from its glyph (“ ” « » „) or, straight, from its sides (space or a paragraph's start
  before and a word after opens; the reverse closes; else the line's marks alternate). A
  single mark inside an open double quotation, after a space, a bracket or the opening mark
  and before a letter, that is no elision ("'em", "'tis") and has a closing single mark
  ahead in the same quotation opens a nested quotation; that mark closes it. Every other
  single mark is an apostrophe and stays as it is (a possessive, "don't", "goin'"). A
  nested opener LitBank's reader glued to the word before it (``I said' Good night,'``)
  trades places with the space after it, so that the rewrite prints it as a book would.
* **Styles.** A style gives the outer opening and closing marks and the nested pair:
  single-quoted styles nest double marks (British usage), guillemets nest “ ” (as French does);
  ``curly-single-apos`` also prints every straight apostrophe as ’, as word processors
  do, so that ’ both closes quotations and ends or elides words. Each mark is
  one character and is replaced by one, so every offset (LitBank's gold spans, paragraphs)
  stays aligned; a speech over several paragraphs keeps its convention (no closing mark at
  a paragraph's end, an opening one on the next), since marks are replaced where they are.
  The corpus gold quote texts get their nested marks rewritten the same way (their outer
  marks are not part of them).
* **What is scored.** Documents whose dialogue is in double marks (``uses_single_quotes``
  false): a single-quoted source would need its apostrophes told from its marks, which is
  what is being measured. LitBank: exact and overlap quotes (``score_doc``), speakers;
  corpus: quotes matched by text, speakers (``score_story``).

``--errors`` lists, per style and file, the quotes missed and spurious that the original
text does not also miss or add (for sorting failures by kind). Only LitBank dev and the
corpus tuning stories are read; the test split and the held-out stories never are.

Usage: .venv/bin/python scripts/quote_style_variants.py [--litbank DIR] [--corpus DIR]
       [--match PATTERN ...] [--styles curly-single,guillemets] [--errors] [--no-litbank]
       [--no-corpus]
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ficshelf.evaluation.corpus import score_story
from ficshelf.evaluation.gold import TUNING_STORIES, GoldQuote, find_gold_files, load_gold
from ficshelf.evaluation.litbank import LitBankDoc, doc_names, read_doc
from ficshelf.evaluation.litbank_scoring import _trim, score_doc
from ficshelf.ingest import read_document
from ficshelf.model import RawDocument
from ficshelf.understand import analyze
from ficshelf.understand.dialogue import _is_elision, uses_single_quotes
from ficshelf.understand.report import analysis_to_dict

OPEN, CLOSE, INNER_OPEN, INNER_CLOSE = "open", "close", "inner open", "inner close"
SPACE = "space"  # the space a glued nested opener moves into (see ``_glued_opener``)


@dataclass(frozen=True)
class Style:
    """A quoting style: the characters that replace each role of mark."""

    open: str
    close: str
    inner_open: str
    inner_close: str
    apostrophe: str | None = None  # what replaces a straight apostrophe (None: kept)

    def char(self, role: str) -> str:
        """Return the character this style prints for a mark of ``role``."""
        return {
            OPEN: self.open,
            CLOSE: self.close,
            INNER_OPEN: self.inner_open,
            INNER_CLOSE: self.inner_close,
            SPACE: " ",
        }[role]


STYLES: dict[str, Style | None] = {
    "original": None,
    "straight-double": Style('"', '"', "'", "'"),
    "curly-double": Style("“", "”", "‘", "’"),
    "straight-single": Style("'", "'", '"', '"'),
    "curly-single": Style("‘", "’", "“", "”"),
    "curly-single-apos": Style("‘", "’", "“", "”", "’"),
    "guillemets": Style("«", "»", "“", "”"),
}

_DOUBLE = re.compile(r'["“”«»„]')
_SINGLE = re.compile(r"['‘’]")
_OPENING_GLYPHS = "“«„"
_BEFORE_OPENING = '([{—–-/*_~"“«„'
_AFTER_CLOSING = '.,;:!?)]}—–-…*_~/"”»'


def _double_opens(line: str, i: int, inside: bool) -> bool:
    """Return whether the double mark at ``line[i]`` opens a quotation (see the module
    docstring); ``inside`` says whether one is open before it on the line."""
    char = line[i]
    if char in _OPENING_GLYPHS:
        return True
    if char in "”»":
        return False
    before = line[i - 1] if i else " "
    after = line[i + 1] if i + 1 < len(line) else " "
    opening_side = before.isspace() or before in _BEFORE_OPENING
    closing_side = after.isspace() or after in _AFTER_CLOSING
    if opening_side and not closing_side:
        return True
    if closing_side and not opening_side:
        return False
    return not inside


def _nested_closer(line: str, start: int, end: int) -> int | None:
    """Return where in ``line[start:end]`` a single mark closes a nested quotation: after a
    non-space, before a space, punctuation, a mark or the end; ``None`` when none does."""
    for m in _SINGLE.finditer(line, start, end):
        i = m.start()
        after = line[i + 1] if i + 1 < len(line) else " "
        if not line[i - 1].isspace() and not after.isalnum():
            return i
    return None


def _line_roles(line: str) -> dict[int, str]:
    """Return the role of each quotation mark of one line, by offset in it."""
    roles: dict[int, str] = {}
    doubles = [m.start() for m in _DOUBLE.finditer(line)]
    inside = False
    opened = 0
    for i in doubles:
        if _double_opens(line, i, inside):
            roles[i] = OPEN
            inside, opened = True, i + 1
            continue
        roles[i] = CLOSE
        if inside:
            _nested_roles(line, opened, i, roles)
        inside = False
    if inside:
        _nested_roles(line, opened, len(line), roles)
    return roles


def _nested_roles(line: str, start: int, end: int, roles: dict[int, str]) -> None:
    """Add the roles of the nested quotations inside the quotation ``line[start:end]``."""
    pos = start
    while pos < end:
        m = _SINGLE.search(line, pos, end)
        if m is None:
            return
        i = m.start()
        pos = i + 1
        before = line[i - 1] if i > start else " "
        after = line[i + 1] if i + 1 < end else " "
        glued = _glued_opener(line, i, end)
        if glued is not None:
            roles[i], roles[i + 1], roles[glued] = SPACE, INNER_OPEN, INNER_CLOSE
            pos = glued + 1
            continue
        if not (before.isspace() or i == start or before in "([—–-") or not after.isalpha():
            continue
        if _is_elision(line, i):
            continue
        closer = _nested_closer(line, i + 2, end)
        if closer is None:
            continue
        roles[i], roles[closer] = INNER_OPEN, INNER_CLOSE
        pos = closer + 1


def _glued_opener(line: str, i: int, end: int) -> int | None:
    """Return where a nested quotation closes when the straight mark at ``line[i]`` opens
    it but stands glued to the word before it, its space after it (``I said' Good
    night,'``: LitBank's reader spaces a lone mark of a double-quoted text as an
    apostrophe); ``None`` when it is not one. Only a mark before a space and a letter, with
    the quotation's next mark right after punctuation (``night,'``), is taken: a
    possessive (``the Smiths' dog``) has no such closer."""
    if line[i] != "'" or not line[i + 1 : i + 3].startswith(" ") or i + 2 >= end:
        return None
    if not line[i + 2].isalpha() or not (line[i - 1].isalnum() or line[i - 1] in ",:"):
        return None
    m = _SINGLE.search(line, i + 3, end)
    return m.start() if m is not None and line[m.start() - 1] in ",.;:!?" else None


def mark_roles(text: str) -> dict[int, str]:
    """Return the role (``OPEN``, ``CLOSE``, ``INNER_OPEN``, ``INNER_CLOSE``) of each
    quotation mark of ``text`` by offset; apostrophes are left out (see the module
    docstring). Each line is read on its own: a quotation never crosses a line break but
    as a speech over several paragraphs, whose marks read the same way."""
    roles: dict[int, str] = {}
    offset = 0
    for line in text.split("\n"):
        for i, role in _line_roles(line).items():
            roles[offset + i] = role
        offset += len(line) + 1
    return roles


def restyle(text: str, style: Style | None) -> str:
    """Return ``text`` with its quotation marks printed in ``style`` (unchanged for
    ``None``); apostrophes stay as they are and the text keeps its length."""
    if style is None:
        return text
    roles = mark_roles(text)
    chars = list(text)
    for i, role in roles.items():
        chars[i] = style.char(role)
    if style.apostrophe is not None:
        for m in re.finditer("'", text):
            if m.start() not in roles:
                chars[m.start()] = style.apostrophe
    return "".join(chars)


def restyle_quote(quote: str, style: Style | None) -> str:
    """Return a gold quotation's words (outer marks left out) with its nested marks printed
    in ``style``: read as if the outer double marks stood around it."""
    return restyle(f'"{quote}"', style)[1:-1]


@dataclass
class Tally:
    """Quote counts and speaker accuracy summed over documents."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    right: int = 0
    speakers: int = 0
    errors: dict[str, tuple[list[str], list[str]]] = field(default_factory=dict)

    def add(self, tp: int, fp: int, fn: int, right: int, speakers: int) -> None:
        """Add one document's counts."""
        self.tp += tp
        self.fp += fp
        self.fn += fn
        self.right += right
        self.speakers += speakers

    def f1(self) -> float:
        """Return the F1 of the quote counts (1.0 with nothing to find or find)."""
        if not (self.tp or self.fp or self.fn):
            return 1.0
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn)

    def line(self) -> str:
        """Return the counts as one line: tp/fp/fn, P, R, F1, speakers."""
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return (
            f"{self.tp}/{self.fp}/{self.fn}  P {p:.3f} R {r:.3f} F1 {self.f1():.4f}"
            f"  speakers {self.right}/{self.speakers}"
        )


def double_quoted(text: str) -> bool:
    """Return whether ``text`` quotes its dialogue with double marks (and has some)."""
    return _DOUBLE.search(text) is not None and not uses_single_quotes(text)


def score_litbank(
    docs: Sequence[LitBankDoc], styles: Mapping[str, Style | None]
) -> dict[str, tuple[Tally, Tally]]:
    """Return, per style, the exact and overlap tallies of the LitBank ``docs``."""
    out: dict[str, tuple[Tally, Tally]] = {}
    for name, style in styles.items():
        exact, overlap = Tally(), Tally()
        for doc in docs:
            variant = dataclasses.replace(doc, text=restyle(doc.text, style))
            analysis = analyze(
                RawDocument(text=variant.text, source=f"{doc.name}.txt", format="txt")
            )
            result = analysis_to_dict(analysis)
            score = score_doc(variant, analysis, result)
            e, o, s = score.quotes_exact, score.quotes_overlap, score.speakers
            exact.add(e.tp, e.fp, e.fn, s.correct, s.total)
            overlap.add(o.tp, o.fp, o.fn, s.correct, s.total)
            exact.errors[doc.name] = exact_errors(variant, result, doc.text)
        out[name] = (exact, overlap)
    return out


def _shown(text: str, start: int, end: int) -> str:
    """Return the span with ten characters around it, marked off by ⟦ ⟧."""
    before = text[max(0, start - 12) : start].replace("\n", "¶")
    inner = text[start:end].replace("\n", "¶")
    if len(inner) > 70:
        inner = inner[:40] + " … " + inner[-25:]
    return before + "⟦" + inner + "⟧" + text[end : end + 12].replace("\n", "¶")


def exact_errors(
    doc: LitBankDoc, result: Mapping[str, Any], shown: str
) -> tuple[list[str], list[str]]:
    """Return the gold quotes of ``doc`` no predicted quote matches exactly and the
    predicted quotes no gold quote matches exactly (trimmed as ``score_doc`` trims), each
    shown with its context in ``shown`` (the original text: comparable across styles)."""
    text = doc.text
    gold = {_trim(text, q.start, q.end) for q in doc.quotes}
    pred = {_trim(text, int(q["start"]), int(q["end"])) for q in result["quotes"]}
    return (
        [_shown(shown, s, e) for s, e in sorted(gold - pred)],
        [_shown(shown, s, e) for s, e in sorted(pred - gold)],
    )


def score_corpus(
    gold_files: Sequence[Path], styles: Mapping[str, Style | None]
) -> dict[str, Tally]:
    """Return, per style, the quote tally of the corpus stories ``gold_files``."""
    out = {name: Tally() for name in styles}
    for path in gold_files:
        gold = load_gold(path)
        raw = read_document(str(gold.source), gold.source.read_bytes())
        text = raw.text
        if not double_quoted(text):
            continue
        for name, style in styles.items():
            quotes = tuple(GoldQuote(restyle_quote(q.text, style), q.speaker) for q in gold.quotes)
            variant = dataclasses.replace(gold, quotes=quotes)
            restyled = dataclasses.replace(raw, text=restyle(text, style))
            score = score_story(variant, analysis_to_dict(analyze(restyled)))
            c, s = score.counts["quotes"], score.accuracy["speakers"]
            out[name].add(c.tp, c.fp, c.fn, s.correct, s.total)
            errs = score.errors["quotes"]
            out[name].errors[gold.name] = (list(errs["missed"]), list(errs["spurious"]))
    return out


def new_errors(tally: Tally, original: Tally) -> Iterable[str]:
    """Yield, per file, the missed and spurious quotes of ``tally`` that ``original`` (the
    untransformed text's) does not also have, as printable lines."""
    for name, (missed, spurious) in tally.errors.items():
        was_missed, was_spurious = original.errors.get(name, ([], []))
        for kind, now, before in (
            ("missed", missed, was_missed),
            ("spurious", spurious, was_spurious),
        ):
            for quote in now:
                if quote not in before:
                    yield f"  {name}  {kind}: {quote[:100]!r}"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the check; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--litbank", type=Path, default=Path("../shared/data/litbank"))
    parser.add_argument("--corpus", type=Path, default=Path("examples/corpus"))
    parser.add_argument("--match", nargs="*", default=list(TUNING_STORIES))
    parser.add_argument("--styles", default=",".join(STYLES))
    parser.add_argument("--errors", action="store_true")
    parser.add_argument("--no-litbank", action="store_true")
    parser.add_argument("--no-corpus", action="store_true")
    args = parser.parse_args(argv)
    names = [s for s in args.styles.split(",") if s]
    unknown = [s for s in names if s not in STYLES]
    if unknown:
        parser.error(f"unknown style(s) {', '.join(unknown)} (use {', '.join(STYLES)})")
    styles = {name: STYLES[name] for name in ["original", *names] if name in STYLES}
    if not args.no_litbank and args.litbank.is_dir():
        docs = [read_doc(args.litbank, n) for n in doc_names(args.litbank, "dev")]
        kept = [d for d in docs if double_quoted(d.text)]
        print(f"LitBank dev: {len(kept)} of {len(docs)} samples quote with double marks")
        scores = score_litbank(kept, styles)
        for name, (exact, overlap) in scores.items():
            print(f"{name:16} exact {exact.line()}   overlap F1 {overlap.f1():.4f}")
            if args.errors and name != "original":
                for line in new_errors(exact, scores["original"][0]):
                    print(line)
    if not args.no_corpus and args.corpus.is_dir():
        files = find_gold_files([args.corpus], args.match)
        tallies = score_corpus(files, styles)
        print(f"corpus: {len(next(iter(tallies.values())).errors)} of {len(files)} stories")
        for name, tally in tallies.items():
            print(f"{name:16} quotes {tally.line()}")
            if args.errors and name != "original":
                for line in new_errors(tally, tallies["original"]):
                    print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
