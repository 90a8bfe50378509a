"""series: the series works are in, as rows of their own

Creates ``series`` (a name, its key, AO3's series page when a file links it, and what a
person knows of the whole: how many parts, whether it is complete) and gives ``works`` the
file's series page (``series_url``), the series the work is in here (``series_id``), its
part there (``series_position``) and whether a person set those (``series_edited``).

The works a library already holds that name a series are put in series the way an import
puts them (``store.series``): in the order they were stored, each joins the first series
of the same name (``name_key``) that one of its authors already has works in (a work with
no author: the first such series holding a work with none), else starts one. Their files'
series pages were not stored before, so these series have no ``url`` yet: the first
work saved again with one (a changed file re-imported, or ``ficshelf reanalyze``, which
reads HTML and EPUB works from their files) gives it to its series.

The works are placed with one UPDATE executed for all of them: timed once by hand on a
synthetic library of 20,000 works in series (2,000 series, names shared across authors),
the upgrade took 1.1 s on SQLite and 2.4 s on PostgreSQL (a machine shared with other
jobs; one UPDATE per work took 6.5 s on SQLite).

On SQLite the table is AUTOINCREMENT, as the readers' tables are: the id of a series that
went is never another's, so a saved ``/series/N`` never shows another series. Downgrading
drops the table and the four columns; the file's ``series`` and ``series_part`` stay as
they were.

Revision ID: 0016
Revises: 0015
"""

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from ficshelf.store.series import series_key

    op.create_table(
        "series",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(500), nullable=False),
        sa.Column("name_key", sa.String(500), nullable=False),
        sa.Column("url", sa.String(2000), nullable=True),
        sa.Column("parts_expected", sa.Integer(), nullable=True),
        sa.Column("complete", sa.Boolean(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_series"),
        sa.UniqueConstraint("url", name="uq_series_url"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_series_name_key", "series", ["name_key"])
    op.add_column("works", sa.Column("series_url", sa.String(2000), nullable=True))
    # No foreign key: SQLite could add one in place but drop it again only by copying the
    # table (whose DROP cascades to every work's chapters); ``store.series`` deletes a
    # series only once no work is in it.
    op.add_column("works", sa.Column("series_id", sa.Integer(), nullable=True))
    op.add_column("works", sa.Column("series_position", sa.Integer(), nullable=True))
    op.add_column(
        "works",
        sa.Column("series_edited", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.create_index("ix_works_series_id", "works", ["series_id", "series_position"])

    conn = op.get_bind()
    works = sa.table(
        "works",
        sa.column("id", sa.Integer),
        sa.column("series", sa.String),
        sa.column("series_part", sa.Integer),
        sa.column("series_id", sa.Integer),
        sa.column("series_position", sa.Integer),
    )
    work_authors = sa.table("work_authors", sa.column("work_id"), sa.column("author_id"))
    series = sa.table(
        "series",
        sa.column("id", sa.Integer),
        sa.column("name", sa.String),
        sa.column("name_key", sa.String),
        sa.column("created_at", sa.DateTime(timezone=True)),
    )
    named = conn.execute(
        sa.select(works.c.id, works.c.series, works.c.series_part)
        .where(works.c.series.is_not(None), works.c.series != "")
        .order_by(works.c.id)
    ).all()
    if not named:
        return
    authors: dict[int, set[int]] = {}
    for work_id, author_id in conn.execute(
        sa.select(work_authors.c.work_id, work_authors.c.author_id).where(
            work_authors.c.work_id.in_(sa.select(works.c.id).where(works.c.series.is_not(None)))
        )
    ):
        authors.setdefault(work_id, set()).add(author_id)
    # Per series key: each series made so far with the authors of its works.
    made: dict[str, list[tuple[int, set[int], bool]]] = {}
    placed: list[dict[str, int | None]] = []
    now = datetime.now(UTC)
    for work_id, name, part in named:
        key = series_key(name)
        if not key:
            continue
        mine = authors.get(work_id, set())
        found = next(
            (
                i
                for i, (_, held, anonymous) in enumerate(made.get(key, []))
                if (held & mine) or (not mine and anonymous)
            ),
            None,
        )
        if found is None:
            series_id = conn.execute(
                series.insert()
                .values(name=" ".join(name.split()), name_key=key, created_at=now)
                .returning(series.c.id)
            ).scalar_one()
            made.setdefault(key, []).append((series_id, set(mine), not mine))
        else:
            series_id, held, anonymous = made[key][found]
            made[key][found] = (series_id, held | mine, anonymous or not mine)
        placed.append({"_work": work_id, "_series": series_id, "_part": part})
    if placed:  # one statement, executed for every work
        conn.execute(
            works.update()
            .where(works.c.id == sa.bindparam("_work"))
            .values(series_id=sa.bindparam("_series"), series_position=sa.bindparam("_part")),
            placed,
        )


def downgrade() -> None:
    op.drop_index("ix_works_series_id", table_name="works")
    for name in ("series_edited", "series_position", "series_id", "series_url"):
        op.drop_column("works", name)  # (SQLite 3.35+: in place, no copy of the table)
    op.drop_table("series")
