"""library relinks: links the library moved to a fandom-qualified synonym tag

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "library_relinks",
        sa.Column("work_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.Column("from_tag_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["from_tag_id"],
            ["tags.id"],
            name=op.f("fk_library_relinks_from_tag_id_tags"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["work_id", "tag_id"],
            ["work_tags.work_id", "work_tags.tag_id"],
            name="fk_library_relinks_work_tags",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("work_id", "tag_id", name=op.f("pk_library_relinks")),
    )
    op.create_index("ix_library_relinks_tag_id", "library_relinks", ["tag_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_library_relinks_tag_id", table_name="library_relinks")
    op.drop_table("library_relinks")
