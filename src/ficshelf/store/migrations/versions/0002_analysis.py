"""analysis: paragraphs, characters and quotes the pipeline found, for the reader views

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "analysis_works",
        sa.Column("work_id", sa.Integer(), nullable=False),
        sa.Column("blocks", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["work_id"],
            ["works.id"],
            name=op.f("fk_analysis_works_work_id_works"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("work_id", name=op.f("pk_analysis_works")),
    )
    op.create_table(
        "analysis_characters",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("work_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=500), nullable=False),
        sa.Column("aliases", sa.JSON(), nullable=False),
        sa.Column("mentions", sa.JSON(), nullable=False),
        sa.Column("mention_count", sa.Integer(), nullable=False),
        sa.Column("quote_count", sa.Integer(), nullable=False),
        sa.Column("quote_words", sa.Integer(), nullable=False),
        sa.Column("salience", sa.Float(), nullable=False),
        sa.Column("narrator", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["work_id"],
            ["works.id"],
            name=op.f("fk_analysis_characters_work_id_works"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_analysis_characters")),
        sa.UniqueConstraint("work_id", "position", name="uq_analysis_characters_work_position"),
    )
    op.create_table(
        "analysis_quotes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("work_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("character_id", sa.Integer(), nullable=True),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("words", sa.Integer(), nullable=False),
        sa.Column("in_note", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["character_id"],
            ["analysis_characters.id"],
            name=op.f("fk_analysis_quotes_character_id_analysis_characters"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["work_id"],
            ["works.id"],
            name=op.f("fk_analysis_quotes_work_id_works"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_analysis_quotes")),
        sa.UniqueConstraint("work_id", "position", name="uq_analysis_quotes_work_position"),
    )
    with op.batch_alter_table("analysis_quotes", schema=None) as batch_op:
        batch_op.create_index("ix_analysis_quotes_character_id", ["character_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("analysis_quotes", schema=None) as batch_op:
        batch_op.drop_index("ix_analysis_quotes_character_id")

    op.drop_table("analysis_quotes")
    op.drop_table("analysis_characters")
    op.drop_table("analysis_works")
