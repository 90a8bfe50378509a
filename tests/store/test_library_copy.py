"""Copying a whole library into an empty database: SQLite to either backend and back, every
row, the full-text index rebuilt, a person's edits still winning, all or nothing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Connection, insert, select, text

from ficshelf.accounts import FAILURE_WINDOW, authenticate, create_account, reset_link
from ficshelf.errors import StoreError
from ficshelf.importer import import_paths
from ficshelf.model import TagType
from ficshelf.reanalysis import reanalyze_works
from ficshelf.search_query import TagRef, parse_tag_ref
from ficshelf.similar import more_like_this
from ficshelf.store import schema
from ficshelf.store.accounts import (
    library_secret,
    record_failed_login,
    remove_account,
    start_session,
)
from ficshelf.store.bookmarks import save_bookmark
from ficshelf.store.comments import add_comment, comment_threads
from ficshelf.store.db import Database, open_database
from ficshelf.store.exclusions import save_exclusions
from ficshelf.store.kudos import kudos_names, leave_kudos
from ficshelf.store.library_copy import (
    LIVE_TABLES,
    TargetNotEmpty,
    copied_tables,
    copy_library,
    in_utc,
    table_rows,
)
from ficshelf.store.search import search
from ficshelf.store.search_request import SearchRequest
from ficshelf.tag_edits import edit_work_tags

# tuning stories only: plain text, an AO3 HTML download, single quotes
STORIES = (
    "01-ferrymans-fee.txt",
    "02-yellow-road.txt",
    "05-night-watch.txt",
    "333-*.html",
    "335-*.txt",
    "337-*.html",
)


def _stories(corpus_dir: Path) -> list[Path]:
    return [path for pattern in STORIES for path in sorted(corpus_dir.glob(pattern))]


@pytest.fixture
def source(tmp_path_factory: pytest.TempPathFactory, corpus_dir: Path) -> Iterator[Database]:
    """A SQLite library with works, a person's edits, a synonym, saved exclusions."""
    db = open_database(f"sqlite:///{tmp_path_factory.mktemp('src') / 'library.db'}")
    import_paths(db, _stories(corpus_dir))
    with db.begin() as conn:
        edit_work_tags(conn, "1", [(TagType.FREEFORM, "Copied Across"), (TagType.RATING, "Mature")])
        edit_work_tags(conn, "2", [(TagType.CHARACTER, "Dorothy Gale")], removed=True)
        save_exclusions(conn, "browser:abc", [parse_tag_ref("warning:alcohol")])
        _readers(conn)
    yield db
    db.close()


def _readers(conn: Connection) -> None:
    """Accounts with kudos, a comment thread (a reply, a removed account's comment), a
    public and a private bookmark, a failed log-in and the library's secret."""
    maren = create_account(conn, "maren", "password-m", is_admin=True)
    ivo = create_account(conn, "ivo", "password-i")
    gone = create_account(conn, "gone", "password-g")
    leave_kudos(conn, 1, maren.id)
    leave_kudos(conn, 1, ivo.id)
    first = add_comment(conn, 1, maren.id, "Lovely.\n\nTruly.").id
    add_comment(conn, 1, ivo.id, "Agreed!", parent_id=first)
    add_comment(conn, 2, gone.id, "On the second chapter.", chapter=1)
    save_bookmark(conn, 1, ivo.id, note="reread", tags=["comfort"], private=False)
    save_bookmark(conn, 2, ivo.id, note="", tags=[], private=True)
    remove_account(conn, "gone")
    record_failed_login(conn, "nobody", FAILURE_WINDOW)
    start_session(conn, maren.id, timedelta(days=1))
    reset_link(conn, "ivo")
    library_secret(conn)


