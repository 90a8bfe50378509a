"""settle single values: a person's rating, POV or tense is the work's only one

Since a person's value of a single-valued type (rating, pov, tense:
``vocabulary.SINGLE_VALUED_TYPES``) sets the file's and inferred values of that type aside
(``store.tags.settle_single_values``), a work shows, and is found under, only the person's
value. A library in which a person set such a value with an older version still holds the
inferred value beside it ("Rating: Mature, General (inferred)", found under both rating
filters) until the work is re-analysed. This finds exactly those works in SQL (a live person's
link and a live file or inferred link of the same single-valued type on one work), applies
the same rule to each, and rewrites their search documents and the tag features of their
"more like this" signatures; a library without such works changes nothing.

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
    from ficshelf.similar import refresh_tags
    from ficshelf.store import schema
    from ficshelf.store.search_index import index_work
    from ficshelf.store.tags import settle_single_values
    from ficshelf.vocabulary import SINGLE_VALUED_TYPES

    conn = op.get_bind()
    single = sorted(tag_type.value for tag_type in SINGLE_VALUED_TYPES)
    links, tags = schema.work_tags, schema.tags
    person, other = links.alias("person"), links.alias("other")
    person_tag, other_tag = tags.alias("person_tag"), tags.alias("other_tag")
    query = (
        sa.select(person.c.work_id)
        .distinct()
        .select_from(
            person.join(person_tag, person_tag.c.id == person.c.tag_id)
            .join(other, other.c.work_id == person.c.work_id)
            .join(other_tag, other_tag.c.id == other.c.tag_id)
        )
        .where(
            person.c.provenance == "editor",
            person.c.removed.is_(False),
            person_tag.c.type.in_(single),
            other.c.provenance != "editor",
            other.c.removed.is_(False),
            other_tag.c.type == person_tag.c.type,
        )
    )
    unsettled = sorted(int(work_id) for (work_id,) in conn.execute(query))
    for work_id in unsettled:
        settle_single_values(conn, work_id)
        index_work(conn, work_id)
    if unsettled:
        refresh_tags(conn, unsettled)


def downgrade() -> None:
    pass
