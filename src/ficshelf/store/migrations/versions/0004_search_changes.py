"""search changes: the log that keeps SQLite's in-memory tag bitmaps in step

Revision ID: 0004
Revises: 0003

SQLite only (PostgreSQL answers tag filters from its own indexes): ``search_changes`` records
each work whose tags may have changed (``work_id`` NULL: the tag synonyms changed, so
everything), written by ``store.search_index`` and by the trigger on deleted works. Readers
holding bitmaps (``store.tag_bitmaps``) apply the changes after the last one they saw.
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(
        "CREATE TABLE search_changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, work_id INTEGER)"
    )
    op.execute("DROP TRIGGER works_fts_delete")
    op.execute(
        "CREATE TRIGGER works_fts_delete AFTER DELETE ON works BEGIN"
        " DELETE FROM works_fts WHERE rowid = old.id;"
        " INSERT INTO search_changes (work_id) VALUES (old.id); END"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("DROP TRIGGER works_fts_delete")
    op.execute(
        "CREATE TRIGGER works_fts_delete AFTER DELETE ON works"
        " BEGIN DELETE FROM works_fts WHERE rowid = old.id; END"
    )
    op.execute("DROP TABLE search_changes")
