"""The filter tags of a search as found in the store: ``resolve_tags`` turns each tag a
search names (``TagRef``, a name and maybe a type) into the canonical tags it names and every
tag id that counts as it, synonyms included (``tags.canonical_id``), in two queries.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Connection, and_, func, or_, select

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


def _qualified(conn: Connection, key: str) -> ColumnElement[bool]:
    """The condition a tag keyed "``key`` (…)" meets ("jo march (little women - louisa may
    alcott)" for "jo march"), as an index can answer it: on SQLite a range of the keys'
    binary order, on PostgreSQL a LIKE prefix (``ix_tags_name_key`` has text_pattern_ops;
    backslash, LIKE's default escape there, escapes the wildcards)."""
    name_key = tags.c.name_key
    if conn.dialect.name == "sqlite":
        return and_(name_key > f"{key} (", name_key < f"{key} )")
    escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return name_key.like(f"{escaped} (%")


def _names(key: str | None, name_key: str) -> bool:
    """Whether a search for the tag keyed ``key`` names the stored tag keyed ``name_key``: the
    same key, or the tag qualified by its fandom ("Jo March" names "Jo March (Little Women -
    Louisa May Alcott)", the name the library gives a character two fandoms share)."""
    return key is not None and (
        name_key == key or ("(" not in key and name_key.startswith(key + " ("))
    )


def resolve_tags(conn: Connection, refs: Sequence[TagRef]) -> tuple[ResolvedTag, ...]:
    """Return each of ``refs`` as found in the store (``ids`` empty for an unknown tag),
    with two queries whatever the number of tags. A bare name also names its
    fandom-qualified tags ("Jo March" names "Jo March (Little Women - Louisa May Alcott)")."""
    keys = {key for key in map(_key, (ref.name for ref in refs)) if key is not None}
    if not keys:
        return tuple(ResolvedTag(ref, (), ()) for ref in refs)
    qualified = [_qualified(conn, key) for key in sorted(keys) if "(" not in key]
    found = conn.execute(
        select(tags.c.type, tags.c.name_key, func.coalesce(tags.c.canonical_id, tags.c.id)).where(
            or_(tags.c.name_key.in_(sorted(keys)), *qualified)
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
                if _names(key, name_key) and (ref.type is None or tag_type == ref.type.value)
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
