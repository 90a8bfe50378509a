"""search: full-text index, kudos and hits, saved exclusions, tag lookup indexes

Revision ID: 0003
Revises: 0001

The full-text index depends on the database: SQLite gets the FTS5 table ``works_fts`` (rowid =
work id, a trigger drops a deleted work's row), PostgreSQL the table ``work_search`` (one
weighted ``tsvector`` per work, a GIN index, rows deleted with their work). Both are filled
for the works already stored; ``store.search_index`` keeps them in step from then on. The
SQL that builds a work's document lives here as it was at this revision, not imported.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0001"
branch_labels = None
depends_on = None

# The columns of the SQLite index, in the order store.search_index writes them.
_FTS_COLUMNS = "title, authors, summary, notes, tags, body"

_AUTHORS = (
    "(SELECT group_concat(a.name, ' ') FROM work_authors wa JOIN authors a"
    " ON a.id = wa.author_id WHERE wa.work_id = w.id)"
)
_NOTES = "(SELECT group_concat(n.text, ' ') FROM notes n WHERE n.work_id = w.id)"
_TAGS = (
    "(SELECT group_concat(t.name, ' ') FROM work_tags wt JOIN tags t ON t.id = wt.tag_id"
    " WHERE wt.work_id = w.id AND NOT wt.removed)"
)

_PG_AUTHORS = (
    "(SELECT string_agg(a.name, ' ') FROM work_authors wa JOIN authors a"
    " ON a.id = wa.author_id WHERE wa.work_id = w.id)"
)
_PG_NOTES = "(SELECT string_agg(n.text, ' ') FROM notes n WHERE n.work_id = w.id)"
_PG_TAGS = (
    "(SELECT string_agg(t.name, ' ') FROM work_tags wt JOIN tags t ON t.id = wt.tag_id"
    " WHERE wt.work_id = w.id AND NOT wt.removed)"
)
_PG_DOCUMENT = (
    "setweight(to_tsvector('english', coalesce(w.title, '')), 'A')"
    f" || setweight(to_tsvector('english', coalesce({_PG_AUTHORS}, '')), 'B')"
    f" || setweight(to_tsvector('english', coalesce({_PG_TAGS}, '')), 'B')"
    " || setweight(to_tsvector('english', coalesce(w.summary, '')), 'C')"
    f" || setweight(to_tsvector('english', coalesce({_PG_NOTES}, '')), 'C')"
    " || setweight(to_tsvector('english', left(w.text, 250000)), 'D')"
)


def upgrade() -> None:
    with op.batch_alter_table("works", schema=None) as batch_op:
        batch_op.add_column(sa.Column("kudos", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("hits", sa.Integer(), nullable=True))
        batch_op.create_index("ix_works_word_count", ["word_count"], unique=False)
    with op.batch_alter_table("work_tags", schema=None) as batch_op:
        batch_op.drop_index("ix_work_tags_tag_id")
        batch_op.create_index(
            "ix_work_tags_tag_id",
            ["tag_id", "work_id", "removed", "provenance", "confidence"],
            unique=False,
        )
    op.create_index(
        "ix_tags_name_key",
        "tags",
        ["name_key"],
        unique=False,
        postgresql_ops={"name_key": "text_pattern_ops"},
    )
    op.create_table(
        "saved_exclusions",
        sa.Column("owner", sa.String(length=255), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["tag_id"],
            ["tags.id"],
            name=op.f("fk_saved_exclusions_tag_id_tags"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("owner", "tag_id", name=op.f("pk_saved_exclusions")),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE TABLE work_search ("
            " work_id INTEGER PRIMARY KEY REFERENCES works (id) ON DELETE CASCADE,"
            " document TSVECTOR NOT NULL)"
        )
        op.execute("CREATE INDEX ix_work_search_document ON work_search USING GIN (document)")
        op.execute(
            f"INSERT INTO work_search (work_id, document) SELECT w.id, {_PG_DOCUMENT} FROM works w"
        )
    else:
        op.execute(
            f"CREATE VIRTUAL TABLE works_fts USING fts5({_FTS_COLUMNS},"
            " tokenize = 'porter unicode61 remove_diacritics 2')"
        )
        op.execute(
            "CREATE TRIGGER works_fts_delete AFTER DELETE ON works"
            " BEGIN DELETE FROM works_fts WHERE rowid = old.id; END"
        )
        op.execute(
            f"INSERT INTO works_fts (rowid, {_FTS_COLUMNS})"
            f" SELECT w.id, w.title, {_AUTHORS}, w.summary, {_NOTES}, {_TAGS}, w.text"
            " FROM works w"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TABLE work_search")
    else:
        op.execute("DROP TRIGGER works_fts_delete")
        op.execute("DROP TABLE works_fts")
    op.drop_table("saved_exclusions")
    op.drop_index("ix_tags_name_key", table_name="tags")
    with op.batch_alter_table("work_tags", schema=None) as batch_op:
        batch_op.drop_index("ix_work_tags_tag_id")
        batch_op.create_index("ix_work_tags_tag_id", ["tag_id"], unique=False)
    with op.batch_alter_table("works", schema=None) as batch_op:
        batch_op.drop_index("ix_works_word_count")
        batch_op.drop_column("hits")
        batch_op.drop_column("kudos")
