"""The library's character and relationship synonyms stay in their fandom: fandom-qualified
tags, links moved to them and back, an old-style library mended by ``reconcile``; on SQLite
and PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import Sequence

import pytest
from sqlalchemy import Connection, func, select

from ficshelf.library import reconcile, reconcile_work, reconcile_works
from ficshelf.model import Provenance, SourceRecord, TagRecord, TagType
from ficshelf.store import library_scope, schema
from ficshelf.store.db import Database
from ficshelf.store.search import search
from ficshelf.store.search_request import SearchRequest, TagRef
from ficshelf.store.tags import set_canonical, set_editor_tag, work_tags
from ficshelf.store.works import save_work
from ficshelf.synonym_scope import qualified_name, qualifier
from work_builders import one_chapter_work

HARROWGATE = "Harrowgate Chronicles"
SALTMARSH = "Saltmarsh Tales"


def char(name: str) -> TagRecord:
    return TagRecord(TagType.CHARACTER, name, Provenance.INFERRED, 0.8, ((0, 4),))


def pairing(name: str) -> TagRecord:
    return TagRecord(TagType.RELATIONSHIP, name, Provenance.INFERRED, 0.7, ((0, 4),))


def fandom(name: str) -> TagRecord:
    return TagRecord(TagType.FANDOM, name, Provenance.AUTHOR, None, ())


def save(conn: Connection, text: str, tags: Sequence[TagRecord]) -> int:
    record = one_chapter_work(text, title=text[:20], tags=tags)
    source = SourceRecord(f"/fics/{record.text_hash[:12]}.txt", record.text_hash, 1, "txt")
    return save_work(conn, record, source).work_id


def shown(conn: Connection, work_id: int, tag_type: TagType = TagType.CHARACTER) -> set[str]:
    """The names a work's tags of ``tag_type`` are shown and counted as (canonical)."""
    return {row.canonical for row in work_tags(conn, work_id) if row.type is tag_type}


def found(conn: Connection, request: SearchRequest) -> set[int]:
    return {hit.work.id for hit in search(conn, request).hits.items}


def library(conn: Connection) -> dict[str, int]:
    """Two fandoms that each have a "Harry", and a work with no fandom that has one too."""
    return {
        "lamp": save(
            conn,
            "Henry Vance trimmed the wick.",
            [fandom(HARROWGATE), char("Henry Vance"), char("Ama Osei")],
        ),
        "pier": save(
            conn,
            "Harry waited on the pier with Ama Osei.",
            [fandom(HARROWGATE), char("Harry"), char("Ama Osei"), pairing("Ama Osei/Harry")],
        ),
        "dunes": save(
            conn,
            "Harry Okafor counted the gulls.",
            [fandom(SALTMARSH), char("Harry Okafor"), char("Dele Okafor")],
        ),
        "marsh": save(
            conn,
            "Harry and Dele crossed the marsh.",
            [fandom(SALTMARSH), char("Harry"), char("Dele Okafor")],
        ),
        "stray": save(conn, "Harry walked alone by the sea.", [char("Harry")]),
    }


def test_qualified_names_and_their_fandom() -> None:
    assert qualified_name("Harry ", HARROWGATE) == "Harry (Harrowgate Chronicles)"
    keys = {"harrowgate chronicles", "sherlock (tv)"}
    assert qualifier("Harry (Harrowgate Chronicles)", keys) == "harrowgate chronicles"
    assert qualifier("John (Sherlock (TV))", keys) == "sherlock (tv)"
    assert qualifier("Harry (the younger)", keys) is None
    assert qualifier("Harry", keys) is None


