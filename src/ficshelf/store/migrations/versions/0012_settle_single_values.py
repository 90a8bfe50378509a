"""settle single values: a person's rating, POV or tense is the work's only one

Since a person's value of a single-valued type (rating, pov, tense:
``vocabulary.SINGLE_VALUED_TYPES``) sets the file's and inferred values of that type aside
(``store.tags.settle_single_values``), a work shows, and is found under, only the person's
value. A library in which a person set such a value with an older version still holds the
inferred value beside it ("Rating: Mature, General (inferred)", found under both rating
filters) until the work is re-analysed. This finds exactly those works in SQL (a live person's
link and a live file or inferred link of the same single-valued type on one work), applies
the same rule to each, and rewrites their search documents and "more like this" signatures,
as a person's tag edit does; a library without such works changes nothing.

There is no way back: downgrading keeps the values set aside, which older versions read
as set aside by a person.

Revision ID: 0012
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from ficshelf.similar import refresh_works
    from ficshelf.store import schema
    from ficshelf.store.search_index import ensure_text_config, index_batch
    from ficshelf.store.tags import settle_single_values
    from ficshelf.vocabulary import SINGLE_VALUED_TYPES

    conn = op.get_bind()
    ensure_text_config(conn)  # index_batch writes with the configuration of 0013
    single = sorted(tag_type.value for tag_type in SINGLE_VALUED_TYPES)
    links, tags = schema.work_tags, schema.tags
    other, other_tag = links.alias("other"), tags.alias("other_tag")
    beside = (
        sa.select(other.c.work_id)
        .select_from(other.join(other_tag, other_tag.c.id == other.c.tag_id))
        .where(
            other.c.work_id == links.c.work_id,
            other_tag.c.type == tags.c.type,
            other.c.provenance != "editor",
            other.c.removed.is_(False),
        )
    )
    query = (
        sa.select(links.c.work_id)
        .distinct()
        .select_from(links.join(tags, tags.c.id == links.c.tag_id))
        .where(
            links.c.provenance == "editor",
            links.c.removed.is_(False),
            tags.c.type.in_(single),
            beside.exists(),
        )
    )
    work_ids = sorted(int(work_id) for (work_id,) in conn.execute(query))
    for work_id in work_ids:
        settle_single_values(conn, work_id)
    # The documents and whole signatures a person's tag edit rewrites
    # (store.tags.set_editor_links), in batches: the same rows as one work at a time.
    index_batch(conn, work_ids)
    refresh_works(conn, work_ids)


def downgrade() -> None:
    pass
