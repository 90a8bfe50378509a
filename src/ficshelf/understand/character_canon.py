"""The story's canon as the characters stage (``characters``) reads it (``canon_cast``): the
canon before clustering (the stated one, else the one the accepted names point to:
``early_canon``), the names its roster re-admits (``canon_names``), the canon after
clustering with what its roster links and renames (``link_canon``, which
``named_characters`` calls), and the roster's roles as mentions of the characters it names
(``canon_roles``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from ficshelf.model import Span
from ficshelf.understand.canon_cast import CanonLinks, QuoteOrder, canon_links
from ficshelf.understand.canon_roster import Roster, story_canon
from ficshelf.understand.character_record import Character
from ficshelf.understand.descriptor_mention import DescriptorMention
from ficshelf.understand.fandom_names import name_key
from ficshelf.understand.names import Candidate


def link_canon(
    text: str,
    paragraphs: Sequence[Span],
    candidates: Sequence[Candidate],
    named: Sequence[int],
    chars: list[Character],
    fandoms: Sequence[str],
    quotes: QuoteOrder,
    tags: Roster | None = None,
) -> tuple[Roster, CanonLinks] | None:
    """Find the story's canon (stated, else from the clusters' names, else the file's
    character ``tags``) and link the characters its roster knows; rename the joined
    characters the roster names."""
    cast = _story_canon(
        fandoms,
        (
            (chars[who].name, text[cand.start : cand.end])
            for cand, who in zip(candidates, named, strict=True)
        ),
    )
    stated = bool(fandoms)  # a canon found with notes stating one is the stated one
    if cast is None:
        if tags is None:
            return None
        cast, stated = tags, True  # the author's own list of the cast
    names = [c.name for c in chars]
    links = canon_links(text, paragraphs, candidates, named, names, cast, quotes, stated)
    chars.extend(Character(name) for name in links.added)  # "Miss Trotwood" split off
    taken = {c.name for c in chars}
    for who, name in links.names.items():
        if name not in taken:
            taken.add(name)
            chars[who].name = name
    return cast, links


def _story_canon(fandoms: Sequence[str], written: Iterable[tuple[str, str]]) -> Roster | None:
    """Return the story's canon (``story_canon``): the one stated in ``fandoms``, else the
    one the names point to, ``written`` holding (name, form as the text writes it) per
    occurrence, each name weighed by how often it occurs against the most frequent."""
    forms: dict[str, set[str]] = {}
    counts: Counter[str] = Counter()
    key_of: dict[str, str] = {}  # each distinct form's key, worked out once (it recurs)
    for name, form in written:
        keys = forms.get(name)  # (``setdefault`` would build a set per occurrence)
        if keys is None:
            keys = forms[name] = {name_key(name)}
        key = key_of.get(form)
        if key is None:
            key = key_of[form] = name_key(form)
        keys.add(key)
        counts[name] += 1
    most = max(counts.values(), default=0) or 1
    return story_canon(fandoms, forms, {name: n / most for name, n in counts.items()})


def early_canon(
    text: str, candidates: Sequence[Candidate], keys: set[str], fandoms: Sequence[str]
) -> Roster | None:
    """Return the canon before clustering: the stated one, else the one the accepted names
    (``keys``, each with the forms the text writes it in, weighed by how often) point to
    (``story_canon``: several of them, one distinctive)."""
    if fandoms:
        return story_canon(fandoms, {}, {})
    return _story_canon((), ((c.key, text[c.start : c.end]) for c in candidates if c.key in keys))


def canon_names(
    text: str, candidates: Sequence[Candidate], keys: set[str], cast: Roster
) -> set[str]:
    """Return the keys of the candidates the name rules turned down (not in ``keys``) that
    the canon's roster ``cast`` lists as a person's name ("Paris" in Romeo and Juliet,
    "Hero" in Much Ado): a fan reader knows them. "Guinevere", seen once, in a story that
    names Arthur, Bedivere and Mordred."""
    found = set()
    for cand in candidates:
        if cand.key in keys or cand.key in found:
            continue
        hit = cast.listed.get(name_key(text[cand.start : cand.end]))
        if hit is not None and hit not in cast.kinds:
            found.add(cand.key)
    return found


def canon_roles(
    canon: tuple[Roster, CanonLinks],
    roles: dict[str, int],
    descriptors: Sequence[DescriptorMention],
) -> None:
    """Add to ``roles`` the roster's roles of the canon characters the text names, and the
    descriptors the roster lists as a name of one of them, however written ("David’s
    aunt", "the King’s son")."""
    cast, links = canon
    holders = {hit: who for who, hit in links.canon.items() if who not in links.joins}
    for phrase, hit in cast.roles.items():
        if hit in holders:
            roles.setdefault(phrase, holders[hit])
    for d in descriptors:
        if d.key not in roles:
            listed = cast.listed.get(name_key(d.key))
            if listed is not None and listed in holders and listed not in cast.kinds:
                roles[d.key] = holders[listed]