def test_a_first_name_two_fandoms_share_is_wrangled_in_each(db: Database) -> None:
    with db.begin() as conn:
        works = library(conn)
        report = reconcile(conn)
        assert shown(conn, works["pier"]) == {"Henry Vance", "Ama Osei"}
        assert shown(conn, works["marsh"]) == {"Harry Okafor", "Dele Okafor"}
        assert shown(conn, works["stray"]) == {"Harry"}  # no fandom: its own tag
        assert shown(conn, works["pier"], TagType.RELATIONSHIP) == {"Ama Osei/Henry Vance"}
        assert (TagType.CHARACTER, "Harry (Harrowgate Chronicles)", "Henry Vance") in (
            report.synonyms
        )
        assert (TagType.CHARACTER, "Harry (Saltmarsh Tales)", "Harry Okafor") in report.synonyms
        # The bare tag stays unwrangled; each work's link points at its fandom's tag.
        harry = conn.execute(
            select(schema.tags.c.canonical_id).where(
                schema.tags.c.type == "character", schema.tags.c.name_key == "harry"
            )
        ).scalar_one()
        assert harry is None
        names = {r.name for r in work_tags(conn, works["pier"]) if r.type is TagType.CHARACTER}
        assert "Harry (Harrowgate Chronicles)" in names
        # Reconciling again changes nothing.
        again = reconcile(conn)
        assert again.synonyms == [] and again.moved == 0 and again.unscoped == []


def test_filters_and_search_see_each_work_by_its_own_fandom(db: Database) -> None:
    with db.begin() as conn:
        works = library(conn)
        reconcile(conn)
        henry = SearchRequest(include=(TagRef(TagType.CHARACTER, "Henry Vance"),))
        assert found(conn, henry) == {works["lamp"], works["pier"]}
        harry = SearchRequest(include=(TagRef(TagType.CHARACTER, "Harry"),))
        assert found(conn, harry) == {works["stray"]}
        okafor = SearchRequest(include=(TagRef(TagType.CHARACTER, "Harry Okafor"),))
        assert found(conn, okafor) == {works["dunes"], works["marsh"]}
        without = SearchRequest(exclude=(TagRef(TagType.CHARACTER, "Henry Vance"),))
        assert works["stray"] in found(conn, without)
        # Full-text search matches a work's tags by their canonical names.
        assert found(conn, SearchRequest(query='"Henry Vance"')) == {works["lamp"], works["pier"]}
        assert works["stray"] not in found(conn, SearchRequest(query="Okafor"))


def test_a_new_work_of_the_fandom_is_moved_and_a_fandomless_one_is_not(db: Database) -> None:
    with db.begin() as conn:
        works = library(conn)
        reconcile(conn)
        later = save(conn, "Harry rowed Ama Osei home.", [fandom(HARROWGATE), char("Harry")])
        stray = save(conn, "Harry slept.", [char("Harry")])
        report = reconcile_works(conn, [later, stray])
        assert report.moved == 1
        assert shown(conn, later) == {"Henry Vance"}
        assert shown(conn, stray) == {"Harry"}
        assert shown(conn, works["stray"]) == {"Harry"}


def test_the_first_fuller_name_moves_the_earlier_works_of_its_fandom_only(db: Database) -> None:
    with db.begin() as conn:
        pier = save(conn, "Harry on the pier.", [fandom(HARROWGATE), char("Harry")])
        stray = save(conn, "Harry alone.", [char("Harry")])
        marsh = save(conn, "Harry in the marsh.", [fandom(SALTMARSH), char("Harry")])
        reconcile_works(conn, [pier, stray, marsh])
        assert shown(conn, pier) == {"Harry"}
        lamp = save(conn, "Henry Vance lit it.", [fandom(HARROWGATE), char("Henry Vance")])
        reconcile_work(conn, lamp)
        assert shown(conn, pier) == {"Henry Vance"}
        assert shown(conn, stray) == {"Harry"}
        assert shown(conn, marsh) == {"Harry"}


