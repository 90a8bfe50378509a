"""The normalisation every comparison in ``ficshelf eval`` goes through.

Texts are compared after Unicode compatibility normalisation, folding curly quotes and
dashes to plain ones, collapsing white space and folding case. Quotes additionally lose
surrounding quotation marks; names lose a possessive "'s" and a leading "the".
"""

from __future__ import annotations

import re
import unicodedata

_FOLD = str.maketrans(
    {
        "“": '"',
        "”": '"',
        "„": '"',
        "«": '"',
        "»": '"',
        "‘": "'",
        "’": "'",
        "‚": "'",
        "–": "-",
        "—": "-",
        "\u00a0": " ",
    }
)
_QUOTE_EDGES = " \"'"
_POSSESSIVE = re.compile(r"'s?\Z")
_LEADING_ARTICLE = re.compile(r"\Athe\s+")


def norm_text(text: str) -> str:
    """Return ``text`` normalised for comparison (see the module docstring)."""
    folded = unicodedata.normalize("NFKC", text).translate(_FOLD)
    return " ".join(folded.split()).casefold()


def norm_quote(text: str) -> str:
    """Return a quotation's text normalised, without the quotation marks around it."""
    return norm_text(text).strip(_QUOTE_EDGES)


def norm_name(name: str) -> str:
    """Return a character, author or tag name normalised ("The Ferryman's" → "ferryman")."""
    key = _POSSESSIVE.sub("", norm_text(name).strip(" .,;:!?\"'"))
    return _LEADING_ARTICLE.sub("", key)
