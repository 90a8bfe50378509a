"""A bare surname that a man and a woman of the family share: the man's, when the
pronouns after it say so.

"Captain Jack Boyle" and "Juno Boyle" are husband and wife; the narration calls him
"Boyle" ("says Boyle", "Boyle spreads his hands to the fire") and her "Juno" or "Mrs.
Boyle". ``name_clusters`` places a bare surname in the most mentioned cluster of that
surname, which is often the wife's, named more often by her given name. A bare surname in
a story is usually a man's (a woman of the family is "Mrs." or "Miss X" or her given
name), so when the pronouns after the bare surname lean to "he" (more of them than "she")
and the surname's holders include someone known to be a man and someone known to be a
woman, only those not known to be women may take it. Part of the characters stage
(``name_clusters``).
"""

from __future__ import annotations

from collections.abc import Sequence

from ficshelf.understand.name_cluster_facts import Cluster


def mans_surname(
    surnamed: Sequence[int], clusters: Sequence[Cluster], male: int, female: int
) -> list[int]:
    """Return the clusters of ``surnamed`` (the holders of a bare surname) that may take it:
    all of them, unless the bare form's own pronouns lean to "he" (``male`` more than
    ``female``) and the holders are known men and known women, when the women drop out."""
    if male <= female or len(surnamed) < 2:
        return list(surnamed)
    genders = {clusters[i].gender() for i in surnamed}
    if not {"m", "f"} <= genders:
        return list(surnamed)
    return [i for i in surnamed if clusters[i].gender() != "f"]