def test_resaving_and_a_persons_tags_and_leaving_the_fandom(db: Database) -> None:
    with db.begin() as conn:
        works = library(conn)
        reconcile(conn)
        relinks = select(func.count()).select_from(schema.library_relinks)
        assert conn.execute(relinks).scalar() == 3  # two Harrys and one pairing
        # Saving the work again gives it the file's tags back; reconciling moves them again.
        text = "Harry waited on the pier with Ama Osei."
        tags = [fandom(HARROWGATE), char("Harry"), char("Ama Osei"), pairing("Ama Osei/Harry")]
        path = f"/fics/{one_chapter_work(text, title=text[:20], tags=tags).text_hash[:12]}.txt"
        record = one_chapter_work(text + " Again.", title=text[:20], tags=tags)
        source = SourceRecord(path, "changed", 1, "txt")
        assert save_work(conn, record, source).work_id == works["pier"]
        assert shown(conn, works["pier"]) == {"Harry", "Ama Osei"}
        assert conn.execute(relinks).scalar() == 1
        reconcile_work(conn, works["pier"])
        assert shown(conn, works["pier"]) == {"Henry Vance", "Ama Osei"}
        # A tag a person gives is never moved.
        set_editor_tag(conn, works["lamp"], TagType.CHARACTER, "Harry")
        reconcile(conn)
        assert shown(conn, works["lamp"]) == {"Henry Vance", "Ama Osei", "Harry"}
        # A person takes the fandom off: the work's links go back to its own tags.
        set_editor_tag(conn, works["marsh"], TagType.FANDOM, SALTMARSH, removed=True)
        reconcile(conn)
        assert shown(conn, works["marsh"]) == {"Harry", "Dele Okafor"}
        assert shown(conn, works["dunes"]) == {"Harry Okafor", "Dele Okafor"}


def test_reconcile_mends_a_library_wrangled_the_old_way(db: Database) -> None:
    with db.begin() as conn:
        works = library(conn)
        # The old wrangler made the bare tags global synonyms.
        set_canonical(conn, (TagType.CHARACTER, "Harry"), (TagType.CHARACTER, "Henry Vance"))
        set_canonical(
            conn,
            (TagType.RELATIONSHIP, "Ama Osei/Harry"),
            (TagType.RELATIONSHIP, "Ama Osei/Henry Vance"),
        )
        assert shown(conn, works["stray"]) == {"Henry Vance"}
        assert shown(conn, works["marsh"]) == {"Henry Vance", "Dele Okafor"}
        report = reconcile(conn)
        assert set(report.unscoped) == {
            (TagType.CHARACTER, "Harry"),
            (TagType.RELATIONSHIP, "Ama Osei/Harry"),
        }
        assert shown(conn, works["stray"]) == {"Harry"}
        assert shown(conn, works["marsh"]) == {"Harry Okafor", "Dele Okafor"}
        assert shown(conn, works["pier"]) == {"Henry Vance", "Ama Osei"}
        assert shown(conn, works["pier"], TagType.RELATIONSHIP) == {"Ama Osei/Henry Vance"}
        harry = SearchRequest(include=(TagRef(TagType.CHARACTER, "Henry Vance"),))
        assert found(conn, harry) == {works["lamp"], works["pier"]}
        # Nothing old is left to undo.
        assert reconcile(conn).unscoped == []


def test_a_crossover_is_moved_only_when_one_of_its_fandoms_wrangled_the_name(
    db: Database,
) -> None:
    with db.begin() as conn:
        works = library(conn)
        both = save(
            conn, "Harry met Harry.", [fandom(HARROWGATE), fandom(SALTMARSH), char("Harry")]
        )
        reconcile(conn)
        assert shown(conn, both) == {"Harry"}  # two fandoms wrangle it: left as it is
        one = save(
            conn,
            "Harry and the stranger.",
            [fandom(HARROWGATE), fandom("Pemberton Lane"), char("Harry"), char("Ama Osei")],
        )
        reconcile_work(conn, one)
        assert shown(conn, one) == {"Henry Vance", "Ama Osei"}
        assert shown(conn, works["stray"]) == {"Harry"}


