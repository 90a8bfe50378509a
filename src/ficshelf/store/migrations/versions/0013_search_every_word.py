"""search every word: no stop words on PostgreSQL, prefix indexes on SQLite

PostgreSQL indexed and read queries with its ``english`` text-search configuration, whose
stop list drops "the", "to", "be", "or", "not", "s" and the other common words from documents
and queries alike: ``the`` found no work, ``"door the"`` read as ``door``, ``storm -the``
excluded nothing and ``s*`` found nothing, where SQLite (which drops no word) found what was
asked. This creates the configuration ``ficshelf_english`` (``search_index.TEXT_CONFIG``): a
copy of ``english`` whose words go through the dictionary ``ficshelf_english_stem``, the
same Snowball English stemmer with no stop list, so every word is indexed and every word of a
query counts (``search_index.ensure_text_config``; migrations 0011 and 0012, which write
documents with today's ``index_work``, create it first when they run), and rewrites every
search document with it (``search_index.rebuild_index``, then ``ANALYZE``).

SQLite's FTS5 table gains prefix indexes of one and two characters (``prefix='1 2'``): a
query for ``a*`` or ``th*`` then reads one list of matches instead of merging the lists of
every indexed word that starts so (thousands of words in a large library, 0.6–1.0 s at 718
works). The table is created again with them and refilled; the answers are the same.

Both rewrite the whole index once (``docs/benchmarks.md`` has the times). Downgrading takes
the prefix indexes off again; on PostgreSQL it keeps the configuration (which older
versions never name) and the documents, whose stop words older versions read as before
(their queries drop those words).

Revision ID: 0013
Revises: 0012
"""

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

_FTS_COLUMNS = "title, authors, summary, notes, tags, body"
_TOKENIZE = "tokenize = 'porter unicode61 remove_diacritics 2'"


def _recreate_sqlite_index(options: str) -> None:
    """Create the FTS5 table again with ``options`` (the delete trigger on ``works`` names
    it, and reads the new table from then on)."""
    op.execute("DROP TABLE works_fts")
    op.execute(f"CREATE VIRTUAL TABLE works_fts USING fts5({_FTS_COLUMNS}, {options})")


def upgrade() -> None:
    from ficshelf.store.search_index import ensure_text_config, rebuild_index

    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        ensure_text_config(conn)  # 0011 and 0012 may have made it already
        op.execute("TRUNCATE work_search")
        rebuild_index(conn)
        op.execute("ANALYZE work_search")  # the planner's statistics went with the rows
    else:
        _recreate_sqlite_index(f"{_TOKENIZE}, prefix = '1 2'")
        rebuild_index(conn)


def downgrade() -> None:
    from ficshelf.store.search_index import rebuild_index

    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        _recreate_sqlite_index(_TOKENIZE)
        rebuild_index(conn)
