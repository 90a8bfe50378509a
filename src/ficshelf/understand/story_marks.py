"""The quotation marks of a story quoted in guillemets, as the stages after ``dialogue``
read them.

The ``dialogue`` stage reads each story's own quoting style (double marks, single marks,
guillemets; see its module docstring). The stages after it read the text around the quotes
it found: the gap between two lines, a tag after a comma and a closing mark, a beat between
two lines. Rather than each listing every style's marks, they read a story that quotes
with guillemets (``uses_guillemets``) in curly double marks, as they read most stories:
the « » (or German » «) around each quote become “ ”, the “ ” " „ nested in them become
‘ ’ ' ‚, and a guillemet that bounds no quote (a title, a mention) becomes “ or ”. Each mark
is one character replaced by one, so every offset stays put (``dialogue`` registers
``double_marked_analysis`` as its stage's ``view``: the pipeline runs the later stages on
it and returns the analysis of the text as it came). A story quoted in double marks, or in
single marks, which the later stages read as they are, is left as it is.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from ficshelf.model import Analysis, Span

# The marks the stages after ``dialogue`` read: a quote's opening and closing marks
OPENING, CLOSING = "“", "”"
# ... and what a double mark nested in a guillemet quote becomes.
_NESTED = str.maketrans({'"': "'", "“": "‘", "”": "’", "„": "‚"})
_GUILLEMETS = "«»"


def uses_guillemets(text: str) -> bool:
    """Return whether ``text`` quotes with guillemets (« », or German » «) and nests other
    double marks in them: it has more guillemets than other double marks."""
    if "«" not in text or "»" not in text:
        return False
    others = text.count('"') + text.count("“") + text.count("”") + text.count("„")
    return text.count("«") + text.count("»") > others


def _guillemet_at(text: str, pos: int, step: int) -> int | None:
    """Return where the guillemet next to ``pos`` stands (looking back from it when ``step``
    is -1, ahead when 1), past spaces and tabs (French spacing: ``« Oui »``); ``None`` when
    no guillemet stands there."""
    i = pos
    while 0 <= i < len(text) and text[i] in " \t":
        i += step
    return i if 0 <= i < len(text) and text[i] in _GUILLEMETS else None


def double_marked(text: str, quotes: Sequence[Span]) -> str:
    """Return ``text`` with a guillemet story's quotation marks rewritten into curly double
    marks around ``quotes`` (see the module docstring), one character for one; ``text``
    itself when the story does not quote with guillemets."""
    if not uses_guillemets(text):
        return text
    chars = list(text.translate(_NESTED))
    for quote in quotes:
        before = _guillemet_at(text, quote.start - 1, -1)
        if before is not None:
            chars[before] = OPENING
        after = _guillemet_at(text, quote.end, 1)
        if after is not None:
            chars[after] = CLOSING
    return "".join(chars).replace("«", OPENING).replace("»", CLOSING)


def double_marked_analysis(analysis: Analysis) -> Analysis:
    """Return ``analysis`` reading its text in curly double marks (``double_marked``), its
    layers kept (``quotes`` among them); ``analysis`` itself when nothing is rewritten."""
    text = analysis.text
    rewritten = double_marked(text, analysis.layer("quotes"))
    if rewritten is text:
        return analysis
    doc = dataclasses.replace(analysis.doc, text=rewritten)
    return dataclasses.replace(analysis, doc=doc)
