"""language names: every work's language in the one spelling the archive stores

Since the language vocabulary (``ficshelf.languages``) an import stores the English name of
the language a file states, whatever its spelling ("Deutsch", "de", "pt-BR", "ptBR" →
"German", "Portuguese"); a library imported before holds the file's own words. This reads
each distinct stored value through the same mapping (``languages.language_name``, as
``records.found_language`` does on import: a value no language is known for stays as it
is, stripped) and rewrites the rows whose value changes, in one UPDATE, so a language filter
finds old and new works alike. The cost is one pass over the column for its distinct values
and one UPDATE of the rows that change (a library imported since needs none).

There is no way back: downgrading keeps the normalised names.

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    works = sa.table("works", sa.column("language", sa.String))
    conn = op.get_bind()
    stored = conn.execute(
        sa.select(works.c.language).where(works.c.language.is_not(None)).distinct()
    ).scalars()
    changes = {old: new for old in stored if (new := stored_name(old)) != old}
    if not changes:
        return
    conn.execute(
        works.update()
        .where(works.c.language.in_(list(changes)))
        .values(language=sa.case(changes, value=works.c.language))
    )


def stored_name(value: str) -> str | None:
    """The language ``value`` in the spelling the archive stores: the English name of the
    language it states, else ``value`` stripped (``None`` when it is blank)."""
    from ficshelf.languages import language_name

    name = language_name(value)[:35]  # the column's width
    return name or None


def downgrade() -> None:
    pass
