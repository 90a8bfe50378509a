"""Unsaid words: quotations of what nobody says, only might have said, or means.

``speech_or_mention`` already leaves out quotations after words that are imagined, habitual
or denied ("as if to say", "used to say", "didn't say"). This module reads three more shapes
of words put in quotation marks that no character speaks or thinks aloud:

* **A counterfactual introduces them.** A modal perfect ("would have", "might have been",
  "could not have") in the clause that leads up to the quotation, with no verb of speaking
  after it: ``a commentary might have been put into words like this: "…"``, ``he would have
  summed her up as: "…"``. What would have been said was not. A verb of speaking after the
  modal is left alone: ``it would have been a relief; but the judge, who said "Quite"`` is
  speech, and so is ``just as she was singing: "…"``.
* **A look or a gesture means them.** ``nodded, clearly indicating "go on"``: right after
  "indicating", "signifying", "implying" or "meaning" (a comma or colon between at most),
  the quotation gives a meaning, not words.
* **They are a clause's subject.** ``If "Why not?" had been his answer``: right after a
  subordinating conjunction, with no punctuation between, and followed by an auxiliary or a
  modal in lower case that no verb of speaking follows (``when "Fire!" was shouted`` is
  speech), the quoted words are a noun phrase of the narration.

Each check reads a bounded window before the quotation's opening mark or after its closing
one.
"""

from __future__ import annotations

import re

from ficshelf.understand.fast_regex import compile_fast
from ficshelf.understand.speech_verbs import is_speech_verb

# How far back the clause leading up to a quotation is read.
CLAUSE_WINDOW = 200

_MODAL_PERFECT = re.compile(
    r"\b(?:would|might|could|should)(?:[ \t]+not|n['’]t)?[ \t]+have[ \t]+", re.IGNORECASE
)
# Where a clause starts, as seen before a quotation: after a sentence's end or another
# quotation mark. (``compile_fast``: skipped to in C; plain, the alternation was tried at
# every character.)
_CLAUSE_BREAK = compile_fast(r"[.!?…][\"”’')]*\s|[\"“”‘’«»]")
_WORD = re.compile(r"[A-Za-z]+")
# A participle that gives what a look or gesture means, right before the quotation.
_MEANING = re.compile(r"\b(?:indicating|signifying|implying|meaning)[ \t]*[,:]?[ \t]*\Z")
_MEANING_NEAR = ("ing", "ng,", "ng:")
_CONJUNCTIONS = frozenset(
    "if unless whether though although because since when whenever while until once".split()
)
# An auxiliary or a modal in lower case right after a closing mark, and the words after it.
_AUXILIARY_AFTER = re.compile(
    r"[ \t]+(?:would|could|should|might|must|will|can|may|was|were|is|are|had|has|have|did|does"
    r"|do)\b(?P<rest>(?:[ \t]+[\w'’]+){0,3})"
)


def _clause_before(text: str, para_start: int, opener: int) -> int:
    """Return where the clause leading up to the quotation mark at ``opener`` starts: after
    the last sentence end or quotation mark before it, at most ``CLAUSE_WINDOW`` characters
    back and never before its paragraph's start."""
    start = max(para_start, opener - CLAUSE_WINDOW)
    for m in _CLAUSE_BREAK.finditer(text, start, opener):
        start = m.end()
    return start


def _counterfactual(text: str, para_start: int, opener: int) -> bool:
    """Return whether a modal perfect with no verb of speaking after it introduces the
    quotation opening at ``opener`` (see the module docstring)."""
    start = _clause_before(text, para_start, opener)
    last = -1
    for modal in _MODAL_PERFECT.finditer(text, start, opener):
        last = modal.end()
    if last < 0:
        return False
    return not any(is_speech_verb(w) for w in _WORD.findall(text, last, opener))


def _quoted_subject(text: str, para_start: int, opener: int, closer: int) -> bool:
    """Return whether the quotation between the marks at ``opener`` and ``closer`` is the
    subject of a clause that a conjunction opens (see the module docstring)."""
    before = text[max(para_start, opener - 12) : opener]
    if not before.endswith((" ", "\t")):
        return False
    words = before.split()
    if not words or words[-1].lower() not in _CONJUNCTIONS:
        return False
    after = _AUXILIARY_AFTER.match(text, closer + 1, closer + 60)
    if after is None:
        return False
    return not any(is_speech_verb(w) for w in _WORD.findall(after.group("rest")))


def never_said(text: str, para_start: int, opener: int, closer: int) -> bool:
    """Return whether the quotation between the marks at ``opener`` and ``closer`` (in the
    paragraph starting at ``para_start``) holds words nobody says: a counterfactual
    introduces them, a look means them, or they are a clause's subject (see the module
    docstring)."""
    near = text[max(para_start, opener - 6) : opener].rstrip(" \t")
    if near.endswith(_MEANING_NEAR) and _MEANING.search(text, max(para_start, opener - 30), opener):
        return True
    if _counterfactual(text, para_start, opener):
        return True
    return _quoted_subject(text, para_start, opener, closer)
