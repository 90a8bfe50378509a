"""Running the characters stage alone on a hand-written text, for the tests of its parts."""

from __future__ import annotations

from collections import Counter

from ficshelf.understand import name_clusters, person_evidence
from ficshelf.understand.characters import Cast, characters_of
from ficshelf.understand.names import Candidate, QuoteIndex, scan_names
from ficshelf.understand.narrator_fallbacks import plain_quotes
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


def owner(found: dict[str, set[str]], form: str) -> str:
    """Return the character of ``found`` (``aliases``) that goes by ``form``; fail the test
    when none does, so that "kept apart" never passes on a form nobody holds."""
    for name, forms in found.items():
        if form in forms:
            return name
    raise AssertionError(f"no character goes by {form!r}: {found}")


def people(text: str) -> dict[str, set[str]]:
    """Return canonical name -> surface forms for ``text`` by the name rules alone
    (``person_evidence`` then ``name_clusters``: no descriptors, no filter)."""
    paragraphs = paragraph_spans(text)
    cands = list(scan_names(text, paragraphs, QuoteIndex(plain_quotes(text, paragraphs))))
    keys = person_evidence.accepted_keys(text, cands)
    cands = [c for c in cands if c.key in keys]
    forms = name_clusters.cluster(cands, text)
    groups: dict[int, list[Candidate]] = {}
    for c in cands:
        groups.setdefault(forms[(c.title, c.key)], []).append(c)
    out: dict[str, set[str]] = {}
    for group in groups.values():
        surfaces = Counter(text[c.start : c.end] for c in group)
        name = name_clusters.canonical_name([(c.title, c.key, c.parts) for c in group], surfaces)
        out[name] = set(surfaces)
    return out
