"""library links: the work_tags links made by the library's reconciliation

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "library_links",
        sa.Column("work_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["work_id", "tag_id"],
            ["work_tags.work_id", "work_tags.tag_id"],
            name="fk_library_links_work_tags",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("work_id", "tag_id", name=op.f("pk_library_links")),
    )
    op.create_index("ix_library_links_tag_id", "library_links", ["tag_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_library_links_tag_id", table_name="library_links")
    op.drop_table("library_links")
