"""Running the characters stage alone on a hand-written text, for the tests of its parts."""

from __future__ import annotations

from ficshelf.understand.characters import Cast, characters_of
from ficshelf.understand.text import paragraph_spans


def cast_of(text: str, pov: str | None = None) -> Cast:
    """Return the characters stage's cast of ``text`` (no notes; ``pov`` as given)."""
    return characters_of(text, paragraph_spans(text), None, pov)


def aliases(text: str, found: Cast | None = None, pov: str = "third") -> dict[str, set[str]]:
    """Return each character of ``found`` (default: ``cast_of(text, pov)``) with the surface
    forms of its mentions."""
    cast = cast_of(text, pov) if found is None else found
    out: dict[str, set[str]] = {c.label: set() for c in cast.characters}
    for m in cast.mentions:
        out.setdefault(m.label, set()).add(m.text_of(text))
    return out
