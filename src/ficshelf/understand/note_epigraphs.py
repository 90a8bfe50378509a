"""Epigraphs at the head of a story, paragraph by paragraph (used by the "notes" stage): lines
quoted from the canon, with or without an attribution ("— Name"), and the narration that shows
a quoted opening line is a story's first line of dialogue instead.

Like ``note_patterns``, each function looks at one paragraph; ``notes.py`` decides where the
story starts.
"""

from __future__ import annotations

import re

from ficshelf.understand.fast_regex import compile_fast

# --- epigraphs ----------------------------------------------------------------------------------

_ATTRIBUTION = r"(?:[—–~]|-{1,2})\s*(?P<source>[^\W\d_][^\n]{0,100})"
_QUOTED_LINE = re.compile(
    r"^[*_]*(?P<open>[\"“'‘])(?P<inner>.*)[\"”'’][*_.,]*(?:\s*" + _ATTRIBUTION + r")?$",
    re.DOTALL,
)
_ATTRIBUTION_LINE = re.compile(r"^[*_]*" + _ATTRIBUTION + r"$")
# A finished sentence, then the attribution: "… the names. — a saying of the wolves".
_UNQUOTED_EPIGRAPH = re.compile(r"\w[*_]*[.!?…][*_]*\s+" + _ATTRIBUTION + r"$")
MAX_UNQUOTED_EPIGRAPH_WORDS = 70
_INLINE_ATTRIBUTION = re.compile(r"[\"”'’][*_.,]*\s*" + _ATTRIBUTION + r"$")
# Inside a single-quoted line: a quote closing before narration (' she said).
_SINGLE_QUOTE_CLOSE = re.compile(r"[\'’][,.!?]?\s+[a-z]")
MAX_SOURCE_WORDS = 12

# A lone quoted saying (no attribution): one or two sentences, ending in a full stop.
MAX_LONE_EPIGRAPH_CHARS = 250
_SENTENCE_INSIDE = re.compile(r"[.!?…][\"”'’]?\s+[\"“'‘]?[A-Z]")
# What an opening line of dialogue gets next: a reply or a reaction in the first sentence.
# (the reply is looked for in the first ``REACTION_WORDS`` words of the first sentence).
_FIRST_SENTENCE = re.compile(r"[^.!?…\n]*")
REACTION_WORDS = 8
_REACTION = compile_fast(
    r"\b(?:answer(?:s|ed)?|repl(?:y|ies|ied)|respond(?:s|ed)?|sa(?:ys|id)|ask(?:s|ed)|"
    r"nod(?:s|ded)?|shrug(?:s|ged)?|laugh(?:s|ed)?|sigh(?:s|ed)?|agree(?:s|d)?|snort(?:s|ed)?|"
    r"grin(?:s|ned)?|smil(?:e|es|ed)|frown(?:s|ed)?|shook|shakes|echo(?:es|ed))\b",
    re.IGNORECASE,
)


def is_quoted_line(para: str) -> bool:
    """Return whether a paragraph is wholly one quotation (maybe with an inline "— Name"
    attribution), as epigraph lines are; '"Hi," she said, "bye."' is not."""
    m = _QUOTED_LINE.match(para)
    if m is None or (m.group("source") is not None and not _source_like(m.group("source"))):
        return False
    inner = m.group("inner")
    if m.group("open") in '"“':
        return not any(q in inner for q in '"“”')
    return _SINGLE_QUOTE_CLOSE.search(inner) is None


def is_lone_epigraph(para: str) -> bool:
    """Return whether a paragraph could be an epigraph without an attribution: one line,
    wholly one quotation (``is_quoted_line``) of one or two sentences ending in a full stop,
    at most ``MAX_LONE_EPIGRAPH_CHARS`` long. A question, an exclamation, or speech broken
    off ("—", "…", ",") is read as someone speaking instead."""
    if len(para) > MAX_LONE_EPIGRAPH_CHARS or "\n" in para or not is_quoted_line(para):
        return False
    if has_inline_attribution(para):
        return False
    inner = para.strip("*_ ")[1:-1].rstrip("*_")
    return (
        inner.endswith(".")
        and not inner.endswith("..")
        and (len(_SENTENCE_INSIDE.findall(inner)) <= 1)
    )


def opens_narration(para: str) -> bool:
    """Return whether a paragraph is narration that neither answers nor carries on a line of
    dialogue standing above it: it opens on a capital letter (not a quotation, a dash or a
    lower-case speech tag such as "says Miss Pole"), and its first sentence holds no
    quotation and opens (first ``REACTION_WORDS`` words) on no reply or reaction ("said",
    "answered", "nodded", "laughed", …)."""
    head = para.lstrip("*_ ")
    if not head[:1].isupper() or is_quoted_line(para):
        return False
    first = _FIRST_SENTENCE.match(head)
    sentence = first.group() if first else head
    opening = " ".join(sentence.split()[:REACTION_WORDS])
    return not any(q in sentence for q in '"“”') and _REACTION.search(opening) is None


def is_attribution(para: str) -> bool:
    """Return whether a paragraph is an epigraph attribution line ("— Name", "- Name, Book")."""
    m = _ATTRIBUTION_LINE.match(para)
    return m is not None and _source_like(m.group("source"))


def is_unquoted_epigraph(para: str) -> bool:
    """Return whether a paragraph is a short saying without quotation marks that ends in its
    own attribution after a finished sentence ("Keep the names. — a saying of the wolves",
    "Run swift. -- The Law of the Jungle"): at most ``MAX_UNQUOTED_EPIGRAPH_WORDS`` words,
    of one line or of short lines."""
    if len(para) > 600 or len(para.split()) > MAX_UNQUOTED_EPIGRAPH_WORDS:
        return False
    m = _UNQUOTED_EPIGRAPH.search(para)
    return m is not None and _source_like(m.group("source"))


def has_inline_attribution(para: str) -> bool:
    """Return whether a quoted line ends with its own attribution ('"…" — Name')."""
    m = _INLINE_ATTRIBUTION.search(para)
    return m is not None and _source_like(m.group("source"))


def _source_like(source: str) -> bool:
    """Return whether an attribution names a source ("Calliope", "J. M. Barrie, Peter Pan")
    rather than carrying on a sentence ("I love my garden.")."""
    words = source.split()
    if len(words) > MAX_SOURCE_WORDS:
        return False
    last = words[-1].rstrip("*_")
    return last[-1:] not in ".!?" or last[:1].isupper() or last[:1].isdigit()
