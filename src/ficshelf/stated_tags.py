"""Tags the file's own tags state in other words, so the work carries them as its own.

An AO3 download says point of view and tense only in its additional tags ("First Person",
"2nd person POV", "Present Tense"), and a relationship tag names characters its character
tags may leave out ("Fantine & Jean Valjean" with no "Fantine"). ``stated_tags`` turns
those statements into the pov, tense and character tags they state, with provenance
``author`` (the file's own word wins over what ficshelf infers) and ``sources`` naming the
tag that states each ("tag: First Person"); the stating tags are kept as they are.
"""

from __future__ import annotations

from collections.abc import Sequence

from ficshelf.inferred_tags import GIVEN_POV, GIVEN_TENSE, name_words, same_person
from ficshelf.model import Provenance, TagRecord, TagType
from ficshelf.pairings import relationship_members as relationship_members  # this interface

_PERSONS = {
    "first": "First Person",
    "1st": "First Person",
    "second": "Second Person",
    "2nd": "Second Person",
    "third": "Third Person",
    "3rd": "Third Person",
}


def stated_narration(freeform: str) -> list[tuple[TagType, str]]:
    """Return the pov and tense tags a freeform tag states, as ``(type, name)`` in the
    order it states them ("First Person Present Tense" → First Person, Present Tense);
    none when it states neither."""
    found = [
        (m.start(), TagType.POV, _PERSONS[m.group(1).casefold()])
        for m in GIVEN_POV.finditer(freeform)
    ]
    found += [
        (m.start(), TagType.TENSE, f"{m.group(1).capitalize()} Tense")
        for m in GIVEN_TENSE.finditer(freeform)
    ]
    return [(tag_type, name) for _, tag_type, name in sorted(found)]


def stated_tags(given: Sequence[TagRecord]) -> tuple[TagRecord, ...]:
    """Return the tags the ``given`` tags state in other words (provenance ``author``, each
    with the stating tags as ``sources``):

    - the pov and tense its freeform tags state, unless a pov (tense) tag is given;
    - a character tag for each person a relationship tag names who is none of the
      character tags (the same person as one: ``inferred_tags.same_person``).
    """
    given_types = {t.type for t in given}
    found: dict[tuple[TagType, str], list[str]] = {}
    for tag in given:
        if tag.type != TagType.FREEFORM:
            continue
        for tag_type, name in stated_narration(tag.name):
            if tag_type not in given_types:
                found.setdefault((tag_type, name), []).append(f"tag: {tag.name}")
    cast = [name_words(t.name) for t in given if t.type == TagType.CHARACTER]
    for tag in given:
        if tag.type != TagType.RELATIONSHIP:
            continue
        for member in relationship_members(tag.name):
            words = name_words(member)
            if any(same_person(words, person) for person in cast):
                continue
            key = next(
                (
                    k
                    for k in found
                    if k[0] == TagType.CHARACTER and same_person(name_words(k[1]), words)
                ),
                (TagType.CHARACTER, member),
            )
            found.setdefault(key, []).append(f"tag: {tag.name}")
    return tuple(
        TagRecord(tag_type, name, Provenance.AUTHOR, sources=tuple(dict.fromkeys(sources)))
        for (tag_type, name), sources in found.items()
    )
