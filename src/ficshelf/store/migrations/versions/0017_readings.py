"""readings: a signed-in reader's history of the works they read, and Marked for Later

Creates ``readings`` (one row per account per work read: when it was last visited, how
many times, the last chapter read and whether the reader marked it for later; deleted with
the account and with the work) and ``reading_settings`` (an account's choice to keep no
history, a row only once the reader changed it). Both tables are new and empty: nothing
else changes, so downgrading drops them again (with the readers' history).

Revision ID: 0017
Revises: 0016
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def _to(table: str, column: str, name: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{table}.id"], name=f"fk_{name}_{column}_{table}", ondelete="CASCADE"
    )


def upgrade() -> None:
    op.create_table(
        "readings",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("work_id", sa.Integer(), nullable=False),
        sa.Column("last_visited_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("visits", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("chapter", sa.Integer(), nullable=True),
        sa.Column("marked_for_later", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.PrimaryKeyConstraint("user_id", "work_id", name="pk_readings"),
        _to("users", "user_id", "readings"),
        _to("works", "work_id", "readings"),
    )
    op.create_index("ix_readings_last_visited", "readings", ["user_id", "last_visited_at"])
    op.create_index("ix_readings_work_id", "readings", ["work_id"])
    op.create_table(
        "reading_settings",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("history", sa.Boolean(), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("user_id", name="pk_reading_settings"),
        _to("users", "user_id", "reading_settings"),
    )


def downgrade() -> None:
    op.drop_table("reading_settings")
    op.drop_table("readings")
