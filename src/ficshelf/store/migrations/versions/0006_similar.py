"""more like this: work signatures, features and postings

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "similar_signatures",
        sa.Column("work_id", sa.Integer(), nullable=False),
        sa.Column("dialogue_share", sa.Float(), nullable=True),
        sa.Column("terms", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["work_id"],
            ["works.id"],
            name=op.f("fk_similar_signatures_work_id_works"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("work_id", name=op.f("pk_similar_signatures")),
    )
    op.create_table(
        "similar_features",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=4), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=True),
        sa.Column("works", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["tag_id"],
            ["tags.id"],
            name=op.f("fk_similar_features_tag_id_tags"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_similar_features")),
        sa.UniqueConstraint("kind", "key", name="uq_similar_features_kind_key"),
    )
    op.create_table(
        "similar_postings",
        sa.Column("work_id", sa.Integer(), nullable=False),
        sa.Column("feature_id", sa.Integer(), nullable=False),
        sa.Column("weight", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["feature_id"],
            ["similar_features.id"],
            name=op.f("fk_similar_postings_feature_id_similar_features"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["work_id"],
            ["works.id"],
            name=op.f("fk_similar_postings_work_id_works"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("work_id", "feature_id", name=op.f("pk_similar_postings")),
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table("similar_postings", schema=None) as batch_op:
        batch_op.create_index(
            "ix_similar_postings_champions", ["feature_id", "weight", "work_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("similar_postings", schema=None) as batch_op:
        batch_op.drop_index("ix_similar_postings_champions")
    op.drop_table("similar_postings")
    op.drop_table("similar_features")
    op.drop_table("similar_signatures")
