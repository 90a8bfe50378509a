"""accounts: readers' accounts with kudos, comments and bookmarks, and the library's secret

Creates ``users`` (a name unique by its casefolded ``name_key``, an argon2 password hash,
an admin flag), ``sessions`` (the SHA-256 of each signed-in session's random token, by
account), ``login_failures`` (the failed log-ins of the last minutes, by name), ``kudos``
(one per account per work), ``comments`` (plain text on a work or one of its chapters, one
level of replies; ``removed_chapter`` once a re-import removed its chapter), ``bookmarks``
(one per account per work, with a note, the reader's tags and a private flag) and
``settings`` (the session-signing secret that ``store.accounts.library_secret`` creates
once). On SQLite the tables with ids are AUTOINCREMENT, so an id is never given again once
its row is deleted (a saved ``/comments/N`` never shows another comment). Every table is
new and empty: nothing else changes, so downgrading drops them again (with what readers
left in them).

Revision ID: 0014
Revises: 0013
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def _moment(name: str, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(40), nullable=False),
        sa.Column("name_key", sa.String(40), nullable=False),
        sa.Column("password_hash", sa.String(255), nullable=False),
        sa.Column("is_admin", sa.Boolean(), nullable=False, server_default=sa.false()),
        _moment("created_at"),
        sa.PrimaryKeyConstraint("id", name="pk_users"),
        sa.UniqueConstraint("name_key", name="uq_users_name_key"),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "sessions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        _moment("created_at"),
        sa.PrimaryKeyConstraint("id", name="pk_sessions"),
        sa.UniqueConstraint("token_hash", name="uq_sessions_token_hash"),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name="fk_sessions_user_id_users", ondelete="CASCADE"
        ),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_sessions_user_id", "sessions", ["user_id"])
    op.create_table(
        "login_failures",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name_key", sa.String(255), nullable=False),
        _moment("failed_at"),
        sa.PrimaryKeyConstraint("id", name="pk_login_failures"),
    )
    op.create_index("ix_login_failures_name_key", "login_failures", ["name_key", "failed_at"])
    op.create_table(
        "kudos",
        sa.Column("work_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        _moment("created_at"),
        sa.PrimaryKeyConstraint("work_id", "user_id", name="pk_kudos"),
        sa.ForeignKeyConstraint(
            ["work_id"], ["works.id"], name="fk_kudos_work_id_works", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name="fk_kudos_user_id_users", ondelete="CASCADE"
        ),
    )
    op.create_index("ix_kudos_user_id", "kudos", ["user_id"])
    op.create_table(
        "comments",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("work_id", sa.Integer(), nullable=False),
        sa.Column("chapter", sa.Integer(), nullable=True),
        sa.Column("removed_chapter", sa.Integer(), nullable=True),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False, server_default=sa.false()),
        _moment("created_at"),
        _moment("edited_at", nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_comments"),
        sa.ForeignKeyConstraint(
            ["work_id"], ["works.id"], name="fk_comments_work_id_works", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["comments.id"],
            name="fk_comments_parent_id_comments",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name="fk_comments_user_id_users", ondelete="SET NULL"
        ),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_comments_work_id", "comments", ["work_id", "id"])
    op.create_index("ix_comments_parent_id", "comments", ["parent_id"])
    op.create_index("ix_comments_user_id", "comments", ["user_id"])
    op.create_table(
        "bookmarks",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("work_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False, server_default=""),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("private", sa.Boolean(), nullable=False, server_default=sa.false()),
        _moment("created_at"),
        _moment("updated_at"),
        sa.PrimaryKeyConstraint("id", name="pk_bookmarks"),
        sa.UniqueConstraint("work_id", "user_id", name="uq_bookmarks_work_user"),
        sa.ForeignKeyConstraint(
            ["work_id"], ["works.id"], name="fk_bookmarks_work_id_works", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name="fk_bookmarks_user_id_users", ondelete="CASCADE"
        ),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_bookmarks_user_id", "bookmarks", ["user_id", "id"])
    op.create_table(
        "settings",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_settings"),
    )


def downgrade() -> None:
    tables = ("settings", "bookmarks", "comments", "kudos", "login_failures", "sessions", "users")
    for table in tables:
        op.drop_table(table)
