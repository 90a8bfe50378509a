"""A style: a title of rank, "of" and a place ("the Countess of Chell", "the Earl of
Emsworth"), and the gender its title gives it.

The name scan keeps such a style whole, with no title split off, so its cluster had no
title's gender; a bare title ("the Countess") joins the one holder of a style only if it
fits that holder's gender, and a style seen twice has no "she" to give it one. So "the
Countess" stood apart from "the Countess of Chell" as a second woman. ``styled_gender``
gives the style's cluster the gender of its title, as "Lady Chell" would have. Part of the
characters stage (``name_clusters``; round chr48).
"""

from __future__ import annotations

from ficshelf.understand import name_tables as tables


def styled_gender(title: str, key: str, parts: tuple[str, ...]) -> str:
    """Return the gender of a style with no title split off ("Countess of Chell", "Earl of
    Emsworth": a title of rank, "of" and a place), "" for any other form."""
    if title or len(parts) < 2 or " of " not in key:
        return ""
    rank = parts[0].lower()
    return tables.TITLES.get(rank, "") if rank in tables.RANK_TITLES else ""
