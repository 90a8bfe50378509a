"""The filter tags of a search as found in the store: ``resolve_tags`` turns each tag a
search names (``TagRef``, a name and maybe a type) into the canonical tags it names and every
tag id that counts as it, synonyms included (``tags.canonical_id``).

A bare character or relationship name that no work carries ("Jo March": the library moved
the links of *Little Women* works to "Jo March (Little Women - Louisa May Alcott)", a
synonym of "Josephine March") counts as its fandom-qualified tags' canonicals, each
fandom's own (``store.qualified_names``): "Jo March" finds the works of Josephine March,
and "Harry" the works of each fandom's Harry. Fandom filters beside it (``within``) keep it
to their fandoms. A name some work carries keeps its own meaning (a fandom-less "Harry" is
nobody's Lord Henry Wotton); its qualified tags are then only offered (``ResolvedTag.also``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, func, or_, select

from ficshelf.model import TagType
from ficshelf.search_query import TagRef
from ficshelf.store import schema
from ficshelf.store.qualified_names import QUALIFIED_TYPES, QualifiedTag, carried, qualified_tags
from ficshelf.store.tags import WorkTagRow, tag_key, tidy_tag_name, work_tags

tags = schema.tags


@dataclass(frozen=True, slots=True)
class FandomMatch:
    """A fandom-qualified tag of a bare filter name: the qualifier as written (a fandom's
    name, or a file's own disambiguation) and the canonical tag it stands for there, as
    (type, name)."""

    fandom: str
    canonical: tuple[str, str]
    is_fandom: bool = True  # the qualifier is a fandom tag's name ("fandom:" can name it)


@dataclass(frozen=True, slots=True)
class ResolvedTag:
    """A filter tag as found in the store: the canonical tags it names (several for a bare
    name used by several types or fandoms) as (type, name) pairs and by id (``roots``), and
    every tag id that counts as it (synonyms included). Nothing is found for an unknown tag.
    ``fandoms`` lists the qualified tags a bare name no work carries counts as; ``also``
    those of a name some work carries, which it does not count (suggestions)."""

    ref: TagRef
    canonical: tuple[tuple[str, str], ...]
    ids: tuple[int, ...]
    roots: tuple[int, ...] = ()
    fandoms: tuple[FandomMatch, ...] = ()
    also: tuple[FandomMatch, ...] = ()

    @property
    def fandom_names(self) -> tuple[str, ...]:
        """The fandoms (by the name the qualified tags give) that ``fandoms`` lie in, each
        once: a ``fandom:`` filter naming one keeps the bare name to it."""
        named = {tag_key(m.fandom): m.fandom for m in self.fandoms if m.is_fandom}
        return tuple(named.values())


def _key(name: str) -> str | None:
    """The stored key of a tag named ``name``; ``None`` for a name no tag can have (NUL,
    which PostgreSQL text cannot hold, or nothing but spaces)."""
    return None if "\x00" in name else (tag_key(tidy_tag_name(name)) or None)


def _qualifiable(ref: TagRef) -> bool:
    return ref.type is None or ref.type in QUALIFIED_TYPES


def _members(
    conn: Connection, roots: Sequence[int]
) -> tuple[dict[int, list[int]], dict[int, tuple[str, str]]]:
    """The ids counting as each of ``roots`` (itself and its synonyms) and its (type, name)."""
    members: dict[int, list[int]] = {root: [] for root in roots}
    names: dict[int, tuple[str, str]] = {}
    if roots:
        rows = conn.execute(
            select(tags.c.id, tags.c.type, tags.c.name, tags.c.canonical_id).where(
                or_(tags.c.id.in_(roots), tags.c.canonical_id.in_(roots))
            )
        )
        for tag_id, tag_type, name, canonical_id in rows:
            members[canonical_id or tag_id].append(tag_id)
            if canonical_id is None:
                names[tag_id] = (tag_type, name)
    return members, names


def _in_scope(found: QualifiedTag, ref: TagRef, key: str | None, within: set[int]) -> bool:
    """Whether the qualified tag ``found`` is one of ``ref``'s: its bare name and type, and
    a fandom among ``within`` (canonical fandom ids; empty: any) when it names a fandom."""
    if found.bare_key != key or (ref.type is not None and found.type is not ref.type):
        return False
    return not within or found.fandom_root is None or found.fandom_root in within


def resolve_tags(
    conn: Connection, refs: Sequence[TagRef], within: Sequence[TagRef] = ()
) -> tuple[ResolvedTag, ...]:
    """Return each of ``refs`` as found in the store (``ids`` empty for an unknown tag),
    a bare character or relationship name no work carries counting as its fandom-qualified
    tags' canonicals (the module docstring), kept to the fandoms of the fandom tags
    ``within`` names when it names any. Five queries at most, whatever the number of tags.
    Raises only database errors."""
    if not refs:
        return ()
    if not any(map(_qualifiable, refs)):
        within = ()  # nothing for the fandoms to narrow
    keys = {key for key in map(_key, (ref.name for ref in (*refs, *within))) if key is not None}
    if not keys:
        return tuple(ResolvedTag(ref, (), ()) for ref in refs)
    found = conn.execute(
        select(tags.c.type, tags.c.name_key, func.coalesce(tags.c.canonical_id, tags.c.id)).where(
            tags.c.name_key.in_(sorted(keys))
        )
    ).all()
    bare = {key for ref in refs if _qualifiable(ref) and (key := _key(ref.name)) is not None}
    qualified = qualified_tags(conn, bare)
    within_keys = {_key(ref.name) for ref in within if ref.type is TagType.FANDOM}
    fandoms = {root for t, key, root in found if t == TagType.FANDOM.value and key in within_keys}
    roots = sorted({row[2] for row in found} | {q.root for q in qualified})
    members, names = _members(conn, roots)
    exact: dict[TagRef, list[int]] = {}
    offered: dict[TagRef, list[QualifiedTag]] = defaultdict(list)
    for ref in refs:
        key = _key(ref.name)
        exact[ref] = sorted(
            {
                root
                for tag_type, name_key, root in found
                if name_key == key and (ref.type is None or tag_type == ref.type.value)
            }
        )
        offered[ref] = [q for q in qualified if _in_scope(q, ref, key, fandoms)]
    asked = {
        tag_id for ref in refs if offered[ref] for root in exact[ref] for tag_id in members[root]
    }
    live = carried(conn, asked)
    resolved = []
    for ref in refs:
        matched = exact[ref]
        matches = tuple(
            sorted(
                {
                    FandomMatch(q.qualifier, names[q.root], q.fandom_root is not None)
                    for q in offered[ref]
                },
                key=lambda m: (tag_key(m.fandom), m.canonical),
            )
        )
        counted = not any(tag_id in live for root in matched for tag_id in members[root])
        if counted and offered[ref]:
            matched = sorted({*matched, *(q.root for q in offered[ref])})
        resolved.append(
            ResolvedTag(
                ref,
                tuple(names[root] for root in matched if root in names),
                tuple(sorted(tag_id for root in matched for tag_id in members.get(root, ()))),
                tuple(matched),
                fandoms=matches if counted else (),
                also=() if counted else matches,
            )
        )
    return tuple(resolved)


def carried_by(conn: Connection, work_id: int, tag: ResolvedTag) -> tuple[str, str] | None:
    """Return the canonical tag, as (type, name), that work ``work_id`` carries among those
    the filter ``tag`` names: its own canonicals, then the fandom-qualified tags it counts
    as or could mean (``fandoms``, ``also``; "Jo March" is Josephine March on a *Little
    Women* work). ``None`` when the work carries none of them. Raises ``NotFound`` if there is
    no such work."""
    wanted = [*tag.canonical, *(m.canonical for m in (*tag.fandoms, *tag.also))]
    if not wanted:
        return None
    own = {(t.type.value, t.canonical) for t in work_tags(conn, work_id)}
    return next((found for found in wanted if found in own), None)


def links_named(conn: Connection, work_id: int, tag_type: TagType, name: str) -> list[WorkTagRow]:
    """Return the links of work ``work_id`` (removed ones and those set aside included) to
    the tag ``(tag_type, name)`` names as a search filter reads it (``resolve_tags``): the
    tag by any spelling or case, any synonym of it or its canonical tag, and for a bare
    character or relationship name the fandom-qualified tag the work carries it as ("Harry"
    on a *Dorian Gray* work is its Lord Henry Wotton). Empty when the work has no such link.
    Raises ``NotFound`` if there is no such work."""
    found = resolve_tags(conn, [TagRef(tag_type, name)])[0]
    ids = set(found.ids)
    meant = {match.canonical for match in (*found.fandoms, *found.also)}
    return [
        row
        for row in work_tags(conn, work_id, include_removed=True)
        if row.type is tag_type and (row.tag_id in ids or (row.type.value, row.canonical) in meant)
    ]
