"""An epithet before a surname: "Bully Bottom" is Nick Bottom, as "Limping Lucy" is Lucy
Yolland (``diminutives.epithet_links``, which reads both).

An English word that is no given name before a word that is no census given name either
is a by-name on a surname when exactly one other character has that word as the surname
of a full name that opens with a census given name ("Nick Bottom") or after a title that
is no kin word ("Mr. Bottom", not "Mother Wolf"). A name of two words the census does not
list ("Grey Brother", "Mother Wolf") is a by-name of its own, and its second word no one's
surname ("Little Brother", "the Lone Wolf" are others). ``surname_holders`` indexes the
clusters by those surnames: linear in the number of distinct name forms.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ficshelf.understand import name_tables as tables

# A form: (title, key, parts), as ``name_clusters.cluster`` holds them.
Form = tuple[str, str, tuple[str, ...]]


def surname_holders(members: Mapping[int, Sequence[Form]]) -> dict[str, set[int]]:
    """Return each surname (lower case) → the clusters with a form that has it as the last
    part of a full name opening with a census given name, or after a title no kin word."""
    lasts: dict[str, set[int]] = {}
    for cid, forms in members.items():
        for title, _, parts in forms:
            if not parts:
                continue
            if title:
                surnamed = title.lower().rstrip(".") not in tables.KINSHIP_TITLES
            else:
                surnamed = len(parts) > 1 and parts[0].lower() in tables.GIVEN_NAMES
            if surnamed:
                lasts.setdefault(parts[-1].lower(), set()).add(cid)
    return lasts