def test_migration_0007_then_reconcile_mends_an_old_library(db_url: str) -> None:
    from alembic import command
    from sqlalchemy import inspect

    from ficshelf.store.db import _alembic_config, current_revision, head_revision, open_database

    db = open_database(db_url)
    with db.begin() as conn:  # the works, saved by today's code, then the library taken back
        pier = save(conn, "Harry on the pier.", [fandom(HARROWGATE), char("Harry")])
        lamp = save(conn, "Henry Vance lit it.", [fandom(HARROWGATE), char("Henry Vance")])
        stray = save(conn, "Harry alone.", [char("Harry")])
    with db.begin() as conn:
        command.downgrade(_alembic_config(conn), "0006")
    assert "library_relinks" not in inspect(db.engine).get_table_names()
    with db.begin() as conn:  # a library wrangled the old way, at revision 0006
        conn.execute(
            schema.tags.update()
            .where(schema.tags.c.name_key == "harry")
            .values(
                canonical_id=select(schema.tags.c.id)
                .where(schema.tags.c.name_key == "henry vance")
                .scalar_subquery()
            )
        )
    db.close()
    db = open_database(db_url)  # upgrades
    try:
        assert "library_relinks" in inspect(db.engine).get_table_names()
        with db.begin() as conn:
            assert current_revision(conn) == head_revision()
            assert shown(conn, stray) == {"Henry Vance"}
            report = reconcile(conn)
            assert report.unscoped == [(TagType.CHARACTER, "Harry")]
            assert shown(conn, stray) == {"Harry"}
            assert shown(conn, pier) == shown(conn, lamp) == {"Henry Vance"}
    finally:
        db.close()


