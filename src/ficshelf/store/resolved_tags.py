"""The filter tags of a search as found in the store: ``resolve_tags`` turns each tag a
search names (``TagRef``, a name and maybe a type) into the canonical tags it names and every
tag id that counts as it, synonyms included (``tags.canonical_id``), in two queries.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, func, or_, select

from ficshelf.search_query import TagRef
from ficshelf.store import schema
from ficshelf.store.tags import tag_key, tidy_tag_name

tags = schema.tags


@dataclass(frozen=True, slots=True)
class ResolvedTag:
    """A filter tag as found in the store: the canonical tags it names (several for a bare
    name used by several types) as (type, name) pairs and by id (``roots``), and every tag
    id that counts as it (synonyms included). Nothing is found for an unknown tag."""

    ref: TagRef
    canonical: tuple[tuple[str, str], ...]
    ids: tuple[int, ...]
    roots: tuple[int, ...] = ()


def _key(name: str) -> str | None:
    """The stored key of a tag named ``name``; ``None`` for a name no tag can have (NUL,
    which PostgreSQL text cannot hold, or nothing but spaces)."""
    return None if "\x00" in name else (tag_key(tidy_tag_name(name)) or None)


def resolve_tags(conn: Connection, refs: Sequence[TagRef]) -> tuple[ResolvedTag, ...]:
    """Return each of ``refs`` as found in the store (``ids`` empty for an unknown tag),
    with two queries whatever the number of tags."""
    keys = {key for key in map(_key, (ref.name for ref in refs)) if key is not None}
    if not keys:
        return tuple(ResolvedTag(ref, (), ()) for ref in refs)
    found = conn.execute(
        select(tags.c.type, tags.c.name_key, func.coalesce(tags.c.canonical_id, tags.c.id)).where(
            tags.c.name_key.in_(sorted(keys))
        )
    ).all()
    roots = sorted({row[2] for row in found})
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
    resolved = []
    for ref in refs:
        key = _key(ref.name)
        matched = sorted(
            {
                root
                for tag_type, name_key, root in found
                if name_key == key and (ref.type is None or tag_type == ref.type.value)
            }
        )
        resolved.append(
            ResolvedTag(
                ref,
                tuple(names[root] for root in matched if root in names),
                tuple(sorted(tag_id for root in matched for tag_id in members.get(root, ()))),
                tuple(matched),
            )
        )
    return tuple(resolved)
