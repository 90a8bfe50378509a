"""A given name and a patronymic used only to call someone: "You gave me that book last
Easter, Fyodor Ilyich," said Irina, to Kulygin.

Russian fiction (and fan fiction of it) names a person in the narration by a surname or a
title ("Kulygin", "the Mayor", "the Captain") while the others, speaking to him, say his
given name and his father's ("Fyodor Ilyich", "Anton Antonovich", "Ivan Kuzmich"): the
polite form of address, which the narration seldom uses. Such a form, every mention of it a
call inside a line, is another name of the one addressed, read as
``addressees.addressed_nicknames`` reads a pet name (the named speaker of the line before
or after the call, or the one a beat names), with more calls allowed than a pet name's: the
polite form is said as often as the others speak to him.

A patronymic is the second word of a two-word name ending as Russian patronymics end: a
son's "-ovich", "-evich", "-ich" or "-ych" ("Andreyich", "Ilyich", "Ivanych"), a
daughter's "-ovna", "-evna" or "-ichna"; not "-rich" nor "-wich" ("Henry Aldrich" is a
surname). A form the narration also uses ("Vasilisa Yegorovna received me") is the
character's own name and is left alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ficshelf.model import Span
from ficshelf.understand.addressees import addressed_nicknames
from ficshelf.understand.names import Candidate

_ENDINGS = ("ovich", "evich", "ich", "ych", "ovna", "evna", "ichna")
# English and German names that end so and are no patronymic ("Aldrich", "Ulrich",
# "Norwich").
_NOT_ENDINGS = ("rich", "wich")
# The polite form is how everyone speaks to him: it may be called several times.
_MAX_CALLS = 6


def patronymic_form(cand: Candidate) -> bool:
    """Whether a candidate is a given name and a patronymic, with no title ("Fyodor Ilyich",
    "Marya Ivanovna"; not "Ilyich" alone, nor "Ivan Petrov")."""
    words = cand.key.split()
    return (
        len(words) == 2
        and not cand.title
        and words[1].lower().endswith(_ENDINGS)
        and not words[1].lower().endswith(_NOT_ENDINGS)
        and not cand.described
    )


def _cried(text: str, cand: Candidate) -> bool:
    """Whether a patronymic form inside a line is cried out or set off by a comma there
    ("Ivan Kuzmich! Come here", "My dear Anton Antonovich, I shall"): a call, as the
    name scan reads one that opens its sentence."""
    return (
        cand.in_quote
        and not cand.vocative
        and patronymic_form(cand)
        and text[cand.end : cand.end + 1] in ("!", ",", "?")
    )


def patronymic_calls(
    paragraphs: Sequence[Span],
    candidates: Sequence[Candidate],
    who: Sequence[int],
    where: Sequence[int],
    quotes: Sequence[Span],
    text: str,
    first_person: bool = False,
) -> dict[int, int]:
    """Return character -> the character it is another name of, for a given name and a
    patronymic used only in calls (module docstring); the arguments are those of
    ``addressees.addressed_nicknames``."""
    calls = [replace(c, vocative=True) if _cried(text, c) else c for c in candidates]
    return addressed_nicknames(
        paragraphs,
        calls,
        who,
        where,
        quotes,
        text,
        first_person,
        kind=patronymic_form,
        max_calls=_MAX_CALLS,
    )
