"""source duplicates: which files are copies of a work another file holds

A work belongs to the file it was first imported from; a file whose text was already stored
is recorded as a duplicate, and a change to it gives it a work of its own instead of
rewriting the shared one. Existing rows are marked from their order: the first file stored
for a work (the lowest id) is its own, the later ones duplicates.

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "sources",
        sa.Column("duplicate", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    sources = sa.table(
        "sources", sa.column("id"), sa.column("work_id"), sa.column("duplicate", sa.Boolean)
    )
    first = sources.alias("first_source")
    first_id = (
        sa.select(sa.func.min(first.c.id))
        .where(first.c.work_id == sources.c.work_id)
        .scalar_subquery()
    )
    op.execute(sources.update().where(sources.c.id != first_id).values(duplicate=True))


def downgrade() -> None:
    with op.batch_alter_table("sources") as batch:
        batch.drop_column("duplicate")