def test_a_move_skipped_rewrites_nothing_when_reconciling_again(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.begin() as conn:
        library(conn)
        reconcile(conn)
        qualified = qualified_name("Harry", HARROWGATE)
        # A file gives the qualified spelling beside the bare one: the bare link cannot
        # move onto a tag the work carries, and stays.
        both = save(
            conn,
            "Harry, twice over, by the pier.",
            [fandom(HARROWGATE), char("Harry"), char(qualified), char("Henry Vance")],
        )
        assert reconcile_work(conn, both).moved == 0
        assert shown(conn, both) == {"Harry", "Henry Vance"}
        rewritten: set[int] = set()
        monkeypatch.setattr(library_scope, "reindex", lambda _conn, ids: rewritten.update(ids))
        again = reconcile(conn)
        assert again.moved == 0
        assert rewritten == set()


def test_a_qualified_spelling_a_file_gives_is_the_bare_name_not_a_fuller_one(
    db: Database,
) -> None:
    with db.begin() as conn:
        works = library(conn)
        # An archive's file tags the character with the fandom's qualified spelling.
        given = save(
            conn,
            "Harry mended the nets.",
            [fandom(HARROWGATE), char(qualified_name("Harry", HARROWGATE))],
        )
        report = reconcile(conn)
        assert (TagType.CHARACTER, "Harry (Harrowgate Chronicles)", "Henry Vance") in (
            report.synonyms
        )
        assert shown(conn, works["pier"]) == {"Henry Vance", "Ama Osei"}
        assert shown(conn, given) == {"Henry Vance"}
        assert shown(conn, works["stray"]) == {"Harry"}
        assert reconcile(conn).synonyms == []


def harrowgate_with(conn: Connection, fandom_name: str, *extra: str) -> dict[str, int]:
    """A fandom's works naming "Harry" and "Henry Vance", and one more work per ``extra``
    character."""
    works = {
        "pier": save(
            conn,
            f"Harry waited on the pier with Ama Osei ({fandom_name}).",
            [fandom(fandom_name), char("Harry"), char("Ama Osei"), pairing("Ama Osei/Harry")],
        ),
        "lamp": save(
            conn,
            f"Henry Vance trimmed the wick ({fandom_name}).",
            [fandom(fandom_name), char("Henry Vance")],
        ),
    }
    for name in extra:
        works[name] = save(
            conn, f"{name} came by ({fandom_name}).", [fandom(fandom_name), char(name)]
        )
    return works


def test_a_name_that_gains_a_second_fuller_name_is_unwrangled_again(db: Database) -> None:
    with db.begin() as conn:
        works = harrowgate_with(conn, HARROWGATE)
        reconcile_works(conn, sorted(works.values()))
        assert shown(conn, works["pier"]) == {"Henry Vance", "Ama Osei"}
        assert shown(conn, works["pier"], TagType.RELATIONSHIP) == {"Ama Osei/Henry Vance"}
        # A later work brings a second Harry: the fandom's bare "Harry" is no longer sure.
        blake = save(conn, "Harry Blake came by.", [fandom(HARROWGATE), char("Harry Blake")])
        report = reconcile_work(conn, blake)
        assert (TagType.CHARACTER, "Harry (Harrowgate Chronicles)") in report.undone
        assert (TagType.RELATIONSHIP, "Ama Osei/Harry (Harrowgate Chronicles)") in report.undone
        assert shown(conn, works["pier"]) == {"Harry", "Ama Osei"}
        assert shown(conn, works["pier"], TagType.RELATIONSHIP) == {"Ama Osei/Harry"}
        assert shown(conn, blake) == {"Harry Blake"}
        # The same works imported at once (another fandom) end the same way.
        together = harrowgate_with(conn, SALTMARSH, "Harry Blake")
        reconcile_works(conn, sorted(together.values()))
        assert shown(conn, together["pier"]) == {"Harry", "Ama Osei"}
        assert shown(conn, together["pier"], TagType.RELATIONSHIP) == {"Ama Osei/Harry"}
        again = reconcile(conn)
        assert again.synonyms == [] and again.undone == [] and again.moved == 0
        harry = SearchRequest(include=(TagRef(TagType.CHARACTER, "Henry Vance"),))
        assert found(conn, harry) == {works["lamp"], together["lamp"]}


def test_a_fuller_name_found_later_takes_the_short_names_pointing_at_its_shorter_form(
    db: Database,
) -> None:
    with db.begin() as conn:
        works = harrowgate_with(conn, HARROWGATE)
        reconcile_works(conn, sorted(works.values()))
        assert shown(conn, works["pier"]) == {"Henry Vance", "Ama Osei"}
        manor = save(
            conn,
            "Henry Vance Ashdown came home.",
            [fandom(HARROWGATE), char("Henry Vance Ashdown")],
        )
        report = reconcile_work(conn, manor)
        assert (TagType.CHARACTER, "Harry (Harrowgate Chronicles)", "Henry Vance Ashdown") in (
            report.synonyms
        )
        assert shown(conn, works["lamp"]) == {"Henry Vance Ashdown"}
        assert shown(conn, works["pier"]) == {"Henry Vance Ashdown", "Ama Osei"}
        assert shown(conn, works["pier"], TagType.RELATIONSHIP) == {"Ama Osei/Henry Vance Ashdown"}
        assert reconcile(conn).synonyms == []


def test_a_character_a_person_took_off_counts_in_no_reconciliation(db: Database) -> None:
    with db.begin() as conn:
        works = harrowgate_with(conn, HARROWGATE, "Harry Blake")
        blake = works["Harry Blake"]
        set_editor_tag(conn, blake, TagType.CHARACTER, "Harry Blake", removed=True)
        reconcile(conn)
        assert shown(conn, works["pier"]) == {"Henry Vance", "Ama Osei"}
        # A batch that sees the fandom's names decides as the whole library did: the
        # "Harry Blake" taken off is no second fuller name of "Harry" there either.
        report = reconcile_work(conn, works["pier"])
        assert report.undone == []
        assert shown(conn, works["pier"]) == {"Henry Vance", "Ama Osei"}
        again = reconcile(conn)
        assert again.synonyms == [] and again.undone == [] and again.moved == 0


def test_a_batch_settles_its_fandoms_names_as_reconciling_the_whole_library_would(
    db: Database,
) -> None:
    with db.begin() as conn:
        works = harrowgate_with(conn, HARROWGATE, "Harry Blake")
        reconcile_works(conn, sorted(works.values()))
        assert shown(conn, works["pier"]) == {"Harry", "Ama Osei"}  # two fuller names
        # The work naming "Harry Blake" is saved again without him: the batch of that one
        # work, which names neither "Harry" nor "Henry Vance", settles the fandom's "Harry".
        text = f"Harry Blake came by ({HARROWGATE})."
        tags = [fandom(HARROWGATE), char("Ama Osei")]
        path = f"/fics/{one_chapter_work(text, title=text[:20], tags=tags).text_hash[:12]}.txt"
        record = one_chapter_work(text + " Again.", title=text[:20], tags=tags)
        blake = save_work(conn, record, SourceRecord(path, "changed", 1, "txt")).work_id
        assert blake == works["Harry Blake"]
        report = reconcile_work(conn, blake)
        assert (TagType.CHARACTER, "Harry (Harrowgate Chronicles)", "Henry Vance") in (
            report.synonyms
        )
        assert shown(conn, works["pier"]) == {"Henry Vance", "Ama Osei"}
        assert shown(conn, works["pier"], TagType.RELATIONSHIP) == {"Ama Osei/Henry Vance"}
        again = reconcile(conn)
        assert again.synonyms == [] and again.undone == [] and again.moved == 0


def test_a_batch_undoes_a_synonym_only_a_crossovers_bare_name_stands_for(db: Database) -> None:
    with db.begin() as conn:
        lamp = save(
            conn, "Henry Vance trimmed the wick.", [fandom(HARROWGATE), char("Henry Vance")]
        )
        save(conn, "Harry Okafor counted the gulls.", [fandom(SALTMARSH), char("Harry Okafor")])
        both = save(
            conn, "Harry crossed over.", [fandom(HARROWGATE), fandom(SALTMARSH), char("Harry")]
        )
        reconcile(conn)
        # Each fandom has its "Harry"; the crossover, with two, keeps the bare tag.
        assert shown(conn, both) == {"Harry"}
        blake = save(conn, "Harry Blake came by.", [fandom(HARROWGATE), char("Harry Blake")])
        report = reconcile_work(conn, blake)
        assert (TagType.CHARACTER, "Harry (Harrowgate Chronicles)") in report.undone
        again = reconcile(conn)
        assert again.synonyms == [] and again.undone == [] and again.moved == 0
        assert shown(conn, lamp) == {"Henry Vance"}


def test_the_reconcile_command_says_which_synonyms_it_undid(db_url: str) -> None:
    from click.testing import CliRunner

    from ficshelf.cli import cli
    from ficshelf.store.db import open_database

    db = open_database(db_url)
    with db.begin() as conn:
        reconcile_works(conn, sorted(harrowgate_with(conn, HARROWGATE).values()))
        save(conn, "Harry Blake came by.", [fandom(HARROWGATE), char("Harry Blake")])
    db.close()
    runner = CliRunner()
    result = runner.invoke(cli, ["reconcile", "--db", db_url, "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["undone"] == [
        {"type": "character", "name": "Harry (Harrowgate Chronicles)"},
        {"type": "relationship", "name": "Ama Osei/Harry (Harrowgate Chronicles)"},
    ]
    # Nothing is left to undo; the text summary counts what was undone.
    again = runner.invoke(cli, ["reconcile", "--db", db_url])
    assert again.exit_code == 0, again.output
    assert "0 synonyms set, 0 undone, 0 links moved" in again.output
