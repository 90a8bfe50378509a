"""Saved exclusions kept in the database: the tags a reader never wants to see, under an
owner key (an account id once accounts exist, such as ``"account:12"``). Anonymous readers
keep theirs in the browser (``web.exclusions``); moving them onto an account is one call to
``save_exclusions`` with what the browser held.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, delete, insert, select

from ficshelf.errors import NotFound
from ficshelf.model import TagType
from ficshelf.search_query import TagRef
from ficshelf.store.resolved_tags import resolve_tags
from ficshelf.store.schema import saved_exclusions, tags


def saved_exclusions_of(conn: Connection, owner: str) -> tuple[TagRef, ...]:
    """Return the tags ``owner`` saved, by canonical name, in type then name order (an
    owner who saved nothing has none)."""
    rows = conn.execute(
        select(tags.c.type, tags.c.name)
        .join(saved_exclusions, saved_exclusions.c.tag_id == tags.c.id)
        .where(saved_exclusions.c.owner == owner)
        .order_by(tags.c.type, tags.c.name_key)
    )
    return tuple(TagRef(TagType(tag_type), name) for tag_type, name in rows)


def save_exclusions(conn: Connection, owner: str, refs: Sequence[TagRef]) -> tuple[TagRef, ...]:
    """Replace what ``owner`` saved with the canonical tags that ``refs`` name (a bare name
    saves the tag of that name of every type). Returns what is saved now. Raises
    ``NotFound`` when a ref names no tag in the library; nothing is changed then."""
    resolved = resolve_tags(conn, refs)
    unknown = [str(tag.ref) for tag in resolved if not tag.ids]
    if unknown:
        raise NotFound(f"no tag named {', '.join(unknown)}")
    roots = sorted({root for tag in resolved for root in tag.roots})
    conn.execute(delete(saved_exclusions).where(saved_exclusions.c.owner == owner))
    if roots:
        conn.execute(insert(saved_exclusions), [{"owner": owner, "tag_id": root} for root in roots])
    return saved_exclusions_of(conn, owner)