def _everything(conn: Connection, *, live: bool = True) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table (without the sessions and failed log-ins unless ``live``),
    times as aware UTC (SQLite gives them back without a zone)."""
    return {
        table.name: [
            tuple(in_utc(value) if isinstance(value, datetime) else value for value in row)
            for row in conn.execute(select(table).order_by(*table.primary_key.columns))
        ]
        for table in copied_tables(live=live)
    }


def _answers(db: Database) -> tuple[object, ...]:
    with db.connect() as conn:
        found = search(conn, SearchRequest(query="river", per_page=50))
        tagged = search(conn, SearchRequest(include=(TagRef(TagType.FREEFORM, "Copied Across"),)))
        mature = search(conn, SearchRequest(include=(TagRef(TagType.RATING, "Mature"),)))
        similar = [(r.work_id, round(r.score, 9)) for r in more_like_this(conn, 1)]
        return (
            found.total,
            sorted(hit.work.id for hit in found.hits.items),
            [hit.work.id for hit in tagged.hits.items],
            [hit.work.id for hit in mature.hits.items],
            similar,
        )


def test_a_library_copies_whole_to_either_backend(source: Database, db: Database) -> None:
    done = copy_library(source, db)
    with source.connect() as a, db.connect() as b:
        assert _everything(a, live=False) == _everything(b, live=False)
        assert table_rows(b, copied_tables()) == dict(done.rows)
        # who is signed in and who failed to stays behind: readers sign in on the copy
        assert set(table_rows(b, list(LIVE_TABLES)).values()) == {0}
        assert table_rows(a, list(LIVE_TABLES)) == {
            "sessions": 1,
            "login_failures": 1,
            "password_resets": 1,
        }
    assert done.works == 6 and done.indexed == 6
    assert _answers(db) == _answers(source)


def test_a_live_copy_carries_the_sessions_and_failed_log_ins(
    source: Database, db: Database
) -> None:
    done = copy_library(source, db, live=True)
    with source.connect() as a, db.connect() as b:
        assert _everything(a) == _everything(b)
        assert done.rows["sessions"] == done.rows["login_failures"] == 1
        assert done.rows["password_resets"] == 1


def test_readers_accounts_copy_and_work_there(source: Database, db: Database) -> None:
    """The accounts come across with what they left, and log in on the copy (the same
    secret, so a copy made with ``live`` keeps its readers signed in)."""
    copy_library(source, db)
    with db.begin() as conn:
        assert authenticate(conn, "Maren", "password-m").is_admin
        assert sorted(kudos_names(conn, 1)) == ["ivo", "maren"]
        threads = comment_threads(conn, 1).items
        assert [(t.user, [r.user for r in t.replies]) for t in threads] == [("maren", ["ivo"])]
        assert [c.user for c in comment_threads(conn, 2).items] == [None]  # the removed account's
        with source.connect() as src:
            assert library_secret(conn) == library_secret(src)
        newcomer = create_account(conn, "newcomer", "password-n")  # ids go on
        assert add_comment(conn, 1, newcomer.id, "Late to this.").id > threads[0].replies[0].id


def test_ids_go_on_after_the_copied_ones(source: Database, db: Database, corpus_dir: Path) -> None:
    copy_library(source, db)
    with db.connect() as conn:
        top = conn.execute(text("SELECT max(id) FROM tags")).scalar_one()
    import_paths(db, sorted(corpus_dir.glob("03-*.txt")))
    with db.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM works")).scalar_one() == 7
        assert conn.execute(text("SELECT max(id) FROM tags")).scalar_one() >= top


def test_a_persons_edits_win_on_the_copy_after_reanalysis(source: Database, db: Database) -> None:
    copy_library(source, db)
    reanalyze_works(db, [1, 2])
    with db.connect() as conn:
        mature = search(conn, SearchRequest(include=(TagRef(TagType.RATING, "Mature"),)))
        dorothy = search(conn, SearchRequest(include=(TagRef(TagType.CHARACTER, "Dorothy Gale"),)))
    assert 1 in [hit.work.id for hit in mature.hits.items]
    assert 2 not in [hit.work.id for hit in dorothy.hits.items]


def test_a_copy_back_to_sqlite_matches(
    source: Database, db: Database, tmp_path_factory: pytest.TempPathFactory
) -> None:
    copy_library(source, db, live=True)
    back = open_database(f"sqlite:///{tmp_path_factory.mktemp('back') / 'back.db'}")
    try:
        copy_library(db, back, live=True)
        with source.connect() as a, back.connect() as b:
            assert _everything(a) == _everything(b)
        assert _answers(back) == _answers(source)
    finally:
        back.close()


def test_a_target_that_holds_anything_is_refused(source: Database, db: Database) -> None:
    with db.begin() as conn:
        conn.execute(insert(schema.authors).values(name="someone"))
    with pytest.raises(TargetNotEmpty, match="authors 1"):
        copy_library(source, db)


def test_a_failed_copy_leaves_the_target_empty(
    source: Database, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ficshelf.store.library_copy as library_copy

    def broken(conn: Connection, **_: object) -> int:
        raise StoreError("index failed")

    monkeypatch.setattr(library_copy, "rebuild_index", broken)
    with pytest.raises(StoreError, match="index failed"):
        copy_library(source, db)
    with db.connect() as conn:
        assert not any(table_rows(conn).values())


def test_progress_counts_every_row(source: Database, db: Database) -> None:
    seen: list[int] = []
    done = copy_library(source, db, progress=seen.append)
    assert sum(seen) == done.total > 0


def test_indexing_is_announced_after_the_rows(source: Database, db: Database) -> None:
    events: list[str] = []
    copy_library(
        source,
        db,
        progress=lambda n: events.append("rows"),
        indexing=lambda: events.append("index"),
    )
    assert events[-1] == "index" and events.count("index") == 1 and "rows" in events
