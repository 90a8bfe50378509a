"""search in NFKC: rewrite the search documents an older version wrote in another form

Since queries and the search index are read in Unicode's NFKC form (``store.search_index``),
full-width "ｌａｍｐ" in a story and "lamp" in a query meet. A document written before holds
the text as it was, so a work whose title, summary, story text, notes, authors or tag names
are not already in NFKC form would stay unfound by the query that should find it until it is
indexed again. This finds exactly those works (one pass over the text columns, comparing each
value with its NFKC form in SQL: SQLite's ``nfkc`` function that ``store.db`` gives every
connection, PostgreSQL's ``normalize``) and rewrites their documents through
``search_index.index_work``; a library whose text is all in NFKC form, as most English
libraries are, rewrites nothing.

There is no way back: downgrading keeps the documents in NFKC form, which older versions
read as well as before.

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from ficshelf.store import schema
    from ficshelf.store.search_index import ensure_text_config, index_work

    conn = op.get_bind()
    ensure_text_config(conn)  # index_work writes with the configuration of 0013
    postgres = conn.dialect.name == "postgresql"

    def changes(column: sa.ColumnElement[str]) -> sa.ColumnElement[bool]:
        form = (
            sa.func.normalize(column, sa.literal_column("NFKC"))
            if postgres
            else sa.func.nfkc(column)
        )
        return sa.and_(column.is_not(None), form != column)

    works, notes, tags, links = schema.works, schema.notes, schema.tags, schema.work_tags
    authors, work_authors = schema.authors, schema.work_authors
    queries = [
        sa.select(works.c.id).where(
            sa.or_(changes(works.c.title), changes(works.c.summary), changes(works.c.text))
        ),
        sa.select(notes.c.work_id).where(changes(notes.c.text)),
        sa.select(links.c.work_id)
        .select_from(links.join(tags, tags.c.id == links.c.tag_id))
        .where(changes(tags.c.name)),
        sa.select(work_authors.c.work_id)
        .select_from(work_authors.join(authors, authors.c.id == work_authors.c.author_id))
        .where(changes(authors.c.name)),
    ]
    stale = sorted({int(work_id) for query in queries for (work_id,) in conn.execute(query)})
    for work_id in stale:
        index_work(conn, work_id)


def downgrade() -> None:
    pass
