"""A kin title before a given name no census list knows ("Uncle Everard", "Aunt Sybylla"),
and the one character whose full name opens with that name.

``name_clusters`` reads "Uncle John" as the one John of the story when "John" is a census
given name; a word no list knows might as well be a surname ("Aunt Glegg", "Aunt March", not
Jo March), so such a form stayed a character of its own beside the "Everard Grey" the text
also names. ``kin_of_unlisted_given_name`` joins it when the text itself shows the word to be
a given name: one cluster holds a full name that opens with it, and no full name of any
cluster ends with it (then it is a surname too, and a family's elder may bear it). Part of
the characters stage (``name_clusters``; round chr48).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ficshelf.understand.name_cluster_facts import Cluster, unique


def kin_of_unlisted_given_name(
    low: str,
    by_first: Mapping[str, Sequence[int]],
    by_last: Mapping[str, Sequence[int]],
    clusters: Sequence[Cluster],
) -> list[int]:
    """Return the one cluster (as a list, else nothing) whose full name opens with ``low``
    (lower case, the one word after a kin title), when no cluster's name ends with it."""
    if by_last.get(low) and any(
        len(p) > 1 and p[-1].lower() == low for i in by_last[low] for _, _, p in clusters[i].forms
    ):
        return []
    return unique(
        i
        for i in by_first.get(low, ())
        if any(len(p) > 1 and p[0].lower() == low for _, _, p in clusters[i].forms)
    )
