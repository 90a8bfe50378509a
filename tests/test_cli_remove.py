"""``ficshelf remove``: a host takes works out for good, with their tags' links, readers'
kudos, comments and bookmarks, search entry and "more like this"; it asks first unless
``--yes``, finds every work before removing any, and says what went."""

from __future__ import annotations

from click.testing import CliRunner
from sqlalchemy import func, select

from ficshelf import accounts
from ficshelf.cli import cli
from ficshelf.model import TagType
from ficshelf.search_query import TagRef
from ficshelf.store import schema
from ficshelf.store.bookmarks import save_bookmark
from ficshelf.store.comments import add_comment
from ficshelf.store.db import open_database
from ficshelf.store.exclusions import save_exclusions
from ficshelf.store.kudos import leave_kudos
from ficshelf.store.search import SearchRequest, search
from ficshelf.store.tags import set_canonical, set_editor_tag
from ficshelf.store.works import save_work
from work_builders import given, one_chapter_work, source_for

LAMP = "The lamp had not gone out in forty years, and Maren meant to keep it so."
RIDGE = "Snow came early to the ridge, and Ivo counted the sheep twice."


def _library(db_url: str) -> tuple[int, int]:
    db = open_database(db_url)
    try:
        with db.begin() as conn:
            tags = [given(TagType.FANDOM, "Gullrock"), given(TagType.FREEFORM, "Lighthouses")]
            lamp = save_work(
                conn, one_chapter_work(LAMP, title="The Lamp", tags=tags), source_for("l.txt", LAMP)
            ).work_id
            ridge = save_work(
                conn,
                one_chapter_work(RIDGE, title="Ridge", tags=tags[:1]),
                source_for("r.txt", RIDGE),
            ).work_id
            ivo = accounts.create_account(conn, "ivo", "a good password").id
            leave_kudos(conn, lamp, ivo)
            add_comment(conn, lamp, ivo, "Lovely.")
            save_bookmark(conn, lamp, ivo, note="reread", tags=["cozy"], private=False)
    finally:
        db.close()
    return lamp, ridge


def _count(db_url: str, table: object) -> int:
    db = open_database(db_url)
    try:
        with db.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(table)).scalar_one())  # type: ignore[arg-type]
    finally:
        db.close()


def test_remove_asks_then_takes_the_work_and_what_readers_left(db_url: str) -> None:
    lamp, ridge = _library(db_url)
    runner = CliRunner()
    no = runner.invoke(cli, ["remove", "the lamp", "--db", db_url], input="n\n")
    assert no.exit_code == 1 and f"{lamp}\tThe Lamp" in no.output
    assert _count(db_url, schema.works) == 2
    done = runner.invoke(cli, ["remove", "The Lamp", "--db", db_url], input="y\n")
    assert done.exit_code == 0, done.output
    assert (
        f"Removed work {lamp} (The Lamp): 1 chapter, 2 tag links, 1 source file, 1 kudos,"
        " 1 comment, 1 bookmark; 1 tag no other work carries." in done.output
    )
    for table in (schema.kudos, schema.comments, schema.bookmarks, schema.chapters):
        assert _count(db_url, table) == (0 if table is not schema.chapters else 1), table
    assert _count(db_url, schema.users) == 1  # the reader stays
    db = open_database(db_url)
    try:
        with db.connect() as conn:
            assert search(conn, SearchRequest(query="lamp")).total == 0
            assert [h.work.id for h in search(conn, SearchRequest(query="snow")).hits.items] == [
                ridge
            ]
            assert (
                conn.execute(
                    select(func.count())
                    .select_from(schema.similar_signatures)
                    .where(schema.similar_signatures.c.work_id == lamp)
                ).scalar_one()
                == 0
            )
    finally:
        db.close()


def test_remove_finds_every_work_first(db_url: str) -> None:
    lamp, ridge = _library(db_url)
    missing = CliRunner().invoke(
        cli, ["remove", str(ridge), "no such title", "--yes", "--db", db_url]
    )
    assert missing.exit_code == 1 and "no work matches 'no such title'" in missing.output
    assert _count(db_url, schema.works) == 2  # nothing went
    both = CliRunner().invoke(cli, ["remove", str(lamp), str(ridge), "--yes", "--db", db_url])
    assert both.exit_code == 0, both.output
    assert both.output.count("Removed work") == 2
    assert _count(db_url, schema.works) == 0


def _tag_names(db_url: str) -> set[str]:
    db = open_database(db_url)
    try:
        with db.connect() as conn:
            return set(conn.execute(select(schema.tags.c.name)).scalars())
    finally:
        db.close()


def test_tags_no_other_work_carries_go_unless_a_person_kept_them(db_url: str) -> None:
    lamp, ridge = _library(db_url)
    db = open_database(db_url)
    try:
        with db.begin() as conn:
            for name in ("Beacons", "Keepers", "Storms", "Gulls", "Wicks"):
                set_editor_tag(conn, lamp, TagType.FREEFORM, name)
            # a synonym a person made, either way round, and a reader's saved exclusion
            set_canonical(conn, (TagType.FREEFORM, "Beacons"), (TagType.FREEFORM, "Lights"))
            set_canonical(conn, (TagType.FREEFORM, "Lamps"), (TagType.FREEFORM, "Keepers"))
            save_exclusions(conn, "visitor", [TagRef(TagType.FREEFORM, "Storms")])
            # a tag another work carries, if only as taken off by a person
            set_editor_tag(conn, ridge, TagType.FREEFORM, "Gulls", removed=True)
    finally:
        db.close()
    before = _tag_names(db_url)
    done = CliRunner().invoke(cli, ["remove", str(lamp), "--yes", "--db", db_url])
    assert done.exit_code == 0, done.output
    gone = before - _tag_names(db_url)
    assert gone == {"Lighthouses", "Wicks"}
    assert "1 bookmark; 2 tags no other work carries." in done.output
    ridge_only = CliRunner().invoke(cli, ["remove", str(ridge), "--yes", "--db", db_url])
    assert "Gullrock" not in _tag_names(db_url) and "Gulls" not in _tag_names(db_url)
    assert "; 2 tags no other work carries." in ridge_only.output
    assert {"Beacons", "Lights", "Lamps", "Keepers", "Storms"} <= _tag_names(db_url)


def test_a_removal_that_leaves_every_tag_says_so_plainly(db_url: str) -> None:
    lamp, ridge = _library(db_url)
    done = CliRunner().invoke(cli, ["remove", str(ridge), "--yes", "--db", db_url])
    assert done.output.rstrip().endswith("0 bookmarks.")  # Gullrock stays: the lamp has it
    assert "Gullrock" in _tag_names(db_url)
