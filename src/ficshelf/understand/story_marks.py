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

# The marks the ``dialogue`` stage reads as quotation marks: double (guillemets among
# them) and single.
DOUBLE_MARKS = '"“”«»„'
SINGLE_MARKS = "'‘’‹›‚"
QUOTE_MARKS = DOUBLE_MARKS + SINGLE_MARKS
# The quotation marks the stages after ``dialogue`` read speech in, whatever the story's
# style (a guillemet story's are rewritten into them: ``double_marked``): straight and
# curly, double and single. The one list of them those stages share.
MARKS = "\"'“”‘’"
# The marks a quote opens and closes with once rewritten
OPENING, CLOSING = "“", "”"
# ... and what a double mark nested in a guillemet quote becomes.
_NESTED = {'"': "'", "“": "‘", "”": "’", "„": "‚"}
_GUILLEMETS = "«»"
# how many of a story's first quotes tell whether it opens them with single marks
_SAMPLE = 20


def uses_guillemets(text: str) -> bool:
    """Return whether ``text`` quotes with guillemets (« », or German » «) and nests other
    double marks in them: it has more guillemets than other double marks."""
    if "«" not in text or "»" not in text:
        return False
    others = text.count('"') + text.count("“") + text.count("”") + text.count("„")
    return text.count("«") + text.count("»") > others


def _mark_at(text: str, pos: int, step: int, marks: str) -> int | None:
    """Return where one of ``marks`` stands next to ``pos`` (looking back from it when
    ``step`` is -1, ahead when 1), past spaces and tabs (French spacing: ``« Oui »``);
    ``None`` when none stands there."""
    i = pos
    while 0 <= i < len(text) and text[i] in " \t":
        i += step
    return i if 0 <= i < len(text) and text[i] in marks else None


def _opens_with_single_marks(text: str, quotes: Sequence[Span]) -> bool:
    """Return whether most of the first ``_SAMPLE`` ``quotes`` open with a single mark: the
    ``dialogue`` stage read the story as quoted in single marks."""
    sample = quotes[:_SAMPLE]
    opened = sum(_mark_at(text, q.start - 1, -1, SINGLE_MARKS) is not None for q in sample)
    return 2 * opened > len(sample)


def double_marked(text: str, quotes: Sequence[Span], single: bool = False) -> str:
    """Return ``text`` with the quotation marks around ``quotes`` rewritten into curly
    double marks (see the module docstring), one character for one, when the story quotes
    with guillemets or (``single``) with single marks; ``text`` itself otherwise."""
    if uses_guillemets(text):
        marks = _GUILLEMETS
    elif single and _opens_with_single_marks(text, quotes):
        marks = SINGLE_MARKS
    else:
        return text
    chars = list(text)
    for quote in quotes:
        before = _mark_at(text, quote.start - 1, -1, marks)
        if before is not None:
            chars[before] = OPENING
        after = _mark_at(text, quote.end, 1, marks)
        if after is not None:
            chars[after] = CLOSING
        if marks == _GUILLEMETS:
            for i in range(quote.start, quote.end):
                chars[i] = _NESTED.get(chars[i], chars[i])
    out = "".join(chars)
    if marks == _GUILLEMETS:  # a guillemet no quote is bounded by: a title, a mention
        out = out.replace("«", OPENING).replace("»", CLOSING)
    return out


def double_marked_analysis(analysis: Analysis, single: bool = False) -> Analysis:
    """Return ``analysis`` reading its text with its quotation marks in curly double marks
    (``double_marked``; ``single``: a story quoted in single marks too), its layers kept
    (``quotes`` among them); ``analysis`` itself when nothing is rewritten."""
    text = analysis.text
    rewritten = double_marked(text, analysis.layer("quotes"), single)
    if rewritten is text:
        return analysis
    doc = dataclasses.replace(analysis.doc, text=rewritten)
    return dataclasses.replace(analysis, doc=doc)
