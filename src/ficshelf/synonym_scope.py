"""Library synonyms that stay in their fandom: fandom-qualified tags, the AO3 way.

Synonyms are global per tag (``tags.canonical_id``), and every reader of a work's tags —
filters, facets, tag bitmaps, search documents, "more like this" signatures, tag pages —
counts a link as its tag's canonical. So the library never makes a bare character or
relationship name a synonym: "Harry" on the works of *The Picture of Dorian Gray* becomes
the tag "Harry (The Picture of Dorian Gray - Oscar Wilde)", a synonym of "Lord Henry
Wotton", and those works' links are moved to it (``store.library_scope``). The bare "Harry"
stays unwrangled, so a King Solomon's Mines work, or one with no fandom, that carries
"Harry" keeps its own tag, and another fandom may wrangle its "Harry" its own way.

A link is moved only when the work's *own* fandoms (given by its file, a person or the
pipeline; not inferred by the library) include exactly one fandom with a qualified synonym
of that name, and only a link the file or the pipeline made (a person's link is never
moved); a link moves back when that is no longer so. A bare synonym of a character or
relationship (made by the wrangler before synonyms were scoped: nothing else makes them,
the tag vocabulary has ratings and warnings only) is undone by ``unscope_old`` and made
again per fandom by the next reconciliation.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence

from sqlalchemy import Connection

from ficshelf.model import TagType
from ficshelf.store import library as store
from ficshelf.store import library_scope as scope
from ficshelf.store.tags import set_canonical, tag_key, tidy_tag_name

Decision = tuple[str, str, str]  # (fandom, name, canonical name)


def qualified_name(name: str, fandom: str) -> str:
    """Return the tag name that stands for ``name`` within ``fandom`` (a fandom's canonical
    name): ``"Harry (The Picture of Dorian Gray - Oscar Wilde)"``."""
    return f"{' '.join(name.split())} ({fandom})"


def _fits(name: str) -> bool:
    """Whether ``name`` is stored whole (a qualifier cut off would lose its fandom)."""
    return tidy_tag_name(name) == " ".join(name.split())


def _split(name: str, fandom_keys: Collection[str]) -> tuple[str, str] | None:
    """``(bare name, fandom key)`` of a ``name`` qualified with one of ``fandom_keys``."""
    if not name.endswith(")"):
        return None
    at = name.find(" (")
    while at >= 0:
        key = tag_key(name[at + 2 : -1])
        if key in fandom_keys:
            return name[:at], key
        at = name.find(" (", at + 1)
    return None


def qualifier(name: str, fandom_keys: Collection[str]) -> str | None:
    """Return the key of the fandom that ``name`` is qualified with ("Harry (Dracula)" →
    "dracula"), among ``fandom_keys`` (``tag_key`` of fandom names), or ``None``."""
    found = _split(name, fandom_keys)
    return None if found is None else found[1]


def bare_name(name: str, fandom: str) -> str | None:
    """Return the name that ``name`` qualifies with ``fandom`` ("Harry (Dracula)" with
    "Dracula" → "Harry"), or ``None`` when it is not qualified with that fandom."""
    found = _split(name, {tag_key(fandom)})
    return None if found is None else found[0]


def make_synonyms(
    conn: Connection, tag_type: TagType, decisions: Iterable[Decision]
) -> list[Decision]:
    """Make the qualified tag of each ``(fandom, name, canonical)`` a synonym of the
    canonical, unless that qualified tag is a synonym already (an earlier decision stands).
    Returns the decisions carried out, sorted. Raises only database errors."""
    wanted = {
        (fandom, name): canonical
        for fandom, name, canonical in decisions
        if _fits(qualified_name(name, fandom))
    }
    existing = scope.synonym_tags(conn, tag_type, [qualified_name(n, f) for f, n in wanted])
    made = []
    for (fandom, name), canonical in sorted(wanted.items()):
        qualified = qualified_name(name, fandom)
        if tag_key(qualified) in existing:
            continue
        set_canonical(conn, (tag_type, qualified), (tag_type, canonical))
        made.append((fandom, name, canonical))
    return made


def revise_synonyms(
    conn: Connection,
    tag_type: TagType,
    fandom: str,
    current: Mapping[str, str],
    decided: Mapping[str, str],
) -> tuple[list[Decision], list[str]]:
    """Bring ``fandom``'s qualified synonyms of ``tag_type`` in line with what its names
    decide now: ``current`` maps each bare name with a qualified synonym to that synonym's
    canonical name, ``decided`` maps bare names to the canonical they should have. A
    synonym decided otherwise is pointed at its new canonical; one no longer decided (its
    fandom gained a second fuller name, say) is undone, so that its works' links go back to
    their own tags at the next ``scope_links``. Returns the decisions carried out and the
    qualified names undone, sorted. Raises only database errors."""
    repointed: list[Decision] = []
    undone: list[str] = []
    for bare, canonical in sorted(current.items()):
        qualified = qualified_name(bare, fandom)
        now = decided.get(bare)
        if now is None:
            set_canonical(conn, (tag_type, qualified), (tag_type, qualified))
            undone.append(qualified)
        elif tag_key(now) != tag_key(canonical):
            set_canonical(conn, (tag_type, qualified), (tag_type, now))
            repointed.append((fandom, bare, now))
    return repointed, undone


def scope_links(conn: Connection, work_ids: Sequence[int] | None = None) -> int:
    """Move the character and relationship links of ``work_ids`` (``None``: every work) to
    their fandom-qualified synonyms, or back to their own tags, as the module docstring
    says. Returns the number of links moved either way. Raises only database errors."""
    links = scope.scopable_links(conn, work_ids)
    if not links:
        return 0
    own = store.own_fandoms(conn, {link.work_id for link in links})
    names: dict[TagType, set[str]] = defaultdict(set)
    for link in links:
        for fandom in own.get(link.work_id, ()):
            names[link.type].add(qualified_name(link.origin, fandom))
    targets = {t: scope.synonym_tags(conn, t, found) for t, found in names.items()}
    moves = []
    for link in links:
        want = link.origin_id
        if not link.origin_has_canonical:  # a global synonym (a person's) is left as it is
            kinds = targets.get(link.type, {})
            found = {
                kinds[key]
                for fandom in own.get(link.work_id, ())
                if (key := tag_key(qualified_name(link.origin, fandom))) in kinds
            }
            if len(found) == 1:
                want = found.pop()
        if want != link.tag_id:
            moves.append(scope.Move(link.work_id, link.tag_id, want, link.origin_id))
    return scope.move_links(conn, moves)


def unscope_old(conn: Connection) -> list[tuple[TagType, str]]:
    """Undo every character and relationship synonym that is not fandom-qualified (the
    wrangler's global synonyms from before they were scoped). Returns the tags undone, as
    ``(tag type, name)``, sorted; raises only database errors. Their works keep their
    links; ``scope_links`` then moves those of the fandoms that make the synonym again."""
    fandom_keys = {tag_key(name) for name, has_canonical in store.fandom_tags(conn)}
    undone = []
    for tag_type, name in scope.synonyms_of_types(conn, scope.SCOPED_TYPES):
        if qualifier(name, fandom_keys) is None:
            set_canonical(conn, (tag_type, name), (tag_type, name))
            undone.append((tag_type, name))
    return undone


def relationship_synonyms(
    names: Iterable[str], canonical: Mapping[str, str]
) -> list[tuple[str, str]]:
    """Return ``(relationship tag, canonical relationship tag)`` for the relationship tags
    in ``names`` ("A/B", "A & B", "A/B/C") one of whose members is a character synonym:
    ``canonical`` maps a character tag's key (``store.tags.tag_key``) to its canonical name.
    Members are put in sorted order; a tag whose members would collapse into one
    ("Watson & John Watson") is left alone."""
    pairs = []
    for name in names:
        parts = members_of(name)
        if parts is None:
            continue
        separator, members = parts
        mapped = [canonical.get(tag_key(member), member) for member in members]
        if mapped == members:
            continue
        if len({tag_key(member) for member in mapped}) < len(mapped):
            continue
        target = separator.join(sorted(mapped))
        if tag_key(target) != tag_key(name):
            pairs.append((name, target))
    return pairs


def members_of(name: str) -> tuple[str, list[str]] | None:
    """Return a relationship tag's separator ("/" for romance, " & " otherwise) and its
    members, or ``None`` when ``name`` is no relationship of named members."""
    separator = "/" if "/" in name else " & " if " & " in name else None
    if separator is None:
        return None
    members = [member.strip() for member in name.split(separator)]
    return (separator, members) if all(members) else None


def relationship_decisions(conn: Connection, links: Iterable[tuple[int, str]]) -> list[Decision]:
    """Return ``(fandom, relationship tag, canonical relationship tag)`` for the
    relationship tags of ``links`` (``(work id, tag name)``) within each own fandom of their
    works: a member counts as the canonical of its qualified synonym in that fandom (or of
    its own global synonym). Raises only database errors."""
    by_work: dict[int, set[str]] = defaultdict(set)
    for work_id, name in links:
        by_work[work_id].add(name)
    own = store.own_fandoms(conn, by_work)
    by_fandom: dict[str, set[str]] = defaultdict(set)
    for work_id, names in by_work.items():
        for fandom in own.get(work_id, ()):
            by_fandom[fandom] |= names
    return fandom_relationship_decisions(conn, by_fandom)


def fandom_relationship_decisions(
    conn: Connection, by_fandom: Mapping[str, Collection[str]]
) -> list[Decision]:
    """Return ``(fandom, relationship tag, canonical relationship tag)`` for the
    relationship tag names of each fandom in ``by_fandom`` (see ``relationship_decisions``).
    Raises only database errors."""
    members = {
        fandom: {m for name in names for m in (members_of(name) or ("", []))[1]}
        for fandom, names in by_fandom.items()
    }
    asked = {qualified_name(m, f) for f, found in members.items() for m in found}
    qualified = scope.synonym_canonicals(conn, TagType.CHARACTER, asked)
    plain = scope.synonym_canonicals(conn, TagType.CHARACTER, set().union(*members.values()))
    decisions: list[Decision] = []
    for fandom, names in sorted(by_fandom.items()):
        mapping = dict(plain)
        for member in members[fandom]:
            found = qualified.get(tag_key(qualified_name(member, fandom)))
            if found is not None:
                mapping[tag_key(member)] = found
        decisions.extend(
            (fandom, name, target) for name, target in relationship_synonyms(sorted(names), mapping)
        )
    return decisions
