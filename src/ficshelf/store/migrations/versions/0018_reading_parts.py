"""reading parts: the part of a long chapter a reader's history keeps

Adds ``readings.part``: the part (from 1, ``ficshelf.text_parts``) of the chapter read
last, or of a one-shot's text, that the reader was on; ``NULL`` for the rows recorded
before (read as the chapter's start). Nothing else changes; downgrading drops the column
(the readers keep their chapter).

Revision ID: 0018
Revises: 0017
"""

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("readings", sa.Column("part", sa.Integer(), nullable=True))


def downgrade() -> None:
    op.drop_column("readings", "part")  # (SQLite 3.35+: in place, no copy of the table)
