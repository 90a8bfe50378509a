"""The first-person narrator who at times speaks of himself by name, in the third person
(round narr41).

A narrator may pretend not to say which of the children he is, and yet tell his own
thoughts under his name:

    Oswald thought it a poor plan, but he said nothing.

    "Oswald, you fetch the spade," said Dora.

    I fetched it.

``narrator.find_narrator`` ranks a name the narration gives below any it never gives (a
narrator is "I" there) and takes its narration mentions off its score, so such a narrator
stays unnamed. ``self_named_narrator`` is read only then. A reader knows the name is the
narrator's when all of these hold:

- others call the name, in their own lines (tagged by someone else, or answered), at least
  ``MIN_CALLS`` times, and right after at least one such call the narrator answers or acts
  ("I fetched it.", "I said we had not dug deep enough.");
- the narrator's own lines never call it (a narrator does not call himself);
- no sentence of the narration that names it holds "I", "me", "my" or "myself" (the
  narrator and the name as two people: "Oswald and I dug", "my brother Oswald");
- the narration tells the name's thoughts or judgements ("Oswald thought", "Oswald always
  knew"), which a first-person narrator knows only of himself;
- one name only fits.

A brother the narrator talks about, a third person called who obeys, fail one of these.
Linear in the mentions; reads one paragraph after each call and one sentence around each
narration mention.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from ficshelf.model import Span
from ficshelf.understand.fast_regex import compile_fast
from ficshelf.understand.names import QuoteIndex
from ficshelf.understand.narrator import (
    OTHERS_LINE,
    NamedMention,
    answered_call,
    line_weight_of,
    set_off,
)
from ficshelf.understand.narrator_answers import narrator_replies
from ficshelf.understand.narrator_tales import told_in_tale
from ficshelf.understand.roman_i import numeral_i
from ficshelf.understand.tense_words import is_past_form

MIN_CALLS = 2
# Verbs of the inner life: the narration tells these of the narrator only.
_INNER_VERBS = frozenset(
    "thought felt knew wondered wished hoped believed supposed decided considered feared "
    "thinks feels knows wonders wishes hopes believes supposes decides considers fears".split()
)
# Words that may stand between the name and such a verb ("Oswald always knew").
_BETWEEN = frozenset("always never often still only also then secretly privately".split())
_ME = compile_fast(r"\b(?:I|me|my|myself)\b")
_ACT = compile_fast(r"[ \t\n]*I[ \t]+(?:[a-z]+ly[ \t]+)?([a-z]+)\b")
_WORDS = compile_fast(r"[A-Za-z]+")
_SENTENCE_ENDS = ".!?"


class _Evidence:
    """What one character's mentions say of them (see the module docstring)."""

    __slots__ = ("calls", "answered", "own_call", "beside_me", "inner", "first")

    def __init__(self, first: NamedMention) -> None:
        self.calls = 0
        self.answered = 0
        self.own_call = False
        self.beside_me = False
        self.inner = False
        self.first = first

    def fits(self) -> bool:
        """Whether the evidence names the narrator."""
        return (
            self.calls >= MIN_CALLS
            and self.answered > 0
            and self.inner
            and not self.own_call
            and not self.beside_me
        )


def self_named_narrator(
    text: str,
    paragraphs: Sequence[Span],
    quotes: QuoteIndex,
    mentions: Sequence[NamedMention],
) -> NamedMention | None:
    """Return a mention (the first in the text) of the one character who is the
    first-person narrator speaking of himself by name in the third person (see the module
    docstring), or ``None`` when no character, or more than one, fits."""
    lines: dict[int, tuple[float, bool]] = {}
    seen: dict[int, _Evidence] = {}
    starts = [p.start for p in paragraphs]
    for m in mentions:
        li = bisect_right(starts, m.start) - 1
        if li < 0 or paragraphs[li].end <= m.start:
            continue  # outside the paragraphs
        ev = seen.setdefault(m.who, _Evidence(m))
        para = paragraphs[li]
        if not m.in_quote:
            if not m.vocative:
                _read_narration(text, para, quotes, m, ev)
            continue
        if not (m.vocative or set_off(text, m, quotes)) or told_in_tale(text, m.start, quotes):
            continue
        if li not in lines:
            lines[li] = line_weight_of(text, para, quotes)
        weight, own = lines[li]
        if own:
            ev.own_call = True
            continue
        answered = answered_call(text, paragraphs, li, quotes, m, lines) or (
            li + 1 < len(paragraphs) and _acts(text, paragraphs[li + 1], quotes)
        )
        if weight == OTHERS_LINE or answered:
            ev.calls += 1
        if answered:
            ev.answered += 1
    fit = [ev.first for ev in seen.values() if ev.fits()]
    return fit[0] if len(fit) == 1 else None


def _read_narration(
    text: str, para: Span, quotes: QuoteIndex, m: NamedMention, ev: _Evidence
) -> None:
    """Note on ``ev`` whether narration mention ``m`` stands in a sentence with the
    narrator's "I", "me", "my" or "myself", and whether a verb of the inner life follows
    it."""
    lo = max(text.rfind(end, para.start, m.start) for end in _SENTENCE_ENDS) + 1
    lo = max(lo, para.start)
    ends = [at for end in _SENTENCE_ENDS if (at := text.find(end, m.end, para.end)) >= 0]
    hi = min(ends) if ends else para.end
    for me in _ME.finditer(text, lo, hi):
        if quotes.find(me.start()) < 0 and not (me.group() == "I" and numeral_i(text, me.start())):
            ev.beside_me = True
            return
    words = _WORDS.findall(text, m.end, min(hi, m.end + 40))[:2]
    if words and words[0] in _BETWEEN:
        words = words[1:]
    if words and words[0] in _INNER_VERBS:
        ev.inner = True


def _acts(text: str, para: Span, quotes: QuoteIndex) -> bool:
    """Whether paragraph ``para`` opens, in the narration, with the narrator answering or
    acting: "I" and a past verb ("I fetched it.", "I said we had not dug deep enough.")."""
    if narrator_replies(text, para):
        return True
    m = _ACT.match(text, para.start, min(para.end, para.start + 60))
    return m is not None and quotes.find(m.start(1)) < 0 and is_past_form(m.group(1))
